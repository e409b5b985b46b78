#pragma once

#include "profile.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <optional>

namespace hbr::credentials {

class ProfileStore;

/// One profile of the aliyun CLI's ~/.aliyun/config.json, as far as we read it.
struct AliyunProfile
{
    QString name;
    QString mode; ///< as written (AK, StsToken, RamRoleArn, ...), matched case-insensitively
    QString accessKeyId;
    QString accessKeySecret;
    QString stsToken;
    QString regionId;
};

struct AliyunConfig
{
    QString current;
    QList<AliyunProfile> profiles;
};

/// ~/.aliyun/config.json ($HOME; %USERPROFILE% on Windows).
QString defaultAliyunConfigPath();
/// Parses the file's content; nullopt with `error` set to a sentence when it is not an aliyun CLI config.
std::optional<AliyunConfig> parseAliyunConfig(const QByteArray &json, QString *error);

struct AliyunImportItem
{
    Profile profile;
    QString secret;
    QString securityToken;
};

struct AliyunSkipped
{
    QString name;
    QString mode;
    QString reason; ///< a sentence: why it is not imported (unsupported mode, name taken, incomplete)
};

struct AliyunImportPlan
{
    QList<AliyunImportItem> importable;
    QList<AliyunSkipped> skipped;
};

/// Which profiles to import: `names` (empty: the config's current profile, or all when `all`). AK and
/// StsToken profiles become ours under the same name with their region; a name already in `existing` is
/// skipped and reported, never overwritten; every other mode is reported with why it is not supported yet.
/// A requested name that is not in the file is reported too.
AliyunImportPlan planAliyunImport(const AliyunConfig &config, const QStringList &names, bool all,
                                  const ProfileStore &existing);

} // namespace hbr::credentials
