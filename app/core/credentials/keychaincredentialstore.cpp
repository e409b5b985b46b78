#include "credentialstore.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>
#include <memory>
#include <qt6keychain/keychain.h>

namespace hbr::credentials {

namespace {

// QtKeychain reports "there is no Secret Service" as OtherError with the D-Bus or libsecret text; these are
// the texts seen for no session bus, no provider on the bus, and a provider without the Secret Service
// interface.
bool looksLikeNoService(const QString &text)
{
    static const QLatin1String markers[] = {
        QLatin1String("org.freedesktop.secrets"),
        QLatin1String("ServiceUnknown"),
        QLatin1String("No such interface"),
        QLatin1String("not provided by any .service files"),
        QLatin1String("Cannot connect"),
        QLatin1String("Could not connect"),
        QLatin1String("session bus"),
        QLatin1String("D-Bus is not running"),
        QLatin1String("autolaunch D-Bus"),
        QLatin1String("DBUS_SESSION_BUS_ADDRESS"),
        QLatin1String("No keychain service available"),
        QLatin1String("No keyring daemon"),
    };
    for (const QLatin1String &marker : markers) {
        if (text.contains(marker, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

CredentialError mapError(QKeychain::Error error, const QString &text)
{
    using Kind = CredentialError::Kind;
    switch (error) {
    case QKeychain::NoError:
        return {};
    case QKeychain::EntryNotFound:
        // With libsecret a locked collection answers a lookup with "no such entry": we cannot tell the two
        // apart.
        return {Kind::NotFoundOrLocked, {}};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        // libsecret turns SECRET_ERROR_IS_LOCKED into AccessDenied, so a locked write lands here too.
        return {Kind::AccessDenied, text};
    case QKeychain::NoBackendAvailable:
        return {Kind::NoBackend, text};
    case QKeychain::NotImplemented:
        return {Kind::NoBackend, text};
    case QKeychain::CouldNotDeleteEntry:
        return {Kind::Other, text};
    case QKeychain::OtherError:
        if (looksLikeNoService(text))
            return {Kind::NoBackend, text};
#ifdef Q_OS_LINUX
        // QtKeychain dlopen()s libsecret and says only this when the library is missing.
        if (text == QLatin1String("Unknown error"))
            //: Shown after "The keychain said:"; libsecret-1-0 is the name of a Linux package.
            return {Kind::NoBackend,
                    QCoreApplication::translate("hbr::CredentialStore",
                                                "libsecret may be missing; install libsecret-1-0")};
#endif
        return {Kind::Other, text};
    }
    return {Kind::Other, text};
}

// Starts `job` and calls back exactly once: with what `describe` makes of the job's answer, or with TimedOut
// when the answer is late (a late answer is then ignored). The job is deliberately left without a parent and
// never deleted by us: QtKeychain's libsecret backend keeps a raw pointer to the job until libsecret answers,
// so deleting a job that timed out would crash when its answer arrives. setAutoDelete lets it go once
// finished.
void run(QKeychain::Job *job, QObject *timerOwner, int timeoutMs, QObject *context,
         std::function<std::function<void()>(QKeychain::Job *)> describe,
         std::function<void(const CredentialError &)> timedOut)
{
    struct Pending
    {
        bool done = false;
        bool guarded = false;
        QPointer<QObject> context;
    };
    auto pending = std::make_shared<Pending>();
    pending->guarded = context != nullptr;
    pending->context = context;
    // From the event loop, never from inside the caller's call, and only while `context` lives.
    auto deliver = [pending](std::function<void()> call) {
        pending->done = true;
        QTimer::singleShot(0, pending->context.data(), [pending, call = std::move(call)] {
            if (!pending->guarded || pending->context)
                call();
        });
    };

    job->setAutoDelete(true);
    QObject::connect(job, &QKeychain::Job::finished, job,
                     [pending, deliver, describe = std::move(describe)](QKeychain::Job *finished) {
                         if (pending->done)
                             return;
                         // describe() copies what it needs: the job deletes itself after this signal.
                         deliver(describe(finished));
                     });
    QTimer::singleShot(timeoutMs, timerOwner, [pending, deliver, timeoutMs, timedOut = std::move(timedOut)] {
        if (pending->done)
            return;
        CredentialError error{CredentialError::Kind::TimedOut, {}};
        error.timeoutMs = timeoutMs;
        deliver([timedOut, error] { timedOut(error); });
    });
    job->start();
}

} // namespace

KeychainCredentialStore::KeychainCredentialStore(QObject *parent, int timeoutMs, const QString &service)
    : CredentialStore(parent)
    , m_service(service)
    , m_timeoutMs(timeoutMs)
{
}

void KeychainCredentialStore::read(const QString &profile, SecretKind kind, QObject *context,
                                   ReadCallback callback)
{
    auto *job = new QKeychain::ReadPasswordJob(m_service);
    job->setKey(keychainKey(profile, kind));
    auto shared = std::make_shared<ReadCallback>(std::move(callback));
    run(
        job, this, m_timeoutMs, context,
        [shared](QKeychain::Job *finished) -> std::function<void()> {
            const CredentialError error = mapError(finished->error(), finished->errorString());
            QString secret;
            if (!error.isError())
                secret = static_cast<QKeychain::ReadPasswordJob *>(finished)->textData();
            return [shared, secret, error] {
                (*shared)(secret, error);
            };
        },
        [shared](const CredentialError &error) { (*shared)({}, error); });
}

void KeychainCredentialStore::write(const QString &profile, SecretKind kind, const QString &secret,
                                    QObject *context, DoneCallback callback)
{
    auto *job = new QKeychain::WritePasswordJob(m_service);
    job->setKey(keychainKey(profile, kind));
    job->setTextData(secret);
    auto shared = std::make_shared<DoneCallback>(std::move(callback));
    run(
        job, this, m_timeoutMs, context,
        [shared](QKeychain::Job *finished) -> std::function<void()> {
            const CredentialError error = mapError(finished->error(), finished->errorString());
            return [shared, error] {
                (*shared)(error);
            };
        },
        [shared](const CredentialError &error) { (*shared)(error); });
}

void KeychainCredentialStore::remove(const QString &profile, SecretKind kind, QObject *context,
                                     DoneCallback callback)
{
    auto *job = new QKeychain::DeletePasswordJob(m_service);
    job->setKey(keychainKey(profile, kind));
    auto shared = std::make_shared<DoneCallback>(std::move(callback));
    run(
        job, this, m_timeoutMs, context,
        [shared](QKeychain::Job *finished) -> std::function<void()> {
            const CredentialError error = mapError(finished->error(), finished->errorString());
            return [shared, error] {
                (*shared)(error);
            };
        },
        [shared](const CredentialError &error) { (*shared)(error); });
}

} // namespace hbr::credentials
