#include "credentialstore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>

namespace hbr::credentials {

namespace {

QString withDetail(const QString &sentence, const QString &detail)
{
    const QString trimmed = detail.trimmed();
    if (trimmed.isEmpty())
        return sentence;
    const QString said = trimmed.endsWith(QLatin1Char('.')) ? trimmed : trimmed + QLatin1Char('.');
    //: %1 is one of our sentences about the keychain; %2 is the keychain's own message, in its own words
    //: (ending with a period).
    return QCoreApplication::translate("hbr::CredentialStore", "%1 (The keychain said: %2)")
        .arg(sentence, said);
}

// Callbacks run from the event loop, never from inside the call, and not at all once `context` is gone:
// callers may hold locks or be half-way through building a dialog when they call.
void later(QObject *context, std::function<void()> call)
{
    // A null context means "no owner to outlive": the call is always made.
    const bool guarded = context != nullptr;
    QPointer<QObject> guard(context);
    QTimer::singleShot(0, context, [guarded, guard, call = std::move(call)] {
        if (!guarded || guard)
            call();
    });
}

} // namespace

QString CredentialError::message() const
{
    switch (kind) {
    case Kind::None:
        return {};
    case Kind::NotFoundOrLocked:
        return QCoreApplication::translate(
            "hbr::CredentialStore",
            "The keychain has no secret for this profile, or the keychain is locked: unlock "
            "the keychain (for example by logging in to the desktop) and try again, or set "
            "the profile's secret again.");
    case Kind::Locked:
        return withDetail(
            QCoreApplication::translate("hbr::CredentialStore",
                                        "The keychain is locked or refused access: unlock it (for "
                                        "example by logging in to the desktop) and try again."),
            detail);
    case Kind::AccessDenied:
        return withDetail(
            QCoreApplication::translate("hbr::CredentialStore",
                                        "The keychain refused access: it is locked, or access was denied. "
                                        "Unlock it (for example by logging in to the desktop), allow access "
                                        "and try again."),
            detail);
    case Kind::NoBackend:
        return withDetail(
            QCoreApplication::translate("hbr::CredentialStore",
                                        "No keychain service is running: start GNOME Keyring or KWallet (a "
                                        "Secret Service provider) and try again."),
            detail);
    case Kind::TimedOut:
        if (timeoutMs > 0) {
            //: %1 is a number of seconds, such as 30 or 2.5.
            return QCoreApplication::translate(
                       "hbr::CredentialStore",
                       "The keychain did not answer within %1 s: it may be waiting for an unlock prompt that "
                       "is not visible, or the keychain service is stuck. Unlock the keychain and try again.")
                .arg(QString::number(timeoutMs / 1000.0, 'g', 3));
        }
        return QCoreApplication::translate(
            "hbr::CredentialStore",
            "The keychain did not answer: it may be waiting for an unlock prompt that is not visible, or the "
            "keychain service is stuck. Unlock the keychain and try again.");
    case Kind::Other:
        break;
    }
    return withDetail(QCoreApplication::translate("hbr::CredentialStore", "The keychain reported an error."),
                      detail);
}

QString keychainKey(const QString &profile, SecretKind kind)
{
    return profile + (kind == SecretKind::AccessKeySecret ? QStringLiteral("/AccessKeySecret")
                                                          : QStringLiteral("/SecurityToken"));
}

void MemoryCredentialStore::read(const QString &profile, SecretKind kind, QObject *context,
                                 ReadCallback callback)
{
    if (m_readFailure.isError()) {
        later(context, [callback = std::move(callback), error = m_readFailure] { callback({}, error); });
        return;
    }
    const auto it = m_entries.constFind(keychainKey(profile, kind));
    if (it == m_entries.constEnd()) {
        later(context, [callback = std::move(callback)] {
            callback({}, CredentialError{CredentialError::Kind::NotFoundOrLocked, {}});
        });
        return;
    }
    later(context, [callback = std::move(callback), secret = it.value()] { callback(secret, {}); });
}

void MemoryCredentialStore::write(const QString &profile, SecretKind kind, const QString &secret,
                                  QObject *context, DoneCallback callback)
{
    if (m_writeFailure.isError()) {
        later(context, [callback = std::move(callback), error = m_writeFailure] { callback(error); });
        return;
    }
    m_entries.insert(keychainKey(profile, kind), secret);
    later(context, [callback = std::move(callback)] { callback({}); });
}

void MemoryCredentialStore::remove(const QString &profile, SecretKind kind, QObject *context,
                                   DoneCallback callback)
{
    if (m_removeFailure.isError()) {
        later(context, [callback = std::move(callback), error = m_removeFailure] { callback(error); });
        return;
    }
    if (!m_removeSilentlyFails)
        m_entries.remove(keychainKey(profile, kind));
    later(context, [callback = std::move(callback)] { callback({}); });
}

} // namespace hbr::credentials
