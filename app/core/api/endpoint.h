#pragma once

#include <QList>
#include <QSslCertificate>
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
    /// Trusted for this endpoint besides the system's CAs (a private CA, a TLS-inspecting proxy's); the
    /// connection is refused on any certificate error whatever this holds.
    QList<QSslCertificate> caCertificates;

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

/// Reads the PEM certificates of a CA file (--ca-file) for Endpoint::caCertificates; empty with `error` set
/// (a sentence naming the file) when it cannot be read or holds none.
QList<QSslCertificate> loadCaFile(const QString &path, QString *error);

/// Parses a user-given endpoint: "https://host[:port]", a bare host (HTTPS), or "http://" for a loopback host
/// only. Anything else is refused with a sentence that says why.
EndpointOverride parseEndpointOverride(const QString &text);

} // namespace hbr::api
