#include "signer.h"

#include "percentencoding.h"

#include <QCryptographicHash>
#include <QMap>
#include <QMessageAuthenticationCode>
#include <algorithm>

namespace hbr::api {

namespace {

// The SDKs sort with JavaScript's default sort (UTF-16 code units), which is what QString's operator< does.
ParamList sortedByName(ParamList params)
{
    std::stable_sort(params.begin(), params.end(),
                     [](const auto &a, const auto &b) { return a.first < b.first; });
    return params;
}

} // namespace

namespace v1 {

QByteArray canonicalizedQuery(const ParamList &params)
{
    QByteArray out;
    bool first = true;
    for (const auto &[name, value] : sortedByName(params)) {
        if (!first)
            out += '&';
        first = false;
        out += percentEncode(name);
        out += '=';
        out += percentEncode(value);
    }
    return out;
}

QByteArray stringToSign(const QByteArray &method, const ParamList &params)
{
    return method + "&%2F&" + percentEncode(canonicalizedQuery(params));
}

QString signature(const QByteArray &method, const ParamList &params, const QString &secret)
{
    const QByteArray key = secret.toUtf8() + '&';
    const QByteArray mac =
        QMessageAuthenticationCode::hash(stringToSign(method, params), key, QCryptographicHash::Sha1);
    return QString::fromLatin1(mac.toBase64());
}

} // namespace v1

namespace v3 {

QByteArray hashPayload(const QByteArray &body)
{
    return QCryptographicHash::hash(body, QCryptographicHash::Sha256).toHex();
}

Result sign(const Input &input, const QString &secret)
{
    Result r;

    QByteArray query;
    bool first = true;
    for (const auto &[name, value] : sortedByName(input.query)) {
        if (!first)
            query += '&';
        first = false;
        // openapi-util 0.3.3 writes "name=" for an empty value (older releases wrote "name").
        query += name.toUtf8() + '=' + percentEncode(value);
    }

    QMap<QByteArray, QList<QByteArray>> signedHeaders; // sorted by lower-case name
    for (const auto &[name, value] : input.headers) {
        const QByteArray lower = name.toLower();
        if (lower.startsWith("x-acs-") || lower == "host" || lower == "content-type")
            signedHeaders[lower].append(value.trimmed());
    }
    QByteArray canonicalHeaders;
    QList<QByteArray> names;
    for (auto it = signedHeaders.begin(); it != signedHeaders.end(); ++it) {
        QList<QByteArray> values = it.value();
        std::sort(values.begin(), values.end());
        canonicalHeaders += it.key() + ':' + values.join(',') + '\n';
        names.append(it.key());
    }
    r.signedHeaders = names.join(';');

    r.canonicalRequest = input.method + '\n' + input.canonicalUri + '\n' + query + '\n' + canonicalHeaders +
                         '\n' + r.signedHeaders + '\n' + input.payloadHash;
    r.hashedCanonicalRequest =
        QCryptographicHash::hash(r.canonicalRequest, QCryptographicHash::Sha256).toHex();
    r.stringToSign = QByteArray(kAlgorithm) + '\n' + r.hashedCanonicalRequest;
    r.signature =
        QMessageAuthenticationCode::hash(r.stringToSign, secret.toUtf8(), QCryptographicHash::Sha256).toHex();
    return r;
}

QByteArray authorization(const QString &accessKeyId, const Result &result)
{
    return QByteArray(kAlgorithm) + " Credential=" + accessKeyId.toUtf8() +
           ",SignedHeaders=" + result.signedHeaders + ",Signature=" + result.signature;
}

} // namespace v3

} // namespace hbr::api
