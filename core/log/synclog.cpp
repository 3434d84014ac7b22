#include "synclog.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcSyncLog, "s15n.log")

namespace s15n {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::SyncLog", text);
}

const char kColumns[] = "id, logged_at, repository, peer, resource, mode, direction, action, "
                        "result, remote_error, message, received, applied, conflicts, skipped, "
                        "failed, duration_ms";

// One line for the logging category: what a person reading a journal needs.
QString describe(const LogEntry &e)
{
    QStringList where;
    if (!e.repository.isEmpty())
        where << e.repository;
    else if (!e.peer.isEmpty())
        where << QStringLiteral("peer ") + e.peer;
    if (!e.resource.isEmpty())
        where << e.resource;
    if (!e.mode.isEmpty() || !e.direction.isEmpty())
        where << QStringList{e.mode, e.direction}.join(QLatin1Char('/'));
    QString line = QStringLiteral("[%1] %2 %3")
                       .arg(where.join(QLatin1Char(' ')), e.action, SyncLog::resultName(e.result));
    if (e.remoteError)
        line += QStringLiteral(" (remote)");
    if (e.received || e.applied || e.conflicts || e.skipped || e.failed)
        line += QStringLiteral(" received=%1 applied=%2 conflicts=%3 skipped=%4 failed=%5")
                    .arg(e.received)
                    .arg(e.applied)
                    .arg(e.conflicts)
                    .arg(e.skipped)
                    .arg(e.failed);
    line += QStringLiteral(" %1 ms").arg(e.durationMs);
    if (!e.message.isEmpty())
        line += QStringLiteral(": ") + e.message;
    return line;
}

// An empty string, not NULL, for a null QString: the text columns are NOT NULL.
QString text(const QString &value)
{
    return value.isNull() ? QStringLiteral("") : value;
}

// `value` as a literal LIKE pattern, escaped with a backslash.
QString likeEscaped(const QString &value)
{
    QString escaped;
    escaped.reserve(value.size());
    for (const QChar c : value) {
        if (c == QLatin1Char('\\') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            escaped += QLatin1Char('\\');
        escaped += c;
    }
    return escaped;
}

} // namespace

QString SyncLog::timeToText(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    return time.toUTC().toString(Qt::ISODateWithMs);
}

QDateTime SyncLog::timeFromText(const QString &text)
{
    if (text.isEmpty())
        return QDateTime();
    QDateTime time = QDateTime::fromString(text, Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : time;
}

QString SyncLog::resultName(LogResult result)
{
    switch (result) {
    case LogResult::Success:
        return QStringLiteral("success");
    case LogResult::Warning:
        return QStringLiteral("warning");
    case LogResult::Error:
        return QStringLiteral("error");
    case LogResult::Fatal:
        return QStringLiteral("fatal");
    }
    return QString();
}

std::optional<LogResult> SyncLog::parseResult(const QString &name)
{
    for (LogResult r : {LogResult::Success, LogResult::Warning, LogResult::Error, LogResult::Fatal})
        if (name.compare(resultName(r), Qt::CaseInsensitive) == 0)
            return r;
    return std::nullopt;
}

Status SyncLog::write(const LogEntry &entry)
{
    LogEntry e = entry;
    if (!e.at.isValid())
        e.at = QDateTime::currentDateTimeUtc();
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("INSERT INTO s15n_log (logged_at, repository, peer, resource, mode, "
                       "direction, action, result, remote_error, message, received, applied, "
                       "conflicts, skipped, failed, duration_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?, "
                       "?, ?, ?, ?, ?, ?, ?, ?)"),
        {timeToText(e.at), text(e.repository), text(e.peer), text(e.resource), text(e.mode),
         text(e.direction), text(e.action), resultName(e.result), e.remoteError ? 1 : 0,
         text(e.message), e.received, e.applied, e.conflicts, e.skipped, e.failed, e.durationMs});
    // The line reaches the journal even when the database refuses it.
    const QString line = describe(e);
    switch (e.result) {
    case LogResult::Success:
        qCInfo(lcSyncLog).noquote() << line;
        break;
    case LogResult::Warning:
        qCWarning(lcSyncLog).noquote() << line;
        break;
    case LogResult::Error:
    case LogResult::Fatal:
        qCCritical(lcSyncLog).noquote() << line;
        break;
    }
    if (!q)
        return Status::failure(tr("Cannot write to the sync log: %1").arg(q.message()));
    return Status();
}

Result<QList<LogEntry>> SyncLog::list(const LogFilter &filter) const
{
    QString statement = QStringLiteral("SELECT ") + QString::fromLatin1(kColumns) +
                        QStringLiteral(" FROM s15n_log");
    QStringList conditions;
    QVariantList values;
    if (!filter.repository.isEmpty()) {
        conditions << QStringLiteral("repository = ?");
        values << filter.repository;
    }
    if (filter.result) {
        conditions << QStringLiteral("result = ?");
        values << resultName(*filter.result);
    }
    if (!filter.text.isEmpty()) {
        const QString pattern =
            QLatin1Char('%') + likeEscaped(filter.text.toLower()) + QLatin1Char('%');
        QStringList matches;
        for (const char *column : {"message", "action", "resource", "repository", "peer"}) {
            matches << QStringLiteral("LOWER(%1) LIKE ? ESCAPE '\\'").arg(QLatin1String(column));
            values << pattern;
        }
        conditions << QLatin1Char('(') + matches.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    if (filter.beforeId > 0) {
        conditions << QStringLiteral("id < ?");
        values << filter.beforeId;
    }
    if (!conditions.isEmpty())
        statement += QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
    // The order written: ids only grow. (Ordering by the time column would sort the whole
    // table; the id is the key, and the repository index ends with it.)
    statement += QStringLiteral(" ORDER BY id DESC");
    if (filter.limit > 0) {
        statement += QStringLiteral(" LIMIT ?");
        values << filter.limit;
    }
    Result<QSqlQuery> q = m_db.exec(statement, values);
    if (!q)
        return Status::failure(tr("Cannot read the sync log: %1").arg(q.message()));
    QList<LogEntry> entries;
    QSqlQuery &query = q.value();
    while (query.next()) {
        LogEntry e;
        e.id = query.value(0).toLongLong();
        e.at = timeFromText(query.value(1).toString());
        e.repository = query.value(2).toString();
        e.peer = query.value(3).toString();
        e.resource = query.value(4).toString();
        e.mode = query.value(5).toString();
        e.direction = query.value(6).toString();
        e.action = query.value(7).toString();
        const QString result = query.value(8).toString();
        const auto parsed = parseResult(result);
        if (!parsed)
            return Status::failure(
                tr("Log entry %1 has an unknown result '%2'.").arg(e.id).arg(result));
        e.result = *parsed;
        e.remoteError = query.value(9).toInt() != 0;
        e.message = query.value(10).toString();
        e.received = query.value(11).toLongLong();
        e.applied = query.value(12).toLongLong();
        e.conflicts = query.value(13).toLongLong();
        e.skipped = query.value(14).toLongLong();
        e.failed = query.value(15).toLongLong();
        e.durationMs = query.value(16).toLongLong();
        entries.append(e);
    }
    return entries;
}

} // namespace s15n
