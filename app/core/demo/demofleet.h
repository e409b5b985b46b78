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
    QStringList regions; ///< empty: demoRegions()
    qint64 nowSeconds = 0; ///< heartbeats and times are generated relative to this (UNIX seconds)
};

/// The regions of the built-in demo fleet.
QStringList demoRegions();

/// A deterministic, realistic fleet: the same spec gives the same clients, byte for byte.
QList<DemoClientRecord> generateDemoFleet(const DemoFleetSpec &spec);

} // namespace hbr::demo
