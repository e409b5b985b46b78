// BackupClient decodes tolerantly into typed fields and gives back exactly the object it came from.
#include "api/responsedecoder.h"
#include "fleet/backupclient.h"
#include "fleet/stringpool.h"
#include "testsupport.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QtTest>
#include <malloc.h>

#if defined(__SANITIZE_ADDRESS__)
#define HBR_ASAN 1
#elif defined(__has_feature)
#if __has_feature(address_sanitizer)
#define HBR_ASAN 1
#endif
#endif
#ifdef HBR_ASAN
// From the sanitizer runtime (sanitizer/allocator_interface.h, which not every toolchain installs).
extern "C" size_t __sanitizer_get_current_allocated_bytes();
#endif

using namespace Qt::StringLiterals;
using hbr::BackupClient;
using hbr::ClientTag;
using hbr::StringPool;

namespace {

QJsonObject parseObject(const QByteArray &json)
{
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(json, &error);
    if (error.error != QJsonParseError::NoError)
        qFatal("bad test JSON: %s", qPrintable(error.errorString()));
    return doc.object();
}

QJsonObject referenceClient()
{
    return parseObject(hbr::test::readTestData(u"reference-example-response.json"_s))
        .value(u"Clients"_s)
        .toArray()
        .first()
        .toObject();
}

QByteArray compact(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

/// QJsonObject == compares numbers as doubles; this also insists that integers stay integers.
bool sameTypes(const QJsonValue &a, const QJsonValue &b, QString *where, const QString &path)
{
    if (a.type() != b.type()) {
        *where = path;
        return false;
    }
    if (a.isDouble() && (a.toInteger(-1) == -1) != (b.toInteger(-1) == -1)) {
        *where = path;
        return false;
    }
    if (a.isObject()) {
        const QJsonObject oa = a.toObject();
        const QJsonObject ob = b.toObject();
        for (auto it = oa.begin(); it != oa.end(); ++it)
            if (!sameTypes(it.value(), ob.value(it.key()), where, path + u'.' + it.key()))
                return false;
    }
    if (a.isArray()) {
        const QJsonArray aa = a.toArray();
        const QJsonArray ab = b.toArray();
        for (qsizetype i = 0; i < aa.size(); ++i)
            if (!sameTypes(aa.at(i), ab.at(i), where, path + u"[%1]"_s.arg(i)))
                return false;
    }
    return true;
}

#define VERIFY_LOSSLESS(input, output)                                                                       \
    do {                                                                                                     \
        const QJsonObject in_ = (input);                                                                     \
        const QJsonObject out_ = (output);                                                                   \
        QVERIFY2(out_ == in_, qPrintable(u"\n in:  %1\n out: %2"_s.arg(QString::fromUtf8(compact(in_)),      \
                                                                       QString::fromUtf8(compact(out_)))));  \
        QString where_;                                                                                      \
        QVERIFY2(sameTypes(QJsonValue(in_), QJsonValue(out_), &where_, u"$"_s),                              \
                 qPrintable(u"JSON type changed at "_s + where_));                                           \
    } while (false)

qint64 heapInUse()
{
#ifdef HBR_ASAN
    // AddressSanitizer replaces malloc, and glibc's statistics with it.
    return static_cast<qint64>(__sanitizer_get_current_allocated_bytes());
#endif
    const struct mallinfo2 info = mallinfo2();
    // Small blocks come from the arena (uordblks), big ones (the list's storage) are mmapped (hblkhd).
    return static_cast<qint64>(info.uordblks + info.hblkhd);
}

QJsonObject generatedClient(int i)
{
    static const QStringList statuses = {u"ACTIVATED"_s, u"ACTIVATED"_s, u"ACTIVATED"_s,
                                         u"UNKNOWN"_s,   u"STOPPED"_s,   u"INSTALL_FAILED"_s};
    static const QStringList zones = {u"cn-hangzhou-f"_s, u"cn-hangzhou-g"_s, u"cn-hangzhou-h"_s,
                                      u"cn-hangzhou-i"_s};
    static const QStringList versions = {u"2.4.5"_s, u"2.13.2"_s, u"2.14.0"_s};
    const QString n = u"%1"_s.arg(i, 17, 10, QChar(u'0'));
    const QString hostname = u"web-prod-%1"_s.arg(i, 5, 10, QChar(u'0'));
    QJsonObject settings{
        {u"ProxyHost"_s, u""_s},
        {u"MaxCpuCore"_s, u"0"_s},
        {u"ProxyPort"_s, 0},
        {u"UseHttps"_s, u"true"_s},
        {u"ProxyPassword"_s, u""_s},
        {u"ProxyUser"_s, u""_s},
        {u"DataProxySetting"_s, u"DISABLE"_s},
        {u"DataNetworkType"_s, u"VPC"_s},
        {u"MaxWorker"_s, u"0"_s},
        {u"MaxMemory"_s, 0},
        {u"AlertOnPartialComplete"_s, false},
    };
    QJsonArray tags;
    tags.append(QJsonObject{{u"Key"_s, u"env"_s}, {u"Value"_s, u"prod"_s}});
    if (i % 3 == 0)
        tags.append(QJsonObject{{u"Key"_s, u"team"_s}, {u"Value"_s, u"team-%1"_s.arg(i % 20)}});
    return QJsonObject{
        {u"Status"_s, statuses.at(i % statuses.size())},
        {u"BackupStatus"_s, i % 7 == 0 ? u"UNPROTECTED"_s : u"PROTECTED"_s},
        {u"ArchType"_s, u"amd64"_s},
        {u"ClientId"_s, QString(u"c-000"_s + n)},
        {u"MaxClientVersion"_s, u"2.14.0"_s},
        {u"PrivateIpV4"_s, u"10.%1.%2.%3"_s.arg(i / 65536).arg((i / 256) % 256).arg(i % 256)},
        // Like ECS, most instances are named after their host, some after the console's launch wizard.
        {u"InstanceName"_s, i % 10 < 7 ? hostname : u"launch-advisor-%1"_s.arg(20230000 + i)},
        {u"CreatedTime"_s, 1554347313 + i},
        {u"LastHeartBeatTime"_s, 1735787045 - i},
        {u"ClientType"_s, u"ECS_CLIENT"_s},
        {u"Hostname"_s, hostname},
        {u"InstanceId"_s, QString(u"i-bp1"_s + n)},
        {u"Appliance"_s, false},
        {u"UpdatedTime"_s, 1700000000 + i},
        {u"OsType"_s, u"linux"_s},
        {u"ZoneId"_s, zones.at(i % zones.size())},
        {u"ClientVersion"_s, versions.at(i % versions.size())},
        {u"Tags"_s, tags},
        {u"Settings"_s, settings},
    };
}

} // namespace

class TestBackupClient : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void referenceClientFieldByField();
    void referenceClientRoundTrips();
    void lossless_data();
    void lossless();
    void tolerantTypedValues_data();
    void tolerantTypedValues();
    void presenceBits();
    void unknownEnumValuesKeptRaw();
    void wrappedTags();
    void useHttpsValue_data();
    void useHttpsValue();
    void tagsText();
    void exportJsonAddsRegionAndProfile();
    void fieldKeys();
    void stringPoolSharesCopies();
    void memoryPerClient();
};

void TestBackupClient::referenceClientFieldByField()
{
    StringPool pool;
    const BackupClient c = BackupClient::fromJson(referenceClient(), &pool);
    QCOMPARE(c.status, u"ACTIVATED"_s);
    QCOMPARE(c.backupStatus, u"PROTECTED"_s);
    QCOMPARE(c.archType, u"amd64"_s);
    QCOMPARE(c.clientId, u"c-*********************"_s);
    QCOMPARE(c.maxClientVersion, u"2.4.5"_s);
    QCOMPARE(c.privateIpV4, u"192.168.1.1"_s);
    QCOMPARE(c.instanceName, u"instancename"_s);
    QCOMPARE(c.createdTime, 1554347313);
    QCOMPARE(c.lastHeartBeatTime, 1554347313);
    QCOMPARE(c.clientType, u"ECS_CLIENT"_s);
    QCOMPARE(c.hostname, u"hostname"_s);
    QCOMPARE(c.instanceId, u"i-*********************"_s);
    QCOMPARE(c.appliance, false);
    QCOMPARE(c.updatedTime, 1554347313);
    QCOMPARE(c.osType, u"linux"_s);
    QCOMPARE(c.zoneId, u"cn-hangzhou-f"_s);
    QCOMPARE(c.clientVersion, u"2.4.5"_s);
    QCOMPARE(c.tags, (QList<ClientTag>{{u"TestKey"_s, u"TestValue"_s}}));
    QCOMPARE(c.proxyHost, u"192.168.11.100"_s);
    QCOMPARE(c.maxCpuCore, u"1"_s);
    QCOMPARE(c.proxyPort, 3128);
    QCOMPARE(c.useHttps, u"false"_s);
    QCOMPARE(c.useHttpsValue(), std::optional<bool>(false));
    QCOMPARE(c.proxyPassword, u"******"_s);
    QCOMPARE(c.proxyUser, u"user"_s);
    QCOMPARE(c.dataProxySetting, u"USE_CONTROL_PROXY"_s);
    QCOMPARE(c.dataNetworkType, u"VPC"_s);
    QCOMPARE(c.maxWorker, u"1"_s);
    QCOMPARE(c.maxMemory, 0);
    QCOMPARE(c.alertOnPartialComplete, false);
    // Everything arrived in its documented type: nothing needs to be kept raw.
    QVERIFY2(c.extras.isEmpty(), compact(c.extras).constData());
    QVERIFY2(c.settingsExtras.isEmpty(), compact(c.settingsExtras).constData());
    for (int f = 0; f < BackupClient::FieldCount; ++f)
        QVERIFY2(c.has(BackupClient::Field(f)), qPrintable(hbr::fieldKey(BackupClient::Field(f)).toString()));
    QVERIFY(c.regionId.isEmpty());
    QVERIFY(c.profile.isEmpty());
}

void TestBackupClient::referenceClientRoundTrips()
{
    const QJsonObject input = referenceClient();
    for (StringPool *pool : {static_cast<StringPool *>(nullptr), new StringPool}) {
        const BackupClient c = BackupClient::fromJson(input, pool);
        VERIFY_LOSSLESS(input, c.toJson());
        const QJsonObject out = c.toJson();
        QVERIFY(out.value(u"Settings"_s).toObject().value(u"MaxCpuCore"_s).isString());
        QVERIFY(out.value(u"Settings"_s).toObject().value(u"MaxWorker"_s).isString());
        QVERIFY(out.value(u"Settings"_s).toObject().value(u"UseHttps"_s).isString());
        QCOMPARE(out.value(u"Settings"_s).toObject().value(u"ProxyPort"_s).toInteger(-1), 3128);
        QVERIFY(out.value(u"Appliance"_s).isBool());
        QVERIFY(out.value(u"CreatedTime"_s).isDouble());
        QCOMPARE(out.value(u"CreatedTime"_s).toInteger(-1), 1554347313);
        delete pool;
    }
}

void TestBackupClient::lossless_data()
{
    QTest::addColumn<QByteArray>("json");

    QTest::newRow("empty object") << QByteArray("{}");
    QTest::newRow("only an id") << QByteArray(R"({"ClientId":"c-1"})");
    QTest::newRow("numbers as strings") << QByteArray(
        R"({"ClientId":"c-1","CreatedTime":"1554347313","UpdatedTime":" 1554347313 ",)"
        R"("LastHeartBeatTime":"1.5e9","Settings":{"MaxMemory":"1073741824","ProxyPort":"3128"}})");
    QTest::newRow("strings as numbers")
        << QByteArray(R"({"ClientVersion":2.4,"Hostname":123,"Settings":{"MaxCpuCore":1,"MaxWorker":2,)"
                      R"("UseHttps":0,"ProxyHost":1.5}})");
    QTest::newRow("bools as strings") << QByteArray(
        R"({"Appliance":"true","Settings":{"AlertOnPartialComplete":"false","UseHttps":true}})");
    QTest::newRow("bools as numbers")
        << QByteArray(R"({"Appliance":1,"Settings":{"AlertOnPartialComplete":0}})");
    QTest::newRow("null values") << QByteArray(
        R"({"ClientId":null,"Hostname":null,"CreatedTime":null,"Appliance":null,)"
        R"("Settings":{"ProxyHost":null,"ProxyPort":null,"AlertOnPartialComplete":null}})");
    QTest::newRow("null Settings and Tags") << QByteArray(R"({"Settings":null,"Tags":null})");
    QTest::newRow("unknown keys everywhere")
        << QByteArray(R"({"ClientId":"c-1","NewField":{"Nested":{"Deep":[1,"two",null,true]}},"Flag":false,)"
                      R"("Count":7,"Settings":{"NewSetting":"x","Limits":{"Bps":100},"ProxyPort":1},)"
                      R"("RegionId":"cn-shanghai"})");
    QTest::newRow("unknown enum values") << QByteArray(
        R"({"Status":"HIBERNATING","BackupStatus":"PARTIALLY_PROTECTED","ClientType":"EDGE_CLIENT",)"
        R"("Settings":{"DataNetworkType":"SATELLITE","DataProxySetting":"SOCKS"}})");
    QTest::newRow("empty strings") << QByteArray(
        R"({"ClientId":"","Hostname":"","Status":"","ZoneId":"","Settings":{"ProxyHost":"",)"
        R"("ProxyUser":"","ProxyPassword":"","MaxCpuCore":""}})");
    QTest::newRow("empty Settings and Tags") << QByteArray(R"({"Settings":{},"Tags":[]})");
    QTest::newRow("Settings not an object") << QByteArray(R"({"Settings":"none","Tags":"none"})");
    QTest::newRow("Settings as an array") << QByteArray(R"({"Settings":[1,2],"Tags":{}})");
    QTest::newRow("wrapped Tags") << QByteArray(R"({"Tags":{"Tag":[{"Key":"env","Value":"prod"}]}})");
    QTest::newRow("wrapped Tags with more")
        << QByteArray(R"({"Tags":{"Tag":[{"Key":"a","Value":"b"}],"X":1}})");
    QTest::newRow("tag with an extra key")
        << QByteArray(R"({"Tags":[{"Key":"a","Value":"b","Color":"red"}]})");
    QTest::newRow("tag missing its value") << QByteArray(R"({"Tags":[{"Key":"a"}]})");
    QTest::newRow("tag with a number value") << QByteArray(R"({"Tags":[{"Key":"n","Value":1}]})");
    QTest::newRow("tag that is not an object") << QByteArray(R"({"Tags":["a=b",{"Key":"k","Value":"v"}]})");
    QTest::newRow("many tags") << QByteArray(
        R"({"Tags":[{"Key":"a","Value":"1"},{"Key":"b","Value":""},{"Key":"部门","Value":"财务部"}]})");
    QTest::newRow("fractional and huge numbers") << QByteArray(
        R"({"CreatedTime":1554347313.5,"UpdatedTime":1e300,"Settings":{"MaxMemory":17179869184,)"
        R"("ProxyPort":-1}})");
    QTest::newRow("unparsable number text")
        << QByteArray(R"({"CreatedTime":"yesterday","Settings":{"ProxyPort":"80a","MaxMemory":""}})");
    QTest::newRow("junk bool text") << QByteArray(
        R"({"Appliance":"yes","Settings":{"AlertOnPartialComplete":"2"}})");
    QTest::newRow("objects in typed fields") << QByteArray(
        R"({"ClientId":{"Id":"c-1"},"CreatedTime":[1],"Appliance":{},"Settings":{"MaxCpuCore":[]}})");
    QTest::newRow("unicode text") << QByteArray(
        R"({"Hostname":"服务器-01","InstanceName":"财务系统-生产 😀","Settings":{"ProxyUser":"用户"}})");
}

void TestBackupClient::lossless()
{
    QFETCH(QByteArray, json);
    const QJsonObject input = parseObject(json);
    StringPool pool;
    VERIFY_LOSSLESS(input, BackupClient::fromJson(input, nullptr).toJson());
    VERIFY_LOSSLESS(input, BackupClient::fromJson(input, &pool).toJson());
    // Decoding what was given back gives the same again.
    const QJsonObject again = BackupClient::fromJson(input, &pool).toJson();
    VERIFY_LOSSLESS(input, BackupClient::fromJson(again, &pool).toJson());
}

void TestBackupClient::tolerantTypedValues_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<qint64>("createdTime");
    QTest::addColumn<qint64>("proxyPort");
    QTest::addColumn<bool>("appliance");
    QTest::addColumn<QString>("maxCpuCore");
    QTest::addColumn<QString>("clientVersion");

    QTest::newRow("documented types")
        << QByteArray(R"({"CreatedTime":5,"Appliance":true,"ClientVersion":"2.4.5",)"
                      R"("Settings":{"ProxyPort":80,"MaxCpuCore":"2"}})")
        << qint64(5) << qint64(80) << true << u"2"_s << u"2.4.5"_s;
    QTest::newRow("numbers as strings") << QByteArray(R"({"CreatedTime":"1554347313","Appliance":"true",)"
                                                      R"("Settings":{"ProxyPort":" 3128 ","MaxCpuCore":1}})")
                                        << qint64(1554347313) << qint64(3128) << true << u"1"_s << QString();
    QTest::newRow("exponent text") << QByteArray(R"({"CreatedTime":"1.5e9","Appliance":"FALSE"})")
                                   << qint64(1500000000) << qint64(0) << false << QString() << QString();
    QTest::newRow("number for a version") << QByteArray(R"({"ClientVersion":2.5,"Appliance":1})") << qint64(0)
                                          << qint64(0) << true << QString() << u"2.5"_s;
    QTest::newRow("big integer") << QByteArray(R"({"CreatedTime":4102444800,"Settings":{"MaxCpuCore":64}})")
                                 << qint64(4102444800) << qint64(0) << false << u"64"_s << QString();
}

void TestBackupClient::tolerantTypedValues()
{
    QFETCH(QByteArray, json);
    QFETCH(qint64, createdTime);
    QFETCH(qint64, proxyPort);
    QFETCH(bool, appliance);
    QFETCH(QString, maxCpuCore);
    QFETCH(QString, clientVersion);
    const BackupClient c = BackupClient::fromJson(parseObject(json), nullptr);
    QCOMPARE(c.createdTime, createdTime);
    QCOMPARE(c.proxyPort, proxyPort);
    QCOMPARE(c.appliance, appliance);
    QCOMPARE(c.maxCpuCore, maxCpuCore);
    QCOMPARE(c.clientVersion, clientVersion);
}

void TestBackupClient::presenceBits()
{
    const BackupClient empty = BackupClient::fromJson(QJsonObject(), nullptr);
    QCOMPARE(empty.present, 0u);
    QVERIFY(empty.toJson().isEmpty());

    const BackupClient c = BackupClient::fromJson(
        parseObject(R"({"ClientId":"c-1","Hostname":null,"CreatedTime":"junk","Settings":{"ProxyPort":8}})"),
        nullptr);
    QVERIFY(c.has(BackupClient::ClientId));
    QVERIFY(!c.has(BackupClient::Hostname));    // null is not a usable value
    QVERIFY(!c.has(BackupClient::CreatedTime)); // nor is text that is not a number
    QVERIFY(c.has(BackupClient::Settings));
    QVERIFY(c.has(BackupClient::ProxyPort));
    QVERIFY(!c.has(BackupClient::ProxyHost));
    QVERIFY(!c.has(BackupClient::Tags));
    QCOMPARE(c.createdTime, 0);
}

void TestBackupClient::unknownEnumValuesKeptRaw()
{
    const QJsonObject input =
        parseObject(R"({"Status":"HIBERNATING","Settings":{"DataNetworkType":"SATELLITE"}})");
    StringPool pool;
    const BackupClient c = BackupClient::fromJson(input, &pool);
    QCOMPARE(c.status, u"HIBERNATING"_s);
    QCOMPARE(c.dataNetworkType, u"SATELLITE"_s);
    QVERIFY(c.has(BackupClient::Status));
    QCOMPARE(c.toJson().value(u"Status"_s).toString(), u"HIBERNATING"_s);
}

void TestBackupClient::wrappedTags()
{
    const QJsonObject input =
        parseObject(R"({"Tags":{"Tag":[{"Key":"env","Value":"prod"},{"Key":"部门","Value":"财务部"}]}})");
    const BackupClient c = BackupClient::fromJson(input, nullptr);
    QCOMPARE(c.tags, (QList<ClientTag>{{u"env"_s, u"prod"_s}, {u"部门"_s, u"财务部"_s}}));
    QCOMPARE(c.tagsText(), u"env=prod, 部门=财务部"_s);
    VERIFY_LOSSLESS(input, c.toJson());
}

void TestBackupClient::useHttpsValue_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<std::optional<bool>>("expected");
    QTest::newRow("missing") << QByteArray("{}") << std::optional<bool>();
    QTest::newRow("\"true\"") << QByteArray(R"({"Settings":{"UseHttps":"true"}})")
                              << std::optional<bool>(true);
    QTest::newRow("\"false\"") << QByteArray(R"({"Settings":{"UseHttps":"false"}})")
                               << std::optional<bool>(false);
    QTest::newRow("\"TRUE\"") << QByteArray(R"({"Settings":{"UseHttps":"TRUE"}})")
                              << std::optional<bool>(true);
    QTest::newRow("bool true") << QByteArray(R"({"Settings":{"UseHttps":true}})")
                               << std::optional<bool>(true);
    QTest::newRow("number 0") << QByteArray(R"({"Settings":{"UseHttps":0}})") << std::optional<bool>(false);
    QTest::newRow("\"1\"") << QByteArray(R"({"Settings":{"UseHttps":"1"}})") << std::optional<bool>(true);
    QTest::newRow("junk") << QByteArray(R"({"Settings":{"UseHttps":"maybe"}})") << std::optional<bool>();
    QTest::newRow("null") << QByteArray(R"({"Settings":{"UseHttps":null}})") << std::optional<bool>();
}

void TestBackupClient::useHttpsValue()
{
    QFETCH(QByteArray, json);
    QFETCH(std::optional<bool>, expected);
    QCOMPARE(BackupClient::fromJson(parseObject(json), nullptr).useHttpsValue(), expected);
}

void TestBackupClient::tagsText()
{
    BackupClient c;
    QCOMPARE(c.tagsText(), QString());
    c.tags = {{u"a"_s, u"1"_s}};
    QCOMPARE(c.tagsText(), u"a=1"_s);
    c.tags.append({u"b"_s, QString()});
    QCOMPARE(c.tagsText(), u"a=1, b="_s);
}

void TestBackupClient::exportJsonAddsRegionAndProfile()
{
    const QJsonObject input = referenceClient();
    BackupClient c = BackupClient::fromJson(input, nullptr);
    VERIFY_LOSSLESS(input, c.toExportJson()); // nothing attached yet

    c.regionId = u"cn-hangzhou"_s;
    QJsonObject expected = input;
    expected.insert(u"RegionId"_s, u"cn-hangzhou"_s);
    VERIFY_LOSSLESS(expected, c.toExportJson());
    VERIFY_LOSSLESS(input, c.toJson()); // toJson() stays the API object

    c.profile = u"prod"_s;
    expected.insert(u"Profile"_s, u"prod"_s);
    VERIFY_LOSSLESS(expected, c.toExportJson());

    // A key the API sent itself wins.
    const QJsonObject withRegion = parseObject(R"({"ClientId":"c-1","RegionId":"from-api","Profile":7})");
    BackupClient d = BackupClient::fromJson(withRegion, nullptr);
    d.regionId = u"cn-hangzhou"_s;
    d.profile = u"prod"_s;
    VERIFY_LOSSLESS(withRegion, d.toExportJson());
}

void TestBackupClient::fieldKeys()
{
    QCOMPARE(hbr::fieldKey(BackupClient::ClientId), QLatin1StringView("ClientId"));
    QCOMPARE(hbr::fieldKey(BackupClient::LastHeartBeatTime), QLatin1StringView("LastHeartBeatTime"));
    QCOMPARE(hbr::fieldKey(BackupClient::MaxCpuCore), QLatin1StringView("MaxCpuCore"));
    QCOMPARE(hbr::fieldKey(BackupClient::UseHttps), QLatin1StringView("UseHttps"));
    QSet<QString> keys;
    for (int f = 0; f < BackupClient::FieldCount; ++f)
        keys.insert(hbr::fieldKey(BackupClient::Field(f)).toString());
    QCOMPARE(keys.size(), int(BackupClient::FieldCount));
    // `present` has a bit for every field.
    QVERIFY(BackupClient::FieldCount <= int(sizeof(BackupClient::present) * 8));
    // Every key of the reference client is a known field.
    const QJsonObject reference = referenceClient();
    for (auto it = reference.begin(); it != reference.end(); ++it)
        QVERIFY2(keys.contains(it.key()), qPrintable(it.key()));
    const QJsonObject settings = reference.value(u"Settings"_s).toObject();
    for (auto it = settings.begin(); it != settings.end(); ++it)
        QVERIFY2(keys.contains(it.key()), qPrintable(it.key()));
}

void TestBackupClient::stringPoolSharesCopies()
{
    StringPool pool;
    const QString a = pool.intern(QString(u"ACTIVATED"_s));
    const QString b = pool.intern(QString(u"ACTIVATED"_s));
    QCOMPARE(a, b);
    QVERIFY(a.constData() == b.constData());
    QCOMPARE(pool.size(), 1);
    QVERIFY(pool.intern(QString()).isNull());
    QVERIFY(pool.intern(u""_s).isEmpty());
    QCOMPARE(pool.size(), 1);

    const BackupClient c1 = BackupClient::fromJson(generatedClient(1), &pool);
    const BackupClient c2 = BackupClient::fromJson(generatedClient(7), &pool);
    QVERIFY(c1.status.constData() == c2.status.constData());
    QVERIFY(c1.zoneId.constData() != c2.zoneId.constData() || c1.zoneId == c2.zoneId);
    QVERIFY(c1.clientType.constData() == c2.clientType.constData());
    QVERIFY(c1.maxClientVersion.constData() == c2.maxClientVersion.constData());
    QVERIFY(c1.dataNetworkType.constData() == c2.dataNetworkType.constData());
    QVERIFY(c1.tags.first().key.constData() == c2.tags.first().key.constData());
    // Identical tag lists are one shared list.
    QCOMPARE(c1.tags, (QList<ClientTag>{{u"env"_s, u"prod"_s}}));
    QVERIFY(c1.tags.constData() == c2.tags.constData());
    const BackupClient c3 = BackupClient::fromJson(generatedClient(3), &pool);
    QCOMPARE(c3.tags, (QList<ClientTag>{{u"env"_s, u"prod"_s}, {u"team"_s, u"team-3"_s}}));
    QVERIFY(c3.tags.constData() != c1.tags.constData());
    QVERIFY(c3.tags.first().key.constData() == c1.tags.first().key.constData());
    // An instance named after its host shares the host name's copy.
    QCOMPARE(c1.instanceName, c1.hostname);
    QVERIFY(c1.instanceName.constData() == c1.hostname.constData());
    const BackupClient c8 = BackupClient::fromJson(generatedClient(8), &pool);
    QCOMPARE(c8.instanceName, u"launch-advisor-20230008"_s);
    QCOMPARE(c8.hostname, u"web-prod-00008"_s);
    QCOMPARE(c1.status, u"ACTIVATED"_s);
    pool.clear();
    QCOMPARE(pool.size(), 0);
    QCOMPARE(c1.status, u"ACTIVATED"_s); // the clients keep their copies
}

void TestBackupClient::memoryPerClient()
{
    constexpr int kClients = 20000;
    StringPool pool;
    hbr::api::DecodedPage decoded;
    const qint64 before = heapInUse();
    {
        QByteArray body;
        {
            QJsonArray clients;
            for (int i = 0; i < kClients; ++i)
                clients.append(generatedClient(i));
            body = QJsonDocument(QJsonObject{{u"RequestId"_s, u"R"_s},
                                             {u"Success"_s, true},
                                             {u"Code"_s, u"200"_s},
                                             {u"PageNumber"_s, 1},
                                             {u"PageSize"_s, kClients},
                                             {u"TotalCount"_s, kClients},
                                             {u"Clients"_s, clients}})
                       .toJson(QJsonDocument::Compact);
        }
        decoded = hbr::api::decodeDescribeBackupClients(200, body, &pool);
    } // the JSON input is gone; the list and the pool stay
    const qint64 after = heapInUse();

    QVERIFY2(!decoded.error.isError(), qPrintable(decoded.error.summary()));
    QCOMPARE(decoded.page.clients.size(), kClients);
    // Spot-check that the decoded list is the real thing (and lossless) before trusting the number.
    for (int i : {0, 1, 4999, kClients - 1})
        VERIFY_LOSSLESS(generatedClient(i), decoded.page.clients.at(i).toJson());

    QVERIFY2(after - before > qint64(kClients) * qint64(sizeof(BackupClient)),
             "the heap statistics do not work");
    const double perClient = double(after - before) / kClients;
    qInfo("BackupClient memory: %.0f bytes per client (%d clients, sizeof(BackupClient) = %zu)", perClient,
          kClients, sizeof(BackupClient));
    QVERIFY2(perClient < 1024.0, qPrintable(u"%1 bytes per client"_s.arg(perClient)));
}

QTEST_GUILESS_MAIN(TestBackupClient)
#include "tst_backupclient.moc"
