#pragma once

#include "backupclient.h"

#include <QString>
#include <QStringView>
#include <array>
#include <optional>

namespace hbr {

/// What an operator must spot at a glance (design.md, "Fleet signals"). Each is a badge, a summary count and
/// an `is:` query term.
enum class FleetSignal : quint8 {
    Disconnected, ///< Status UNKNOWN
    Failed,       ///< INSTALL_FAILED, UPGRADE_FAILED, UNINSTALL_FAILED
    Stopped,      ///< STOPPED, DEACTIVATED
    Stuck,        ///< INSTALLING, UPGRADING, UNINSTALLING for longer than stuckAfterSeconds (UpdatedTime)
    Stale,        ///< now - LastHeartBeatTime above staleAfterSeconds
    Outdated,     ///< ClientVersion < MaxClientVersion, compared as versions (both present)
    Unprotected,  ///< BackupStatus UNPROTECTED
    BadProxy,     ///< DataProxySetting CUSTOM with an empty ProxyHost or a zero ProxyPort
    Plaintext,    ///< UseHttps false on DataNetworkType PUBLIC
    Ignored,      ///< MaxMemory set on a client older than 2.13.0
    Count
};
inline constexpr int kFleetSignalCount = int(FleetSignal::Count);

/// A set of signals, one bit (1 << signal) each.
using FleetSignals = quint16;
static_assert(kFleetSignalCount <= 16);

constexpr FleetSignals signalBit(FleetSignal s)
{
    return FleetSignals(1u << unsigned(s));
}

struct SignalSettings
{
    qint64 staleAfterSeconds = 30 * 60;
    qint64 stuckAfterSeconds = 15 * 60;
};

/// Every signal that applies to `client` at `nowSeconds` (UNIX seconds).
FleetSignals computeSignals(const BackupClient &client, qint64 nowSeconds,
                            const SignalSettings &settings = {});

/// The `is:` name: "disconnected", "badproxy", ...
QLatin1StringView signalName(FleetSignal signal);
/// Case-insensitive inverse of signalName().
std::optional<FleetSignal> signalFromName(QStringView name);
/// Short, translated title for badges and the summary bar ("Disconnected", "Bad proxy", ...).
QString signalTitle(FleetSignal signal);
/// One translated sentence: what it means and what to do next.
QString signalExplanation(FleetSignal signal);

/// Compares dotted versions numerically, segment by segment ("2.9.1" < "2.13.0"; a missing segment is 0;
/// a non-numeric suffix compares as text after the numbers). Negative, zero or positive.
int compareVersions(QStringView a, QStringView b);

/// Operator-facing text for a Status value: "Running", "Disconnected" (UNKNOWN), ...; an unknown value is
/// given back as it came.
QString statusTitle(const QString &status);
/// A sentence explaining the Status and the next step to take.
QString statusExplanation(const QString &status);

/// Counts for the summary bar.
struct FleetSummary
{
    int total = 0;
    std::array<int, kFleetSignalCount> bySignal{};
    QHash<QString, int> byStatus; ///< raw Status value (empty for a client without one) -> count
    void add(const BackupClient &client, FleetSignals signalSet);
};

} // namespace hbr
