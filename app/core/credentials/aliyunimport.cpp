#include "aliyunimport.h"

#include "profilestore.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSet>

namespace hbr::credentials {

namespace {

QString quoted(const QString &text)
{
    return QLatin1Char('"') + text + QLatin1Char('"');
}

// Why each mode the aliyun CLI knows cannot become one of our profiles yet. Keys are lower-case.
QString unsupportedModeReason(const QString &mode)
{
    const QString m = mode.toLower();
    const QString notYet = QStringLiteral("Mode %1 is not supported yet: ").arg(mode);
    if (m == QLatin1String("ramrolearn"))
        return notYet +
               QStringLiteral("it needs an STS AssumeRole call to turn the role ARN into temporary keys, "
                              "which this version does not make.");
    if (m == QLatin1String("chainableramrolearn"))
        return notYet +
               QStringLiteral("it assumes a role with the keys of another profile (an STS AssumeRole "
                              "call), which this version does not make.");
    if (m == QLatin1String("ramrolearnwithrolename"))
        return notYet +
               QStringLiteral("this deprecated mode needs an STS AssumeRole call, which this version "
                              "does not make.");
    if (m == QLatin1String("ecsramrole"))
        return notYet +
               QStringLiteral("it only works on an ECS instance, which gets its keys from the instance "
                              "metadata service.");
    if (m == QLatin1String("external"))
        return notYet + QStringLiteral("its keys come from running an external command each time, which this "
                                       "version does not do.");
    if (m == QLatin1String("credentialsuri"))
        return notYet + QStringLiteral("its keys come from fetching a URL each time, which this version does "
                                       "not do.");
    if (m == QLatin1String("oidc"))
        return notYet + QStringLiteral("it exchanges an OIDC token for temporary keys through STS "
                                       "(AssumeRoleWithOIDC), which this version does not do.");
    if (m == QLatin1String("cloudsso"))
        return notYet +
               QStringLiteral("it needs a CloudSSO browser sign-in to get temporary keys, which this "
                              "version does not do.");
    if (m == QLatin1String("oauth"))
        return notYet + QStringLiteral("it needs an OAuth browser sign-in to get temporary keys, which this "
                                       "version does not do.");
    if (m == QLatin1String("bearertoken"))
        return notYet + QStringLiteral("a bearer token is not an AccessKey and cannot sign Cloud Backup API "
                                       "requests.");
    if (m == QLatin1String("anonymous"))
        return notYet + QStringLiteral("it has no keys, and Cloud Backup API requests must be signed.");
    if (m == QLatin1String("rsakeypair"))
        return notYet + QStringLiteral("this deprecated mode needs an STS call to turn the key pair into "
                                       "temporary keys, which this version does not make.");
    if (mode.isEmpty())
        return QStringLiteral("The profile has no mode, so it is not clear what its keys are.");
    return QStringLiteral("Mode %1 is not known to this version, so it is not imported.").arg(quoted(mode));
}

QString stringField(const QJsonObject &object, const char *key)
{
    return object.value(QLatin1String(key)).toString().trimmed();
}

} // namespace

QString defaultAliyunConfigPath()
{
#ifdef Q_OS_WIN
    QString home = qEnvironmentVariable("USERPROFILE");
    if (home.isEmpty())
        home = qEnvironmentVariable("HOMEDRIVE") + qEnvironmentVariable("HOMEPATH");
    if (home.isEmpty())
        home = QDir::homePath();
#else
    const QString home = QDir::homePath();
#endif
    return QDir(home).filePath(QStringLiteral(".aliyun/config.json"));
}

std::optional<AliyunConfig> parseAliyunConfig(const QByteArray &json, QString *error)
{
    auto fail = [error](const QString &message) -> std::optional<AliyunConfig> {
        if (error)
            *error = message;
        return std::nullopt;
    };
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Line and column help more than a byte offset when the user opens the file to fix it.
        const QByteArray before = json.left(parseError.offset);
        const qsizetype line = before.count('\n') + 1;
        const qsizetype column = parseError.offset - (before.lastIndexOf('\n') + 1) + 1;
        return fail(QStringLiteral("The aliyun CLI configuration is not valid JSON: %1 at line %2, column %3 "
                                   "(byte %4).")
                        .arg(parseError.errorString())
                        .arg(line)
                        .arg(column)
                        .arg(parseError.offset));
    }
    if (!document.isObject())
        return fail(
            QStringLiteral("The aliyun CLI configuration is not a JSON object, so it is not an aliyun "
                           "CLI config.json."));
    const QJsonObject root = document.object();
    const QJsonValue profiles = root.value(QLatin1String("profiles"));
    if (!profiles.isArray())
        return fail(QStringLiteral("The aliyun CLI configuration has no \"profiles\" list, so it is not an "
                                   "aliyun CLI config.json."));

    AliyunConfig config;
    config.current = stringField(root, "current");
    const QJsonArray array = profiles.toArray();
    for (const QJsonValue &value : array) {
        if (!value.isObject())
            continue; // not something the aliyun CLI writes; nothing in it could be imported
        const QJsonObject object = value.toObject();
        AliyunProfile p;
        p.name = stringField(object, "name");
        p.mode = stringField(object, "mode");
        p.accessKeyId = stringField(object, "access_key_id");
        p.accessKeySecret = stringField(object, "access_key_secret");
        p.stsToken = stringField(object, "sts_token");
        p.regionId = stringField(object, "region_id");
        config.profiles.append(p);
    }
    return config;
}

AliyunImportPlan planAliyunImport(const AliyunConfig &config, const QStringList &names, bool all,
                                  const ProfileStore &existing)
{
    AliyunImportPlan plan;

    QStringList wanted = names;
    if (wanted.isEmpty() && !all) {
        if (config.current.isEmpty()) {
            plan.skipped.append(
                {QString(), QString(),
                 QStringLiteral("The aliyun CLI configuration names no current profile; name the "
                                "profiles to import or import all of them.")});
            return plan;
        }
        wanted = {config.current};
    }

    QSet<QString> planned;
    auto consider = [&](const AliyunProfile &p) {
        const QString mode = p.mode.toLower();
        const bool ak = mode == QLatin1String("ak");
        const bool sts = mode == QLatin1String("ststoken");
        if (!ak && !sts) {
            plan.skipped.append({p.name, p.mode, unsupportedModeReason(p.mode)});
            return;
        }
        if (const QString problem = profileNameProblem(p.name); !problem.isEmpty()) {
            plan.skipped.append(
                {p.name, p.mode, QStringLiteral("Its name cannot name a profile here: ") + problem});
            return;
        }
        if (existing.contains(p.name)) {
            plan.skipped.append({p.name, p.mode,
                                 QStringLiteral("A profile named %1 already exists; it was not overwritten.")
                                     .arg(quoted(p.name))});
            return;
        }
        if (planned.contains(p.name)) {
            plan.skipped.append(
                {p.name, p.mode,
                 QStringLiteral("The file has more than one profile named %1; only the first is "
                                "imported.")
                     .arg(quoted(p.name))});
            return;
        }
        if (p.accessKeyId.isEmpty() || p.accessKeySecret.isEmpty()) {
            plan.skipped.append(
                {p.name, p.mode,
                 QStringLiteral("The profile is incomplete: its AccessKey ID or secret is empty.")});
            return;
        }
        if (sts && p.stsToken.isEmpty()) {
            plan.skipped.append(
                {p.name, p.mode,
                 QStringLiteral("The profile is incomplete: mode StsToken needs an STS token, and "
                                "its sts_token is empty.")});
            return;
        }

        AliyunImportItem item;
        item.profile.name = p.name;
        item.profile.accessKeyId = p.accessKeyId;
        item.profile.kind = sts ? CredentialKind::StsToken : CredentialKind::AccessKey;
        // A region the CLI would not accept either is dropped rather than failing the import.
        if (api::isPlausibleRegionId(p.regionId))
            item.profile.regions = {p.regionId};
        item.secret = p.accessKeySecret;
        if (sts)
            item.securityToken = p.stsToken;
        if (const QString problem = profileProblem(item.profile); !problem.isEmpty()) {
            plan.skipped.append({p.name, p.mode, problem});
            return;
        }
        planned.insert(p.name);
        plan.importable.append(item);
    };

    if (all && names.isEmpty()) {
        for (const AliyunProfile &p : config.profiles)
            consider(p);
        return plan;
    }
    QSet<QString> seen;
    for (const QString &name : std::as_const(wanted)) {
        if (seen.contains(name))
            continue;
        seen.insert(name);
        const auto it = std::find_if(config.profiles.cbegin(), config.profiles.cend(),
                                     [&name](const AliyunProfile &p) { return p.name == name; });
        if (it == config.profiles.cend()) {
            plan.skipped.append(
                {name, QString(),
                 QStringLiteral("The aliyun CLI configuration has no profile named %1.").arg(quoted(name))});
            continue;
        }
        consider(*it);
    }
    return plan;
}

} // namespace hbr::credentials
