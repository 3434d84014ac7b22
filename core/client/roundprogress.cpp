#include "roundprogress.h"

#include <QCoreApplication>

namespace s15n {

QString RoundProgress::checkpointLine() const
{
    if (resource.isEmpty() || !checkpoint)
        return QString();
    // The words `s15n sync` printed before there were progress reports (and their translations).
    return direction == Direction::Pull
               ? QCoreApplication::translate("s15n::SyncRound", "%1: pulled %2 changes")
                     .arg(resource)
                     .arg(received)
               : QCoreApplication::translate("s15n::SyncRound", "%1: pushed %2 changes")
                     .arg(resource)
                     .arg(sent);
}

} // namespace s15n
