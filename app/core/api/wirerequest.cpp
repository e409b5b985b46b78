#include "wirerequest.h"

#include "percentencoding.h"

#include <QRandomGenerator>

namespace hbr::api {

QString newSignatureNonce()
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(words), sizeof(words)).toHex());
}

QString formatTimestamp(const QDateTime &time)
{
    return time.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss'Z'"));
}

namespace {

QByteArray encodeQuery(const ParamList &params)
{
    QByteArray out;
    for (const auto &[name, value] : params) {
        if (!out.isEmpty())
            out += '&';
        out += percentEncode(name) + '=' + percentEncode(value);
    }
    return out;
}

QUrl urlWithQuery(const Endpoint &endpoint, const ParamList &query)
{
    // Built from encoded bytes so that QUrl keeps our percent-encoding exactly as signed.
    QByteArray encoded = endpoint.baseUrl.toEncoded(QUrl::RemoveQuery | QUrl::RemoveFragment);
    if (!encoded.endsWith('/'))
        encoded += '/';
    if (!query.isEmpty())
        encoded += '?' + encodeQuery(query);
    return QUrl::fromEncoded(encoded, QUrl::StrictMode);
}

} // namespace

WireRequest buildDescribeBackupClients(const DescribeBackupClientsRequest &request, const SigningContext &ctx)
{
    WireRequest wire;
    wire.method = "POST";
    const ParamList business = request.queryParams();
    const ParamList bodyParams = request.bodyParams();
    wire.body = formEncode(bodyParams);
    const QByteArray contentType = "application/x-www-form-urlencoded";
    const QString timestamp = formatTimestamp(ctx.timestamp);

    if (ctx.version == SignatureVersion::V1) {
        ParamList query = {
            {QStringLiteral("AccessKeyId"), ctx.credentials.accessKeyId},
            {QStringLiteral("Action"), QLatin1String(kAction)},
            {QStringLiteral("Format"), QStringLiteral("json")},
            {QStringLiteral("SignatureMethod"), QStringLiteral("HMAC-SHA1")},
            {QStringLiteral("SignatureNonce"), ctx.nonce},
            {QStringLiteral("SignatureVersion"), QStringLiteral("1.0")},
            {QStringLiteral("Timestamp"), timestamp},
            {QStringLiteral("Version"), QLatin1String(kApiVersion)},
        };
        if (ctx.credentials.isSts())
            query.append({QStringLiteral("SecurityToken"), ctx.credentials.securityToken});
        query += business;
        // V1 signs the union of query and form-body parameters.
        const QString signature =
            v1::signature(wire.method, query + bodyParams, ctx.credentials.accessKeySecret);
        query.append({QStringLiteral("Signature"), signature});
        wire.url = urlWithQuery(ctx.endpoint, query);
        wire.headers = {std::pair<QByteArray, QByteArray>("content-type", contentType)};
    } else {
        wire.url = urlWithQuery(ctx.endpoint, business);
        const QByteArray payloadHash = v3::hashPayload(wire.body);
        QList<std::pair<QByteArray, QByteArray>> signedHeaders = {
            {"host", ctx.endpoint.hostHeader()},
            {"x-acs-action", kAction},
            {"x-acs-version", kApiVersion},
            {"x-acs-date", timestamp.toUtf8()},
            {"x-acs-signature-nonce", ctx.nonce.toUtf8()},
            {"x-acs-content-sha256", payloadHash},
            {"content-type", contentType},
        };
        if (ctx.credentials.isSts())
            signedHeaders.append(
                {QByteArray("x-acs-security-token"), ctx.credentials.securityToken.toUtf8()});
        const v3::Result signature =
            v3::sign(v3::Input{wire.method, "/", business, signedHeaders, payloadHash},
                     ctx.credentials.accessKeySecret);
        wire.headers = signedHeaders;
        wire.headers.append(
            {QByteArray("authorization"), v3::authorization(ctx.credentials.accessKeyId, signature)});
    }
    wire.headers.append({QByteArray("accept"), QByteArray("application/json")});
    wire.headers.append(
        {QByteArray("user-agent"), QByteArray("hbr-browser/") + HBR_VERSION + " Qt/" + qVersion()});
    return wire;
}

QNetworkRequest WireRequest::toNetworkRequest() const
{
    QNetworkRequest request(url);
    for (const auto &[name, value] : headers) {
        // Qt derives Host from the URL (the same text we signed); setting it again would duplicate it.
        if (name == "host")
            continue;
        request.setRawHeader(name, value);
    }
    return request;
}

ParamList parseQuery(const QByteArray &encodedQuery, bool plusIsSpace)
{
    ParamList out;
    if (encodedQuery.isEmpty())
        return out;
    for (const QByteArray &pair : encodedQuery.split('&')) {
        if (pair.isEmpty())
            continue;
        const qsizetype eq = pair.indexOf('=');
        const QByteArrayView name = eq < 0 ? QByteArrayView(pair) : QByteArrayView(pair).first(eq);
        const QByteArrayView value = eq < 0 ? QByteArrayView() : QByteArrayView(pair).sliced(eq + 1);
        out.append({percentDecode(name, plusIsSpace), percentDecode(value, plusIsSpace)});
    }
    return out;
}

} // namespace hbr::api
