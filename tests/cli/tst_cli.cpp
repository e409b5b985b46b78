// The command line end to end: the real binary in a child process, against the built-in demo or against a
// loopback server that this test runs (and keeps serving while the child talks to it).
#include "clock.h"
#include "demo/demofleet.h"
#include "demo/loopbackserver.h"
#include "fleet/fleetsignals.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

using namespace hbr;

namespace {

const QString kKeyId = QStringLiteral("LTAI5tCliEndToEndKey0001");
const QString kSecret = QStringLiteral("cli-e2e-secret-Zq8v2");

struct Result
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

QString binary()
{
    return qEnvironmentVariable("HBR_BROWSER_BINARY");
}

// Runs the binary without blocking this thread's event loop, which may be serving the child.
bool runCli(const QStringList &arguments, Result &result, const QProcessEnvironment &env = {},
            int timeoutMs = 120000)
{
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    for (const QString &name :
         {QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
          QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN"), QStringLiteral("ALIBABA_CLOUD_REGION_ID")})
        environment.remove(name);
    for (const QString &key : env.keys())
        environment.insert(key, env.value(key));
    process.setProcessEnvironment(environment);
    QSignalSpy finished(&process, &QProcess::finished);
    process.start(binary(), arguments);
    if (!process.waitForStarted(10000))
        return false;
    if (!finished.wait(timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return false;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return true;
}

QProcessEnvironment credentials(const QString &secret)
{
    QProcessEnvironment env;
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), kKeyId);
    env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"), secret);
    return env;
}

} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    SystemClock m_clock;
    demo::LoopbackHbrServer *m_server = nullptr;
    QList<demo::DemoClientRecord> m_fleet;

private Q_SLOTS:
    void initTestCase()
    {
        QVERIFY2(QFileInfo::exists(binary()), "HBR_BROWSER_BINARY must name the built hbr-browser");
        m_server = new demo::LoopbackHbrServer(&m_clock, this);
        demo::DemoFleetSpec spec;
        spec.seed = 99;
        spec.clientCount = 700;
        spec.regions = {QStringLiteral("cn-hangzhou")};
        spec.nowSeconds = m_clock.nowSeconds();
        m_fleet = demo::generateDemoFleet(spec);
        m_server->setClients(m_fleet);
        m_server->addCredentials(kKeyId, kSecret);
        QVERIFY(m_server->listen({QStringLiteral("cn-hangzhou")}));
    }

    void versionAndHelp()
    {
        Result r;
        QVERIFY(runCli({QStringLiteral("--version")}, r));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("hbr-browser "));
        QVERIFY(runCli({QStringLiteral("list"), QStringLiteral("--help")}, r));
        QCOMPARE(r.exitCode, 0);
        for (const char *option :
             {"--demo", "--region", "--endpoint", "--signature-version", "--client-type", "--cluster-id",
              "--client-id", "--instance-id", "--tag", "--filter", "--cross-account-type", "--page-size",
              "--concurrency", "--max-qps", "--format"})
            QVERIFY2(r.out.contains(option), option);
    }

    void demoJsonHoldsTheWholeDemoFleet()
    {
        Result r;
        QVERIFY(runCli({QStringLiteral("list"), QStringLiteral("--demo"), QStringLiteral("--format"),
                        QStringLiteral("json")},
                       r));
        QCOMPARE(r.exitCode, 0);
        QJsonParseError error{};
        const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
        QVERIFY2(error.error == QJsonParseError::NoError, qPrintable(error.errorString()));
        const QJsonObject root = doc.object();
        QVERIFY(root.value(QLatin1String("GeneratedAt")).toInteger() > 1700000000);
        const QJsonArray clients = root.value(QLatin1String("Clients")).toArray();
        const QJsonArray sources = root.value(QLatin1String("Sources")).toArray();

        demo::DemoFleetSpec spec; // the demo's defaults
        spec.clientCount = 5000;
        spec.nowSeconds = m_clock.nowSeconds();
        const QList<demo::DemoClientRecord> expected = demo::generateDemoFleet(spec);
        QCOMPARE(clients.size(), expected.size());
        QSet<QString> expectedIds;
        for (const auto &c : expected)
            expectedIds.insert(c.json.value(QLatin1String("ClientId")).toString());
        QSet<QString> ids;
        for (const QJsonValue &v : clients) {
            const QJsonObject c = v.toObject();
            ids.insert(c.value(QLatin1String("ClientId")).toString());
            QVERIFY(!c.value(QLatin1String("RegionId")).toString().isEmpty());
        }
        QCOMPARE(ids, expectedIds);

        QCOMPARE(sources.size(), demo::demoRegions().size() * 3);
        qint64 fetched = 0;
        for (const QJsonValue &v : sources) {
            const QJsonObject s = v.toObject();
            for (const char *key : {"Profile", "RegionId", "ClientType", "TotalCount", "Fetched", "Error"})
                QVERIFY2(s.contains(QLatin1String(key)), key);
            QVERIFY(s.value(QLatin1String("Error")).isNull());
            QCOMPARE(s.value(QLatin1String("Fetched")).toInteger(),
                     s.value(QLatin1String("TotalCount")).toInteger());
            fetched += s.value(QLatin1String("Fetched")).toInteger();
        }
        QCOMPARE(fetched, expected.size());
        QVERIFY2(r.err.isEmpty(), r.err.constData()); // no progress line when stderr is not a terminal
    }

    void endpointOverrideReturnsEveryClientExactlyAsServed()
    {
        Result r;
        QVERIFY(runCli({QStringLiteral("list"), QStringLiteral("--endpoint"),
                        m_server->urlForRegion(QStringLiteral("cn-hangzhou")).toString(),
                        QStringLiteral("--format"), QStringLiteral("jsonl"),
                        QStringLiteral("--signature-version"), QStringLiteral("v1")},
                       r, credentials(kSecret)));
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), m_fleet.size());
        QHash<QString, QJsonObject> served;
        for (const auto &c : std::as_const(m_fleet))
            served.insert(c.json.value(QLatin1String("ClientId")).toString(), c.json);
        for (const QByteArray &line : lines) {
            QJsonObject o = QJsonDocument::fromJson(line).object();
            QCOMPARE(o.take(QLatin1String("RegionId")).toString(), QStringLiteral("cn-hangzhou"));
            QCOMPARE(o, served.value(o.value(QLatin1String("ClientId")).toString()));
        }
    }

    void wrongSecretExitsOneAndNeverPrintsTheSecret()
    {
        const QString wrong = QStringLiteral("Wr0ngSecretValue-3141592");
        Result r;
        QVERIFY(runCli({QStringLiteral("list"), QStringLiteral("--endpoint"),
                        m_server->urlForRegion(QStringLiteral("cn-hangzhou")).toString()},
                       r, credentials(wrong)));
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains("SignatureDoesNotMatch"), r.err.constData());
        QVERIFY(r.err.contains("RequestId"));
        for (const QByteArray &stream : {r.out, r.err}) {
            QVERIFY(!stream.contains(wrong.toUtf8()));
            QVERIFY(!stream.contains(kSecret.toUtf8()));
        }
    }

    /// Every logging category at every level (Qt's and ours): what reaches the terminal or a log collector
    /// never holds the secret, the STS token, or a request signature, on success, on a retry and on failure.
    void noSecretTokenOrSignatureInLogsAtAnyVerbosity_data()
    {
        QTest::addColumn<QString>("version");
        QTest::addColumn<bool>("wrongSecret");
        QTest::newRow("v3") << QStringLiteral("v3") << false;
        QTest::newRow("v1 (the signature travels in the query)") << QStringLiteral("v1") << false;
        QTest::newRow("v3, wrong secret") << QStringLiteral("v3") << true;
        QTest::newRow("v1, wrong secret") << QStringLiteral("v1") << true;
    }

    void noSecretTokenOrSignatureInLogsAtAnyVerbosity()
    {
        QFETCH(QString, version);
        QFETCH(bool, wrongSecret);
        const QString keyId = QStringLiteral("STS.NUgYrLnoC37mZZCNnAbez2");
        const QString secret = QStringLiteral("sts-log-test-secret-Hh7Kp");
        const QString token = QStringLiteral("CAIS-log-test-security-token-9f8e7d6c5b4a");
        m_server->addCredentials(keyId, secret, token);
        QProcessEnvironment env;
        env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID"), keyId);
        env.insert(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"),
                   wrongSecret ? QStringLiteral("wrong-") + secret : secret);
        env.insert(QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN"), token);
        env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("*=true"));
        env.insert(QStringLiteral("QT_MESSAGE_PATTERN"), QStringLiteral("[%{category} %{type}] %{message}"));
        Result r;
        QVERIFY(runCli({QStringLiteral("list"), QStringLiteral("--endpoint"),
                        m_server->urlForRegion(QStringLiteral("cn-hangzhou")).toString(),
                        QStringLiteral("--signature-version"), version, QStringLiteral("--page-size"),
                        QStringLiteral("50"), QStringLiteral("--format"), QStringLiteral("csv")},
                       r, env));
        QCOMPARE(r.exitCode, wrongSecret ? 1 : 0);
        // Our own debug lines must be there, or the check below proves nothing about them.
        QVERIFY2(r.err.contains("hbr.api"), r.err.left(2000).constData());
        static const QRegularExpression hexSignature(QStringLiteral("[0-9a-f]{64}"));
        for (const QByteArray &stream : {r.out, r.err}) {
            const QString text = QString::fromUtf8(stream);
            QVERIFY(!text.contains(secret));
            QVERIFY(!text.contains(token));
            QVERIFY(!text.contains(QLatin1String("Signature="), Qt::CaseInsensitive));
            QVERIFY(!text.contains(QLatin1String("SecurityToken="), Qt::CaseInsensitive));
            QVERIFY(!text.contains(QLatin1String("Authorization"), Qt::CaseInsensitive));
            // A signature is 64 hex digits with V3. A failed call prints the service's message, whose string
            // to sign holds the hash of the canonical request (64 hex digits, no secret): only check success.
            if (!wrongSecret)
                QVERIFY2(!hexSignature.match(text).hasMatch(),
                         qPrintable(hexSignature.match(text).captured()));
        }
    }

    void usageErrorsExitTwo_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("expected");
        const QString list = QStringLiteral("list");
        QTest::newRow("plain http to a remote host")
            << QStringList{list, QStringLiteral("--endpoint"),
                           QStringLiteral("http://hbr.cn-hangzhou.aliyuncs.com")}
            << QStringLiteral("http://");
        QTest::newRow("page size") << QStringList{list, QStringLiteral("--demo"),
                                                  QStringLiteral("--page-size"), QStringLiteral("100")}
                                   << QStringLiteral("--page-size");
        QTest::newRow("client type") << QStringList{list, QStringLiteral("--demo"),
                                                    QStringLiteral("--client-type"), QStringLiteral("vm")}
                                     << QStringLiteral("vm");
        QTest::newRow("query with a typo")
            << QStringList{list, QStringLiteral("--demo"), QStringLiteral("--query"),
                           QStringLiteral("is:stale stauts:UNKNOWN")}
            << QStringLiteral("column 10");
        QTest::newRow("query with an unclosed quote")
            << QStringList{list, QStringLiteral("--demo"), QStringLiteral("--query"),
                           QStringLiteral("name:\"web")}
            << QStringLiteral("--query");
        QTest::newRow("format") << QStringList{list, QStringLiteral("--demo"), QStringLiteral("--format"),
                                               QStringLiteral("xml")}
                                << QStringLiteral("xml");
        QTest::newRow("unknown option")
            << QStringList{list, QStringLiteral("--bogus")} << QStringLiteral("bogus");
        QTest::newRow("bad tag") << QStringList{list, QStringLiteral("--demo"), QStringLiteral("--tag"),
                                                QStringLiteral("novalue")}
                                 << QStringLiteral("KEY=VALUE");
        QTest::newRow("unknown command") << QStringList{QStringLiteral("lsit")} << QStringLiteral("lsit");
    }

    void usageErrorsExitTwo()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, expected);
        Result r;
        QVERIFY(runCli(arguments, r, credentials(kSecret)));
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(expected.toUtf8()), r.err.constData());
        QVERIFY(r.out.isEmpty());
    }

    void missingCredentialsIsAUsageError()
    {
        Result r;
        QVERIFY(runCli({QStringLiteral("list")}, r));
        QCOMPARE(r.exitCode, 2);
        QVERIFY(r.err.contains("ALIBABA_CLOUD_ACCESS_KEY_ID"));
    }

    void csvAndTableAndOutputFile()
    {
        QTemporaryDir dir;
        const QString file = dir.filePath(QStringLiteral("clients.csv"));
        Result r;
        QVERIFY(runCli({QStringLiteral("list"), QStringLiteral("--demo"), QStringLiteral("--region"),
                        QStringLiteral("cn-hangzhou"), QStringLiteral("--client-type"), QStringLiteral("ecs"),
                        QStringLiteral("--format"), QStringLiteral("csv"), QStringLiteral("-o"), file},
                       r));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.isEmpty());
        QFile csv(file);
        QVERIFY(csv.open(QIODevice::ReadOnly));
        const QList<QByteArray> rows = csv.readAll().split('\n');
        QVERIFY(rows.first().startsWith("Status,Hostname,Instance name,Client ID"));
        QVERIFY(rows.size() > 100);

        QVERIFY(
            runCli({QStringLiteral("list"), QStringLiteral("--demo"), QStringLiteral("--region"),
                    QStringLiteral("cn-hangzhou"), QStringLiteral("--client-type"), QStringLiteral("local")},
                   r));
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.startsWith("Status"));
        QVERIFY(r.out.contains("LOCAL_CLIENT"));
        QVERIFY(!r.out.contains("ECS_CLIENT"));
    }

    void aClientSideQueryKeepsOnlyItsMatches()
    {
        Result r;
        QVERIFY(runCli({QStringLiteral("list"), QStringLiteral("--demo"), QStringLiteral("--query"),
                        QStringLiteral("is:disconnected region:cn-hangzhou version:outdated"),
                        QStringLiteral("--format"), QStringLiteral("json")},
                       r));
        QCOMPARE(r.exitCode, 0);
        const QJsonObject doc = QJsonDocument::fromJson(r.out).object();
        const QJsonArray clients = doc.value(QLatin1String("Clients")).toArray();
        QVERIFY(!clients.isEmpty());
        for (const QJsonValue &v : clients) {
            const QJsonObject c = v.toObject();
            QCOMPARE(c.value(QLatin1String("Status")).toString(), QStringLiteral("UNKNOWN"));
            QCOMPARE(c.value(QLatin1String("RegionId")).toString(), QStringLiteral("cn-hangzhou"));
            QVERIFY(hbr::compareVersions(c.value(QLatin1String("ClientVersion")).toString(),
                                         c.value(QLatin1String("MaxClientVersion")).toString()) < 0);
        }
        // The same fleet without the query has more, and the query's are among them.
        Result all;
        QVERIFY(runCli({QStringLiteral("list"), QStringLiteral("--demo"), QStringLiteral("--format"),
                        QStringLiteral("json")},
                       all));
        const QJsonArray every =
            QJsonDocument::fromJson(all.out).object().value(QLatin1String("Clients")).toArray();
        QCOMPARE(every.size(), 5000);
        int expected = 0;
        for (const QJsonValue &v : every) {
            const QJsonObject c = v.toObject();
            if (c.value(QLatin1String("Status")).toString() == QLatin1String("UNKNOWN") &&
                c.value(QLatin1String("RegionId")).toString() == QLatin1String("cn-hangzhou") &&
                hbr::compareVersions(c.value(QLatin1String("ClientVersion")).toString(),
                                     c.value(QLatin1String("MaxClientVersion")).toString()) < 0)
                ++expected;
        }
        QCOMPARE(clients.size(), expected);
    }

    void serverSideFiltersReachTheServer()
    {
        // The first ECS client with a tag: ask for it by tag, by client id and by a Filters entry.
        QJsonObject target;
        for (const auto &c : std::as_const(m_fleet)) {
            if (c.json.value(QLatin1String("ClientType")).toString() == QLatin1String("ECS_CLIENT") &&
                !c.json.value(QLatin1String("Tags")).toArray().isEmpty()) {
                target = c.json;
                break;
            }
        }
        QVERIFY(!target.isEmpty());
        const QString id = target.value(QLatin1String("ClientId")).toString();
        Result r;
        QVERIFY(
            runCli({QStringLiteral("list"), QStringLiteral("--endpoint"),
                    m_server->urlForRegion(QStringLiteral("cn-hangzhou")).toString(),
                    QStringLiteral("--client-id"), id, QStringLiteral("--format"), QStringLiteral("jsonl"),
                    QStringLiteral("--filter"), QStringLiteral("ClientId=") + id},
                   r, credentials(kSecret)));
        QCOMPARE(r.exitCode, 0);
        const QList<QByteArray> lines = r.out.trimmed().split('\n');
        QCOMPARE(lines.size(), 1);
        QCOMPARE(QJsonDocument::fromJson(lines.first()).object().value(QLatin1String("ClientId")).toString(),
                 id);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
