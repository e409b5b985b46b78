// TLS: an endpoint whose certificate the system does not trust is refused (never retried, never a silent
// success), unless its CA is given for that endpoint; an unrelated CA does not help. Against the loopback
// server serving HTTPS with a self-signed certificate (tests/data/tls).
#include "api/fleetfetcher.h"
#include "clock.h"
#include "demo/demofleet.h"
#include "demo/loopbackserver.h"
#include "testsupport.h"

#include <QFile>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QSslKey>
#include <QtTest>

using namespace hbr;
using namespace hbr::api;

namespace {

const QString kKeyId = QStringLiteral("LTAI5tTlsTestKey00000001");
const QString kSecret = QStringLiteral("tls-test-secret-do-not-print");

// loadCaFile() reads a path, so the test's certificates are copied out of the source tree's data first.
QString dataPath(const char *name)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QLatin1String(name));
    if (!QFile::exists(path)) {
        QFile out(path);
        if (!out.open(QIODevice::WriteOnly) ||
            out.write(hbr::test::readTestData(QStringLiteral("tls/") + QLatin1String(name))) < 0)
            qFatal("cannot write %s", qPrintable(path));
    }
    return path;
}

} // namespace

class TestTls : public QObject
{
    Q_OBJECT

    SystemClock m_clock;
    QList<demo::DemoClientRecord> m_fleet;
    std::unique_ptr<demo::LoopbackHbrServer> m_server;

    struct Outcome
    {
        SourceStatus status;
        qint64 received = 0;
    };

    Outcome fetch(const QList<QSslCertificate> &ca)
    {
        QNetworkAccessManager network;
        FleetFetcher fetcher(&network, &m_clock);
        FetchOptions options;
        options.retry.baseDelayMs = 10;
        options.retry.maxDelayMs = 50;
        fetcher.setOptions(options);
        FetchSource source;
        source.regionId = QStringLiteral("cn-hangzhou");
        source.credentials = {kKeyId, kSecret, QString()};
        source.endpoint = m_server->endpointForRegion(source.regionId);
        source.endpoint.caCertificates = ca;
        source.request.clientType = ClientType::Ecs;
        Outcome outcome;
        QObject context;
        connect(&fetcher, &FleetFetcher::clientsArrived, &context,
                [&outcome](int, const QList<BackupClient> &clients) { outcome.received += clients.size(); });
        QSignalSpy finished(&fetcher, &FleetFetcher::finished);
        fetcher.start({source});
        if (!finished.wait(30000))
            qFatal("the fetch did not finish");
        outcome.status = fetcher.statuses().constFirst();
        return outcome;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QFile certFile(dataPath("loopback-cert.pem"));
        QFile keyFile(dataPath("loopback-key.pem"));
        QVERIFY(certFile.open(QIODevice::ReadOnly));
        QVERIFY(keyFile.open(QIODevice::ReadOnly));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificate(QSslCertificate(certFile.readAll(), QSsl::Pem));
        tls.setPrivateKey(QSslKey(keyFile.readAll(), QSsl::Rsa, QSsl::Pem));
        tls.setPeerVerifyMode(QSslSocket::VerifyNone);
        QVERIFY(!tls.localCertificate().isNull());
        QVERIFY(!tls.privateKey().isNull());

        demo::DemoFleetSpec spec;
        spec.seed = 3;
        spec.clientCount = 400;
        spec.regions = {QStringLiteral("cn-hangzhou")};
        spec.nowSeconds = m_clock.nowSeconds();
        m_fleet = demo::generateDemoFleet(spec);
        m_server = std::make_unique<demo::LoopbackHbrServer>(&m_clock);
        m_server->setClients(m_fleet);
        m_server->addCredentials(kKeyId, kSecret);
        m_server->setTls(tls);
        QVERIFY2(m_server->listen(spec.regions), qPrintable(m_server->errorString()));
        QCOMPARE(m_server->urlForRegion(QStringLiteral("cn-hangzhou")).scheme(), QStringLiteral("https"));
    }

    void aSelfSignedCertificateIsRefused()
    {
        m_server->resetStats();
        const Outcome o = fetch({});
        QCOMPARE(o.status.state, SourceStatus::State::Failed);
        QCOMPARE(o.status.error.kind, ApiError::Kind::Tls);
        QVERIFY(!o.status.error.isRetryable());
        QVERIFY2(o.status.error.hint().contains(QLatin1String("--ca-file")),
                 qPrintable(o.status.error.hint()));
        QCOMPARE(o.received, 0);
        // Refused during the handshake: no request ever reached the server.
        QCOMPARE(m_server->stats().requests, 0);
    }

    void anUnrelatedCaDoesNotHelp()
    {
        QString error;
        const QList<QSslCertificate> other = loadCaFile(dataPath("other-ca-cert.pem"), &error);
        QVERIFY2(!other.isEmpty(), qPrintable(error));
        const Outcome o = fetch(other);
        QCOMPARE(o.status.state, SourceStatus::State::Failed);
        QCOMPARE(o.status.error.kind, ApiError::Kind::Tls);
    }

    void theEndpointsCaFileIsTrusted()
    {
        QString error;
        const QList<QSslCertificate> ca = loadCaFile(dataPath("loopback-cert.pem"), &error);
        QVERIFY2(!ca.isEmpty(), qPrintable(error));
        const Outcome o = fetch(ca);
        QCOMPARE(o.status.state, SourceStatus::State::Complete);
        qsizetype ecs = 0;
        for (const demo::DemoClientRecord &r : std::as_const(m_fleet))
            ecs += r.json.value(QLatin1String("ClientType")).toString() == QLatin1String("ECS_CLIENT");
        QCOMPARE(o.received, ecs);
    }

    void aCaFileThatCannotBeReadIsAClearError()
    {
        QString error;
        QVERIFY(loadCaFile(QStringLiteral("/nonexistent/ca.pem"), &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("/nonexistent/ca.pem")), qPrintable(error));
        QTemporaryFile notPem;
        QVERIFY(notPem.open());
        notPem.write("not a certificate\n");
        notPem.close();
        error.clear();
        QVERIFY(loadCaFile(notPem.fileName(), &error).isEmpty());
        QVERIFY2(error.contains(QLatin1String("no PEM certificate")), qPrintable(error));
    }
};

QTEST_MAIN(TestTls)
#include "tst_tls.moc"
