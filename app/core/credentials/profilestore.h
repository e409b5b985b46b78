#pragma once

#include "profile.h"

#include <QStringList>
#include <optional>

class QSettings;

namespace hbr::credentials {

/// Profiles in QSettings (the platform's configuration location in the application, a temporary file in
/// tests). Holds no secret: AccessKey secrets and STS tokens are in the keychain (CredentialStore).
class ProfileStore
{
public:
    explicit ProfileStore(QSettings *settings);

    QStringList names() const; ///< sorted
    bool contains(const QString &name) const;
    std::optional<Profile> profile(const QString &name) const;
    /// Adds or replaces the profile of that name. Returns false when the settings could not be written.
    bool save(const Profile &profile);
    bool remove(const QString &name);

    /// Where the profiles are kept (the settings file), for messages.
    QString location() const;

    QString lastUsed() const;
    void setLastUsed(const QString &name);

private:
    QSettings *m_settings;
};

} // namespace hbr::credentials
