#include "hybridclock.h"

#include <QDateTime>

#include <algorithm>
#include <limits>

namespace s15n {

HybridClock::HybridClock(QUuid node, WallClock wallClock)
    : m_node(node), m_wallClock(std::move(wallClock))
{
    if (!m_wallClock)
        m_wallClock = [] { return QDateTime::currentMSecsSinceEpoch(); };
}

void HybridClock::restore(qint64 millis, quint16 counter)
{
    if (millis > m_millis || (millis == m_millis && counter > m_counter)) {
        m_millis = millis;
        m_counter = counter;
    }
}

void HybridClock::advanceTo(qint64 physical, qint64 otherMillis, quint16 otherCounter)
{
    const qint64 next = std::max({m_millis, physical, otherMillis});
    quint32 counter = 0;
    if (next == m_millis && next == otherMillis)
        counter = std::max(m_counter, otherCounter) + 1u;
    else if (next == m_millis)
        counter = m_counter + 1u;
    else if (next == otherMillis)
        counter = otherCounter + 1u;
    if (counter > std::numeric_limits<quint16>::max()) {
        // Counter exhausted within one millisecond: borrow the next millisecond.
        m_millis = next + 1;
        m_counter = 0;
        return;
    }
    m_millis = next;
    m_counter = static_cast<quint16>(counter);
}

Version HybridClock::tick(qint64 eventMillis)
{
    // The version takes the time the change happened, when known, so that NEWER compares
    // when changes were made rather than when they were picked up; advanceTo() still keeps
    // it above everything made or observed so far.
    const qint64 physical = eventMillis > 0 ? eventMillis : m_wallClock();
    advanceTo(physical, 0, 0);
    return Version{m_millis, m_counter, m_node};
}

void HybridClock::observe(const Version &remote)
{
    if (remote.isNull())
        return;
    advanceTo(m_wallClock(), remote.millis, remote.counter);
}

} // namespace s15n
