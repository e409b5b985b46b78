#include "profilecommand.h"

#include "api/apicall.h"
#include "clock.h"
#include "credentials/aliyunimport.h"
#include "credentials/profileservice.h"
#include "terminal.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QFile>
#include <QNetworkAccessManager>
#include <QSettings>

namespace hbr::cli {

using namespace hbr::credentials;

namespace {

QString usage(const QString &text)
{
    return QStringLiteral("hbr-browser profile: ") + text +
           QStringLiteral("\nRun 'hbr-browser profile --help' for the commands.");
}

QStringList splitList(const QString &value)
{
    QStringList out;
    for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
        out.append(part.trimmed());
    return out;
}

/// Runs the event loop until `start` calls its `finish(status)`; async keychain and network work need it.
int runAsync(const std::function<void(std::function<void(int)>)> &start)
{
    int status = 1;
    bool finished = false;
    start([&status, &finished](int s) {
        status = s;
        finished = true;
        QCoreApplication::exit(s);
    });
    if (!finished)
        QCoreApplication::exec();
    return status;
}

QString kindText(CredentialKind kind)
{
    return kind == CredentialKind::StsToken ? QStringLiteral("AccessKey + STS token")
                                            : QStringLiteral("AccessKey");
}

QString endpointText(const Profile &p)
{
    switch (p.endpointMode) {
    case EndpointMode::Public:
        return QStringLiteral("public");
    case EndpointMode::Vpc:
        return QStringLiteral("vpc");
    case EndpointMode::Override:
        return p.endpointOverride;
    }
    return QString();
}

struct Options
{
    QCommandLineOption accessKeyId{QStringLiteral("access-key-id"), QStringLiteral("AccessKey ID."),
                                   QStringLiteral("ID")};
    QCommandLineOption region{QStringLiteral("region"), QStringLiteral("Default region(s)."),
                              QStringLiteral("R[,R...]")};
    QCommandLineOption endpoint{QStringLiteral("endpoint"), QStringLiteral("Endpoint override URL."),
                                QStringLiteral("URL")};
    QCommandLineOption vpc{QStringLiteral("vpc"),
                           QStringLiteral("Use the VPC endpoints (hbr-vpc.<region>).")};
    QCommandLineOption signatureVersion{QStringLiteral("signature-version"),
                                        QStringLiteral("v3 (default) or v1."), QStringLiteral("v3|v1")};
    QCommandLineOption sts{
        QStringLiteral("sts"),
        QStringLiteral("The key is an STS key: read the security token after the secret.")};
    QCommandLineOption crossAccountType{QStringLiteral("cross-account-type"),
                                        QStringLiteral("SELF_ACCOUNT or CROSS_ACCOUNT."),
                                        QStringLiteral("TYPE")};
    QCommandLineOption crossAccountUserId{QStringLiteral("cross-account-user-id"),
                                          QStringLiteral("Source account ID."), QStringLiteral("ID")};
    QCommandLineOption crossAccountRoleName{QStringLiteral("cross-account-role-name"),
                                            QStringLiteral("RAM role in the source account."),
                                            QStringLiteral("NAME")};
    QCommandLineOption config{QStringLiteral("config"),
                              QStringLiteral("aliyun CLI config (default ~/.aliyun/config.json)."),
                              QStringLiteral("PATH")};
    QCommandLineOption name{QStringLiteral("name"), QStringLiteral("Import only this profile."),
                            QStringLiteral("NAME")};
    QCommandLineOption all{QStringLiteral("all"), QStringLiteral("Import every profile.")};
    QCommandLineOption help{{QStringLiteral("h"), QStringLiteral("help")}, QStringLiteral("Show this help.")};
};

} // namespace

QString profileHelpText()
{
    return QStringLiteral(
        "Usage: hbr-browser profile COMMAND\n"
        "\n"
        "Saved profiles keep the AccessKey ID and settings in the configuration file and the AccessKey "
        "secret\n"
        "(and STS token) in the operating system's keychain, nowhere else.\n"
        "\n"
        "  add NAME --access-key-id ID [--region R[,R...]] [--endpoint URL | --vpc]\n"
        "           [--signature-version v3|v1] [--sts] [--cross-account-type T]\n"
        "           [--cross-account-user-id ID] [--cross-account-role-name NAME]\n"
        "                         save a profile; the secret (then, with --sts, the token) is read from\n"
        "                         standard input, without echo on a terminal\n"
        "  list                   the saved profiles\n"
        "  show NAME              one profile; the secret only as set / not set\n"
        "  remove NAME            remove the profile and its keychain entries\n"
        "  import-aliyun [--config PATH] [--name NAME | --all]\n"
        "                         import AK and StsToken profiles of the aliyun CLI (default: its current "
        "one)\n"
        "  test NAME [--region R] one signed call (page size 1): success, or the API's Code, Message, "
        "RequestId\n");
}

int runProfile(const QStringList &arguments, QSettings &settings, CredentialStore &secrets)
{
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    Options o;
    parser.addOptions({o.accessKeyId, o.region, o.endpoint, o.vpc, o.signatureVersion, o.sts,
                       o.crossAccountType, o.crossAccountUserId, o.crossAccountRoleName, o.config, o.name,
                       o.all, o.help});
    if (!parser.parse(QStringList{QStringLiteral("hbr-browser")} + arguments)) {
        printError(usage(parser.errorText() + QLatin1Char('.')));
        return 2;
    }
    const QStringList positional = parser.positionalArguments();
    if (parser.isSet(o.help) || positional.isEmpty() || positional.first() == QLatin1String("help")) {
        printOut(profileHelpText());
        return positional.isEmpty() && !parser.isSet(o.help) ? 2 : 0;
    }
    const QString command = positional.first();
    const QStringList rest = positional.mid(1);

    ProfileStore store(&settings);
    ProfileService service(&store, &secrets);

    auto needName = [&](QString *name) -> bool {
        if (rest.size() != 1) {
            printError(usage(QStringLiteral("'%1' needs exactly one profile name.").arg(command)));
            return false;
        }
        *name = rest.first();
        return true;
    };
    auto known = [&](const QString &name) -> bool {
        if (store.contains(name))
            return true;
        printError(QStringLiteral("hbr-browser profile: ") + service.unknownProfileMessage(name));
        return false;
    };

    if (command == QLatin1String("list")) {
        const QStringList names = store.names();
        if (names.isEmpty()) {
            printOut(QStringLiteral("No saved profiles. Add one with 'hbr-browser profile add NAME "
                                    "--access-key-id ID' or import the aliyun CLI's with "
                                    "'hbr-browser profile import-aliyun'."));
            return 0;
        }
        QList<QStringList> rows{{QStringLiteral("NAME"), QStringLiteral("ACCESS KEY ID"),
                                 QStringLiteral("KIND"), QStringLiteral("REGIONS"),
                                 QStringLiteral("ENDPOINT"), QStringLiteral("SIGNATURE")}};
        for (const QString &name : names) {
            const std::optional<Profile> p = store.profile(name);
            if (!p)
                continue;
            rows.append({p->name, p->accessKeyId, kindText(p->kind),
                         p->effectiveRegions().join(QLatin1Char(',')), endpointText(*p),
                         p->signatureVersion == api::SignatureVersion::V1 ? QStringLiteral("v1")
                                                                          : QStringLiteral("v3")});
        }
        QList<qsizetype> widths(rows.first().size(), 0);
        for (const QStringList &r : std::as_const(rows))
            for (qsizetype i = 0; i < r.size(); ++i)
                widths[i] = std::max(widths[i], r[i].size());
        for (const QStringList &r : std::as_const(rows)) {
            QString line;
            for (qsizetype i = 0; i < r.size(); ++i)
                line += i + 1 < r.size() ? r[i].leftJustified(widths[i] + 2) : r[i];
            printOut(line);
        }
        return 0;
    }

    if (command == QLatin1String("show")) {
        QString name;
        if (!needName(&name))
            return 2;
        if (!known(name))
            return 2;
        const Profile p = *store.profile(name);
        return runAsync([&](std::function<void(int)> finish) {
            service.secretPresence(name, [&, finish](bool secretSet, bool tokenSet, const QString &error) {
                printOut(QStringLiteral("Name:               %1").arg(p.name));
                printOut(QStringLiteral("AccessKey ID:       %1").arg(p.accessKeyId));
                printOut(QStringLiteral("Kind:               %1").arg(kindText(p.kind)));
                printOut(QStringLiteral("Regions:            %1")
                             .arg(p.effectiveRegions().join(QLatin1String(", "))));
                printOut(QStringLiteral("Endpoint:           %1").arg(endpointText(p)));
                printOut(QStringLiteral("Signature version:  %1")
                             .arg(p.signatureVersion == api::SignatureVersion::V1
                                      ? QStringLiteral("v1 (HMAC-SHA1)")
                                      : QStringLiteral("v3 (ACS3-HMAC-SHA256)")));
                if (!p.crossAccountType.isEmpty() || !p.crossAccountUserId.isEmpty() ||
                    !p.crossAccountRoleName.isEmpty())
                    printOut(QStringLiteral("Cross-account:      %1 %2 %3")
                                 .arg(p.crossAccountType, p.crossAccountUserId, p.crossAccountRoleName)
                                 .simplified());
                if (!error.isEmpty()) {
                    printOut(QStringLiteral("AccessKey secret:   unknown"));
                    printError(QStringLiteral("hbr-browser profile: ") + error);
                    finish(1);
                    return;
                }
                printOut(QStringLiteral("AccessKey secret:   %1")
                             .arg(secretSet ? QStringLiteral("set") : QStringLiteral("not set")));
                if (p.kind == CredentialKind::StsToken)
                    printOut(QStringLiteral("STS token:          %1")
                                 .arg(tokenSet ? QStringLiteral("set") : QStringLiteral("not set")));
                finish(0);
            });
        });
    }

    if (command == QLatin1String("remove")) {
        QString name;
        if (!needName(&name))
            return 2;
        if (!known(name))
            return 2;
        return runAsync([&](std::function<void(int)> finish) {
            service.remove(name, [name, finish](const QString &error) {
                if (!error.isEmpty()) {
                    printError(QStringLiteral("hbr-browser profile: ") + error);
                    finish(1);
                    return;
                }
                printOut(QStringLiteral("Removed profile \"%1\" and its keychain entries.").arg(name));
                finish(0);
            });
        });
    }

    if (command == QLatin1String("add")) {
        QString name;
        if (!needName(&name))
            return 2;
        if (store.contains(name)) {
            printError(
                usage(QStringLiteral("a profile named \"%1\" already exists; remove it first.").arg(name)));
            return 2;
        }
        Profile p;
        p.name = name;
        p.accessKeyId = parser.value(o.accessKeyId).trimmed();
        p.kind = parser.isSet(o.sts) ? CredentialKind::StsToken : CredentialKind::AccessKey;
        p.regions = splitList(parser.value(o.region));
        if (parser.isSet(o.endpoint) && parser.isSet(o.vpc)) {
            printError(usage(QStringLiteral("--endpoint and --vpc cannot be used together.")));
            return 2;
        }
        if (parser.isSet(o.endpoint)) {
            p.endpointMode = EndpointMode::Override;
            p.endpointOverride = parser.value(o.endpoint).trimmed();
        } else if (parser.isSet(o.vpc)) {
            p.endpointMode = EndpointMode::Vpc;
        }
        if (parser.isSet(o.signatureVersion)) {
            const QString v = parser.value(o.signatureVersion).trimmed().toLower();
            if (v != QLatin1String("v1") && v != QLatin1String("v3")) {
                printError(usage(QStringLiteral("--signature-version must be v3 or v1, not \"%1\".").arg(v)));
                return 2;
            }
            p.signatureVersion =
                v == QLatin1String("v1") ? api::SignatureVersion::V1 : api::SignatureVersion::V3;
        }
        p.crossAccountType = parser.value(o.crossAccountType).trimmed();
        p.crossAccountUserId = parser.value(o.crossAccountUserId).trimmed();
        p.crossAccountRoleName = parser.value(o.crossAccountRoleName).trimmed();
        if (p.accessKeyId.isEmpty()) {
            printError(usage(QStringLiteral("'add' needs --access-key-id.")));
            return 2;
        }
        const QString problem = profileProblem(p);
        if (!problem.isEmpty()) {
            printError(usage(problem));
            return 2;
        }

        const std::optional<QString> secret =
            readSecretLine(QStringLiteral("AccessKey secret for %1 (not shown): ").arg(p.accessKeyId));
        if (!secret || secret->isEmpty()) {
            printError(QStringLiteral("hbr-browser profile: no AccessKey secret was given on standard input; "
                                      "nothing was saved."));
            return 1;
        }
        QString token;
        if (p.kind == CredentialKind::StsToken) {
            const std::optional<QString> t =
                readSecretLine(QStringLiteral("STS security token (not shown): "));
            if (!t || t->isEmpty()) {
                printError(
                    QStringLiteral("hbr-browser profile: --sts needs the security token on the line after "
                                   "the secret; nothing was saved."));
                return 1;
            }
            token = *t;
        }
        return runAsync([&](std::function<void(int)> finish) {
            service.add(p, *secret, token, [name, finish](const QString &error) {
                if (!error.isEmpty()) {
                    printError(QStringLiteral("hbr-browser profile: ") + error);
                    finish(1);
                    return;
                }
                printOut(QStringLiteral("Saved profile \"%1\"; its secret is in the keychain.").arg(name));
                finish(0);
            });
        });
    }

    if (command == QLatin1String("import-aliyun")) {
        if (!rest.isEmpty()) {
            printError(usage(QStringLiteral("'import-aliyun' takes no name; use --name NAME or --all.")));
            return 2;
        }
        if (parser.isSet(o.name) && parser.isSet(o.all)) {
            printError(usage(QStringLiteral("--name and --all cannot be used together.")));
            return 2;
        }
        const QString path = parser.isSet(o.config) ? parser.value(o.config) : defaultAliyunConfigPath();
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly)) {
            printError(QStringLiteral("hbr-browser profile: cannot read the aliyun CLI config %1: %2")
                           .arg(path, file.errorString()));
            return 1;
        }
        QString parseError;
        const std::optional<AliyunConfig> config = parseAliyunConfig(file.readAll(), &parseError);
        if (!config) {
            printError(QStringLiteral("hbr-browser profile: %1: %2").arg(path, parseError));
            return 1;
        }
        const QStringList names = parser.isSet(o.name) ? QStringList{parser.value(o.name)} : QStringList();
        const AliyunImportPlan plan = planAliyunImport(*config, names, parser.isSet(o.all), store);
        for (const AliyunSkipped &s : plan.skipped)
            printError(QStringLiteral("Not imported: \"%1\" (mode %2): %3").arg(s.name, s.mode, s.reason));
        if (plan.importable.isEmpty()) {
            printError(QStringLiteral("hbr-browser profile: nothing to import from %1.").arg(path));
            return 1;
        }
        // Lives in this frame, which runAsync() keeps until the last save has answered. (A shared_ptr that
        // its own function captured was a reference cycle: LeakSanitizer reported it.)
        std::function<void(qsizetype, bool)> next;
        return runAsync([&](std::function<void(int)> finish) {
            next = [&, finish](qsizetype i, bool anyFailed) {
                if (i == plan.importable.size()) {
                    // Skipped profiles were reported above; the import itself succeeded unless a save failed.
                    finish(anyFailed ? 1 : 0);
                    return;
                }
                const AliyunImportItem &item = plan.importable[i];
                service.add(
                    item.profile, item.secret, item.securityToken,
                    [&next, i, anyFailed, name = item.profile.name](const QString &error) {
                        if (error.isEmpty())
                            printOut(
                                QStringLiteral("Imported \"%1\"; its secret is in the keychain.").arg(name));
                        else
                            printError(QStringLiteral("Not imported: \"%1\": %2").arg(name, error));
                        next(i + 1, anyFailed || !error.isEmpty());
                    });
            };
            next(0, false);
        });
    }

    if (command == QLatin1String("test")) {
        QString name;
        if (!needName(&name))
            return 2;
        if (!known(name))
            return 2;
        const Profile p = *store.profile(name);
        const QString region = parser.isSet(o.region) ? splitList(parser.value(o.region)).value(0)
                                                      : p.effectiveRegions().value(0);
        if (!api::isPlausibleRegionId(region)) {
            printError(usage(QStringLiteral("\"%1\" is not a region ID.").arg(region)));
            return 2;
        }
        QString endpointError;
        std::optional<api::Endpoint> endpoint;
        if (parser.isSet(o.endpoint)) {
            const api::EndpointOverride parsed = api::parseEndpointOverride(parser.value(o.endpoint));
            endpoint = parsed.endpoint;
            endpointError = parsed.error;
        } else {
            endpoint = p.endpointFor(region, &endpointError);
        }
        if (!endpoint) {
            printError(usage(endpointError));
            return 2;
        }
        SystemClock clock;
        QNetworkAccessManager network;
        std::unique_ptr<api::ApiCall> call;
        return runAsync([&](std::function<void(int)> finish) {
            service.resolve(name, [&, finish](const std::optional<api::AccessKeyCredentials> &credentials,
                                              const QString &error) {
                if (!credentials) {
                    printError(QStringLiteral("hbr-browser profile: ") + error);
                    finish(1);
                    return;
                }
                api::CallEnvironment env;
                env.network = &network;
                env.clock = &clock;
                env.retry.maxAttempts = 2;
                api::DescribeBackupClientsRequest request;
                request.clientType = api::ClientType::Ecs;
                request.pageSize = 1;
                request.crossAccountType = p.crossAccountType;
                request.crossAccountUserId = p.crossAccountUserId;
                request.crossAccountRoleName = p.crossAccountRoleName;
                call =
                    std::make_unique<api::ApiCall>(env, *credentials, *endpoint, p.signatureVersion, request);
                QObject::connect(
                    call.get(), &api::ApiCall::finished, call.get(),
                    [&, finish](const api::DecodedPage &result) {
                        if (result.error.isError()) {
                            printError(QStringLiteral("Failed: %1 via %2: %3")
                                           .arg(name, endpoint->key(), result.error.fullText()));
                            finish(1);
                            return;
                        }
                        printOut(QStringLiteral("OK: %1 reached %2 (%3): %4 ECS file backup client(s); "
                                                "RequestId %5.")
                                     .arg(name, endpoint->key(), region)
                                     .arg(result.page.totalCount)
                                     .arg(result.page.requestId));
                        finish(0);
                    });
                call->start();
            });
        });
    }

    printError(usage(QStringLiteral("unknown command \"%1\".").arg(command)));
    return 2;
}

} // namespace hbr::cli
