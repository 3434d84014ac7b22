#pragma once

#include "log/synclog.h"
#include "schedule/job.h"
#include "storage/database.h"

#include <QList>

namespace s15n {

// The scheduled jobs of a node (s15n_jobs), and the claims that keep two runs of one job
// from overlapping, also across processes sharing the database.
class JobStore
{
public:
    explicit JobStore(Database &db) : m_db(db) {}

    Result<QList<Job>> list() const;   // by id
    Result<Job> find(qint64 id) const; // fails with a message when there is no such job

    // Checks the job (validate()), stores it with runs 0 and its next run; returns its id.
    Result<qint64> add(const Job &job, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // Changes the schedule of job.id: enabled, start, end, repeat, every, timeout (the
    // repository, runs and last run stay). Checked like add.
    Status edit(const Job &job, const QDateTime &now = QDateTime::currentDateTimeUtc());
    // A run in progress finishes; it is not started again.
    Status remove(qint64 id);

    // Every rule with its message: the repository exists (add only, `checkRepository`),
    // every and timeout more than 0 (at most Schedule::kMaxDurationSeconds), a start time,
    // the end after the start, repeat 0 (no limit) or more.
    Status validate(const Job &job, bool checkRepository = true) const;

    // Claims a run of `job` as it was read: succeeds (true) only if it was not claimed, or
    // its claim was stale (Schedule::isClaimStale), and nobody has claimed it since
    // (running_since still NULL, or still the stale claim that was read) and no run has
    // finished since (same runs count). One UPDATE, so two processes cannot both win.
    Result<bool> claim(const Job &job, const QDateTime &now);
    // Counts the run claimed at `claimedAt`: runs + 1, last run = claimedAt, its result and
    // the next run time; releases the claim. False (nothing changed) when the claim is no
    // longer this run's (taken over as stale, or the job was removed).
    Result<bool> finishRun(qint64 id, const QDateTime &claimedAt, LogResult result,
                           const QDateTime &now);
    // Releases the claim of a run that did not happen (stopped at shutdown): not counted.
    Status release(qint64 id, const QDateTime &claimedAt);

private:
    Status write(const QString &statement, const QVariantList &values) const;

    Database &m_db;
};

} // namespace s15n
