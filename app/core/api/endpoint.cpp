#include "endpoint.h"

#include <QCoreApplication>
#include <QFile>
#include <QHostAddress>
#include <QRegularExpression>

namespace hbr::api {

QByteArray Endpoint::hostHeader() const
{
    QByteArray host = baseUrl.host(QUrl::FullyEncoded).toUtf8();
    if (host.contains(':')) // IPv6 literal
        host = '[' + host + ']';
    const int port = baseUrl.port();
    const int defaultPort = baseUrl.scheme() == QLatin1String("http") ? 80 : 443;
    if (port != -1 && port != defaultPort)
        host += ':' + QByteArray::number(port);
    return host;
}

QString Endpoint::key() const
{
    return baseUrl.scheme() + QLatin1String("://") + QString::fromUtf8(hostHeader());
}

const QStringList &knownRegions()
{
    // hbr-20170908 SDK client constructor: regions with their own endpoint.
    static const QStringList regions = {
        QStringLiteral("cn-qingdao"),
        QStringLiteral("cn-beijing"),
        QStringLiteral("cn-zhangjiakou"),
        QStringLiteral("cn-huhehaote"),
        QStringLiteral("cn-wulanchabu"),
        QStringLiteral("cn-hangzhou"),
        QStringLiteral("cn-shanghai"),
        QStringLiteral("cn-shenzhen"),
        QStringLiteral("cn-heyuan"),
        QStringLiteral("cn-guangzhou"),
        QStringLiteral("cn-chengdu"),
        QStringLiteral("cn-hongkong"),
        QStringLiteral("cn-zhongwei"),
        QStringLiteral("ap-northeast-1"),
        QStringLiteral("ap-northeast-2"),
        QStringLiteral("ap-southeast-1"),
        QStringLiteral("ap-southeast-3"),
        QStringLiteral("ap-southeast-5"),
        QStringLiteral("ap-southeast-6"),
        QStringLiteral("ap-southeast-7"),
        QStringLiteral("ap-southeast-8"),
        QStringLiteral("us-east-1"),
        QStringLiteral("us-west-1"),
        QStringLiteral("us-southeast-1"),
        QStringLiteral("na-south-1"),
        QStringLiteral("eu-central-1"),
        QStringLiteral("eu-west-1"),
        QStringLiteral("me-central-1"),
        QStringLiteral("me-east-1"),
        QStringLiteral("cn-shanghai-finance-1"),
        QStringLiteral("cn-beijing-finance-1"),
        QStringLiteral("cn-shenzhen-finance-1"),
        QStringLiteral("cn-hangzhou-finance"),
    };
    return regions;
}

bool isPlausibleRegionId(const QString &region)
{
    static const QRegularExpression re(QStringLiteral("^[a-z]{2,}(-[a-z0-9]+)+$"));
    return re.match(region).hasMatch();
}

Endpoint regionalEndpoint(const QString &region, EndpointNetwork network)
{
    // The SDK's own rule (<product>[-network].<region>.aliyuncs.com) also covers regions missing from its
    // map.
    const QString product =
        network == EndpointNetwork::Vpc ? QStringLiteral("hbr-vpc") : QStringLiteral("hbr");
    QUrl url;
    url.setScheme(QStringLiteral("https"));
    url.setHost(product + QLatin1Char('.') + region + QLatin1String(".aliyuncs.com"));
    url.setPath(QStringLiteral("/"));
    return Endpoint{url, {}};
}

bool isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    const QHostAddress address(host);
    return !address.isNull() && address.isLoopback();
}

namespace {

// The text as the user gave it, minus any "user:password@" part: a refusal must never echo a password.
QString withoutUserInfo(const QString &text)
{
    const qsizetype scheme = text.indexOf(QLatin1String("://"));
    const qsizetype from = scheme < 0 ? 0 : scheme + 3;
    const qsizetype at = text.indexOf(QLatin1Char('@'), from);
    if (at < 0)
        return text;
    for (qsizetype i = from; i < at; ++i) {
        const QChar c = text.at(i);
        if (c == QLatin1Char('/') || c == QLatin1Char('?') || c == QLatin1Char('#'))
            return text; // the '@' is in the path or query, not in the authority
    }
    return text.left(from) + text.mid(at + 1);
}

} // namespace

EndpointOverride parseEndpointOverride(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return {std::nullopt, QCoreApplication::translate("hbr::Endpoint", "The endpoint is empty.")};
    const QString shown = withoutUserInfo(trimmed);

    QString withScheme = trimmed;
    if (!trimmed.contains(QLatin1String("://")))
        withScheme = QLatin1String("https://") + trimmed;
    const QUrl url(withScheme, QUrl::StrictMode);
    if (!url.isValid())
        //: %1 is the endpoint as it was given (without any password).
        return {std::nullopt,
                QCoreApplication::translate("hbr::Endpoint", "The endpoint \"%1\" is not a valid URL.")
                    .arg(shown)};

    const QString scheme = url.scheme().toLower();
    if (scheme != QLatin1String("https") && scheme != QLatin1String("http"))
        return {std::nullopt,
                //: %1 is the endpoint as it was given; %2 is its scheme, such as ftp.
                QCoreApplication::translate(
                    "hbr::Endpoint",
                    "The endpoint \"%1\" must start with https:// (the scheme \"%2\" is not supported).")
                    .arg(shown, url.scheme())};
    if (url.host().isEmpty())
        return {std::nullopt,
                //: %1 is the endpoint as it was given.
                QCoreApplication::translate("hbr::Endpoint",
                                            "The endpoint \"%1\" is not a valid URL: it has no host.")
                    .arg(shown)};
    if (scheme == QLatin1String("http") && !isLoopbackHost(url.host()))
        //: %1 is the endpoint as it was given.
        return {std::nullopt, QCoreApplication::translate(
                                  "hbr::Endpoint", "Refusing the plain-HTTP endpoint \"%1\": requests carry "
                                                   "signed credentials, so http:// is accepted only for a "
                                                   "loopback host (localhost, 127.0.0.1, ::1). Use https://.")
                                  .arg(shown)};
    if (!url.userInfo().isEmpty())
        return {std::nullopt,
                //: %1 is the endpoint as it was given, with the user name and password left out.
                QCoreApplication::translate("hbr::Endpoint",
                                            "The endpoint \"%1\" must not contain a user name or password.")
                    .arg(shown)};
    if ((!url.path().isEmpty() && url.path() != QLatin1String("/")) || url.hasQuery() || url.hasFragment())
        return {std::nullopt,
                //: %1 is the endpoint as it was given.
                QCoreApplication::translate(
                    "hbr::Endpoint", "The endpoint \"%1\" must be a scheme, a host and an optional port, "
                                     "without a path or query.")
                    .arg(shown)};

    QUrl base;
    base.setScheme(scheme);
    base.setHost(url.host());
    base.setPort(url.port());
    base.setPath(QStringLiteral("/"));
    return {Endpoint{base, {}}, QString()};
}

} // namespace hbr::api

namespace hbr::api {

QList<QSslCertificate> loadCaFile(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QCoreApplication::translate("hbr::Endpoint", "Cannot read the CA file %1: %2")
                         .arg(path, file.errorString());
        return {};
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll(), QSsl::Pem);
    if (certificates.isEmpty() && error)
        *error = QCoreApplication::translate("hbr::Endpoint", "The CA file %1 holds no PEM certificate.")
                     .arg(path);
    return certificates;
}

} // namespace hbr::api
