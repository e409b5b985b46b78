#pragma once

#include "apicall.h"
#include "fleet/stringpool.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <memory>

namespace hbr::api {

/// One (profile, region, client type) combination to page through.
struct FetchSource
{
    QString profile; ///< empty for environment credentials or the demo
    QString regionId;
    AccessKeyCredentials credentials;
    Endpoint endpoint;
    SignatureVersion signatureVersion = SignatureVersion::V3;
    /// ClientType and the server-side filters; PageNumber and PageSize are set by the fetcher.
    DescribeBackupClientsRequest request;

    QString label() const; ///< "profile/region/ECS_CLIENT"
};

struct SourceStatus
{
    enum class State { Pending, Running, Complete, Incomplete, Failed, Canceled };
    State state = State::Pending;
    qint64 totalCount = -1; ///< as page 1 reported it
    int pagesTotal = 0;
    int pagesDone = 0;
    qint64 received = 0;   ///< distinct clients this source returned
    ApiError error;        ///< why it failed (the first page that failed for good)
    QString incompleteWhy; ///< why the pages did not add up

    bool isFinal() const { return state != State::Pending && state != State::Running; }
    bool isSuccess() const { return state == State::Complete; }
};

struct FetchOptions
{
    int maxConcurrentPerEndpoint = 6;
    double maxQpsPerEndpoint = 10.0; ///< HBR's quota is about 600 calls a minute per region and account
    int pageSize = 99;
    RetryPolicy retry;
    int transferTimeoutMs = 30000;
};

/// Fetches every page of many sources at once. Per source: page 1 (which tells TotalCount), then the
/// remaining pages concurrently. Each endpoint has its own limiter (concurrency and requests per second),
/// shared by all sources that use it. Pages are delivered as they arrive, each client once per (profile,
/// region, ClientId).
class FleetFetcher : public QObject
{
    Q_OBJECT
public:
    FleetFetcher(QNetworkAccessManager *network, const Clock *clock, QObject *parent = nullptr);
    ~FleetFetcher() override;

    void setOptions(const FetchOptions &options) { m_options = options; }
    const FetchOptions &options() const { return m_options; }

    /// Starts a new run; a run still going is canceled first.
    void start(const QList<FetchSource> &sources);
    /// Stops every request in flight at once; sources not finished become Canceled; finished() follows.
    void cancel();

    bool isRunning() const { return m_running; }
    const QList<FetchSource> &sources() const { return m_sources; }
    const QList<SourceStatus> &statuses() const { return m_statuses; }
    qint64 requestsSent() const { return m_requestsSent; }

Q_SIGNALS:
    /// New clients of one source, never seen before in this run.
    void clientsArrived(int sourceIndex, const QList<hbr::BackupClient> &clients);
    void sourceChanged(int sourceIndex);
    /// Every source is final.
    void finished();

private:
    struct SourceRun;

    void startPage(int sourceIndex, int pageNumber);
    void onPage(int sourceIndex, ApiCall *call, const DecodedPage &result);
    void settle(int sourceIndex);
    void checkFinished();
    EndpointLimiter *limiterFor(const Endpoint &endpoint);

    QNetworkAccessManager *m_network;
    const Clock *m_clock;
    FetchOptions m_options;
    QList<FetchSource> m_sources;
    QList<SourceStatus> m_statuses;
    std::vector<std::unique_ptr<SourceRun>> m_runs;
    QHash<QString, EndpointLimiter *> m_limiters;
    QSet<QString> m_seen; ///< profile \x1f region \x1f ClientId across the run
    StringPool m_pool;
    qint64 m_requestsSent = 0;
    bool m_running = false;
    bool m_finishing = false;
};

QString sourceStateName(SourceStatus::State state);

} // namespace hbr::api
