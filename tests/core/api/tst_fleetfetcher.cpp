// The fetcher end to end: a real QNetworkAccessManager against the loopback HBR server, which verifies every
// signature, so these tests also prove that what the fetcher sends is what the service accepts.
#include "api/fleetfetcher.h"
#include "clock.h"
#include "demo/demofleet.h"
#include "demo/loopbackserver.h"

#include <QElapsedTimer>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QtTest>

using namespace hbr;
using namespace hbr::api;

namespace {

const QString kKeyId = QStringLiteral("LTAI5tTestKeyForFetcher01");
const QString kSecret = QStringLiteral("fetcher-test-secret-do-not-print");

struct Harness
{
    SystemClock clock;
    QNetworkAccessManager network;
    demo::LoopbackHbrServer server{&clock};
    QList<demo::DemoClientRecord> fleet;

    explicit Harness(int clients, const QStringList &regions = {QStringLiteral("cn-hangzhou"),
                                                                QStringLiteral("cn-shanghai"),
                                                                QStringLiteral("ap-southeast-1")})
    {
        demo::DemoFleetSpec spec;
        spec.seed = 7;
        spec.clientCount = clients;
        spec.regions = regions;
        spec.nowSeconds = clock.nowSeconds();
        fleet = demo::generateDemoFleet(spec);
        server.setClients(fleet);
        server.addCredentials(kKeyId, kSecret);
        if (!server.listen(regions))
            qFatal("loopback server: %s", qPrintable(server.errorString()));
    }

    QList<FetchSource> sources(const QStringList &regions, QList<ClientType> types = allClientTypes(),
                               const QString &secret = kSecret) const
    {
        QList<FetchSource> out;
        for (const QString &r : regions) {
            for (ClientType t : types) {
                FetchSource s;
                s.regionId = r;
                s.credentials = {kKeyId, secret, QString()};
                s.endpoint = server.endpointForRegion(r);
                s.request.clientType = t;
                out.append(s);
            }
        }
        return out;
    }

    QList<demo::DemoClientRecord> served(const QString &region, ClientType type) const
    {
        QList<demo::DemoClientRecord> out;
        for (const auto &r : fleet)
            if (r.regionId == region &&
                r.json.value(QLatin1String("ClientType")).toString() == clientTypeName(type))
                out.append(r);
        return out;
    }
};

FetchOptions fastOptions()
{
    FetchOptions o;
    o.maxConcurrentPerEndpoint = 4;
    o.maxQpsPerEndpoint = 200;
    o.pageSize = 50;
    o.retry.baseDelayMs = 10;
    o.retry.maxDelayMs = 100;
    o.retry.throttleFloorMs = 50;
    o.retry.maxAttempts = 8;
    o.retry.budgetMs = 20000;
    o.transferTimeoutMs = 10000;
    return o;
}

struct Collected
{
    QList<BackupClient> clients;
    QHash<int, int> perSource;
};

// Runs the fetcher to its single finished() and gathers what it delivered; false when finished() did not
// come exactly once.
bool run(FleetFetcher &fetcher, const QList<FetchSource> &sources, Collected &c, int timeoutMs = 60000)
{
    QObject context;
    QObject::connect(&fetcher, &FleetFetcher::clientsArrived, &context,
                     [&c](int source, const QList<BackupClient> &clients) {
                         c.clients += clients;
                         c.perSource[source] += int(clients.size());
                     });
    QSignalSpy finished(&fetcher, &FleetFetcher::finished);
    fetcher.start(sources);
    if (finished.isEmpty() && !finished.wait(timeoutMs))
        return false;
    QCoreApplication::processEvents(); // a second finished() would be a bug
    return finished.count() == 1;
}

} // namespace

class TestFleetFetcher : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fetchesEveryClientOfEverySourceExactlyOnce()
    {
        Harness h(4000);
        FleetFetcher fetcher(&h.network, &h.clock);
        fetcher.setOptions(fastOptions());
        const QStringList regions = h.server.regions();
        const QList<FetchSource> sources = h.sources(regions);
        Collected got;
        QVERIFY(run(fetcher, sources, got));

        QCOMPARE(got.clients.size(), h.fleet.size());
        QHash<QString, QJsonObject> served;
        for (const auto &r : std::as_const(h.fleet))
            served.insert(r.json.value(QLatin1String("ClientId")).toString(), r.json);
        QSet<QString> seen;
        for (const BackupClient &c : got.clients) {
            QVERIFY2(!seen.contains(c.clientId), qPrintable(c.clientId));
            seen.insert(c.clientId);
            QVERIFY(served.contains(c.clientId));
            // Lossless: the object comes back exactly as the server sent it.
            QCOMPARE(c.toJson(), served.value(c.clientId));
            QVERIFY(!c.regionId.isEmpty());
        }
        for (qsizetype i = 0; i < sources.size(); ++i) {
            const SourceStatus &s = fetcher.statuses()[i];
            QCOMPARE(s.state, SourceStatus::State::Complete);
            const qsizetype expected = h.served(sources[i].regionId, sources[i].request.clientType).size();
            QCOMPARE(s.totalCount, expected);
            QCOMPARE(s.received, expected);
            QCOMPARE(got.perSource.value(int(i)), int(expected));
        }
        const demo::ServerStats stats = h.server.stats();
        QCOMPARE(stats.verified, stats.requests);
        QCOMPARE(stats.requests, fetcher.requestsSent());
    }

    void respectsConcurrencyAndRateLimitsPerEndpoint()
    {
        Harness h(1500, {QStringLiteral("cn-hangzhou"), QStringLiteral("cn-beijing")});
        demo::ServerKnobs knobs;
        knobs.latencyMs = 60;
        h.server.setKnobs(knobs);
        FleetFetcher fetcher(&h.network, &h.clock);
        FetchOptions o = fastOptions();
        o.maxConcurrentPerEndpoint = 3;
        o.maxQpsPerEndpoint = 20;
        o.pageSize = 25;
        fetcher.setOptions(o);

        QElapsedTimer timer;
        timer.start();
        Collected got;
        QVERIFY(run(fetcher, h.sources(h.server.regions()), got));
        const qint64 elapsed = timer.elapsed();
        QCOMPARE(got.clients.size(), h.fleet.size());

        const demo::ServerStats stats = h.server.stats();
        for (const QString &region : h.server.regions()) {
            QVERIFY2(stats.maxInFlightPerRegion.value(region) <= 3,
                     qPrintable(QString::number(stats.maxInFlightPerRegion.value(region))));
            QVERIFY2(stats.maxInFlightPerRegion.value(region) >= 2, "pages should overlap");
            QVERIFY2(stats.maxPerSecondPerRegion.value(region) <= 20,
                     qPrintable(QString::number(stats.maxPerSecondPerRegion.value(region))));
        }
        // Both endpoints page in parallel: the run takes about as long as the busier one alone.
        qint64 busiest = 0;
        for (const QString &region : h.server.regions()) {
            qint64 pages = 0;
            for (ClientType t : allClientTypes())
                pages += (h.served(region, t).size() + o.pageSize - 1) / o.pageSize;
            busiest = std::max(busiest, pages);
        }
        const double boundMs =
            std::max(busiest * 1000.0 / o.maxQpsPerEndpoint,
                     knobs.latencyMs * std::ceil(double(busiest) / o.maxConcurrentPerEndpoint));
        qInfo("%lld pages on the busiest endpoint: %lld ms, bound %.0f ms", busiest, elapsed, boundMs);
        QVERIFY(elapsed >= boundMs * 0.9);
        QVERIFY2(elapsed < boundMs * 1.6 + 1000, qPrintable(QString::number(elapsed)));
    }

    void recoversFromThrottlingAndServerErrors()
    {
        Harness h(1200, {QStringLiteral("cn-hangzhou")});
        demo::ServerKnobs knobs;
        knobs.maxRps = 15; // the fetcher is allowed far more: the server must push back
        knobs.failureRate = 0.15;
        knobs.seed = 42;
        h.server.setKnobs(knobs);
        FleetFetcher fetcher(&h.network, &h.clock);
        FetchOptions o = fastOptions();
        o.pageSize = 30;
        o.maxQpsPerEndpoint = 30; // twice what the server allows
        o.retry.maxAttempts = 30;
        o.retry.budgetMs = 60000;
        fetcher.setOptions(o);
        Collected got;
        QVERIFY(run(fetcher, h.sources(h.server.regions()), got));

        QCOMPARE(got.clients.size(), h.fleet.size());
        for (const SourceStatus &s : fetcher.statuses())
            QCOMPARE(s.state, SourceStatus::State::Complete);
        const demo::ServerStats stats = h.server.stats();
        QVERIFY(stats.errorCodes.value(QStringLiteral("Throttling.User")) > 0);
        QVERIFY(stats.errorCodes.value(QStringLiteral("ServiceUnavailable")) > 0);
        QCOMPARE(stats.verified, stats.requests);
    }

    void aFailingSourceIsReportedWhileTheOthersComplete()
    {
        Harness h(900, {QStringLiteral("cn-hangzhou"), QStringLiteral("cn-shanghai")});
        demo::ServerKnobs knobs;
        knobs.failingRegions = {QStringLiteral("cn-shanghai")};
        knobs.failingStatus = 500;
        knobs.failingCode = QStringLiteral("InternalError");
        h.server.setKnobs(knobs);
        FleetFetcher fetcher(&h.network, &h.clock);
        FetchOptions o = fastOptions();
        o.retry.maxAttempts = 3;
        fetcher.setOptions(o);
        const QList<FetchSource> sources =
            h.sources({QStringLiteral("cn-hangzhou"), QStringLiteral("cn-shanghai")}, {ClientType::Ecs});
        Collected got;
        QVERIFY(run(fetcher, sources, got));

        QCOMPARE(fetcher.statuses()[0].state, SourceStatus::State::Complete);
        QCOMPARE(got.clients.size(), h.served(QStringLiteral("cn-hangzhou"), ClientType::Ecs).size());
        const SourceStatus &failed = fetcher.statuses()[1];
        QCOMPARE(failed.state, SourceStatus::State::Failed);
        QCOMPARE(failed.error.code, QStringLiteral("InternalError"));
        QCOMPARE(failed.error.httpStatus, 500);
        QVERIFY(!failed.error.requestId.isEmpty());
        QCOMPARE(h.server.stats().errorCodes.value(QStringLiteral("InternalError")),
                 3); // retried, then given up
    }

    void aWrongSecretFailsAtOnceWithoutRetries()
    {
        Harness h(300, {QStringLiteral("cn-hangzhou")});
        FleetFetcher fetcher(&h.network, &h.clock);
        fetcher.setOptions(fastOptions());
        Collected got;
        QVERIFY(run(fetcher,
                    h.sources({QStringLiteral("cn-hangzhou")}, {ClientType::Ecs}, QStringLiteral("wrong")),
                    got));
        QVERIFY(got.clients.isEmpty());
        const SourceStatus &s = fetcher.statuses()[0];
        QCOMPARE(s.state, SourceStatus::State::Failed);
        QCOMPARE(s.error.code, QStringLiteral("SignatureDoesNotMatch"));
        QCOMPARE(s.error.httpStatus, 400);
        QVERIFY(!s.error.summary().contains(QStringLiteral("wrong")));
        QCOMPARE(h.server.stats().requests, 1);
    }

    void malformedAndTruncatedBodiesAreReportedNotCrashedOn_data()
    {
        QTest::addColumn<bool>("truncated");
        QTest::newRow("malformed") << false;
        QTest::newRow("truncated") << true;
    }

    void malformedAndTruncatedBodiesAreReportedNotCrashedOn()
    {
        QFETCH(bool, truncated);
        Harness h(200, {QStringLiteral("cn-hangzhou")});
        demo::ServerKnobs knobs;
        (truncated ? knobs.truncatedRate : knobs.malformedRate) = 1.0;
        h.server.setKnobs(knobs);
        FleetFetcher fetcher(&h.network, &h.clock);
        FetchOptions o = fastOptions();
        o.retry.maxAttempts = 2;
        fetcher.setOptions(o);
        Collected got;
        QVERIFY(run(fetcher, h.sources({QStringLiteral("cn-hangzhou")}, {ClientType::Ecs}), got));
        const SourceStatus &s = fetcher.statuses()[0];
        QCOMPARE(s.state, SourceStatus::State::Failed);
        QVERIFY2(s.error.kind == ApiError::Kind::Malformed || s.error.kind == ApiError::Kind::Transport,
                 qPrintable(s.error.summary()));
        QVERIFY(!s.error.summary().isEmpty());
    }

    void aHangIsATimeoutNotACancel()
    {
        Harness h(100, {QStringLiteral("cn-hangzhou")});
        demo::ServerKnobs knobs;
        knobs.hangRate = 1.0;
        h.server.setKnobs(knobs);
        FleetFetcher fetcher(&h.network, &h.clock);
        FetchOptions o = fastOptions();
        o.retry.maxAttempts = 1;
        o.transferTimeoutMs = 300;
        fetcher.setOptions(o);
        Collected got;
        QVERIFY(run(fetcher, h.sources({QStringLiteral("cn-hangzhou")}, {ClientType::Ecs}), got));
        const SourceStatus &s = fetcher.statuses()[0];
        QCOMPARE(s.state, SourceStatus::State::Failed);
        QCOMPARE(s.error.kind, ApiError::Kind::Timeout);
        QVERIFY(s.error.isRetryable());
    }

    void cancelStopsEverythingInFlightAtOnce()
    {
        Harness h(2000, {QStringLiteral("cn-hangzhou"), QStringLiteral("cn-beijing")});
        demo::ServerKnobs knobs;
        knobs.latencyMs = 5000;
        h.server.setKnobs(knobs);
        FleetFetcher fetcher(&h.network, &h.clock);
        fetcher.setOptions(fastOptions());
        QSignalSpy finished(&fetcher, &FleetFetcher::finished);
        QSignalSpy arrived(&fetcher, &FleetFetcher::clientsArrived);
        fetcher.start(h.sources(h.server.regions()));
        QTRY_VERIFY(h.server.stats().requests >= 2);
        QElapsedTimer timer;
        timer.start();
        fetcher.cancel();
        QVERIFY(finished.count() == 1 || finished.wait(1000));
        QVERIFY2(timer.elapsed() < 500, qPrintable(QString::number(timer.elapsed())));
        QVERIFY(!fetcher.isRunning());
        for (const SourceStatus &s : fetcher.statuses()) {
            QCOMPARE(s.state, SourceStatus::State::Canceled);
            QVERIFY(!s.error.isError());
        }
        QTest::qWait(200); // nothing may trickle in after a cancel
        QCOMPARE(arrived.count(), 0);
        QCOMPARE(finished.count(), 1);
    }

    void pagesThatDoNotAddUpAreReportedIncomplete()
    {
        Harness h(600, {QStringLiteral("cn-hangzhou")});
        demo::ServerKnobs knobs;
        knobs.latencyMs = 30;
        h.server.setKnobs(knobs);
        FleetFetcher fetcher(&h.network, &h.clock);
        FetchOptions o = fastOptions();
        o.pageSize = 20;
        o.maxConcurrentPerEndpoint = 1;
        fetcher.setOptions(o);
        // After the first page, a few clients disappear: the later pages shift and TotalCount drops.
        QList<demo::DemoClientRecord> shrunk = h.fleet;
        shrunk.erase(shrunk.begin(), shrunk.begin() + 5);
        bool changed = false;
        QObject context;
        connect(&fetcher, &FleetFetcher::clientsArrived, &context, [&](int, const QList<BackupClient> &) {
            if (!changed)
                h.server.setClients(shrunk);
            changed = true;
        });
        Collected got;
        QVERIFY(run(fetcher, h.sources({QStringLiteral("cn-hangzhou")}, {ClientType::Ecs}), got));
        const SourceStatus &s = fetcher.statuses()[0];
        QCOMPARE(s.state, SourceStatus::State::Incomplete);
        QVERIFY2(s.incompleteWhy.contains(QStringLiteral("TotalCount")), qPrintable(s.incompleteWhy));
    }

    void aServiceThatCapsThePageSizeIsPagedInItsSize()
    {
        Harness h(500, {QStringLiteral("cn-hangzhou")});
        demo::ServerKnobs knobs;
        knobs.pageSizeCap = 40;
        h.server.setKnobs(knobs);
        FleetFetcher fetcher(&h.network, &h.clock);
        FetchOptions o = fastOptions();
        o.pageSize = 99;
        fetcher.setOptions(o);
        Collected got;
        QVERIFY(run(fetcher, h.sources({QStringLiteral("cn-hangzhou")}, {ClientType::Ecs}), got));
        const SourceStatus &s = fetcher.statuses()[0];
        QVERIFY2(s.state == SourceStatus::State::Complete, qPrintable(s.incompleteWhy));
        QCOMPARE(got.clients.size(), h.served(QStringLiteral("cn-hangzhou"), ClientType::Ecs).size());
        QCOMPARE(s.pagesTotal, int((got.clients.size() + 39) / 40));
    }

    void theSameClientFromTwoSourcesIsDeliveredOnce()
    {
        Harness h(300, {QStringLiteral("cn-hangzhou")});
        FleetFetcher fetcher(&h.network, &h.clock);
        fetcher.setOptions(fastOptions());
        QList<FetchSource> sources = h.sources({QStringLiteral("cn-hangzhou")}, {ClientType::Ecs});
        sources += sources; // e.g. two profile entries that resolve to the same account and region
        Collected got;
        QVERIFY(run(fetcher, sources, got));
        QCOMPARE(got.clients.size(), h.served(QStringLiteral("cn-hangzhou"), ClientType::Ecs).size());
        QCOMPARE(fetcher.statuses()[0].state, SourceStatus::State::Complete);
        QCOMPARE(fetcher.statuses()[1].state, SourceStatus::State::Complete);
    }

    void v1AndStsRequestsVerify()
    {
        Harness h(250, {QStringLiteral("cn-hangzhou")});
        h.server.addCredentials(QStringLiteral("STS.NUxfTestSession"), QStringLiteral("sts-secret"),
                                QStringLiteral("sts-token-value"));
        FleetFetcher fetcher(&h.network, &h.clock);
        fetcher.setOptions(fastOptions());
        QList<FetchSource> sources = h.sources({QStringLiteral("cn-hangzhou")}, {ClientType::Ecs});
        sources[0].signatureVersion = SignatureVersion::V1;
        FetchSource sts = sources[0];
        sts.credentials = {QStringLiteral("STS.NUxfTestSession"), QStringLiteral("sts-secret"),
                           QStringLiteral("sts-token-value")};
        FetchSource stsV3 = sts;
        stsV3.signatureVersion = SignatureVersion::V3;
        Collected got;
        QVERIFY(run(fetcher, {sources[0], sts, stsV3}, got));
        for (const SourceStatus &s : fetcher.statuses())
            QVERIFY2(s.state == SourceStatus::State::Complete, qPrintable(s.error.summary()));
    }
};

QTEST_GUILESS_MAIN(TestFleetFetcher)
#include "tst_fleetfetcher.moc"
