#include "gui.h"

#include "clock.h"
#include "credentials/credentialstore.h"
#include "credentials/profileservice.h"
#include "credentials/profilestore.h"
#include "mainwindow.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QNetworkAccessManager>
#include <QSettings>
#include <cstdio>

namespace hbr::ui {

int runGui(int argc, char **argv)
{
    QApplication app(argc, argv);
    QApplication::setApplicationName(QStringLiteral("hbr-browser"));
    QApplication::setOrganizationName(QStringLiteral("hbr-browser"));
    QApplication::setApplicationDisplayName(QStringLiteral("HBR Client Browser"));
    QApplication::setApplicationVersion(QStringLiteral(HBR_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("hbr-browser"));

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QStringLiteral("Browse the backup clients of Alibaba Cloud Cloud Backup."));
    const QCommandLineOption demo(QStringLiteral("demo"), QStringLiteral("Open the built-in demo fleet."));
    const QCommandLineOption demoClients(QStringLiteral("demo-clients"),
                                         QStringLiteral("Size of the demo fleet (default 5000)."),
                                         QStringLiteral("N"), QStringLiteral("5000"));
    const QCommandLineOption query(
        QStringLiteral("query"),
        QStringLiteral("Open with this filter (the query language of the filter box)."),
        QStringLiteral("QUERY"));
    parser.addOptions({demo, demoClients, query});
    parser.addHelpOption();
    parser.addVersionOption();
    parser.process(app);

    bool ok = false;
    const int clientCount = parser.value(demoClients).toInt(&ok);
    if (!ok || clientCount < 1 || clientCount > 1000000) {
        std::fputs("hbr-browser: --demo-clients takes a number from 1 to 1000000.\n", stderr);
        return 2;
    }

    // The same settings file as the command line: profiles (never secrets) and the window's state.
    QSettings settings(QSettings::IniFormat, QSettings::UserScope, QStringLiteral("hbr-browser"),
                       QStringLiteral("hbr-browser"));
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
    MainWindow window(services, options);
    window.show();
    return QApplication::exec();
}

} // namespace hbr::ui
