#pragma once

#include "api/credentials.h"
#include "api/endpoint.h"

#include <QString>
#include <QStringList>
#include <optional>

namespace hbr::credentials {

enum class CredentialKind { AccessKey, StsToken };
enum class EndpointMode { Public, Vpc, Override };

/// A saved account: everything needed to call the API except the secrets, which live only in the keychain.
struct Profile
{
    QString name;
    QString accessKeyId;
    CredentialKind kind = CredentialKind::AccessKey;
    QStringList regions; ///< default region(s); empty means cn-hangzhou
    EndpointMode endpointMode = EndpointMode::Public;
    QString endpointOverride; ///< the URL when endpointMode is Override
    api::SignatureVersion signatureVersion = api::SignatureVersion::V3;
    QString crossAccountType;
    QString crossAccountUserId;
    QString crossAccountRoleName;

    /// The regions to use when none is given: `regions`, or cn-hangzhou.
    QStringList effectiveRegions() const;
    /// The endpoint for one region per endpointMode; nullopt with `error` set when the override is refused.
    std::optional<api::Endpoint> endpointFor(const QString &region, QString *error) const;

    friend bool operator==(const Profile &, const Profile &) = default;
};

/// An empty string when `name` can name a profile; otherwise a sentence saying why not.
/// Allowed: 1 to 64 characters, letters, digits, '-', '_', '.', '@' (also non-ASCII letters).
QString profileNameProblem(const QString &name);
/// An empty string when the profile is complete and consistent (name, key id, regions, endpoint,
/// cross-account); otherwise a sentence for the user.
QString profileProblem(const Profile &profile);

QString credentialKindName(CredentialKind kind); ///< "AccessKey", "StsToken"
QString endpointModeName(EndpointMode mode);     ///< "public", "vpc", "override"
/// The inverse of credentialKindName / endpointModeName, case-insensitive; nullopt for anything else.
std::optional<CredentialKind> credentialKindFromName(const QString &name);
std::optional<EndpointMode> endpointModeFromName(const QString &name);

} // namespace hbr::credentials
