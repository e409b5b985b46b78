#include "apierror.h"

#include <QCoreApplication>
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
    case Kind::Tls:
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
        //: %1 is the network library's description of the error.
        return QCoreApplication::translate("hbr::ApiError", "Network error: %1").arg(detail);
    case Kind::Tls:
        //: %1 is the TLS library's description of the certificate problem.
        return QCoreApplication::translate("hbr::ApiError", "Untrusted endpoint, connection refused: %1")
            .arg(detail);
    case Kind::Timeout:
        //: %1 says what timed out, such as "no complete answer within 30 s".
        return QCoreApplication::translate("hbr::ApiError", "Timed out: %1").arg(detail);
    case Kind::Canceled:
        //: A request to the Cloud Backup API was stopped (by the user, or because the fetch was stopped).
        return QCoreApplication::translate("hbr::ApiError", "Canceled.");
    case Kind::Malformed:
        if (httpStatus) {
            //: The service's answer could not be read. %1 is the HTTP status code; %2 says what is wrong
            //: with the answer.
            return QCoreApplication::translate("hbr::ApiError", "Malformed response (HTTP %1): %2")
                .arg(QString::number(httpStatus), detail);
        }
        //: The service's answer could not be read. %1 says what is wrong with the answer.
        return QCoreApplication::translate("hbr::ApiError", "Malformed response: %1").arg(detail);
    case Kind::Http:
        if (detail.isEmpty()) {
            //: %1 is the HTTP status code, such as 502.
            return QCoreApplication::translate("hbr::ApiError", "HTTP %1 without an error body")
                .arg(httpStatus);
        }
        //: %1 is the HTTP status code, such as 502; %2 is the start of the body that came instead (often an
        //: HTML page).
        return QCoreApplication::translate("hbr::ApiError", "HTTP %1 without an error body: %2")
            .arg(QString::number(httpStatus), detail);
    case Kind::Service: {
        // Code and Message are the service's own words: they stay as they came.
        QString text = code.isEmpty()
                           //: Stands for the error code when the service's error answer has none.
                           ? QCoreApplication::translate("hbr::ApiError", "Error", "error code missing")
                           : code;
        if (!message.isEmpty())
            text += QLatin1String(": ") + message;
        QStringList context;
        if (httpStatus)
            //: %1 is the HTTP status code of the error answer, such as 400.
            context << QCoreApplication::translate("hbr::ApiError", "HTTP %1").arg(httpStatus);
        if (!requestId.isEmpty())
            //: %1 is the request's ID as the service gave it; RequestId is the API's name for it and is
            //: quoted in support requests, so it is usually kept as it is.
            context << QCoreApplication::translate("hbr::ApiError", "RequestId %1").arg(requestId);
        if (!context.isEmpty())
            text += QLatin1String(" (") + context.join(QLatin1String(", ")) + QLatin1Char(')');
        return text;
    }
    }
    return QString();
}

QString ApiError::hint() const
{
    if (kind == Kind::Tls)
        return QCoreApplication::translate("hbr::ApiError",
                                           "If the endpoint uses a private CA (or a TLS-inspecting proxy), "
                                           "give its certificate with --ca-file.");
    if (kind != Kind::Service)
        return kind == Kind::Transport
                   ? QCoreApplication::translate("hbr::ApiError", "Check the network and the endpoint.")
                   : QString();
    if (code.startsWith(QLatin1String("SignatureDoesNotMatch")) ||
        code.startsWith(QLatin1String("IncompleteSignature")))
        return QCoreApplication::translate("hbr::ApiError", "Check the AccessKey secret.");
    if (code.startsWith(QLatin1String("InvalidAccessKeyId")))
        return QCoreApplication::translate("hbr::ApiError",
                                           "Check the AccessKey ID, and that the key is enabled.");
    if (code.startsWith(QLatin1String("InvalidTimeStamp")) || code == QLatin1String("IllegalTimestamp"))
        return QCoreApplication::translate(
            "hbr::ApiError", "Check this computer's clock: it must be within 15 minutes of the real time.");
    if (code.startsWith(QLatin1String("InvalidSecurityToken")))
        return QCoreApplication::translate("hbr::ApiError",
                                           "The STS token is invalid or expired: get a new one.");
    if (isThrottling(code))
        //: --max-qps and --concurrency are command-line options: keep them as they are.
        return QCoreApplication::translate("hbr::ApiError", "Lower --max-qps or --concurrency.");
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
    //: Follows "Timed out:". %1 is a number of seconds, such as 30 or 2.5.
    e.detail = QCoreApplication::translate("hbr::ApiError", "no complete answer within %1 s")
                   .arg(timeoutMs / 1000.0);
    return e;
}

ApiError canceledError()
{
    ApiError e;
    e.kind = ApiError::Kind::Canceled;
    return e;
}

} // namespace hbr::api
