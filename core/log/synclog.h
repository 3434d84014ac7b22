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
    QDateTime at; // UTC; set by SyncLog::write when invalid
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
    int limit = 200;
};

// The sync log. Each write is its own statement, so call it outside the page transactions
// whose outcome it reports (a rolled-back page must still leave its log line).
class SyncLog
{
public:
    explicit SyncLog(Database &db) : m_db(db) {}

    Status write(const LogEntry &entry);
    // Newest first.
    Result<QList<LogEntry>> list(const LogFilter &filter = {}) const;

    static QString resultName(LogResult result);
    static std::optional<LogResult> parseResult(const QString &name);

private:
    Database &m_db;
};

} // namespace s15n
