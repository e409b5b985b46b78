#pragma once

#include <QHash>
#include <QObject>
#include <QString>
#include <functional>

namespace hbr::credentials {

/// Which secret of a profile.
enum class SecretKind { AccessKeySecret, SecurityToken };

/// What went wrong with the keychain. message() is the one place where these become words for the user.
struct CredentialError
{
    enum class Kind {
        None,
        NotFoundOrLocked, ///< QtKeychain says EntryNotFound: missing, or the keyring is locked (it cannot
                          ///< tell)
        Locked,           ///< known to be locked (a write or delete refused, a delete that did not delete)
        AccessDenied,     ///< the user or the system refused access
        NoBackend,        ///< no Secret Service / KWallet / Keychain to talk to
        TimedOut,         ///< no answer within the timeout (a hidden unlock prompt, a hung daemon)
        Other,
    };
    Kind kind = Kind::None;
    QString detail;    ///< the backend's own text, if any; never contains a secret
    int timeoutMs = 0; ///< for TimedOut: how long we waited

    bool isError() const { return kind != Kind::None; }
    /// A sentence for the user, e.g. "The keychain is locked: unlock it (for example by logging in to the
    /// desktop) and try again."
    QString message() const;
};

/// Asynchronous storage of secrets per profile. Every operation calls its callback exactly once, on the
/// thread of `context`, unless `context` is destroyed first; never synchronously from inside the call.
class CredentialStore : public QObject
{
    Q_OBJECT
public:
    using ReadCallback = std::function<void(const QString &secret, const CredentialError &error)>;
    using DoneCallback = std::function<void(const CredentialError &error)>;

    using QObject::QObject;

    virtual void read(const QString &profile, SecretKind kind, QObject *context, ReadCallback callback) = 0;
    virtual void write(const QString &profile, SecretKind kind, const QString &secret, QObject *context,
                       DoneCallback callback) = 0;
    virtual void remove(const QString &profile, SecretKind kind, QObject *context, DoneCallback callback) = 0;
};

/// The keychain name under which a profile's secret is stored: "<profile>/AccessKeySecret" or
/// "<profile>/SecurityToken", in the service kKeychainService.
QString keychainKey(const QString &profile, SecretKind kind);
inline constexpr char kKeychainService[] = "hbr-browser";

/// The operating system's keychain through QtKeychain (Secret Service or KWallet on Linux, Keychain on macOS,
/// Credential Manager on Windows). Never enables QtKeychain's insecure plaintext fallback. Every job has a
/// timeout.
class KeychainCredentialStore final : public CredentialStore
{
    Q_OBJECT
public:
    explicit KeychainCredentialStore(QObject *parent = nullptr, int timeoutMs = 15000,
                                     const QString &service = QLatin1String(kKeychainService));

    void read(const QString &profile, SecretKind kind, QObject *context, ReadCallback callback) override;
    void write(const QString &profile, SecretKind kind, const QString &secret, QObject *context,
               DoneCallback callback) override;
    void remove(const QString &profile, SecretKind kind, QObject *context, DoneCallback callback) override;

private:
    QString m_service;
    int m_timeoutMs;
};

/// In memory, for unit tests of the code above the store; can be told to fail.
class MemoryCredentialStore final : public CredentialStore
{
    Q_OBJECT
public:
    using CredentialStore::CredentialStore;

    void read(const QString &profile, SecretKind kind, QObject *context, ReadCallback callback) override;
    void write(const QString &profile, SecretKind kind, const QString &secret, QObject *context,
               DoneCallback callback) override;
    void remove(const QString &profile, SecretKind kind, QObject *context, DoneCallback callback) override;

    /// Every following operation of that type fails with `error` (Kind::None to stop).
    void failReads(CredentialError error) { m_readFailure = std::move(error); }
    void failWrites(CredentialError error) { m_writeFailure = std::move(error); }
    void failRemoves(CredentialError error) { m_removeFailure = std::move(error); }
    /// Like a locked Secret Service: a remove reports success but deletes nothing.
    void setRemoveSilentlyFails(bool on) { m_removeSilentlyFails = on; }

    const QHash<QString, QString> &entries() const { return m_entries; } ///< key -> secret

private:
    QHash<QString, QString> m_entries;
    CredentialError m_readFailure;
    CredentialError m_writeFailure;
    CredentialError m_removeFailure;
    bool m_removeSilentlyFails = false;
};

} // namespace hbr::credentials
