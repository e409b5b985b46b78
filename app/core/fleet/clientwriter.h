#pragma once

#include "api/fleetfetcher.h"
#include "fleet/backupclient.h"

#include <QIODevice>
#include <QList>

namespace hbr {

enum class OutputFormat { Table, Csv, Json, Jsonl };

std::optional<OutputFormat> parseOutputFormat(const QString &text);

/// The columns of the table and of CSV, in order: the same set the window's table shows.
QStringList columnTitles();
/// One row of display text, in columnTitles() order. Times as ISO 8601 UTC.
QStringList rowCells(const BackupClient &client);

struct FetchReport
{
    qint64 generatedAt = 0; ///< UNIX seconds
    QList<api::FetchSource> sources;
    QList<api::SourceStatus> statuses;
};

/// Writes clients as they arrive, so that output overlaps with fetching (JSON, JSONL and CSV stream; the
/// table needs every row for its column widths and writes at finish()). JSON and JSONL give each client
/// object exactly as the API returned it, plus RegionId (and Profile); JSON wraps them with GeneratedAt,
/// Clients and the per-source report (Sources last, since it is known only at the end).
class ClientWriter
{
public:
    ClientWriter(QIODevice &out, OutputFormat format, qint64 generatedAt);

    bool begin();
    bool write(const QList<BackupClient> &clients);
    bool finish(const FetchReport &report);
    bool ok() const { return m_ok; }

private:
    void put(const QByteArray &bytes);

    QIODevice &m_out;
    OutputFormat m_format;
    qint64 m_generatedAt;
    qint64 m_written = 0;
    QList<QStringList> m_tableRows;
    bool m_ok = true;
};

/// All at once: begin(), write(clients), finish(report).
bool writeClients(QIODevice &out, OutputFormat format, const QList<BackupClient> &clients,
                  const FetchReport &report);

/// The "Sources" element for one source: Profile, RegionId, ClientType, TotalCount, Fetched, Error (null or
/// an object with Code, Message, RequestId, HttpStatus, Recommend), State.
QJsonObject sourceReportJson(const api::FetchSource &source, const api::SourceStatus &status);

} // namespace hbr
