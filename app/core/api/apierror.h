#pragma once

#include <QString>

namespace hbr::api {

/// What went wrong with one call, with everything the service said about it.
struct ApiError
{
    enum class Kind {
        None,
        Transport, ///< connection refused, reset, DNS...
        Tls,       ///< the endpoint's certificate is not trusted: refused, never retried
        Timeout,   ///< no complete answer within the transfer timeout
        Canceled,  ///< the user (or the program) stopped it
        Service,   ///< the service answered with an error body (Code, Message, RequestId...)
        Http,      ///< an HTTP error status without an Alibaba error body
        Malformed, ///< a body that is not the JSON we expect (truncated, HTML, wrong shape)
    };

    Kind kind = Kind::None;
    int httpStatus = 0;
    QString code;
    QString message;
    QString requestId;
    QString hostId;
    QString recommend;
    QString detail; ///< transport text or what was malformed

    bool isError() const { return kind != Kind::None; }
    /// Throttling, ServiceUnavailable, HTTP 5xx/429, transport errors, timeouts and malformed bodies are
    /// worth another attempt; signature, credential and parameter errors are not, nor is a cancel.
    bool isRetryable() const;
    /// Wrong key, wrong secret, expired token, clock skew: retrying or paging further cannot help.
    bool isCredentialError() const;

    /// One line for a person: "SignatureDoesNotMatch: <message> (HTTP 400, RequestId ...)". Never contains a
    /// secret.
    QString summary() const;
    /// A sentence on what to do next, when there is a known one.
    QString hint() const;
    /// summary() and hint() as one text.
    QString fullText() const;
};

ApiError transportError(const QString &detail);
ApiError timeoutError(int timeoutMs);
ApiError canceledError();

} // namespace hbr::api
