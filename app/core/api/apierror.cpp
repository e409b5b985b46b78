#include "apierror.h"

#include <QStringList>

namespace hbr::api {

namespace {

bool isThrottling(const QString &code)
{
    return code == QLatin1String("Throttling") || code.startsWith(QLatin1String("Throttling."));
}

} // namespace

bool ApiError::isRetryable() const
{
    switch (kind) {
    case Kind::None:
    case Kind::Canceled:
        return false;
    case Kind::Transport:
    case Kind::Timeout:
    case Kind::Malformed:
        return true;
    case Kind::Service:
        if (isThrottling(code) || code == QLatin1String("ServiceUnavailable"))
            return true;
        if (isCredentialError())
            return false;
        return httpStatus >= 500 || httpStatus == 429;
    case Kind::Http:
        return httpStatus >= 500 || httpStatus == 429;
    }
    return false;
}

bool ApiError::isCredentialError() const
{
    if (kind != Kind::Service)
        return false;
    static const QStringList prefixes = {
        QStringLiteral("SignatureDoesNotMatch"), QStringLiteral("IncompleteSignature"),
        QStringLiteral("InvalidAccessKeyId"),    QStringLiteral("InvalidSecurityToken"),
        QStringLiteral("InvalidTimeStamp"),      QStringLiteral("IllegalTimestamp"),
        QStringLiteral("SignatureNonceUsed"),    QStringLiteral("Forbidden"),
        QStringLiteral("NoPermission"),          QStringLiteral("InvalidAccessKeySecret"),
    };
    for (const QString &p : prefixes)
        if (code.startsWith(p))
            return true;
    return false;
}

QString ApiError::summary() const
{
    switch (kind) {
    case Kind::None:
        return QString();
    case Kind::Transport:
        return QStringLiteral("Network error: %1").arg(detail);
    case Kind::Timeout:
        return QStringLiteral("Timed out: %1").arg(detail);
    case Kind::Canceled:
        return QStringLiteral("Canceled.");
    case Kind::Malformed:
        return QStringLiteral("Malformed response%1: %2")
            .arg(httpStatus ? QStringLiteral(" (HTTP %1)").arg(httpStatus) : QString(), detail);
    case Kind::Http:
        return QStringLiteral("HTTP %1 without an error body%2")
            .arg(httpStatus)
            .arg(detail.isEmpty() ? QString() : QLatin1String(": ") + detail);
    case Kind::Service: {
        QString text = code.isEmpty() ? QStringLiteral("Error") : code;
        if (!message.isEmpty())
            text += QLatin1String(": ") + message;
        QStringList context;
        if (httpStatus)
            context << QStringLiteral("HTTP %1").arg(httpStatus);
        if (!requestId.isEmpty())
            context << QStringLiteral("RequestId %1").arg(requestId);
        if (!context.isEmpty())
            text += QLatin1String(" (") + context.join(QLatin1String(", ")) + QLatin1Char(')');
        return text;
    }
    }
    return QString();
}

QString ApiError::hint() const
{
    if (kind != Kind::Service)
        return kind == Kind::Transport ? QStringLiteral("Check the network and the endpoint.") : QString();
    if (code.startsWith(QLatin1String("SignatureDoesNotMatch")) ||
        code.startsWith(QLatin1String("IncompleteSignature")))
        return QStringLiteral("Check the AccessKey secret.");
    if (code.startsWith(QLatin1String("InvalidAccessKeyId")))
        return QStringLiteral("Check the AccessKey ID, and that the key is enabled.");
    if (code.startsWith(QLatin1String("InvalidTimeStamp")) || code == QLatin1String("IllegalTimestamp"))
        return QStringLiteral("Check this computer's clock: it must be within 15 minutes of the real time.");
    if (code.startsWith(QLatin1String("InvalidSecurityToken")))
        return QStringLiteral("The STS token is invalid or expired: get a new one.");
    if (isThrottling(code))
        return QStringLiteral("Lower --max-qps or --concurrency.");
    return QString();
}

QString ApiError::fullText() const
{
    QString text = summary();
    const QString next = hint();
    if (next.isEmpty())
        return text;
    const QChar last = text.isEmpty() ? QLatin1Char('.') : text.back();
    if (last != QLatin1Char('.') && last != QLatin1Char(')'))
        text += QLatin1Char('.');
    return text + QLatin1Char(' ') + next;
}

ApiError transportError(const QString &detail)
{
    ApiError e;
    e.kind = ApiError::Kind::Transport;
    e.detail = detail;
    return e;
}

ApiError timeoutError(int timeoutMs)
{
    ApiError e;
    e.kind = ApiError::Kind::Timeout;
    e.detail = QStringLiteral("no complete answer within %1 s").arg(timeoutMs / 1000.0);
    return e;
}

ApiError canceledError()
{
    ApiError e;
    e.kind = ApiError::Kind::Canceled;
    return e;
}

} // namespace hbr::api
