#include "backupclient.h"

#include "stringpool.h"

#include <QJsonArray>
#include <QStringList>
#include <cmath>

namespace hbr {

namespace {

using F = BackupClient::Field;

struct StringField
{
    F field;
    QString BackupClient::*member;
    bool intern; ///< values that repeat across a fleet
};
struct IntField
{
    F field;
    qint64 BackupClient::*member;
};
struct BoolField
{
    F field;
    bool BackupClient::*member;
};

constexpr StringField kTopStrings[] = {
    {F::ArchType, &BackupClient::archType, true},
    {F::BackupStatus, &BackupClient::backupStatus, true},
    {F::ClientId, &BackupClient::clientId, false},
    {F::ClientType, &BackupClient::clientType, true},
    {F::ClientVersion, &BackupClient::clientVersion, true},
    {F::Hostname, &BackupClient::hostname, false},
    {F::InstanceId, &BackupClient::instanceId, false},
    {F::InstanceName, &BackupClient::instanceName, false},
    {F::MaxClientVersion, &BackupClient::maxClientVersion, true},
    {F::OsType, &BackupClient::osType, true},
    {F::PrivateIpV4, &BackupClient::privateIpV4, false},
    {F::Status, &BackupClient::status, true},
    {F::ZoneId, &BackupClient::zoneId, true},
};
constexpr IntField kTopInts[] = {
    {F::CreatedTime, &BackupClient::createdTime},
    {F::LastHeartBeatTime, &BackupClient::lastHeartBeatTime},
    {F::UpdatedTime, &BackupClient::updatedTime},
};
constexpr BoolField kTopBools[] = {{F::Appliance, &BackupClient::appliance}};

constexpr StringField kSettingsStrings[] = {
    {F::DataNetworkType, &BackupClient::dataNetworkType, true},
    {F::DataProxySetting, &BackupClient::dataProxySetting, true},
    {F::MaxCpuCore, &BackupClient::maxCpuCore, true},
    {F::MaxWorker, &BackupClient::maxWorker, true},
    {F::ProxyHost, &BackupClient::proxyHost, true},
    {F::ProxyPassword, &BackupClient::proxyPassword, true},
    {F::ProxyUser, &BackupClient::proxyUser, true},
    {F::UseHttps, &BackupClient::useHttps, true},
};
constexpr IntField kSettingsInts[] = {
    {F::MaxMemory, &BackupClient::maxMemory},
    {F::ProxyPort, &BackupClient::proxyPort},
};
constexpr BoolField kSettingsBools[] = {{F::AlertOnPartialComplete, &BackupClient::alertOnPartialComplete}};

constexpr const char *kKeys[] = {
    "Appliance",         "ArchType",         "BackupStatus", "ClientId",    "ClientType",
    "ClientVersion",     "CreatedTime",      "Hostname",     "InstanceId",  "InstanceName",
    "LastHeartBeatTime", "MaxClientVersion", "OsType",       "PrivateIpV4", "Status",
    "UpdatedTime",       "ZoneId",           "Settings",     "Tags",        "AlertOnPartialComplete",
    "DataNetworkType",   "DataProxySetting", "MaxCpuCore",   "MaxMemory",   "MaxWorker",
    "ProxyHost",         "ProxyPassword",    "ProxyPort",    "ProxyUser",   "UseHttps",
};
static_assert(std::size(kKeys) == BackupClient::FieldCount);

QString numberText(double d)
{
    if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9.0e15)
        return QString::number(static_cast<qint64>(d));
    return QString::number(d, 'g', 17);
}

// Each reader returns whether the value was usable; `exact` tells whether it came in the documented JSON
// type.
bool readString(const QJsonValue &v, QString &out, bool &exact)
{
    exact = v.isString();
    switch (v.type()) {
    case QJsonValue::String:
        out = v.toString();
        return true;
    case QJsonValue::Double:
        out = numberText(v.toDouble());
        return true;
    case QJsonValue::Bool:
        out = v.toBool() ? QStringLiteral("true") : QStringLiteral("false");
        return true;
    default:
        return false;
    }
}

// A double that fits a qint64, truncated toward zero; false for NaN, infinities and out-of-range values
// (a plain cast of those is undefined behaviour).
bool truncateToInt64(double d, qint64 &out)
{
    if (!std::isfinite(d) || d <= -9.2e18 || d >= 9.2e18)
        return false;
    out = static_cast<qint64>(d);
    return true;
}

bool readInt(const QJsonValue &v, qint64 &out, bool &exact)
{
    exact = false;
    if (v.isDouble()) {
        const qint64 i = v.toInteger(std::numeric_limits<qint64>::min());
        exact = i != std::numeric_limits<qint64>::min();
        if (exact) {
            out = i;
            return true;
        }
        return truncateToInt64(v.toDouble(), out);
    }
    if (v.isString()) {
        bool ok = false;
        const QString s = v.toString().trimmed();
        const qint64 i = s.toLongLong(&ok);
        if (ok) {
            out = i;
            return true;
        }
        const double d = s.toDouble(&ok);
        return ok && truncateToInt64(d, out);
    }
    if (v.isBool()) {
        out = v.toBool() ? 1 : 0;
        return true;
    }
    return false;
}

bool readBool(const QJsonValue &v, bool &out, bool &exact)
{
    exact = v.isBool();
    if (v.isBool()) {
        out = v.toBool();
        return true;
    }
    if (v.isString()) {
        const QString s = v.toString().trimmed();
        if (s.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 || s == QLatin1String("1")) {
            out = true;
            return true;
        }
        if (s.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0 || s == QLatin1String("0")) {
            out = false;
            return true;
        }
        return false;
    }
    if (v.isDouble()) {
        out = v.toDouble() != 0.0;
        return true;
    }
    return false;
}

template<typename StringTable, typename IntTable, typename BoolTable>
void decodeObject(const QJsonObject &object, BackupClient &c, QJsonObject &extras, const StringTable &strings,
                  const IntTable &ints, const BoolTable &bools, StringPool *pool, QLatin1StringView skip1,
                  QLatin1StringView skip2)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString key = it.key();
        const QJsonValue value = it.value();
        bool known = false;
        bool usable = false;
        bool exact = false;
        for (const auto &f : strings) {
            if (key == fieldKey(f.field)) {
                known = true;
                QString text;
                usable = readString(value, text, exact);
                if (usable) {
                    c.*f.member = (pool && f.intern) ? pool->intern(text) : text;
                    c.set(f.field);
                }
                break;
            }
        }
        for (const auto &f : ints) {
            if (known)
                break;
            if (key == fieldKey(f.field)) {
                known = true;
                usable = readInt(value, c.*f.member, exact);
                if (usable)
                    c.set(f.field);
                break;
            }
        }
        for (const auto &f : bools) {
            if (known)
                break;
            if (key == fieldKey(f.field)) {
                known = true;
                usable = readBool(value, c.*f.member, exact);
                if (usable)
                    c.set(f.field);
                break;
            }
        }
        if (!known && !skip1.isEmpty() && (key == skip1 || key == skip2))
            continue; // nested objects handled by the caller
        if (!known || !usable || !exact)
            extras.insert(key, value);
    }
}

QList<ClientTag> readTags(const QJsonValue &value, StringPool *pool, bool &exact)
{
    exact = value.isArray();
    QJsonArray array;
    if (value.isArray()) {
        array = value.toArray();
    } else if (value.isObject()) {
        // {"Tag": [...]}, the wrapped form other HBR APIs use.
        const QJsonObject wrapper = value.toObject();
        array = wrapper.value(QLatin1String("Tag")).toArray();
    }
    QList<ClientTag> tags;
    tags.reserve(array.size());
    for (const QJsonValue &element : std::as_const(array)) {
        const QJsonObject tag = element.toObject();
        if (!element.isObject() || tag.size() != 2 || !tag.value(QLatin1String("Key")).isString() ||
            !tag.value(QLatin1String("Value")).isString())
            exact = false;
        QString key;
        QString text;
        bool ignored = false;
        readString(tag.value(QLatin1String("Key")), key, ignored);
        readString(tag.value(QLatin1String("Value")), text, ignored);
        if (!element.isObject())
            continue;
        tags.append({std::move(key), std::move(text)});
    }
    return pool ? pool->internTags(tags) : tags;
}

template<typename StringTable, typename IntTable, typename BoolTable>
void encodeObject(const BackupClient &c, QJsonObject &out, const StringTable &strings, const IntTable &ints,
                  const BoolTable &bools)
{
    for (const auto &f : strings)
        if (c.has(f.field))
            out.insert(fieldKey(f.field), c.*f.member);
    for (const auto &f : ints)
        if (c.has(f.field))
            out.insert(fieldKey(f.field), c.*f.member);
    for (const auto &f : bools)
        if (c.has(f.field))
            out.insert(fieldKey(f.field), c.*f.member);
}

void overlay(QJsonObject &target, const QJsonObject &extras)
{
    for (auto it = extras.begin(); it != extras.end(); ++it)
        target.insert(it.key(), it.value());
}

} // namespace

QLatin1StringView fieldKey(BackupClient::Field field)
{
    return QLatin1StringView(kKeys[field]);
}

std::optional<bool> BackupClient::useHttpsValue() const
{
    if (!has(UseHttps))
        return std::nullopt;
    if (useHttps.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0 || useHttps == QLatin1String("1"))
        return true;
    if (useHttps.compare(QLatin1String("false"), Qt::CaseInsensitive) == 0 || useHttps == QLatin1String("0"))
        return false;
    return std::nullopt;
}

QString BackupClient::tagsText() const
{
    QStringList parts;
    parts.reserve(tags.size());
    for (const ClientTag &t : tags)
        parts.append(t.key + QLatin1Char('=') + t.value);
    return parts.join(QLatin1String(", "));
}

BackupClient BackupClient::fromJson(const QJsonObject &object, StringPool *pool)
{
    BackupClient c;
    decodeObject(object, c, c.extras, kTopStrings, kTopInts, kTopBools, pool, fieldKey(F::Settings),
                 fieldKey(F::Tags));

    const auto settings = object.constFind(QLatin1String("Settings"));
    if (settings != object.constEnd()) {
        if (settings->isObject()) {
            c.set(F::Settings);
            decodeObject(settings->toObject(), c, c.settingsExtras, kSettingsStrings, kSettingsInts,
                         kSettingsBools, pool, QLatin1StringView(), QLatin1StringView());
        } else {
            c.extras.insert(QLatin1String("Settings"), *settings);
        }
    }

    const auto tags = object.constFind(QLatin1String("Tags"));
    if (tags != object.constEnd()) {
        bool exact = false;
        c.tags = readTags(*tags, pool, exact);
        if (exact)
            c.set(F::Tags);
        else
            c.extras.insert(QLatin1String("Tags"), *tags);
    }

    // ECS names an instance after its host name more often than not: one shared copy for both.
    if (!c.instanceName.isEmpty() && c.instanceName == c.hostname)
        c.instanceName = c.hostname;
    return c;
}

QJsonObject BackupClient::toJson() const
{
    QJsonObject out;
    encodeObject(*this, out, kTopStrings, kTopInts, kTopBools);
    if (has(F::Settings)) {
        QJsonObject settings;
        encodeObject(*this, settings, kSettingsStrings, kSettingsInts, kSettingsBools);
        overlay(settings, settingsExtras);
        out.insert(QLatin1String("Settings"), settings);
    }
    if (has(F::Tags)) {
        QJsonArray array;
        for (const ClientTag &t : tags)
            array.append(QJsonObject{{QLatin1String("Key"), t.key}, {QLatin1String("Value"), t.value}});
        out.insert(QLatin1String("Tags"), array);
    }
    overlay(out, extras);
    return out;
}

QJsonObject BackupClient::toExportJson() const
{
    QJsonObject out = toJson();
    // A key the API itself sent wins over what we attach.
    if (!regionId.isEmpty() && !out.contains(QLatin1String("RegionId")))
        out.insert(QLatin1String("RegionId"), regionId);
    if (!profile.isEmpty() && !out.contains(QLatin1String("Profile")))
        out.insert(QLatin1String("Profile"), profile);
    return out;
}

} // namespace hbr
