#pragma once

#include "api/credentials.h"
#include "api/endpoint.h"

#include <QString>
#include <QStringList>
#include <memory>

namespace hbr {
class Clock;
}

namespace hbr::demo {

class LoopbackHbrServer;

/// The built-in demo: a generated fleet served by an in-process loopback HBR server, with a key pair made up
/// for this run only. The application talks to it exactly as it talks to the real service.
class DemoSession
{
public:
    struct Options
    {
        int clientCount = 5000;
        quint32 seed = 20170908;
        QStringList regions; ///< empty: every demo region
        int latencyMs = 0;
        double maxRps = 0;
    };

    /// Null with `error` set when the server cannot listen.
    static std::unique_ptr<DemoSession> start(const Clock *clock, const Options &options, QString *error);
    ~DemoSession();

    LoopbackHbrServer *server() const { return m_server.get(); }
    const api::AccessKeyCredentials &credentials() const { return m_credentials; }
    QStringList regions() const;
    api::Endpoint endpointForRegion(const QString &region) const;

private:
    DemoSession() = default;
    std::unique_ptr<LoopbackHbrServer> m_server;
    api::AccessKeyCredentials m_credentials;
};

/// A random AccessKey pair in the real format (LTAI + 20 characters, 30-character secret).
api::AccessKeyCredentials generateDemoCredentials();

} // namespace hbr::demo
