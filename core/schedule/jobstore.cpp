#include "jobstore.h"

#include "schedule/schedule.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcJobs, "s15n.jobs")

namespace s15n {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::JobStore", text);
}

const char kSelect[] = "SELECT id, repository, enabled, start_at, end_at, repeat_count, "
                       "every_seconds, timeout_seconds, runs, last_run_at, last_result, "
                       "next_run_at, running_since, created_at FROM s15n_jobs";

Job fromQuery(const QSqlQuery &q)
{
    Job job;
    job.id = q.value(0).toLongLong();
    job.repository = q.value(1).toString();
    job.enabled = q.value(2).toInt() != 0;
    job.startAt = SyncLog::timeFromText(q.value(3).toString());
    job.endAt = SyncLog::timeFromText(q.value(4).toString());
    job.repeat = q.value(5).toInt();
    job.everySeconds = q.value(6).toLongLong();
    job.timeoutSeconds = q.value(7).toLongLong();
    job.runs = q.value(8).toInt();
    job.lastRunAt = SyncLog::timeFromText(q.value(9).toString());
    job.lastResult = q.value(10).toString();
    job.nextRunAt = SyncLog::timeFromText(q.value(11).toString());
    job.runningSince = SyncLog::timeFromText(q.value(12).toString());
    job.createdAt = SyncLog::timeFromText(q.value(13).toString());
    return job;
}

// NULL for an invalid time.
QVariant timeValue(const QDateTime &time)
{
    return time.isValid() ? QVariant(SyncLog::timeToText(time))
                          : QVariant(QMetaType::fromType<QString>());
}

QString shown(const QDateTime &time)
{
    return time.toLocalTime().toString(Qt::ISODate);
}

QString noSuchJob(qint64 id)
{
    return tr("There is no job %1. See 's15n job list'.").arg(id);
}

} // namespace

Status JobStore::write(const QString &statement, const QVariantList &values) const
{
    Result<QSqlQuery> q = m_db.exec(statement, values);
    return q ? Status() : q.status();
}

Result<QList<Job>> JobStore::list() const
{
    Result<QSqlQuery> q = m_db.exec(QString::fromLatin1(kSelect) + QStringLiteral(" ORDER BY id"));
    if (!q)
        return q.status();
    QList<Job> jobs;
    while (q.value().next())
        jobs.append(fromQuery(q.value()));
    return jobs;
}

Result<Job> JobStore::find(qint64 id) const
{
    Result<QSqlQuery> q =
        m_db.exec(QString::fromLatin1(kSelect) + QStringLiteral(" WHERE id = ?"), {id});
    if (!q)
        return q.status();
    if (!q.value().next())
        return Status::failure(noSuchJob(id));
    return fromQuery(q.value());
}

Status JobStore::validate(const Job &job, bool checkRepository) const
{
    if (checkRepository) {
        if (job.repository.trimmed().isEmpty())
            return Status::failure(tr("A job needs the name of a repository."));
        Result<QVariant> found =
            m_db.scalar(QStringLiteral("SELECT count(*) FROM s15n_repositories WHERE name = ?"),
                        {job.repository});
        if (!found)
            return found.status();
        if (found.value().toLongLong() == 0)
            return Status::failure(tr("There is no repository '%1'. Add it with 's15n repo add', "
                                      "or see 's15n repo list'.")
                                       .arg(job.repository));
    }
    const qint64 maxDays = Schedule::kMaxDurationSeconds / (24 * 3600);
    if (job.everySeconds <= 0)
        return Status::failure(
            tr("The time between runs (every) must be at least 1 second; %1 is not.")
                .arg(Schedule::formatDuration(job.everySeconds)));
    if (job.everySeconds > Schedule::kMaxDurationSeconds)
        return Status::failure(
            tr("The time between runs (every) must be at most %1 days.").arg(maxDays));
    if (job.timeoutSeconds <= 0)
        return Status::failure(tr("The timeout must be at least 1 second; %1 is not.")
                                   .arg(Schedule::formatDuration(job.timeoutSeconds)));
    if (job.timeoutSeconds > Schedule::kMaxDurationSeconds)
        return Status::failure(tr("The timeout must be at most %1 days.").arg(maxDays));
    if (!job.startAt.isValid())
        return Status::failure(tr("A job needs a start time."));
    if (job.endAt.isValid() && job.endAt <= job.startAt)
        return Status::failure(tr("The end time (%1) must be after the start time (%2).")
                                   .arg(shown(job.endAt), shown(job.startAt)));
    if (job.repeat < 0)
        return Status::failure(
            tr("The number of runs (repeat) must be 0 (no limit) or more; %1 is not.")
                .arg(job.repeat));
    return Status();
}

Result<qint64> JobStore::add(const Job &job, const QDateTime &now)
{
    if (Status s = validate(job); !s)
        return s;
    Job stored = job;
    stored.runs = 0;
    stored.lastRunAt = QDateTime();
    stored.lastResult.clear();
    stored.runningSince = QDateTime();
    const std::optional<QDateTime> next = Schedule::nextRun(stored, now);
    Result<QVariant> id = m_db.scalar(
        QStringLiteral("INSERT INTO s15n_jobs (repository, enabled, start_at, end_at, "
                       "repeat_count, every_seconds, timeout_seconds, runs, next_run_at, "
                       "created_at) VALUES (?, ?, ?, ?, ?, ?, ?, 0, ?, ?) RETURNING id"),
        {stored.repository, stored.enabled ? 1 : 0, timeValue(stored.startAt),
         timeValue(stored.endAt), stored.repeat, stored.everySeconds, stored.timeoutSeconds,
         timeValue(next.value_or(QDateTime())), timeValue(now)});
    if (!id)
        return Status::failure(tr("Cannot add the job: %1").arg(id.message()));
    qCInfo(lcJobs) << "added job" << id.value().toLongLong() << "for" << stored.repository;
    return id.value().toLongLong();
}

Status JobStore::edit(const Job &job, const QDateTime &now)
{
    if (Status s = validate(job, false); !s)
        return s;
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    Result<Job> current = find(job.id);
    if (!current)
        return current.status();
    Job changed = current.value();
    changed.enabled = job.enabled;
    changed.startAt = job.startAt;
    changed.endAt = job.endAt;
    changed.repeat = job.repeat;
    changed.everySeconds = job.everySeconds;
    changed.timeoutSeconds = job.timeoutSeconds;
    const std::optional<QDateTime> next = Schedule::nextRun(changed, now);
    if (Status s =
            write(QStringLiteral("UPDATE s15n_jobs SET enabled = ?, start_at = ?, end_at = "
                                 "?, repeat_count = ?, every_seconds = ?, timeout_seconds "
                                 "= ?, next_run_at = ? WHERE id = ?"),
                  {changed.enabled ? 1 : 0, timeValue(changed.startAt), timeValue(changed.endAt),
                   changed.repeat, changed.everySeconds, changed.timeoutSeconds,
                   timeValue(next.value_or(QDateTime())), changed.id});
        !s)
        return Status::failure(tr("Cannot change job %1: %2").arg(job.id).arg(s.message()));
    return transaction.commit();
}

Status JobStore::remove(qint64 id)
{
    Result<QSqlQuery> q = m_db.exec(QStringLiteral("DELETE FROM s15n_jobs WHERE id = ?"), {id});
    if (!q)
        return Status::failure(tr("Cannot remove job %1: %2").arg(id).arg(q.message()));
    if (q.value().numRowsAffected() == 0)
        return Status::failure(noSuchJob(id));
    qCInfo(lcJobs) << "removed job" << id;
    return Status();
}

Result<bool> JobStore::claim(const Job &job, const QDateTime &now)
{
    if (job.runningSince.isValid() && !Schedule::isClaimStale(job, now))
        return false; // someone runs it
    Result<QSqlQuery> q =
        job.runningSince.isValid()
            ? m_db.exec(QStringLiteral("UPDATE s15n_jobs SET running_since = ? WHERE id = ? AND "
                                       "running_since = ? AND runs = ?"),
                        {timeValue(now), job.id, timeValue(job.runningSince), job.runs})
            : m_db.exec(QStringLiteral("UPDATE s15n_jobs SET running_since = ? WHERE id = ? AND "
                                       "running_since IS NULL AND runs = ?"),
                        {timeValue(now), job.id, job.runs});
    if (!q)
        return Status::failure(tr("Cannot claim a run of job %1: %2").arg(job.id).arg(q.message()));
    const bool won = q.value().numRowsAffected() == 1;
    if (won && job.runningSince.isValid())
        qCWarning(lcJobs) << "took over the stale claim of job" << job.id << "from"
                          << SyncLog::timeToText(job.runningSince);
    return won;
}

Result<bool> JobStore::finishRun(qint64 id, const QDateTime &claimedAt, LogResult result,
                                 const QDateTime &now)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    Result<QSqlQuery> q = m_db.exec(QString::fromLatin1(kSelect) +
                                        QStringLiteral(" WHERE id = ? AND running_since = ?"),
                                    {id, timeValue(claimedAt)});
    if (!q)
        return q.status();
    if (!q.value().next())
        return false;
    Job job = fromQuery(q.value());
    job.runs += 1;
    job.lastRunAt = claimedAt;
    job.lastResult = SyncLog::resultName(result);
    job.runningSince = QDateTime();
    const std::optional<QDateTime> next = Schedule::nextRun(job, now);
    if (Status s = write(QStringLiteral("UPDATE s15n_jobs SET running_since = NULL, runs = ?, "
                                        "last_run_at = ?, last_result = ?, next_run_at = ? WHERE "
                                        "id = ? AND running_since = ?"),
                         {job.runs, timeValue(job.lastRunAt), job.lastResult,
                          timeValue(next.value_or(QDateTime())), id, timeValue(claimedAt)});
        !s)
        return Status::failure(tr("Cannot record the run of job %1: %2").arg(id).arg(s.message()));
    if (Status s = transaction.commit(); !s)
        return s;
    return true;
}

Status JobStore::release(qint64 id, const QDateTime &claimedAt)
{
    if (Status s = write(QStringLiteral("UPDATE s15n_jobs SET running_since = NULL WHERE id = ? "
                                        "AND running_since = ?"),
                         {id, timeValue(claimedAt)});
        !s)
        return Status::failure(
            tr("Cannot release the claim on job %1: %2").arg(id).arg(s.message()));
    return Status();
}

} // namespace s15n
