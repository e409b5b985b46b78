#include "demo/demofleet.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QVersionNumber>

using hbr::demo::DemoClientRecord;
using hbr::demo::DemoFleetSpec;
using hbr::demo::generateDemoFleet;

namespace {

constexpr qint64 kNow = 1735787045; // 2025-01-02T03:04:05Z

DemoFleetSpec spec(int count, quint32 seed = 20170908)
{
    DemoFleetSpec s;
    s.seed = seed;
    s.clientCount = count;
    s.nowSeconds = kNow;
    return s;
}

QSet<QString> valuesOf(const QList<DemoClientRecord> &fleet, const QString &key, bool inSettings = false)
{
    QSet<QString> out;
    for (const DemoClientRecord &r : fleet) {
        const QJsonObject o = inSettings ? r.json.value(QLatin1String("Settings")).toObject() : r.json;
        out.insert(o.value(key).toVariant().toString());
    }
    return out;
}

QString text(const DemoClientRecord &r, const char *key)
{
    return r.json.value(QLatin1String(key)).toString();
}

QJsonObject settings(const DemoClientRecord &r)
{
    return r.json.value(QLatin1String("Settings")).toObject();
}

bool isEcs(const DemoClientRecord &r)
{
    return text(r, "ClientType") == QLatin1String("ECS_CLIENT");
}

const QStringList kStatuses = {
    QStringLiteral("REGISTERED"),       QStringLiteral("ACTIVATED"),      QStringLiteral("DEACTIVATED"),
    QStringLiteral("INSTALLING"),       QStringLiteral("INSTALL_FAILED"), QStringLiteral("NOT_INSTALLED"),
    QStringLiteral("UPGRADING"),        QStringLiteral("UPGRADE_FAILED"), QStringLiteral("UNINSTALLING"),
    QStringLiteral("UNINSTALL_FAILED"), QStringLiteral("STOPPED"),        QStringLiteral("UNKNOWN"),
};

// The design's fleet signals, evaluated independently of the application's own implementation.
struct Signals
{
    int stuck = 0, stale = 0, ancient = 0, outdated = 0, outdatedAcrossMinor = 0, unprotected = 0,
        badProxy = 0, plaintext = 0, ignored = 0;
};

Signals signalsOf(const QList<DemoClientRecord> &fleet)
{
    Signals s;
    for (const DemoClientRecord &r : fleet) {
        const QString status = text(r, "Status");
        const qint64 updated = r.json.value(QLatin1String("UpdatedTime")).toInteger();
        const qint64 heartbeat = r.json.value(QLatin1String("LastHeartBeatTime")).toInteger();
        if ((status == QLatin1String("INSTALLING") || status == QLatin1String("UPGRADING") ||
             status == QLatin1String("UNINSTALLING")) &&
            kNow - updated > 15 * 60)
            ++s.stuck;
        if (status == QLatin1String("ACTIVATED") && kNow - heartbeat > 30 * 60)
            ++s.stale;
        if (kNow - heartbeat > 60 * 86400)
            ++s.ancient;
        const QString version = text(r, "ClientVersion");
        const QString max = text(r, "MaxClientVersion");
        if (!version.isEmpty() && QVersionNumber::fromString(version) < QVersionNumber::fromString(max)) {
            ++s.outdated;
            // A version that a string comparison would call newer than 2.10.x.
            if (version.startsWith(QLatin1String("2.9.")))
                ++s.outdatedAcrossMinor;
        }
        if (text(r, "BackupStatus") == QLatin1String("UNPROTECTED"))
            ++s.unprotected;
        const QJsonObject set = settings(r);
        if (set.value(QLatin1String("DataProxySetting")).toString() == QLatin1String("CUSTOM") &&
            (set.value(QLatin1String("ProxyHost")).toString().isEmpty() ||
             set.value(QLatin1String("ProxyPort")).toInteger() == 0))
            ++s.badProxy;
        if (set.value(QLatin1String("DataNetworkType")).toString() == QLatin1String("PUBLIC") &&
            set.value(QLatin1String("UseHttps")).toString() == QLatin1String("false"))
            ++s.plaintext;
        if (!version.isEmpty() && QVersionNumber::fromString(version) < QVersionNumber(2, 13, 0) &&
            set.value(QLatin1String("MaxMemory")).toInteger() > 0)
            ++s.ignored;
    }
    return s;
}

} // namespace

class TestDemoFleet : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase() { m_fleet = generateDemoFleet(spec(3000)); }

    void deterministic()
    {
        const QList<DemoClientRecord> again = generateDemoFleet(spec(3000));
        QCOMPARE(again.size(), m_fleet.size());
        for (qsizetype i = 0; i < again.size(); ++i) {
            QCOMPARE(again[i].regionId, m_fleet[i].regionId);
            QCOMPARE(again[i].clusterId, m_fleet[i].clusterId);
            // Byte for byte, as the header promises.
            QCOMPARE(QJsonDocument(again[i].json).toJson(), QJsonDocument(m_fleet[i].json).toJson());
        }
    }

    void differentSeedDiffers()
    {
        const QList<DemoClientRecord> other = generateDemoFleet(spec(3000, 7));
        QCOMPARE(other.size(), m_fleet.size());
        int same = 0;
        for (qsizetype i = 0; i < other.size(); ++i)
            if (other[i].json == m_fleet[i].json)
                ++same;
        QCOMPARE(same, 0);
    }

    void nowDefaultsToReference()
    {
        DemoFleetSpec s = spec(50);
        s.nowSeconds = 0;
        const QList<DemoClientRecord> fleet = generateDemoFleet(s);
        QCOMPARE(fleet.size(), 50);
        for (const DemoClientRecord &r : fleet)
            QVERIFY(r.json.value(QLatin1String("LastHeartBeatTime")).toInteger() <=
                    hbr::demo::kDemoReferenceNow);
        QCOMPARE(generateDemoFleet(s).first().json, fleet.first().json);
    }

    void counts_data()
    {
        QTest::addColumn<int>("count");
        QTest::newRow("0") << 0;
        QTest::newRow("1") << 1;
        QTest::newRow("7") << 7;
        QTest::newRow("3000") << 3000;
    }
    void counts()
    {
        QFETCH(int, count);
        QCOMPARE(generateDemoFleet(spec(count)).size(), count);
    }

    void regionsAndZones()
    {
        const QStringList regions = hbr::demo::demoRegions();
        QCOMPARE(regions.size(), 5);
        QHash<QString, int> perRegion;
        for (const DemoClientRecord &r : m_fleet) {
            QVERIFY2(regions.contains(r.regionId), qPrintable(r.regionId));
            ++perRegion[r.regionId];
            if (isEcs(r))
                QVERIFY2(hbr::demo::demoZones(r.regionId).contains(text(r, "ZoneId")),
                         qPrintable(text(r, "ZoneId")));
        }
        for (const QString &region : regions)
            QVERIFY2(perRegion.value(region) > 50, qPrintable(region));
        QVERIFY(perRegion.value(QStringLiteral("cn-hangzhou")) >
                perRegion.value(QStringLiteral("eu-central-1")));

        DemoFleetSpec custom = spec(20);
        custom.regions = {QStringLiteral("us-west-1"), QStringLiteral("cn-qingdao")};
        QSet<QString> seen;
        for (const DemoClientRecord &r : generateDemoFleet(custom)) {
            seen.insert(r.regionId);
            if (isEcs(r))
                QVERIFY(text(r, "ZoneId").startsWith(r.regionId + QLatin1Char('-')));
        }
        QCOMPARE(seen, QSet<QString>(custom.regions.begin(), custom.regions.end()));
    }

    void clientTypes()
    {
        QHash<QString, int> perType;
        QHash<QString, QSet<QString>> clustersPerRegion;
        for (const DemoClientRecord &r : m_fleet) {
            const QString type = text(r, "ClientType");
            ++perType[type];
            if (type == QLatin1String("CONTAINER_CLIENT")) {
                QVERIFY(
                    QRegularExpression(QStringLiteral("^cl-[a-z0-9]{20}$")).match(r.clusterId).hasMatch());
                clustersPerRegion[r.regionId].insert(r.clusterId);
            } else {
                QVERIFY(r.clusterId.isEmpty());
            }
        }
        QCOMPARE(perType.size(), 3);
        QVERIFY(perType.value(QStringLiteral("ECS_CLIENT")) > m_fleet.size() / 2);
        QVERIFY(perType.value(QStringLiteral("CONTAINER_CLIENT")) > 0);
        QVERIFY(perType.value(QStringLiteral("LOCAL_CLIENT")) > 0);
        QCOMPARE(clustersPerRegion.size(), 5);
        for (const QSet<QString> &clusters : std::as_const(clustersPerRegion))
            QVERIFY(clusters.size() >= 2);
    }

    void everyStatus()
    {
        const QSet<QString> statuses = valuesOf(m_fleet, QStringLiteral("Status"));
        QCOMPARE(statuses, QSet<QString>(kStatuses.begin(), kStatuses.end()));
        int activated = 0;
        for (const DemoClientRecord &r : m_fleet)
            activated += text(r, "Status") == QLatin1String("ACTIVATED");
        QVERIFY(activated > m_fleet.size() / 2);
        QCOMPARE(valuesOf(m_fleet, QStringLiteral("BackupStatus")),
                 (QSet<QString>{QStringLiteral("PROTECTED"), QStringLiteral("UNPROTECTED")}));
    }

    // Forced cases make even a small fleet show every status and signal.
    void smallFleetStillCoversEverything()
    {
        const QList<DemoClientRecord> fleet = generateDemoFleet(spec(60, 99));
        const QSet<QString> statuses = valuesOf(fleet, QStringLiteral("Status"));
        QCOMPARE(statuses, QSet<QString>(kStatuses.begin(), kStatuses.end()));
        QCOMPARE(valuesOf(fleet, QStringLiteral("DataProxySetting"), true).size(), 3);
        QCOMPARE(valuesOf(fleet, QStringLiteral("DataNetworkType"), true).size(), 3);
        QCOMPARE(valuesOf(fleet, QStringLiteral("ClientType")).size(), 3);
        const Signals s = signalsOf(fleet);
        QVERIFY(s.stuck >= 3);
        QVERIFY(s.stale >= 1);
        QVERIFY(s.ancient >= 1);
        QVERIFY(s.outdatedAcrossMinor >= 1);
        QVERIFY(s.badProxy >= 2);
        QVERIFY(s.plaintext >= 1);
        QVERIFY(s.ignored >= 1);
    }

    void fleetSignals()
    {
        const Signals s = signalsOf(m_fleet);
        QVERIFY(s.stuck >= 3);
        QVERIFY(s.stale >= 10);
        QVERIFY(s.ancient >= 1);
        QVERIFY(s.outdated > 100);
        QVERIFY(s.outdatedAcrossMinor > 10);
        QVERIFY(s.unprotected > 10);
        QVERIFY(s.badProxy >= 2);
        QVERIFY(s.plaintext >= 1);
        QVERIFY(s.ignored >= 1);

        int fresh = 0;
        for (const DemoClientRecord &r : m_fleet) {
            const qint64 hb = r.json.value(QLatin1String("LastHeartBeatTime")).toInteger();
            const qint64 created = r.json.value(QLatin1String("CreatedTime")).toInteger();
            const qint64 updated = r.json.value(QLatin1String("UpdatedTime")).toInteger();
            QVERIFY(hb <= kNow);
            QVERIFY(created <= hb);
            QVERIFY(created <= updated && updated <= kNow);
            if (kNow - hb < 15 * 60)
                ++fresh;
        }
        QVERIFY(fresh > m_fleet.size() / 2);

        const QSet<QString> versions = valuesOf(m_fleet, QStringLiteral("ClientVersion"));
        for (const char *v : {"2.4.5", "2.9.1", "2.10.3", "2.12.0", "2.13.0", "2.14.2", ""})
            QVERIFY2(versions.contains(QLatin1String(v)), v);
        QCOMPARE(valuesOf(m_fleet, QStringLiteral("MaxClientVersion")),
                 QSet<QString>{QLatin1String(hbr::demo::kDemoMaxClientVersion)});
    }

    void everySettingsVariant()
    {
        QCOMPARE(valuesOf(m_fleet, QStringLiteral("DataNetworkType"), true),
                 (QSet<QString>{QStringLiteral("PUBLIC"), QStringLiteral("VPC"), QStringLiteral("CLASSIC")}));
        QCOMPARE(valuesOf(m_fleet, QStringLiteral("DataProxySetting"), true),
                 (QSet<QString>{QStringLiteral("DISABLE"), QStringLiteral("USE_CONTROL_PROXY"),
                                QStringLiteral("CUSTOM")}));
        QCOMPARE(valuesOf(m_fleet, QStringLiteral("UseHttps"), true),
                 (QSet<QString>{QStringLiteral("true"), QStringLiteral("false")}));
        QCOMPARE(valuesOf(m_fleet, QStringLiteral("AlertOnPartialComplete"), true),
                 (QSet<QString>{QStringLiteral("true"), QStringLiteral("false")}));
        QVERIFY(valuesOf(m_fleet, QStringLiteral("MaxCpuCore"), true).contains(QStringLiteral("0")));
        QVERIFY(valuesOf(m_fleet, QStringLiteral("MaxCpuCore"), true).size() > 2);
        QVERIFY(valuesOf(m_fleet, QStringLiteral("MaxWorker"), true).contains(QStringLiteral("0")));
        QVERIFY(valuesOf(m_fleet, QStringLiteral("MaxWorker"), true).size() > 2);

        bool customOk = false, emptyHost = false, zeroPort = false, masked = false, realLooking = false,
             memorySet = false;
        for (const DemoClientRecord &r : m_fleet) {
            const QJsonObject s = settings(r);
            const bool custom =
                s.value(QLatin1String("DataProxySetting")).toString() == QLatin1String("CUSTOM");
            const QString host = s.value(QLatin1String("ProxyHost")).toString();
            const qint64 port = s.value(QLatin1String("ProxyPort")).toInteger();
            if (custom) {
                customOk |= !host.isEmpty() && port > 0;
                emptyHost |= host.isEmpty();
                zeroPort |= port == 0;
            } else {
                QVERIFY(host.isEmpty());
            }
            const QString password = s.value(QLatin1String("ProxyPassword")).toString();
            masked |= password == QLatin1String("******");
            realLooking |= !password.isEmpty() && password != QLatin1String("******");
            memorySet |= s.value(QLatin1String("MaxMemory")).toInteger() > 0;
        }
        QVERIFY(customOk);
        QVERIFY(emptyHost);
        QVERIFY(zeroPort);
        QVERIFY(masked);
        QVERIFY(realLooking);
        QVERIFY(memorySet);
    }

    void tags()
    {
        bool chinese = false, none = false, envProd = false, envStaging = false;
        for (const DemoClientRecord &r : m_fleet) {
            const QJsonArray tags = r.json.value(QLatin1String("Tags")).toArray();
            none |= tags.isEmpty();
            QSet<QString> keys;
            for (const QJsonValue &t : tags) {
                const QString key = t.toObject().value(QLatin1String("Key")).toString();
                const QString value = t.toObject().value(QLatin1String("Value")).toString();
                QVERIFY(!key.isEmpty());
                QVERIFY(!value.isEmpty());
                QVERIFY2(!keys.contains(key), "a tag key twice on one client");
                keys.insert(key);
                chinese |= key == QStringLiteral("部门") && value == QStringLiteral("财务部");
                envProd |= key == QLatin1String("env") && value == QLatin1String("prod");
                envStaging |= key == QLatin1String("env") && value == QLatin1String("staging");
            }
        }
        QVERIFY(chinese);
        QVERIFY(none);
        QVERIFY(envProd);
        QVERIFY(envStaging);
        QVERIFY(valuesOf(m_fleet, QStringLiteral("Hostname")).contains(QString()));
    }

    // The JSON types of the reference page: times are integers; MaxCpuCore, MaxWorker and UseHttps strings.
    void jsonTypes()
    {
        const QStringList strings = {QStringLiteral("ClientId"),      QStringLiteral("ClientType"),
                                     QStringLiteral("ClientVersion"), QStringLiteral("MaxClientVersion"),
                                     QStringLiteral("Status"),        QStringLiteral("BackupStatus"),
                                     QStringLiteral("Hostname"),      QStringLiteral("InstanceId")};
        const QStringList integers = {QStringLiteral("CreatedTime"), QStringLiteral("UpdatedTime"),
                                      QStringLiteral("LastHeartBeatTime")};
        const QStringList settingStrings = {
            QStringLiteral("DataNetworkType"), QStringLiteral("DataProxySetting"),
            QStringLiteral("MaxCpuCore"),      QStringLiteral("MaxWorker"),
            QStringLiteral("UseHttps"),        QStringLiteral("ProxyHost"),
            QStringLiteral("ProxyUser"),       QStringLiteral("ProxyPassword")};
        for (const DemoClientRecord &r : m_fleet) {
            const QJsonObject &o = r.json;
            for (const QString &key : strings)
                QVERIFY2(o.value(key).isString(), qPrintable(key));
            for (const QString &key : integers) {
                QVERIFY2(o.value(key).isDouble(), qPrintable(key));
                QCOMPARE(o.value(key).toDouble(), double(o.value(key).toInteger()));
            }
            QVERIFY(o.value(QLatin1String("Appliance")).isBool());
            QVERIFY(o.value(QLatin1String("Tags")).isArray());
            QVERIFY(o.value(QLatin1String("Settings")).isObject());
            const QJsonObject s = settings(r);
            for (const QString &key : settingStrings)
                QVERIFY2(s.value(key).isString(), qPrintable(key));
            QVERIFY(s.value(QLatin1String("ProxyPort")).isDouble());
            QVERIFY(s.value(QLatin1String("MaxMemory")).isDouble());
            QVERIFY(s.value(QLatin1String("AlertOnPartialComplete")).isBool());
            QCOMPARE(s.size(), 11);
        }
    }

    void identifiers()
    {
        static const QRegularExpression clientId(QStringLiteral("^c-[a-z0-9]{20}$"));
        static const QRegularExpression instanceId(QStringLiteral("^i-[a-z0-9]{20}$"));
        static const QRegularExpression fingerprint(QStringLiteral("^[0-9a-f]{32}$"));
        QSet<QString> ids;
        for (const DemoClientRecord &r : m_fleet) {
            const QString id = text(r, "ClientId");
            QVERIFY2(clientId.match(id).hasMatch(), qPrintable(id));
            QVERIFY2(!ids.contains(id), qPrintable(id));
            ids.insert(id);
            const QString instance = text(r, "InstanceId");
            if (text(r, "ClientType") == QLatin1String("LOCAL_CLIENT"))
                QVERIFY2(fingerprint.match(instance).hasMatch(), qPrintable(instance));
            else
                QVERIFY2(instanceId.match(instance).hasMatch(), qPrintable(instance));
        }
        int realistic = 0;
        static const QRegularExpression hostname(
            QStringLiteral("^(web|api|app|nginx)-(prod|staging|dev|test)-\\d{3}$"));
        for (const DemoClientRecord &r : m_fleet)
            realistic += hostname.match(text(r, "Hostname")).hasMatch();
        QVERIFY(realistic > 100);
    }

    void ecsOnlyFields()
    {
        const QStringList ecsOnly = {QStringLiteral("ArchType"), QStringLiteral("InstanceName"),
                                     QStringLiteral("OsType"), QStringLiteral("PrivateIpV4"),
                                     QStringLiteral("ZoneId")};
        int missingInstanceName = 0;
        bool appliance = false;
        for (const DemoClientRecord &r : m_fleet) {
            if (isEcs(r)) {
                for (const QString &key : ecsOnly)
                    if (key != QLatin1String("InstanceName"))
                        QVERIFY2(r.json.value(key).isString(), qPrintable(key));
                missingInstanceName += !r.json.contains(QLatin1String("InstanceName"));
                QVERIFY(!r.json.value(QLatin1String("Appliance")).toBool());
            } else {
                for (const QString &key : ecsOnly)
                    QVERIFY2(!r.json.contains(key),
                             qPrintable(key + QLatin1String(" on ") + text(r, "ClientType")));
                appliance |= r.json.value(QLatin1String("Appliance")).toBool();
            }
        }
        QVERIFY(missingInstanceName > 0);
        QVERIFY(appliance);
    }

private:
    QList<DemoClientRecord> m_fleet;
};

QTEST_GUILESS_MAIN(TestDemoFleet)
#include "tst_demofleet.moc"
