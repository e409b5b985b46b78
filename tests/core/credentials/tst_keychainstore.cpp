// The keychain store against a real Secret Service: a private dbus-daemon and gnome-keyring-daemon per test
// process (KeyringSession), so it runs headless, in parallel and without touching the user's keyring.
#include "credentials/credentialstore.h"
#include "credentials/profileservice.h"
#include "credentials/profilestore.h"
#include "keyringsession.h"

#include <QDBusConnection>
#include <QDBusMessage>
#include <QDBusVirtualObject>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

using namespace Qt::StringLiterals;
using namespace hbr::credentials;

namespace {

// Recognisable, so a leak into a log or a file is found by a plain search.
const QString kSecret = u"HBRTEST-SECRET-keychain-4b1d-9e27"_s;
const QString kToken = u"HBRTEST-TOKEN-keychain-c0ffee-77aa"_s;
const QString kOtherSecret = u"HBRTEST-SECRET-locked-5e5e-0101"_s;
const QStringList kDummySecrets = {kSecret, kToken, kOtherSecret};

// Set in the environment of a copy of this test that runs only noBackendChild().
constexpr char kChildModeVariable[] = "HBR_KEYCHAIN_TEST_CHILD";
constexpr int kChildTimeoutMs = 4000;

QStringList g_messages;
QtMessageHandler g_previousHandler = nullptr;

void captureMessages(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    g_messages.append(message);
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

struct ReadResult
{
    bool done = false;
    QString secret;
    CredentialError error;
};

ReadResult readNow(CredentialStore &store, QObject *context, const QString &profile, SecretKind kind,
                   int waitMs = 20000)
{
    ReadResult result;
    int calls = 0;
    store.read(profile, kind, context, [&](const QString &secret, const CredentialError &error) {
        ++calls;
        result.done = true;
        result.secret = secret;
        result.error = error;
    });
    (void)QTest::qWaitFor([&] { return result.done; }, waitMs);
    QTest::qWait(0); // a second call would have been queued by now
    if (calls > 1)
        qFatal("read called back %d times", calls);
    return result;
}

std::optional<CredentialError> writeNow(CredentialStore &store, QObject *context, const QString &profile,
                                        SecretKind kind, const QString &secret)
{
    std::optional<CredentialError> result;
    store.write(profile, kind, secret, context, [&](const CredentialError &error) { result = error; });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, 20000);
    return result;
}

std::optional<CredentialError> removeNow(CredentialStore &store, QObject *context, const QString &profile,
                                         SecretKind kind)
{
    std::optional<CredentialError> result;
    store.remove(profile, kind, context, [&](const CredentialError &error) { result = error; });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, 20000);
    return result;
}

std::optional<QString> serviceCall(const std::function<void(ProfileService::Done)> &call)
{
    std::optional<QString> result;
    call([&](const QString &error) { result = error; });
    (void)QTest::qWaitFor([&] { return result.has_value(); }, 30000);
    return result;
}

// A Secret Service that takes every call and never answers: a hung daemon, or one waiting on a prompt.
class SilentSecretService : public QDBusVirtualObject
{
public:
    QString introspect(const QString &) const override { return {}; }
    bool handleMessage(const QDBusMessage &message, const QDBusConnection &) override
    {
        message.setDelayedReply(true);
        return true;
    }
};

} // namespace

class TestKeychainStore : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void sourceTreeNeverEnablesTheInsecureFallback();
    void writeReadRemoveRoundTrip();
    void secretToolSeesTheEntryOnlyWhileItExists();
    void callbackNeverRunsSynchronouslyOrAfterTheContextIsGone();
    void profileServiceThroughTheRealKeychain();
    void lockedKeyring();
    void missingSecretService_data();
    void missingSecretService();
    void noBackendChild();
    void noSecretInAnyFile();
    void cleanupTestCase();

private:
    bool isChild() const { return qEnvironmentVariableIsSet(kChildModeVariable); }

    hbr::test::KeyringSession m_keyring;
};

void TestKeychainStore::initTestCase()
{
    g_previousHandler = qInstallMessageHandler(captureMessages);
    if (isChild())
        return; // the parent chose this process's bus
    QVERIFY2(m_keyring.start(), qPrintable(m_keyring.errorString()));
    m_keyring.applyToThisProcess();
}

void TestKeychainStore::sourceTreeNeverEnablesTheInsecureFallback()
{
    if (isChild())
        return;
    // QtKeychain writes the secret to a plaintext file when this is on and it falls back to it.
    int scanned = 0;
    for (const char *folder : {"app", "ui"}) {
        QDirIterator it(QStringLiteral(HBR_SOURCE_DIR "/") + QLatin1String(folder), QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile file(it.next());
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.fileName()));
            ++scanned;
            QVERIFY2(!file.readAll().contains("setInsecureFallback"),
                     qPrintable(file.fileName() + u" mentions setInsecureFallback"_s));
        }
    }
    QVERIFY(scanned > 10);
}

void TestKeychainStore::writeReadRemoveRoundTrip()
{
    if (isChild())
        return;
    KeychainCredentialStore store(nullptr, 15000);
    QObject context;

    ReadResult before = readNow(store, &context, u"roundtrip"_s, SecretKind::AccessKeySecret);
    QVERIFY(before.done);
    QCOMPARE(before.error.kind, CredentialError::Kind::NotFoundOrLocked);

    auto written = writeNow(store, &context, u"roundtrip"_s, SecretKind::AccessKeySecret, kSecret);
    QVERIFY(written);
    QVERIFY2(!written->isError(), qPrintable(written->message()));
    written = writeNow(store, &context, u"roundtrip"_s, SecretKind::SecurityToken, kToken);
    QVERIFY(written && !written->isError());

    ReadResult secret = readNow(store, &context, u"roundtrip"_s, SecretKind::AccessKeySecret);
    QVERIFY(secret.done);
    QVERIFY2(!secret.error.isError(), qPrintable(secret.error.message()));
    QVERIFY(secret.secret == kSecret); // QVERIFY, not QCOMPARE: a failure must not print the secret
    ReadResult token = readNow(store, &context, u"roundtrip"_s, SecretKind::SecurityToken);
    QVERIFY(!token.error.isError() && token.secret == kToken);

    // Another service name is another namespace.
    KeychainCredentialStore otherService(nullptr, 15000, u"hbr-browser-other"_s);
    QCOMPARE(readNow(otherService, &context, u"roundtrip"_s, SecretKind::AccessKeySecret).error.kind,
             CredentialError::Kind::NotFoundOrLocked);

    for (const SecretKind kind : {SecretKind::AccessKeySecret, SecretKind::SecurityToken}) {
        const auto removed = removeNow(store, &context, u"roundtrip"_s, kind);
        QVERIFY(removed && !removed->isError());
        QCOMPARE(readNow(store, &context, u"roundtrip"_s, kind).error.kind,
                 CredentialError::Kind::NotFoundOrLocked);
    }
    // Removing what is not there is not an error with libsecret.
    const auto again = removeNow(store, &context, u"roundtrip"_s, SecretKind::AccessKeySecret);
    QVERIFY(again);
    QVERIFY(!again->isError() || again->kind == CredentialError::Kind::NotFoundOrLocked);
}

void TestKeychainStore::secretToolSeesTheEntryOnlyWhileItExists()
{
    if (isChild())
        return;
    KeychainCredentialStore store;
    QObject context;
    const auto written = writeNow(store, &context, u"visible"_s, SecretKind::AccessKeySecret, kSecret);
    QVERIFY(written && !written->isError());

    const QString listed = m_keyring.secretToolSearch(QLatin1String(kKeychainService));
    QVERIFY2(listed.contains(u"attribute.user = visible/AccessKeySecret"_s),
             "secret-tool does not list the entry");
    QVERIFY(listed.contains(u"attribute.server = hbr-browser"_s));

    const auto removed = removeNow(store, &context, u"visible"_s, SecretKind::AccessKeySecret);
    QVERIFY(removed && !removed->isError());
    QVERIFY2(!m_keyring.secretToolSearch(QLatin1String(kKeychainService)).contains(u"visible/"_s),
             "secret-tool still lists the entry after it was removed");
}

void TestKeychainStore::callbackNeverRunsSynchronouslyOrAfterTheContextIsGone()
{
    if (isChild())
        return;
    KeychainCredentialStore store;
    bool called = false;
    {
        QObject context;
        store.read(u"none"_s, SecretKind::AccessKeySecret, &context,
                   [&](const QString &, const CredentialError &) { called = true; });
        QVERIFY(!called);
    }
    // Give the job time to finish: its answer must go nowhere.
    QObject probe;
    QVERIFY(readNow(store, &probe, u"none"_s, SecretKind::AccessKeySecret).done);
    QTest::qWait(0);
    QVERIFY(!called);
}

void TestKeychainStore::profileServiceThroughTheRealKeychain()
{
    if (isChild())
        return;
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"profiles.ini"_s), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    KeychainCredentialStore secrets;
    ProfileService service(&profiles, &secrets);

    Profile p;
    p.name = u"real-sts"_s;
    p.accessKeyId = u"STS.LTAIrealkeychain"_s;
    p.kind = CredentialKind::StsToken;
    p.regions = {u"cn-shanghai"_s};
    auto added = serviceCall([&](auto done) { service.add(p, kSecret, kToken, done); });
    QVERIFY(added);
    QVERIFY2(added->isEmpty(), qPrintable(*added));
    QVERIFY(
        m_keyring.secretToolSearch(QLatin1String(kKeychainService)).contains(u"real-sts/SecurityToken"_s));

    std::optional<hbr::api::AccessKeyCredentials> resolved;
    bool resolvedDone = false;
    service.resolve(p.name, [&](const auto &credentials, const QString &error) {
        QVERIFY2(error.isEmpty(), qPrintable(error));
        resolved = credentials;
        resolvedDone = true;
    });
    QTRY_VERIFY_WITH_TIMEOUT(resolvedDone, 20000);
    QVERIFY(resolved);
    QCOMPARE(resolved->accessKeyId, p.accessKeyId);
    QVERIFY(resolved->accessKeySecret == kSecret && resolved->securityToken == kToken);

    auto removed = serviceCall([&](auto done) { service.remove(p.name, done); });
    QVERIFY(removed);
    QVERIFY2(removed->isEmpty(), qPrintable(*removed));
    QVERIFY(!profiles.contains(p.name));
    QVERIFY(!m_keyring.secretToolSearch(QLatin1String(kKeychainService)).contains(u"real-sts/"_s));
}

void TestKeychainStore::lockedKeyring()
{
    if (isChild())
        return;
    QTemporaryDir dir;
    QSettings settings(dir.filePath(u"profiles.ini"_s), QSettings::IniFormat);
    ProfileStore profiles(&settings);
    KeychainCredentialStore secrets(nullptr, 15000);
    ProfileService service(&profiles, &secrets);
    QObject context;

    Profile p;
    p.name = u"locked"_s;
    p.accessKeyId = u"LTAIlockedkeyring"_s;
    auto added = serviceCall([&](auto done) { service.add(p, kOtherSecret, QString(), done); });
    QVERIFY(added && added->isEmpty());

    QVERIFY2(m_keyring.lock(), qPrintable(m_keyring.errorString()));

    // Read: QtKeychain says "not found" for an entry that exists.
    const ReadResult read = readNow(secrets, &context, u"locked"_s, SecretKind::AccessKeySecret);
    QVERIFY(read.done);
    QCOMPARE(read.error.kind, CredentialError::Kind::NotFoundOrLocked);
    QVERIFY2(read.error.message().contains(u"locked"_s), qPrintable(read.error.message()));
    QVERIFY(read.secret.isEmpty());

    // Write: refused.
    const auto written =
        writeNow(secrets, &context, u"locked-new"_s, SecretKind::AccessKeySecret, kOtherSecret);
    QVERIFY(written && written->isError());
    QVERIFY2(written->kind == CredentialError::Kind::AccessDenied ||
                 written->kind == CredentialError::Kind::Locked,
             qPrintable(written->message()));
    QVERIFY2(written->message().contains(u"locked"_s), qPrintable(written->message()));

    // Delete: QtKeychain says it worked, and nothing was deleted.
    const auto deleted = removeNow(secrets, &context, u"locked"_s, SecretKind::AccessKeySecret);
    QVERIFY(deleted);
    QVERIFY2(!deleted->isError(), qPrintable(deleted->message()));

    // The profile service sees through it and keeps the profile.
    auto removed = serviceCall([&](auto done) { service.remove(p.name, done); });
    QVERIFY(removed);
    QVERIFY2(!removed->isEmpty(), "removing a profile from a locked keyring reported success");
    QVERIFY2(removed->contains(u"locked"_s), qPrintable(*removed));
    QVERIFY(profiles.contains(p.name));

    std::optional<QString> resolveError;
    service.resolve(p.name, [&](const auto &, const QString &error) { resolveError = error; });
    QTRY_VERIFY_WITH_TIMEOUT(resolveError.has_value(), 20000);
    QVERIFY2(resolveError->contains(u"locked"_s), qPrintable(*resolveError));

    QVERIFY2(m_keyring.unlock(), qPrintable(m_keyring.errorString()));
    const ReadResult afterUnlock = readNow(secrets, &context, u"locked"_s, SecretKind::AccessKeySecret);
    QVERIFY2(!afterUnlock.error.isError(), qPrintable(afterUnlock.error.message()));
    QVERIFY2(afterUnlock.secret == kOtherSecret, "the locked delete deleted the secret after all");

    removed = serviceCall([&](auto done) { service.remove(p.name, done); });
    QVERIFY(removed);
    QVERIFY2(removed->isEmpty(), qPrintable(*removed));
    QVERIFY(!profiles.contains(p.name));
    QVERIFY(!m_keyring.secretToolSearch(QLatin1String(kKeychainService)).contains(u"locked"_s));
}

void TestKeychainStore::missingSecretService_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("bus without a Secret Service") << u"bare"_s;
    QTest::newRow("no session bus") << u"nobus"_s;
    QTest::newRow("Secret Service that never answers") << u"hang"_s;
}

void TestKeychainStore::missingSecretService()
{
    if (isChild())
        return;
    QFETCH(QString, mode);
    // In a process of its own: GLib keeps the session bus it connected to first for the life of the process.
    QProcessEnvironment env = m_keyring.noSecretServiceEnvironment();
    QVERIFY2(!env.isEmpty(), qPrintable(m_keyring.errorString()));
    if (mode == u"nobus"_s)
        env.insert(u"DBUS_SESSION_BUS_ADDRESS"_s, u"unix:path="_s + m_keyring.rootPath() + u"/no-such-bus"_s);
    env.insert(QLatin1String(kChildModeVariable), mode);
    QProcess child;
    child.setProcessEnvironment(env);
    child.setProcessChannelMode(QProcess::MergedChannels);
    child.start(QCoreApplication::applicationFilePath(), {u"noBackendChild"_s});
    QVERIFY(child.waitForFinished(60000));
    const QString output = QString::fromUtf8(child.readAll());
    for (const QString &line : output.split(u'\n')) {
        if (line.startsWith(u"QINFO"_s))
            qInfo("child: %s", qPrintable(line));
    }
    QVERIFY2(child.exitStatus() == QProcess::NormalExit && child.exitCode() == 0, qPrintable(output));
    QVERIFY2(output.contains(u"CHILD-CHECKED"_s), qPrintable(output));
    for (const QString &secret : kDummySecrets)
        QVERIFY2(!output.contains(secret), "the child printed a secret");
}

void TestKeychainStore::noBackendChild()
{
    const QString mode = qEnvironmentVariable(kChildModeVariable);
    if (mode.isEmpty())
        return; // runs only in the copy started by missingSecretService

    SilentSecretService silent;
    QDBusConnection bus =
        QDBusConnection::connectToBus(qEnvironmentVariable("DBUS_SESSION_BUS_ADDRESS"), u"silent"_s);
    if (mode == u"hang"_s) {
        QVERIFY(bus.isConnected());
        QVERIFY(bus.registerVirtualObject(u"/"_s, &silent, QDBusConnection::SubPath));
        QVERIFY(bus.registerService(u"org.freedesktop.secrets"_s));
    }

    KeychainCredentialStore store(nullptr, kChildTimeoutMs);
    QObject context;
    QElapsedTimer timer;
    timer.start();
    const ReadResult read =
        readNow(store, &context, u"child"_s, SecretKind::AccessKeySecret, kChildTimeoutMs * 3);
    QVERIFY2(read.done, "no answer at all, not even the timeout");
    const qint64 elapsed = timer.elapsed();
    qInfo("mode %s: %s (kind %d, after %lld ms; backend said: %s)", qPrintable(mode),
          qPrintable(read.error.message()), int(read.error.kind), elapsed, qPrintable(read.error.detail));
    QVERIFY(elapsed < kChildTimeoutMs + 2000);
    if (mode == u"hang"_s) {
        QCOMPARE(read.error.kind, CredentialError::Kind::TimedOut);
        QVERIFY2(read.error.message().contains(u"within 4 s"_s), qPrintable(read.error.message()));
        QVERIFY(elapsed >= kChildTimeoutMs * 9 / 10); // a coarse timer may fire up to 5% early
    } else {
        QCOMPARE(read.error.kind, CredentialError::Kind::NoBackend);
        QVERIFY2(read.error.message().startsWith(u"No keychain service is running"_s),
                 qPrintable(read.error.message()));
        const auto written = writeNow(store, &context, u"child"_s, SecretKind::AccessKeySecret, kSecret);
        QVERIFY(written);
        QCOMPARE(written->kind, CredentialError::Kind::NoBackend);
    }
    qInfo("CHILD-CHECKED");
}

void TestKeychainStore::noSecretInAnyFile()
{
    if (isChild())
        return;
    // gnome-keyring encrypts its file with the password; a secret in clear anywhere under HOME or the XDG
    // folders would mean a plaintext fallback somewhere.
    int scanned = 0;
    QDirIterator it(m_keyring.rootPath(), QDir::Files | QDir::Hidden | QDir::System,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly))
            continue; // sockets
        ++scanned;
        const QByteArray content = file.readAll();
        for (const QString &secret : kDummySecrets) {
            QVERIFY2(!content.contains(secret.toUtf8()), qPrintable(file.fileName() + u" holds a secret"_s));
            QVERIFY2(!content.contains(secret.toUtf8().toBase64()), qPrintable(file.fileName()));
        }
    }
    QVERIFY2(scanned > 0, "found no files at all: the keyring did not store anything?");
    QVERIFY(QFile::exists(m_keyring.rootPath() + u"/data/keyrings/login.keyring"_s));
}

void TestKeychainStore::cleanupTestCase()
{
    qInstallMessageHandler(g_previousHandler);
    for (const QString &message : std::as_const(g_messages)) {
        for (const QString &secret : kDummySecrets)
            QVERIFY2(!message.contains(secret), "a secret reached the log");
    }
}

QTEST_GUILESS_MAIN(TestKeychainStore)
#include "tst_keychainstore.moc"
