#pragma once

#include "api/endpoint.h"
#include "demofleet.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QSet>
#include <QSslConfiguration>
#include <QUrl>
#include <memory>

namespace hbr {
class Clock;
}

namespace hbr::demo {

/// Ways to make the server misbehave, for tests, benchmarks and the demo.
struct ServerKnobs
{
    int latencyMs = 0;            ///< added before every answer
    double maxRps = 0;            ///< per region (port); 0 = unlimited. Over it: HTTP 400 Throttling.User
    double failureRate = 0;       ///< fraction answered HTTP 503 ServiceUnavailable
    double malformedRate = 0;     ///< fraction answered HTTP 200 with a body that is not JSON
    double truncatedRate = 0;     ///< fraction whose body is cut short and the connection closed
    double hangRate = 0;          ///< fraction never answered (the connection stays open)
    QSet<QString> failingRegions; ///< every request for these regions gets failingStatus / failingCode
    int failingStatus = 500;
    QString failingCode = QStringLiteral("InternalError");
    double hugeRate = 0; ///< fraction answered HTTP 200 with a valid JSON body of hugeBytes
    qint64 hugeBytes = 64 * 1024 * 1024;
    int churnPerPage =
        0;               ///< after each page served, this many clients of the region are gone (fleet shrinks)
    int pageSizeCap = 0; ///< serve at most this many per page whatever PageSize asks (0 = no cap)
    quint32 seed = 1;    ///< for the random choices above
};

struct ServerStats
{
    qint64 requests = 0;   ///< HTTP requests received
    qint64 verified = 0;   ///< requests whose signature verified
    qint64 answeredOk = 0; ///< requests answered with a page of clients
    int maxInFlight = 0;   ///< most requests received and not yet answered at one time (all regions)
    int maxPerSecond = 0;  ///< most requests received in any sliding one-second window (all regions)
    QHash<QString, int> maxInFlightPerRegion;
    QHash<QString, int> maxPerSecondPerRegion;
    QHash<QString, qint64> errorCodes; ///< Code -> how many times it was answered
    qint64 connections = 0;            ///< TCP connections accepted (keep-alive means few)
};

/// A DescribeBackupClients endpoint on 127.0.0.1 that behaves like the real one: it verifies V3 and V1
/// signatures and STS tokens, rejects stale timestamps and reused nonces, validates parameters, pages,
/// filters, and answers errors in Alibaba's JSON shape with the real HTTP statuses. One port per region,
/// because the real service has one endpoint per region.
class LoopbackHbrServer : public QObject
{
    Q_OBJECT
public:
    explicit LoopbackHbrServer(const Clock *clock, QObject *parent = nullptr);
    ~LoopbackHbrServer() override;

    /// Accepts requests signed with this key (and, when `securityToken` is set, only with that STS token).
    void addCredentials(const QString &accessKeyId, const QString &secret, const QString &securityToken = {});
    void setClients(QList<DemoClientRecord> clients);
    void setKnobs(const ServerKnobs &knobs);
    const ServerKnobs &knobs() const;

    /// Serves HTTPS with this certificate and key from the next listen() on (as the real service does), so
    /// tests can show what the client does with a certificate it does not trust. A null configuration: HTTP.
    void setTls(const QSslConfiguration &configuration);
    /// Listens on a free 127.0.0.1 port for each region. False (see errorString()) when a port cannot be had.
    bool listen(const QStringList &regions);
    void close();
    QString errorString() const;

    QStringList regions() const;
    quint16 portForRegion(const QString &region) const;
    QUrl urlForRegion(const QString &region) const; ///< http://127.0.0.1:<port>/
    api::Endpoint endpointForRegion(const QString &region) const;

    ServerStats stats() const;
    void resetStats();

    /// Nonces remembered for replay detection; entries older than the 15-minute window are dropped.
    qsizetype nonceCacheSize() const;

private:
    class Private;
    std::unique_ptr<Private> d;
};

} // namespace hbr::demo
