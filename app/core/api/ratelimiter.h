#pragma once

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <deque>
#include <functional>

namespace hbr::api {

/// Admission control for one endpoint: at most `maxConcurrent` requests in flight and request starts spaced
/// so that no one-second window holds more than `maxQps` of them. Every HTTP attempt, retries included,
/// passes through acquire() and gives its slot back with release().
class EndpointLimiter : public QObject
{
    Q_OBJECT
public:
    using Ticket = quint64;

    EndpointLimiter(int maxConcurrent, double maxQps, QObject *parent = nullptr);

    /// Calls `granted` (from the event loop, never re-entrantly) once a slot is free. The caller then owns a
    /// slot until release(). Waiters are served first come, first served.
    Ticket acquire(std::function<void()> granted);
    /// Withdraws a waiter that was not granted yet; no effect otherwise.
    void cancel(Ticket ticket);
    void release();

    int inFlight() const { return m_inFlight; }
    int waiting() const { return static_cast<int>(m_waiters.size()); }
    int maxConcurrent() const { return m_maxConcurrent; }
    double maxQps() const { return m_maxQps; }

private:
    void pump();

    struct Waiter
    {
        Ticket ticket;
        std::function<void()> granted;
    };

    int m_maxConcurrent;
    double m_maxQps;
    qint64 m_intervalNs;
    int m_inFlight = 0;
    Ticket m_nextTicket = 1;
    qint64 m_lastStartNs = -1;
    std::deque<Waiter> m_waiters;
    QElapsedTimer m_monotonic;
    QTimer m_timer;
};

} // namespace hbr::api
