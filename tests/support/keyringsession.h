#pragma once

#include <QProcess>
#include <QProcessEnvironment>
#include <QString>
#include <QTemporaryDir>
#include <memory>

namespace hbr::test {

/// A private Secret Service for one test process: its own session bus (dbus-daemon) and gnome-keyring-daemon,
/// with HOME and the XDG folders in a temporary directory, so tests never touch the user's keyring and can
/// run in parallel. Nothing is started by the constructor; call start() (typically in initTestCase) and fail
/// the test when it returns false: a missing dbus-daemon or gnome-keyring-daemon is an error, never a skip.
///
///     QVERIFY2(m_keyring.start(), qPrintable(m_keyring.errorString()));
///     m_keyring.applyToThisProcess(); // before QtKeychain first touches D-Bus
class KeyringSession
{
public:
    explicit KeyringSession(const QString &password = QStringLiteral("hbr-test-keyring-password"));
    ~KeyringSession();
    KeyringSession(const KeyringSession &) = delete;
    KeyringSession &operator=(const KeyringSession &) = delete;

    /// Starts the bus and the keyring and waits until org.freedesktop.secrets is owned on that bus.
    bool start();
    QString errorString() const { return m_error; }

    QString busAddress() const { return m_busAddress; }
    /// The temporary folder that holds HOME, XDG_DATA_HOME, XDG_CONFIG_HOME, XDG_CACHE_HOME and
    /// XDG_RUNTIME_DIR.
    QString rootPath() const { return m_root.path(); }
    QString homePath() const;
    /// This process's environment with the session's bus and folders, and without the variables that would
    /// make QtKeychain pick KWallet; for child processes such as the command line.
    QProcessEnvironment environment() const;
    /// The same, for this process. Must run before anything (QtKeychain, libsecret, GDBus) connects to the
    /// session bus: GLib keeps its first session bus connection for the life of the process.
    void applyToThisProcess() const;

    /// Locks / unlocks the default collection (gnome-keyring's "login") over D-Bus, as a screen lock would.
    bool lock();
    bool unlock();
    bool isLocked();

    /// `secret-tool search --all server <service>` on the session's bus: stdout and stderr. QtKeychain's
    /// libsecret backend stores attributes server=<service>, user=<key>, type=plaintext.
    QString secretToolSearch(const QString &service = QStringLiteral("hbr-browser")) const;

    /// Starts a second, bare session bus with no Secret Service on it (and no service files, so nothing is
    /// auto-started) and returns environment() pointed at it. An empty environment and errorString() on
    /// failure.
    QProcessEnvironment noSecretServiceEnvironment();

private:
    bool fail(const QString &error);
    std::unique_ptr<QProcess> startBus(const QString &name, QString *address);
    QString defaultCollectionPath();

    QString m_password;
    QTemporaryDir m_root;
    QString m_busAddress;
    QString m_error;
    std::unique_ptr<QProcess> m_bus;
    std::unique_ptr<QProcess> m_keyring;
    std::unique_ptr<QProcess> m_bareBus;
    QString m_bareBusAddress;
};

} // namespace hbr::test
