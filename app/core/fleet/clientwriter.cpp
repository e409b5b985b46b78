#include "clientwriter.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimeZone>

namespace hbr {

std::optional<OutputFormat> parseOutputFormat(const QString &text)
{
    const QString t = text.trimmed().toLower();
    if (t == QLatin1String("table"))
        return OutputFormat::Table;
    if (t == QLatin1String("csv"))
        return OutputFormat::Csv;
    if (t == QLatin1String("json"))
        return OutputFormat::Json;
    if (t == QLatin1String("jsonl") || t == QLatin1String("ndjson"))
        return OutputFormat::Jsonl;
    return std::nullopt;
}

QStringList columnTitles()
{
    return {
        QStringLiteral("Status"),    QStringLiteral("Hostname"),       QStringLiteral("Instance name"),
        QStringLiteral("Client ID"), QStringLiteral("Instance ID"),    QStringLiteral("Client type"),
        QStringLiteral("Version"),   QStringLiteral("Last heartbeat"), QStringLiteral("Backup status"),
        QStringLiteral("OS"),        QStringLiteral("Architecture"),   QStringLiteral("Private IP"),
        QStringLiteral("Zone"),      QStringLiteral("Region"),         QStringLiteral("Profile"),
        QStringLiteral("Created"),   QStringLiteral("Updated"),        QStringLiteral("Tags"),
    };
}

namespace {

QString isoTime(const BackupClient &c, BackupClient::Field field, qint64 seconds)
{
    if (!c.has(field))
        return QString();
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC).toString(Qt::ISODate);
}

QString csvField(const QString &text)
{
    if (!text.contains(QLatin1Char(',')) && !text.contains(QLatin1Char('"')) &&
        !text.contains(QLatin1Char('\n')) && !text.contains(QLatin1Char('\r')))
        return text;
    QString quoted = text;
    quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

// Terminal cells: East Asian wide characters take two columns.
int displayWidth(const QString &text)
{
    int width = 0;
    for (const QChar ch : text) {
        const char16_t u = ch.unicode();
        if (ch.isLowSurrogate())
            continue;
        const bool wide = (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) ||
                          (u >= 0xAC00 && u <= 0xD7A3) || (u >= 0xF900 && u <= 0xFAFF) ||
                          (u >= 0xFE30 && u <= 0xFE4F) || (u >= 0xFF00 && u <= 0xFF60) ||
                          (u >= 0xFFE0 && u <= 0xFFE6) || ch.isHighSurrogate();
        width += wide ? 2 : 1;
    }
    return width;
}

QString clipped(const QString &text, int maxWidth)
{
    if (displayWidth(text) <= maxWidth)
        return text;
    QString out;
    int width = 0;
    for (const QChar ch : text) {
        const int w = displayWidth(QString(ch));
        if (width + w > maxWidth - 1)
            break;
        out.append(ch);
        width += w;
    }
    return out + QStringLiteral("…");
}

QByteArray compact(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Compact);
}

} // namespace

QStringList rowCells(const BackupClient &c)
{
    return {
        c.status,
        c.hostname,
        c.instanceName,
        c.clientId,
        c.instanceId,
        c.clientType,
        c.clientVersion,
        isoTime(c, BackupClient::LastHeartBeatTime, c.lastHeartBeatTime),
        c.backupStatus,
        c.osType,
        c.archType,
        c.privateIpV4,
        c.zoneId,
        c.regionId,
        c.profile,
        isoTime(c, BackupClient::CreatedTime, c.createdTime),
        isoTime(c, BackupClient::UpdatedTime, c.updatedTime),
        c.tagsText(),
    };
}

QJsonObject sourceReportJson(const api::FetchSource &source, const api::SourceStatus &status)
{
    QJsonObject o;
    o.insert(QLatin1String("Profile"), source.profile.isEmpty() ? QJsonValue() : QJsonValue(source.profile));
    o.insert(QLatin1String("RegionId"), source.regionId);
    o.insert(QLatin1String("ClientType"), api::clientTypeName(source.request.clientType));
    o.insert(QLatin1String("TotalCount"),
             status.totalCount >= 0 ? QJsonValue(status.totalCount) : QJsonValue());
    o.insert(QLatin1String("Fetched"), status.received);
    o.insert(QLatin1String("State"), api::sourceStateName(status.state));
    QJsonValue error;
    if (status.error.isError()) {
        QJsonObject e;
        e.insert(QLatin1String("Code"),
                 status.error.code.isEmpty() ? QJsonValue() : QJsonValue(status.error.code));
        e.insert(QLatin1String("Message"), status.error.kind == api::ApiError::Kind::Service
                                               ? status.error.message
                                               : status.error.summary());
        e.insert(QLatin1String("RequestId"),
                 status.error.requestId.isEmpty() ? QJsonValue() : QJsonValue(status.error.requestId));
        e.insert(QLatin1String("HttpStatus"),
                 status.error.httpStatus ? QJsonValue(status.error.httpStatus) : QJsonValue());
        if (!status.error.recommend.isEmpty())
            e.insert(QLatin1String("Recommend"), status.error.recommend);
        error = e;
    } else if (status.state == api::SourceStatus::State::Incomplete) {
        error = QJsonObject{{QLatin1String("Code"), QStringLiteral("Incomplete")},
                            {QLatin1String("Message"), status.incompleteWhy}};
    } else if (status.state == api::SourceStatus::State::Canceled) {
        error = QJsonObject{{QLatin1String("Code"), QStringLiteral("Canceled")},
                            {QLatin1String("Message"), QStringLiteral("The fetch was canceled.")}};
    }
    o.insert(QLatin1String("Error"), error);
    return o;
}

ClientWriter::ClientWriter(QIODevice &out, OutputFormat format, qint64 generatedAt)
    : m_out(out)
    , m_format(format)
    , m_generatedAt(generatedAt)
{
}

void ClientWriter::put(const QByteArray &bytes)
{
    m_ok = m_ok && m_out.write(bytes) == bytes.size();
}

bool ClientWriter::begin()
{
    switch (m_format) {
    case OutputFormat::Json:
        put("{\"GeneratedAt\":" + QByteArray::number(m_generatedAt) + ",\n\"Clients\":[");
        break;
    case OutputFormat::Csv: {
        QStringList header;
        for (const QString &title : columnTitles())
            header.append(csvField(title));
        put(header.join(QLatin1Char(',')).toUtf8() + "\r\n");
        break;
    }
    case OutputFormat::Jsonl:
    case OutputFormat::Table:
        break;
    }
    return m_ok;
}

bool ClientWriter::write(const QList<BackupClient> &clients)
{
    for (const BackupClient &c : clients) {
        if (!m_ok)
            break;
        switch (m_format) {
        case OutputFormat::Json:
            put((m_written ? ",\n" : "\n") + compact(c.toExportJson()));
            break;
        case OutputFormat::Jsonl:
            put(compact(c.toExportJson()) + '\n');
            break;
        case OutputFormat::Csv: {
            QStringList cells = rowCells(c);
            for (QString &cell : cells)
                cell = csvField(cell);
            put(cells.join(QLatin1Char(',')).toUtf8() + "\r\n");
            break;
        }
        case OutputFormat::Table:
            m_tableRows.append(rowCells(c));
            break;
        }
        ++m_written;
    }
    return m_ok;
}

bool ClientWriter::finish(const FetchReport &report)
{
    switch (m_format) {
    case OutputFormat::Json: {
        QJsonArray sources;
        for (qsizetype i = 0; i < report.sources.size(); ++i)
            sources.append(sourceReportJson(report.sources[i], report.statuses.value(i)));
        put("\n],\n\"Sources\":" + QJsonDocument(sources).toJson(QJsonDocument::Compact) + "}\n");
        break;
    }
    case OutputFormat::Table: {
        constexpr int kMaxCell = 40;
        const QStringList titles = columnTitles();
        QList<int> widths;
        for (const QString &t : titles)
            widths.append(displayWidth(t));
        for (QStringList &cells : m_tableRows) {
            for (qsizetype i = 0; i < cells.size(); ++i) {
                cells[i] = clipped(cells[i].simplified(), kMaxCell);
                widths[i] = std::max(widths[i], displayWidth(cells[i]));
            }
        }
        auto line = [&](const QStringList &cells) {
            QString text;
            for (qsizetype i = 0; i < cells.size(); ++i) {
                text += cells[i];
                if (i + 1 < cells.size())
                    text += QString(widths[i] - displayWidth(cells[i]) + 2, QLatin1Char(' '));
            }
            put(text.toUtf8() + '\n');
        };
        line(titles);
        for (const QStringList &r : std::as_const(m_tableRows)) {
            line(r);
            if (!m_ok)
                break;
        }
        m_tableRows.clear();
        break;
    }
    case OutputFormat::Jsonl:
    case OutputFormat::Csv:
        break;
    }
    return m_ok;
}

bool writeClients(QIODevice &out, OutputFormat format, const QList<BackupClient> &clients,
                  const FetchReport &report)
{
    ClientWriter writer(out, format, report.generatedAt);
    writer.begin();
    writer.write(clients);
    return writer.finish(report);
}

} // namespace hbr
