#pragma once

#include "schedule/job.h"

#include <QDateTime>
#include <QString>

#include <optional>

namespace s15n {

// When a job runs: pure functions of its fields and the current time, no database.
//
// Runs are due at startAt, startAt + every, startAt + 2 every, ... A job that has run is next
// due at the first of those times after its last run started; times missed while nothing
// ran (the server was down, a run took longer than `every`) are not made up one by one: the
// job is due once, at once. A job is finished when it has run `repeat` times (0 = no limit),
// or when no run can start before its end time: a run never starts at or after endAt.
class Schedule
{
public:
    // A claim (running_since) older than the job's timeout plus this was left by a process
    // that died; another may take it over.
    static constexpr qint64 kStaleClaimMarginSeconds = 120;
    // The longest `every` or timeout: ten years.
    static constexpr qint64 kMaxDurationSeconds = 3650LL * 24 * 3600;

    // The time the job is due next (possibly in the past: overdue); none when it is disabled
    // or finished.
    static std::optional<QDateTime> nextRun(const Job &job, const QDateTime &now);
    // Enabled, not finished, and its next run is at or before `now`.
    static bool isDue(const Job &job, const QDateTime &now);
    // Run `repeat` times, or `now` or its next run at or after the end time.
    static bool isFinished(const Job &job, const QDateTime &now);

    // Whether a run that started at `runningSince` has reached the job's timeout at `now`.
    static bool isTimedOut(const Job &job, const QDateTime &runningSince, const QDateTime &now);
    // Whether the job's claim (runningSince) is older than its timeout plus the margin.
    static bool isClaimStale(const Job &job, const QDateTime &now);

    // "30s", "15m", "2h", "1d", combinations in that order ("1h30m"), or plain seconds ("90").
    // None for anything else (negative numbers, unknown units, absurdly large values).
    static std::optional<qint64> parseDuration(const QString &text);
    // The shortest form parseDuration reads back: 90 → "1m30s", 3600 → "1h", 0 → "0s".
    static QString formatDuration(qint64 seconds);
    // "now", or ISO-8601: "2026-11-23T10:00" (local time), "2026-11-23 10:00", "2026-11-23"
    // (local midnight), "2026-11-23T10:00Z" or with an offset ("+02:00"). Returned in UTC.
    static std::optional<QDateTime> parseTime(const QString &text, const QDateTime &now);

private:
    // The first scheduled time after the last run's start (startAt before the first run).
    static std::optional<QDateTime> slot(const Job &job);
};

} // namespace s15n
