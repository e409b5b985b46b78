#pragma once

#include "api/fleetfetcher.h"
#include "models/clienttablemodel.h"

#include <QDateTime>
#include <QObject>
#include <memory>

class QNetworkAccessManager;

namespace hbr::credentials {
class ProfileService;
}
namespace hbr::demo {
class DemoSession;
}

namespace hbr::models {

/// What the window asks to see: the demo or one saved profile, some of its regions, some client types.
struct FleetSelection
{
    bool demo = false;
    QString profile;
    QStringList regions; ///< empty: every region of the profile (or of the demo)
    QList<api::ClientType> clientTypes = api::allClientTypes();

    friend bool operator==(const FleetSelection &, const FleetSelection &) = default;
};

/// Turns a selection into fetch sources, runs the fetcher and feeds the table model: rows appear as pages
/// arrive, a refresh updates rows in place, and a client gone from a source that completed is removed. No
/// widget: the window shows what this reports.
class FleetLoader : public QObject
{
    Q_OBJECT
public:
    /// `profiles` may be null (demo only). Nothing is owned but the demo session, started on first use.
    FleetLoader(QNetworkAccessManager *network, const Clock *clock, credentials::ProfileService *profiles,
                ClientTableModel *model, QObject *parent = nullptr);
    ~FleetLoader() override;

    void setFetchOptions(const api::FetchOptions &options);
    /// The demo's shape (client count, latency); used when the demo session starts.
    void setDemoClientCount(int count) { m_demoClientCount = count; }

    /// Starts loading `selection`. The same selection as the rows on show refreshes them in place; another
    /// one clears the table first. A load still running is stopped first.
    void load(const FleetSelection &selection);
    /// Stops everything in flight at once; what arrived stays.
    void stop();

    bool isRunning() const;
    const FleetSelection &selection() const { return m_selection; }
    /// When the last load that finished started (the data's "as of"); invalid before any.
    QDateTime dataAsOf() const { return m_dataAsOf; }

    const QList<api::FetchSource> &sources() const { return m_fetcher.sources(); }
    const QList<api::SourceStatus> &statuses() const { return m_fetcher.statuses(); }
    /// Regions the demo serves (available before it starts).
    static QStringList demoRegions();
    /// The demo's endpoint for a region, once started (for tests).
    demo::DemoSession *demoSession() const { return m_demo.get(); }

Q_SIGNALS:
    void started();
    /// A source's progress or state changed.
    void sourceChanged(int sourceIndex);
    /// Every source is final; dataAsOf() is set.
    void finished();
    /// The load could not start (credentials not readable, demo server not listening); one sentence.
    void loadFailed(const QString &message);

private:
    void startWith(const QList<api::FetchSource> &sources);
    void onFinished();

    QNetworkAccessManager *m_network;
    const Clock *m_clock;
    credentials::ProfileService *m_profiles;
    ClientTableModel *m_model;
    api::FleetFetcher m_fetcher;
    std::unique_ptr<demo::DemoSession> m_demo;
    FleetSelection m_selection;
    bool m_haveRows = false;
    bool m_resolving = false;
    quint64 m_generation = 0;
    int m_demoClientCount = 5000;
    QDateTime m_startedAt;
    QDateTime m_dataAsOf;
};

} // namespace hbr::models
