#include "demofleet.h"

#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QVersionNumber>
#include <functional>
#include <initializer_list>
#include <random>
#include <vector>

namespace hbr::demo {

namespace {

// std::uniform_*_distribution differ between standard libraries; mt19937's raw output does not, so every
// draw is derived from it by hand to keep a fleet identical on every platform.
class Dice
{
public:
    explicit Dice(quint32 seed)
        : m_gen(seed)
    {
    }

    quint32 next() { return static_cast<quint32>(m_gen()); }
    /// 0 <= result < n
    int below(int n) { return static_cast<int>((quint64(next()) * quint64(n)) >> 32); }
    /// lo <= result <= hi
    qint64 between(qint64 lo, qint64 hi)
    {
        const quint64 span = quint64(hi - lo) + 1;
        const quint64 wide = (quint64(next()) << 32) | next();
        return lo + qint64(wide % span);
    }
    bool chance(int percent) { return below(100) < percent; }
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (int w : weights)
            total += w;
        int roll = below(total);
        int index = 0;
        for (int w : weights) {
            if (roll < w)
                return index;
            roll -= w;
            ++index;
        }
        return index - 1;
    }
    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(below(static_cast<int>(list.size())));
    }
    QString fromAlphabet(QLatin1StringView alphabet, int length)
    {
        QString out;
        out.reserve(length);
        for (int i = 0; i < length; ++i)
            out += QLatin1Char(alphabet.at(below(static_cast<int>(alphabet.size()))));
        return out;
    }
    QString alnum(int length)
    {
        return fromAlphabet(QLatin1StringView("abcdefghijklmnopqrstuvwxyz0123456789"), length);
    }
    QString hex(int length) { return fromAlphabet(QLatin1StringView("0123456789abcdef"), length); }

private:
    std::mt19937 m_gen;
};

enum class Kind { Ecs, Container, Local };
enum class Heartbeat { Fresh, Stale, Old, Ancient };
enum class ProxyFlaw { None, EmptyHost, ZeroPort };
enum class TagStyle { Random, None, Chinese };

// Everything that decides one client, chosen before any JSON is written so that the forced cases below can
// override single aspects and the JSON still comes out consistent.
struct Traits
{
    int region = 0;
    Kind kind = Kind::Ecs;
    QString status;
    bool protectedBackup = true;
    QString version;
    Heartbeat heartbeat = Heartbeat::Fresh;
    bool stuck = false;
    QString network;
    QString proxy;
    ProxyFlaw proxyFlaw = ProxyFlaw::None;
    bool https = true;
    bool maxMemory = false;
    TagStyle tags = TagStyle::Random;
    bool emptyHostname = false;
    bool missingInstanceName = false;
    bool alert = false;
    bool appliance = false;
};

const QStringList &allStatuses()
{
    static const QStringList statuses = {
        QStringLiteral("ACTIVATED"),        QStringLiteral("REGISTERED"),     QStringLiteral("DEACTIVATED"),
        QStringLiteral("INSTALLING"),       QStringLiteral("INSTALL_FAILED"), QStringLiteral("NOT_INSTALLED"),
        QStringLiteral("UPGRADING"),        QStringLiteral("UPGRADE_FAILED"), QStringLiteral("UNINSTALLING"),
        QStringLiteral("UNINSTALL_FAILED"), QStringLiteral("STOPPED"),        QStringLiteral("UNKNOWN"),
    };
    return statuses;
}

// Ordered so that 2.9.x against 2.10.x (and 2.4.5 against 2.14.2) tell a string comparison from a version
// one.
const QStringList &allVersions()
{
    static const QStringList versions = {
        QStringLiteral("2.4.5"),  QStringLiteral("2.9.1"),  QStringLiteral("2.9.8"),
        QStringLiteral("2.10.3"), QStringLiteral("2.11.4"), QStringLiteral("2.12.0"),
        QStringLiteral("2.13.0"), QStringLiteral("2.13.2"), QStringLiteral("2.14.0"),
        QStringLiteral("2.14.2"),
    };
    return versions;
}

QString randomVersion(Dice &dice)
{
    return allVersions().at(dice.weighted({3, 4, 4, 6, 6, 8, 10, 12, 17, 30}));
}

QString olderVersion(Dice &dice)
{
    return allVersions().at(dice.weighted({3, 4, 4, 6, 6, 8, 10, 12, 17}));
}

bool supportsMaxMemory(const QString &version)
{
    return QVersionNumber::fromString(version) >= QVersionNumber(2, 13, 0);
}

// ECS instance ids carry a region-specific prefix (i-bp1... in Hangzhou); mimicking it makes the demo look
// real.
QString instanceIdPrefix(const QString &region)
{
    static const QHash<QString, QString> prefixes = {
        {QStringLiteral("cn-hangzhou"), QStringLiteral("bp1")},
        {QStringLiteral("cn-shanghai"), QStringLiteral("uf6")},
        {QStringLiteral("cn-beijing"), QStringLiteral("2ze")},
        {QStringLiteral("ap-southeast-1"), QStringLiteral("t4n")},
        {QStringLiteral("eu-central-1"), QStringLiteral("gw8")},
    };
    return prefixes.value(region);
}

int regionWeight(const QString &region, int index)
{
    static const QHash<QString, int> weights = {
        {QStringLiteral("cn-hangzhou"), 36}, {QStringLiteral("cn-shanghai"), 24},
        {QStringLiteral("cn-beijing"), 20},  {QStringLiteral("ap-southeast-1"), 12},
        {QStringLiteral("eu-central-1"), 8},
    };
    return weights.value(region, qMax(4, 20 - 2 * index));
}

Traits randomTraits(Dice &dice, const QList<int> &regionWeights)
{
    Traits t;
    {
        int total = 0;
        for (int w : regionWeights)
            total += w;
        int roll = dice.below(total);
        while (roll >= regionWeights.at(t.region)) {
            roll -= regionWeights.at(t.region);
            ++t.region;
        }
    }
    t.kind = static_cast<Kind>(dice.weighted({74, 12, 14}));
    t.status = allStatuses().at(dice.weighted({78, 2, 2, 1, 2, 2, 1, 2, 1, 1, 3, 5}));
    t.version = randomVersion(dice);
    t.stuck = dice.chance(50);
    t.protectedBackup = t.status == QLatin1String("ACTIVATED") ? dice.chance(82) : dice.chance(25);

    if (t.status == QLatin1String("ACTIVATED"))
        t.heartbeat = static_cast<Heartbeat>(dice.weighted({88, 8, 4, 0}));
    else if (t.status == QLatin1String("UNKNOWN"))
        t.heartbeat = static_cast<Heartbeat>(dice.weighted({0, 50, 40, 10}));
    else if (t.status == QLatin1String("STOPPED") || t.status == QLatin1String("DEACTIVATED"))
        t.heartbeat = static_cast<Heartbeat>(dice.weighted({0, 20, 50, 30}));
    else
        t.heartbeat = static_cast<Heartbeat>(dice.weighted({60, 25, 15, 0}));

    switch (t.kind) {
    case Kind::Ecs:
        t.network = QList<QString>{QStringLiteral("VPC"), QStringLiteral("CLASSIC"),
                                   QStringLiteral("PUBLIC")}[dice.weighted({75, 8, 17})];
        break;
    case Kind::Container:
        t.network = dice.chance(90) ? QStringLiteral("VPC") : QStringLiteral("PUBLIC");
        break;
    case Kind::Local:
        // On-premises machines usually reach the service over the internet, some over Express Connect.
        t.network = dice.chance(80) ? QStringLiteral("PUBLIC") : QStringLiteral("VPC");
        break;
    }
    t.https = t.network == QLatin1String("PUBLIC") ? dice.chance(80) : dice.chance(35);
    t.proxy = QList<QString>{QStringLiteral("USE_CONTROL_PROXY"), QStringLiteral("DISABLE"),
                             QStringLiteral("CUSTOM")}[dice.weighted({72, 18, 10})];
    t.proxyFlaw = static_cast<ProxyFlaw>(dice.weighted({80, 10, 10}));
    t.maxMemory = dice.chance(supportsMaxMemory(t.version) ? 20 : 7);
    t.emptyHostname = dice.chance(1);
    t.missingInstanceName = dice.chance(5);
    t.alert = dice.chance(30);
    t.appliance = t.kind == Kind::Local && dice.chance(12);
    return t;
}

using Override = std::function<void(Traits &)>;

Override withStatus(const QString &status)
{
    return [status](Traits &t) {
        t.status = status;
    };
}

// The situations an operator must be able to spot (design.md, fleet signals) and every documented value:
// each is forced onto one client, so even a small fleet shows all of them.
QList<Override> forcedCases()
{
    QList<Override> cases;
    for (const QString &status : allStatuses())
        cases.append(withStatus(status));
    cases.append([](Traits &t) { t.kind = Kind::Container; });
    cases.append([](Traits &t) { t.kind = Kind::Local; });
    cases.append([](Traits &t) {
        t.kind = Kind::Local;
        t.appliance = true;
    });
    cases.append([](Traits &t) {
        t.kind = Kind::Ecs;
        t.network = QStringLiteral("PUBLIC");
        t.https = false;
    });
    cases.append([](Traits &t) {
        t.kind = Kind::Ecs;
        t.network = QStringLiteral("PUBLIC");
        t.https = true;
    });
    cases.append([](Traits &t) { t.network = QStringLiteral("VPC"); });
    cases.append([](Traits &t) {
        t.kind = Kind::Ecs;
        t.network = QStringLiteral("CLASSIC");
    });
    cases.append([](Traits &t) { t.proxy = QStringLiteral("DISABLE"); });
    cases.append([](Traits &t) { t.proxy = QStringLiteral("USE_CONTROL_PROXY"); });
    cases.append([](Traits &t) {
        t.proxy = QStringLiteral("CUSTOM");
        t.proxyFlaw = ProxyFlaw::None;
    });
    cases.append([](Traits &t) {
        t.proxy = QStringLiteral("CUSTOM");
        t.proxyFlaw = ProxyFlaw::EmptyHost;
    });
    cases.append([](Traits &t) {
        t.proxy = QStringLiteral("CUSTOM");
        t.proxyFlaw = ProxyFlaw::ZeroPort;
    });
    for (const char *status : {"INSTALLING", "UPGRADING", "UNINSTALLING"}) {
        cases.append([status](Traits &t) {
            t.status = QLatin1String(status);
            t.stuck = true;
        });
    }
    cases.append([](Traits &t) {
        t.status = QStringLiteral("UPGRADING");
        t.stuck = false;
    });
    cases.append([](Traits &t) {
        t.status = QStringLiteral("ACTIVATED");
        t.version = QStringLiteral("2.12.0");
        t.maxMemory = true;
    });
    cases.append([](Traits &t) {
        t.status = QStringLiteral("ACTIVATED");
        t.version = QStringLiteral("2.14.2");
        t.maxMemory = true;
    });
    cases.append([](Traits &t) { t.tags = TagStyle::Chinese; });
    cases.append([](Traits &t) { t.tags = TagStyle::None; });
    cases.append([](Traits &t) { t.emptyHostname = true; });
    cases.append([](Traits &t) {
        t.kind = Kind::Ecs;
        t.missingInstanceName = true;
    });
    cases.append([](Traits &t) {
        t.status = QStringLiteral("ACTIVATED");
        t.heartbeat = Heartbeat::Stale;
    });
    cases.append([](Traits &t) {
        t.status = QStringLiteral("ACTIVATED");
        t.heartbeat = Heartbeat::Ancient;
    });
    cases.append([](Traits &t) {
        t.status = QStringLiteral("ACTIVATED");
        t.version = QStringLiteral("2.9.8");
    });
    cases.append([](Traits &t) {
        t.status = QStringLiteral("ACTIVATED");
        t.version = QStringLiteral("2.10.3");
    });
    cases.append([](Traits &t) {
        t.status = QStringLiteral("ACTIVATED");
        t.version = QStringLiteral("2.4.5");
    });
    cases.append([](Traits &t) { t.protectedBackup = false; });
    cases.append([](Traits &t) { t.alert = true; });
    cases.append([](Traits &t) { t.alert = false; });
    return cases;
}

struct TagPool
{
    QString key;
    QString value;
};

QJsonArray makeTags(Dice &dice, TagStyle style, const QString &env)
{
    QJsonArray tags;
    auto add = [&tags](const QString &key, const QString &value) {
        tags.append(QJsonObject{{QStringLiteral("Key"), key}, {QStringLiteral("Value"), value}});
    };
    if (style == TagStyle::None)
        return tags;
    if (style == TagStyle::Random && dice.chance(18))
        return tags;

    if (style == TagStyle::Chinese || dice.chance(85))
        add(QStringLiteral("env"), env);
    if (style == TagStyle::Chinese || dice.chance(20))
        add(QStringLiteral("环境"),
            env == QLatin1String("prod") ? QStringLiteral("生产") : QStringLiteral("测试"));

    static const QList<TagPool> pool = {
        {QStringLiteral("部门"), QStringLiteral("财务部")},
        {QStringLiteral("部门"), QStringLiteral("研发中心")},
        {QStringLiteral("部门"), QStringLiteral("市场部")},
        {QStringLiteral("owner"), QStringLiteral("ops-team")},
        {QStringLiteral("owner"), QStringLiteral("dba-team")},
        {QStringLiteral("app"), QStringLiteral("erp")},
        {QStringLiteral("app"), QStringLiteral("订单系统")},
        {QStringLiteral("project"), QStringLiteral("数据中台")},
        {QStringLiteral("cost-center"), QStringLiteral("CC-1024")},
    };
    QSet<QString> usedKeys;
    if (style == TagStyle::Chinese) {
        add(pool.at(0).key, pool.at(0).value);
        usedKeys.insert(pool.at(0).key);
    }
    const int extra = dice.below(4);
    for (int i = 0; i < extra; ++i) {
        const TagPool &tag = dice.pick(pool);
        if (usedKeys.contains(tag.key))
            continue;
        usedKeys.insert(tag.key);
        add(tag.key, tag.value);
    }
    return tags;
}

QString privateIp(Dice &dice, const QString &network)
{
    if (network == QLatin1String("CLASSIC"))
        return QStringLiteral("10.%1.%2.%3")
            .arg(dice.between(80, 180))
            .arg(dice.below(256))
            .arg(dice.between(2, 254));
    switch (dice.below(3)) {
    case 0:
        return QStringLiteral("172.%1.%2.%3")
            .arg(dice.between(16, 31))
            .arg(dice.below(256))
            .arg(dice.between(2, 254));
    case 1:
        return QStringLiteral("192.168.%1.%2").arg(dice.below(256)).arg(dice.between(2, 254));
    default:
        return QStringLiteral("10.%1.%2.%3")
            .arg(dice.below(256))
            .arg(dice.below(256))
            .arg(dice.between(2, 254));
    }
}

qint64 heartbeatAge(Dice &dice, Heartbeat heartbeat)
{
    switch (heartbeat) {
    case Heartbeat::Fresh:
        return dice.between(3, 600);
    case Heartbeat::Stale:
        return dice.between(31 * 60, 23 * 3600);
    case Heartbeat::Old:
        return dice.between(86400, 30 * 86400);
    case Heartbeat::Ancient:
        return dice.between(60 * 86400, 400 * 86400);
    }
    return 0;
}

class FleetBuilder
{
public:
    FleetBuilder(const DemoFleetSpec &spec, const QStringList &regions)
        : m_dice(spec.seed)
        , m_regions(regions)
        , m_now(spec.nowSeconds > 0 ? spec.nowSeconds : kDemoReferenceNow)
    {
        for (int i = 0; i < m_regions.size(); ++i) {
            m_regionWeights.append(regionWeight(m_regions.at(i), i));
            QStringList clusters;
            const int clusterCount = 2 + m_dice.below(3);
            for (int c = 0; c < clusterCount; ++c)
                clusters.append(QStringLiteral("cl-000") + m_dice.alnum(17));
            m_clusters.append(clusters);
        }
    }

    QList<DemoClientRecord> build(int count)
    {
        QList<DemoClientRecord> fleet;
        if (count <= 0 || m_regions.isEmpty())
            return fleet;
        fleet.reserve(count);

        // Which client gets which forced case: a seeded shuffle spreads them over regions and positions.
        std::vector<int> order(static_cast<size_t>(count));
        for (int i = 0; i < count; ++i)
            order[static_cast<size_t>(i)] = i;
        for (int i = count - 1; i > 0; --i)
            std::swap(order[static_cast<size_t>(i)], order[static_cast<size_t>(m_dice.below(i + 1))]);
        const QList<Override> cases = forcedCases();
        QHash<int, int> caseOf;
        for (int c = 0; c < cases.size() && c < count; ++c)
            caseOf.insert(order[static_cast<size_t>(c)], c);

        for (int i = 0; i < count; ++i) {
            Traits traits = randomTraits(m_dice, m_regionWeights);
            // The first clients cover every region, whatever the weights say.
            if (i < m_regions.size())
                traits.region = i;
            const auto forced = caseOf.constFind(i);
            if (forced != caseOf.constEnd())
                cases.at(forced.value())(traits);
            fleet.append(makeClient(traits));
        }
        return fleet;
    }

private:
    QString uniqueId(const QString &prefix, int length, QSet<QString> &used)
    {
        for (;;) {
            const QString id = prefix + m_dice.alnum(length);
            if (!used.contains(id)) {
                used.insert(id);
                return id;
            }
        }
    }

    QString nextNumber(const QString &key, int width)
    {
        const int n = ++m_counters[key];
        return QStringLiteral("%1").arg(n, width, 10, QLatin1Char('0'));
    }

    QString ecsHostname(const QString &env, bool windows, const QString &instanceId)
    {
        if (windows) {
            static const QStringList roles = {QStringLiteral("WIN-SQL"), QStringLiteral("WIN-AD-DC"),
                                              QStringLiteral("WIN-FS"), QStringLiteral("WIN-IIS")};
            if (m_dice.chance(25))
                return QStringLiteral("WIN-") +
                       m_dice.fromAlphabet(QLatin1StringView("ABCDEFGHJKLMNPQRSTUVWXYZ0123456789"), 11);
            const QString role = m_dice.pick(roles);
            return role + nextNumber(role, 2);
        }
        // Instances launched without a hostname keep Alibaba's default "iZ<id>Z".
        if (m_dice.chance(12))
            return QStringLiteral("iZ") + instanceId.mid(2) + QLatin1Char('Z');
        static const QStringList envRoles = {QStringLiteral("web"), QStringLiteral("api"),
                                             QStringLiteral("app"), QStringLiteral("nginx"),
                                             QStringLiteral("batch-worker")};
        static const QStringList roles = {QStringLiteral("db-mysql"),    QStringLiteral("db-pg"),
                                          QStringLiteral("redis-cache"), QStringLiteral("kafka"),
                                          QStringLiteral("log-es"),      QStringLiteral("jenkins-ci"),
                                          QStringLiteral("gitlab"),      QStringLiteral("file-srv"),
                                          QStringLiteral("erp-fin"),     QStringLiteral("bi-report")};
        if (m_dice.chance(55)) {
            const QString stem = m_dice.pick(envRoles) + QLatin1Char('-') + env;
            return stem + QLatin1Char('-') + nextNumber(stem, 3);
        }
        const QString role = m_dice.pick(roles);
        return role + QLatin1Char('-') + nextNumber(role, 2);
    }

    QString localHostname(bool appliance)
    {
        if (appliance)
            return QStringLiteral("hbr-appliance-") + nextNumber(QStringLiteral("appliance"), 2);
        static const QStringList roles = {QStringLiteral("nas-gw"),     QStringLiteral("fileserver-bj"),
                                          QStringLiteral("SRV-FS"),     QStringLiteral("hq-oracle"),
                                          QStringLiteral("dc2-vmhost"), QStringLiteral("idc-sh-nfs")};
        const QString role = m_dice.pick(roles);
        return role + QLatin1Char('-') + nextNumber(role, 2);
    }

    DemoClientRecord makeClient(Traits t)
    {
        const QString region = m_regions.at(t.region);
        const bool transitional = t.status == QLatin1String("INSTALLING") ||
                                  t.status == QLatin1String("UPGRADING") ||
                                  t.status == QLatin1String("UNINSTALLING");
        // A client that never got installed has no version to report; one that is being (or failed being)
        // upgraded runs an older one.
        if (t.status == QLatin1String("NOT_INSTALLED") || t.status == QLatin1String("INSTALLING"))
            t.version.clear();
        else if ((t.status == QLatin1String("UPGRADING") || t.status == QLatin1String("UPGRADE_FAILED")) &&
                 t.version == QLatin1String(kDemoMaxClientVersion))
            t.version = olderVersion(m_dice);
        if (t.status == QLatin1String("NOT_INSTALLED"))
            t.protectedBackup = false;
        if (t.kind == Kind::Container && t.network == QLatin1String("CLASSIC"))
            t.network = QStringLiteral("VPC");
        if (t.kind != Kind::Local)
            t.appliance = false;

        const QString env =
            QList<QString>{QStringLiteral("prod"), QStringLiteral("staging"), QStringLiteral("dev"),
                           QStringLiteral("test")}[m_dice.weighted({55, 25, 10, 10})];

        DemoClientRecord record;
        record.regionId = region;
        QJsonObject o;
        o.insert(QStringLiteral("ClientId"), uniqueId(QStringLiteral("c-000"), 17, m_clientIds));
        o.insert(QStringLiteral("ClientType"), t.kind == Kind::Ecs ? QStringLiteral("ECS_CLIENT")
                                               : t.kind == Kind::Container
                                                   ? QStringLiteral("CONTAINER_CLIENT")
                                                   : QStringLiteral("LOCAL_CLIENT"));
        o.insert(QStringLiteral("Status"), t.status);
        o.insert(QStringLiteral("BackupStatus"),
                 t.protectedBackup ? QStringLiteral("PROTECTED") : QStringLiteral("UNPROTECTED"));
        o.insert(QStringLiteral("ClientVersion"), t.version);
        o.insert(QStringLiteral("MaxClientVersion"), QLatin1String(kDemoMaxClientVersion));
        o.insert(QStringLiteral("Appliance"), t.appliance);

        QString hostname;
        switch (t.kind) {
        case Kind::Ecs: {
            const QString prefix = instanceIdPrefix(region);
            const QString instanceId =
                QStringLiteral("i-") + (prefix.isEmpty() ? m_dice.alnum(3) : prefix) + m_dice.alnum(17);
            const bool windows = m_dice.chance(18);
            hostname = ecsHostname(env, windows, instanceId);
            o.insert(QStringLiteral("InstanceId"), instanceId);
            o.insert(QStringLiteral("OsType"), windows ? QStringLiteral("windows") : QStringLiteral("linux"));
            o.insert(QStringLiteral("ArchType"),
                     m_dice.chance(windows ? 15 : 3) ? QStringLiteral("386") : QStringLiteral("amd64"));
            o.insert(QStringLiteral("PrivateIpV4"), privateIp(m_dice, t.network));
            o.insert(QStringLiteral("ZoneId"), m_dice.pick(demoZones(region)));
            if (!t.missingInstanceName) {
                static const QStringList chineseNames = {
                    QStringLiteral("财务系统-生产"), QStringLiteral("订单服务"),
                    QStringLiteral("数据仓库节点"), QStringLiteral("官网前端")};
                const int style = m_dice.weighted({70, 15, 15});
                QString name = hostname;
                if (style == 1)
                    name = QStringLiteral("launch-advisor-20%1%2%3")
                               .arg(m_dice.between(21, 24))
                               .arg(m_dice.between(1, 12), 2, 10, QLatin1Char('0'))
                               .arg(m_dice.between(1, 28), 2, 10, QLatin1Char('0'));
                else if (style == 2)
                    name = m_dice.pick(chineseNames) + QLatin1Char('-') +
                           nextNumber(QStringLiteral("cn-name"), 2);
                o.insert(QStringLiteral("InstanceName"), name);
            }
            break;
        }
        case Kind::Container: {
            record.clusterId = m_dice.pick(m_clusters.at(t.region));
            // ACK names its nodes "<region>.<private ip>"; the client runs on such a node.
            hostname = region + QLatin1Char('.') + privateIp(m_dice, t.network);
            const QString prefix = instanceIdPrefix(region);
            const QString instanceId =
                QStringLiteral("i-") + (prefix.isEmpty() ? m_dice.alnum(3) : prefix) + m_dice.alnum(17);
            o.insert(QStringLiteral("InstanceId"), instanceId);
            break;
        }
        case Kind::Local:
            hostname = localHostname(t.appliance);
            o.insert(QStringLiteral("InstanceId"), m_dice.hex(32));
            break;
        }
        if (t.emptyHostname || (t.status == QLatin1String("NOT_INSTALLED") && m_dice.chance(50)))
            hostname.clear();
        o.insert(QStringLiteral("Hostname"), hostname);

        const qint64 hbAge = heartbeatAge(m_dice, t.heartbeat);
        const qint64 createdAge = hbAge + m_dice.between(86400, 900 * 86400);
        qint64 updatedAge = m_dice.between(60, createdAge);
        if (transitional)
            updatedAge = t.stuck ? m_dice.between(16 * 60, 3 * 86400) : m_dice.between(10, 10 * 60);
        o.insert(QStringLiteral("CreatedTime"), m_now - createdAge);
        o.insert(QStringLiteral("UpdatedTime"), m_now - qMin(updatedAge, createdAge));
        o.insert(QStringLiteral("LastHeartBeatTime"),
                 t.status == QLatin1String("NOT_INSTALLED") ? m_now - createdAge : m_now - hbAge);

        o.insert(QStringLiteral("Tags"), makeTags(m_dice, t.tags, env));
        o.insert(QStringLiteral("Settings"), makeSettings(t));
        record.json = o;
        return record;
    }

    QJsonObject makeSettings(const Traits &t)
    {
        QJsonObject s;
        s.insert(QStringLiteral("DataNetworkType"), t.network);
        s.insert(QStringLiteral("DataProxySetting"), t.proxy);
        s.insert(QStringLiteral("UseHttps"), t.https ? QStringLiteral("true") : QStringLiteral("false"));
        QString host;
        qint64 port = 0;
        QString user;
        QString password;
        if (t.proxy == QLatin1String("CUSTOM")) {
            static const QStringList hosts = {QStringLiteral("192.168.11.100"), QStringLiteral("10.0.0.8"),
                                              QStringLiteral("proxy.corp.example.com"),
                                              QStringLiteral("squid-01.intra.example.cn")};
            static const QList<qint64> ports = {3128, 8080, 8888};
            host = t.proxyFlaw == ProxyFlaw::EmptyHost ? QString() : m_dice.pick(hosts);
            port = t.proxyFlaw == ProxyFlaw::ZeroPort ? 0 : m_dice.pick(ports);
            if (m_dice.chance(50)) {
                static const QStringList users = {QStringLiteral("backup-proxy"), QStringLiteral("squid"),
                                                  QStringLiteral("hbr")};
                static const QStringList passwords = {QStringLiteral("Pr0xy!2024"),
                                                      QStringLiteral("s3cr3t-Squid"),
                                                      QStringLiteral("Hbr#Proxy88")};
                user = m_dice.pick(users);
                password = m_dice.chance(60) ? QStringLiteral("******") : m_dice.pick(passwords);
            }
        }
        s.insert(QStringLiteral("ProxyHost"), host);
        s.insert(QStringLiteral("ProxyPort"), port);
        s.insert(QStringLiteral("ProxyUser"), user);
        s.insert(QStringLiteral("ProxyPassword"), password);
        static const QStringList cpu = {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"),
                                        QStringLiteral("4"), QStringLiteral("8")};
        static const QStringList workers = {QStringLiteral("0"), QStringLiteral("1"), QStringLiteral("2"),
                                            QStringLiteral("4")};
        s.insert(QStringLiteral("MaxCpuCore"), cpu.at(m_dice.weighted({70, 8, 10, 8, 4})));
        s.insert(QStringLiteral("MaxWorker"), workers.at(m_dice.weighted({65, 15, 12, 8})));
        static const QList<qint64> memories = {512LL << 20, 1LL << 30, 2LL << 30, 4LL << 30};
        s.insert(QStringLiteral("MaxMemory"), t.maxMemory ? m_dice.pick(memories) : qint64(0));
        s.insert(QStringLiteral("AlertOnPartialComplete"), t.alert);
        return s;
    }

    Dice m_dice;
    QStringList m_regions;
    qint64 m_now;
    QList<int> m_regionWeights;
    QList<QStringList> m_clusters;
    QSet<QString> m_clientIds;
    QHash<QString, int> m_counters;
};

} // namespace

QStringList demoRegions()
{
    return {QStringLiteral("cn-hangzhou"), QStringLiteral("cn-shanghai"), QStringLiteral("cn-beijing"),
            QStringLiteral("ap-southeast-1"), QStringLiteral("eu-central-1")};
}

QStringList demoZones(const QString &region)
{
    static const QHash<QString, QStringList> zones = {
        {QStringLiteral("cn-hangzhou"),
         {QStringLiteral("cn-hangzhou-f"), QStringLiteral("cn-hangzhou-g"), QStringLiteral("cn-hangzhou-h"),
          QStringLiteral("cn-hangzhou-i"), QStringLiteral("cn-hangzhou-j"), QStringLiteral("cn-hangzhou-k")}},
        {QStringLiteral("cn-shanghai"),
         {QStringLiteral("cn-shanghai-b"), QStringLiteral("cn-shanghai-e"), QStringLiteral("cn-shanghai-f"),
          QStringLiteral("cn-shanghai-g"), QStringLiteral("cn-shanghai-l"), QStringLiteral("cn-shanghai-m")}},
        {QStringLiteral("cn-beijing"),
         {QStringLiteral("cn-beijing-c"), QStringLiteral("cn-beijing-g"), QStringLiteral("cn-beijing-h"),
          QStringLiteral("cn-beijing-i"), QStringLiteral("cn-beijing-j"), QStringLiteral("cn-beijing-k"),
          QStringLiteral("cn-beijing-l")}},
        {QStringLiteral("ap-southeast-1"),
         {QStringLiteral("ap-southeast-1a"), QStringLiteral("ap-southeast-1b"),
          QStringLiteral("ap-southeast-1c")}},
        {QStringLiteral("eu-central-1"), {QStringLiteral("eu-central-1a"), QStringLiteral("eu-central-1b")}},
    };
    const auto it = zones.constFind(region);
    if (it != zones.constEnd())
        return it.value();
    return {region + QLatin1String("-a"), region + QLatin1String("-b")};
}

QList<DemoClientRecord> generateDemoFleet(const DemoFleetSpec &spec)
{
    const QStringList regions = spec.regions.isEmpty() ? demoRegions() : spec.regions;
    return FleetBuilder(spec, regions).build(spec.clientCount);
}

} // namespace hbr::demo
