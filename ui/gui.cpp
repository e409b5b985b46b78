#include "gui.h"

#include "clock.h"
#include "credentials/credentialstore.h"
#include "credentials/profileservice.h"
#include "credentials/profilestore.h"
#include "language.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QEvent>
#include <QIcon>
#include <QLocale>
#include <QNetworkAccessManager>
#include <QSettings>
#include <cstdio>
#include <cstdlib>
#include <utility>

namespace hbr::ui {

namespace {

// The start-up benchmark's probe (scripts/bench.sh, beside tests/bench/barewindow.cpp): with
// HBR_EXIT_AFTER_FIRST_PAINT set, the window quits on its first paint, so the time of the whole process is
// the time to a painted window.
class QuitOnFirstPaint : public QObject
{
public:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !std::exchange(m_painted, true))
            // _Exit, not quit(): the process ends right after the paint, so what is timed is the time to
            // the first paint, not the work queued behind it (the first load) or the teardown.
            QMetaObject::invokeMethod(
                this,
                [] {
                    std::fflush(nullptr);
                    std::_Exit(0);
                },
                Qt::QueuedConnection);
        return QObject::eventFilter(watched, event);
    }

private:
    bool m_painted = false;
};

} // namespace

int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("hbr-browser"));
    QApplication::setOrganizationName(QStringLiteral("hbr-browser"));
    QApplication::setApplicationVersion(QStringLiteral(HBR_VERSION));
    // The installed .desktop file's name, so the window manager matches the window to its launcher and icon.
    QGuiApplication::setDesktopFileName(QStringLiteral("io.github.hbrbrowser.HbrClientBrowser"));
    QIcon builtIn;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        builtIn.addFile(
            QStringLiteral(":/icons/hicolor/%1x%1/apps/io.github.hbrbrowser.HbrClientBrowser.png").arg(size));
    QApplication::setWindowIcon(
        QIcon::fromTheme(QStringLiteral("io.github.hbrbrowser.HbrClientBrowser"), builtIn));

    // The same settings file as the command line: profiles (never secrets) and the window's state.
    QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("hbr-browser"),
                       QStringLiteral("hbr-browser"));

    // The language is chosen before any text is made: --lang, else the saved choice, else the system's.
    QString requested = settings.value(QStringLiteral("ui/language")).toString();
    for (int i = 1; i < argc; ++i) {
        const QString arg = QString::fromLocal8Bit(argv[i]);
        if (arg.startsWith(QLatin1String("--lang=")))
            requested = arg.mid(7);
        else if (arg == QLatin1String("--lang") && i + 1 < argc)
            requested = QString::fromLocal8Bit(argv[i + 1]);
    }
    const QString language = chooseLanguage(requested);
    // Dates and numbers follow the chosen language when it is not the system's (--lang zh_CN on an English
    // desktop shows Chinese dates too); otherwise the system's own locale settings stay.
    if (QLocale().language() != QLocale(language).language())
        QLocale::setDefault(QLocale(language));
    if (!installTranslators(&app, language))
        std::fprintf(stderr, "hbr-browser: the %s translation could not be loaded; showing English.\n",
                     qPrintable(language));
    QApplication::setApplicationDisplayName(
        QCoreApplication::translate("hbr::ui::Gui", "HBR Client Browser"));

    QCommandLineParser parser;
    parser.setApplicationDescription(QCoreApplication::translate(
        "hbr::ui::Gui", "Browse the backup clients of Alibaba Cloud Cloud Backup."));
    const QCommandLineOption demo(
        QStringLiteral("demo"), QCoreApplication::translate("hbr::ui::Gui", "Open the built-in demo fleet."));
    const QCommandLineOption demoClients(
        QStringLiteral("demo-clients"),
        QCoreApplication::translate("hbr::ui::Gui", "Size of the demo fleet (default 5000)."),
        QStringLiteral("N"), QStringLiteral("5000"));
    const QCommandLineOption query(
        QStringLiteral("query"),
        QCoreApplication::translate("hbr::ui::Gui",
                                    "Open with this filter (the query language of the filter box)."),
        QStringLiteral("QUERY"));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        QCoreApplication::translate("hbr::ui::Gui",
                                    "Language of the window: en, zh_CN, or system (default: the saved "
                                    "choice, else the system's)."),
        QStringLiteral("LANG"));
    parser.addOptions({demo, demoClients, query, lang});
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    bool ok = false;
    const int clientCount = parser.value(demoClients).toInt(&ok);
    if (!ok || clientCount < 1 || clientCount > 1000000) {
        std::fprintf(stderr, "hbr-browser: %s\n",
                     qPrintable(QCoreApplication::translate(
                         "hbr::ui::Gui", "--demo-clients takes a number from 1 to 1000000.")));
        return 2;
    }

    credentials::ProfileStore profiles(&settings);
    credentials::KeychainCredentialStore secrets;
    credentials::ProfileService service(&profiles, &secrets);
    QNetworkAccessManager network;
    SystemClock clock;

    MainWindow::Services services;
    services.settings = &settings;
    services.network = &network;
    services.clock = &clock;
    services.profiles = &service;
    MainWindow::Options options;
    options.demo = parser.isSet(demo);
    options.demoClientCount = clientCount;
    options.query = parser.value(query);
    options.language = language;
    MainWindow window(services, options);
    QuitOnFirstPaint quitOnFirstPaint;
    if (qEnvironmentVariableIsSet("HBR_EXIT_AFTER_FIRST_PAINT"))
        window.installEventFilter(&quitOnFirstPaint);
    window.show();
    return QApplication::exec();
}

} // namespace hbr::ui
