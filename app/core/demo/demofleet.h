#pragma once

#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

namespace hbr::demo {

/// One client as the loopback server keeps it: the JSON object it serves, plus what the server filters on
/// but does not show (the region it lives in, the container cluster it belongs to).
struct DemoClientRecord
{
    QString regionId;
    QString clusterId; ///< CONTAINER_CLIENT only
    QJsonObject json;  ///< exactly what DescribeBackupClients returns for this client
};

struct DemoFleetSpec
{
    quint32 seed = 20170908;
    int clientCount = 3000;
    QStringList regions;   ///< empty: demoRegions()
    qint64 nowSeconds = 0; ///< heartbeats and times are generated relative to this (UNIX seconds)
};

/// The newest client version of the demo fleet; every client's MaxClientVersion.
inline constexpr char kDemoMaxClientVersion[] = "2.14.2";
/// The "now" of a spec whose nowSeconds is 0 (2025-01-01T00:00:00Z), so such a fleet stays deterministic.
inline constexpr qint64 kDemoReferenceNow = 1735689600;

/// The regions of the built-in demo fleet.
QStringList demoRegions();
/// Realistic zone ids of a region (cn-hangzhou-f, ...); "<region>-a" and "-b" for regions the demo does not
/// know.
QStringList demoZones(const QString &region);

/// A deterministic, realistic fleet: the same spec gives the same clients, byte for byte.
/// Whenever clientCount allows, every Status value, every client type, every Settings variant and every
/// fleet signal of the design (disconnected, failed, stopped, stuck, stale, outdated, unprotected, badproxy,
/// plaintext, ignored) occurs at least once, as do Chinese tags, clients without tags, an empty Hostname and
/// a missing InstanceName.
QList<DemoClientRecord> generateDemoFleet(const DemoFleetSpec &spec);

} // namespace hbr::demo
