#include "clienttablemodel.h"

#include "clock.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLocale>
#include <algorithm>

namespace hbr::models {

namespace {

// Free functions have no tr(): name the class's context, so lupdate files these strings with the members'.
// (The counts are worked out beforehand: Qt 6.4's lupdate loses its way on a '/' inside translate()'s
// arguments.)
QString ageText(qint64 seconds)
{
    if (seconds < 0)
        return QCoreApplication::translate("hbr::models::ClientTableModel", "in the future",
                                           "heartbeat time ahead of the clock");
    if (seconds < 60)
        return QCoreApplication::translate("hbr::models::ClientTableModel", "just now", "last heartbeat");
    if (seconds < 3600) {
        const int minutes = int(seconds / 60);
        return QCoreApplication::translate("hbr::models::ClientTableModel", "%n min ago", "last heartbeat",
                                           minutes);
    }
    if (seconds < 2 * 86400) {
        const int hours = int(seconds / 3600);
        return QCoreApplication::translate("hbr::models::ClientTableModel", "%n h ago", "last heartbeat",
                                           hours);
    }
    const int days = int(seconds / 86400);
    return QCoreApplication::translate("hbr::models::ClientTableModel", "%n d ago", "last heartbeat", days);
}

QString localTime(qint64 seconds)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(seconds), QLocale::ShortFormat);
}

/// For tooltips: the long form, with the full year and the time zone.
QString longLocalTime(qint64 seconds)
{
    return QLocale().toString(QDateTime::fromSecsSinceEpoch(seconds), QLocale::LongFormat);
}

QString clientTypeText(const QString &type)
{
    if (type == QLatin1StringView("ECS_CLIENT"))
        //: ECS (Elastic Compute Service) is Alibaba Cloud's product name.
        return QCoreApplication::translate("hbr::models::ClientTableModel", "ECS", "client type");
    if (type == QLatin1StringView("CONTAINER_CLIENT"))
        return QCoreApplication::translate("hbr::models::ClientTableModel", "Container", "client type");
    if (type == QLatin1StringView("LOCAL_CLIENT"))
        //: A client on an on-premises (not Alibaba Cloud) host.
        return QCoreApplication::translate("hbr::models::ClientTableModel", "Local", "client type");
    return type; // an unknown value is shown as it came, never dropped
}

QString backupStatusText(const QString &status)
{
    if (status == QLatin1StringView("PROTECTED"))
        return QCoreApplication::translate("hbr::models::ClientTableModel", "Protected", "backup status");
    if (status == QLatin1StringView("UNPROTECTED"))
        return QCoreApplication::translate("hbr::models::ClientTableModel", "Unprotected", "backup status");
    return status;
}

/// A version as one number, 16 bits a segment for the first four, so versions sort as versions.
qint64 versionNumber(QStringView v, QStringView *rest)
{
    if (v.startsWith(u'v') || v.startsWith(u'V'))
        v = v.mid(1);
    qint64 key = 0;
    int segments = 0;
    qsizetype i = 0;
    while (segments < 4 && i < v.size() && v[i].isDigit()) {
        qint64 n = 0;
        while (i < v.size() && v[i].isDigit()) {
            n = qMin<qint64>(0xFFFF, n * 10 + v[i].digitValue());
            ++i;
        }
        key = (key << 16) | n;
        ++segments;
        if (i < v.size() && v[i] == u'.' && i + 1 < v.size() && v[i + 1].isDigit())
            ++i;
        else
            break;
    }
    for (; segments < 4; ++segments)
        key <<= 16;
    *rest = v.mid(i);
    return key;
}

/// IPv4 as a number; -1 when it is not one (then the text decides).
qint64 ipNumber(QStringView ip)
{
    const auto parts = ip.split(u'.');
    if (parts.size() != 4)
        return -1;
    qint64 n = 0;
    for (QStringView part : parts) {
        bool ok = false;
        const uint octet = part.toUInt(&ok);
        if (!ok || octet > 255)
            return -1;
        n = (n << 8) | octet;
    }
    return n;
}

int severityRank(ClientTableModel::StatusKind kind)
{
    // Sorting by status puts the ones needing attention together, worst first when ascending.
    switch (kind) {
    case ClientTableModel::StatusKind::Error:
        return 0;
    case ClientTableModel::StatusKind::Unknown:
        return 1;
    case ClientTableModel::StatusKind::Warning:
        return 2;
    case ClientTableModel::StatusKind::Busy:
        return 3;
    case ClientTableModel::StatusKind::Ok:
        return 4;
    }
    return 5;
}

bool sameColumn(const BackupClient &a, const BackupClient &b, ClientTableModel::Column column)
{
    using C = ClientTableModel::Column;
    switch (column) {
    case C::Status:
        return a.status == b.status;
    case C::Hostname:
        return a.hostname == b.hostname;
    case C::InstanceName:
        return a.instanceName == b.instanceName;
    case C::ClientId:
        return a.clientId == b.clientId;
    case C::InstanceId:
        return a.instanceId == b.instanceId;
    case C::ClientType:
        return a.clientType == b.clientType;
    case C::Version:
        return a.clientVersion == b.clientVersion && a.maxClientVersion == b.maxClientVersion;
    case C::LastHeartbeat:
        return a.lastHeartBeatTime == b.lastHeartBeatTime &&
               a.has(BackupClient::LastHeartBeatTime) == b.has(BackupClient::LastHeartBeatTime);
    case C::BackupStatus:
        return a.backupStatus == b.backupStatus;
    case C::Os:
        return a.osType == b.osType;
    case C::Arch:
        return a.archType == b.archType;
    case C::PrivateIp:
        return a.privateIpV4 == b.privateIpV4;
    case C::Zone:
        return a.zoneId == b.zoneId;
    case C::Region:
        return a.regionId == b.regionId;
    case C::Profile:
        return a.profile == b.profile;
    case C::Created:
        return a.createdTime == b.createdTime;
    case C::Updated:
        return a.updatedTime == b.updatedTime;
    case C::Tags:
        return a.tags == b.tags;
    case C::Count:
        break;
    }
    return true;
}

} // namespace

ClientTableModel::ClientTableModel(const Clock *clock, QObject *parent)
    : QAbstractTableModel(parent)
    , m_clock(clock)
{
    Q_ASSERT(clock);
}

ClientTableModel::~ClientTableModel() = default;

int ClientTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ClientTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : kColumnCount;
}

QString ClientTableModel::columnTitle(Column column)
{
    switch (column) {
    case Column::Status:
        return tr("Status");
    case Column::Hostname:
        return tr("Hostname");
    case Column::InstanceName:
        return tr("Instance name");
    case Column::ClientId:
        return tr("Client ID");
    case Column::InstanceId:
        return tr("Instance ID");
    case Column::ClientType:
        return tr("Type", "client type column");
    case Column::Version:
        return tr("Version");
    case Column::LastHeartbeat:
        return tr("Last heartbeat");
    case Column::BackupStatus:
        return tr("Backup", "backup status column");
    case Column::Os:
        return tr("OS");
    case Column::Arch:
        return tr("Architecture");
    case Column::PrivateIp:
        return tr("Private IP");
    case Column::Zone:
        return tr("Zone");
    case Column::Region:
        return tr("Region");
    case Column::Profile:
        return tr("Profile");
    case Column::Created:
        return tr("Created", "creation time column");
    case Column::Updated:
        return tr("Updated", "last update time column");
    case Column::Tags:
        return tr("Tags");
    case Column::Count:
        break;
    }
    return QString();
}

QString ClientTableModel::columnQueryField(Column column)
{
    switch (column) {
    case Column::Status:
        return QStringLiteral("status");
    case Column::Hostname:
        return QStringLiteral("host");
    case Column::InstanceName:
        return QStringLiteral("name");
    case Column::ClientId:
        return QStringLiteral("id");
    case Column::InstanceId:
        return QStringLiteral("instance");
    case Column::ClientType:
        return QStringLiteral("type");
    case Column::Version:
        return QStringLiteral("version");
    case Column::LastHeartbeat:
        return QStringLiteral("hb");
    case Column::BackupStatus:
        return QStringLiteral("backup");
    case Column::Os:
        return QStringLiteral("os");
    case Column::Arch:
        return QStringLiteral("arch");
    case Column::PrivateIp:
        return QStringLiteral("ip");
    case Column::Zone:
        return QStringLiteral("zone");
    case Column::Region:
        return QStringLiteral("region");
    case Column::Profile:
        return QStringLiteral("profile");
    case Column::Tags:
        return QStringLiteral("tag");
    case Column::Created:
    case Column::Updated:
    case Column::Count:
        break;
    }
    return QString();
}

ClientTableModel::StatusKind ClientTableModel::statusKind(const QString &status)
{
    static const QHash<QString, StatusKind> kinds = {
        {QStringLiteral("ACTIVATED"), StatusKind::Ok},
        {QStringLiteral("REGISTERED"), StatusKind::Ok},
        {QStringLiteral("UNKNOWN"), StatusKind::Unknown},
        {QStringLiteral("INSTALL_FAILED"), StatusKind::Error},
        {QStringLiteral("UPGRADE_FAILED"), StatusKind::Error},
        {QStringLiteral("UNINSTALL_FAILED"), StatusKind::Error},
        {QStringLiteral("STOPPED"), StatusKind::Warning},
        {QStringLiteral("DEACTIVATED"), StatusKind::Warning},
        {QStringLiteral("NOT_INSTALLED"), StatusKind::Warning},
        {QStringLiteral("INSTALLING"), StatusKind::Busy},
        {QStringLiteral("UPGRADING"), StatusKind::Busy},
        {QStringLiteral("UNINSTALLING"), StatusKind::Busy},
    };
    return kinds.value(status.toUpper(), StatusKind::Unknown);
}

QString ClientTableModel::cellText(int row, Column column) const
{
    Q_ASSERT(row >= 0 && size_t(row) < m_rows.size());
    const BackupClient &c = m_rows[size_t(row)].client;
    switch (column) {
    case Column::Status:
        return c.has(BackupClient::Status) ? statusTitle(c.status) : QString();
    case Column::Hostname:
        return c.hostname;
    case Column::InstanceName:
        return c.instanceName;
    case Column::ClientId:
        return c.clientId;
    case Column::InstanceId:
        return c.instanceId;
    case Column::ClientType:
        return clientTypeText(c.clientType);
    case Column::Version:
        return c.clientVersion;
    case Column::LastHeartbeat:
        if (!c.has(BackupClient::LastHeartBeatTime) || c.lastHeartBeatTime <= 0)
            return tr("never", "no heartbeat received");
        return ageText(m_clock->nowSeconds() - c.lastHeartBeatTime);
    case Column::BackupStatus:
        return backupStatusText(c.backupStatus);
    case Column::Os:
        return c.osType;
    case Column::Arch:
        return c.archType;
    case Column::PrivateIp:
        return c.privateIpV4;
    case Column::Zone:
        return c.zoneId;
    case Column::Region:
        return c.regionId;
    case Column::Profile:
        return c.profile;
    case Column::Created:
        return c.has(BackupClient::CreatedTime) ? localTime(c.createdTime) : QString();
    case Column::Updated:
        return c.has(BackupClient::UpdatedTime) ? localTime(c.updatedTime) : QString();
    case Column::Tags:
        return c.tagsText();
    case Column::Count:
        break;
    }
    return QString();
}

ClientTableModel::SortKey ClientTableModel::sortKey(int row, Column column) const
{
    const BackupClient &c = m_rows[size_t(row)].client;
    switch (column) {
    case Column::Status:
        return {severityRank(statusKind(c.status)), c.status.toLower()};
    case Column::Version: {
        if (c.clientVersion.isEmpty())
            return {-1, QString()}; // no version first
        QStringView rest;
        const qint64 n = versionNumber(c.clientVersion, &rest);
        return {n, rest.toString().toLower()};
    }
    case Column::LastHeartbeat:
        return {c.has(BackupClient::LastHeartBeatTime) ? c.lastHeartBeatTime : 0, QString()};
    case Column::Created:
        return {c.has(BackupClient::CreatedTime) ? c.createdTime : 0, QString()};
    case Column::Updated:
        return {c.has(BackupClient::UpdatedTime) ? c.updatedTime : 0, QString()};
    case Column::PrivateIp: {
        const qint64 n = ipNumber(c.privateIpV4);
        return n >= 0 ? SortKey{n, QString()}
                      : SortKey{c.privateIpV4.isEmpty() ? -1 : 1LL << 40, c.privateIpV4.toLower()};
    }
    case Column::Hostname:
    case Column::InstanceName:
    case Column::ClientId:
    case Column::InstanceId:
    case Column::ClientType:
    case Column::BackupStatus:
    case Column::Os:
    case Column::Arch:
    case Column::Zone:
    case Column::Region:
    case Column::Profile:
    case Column::Tags:
        // Empty cells sort before any text; the display text decides, so the order is what people read.
        return {0, cellText(row, column).toLower()};
    case Column::Count:
        break;
    }
    return {};
}

QVariant ClientTableModel::data(const QModelIndex &index, int role) const
{
    Q_ASSERT(checkIndex(index, QAbstractItemModel::CheckIndexOption::IndexIsValid |
                                   QAbstractItemModel::CheckIndexOption::ParentIsInvalid));
    const Row &row = m_rows[size_t(index.row())];
    const BackupClient &c = row.client;
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return cellText(index.row(), column);
    case Qt::ToolTipRole:
        switch (column) {
        case Column::Status:
            return c.status.isEmpty()
                       ? QString()
                       : QStringLiteral("%1 (%2)\n%3")
                             .arg(statusTitle(c.status), c.status, statusExplanation(c.status));
        case Column::Version:
            if (row.signalSet & signalBit(FleetSignal::Outdated))
                return tr("Outdated: %1 is installed, %2 is available")
                    .arg(c.clientVersion, c.maxClientVersion);
            return c.maxClientVersion.isEmpty() ? QString()
                                                : tr("Up to date (latest %1)").arg(c.maxClientVersion);
        case Column::LastHeartbeat:
            if (!c.has(BackupClient::LastHeartBeatTime) || c.lastHeartBeatTime <= 0)
                return tr("No heartbeat has been received from this client");
            return (row.signalSet & signalBit(FleetSignal::Stale))
                       ? tr("%1, stale: no heartbeat for longer than %n min", nullptr,
                            int(m_signalSettings.staleAfterSeconds / 60))
                             .arg(longLocalTime(c.lastHeartBeatTime))
                       : longLocalTime(c.lastHeartBeatTime);
        case Column::Created:
        case Column::Updated: {
            const qint64 t = column == Column::Created ? c.createdTime : c.updatedTime;
            return t > 0 ? QDateTime::fromSecsSinceEpoch(t, Qt::UTC).toString(Qt::ISODate) : QString();
        }
        case Column::ClientType:
            return c.clientType;
        case Column::BackupStatus:
            return c.backupStatus;
        default:
            return QVariant();
        }
    case Qt::AccessibleTextRole: {
        // A screen reader hears what the icons show.
        QString text = cellText(index.row(), column);
        if (column == Column::Version && (row.signalSet & signalBit(FleetSignal::Outdated)))
            text = tr("%1, outdated").arg(text);
        else if (column == Column::LastHeartbeat && (row.signalSet & signalBit(FleetSignal::Stale)))
            text = tr("%1, stale").arg(text);
        return text;
    }
    case SortRole: {
        const SortKey key = sortKey(index.row(), column);
        switch (column) {
        case Column::LastHeartbeat:
        case Column::Created:
        case Column::Updated:
            return key.number;
        case Column::Version:
            return key.number < 0
                       ? QString()
                       : QString::number(key.number, 16).rightJustified(16, u'0') + u'|' + key.text;
        case Column::PrivateIp:
            return key.text.isEmpty() ? QVariant(key.number) : QVariant(key.text);
        default:
            return key.text;
        }
    }
    case SignalsRole:
        return uint(row.signalSet);
    case StatusKindRole:
        return column == Column::Status ? QVariant(int(statusKind(c.status))) : QVariant();
    case ClientIdRole:
        return c.clientId;
    default:
        return QVariant();
    }
}

QVariant ClientTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= kColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    const auto column = Column(section);
    if (role == Qt::DisplayRole)
        return columnTitle(column);
    if (role == Qt::ToolTipRole) {
        const QString field = columnQueryField(column);
        return field.isEmpty() ? columnTitle(column)
                               : tr("%1 — filter with %2:").arg(columnTitle(column), field);
    }
    return QVariant();
}

void ClientTableModel::setSignalSettings(const SignalSettings &settings)
{
    m_signalSettings = settings;
    recomputeSignals();
}

int ClientTableModel::rowOf(const QString &profile, const QString &regionId, const QString &clientId) const
{
    for (auto it = m_index.constFind(clientId); it != m_index.cend() && it.key() == clientId; ++it) {
        const BackupClient &c = m_rows[size_t(it.value())].client;
        if (c.regionId == regionId && c.profile == profile)
            return it.value();
    }
    return -1;
}

int ClientTableModel::findRow(const BackupClient &client) const
{
    return rowOf(client.profile, client.regionId, client.clientId);
}

void ClientTableModel::rebuildIndex()
{
    m_index.clear();
    m_index.reserve(qsizetype(m_rows.size()));
    for (size_t i = 0; i < m_rows.size(); ++i)
        m_index.insert(m_rows[i].client.clientId, int(i));
}

void ClientTableModel::upsert(const QList<BackupClient> &clients)
{
    if (clients.isEmpty())
        return;
    const qint64 now = m_clock->nowSeconds();
    QList<BackupClient> fresh;
    // Clients new to the model in this batch, by id: a batch may be a whole fleet, so no linear search.
    QMultiHash<QString, qsizetype> freshIndex;
    struct Change
    {
        int row;
        int first;
        int last;
    };
    QList<Change> changes;
    for (const BackupClient &c : clients) {
        const int at = findRow(c);
        if (at < 0) {
            // A page that repeats a client appends it once.
            bool repeated = false;
            for (auto it = freshIndex.constFind(c.clientId);
                 it != freshIndex.cend() && it.key() == c.clientId; ++it) {
                const BackupClient &f = fresh.at(it.value());
                if (f.regionId == c.regionId && f.profile == c.profile) {
                    repeated = true;
                    break;
                }
            }
            if (!repeated) {
                freshIndex.insert(c.clientId, fresh.size());
                fresh.append(c);
            }
            continue;
        }
        Row &row = m_rows[size_t(at)];
        row.generation = m_generation;
        int first = -1;
        int last = -1;
        for (int col = 0; col < kColumnCount; ++col) {
            if (!sameColumn(row.client, c, Column(col))) {
                if (first < 0)
                    first = col;
                last = col;
            }
        }
        const FleetSignals signalSet = computeSignals(c, now, m_signalSettings);
        if (signalSet != row.signalSet) {
            first = 0; // SignalsRole is on every column
            last = kColumnCount - 1;
        }
        const bool anyChange = first >= 0 || c.toJson() != row.client.toJson();
        row.client = c;
        row.signalSet = signalSet;
        if (anyChange) {
            // Something only the detail pane shows (settings, extras) changed: tell the status cell.
            changes.append({at, first < 0 ? 0 : first, last < 0 ? 0 : last});
        }
    }

    if (changes.size() * 2 > qsizetype(m_rows.size())) {
        Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, kColumnCount - 1));
    } else {
        for (const Change &ch : std::as_const(changes))
            Q_EMIT dataChanged(index(ch.row, ch.first), index(ch.row, ch.last));
    }

    if (!fresh.isEmpty()) {
        const int first = rowCount();
        beginInsertRows({}, first, first + int(fresh.size()) - 1);
        // No reserve(): an exact one per page would reallocate and move every row each time (loading 100,000
        // clients page by page was quadratic); push_back grows geometrically.
        for (const BackupClient &c : std::as_const(fresh)) {
            m_rows.push_back(Row{c, computeSignals(c, now, m_signalSettings), m_generation});
            m_index.insert(m_rows.back().client.clientId, int(m_rows.size()) - 1);
        }
        endInsertRows();
    }
    if (!fresh.isEmpty() || !changes.isEmpty())
        Q_EMIT summaryChanged();
}

void ClientTableModel::beginRefresh()
{
    ++m_generation;
}

void ClientTableModel::compact()
{
    m_rows.shrink_to_fit();
}

void ClientTableModel::finishRefresh(const QList<SourceKey> &completedSources)
{
    if (completedSources.isEmpty())
        return;
    auto completed = [&completedSources](const BackupClient &c) {
        for (const SourceKey &k : completedSources) {
            if (k.profile == c.profile && k.regionId == c.regionId &&
                k.clientType.compare(c.clientType, Qt::CaseInsensitive) == 0)
                return true;
        }
        return false;
    };
    // Contiguous blocks from the end, so the rows before a block keep their numbers while it goes.
    int row = rowCount() - 1;
    bool removed = false;
    while (row >= 0) {
        const Row &r = m_rows[size_t(row)];
        if (r.generation == m_generation || !completed(r.client)) {
            --row;
            continue;
        }
        int first = row;
        while (first > 0) {
            const Row &prev = m_rows[size_t(first - 1)];
            if (prev.generation == m_generation || !completed(prev.client))
                break;
            --first;
        }
        beginRemoveRows({}, first, row);
        m_rows.erase(m_rows.begin() + first, m_rows.begin() + row + 1);
        endRemoveRows();
        removed = true;
        row = first - 1;
    }
    if (removed) {
        rebuildIndex();
        Q_EMIT summaryChanged();
    }
}

void ClientTableModel::clear()
{
    if (m_rows.empty())
        return;
    beginResetModel();
    m_rows.clear();
    m_index.clear();
    endResetModel();
    Q_EMIT summaryChanged();
}

void ClientTableModel::recomputeSignals()
{
    const qint64 now = m_clock->nowSeconds();
    std::vector<int> changed;
    for (size_t i = 0; i < m_rows.size(); ++i) {
        const FleetSignals s = computeSignals(m_rows[i].client, now, m_signalSettings);
        if (s != m_rows[i].signalSet) {
            m_rows[i].signalSet = s;
            changed.push_back(int(i));
        }
    }
    // Heartbeat ages are relative text: that column changes for everyone as time passes.
    if (!m_rows.empty()) {
        const int hb = int(Column::LastHeartbeat);
        if (changed.size() * 2 > m_rows.size()) {
            Q_EMIT dataChanged(index(0, 0), index(rowCount() - 1, kColumnCount - 1));
        } else {
            for (int r : changed)
                Q_EMIT dataChanged(index(r, 0), index(r, kColumnCount - 1));
            Q_EMIT dataChanged(index(0, hb), index(rowCount() - 1, hb), {Qt::DisplayRole, Qt::ToolTipRole});
        }
    }
    if (!changed.empty())
        Q_EMIT summaryChanged();
}

FleetSummary ClientTableModel::summary() const
{
    FleetSummary s;
    for (const Row &r : m_rows)
        s.add(r.client, r.signalSet);
    return s;
}

} // namespace hbr::models
