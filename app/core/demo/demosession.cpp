#include "demosession.h"

#include "clock.h"
#include "loopbackserver.h"

#include <QRandomGenerator>

namespace hbr::demo {

namespace {

QString randomText(int length)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789";
    QString out;
    out.reserve(length);
    for (int i = 0; i < length; ++i)
        out.append(QLatin1Char(alphabet[QRandomGenerator::system()->bounded(int(sizeof(alphabet) - 1))]));
    return out;
}

} // namespace

api::AccessKeyCredentials generateDemoCredentials()
{
    return api::AccessKeyCredentials{QLatin1String("LTAI") + randomText(20), randomText(30), QString()};
}

std::unique_ptr<DemoSession> DemoSession::start(const Clock *clock, const Options &options, QString *error)
{
    std::unique_ptr<DemoSession> session(new DemoSession);
    session->m_credentials = generateDemoCredentials();
    session->m_server = std::make_unique<LoopbackHbrServer>(clock);
    session->m_server->addCredentials(session->m_credentials.accessKeyId,
                                      session->m_credentials.accessKeySecret);

    DemoFleetSpec spec;
    spec.seed = options.seed;
    spec.clientCount = options.clientCount;
    spec.regions = options.regions.isEmpty() ? demoRegions() : options.regions;
    spec.nowSeconds = clock->nowSeconds();
    session->m_server->setClients(generateDemoFleet(spec));

    ServerKnobs knobs;
    knobs.latencyMs = options.latencyMs;
    knobs.maxRps = options.maxRps;
    session->m_server->setKnobs(knobs);
    if (!session->m_server->listen(spec.regions)) {
        if (error)
            *error = QStringLiteral("Cannot start the demo server: %1").arg(session->m_server->errorString());
        return nullptr;
    }
    return session;
}

DemoSession::~DemoSession() = default;

QStringList DemoSession::regions() const
{
    return m_server->regions();
}

api::Endpoint DemoSession::endpointForRegion(const QString &region) const
{
    return m_server->endpointForRegion(region);
}

} // namespace hbr::demo
