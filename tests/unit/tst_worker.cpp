// The scheduled-jobs worker (Worker) with fake round runners on a real SQLite node: a job
// with a repeat count runs exactly that often and never at or after its end time; a run past
// its timeout is cancelled, logged fatal and the next due run still happens; two runs of one
// job never overlap, also between two workers ("processes") sharing the database; a claim
// held by another process blocks the job until it goes stale; stop() waits for the runners;
// runNow() follows the same rules in the foreground.

#include "log/synclog.h"
#include "nodefixture.h"
#include "schedule/jobstore.h"
#include "schedule/schedule.h"
#include "schedule/worker.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>
#include <chrono>
#include <mutex>
#include <thread>

using namespace s15n;
using namespace s15n::test;

namespace {

// What the fake runners saw; shared with their threads.
struct Probe
{
    std::atomic_int calls{0};
    std::atomic_int active{0};
    std::atomic_int maxActive{0};
    std::atomic_int cancelledSeen{0};
    std::mutex mutex;
    QList<QDateTime> starts;
    QStringList repositories;

    void enter(const QString &repository)
    {
        ++calls;
        const int now = ++active;
        int seen = maxActive;
        while (now > seen && !maxActive.compare_exchange_weak(seen, now)) {
        }
        std::lock_guard<std::mutex> lock(mutex);
        starts << QDateTime::currentDateTimeUtc();
        repositories << repository;
    }
    void leave() { --active; }
    QList<QDateTime> startTimes()
    {
        std::lock_guard<std::mutex> lock(mutex);
        return starts;
    }
};

// Works for `ms` (less if cancelled) without looking at the clock otherwise: the fake
// round's own work, not the test's synchronisation.
bool work(const std::atomic_bool &cancelled, int ms)
{
    const auto until = std::chrono::steady_clock::now() + std::chrono::milliseconds(ms);
    while (std::chrono::steady_clock::now() < until) {
        if (cancelled)
            return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
    return true;
}

// Returns at once.
RoundRunner quick(Probe &probe)
{
    return [&probe](const QString &repository, const std::atomic_bool &) {
        probe.enter(repository);
        probe.leave();
        return Status();
    };
}

// Takes `ms`.
RoundRunner slow(Probe &probe, int ms)
{
    return [&probe, ms](const QString &repository, const std::atomic_bool &cancelled) {
        probe.enter(repository);
        const bool done = work(cancelled, ms);
        if (!done)
            ++probe.cancelledSeen;
        probe.leave();
        return done ? Status() : Status::failure(QStringLiteral("cancelled"));
    };
}

// The first `stubbornRuns` calls ignore the time until cancelled (bounded at 20 s so a broken
// worker fails the test instead of hanging it); later calls return at once.
RoundRunner stubborn(Probe &probe, int stubbornRuns = 1000)
{
    return [&probe, stubbornRuns](const QString &repository, const std::atomic_bool &cancelled) {
        probe.enter(repository);
        const bool ignoreTime = probe.calls <= stubbornRuns;
        const bool done = !ignoreTime || work(cancelled, 20000);
        if (!done)
            ++probe.cancelledSeen;
        probe.leave();
        return done ? Status() : Status::failure(QStringLiteral("cancelled"));
    };
}

} // namespace

class TestWorker : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void claimIsExclusive();
    void repeatRunsExactly();
    void neverAtOrAfterEnd();
    void timeoutAbortsAndNextRunGoesAhead();
    void noOverlapAcrossTwoWorkers();
    void claimHeldElsewhereBlocks();
    void stopCancelsAndWaits();
    void runNow();
    void startFailsWithoutNode();

private:
    qint64 addJob(qint64 every, int repeat, qint64 timeout, const QDateTime &start = {},
                  const QDateTime &end = {});
    Job job(qint64 id);
    QList<LogEntry> jobLog();
    void setRunningSince(qint64 id, const QDateTime &since);
    // Waits for `count` more checks by `worker`.
    bool waitForChecks(Worker &worker, int count);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Node> m_node;
    DatabaseLocation m_location;
};

void TestWorker::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    Result<DatabaseLocation> location = freshLocation(Backend::Sqlite, m_dir->path());
    S15N_CHECK(location);
    m_location = location.value();
    Result<std::unique_ptr<Node>> node = Node::create(m_location, QStringLiteral("worker"), 0);
    S15N_CHECK(node);
    m_node = std::move(node.value());
    S15N_CHECK(
        run(m_node->database(),
            QStringLiteral("INSERT INTO s15n_repositories (name, url, username, "
                           "created_at) VALUES (?, ?, ?, ?)"),
            {QStringLiteral("parent"), QStringLiteral("http://127.0.0.1:1"),
             QStringLiteral("child"), SyncLog::timeToText(QDateTime::currentDateTimeUtc())}));
}

void TestWorker::cleanup()
{
    m_node.reset();
    m_dir.reset();
}

qint64 TestWorker::addJob(qint64 every, int repeat, qint64 timeout, const QDateTime &start,
                          const QDateTime &end)
{
    Job j;
    j.repository = QStringLiteral("parent");
    j.everySeconds = every;
    j.repeat = repeat;
    j.timeoutSeconds = timeout;
    j.startAt = start.isValid() ? start : QDateTime::currentDateTimeUtc();
    j.endAt = end;
    Result<qint64> id = JobStore(m_node->database()).add(j);
    return S15N_OK(id) ? id.value() : 0;
}

Job TestWorker::job(qint64 id)
{
    Result<Job> found = JobStore(m_node->database()).find(id);
    return S15N_OK(found) ? found.value() : Job();
}

QList<LogEntry> TestWorker::jobLog()
{
    LogFilter filter;
    filter.repository = QStringLiteral("parent");
    filter.limit = 0;
    Result<QList<LogEntry>> entries = SyncLog(m_node->database()).list(filter);
    if (!S15N_OK(entries))
        return {};
    QList<LogEntry> jobs;
    for (const LogEntry &e : entries.value())
        if (e.action == QLatin1String("job"))
            jobs << e;
    return jobs;
}

void TestWorker::setRunningSince(qint64 id, const QDateTime &since)
{
    S15N_OK(run(m_node->database(),
                QStringLiteral("UPDATE s15n_jobs SET running_since = ? WHERE id = ?"),
                {since.isValid() ? QVariant(SyncLog::timeToText(since))
                                 : QVariant(QMetaType::fromType<QString>()),
                 id}));
}

bool TestWorker::waitForChecks(Worker &worker, int count)
{
    QSignalSpy checks(&worker, &Worker::jobsChecked);
    for (int waited = 0; checks.count() < count && waited < 10; ++waited)
        checks.wait(1000);
    return checks.count() >= count;
}

// The claim is one UPDATE: of two connections that read the same job, one wins; a job that
// ran since it was read cannot be claimed with the old reading.
void TestWorker::claimIsExclusive()
{
    const qint64 id = addJob(60, 0, 30);
    QVERIFY(id > 0);
    Database other;
    S15N_CHECK(other.open(m_location, false));
    const Job read = job(id);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    Result<bool> first = JobStore(m_node->database()).claim(read, now);
    Result<bool> second = JobStore(other).claim(read, now.addMSecs(1));
    S15N_CHECK(first);
    S15N_CHECK(second);
    QVERIFY(first.value());
    QVERIFY(!second.value());
    QCOMPARE(job(id).runningSince, now);
    // Read while claimed: the claim is fresh, so it is not taken over.
    Result<bool> fresh = JobStore(other).claim(job(id), now.addSecs(30));
    S15N_CHECK(fresh);
    QVERIFY(!fresh.value());
    QCOMPARE(job(id).runningSince, now);

    // The run is counted; a claim made with the reading from before it fails.
    Result<bool> finished = JobStore(other).finishRun(id, now, LogResult::Success, now.addSecs(1));
    S15N_CHECK(finished);
    QVERIFY(finished.value());
    const Job after = job(id);
    QCOMPARE(after.runs, 1);
    QVERIFY(!after.runningSince.isValid());
    QCOMPARE(after.lastRunAt, now);
    QCOMPARE(after.lastResult, QStringLiteral("success"));
    QCOMPARE(after.nextRunAt, read.startAt.addSecs(60));
    Result<bool> stale = JobStore(other).claim(read, now.addSecs(2));
    S15N_CHECK(stale);
    QVERIFY(!stale.value());
    // Finishing a run whose claim is gone changes nothing.
    Result<bool> again = JobStore(other).finishRun(id, now, LogResult::Error, now.addSecs(3));
    S15N_CHECK(again);
    QVERIFY(!again.value());
    QCOMPARE(job(id).runs, 1);
}

void TestWorker::repeatRunsExactly()
{
    const qint64 id = addJob(1, 3, 10);
    QVERIFY(id > 0);
    const QDateTime start = job(id).startAt;
    Probe probe;
    Worker worker(m_location, QString(), quick(probe));
    QSignalSpy started(&worker, &Worker::runStarted);
    QSignalSpy finished(&worker, &Worker::runFinished);
    S15N_CHECK(worker.start());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 3, 10000);
    // Two more checks, the second at or after the slot a fourth run would have.
    QVERIFY(waitForChecks(worker, 2));
    QCOMPARE(probe.calls.load(), 3);
    QCOMPARE(started.count(), 3);
    QCOMPARE(finished.count(), 3);
    QCOMPARE(started.first().at(0).toLongLong(), id);
    QCOMPARE(started.first().at(1).toString(), QStringLiteral("parent"));
    QCOMPARE(probe.repositories, QStringList(3, QStringLiteral("parent")));
    // Each run started at or after its slot: start, start + 1 s, start + 2 s.
    const QList<QDateTime> starts = probe.startTimes();
    for (int k = 0; k < starts.size(); ++k)
        QVERIFY2(starts.at(k) >= start.addSecs(k),
                 qPrintable(QStringLiteral("run %1 at %2, before its slot %3")
                                .arg(k)
                                .arg(starts.at(k).toString(Qt::ISODateWithMs),
                                     start.addSecs(k).toString(Qt::ISODateWithMs))));

    const Job done = job(id);
    QCOMPARE(done.runs, 3);
    QCOMPARE(done.lastResult, QStringLiteral("success"));
    QVERIFY(!done.runningSince.isValid());
    QVERIFY(!done.nextRunAt.isValid());
    QVERIFY(Schedule::isFinished(done, QDateTime::currentDateTimeUtc()));
    const QList<LogEntry> log = jobLog();
    QCOMPARE(log.size(), 3);
    for (const LogEntry &e : log) {
        QCOMPARE(e.result, LogResult::Success);
        QVERIFY2(e.message.contains(QStringLiteral("Job %1 finished").arg(id)),
                 qPrintable(e.message));
    }
    for (const QList<QVariant> &args : std::as_const(finished))
        QCOMPARE(args.at(2).value<LogResult>(), LogResult::Success);
}

void TestWorker::neverAtOrAfterEnd()
{
    const QDateTime start = QDateTime::currentDateTimeUtc();
    const QDateTime end = start.addMSecs(2500);
    const qint64 id = addJob(1, 0, 10, start, end);
    QVERIFY(id > 0);
    Probe probe;
    Worker worker(m_location, QString(), quick(probe));
    S15N_CHECK(worker.start());
    // Until the end time has passed, then two more checks (a run at start + 3 s would have
    // happened by then).
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentDateTimeUtc() > end, 5000);
    QVERIFY(waitForChecks(worker, 2));
    const QList<QDateTime> starts = probe.startTimes();
    QVERIFY2(starts.size() >= 2 && starts.size() <= 3, qPrintable(QString::number(starts.size())));
    for (const QDateTime &s : starts)
        QVERIFY2(s < end, qPrintable(s.toString(Qt::ISODateWithMs) + QStringLiteral(" >= ") +
                                     end.toString(Qt::ISODateWithMs)));
    const Job done = job(id);
    QCOMPARE(done.runs, int(starts.size()));
    QVERIFY(Schedule::isFinished(done, QDateTime::currentDateTimeUtc()));
    QVERIFY(!Schedule::isDue(done, QDateTime::currentDateTimeUtc()));
}

void TestWorker::timeoutAbortsAndNextRunGoesAhead()
{
    const qint64 id = addJob(1, 2, 1);
    QVERIFY(id > 0);
    Probe probe;
    Worker worker(m_location, QString(), stubborn(probe, 1));
    QSignalSpy finished(&worker, &Worker::runFinished);
    S15N_CHECK(worker.start());
    QTRY_COMPARE_WITH_TIMEOUT(finished.count(), 2, 10000);
    QCOMPARE(probe.calls.load(), 2);
    QCOMPARE(probe.cancelledSeen.load(), 1);
    QCOMPARE(probe.maxActive.load(), 1);

    QCOMPARE(finished.at(0).at(2).value<LogResult>(), LogResult::Fatal);
    QCOMPARE(finished.at(1).at(2).value<LogResult>(), LogResult::Success);
    const QList<LogEntry> log = jobLog(); // newest first
    QCOMPARE(log.size(), 2);
    QCOMPARE(log.at(1).result, LogResult::Fatal);
    QVERIFY2(log.at(1).message.contains(QLatin1String("aborted after 1 s")) &&
                 log.at(1).message.contains(QLatin1String("rolled back to its last checkpoint")),
             qPrintable(log.at(1).message));
    QVERIFY2(log.at(1).durationMs >= 1000, qPrintable(QString::number(log.at(1).durationMs)));
    QCOMPARE(log.at(0).result, LogResult::Success);
    const Job done = job(id);
    QCOMPARE(done.runs, 2); // the aborted run counts
    QCOMPARE(done.lastResult, QStringLiteral("success"));
    QVERIFY(!done.runningSince.isValid());
}

// Each run takes 1.5 s with `every` 1 s, and two workers share the database: the runs
// follow one another, never at once.
void TestWorker::noOverlapAcrossTwoWorkers()
{
    const qint64 id = addJob(1, 3, 10);
    QVERIFY(id > 0);
    Probe probe;
    Worker one(m_location, QString(), slow(probe, 1500));
    Worker two(m_location, QString(), slow(probe, 1500));
    QSignalSpy finishedOne(&one, &Worker::runFinished);
    QSignalSpy finishedTwo(&two, &Worker::runFinished);
    S15N_CHECK(one.start());
    S15N_CHECK(two.start());
    QTRY_COMPARE_WITH_TIMEOUT(finishedOne.count() + finishedTwo.count(), 3, 15000);
    QVERIFY(waitForChecks(one, 2));
    QCOMPARE(probe.calls.load(), 3);
    QCOMPARE(probe.maxActive.load(), 1);
    QCOMPARE(probe.cancelledSeen.load(), 0);
    const Job done = job(id);
    QCOMPARE(done.runs, 3);
    QVERIFY(!done.runningSince.isValid());
    const QList<LogEntry> log = jobLog();
    QCOMPARE(log.size(), 3);
    for (const LogEntry &e : log)
        QCOMPARE(e.result, LogResult::Success);
    // The runs did not overlap in time either: each began after the one before had taken
    // its 1.5 s.
    const QList<QDateTime> starts = probe.startTimes();
    for (int k = 1; k < starts.size(); ++k)
        QVERIFY(starts.at(k - 1).msecsTo(starts.at(k)) >= 1500);
}

void TestWorker::claimHeldElsewhereBlocks()
{
    const qint64 id = addJob(1, 0, 5);
    QVERIFY(id > 0);
    setRunningSince(id, QDateTime::currentDateTimeUtc()); // another process runs it
    Probe probe;
    Worker worker(m_location, QString(), quick(probe));
    S15N_CHECK(worker.start());
    QVERIFY(waitForChecks(worker, 3));
    QCOMPARE(probe.calls.load(), 0);
    QCOMPARE(job(id).runs, 0);

    // The other process died long ago: its claim is older than timeout + margin.
    const qint64 staleSeconds = 5 + Schedule::kStaleClaimMarginSeconds + 1;
    setRunningSince(id, QDateTime::currentDateTimeUtc().addSecs(-staleSeconds));
    QTRY_VERIFY_WITH_TIMEOUT(probe.calls >= 1, 5000);
    QTRY_VERIFY_WITH_TIMEOUT(job(id).runs >= 1, 5000);
    QCOMPARE(job(id).lastResult, QStringLiteral("success"));
}

void TestWorker::stopCancelsAndWaits()
{
    const qint64 id = addJob(1, 0, 60);
    QVERIFY(id > 0);
    Probe probe;
    Worker worker(m_location, QString(), stubborn(probe));
    QSignalSpy started(&worker, &Worker::runStarted);
    S15N_CHECK(worker.start());
    QVERIFY(started.wait(5000));
    QTRY_COMPARE_WITH_TIMEOUT(probe.active.load(), 1, 5000);
    worker.stop();
    QVERIFY(!worker.isStarted());
    // stop() returned only after the runner had.
    QCOMPARE(probe.active.load(), 0);
    QCOMPARE(probe.cancelledSeen.load(), 1);
    const Job stopped = job(id);
    QCOMPARE(stopped.runs, 0); // not counted: it runs again when due
    QVERIFY(!stopped.runningSince.isValid());
    QVERIFY(Schedule::isDue(stopped, QDateTime::currentDateTimeUtc()));
    const QList<LogEntry> log = jobLog();
    QCOMPARE(log.size(), 1);
    QCOMPARE(log.first().result, LogResult::Warning);
    QVERIFY2(log.first().message.contains(QLatin1String("stopped")),
             qPrintable(log.first().message));
}

void TestWorker::runNow()
{
    // Far in the future and disabled: runNow runs it anyway.
    const qint64 id = addJob(3600, 0, 1, QDateTime::currentDateTimeUtc().addDays(1));
    QVERIFY(id > 0);
    {
        Job disabled = job(id);
        disabled.enabled = false;
        S15N_CHECK(JobStore(m_node->database()).edit(disabled));
    }
    Probe probe;
    {
        Worker worker(m_location, QString(), quick(probe));
        QSignalSpy finished(&worker, &Worker::runFinished);
        S15N_CHECK(worker.runNow(id));
        QCOMPARE(probe.calls.load(), 1);
        QCOMPARE(finished.count(), 1); // emitted before runNow returned
        QCOMPARE(finished.first().at(2).value<LogResult>(), LogResult::Success);
    }
    QCOMPARE(job(id).runs, 1);
    QCOMPARE(jobLog().size(), 1);
    QCOMPARE(jobLog().first().result, LogResult::Success);

    // Past its timeout: aborted, fatal, counted.
    {
        Worker worker(m_location, QString(), stubborn(probe));
        const Status s = worker.runNow(id);
        QVERIFY(!s);
        QVERIFY2(s.message().contains(QLatin1String("aborted after 1 s")), qPrintable(s.message()));
        QCOMPARE(probe.cancelledSeen.load(), 1);
    }
    QCOMPARE(job(id).runs, 2);
    QCOMPARE(job(id).lastResult, QStringLiteral("fatal"));
    QCOMPARE(jobLog().first().result, LogResult::Fatal);

    // The round's own failure.
    {
        Worker worker(m_location, QString(), [](const QString &, const std::atomic_bool &) {
            return Status::failure(QStringLiteral("The parent refused the login."));
        });
        const Status s = worker.runNow(id);
        QVERIFY(!s);
        QVERIFY2(s.message().contains(QLatin1String("The parent refused the login.")),
                 qPrintable(s.message()));
    }
    QCOMPARE(jobLog().first().result, LogResult::Error);
    QCOMPARE(job(id).runs, 3);

    // Claimed by another process: refused, the runner is not called, nothing logged.
    setRunningSince(id, QDateTime::currentDateTimeUtc());
    const int calls = probe.calls;
    {
        Worker worker(m_location, QString(), quick(probe));
        const Status s = worker.runNow(id);
        QVERIFY(!s);
        QVERIFY2(s.message().contains(QLatin1String("running already")), qPrintable(s.message()));
    }
    QCOMPARE(probe.calls.load(), calls);
    QCOMPARE(job(id).runs, 3);
    QCOMPARE(jobLog().size(), 3);

    // No such job.
    Worker worker(m_location, QString(), quick(probe));
    const Status missing = worker.runNow(id + 100);
    QVERIFY(!missing);
    QVERIFY2(missing.message().contains(QLatin1String("no job")), qPrintable(missing.message()));
}

void TestWorker::startFailsWithoutNode()
{
    Result<DatabaseLocation> nowhere =
        DatabaseLocation::parse(m_dir->path() + QStringLiteral("/missing.sqlite"));
    S15N_CHECK(nowhere);
    Probe probe;
    Worker worker(nowhere.value(), QString(), quick(probe));
    const Status s = worker.start();
    QVERIFY(!s);
    QVERIFY(!worker.isStarted());
    QVERIFY2(s.message().contains(QLatin1String("No node database")), qPrintable(s.message()));
    worker.stop(); // harmless
}

QTEST_GUILESS_MAIN(TestWorker)
#include "tst_worker.moc"
