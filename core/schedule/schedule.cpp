#include "schedule.h"

#include <QRegularExpression>

namespace s15n {

std::optional<QDateTime> Schedule::slot(const Job &job)
{
    if (!job.startAt.isValid())
        return std::nullopt;
    if (!job.lastRunAt.isValid() || job.lastRunAt < job.startAt)
        return job.startAt.toUTC();
    if (job.everySeconds <= 0)
        return std::nullopt; // only the one run at startAt
    const qint64 every = job.everySeconds * 1000;
    const qint64 since = job.startAt.msecsTo(job.lastRunAt);
    const qint64 periods = since / every + 1;
    return job.startAt.toUTC().addMSecs(periods * every);
}

bool Schedule::isFinished(const Job &job, const QDateTime &now)
{
    if (job.repeat > 0 && job.runs >= job.repeat)
        return true;
    const std::optional<QDateTime> next = slot(job);
    if (!next)
        return true;
    return job.endAt.isValid() && (now >= job.endAt || *next >= job.endAt);
}

std::optional<QDateTime> Schedule::nextRun(const Job &job, const QDateTime &now)
{
    if (!job.enabled || isFinished(job, now))
        return std::nullopt;
    return slot(job);
}

bool Schedule::isDue(const Job &job, const QDateTime &now)
{
    const std::optional<QDateTime> next = nextRun(job, now);
    return next && *next <= now;
}

bool Schedule::isTimedOut(const Job &job, const QDateTime &runningSince, const QDateTime &now)
{
    return runningSince.isValid() && runningSince.msecsTo(now) >= job.timeoutSeconds * 1000;
}

bool Schedule::isClaimStale(const Job &job, const QDateTime &now)
{
    return job.runningSince.isValid() &&
           job.runningSince.msecsTo(now) > (job.timeoutSeconds + kStaleClaimMarginSeconds) * 1000;
}

std::optional<qint64> Schedule::parseDuration(const QString &text)
{
    static const QRegularExpression plain(QStringLiteral("^\\d{1,12}$"));
    static const QRegularExpression units(
        QStringLiteral("^(?:(\\d{1,12})d)?(?:(\\d{1,12})h)?(?:(\\d{1,12})m)?(?:(\\d{1,12})s)?$"),
        QRegularExpression::CaseInsensitiveOption);
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    qint64 seconds = 0;
    if (plain.match(trimmed).hasMatch()) {
        seconds = trimmed.toLongLong();
    } else {
        const QRegularExpressionMatch m = units.match(trimmed);
        if (!m.hasMatch())
            return std::nullopt;
        const qint64 factors[] = {24 * 3600, 3600, 60, 1};
        for (int i = 0; i < 4; ++i)
            seconds += m.captured(i + 1).toLongLong() * factors[i]; // empty → 0
    }
    // Far beyond any sensible interval, and the arithmetic stays far from overflowing.
    if (seconds > 1000 * kMaxDurationSeconds)
        return std::nullopt;
    return seconds;
}

QString Schedule::formatDuration(qint64 seconds)
{
    if (seconds <= 0)
        return QStringLiteral("%1s").arg(seconds);
    QString text;
    const std::pair<qint64, char> units[] = {{24 * 3600, 'd'}, {3600, 'h'}, {60, 'm'}, {1, 's'}};
    for (const auto &[size, unit] : units) {
        if (seconds >= size) {
            text += QString::number(seconds / size) + QLatin1Char(unit);
            seconds %= size;
        }
    }
    return text;
}

std::optional<QDateTime> Schedule::parseTime(const QString &text, const QDateTime &now)
{
    QString t = text.trimmed();
    if (t.compare(QLatin1String("now"), Qt::CaseInsensitive) == 0)
        return now.toUTC();
    static const QRegularExpression shape(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}(?:[T ]\\d{2}:\\d{2}(?::\\d{2}(?:[.,]\\d{1,3})?)?"
                       "(?:Z|[+-]\\d{2}(?::?\\d{2})?)?)?$"),
        QRegularExpression::CaseInsensitiveOption);
    if (!shape.match(t).hasMatch())
        return std::nullopt;
    t.replace(QLatin1Char(' '), QLatin1Char('T'));
    t.replace(QLatin1Char('t'), QLatin1Char('T'));
    t.replace(QLatin1Char('z'), QLatin1Char('Z'));
    QDateTime time = QDateTime::fromString(t, Qt::ISODateWithMs);
    if (!time.isValid() && t.size() == 10) // a date alone: local midnight
        time = QDateTime(QDate::fromString(t, Qt::ISODate), QTime(0, 0));
    if (!time.isValid())
        return std::nullopt;
    return time.toUTC();
}

} // namespace s15n
