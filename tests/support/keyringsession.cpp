#include "keyringsession.h"

#include <QDBusArgument>
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusMetaType>
#include <QDBusObjectPath>
#include <QDBusReply>
#include <QDBusVariant>
#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QStandardPaths>
#include <QtTest>
#include <atomic>

namespace {

const QString kSecretsName = QStringLiteral("org.freedesktop.secrets");
const QString kSecretsPath = QStringLiteral("/org/freedesktop/secrets");
const QString kServiceInterface = QStringLiteral("org.freedesktop.Secret.Service");
// gnome-keyring's own interface: the public Unlock() needs a prompt, which a headless bus cannot show.
const QString kGnomeInterface = QStringLiteral("org.gnome.keyring.InternalUnsupportedGuiltRiddenInterface");
constexpr int kStartTimeoutMs = 30000;
constexpr int kCallTimeoutMs = 10000;

// The Secret Service "Secret" struct, (oayays).
struct SecretStruct
{
    QDBusObjectPath session;
    QByteArray parameters;
    QByteArray value;
    QString contentType;
};

} // namespace

Q_DECLARE_METATYPE(SecretStruct)

namespace {

QDBusArgument &operator<<(QDBusArgument &argument, const SecretStruct &secret)
{
    argument.beginStructure();
    argument << secret.session << secret.parameters << secret.value << secret.contentType;
    argument.endStructure();
    return argument;
}

const QDBusArgument &operator>>(const QDBusArgument &argument, SecretStruct &secret)
{
    argument.beginStructure();
    argument >> secret.session >> secret.parameters >> secret.value >> secret.contentType;
    argument.endStructure();
    return argument;
}

// A new private connection each time: QDBusConnection caches connections by name, and the bus may differ.
QDBusConnection connectTo(const QString &address)
{
    static std::atomic<int> counter{0};
    const QString name = QStringLiteral("hbr-keyring-session-%1").arg(counter.fetch_add(1));
    return QDBusConnection::connectToBus(address, name);
}

class ScopedConnection
{
public:
    explicit ScopedConnection(const QString &address)
        : m_connection(connectTo(address))
    {
    }
    ~ScopedConnection() { QDBusConnection::disconnectFromBus(m_connection.name()); }
    ScopedConnection(const ScopedConnection &) = delete;
    ScopedConnection &operator=(const ScopedConnection &) = delete;
    QDBusConnection &get() { return m_connection; }

private:
    QDBusConnection m_connection;
};

QString busConfig(const QString &socketDir, const QString &serviceDir)
{
    // Like the standard session.conf, but listening in our folder and with an empty service directory:
    // nothing (gnome-keyring from /usr/share/dbus-1/services, a GUI prompter) is activated behind the test's
    // back.
    return QStringLiteral(
               "<!DOCTYPE busconfig PUBLIC \"-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN\"\n"
               " \"http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd\">\n"
               "<busconfig>\n"
               "  <type>session</type>\n"
               "  <listen>unix:dir=%1</listen>\n"
               "  <auth>EXTERNAL</auth>\n"
               "  <servicedir>%2</servicedir>\n"
               "  <policy context=\"default\">\n"
               "    <allow send_destination=\"*\" eavesdrop=\"true\"/>\n"
               "    <allow eavesdrop=\"true\"/>\n"
               "    <allow own=\"*\"/>\n"
               "  </policy>\n"
               "</busconfig>\n")
        .arg(socketDir.toHtmlEscaped(), serviceDir.toHtmlEscaped());
}

void stopProcess(std::unique_ptr<QProcess> &process)
{
    if (!process)
        return;
    if (process->state() != QProcess::NotRunning) {
        process->terminate();
        if (!process->waitForFinished(5000)) {
            process->kill();
            process->waitForFinished(5000);
        }
    }
    process.reset();
}

bool makePrivateDir(const QString &path)
{
    if (!QDir().mkpath(path))
        return false;
    return QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

} // namespace

namespace hbr::test {

KeyringSession::KeyringSession(const QString &password)
    : m_password(password)
    , m_root(QDir::tempPath() + QStringLiteral("/hbr-keyring-XXXXXX"))
{
}

KeyringSession::~KeyringSession()
{
    stopProcess(m_keyring);
    stopProcess(m_bus);
    stopProcess(m_bareBus);
}

bool KeyringSession::fail(const QString &error)
{
    m_error = error;
    return false;
}

QString KeyringSession::homePath() const
{
    return m_root.filePath(QStringLiteral("home"));
}

std::unique_ptr<QProcess> KeyringSession::startBus(const QString &name, QString *address)
{
    const QString busDir = m_root.filePath(name);
    const QString socketDir = busDir + QStringLiteral("/socket");
    const QString serviceDir = busDir + QStringLiteral("/services");
    if (!makePrivateDir(socketDir) || !QDir().mkpath(serviceDir)) {
        fail(QStringLiteral("Could not create %1").arg(busDir));
        return nullptr;
    }
    const QString configPath = busDir + QStringLiteral("/bus.conf");
    QFile config(configPath);
    if (!config.open(QIODevice::WriteOnly) || config.write(busConfig(socketDir, serviceDir).toUtf8()) < 0) {
        fail(QStringLiteral("Could not write %1").arg(configPath));
        return nullptr;
    }
    config.close();

    const QString program = QStandardPaths::findExecutable(QStringLiteral("dbus-daemon"));
    if (program.isEmpty()) {
        fail(QStringLiteral(
            "dbus-daemon is not installed (Debian package \"dbus\"); the keychain tests need a "
            "private session bus."));
        return nullptr;
    }
    auto bus = std::make_unique<QProcess>();
    bus->setProcessChannelMode(QProcess::SeparateChannels);
    bus->start(program, {QStringLiteral("--config-file=") + configPath, QStringLiteral("--nofork"),
                         QStringLiteral("--print-address=1")});
    if (!bus->waitForStarted(kStartTimeoutMs)) {
        fail(QStringLiteral("dbus-daemon did not start: %1").arg(bus->errorString()));
        return nullptr;
    }
    QByteArray output;
    const QDeadlineTimer deadline(kStartTimeoutMs);
    while (!output.contains('\n') && !deadline.hasExpired() && bus->state() == QProcess::Running) {
        bus->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime())));
        output += bus->readAllStandardOutput();
    }
    *address = QString::fromUtf8(output).section(QLatin1Char('\n'), 0, 0).trimmed();
    if (address->isEmpty()) {
        fail(QStringLiteral("dbus-daemon printed no address: %1")
                 .arg(QString::fromLocal8Bit(bus->readAllStandardError())));
        return nullptr;
    }
    return bus;
}

bool KeyringSession::start()
{
    if (!m_root.isValid())
        return fail(QStringLiteral("Could not create a temporary folder: %1").arg(m_root.errorString()));
    for (const char *dir : {"home", "data", "config", "cache"}) {
        if (!QDir().mkpath(m_root.filePath(QLatin1String(dir))))
            return fail(QStringLiteral("Could not create %1").arg(m_root.filePath(QLatin1String(dir))));
    }
    // gnome-keyring refuses a runtime folder that others can read; libsecret and dbus put sockets there.
    if (!makePrivateDir(m_root.filePath(QStringLiteral("runtime"))))
        return fail(QStringLiteral("Could not create a private XDG_RUNTIME_DIR"));

    m_bus = startBus(QStringLiteral("bus"), &m_busAddress);
    if (!m_bus)
        return false;

    const QString keyringProgram = QStandardPaths::findExecutable(QStringLiteral("gnome-keyring-daemon"));
    if (keyringProgram.isEmpty())
        return fail(
            QStringLiteral("gnome-keyring-daemon is not installed (Debian package \"gnome-keyring\"); "
                           "the keychain tests need a Secret Service."));
    m_keyring = std::make_unique<QProcess>();
    m_keyring->setProcessEnvironment(environment());
    m_keyring->setWorkingDirectory(homePath());
    // --unlock reads the password from stdin until EOF and creates (or unlocks) the "login" keyring with it;
    // --foreground keeps it our child so the destructor can stop it.
    m_keyring->start(keyringProgram, {QStringLiteral("--unlock"), QStringLiteral("--components=secrets"),
                                      QStringLiteral("--foreground")});
    if (!m_keyring->waitForStarted(kStartTimeoutMs))
        return fail(QStringLiteral("gnome-keyring-daemon did not start: %1").arg(m_keyring->errorString()));
    m_keyring->write(m_password.toUtf8());
    m_keyring->closeWriteChannel();

    ScopedConnection connection(m_busAddress);
    if (!connection.get().isConnected())
        return fail(QStringLiteral("Could not connect to the private bus %1: %2")
                        .arg(m_busAddress, connection.get().lastError().message()));
    const QDeadlineTimer deadline(kStartTimeoutMs);
    while (!connection.get().interface()->isServiceRegistered(kSecretsName).value()) {
        if (m_keyring->state() != QProcess::Running)
            return fail(QStringLiteral("gnome-keyring-daemon exited: %1")
                            .arg(QString::fromLocal8Bit(m_keyring->readAllStandardError())));
        if (deadline.hasExpired())
            return fail(QStringLiteral("gnome-keyring-daemon did not take the name %1 within %2 s: %3")
                            .arg(kSecretsName)
                            .arg(kStartTimeoutMs / 1000)
                            .arg(QString::fromLocal8Bit(m_keyring->readAllStandardError())));
        QTest::qWait(20);
    }
    // The login collection appears once the password has been read; until then a write would have no default
    // collection to go to.
    while (defaultCollectionPath().isEmpty()) {
        if (deadline.hasExpired())
            return fail(QStringLiteral("gnome-keyring-daemon created no default collection"));
        QTest::qWait(20);
    }
    if (isLocked())
        return fail(QStringLiteral("gnome-keyring-daemon started with its login keyring locked"));
    return true;
}

QProcessEnvironment KeyringSession::environment() const
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), homePath());
    env.insert(QStringLiteral("XDG_DATA_HOME"), m_root.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_root.filePath(QStringLiteral("config")));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), m_root.filePath(QStringLiteral("cache")));
    env.insert(QStringLiteral("XDG_RUNTIME_DIR"), m_root.filePath(QStringLiteral("runtime")));
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_busAddress);
    // QtKeychain prefers KWallet in a KDE session and gnome-keyring's control socket would point elsewhere.
    for (const char *name :
         {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION", "KDE_SESSION_VERSION",
          "GNOME_DESKTOP_SESSION_ID", "GNOME_KEYRING_CONTROL", "SSH_AUTH_SOCK"})
        env.remove(QLatin1String(name));
    return env;
}

void KeyringSession::applyToThisProcess() const
{
    const QProcessEnvironment env = environment();
    for (const char *name : {"HOME", "XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "XDG_RUNTIME_DIR",
                             "DBUS_SESSION_BUS_ADDRESS"})
        qputenv(name, env.value(QLatin1String(name)).toLocal8Bit());
    for (const char *name :
         {"XDG_CURRENT_DESKTOP", "DESKTOP_SESSION", "KDE_FULL_SESSION", "KDE_SESSION_VERSION",
          "GNOME_DESKTOP_SESSION_ID", "GNOME_KEYRING_CONTROL", "SSH_AUTH_SOCK"})
        qunsetenv(name);
}

QString KeyringSession::defaultCollectionPath()
{
    ScopedConnection connection(m_busAddress);
    QDBusMessage call = QDBusMessage::createMethodCall(kSecretsName, kSecretsPath, kServiceInterface,
                                                       QStringLiteral("ReadAlias"));
    call << QStringLiteral("default");
    const QDBusReply<QDBusObjectPath> reply = connection.get().call(call, QDBus::Block, kCallTimeoutMs);
    if (!reply.isValid() || reply.value().path() == QLatin1String("/"))
        return {};
    return reply.value().path();
}

bool KeyringSession::isLocked()
{
    const QString collection = defaultCollectionPath();
    if (collection.isEmpty())
        return false;
    ScopedConnection connection(m_busAddress);
    QDBusMessage call = QDBusMessage::createMethodCall(
        kSecretsName, collection, QStringLiteral("org.freedesktop.DBus.Properties"), QStringLiteral("Get"));
    call << QStringLiteral("org.freedesktop.Secret.Collection") << QStringLiteral("Locked");
    const QDBusReply<QDBusVariant> reply = connection.get().call(call, QDBus::Block, kCallTimeoutMs);
    return reply.isValid() && reply.value().variant().toBool();
}

bool KeyringSession::lock()
{
    const QString collection = defaultCollectionPath();
    if (collection.isEmpty())
        return fail(QStringLiteral("No default collection to lock"));
    ScopedConnection connection(m_busAddress);
    QDBusMessage call =
        QDBusMessage::createMethodCall(kSecretsName, kSecretsPath, kServiceInterface, QStringLiteral("Lock"));
    call << QVariant::fromValue(QList<QDBusObjectPath>{QDBusObjectPath(collection)});
    const QDBusMessage reply = connection.get().call(call, QDBus::Block, kCallTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage)
        return fail(QStringLiteral("Lock failed: %1").arg(reply.errorMessage()));
    return isLocked() || fail(QStringLiteral("Lock answered, but the collection is not locked"));
}

bool KeyringSession::unlock()
{
    static const bool registered = [] {
        qDBusRegisterMetaType<SecretStruct>();
        return true;
    }();
    Q_UNUSED(registered);
    const QString collection = defaultCollectionPath();
    if (collection.isEmpty())
        return fail(QStringLiteral("No default collection to unlock"));
    // The secret must travel in a session opened on the same connection as the call that uses it.
    ScopedConnection connection(m_busAddress);
    QDBusMessage open = QDBusMessage::createMethodCall(kSecretsName, kSecretsPath, kServiceInterface,
                                                       QStringLiteral("OpenSession"));
    open << QStringLiteral("plain") << QVariant::fromValue(QDBusVariant(QString()));
    const QDBusMessage opened = connection.get().call(open, QDBus::Block, kCallTimeoutMs);
    if (opened.type() != QDBusMessage::ReplyMessage || opened.arguments().size() < 2)
        return fail(QStringLiteral("OpenSession failed: %1").arg(opened.errorMessage()));
    const QDBusObjectPath session = qvariant_cast<QDBusObjectPath>(opened.arguments().at(1));

    QDBusMessage call = QDBusMessage::createMethodCall(kSecretsName, kSecretsPath, kGnomeInterface,
                                                       QStringLiteral("UnlockWithMasterPassword"));
    const SecretStruct master{session, QByteArray(), m_password.toUtf8(), QStringLiteral("text/plain")};
    call << QVariant::fromValue(QDBusObjectPath(collection)) << QVariant::fromValue(master);
    const QDBusMessage reply = connection.get().call(call, QDBus::Block, kCallTimeoutMs);
    if (reply.type() != QDBusMessage::ReplyMessage)
        return fail(QStringLiteral("UnlockWithMasterPassword failed: %1").arg(reply.errorMessage()));
    return !isLocked() || fail(QStringLiteral("Unlock answered, but the collection is still locked"));
}

QString KeyringSession::secretToolSearch(const QString &service) const
{
    const QString program = QStandardPaths::findExecutable(QStringLiteral("secret-tool"));
    if (program.isEmpty())
        return QStringLiteral("secret-tool is not installed (Debian package \"libsecret-tools\")");
    QProcess tool;
    tool.setProcessEnvironment(environment());
    tool.setProcessChannelMode(QProcess::MergedChannels);
    tool.start(program,
               {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"), service});
    if (!tool.waitForFinished(kCallTimeoutMs)) {
        tool.kill();
        tool.waitForFinished();
        return QStringLiteral("secret-tool did not finish");
    }
    return QString::fromUtf8(tool.readAll());
}

QProcessEnvironment KeyringSession::noSecretServiceEnvironment()
{
    if (!m_bareBus) {
        m_bareBus = startBus(QStringLiteral("barebus"), &m_bareBusAddress);
        if (!m_bareBus)
            return {};
    }
    QProcessEnvironment env = environment();
    env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), m_bareBusAddress);
    return env;
}

} // namespace hbr::test
