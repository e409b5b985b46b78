#include "fleetfetcher.h"

#include <QCoreApplication>
#include <QNetworkAccessManager>

namespace hbr::api {

struct FleetFetcher::SourceRun
{
    QList<ApiCall *> calls;  ///< in flight
    QSet<QString> ids;       ///< ClientIds this source returned
    QSet<qint64> totalsSeen; ///< TotalCount of every page
    QList<int> shortPages;   ///< pages that came back with fewer clients than expected
    qint64 distinct = 0;     ///< clients this source returned, each counted once
    int pageSize = 0;        ///< the page size in use once page 1 has told it
    bool failedForGood = false;
};

QString FetchSource::label() const
{
    QString text = profile.isEmpty() ? QString() : profile + QLatin1Char('/');
    return text + regionId + QLatin1Char('/') + clientTypeName(request.clientType);
}

QString sourceStateName(SourceStatus::State state)
{
    switch (state) {
    case SourceStatus::State::Pending:
        return QStringLiteral("pending");
    case SourceStatus::State::Running:
        return QStringLiteral("running");
    case SourceStatus::State::Complete:
        return QStringLiteral("complete");
    case SourceStatus::State::Incomplete:
        return QStringLiteral("incomplete");
    case SourceStatus::State::Failed:
        return QStringLiteral("failed");
    case SourceStatus::State::Canceled:
        return QStringLiteral("canceled");
    }
    return QString();
}

FleetFetcher::FleetFetcher(QNetworkAccessManager *network, const Clock *clock, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
{
    Q_ASSERT(network && clock);
}

FleetFetcher::~FleetFetcher()
{
    // Calls are children; delete them before the limiters they hold slots in. All of them: one that has
    // finished is no longer in its run's list but may still await its deleteLater() (found by ASan).
    qDeleteAll(findChildren<ApiCall *>(QString(), Qt::FindDirectChildrenOnly));
    m_runs.clear();
    qDeleteAll(m_limiters);
}

EndpointLimiter *FleetFetcher::limiterFor(const Endpoint &endpoint)
{
    EndpointLimiter *&limiter = m_limiters[endpoint.key()];
    if (!limiter)
        limiter = new EndpointLimiter(m_options.maxConcurrentPerEndpoint, m_options.maxQpsPerEndpoint);
    return limiter;
}

void FleetFetcher::start(const QList<FetchSource> &sources)
{
    if (m_running)
        cancel();
    for (auto &run : m_runs)
        qDeleteAll(run->calls);
    m_runs.clear();
    qDeleteAll(m_limiters);
    m_limiters.clear();
    m_seen.clear();
    m_pool.clear();
    m_requestsSent = 0;

    m_sources = sources;
    m_statuses = QList<SourceStatus>(sources.size());
    for (qsizetype i = 0; i < sources.size(); ++i)
        m_runs.push_back(std::make_unique<SourceRun>());
    m_running = true;
    m_finishing = false;
    if (sources.isEmpty()) {
        QMetaObject::invokeMethod(this, &FleetFetcher::checkFinished, Qt::QueuedConnection);
        return;
    }
    for (int i = 0; i < sources.size(); ++i) {
        m_statuses[i].state = SourceStatus::State::Running;
        startPage(i, 1);
        Q_EMIT sourceChanged(i);
    }
}

void FleetFetcher::startPage(int sourceIndex, int pageNumber)
{
    const FetchSource &source = m_sources[sourceIndex];
    DescribeBackupClientsRequest request = source.request;
    request.pageNumber = pageNumber;
    request.pageSize = m_runs[sourceIndex]->pageSize > 0 ? m_runs[sourceIndex]->pageSize : m_options.pageSize;

    CallEnvironment env;
    env.network = m_network;
    env.clock = m_clock;
    env.limiter = limiterFor(source.endpoint);
    env.pool = &m_pool;
    env.retry = m_options.retry;
    env.transferTimeoutMs = m_options.transferTimeoutMs;

    auto *call =
        new ApiCall(env, source.credentials, source.endpoint, source.signatureVersion, request, this);
    m_runs[sourceIndex]->calls.append(call);
    connect(call, &ApiCall::finished, this,
            [this, sourceIndex, call](const DecodedPage &result) { onPage(sourceIndex, call, result); });
    call->start();
}

void FleetFetcher::onPage(int sourceIndex, ApiCall *call, const DecodedPage &result)
{
    SourceRun &run = *m_runs[sourceIndex];
    SourceStatus &status = m_statuses[sourceIndex];
    run.calls.removeOne(call);
    m_requestsSent += call->attempts();
    const int pageNumber = call->request().pageNumber;
    call->deleteLater();

    if (result.error.kind == ApiError::Kind::Canceled) {
        settle(sourceIndex);
        return;
    }
    if (result.error.isError()) {
        if (!status.error.isError())
            status.error = result.error;
        run.failedForGood = true;
        // Credentials that fail for one page fail for all; do not spend the quota finding out.
        if (result.error.isCredentialError() || pageNumber == 1) {
            const QList<ApiCall *> calls = run.calls;
            for (ApiCall *other : calls)
                other->cancel();
        }
        settle(sourceIndex);
        return;
    }

    const ClientPage &page = result.page;
    ++status.pagesDone;
    run.totalsSeen.insert(page.totalCount);

    QList<BackupClient> fresh;
    fresh.reserve(page.clients.size());
    const FetchSource &source = m_sources[sourceIndex];
    for (BackupClient client : page.clients) {
        client.regionId = source.regionId;
        client.profile = source.profile;
        if (!client.clientId.isEmpty()) {
            if (run.ids.contains(client.clientId))
                continue;
            run.ids.insert(client.clientId);
        }
        ++run.distinct;
        status.received = run.distinct;
        if (!client.clientId.isEmpty()) {
            // Two sources can reach the same client (two profiles of one account).
            const QString key =
                source.profile + QChar(0x1f) + source.regionId + QChar(0x1f) + client.clientId;
            if (m_seen.contains(key))
                continue;
            m_seen.insert(key);
        }
        fresh.append(std::move(client));
    }

    if (pageNumber == 1) {
        status.totalCount = page.totalCount;
        const qint64 total = page.totalCount >= 0 ? page.totalCount : page.clients.size();
        // A service that caps the page size below what was asked says so in PageSize, or shows it by a short
        // first page; the remaining pages are then asked for in that size, or they would skip clients.
        int size = m_options.pageSize;
        if (page.pageSize > 0 && page.pageSize < size)
            size = page.pageSize;
        if (!page.clients.isEmpty() && page.clients.size() < std::min<qint64>(size, total))
            size = static_cast<int>(page.clients.size());
        run.pageSize = size;
        status.pagesTotal = total <= 0 ? 1 : static_cast<int>((total + size - 1) / size);
        for (int p = 2; p <= status.pagesTotal; ++p)
            startPage(sourceIndex, p);
    }
    const int size = run.pageSize > 0 ? run.pageSize : m_options.pageSize;
    const qint64 expected = status.totalCount < 0
                                ? page.clients.size()
                                : std::min<qint64>(size, status.totalCount - qint64(pageNumber - 1) * size);
    if (page.clients.size() < expected)
        run.shortPages.append(pageNumber);

    if (!fresh.isEmpty())
        Q_EMIT clientsArrived(sourceIndex, fresh);
    settle(sourceIndex);
}

void FleetFetcher::settle(int sourceIndex)
{
    SourceRun &run = *m_runs[sourceIndex];
    SourceStatus &status = m_statuses[sourceIndex];
    if (!run.calls.isEmpty() || status.isFinal()) {
        Q_EMIT sourceChanged(sourceIndex);
        return;
    }
    if (run.failedForGood) {
        status.state = SourceStatus::State::Failed;
    } else if (status.pagesDone < status.pagesTotal || status.pagesTotal == 0) {
        status.state = SourceStatus::State::Canceled;
    } else {
        QStringList why;
        if (run.totalsSeen.size() > 1) {
            QStringList totals;
            for (qint64 t : std::as_const(run.totalsSeen))
                totals.append(QString::number(t));
            std::sort(totals.begin(), totals.end());
            //: TotalCount is the name of the API's field: keep it as it is. %1 is the list of the different
            //: values seen, separated by ", ".
            why << QCoreApplication::translate("hbr::FleetFetcher", "TotalCount changed while paging (%1)")
                       .arg(totals.join(QLatin1String(", ")));
        }
        if (status.totalCount >= 0 && run.distinct != status.totalCount)
            //: TotalCount is the name of the API's field: keep it as it is. %1 is the count the API gave;
            //: %n is how many different clients actually arrived.
            why << QCoreApplication::translate("hbr::FleetFetcher",
                                               "TotalCount is %1 but %n distinct clients arrived", nullptr,
                                               int(run.distinct))
                       .arg(status.totalCount);
        if (!run.shortPages.isEmpty() && why.isEmpty())
            //: %n is the number of pages of results that held fewer clients than they should have.
            why << QCoreApplication::translate("hbr::FleetFetcher", "%n page(s) came back short", nullptr,
                                               int(run.shortPages.size()));
        if (why.isEmpty()) {
            status.state = SourceStatus::State::Complete;
        } else {
            status.state = SourceStatus::State::Incomplete;
            //: %1 is one or more reasons, such as "TotalCount changed while paging (1200, 1201)" or "2
            //: page(s) came back short", separated by "; ".
            status.incompleteWhy =
                QCoreApplication::translate(
                    "hbr::FleetFetcher", "%1: the fleet changed while it was read. Refresh to read it again.")
                    .arg(why.join(QLatin1String("; ")));
        }
    }
    Q_EMIT sourceChanged(sourceIndex);
    checkFinished();
}

void FleetFetcher::cancel()
{
    if (!m_running)
        return;
    m_finishing = true; // one finished() at the end, not one per settled source
    for (qsizetype i = 0; i < m_statuses.size(); ++i) {
        const QList<ApiCall *> calls = m_runs[i]->calls;
        for (ApiCall *call : calls)
            call->cancel();
        if (!m_statuses[i].isFinal()) {
            m_statuses[i].state = SourceStatus::State::Canceled;
            Q_EMIT sourceChanged(static_cast<int>(i));
        }
    }
    m_finishing = false;
    checkFinished();
}

void FleetFetcher::checkFinished()
{
    if (!m_running || m_finishing)
        return;
    for (const SourceStatus &s : std::as_const(m_statuses))
        if (!s.isFinal())
            return;
    m_running = false;
    Q_EMIT finished();
}

} // namespace hbr::api
