#include "profilestore.h"

#include <QSettings>
#include <QUrl>
#include <algorithm>

namespace hbr::credentials {

namespace {

const QString kProfilesGroup = QStringLiteral("profiles");
const QString kLastUsedKey = QStringLiteral("state/lastUsedProfile");

// QSettings reads '/' and '\\' as group separators and folds case on some backends; percent-encoding every
// character but [A-Za-z0-9-._~] gives a group name that means the same thing everywhere, even for a name that
// was never validated (a hand-edited file).
QString groupKey(const QString &name)
{
    return QString::fromLatin1(QUrl::toPercentEncoding(name));
}

QString nameFromGroupKey(const QString &key)
{
    return QUrl::fromPercentEncoding(key.toLatin1());
}

QString signatureVersionName(api::SignatureVersion version)
{
    return version == api::SignatureVersion::V1 ? QStringLiteral("V1") : QStringLiteral("V3");
}

// RAII so that every return path leaves the settings at the top level.
class GroupScope
{
public:
    GroupScope(QSettings *settings, const QString &group)
        : m_settings(settings)
    {
        m_settings->beginGroup(group);
    }
    ~GroupScope() { m_settings->endGroup(); }
    GroupScope(const GroupScope &) = delete;
    GroupScope &operator=(const GroupScope &) = delete;

private:
    QSettings *m_settings;
};

bool syncOk(QSettings *settings)
{
    settings->sync();
    return settings->status() == QSettings::NoError;
}

} // namespace

ProfileStore::ProfileStore(QSettings *settings)
    : m_settings(settings)
{
    Q_ASSERT(settings);
}

QStringList ProfileStore::names() const
{
    QStringList names;
    {
        GroupScope scope(m_settings, kProfilesGroup);
        const QStringList groups = m_settings->childGroups();
        for (const QString &group : groups) {
            const QString name = nameFromGroupKey(group);
            // A group we did not write (not in our encoding) could alias another name; leave it alone.
            if (groupKey(name) == group)
                names.append(name);
        }
    }
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        const int folded = a.compare(b, Qt::CaseInsensitive);
        return folded != 0 ? folded < 0 : a < b;
    });
    return names;
}

bool ProfileStore::contains(const QString &name) const
{
    if (name.isEmpty())
        return false;
    GroupScope scope(m_settings, kProfilesGroup);
    return m_settings->childGroups().contains(groupKey(name));
}

std::optional<Profile> ProfileStore::profile(const QString &name) const
{
    if (!contains(name))
        return std::nullopt;
    GroupScope scope(m_settings, kProfilesGroup + QLatin1Char('/') + groupKey(name));
    Profile p;
    p.name = name;
    p.accessKeyId = m_settings->value(QStringLiteral("accessKeyId")).toString();
    p.kind = credentialKindFromName(m_settings->value(QStringLiteral("kind")).toString())
                 .value_or(CredentialKind::AccessKey);
    p.regions =
        m_settings->value(QStringLiteral("regions")).toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (QString &region : p.regions)
        region = region.trimmed();
    p.endpointMode = endpointModeFromName(m_settings->value(QStringLiteral("endpointMode")).toString())
                         .value_or(EndpointMode::Public);
    p.endpointOverride = m_settings->value(QStringLiteral("endpointOverride")).toString();
    p.signatureVersion = m_settings->value(QStringLiteral("signatureVersion"))
                                     .toString()
                                     .compare(QLatin1String("V1"), Qt::CaseInsensitive) == 0
                             ? api::SignatureVersion::V1
                             : api::SignatureVersion::V3;
    p.crossAccountType = m_settings->value(QStringLiteral("crossAccountType")).toString();
    p.crossAccountUserId = m_settings->value(QStringLiteral("crossAccountUserId")).toString();
    p.crossAccountRoleName = m_settings->value(QStringLiteral("crossAccountRoleName")).toString();
    return p;
}

bool ProfileStore::save(const Profile &profile)
{
    if (profile.name.isEmpty())
        return false;
    const QString group = kProfilesGroup + QLatin1Char('/') + groupKey(profile.name);
    // Written as one string, not a QStringList: QSettings stores a one-element list as a plain string and
    // an empty one as "@Invalid()", neither of which reads back the same through every format.
    m_settings->remove(group);
    {
        GroupScope scope(m_settings, group);
        m_settings->setValue(QStringLiteral("accessKeyId"), profile.accessKeyId);
        m_settings->setValue(QStringLiteral("kind"), credentialKindName(profile.kind));
        m_settings->setValue(QStringLiteral("regions"), profile.regions.join(QLatin1Char(',')));
        m_settings->setValue(QStringLiteral("endpointMode"), endpointModeName(profile.endpointMode));
        if (!profile.endpointOverride.isEmpty())
            m_settings->setValue(QStringLiteral("endpointOverride"), profile.endpointOverride);
        m_settings->setValue(QStringLiteral("signatureVersion"),
                             signatureVersionName(profile.signatureVersion));
        if (!profile.crossAccountType.isEmpty())
            m_settings->setValue(QStringLiteral("crossAccountType"), profile.crossAccountType);
        if (!profile.crossAccountUserId.isEmpty())
            m_settings->setValue(QStringLiteral("crossAccountUserId"), profile.crossAccountUserId);
        if (!profile.crossAccountRoleName.isEmpty())
            m_settings->setValue(QStringLiteral("crossAccountRoleName"), profile.crossAccountRoleName);
    }
    return syncOk(m_settings);
}

bool ProfileStore::remove(const QString &name)
{
    if (!contains(name))
        return true;
    m_settings->remove(kProfilesGroup + QLatin1Char('/') + groupKey(name));
    if (lastUsed() == name)
        m_settings->remove(kLastUsedKey);
    return syncOk(m_settings);
}

QString ProfileStore::location() const
{
    return m_settings->fileName();
}

QString ProfileStore::lastUsed() const
{
    return m_settings->value(kLastUsedKey).toString();
}

void ProfileStore::setLastUsed(const QString &name)
{
    if (name.isEmpty())
        m_settings->remove(kLastUsedKey);
    else
        m_settings->setValue(kLastUsedKey, name);
    m_settings->sync();
}

} // namespace hbr::credentials
