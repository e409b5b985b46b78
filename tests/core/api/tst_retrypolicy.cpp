#include "api/retrypolicy.h"

#include <QtTest>

using namespace Qt::StringLiterals;
using namespace hbr::api;

namespace {

ApiError make(ApiError::Kind kind, int status, const QString &code = QString())
{
    ApiError e;
    e.kind = kind;
    e.httpStatus = status;
    e.code = code;
    return e;
}

ApiError serverError()
{
    return make(ApiError::Kind::Http, 503);
}

const double kRandoms[] = {0.0, 0.25, 0.5, 0.75, 0.999999};

} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void defaults();
    void backoffWithinHalfToFull_data();
    void backoffWithinHalfToFull();
    void backoffGrowsExponentially();
    void backoffCappedByMaxDelay();
    void backoffOfOddFailureCounts();
    void throttlingHonoursFloor_data();
    void throttlingHonoursFloor();
    void nonThrottlingHasNoFloor();
    void shouldRetryRespectsAttempts();
    void shouldRetryRespectsBudget();
    void shouldRetryOnlyRetryableErrors_data();
    void shouldRetryOnlyRetryableErrors();
};

void TestRetryPolicy::defaults()
{
    const RetryPolicy p;
    QVERIFY(p.maxAttempts >= 2);
    QVERIFY(p.baseDelayMs > 0);
    QVERIFY(p.maxDelayMs >= p.baseDelayMs);
    QVERIFY(p.budgetMs >= p.maxDelayMs);
    QVERIFY(p.throttleFloorMs >= 1000); // the quota is per second
}

void TestRetryPolicy::backoffWithinHalfToFull_data()
{
    QTest::addColumn<int>("base");
    QTest::addColumn<int>("maxDelay");
    QTest::newRow("defaults") << 250 << 8000;
    QTest::newRow("small") << 10 << 100;
    QTest::newRow("odd") << 333 << 5000;
}

void TestRetryPolicy::backoffWithinHalfToFull()
{
    QFETCH(int, base);
    QFETCH(int, maxDelay);
    RetryPolicy p;
    p.baseDelayMs = base;
    p.maxDelayMs = maxDelay;
    for (int failures = 1; failures <= 12; ++failures) {
        const qint64 d = std::min<qint64>(maxDelay, qint64(base) << (failures - 1));
        for (double r : kRandoms) {
            const int delay = p.backoffMs(failures, r, serverError());
            QVERIFY2(delay >= d / 2 && delay <= d,
                     qPrintable(u"failures %1, random %2: %3 not in [%4, %5]"_s.arg(failures)
                                    .arg(r)
                                    .arg(delay)
                                    .arg(d / 2)
                                    .arg(d)));
        }
        QCOMPARE(p.backoffMs(failures, 0.0, serverError()), int(d / 2));
        // Jitter spreads the waits out.
        QVERIFY(p.backoffMs(failures, 0.999999, serverError()) > p.backoffMs(failures, 0.0, serverError()));
    }
}

void TestRetryPolicy::backoffGrowsExponentially()
{
    RetryPolicy p;
    p.baseDelayMs = 100;
    p.maxDelayMs = 1'000'000;
    for (double r : kRandoms) {
        for (int failures = 1; failures < 10; ++failures) {
            const int now = p.backoffMs(failures, r, serverError());
            const int next = p.backoffMs(failures + 1, r, serverError());
            QVERIFY2(qAbs(next - 2 * now) <= 1, qPrintable(u"%1 then %2"_s.arg(now).arg(next)));
        }
    }
    QCOMPARE(p.backoffMs(1, 0.0, serverError()), 50);
    QCOMPARE(p.backoffMs(2, 0.0, serverError()), 100);
    QCOMPARE(p.backoffMs(3, 0.0, serverError()), 200);
    QCOMPARE(p.backoffMs(4, 0.0, serverError()), 400);
}

void TestRetryPolicy::backoffCappedByMaxDelay()
{
    RetryPolicy p; // 250 ms base, 8 s cap
    for (int failures : {6, 7, 10, 20, 21, 64, 1000, std::numeric_limits<int>::max()}) {
        for (double r : kRandoms) {
            const int delay = p.backoffMs(failures, r, serverError());
            QVERIFY2(delay <= p.maxDelayMs && delay >= p.maxDelayMs / 2,
                     qPrintable(u"failures %1: %2"_s.arg(failures).arg(delay)));
        }
    }
}

void TestRetryPolicy::backoffOfOddFailureCounts()
{
    RetryPolicy p;
    // Nonsense counts behave like the first failure instead of waiting nothing or overflowing.
    for (int failures : {0, -1, std::numeric_limits<int>::min()}) {
        const int delay = p.backoffMs(failures, 0.5, serverError());
        QVERIFY2(delay >= p.baseDelayMs / 2 && delay <= p.baseDelayMs, qPrintable(QString::number(delay)));
    }
}

void TestRetryPolicy::throttlingHonoursFloor_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::newRow("Throttling") << make(ApiError::Kind::Service, 400, u"Throttling"_s);
    QTest::newRow("Throttling.User") << make(ApiError::Kind::Service, 400, u"Throttling.User"_s);
    QTest::newRow("Throttling.Api") << make(ApiError::Kind::Service, 400, u"Throttling.Api"_s);
    QTest::newRow("Throttling.User with Success false at 200")
        << make(ApiError::Kind::Service, 200, u"Throttling.User"_s);
    QTest::newRow("Service 429") << make(ApiError::Kind::Service, 429, u"TooManyRequests"_s);
    QTest::newRow("HTTP 429 without a body") << make(ApiError::Kind::Http, 429);
}

void TestRetryPolicy::throttlingHonoursFloor()
{
    QFETCH(ApiError, error);
    RetryPolicy p;
    for (int failures = 1; failures <= 8; ++failures) {
        const int d = std::min(p.maxDelayMs, p.baseDelayMs << (failures - 1));
        for (double r : kRandoms) {
            const int delay = p.backoffMs(failures, r, error);
            QVERIFY2(delay >= p.throttleFloorMs, qPrintable(u"failures %1: %2"_s.arg(failures).arg(delay)));
            // The floor is jittered too (up to half of it again), and the exponential step still applies.
            QVERIFY2(delay <= std::max(d, p.throttleFloorMs + p.throttleFloorMs / 2),
                     qPrintable(u"failures %1: %2"_s.arg(failures).arg(delay)));
            QVERIFY(delay <= p.maxDelayMs);
        }
    }
    // The jitter spreads throttled retries of many pages.
    QVERIFY(p.backoffMs(1, 0.9, error) > p.backoffMs(1, 0.1, error));
    // A bigger floor is honoured.
    p.throttleFloorMs = 3000;
    QVERIFY(p.backoffMs(1, 0.0, error) >= 3000);
}

void TestRetryPolicy::nonThrottlingHasNoFloor()
{
    const RetryPolicy p;
    for (const ApiError &e : {serverError(), make(ApiError::Kind::Service, 503, u"ServiceUnavailable"_s),
                              make(ApiError::Kind::Transport, 0), make(ApiError::Kind::Timeout, 0),
                              make(ApiError::Kind::Service, 400, u"ThrottlingLookalike"_s)})
        QCOMPARE(p.backoffMs(1, 0.0, e), p.baseDelayMs / 2);
}

void TestRetryPolicy::shouldRetryRespectsAttempts()
{
    RetryPolicy p;
    p.maxAttempts = 4;
    p.budgetMs = 1'000'000;
    QVERIFY(p.shouldRetry(serverError(), 1, 0, 100));
    QVERIFY(p.shouldRetry(serverError(), 3, 0, 100));
    QVERIFY(!p.shouldRetry(serverError(), 4, 0, 100)); // four attempts made, the first included
    QVERIFY(!p.shouldRetry(serverError(), 5, 0, 100));
    p.maxAttempts = 1;
    QVERIFY(!p.shouldRetry(serverError(), 1, 0, 0));

    // A whole retry loop makes exactly maxAttempts attempts.
    p.maxAttempts = 5;
    int attempts = 1;
    int waited = 0;
    while (true) {
        const int next = p.backoffMs(attempts, 0.5, serverError());
        if (!p.shouldRetry(serverError(), attempts, waited, next))
            break;
        waited += next;
        ++attempts;
    }
    QCOMPARE(attempts, 5);
}

void TestRetryPolicy::shouldRetryRespectsBudget()
{
    RetryPolicy p;
    p.maxAttempts = 100;
    p.budgetMs = 10'000;
    QVERIFY(p.shouldRetry(serverError(), 2, 9'000, 1'000)); // exactly the budget
    QVERIFY(!p.shouldRetry(serverError(), 2, 9'000, 1'001));
    QVERIFY(!p.shouldRetry(serverError(), 2, 10'001, 0));

    // A whole retry loop never waits more than the budget in total.
    int attempts = 1;
    int waited = 0;
    while (true) {
        const int next = p.backoffMs(attempts, 0.999, serverError());
        if (!p.shouldRetry(serverError(), attempts, waited, next))
            break;
        waited += next;
        ++attempts;
    }
    QVERIFY(waited <= p.budgetMs);
    QVERIFY(attempts < 100);
    QVERIFY(attempts > 3);
}

void TestRetryPolicy::shouldRetryOnlyRetryableErrors_data()
{
    QTest::addColumn<ApiError>("error");
    QTest::addColumn<bool>("retry");
    QTest::newRow("Throttling.User") << make(ApiError::Kind::Service, 400, u"Throttling.User"_s) << true;
    QTest::newRow("HTTP 502") << make(ApiError::Kind::Http, 502) << true;
    QTest::newRow("Transport") << make(ApiError::Kind::Transport, 0) << true;
    QTest::newRow("SignatureDoesNotMatch")
        << make(ApiError::Kind::Service, 400, u"SignatureDoesNotMatch"_s) << false;
    QTest::newRow("SignatureNonceUsed")
        << make(ApiError::Kind::Service, 400, u"SignatureNonceUsed"_s) << false;
    QTest::newRow("InvalidParameter") << make(ApiError::Kind::Service, 400, u"InvalidParameter"_s) << false;
    QTest::newRow("Canceled") << make(ApiError::Kind::Canceled, 0) << false;
    QTest::newRow("None") << ApiError() << false;
}

void TestRetryPolicy::shouldRetryOnlyRetryableErrors()
{
    QFETCH(ApiError, error);
    QFETCH(bool, retry);
    const RetryPolicy p;
    QCOMPARE(p.shouldRetry(error, 1, 0, p.backoffMs(1, 0.5, error)), retry);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
