#include "listcommand.h"

#include "clock.h"
#include "credentials/profileservice.h"
#include "demo/demosession.h"
#include "fleet/query.h"
#include "terminal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSaveFile>
#include <QTextStream>
#include <cstdio>
#include <variant>

namespace hbr::cli {

namespace {

QStringList splitList(const QStringList &values)
{
    QStringList out;
    for (const QString &v : values)
        for (const QString &part : v.split(QLatin1Char(','), Qt::SkipEmptyParts))
            out.append(part.trimmed());
    return out;
}

struct OptionSet
{
    QCommandLineOption demo{QStringLiteral("demo"), QStringLiteral("Use the built-in demo fleet.")};
    QCommandLineOption profile{QStringLiteral("profile"), QStringLiteral("Saved profile(s)."),
                               QStringLiteral("NAME[,NAME...]")};
    QCommandLineOption region{QStringLiteral("region"),
                              QStringLiteral("Region(s); default ALIBABA_CLOUD_REGION_ID, else cn-hangzhou."),
                              QStringLiteral("ID[,ID...]")};
    QCommandLineOption endpoint{
        QStringLiteral("endpoint"),
        QStringLiteral("Endpoint override (https://, or http:// for a loopback host)."),
        QStringLiteral("URL")};
    QCommandLineOption caFile{
        QStringLiteral("ca-file"),
        QStringLiteral("PEM certificate(s) to trust for the endpoint besides the system's (a private CA)."),
        QStringLiteral("FILE")};
    QCommandLineOption signatureVersion{QStringLiteral("signature-version"),
                                        QStringLiteral("v3 (ACS3-HMAC-SHA256, default) or v1 (HMAC-SHA1)."),
                                        QStringLiteral("v3|v1")};
    QCommandLineOption clientType{
        QStringLiteral("client-type"),
        QStringLiteral("ECS_CLIENT, CONTAINER_CLIENT, LOCAL_CLIENT (or ecs, container, "
                       "local, all); default all."),
        QStringLiteral("T[,T...]")};
    QCommandLineOption clusterId{QStringLiteral("cluster-id"), QStringLiteral("Backup cluster ID."),
                                 QStringLiteral("ID")};
    QCommandLineOption clientId{QStringLiteral("client-id"), QStringLiteral("Client ID(s); repeatable."),
                                QStringLiteral("ID")};
    QCommandLineOption instanceId{QStringLiteral("instance-id"),
                                  QStringLiteral("Instance ID(s); repeatable."), QStringLiteral("ID")};
    QCommandLineOption tag{QStringLiteral("tag"), QStringLiteral("Tag filter KEY=VALUE; repeatable."),
                           QStringLiteral("KEY=VALUE")};
    QCommandLineOption filter{QStringLiteral("filter"),
                              QStringLiteral("Server-side filter KEY=V1[,V2]; repeatable."),
                              QStringLiteral("KEY=V1[,V2]")};
    QCommandLineOption crossAccountType{QStringLiteral("cross-account-type"),
                                        QStringLiteral("SELF_ACCOUNT or CROSS_ACCOUNT."),
                                        QStringLiteral("TYPE")};
    QCommandLineOption crossAccountUserId{QStringLiteral("cross-account-user-id"),
                                          QStringLiteral("Source account ID for cross-account backup."),
                                          QStringLiteral("ID")};
    QCommandLineOption crossAccountRoleName{QStringLiteral("cross-account-role-name"),
                                            QStringLiteral("RAM role in the source account."),
                                            QStringLiteral("NAME")};
    QCommandLineOption pageSize{QStringLiteral("page-size"), QStringLiteral("1 to 99; default 99."),
                                QStringLiteral("N")};
    QCommandLineOption concurrency{QStringLiteral("concurrency"),
                                   QStringLiteral("Requests in flight per endpoint; default 6."),
                                   QStringLiteral("N")};
    QCommandLineOption maxQps{
        QStringLiteral("max-qps"),
        QStringLiteral("Requests per second per endpoint; default 10 (HBR's quota is about "
                       "600 a minute)."),
        QStringLiteral("Q")};
    QCommandLineOption timeout{QStringLiteral("timeout"),
                               QStringLiteral("Seconds one request may take; default 30."),
                               QStringLiteral("S")};
    QCommandLineOption query{QStringLiteral("query"),
                             QStringLiteral("Client-side query: the language of the window's filter box, "
                                            "e.g. \"is:disconnected version:outdated\"."),
                             QStringLiteral("QUERY")};
    QCommandLineOption format{QStringLiteral("format"),
                              QStringLiteral("table (default), csv, json or jsonl."),
                              QStringLiteral("FORMAT")};
    QCommandLineOption output{{QStringLiteral("o"), QStringLiteral("output")},
                              QStringLiteral("Write to FILE instead of standard output."),
                              QStringLiteral("FILE")};
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")};
    QCommandLineOption demoClients{QStringLiteral("demo-clients"), QString(), QStringLiteral("N")};
    QCommandLineOption demoLatency{QStringLiteral("demo-latency-ms"), QString(), QStringLiteral("MS")};
    QCommandLineOption demoMaxRps{QStringLiteral("demo-max-rps"), QString(), QStringLiteral("Q")};

    OptionSet()
    {
        for (QCommandLineOption *hidden : {&demoClients, &demoLatency, &demoMaxRps})
            hidden->setFlags(QCommandLineOption::HiddenFromHelp);
    }

    void addTo(QCommandLineParser &parser)
    {
        parser.addOptions({demo,
                           profile,
                           region,
                           endpoint,
                           caFile,
                           signatureVersion,
                           clientType,
                           clusterId,
                           clientId,
                           instanceId,
                           tag,
                           filter,
                           crossAccountType,
                           crossAccountUserId,
                           crossAccountRoleName,
                           pageSize,
                           concurrency,
                           maxQps,
                           timeout,
                           query,
                           format,
                           output,
                           help,
                           demoClients,
                           demoLatency,
                           demoMaxRps});
    }
};

QString usage(const QString &text)
{
    return text + QStringLiteral("\nRun 'hbr-browser list --help' for the options.");
}

bool parseInt(const QString &text, int min, int max, int *out)
{
    bool ok = false;
    const int v = text.trimmed().toInt(&ok);
    if (!ok || v < min || v > max)
        return false;
    *out = v;
    return true;
}

} // namespace

QString listHelpText()
{
    QCommandLineParser parser;
    OptionSet set;
    set.addTo(parser);
    parser.setApplicationDescription(QStringLiteral(
        "Fetch Cloud Backup (HBR) backup clients and write them out.\n\n"
        "Credentials come from the saved profile(s) named with --profile (see 'hbr-browser profile'), else "
        "from "
        "ALIBABA_CLOUD_ACCESS_KEY_ID, ALIBABA_CLOUD_ACCESS_KEY_SECRET and optionally "
        "ALIBABA_CLOUD_SECURITY_TOKEN; --demo needs none.\n"
        "Exit status: 0 when every source was fetched completely, 1 when any failed or came back "
        "incomplete (what was fetched is still written), 2 for a usage error."));
    QString text = parser.helpText();
    text.replace(QCoreApplication::applicationFilePath(), QStringLiteral("hbr-browser list"));
    const qsizetype firstLineEnd = text.indexOf(QLatin1Char('\n'));
    return QStringLiteral("Usage: hbr-browser list [options]") + text.mid(firstLineEnd);
}

ParsedList parseListArguments(const QStringList &arguments, const QProcessEnvironment &env)
{
    ParsedList result;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    OptionSet set;
    set.addTo(parser);
    if (!parser.parse(QStringList{QStringLiteral("hbr-browser")} + arguments)) {
        result.error = usage(parser.errorText() + QLatin1Char('.'));
        return result;
    }
    if (parser.isSet(set.help)) {
        result.help = true;
        result.error = listHelpText();
        return result;
    }
    if (!parser.positionalArguments().isEmpty()) {
        result.error =
            usage(QStringLiteral("Unexpected argument \"%1\".").arg(parser.positionalArguments().first()));
        return result;
    }

    ListOptions o;
    o.demo = parser.isSet(set.demo);
    o.profiles = splitList(parser.values(set.profile));
    o.profiles.removeDuplicates();
    if (o.demo && !o.profiles.isEmpty()) {
        result.error = usage(QStringLiteral("--profile and --demo cannot be used together."));
        return result;
    }
    if (parser.isSet(set.query)) {
        o.query = parser.value(set.query);
        const Query parsed = Query::parse(o.query);
        if (!parsed.isValid()) {
            // The query under a caret line, as a compiler points at an error.
            const QueryError e = parsed.error();
            result.error = usage(QStringLiteral("--query is not valid at column %1: %2\n  %3\n  %4%5")
                                     .arg(e.position + 1)
                                     .arg(e.message, o.query, QString(e.position, QLatin1Char(' ')),
                                          QString(qMax(1, e.length), QLatin1Char('^'))));
            return result;
        }
    }

    o.regions = splitList(parser.values(set.region));
    for (const QString &r : std::as_const(o.regions)) {
        if (!api::isPlausibleRegionId(r)) {
            result.error =
                usage(QStringLiteral("\"%1\" is not a region ID (for example cn-hangzhou).").arg(r));
            return result;
        }
    }
    o.regions.removeDuplicates();

    if (parser.isSet(set.endpoint)) {
        if (o.demo) {
            result.error = usage(QStringLiteral("--endpoint and --demo cannot be used together."));
            return result;
        }
        const api::EndpointOverride parsed = api::parseEndpointOverride(parser.value(set.endpoint));
        if (!parsed.endpoint) {
            result.error = usage(parsed.error);
            return result;
        }
        o.endpoint = parsed.endpoint;
    }

    if (parser.isSet(set.signatureVersion)) {
        const QString v = parser.value(set.signatureVersion).trimmed().toLower();
        o.signatureVersionGiven = true;
        if (v == QLatin1String("v3") || v == QLatin1String("3"))
            o.signatureVersion = api::SignatureVersion::V3;
        else if (v == QLatin1String("v1") || v == QLatin1String("1"))
            o.signatureVersion = api::SignatureVersion::V1;
        else {
            result.error = usage(QStringLiteral("--signature-version must be v3 or v1, not \"%1\".").arg(v));
            return result;
        }
    }

    const QStringList types = splitList(parser.values(set.clientType));
    for (const QString &t : types) {
        if (t.compare(QLatin1String("all"), Qt::CaseInsensitive) == 0) {
            o.clientTypes = api::allClientTypes();
            break;
        }
        const std::optional<api::ClientType> type = api::parseClientType(t);
        if (!type) {
            result.error =
                usage(QStringLiteral("Unknown client type \"%1\": use ECS_CLIENT, CONTAINER_CLIENT, "
                                     "LOCAL_CLIENT, ecs, container, local or all.")
                          .arg(t));
            return result;
        }
        if (!o.clientTypes.contains(*type))
            o.clientTypes.append(*type);
    }
    if (o.clientTypes.isEmpty())
        o.clientTypes = api::allClientTypes();

    o.request.clusterId = parser.value(set.clusterId).trimmed();
    o.request.clientIds = splitList(parser.values(set.clientId));
    o.request.instanceIds = splitList(parser.values(set.instanceId));
    for (const QString &t : splitList(parser.values(set.tag))) {
        const qsizetype eq = t.indexOf(QLatin1Char('='));
        if (eq <= 0) {
            result.error = usage(QStringLiteral("--tag needs KEY=VALUE, not \"%1\".").arg(t));
            return result;
        }
        o.request.tags.append({t.left(eq).trimmed(), t.mid(eq + 1).trimmed()});
    }
    if (o.request.tags.size() > 20) {
        result.error = usage(QStringLiteral("At most 20 --tag filters are allowed."));
        return result;
    }
    for (const QString &f : parser.values(set.filter)) {
        const qsizetype eq = f.indexOf(QLatin1Char('='));
        if (eq <= 0 || f.mid(eq + 1).trimmed().isEmpty()) {
            result.error = usage(QStringLiteral("--filter needs KEY=V1[,V2], not \"%1\".").arg(f));
            return result;
        }
        o.request.filters.append({f.left(eq).trimmed(), splitList({f.mid(eq + 1)})});
    }
    o.request.crossAccountType = parser.value(set.crossAccountType).trimmed();
    o.request.crossAccountUserId = parser.value(set.crossAccountUserId).trimmed();
    o.request.crossAccountRoleName = parser.value(set.crossAccountRoleName).trimmed();

    if (parser.isSet(set.pageSize) && !parseInt(parser.value(set.pageSize), 1, 99, &o.fetch.pageSize)) {
        result.error = usage(QStringLiteral("--page-size must be a whole number from 1 to 99."));
        return result;
    }
    if (parser.isSet(set.concurrency) &&
        !parseInt(parser.value(set.concurrency), 1, 64, &o.fetch.maxConcurrentPerEndpoint)) {
        result.error = usage(QStringLiteral("--concurrency must be a whole number from 1 to 64."));
        return result;
    }
    if (parser.isSet(set.maxQps)) {
        bool ok = false;
        const double q = parser.value(set.maxQps).toDouble(&ok);
        if (!ok || q <= 0 || q > 1000) {
            result.error = usage(QStringLiteral("--max-qps must be a number above 0 and at most 1000."));
            return result;
        }
        o.fetch.maxQpsPerEndpoint = q;
    }
    if (parser.isSet(set.caFile)) {
        QString error;
        o.caCertificates = api::loadCaFile(parser.value(set.caFile), &error);
        if (o.caCertificates.isEmpty()) {
            result.error = usage(error);
            return result;
        }
    }
    if (parser.isSet(set.timeout)) {
        int seconds = 0;
        if (!parseInt(parser.value(set.timeout), 1, 3600, &seconds)) {
            result.error =
                usage(QStringLiteral("--timeout must be a whole number of seconds from 1 to 3600."));
            return result;
        }
        o.fetch.transferTimeoutMs = seconds * 1000;
    }

    if (parser.isSet(set.format)) {
        const std::optional<OutputFormat> f = parseOutputFormat(parser.value(set.format));
        if (!f) {
            result.error = usage(QStringLiteral("--format must be table, csv, json or jsonl, not \"%1\".")
                                     .arg(parser.value(set.format)));
            return result;
        }
        o.format = *f;
    }
    o.outputFile = parser.value(set.output);

    if (parser.isSet(set.demoClients) &&
        !parseInt(parser.value(set.demoClients), 0, 1000000, &o.demoClients)) {
        result.error = usage(QStringLiteral("--demo-clients must be a whole number from 0 to 1000000."));
        return result;
    }
    if (parser.isSet(set.demoLatency) &&
        !parseInt(parser.value(set.demoLatency), 0, 60000, &o.demoLatencyMs)) {
        result.error = usage(QStringLiteral("--demo-latency-ms must be a whole number from 0 to 60000."));
        return result;
    }
    if (parser.isSet(set.demoMaxRps))
        o.demoMaxRps = parser.value(set.demoMaxRps).toDouble();

    if (!o.demo && o.profiles.isEmpty()) {
        o.environmentCredentials.accessKeyId =
            env.value(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_ID")).trimmed();
        o.environmentCredentials.accessKeySecret =
            env.value(QStringLiteral("ALIBABA_CLOUD_ACCESS_KEY_SECRET"));
        o.environmentCredentials.securityToken = env.value(QStringLiteral("ALIBABA_CLOUD_SECURITY_TOKEN"));
        if (!o.environmentCredentials.isComplete()) {
            result.error = usage(QStringLiteral(
                "No credentials: name a saved profile with --profile, or set ALIBABA_CLOUD_ACCESS_KEY_ID and "
                "ALIBABA_CLOUD_ACCESS_KEY_SECRET (and ALIBABA_CLOUD_SECURITY_TOKEN for an STS key), or try "
                "the "
                "demo fleet with --demo."));
            return result;
        }
        if (o.regions.isEmpty()) {
            const QString envRegion = env.value(QStringLiteral("ALIBABA_CLOUD_REGION_ID")).trimmed();
            o.regions = {envRegion.isEmpty() ? QStringLiteral("cn-hangzhou") : envRegion};
        }
    }
    result.options = o;
    return result;
}

namespace {

/// Drives one `list` run: fetch, collect, write, exit status.
class ListRun : public QObject
{
public:
    ListRun(const ListOptions &options, QNetworkAccessManager *network, const Clock *clock)
        : m_options(options)
        , m_clock(clock)
        , m_fetcher(network, clock)
        , m_query(Query::parse(options.query))
    {
        m_fetcher.setOptions(options.fetch);
        // Written as they arrive: the output overlaps with the waits of paging instead of following them.
        connect(&m_fetcher, &api::FleetFetcher::clientsArrived, this,
                [this](int, const QList<BackupClient> &clients) { m_writer->write(filtered(clients)); });
        connect(&m_fetcher, &api::FleetFetcher::sourceChanged, this, [this](int) { progress(false); });
        connect(&m_fetcher, &api::FleetFetcher::finished, this, [this] { done(); });
    }

    /// False when the output cannot be opened; nothing is fetched then.
    bool start(const QList<api::FetchSource> &sources)
    {
        if (m_options.outputFile.isEmpty()) {
            auto out = std::make_unique<QFile>();
            if (!out->open(stdout, QIODevice::WriteOnly))
                return false;
            m_device = std::move(out);
        } else {
            auto out = std::make_unique<QSaveFile>(m_options.outputFile);
            if (!out->open(QIODevice::WriteOnly)) {
                std::fputs(QStringLiteral("hbr-browser: cannot write %1: %2\n")
                               .arg(m_options.outputFile, out->errorString())
                               .toLocal8Bit()
                               .constData(),
                           stderr);
                return false;
            }
            m_device = std::move(out);
        }
        m_writer = std::make_unique<ClientWriter>(*m_device, m_options.format, m_clock->nowSeconds());
        m_writer->begin();
        m_elapsed.start();
        m_fetcher.start(sources);
        return true;
    }

    int exitStatus() const { return m_exitStatus; }

private:
    /// The clients the client-side query keeps (all of them without one), with the window's rules.
    QList<BackupClient> filtered(const QList<BackupClient> &clients) const
    {
        if (m_query.isEmpty())
            return clients;
        const qint64 now = m_clock->nowSeconds();
        QList<BackupClient> kept;
        for (const BackupClient &c : clients) {
            if (m_query.matches(c, MatchContext{now, computeSignals(c, now)}))
                kept.append(c);
        }
        return kept;
    }

    void progress(bool final)
    {
        if (!m_options.showProgress)
            return;
        if (!final && m_lastProgress.isValid() && m_lastProgress.elapsed() < 100)
            return;
        m_lastProgress.start();
        int pages = 0;
        int pagesTotal = 0;
        qint64 clients = 0;
        int finished = 0;
        const QList<api::SourceStatus> &statuses = m_fetcher.statuses();
        for (const api::SourceStatus &s : statuses) {
            pages += s.pagesDone;
            pagesTotal += std::max(s.pagesTotal, s.pagesDone);
            clients += s.received;
            finished += s.isFinal() ? 1 : 0;
        }
        const QString line =
            QStringLiteral("\r\x1b[2KFetching: %1/%2 sources done, %3/%4 pages, %5 clients, %6 s")
                .arg(finished)
                .arg(statuses.size())
                .arg(pages)
                .arg(pagesTotal)
                .arg(clients)
                .arg(m_elapsed.elapsed() / 1000.0, 0, 'f', 1);
        std::fputs(line.toLocal8Bit().constData(), stderr);
        if (final)
            std::fputs("\n", stderr);
        std::fflush(stderr);
    }

    void done()
    {
        progress(true);
        FetchReport report;
        report.generatedAt = m_clock->nowSeconds();
        report.sources = m_fetcher.sources();
        report.statuses = m_fetcher.statuses();

        bool allComplete = true;
        for (qsizetype i = 0; i < report.sources.size(); ++i) {
            const api::SourceStatus &s = report.statuses[i];
            if (s.isSuccess())
                continue;
            allComplete = false;
            QString line = QStringLiteral("hbr-browser: %1 (%2) %3: ")
                               .arg(report.sources[i].label(), report.sources[i].endpoint.key(),
                                    api::sourceStateName(s.state));
            if (s.error.isError()) {
                line += s.error.fullText();
                if (!s.error.recommend.isEmpty())
                    line += QStringLiteral(" See %1").arg(s.error.recommend);
            } else {
                line += s.incompleteWhy;
            }
            std::fputs((line + QLatin1Char('\n')).toLocal8Bit().constData(), stderr);
        }

        bool written = m_writer->finish(report);
        if (auto *file = qobject_cast<QSaveFile *>(m_device.get()))
            written = written && file->commit();
        else
            written = written && static_cast<QFile *>(m_device.get())->flush();
        if (!written)
            std::fputs(
                QStringLiteral("hbr-browser: cannot write %1: %2\n")
                    .arg(m_options.outputFile.isEmpty() ? QStringLiteral("the output") : m_options.outputFile,
                         m_device->errorString())
                    .toLocal8Bit()
                    .constData(),
                stderr);
        m_exitStatus = (allComplete && written) ? 0 : 1;
        QCoreApplication::exit(m_exitStatus);
    }

    ListOptions m_options;
    const Clock *m_clock;
    api::FleetFetcher m_fetcher;
    std::unique_ptr<QIODevice> m_device;
    std::unique_ptr<ClientWriter> m_writer;
    Query m_query;
    QElapsedTimer m_elapsed;
    QElapsedTimer m_lastProgress;
    int m_exitStatus = 1;
};

} // namespace

namespace {

struct ResolvedProfile
{
    credentials::Profile profile;
    api::AccessKeyCredentials credentials;
};

/// Reads each named profile and its secrets from the keychain, in order. On failure prints why and returns
/// the exit status to end with (2 for an unknown name, 1 for a keychain problem).
std::variant<QList<ResolvedProfile>, int> resolveProfiles(const QStringList &names,
                                                          credentials::ProfileStore &store,
                                                          credentials::CredentialStore &secrets)
{
    credentials::ProfileService service(&store, &secrets);
    for (const QString &name : names) {
        if (!store.contains(name)) {
            printError(QStringLiteral("hbr-browser list: ") + service.unknownProfileMessage(name));
            return 2;
        }
    }
    QList<ResolvedProfile> resolved;
    for (const QString &name : names) {
        std::optional<api::AccessKeyCredentials> got;
        QString error;
        bool done = false;
        service.resolve(name, [&](const std::optional<api::AccessKeyCredentials> &c, const QString &e) {
            got = c;
            error = e;
            done = true;
            QCoreApplication::exit(0);
        });
        if (!done)
            QCoreApplication::exec();
        if (!got) {
            printError(QStringLiteral("hbr-browser list: profile \"%1\": %2").arg(name, error));
            return 1;
        }
        resolved.append({*store.profile(name), *got});
    }
    return resolved;
}

api::FetchSource makeSource(const ListOptions &options, const QString &region, api::ClientType type)
{
    api::FetchSource s;
    s.regionId = region;
    s.signatureVersion = options.signatureVersion;
    s.request = options.request;
    s.request.clientType = type;
    return s;
}

} // namespace

int runList(const ListOptions &options, QSettings &settings, credentials::CredentialStore &secrets)
{
    SystemClock clock;
    QNetworkAccessManager network;
    ListOptions effective = options;
    effective.showProgress = stderrIsTerminal();

    std::unique_ptr<demo::DemoSession> demoSession;
    QList<api::FetchSource> sources;
    if (!options.profiles.isEmpty()) {
        credentials::ProfileStore store(&settings);
        const auto resolved = resolveProfiles(options.profiles, store, secrets);
        if (const int *status = std::get_if<int>(&resolved))
            return *status;
        for (const ResolvedProfile &r : std::get<QList<ResolvedProfile>>(resolved)) {
            // --region, --endpoint, --signature-version and cross-account options given on the command line
            // override the profile's own for this run.
            const QStringList regions =
                options.regions.isEmpty() ? r.profile.effectiveRegions() : options.regions;
            for (const QString &region : regions) {
                std::optional<api::Endpoint> endpoint = options.endpoint;
                QString error;
                if (!endpoint)
                    endpoint = r.profile.endpointFor(region, &error);
                if (!endpoint) {
                    printError(
                        QStringLiteral("hbr-browser list: profile \"%1\": %2").arg(r.profile.name, error));
                    return 2;
                }
                for (api::ClientType type : options.clientTypes) {
                    api::FetchSource s = makeSource(options, region, type);
                    s.profile = r.profile.name;
                    s.credentials = r.credentials;
                    s.endpoint = *endpoint;
                    if (!options.signatureVersionGiven)
                        s.signatureVersion = r.profile.signatureVersion;
                    if (s.request.crossAccountType.isEmpty())
                        s.request.crossAccountType = r.profile.crossAccountType;
                    if (s.request.crossAccountUserId.isEmpty())
                        s.request.crossAccountUserId = r.profile.crossAccountUserId;
                    if (s.request.crossAccountRoleName.isEmpty())
                        s.request.crossAccountRoleName = r.profile.crossAccountRoleName;
                    sources.append(s);
                }
            }
        }
    } else if (options.demo) {
        demo::DemoSession::Options demoOptions;
        demoOptions.clientCount = options.demoClients;
        demoOptions.latencyMs = options.demoLatencyMs;
        demoOptions.maxRps = options.demoMaxRps;
        // The demo serves whatever regions were asked for; by default its own five.
        demoOptions.regions = options.regions;
        QString error;
        demoSession = demo::DemoSession::start(&clock, demoOptions, &error);
        if (!demoSession) {
            printError(QStringLiteral("hbr-browser: ") + error);
            return 1;
        }
        for (const QString &region : demoSession->regions()) {
            for (api::ClientType type : options.clientTypes) {
                api::FetchSource s = makeSource(options, region, type);
                s.credentials = demoSession->credentials();
                s.endpoint = demoSession->endpointForRegion(region);
                sources.append(s);
            }
        }
    } else {
        for (const QString &region : options.regions) {
            for (api::ClientType type : options.clientTypes) {
                api::FetchSource s = makeSource(options, region, type);
                s.credentials = options.environmentCredentials;
                s.endpoint = options.endpoint ? *options.endpoint
                                              : api::regionalEndpoint(region, api::EndpointNetwork::Public);
                sources.append(s);
            }
        }
    }

    if (!options.caCertificates.isEmpty()) {
        for (api::FetchSource &s : sources)
            s.endpoint.caCertificates = options.caCertificates;
    }
    ListRun run(effective, &network, &clock);
    if (!run.start(sources))
        return 1;
    QCoreApplication::exec();
    return run.exitStatus();
}

} // namespace hbr::cli
