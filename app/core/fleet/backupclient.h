#pragma once

#include <QHashFunctions>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace hbr {

class StringPool;

struct ClientTag
{
    QString key;
    QString value;
    friend bool operator==(const ClientTag &, const ClientTag &) = default;
};

inline size_t qHash(const ClientTag &tag, size_t seed = 0) noexcept
{
    return qHashMulti(seed, tag.key, tag.value);
}

/// One backup client as DescribeBackupClients returns it, decoded into plain typed fields for the table, the
/// filters and the signals, plus what is needed to give the object back exactly as it came (see toJson()).
///
/// Typed fields hold the documented types. A value that came in another JSON type ("CreatedTime":
/// "1554347313", "MaxCpuCore": 1, "UseHttps": true) is decoded tolerantly into the typed field and its raw
/// value is kept in `extras`; so are keys this version does not know. Most clients carry no extras, which
/// costs one null pointer.
struct BackupClient
{
    /// Every documented key; a bit of `present` each.
    enum Field : quint8 {
        // top level
        Appliance,
        ArchType,
        BackupStatus,
        ClientId,
        ClientType,
        ClientVersion,
        CreatedTime,
        Hostname,
        InstanceId,
        InstanceName,
        LastHeartBeatTime,
        MaxClientVersion,
        OsType,
        PrivateIpV4,
        Status,
        UpdatedTime,
        ZoneId,
        Settings,
        Tags,
        // inside Settings
        AlertOnPartialComplete,
        DataNetworkType,
        DataProxySetting,
        MaxCpuCore,
        MaxMemory,
        MaxWorker,
        ProxyHost,
        ProxyPassword,
        ProxyPort,
        ProxyUser,
        UseHttps,
        FieldCount
    };

    QString clientId;
    QString clientType;
    QString status;
    QString backupStatus;
    QString hostname;
    QString instanceId;
    QString instanceName;
    QString clientVersion;
    QString maxClientVersion;
    QString osType;
    QString archType;
    QString privateIpV4;
    QString zoneId;
    qint64 createdTime = 0;       ///< UNIX seconds
    qint64 updatedTime = 0;       ///< UNIX seconds
    qint64 lastHeartBeatTime = 0; ///< UNIX seconds

    // Settings
    QString dataNetworkType;
    QString dataProxySetting;
    QString maxCpuCore; ///< documented as a string; "0" means unlimited
    QString maxWorker;  ///< documented as a string; "0" means unlimited
    QString useHttps;   ///< documented as the string "true" / "false"
    QString proxyHost;
    QString proxyUser;
    QString proxyPassword;
    qint64 maxMemory = 0; ///< bytes; 0 means unlimited
    qint64 proxyPort = 0;

    QList<ClientTag> tags;

    // Where the client was fetched from; not part of the API object.
    QString regionId;
    QString profile;

    quint32 present = 0; ///< bit (1 << Field) for each key that arrived with a usable value
    // Next to `present` so that the three pack into one 8-byte slot (the memory budget is per client).
    bool appliance = false;
    bool alertOnPartialComplete = false;
    QJsonObject extras;         ///< top-level keys to give back verbatim (unknown keys, off-type values)
    QJsonObject settingsExtras; ///< the same inside Settings

    bool has(Field f) const { return present & (1u << f); }
    void set(Field f) { present |= (1u << f); }

    /// UseHttps as a boolean, when it says one.
    std::optional<bool> useHttpsValue() const;
    QString tagsText() const; ///< "k=v, k2=v2"

    /// Decodes one element of "Clients". Never fails: whatever is unusable is kept raw in `extras`.
    /// `pool` (may be null) shares the copies of repeating strings.
    static BackupClient fromJson(const QJsonObject &object, StringPool *pool);

    /// The client object exactly as the API returned it: every key, each with its JSON type and value.
    QJsonObject toJson() const;
    /// toJson() plus "RegionId" (and "Profile" when one was used), the export format of the command line.
    QJsonObject toExportJson() const;
};

/// The JSON key of a field ("ClientId", "MaxCpuCore", ...).
QLatin1StringView fieldKey(BackupClient::Field field);

} // namespace hbr
