// Fault injection: the fetcher against a loopback server that fails, throttles, hangs, closes mid-body,
// answers malformed or huge bodies, or loses clients while it is paged. Whatever happens, a run ends (within
// its timeouts) with either the complete fleet exactly once, or a result that names what is missing: never a
// crash, a hang, a duplicate row, a changed row, or a silently shorter list.
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

const QString kKeyId = QStringLiteral("LTAI5tFaultInjection0001");
const QString kSecret = QStringLiteral("fault-injection-secret-do-not-print");

struct Scenario
{
    demo::ServerKnobs knobs;
    int transferTimeoutMs = 10000;
    int maxAttempts = 10;
    bool mustComplete = true; ///< the faults are all retryable: the whole fleet must arrive
};

} // namespace

Q_DECLARE_METATYPE(Scenario)

class TestFaultInjection : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void endsCompleteOrNamesWhatIsMissing_data()
    {
        QTest::addColumn<Scenario>("scenario");
        Scenario s;
        s.knobs.failureRate = 0.3;
        s.knobs.maxRps = 40; // with 4 in flight and fast answers, throttling too
        QTest::newRow("30% 503s with throttling") << s;

        s = {};
        s.knobs.hangRate = 0.2;
        s.transferTimeoutMs = 400;
        QTest::newRow("20% hang") << s;

        s = {};
        s.knobs.truncatedRate = 0.3;
        QTest::newRow("30% close mid-body") << s;

        s = {};
        s.knobs.malformedRate = 0.3;
        QTest::newRow("30% malformed bodies") << s;

        s = {};
        s.knobs.hugeRate = 0.2;
        s.knobs.hugeBytes = 24 * 1024 * 1024;
        QTest::newRow("20% huge bodies") << s;

        s = {};
        s.knobs.failureRate = 0.1;
        s.knobs.hangRate = 0.05;
        s.knobs.truncatedRate = 0.1;
        s.knobs.malformedRate = 0.1;
        s.knobs.hugeRate = 0.05;
        s.knobs.hugeBytes = 20 * 1024 * 1024;
        s.knobs.maxRps = 60;
        s.transferTimeoutMs = 400;
        s.maxAttempts = 16;
        QTest::newRow("everything at once") << s;

        s = {};
        s.knobs.churnPerPage = 2;
        s.mustComplete = false;
        QTest::newRow("clients deleted while paging") << s;

        s = {};
        s.knobs.hangRate = 1.0;
        s.transferTimeoutMs = 200;
        s.maxAttempts = 3;
        s.mustComplete = false;
        QTest::newRow("a server that always hangs") << s;

        s = {};
        s.knobs.hugeRate = 1.0;
        s.knobs.hugeBytes = 40 * 1024 * 1024;
        s.maxAttempts = 2;
        s.mustComplete = false;
        QTest::newRow("a server that always answers huge") << s;
    }

    void endsCompleteOrNamesWhatIsMissing()
    {
        QFETCH(Scenario, scenario);
        SystemClock clock;
        QNetworkAccessManager network;
        demo::LoopbackHbrServer server(&clock);
        const QStringList regions{QStringLiteral("cn-hangzhou"), QStringLiteral("cn-shanghai")};
        demo::DemoFleetSpec spec;
        spec.seed = 11;
        spec.clientCount = 1500;
        spec.regions = regions;
        spec.nowSeconds = clock.nowSeconds();
        const QList<demo::DemoClientRecord> fleet = demo::generateDemoFleet(spec);
        server.setClients(fleet);
        server.addCredentials(kKeyId, kSecret);
        scenario.knobs.seed = 5;
        server.setKnobs(scenario.knobs);
        QVERIFY2(server.listen(regions), qPrintable(server.errorString()));

        QList<FetchSource> sources;
        for (const QString &region : regions) {
            for (ClientType type : allClientTypes()) {
                FetchSource source;
                source.regionId = region;
                source.credentials = {kKeyId, kSecret, QString()};
                source.endpoint = server.endpointForRegion(region);
                source.request.clientType = type;
                sources.append(source);
            }
        }

        FetchOptions options;
        options.maxConcurrentPerEndpoint = 4;
        options.maxQpsPerEndpoint = 200;
        options.pageSize = 50;
        options.transferTimeoutMs = scenario.transferTimeoutMs;
        options.retry.baseDelayMs = 10;
        options.retry.maxDelayMs = 100;
        options.retry.throttleFloorMs = 50;
        options.retry.maxAttempts = scenario.maxAttempts;
        options.retry.budgetMs = 30000;
        FleetFetcher fetcher(&network, &clock);
        fetcher.setOptions(options);

        QHash<QString, QJsonObject> served;
        for (const demo::DemoClientRecord &r : fleet)
            served.insert(r.json.value(QLatin1String("ClientId")).toString(), r.json);
        QList<BackupClient> got;
        QHash<int, int> perSource;
        QObject context;
        connect(&fetcher, &FleetFetcher::clientsArrived, &context,
                [&](int source, const QList<BackupClient> &clients) {
                    got += clients;
                    perSource[source] += int(clients.size());
                });
        QSignalSpy finished(&fetcher, &FleetFetcher::finished);
        QElapsedTimer timer;
        timer.start();
        fetcher.start(sources);
        // Bounded: attempts x (timeout + backoff) per page at worst, far below this.
        QVERIFY(finished.wait(120000));
        QCoreApplication::processEvents();
        QCOMPARE(finished.count(), 1);
        qInfo("%s: %lld ms, %lld requests, %lld clients", QTest::currentDataTag(), timer.elapsed(),
              fetcher.requestsSent(), qint64(got.size()));

        // Never a duplicate, never a client that was not served, never a changed one.
        QSet<QString> seen;
        for (const BackupClient &c : std::as_const(got)) {
            QVERIFY2(!seen.contains(c.clientId), qPrintable(c.clientId));
            seen.insert(c.clientId);
            QVERIFY2(served.contains(c.clientId), qPrintable(c.clientId));
            QCOMPARE(c.toJson(), served.value(c.clientId));
        }

        // Each source is complete with every one of its clients, or says why not.
        int complete = 0;
        for (qsizetype i = 0; i < sources.size(); ++i) {
            const SourceStatus &status = fetcher.statuses()[i];
            qsizetype expected = 0;
            for (const demo::DemoClientRecord &r : fleet)
                expected += r.regionId == sources[i].regionId &&
                            r.json.value(QLatin1String("ClientType")).toString() ==
                                clientTypeName(sources[i].request.clientType);
            switch (status.state) {
            case SourceStatus::State::Complete:
                ++complete;
                QCOMPARE(status.received, expected);
                QCOMPARE(perSource.value(int(i)), int(expected));
                break;
            case SourceStatus::State::Failed:
                QVERIFY2(!scenario.mustComplete, qPrintable(status.error.summary()));
                QVERIFY(status.error.isError());
                QVERIFY(!status.error.summary().isEmpty());
                // A huge body is cut off at the cap, not buffered whole and then found wanting.
                if (scenario.knobs.hugeRate >= 1.0)
                    QVERIFY2(status.error.summary().contains(QLatin1String("larger than")),
                             qPrintable(status.error.summary()));
                if (scenario.knobs.hangRate >= 1.0)
                    QCOMPARE(status.error.kind, ApiError::Kind::Timeout);
                break;
            case SourceStatus::State::Incomplete:
                QVERIFY2(!scenario.mustComplete, qPrintable(status.incompleteWhy));
                QVERIFY(!status.incompleteWhy.isEmpty());
                QVERIFY(status.received < expected);
                break;
            default:
                QFAIL("a source that is neither complete, incomplete nor failed after finished()");
            }
        }
        if (scenario.mustComplete) {
            QCOMPARE(complete, int(sources.size()));
            QCOMPARE(got.size(), fleet.size());
        }
    }
};

QTEST_MAIN(TestFaultInjection)
#include "tst_faultinjection.moc"
