#include "fleetloader.h"

#include "clock.h"
#include "credentials/profileservice.h"
#include "demo/demofleet.h"
#include "demo/demosession.h"

#include <QCoreApplication>
#include <QPointer>

namespace hbr::models {

FleetLoader::FleetLoader(QNetworkAccessManager *network, const Clock *clock,
                         credentials::ProfileService *profiles, ClientTableModel *model, QObject *parent)
    : QObject(parent)
    , m_network(network)
    , m_clock(clock)
    , m_profiles(profiles)
    , m_model(model)
    , m_fetcher(network, clock)
{
    connect(&m_fetcher, &api::FleetFetcher::clientsArrived, this,
            [this](int, const QList<BackupClient> &clients) { m_model->upsert(clients); });
    connect(&m_fetcher, &api::FleetFetcher::sourceChanged, this, &FleetLoader::sourceChanged);
    connect(&m_fetcher, &api::FleetFetcher::finished, this, &FleetLoader::onFinished);
}

FleetLoader::~FleetLoader()
{
    // The fetcher's replies refer to the demo server's sockets: stop them before the server goes.
    m_fetcher.cancel();
}

void FleetLoader::setFetchOptions(const api::FetchOptions &options)
{
    m_fetcher.setOptions(options);
}

QStringList FleetLoader::demoRegions()
{
    return demo::demoRegions();
}

bool FleetLoader::isRunning() const
{
    return m_resolving || m_fetcher.isRunning();
}

void FleetLoader::load(const FleetSelection &selection)
{
    stop();
    ++m_generation;
    if (!(selection == m_selection) || !m_haveRows) {
        m_model->clear();
        m_haveRows = false;
    }
    m_selection = selection;
    if (selection.clientTypes.isEmpty()) {
        Q_EMIT loadFailed(tr("Choose at least one client type to load."));
        return;
    }

    if (selection.demo) {
        if (!m_demo) {
            demo::DemoSession::Options options;
            options.clientCount = m_demoClientCount;
            QString error;
            m_demo = demo::DemoSession::start(m_clock, options, &error);
            if (!m_demo) {
                Q_EMIT loadFailed(tr("The demo fleet could not start: %1").arg(error));
                return;
            }
        }
        const QStringList regions = selection.regions.isEmpty() ? m_demo->regions() : selection.regions;
        QList<api::FetchSource> sources;
        for (const QString &region : regions) {
            for (api::ClientType type : selection.clientTypes) {
                api::FetchSource s;
                s.regionId = region;
                s.credentials = m_demo->credentials();
                s.endpoint = m_demo->endpointForRegion(region);
                s.request.clientType = type;
                sources.append(s);
            }
        }
        startWith(sources);
        return;
    }

    if (!m_profiles) {
        Q_EMIT loadFailed(tr("No saved profiles are available."));
        return;
    }
    const std::optional<credentials::Profile> profile = m_profiles->profiles()->profile(selection.profile);
    if (!profile) {
        Q_EMIT loadFailed(m_profiles->unknownProfileMessage(selection.profile));
        return;
    }
    m_resolving = true;
    Q_EMIT started();
    const quint64 generation = m_generation;
    const QPointer<FleetLoader> self(this);
    m_profiles->resolve(profile->name, [self, generation, p = *profile](
                                           const std::optional<api::AccessKeyCredentials> &credentials,
                                           const QString &error) {
        FleetLoader *loader = self.data();
        if (!loader || generation != loader->m_generation)
            return; // stopped or superseded while the keychain answered
        loader->m_resolving = false;
        if (!credentials) {
            Q_EMIT loader->loadFailed(
                tr("Could not read the secret of profile \"%1\" from the keychain. %2").arg(p.name, error));
            Q_EMIT loader->finished();
            return;
        }
        const QStringList regions =
            loader->m_selection.regions.isEmpty() ? p.effectiveRegions() : loader->m_selection.regions;
        QList<api::FetchSource> sources;
        for (const QString &region : regions) {
            QString endpointError;
            const std::optional<api::Endpoint> endpoint = p.endpointFor(region, &endpointError);
            if (!endpoint) {
                Q_EMIT loader->loadFailed(tr("Profile \"%1\": %2").arg(p.name, endpointError));
                Q_EMIT loader->finished();
                return;
            }
            for (api::ClientType type : loader->m_selection.clientTypes) {
                api::FetchSource s;
                s.profile = p.name;
                s.regionId = region;
                s.credentials = *credentials;
                s.endpoint = *endpoint;
                s.signatureVersion = p.signatureVersion;
                s.request.clientType = type;
                s.request.crossAccountType = p.crossAccountType;
                s.request.crossAccountUserId = p.crossAccountUserId;
                s.request.crossAccountRoleName = p.crossAccountRoleName;
                sources.append(s);
            }
        }
        loader->startWith(sources);
    });
}

void FleetLoader::startWith(const QList<api::FetchSource> &sources)
{
    m_startedAt = m_clock->now();
    m_model->beginRefresh();
    m_fetcher.start(sources);
    Q_EMIT started();
}

void FleetLoader::stop()
{
    if (m_resolving) {
        m_resolving = false;
        ++m_generation; // the keychain's late answer is dropped
        Q_EMIT finished();
    }
    if (m_fetcher.isRunning())
        m_fetcher.cancel();
}

void FleetLoader::onFinished()
{
    QList<ClientTableModel::SourceKey> completed;
    const QList<api::FetchSource> &sources = m_fetcher.sources();
    const QList<api::SourceStatus> &statuses = m_fetcher.statuses();
    for (qsizetype i = 0; i < sources.size(); ++i) {
        if (statuses[i].isSuccess())
            completed.append({sources[i].profile, sources[i].regionId,
                              api::clientTypeName(sources[i].request.clientType)});
    }
    m_model->finishRefresh(completed);
    m_model->compact();
    m_haveRows = true;
    m_dataAsOf = m_startedAt;
    Q_EMIT finished();
}

} // namespace hbr::models
