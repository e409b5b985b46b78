// hbr-loopback-server: the project's loopback HBR server as a process of its own, for benchmarks and manual
// runs against `hbr-browser list --endpoint`. The accepted key pair comes from the same environment variables
// the client reads, so no secret is ever passed on a command line or printed.
#include "clock.h"
#include "demo/demofleet.h"
#include "demo/loopbackserver.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTextStream>
#include <QTimer>

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hbr-loopback-server"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Serves a generated fleet over the real DescribeBackupClients protocol on 127.0.0.1, one port "
        "per region. Accepts the key in ALIBABA_CLOUD_ACCESS_KEY_ID / ALIBABA_CLOUD_ACCESS_KEY_SECRET "
        "(and ALIBABA_CLOUD_SECURITY_TOKEN). Prints \"<region> <url>\" per region, then serves until "
        "killed."));
    parser.addHelpOption();
    const QCommandLineOption clients(QStringLiteral("clients"), QStringLiteral("Fleet size (default 10000)."),
                                     QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption regions(QStringLiteral("regions"),
                                     QStringLiteral("Regions (default cn-hangzhou)."),
                                     QStringLiteral("R[,R...]"), QStringLiteral("cn-hangzhou"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Fleet seed."), QStringLiteral("N"),
                                  QStringLiteral("1"));
    const QCommandLineOption latency(QStringLiteral("latency-ms"), QStringLiteral("Delay of every answer."),
                                     QStringLiteral("MS"), QStringLiteral("0"));
    const QCommandLineOption maxRps(
        QStringLiteral("max-rps"),
        QStringLiteral("Requests per second per region before Throttling.User (0: none)."),
        QStringLiteral("Q"), QStringLiteral("0"));
    const QCommandLineOption failureRate(QStringLiteral("failure-rate"),
                                         QStringLiteral("Fraction answered 503 ServiceUnavailable."),
                                         QStringLiteral("F"), QStringLiteral("0"));
    const QCommandLineOption hangRate(QStringLiteral("hang-rate"),
                                      QStringLiteral("Fraction never answered (the connection stays open)."),
                                      QStringLiteral("F"), QStringLiteral("0"));
    const QCommandLineOption malformedRate(
        QStringLiteral("malformed-rate"),
        QStringLiteral("Fraction answered 200 with a body that is not JSON."), QStringLiteral("F"),
        QStringLiteral("0"));
    const QCommandLineOption truncatedRate(
        QStringLiteral("truncated-rate"),
        QStringLiteral("Fraction whose body is cut short, connection closed."), QStringLiteral("F"),
        QStringLiteral("0"));
    const QCommandLineOption hugeRate(QStringLiteral("huge-rate"),
                                      QStringLiteral("Fraction answered with a 64 MiB JSON body."),
                                      QStringLiteral("F"), QStringLiteral("0"));
    const QCommandLineOption churn(QStringLiteral("churn-per-page"),
                                   QStringLiteral("Clients deleted from the region after each page served."),
                                   QStringLiteral("N"), QStringLiteral("0"));
    parser.addOptions({clients, regions, seed, latency, maxRps, failureRate, hangRate, malformedRate,
                       truncatedRate, hugeRate, churn});
    parser.process(app);

    const QString keyId = qEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_ID");
    const QString secret = qEnvironmentVariable("ALIBABA_CLOUD_ACCESS_KEY_SECRET");
    if (keyId.isEmpty() || secret.isEmpty()) {
        QTextStream(stderr) << "hbr-loopback-server: set ALIBABA_CLOUD_ACCESS_KEY_ID and "
                               "ALIBABA_CLOUD_ACCESS_KEY_SECRET to the key it should accept.\n";
        return 2;
    }

    hbr::SystemClock clock;
    hbr::demo::DemoFleetSpec spec;
    spec.clientCount = parser.value(clients).toInt();
    spec.seed = parser.value(seed).toUInt();
    spec.regions = parser.value(regions).split(QLatin1Char(','), Qt::SkipEmptyParts);
    spec.nowSeconds = clock.nowSeconds();

    hbr::demo::LoopbackHbrServer server(&clock);
    server.addCredentials(keyId, secret, qEnvironmentVariable("ALIBABA_CLOUD_SECURITY_TOKEN"));
    server.setClients(hbr::demo::generateDemoFleet(spec));
    hbr::demo::ServerKnobs knobs;
    knobs.latencyMs = parser.value(latency).toInt();
    knobs.maxRps = parser.value(maxRps).toDouble();
    knobs.failureRate = parser.value(failureRate).toDouble();
    knobs.hangRate = parser.value(hangRate).toDouble();
    knobs.malformedRate = parser.value(malformedRate).toDouble();
    knobs.truncatedRate = parser.value(truncatedRate).toDouble();
    knobs.hugeRate = parser.value(hugeRate).toDouble();
    knobs.churnPerPage = parser.value(churn).toInt();
    server.setKnobs(knobs);
    if (!server.listen(spec.regions)) {
        QTextStream(stderr) << "hbr-loopback-server: " << server.errorString() << '\n';
        return 1;
    }
    QTextStream out(stdout);
    for (const QString &region : server.regions())
        out << region << ' ' << server.urlForRegion(region).toString() << Qt::endl;
    // A line on stderr whenever the counters moved, so a benchmark can see throttling and retries.
    QTimer report;
    qint64 lastRequests = -1;
    QObject::connect(&report, &QTimer::timeout, &server, [&server, &lastRequests] {
        const hbr::demo::ServerStats stats = server.stats();
        if (stats.requests == lastRequests)
            return;
        lastRequests = stats.requests;
        QString codes;
        for (auto it = stats.errorCodes.cbegin(); it != stats.errorCodes.cend(); ++it)
            codes += QStringLiteral(" %1=%2").arg(it.key()).arg(it.value());
        QTextStream(stderr) << "requests=" << stats.requests << " verified=" << stats.verified
                            << " pages=" << stats.answeredOk << " max-in-flight=" << stats.maxInFlight
                            << " max-per-second=" << stats.maxPerSecond
                            << " connections=" << stats.connections << codes << Qt::endl;
    });
    report.start(1000);
    return QCoreApplication::exec();
}
