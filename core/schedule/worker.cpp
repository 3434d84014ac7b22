#include "worker.h"

#include "schedule/jobstore.h"
#include "schedule/schedule.h"
#include "storage/node.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSet>
#include <QThread>
#include <QTimer>

#include <algorithm>
#include <chrono>
#include <climits>
#include <condition_variable>
#include <map>
#include <memory>
#include <thread>

Q_LOGGING_CATEGORY(lcWorker, "s15n.worker")

namespace s15n {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::Worker", text);
}

QString shownDuration(qint64 ms)
{
    return tr("%1 s").arg(QString::number(double(ms) / 1000.0, 'f', 1));
}

// Calls the runner, turning an escaping exception into a failure.
Status callRunner(const RoundRunner &runner, const QString &repository,
                  const std::atomic_bool &cancelled)
{
    try {
        if (!runner)
            return Status::failure(tr("No sync round runner is set up."));
        return runner(repository, cancelled);
    } catch (const std::exception &e) {
        return Status::failure(
            tr("The sync round failed: %1").arg(QString::fromLocal8Bit(e.what())));
    } catch (...) {
        return Status::failure(tr("The sync round failed with an unknown exception."));
    }
}

struct Outcome
{
    LogResult result = LogResult::Success;
    QString message;
    bool counted = true; // false: the claim is released, the run happens again when due
};

// Why a run was cancelled before it ended, other than its timeout.
enum class Stop {
    None,
    Shutdown,  // the worker stops (SIGTERM)
    Cancelled, // the caller of runNow() cancelled it (the admin application's Cancel)
};

Outcome outcomeOf(const Job &job, const Status &status, bool timedOut, Stop stop, qint64 ms)
{
    if (timedOut)
        return {LogResult::Fatal,
                tr("Job %1 was aborted after %2 s (its timeout) and rolled back to its last "
                   "checkpoint.")
                    .arg(job.id)
                    .arg(job.timeoutSeconds),
                true};
    if (status.ok())
        return {LogResult::Success, tr("Job %1 finished in %2.").arg(job.id).arg(shownDuration(ms)),
                true};
    if (stop == Stop::Cancelled)
        return {LogResult::Warning,
                tr("Job %1 was cancelled after %2; it was rolled back to its last checkpoint "
                   "and runs again when due.")
                    .arg(job.id)
                    .arg(shownDuration(ms)),
                false};
    if (stop == Stop::Shutdown)
        return {LogResult::Warning,
                tr("Job %1 was stopped after %2 because s15n is stopping; it was rolled back to "
                   "its last checkpoint and runs again when due.")
                    .arg(job.id)
                    .arg(shownDuration(ms)),
                false};
    return {LogResult::Error,
            tr("Job %1 failed after %2: %3").arg(job.id).arg(shownDuration(ms), status.message()),
            true};
}

// Writes the run's log entry and counts it (or releases its claim). Returns what failed.
Status record(Database &db, const Job &job, const QDateTime &claimedAt, const Outcome &outcome,
              qint64 ms)
{
    LogEntry entry;
    entry.repository = job.repository;
    entry.action = QStringLiteral("job");
    entry.result = outcome.result;
    entry.message = outcome.message;
    entry.durationMs = ms;
    const Status logged = SyncLog(db).write(entry);
    JobStore store(db);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Status stored;
    if (outcome.counted) {
        Result<bool> finished = store.finishRun(job.id, claimedAt, outcome.result, now);
        if (!finished)
            stored = finished.status();
        else if (!finished.value())
            qCWarning(lcWorker) << "job" << job.id
                                << "was removed, or its claim taken over, while it ran";
    } else {
        stored = store.release(job.id, claimedAt);
    }
    return logged ? stored : logged;
}

} // namespace

// The worker's own thread: its connection, the check timer, and the runs in progress.
// Everything here runs on that thread except the runners, which get a thread each.
class WorkerScheduler : public QObject
{
public:
    WorkerScheduler(Worker *worker, DatabaseLocation location, QString password, RoundRunner runner)
        : m_worker(worker), m_location(std::move(location)), m_password(std::move(password)),
          m_runner(std::move(runner))
    {}

    Status open();
    void shutdown();

private:
    struct Run
    {
        Job job;
        QDateTime claimedAt;
        QElapsedTimer elapsed;
        std::atomic_bool cancelled{false};
        bool timedOut = false;
        bool stopped = false;
        Status status; // written by the run's thread before it reports back
        qint64 durationMs = 0;
        std::thread thread;
    };

    void check();
    void start(const Job &job, const QDateTime &claimedAt);
    void timeOut(const std::shared_ptr<Run> &run);
    void onRunReturned(qint64 jobId, const std::shared_ptr<Run> &run);
    void finish(const std::shared_ptr<Run> &run);
    void reportError(const QString &message);

    Worker *m_worker;
    DatabaseLocation m_location;
    QString m_password;
    RoundRunner m_runner;
    std::unique_ptr<Node> m_node;
    QTimer *m_timer = nullptr;
    std::map<qint64, std::shared_ptr<Run>> m_runs; // by job id
    QString m_lastError;
};

Status WorkerScheduler::open()
{
    Result<std::unique_ptr<Node>> node = Node::open(m_location, m_password);
    if (!node)
        return node.status();
    m_node = std::move(node.value());
    m_timer = new QTimer(this);
    m_timer->setInterval(Worker::kCheckIntervalMs);
    QObject::connect(m_timer, &QTimer::timeout, this, [this] { check(); });
    m_timer->start();
    QTimer::singleShot(0, this, [this] { check(); });
    qCInfo(lcWorker) << "worker started on" << m_location.toString();
    return Status();
}

void WorkerScheduler::reportError(const QString &message)
{
    qCWarning(lcWorker).noquote() << message;
    if (message == m_lastError)
        return;
    m_lastError = message;
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker, message] { emit w->errorOccurred(message); },
        Qt::QueuedConnection);
}

void WorkerScheduler::check()
{
    if (!m_node)
        return;
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const auto &[id, run] : m_runs) {
        if (!run->cancelled && run->elapsed.elapsed() >= run->job.timeoutSeconds * 1000)
            timeOut(run);
    }
    JobStore store(m_node->database());
    Result<QList<Job>> jobs = [&]() -> Result<QList<Job>> {
        if (Status s = m_node->database().ensureConnected(); !s)
            return s; // a PostgreSQL restart: connected again on a later check
        return store.list();
    }();
    if (!jobs) {
        reportError(tr("The worker cannot read the jobs: %1").arg(jobs.message()));
    } else {
        QSet<QString> busy; // repositories with a round in progress here
        for (const auto &[id, run] : m_runs)
            busy.insert(run->job.repository);
        bool failed = false;
        for (const Job &job : jobs.value()) {
            if (m_runs.count(job.id) || busy.contains(job.repository) || !Schedule::isDue(job, now))
                continue;
            if (job.runningSince.isValid() && !Schedule::isClaimStale(job, now))
                continue; // another process runs it
            Result<bool> claimed = store.claim(job, now);
            if (!claimed) {
                reportError(claimed.message());
                failed = true;
                continue;
            }
            if (!claimed.value())
                continue; // another process was quicker
            busy.insert(job.repository);
            start(job, now);
        }
        if (!failed)
            m_lastError.clear();
    }
    QMetaObject::invokeMethod(
        m_worker, [w = m_worker] { emit w->jobsChecked(); }, Qt::QueuedConnection);
}

void WorkerScheduler::start(const Job &job, const QDateTime &claimedAt)
{
    auto run = std::make_shared<Run>();
    run->job = job;
    run->claimedAt = claimedAt;
    run->elapsed.start();
    m_runs[job.id] = run;
    qCInfo(lcWorker) << "starting job" << job.id << "for" << job.repository;
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, id = job.id, repo = job.repository] { emit w->runStarted(id, repo); },
        Qt::QueuedConnection);
    if (job.timeoutSeconds * 1000 <= INT_MAX) { // else the once-a-second check sees it
        const std::weak_ptr<Run> weak = run;
        QTimer::singleShot(int(job.timeoutSeconds * 1000), Qt::PreciseTimer, this, [this, weak] {
            if (const std::shared_ptr<Run> r = weak.lock(); r && !r->cancelled)
                timeOut(r);
        });
    }
    run->thread = std::thread([this, run, runner = m_runner] {
        run->status = callRunner(runner, run->job.repository, run->cancelled);
        run->durationMs = run->elapsed.elapsed();
        // This object outlives the thread: shutdown() joins it first.
        QMetaObject::invokeMethod(
            this, [this, id = run->job.id, run] { onRunReturned(id, run); }, Qt::QueuedConnection);
    });
}

void WorkerScheduler::timeOut(const std::shared_ptr<Run> &run)
{
    const auto it = m_runs.find(run->job.id);
    if (it == m_runs.end() || it->second != run)
        return; // finished meanwhile
    qCWarning(lcWorker) << "job" << run->job.id << "reached its timeout of"
                        << run->job.timeoutSeconds << "s; cancelling";
    run->timedOut = true;
    run->cancelled = true;
}

void WorkerScheduler::onRunReturned(qint64 jobId, const std::shared_ptr<Run> &run)
{
    const auto it = m_runs.find(jobId);
    if (it == m_runs.end() || it->second != run)
        return; // recorded by shutdown()
    m_runs.erase(it);
    run->thread.join();
    finish(run);
    // The next run may be due at once (a run that took longer than `every`).
    if (m_timer)
        QTimer::singleShot(0, this, [this] { check(); });
}

void WorkerScheduler::finish(const std::shared_ptr<Run> &run)
{
    const Outcome outcome = outcomeOf(run->job, run->status, run->timedOut,
                                      run->stopped ? Stop::Shutdown : Stop::None, run->durationMs);
    if (Status s = record(m_node->database(), run->job, run->claimedAt, outcome, run->durationMs);
        !s)
        reportError(
            tr("The worker cannot record the run of job %1: %2").arg(run->job.id).arg(s.message()));
    QMetaObject::invokeMethod(
        m_worker,
        [w = m_worker, id = run->job.id, repo = run->job.repository, result = outcome.result,
         message = outcome.message] { emit w->runFinished(id, repo, result, message); },
        Qt::QueuedConnection);
}

void WorkerScheduler::shutdown()
{
    delete m_timer;
    m_timer = nullptr;
    for (const auto &[id, run] : m_runs) {
        run->stopped = true;
        run->cancelled = true;
    }
    for (const auto &[id, run] : m_runs) {
        run->thread.join();
        finish(run);
    }
    m_runs.clear();
    m_node.reset();
    qCInfo(lcWorker) << "worker stopped";
}

Worker::Worker(DatabaseLocation location, QString password, RoundRunner runner, QObject *parent)
    : QObject(parent), m_location(std::move(location)), m_password(std::move(password)),
      m_runner(std::move(runner))
{}

Worker::~Worker()
{
    stop();
}

Status Worker::start()
{
    if (m_thread)
        return Status();
    m_thread = new QThread;
    m_thread->setObjectName(QStringLiteral("s15n-worker"));
    m_scheduler = new WorkerScheduler(this, m_location, m_password, m_runner);
    m_scheduler->moveToThread(m_thread);
    m_thread->start();
    Status opened;
    QMetaObject::invokeMethod(
        m_scheduler, [this, &opened] { opened = m_scheduler->open(); },
        Qt::BlockingQueuedConnection);
    if (!opened) {
        m_thread->quit();
        m_thread->wait();
        delete m_scheduler;
        delete m_thread;
        m_scheduler = nullptr;
        m_thread = nullptr;
    }
    return opened;
}

void Worker::stop()
{
    {
        std::lock_guard<std::mutex> lock(m_foregroundMutex);
        if (m_foregroundCancelled)
            *m_foregroundCancelled = true;
    }
    if (!m_thread)
        return;
    QMetaObject::invokeMethod(
        m_scheduler, [this] { m_scheduler->shutdown(); }, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_scheduler; // its thread has finished; nothing of it runs any more
    delete m_thread;
    m_scheduler = nullptr;
    m_thread = nullptr;
}

Status Worker::runNow(qint64 jobId)
{
    Result<std::unique_ptr<Node>> node = Node::open(m_location, m_password);
    if (!node)
        return node.status();
    return runNow(jobId, *node.value());
}

Status Worker::runNow(qint64 jobId, Node &node, const std::atomic_bool *cancel)
{
    Database &db = node.database();
    JobStore store(db);
    Result<Job> found = store.find(jobId);
    if (!found)
        return found.status();
    const Job &job = found.value();
    const QDateTime claimedAt = QDateTime::currentDateTimeUtc();
    if (job.runningSince.isValid() && !Schedule::isClaimStale(job, claimedAt))
        return Status::failure(
            tr("Job %1 is running already (since %2); it never runs twice at once.")
                .arg(job.id)
                .arg(job.runningSince.toLocalTime().toString(Qt::ISODate)));
    if (cancel && cancel->load())
        return Status::failure(tr("Job %1 was cancelled before it started.").arg(job.id));
    Result<bool> claimed = store.claim(job, claimedAt);
    if (!claimed)
        return claimed.status();
    if (!claimed.value())
        return Status::failure(tr("Job %1 was just started by another process; it never runs "
                                  "twice at once.")
                                   .arg(job.id));
    emit runStarted(job.id, job.repository);
    QElapsedTimer elapsed;
    elapsed.start();

    // The runner runs here; a watchdog thread cancels it at the timeout, or when `cancel` is
    // set (looked at every 50 ms).
    std::atomic_bool cancelled{false};
    std::atomic_bool timedOut{false};
    std::atomic_bool cancelledByCaller{false};
    std::mutex mutex;
    std::condition_variable returned;
    bool done = false;
    {
        std::lock_guard<std::mutex> lock(m_foregroundMutex);
        m_foregroundCancelled = &cancelled;
    }
    std::thread watchdog([&] {
        using Clock = std::chrono::steady_clock;
        const Clock::time_point deadline = Clock::now() + std::chrono::seconds(job.timeoutSeconds);
        std::unique_lock<std::mutex> lock(mutex);
        while (!done) {
            if (cancel && cancel->load()) {
                qCInfo(lcWorker) << "job" << job.id << "cancelled by its caller";
                cancelledByCaller = true;
                cancelled = true;
                return;
            }
            const Clock::time_point now = Clock::now();
            if (now >= deadline) {
                qCWarning(lcWorker) << "job" << job.id << "reached its timeout of"
                                    << job.timeoutSeconds << "s; cancelling";
                timedOut = true;
                cancelled = true;
                return;
            }
            const Clock::duration left = deadline - now;
            returned.wait_for(
                lock,
                cancel ? std::min<Clock::duration>(left, std::chrono::milliseconds(50)) : left);
        }
    });
    const Status status = callRunner(m_runner, job.repository, cancelled);
    {
        std::lock_guard<std::mutex> lock(mutex);
        done = true;
    }
    returned.notify_all();
    watchdog.join();
    const Stop stop = !cancelled || timedOut ? Stop::None
                      : cancelledByCaller    ? Stop::Cancelled
                                             : Stop::Shutdown;
    {
        std::lock_guard<std::mutex> lock(m_foregroundMutex);
        m_foregroundCancelled = nullptr;
    }
    const qint64 ms = elapsed.elapsed();
    const Outcome outcome = outcomeOf(job, status, timedOut, stop, ms);
    const Status recorded = record(db, job, claimedAt, outcome, ms);
    emit runFinished(job.id, job.repository, outcome.result, outcome.message);
    if (outcome.result != LogResult::Success)
        return Status::failure(outcome.message);
    if (!recorded)
        return Status::failure(
            tr("Job %1 ran, but recording it failed: %2").arg(job.id).arg(recorded.message()));
    return Status();
}

} // namespace s15n
