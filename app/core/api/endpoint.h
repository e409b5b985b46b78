#pragma once

#include <QString>
#include <QStringList>
#include <QUrl>
#include <optional>

namespace hbr::api {

enum class EndpointNetwork { Public, Vpc };

/// Where one region's requests go: https://hbr.<region>.aliyuncs.com, its VPC twin, or an override URL.
struct Endpoint
{
    QUrl baseUrl; ///< scheme, host and port; path "/"

    /// The Host header value exactly as the HTTP stack sends it (port only when not the scheme's default);
    /// V3 signs it, so it must match what the server receives.
    QByteArray hostHeader() const;
    /// Identifies the endpoint for rate limiting: scheme://host:port.
    QString key() const;
    bool isValid() const { return baseUrl.isValid() && !baseUrl.host().isEmpty(); }
};

/// The regions the official SDK maps to their own public endpoint.
const QStringList &knownRegions();
/// Lower-case letters, digits and dashes, e.g. cn-hangzhou.
bool isPlausibleRegionId(const QString &region);
/// hbr.<region>.aliyuncs.com or hbr-vpc.<region>.aliyuncs.com, over HTTPS.
Endpoint regionalEndpoint(const QString &region, EndpointNetwork network);

/// True for localhost, 127.0.0.0/8 and ::1.
bool isLoopbackHost(const QString &host);

struct EndpointOverride
{
    std::optional<Endpoint> endpoint;
    QString error; ///< a sentence for the user when endpoint is empty
};

/// Parses a user-given endpoint: "https://host[:port]", a bare host (HTTPS), or "http://" for a loopback host
/// only. Anything else is refused with a sentence that says why.
EndpointOverride parseEndpointOverride(const QString &text);

} // namespace hbr::api
