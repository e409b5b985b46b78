#include "apicall.h"

#include "clock.h"

#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>

namespace hbr::api {

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
    m_reply = m_env.network->sendCustomRequest(request, wire.method, wire.body);
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
    if (netError == QNetworkReply::OperationCanceledError) {
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
                result.error.detail = QStringLiteral("the connection ended after %1 bytes of the body (%2)")
                                          .arg(body.size())
                                          .arg(reply->errorString());
            } else {
                result.error = transportError(reply->errorString());
            }
        } else {
            result = decodeDescribeBackupClients(status, body, m_env.pool);
        }
    }

    if (result.error.isError() && !m_canceled) {
        const int delay =
            m_env.retry.backoffMs(m_attempts, QRandomGenerator::global()->generateDouble(), result.error);
        if (m_env.retry.shouldRetry(result.error, m_attempts, m_waitedMs, delay)) {
            m_waitedMs += delay;
            m_backoff.start(delay);
            return;
        }
    }
    finish(std::move(result));
}

void ApiCall::finish(DecodedPage result)
{
    if (m_finished)
        return;
    m_finished = true;
    Q_EMIT finished(result);
}

} // namespace hbr::api
