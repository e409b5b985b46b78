#include "httpmessage.h"

namespace hbr::demo::http {

namespace {

bool isTokenChar(char c)
{
    if ((c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9'))
        return true;
    return QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
}

bool isToken(QByteArrayView text)
{
    if (text.isEmpty())
        return false;
    for (char c : text)
        if (!isTokenChar(c))
            return false;
    return true;
}

bool equalsIgnoringCase(QByteArrayView a, QByteArrayView b)
{
    return a.compare(b, Qt::CaseInsensitive) == 0;
}

// Connection is a comma-separated list of options.
bool hasConnectionOption(const Request &request, QByteArrayView option)
{
    for (const QByteArray &value : request.headerValues("connection"))
        for (const QByteArray &item : value.split(','))
            if (equalsIgnoringCase(item.trimmed(), option))
                return true;
    return false;
}

} // namespace

QByteArray Request::path() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? target : target.left(q);
}

QByteArray Request::query() const
{
    const qsizetype q = target.indexOf('?');
    return q < 0 ? QByteArray() : target.mid(q + 1);
}

bool Request::hasHeader(QByteArrayView name) const
{
    for (const auto &header : headers)
        if (equalsIgnoringCase(header.first, name))
            return true;
    return false;
}

QByteArray Request::header(QByteArrayView name) const
{
    for (const auto &header : headers)
        if (equalsIgnoringCase(header.first, name))
            return header.second;
    return QByteArray();
}

QList<QByteArray> Request::headerValues(QByteArrayView name) const
{
    QList<QByteArray> values;
    for (const auto &header : headers)
        if (equalsIgnoringCase(header.first, name))
            values.append(header.second);
    return values;
}

bool Request::keepAlive() const
{
    if (hasConnectionOption(*this, "close"))
        return false;
    if (version == "HTTP/1.0")
        return hasConnectionOption(*this, "keep-alive");
    return true;
}

RequestParser::Status RequestParser::fail(int status, QByteArray detail)
{
    m_failed = true;
    m_error = ParseError{status, std::move(detail)};
    m_buffer.clear();
    return Status::Failed;
}

RequestParser::Status RequestParser::parseNext()
{
    if (m_failed)
        return Status::Failed;

    // RFC 9112 2.2: ignore empty lines before a request line (some clients send a CRLF after a body).
    qsizetype start = 0;
    while (start + 1 < m_buffer.size() && m_buffer.at(start) == '\r' && m_buffer.at(start + 1) == '\n')
        start += 2;
    if (start > 0)
        m_buffer.remove(0, start);
    if (m_buffer.isEmpty())
        return Status::NeedMore;

    const qsizetype headEnd = m_buffer.indexOf("\r\n\r\n");
    if (headEnd < 0) {
        if (m_buffer.size() > kMaxHeadBytes)
            return fail(431, "The request head is larger than 64 KiB.");
        return Status::NeedMore;
    }
    if (headEnd > kMaxHeadBytes)
        return fail(431, "The request head is larger than 64 KiB.");

    // Up to and including the last header's CRLF, so that every line ends with '\r' once split on '\n'.
    QList<QByteArray> lines = m_buffer.left(headEnd + 2).split('\n');
    lines.removeLast();
    Request request;

    QByteArray requestLine = lines.first();
    if (!requestLine.endsWith('\r'))
        return fail(400, "Lines must end with CRLF.");
    requestLine.chop(1);
    const QList<QByteArray> parts = requestLine.split(' ');
    if (parts.size() != 3)
        return fail(400, "The request line is not \"METHOD target HTTP/1.1\".");
    request.method = parts.at(0);
    request.target = parts.at(1);
    request.version = parts.at(2);
    if (!isToken(request.method))
        return fail(400, "The request method is not a token.");
    if (!request.version.startsWith("HTTP/"))
        return fail(400, "The request line does not end with an HTTP version.");
    if (request.version != "HTTP/1.1" && request.version != "HTTP/1.0")
        return fail(505, "Only HTTP/1.0 and HTTP/1.1 are supported.");
    if (!request.target.startsWith('/'))
        return fail(400, "The request target must be an absolute path.");
    for (char c : std::as_const(request.target))
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f)
            return fail(400, "The request target contains a control character.");

    for (qsizetype i = 1; i < lines.size(); ++i) {
        QByteArray line = lines.at(i);
        if (!line.endsWith('\r'))
            return fail(400, "Lines must end with CRLF.");
        line.chop(1);
        if (line.startsWith(' ') || line.startsWith('\t'))
            return fail(400, "Folded header lines are not supported.");
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon)))
            return fail(400, "A header line is not \"Name: value\".");
        const QByteArray value = line.mid(colon + 1).trimmed();
        for (char c : value)
            if (c == '\0' || c == '\r' || c == '\n')
                return fail(400, "A header value contains a control character.");
        request.headers.append({line.left(colon), value});
    }

    if (request.version == "HTTP/1.1" && !request.hasHeader("host"))
        return fail(400, "HTTP/1.1 requests must carry a Host header.");
    if (request.hasHeader("transfer-encoding"))
        return fail(501, "Transfer-Encoding is not supported; send a Content-Length.");

    qint64 contentLength = 0;
    const QList<QByteArray> lengths = request.headerValues("content-length");
    if (!lengths.isEmpty()) {
        const QByteArray &text = lengths.first();
        for (const QByteArray &other : lengths)
            if (other != text)
                return fail(400, "Conflicting Content-Length headers.");
        if (text.isEmpty() || text.size() > 12)
            return fail(400, "The Content-Length is not a number.");
        for (char c : text)
            if (c < '0' || c > '9')
                return fail(400, "The Content-Length is not a number.");
        contentLength = text.toLongLong();
        if (contentLength > kMaxBodyBytes)
            return fail(413, "The request body is larger than 16 MiB.");
    }

    const qsizetype bodyStart = headEnd + 4;
    if (m_buffer.size() - bodyStart < contentLength)
        return Status::NeedMore;
    request.body = m_buffer.mid(bodyStart, contentLength);
    m_buffer.remove(0, bodyStart + contentLength);
    m_request = std::move(request);
    return Status::Ready;
}

QByteArray Response::head(bool keepAlive, qint64 contentLength) const
{
    QByteArray out = "HTTP/1.1 " + QByteArray::number(status) + ' ' + reasonPhrase(status) + "\r\n";
    for (const auto &[name, value] : headers)
        out += name + ": " + value + "\r\n";
    out += "Content-Length: " + QByteArray::number(contentLength) + "\r\n";
    out += keepAlive ? QByteArrayView("Connection: keep-alive\r\n") : QByteArrayView("Connection: close\r\n");
    out += "\r\n";
    return out;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Method Not Allowed";
    case 413:
        return "Content Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    case 505:
        return "HTTP Version Not Supported";
    default:
        return "Unknown";
    }
}

} // namespace hbr::demo::http
