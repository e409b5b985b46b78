#include "aliyunimport.h"

#include "profilestore.h"

#include <QCoreApplication>
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

// "Mode X is not supported yet: <reason>", the reason being one of the clauses below.
QString notYet(const QString &mode, const QString &reason)
{
    //: %1 is an aliyun CLI mode name, such as RamRoleArn (not translated); %2 is the reason, a clause that
    //: begins in lower case.
    return QCoreApplication::translate("hbr::AliyunImport", "Mode %1 is not supported yet: %2")
        .arg(mode, reason);
}

// Why each mode the aliyun CLI knows cannot become one of our profiles yet. Keys are lower-case. Each reason
// completes "Mode X is not supported yet: ".
QString unsupportedModeReason(const QString &mode)
{
    const QString m = mode.toLower();
    if (m == QLatin1String("ramrolearn"))
        //: Completes "Mode RamRoleArn is not supported yet:". STS and AssumeRole are Alibaba Cloud names.
        return notYet(mode, QCoreApplication::translate(
                                "hbr::AliyunImport",
                                "it needs an STS AssumeRole call to turn the role ARN into temporary keys, "
                                "which this version does not make."));
    if (m == QLatin1String("chainableramrolearn"))
        //: Completes "Mode ChainableRamRoleArn is not supported yet:".
        return notYet(mode,
                      QCoreApplication::translate("hbr::AliyunImport",
                                                  "it assumes a role with the keys of another profile (an "
                                                  "STS AssumeRole call), which this version does not make."));
    if (m == QLatin1String("ramrolearnwithrolename"))
        //: Completes "Mode RamRoleArnWithRoleName is not supported yet:".
        return notYet(mode,
                      QCoreApplication::translate("hbr::AliyunImport",
                                                  "this deprecated mode needs an STS AssumeRole call, which "
                                                  "this version does not make."));
    if (m == QLatin1String("ecsramrole"))
        //: Completes "Mode EcsRamRole is not supported yet:".
        return notYet(mode, QCoreApplication::translate(
                                "hbr::AliyunImport", "it only works on an ECS instance, which gets its keys "
                                                     "from the instance metadata service."));
    if (m == QLatin1String("external"))
        //: Completes "Mode External is not supported yet:".
        return notYet(mode, QCoreApplication::translate("hbr::AliyunImport",
                                                        "its keys come from running an external command each "
                                                        "time, which this version does not do."));
    if (m == QLatin1String("credentialsuri"))
        //: Completes "Mode CredentialsURI is not supported yet:".
        return notYet(mode,
                      QCoreApplication::translate("hbr::AliyunImport",
                                                  "its keys come from fetching a URL each time, which this "
                                                  "version does not do."));
    if (m == QLatin1String("oidc"))
        //: Completes "Mode OIDC is not supported yet:". AssumeRoleWithOIDC is an API name.
        return notYet(mode, QCoreApplication::translate(
                                "hbr::AliyunImport", "it exchanges an OIDC token for temporary keys through "
                                                     "STS (AssumeRoleWithOIDC), which this version does not "
                                                     "do."));
    if (m == QLatin1String("cloudsso"))
        //: Completes "Mode CloudSSO is not supported yet:".
        return notYet(mode, QCoreApplication::translate(
                                "hbr::AliyunImport", "it needs a CloudSSO browser sign-in to get temporary "
                                                     "keys, which this version does not do."));
    if (m == QLatin1String("oauth"))
        //: Completes "Mode OAuth is not supported yet:".
        return notYet(mode,
                      QCoreApplication::translate("hbr::AliyunImport",
                                                  "it needs an OAuth browser sign-in to get temporary keys, "
                                                  "which this version does not do."));
    if (m == QLatin1String("bearertoken"))
        //: Completes "Mode BearerToken is not supported yet:".
        return notYet(mode,
                      QCoreApplication::translate("hbr::AliyunImport",
                                                  "a bearer token is not an AccessKey and cannot sign Cloud "
                                                  "Backup API requests."));
    if (m == QLatin1String("anonymous"))
        //: Completes "Mode Anonymous is not supported yet:".
        return notYet(
            mode, QCoreApplication::translate(
                      "hbr::AliyunImport", "it has no keys, and Cloud Backup API requests must be signed."));
    if (m == QLatin1String("rsakeypair"))
        //: Completes "Mode RsaKeyPair is not supported yet:".
        return notYet(mode, QCoreApplication::translate(
                                "hbr::AliyunImport", "this deprecated mode needs an STS call to turn the key "
                                                     "pair into temporary keys, which this version does not "
                                                     "make."));
    if (mode.isEmpty())
        return QCoreApplication::translate("hbr::AliyunImport",
                                           "The profile has no mode, so it is not clear what its keys are.");
    //: %1 is the mode name found in the aliyun CLI configuration, in quotes.
    return QCoreApplication::translate("hbr::AliyunImport",
                                       "Mode %1 is not known to this version, so it is not imported.")
        .arg(quoted(mode));
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
        //: %1 is the JSON parser's description of the error; %2 and %3 are the line and column, %4 the byte
        //: offset in the file.
        return fail(QCoreApplication::translate(
                        "hbr::AliyunImport", "The aliyun CLI configuration is not valid JSON: %1 at line %2, "
                                             "column %3 (byte %4).")
                        .arg(parseError.errorString())
                        .arg(line)
                        .arg(column)
                        .arg(parseError.offset));
    }
    if (!document.isObject())
        return fail(QCoreApplication::translate(
            "hbr::AliyunImport", "The aliyun CLI configuration is not a JSON object, so it is not "
                                 "an aliyun CLI config.json."));
    const QJsonObject root = document.object();
    const QJsonValue profiles = root.value(QLatin1String("profiles"));
    if (!profiles.isArray())
        //: "profiles" is the name of a key in the file: keep it as it is.
        return fail(QCoreApplication::translate(
            "hbr::AliyunImport", "The aliyun CLI configuration has no \"profiles\" list, so it is "
                                 "not an aliyun CLI config.json."));

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
                 QCoreApplication::translate(
                     "hbr::AliyunImport", "The aliyun CLI configuration names no current profile; name the "
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
                {p.name, p.mode,
                 //: %1 is why the name is not allowed, a complete sentence.
                 QCoreApplication::translate("hbr::AliyunImport", "Its name cannot name a profile here: %1")
                     .arg(problem)});
            return;
        }
        if (existing.contains(p.name)) {
            plan.skipped.append(
                {p.name, p.mode,
                 //: %1 is the profile name, in quotes.
                 QCoreApplication::translate("hbr::AliyunImport",
                                             "A profile named %1 already exists; it was not overwritten.")
                     .arg(quoted(p.name))});
            return;
        }
        if (planned.contains(p.name)) {
            plan.skipped.append(
                {p.name, p.mode,
                 //: %1 is the profile name, in quotes.
                 QCoreApplication::translate("hbr::AliyunImport",
                                             "The file has more than one profile named %1; only the first is "
                                             "imported.")
                     .arg(quoted(p.name))});
            return;
        }
        if (p.accessKeyId.isEmpty() || p.accessKeySecret.isEmpty()) {
            plan.skipped.append({p.name, p.mode,
                                 QCoreApplication::translate(
                                     "hbr::AliyunImport",
                                     "The profile is incomplete: its AccessKey ID or secret is empty.")});
            return;
        }
        if (sts && p.stsToken.isEmpty()) {
            plan.skipped.append(
                {p.name, p.mode,
                 //: StsToken is a mode name and sts_token a key in the file: keep them as they are.
                 QCoreApplication::translate(
                     "hbr::AliyunImport", "The profile is incomplete: mode StsToken needs an STS token, and "
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
                 //: %1 is the profile name, in quotes.
                 QCoreApplication::translate("hbr::AliyunImport",
                                             "The aliyun CLI configuration has no profile named %1.")
                     .arg(quoted(name))});
            continue;
        }
        consider(*it);
    }
    return plan;
}

} // namespace hbr::credentials
