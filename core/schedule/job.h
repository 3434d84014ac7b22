#pragma once

#include <QDateTime>
#include <QString>

namespace s15n {

// A scheduled sync job for one repository (s15n_jobs; Sahana Eden's schedule form).
// Times are UTC; an invalid QDateTime is a NULL column.
struct Job
{
    // What `s15n job add` uses when no --timeout is given.
    static constexpr qint64 kDefaultTimeoutSeconds = 600;

    qint64 id = 0;
    QString repository; // s15n_repositories.name
    bool enabled = true;
    QDateTime startAt; // the first run; later runs at startAt + k * every
    QDateTime endAt;   // no run starts at or after it; invalid: no end
    int repeat = 0;    // runs in all; 0 = no limit
    qint64 everySeconds = 0;
    qint64 timeoutSeconds = 0;
    int runs = 0;           // runs done (each counts, whatever its result)
    QDateTime lastRunAt;    // when the last run started
    QString lastResult;     // "success", "error", "fatal" (SyncLog::resultName), or empty
    QDateTime nextRunAt;    // as last computed by Schedule::nextRun; invalid: none
    QDateTime runningSince; // a run is claimed (by any process) since then; invalid: none
    QDateTime createdAt;
};

} // namespace s15n
