#include "api/ratelimiter.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QtTest>

using namespace Qt::StringLiterals;
using hbr::api::EndpointLimiter;

namespace {

/// Lets every pending zero-delay timer and posted event run, without waiting for any real time.
void drainEvents()
{
    for (int i = 0; i < 20; ++i)
        QCoreApplication::processEvents(QEventLoop::AllEvents);
}

/// Announces when the last grant arrived, so that a test can wait in a real event loop (QSignalSpy::wait) and
/// timers fire on time, rather than in QTRY's poll-and-sleep steps.
class GrantLog : public QObject
{
    Q_OBJECT
public:
    explicit GrantLog(int expected)
        : m_expected(expected)
    {
        m_clock.start();
    }
    void record()
    {
        m_ns.append(m_clock.nsecsElapsed());
        if (m_ns.size() == m_expected)
            Q_EMIT complete();
    }
    const QList<qint64> &nanoseconds() const { return m_ns; }

Q_SIGNALS:
    void complete();

private:
    int m_expected;
    QElapsedTimer m_clock;
    QList<qint64> m_ns;
};

} // namespace

class TestRateLimiter : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void grantsComeFromTheEventLoop();
    void neverMoreThanMaxConcurrent_data();
    void neverMoreThanMaxConcurrent();
    void qpsWindow_data();
    void qpsWindow();
    void cancelOfAWaiterPreventsItsGrant();
    void cancelOfAGrantedOrUnknownTicketChangesNothing();
    void firstComeFirstServed();
    void releaseInsideTheGrantIsSafe();
    void accessors();
};

void TestRateLimiter::grantsComeFromTheEventLoop()
{
    EndpointLimiter limiter(4, 0);
    int granted = 0;
    limiter.acquire([&] { ++granted; });
    QCOMPARE(granted, 0); // never from inside acquire()
    QCOMPARE(limiter.waiting(), 1);
    QTRY_COMPARE(granted, 1);
    QCOMPARE(limiter.inFlight(), 1);
    QCOMPARE(limiter.waiting(), 0);
    limiter.release();
    QCOMPARE(limiter.inFlight(), 0);
}

void TestRateLimiter::neverMoreThanMaxConcurrent_data()
{
    QTest::addColumn<int>("maxConcurrent");
    QTest::addColumn<double>("maxQps");
    QTest::newRow("1, unlimited rate") << 1 << 0.0;
    QTest::newRow("3, unlimited rate") << 3 << 0.0;
    QTest::newRow("4, 200 qps") << 4 << 200.0;
}

void TestRateLimiter::neverMoreThanMaxConcurrent()
{
    QFETCH(int, maxConcurrent);
    QFETCH(double, maxQps);
    constexpr int kRequests = 12;
    EndpointLimiter limiter(maxConcurrent, maxQps);
    int inFlight = 0;
    int peak = 0;
    int granted = 0;
    QList<int> order;
    for (int i = 0; i < kRequests; ++i) {
        limiter.acquire([&, i] {
            ++inFlight;
            ++granted;
            peak = std::max(peak, inFlight);
            order.append(i);
        });
    }
    // The first batch fills the slots, and nothing more comes while none is given back.
    QTRY_COMPARE(granted, maxConcurrent);
    drainEvents();
    QCOMPARE(granted, maxConcurrent);
    QCOMPARE(limiter.inFlight(), maxConcurrent);
    QCOMPARE(limiter.waiting(), kRequests - maxConcurrent);

    // Give slots back one at a time: each frees exactly one grant.
    while (granted < kRequests) {
        const int before = granted;
        --inFlight;
        limiter.release();
        QTRY_COMPARE(granted, before + 1);
        drainEvents();
        QCOMPARE(granted, before + 1);
        QVERIFY(inFlight <= maxConcurrent);
    }
    QCOMPARE(peak, maxConcurrent);
    QCOMPARE(limiter.waiting(), 0);
    QList<int> expected;
    for (int i = 0; i < kRequests; ++i)
        expected.append(i);
    QCOMPARE(order, expected);
}

void TestRateLimiter::qpsWindow_data()
{
    QTest::addColumn<int>("maxConcurrent");
    QTest::addColumn<bool>("releaseAtOnce");
    QTest::newRow("plenty of slots, held") << 100 << false;
    QTest::newRow("few slots, released at once") << 4 << true;
}

void TestRateLimiter::qpsWindow()
{
    QFETCH(int, maxConcurrent);
    QFETCH(bool, releaseAtOnce);
    constexpr int kRequests = 30;
    constexpr double kQps = 20;
    EndpointLimiter limiter(maxConcurrent, kQps);
    GrantLog log(kRequests);
    QSignalSpy complete(&log, &GrantLog::complete);
    for (int i = 0; i < kRequests; ++i) {
        limiter.acquire([&] {
            log.record();
            if (releaseAtOnce)
                QTimer::singleShot(0, &limiter, [&] { limiter.release(); });
        });
    }
    QVERIFY(complete.wait(10000));
    const QList<qint64> grantNs = log.nanoseconds();
    QCOMPARE(grantNs.size(), kRequests);
    const qint64 elapsedNs = grantNs.last() - grantNs.first();

    // No one-second window holds more than 20 starts: the 21st start after any start is at least 1 s later.
    const int perSecond = int(kQps);
    for (int i = 0; i + perSecond < grantNs.size(); ++i) {
        const qint64 span = grantNs.at(i + perSecond) - grantNs.at(i);
        QVERIFY2(
            span >= 1'000'000'000,
            qPrintable(u"starts %1 and %2 are only %3 ms apart"_s.arg(i).arg(i + perSecond).arg(span / 1e6)));
    }
    // Close to the bound: 29 gaps of 50 ms are 1.45 s; generous slack above for a loaded machine.
    qInfo("30 grants at 20 qps took %.0f ms", elapsedNs / 1e6);
    QVERIFY2(elapsedNs >= 1'400'000'000, qPrintable(QString::number(elapsedNs / 1e6)));
    QVERIFY2(elapsedNs < 3'000'000'000, qPrintable(QString::number(elapsedNs / 1e6)));
    QTRY_COMPARE(limiter.inFlight(), releaseAtOnce ? 0 : kRequests);
}

void TestRateLimiter::cancelOfAWaiterPreventsItsGrant()
{
    EndpointLimiter limiter(1, 0);
    QStringList granted;
    limiter.acquire([&] { granted.append(u"a"_s); });
    const EndpointLimiter::Ticket b = limiter.acquire([&] { granted.append(u"b"_s); });
    const EndpointLimiter::Ticket c = limiter.acquire([&] { granted.append(u"c"_s); });
    limiter.acquire([&] { granted.append(u"d"_s); });
    QVERIFY(b != c);
    QTRY_COMPARE(granted, QStringList{u"a"_s});
    QCOMPARE(limiter.waiting(), 3);

    limiter.cancel(b);
    QCOMPARE(limiter.waiting(), 2);
    limiter.release();
    QTRY_COMPARE(granted, (QStringList{u"a"_s, u"c"_s}));
    limiter.cancel(c); // already granted: no effect
    QCOMPARE(limiter.inFlight(), 1);
    limiter.release();
    QTRY_COMPARE(granted, (QStringList{u"a"_s, u"c"_s, u"d"_s}));
    limiter.release();
    drainEvents();
    QCOMPARE(granted, (QStringList{u"a"_s, u"c"_s, u"d"_s}));
    QCOMPARE(limiter.inFlight(), 0);
    QCOMPARE(limiter.waiting(), 0);
}

void TestRateLimiter::cancelOfAGrantedOrUnknownTicketChangesNothing()
{
    EndpointLimiter limiter(2, 0);
    int granted = 0;
    const EndpointLimiter::Ticket t = limiter.acquire([&] { ++granted; });
    QTRY_COMPARE(granted, 1);
    limiter.cancel(t);
    limiter.cancel(t + 1000);
    QCOMPARE(limiter.inFlight(), 1);
    // Cancelling everything before the event loop runs means nothing is granted.
    const EndpointLimiter::Ticket x = limiter.acquire([&] { ++granted; });
    const EndpointLimiter::Ticket y = limiter.acquire([&] { ++granted; });
    limiter.cancel(x);
    limiter.cancel(y);
    drainEvents();
    QCOMPARE(granted, 1);
    QCOMPARE(limiter.waiting(), 0);
    QCOMPARE(limiter.inFlight(), 1);
}

void TestRateLimiter::firstComeFirstServed()
{
    EndpointLimiter limiter(1, 500);
    QList<int> order;
    constexpr int kRequests = 15;
    for (int i = 0; i < kRequests; ++i) {
        limiter.acquire([&, i] {
            order.append(i);
            QTimer::singleShot(0, &limiter, [&] { limiter.release(); });
        });
    }
    // Some arrive late, while others wait: they queue behind.
    QTRY_VERIFY(order.size() >= 3);
    for (int i = kRequests; i < kRequests + 5; ++i) {
        limiter.acquire([&, i] {
            order.append(i);
            QTimer::singleShot(0, &limiter, [&] { limiter.release(); });
        });
    }
    QTRY_COMPARE(order.size(), kRequests + 5);
    for (int i = 0; i < order.size(); ++i)
        QCOMPARE(order.at(i), i);
}

void TestRateLimiter::releaseInsideTheGrantIsSafe()
{
    // A caller that fails at once gives its slot back from within the grant.
    EndpointLimiter limiter(1, 0);
    int granted = 0;
    for (int i = 0; i < 5; ++i) {
        limiter.acquire([&] {
            ++granted;
            limiter.release();
        });
    }
    QTRY_COMPARE(granted, 5);
    QCOMPARE(limiter.inFlight(), 0);
    QCOMPARE(limiter.waiting(), 0);
}

void TestRateLimiter::accessors()
{
    EndpointLimiter limiter(0, 12.5); // at least one slot
    QCOMPARE(limiter.maxConcurrent(), 1);
    QCOMPARE(limiter.maxQps(), 12.5);
    EndpointLimiter other(8, 0);
    QCOMPARE(other.maxConcurrent(), 8);
    QCOMPARE(other.inFlight(), 0);
    QCOMPARE(other.waiting(), 0);
}

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
