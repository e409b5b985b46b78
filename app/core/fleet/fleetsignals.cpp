#include "fleetsignals.h"

#include <QCoreApplication>

namespace hbr {

namespace {

constexpr char kContext[] = "hbr::FleetSignals";

QString translated(const char *text)
{
    return QCoreApplication::translate(kContext, text);
}

bool sameText(const QString &value, QLatin1StringView expected)
{
    return value.size() == expected.size() && value.compare(expected, Qt::CaseInsensitive) == 0;
}

template<size_t N>
bool isOneOf(const QString &value, const QLatin1StringView (&candidates)[N])
{
    for (QLatin1StringView candidate : candidates) {
        if (sameText(value, candidate))
            return true;
    }
    return false;
}

constexpr QLatin1StringView kFailedStatuses[] = {QLatin1StringView("INSTALL_FAILED"),
                                                 QLatin1StringView("UPGRADE_FAILED"),
                                                 QLatin1StringView("UNINSTALL_FAILED")};
constexpr QLatin1StringView kStoppedStatuses[] = {QLatin1StringView("STOPPED"),
                                                  QLatin1StringView("DEACTIVATED")};
constexpr QLatin1StringView kBusyStatuses[] = {
    QLatin1StringView("INSTALLING"), QLatin1StringView("UPGRADING"), QLatin1StringView("UNINSTALLING")};

// MaxMemory came with client 2.13.0; older clients accept the setting and silently run without a limit.
constexpr QStringView kMaxMemoryVersion(u"2.13.0");

constexpr QLatin1StringView kSignalNames[] = {
    QLatin1StringView("disconnected"), QLatin1StringView("failed"),   QLatin1StringView("stopped"),
    QLatin1StringView("stuck"),        QLatin1StringView("stale"),    QLatin1StringView("outdated"),
    QLatin1StringView("unprotected"),  QLatin1StringView("badproxy"), QLatin1StringView("plaintext"),
    QLatin1StringView("ignored"),
};
static_assert(std::size(kSignalNames) == size_t(kFleetSignalCount));

// Marked for lupdate here, translated when asked for, so a language switch at run time takes effect.
constexpr const char *kSignalTitles[] = {
    QT_TRANSLATE_NOOP("hbr::FleetSignals", "Disconnected"),
    QT_TRANSLATE_NOOP("hbr::FleetSignals", "Failed"),
    QT_TRANSLATE_NOOP("hbr::FleetSignals", "Stopped"),
    QT_TRANSLATE_NOOP("hbr::FleetSignals", "Stuck"),
    QT_TRANSLATE_NOOP("hbr::FleetSignals", "Stale"),
    QT_TRANSLATE_NOOP("hbr::FleetSignals", "Outdated"),
    QT_TRANSLATE_NOOP("hbr::FleetSignals", "Unprotected"),
    QT_TRANSLATE_NOOP("hbr::FleetSignals", "Bad proxy"),
    QT_TRANSLATE_NOOP("hbr::FleetSignals", "Plaintext"),
    QT_TRANSLATE_NOOP("hbr::FleetSignals", "Limit ignored"),
};
static_assert(std::size(kSignalTitles) == size_t(kFleetSignalCount));

constexpr const char *kSignalExplanations[] = {
    QT_TRANSLATE_NOOP("hbr::FleetSignals",
                      "The client has not reached HBR recently; check that the instance is running, that the "
                      "backup agent service is started and that the host can reach the HBR endpoint."),
    QT_TRANSLATE_NOOP("hbr::FleetSignals",
                      "Installing, upgrading or uninstalling the client failed; read the error in the HBR "
                      "console and retry the operation from there."),
    QT_TRANSLATE_NOOP(
        "hbr::FleetSignals",
        "The client is stopped or deactivated and runs no backups; start or activate it again in "
        "the HBR console if it should protect this host."),
    QT_TRANSLATE_NOOP(
        "hbr::FleetSignals",
        "An install, upgrade or uninstall has been running for too long; check the host and the "
        "HBR console, then retry the operation."),
    QT_TRANSLATE_NOOP(
        "hbr::FleetSignals",
        "The last heartbeat is older than the threshold; check that the agent is running and can "
        "reach the HBR endpoint."),
    QT_TRANSLATE_NOOP("hbr::FleetSignals",
                      "A newer client version is available; upgrade the client from the HBR console."),
    QT_TRANSLATE_NOOP("hbr::FleetSignals",
                      "No backup plan protects this host; create a backup plan for it in the HBR console."),
    QT_TRANSLATE_NOOP(
        "hbr::FleetSignals",
        "The client is set to use a custom proxy without a host or port, so its data cannot get "
        "through; set the proxy host and port, or stop using a custom proxy."),
    QT_TRANSLATE_NOOP("hbr::FleetSignals",
                      "Backup data travels over the public internet without HTTPS; turn on HTTPS in the "
                      "client's settings."),
    QT_TRANSLATE_NOOP(
        "hbr::FleetSignals",
        "A memory limit is set, but clients older than 2.13.0 ignore it; upgrade the client for "
        "the limit to take effect."),
};
static_assert(std::size(kSignalExplanations) == size_t(kFleetSignalCount));

struct StatusText
{
    QLatin1StringView status;
    const char *title;
    const char *explanation;
};

// In the order of the DescribeBackupClients reference.
constexpr StatusText kStatusTexts[] = {
    {QLatin1StringView("REGISTERED"), QT_TRANSLATE_NOOP("hbr::FleetSignals", "Registered"),
     QT_TRANSLATE_NOOP("hbr::FleetSignals",
                       "The client is registered with HBR but not activated yet; wait for the activation to "
                       "finish or activate it in the HBR console.")},
    {QLatin1StringView("ACTIVATED"), QT_TRANSLATE_NOOP("hbr::FleetSignals", "Running"),
     QT_TRANSLATE_NOOP("hbr::FleetSignals",
                       "The client is activated and connected to HBR; nothing needs to be done.")},
    {QLatin1StringView("DEACTIVATED"), QT_TRANSLATE_NOOP("hbr::FleetSignals", "Deactivated"),
     QT_TRANSLATE_NOOP("hbr::FleetSignals",
                       "The client has been deactivated and runs no backups; activate it again in the HBR "
                       "console if this host should be protected.")},
    {QLatin1StringView("INSTALLING"), QT_TRANSLATE_NOOP("hbr::FleetSignals", "Installing"),
     QT_TRANSLATE_NOOP("hbr::FleetSignals",
                       "The client is being installed; wait a few minutes, and if it takes much longer check "
                       "the Cloud Assistant on the instance.")},
    {QLatin1StringView("INSTALL_FAILED"), QT_TRANSLATE_NOOP("hbr::FleetSignals", "Install failed"),
     QT_TRANSLATE_NOOP("hbr::FleetSignals",
                       "The installation failed; read the error in the HBR console, fix the cause (often the "
                       "network or the Cloud Assistant) and install again.")},
    {QLatin1StringView("NOT_INSTALLED"), QT_TRANSLATE_NOOP("hbr::FleetSignals", "Not installed"),
     QT_TRANSLATE_NOOP(
         "hbr::FleetSignals",
         "No client is installed on this host; install one from the HBR console to back it up.")},
    {QLatin1StringView("UPGRADING"), QT_TRANSLATE_NOOP("hbr::FleetSignals", "Upgrading"),
     QT_TRANSLATE_NOOP(
         "hbr::FleetSignals",
         "The client is being upgraded; wait a few minutes, and if it takes much longer check the "
         "host and the HBR console.")},
    {QLatin1StringView("UPGRADE_FAILED"), QT_TRANSLATE_NOOP("hbr::FleetSignals", "Upgrade failed"),
     QT_TRANSLATE_NOOP(
         "hbr::FleetSignals",
         "The upgrade failed; read the error in the HBR console and retry the upgrade from there.")},
    {QLatin1StringView("UNINSTALLING"), QT_TRANSLATE_NOOP("hbr::FleetSignals", "Uninstalling"),
     QT_TRANSLATE_NOOP(
         "hbr::FleetSignals",
         "The client is being uninstalled; wait a few minutes, and if it takes much longer check "
         "the host and the HBR console.")},
    {QLatin1StringView("UNINSTALL_FAILED"), QT_TRANSLATE_NOOP("hbr::FleetSignals", "Uninstall failed"),
     QT_TRANSLATE_NOOP(
         "hbr::FleetSignals",
         "The uninstallation failed; read the error in the HBR console and retry, or remove the "
         "client on the host by hand.")},
    {QLatin1StringView("STOPPED"), QT_TRANSLATE_NOOP("hbr::FleetSignals", "Stopped"),
     QT_TRANSLATE_NOOP("hbr::FleetSignals",
                       "The client service is stopped and runs no backups; start the backup agent service on "
                       "the host.")},
    {QLatin1StringView("UNKNOWN"), QT_TRANSLATE_NOOP("hbr::FleetSignals", "Disconnected"),
     QT_TRANSLATE_NOOP(
         "hbr::FleetSignals",
         "The client has not reached HBR recently; check that the instance is running, that the "
         "backup agent service is started and that the host can reach the HBR endpoint.")},
};

const StatusText *findStatus(const QString &status)
{
    for (const StatusText &entry : kStatusTexts) {
        if (sameText(status, entry.status))
            return &entry;
    }
    return nullptr;
}

// One dotted version being read: numeric segments first, then whatever text follows them.
class VersionReader
{
public:
    explicit VersionReader(QStringView v)
        : m_text(v.trimmed())
    {
        if (!m_text.isEmpty() && (m_text.front() == u'v' || m_text.front() == u'V'))
            m_text = m_text.sliced(1);
        m_numeric = !m_text.isEmpty() && isDigit(m_text.front());
    }

    /// The digits of the next segment; empty (worth 0) once the numbers have run out.
    QStringView nextSegment()
    {
        if (!m_numeric)
            return {};
        const qsizetype start = m_pos;
        while (m_pos < m_text.size() && isDigit(m_text[m_pos]))
            ++m_pos;
        const QStringView digits = m_text.sliced(start, m_pos - start);
        // A dot continues the numbers only when a digit follows; "2.x" is 2 with the suffix ".x".
        if (m_pos + 1 < m_text.size() && m_text[m_pos] == u'.' && isDigit(m_text[m_pos + 1]))
            ++m_pos;
        else
            m_numeric = false;
        return digits;
    }
    bool hasSegments() const { return m_numeric; }
    QStringView suffix() const { return m_text.sliced(m_pos); }

private:
    static bool isDigit(QChar c) { return c >= u'0' && c <= u'9'; }

    QStringView m_text;
    qsizetype m_pos = 0;
    bool m_numeric = false;
};

// Compares digit runs of any length without converting them, so a huge segment cannot overflow.
int compareDigits(QStringView a, QStringView b)
{
    while (!a.isEmpty() && a.front() == u'0')
        a = a.sliced(1);
    while (!b.isEmpty() && b.front() == u'0')
        b = b.sliced(1);
    if (a.size() != b.size())
        return a.size() < b.size() ? -1 : 1;
    for (qsizetype i = 0; i < a.size(); ++i) {
        if (a[i] != b[i])
            return a[i] < b[i] ? -1 : 1;
    }
    return 0;
}

} // namespace

FleetSignals computeSignals(const BackupClient &client, qint64 nowSeconds, const SignalSettings &settings)
{
    FleetSignals s = 0;
    const QString &status = client.status;
    if (sameText(status, QLatin1StringView("UNKNOWN")))
        s |= signalBit(FleetSignal::Disconnected);
    else if (isOneOf(status, kFailedStatuses))
        s |= signalBit(FleetSignal::Failed);
    else if (isOneOf(status, kStoppedStatuses))
        s |= signalBit(FleetSignal::Stopped);
    else if (isOneOf(status, kBusyStatuses) && client.has(BackupClient::UpdatedTime) &&
             nowSeconds - client.updatedTime > settings.stuckAfterSeconds)
        s |= signalBit(FleetSignal::Stuck);

    // A zero heartbeat is "never", not 1970: the client is reported by its status, not as stale.
    if (client.has(BackupClient::LastHeartBeatTime) && client.lastHeartBeatTime > 0 &&
        nowSeconds - client.lastHeartBeatTime > settings.staleAfterSeconds)
        s |= signalBit(FleetSignal::Stale);

    const bool hasVersion = client.has(BackupClient::ClientVersion) && !client.clientVersion.isEmpty();
    if (hasVersion && client.has(BackupClient::MaxClientVersion) && !client.maxClientVersion.isEmpty() &&
        compareVersions(client.clientVersion, client.maxClientVersion) < 0)
        s |= signalBit(FleetSignal::Outdated);

    if (sameText(client.backupStatus, QLatin1StringView("UNPROTECTED")))
        s |= signalBit(FleetSignal::Unprotected);

    if (sameText(client.dataProxySetting, QLatin1StringView("CUSTOM")) &&
        (QStringView(client.proxyHost).trimmed().isEmpty() || client.proxyPort <= 0))
        s |= signalBit(FleetSignal::BadProxy);

    if (client.useHttpsValue() == false && sameText(client.dataNetworkType, QLatin1StringView("PUBLIC")))
        s |= signalBit(FleetSignal::Plaintext);

    if (client.has(BackupClient::MaxMemory) && client.maxMemory > 0 && hasVersion &&
        compareVersions(client.clientVersion, kMaxMemoryVersion) < 0)
        s |= signalBit(FleetSignal::Ignored);
    return s;
}

QLatin1StringView signalName(FleetSignal signal)
{
    const int i = int(signal);
    if (i < 0 || i >= kFleetSignalCount)
        return {};
    return kSignalNames[i];
}

std::optional<FleetSignal> signalFromName(QStringView name)
{
    for (int i = 0; i < kFleetSignalCount; ++i) {
        if (name.size() == kSignalNames[i].size() && name.compare(kSignalNames[i], Qt::CaseInsensitive) == 0)
            return FleetSignal(i);
    }
    return std::nullopt;
}

QString signalTitle(FleetSignal signal)
{
    const int i = int(signal);
    if (i < 0 || i >= kFleetSignalCount)
        return {};
    return translated(kSignalTitles[i]);
}

QString signalExplanation(FleetSignal signal)
{
    const int i = int(signal);
    if (i < 0 || i >= kFleetSignalCount)
        return {};
    return translated(kSignalExplanations[i]);
}

int compareVersions(QStringView a, QStringView b)
{
    VersionReader ra(a);
    VersionReader rb(b);
    while (ra.hasSegments() || rb.hasSegments()) {
        const QStringView sa = ra.nextSegment();
        const QStringView sb = rb.nextSegment();
        if (const int c = compareDigits(sa, sb); c != 0)
            return c;
    }
    const int c = ra.suffix().compare(rb.suffix(), Qt::CaseInsensitive);
    return c < 0 ? -1 : (c > 0 ? 1 : 0);
}

QString statusTitle(const QString &status)
{
    if (const StatusText *entry = findStatus(status))
        return translated(entry->title);
    return status;
}

QString statusExplanation(const QString &status)
{
    if (const StatusText *entry = findStatus(status))
        return translated(entry->explanation);
    if (status.isEmpty())
        return translated(QT_TRANSLATE_NOOP(
            "hbr::FleetSignals", "HBR reported no status for this client; refresh, and if it stays "
                                 "empty check the client in the HBR console."));
    return QCoreApplication::translate("hbr::FleetSignals",
                                       "HBR reported the status \"%1\", which this version does not "
                                       "know; check the client in the HBR console.")
        .arg(status);
}

void FleetSummary::add(const BackupClient &client, FleetSignals signalSet)
{
    ++total;
    for (int i = 0; i < kFleetSignalCount; ++i) {
        if (signalSet & signalBit(FleetSignal(i)))
            ++bySignal[size_t(i)];
    }
    ++byStatus[client.status];
}

} // namespace hbr
