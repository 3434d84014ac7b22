#pragma once

#include "version.h"

#include <functional>

namespace s15n {

// A hybrid logical clock (Kulkarni et al.): versions follow physical time where
// clocks agree, and stay strictly increasing and causal where they do not.
class HybridClock
{
public:
    using WallClock = std::function<qint64()>; // milliseconds since the epoch

    explicit HybridClock(QUuid node, WallClock wallClock = {});

    // Continue from a persisted state (the last version this node made or saw).
    void restore(qint64 millis, quint16 counter);

    // A new local version, greater than every version made or observed so far.
    // `eventMillis` is when the change happened, if known (else: now).
    Version tick(qint64 eventMillis = 0);

    // Take a version from a peer into account, so later local versions descend from it.
    void observe(const Version &remote);

    qint64 millis() const { return m_millis; }
    quint16 counter() const { return m_counter; }
    const QUuid &node() const { return m_node; }

private:
    void advanceTo(qint64 physical, qint64 otherMillis, quint16 otherCounter);

    QUuid m_node;
    WallClock m_wallClock;
    qint64 m_millis = 0;
    quint16 m_counter = 0;
};

} // namespace s15n
