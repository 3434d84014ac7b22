#pragma once

#include "log/synclog.h"
#include "schedule/jobrunner.h"
#include "storage/databaselocation.h"

#include <QObject>

#include <atomic>
#include <mutex>

class QThread;

namespace s15n {

class Node;
class WorkerScheduler;

// Runs the scheduled jobs of a node (`s15n serve`). Once started, it checks for due jobs at
// once and then every second, on its own thread with its own database connection, and runs
// each due job's round on a thread of its own through the RoundRunner.
//
// Rules: two runs of one job never overlap, also across processes sharing the database (a
// run is claimed in s15n_jobs first; a claim older than the job's timeout plus
// Schedule::kStaleClaimMarginSeconds was left by a dead process and is taken over). Two jobs
// of one repository do not run at once in one process either. A run that reaches its
// timeout is cancelled; once the runner has returned it is logged as fatal ("aborted ...
// rolled back to its last checkpoint") and counted, and the next due run goes ahead. Each
// run writes one log entry (action "job": success, error or fatal, with its duration).
//
// The signals are emitted on the thread the Worker belongs to (it needs an event loop).
class Worker : public QObject
{
    Q_OBJECT

public:
    static constexpr int kCheckIntervalMs = 1000;

    // Nothing happens before start(); `password` is the database password (PostgreSQL), as
    // CommandLine::openNode finds it.
    Worker(DatabaseLocation location, QString password, RoundRunner runner,
           QObject *parent = nullptr);
    ~Worker() override; // stop()

    // Starts the worker thread and opens its database connection there; fails (and stays
    // stopped) when the node cannot be opened. Starting a started worker does nothing.
    Status start();
    // Cancels the runs in progress, waits for their runners to return, logs each as stopped
    // (a warning; the run is not counted and its claim released, so it runs again when due),
    // and closes the connection. For SIGTERM; also cancels a runNow() on another thread.
    void stop();
    bool isStarted() const { return m_thread != nullptr; }

    // `s15n job run`: runs the job now, in the calling thread, on a connection of its own,
    // whether or not it is due or enabled; same claim, timeout and log rules, counted like
    // any run. The failure says why (already running, timed out, the round's own error).
    Status runNow(qint64 jobId);
    // The same on `node`, a connection the caller opened on this thread (the runner may use it
    // too). Setting `cancel` stops the run as stop() would, but it is logged as cancelled.
    Status runNow(qint64 jobId, Node &node, const std::atomic_bool *cancel = nullptr);

signals:
    void runStarted(qint64 jobId, const QString &repository);
    void runFinished(qint64 jobId, const QString &repository, s15n::LogResult result,
                     const QString &message);
    // After each check for due jobs (once a second while started).
    void jobsChecked();
    // A failure in the background: the jobs cannot be read, a claim or log entry cannot be
    // written. Emitted when the message changes, not every second.
    void errorOccurred(const QString &message);

private:
    DatabaseLocation m_location;
    QString m_password;
    RoundRunner m_runner;
    QThread *m_thread = nullptr;
    WorkerScheduler *m_scheduler = nullptr;

    std::mutex m_foregroundMutex;
    std::atomic_bool *m_foregroundCancelled = nullptr; // runNow's, while it runs
};

} // namespace s15n
