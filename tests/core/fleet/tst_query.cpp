// The query language of the filter box and `list --query`: what each term matches on a small hand-built
// fleet, where and why a bad query fails (and that it then matches nothing), refines() and completion.
#include "fleet/fleetsignals.h"
#include "fleet/query.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using hbr::BackupClient;
using hbr::ClientTag;
using hbr::MatchContext;
using hbr::Query;

namespace {

constexpr qint64 kNow = 1735689600;
constexpr qint64 kAbsent = -1;

/// One client of the test fleet; a null text or kAbsent number is a key the API did not send.
struct Row
{
    const char16_t *id = nullptr;
    const char16_t *host = nullptr;
    const char16_t *name = nullptr;
    const char16_t *instance = nullptr;
    const char16_t *type = nullptr;
    const char16_t *status = nullptr;
    const char16_t *backup = nullptr;
    const char16_t *version = nullptr;
    const char16_t *maxVersion = nullptr;
    const char16_t *os = nullptr;
    const char16_t *arch = nullptr;
    const char16_t *ip = nullptr;
    const char16_t *zone = nullptr;
    const char16_t *region = nullptr;
    const char16_t *profile = nullptr;
    const char16_t *net = nullptr;
    const char16_t *proxy = nullptr;
    const char16_t *proxyHost = nullptr;
    qint64 proxyPort = kAbsent;
    const char16_t *https = nullptr;
    qint64 heartbeatAge = kAbsent;
    qint64 updatedAge = kAbsent;
    qint64 maxMemory = kAbsent;
    QList<ClientTag> tags;
};

void setText(BackupClient &c, BackupClient::Field field, QString BackupClient::*member, const char16_t *value)
{
    if (!value)
        return;
    c.*member = QString::fromUtf16(value);
    c.set(field);
}

void setNumber(BackupClient &c, BackupClient::Field field, qint64 BackupClient::*member, qint64 value)
{
    if (value == kAbsent)
        return;
    c.*member = value;
    c.set(field);
}

BackupClient toClient(const Row &r)
{
    using F = BackupClient;
    BackupClient c;
    setText(c, F::ClientId, &F::clientId, r.id);
    setText(c, F::Hostname, &F::hostname, r.host);
    setText(c, F::InstanceName, &F::instanceName, r.name);
    setText(c, F::InstanceId, &F::instanceId, r.instance);
    setText(c, F::ClientType, &F::clientType, r.type);
    setText(c, F::Status, &F::status, r.status);
    setText(c, F::BackupStatus, &F::backupStatus, r.backup);
    setText(c, F::ClientVersion, &F::clientVersion, r.version);
    setText(c, F::MaxClientVersion, &F::maxClientVersion, r.maxVersion);
    setText(c, F::OsType, &F::osType, r.os);
    setText(c, F::ArchType, &F::archType, r.arch);
    setText(c, F::PrivateIpV4, &F::privateIpV4, r.ip);
    setText(c, F::ZoneId, &F::zoneId, r.zone);
    setText(c, F::DataNetworkType, &F::dataNetworkType, r.net);
    setText(c, F::DataProxySetting, &F::dataProxySetting, r.proxy);
    setText(c, F::ProxyHost, &F::proxyHost, r.proxyHost);
    setNumber(c, F::ProxyPort, &F::proxyPort, r.proxyPort);
    setText(c, F::UseHttps, &F::useHttps, r.https);
    setNumber(c, F::LastHeartBeatTime, &F::lastHeartBeatTime,
              r.heartbeatAge == kAbsent ? kAbsent : kNow - r.heartbeatAge);
    setNumber(c, F::UpdatedTime, &F::updatedTime, r.updatedAge == kAbsent ? kAbsent : kNow - r.updatedAge);
    setNumber(c, F::MaxMemory, &F::maxMemory, r.maxMemory);
    if (r.net || r.proxy || r.https)
        c.set(F::Settings);
    if (!r.tags.isEmpty()) {
        c.tags = r.tags;
        c.set(F::Tags);
    }
    c.regionId = r.region ? QString::fromUtf16(r.region) : QString();
    c.profile = r.profile ? QString::fromUtf16(r.profile) : QString();
    return c;
}

// Signals per client (default settings):
//   c-web1  none                          c-win1   stale, outdated
//   c-web2  disconnected, stale, outdated, plaintext
//   c-db1   stopped, stale, outdated, unprotected, badproxy
//   c-ctr1  stuck, outdated, unprotected  c-old    stale, outdated
//   c-loc1  failed, outdated, unprotected, ignored
//   c-nover unprotected                   c-upg    none
const QList<BackupClient> &fleet()
{
    static const QList<BackupClient> clients = [] {
        const Row rows[] = {
            {.id = u"c-web1",
             .host = u"web-prod-01",
             .name = u"web server",
             .instance = u"i-bp1web01",
             .type = u"ECS_CLIENT",
             .status = u"ACTIVATED",
             .backup = u"PROTECTED",
             .version = u"2.14.2",
             .maxVersion = u"2.14.2",
             .os = u"linux",
             .arch = u"amd64",
             .ip = u"10.0.0.11",
             .zone = u"cn-hangzhou-f",
             .region = u"cn-hangzhou",
             .profile = u"prod",
             .net = u"VPC",
             .proxy = u"USE_CONTROL_PROXY",
             .proxyHost = u"",
             .proxyPort = 0,
             .https = u"true",
             .heartbeatAge = 60,
             .maxMemory = 0,
             .tags = {{u"env"_s, u"prod"_s}, {u"team"_s, u"web"_s}}},
            {.id = u"c-web2",
             .host = u"web-prod-02",
             .name = u"web-prod-02",
             .instance = u"i-bp1web02",
             .type = u"ECS_CLIENT",
             .status = u"UNKNOWN",
             .backup = u"PROTECTED",
             .version = u"2.9.8",
             .maxVersion = u"2.14.2",
             .os = u"linux",
             .arch = u"amd64",
             .ip = u"10.0.0.12",
             .zone = u"cn-hangzhou-g",
             .region = u"cn-hangzhou",
             .profile = u"prod",
             .net = u"PUBLIC",
             .proxy = u"DISABLE",
             .https = u"false",
             .heartbeatAge = 7 * 3600,
             .tags = {{u"env"_s, u"prod"_s}, {u"环境"_s, u"生产"_s}}},
            {.id = u"c-db1",
             .host = u"db-master",
             .name = u"Database Primary",
             .instance = u"i-uf6db01",
             .type = u"ECS_CLIENT",
             .status = u"STOPPED",
             .backup = u"UNPROTECTED",
             .version = u"2.13.0",
             .maxVersion = u"2.14.2",
             .os = u"linux",
             .arch = u"386",
             .ip = u"10.0.1.5",
             .zone = u"cn-shanghai-b",
             .region = u"cn-shanghai",
             .profile = u"staging",
             .net = u"CLASSIC",
             .proxy = u"CUSTOM",
             .proxyHost = u"",
             .proxyPort = 0,
             .https = u"true",
             .heartbeatAge = 2 * 86400,
             .tags = {{u"env"_s, u"staging"_s}}},
            {.id = u"c-ctr1",
             .host = u"k8s-node-1",
             .type = u"CONTAINER_CLIENT",
             .status = u"INSTALLING",
             .backup = u"UNPROTECTED",
             .version = u"2.10.3",
             .maxVersion = u"2.14.2",
             .os = u"linux",
             .ip = u"172.16.0.4",
             .zone = u"cn-beijing-h",
             .region = u"cn-beijing",
             .profile = u"prod",
             .net = u"VPC",
             .proxy = u"USE_CONTROL_PROXY",
             .https = u"false",
             .heartbeatAge = 120,
             .updatedAge = 3600,
             .tags = {{u"环境"_s, u"测试"_s}, {u"app"_s, u"nginx"_s}}},
            {.id = u"c-loc1",
             .host = u"NAS-Office",
             .name = u"",
             .type = u"LOCAL_CLIENT",
             .status = u"INSTALL_FAILED",
             .backup = u"UNPROTECTED",
             .version = u"2.12.0",
             .maxVersion = u"2.14.2",
             .os = u"windows",
             .arch = u"amd64",
             .ip = u"192.168.1.20",
             .zone = u"",
             .region = u"ap-southeast-1",
             .profile = u"",
             .net = u"PUBLIC",
             .proxy = u"CUSTOM",
             .proxyHost = u"proxy.corp.local",
             .proxyPort = 3128,
             .https = u"true",
             .maxMemory = 1073741824,
             .tags = {}},
            {.id = u"c-win1",
             .host = u"win-app-01",
             .name = u"应用服务器",
             .instance = u"i-bp1win01",
             .type = u"ECS_CLIENT",
             .status = u"ACTIVATED",
             .backup = u"PROTECTED",
             .version = u"2.13.2",
             .maxVersion = u"2.14.2",
             .os = u"windows",
             .arch = u"amd64",
             .ip = u"10.0.2.7",
             .zone = u"cn-hangzhou-h",
             .region = u"cn-hangzhou",
             .profile = u"prod",
             .net = u"VPC",
             .proxy = u"DISABLE",
             .https = u"true",
             .heartbeatAge = 40 * 60,
             .maxMemory = 2147483648,
             .tags = {{u"team"_s, u"App"_s}, {u"owner"_s, u"Zhang San"_s}}},
            {.id = u"c-old",
             .host = u"legacy-box",
             .name = u"legacy-box",
             .instance = u"i-gw8old01",
             .type = u"ECS_CLIENT",
             .status = u"ACTIVATED",
             .backup = u"PROTECTED",
             .version = u"2.4.5",
             .maxVersion = u"2.14.2",
             .os = u"linux",
             .arch = u"amd64",
             .ip = u"10.0.3.3",
             .zone = u"eu-central-1a",
             .region = u"eu-central-1",
             .profile = u"dev",
             .net = u"VPC",
             .proxy = u"DISABLE",
             .https = u"true",
             .heartbeatAge = 6 * 3600,
             .updatedAge = kAbsent,
             .maxMemory = kAbsent,
             .tags = {}},
            {.id = u"c-nover",
             .host = u"fresh-install",
             .name = u"fresh-install",
             .instance = u"i-gw8new01",
             .type = u"ECS_CLIENT",
             .status = u"NOT_INSTALLED",
             .backup = u"UNPROTECTED",
             .maxVersion = u"2.14.2",
             .os = u"linux",
             .arch = u"amd64",
             .ip = u"10.0.3.4",
             .zone = u"eu-central-1a",
             .region = u"eu-central-1",
             .profile = u"dev",
             .tags = {{u"Env"_s, u"Prod"_s}}},
            {.id = u"c-upg",
             .host = u"web-test-01",
             .name = u"Web Server",
             .instance = u"i-bp1test01",
             .type = u"ECS_CLIENT",
             .status = u"UPGRADING",
             .backup = u"PROTECTED",
             .version = u"2.13",
             .maxVersion = u"2.13.0",
             .os = u"linux",
             .arch = u"amd64",
             .ip = u"10.0.0.13",
             .zone = u"cn-hangzhou-f",
             .region = u"cn-hangzhou",
             .profile = u"staging",
             .net = u"vpc",
             .proxy = u"use_control_proxy",
             .https = u"true",
             .heartbeatAge = 10,
             .updatedAge = 300,
             .tags = {{u"env"_s, u"test"_s}}},
        };
        QList<BackupClient> out;
        for (const Row &r : rows)
            out.append(toClient(r));
        return out;
    }();
    return clients;
}

QStringList allIds()
{
    QStringList ids;
    for (const BackupClient &c : fleet())
        ids.append(c.clientId);
    return ids;
}

QStringList matching(const Query &q)
{
    QStringList ids;
    for (const BackupClient &c : fleet()) {
        if (q.matches(c, MatchContext{kNow, hbr::computeSignals(c, kNow)}))
            ids.append(c.clientId);
    }
    return ids;
}

/// The ids of `ids` in fleet order, so an expectation can be written in any order.
QStringList inFleetOrder(const QStringList &ids)
{
    QStringList out;
    for (const QString &id : allIds()) {
        if (ids.contains(id))
            out.append(id);
    }
    return out;
}

QStringList allExcept(const QStringList &excluded)
{
    QStringList out = allIds();
    for (const QString &id : excluded)
        out.removeAll(id);
    return out;
}

} // namespace

class TestQuery : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void fleetIsAsDocumented();
    void matches_data();
    void matches();
    void errors_data();
    void errors();
    void unknownFieldSuggestsTheClosest();
    void emptyQueries_data();
    void emptyQueries();
    void defaultQuery();
    void copiesShareTheParse();
    void heartbeatUnitsAgree();
    void refines_data();
    void refines();
    void refinesIsSound();
    void fieldNames();
    void knownValues_data();
    void knownValues();
    void everyKnownValueParses();
    void wordsAreCaseFoldedLikeTheWordIndex_data();
    void wordsAreCaseFoldedLikeTheWordIndex();
};

void TestQuery::fleetIsAsDocumented()
{
    // The expectations below lean on these signals; pin them so a change in the rules shows up here first.
    const auto signalsOf = [](const QString &id) {
        for (const BackupClient &c : fleet()) {
            if (c.clientId == id)
                return hbr::computeSignals(c, kNow);
        }
        return hbr::FleetSignals(0xffff);
    };
    using S = hbr::FleetSignal;
    const auto bits = [](std::initializer_list<S> list) {
        hbr::FleetSignals s = 0;
        for (S x : list)
            s |= hbr::signalBit(x);
        return s;
    };
    QCOMPARE(signalsOf(u"c-web1"_s), bits({}));
    QCOMPARE(signalsOf(u"c-web2"_s), bits({S::Disconnected, S::Stale, S::Outdated, S::Plaintext}));
    QCOMPARE(signalsOf(u"c-db1"_s), bits({S::Stopped, S::Stale, S::Outdated, S::Unprotected, S::BadProxy}));
    QCOMPARE(signalsOf(u"c-ctr1"_s), bits({S::Stuck, S::Outdated, S::Unprotected}));
    QCOMPARE(signalsOf(u"c-loc1"_s), bits({S::Failed, S::Outdated, S::Unprotected, S::Ignored}));
    QCOMPARE(signalsOf(u"c-win1"_s), bits({S::Stale, S::Outdated}));
    QCOMPARE(signalsOf(u"c-old"_s), bits({S::Stale, S::Outdated}));
    QCOMPARE(signalsOf(u"c-nover"_s), bits({S::Unprotected}));
    QCOMPARE(signalsOf(u"c-upg"_s), bits({}));
}

void TestQuery::matches_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<QStringList>("expected");

    const QString web1 = u"c-web1"_s, web2 = u"c-web2"_s, db1 = u"c-db1"_s, ctr1 = u"c-ctr1"_s,
                  loc1 = u"c-loc1"_s, win1 = u"c-win1"_s, old = u"c-old"_s, nover = u"c-nover"_s,
                  upg = u"c-upg"_s;
    const auto row = [](const QString &query, const QStringList &expected) {
        QTest::newRow(qPrintable(query)) << query << expected;
    };

    // Words: any text column or tag contains it, case-insensitively.
    row(u"web"_s, {web1, web2, upg});
    row(u"WEB"_s, {web1, web2, upg});
    row(u"prod"_s, {web1, web2, ctr1, win1, nover});
    row(u"nas"_s, {loc1});
    row(u"c-db1"_s, {db1});
    row(u"10.0.0"_s, {web1, web2, upg});
    row(u"cn-shanghai"_s, {db1});
    row(u"2.13"_s, {db1, win1, upg});
    row(u"amd64"_s, {web1, web2, loc1, win1, old, nover, upg});
    row(u"UNPROTECTED"_s, {db1, ctr1, loc1, nover});
    row(u"protected"_s, allIds());
    row(u"生产"_s, {web2});
    row(u"应用"_s, {win1});
    row(u"\"web server\""_s, {web1, upg});
    row(u"\"Zhang San\""_s, {win1});
    // A word with a wildcard is a pattern over a whole column.
    row(u"web-*"_s, {web1, web2, upg});
    row(u"*office"_s, {loc1});
    row(u"web-prod-0?"_s, {web1, web2});
    // AND and negation.
    row(u"web prod"_s, {web1, web2});
    row(u"  web   prod  "_s, {web1, web2});
    row(u"-web"_s, {db1, ctr1, loc1, win1, old, nover});
    row(u"-\"web server\""_s, allExcept({web1, upg}));
    row(u"web -prod"_s, {upg});

    // status
    row(u"status:unknown"_s, {web2});
    row(u"status:ACTIVATED"_s, {web1, win1, old});
    row(u"status:\"ACTIVATED\""_s, {web1, win1, old});
    row(u"status:activated,stopped"_s, {web1, db1, win1, old});
    row(u"-status:activated"_s, {web2, db1, ctr1, loc1, nover, upg});
    row(u"status:*ing"_s, {ctr1, upg});
    row(u"status:*_failed"_s, {loc1});
    row(u"status:?nknown"_s, {web2});
    row(u"status:activ"_s, {});
    row(u"STATUS:Unknown"_s, {web2});
    // type
    row(u"type:ecs"_s, {web1, web2, db1, win1, old, nover, upg});
    row(u"type:container"_s, {ctr1});
    row(u"type:LOCAL_CLIENT"_s, {loc1});
    row(u"type:local,container"_s, {ctr1, loc1});
    row(u"type:*_client"_s, allIds());
    row(u"-type:ecs"_s, {ctr1, loc1});
    // backup, os, arch, zone, region, profile
    row(u"backup:unprotected"_s, {db1, ctr1, loc1, nover});
    row(u"backup:protected"_s, {web1, web2, win1, old, upg});
    row(u"os:windows"_s, {loc1, win1});
    row(u"arch:386"_s, {db1});
    row(u"-arch:amd64"_s, {db1, ctr1});
    row(u"zone:cn-hangzhou-*"_s, {web1, web2, win1, upg});
    row(u"zone:\"\""_s, {loc1});
    row(u"region:eu-central-1"_s, {old, nover});
    row(u"region:CN-*"_s, {web1, web2, db1, ctr1, win1, upg});
    row(u"profile:prod"_s, {web1, web2, ctr1, win1});
    row(u"profile:\"\""_s, {loc1});
    // id, instance, host, name, ip
    row(u"id:c-web?"_s, {web1, web2});
    row(u"id:C-OLD"_s, {old});
    row(u"instance:i-bp1*"_s, {web1, web2, win1, upg});
    row(u"host:NAS-office"_s, {loc1});
    row(u"host:web-*-01"_s, {web1, upg});
    row(u"host:web-prod-01,web-test-01"_s, {web1, upg});
    row(u"host:web"_s, {});
    row(u"name:\"web server\""_s, {web1, upg});
    row(u"name:应用*"_s, {win1});
    row(u"name:\"\""_s, {ctr1, loc1}); // an absent name is empty too
    row(u"ip:10.0.0.*"_s, {web1, web2, upg});
    row(u"ip:192.168.1.20"_s, {loc1});
    // net, proxy, proxyhost, https
    row(u"net:public"_s, {web2, loc1});
    row(u"net:vpc"_s, {web1, ctr1, win1, old, upg});
    row(u"net:classic,public"_s, {web2, db1, loc1});
    row(u"proxy:custom"_s, {db1, loc1});
    row(u"proxy:use_control_proxy"_s, {web1, ctr1, upg});
    row(u"proxyhost:proxy.corp.local"_s, {loc1});
    row(u"proxyhost:*.corp.*"_s, {loc1});
    row(u"https:false"_s, {web2, ctr1});
    row(u"https:TRUE"_s, {web1, db1, loc1, win1, old, upg});
    row(u"https:true,false"_s, allExcept({nover}));
    row(u"https:false net:public"_s, {web2});
    // version: compared as versions, never as text; a client without one matches no comparison
    row(u"version<2.13"_s, {web2, ctr1, loc1, old});
    row(u"version<=2.13"_s, {web2, db1, ctr1, loc1, old, upg});
    row(u"version>=2.13"_s, {web1, db1, win1, upg});
    row(u"version>2.13"_s, {web1, win1});
    row(u"version>2.9"_s, {web1, web2, db1, ctr1, loc1, win1, upg});
    row(u"version<2.10"_s, {web2, old});
    row(u"version<v2.10"_s, {web2, old});
    row(u"version=2.13"_s, {db1, upg});
    row(u"version<=2.4.5"_s, {old});
    row(u"-version<2.13"_s, {web1, db1, win1, nover, upg});
    row(u"version:2.13"_s, {db1, upg});
    row(u"version:2.13.*"_s, {db1, win1});
    row(u"version:2.9.8,2.4.5"_s, {web2, old});
    row(u"version:outdated"_s, {web2, db1, ctr1, loc1, win1, old});
    row(u"-version:outdated"_s, {web1, nover, upg});
    // hb: heartbeat age; a client without a heartbeat matches no comparison
    row(u"hb>6h"_s, {web2, db1});
    row(u"hb>=6h"_s, {web2, db1, old});
    row(u"hb>360m"_s, {web2, db1});
    row(u"hb>=21600s"_s, {web2, db1, old});
    row(u"hb<1m"_s, {upg});
    row(u"hb<=1m"_s, {web1, upg});
    row(u"hb>30m"_s, {web2, db1, win1, old});
    row(u"hb>1d"_s, {db1});
    row(u"hb>2d"_s, {});
    row(u"hb>90s"_s, {web2, db1, ctr1, win1, old});
    row(u"hb<1h30m"_s, {web1, ctr1, win1, upg});
    row(u"HB>6H"_s, {web2, db1});
    row(u"-hb>1h"_s, {web1, ctr1, loc1, win1, nover, upg});
    // tags: key and value case-insensitive, wildcards allowed, any language
    row(u"tag:env=prod"_s, {web1, web2, nover});
    row(u"tag:ENV=PROD"_s, {web1, web2, nover});
    row(u"tag:env"_s, {web1, web2, db1, nover, upg});
    row(u"-tag:env"_s, {ctr1, loc1, win1, old});
    row(u"tag:env=prod,env=test"_s, {web1, web2, nover, upg});
    row(u"tag:env=*"_s, {web1, web2, db1, nover, upg});
    row(u"tag:env=st*"_s, {db1});
    row(u"tag:*=nginx"_s, {ctr1});
    row(u"tag:环境=生产"_s, {web2});
    row(u"tag:环境"_s, {web2, ctr1});
    row(u"tag:环境=*"_s, {web2, ctr1});
    row(u"-tag:环境=生产"_s, allExcept({web2}));
    row(u"tag:owner=\"zhang san\""_s, {win1});
    row(u"tag:team=app"_s, {win1});
    // Each alternative is a whole tag term: "app" alone is the key app.
    row(u"tag:team=web,app"_s, {web1, ctr1});
    // is: the fleet signals
    row(u"is:disconnected"_s, {web2});
    row(u"is:failed"_s, {loc1});
    row(u"is:stopped"_s, {db1});
    row(u"is:stuck"_s, {ctr1});
    row(u"is:stale"_s, {web2, db1, win1, old});
    row(u"is:outdated"_s, {web2, db1, ctr1, loc1, win1, old});
    row(u"is:unprotected"_s, {db1, ctr1, loc1, nover});
    row(u"is:badproxy"_s, {db1});
    row(u"is:plaintext"_s, {web2});
    row(u"is:ignored"_s, {loc1});
    row(u"is:outdated,unprotected"_s, {web2, db1, ctr1, loc1, win1, old, nover});
    row(u"-is:stale"_s, {web1, ctr1, loc1, nover, upg});
    row(u"IS:STALE"_s, {web2, db1, win1, old});
    // combinations
    row(u"Status:Unknown Host:web*"_s, {web2});
    row(u"is:outdated type:ecs -status:unknown"_s, {db1, win1, old});
    row(u"region:cn-hangzhou backup:protected -is:stale version>=2.13"_s, {web1, upg});
    row(u"tag:env=prod is:stale"_s, {web2});
    row(u"profile:prod,staging os:linux -is:outdated"_s, {web1, upg});
}

void TestQuery::matches()
{
    QFETCH(QString, query);
    QFETCH(QStringList, expected);
    const Query q = Query::parse(query);
    QVERIFY2(q.isValid(), qPrintable(q.error().message));
    QVERIFY(!q.isEmpty());
    QCOMPARE(q.text(), query);
    QCOMPARE(matching(q), inFleetOrder(expected));
}

void TestQuery::errors_data()
{
    QTest::addColumn<QString>("query");
    QTest::addColumn<int>("position");
    QTest::addColumn<int>("length");

    const auto row = [](const QString &query, int position, int length) {
        QTest::newRow(qPrintable(query)) << query << position << length;
    };
    // unknown field
    row(u"stauts:x"_s, 0, 6);
    row(u"status:unknown xyzzy:1"_s, 15, 5);
    row(u"-colour:red"_s, 1, 6);
    row(u"hostname<3"_s, 0, 8);
    // empty value
    row(u"status:"_s, 0, 7);
    row(u"web status:"_s, 4, 7);
    row(u"-status:"_s, 1, 7);
    row(u"status:a,"_s, 0, 9);
    row(u"status:,a"_s, 0, 9);
    row(u"tag:"_s, 0, 4);
    row(u"is:"_s, 0, 3);
    row(u"tag:env="_s, 0, 8);
    row(u"\"\""_s, 0, 2);
    // bad operator, value or unit
    row(u"host<5"_s, 4, 1);
    row(u"host>=a"_s, 4, 2);
    row(u"type=ecs"_s, 4, 1);
    row(u"tag=env"_s, 3, 1);
    row(u"is>stale"_s, 2, 1);
    row(u"version<"_s, 0, 8);
    row(u"version>="_s, 0, 9);
    row(u"version<abc"_s, 8, 3);
    row(u"version:abc"_s, 8, 3);
    row(u"version:2.13,newest"_s, 13, 6);
    row(u"hb>"_s, 0, 3);
    row(u"hb>6x"_s, 3, 2);
    row(u"hb>abc"_s, 3, 3);
    row(u"hb>6"_s, 3, 1);
    row(u"hb>h"_s, 3, 1);
    row(u"hb<6h30"_s, 3, 4);
    row(u"hb:6h"_s, 2, 1);
    row(u"hb=6h"_s, 2, 1);
    row(u"https:maybe"_s, 6, 5);
    row(u"tag:=prod"_s, 4, 5);
    // unknown signal
    row(u"is:sleepy"_s, 3, 6);
    row(u"is:stael"_s, 3, 5);
    row(u"is:stale,bogus"_s, 9, 5);
    row(u"-is:Nope"_s, 4, 4);
    // quotes and lone minus
    row(u"\"web server"_s, 0, 11);
    row(u"name:\"web server"_s, 5, 11);
    row(u"web \"x"_s, 4, 2);
    row(u"web -"_s, 4, 1);
    row(u"-"_s, 0, 1);
    row(u"- web"_s, 0, 1);
}

void TestQuery::errors()
{
    QFETCH(QString, query);
    QFETCH(int, position);
    QFETCH(int, length);
    const Query q = Query::parse(query);
    QVERIFY(!q.isValid());
    QVERIFY(!q.isEmpty());
    QCOMPARE(q.text(), query);
    const hbr::QueryError e = q.error();
    QCOMPARE(e.position, position);
    QCOMPARE(e.length, length);
    const QString offending = query.mid(position, length);
    QVERIFY2(e.message.contains(offending), qPrintable(u"\"%1\" not in: %2"_s.arg(offending, e.message)));
    QVERIFY(!e.message.contains(u'\n'));
    // Never silently everything: an invalid query matches nothing at all.
    QCOMPARE(matching(q), QStringList());
}

void TestQuery::unknownFieldSuggestsTheClosest()
{
    QVERIFY(Query::parse(u"stauts:x"_s).error().message.contains(u"\"status\""_s));
    QVERIFY(Query::parse(u"hots:web"_s).error().message.contains(u"\"host\""_s));
    QVERIFY(Query::parse(u"verison<2"_s).error().message.contains(u"\"version\""_s));
    QVERIFY(Query::parse(u"is:stael"_s).error().message.contains(u"\"stale\""_s));
    QVERIFY(Query::parse(u"is:badproxi"_s).error().message.contains(u"\"badproxy\""_s));
    // Nothing is close: the message lists the fields instead.
    const QString far = Query::parse(u"xyzzy:1"_s).error().message;
    QVERIFY(far.contains(u"xyzzy"_s));
    QVERIFY(far.contains(u"status"_s));
    QVERIFY(far.contains(u"proxyhost"_s));
    const QString farSignal = Query::parse(u"is:sleepy"_s).error().message;
    QVERIFY(farSignal.contains(u"disconnected"_s));
    QVERIFY(farSignal.contains(u"ignored"_s));
}

void TestQuery::emptyQueries_data()
{
    QTest::addColumn<QString>("text");
    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << u"   "_s;
    QTest::newRow("tabs and newlines") << u" \t\n "_s;
    QTest::newRow("ideographic space") << u"\u3000"_s;
}

void TestQuery::emptyQueries()
{
    QFETCH(QString, text);
    const Query q = Query::parse(text);
    QVERIFY(q.isValid());
    QVERIFY(q.isEmpty());
    QCOMPARE(q.text(), text);
    QCOMPARE(matching(q), allIds());
}

void TestQuery::defaultQuery()
{
    const Query q;
    QVERIFY(q.isValid());
    QVERIFY(q.isEmpty());
    QVERIFY(q.text().isEmpty());
    QCOMPARE(matching(q), allIds());
    QVERIFY(!Query::parse(u"web"_s).isEmpty());
    QVERIFY(!Query::parse(u"stauts:x"_s).isEmpty());
}

void TestQuery::copiesShareTheParse()
{
    Query a = Query::parse(u"tag:env=prod"_s);
    const Query b = a;
    QCOMPARE(matching(b), matching(a));
    a = Query::parse(u"is:stuck"_s);
    QCOMPARE(matching(a), QStringList{u"c-ctr1"_s});
    QCOMPARE(matching(b), (QStringList{u"c-web1"_s, u"c-web2"_s, u"c-nover"_s}));
    QCOMPARE(b.text(), u"tag:env=prod"_s);
}

void TestQuery::heartbeatUnitsAgree()
{
    const QStringList ages = {u"2d"_s, u"48h"_s, u"2880m"_s, u"172800s"_s, u"1d24h"_s};
    for (const QString &age : ages) {
        QCOMPARE(matching(Query::parse(u"hb>="_s + age)), QStringList{u"c-db1"_s});
        QCOMPARE(matching(Query::parse(u"hb>"_s + age)), QStringList());
    }
}

void TestQuery::refines_data()
{
    QTest::addColumn<QString>("narrow");
    QTest::addColumn<QString>("broad");
    QTest::addColumn<bool>("expected");

    const auto row = [](const QString &narrow, const QString &broad, bool expected) {
        QTest::newRow(qPrintable(u"'%1' refines '%2'"_s.arg(narrow, broad))) << narrow << broad << expected;
    };
    row(u"web"_s, u""_s, true);
    row(u""_s, u""_s, true);
    row(u"status:unknown"_s, u"  "_s, true);
    row(u"web"_s, u"we"_s, true);
    row(u"WEB"_s, u"we"_s, true);
    row(u"we"_s, u"web"_s, false);
    row(u"web"_s, u"web"_s, true);
    row(u"status:unknown host:a"_s, u"status:unknown"_s, true);
    row(u"STATUS:UNKNOWN web"_s, u"status:unknown"_s, true);
    row(u"status:unknown"_s, u"status:unknown host:a"_s, false);
    row(u"web prod"_s, u"web"_s, true);
    row(u"web prod"_s, u"web pro"_s, true);
    row(u"prod web"_s, u"web"_s, true);
    row(u"tag:env=prod web-"_s, u"tag:env=prod web"_s, true);
    row(u"-web"_s, u"-we"_s, false);
    row(u"-we"_s, u"-we"_s, true);
    row(u"-we x"_s, u"-we"_s, true);
    row(u"web*"_s, u"web"_s, false);
    row(u"host:web1"_s, u"host:web"_s, false);
    row(u"status:unknown"_s, u"web"_s, false);
    row(u"is:stale web"_s, u"is:stale"_s, true);
    // The heartbeat age moves with the clock, so the rows kept a moment ago are no safe base.
    row(u"hb>6h web"_s, u"hb>6h"_s, false);
    // Invalid on either side: never.
    row(u"stauts:x"_s, u""_s, false);
    row(u"web"_s, u"stauts:x"_s, false);
    row(u"stauts:x"_s, u"stauts:x"_s, false);
    row(u"web \"x"_s, u"web"_s, false);
}

void TestQuery::refines()
{
    QFETCH(QString, narrow);
    QFETCH(QString, broad);
    QFETCH(bool, expected);
    QCOMPARE(Query::parse(narrow).refines(Query::parse(broad)), expected);
}

void TestQuery::refinesIsSound()
{
    // Whenever refines() says yes, the narrower query's matches must be a subset of the broader one's.
    const QStringList texts = {
        u""_s,
        u"w"_s,
        u"we"_s,
        u"web"_s,
        u"web-"_s,
        u"web-p"_s,
        u"web prod"_s,
        u"prod"_s,
        u"-web"_s,
        u"status:unknown"_s,
        u"is:stale"_s,
        u"is:stale web"_s,
        u"tag:env=prod"_s,
        u"tag:env=prod w"_s,
        u"2.13"_s,
        u"2.1"_s,
        u"-is:stale"_s,
        u"-is:stale we"_s,
    };
    int refinements = 0;
    for (const QString &narrowText : texts) {
        for (const QString &broadText : texts) {
            const Query narrow = Query::parse(narrowText);
            const Query broad = Query::parse(broadText);
            if (!narrow.refines(broad))
                continue;
            ++refinements;
            const QStringList wide = matching(broad);
            for (const QString &id : matching(narrow))
                QVERIFY2(wide.contains(id),
                         qPrintable(u"'%1' refines '%2' but %3 escapes"_s.arg(narrowText, broadText, id)));
        }
    }
    QVERIFY(refinements > int(texts.size()));
}

void TestQuery::fieldNames()
{
    QCOMPARE(Query::fieldNames(),
             (QStringList{u"status"_s, u"type"_s,    u"backup"_s, u"os"_s,        u"arch"_s,  u"zone"_s,
                          u"region"_s, u"profile"_s, u"id"_s,     u"instance"_s,  u"host"_s,  u"name"_s,
                          u"ip"_s,     u"net"_s,     u"proxy"_s,  u"proxyhost"_s, u"https"_s, u"version"_s,
                          u"hb"_s,     u"tag"_s,     u"is"_s}));
}

void TestQuery::knownValues_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QStringList>("values");

    const QStringList statuses = {u"REGISTERED"_s,       u"ACTIVATED"_s,      u"DEACTIVATED"_s,
                                  u"INSTALLING"_s,       u"INSTALL_FAILED"_s, u"NOT_INSTALLED"_s,
                                  u"UPGRADING"_s,        u"UPGRADE_FAILED"_s, u"UNINSTALLING"_s,
                                  u"UNINSTALL_FAILED"_s, u"STOPPED"_s,        u"UNKNOWN"_s};
    QTest::newRow("status") << u"status"_s << statuses;
    QTest::newRow("STATUS") << u"STATUS"_s << statuses;
    QTest::newRow("type") << u"type"_s << QStringList{u"ecs"_s, u"container"_s, u"local"_s};
    QTest::newRow("backup") << u"backup"_s << QStringList{u"protected"_s, u"unprotected"_s};
    QTest::newRow("net") << u"net"_s << QStringList{u"public"_s, u"vpc"_s, u"classic"_s};
    QTest::newRow("proxy") << u"proxy"_s << QStringList{u"disable"_s, u"use_control_proxy"_s, u"custom"_s};
    QTest::newRow("https") << u"https"_s << QStringList{u"true"_s, u"false"_s};
    QTest::newRow("version") << u"version"_s << QStringList{u"outdated"_s};
    QTest::newRow("is") << u"is"_s
                        << QStringList{u"disconnected"_s, u"failed"_s,   u"stopped"_s,     u"stuck"_s,
                                       u"stale"_s,        u"outdated"_s, u"unprotected"_s, u"badproxy"_s,
                                       u"plaintext"_s,    u"ignored"_s};
    QTest::newRow("host") << u"host"_s << QStringList();
    QTest::newRow("tag") << u"tag"_s << QStringList();
    QTest::newRow("hb") << u"hb"_s << QStringList();
    QTest::newRow("unknown field") << u"colour"_s << QStringList();
    QTest::newRow("empty") << QString() << QStringList();
}

void TestQuery::knownValues()
{
    QFETCH(QString, field);
    QFETCH(QStringList, values);
    QCOMPARE(Query::knownValues(field), values);
}

void TestQuery::everyKnownValueParses()
{
    for (const QString &field : Query::fieldNames()) {
        for (const QString &value : Query::knownValues(field)) {
            const Query q = Query::parse(field + u':' + value);
            QVERIFY2(q.isValid(), qPrintable(q.text() + u": "_s + q.error().message));
        }
    }
    // Each status value finds the clients that have it, and nothing else.
    QCOMPARE(matching(Query::parse(u"status:NOT_INSTALLED"_s)), QStringList{u"c-nover"_s});
}

QTEST_GUILESS_MAIN(TestQuery)
#include "tst_query.moc"

// Found by fuzzing (tests/fuzz/fuzz_query.cpp): the scan compared with the needle's upper and lower case
// while the word index case-folds, so the window and `list --query` could disagree. Both fold now.
void TestQuery::wordsAreCaseFoldedLikeTheWordIndex_data()
{
    QTest::addColumn<QString>("word");
    QTest::addColumn<QString>("hostname");
    QTest::addColumn<bool>("expected");
    QTest::newRow("ascii, other case") << u"KILO"_s << u"kilo-01"_s << true;
    QTest::newRow("dotless i is not I") << u"\u0131"_s << u"ITEM"_s << false;
    QTest::newRow("dotless i is itself") << u"\u0131"_s << u"\u0131tem"_s << true;
    QTest::newRow("Kelvin sign folds to k") << u"\u212a"_s << u"kilo"_s << true;
    QTest::newRow("K matches the Kelvin sign") << u"k"_s << u"\u212a-meter"_s << true;
    QTest::newRow("long s folds to s") << u"\u017f"_s << u"sun"_s << true;
    QTest::newRow("Greek sigma forms") << u"\u03a3"_s << u"\u03c3\u03bf"_s << true;
    QTest::newRow("Chinese") << u"\u751f\u4ea7"_s << u"web-\u751f\u4ea7"_s << true;
}

void TestQuery::wordsAreCaseFoldedLikeTheWordIndex()
{
    QFETCH(QString, word);
    QFETCH(QString, hostname);
    QFETCH(bool, expected);
    hbr::BackupClient c;
    c.clientId = u"c-fold"_s;
    c.hostname = hostname;
    const Query q = Query::parse(word);
    QVERIFY(q.isValid());
    QCOMPARE(q.matches(c, MatchContext{kNow, 0}), expected);
    // The word index's view of the same client: a byte search of the folded word in the folded text.
    QByteArray text;
    Query::appendSearchText(c, text);
    QCOMPARE(q.indexWords().size(), 1);
    QCOMPARE(text.contains(q.indexWords().first()), expected);
}
