#pragma once

#include "fleet/backupclient.h"
#include "fleet/fleetsignals.h"

#include <QAbstractTableModel>
#include <QHash>
#include <vector>

namespace hbr {
class Clock;
}

namespace hbr::models {

/// The fleet as a table: one row per (profile, region, ClientId), over a vector of plain BackupClient values.
/// QtCore only: roles carry text and raw values; the window (ui/) turns StatusKindRole and SignalsRole into
/// icons and colors.
class ClientTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column {
        Status,
        Hostname,
        InstanceName,
        ClientId,
        InstanceId,
        ClientType,
        Version,
        LastHeartbeat,
        BackupStatus,
        Os,
        Arch,
        PrivateIp,
        Zone,
        Region,
        Profile,
        Created,
        Updated,
        Tags,
        Count
    };
    static constexpr int kColumnCount = int(Column::Count);

    enum Role {
        /// What the column sorts by: qint64 for times (0 sorts first), a version key for Version, a
        /// numeric key for IPs, lower-case text otherwise.
        SortRole = Qt::UserRole + 1,
        SignalsRole,    ///< FleetSignals (quint16 as uint) of the row, for any column
        StatusKindRole, ///< Status column: a StatusKind as int, for the icon
        ClientIdRole,   ///< the ClientId, for any column
    };

    /// The broad health of a row, which the icon shows (never the only cue: the text says it too).
    enum class StatusKind { Ok, Warning, Error, Busy, Unknown };

    explicit ClientTableModel(const Clock *clock, QObject *parent = nullptr);
    ~ClientTableModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString columnTitle(Column column); ///< translated
    /// The column a query field filters, so a header tooltip can teach the filter ("host:" for Hostname).
    static QString columnQueryField(Column column);

    /// What a row sorts by in a column: `number` first, then `text` (lower case). Cheap to compare, so a
    /// sort of 100,000 rows computes each key once instead of per comparison.
    struct SortKey
    {
        qint64 number = 0;
        QString text;
        friend bool operator<(const SortKey &a, const SortKey &b)
        {
            return a.number != b.number ? a.number < b.number : a.text < b.text;
        }
        friend bool operator==(const SortKey &, const SortKey &) = default;
    };
    SortKey sortKey(int row, Column column) const;
    static StatusKind statusKind(const QString &status);
    /// The display text of a cell, as the table, CSV and the table writer show it.
    QString cellText(int row, Column column) const;

    void setSignalSettings(const SignalSettings &settings);
    const SignalSettings &signalSettings() const { return m_signalSettings; }

    /// New clients are appended (one beginInsertRows per call); a client already present under the same
    /// (profile, region, ClientId) is updated in place with the narrowest dataChanged.
    void upsert(const QList<BackupClient> &clients);
    /// Starts a refresh: rows stay, and those not upserted again before finishRefresh() are "unconfirmed".
    void beginRefresh();
    /// Removes the unconfirmed rows that belong to a source that completed in this refresh (those of failed
    /// or canceled sources stay, since their absence proves nothing).
    struct SourceKey
    {
        QString profile;
        QString regionId;
        QString clientType;
    };
    void finishRefresh(const QList<SourceKey> &completedSources);
    /// Gives back the spare capacity the rows grew into while pages arrived (up to half of it at 100,000
    /// clients); a loader calls it when a load ends.
    void compact();
    void clear();

    /// Recomputes every row's signals against the clock (time passed); emits dataChanged where they changed.
    void recomputeSignals();

    const BackupClient &client(int row) const { return m_rows[size_t(row)].client; }
    FleetSignals signalsAt(int row) const { return m_rows[size_t(row)].signalSet; }
    int rowOf(const QString &profile, const QString &regionId, const QString &clientId) const;
    const Clock *clock() const { return m_clock; }
    FleetSummary summary() const;

Q_SIGNALS:
    /// Counts changed (rows added, removed or signals recomputed).
    void summaryChanged();

private:
    struct Row
    {
        BackupClient client;
        FleetSignals signalSet = 0;
        quint32 generation = 0;
    };

    int findRow(const BackupClient &client) const;
    void rebuildIndex();
    QVariant sortValue(const Row &row, Column column) const;

    const Clock *m_clock;
    SignalSettings m_signalSettings;
    std::vector<Row> m_rows;
    /// ClientId -> rows (the same id may exist in other regions or profiles). Keyed by the client's own
    /// implicitly shared string, so the index costs a node per row and no copy of the text.
    QMultiHash<QString, int> m_index;
    quint32 m_generation = 0;
};

} // namespace hbr::models
