#pragma once

#include "credentialstore.h"
#include "profilestore.h"

#include <QObject>
#include <functional>
#include <optional>

namespace hbr::credentials {

/// Profile operations that span QSettings and the keychain, keeping the two consistent: a failed save leaves
/// no half-made profile behind, a remove is verified by reading back. Results carry one sentence for the
/// user.
class ProfileService : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void(const QString &error)>; ///< empty error on success
    using Resolved = std::function<void(const std::optional<api::AccessKeyCredentials> &credentials,
                                        const QString &error)>;

    ProfileService(ProfileStore *profiles, CredentialStore *secrets, QObject *parent = nullptr);

    ProfileStore *profiles() const { return m_profiles; }
    CredentialStore *secrets() const { return m_secrets; }

    /// A new profile: validates it, refuses a name already taken, writes the secret (and the STS token when
    /// the kind is StsToken, where it is required) to the keychain, then the profile to the settings. When
    /// any step fails, what was already written is taken back.
    void add(const Profile &profile, const QString &secret, const QString &securityToken, Done done);
    /// Changes a saved profile (same name). A null `secret` / `securityToken` keeps the stored one.
    void update(const Profile &profile, const std::optional<QString> &secret,
                const std::optional<QString> &securityToken, Done done);
    /// Removes the keychain entries (verified by reading back: a locked keyring reports success without
    /// deleting) and then the profile. An unknown name is an error naming it.
    void remove(const QString &name, Done done);
    /// The credentials to sign with: key id from the profile, secret (and token) from the keychain.
    void resolve(const QString &name, Resolved done);
    /// Whether the secret (and token) are present: "set" / "not set" for `profile show`; never the values.
    void secretPresence(const QString &name,
                        std::function<void(bool secretSet, bool tokenSet, const QString &error)> done);

    /// "No profile named \"x\". Saved profiles: a, b." (or "There are no saved profiles yet.")
    QString unknownProfileMessage(const QString &name) const;

private:
    void failLater(const Done &done, const QString &error);

    ProfileStore *m_profiles;
    CredentialStore *m_secrets;
};

} // namespace hbr::credentials
