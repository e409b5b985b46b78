#include "ratelimiter.h"

#include <algorithm>

namespace hbr::api {

EndpointLimiter::EndpointLimiter(int maxConcurrent, double maxQps, QObject *parent)
    : QObject(parent)
    , m_maxConcurrent(std::max(1, maxConcurrent))
    , m_maxQps(maxQps)
    // A 2% margin keeps a request that the event loop sent a few milliseconds late from pushing the one
    // after it into the same second at the server.
    , m_intervalNs(maxQps > 0 ? static_cast<qint64>(1.0e9 / maxQps * 1.02) : 0)
{
    m_monotonic.start();
    m_timer.setSingleShot(true);
    m_timer.setTimerType(Qt::PreciseTimer);
    connect(&m_timer, &QTimer::timeout, this, &EndpointLimiter::pump);
}

EndpointLimiter::Ticket EndpointLimiter::acquire(std::function<void()> granted)
{
    const Ticket ticket = m_nextTicket++;
    m_waiters.push_back({ticket, std::move(granted)});
    // Granting from the event loop keeps callers free of re-entrancy.
    if (!m_timer.isActive())
        m_timer.start(0);
    return ticket;
}

void EndpointLimiter::cancel(Ticket ticket)
{
    const auto it = std::find_if(m_waiters.begin(), m_waiters.end(),
                                 [ticket](const Waiter &w) { return w.ticket == ticket; });
    if (it != m_waiters.end())
        m_waiters.erase(it);
}

void EndpointLimiter::release()
{
    Q_ASSERT(m_inFlight > 0);
    m_inFlight = std::max(0, m_inFlight - 1);
    if (!m_waiters.empty() && !m_timer.isActive())
        m_timer.start(0);
}

void EndpointLimiter::pump()
{
    while (!m_waiters.empty() && m_inFlight < m_maxConcurrent) {
        const qint64 now = m_monotonic.nsecsElapsed();
        qint64 start = now;
        if (m_lastStartNs >= 0 && m_intervalNs > 0) {
            const qint64 next = m_lastStartNs + m_intervalNs;
            if (now < next) {
                m_timer.start(static_cast<int>((next - now + 999'999) / 1'000'000));
                return;
            }
            // A start the event loop delayed a little keeps its slot in the schedule, so that such delays do
            // not add up over hundreds of pages; the 2% margin absorbs the closer spacing this allows.
            if (now - next < m_intervalNs / 10)
                start = next;
        }
        m_lastStartNs = start;
        ++m_inFlight;
        Waiter waiter = std::move(m_waiters.front());
        m_waiters.pop_front();
        waiter.granted();
    }
}

} // namespace hbr::api
