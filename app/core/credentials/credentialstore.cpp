#include "credentialstore.h"

#include <QPointer>
#include <QTimer>

namespace hbr::credentials {

namespace {

QString withDetail(const QString &sentence, const QString &detail)
{
    const QString trimmed = detail.trimmed();
    if (trimmed.isEmpty())
        return sentence;
    return sentence + QStringLiteral(" (The keychain said: ") + trimmed +
           (trimmed.endsWith(QLatin1Char('.')) ? QStringLiteral(")") : QStringLiteral(".)"));
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
        return QStringLiteral(
            "The keychain has no secret for this profile, or the keychain is locked: unlock "
            "the keychain (for example by logging in to the desktop) and try again, or set "
            "the profile's secret again.");
    case Kind::Locked:
        return withDetail(
            QStringLiteral("The keychain is locked or refused access: unlock it (for example by "
                           "logging in to the desktop) and try again."),
            detail);
    case Kind::AccessDenied:
        return withDetail(QStringLiteral("The keychain refused access: it is locked, or access was denied. "
                                         "Unlock it (for example by logging in to the desktop), allow access "
                                         "and try again."),
                          detail);
    case Kind::NoBackend:
        return withDetail(QStringLiteral("No keychain service is running: start GNOME Keyring or KWallet (a "
                                         "Secret Service provider) and try again."),
                          detail);
    case Kind::TimedOut: {
        const QString within =
            timeoutMs > 0 ? QStringLiteral(" within %1 s").arg(QString::number(timeoutMs / 1000.0, 'g', 3))
                          : QString();
        return QStringLiteral("The keychain did not answer%1: it may be waiting for an unlock prompt that is "
                              "not visible, or the keychain service is stuck. Unlock the keychain and try "
                              "again.")
            .arg(within);
    }
    case Kind::Other:
        return withDetail(QStringLiteral("The keychain reported an error."), detail);
    }
    return withDetail(QStringLiteral("The keychain reported an error."), detail);
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
