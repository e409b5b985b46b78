#include "profileservice.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>
#include <memory>

namespace hbr::credentials {

namespace {

using Kind = CredentialError::Kind;
using Next = std::function<void(const QString &error)>;
using Step = std::function<void(Next next)>;

QString secretName(SecretKind kind)
{
    // Put for %1 in the sentences below ("Could not read the %1 of profile %2.").
    if (kind == SecretKind::AccessKeySecret)
        //: A secret kept in the keychain; it is put for %1 in sentences such as "Could not read the %1 of
        //: profile %2.". AccessKey is Alibaba Cloud's name for a key pair.
        return QCoreApplication::translate("hbr::ProfileService", "AccessKey secret");
    //: A secret kept in the keychain; it is put for %1 in sentences such as "Could not read the %1 of profile
    //: %2.". STS is Alibaba Cloud's Security Token Service.
    return QCoreApplication::translate("hbr::ProfileService", "STS security token");
}

QString quoted(const QString &name)
{
    return QLatin1Char('"') + name + QLatin1Char('"');
}

// A probe written where a secret should be when a read says "not found or locked" on removal: a locked
// Secret Service refuses the write, an unlocked one accepts it, which tells the two apart.
const QString kRemovalProbe = QStringLiteral("hbr-browser removal probe");

// Runs asynchronous steps in order; when one fails, runs the undo actions registered so far in reverse and
// reports the failure (plus any undo that failed too) to `done`.
class Transaction : public std::enable_shared_from_this<Transaction>
{
public:
    explicit Transaction(ProfileService::Done done)
        : m_done(std::move(done))
    {
    }

    void add(Step step) { m_steps.append(std::move(step)); }
    void onFailureUndo(Step undo) { m_undos.append(std::move(undo)); }

    /// From the event loop: a transaction of settings-only steps must not call back from inside the call.
    void start(QObject *context)
    {
        QTimer::singleShot(0, context, [self = shared_from_this()] { self->runStep(0); });
    }

private:
    void runStep(qsizetype index)
    {
        if (index == m_steps.size()) {
            m_done(QString());
            return;
        }
        auto self = shared_from_this();
        m_steps[index]([self, index](const QString &error) {
            if (error.isEmpty())
                self->runStep(index + 1);
            else
                self->undo(error);
        });
    }

    void undo(const QString &error)
    {
        if (m_undos.isEmpty()) {
            m_done(error);
            return;
        }
        const Step undoStep = m_undos.takeLast();
        auto self = shared_from_this();
        undoStep([self, error](const QString &undoError) {
            self->undo(undoError.isEmpty() ? error : error + QLatin1Char(' ') + undoError);
        });
    }

    ProfileService::Done m_done;
    QList<Step> m_steps;
    QList<Step> m_undos;
};

QString secretProblem(CredentialKind kind, const QString &secret, const QString &token, bool secretGiven,
                      bool tokenGiven)
{
    if (secretGiven && secret.isEmpty())
        return QCoreApplication::translate("hbr::ProfileService", "The AccessKey secret is empty.");
    if (secretGiven && (secret.contains(QLatin1Char('\n')) || secret.contains(QLatin1Char('\r'))))
        return QCoreApplication::translate(
            "hbr::ProfileService", "The AccessKey secret contains a line break; paste it again without "
                                   "the line break.");
    if (kind == CredentialKind::StsToken && tokenGiven && token.isEmpty())
        return QCoreApplication::translate("hbr::ProfileService",
                                           "An STS profile needs its security token; the token is empty.");
    if (kind == CredentialKind::AccessKey && tokenGiven && !token.isEmpty())
        //: StsToken is the name of a profile kind (as typed on the command line): keep it as it is.
        return QCoreApplication::translate(
            "hbr::ProfileService", "A security token is only used by an STS profile; choose the StsToken "
                                   "kind or leave the token out.");
    return {};
}

QString settingsWriteError(const ProfileStore *profiles)
{
    //: %1 is the path of the settings file.
    return QCoreApplication::translate("hbr::ProfileService",
                                       "The profile could not be written to %1; check that the file and its "
                                       "folder are writable. Nothing was saved.")
        .arg(profiles->location());
}

QString readError(const QString &name, SecretKind kind, const CredentialError &error)
{
    if (!error.isError())
        //: %1 is "AccessKey secret" or "STS security token"; %2 is the profile name, in quotes.
        return QCoreApplication::translate("hbr::ProfileService",
                                           "The %1 of profile %2 in the keychain is empty: set it again.")
            .arg(secretName(kind), quoted(name));
    //: %1 is "AccessKey secret" or "STS security token"; %2 is the profile name, in quotes. A sentence saying
    //: what the keychain reported follows.
    return QCoreApplication::translate("hbr::ProfileService", "Could not read the %1 of profile %2.")
               .arg(secretName(kind), quoted(name)) +
           QLatin1Char(' ') + error.message();
}

Step undoWriteStep(ProfileService *service, const QString &name, SecretKind kind,
                   std::optional<QString> previous)
{
    return [service, name, kind, previous](Next next) {
        auto report = [name, kind, next](const CredentialError &error) {
            if (!error.isError() || error.kind == Kind::NotFoundOrLocked)
                return next({});
            //: %1 is "AccessKey secret" or "STS security token"; %2 is the profile name, in quotes; %3 is
            //: what the keychain reported (one or more sentences).
            next(QCoreApplication::translate(
                     "hbr::ProfileService",
                     "The %1 already written for profile %2 could not be taken back: %3")
                     .arg(secretName(kind), quoted(name), error.message()));
        };
        if (previous)
            service->secrets()->write(name, kind, *previous, service, report);
        else
            service->secrets()->remove(name, kind, service, report);
    };
}

// Writes one secret; on success registers the undo (put back `previous`, or delete). With `restoreOld` the
// value being replaced is read first so a later failure can put it back.
Step writeStep(ProfileService *service, Transaction *tx, const QString &name, SecretKind kind,
               const QString &value, bool restoreOld)
{
    return [service, tx, name, kind, value, restoreOld](Next next) {
        auto write = [service, tx, name, kind, value, next](std::optional<QString> previous) {
            service->secrets()->write(
                name, kind, value, service,
                [service, tx, name, kind, next, previous](const CredentialError &error) {
                    if (error.isError()) {
                        //: %1 is "AccessKey secret" or "STS security token". A sentence saying what the
                        //: keychain reported follows.
                        return next(QCoreApplication::translate("hbr::ProfileService",
                                                                "Could not store the %1 in the keychain.")
                                        .arg(secretName(kind)) +
                                    QLatin1Char(' ') + error.message());
                    }
                    tx->onFailureUndo(undoWriteStep(service, name, kind, previous));
                    next({});
                });
        };
        if (!restoreOld)
            return write(std::nullopt);
        service->secrets()->read(
            name, kind, service, [write, next, kind](const QString &old, const CredentialError &error) {
                if (!error.isError())
                    return write(old);
                if (error.kind == Kind::NotFoundOrLocked)
                    return write(std::nullopt);
                //: %1 is "AccessKey secret" or "STS security token". A sentence saying
                //: what the keychain reported follows.
                next(QCoreApplication::translate("hbr::ProfileService",
                                                 "Could not read the current %1 from the keychain.")
                         .arg(secretName(kind)) +
                     QLatin1Char(' ') + error.message());
            });
    };
}

// Deletes one secret and proves it is gone. `required`: the profile should have it (the AccessKey secret).
Step removeSecretStep(ProfileService *service, const QString &name, SecretKind kind, bool required)
{
    return [service, name, kind, required](Next next) {
        // "-> QString": with QT_USE_QSTRINGBUILDER a deduced type would be a builder over dead temporaries.
        auto notDeleted = [name, kind](const CredentialError &error) -> QString {
            //: %1 is "AccessKey secret" or "STS security token"; %2 is the profile name, in quotes. A
            //: sentence saying what the keychain reported follows.
            return QCoreApplication::translate(
                       "hbr::ProfileService",
                       "The %1 of profile %2 could not be deleted from the keychain, so "
                       "the profile was kept.")
                       .arg(secretName(kind), quoted(name)) +
                   QLatin1Char(' ') + error.message();
        };
        // Delete, then read back: a locked Secret Service reports a delete as done without deleting.
        auto deleteAndVerify = [service, name, kind, next, notDeleted]() {
            service->secrets()->remove(
                name, kind, service, [service, name, kind, next, notDeleted](const CredentialError &error) {
                    if (error.isError() && error.kind != Kind::NotFoundOrLocked)
                        return next(notDeleted(error));
                    service->secrets()->read(
                        name, kind, service,
                        [name, kind, next](const QString &, const CredentialError &readBack) {
                            if (readBack.kind == Kind::NotFoundOrLocked)
                                return next({});
                            // (The translator comment goes before the "if": lupdate 6.4 drops it here.)
                            //: %1 is "AccessKey secret" or "STS security token"; %2 is the profile
                            //: name, in quotes.
                            if (!readBack.isError())
                                return next(
                                    QCoreApplication::translate(
                                        "hbr::ProfileService",
                                        "The keychain did not delete the %1 of profile %2: it is probably "
                                        "locked. Unlock it and remove the profile again.")
                                        .arg(secretName(kind), quoted(name)));
                            //: %1 is "AccessKey secret" or "STS security token"; %2 is the profile name,
                            //: in quotes. A sentence saying what the keychain reported follows.
                            next(QCoreApplication::translate(
                                     "hbr::ProfileService",
                                     "Could not check that the keychain deleted the %1 of "
                                     "profile %2, so the profile was kept.")
                                     .arg(secretName(kind), quoted(name)) +
                                 QLatin1Char(' ') + readBack.message());
                        });
                });
        };
        if (!required)
            return deleteAndVerify();
        // "Not found" from a read may mean "locked", and a locked keyring also fakes a successful delete, so
        // deleting and reading back proves nothing then. A probe write does: a locked keyring refuses it.
        service->secrets()->read(name, kind, service,
                                 [service, name, kind, next, notDeleted,
                                  deleteAndVerify](const QString &, const CredentialError &error) {
                                     if (!error.isError())
                                         return deleteAndVerify();
                                     if (error.kind != Kind::NotFoundOrLocked)
                                         return next(notDeleted(error));
                                     service->secrets()->write(
                                         name, kind, kRemovalProbe, service,
                                         [next, notDeleted, deleteAndVerify](const CredentialError &probe) {
                                             if (probe.isError())
                                                 return next(notDeleted(probe));
                                             deleteAndVerify();
                                         });
                                 });
    };
}

} // namespace

ProfileService::ProfileService(ProfileStore *profiles, CredentialStore *secrets, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_secrets(secrets)
{
}

QString ProfileService::unknownProfileMessage(const QString &name) const
{
    const QStringList names = m_profiles->names();
    if (names.isEmpty())
        //: %1 is the profile name that was asked for, in quotes.
        return QCoreApplication::translate("hbr::ProfileService",
                                           "No profile named %1. There are no saved profiles yet.")
            .arg(quoted(name));
    //: %1 is the profile name that was asked for, in quotes; %2 is the list of saved profile names, separated
    //: by ", ".
    return QCoreApplication::translate("hbr::ProfileService", "No profile named %1. Saved profiles: %2.")
        .arg(quoted(name), names.join(QStringLiteral(", ")));
}

void ProfileService::failLater(const Done &done, const QString &error)
{
    // Asynchronous like every other outcome, so callers need only one code path.
    QTimer::singleShot(0, this, [done, error] { done(error); });
}

void ProfileService::add(const Profile &profile, const QString &secret, const QString &securityToken,
                         Done done)
{
    if (const QString problem = profileProblem(profile); !problem.isEmpty())
        return failLater(done, problem);
    if (m_profiles->contains(profile.name))
        return failLater(
            done,
            //: %1 is the profile name, in quotes.
            QCoreApplication::translate("hbr::ProfileService",
                                        "A profile named %1 already exists; choose another name, or "
                                        "edit or remove that profile.")
                .arg(quoted(profile.name)));
    if (const QString problem = secretProblem(profile.kind, secret, securityToken, true, true);
        !problem.isEmpty())
        return failLater(done, problem);

    auto tx = std::make_shared<Transaction>(std::move(done));
    const QString name = profile.name;
    tx->add(writeStep(this, tx.get(), name, SecretKind::AccessKeySecret, secret, false));
    if (profile.kind == CredentialKind::StsToken)
        tx->add(writeStep(this, tx.get(), name, SecretKind::SecurityToken, securityToken, false));
    tx->add([this, profile](Next next) {
        if (m_profiles->save(profile))
            return next({});
        m_profiles->remove(profile.name); // a half-written group must not look like a profile
        next(settingsWriteError(m_profiles));
    });
    tx->start(this);
}

void ProfileService::update(const Profile &profile, const std::optional<QString> &secret,
                            const std::optional<QString> &securityToken, Done done)
{
    if (const QString problem = profileProblem(profile); !problem.isEmpty())
        return failLater(done, problem);
    const std::optional<Profile> old = m_profiles->profile(profile.name);
    if (!old)
        return failLater(done, unknownProfileMessage(profile.name));
    const bool becomesSts = profile.kind == CredentialKind::StsToken && old->kind != CredentialKind::StsToken;
    if (becomesSts && !securityToken)
        return failLater(done, QCoreApplication::translate(
                                   "hbr::ProfileService", "An STS profile needs its security token: give the "
                                                          "token along with the change of kind."));
    if (const QString problem =
            secretProblem(profile.kind, secret.value_or(QString()), securityToken.value_or(QString()),
                          secret.has_value(), securityToken.has_value());
        !problem.isEmpty())
        return failLater(done, problem);

    auto tx = std::make_shared<Transaction>(std::move(done));
    const QString name = profile.name;
    if (secret)
        tx->add(writeStep(this, tx.get(), name, SecretKind::AccessKeySecret, *secret, true));
    if (securityToken && profile.kind == CredentialKind::StsToken)
        tx->add(writeStep(this, tx.get(), name, SecretKind::SecurityToken, *securityToken, true));
    tx->add([this, profile, old = *old](Next next) {
        if (m_profiles->save(profile))
            return next({});
        m_profiles->save(old);
        next(settingsWriteError(m_profiles));
    });
    if (profile.kind == CredentialKind::AccessKey && old->kind == CredentialKind::StsToken) {
        // The token of the former STS profile is no longer used; a failure to delete it leaves a harmless
        // entry, so it does not fail the update.
        tx->add([this, name](Next next) {
            m_secrets->remove(name, SecretKind::SecurityToken, this,
                              [next](const CredentialError &) { next({}); });
        });
    }
    tx->start(this);
}

void ProfileService::remove(const QString &name, Done done)
{
    if (!m_profiles->contains(name))
        return failLater(done, unknownProfileMessage(name));
    auto tx = std::make_shared<Transaction>(std::move(done));
    tx->add(removeSecretStep(this, name, SecretKind::AccessKeySecret, true));
    tx->add(removeSecretStep(this, name, SecretKind::SecurityToken, false));
    tx->add([this, name](Next next) {
        if (m_profiles->remove(name))
            return next({});
        //: %1 is the profile name, in quotes; %2 is the path of the settings file.
        next(QCoreApplication::translate(
                 "hbr::ProfileService",
                 "The keychain entries of profile %1 were deleted, but the profile could "
                 "not be removed from %2; check that the file is writable and remove the "
                 "profile again.")
                 .arg(quoted(name), m_profiles->location()));
    });
    tx->start(this);
}

void ProfileService::resolve(const QString &name, Resolved done)
{
    const std::optional<Profile> profile = m_profiles->profile(name);
    if (!profile) {
        const QString error = unknownProfileMessage(name);
        QTimer::singleShot(0, this, [done, error] { done(std::nullopt, error); });
        return;
    }
    auto credentials = std::make_shared<api::AccessKeyCredentials>();
    credentials->accessKeyId = profile->accessKeyId;
    const bool sts = profile->kind == CredentialKind::StsToken;
    m_secrets->read(
        name, SecretKind::AccessKeySecret, this,
        [this, name, sts, credentials, done](const QString &secret, const CredentialError &error) {
            if (error.isError() || secret.isEmpty())
                return done(std::nullopt, readError(name, SecretKind::AccessKeySecret, error));
            credentials->accessKeySecret = secret;
            if (!sts)
                return done(*credentials, {});
            m_secrets->read(
                name, SecretKind::SecurityToken, this,
                [name, credentials, done](const QString &token, const CredentialError &tokenError) {
                    if (tokenError.isError() || token.isEmpty())
                        return done(std::nullopt, readError(name, SecretKind::SecurityToken, tokenError));
                    credentials->securityToken = token;
                    done(*credentials, {});
                });
        });
}

void ProfileService::secretPresence(
    const QString &name, std::function<void(bool secretSet, bool tokenSet, const QString &error)> done)
{
    if (!m_profiles->contains(name)) {
        const QString error = unknownProfileMessage(name);
        QTimer::singleShot(0, this, [done, error] { done(false, false, error); });
        return;
    }
    // "Not set" includes "the keychain is locked": QtKeychain cannot tell them apart.
    auto present = [](const QString &value, const CredentialError &error) {
        return !error.isError() && !value.isEmpty();
    };
    auto hardError = [](const CredentialError &error) -> QString {
        return error.isError() && error.kind != Kind::NotFoundOrLocked ? error.message() : QString();
    };
    m_secrets->read(
        name, SecretKind::AccessKeySecret, this,
        [this, name, done, present, hardError](const QString &secret, const CredentialError &error) {
            if (const QString problem = hardError(error); !problem.isEmpty())
                return done(false, false, problem);
            const bool secretSet = present(secret, error);
            m_secrets->read(name, SecretKind::SecurityToken, this,
                            [done, secretSet, present, hardError](const QString &token,
                                                                  const CredentialError &tokenError) {
                                done(secretSet, present(token, tokenError), hardError(tokenError));
                            });
        });
}

} // namespace hbr::credentials
