#pragma once

#include "api/fleetfetcher.h"
#include "fleet/clientwriter.h"

#include <QProcessEnvironment>

class QSettings;

namespace hbr::credentials {
class CredentialStore;
}
#include <QStringList>

namespace hbr::cli {

/// `hbr-browser list`, parsed. Everything the command needs, independent of argv and the process environment.
struct ListOptions
{
    bool demo = false;
    QStringList profiles;
    QStringList regions; ///< empty: the default (see design.md)
    std::optional<api::Endpoint> endpoint;
    QList<QSslCertificate> caCertificates; ///< --ca-file: trusted besides the system's CAs
    api::SignatureVersion signatureVersion = api::SignatureVersion::V3;
    bool signatureVersionGiven = false; ///< overrides the profiles' own
    QList<api::ClientType> clientTypes;
    api::DescribeBackupClientsRequest request; ///< server-side filters; ClientType and paging set per source
    api::FetchOptions fetch;
    QString query;
    OutputFormat format = OutputFormat::Table;
    QString outputFile; ///< empty: stdout
    bool showProgress = false;
    api::AccessKeyCredentials environmentCredentials;
    // The demo server's shape, for benchmarks and tests (not in --help).
    int demoClients = 5000;
    int demoLatencyMs = 0;
    double demoMaxRps = 0;
};

struct ParsedList
{
    std::optional<ListOptions> options;
    QString error;     ///< a usage error (exit status 2)
    bool help = false; ///< --help was asked for; `error` holds the help text
};

/// Parses `list`'s arguments (without the program name and "list"). `env` supplies the credential and region
/// variables.
ParsedList parseListArguments(const QStringList &arguments, const QProcessEnvironment &env);

QString listHelpText();

/// Runs `list` in the current QCoreApplication; returns the exit status. Saved profiles come from `settings`
/// and their secrets from `secrets`.
int runList(const ListOptions &options, QSettings &settings, credentials::CredentialStore &secrets);

} // namespace hbr::cli
