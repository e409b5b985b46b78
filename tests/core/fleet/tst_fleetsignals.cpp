// The fleet signals of design.md, rule by rule at their boundaries; version comparison; the names, titles
// and explanations shown to operators; the summary counts.
#include "fleet/fleetsignals.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using hbr::BackupClient;
using hbr::FleetSignal;
using hbr::FleetSignals;
using hbr::SignalSettings;

Q_DECLARE_METATYPE(hbr::FleetSignal)

namespace {

constexpr qint64 kNow = 1735689600;

/// A client that shows no signal: every later test changes one thing.
BackupClient healthy()
{
    BackupClient c;
    const auto text = [&c](BackupClient::Field f, QString BackupClient::*member, const QString &value) {
        c.*member = value;
        c.set(f);
    };
    text(BackupClient::ClientId, &BackupClient::clientId, u"c-000000000000000001"_s);
    text(BackupClient::Status, &BackupClient::status, u"ACTIVATED"_s);
    text(BackupClient::BackupStatus, &BackupClient::backupStatus, u"PROTECTED"_s);
    text(BackupClient::ClientVersion, &BackupClient::clientVersion, u"2.14.2"_s);
    text(BackupClient::MaxClientVersion, &BackupClient::maxClientVersion, u"2.14.2"_s);
    text(BackupClient::DataNetworkType, &BackupClient::dataNetworkType, u"VPC"_s);
    text(BackupClient::DataProxySetting, &BackupClient::dataProxySetting, u"USE_CONTROL_PROXY"_s);
    text(BackupClient::UseHttps, &BackupClient::useHttps, u"true"_s);
    text(BackupClient::ProxyHost, &BackupClient::proxyHost, QString());
    c.proxyPort = 0;
    c.set(BackupClient::ProxyPort);
    c.maxMemory = 0;
    c.set(BackupClient::MaxMemory);
    c.lastHeartBeatTime = kNow - 60;
    c.set(BackupClient::LastHeartBeatTime);
    c.updatedTime = kNow - 86400;
    c.set(BackupClient::UpdatedTime);
    c.set(BackupClient::Settings);
    return c;
}

FleetSignals bits(std::initializer_list<FleetSignal> list)
{
    FleetSignals s = 0;
    for (FleetSignal x : list)
        s |= hbr::signalBit(x);
    return s;
}

bool hasSignal(const BackupClient &c, FleetSignal s, const SignalSettings &settings = {})
{
    return hbr::computeSignals(c, kNow, settings) & hbr::signalBit(s);
}

int sign(int v)
{
    return v < 0 ? -1 : (v > 0 ? 1 : 0);
}

QList<FleetSignal> allSignals()
{
    QList<FleetSignal> out;
    for (int i = 0; i < hbr::kFleetSignalCount; ++i)
        out.append(FleetSignal(i));
    return out;
}

const QStringList &documentedStatuses()
{
    static const QStringList statuses = {
        u"REGISTERED"_s,     u"ACTIVATED"_s,        u"DEACTIVATED"_s, u"INSTALLING"_s,
        u"INSTALL_FAILED"_s, u"NOT_INSTALLED"_s,    u"UPGRADING"_s,   u"UPGRADE_FAILED"_s,
        u"UNINSTALLING"_s,   u"UNINSTALL_FAILED"_s, u"STOPPED"_s,     u"UNKNOWN"_s,
    };
    return statuses;
}

} // namespace

class TestFleetSignals : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void bitsAreDistinct();
    void healthyClientShowsNothing();
    void emptyClientShowsNothing();
    void statusSignals_data();
    void statusSignals();
    void stuck_data();
    void stuck();
    void stale_data();
    void stale();
    void outdated_data();
    void outdated();
    void unprotected_data();
    void unprotected();
    void badProxy_data();
    void badProxy();
    void plaintext_data();
    void plaintext();
    void ignored_data();
    void ignored();
    void severalAtOnce();
    void customSettings();
    void compareVersions_data();
    void compareVersions();
    void names_data();
    void names();
    void namesAreTheDocumentedOnes();
    void unknownNames();
    void statusTitles_data();
    void statusTitles();
    void statusExplanations();
    void summary();
};

void TestFleetSignals::bitsAreDistinct()
{
    FleetSignals seen = 0;
    for (FleetSignal s : allSignals()) {
        QVERIFY(hbr::signalBit(s) != 0);
        QVERIFY((seen & hbr::signalBit(s)) == 0);
        seen |= hbr::signalBit(s);
    }
    QCOMPARE(hbr::kFleetSignalCount, 10);
}

void TestFleetSignals::healthyClientShowsNothing()
{
    QCOMPARE(hbr::computeSignals(healthy(), kNow), FleetSignals(0));
}

void TestFleetSignals::emptyClientShowsNothing()
{
    // A client with no fields at all (a decoder that got nothing usable) is not flagged for anything.
    QCOMPARE(hbr::computeSignals(BackupClient(), kNow), FleetSignals(0));
}

void TestFleetSignals::statusSignals_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<FleetSignals>("expected");

    QTest::newRow("ACTIVATED") << u"ACTIVATED"_s << FleetSignals(0);
    QTest::newRow("REGISTERED") << u"REGISTERED"_s << FleetSignals(0);
    QTest::newRow("NOT_INSTALLED") << u"NOT_INSTALLED"_s << FleetSignals(0);
    QTest::newRow("UNKNOWN") << u"UNKNOWN"_s << bits({FleetSignal::Disconnected});
    QTest::newRow("unknown") << u"unknown"_s << bits({FleetSignal::Disconnected});
    QTest::newRow("INSTALL_FAILED") << u"INSTALL_FAILED"_s << bits({FleetSignal::Failed});
    QTest::newRow("UPGRADE_FAILED") << u"UPGRADE_FAILED"_s << bits({FleetSignal::Failed});
    QTest::newRow("UNINSTALL_FAILED") << u"UNINSTALL_FAILED"_s << bits({FleetSignal::Failed});
    QTest::newRow("upgrade_failed") << u"upgrade_failed"_s << bits({FleetSignal::Failed});
    QTest::newRow("STOPPED") << u"STOPPED"_s << bits({FleetSignal::Stopped});
    QTest::newRow("DEACTIVATED") << u"DEACTIVATED"_s << bits({FleetSignal::Stopped});
    QTest::newRow("Stopped") << u"Stopped"_s << bits({FleetSignal::Stopped});
    // Busy statuses with a recent UpdatedTime: not stuck (yet).
    QTest::newRow("INSTALLING, fresh") << u"INSTALLING"_s << FleetSignals(0);
    // Values this version does not know, and none at all, raise nothing.
    QTest::newRow("unknown value") << u"HIBERNATING"_s << FleetSignals(0);
    QTest::newRow("prefix of UNKNOWN") << u"UNKNOW"_s << FleetSignals(0);
    QTest::newRow("longer than UNKNOWN") << u"UNKNOWN_"_s << FleetSignals(0);
    QTest::newRow("empty") << QString() << FleetSignals(0);
}

void TestFleetSignals::statusSignals()
{
    QFETCH(QString, status);
    QFETCH(FleetSignals, expected);
    BackupClient c = healthy();
    c.status = status;
    c.updatedTime = kNow - 60;
    QCOMPARE(hbr::computeSignals(c, kNow), expected);
}

void TestFleetSignals::stuck_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<qint64>("updatedAge"); ///< -1: no UpdatedTime
    QTest::addColumn<bool>("expected");

    for (const QString &status : {u"INSTALLING"_s, u"UPGRADING"_s, u"UNINSTALLING"_s}) {
        const QByteArray s = status.toLatin1();
        QTest::newRow(QByteArray(s + ", just now").constData()) << status << qint64(0) << false;
        QTest::newRow(QByteArray(s + ", exactly 15 minutes").constData())
            << status << qint64(15 * 60) << false;
        QTest::newRow(QByteArray(s + ", 15 minutes and a second").constData())
            << status << qint64(15 * 60 + 1) << true;
        QTest::newRow(QByteArray(s + ", a day").constData()) << status << qint64(86400) << true;
        QTest::newRow(QByteArray(s + ", no UpdatedTime").constData()) << status << qint64(-1) << false;
    }
    QTest::newRow("upgrading, lower case") << u"upgrading"_s << qint64(3600) << true;
    QTest::newRow("ACTIVATED for a day") << u"ACTIVATED"_s << qint64(86400) << false;
    QTest::newRow("INSTALL_FAILED for a day") << u"INSTALL_FAILED"_s << qint64(86400) << false;
    QTest::newRow("unknown value for a day") << u"INSTALLING_V2"_s << qint64(86400) << false;
}

void TestFleetSignals::stuck()
{
    QFETCH(QString, status);
    QFETCH(qint64, updatedAge);
    QFETCH(bool, expected);
    BackupClient c = healthy();
    c.status = status;
    if (updatedAge < 0) {
        c.updatedTime = 0;
        c.present &= ~(1u << BackupClient::UpdatedTime);
    } else {
        c.updatedTime = kNow - updatedAge;
    }
    QCOMPARE(hasSignal(c, FleetSignal::Stuck), expected);
}

void TestFleetSignals::stale_data()
{
    QTest::addColumn<qint64>("heartbeatAge");
    QTest::addColumn<bool>("present");
    QTest::addColumn<bool>("expected");

    QTest::newRow("a minute") << qint64(60) << true << false;
    QTest::newRow("exactly 30 minutes") << qint64(30 * 60) << true << false;
    QTest::newRow("30 minutes and a second") << qint64(30 * 60 + 1) << true << true;
    QTest::newRow("a week") << qint64(7 * 86400) << true << true;
    QTest::newRow("in the future") << qint64(-3600) << true << false;
    QTest::newRow("missing") << qint64(7 * 86400) << false << false;
}

void TestFleetSignals::stale()
{
    QFETCH(qint64, heartbeatAge);
    QFETCH(bool, present);
    QFETCH(bool, expected);
    BackupClient c = healthy();
    c.lastHeartBeatTime = kNow - heartbeatAge;
    if (!present)
        c.present &= ~(1u << BackupClient::LastHeartBeatTime);
    QCOMPARE(hasSignal(c, FleetSignal::Stale), expected);
    // Staleness is about the heartbeat alone, whatever the status says.
    c.status = u"UNKNOWN"_s;
    QCOMPARE(hasSignal(c, FleetSignal::Stale), expected);
}

void TestFleetSignals::outdated_data()
{
    QTest::addColumn<QString>("version");
    QTest::addColumn<QString>("maxVersion");
    QTest::addColumn<bool>("expected");

    QTest::newRow("equal") << u"2.14.2"_s << u"2.14.2"_s << false;
    QTest::newRow("older patch") << u"2.14.1"_s << u"2.14.2"_s << true;
    QTest::newRow("2.9.1 < 2.13.0, not as text") << u"2.9.1"_s << u"2.13.0"_s << true;
    QTest::newRow("2.10.3 > 2.9.8, not as text") << u"2.10.3"_s << u"2.9.8"_s << false;
    QTest::newRow("2.13 == 2.13.0") << u"2.13"_s << u"2.13.0"_s << false;
    QTest::newRow("newer than max") << u"2.15.0"_s << u"2.14.2"_s << false;
    QTest::newRow("v prefix") << u"v2.4.5"_s << u"2.14.2"_s << true;
    QTest::newRow("no version") << QString() << u"2.14.2"_s << false;
    QTest::newRow("no max version") << u"2.4.5"_s << QString() << false;
}

void TestFleetSignals::outdated()
{
    QFETCH(QString, version);
    QFETCH(QString, maxVersion);
    QFETCH(bool, expected);
    BackupClient c = healthy();
    c.clientVersion = version;
    c.maxClientVersion = maxVersion;
    QCOMPARE(hasSignal(c, FleetSignal::Outdated), expected);

    // "Both present": a value without its presence bit is not a version.
    c.present &= ~(1u << BackupClient::MaxClientVersion);
    QCOMPARE(hasSignal(c, FleetSignal::Outdated), false);
    c.set(BackupClient::MaxClientVersion);
    c.present &= ~(1u << BackupClient::ClientVersion);
    QCOMPARE(hasSignal(c, FleetSignal::Outdated), false);
}

void TestFleetSignals::unprotected_data()
{
    QTest::addColumn<QString>("backupStatus");
    QTest::addColumn<bool>("expected");
    QTest::newRow("UNPROTECTED") << u"UNPROTECTED"_s << true;
    QTest::newRow("unprotected") << u"unprotected"_s << true;
    QTest::newRow("PROTECTED") << u"PROTECTED"_s << false;
    QTest::newRow("unknown value") << u"PARTIALLY_PROTECTED"_s << false;
    QTest::newRow("empty") << QString() << false;
}

void TestFleetSignals::unprotected()
{
    QFETCH(QString, backupStatus);
    QFETCH(bool, expected);
    BackupClient c = healthy();
    c.backupStatus = backupStatus;
    QCOMPARE(hasSignal(c, FleetSignal::Unprotected), expected);
}

void TestFleetSignals::badProxy_data()
{
    QTest::addColumn<QString>("setting");
    QTest::addColumn<QString>("host");
    QTest::addColumn<qint64>("port");
    QTest::addColumn<bool>("expected");

    QTest::newRow("custom, host and port") << u"CUSTOM"_s << u"proxy.corp.local"_s << qint64(3128) << false;
    QTest::newRow("custom, empty host") << u"CUSTOM"_s << QString() << qint64(3128) << true;
    QTest::newRow("custom, blank host") << u"CUSTOM"_s << u"  "_s << qint64(3128) << true;
    QTest::newRow("custom, zero port") << u"CUSTOM"_s << u"192.168.11.100"_s << qint64(0) << true;
    QTest::newRow("custom, neither") << u"CUSTOM"_s << QString() << qint64(0) << true;
    QTest::newRow("custom, lower case") << u"custom"_s << QString() << qint64(0) << true;
    QTest::newRow("disable, empty") << u"DISABLE"_s << QString() << qint64(0) << false;
    QTest::newRow("control proxy, empty") << u"USE_CONTROL_PROXY"_s << QString() << qint64(0) << false;
    QTest::newRow("no setting") << QString() << QString() << qint64(0) << false;
}

void TestFleetSignals::badProxy()
{
    QFETCH(QString, setting);
    QFETCH(QString, host);
    QFETCH(qint64, port);
    QFETCH(bool, expected);
    BackupClient c = healthy();
    c.dataProxySetting = setting;
    c.proxyHost = host;
    c.proxyPort = port;
    QCOMPARE(hasSignal(c, FleetSignal::BadProxy), expected);
}

void TestFleetSignals::plaintext_data()
{
    QTest::addColumn<QString>("network");
    QTest::addColumn<QString>("https"); ///< null: UseHttps missing
    QTest::addColumn<bool>("expected");

    QTest::newRow("public, false") << u"PUBLIC"_s << u"false"_s << true;
    QTest::newRow("public, FALSE") << u"public"_s << u"FALSE"_s << true;
    QTest::newRow("public, 0") << u"PUBLIC"_s << u"0"_s << true;
    QTest::newRow("public, true") << u"PUBLIC"_s << u"true"_s << false;
    QTest::newRow("public, missing") << u"PUBLIC"_s << QString() << false;
    QTest::newRow("public, garbage") << u"PUBLIC"_s << u"maybe"_s << false;
    QTest::newRow("vpc, false") << u"VPC"_s << u"false"_s << false;
    QTest::newRow("classic, false") << u"CLASSIC"_s << u"false"_s << false;
    QTest::newRow("no network, false") << QString() << u"false"_s << false;
}

void TestFleetSignals::plaintext()
{
    QFETCH(QString, network);
    QFETCH(QString, https);
    QFETCH(bool, expected);
    BackupClient c = healthy();
    c.dataNetworkType = network;
    if (https.isNull()) {
        c.useHttps.clear();
        c.present &= ~(1u << BackupClient::UseHttps);
    } else {
        c.useHttps = https;
    }
    QCOMPARE(hasSignal(c, FleetSignal::Plaintext), expected);
}

void TestFleetSignals::ignored_data()
{
    QTest::addColumn<QString>("version");  ///< null: ClientVersion missing
    QTest::addColumn<qint64>("maxMemory"); ///< -1: MaxMemory missing
    QTest::addColumn<bool>("expected");

    QTest::newRow("2.12.0 with a limit") << u"2.12.0"_s << qint64(1073741824) << true;
    QTest::newRow("2.9.9 with a limit") << u"2.9.9"_s << qint64(1) << true;
    QTest::newRow("2.12.99 with a limit") << u"2.12.99"_s << qint64(1) << true;
    QTest::newRow("2.13.0 with a limit") << u"2.13.0"_s << qint64(1073741824) << false;
    QTest::newRow("2.13 with a limit") << u"2.13"_s << qint64(1073741824) << false;
    QTest::newRow("2.14.2 with a limit") << u"2.14.2"_s << qint64(1073741824) << false;
    QTest::newRow("2.12.0 unlimited") << u"2.12.0"_s << qint64(0) << false;
    QTest::newRow("2.12.0, no MaxMemory") << u"2.12.0"_s << qint64(-1) << false;
    QTest::newRow("no version, a limit") << QString() << qint64(1073741824) << false;
}

void TestFleetSignals::ignored()
{
    QFETCH(QString, version);
    QFETCH(qint64, maxMemory);
    QFETCH(bool, expected);
    BackupClient c = healthy();
    c.maxClientVersion = u"2.14.2"_s;
    if (version.isNull()) {
        c.clientVersion.clear();
        c.present &= ~(1u << BackupClient::ClientVersion);
    } else {
        c.clientVersion = version;
    }
    if (maxMemory < 0) {
        c.maxMemory = 0;
        c.present &= ~(1u << BackupClient::MaxMemory);
    } else {
        c.maxMemory = maxMemory;
    }
    QCOMPARE(hasSignal(c, FleetSignal::Ignored), expected);
}

void TestFleetSignals::severalAtOnce()
{
    BackupClient c = healthy();
    c.status = u"UNKNOWN"_s;
    c.backupStatus = u"UNPROTECTED"_s;
    c.clientVersion = u"2.9.8"_s;
    c.lastHeartBeatTime = kNow - 86400;
    c.dataNetworkType = u"PUBLIC"_s;
    c.useHttps = u"false"_s;
    c.dataProxySetting = u"CUSTOM"_s;
    c.maxMemory = 512 * 1024 * 1024;
    QCOMPARE(
        hbr::computeSignals(c, kNow),
        bits({FleetSignal::Disconnected, FleetSignal::Stale, FleetSignal::Outdated, FleetSignal::Unprotected,
              FleetSignal::BadProxy, FleetSignal::Plaintext, FleetSignal::Ignored}));
}

void TestFleetSignals::customSettings()
{
    SignalSettings settings;
    settings.staleAfterSeconds = 300;
    settings.stuckAfterSeconds = 60;

    BackupClient c = healthy();
    c.lastHeartBeatTime = kNow - 300;
    QVERIFY(!hasSignal(c, FleetSignal::Stale, settings));
    c.lastHeartBeatTime = kNow - 301;
    QVERIFY(hasSignal(c, FleetSignal::Stale, settings));
    QVERIFY(!hasSignal(c, FleetSignal::Stale)); // the default 30 minutes

    c.status = u"UPGRADING"_s;
    c.updatedTime = kNow - 60;
    QVERIFY(!hasSignal(c, FleetSignal::Stuck, settings));
    c.updatedTime = kNow - 61;
    QVERIFY(hasSignal(c, FleetSignal::Stuck, settings));
    QVERIFY(!hasSignal(c, FleetSignal::Stuck)); // the default 15 minutes

    // A longer threshold keeps the same client quiet.
    settings.staleAfterSeconds = 2 * 86400;
    c.lastHeartBeatTime = kNow - 86400;
    QVERIFY(!hasSignal(c, FleetSignal::Stale, settings));
    QVERIFY(hasSignal(c, FleetSignal::Stale));
}

void TestFleetSignals::compareVersions_data()
{
    QTest::addColumn<QString>("a");
    QTest::addColumn<QString>("b");
    QTest::addColumn<int>("expected");

    QTest::newRow("equal") << u"2.13.0"_s << u"2.13.0"_s << 0;
    QTest::newRow("2.9.1 < 2.13.0") << u"2.9.1"_s << u"2.13.0"_s << -1;
    QTest::newRow("2.13.0 > 2.9.9") << u"2.13.0"_s << u"2.9.9"_s << 1;
    QTest::newRow("2.10.3 > 2.9.8") << u"2.10.3"_s << u"2.9.8"_s << 1;
    QTest::newRow("2.4.5 < 2.14.2") << u"2.4.5"_s << u"2.14.2"_s << -1;
    QTest::newRow("patch") << u"2.14.1"_s << u"2.14.2"_s << -1;
    QTest::newRow("major") << u"10.0"_s << u"9.99.99"_s << 1;
    QTest::newRow("2.13 == 2.13.0") << u"2.13"_s << u"2.13.0"_s << 0;
    QTest::newRow("2.13 == 2.13.0.0") << u"2.13"_s << u"2.13.0.0"_s << 0;
    QTest::newRow("2.13 < 2.13.1") << u"2.13"_s << u"2.13.1"_s << -1;
    QTest::newRow("2 == 2.0.0") << u"2"_s << u"2.0.0"_s << 0;
    QTest::newRow("leading zeros") << u"2.013"_s << u"2.13"_s << 0;
    QTest::newRow("v2.1 == 2.1") << u"v2.1"_s << u"2.1"_s << 0;
    QTest::newRow("V2.1 == v2.1") << u"V2.1"_s << u"v2.1"_s << 0;
    QTest::newRow("v2.1 < 2.13") << u"v2.1"_s << u"2.13"_s << -1;
    QTest::newRow("surrounding spaces") << u" 2.13.0 "_s << u"2.13"_s << 0;
    QTest::newRow("suffix after the numbers") << u"2.13.0-beta"_s << u"2.13.0"_s << 1;
    QTest::newRow("numbers first, then suffix") << u"2.12.9-rc1"_s << u"2.13.0"_s << -1;
    QTest::newRow("suffixes as text") << u"2.13.0-alpha"_s << u"2.13.0-beta"_s << -1;
    QTest::newRow("suffix case") << u"2.13.0-Beta"_s << u"2.13.0-beta"_s << 0;
    QTest::newRow("dot then letters") << u"2.x"_s << u"2"_s << 1;
    QTest::newRow("trailing dot") << u"2.13."_s << u"2.13"_s << 1;
    QTest::newRow("huge segment") << u"2.99999999999999999999999"_s << u"2.99999999999999999999998"_s << 1;
    QTest::newRow("huge vs small") << u"2.100000000000000000000"_s << u"2.9"_s << 1;
    QTest::newRow("empty == empty") << QString() << QString() << 0;
    QTest::newRow("empty < 2.13") << QString() << u"2.13"_s << -1;
    QTest::newRow("empty == 0") << QString() << u"0"_s << 0;
    QTest::newRow("text only") << u"beta"_s << u"alpha"_s << 1;
}

void TestFleetSignals::compareVersions()
{
    QFETCH(QString, a);
    QFETCH(QString, b);
    QFETCH(int, expected);
    QCOMPARE(sign(hbr::compareVersions(a, b)), expected);
    QCOMPARE(sign(hbr::compareVersions(b, a)), -expected);
    QCOMPARE(hbr::compareVersions(a, a), 0);
}

void TestFleetSignals::names_data()
{
    QTest::addColumn<FleetSignal>("signal");
    for (FleetSignal s : allSignals())
        QTest::newRow(hbr::signalName(s).data()) << s;
}

void TestFleetSignals::names()
{
    QFETCH(FleetSignal, signal);
    const QLatin1StringView name = hbr::signalName(signal);
    QVERIFY(!name.isEmpty());
    QCOMPARE(hbr::signalFromName(QString(name)), std::optional<FleetSignal>(signal));
    QCOMPARE(hbr::signalFromName(QString(name).toUpper()), std::optional<FleetSignal>(signal));
    QCOMPARE(QString(name), QString(name).toLower());

    const QString title = hbr::signalTitle(signal);
    const QString explanation = hbr::signalExplanation(signal);
    QVERIFY(!title.isEmpty());
    QVERIFY(explanation.size() > title.size());
    QVERIFY(explanation.endsWith(u'.'));
    QVERIFY(!explanation.contains(u'\n'));
}

void TestFleetSignals::namesAreTheDocumentedOnes()
{
    QStringList names;
    for (FleetSignal s : allSignals())
        names.append(QString(hbr::signalName(s)));
    QCOMPARE(names,
             (QStringList{u"disconnected"_s, u"failed"_s, u"stopped"_s, u"stuck"_s, u"stale"_s, u"outdated"_s,
                          u"unprotected"_s, u"badproxy"_s, u"plaintext"_s, u"ignored"_s}));
    QCOMPARE(hbr::signalTitle(FleetSignal::Disconnected), u"Disconnected"_s);
    QCOMPARE(hbr::signalTitle(FleetSignal::BadProxy), u"Bad proxy"_s);
    QVERIFY(hbr::signalExplanation(FleetSignal::Disconnected).contains(u"HBR"_s));
}

void TestFleetSignals::unknownNames()
{
    QCOMPARE(hbr::signalFromName(u"sleepy"_s), std::nullopt);
    QCOMPARE(hbr::signalFromName(QString()), std::nullopt);
    QCOMPARE(hbr::signalFromName(u"stal"_s), std::nullopt);
    QCOMPARE(hbr::signalFromName(u"stale "_s), std::nullopt);
    QCOMPARE(hbr::signalFromName(u"bad proxy"_s), std::nullopt);
    QVERIFY(hbr::signalName(FleetSignal::Count).isEmpty());
    QVERIFY(hbr::signalTitle(FleetSignal::Count).isEmpty());
}

void TestFleetSignals::statusTitles_data()
{
    QTest::addColumn<QString>("status");
    QTest::addColumn<QString>("title");
    QTest::newRow("UNKNOWN") << u"UNKNOWN"_s << u"Disconnected"_s;
    QTest::newRow("ACTIVATED") << u"ACTIVATED"_s << u"Running"_s;
    QTest::newRow("STOPPED") << u"STOPPED"_s << u"Stopped"_s;
    QTest::newRow("INSTALL_FAILED") << u"INSTALL_FAILED"_s << u"Install failed"_s;
    QTest::newRow("NOT_INSTALLED") << u"NOT_INSTALLED"_s << u"Not installed"_s;
    QTest::newRow("unknown value") << u"HIBERNATING"_s << u"HIBERNATING"_s;
    QTest::newRow("unknown value, mixed case") << u"Some_New_State"_s << u"Some_New_State"_s;
    QTest::newRow("empty") << QString() << QString();
}

void TestFleetSignals::statusTitles()
{
    QFETCH(QString, status);
    QFETCH(QString, title);
    QCOMPARE(hbr::statusTitle(status), title);
}

void TestFleetSignals::statusExplanations()
{
    QSet<QString> titles;
    QSet<QString> explanations;
    for (const QString &status : documentedStatuses()) {
        const QString title = hbr::statusTitle(status);
        const QString explanation = hbr::statusExplanation(status);
        QVERIFY2(!title.isEmpty() && title != status, qPrintable(status));
        QVERIFY2(explanation.size() > 30 && explanation.endsWith(u'.'), qPrintable(status));
        QVERIFY2(!explanation.contains(u'\n'), qPrintable(status));
        titles.insert(title);
        explanations.insert(explanation);
    }
    QCOMPARE(titles.size(), documentedStatuses().size());
    QCOMPARE(explanations.size(), documentedStatuses().size());

    const QString disconnected = hbr::statusExplanation(u"UNKNOWN"_s);
    QVERIFY(disconnected.contains(u"HBR"_s));
    QVERIFY(disconnected.contains(u"running"_s));
    QVERIFY(disconnected.contains(u"network"_s) || disconnected.contains(u"endpoint"_s));
    // An unknown value is named in its explanation, an empty one still gets a sentence.
    QVERIFY(hbr::statusExplanation(u"HIBERNATING"_s).contains(u"HIBERNATING"_s));
    QVERIFY(!hbr::statusExplanation(QString()).isEmpty());
}

void TestFleetSignals::summary()
{
    hbr::FleetSummary summary;
    QCOMPARE(summary.total, 0);
    for (int n : summary.bySignal)
        QCOMPARE(n, 0);

    BackupClient a = healthy();
    BackupClient b = healthy();
    b.status = u"UNKNOWN"_s;
    BackupClient c = healthy();
    c.status = u"UNKNOWN"_s;
    c.backupStatus = u"UNPROTECTED"_s;
    BackupClient d = healthy();
    d.status.clear();
    d.present &= ~(1u << BackupClient::Status);
    for (const BackupClient &client : {a, b, c, d})
        summary.add(client, hbr::computeSignals(client, kNow));
    // The signals counted are the ones passed in, not recomputed.
    summary.add(a, bits({FleetSignal::Stale, FleetSignal::Ignored}));

    QCOMPARE(summary.total, 5);
    QCOMPARE(summary.bySignal[size_t(FleetSignal::Disconnected)], 2);
    QCOMPARE(summary.bySignal[size_t(FleetSignal::Unprotected)], 1);
    QCOMPARE(summary.bySignal[size_t(FleetSignal::Stale)], 1);
    QCOMPARE(summary.bySignal[size_t(FleetSignal::Ignored)], 1);
    QCOMPARE(summary.bySignal[size_t(FleetSignal::Failed)], 0);
    QCOMPARE(summary.byStatus.value(u"ACTIVATED"_s), 2);
    QCOMPARE(summary.byStatus.value(u"UNKNOWN"_s), 2);
    QCOMPARE(summary.byStatus.value(QString()), 1);
    QCOMPARE(summary.byStatus.size(), 3);
}

QTEST_GUILESS_MAIN(TestFleetSignals)
#include "tst_fleetsignals.moc"
