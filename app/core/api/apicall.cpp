#include "apicall.h"

#include "clock.h"
#include "percentencoding.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslConfiguration>

namespace hbr::api {

// Debug lines for operators chasing a slow or failing fetch (QT_LOGGING_RULES="hbr.api.debug=true"). They
// name the endpoint, page, status and RequestId, never a header, the query string (V1 signs there) or a key.
Q_LOGGING_CATEGORY(lcApi, "hbr.api", QtWarningMsg)

ApiCall::ApiCall(const CallEnvironment &env, AccessKeyCredentials credentials, Endpoint endpoint,
                 SignatureVersion version, DescribeBackupClientsRequest request, QObject *parent)
    : QObject(parent)
    , m_env(env)
    , m_credentials(std::move(credentials))
    , m_endpoint(std::move(endpoint))
    , m_version(version)
    , m_request(std::move(request))
{
    Q_ASSERT(m_env.network && m_env.clock);
    m_backoff.setSingleShot(true);
    connect(&m_backoff, &QTimer::timeout, this, &ApiCall::waitForSlot);
}

ApiCall::~ApiCall()
{
    if (QNetworkReply *reply = m_reply.data()) {
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    if (m_env.limiter) {
        m_env.limiter->cancel(m_ticket);
        if (m_holdsSlot)
            m_env.limiter->release();
    }
}

void ApiCall::start()
{
    Q_ASSERT(m_attempts == 0 && !m_finished);
    waitForSlot();
}

void ApiCall::cancel()
{
    if (m_finished)
        return;
    m_canceled = true;
    m_backoff.stop();
    if (m_env.limiter)
        m_env.limiter->cancel(m_ticket);
    if (QNetworkReply *reply = m_reply) {
        m_reply = nullptr;
        reply->disconnect(this);
        reply->abort();
        reply->deleteLater();
    }
    if (m_env.limiter && m_holdsSlot) {
        m_holdsSlot = false;
        m_env.limiter->release();
    }
    finish(DecodedPage{canceledError(), {}});
}

void ApiCall::waitForSlot()
{
    if (!m_env.limiter) {
        send();
        return;
    }
    m_ticket = m_env.limiter->acquire([this] {
        m_holdsSlot = true;
        send();
    });
}

void ApiCall::send()
{
    if (m_canceled) {
        finish(DecodedPage{canceledError(), {}});
        return;
    }
    ++m_attempts;
    const WireRequest wire =
        buildDescribeBackupClients(m_request, SigningContext{m_credentials, m_endpoint, m_version,
                                                             m_env.clock->now(), newSignatureNonce()});
    QNetworkRequest request = wire.toNetworkRequest();
    request.setTransferTimeout(m_env.transferTimeoutMs);
    if (!m_endpoint.caCertificates.isEmpty()) {
        // Added to the system's CAs for this endpoint only; any certificate error still fails the request.
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_endpoint.caCertificates);
        request.setSslConfiguration(tls);
    }
    qCDebug(lcApi) << "send" << clientTypeName(m_request.clientType) << "page" << m_request.pageNumber << "to"
                   << m_endpoint.key() << "attempt" << m_attempts;
    m_reply = m_env.network->sendCustomRequest(request, wire.method, wire.body);
    m_tooLarge = false;
    // A page of 99 clients is a few hundred KiB; a body far past that is a broken proxy or a hostile
    // endpoint, and buffering it whole could exhaust memory. Cut it off and treat it as a malformed answer.
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        if (m_reply && (received > kMaxResponseBytes || total > kMaxResponseBytes)) {
            m_tooLarge = true;
            m_reply->abort(); // finishes the reply: onReplyFinished() reports it
        }
    });
    connect(m_reply, &QNetworkReply::finished, this, &ApiCall::onReplyFinished);
}

void ApiCall::onReplyFinished()
{
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    if (!reply)
        return;
    reply->deleteLater();
    if (m_env.limiter && m_holdsSlot) {
        m_holdsSlot = false;
        m_env.limiter->release();
    }

    const QNetworkReply::NetworkError netError = reply->error();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QByteArray body = reply->isOpen() ? reply->readAll() : QByteArray();

    DecodedPage result;
    if (m_tooLarge && !m_canceled) {
        result.error.kind = ApiError::Kind::Malformed;
        result.error.httpStatus = status;
        result.error.detail = QCoreApplication::translate(
                                  "hbr::ApiCall", "the answer is larger than %1 MiB, far more than a page")
                                  .arg(kMaxResponseBytes / (1024 * 1024));
    } else if (netError == QNetworkReply::SslHandshakeFailedError && !m_canceled) {
        result.error.kind = ApiError::Kind::Tls;
        result.error.detail = reply->errorString();
    } else if (netError == QNetworkReply::OperationCanceledError) {
        // Qt reports an expired transfer timeout exactly like an abort(); only we know which one it was.
        result.error = m_canceled ? canceledError() : timeoutError(m_env.transferTimeoutMs);
    } else if (m_canceled) {
        result.error = canceledError();
    } else {
        // Qt turns HTTP error statuses into error codes too (400 is ProtocolInvalidOperationError, 404
        // ContentNotFoundError...); those answers carry the service's error body. Only these mean the
        // exchange itself broke.
        const int code = static_cast<int>(netError);
        const bool transportLevel = netError != QNetworkReply::NoError &&
                                    (code < 200 || netError == QNetworkReply::ProtocolUnknownError ||
                                     netError == QNetworkReply::ProtocolFailure);
        if (transportLevel) {
            if (status > 0) {
                result.error.kind = ApiError::Kind::Malformed;
                result.error.httpStatus = status;
                //: Follows "Malformed response (HTTP 200):". %n is how many bytes of the answer had arrived;
                //: %1 is the network library's description of the error.
                result.error.detail =
                    QCoreApplication::translate("hbr::ApiCall",
                                                "the connection ended after %n bytes of the body (%1)",
                                                nullptr, int(body.size()))
                        .arg(reply->errorString());
            } else {
                result.error = transportError(reply->errorString());
            }
        } else {
            result = decodeDescribeBackupClients(status, body, m_env.pool);
        }
    }

    if (result.error.isError()) {
        redactCredentials(result.error);
        qCDebug(lcApi) << "page" << m_request.pageNumber << "from" << m_endpoint.key()
                       << "failed:" << result.error.summary();
    } else {
        qCDebug(lcApi) << "page" << m_request.pageNumber << "from" << m_endpoint.key() << "HTTP" << status
                       << result.page.clients.size() << "clients of" << result.page.totalCount << "RequestId"
                       << result.page.requestId;
    }

    if (result.error.isError() && !m_canceled) {
        const int delay =
            m_env.retry.backoffMs(m_attempts, QRandomGenerator::global()->generateDouble(), result.error);
        if (m_env.retry.shouldRetry(result.error, m_attempts, m_waitedMs, delay)) {
            qCDebug(lcApi) << "retrying page" << m_request.pageNumber << "in" << delay << "ms";
            m_waitedMs += delay;
            m_backoff.start(delay);
            return;
        }
    }
    finish(std::move(result));
}

void ApiCall::redactCredentials(ApiError &error) const
{
    // A SignatureDoesNotMatch message quotes the service's string to sign, and with V1 that holds the
    // SecurityToken (percent-encoded once or twice). It is shown, printed and logged, so the token (and,
    // should a service ever echo it, the secret) is blanked out in every form it can take there.
    QStringList secrets;
    for (const QString &value : {m_credentials.securityToken, m_credentials.accessKeySecret}) {
        if (value.size() < 4)
            continue;
        // The signer's own encoding, so the forms are exactly those the string to sign holds.
        const QByteArray once = percentEncode(value);
        const QString twice = QString::fromLatin1(percentEncode(once));
        secrets << value << QString::fromLatin1(once) << twice;
    }
    const QString mask = QStringLiteral("***");
    for (QString *text : {&error.message, &error.detail, &error.recommend}) {
        for (const QString &secret : std::as_const(secrets))
            text->replace(secret, mask, Qt::CaseInsensitive);
    }
}

void ApiCall::finish(DecodedPage result)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(result);
}

} // namespace hbr::api
