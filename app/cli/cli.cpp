#include "cli.h"

#include "credentials/credentialstore.h"
#include "listcommand.h"
#include "profilecommand.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QSettings>
#include <cstdio>

namespace hbr::cli {

namespace {

void print(FILE *stream, const QString &text)
{
    std::fputs(text.toLocal8Bit().constData(), stream);
    if (!text.endsWith(QLatin1Char('\n')))
        std::fputs("\n", stream);
}

QString generalHelp()
{
    return QStringLiteral(
        "Usage: hbr-browser [--demo]\n"
        "       hbr-browser list [options]\n"
        "       hbr-browser profile add|list|show|remove|import-aliyun|test ...\n"
        "       hbr-browser --help | --version\n"
        "\n"
        "Browse the backup clients of Alibaba Cloud Cloud Backup (HBR).\n"
        "\n"
        "  hbr-browser            start the window (the demo fleet when no profile exists yet)\n"
        "  hbr-browser --demo     start the window on the built-in demo fleet\n"
        "  hbr-browser list       fetch backup clients and write them out; no window\n"
        "                         (hbr-browser list --help for its options)\n"
        "  hbr-browser profile    manage saved profiles; secrets live in the keychain\n"
        "                         (hbr-browser profile --help for its commands)\n");
}

} // namespace

int runIfCommand(int argc, char **argv)
{
    if (argc < 2)
        return -1;
    const QString first = QString::fromLocal8Bit(argv[1]);
    if (first == QLatin1String("--help") || first == QLatin1String("-h") || first == QLatin1String("help")) {
        print(stdout, generalHelp());
        return 0;
    }
    if (first == QLatin1String("--version") || first == QLatin1String("-v")) {
        print(stdout,
              QStringLiteral("hbr-browser " HBR_VERSION " (Qt %1)").arg(QString::fromLatin1(qVersion())));
        return 0;
    }
    if (first != QLatin1String("list") && first != QLatin1String("profile")) {
        if (first.startsWith(QLatin1Char('-')))
            return -1; // a window option (--demo, Qt's own -platform ...)
        print(stderr, QStringLiteral("hbr-browser: unknown command \"%1\".\n\n").arg(first) + generalHelp());
        return 2;
    }

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("hbr-browser"));
    QCoreApplication::setOrganizationName(QStringLiteral("hbr-browser"));
    QCoreApplication::setApplicationVersion(QStringLiteral(HBR_VERSION));
    // Profiles (never secrets) in the platform's configuration location; secrets in the keychain.
    QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("hbr-browser"),
                       QStringLiteral("hbr-browser"));
    credentials::KeychainCredentialStore secrets;
    const QStringList arguments = QCoreApplication::arguments().mid(2);
    if (first == QLatin1String("profile"))
        return runProfile(arguments, settings, secrets);

    const ParsedList parsed = parseListArguments(arguments, QProcessEnvironment::systemEnvironment());
    if (parsed.help) {
        print(stdout, parsed.error);
        return 0;
    }
    if (!parsed.options) {
        print(stderr, QStringLiteral("hbr-browser list: ") + parsed.error);
        return 2;
    }
    return runList(*parsed.options, settings, secrets);
}

} // namespace hbr::cli
