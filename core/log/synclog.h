#pragma once

#include "storage/database.h"

#include <QDateTime>
#include <QList>

#include <optional>

namespace s15n {

enum class LogResult { Success, Warning, Error, Fatal };

// One step of a sync round, on either side (s15n_log).
struct LogEntry
{
    qint64 id = 0;
    QDateTime at;       // UTC; set by SyncLog::write when invalid
    QString repository; // this node's name for the remote (client side); empty on the server
    QString peer;       // the remote node's UUID, when known
    QString resource;   // table, or empty for steps about the whole round
    QString mode;       // "pull" or "push", or empty
    QString direction;  // "incoming" or "outgoing", or empty
    QString action;     // what was done: "round", "pull page", "push page", "register", ...
    LogResult result = LogResult::Success;
    bool remoteError = false; // the failure was reported by the remote side
    QString message;
    qint64 received = 0;
    qint64 applied = 0;
    qint64 conflicts = 0;
    qint64 skipped = 0;
    qint64 failed = 0;
    qint64 durationMs = 0;
};

struct LogFilter
{
    QString repository;              // empty: all
    std::optional<LogResult> result; // none: all
    // Entries whose message, action, resource, repository or peer contains this text,
    // ignoring case (empty: all). Case folding is the database's LOWER(): SQLite folds only
    // ASCII letters, PostgreSQL all letters of its locale.
    QString text;
    qint64 beforeId = 0; // entries with an id below this one (0: no bound); for paging
    int limit = 200;
};

// The sync log. Each write is its own statement, so call it outside the page transactions
// whose outcome it reports (a rolled-back page must still leave its log line).
class SyncLog
{
public:
    explicit SyncLog(Database &db) : m_db(db) {}

    // Also emits the entry on the logging category "s15n.log" (info for success, warning,
    // critical for error and fatal), even when the database refuses it.
    Status write(const LogEntry &entry);
    // Newest first (the most recently written first). A limit of 0 or less lists all.
    Result<QList<LogEntry>> list(const LogFilter &filter = {}) const;

    static QString resultName(LogResult result);
    // Case-insensitive; none for anything but success, warning, error, fatal.
    static std::optional<LogResult> parseResult(const QString &name);

    // The stored form of times in s15n_log and s15n_jobs: ISO-8601 UTC with milliseconds
    // ("2026-11-23T10:00:00.000Z"); empty for an invalid time, and back.
    static QString timeToText(const QDateTime &time);
    static QDateTime timeFromText(const QString &text);

private:
    Database &m_db;
};

} // namespace s15n
