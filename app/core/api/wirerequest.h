#pragma once

#include "credentials.h"
#include "describerequest.h"
#include "endpoint.h"

#include <QDateTime>
#include <QNetworkRequest>

namespace hbr::api {

inline constexpr char kApiVersion[] = "2017-09-08";
inline constexpr char kAction[] = "DescribeBackupClients";

/// One signed HTTP request, ready to send. Built afresh for every attempt (new nonce and timestamp).
struct WireRequest
{
    QByteArray method;
    QUrl url;
    QList<std::pair<QByteArray, QByteArray>> headers;
    QByteArray body;

    QNetworkRequest toNetworkRequest() const;
};

struct SigningContext
{
    AccessKeyCredentials credentials;
    Endpoint endpoint;
    SignatureVersion version = SignatureVersion::V3;
    QDateTime timestamp; ///< UTC
    QString nonce;
};

/// A fresh random nonce: 32 lower-case hex digits (V3 style; V1 accepts any unique text).
QString newSignatureNonce();
/// yyyy-MM-ddTHH:mm:ssZ in UTC, as both signature versions want it.
QString formatTimestamp(const QDateTime &time);

WireRequest buildDescribeBackupClients(const DescribeBackupClientsRequest &request,
                                       const SigningContext &ctx);

/// The query string of a URL split into decoded (name, value) pairs, in order.
ParamList parseQuery(const QByteArray &encodedQuery, bool plusIsSpace);

} // namespace hbr::api
