#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <utility>

// Request signatures exactly as Alibaba Cloud's official SDKs compute them (OpenApiUtil.getRPCSignature and
// OpenApiUtil.getAuthorization). Pure functions: the same input gives the same bytes, pinned by published
// vectors.
namespace hbr::api {

/// Parameter names and values before any encoding.
using ParamList = QList<std::pair<QString, QString>>;

namespace v1 {

/// Sorted "name=value" pairs, each side percent-encoded, joined with '&'.
QByteArray canonicalizedQuery(const ParamList &params);
/// METHOD & %2F & percentEncode(canonicalizedQuery).
QByteArray stringToSign(const QByteArray &method, const ParamList &params);
/// Base64(HMAC-SHA1(secret + "&", stringToSign)). `params` must not contain "Signature".
QString signature(const QByteArray &method, const ParamList &params, const QString &secret);

} // namespace v1

namespace v3 {

inline constexpr char kAlgorithm[] = "ACS3-HMAC-SHA256";

struct Input
{
    QByteArray method;
    QByteArray canonicalUri; ///< "/" for RPC-style APIs
    ParamList query;
    /// Header names in any case; only host, content-type and x-acs-* are signed. A name given twice (in any
    /// case) is signed as the sorted values joined with ','.
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray payloadHash; ///< lower-case hex SHA-256 of the body
};

struct Result
{
    QByteArray canonicalRequest;
    QByteArray hashedCanonicalRequest; ///< lower-case hex
    QByteArray stringToSign;
    QByteArray signedHeaders; ///< "h1;h2;..."
    QByteArray signature;     ///< lower-case hex
};

QByteArray hashPayload(const QByteArray &body);
Result sign(const Input &input, const QString &secret);
/// "ACS3-HMAC-SHA256 Credential=<id>,SignedHeaders=<...>,Signature=<hex>"
QByteArray authorization(const QString &accessKeyId, const Result &result);

} // namespace v3

} // namespace hbr::api
