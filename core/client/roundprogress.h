#pragma once

#include <QMetaType>
#include <QString>

namespace s15n {

// Where a round is, for progress bars and progress lines. Reported when a resource's pull or
// push starts (pages 0), after each of its pages (a checkpoint), and once at the end of a round
// that got through its resources (no resource; resourcesDone == resourcesTotal).
struct RoundProgress
{
    enum class Direction { Pull, Push };

    QString resource; // the table; empty in the last report
    Direction direction = Direction::Pull;
    qint64 pages = 0;        // pages of this resource in this direction done (checkpointed)
    qint64 received = 0;     // pull: rows of this resource received so far
    qint64 sent = 0;         // push: rows of this resource sent so far
    qint64 applied = 0;      // of them, applied here (pull) or at the remote (push)
    bool checkpoint = false; // this report follows a page applied here (pull) or there (push)
    bool finished = false;   // this resource's pull (push) is done: no page is left
    int resourcesDone = 0;   // resources of the round done before this one
    int resourcesTotal = 0;  // resources the round syncs (both sides have them)

    // The line `s15n sync` prints after each page ("items: pulled 2000 changes"); empty for
    // the other reports (not a checkpoint).
    QString checkpointLine() const;
};

} // namespace s15n

Q_DECLARE_METATYPE(s15n::RoundProgress)
