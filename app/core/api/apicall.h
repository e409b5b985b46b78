#pragma once

#include "ratelimiter.h"
#include "responsedecoder.h"
#include "retrypolicy.h"
#include "wirerequest.h"

#include <QObject>
#include <QPointer>

class QNetworkAccessManager;
class QNetworkReply;

namespace hbr {
class Clock;
class StringPool;
} // namespace hbr

namespace hbr::api {

/// What one call needs from its surroundings; all of it is owned elsewhere and outlives the call.
struct CallEnvironment
{
    QNetworkAccessManager *network = nullptr;
    const Clock *clock = nullptr;
    EndpointLimiter *limiter = nullptr; ///< may be null: no admission control
    StringPool *pool = nullptr;         ///< may be null
    RetryPolicy retry;
    int transferTimeoutMs = 30000;
};

/// One DescribeBackupClients page: signed afresh for every attempt (new nonce and timestamp), retried on
/// transient errors per the RetryPolicy. start() once; finished() is emitted exactly once, whatever happens,
/// including after cancel().
class ApiCall : public QObject
{
    Q_OBJECT
public:
    ApiCall(const CallEnvironment &env, AccessKeyCredentials credentials, Endpoint endpoint,
            SignatureVersion version, DescribeBackupClientsRequest request, QObject *parent = nullptr);
    ~ApiCall() override;

    /// Larger answers are cut off and reported as malformed (retried like one).
    static constexpr qint64 kMaxResponseBytes = 16 * 1024 * 1024;

    void start();
    /// Stops at once: an attempt in flight is aborted, a pending wait dropped; finished() reports Canceled.
    void cancel();

    const DescribeBackupClientsRequest &request() const { return m_request; }
    int attempts() const { return m_attempts; }
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    void finished(const hbr::api::DecodedPage &result);

private:
    void waitForSlot();
    void send();
    void onReplyFinished();
    void redactCredentials(ApiError &error) const;
    void finish(DecodedPage result);

    CallEnvironment m_env;
    AccessKeyCredentials m_credentials;
    Endpoint m_endpoint;
    SignatureVersion m_version;
    DescribeBackupClientsRequest m_request;

    QPointer<QNetworkReply> m_reply;
    QTimer m_backoff;
    EndpointLimiter::Ticket m_ticket = 0;
    bool m_holdsSlot = false;
    bool m_canceled = false;
    bool m_tooLarge = false; ///< this attempt's body passed kMaxResponseBytes and was cut off
    bool m_finished = false;
    int m_attempts = 0;
    int m_waitedMs = 0;
};

} // namespace hbr::api
