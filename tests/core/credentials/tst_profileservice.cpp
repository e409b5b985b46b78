#include "credentials/profileservice.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace hbr::credentials;

namespace {

const QString kSecret = u"HBRTEST-SECRET-service-1a2b"_s;
const QString kToken = u"HBRTEST-TOKEN-service-3c4d"_s;
const QString kNewSecret = u"HBRTEST-SECRET-service-new-5e6f"_s;

QStringList g_messages;
QtMessageHandler g_previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_messages.append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

// Forwards to a MemoryCredentialStore but refuses to write one kind of secret, to fail a step in the middle.
class SelectiveStore final : public CredentialStore
{
public:
    MemoryCredentialStore inner;
    std::optional<SecretKind> refuseWritesOf;

    void read(const QString &profile, SecretKind kind, QObject *context, ReadCallback callback) override
    {
        inner.read(profile, kind, context, std::move(callback));
    }
    void write(const QString &profile, SecretKind kind, const QString &secret, QObject *context,
               DoneCallback callback) override
    {
        if (refuseWritesOf == kind) {
            QTimer::singleShot(0, context, [callback] {
                callback(CredentialError{CredentialError::Kind::AccessDenied, u"refused by the test"_s});
            });
            return;
        }
        inner.write(profile, kind, secret, context, std::move(callback));
    }
    void remove(const QString &profile, SecretKind kind, QObject *context, DoneCallback callback) override
    {
        inner.remove(profile, kind, context, std::move(callback));
    }
};

Profile accessKeyProfile(const QString &name = u"prod"_s)
{
    Profile p;
    p.name = name;
    p.accessKeyId = u"LTAIservice"_s;
    p.regions = {u"cn-shanghai"_s};
    return p;
}

Profile stsProfile(const QString &name = u"temp"_s)
{
    Profile p = accessKeyProfile(name);
    p.accessKeyId = u"STS.service"_s;
    p.kind = CredentialKind::StsToken;
    return p;
}

// Runs one service call to its end; checks it called back exactly once and not from inside the call.
QString finish(const std::function<void(ProfileService::Done)> &call)
{
    int calls = 0;
    QString result;
    call([&](const QString &error) {
        ++calls;
        result = error;
    });
    if (calls != 0)
        qFatal("the service called back synchronously");
    if (!QTest::qWaitFor([&] { return calls > 0; }, 5000))
        qFatal("the service never called back");
    QTest::qWait(0);
    if (calls != 1)
        qFatal("the service called back %d times", calls);
    return result;
}

} // namespace

class TestProfileService : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void init();
    void cleanup();
    void addAccessKey();
    void addSts();
    void addRefusesInvalidProfiles_data();
    void addRefusesInvalidProfiles();
    void addRefusesATakenName();
    void secretWriteFailureLeavesNothing();
    void tokenWriteFailureTakesTheSecretBack();
    void settingsWriteFailureTakesBothBack();
    void removeDeletesEverything();
    void removeUnknownName();
    void removeThatDidNotDeleteKeepsTheProfile();
    void removeFailureKeepsTheProfile();
    void removeFromALockedKeychainKeepsTheProfile();
    void removeWithTheSecretAlreadyGone();
    void resolve();
    void resolveFailures();
    void update();
    void updateSwitchesKinds();
    void updateFailureRestoresTheOldSecret();
    void secretPresence();
    void unknownProfileMessage();
    void cleanupTestCase();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QSettings> m_settings;
    std::unique_ptr<ProfileStore> m_profiles;
    std::unique_ptr<MemoryCredentialStore> m_secrets;
    std::unique_ptr<ProfileService> m_service;
};

void TestProfileService::initTestCase()
{
    g_previousHandler = qInstallMessageHandler(captureMessages);
}

void TestProfileService::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<QSettings>(m_dir->filePath(u"profiles.ini"_s), QSettings::IniFormat);
    m_profiles = std::make_unique<ProfileStore>(m_settings.get());
    m_secrets = std::make_unique<MemoryCredentialStore>();
    m_service = std::make_unique<ProfileService>(m_profiles.get(), m_secrets.get());
}

void TestProfileService::cleanup()
{
    m_service.reset();
    m_secrets.reset();
    m_profiles.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestProfileService::addAccessKey()
{
    const Profile p = accessKeyProfile();
    QCOMPARE(finish([&](auto done) { m_service->add(p, kSecret, QString(), done); }), QString());
    QCOMPARE(*m_profiles->profile(p.name), p);
    QCOMPARE(m_secrets->entries().size(), 1);
    QVERIFY(m_secrets->entries().value(keychainKey(p.name, SecretKind::AccessKeySecret)) == kSecret);
}

void TestProfileService::addSts()
{
    const Profile p = stsProfile();
    QCOMPARE(finish([&](auto done) { m_service->add(p, kSecret, kToken, done); }), QString());
    QVERIFY(m_profiles->contains(p.name));
    QVERIFY(m_secrets->entries().value(keychainKey(p.name, SecretKind::SecurityToken)) == kToken);
    QVERIFY(m_secrets->entries().value(keychainKey(p.name, SecretKind::AccessKeySecret)) == kSecret);
}

void TestProfileService::addRefusesInvalidProfiles_data()
{
    QTest::addColumn<Profile>("profile");
    QTest::addColumn<QString>("secret");
    QTest::addColumn<QString>("token");
    QTest::addColumn<QString>("expected");
    Profile badName = accessKeyProfile(u"a b"_s);
    QTest::newRow("bad name") << badName << kSecret << QString() << u"profile name"_s;
    Profile noId = accessKeyProfile();
    noId.accessKeyId.clear();
    QTest::newRow("no key id") << noId << kSecret << QString() << u"AccessKey ID"_s;
    QTest::newRow("empty secret") << accessKeyProfile() << QString() << QString() << u"secret is empty"_s;
    QTest::newRow("sts without token") << stsProfile() << kSecret << QString() << u"security token"_s;
    QTest::newRow("token on an AccessKey profile")
        << accessKeyProfile() << kSecret << kToken << u"only used by an STS profile"_s;
}

void TestProfileService::addRefusesInvalidProfiles()
{
    QFETCH(Profile, profile);
    QFETCH(QString, secret);
    QFETCH(QString, token);
    QFETCH(QString, expected);
    const QString error = finish([&](auto done) { m_service->add(profile, secret, token, done); });
    QVERIFY2(error.contains(expected), qPrintable(error));
    QVERIFY(m_profiles->names().isEmpty());
    QVERIFY(m_secrets->entries().isEmpty());
}

void TestProfileService::addRefusesATakenName()
{
    QCOMPARE(finish([&](auto done) { m_service->add(accessKeyProfile(), kSecret, QString(), done); }),
             QString());
    Profile again = accessKeyProfile();
    again.accessKeyId = u"LTAIother"_s;
    const QString error = finish([&](auto done) { m_service->add(again, kNewSecret, QString(), done); });
    QVERIFY2(error.contains(u"\"prod\" already exists"_s), qPrintable(error));
    QCOMPARE(m_profiles->profile(u"prod"_s)->accessKeyId, u"LTAIservice"_s);
    QVERIFY(m_secrets->entries().value(keychainKey(u"prod"_s, SecretKind::AccessKeySecret)) == kSecret);
}

void TestProfileService::secretWriteFailureLeavesNothing()
{
    m_secrets->failWrites({CredentialError::Kind::NoBackend, u"no bus"_s});
    const QString error = finish([&](auto done) { m_service->add(stsProfile(), kSecret, kToken, done); });
    QVERIFY2(error.contains(u"No keychain service is running"_s), qPrintable(error));
    QVERIFY(!m_profiles->contains(u"temp"_s));
    QVERIFY(m_secrets->entries().isEmpty());
}

void TestProfileService::tokenWriteFailureTakesTheSecretBack()
{
    SelectiveStore store;
    store.refuseWritesOf = SecretKind::SecurityToken;
    ProfileService service(m_profiles.get(), &store);
    const QString error = finish([&](auto done) { service.add(stsProfile(), kSecret, kToken, done); });
    QVERIFY2(error.contains(u"STS security token"_s) && error.contains(u"refused access"_s),
             qPrintable(error));
    QVERIFY(!m_profiles->contains(u"temp"_s));
    QVERIFY(store.inner.entries().isEmpty());
}

void TestProfileService::settingsWriteFailureTakesBothBack()
{
    QFile blocker(m_dir->filePath(u"blocker"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QSettings unwritable(m_dir->filePath(u"blocker/profiles.ini"_s), QSettings::IniFormat);
    ProfileStore profiles(&unwritable);
    ProfileService service(&profiles, m_secrets.get());
    const QString error = finish([&](auto done) { service.add(stsProfile(), kSecret, kToken, done); });
    QVERIFY2(error.contains(u"could not be written"_s), qPrintable(error));
    QVERIFY(!profiles.contains(u"temp"_s));
    QVERIFY(m_secrets->entries().isEmpty());
}

void TestProfileService::removeDeletesEverything()
{
    QCOMPARE(finish([&](auto done) { m_service->add(stsProfile(), kSecret, kToken, done); }), QString());
    QCOMPARE(finish([&](auto done) { m_service->add(accessKeyProfile(), kSecret, QString(), done); }),
             QString());
    m_profiles->setLastUsed(u"temp"_s);
    QCOMPARE(finish([&](auto done) { m_service->remove(u"temp"_s, done); }), QString());
    QCOMPARE(m_profiles->names(), QStringList{u"prod"_s});
    QVERIFY(m_profiles->lastUsed().isEmpty());
    // A missing token entry (an AccessKey profile has none) is fine.
    QCOMPARE(finish([&](auto done) { m_service->remove(u"prod"_s, done); }), QString());
    QVERIFY(m_profiles->names().isEmpty());
    QVERIFY(m_secrets->entries().isEmpty());
}

void TestProfileService::removeUnknownName()
{
    const QString error = finish([&](auto done) { m_service->remove(u"ghost"_s, done); });
    QCOMPARE(error, m_service->unknownProfileMessage(u"ghost"_s));
}

void TestProfileService::removeThatDidNotDeleteKeepsTheProfile()
{
    QCOMPARE(finish([&](auto done) { m_service->add(accessKeyProfile(), kSecret, QString(), done); }),
             QString());
    m_secrets->setRemoveSilentlyFails(true);
    const QString error = finish([&](auto done) { m_service->remove(u"prod"_s, done); });
    QVERIFY2(error.contains(u"did not delete"_s) && error.contains(u"locked"_s), qPrintable(error));
    QVERIFY(m_profiles->contains(u"prod"_s));
    m_secrets->setRemoveSilentlyFails(false);
    QCOMPARE(finish([&](auto done) { m_service->remove(u"prod"_s, done); }), QString());
}

void TestProfileService::removeFailureKeepsTheProfile()
{
    QCOMPARE(finish([&](auto done) { m_service->add(accessKeyProfile(), kSecret, QString(), done); }),
             QString());
    m_secrets->failRemoves({CredentialError::Kind::TimedOut, {}, 15000});
    const QString error = finish([&](auto done) { m_service->remove(u"prod"_s, done); });
    QVERIFY2(error.contains(u"within 15 s"_s) && error.contains(u"kept"_s), qPrintable(error));
    QVERIFY(m_profiles->contains(u"prod"_s));
    QCOMPARE(m_secrets->entries().size(), 1);
}

void TestProfileService::removeFromALockedKeychainKeepsTheProfile()
{
    // What a locked Secret Service does: reads say "not found", writes are refused, deletes pretend.
    QCOMPARE(finish([&](auto done) { m_service->add(accessKeyProfile(), kSecret, QString(), done); }),
             QString());
    m_secrets->failReads({CredentialError::Kind::NotFoundOrLocked, {}});
    m_secrets->failWrites(
        {CredentialError::Kind::AccessDenied, u"Cannot create an item in a locked collection"_s});
    m_secrets->setRemoveSilentlyFails(true);
    const QString error = finish([&](auto done) { m_service->remove(u"prod"_s, done); });
    QVERIFY2(error.contains(u"locked"_s) && error.contains(u"kept"_s), qPrintable(error));
    QVERIFY(m_profiles->contains(u"prod"_s));
    QCOMPARE(m_secrets->entries().size(), 1);
}

void TestProfileService::removeWithTheSecretAlreadyGone()
{
    QCOMPARE(finish([&](auto done) { m_service->add(accessKeyProfile(), kSecret, QString(), done); }),
             QString());
    std::optional<CredentialError> removed;
    m_secrets->remove(u"prod"_s, SecretKind::AccessKeySecret, this,
                      [&](const CredentialError &e) { removed = e; });
    QTRY_VERIFY(removed.has_value());
    QCOMPARE(finish([&](auto done) { m_service->remove(u"prod"_s, done); }), QString());
    QVERIFY(!m_profiles->contains(u"prod"_s));
    QVERIFY(m_secrets->entries().isEmpty()); // the probe written to tell "missing" from "locked" is gone too
}

void TestProfileService::resolve()
{
    QCOMPARE(finish([&](auto done) { m_service->add(accessKeyProfile(), kSecret, QString(), done); }),
             QString());
    QCOMPARE(finish([&](auto done) { m_service->add(stsProfile(), kSecret, kToken, done); }), QString());
    std::optional<hbr::api::AccessKeyCredentials> got;
    QString error = u"not called"_s;
    m_service->resolve(u"prod"_s, [&](const auto &c, const QString &e) {
        got = c;
        error = e;
    });
    QTRY_VERIFY(error.isEmpty());
    QVERIFY(got && got->isComplete() && !got->isSts());
    QCOMPARE(got->accessKeyId, u"LTAIservice"_s);
    QVERIFY(got->accessKeySecret == kSecret);

    error = u"not called"_s;
    m_service->resolve(u"temp"_s, [&](const auto &c, const QString &e) {
        got = c;
        error = e;
    });
    QTRY_VERIFY(error.isEmpty());
    QVERIFY(got && got->isSts() && got->securityToken == kToken);
}

void TestProfileService::resolveFailures()
{
    std::optional<hbr::api::AccessKeyCredentials> got;
    QString error;
    auto resolve = [&](const QString &name) {
        error.clear();
        got.reset();
        m_service->resolve(name, [&](const auto &c, const QString &e) {
            got = c;
            error = e;
        });
        QTRY_VERIFY(!error.isEmpty());
        QVERIFY(!got);
    };
    resolve(u"ghost"_s);
    QCOMPARE(error, m_service->unknownProfileMessage(u"ghost"_s));

    QCOMPARE(finish([&](auto done) { m_service->add(stsProfile(), kSecret, kToken, done); }), QString());
    std::optional<CredentialError> removed;
    m_secrets->remove(u"temp"_s, SecretKind::SecurityToken, this,
                      [&](const CredentialError &e) { removed = e; });
    QTRY_VERIFY(removed.has_value());
    resolve(u"temp"_s);
    QVERIFY2(error.contains(u"STS security token"_s) && error.contains(u"locked"_s), qPrintable(error));

    m_secrets->failReads({CredentialError::Kind::NoBackend, u"no bus"_s});
    resolve(u"temp"_s);
    QVERIFY2(error.contains(u"No keychain service"_s), qPrintable(error));
}

void TestProfileService::update()
{
    QCOMPARE(finish([&](auto done) { m_service->add(accessKeyProfile(), kSecret, QString(), done); }),
             QString());
    Profile changed = accessKeyProfile();
    changed.regions = {u"cn-beijing"_s, u"cn-hangzhou"_s};
    QCOMPARE(finish([&](auto done) { m_service->update(changed, std::nullopt, std::nullopt, done); }),
             QString());
    QCOMPARE(*m_profiles->profile(u"prod"_s), changed);
    QVERIFY(m_secrets->entries().value(keychainKey(u"prod"_s, SecretKind::AccessKeySecret)) == kSecret);

    QCOMPARE(finish([&](auto done) { m_service->update(changed, kNewSecret, std::nullopt, done); }),
             QString());
    QVERIFY(m_secrets->entries().value(keychainKey(u"prod"_s, SecretKind::AccessKeySecret)) == kNewSecret);

    const QString empty =
        finish([&](auto done) { m_service->update(changed, QString(), std::nullopt, done); });
    QVERIFY2(empty.contains(u"secret is empty"_s), qPrintable(empty));
    const QString unknown = finish(
        [&](auto done) { m_service->update(accessKeyProfile(u"ghost"_s), kSecret, std::nullopt, done); });
    QCOMPARE(unknown, m_service->unknownProfileMessage(u"ghost"_s));
}

void TestProfileService::updateSwitchesKinds()
{
    QCOMPARE(finish([&](auto done) { m_service->add(accessKeyProfile(), kSecret, QString(), done); }),
             QString());
    Profile sts = accessKeyProfile();
    sts.kind = CredentialKind::StsToken;
    const QString noToken =
        finish([&](auto done) { m_service->update(sts, std::nullopt, std::nullopt, done); });
    QVERIFY2(noToken.contains(u"security token"_s), qPrintable(noToken));
    QCOMPARE(m_profiles->profile(u"prod"_s)->kind, CredentialKind::AccessKey);

    QCOMPARE(finish([&](auto done) { m_service->update(sts, std::nullopt, kToken, done); }), QString());
    QCOMPARE(m_profiles->profile(u"prod"_s)->kind, CredentialKind::StsToken);
    QVERIFY(m_secrets->entries().value(keychainKey(u"prod"_s, SecretKind::SecurityToken)) == kToken);

    QCOMPARE(
        finish([&](auto done) { m_service->update(accessKeyProfile(), std::nullopt, std::nullopt, done); }),
        QString());
    QCOMPARE(m_profiles->profile(u"prod"_s)->kind, CredentialKind::AccessKey);
    QVERIFY(!m_secrets->entries().contains(keychainKey(u"prod"_s, SecretKind::SecurityToken)));
}

void TestProfileService::updateFailureRestoresTheOldSecret()
{
    QCOMPARE(finish([&](auto done) { m_service->add(accessKeyProfile(), kSecret, QString(), done); }),
             QString());
    QFile blocker(m_dir->filePath(u"blocker"_s));
    QVERIFY(blocker.open(QIODevice::WriteOnly));
    blocker.close();
    QSettings unwritable(m_dir->filePath(u"blocker/profiles.ini"_s), QSettings::IniFormat);
    ProfileStore profiles(&unwritable);
    // The same profile, known to a store whose file cannot be written: contains() reads the in-memory copy.
    unwritable.setValue(u"profiles/prod/accessKeyId"_s, u"LTAIservice"_s);
    ProfileService service(&profiles, m_secrets.get());
    const QString error =
        finish([&](auto done) { service.update(accessKeyProfile(), kNewSecret, std::nullopt, done); });
    QVERIFY2(error.contains(u"could not be written"_s), qPrintable(error));
    QVERIFY(m_secrets->entries().value(keychainKey(u"prod"_s, SecretKind::AccessKeySecret)) == kSecret);
}

void TestProfileService::secretPresence()
{
    QCOMPARE(finish([&](auto done) { m_service->add(accessKeyProfile(), kSecret, QString(), done); }),
             QString());
    std::optional<std::tuple<bool, bool, QString>> result;
    auto ask = [&](const QString &name) {
        result.reset();
        m_service->secretPresence(name, [&](bool s, bool t, const QString &e) { result = {s, t, e}; });
        QTRY_VERIFY(result.has_value());
    };
    ask(u"prod"_s);
    QCOMPARE(*result, std::make_tuple(true, false, QString()));
    ask(u"ghost"_s);
    QCOMPARE(std::get<2>(*result), m_service->unknownProfileMessage(u"ghost"_s));
    m_secrets->failReads({CredentialError::Kind::NotFoundOrLocked, {}});
    ask(u"prod"_s);
    QCOMPARE(*result, std::make_tuple(false, false, QString()));
    m_secrets->failReads({CredentialError::Kind::TimedOut, {}, 2000});
    ask(u"prod"_s);
    QVERIFY2(std::get<2>(*result).contains(u"within 2 s"_s), qPrintable(std::get<2>(*result)));
}

void TestProfileService::unknownProfileMessage()
{
    QCOMPARE(m_service->unknownProfileMessage(u"x"_s),
             u"No profile named \"x\". There are no saved profiles yet."_s);
    QVERIFY(m_profiles->save(accessKeyProfile(u"b"_s)));
    QVERIFY(m_profiles->save(accessKeyProfile(u"a"_s)));
    QCOMPARE(m_service->unknownProfileMessage(u"x"_s), u"No profile named \"x\". Saved profiles: a, b."_s);
}

void TestProfileService::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
    for (const QString &message : std::as_const(g_messages)) {
        for (const QString &secret : {kSecret, kToken, kNewSecret})
            QVERIFY2(!message.contains(secret), "a secret reached the log");
    }
}

QTEST_GUILESS_MAIN(TestProfileService)
#include "tst_profileservice.moc"
