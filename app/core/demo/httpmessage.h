#pragma once

// A minimal HTTP/1.1 request parser and response writer for the loopback server (owned by the demo work).
// Enough of RFC 9112 for what HTTP clients send to an API endpoint: origin-form targets, Content-Length
// bodies, keep-alive. Anything else (chunked bodies, header folding, oversized heads) is refused with the
// right status instead of being guessed at, because the server must never crash or hang on garbage.

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <utility>

namespace hbr::demo::http {

using HeaderList = QList<std::pair<QByteArray, QByteArray>>;

struct Request
{
    QByteArray method;
    QByteArray target;  ///< as received: /path?query
    QByteArray version; ///< "HTTP/1.1" or "HTTP/1.0"
    HeaderList headers; ///< names as received, values with surrounding whitespace removed
    QByteArray body;

    QByteArray path() const;  ///< the target up to '?', still percent-encoded
    QByteArray query() const; ///< the target after '?', still percent-encoded
    bool hasHeader(QByteArrayView name) const;
    /// The first value of a header (name case-insensitive); empty when absent.
    QByteArray header(QByteArrayView name) const;
    QList<QByteArray> headerValues(QByteArrayView name) const;
    /// HTTP/1.1 keeps the connection unless "Connection: close"; HTTP/1.0 only with "Connection: keep-alive".
    bool keepAlive() const;
};

struct ParseError
{
    int status = 400;
    QByteArray detail; ///< one line for the error body
};

/// Accumulates bytes of one connection and cuts them into requests. After a failure the connection is not
/// trustworthy any more (the next request's start is unknown): answer error() and close.
class RequestParser
{
public:
    static constexpr qsizetype kMaxHeadBytes = 64 * 1024;
    static constexpr qsizetype kMaxBodyBytes = 16 * 1024 * 1024;

    enum class Status { NeedMore, Ready, Failed };

    void append(QByteArrayView bytes) { m_buffer.append(bytes); }
    /// Ready: takeRequest() gives the request and its bytes are consumed.
    Status parseNext();
    Request takeRequest() { return std::exchange(m_request, Request()); }
    const ParseError &error() const { return m_error; }
    qsizetype bufferedBytes() const { return m_buffer.size(); }

private:
    Status fail(int status, QByteArray detail);

    QByteArray m_buffer;
    Request m_request;
    ParseError m_error;
    bool m_failed = false;
};

struct Response
{
    int status = 200;
    HeaderList headers; ///< without Content-Length and Connection, which serialize adds
    QByteArray body;

    /// Status line and headers, announcing `contentLength` bytes of body.
    QByteArray head(bool keepAlive, qint64 contentLength) const;
    QByteArray serialize(bool keepAlive) const { return head(keepAlive, body.size()) + body; }
};

QByteArray reasonPhrase(int status);

} // namespace hbr::demo::http
