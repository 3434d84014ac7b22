// Scheduled jobs that sync over real HTTP (issue "Scheduled sync": "a job with repeat 3 runs
// exactly 3 times and never after its end time; a job whose timeout is too short is aborted
// and logged"; "server down (logged, retried next run, nothing lost)"). The parent runs
// `s15n serve --no-worker`; the child runs `s15n serve` WITH its worker, so the child's jobs
// sync with the parent through the real client and server. A remote that never answers is a
// black hole in this process (on a thread of its own: the CLI commands are waited for with
// blocking calls). All nodes are SQLite.

#include "httptest.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace s15n::test;
using namespace Qt::StringLiterals;

namespace {

const QString kRepository = u"parent"_s;

// Log entries or jobs, one a line, for failure messages.
QString entriesText(const QList<QJsonObject> &list)
{
    QStringList lines;
    for (const QJsonObject &o : list)
        lines << entryText(o);
    return lines.join(u'\n');
}

// A parent with the sample data, serving without a worker; a child with the sample schema,
// its repository "parent" (registered), and a server of its own WITH the worker.
struct Site
{
    QTemporaryDir home;
    ExchangeNode parent;
    ServerProcess parentServer;
    ExchangeNode child;
    ServerProcess childServer;
};

void makeSite(Site *site)
{
    QVERIFY(site->home.isValid());
    CHECKED(
        makeNode(&site->parent, site->home.path(), u"P"_s, Backend::Sqlite, Content::SampleData));
    CHECKED(startServer(site->parent, &site->parentServer, {u"--no-worker"_s}));
    CHECKED(
        makeNode(&site->child, site->home.path(), u"C"_s, Backend::Sqlite, Content::EmptySchema));
    CHECKED(addAccount(site->parent, kAccount, kPassword));
    CHECKED(addRepository(site->child, kRepository, site->parentServer.url, kAccount, kPassword));
}

void startChildServer(Site *site)
{
    CHECKED(startServer(site->child, &site->childServer));
    QVERIFY2(site->childServer.output.contains(u"running scheduled jobs"_s),
             qPrintable(describeServer(site->childServer)));
}

// Stops both servers; the child's must stop cleanly (exit 0) even with a run in progress.
void stopSite(Site *site)
{
    CHECKED(stopServer(&site->childServer));
    CHECKED(stopServer(&site->parentServer));
}

// `s15n job add parent ARGS` on the child; *id gets the new job's ID.
void addJob(const ExchangeNode &node, const QStringList &options, qint64 *id)
{
    ProcessResult r;
    CHECKED(runOk(node, QStringList{u"job"_s, u"add"_s, kRepository} + options, &r));
    static const QRegularExpression added(u"Added job (\\d+)"_s);
    const QRegularExpressionMatch m = added.match(r.out);
    QVERIFY2(m.hasMatch(), qPrintable(describe(r)));
    *id = m.captured(1).toLongLong();
}

// The job as `job list --json` shows it; empty if the command or the job is not there (for
// polling: it does not fail the test).
QJsonObject jobState(const ExchangeNode &node, qint64 id)
{
    const ProcessResult r = runNode(node, {u"job"_s, u"list"_s, u"--json"_s});
    if (r.exitCode != 0)
        return {};
    const QJsonArray jobs = QJsonDocument::fromJson(r.out.toUtf8()).array();
    for (const QJsonValue &v : jobs) {
        if (v.toObject().value(u"id"_s).toInteger() == id)
            return v.toObject();
    }
    return {};
}

// The log entries of `action` for the repository, oldest first; empty if the log cannot be
// read (for polling: it does not fail the test).
QList<QJsonObject> entriesOldestFirst(const ExchangeNode &node, const QString &action)
{
    const ProcessResult r = runNode(node, {u"log"_s, u"--json"_s, u"--limit"_s, u"100000"_s});
    if (r.exitCode != 0)
        return {};
    const QJsonArray log = QJsonDocument::fromJson(r.out.toUtf8()).array();
    QList<QJsonObject> entries = entriesIn(log, action, QString(), kRepository);
    std::reverse(entries.begin(), entries.end());
    return entries;
}

// The first "job" entry with `result` newer than entry `afterId` (id 0: any), or empty.
QJsonObject jobEntry(const ExchangeNode &node, const QString &result, qint64 afterId = 0)
{
    for (const QJsonObject &o : entriesOldestFirst(node, u"job"_s)) {
        if (o.value(u"result"_s).toString() == result && o.value(u"id"_s).toInteger() > afterId)
            return o;
    }
    return {};
}

// Polls `condition` every 200 ms until it holds or `timeoutMs` of wall time have passed
// (QTRY_* counts its steps, not the time the condition itself takes, and each check here runs
// a process).
bool waitUntil(const std::function<bool()> &condition, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    for (;;) {
        if (condition())
            return true;
        if (deadline.hasExpired())
            return false;
        QTest::qWait(200);
    }
}

QDateTime timeOf(const QJsonValue &value)
{
    return QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
}

// What changeBothSides() did has arrived on the other side, and both hold the same data.
void verifyBothSidesMoved(const Site &site)
{
    QString value;
    CHECKED(valueOf(site.parent, u"SELECT name FROM stores WHERE code = 'HQ'"_s, &value));
    QCOMPARE(value, u"child edit"_s);
    CHECKED(valueOf(site.child, u"SELECT name FROM items WHERE code = 'ORS'"_s, &value));
    QCOMPARE(value, u"parent edit"_s);
    CHECKED(valueOf(site.parent, u"SELECT COUNT(*) FROM stores WHERE code IN ('C-1', 'P-1')"_s,
                    &value));
    QCOMPARE(value, u"2"_s);
    CHECKED(
        valueOf(site.child, u"SELECT COUNT(*) FROM stores WHERE code IN ('C-1', 'P-1')"_s, &value));
    QCOMPARE(value, u"2"_s);
    CHECKED(valueOf(site.child, u"SELECT COUNT(*) FROM transaction_lines"_s, &value));
    QCOMPARE(value, u"29"_s);
    CHECKED(verifySameData(site.parent, site.child));
}

} // namespace

class TestHttpJobs : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { dropNodeDatabases(); }

    // 1. --every 1s --repeat 3, added before the child's server starts: three runs, each a
    //    round over HTTP, and nothing after the third.
    void repeatRunsExactlyThreeTimes()
    {
        Site site;
        CHECKED(makeSite(&site));
        CHECKED(
            sql(site.parent, u"UPDATE items SET name = 'before the runs' WHERE code = 'ORS';"_s));
        qint64 id = 0;
        CHECKED(addJob(site.child, {u"--every"_s, u"1s"_s, u"--repeat"_s, u"3"_s}, &id));
        CHECKED(startChildServer(&site));

        QJsonObject job;
        const bool done = waitUntil(
            [&] {
                job = jobState(site.child, id);
                return job.value(u"runs"_s).toInteger() >= 3 && job.value(u"finished"_s).toBool() &&
                       job.value(u"runningSince"_s).isNull();
            },
            20000);
        QVERIFY2(done, qPrintable(u"after 20 s: "_s + entryText(job) + u"\n"_s +
                                  describeServer(site.childServer)));
        QTest::qWait(3000); // nothing more happens
        job = jobState(site.child, id);
        QVERIFY2(job.value(u"runs"_s).toInteger() == 3, qPrintable(entryText(job)));
        QVERIFY2(job.value(u"finished"_s).toBool(), qPrintable(entryText(job)));
        QVERIFY2(job.value(u"nextRunAt"_s).isNull(), qPrintable(entryText(job)));
        QCOMPARE(job.value(u"lastResult"_s).toString(), u"success"_s);
        const QList<QJsonObject> runs = entriesOldestFirst(site.child, u"job"_s);
        QVERIFY2(runs.size() == 3, qPrintable(entriesText(runs)));
        for (const QJsonObject &run : runs)
            QVERIFY2(run.value(u"result"_s).toString() == u"success"_s, qPrintable(entryText(run)));
        const QList<QJsonObject> rounds = entriesOldestFirst(site.child, u"round"_s);
        QVERIFY2(rounds.size() == 3, qPrintable(entriesText(rounds)));
        // The runs did sync: the parent's data, with its change made before them, is here.
        QString name;
        CHECKED(valueOf(site.child, u"SELECT name FROM items WHERE code = 'ORS'"_s, &name));
        QCOMPARE(name, u"before the runs"_s);
        CHECKED(verifySameData(site.parent, site.child));
        CHECKED(stopSite(&site));
    }

    // 2. --every 1s --end T (added while the child's server runs): no run starts at or after T.
    void noRunAtOrAfterTheEnd()
    {
        Site site;
        CHECKED(makeSite(&site));
        CHECKED(startChildServer(&site));
        // The end falls between two slots, so a run after it would start about 0.5 s late.
        const QDateTime end = QDateTime::currentDateTimeUtc().addMSecs(3500);
        qint64 id = 0;
        CHECKED(addJob(
            site.child,
            {u"--every"_s, u"1s"_s, u"--end"_s, end.toString(u"yyyy-MM-dd'T'HH:mm:ss.zzz'Z'"_s)},
            &id));
        QJsonObject job = jobState(site.child, id);
        QCOMPARE(timeOf(job.value(u"endAt"_s)), end);

        const bool finished = waitUntil(
            [&] {
                job = jobState(site.child, id);
                return job.value(u"finished"_s).toBool() && job.value(u"runningSince"_s).isNull();
            },
            10000);
        QVERIFY2(finished, qPrintable(entryText(job)));
        // Past the end plus a slot and a half: nothing more happens.
        const qint64 margin = QDateTime::currentDateTimeUtc().msecsTo(end.addMSecs(2000));
        if (margin > 0)
            QTest::qWait(int(margin));

        job = jobState(site.child, id);
        const int runs = int(job.value(u"runs"_s).toInteger());
        QVERIFY2(runs >= 2, qPrintable(u"the job hardly ran before its end: "_s + entryText(job)));
        QVERIFY2(timeOf(job.value(u"lastRunAt"_s)) < end, qPrintable(entryText(job)));
        QVERIFY2(job.value(u"nextRunAt"_s).isNull(), qPrintable(entryText(job)));
        const QList<QJsonObject> entries = entriesOldestFirst(site.child, u"job"_s);
        QVERIFY2(entries.size() == runs,
                 qPrintable(entryText(job) + u"\n"_s + entriesText(entries)));
        for (const QJsonObject &e : entries) {
            // An entry is written when its run ends; it started durationMs before (measured
            // from just after the claim, hence a small tolerance).
            const QDateTime started =
                timeOf(e.value(u"time"_s)).addMSecs(-e.value(u"durationMs"_s).toInteger());
            QVERIFY2(started < end.addMSecs(50),
                     qPrintable(u"a run started at %1, the end is %2: %3"_s.arg(
                         started.toString(Qt::ISODateWithMs), end.toString(Qt::ISODateWithMs),
                         entryText(e))));
            QCOMPARE(e.value(u"result"_s).toString(), u"success"_s);
        }
        QCOMPARE(entriesOldestFirst(site.child, u"round"_s).size(), runs);
        CHECKED(stopSite(&site));
    }

    // 3. A run against a remote that never answers reaches its 1 s timeout: aborted, logged as
    //    fatal, rolled back; once the repository points at the parent again, the next due run
    //    succeeds and moves what waited on both sides.
    void timeoutAbortsThenNextRunSucceeds()
    {
        Site site;
        CHECKED(makeSite(&site));
        CHECKED(runOk(site.child, {u"sync"_s, kRepository}));
        BlackHole hole;
        QVERIFY(hole.start() != 0);
        const QString holeUrl = hole.url();
        CHECKED(runOk(site.child, {u"repo"_s, u"edit"_s, kRepository, u"--url"_s, holeUrl}));
        CHECKED(changeBothSides(site.parent, site.child));
        CHECKED(startChildServer(&site));
        qint64 id = 0;
        CHECKED(addJob(site.child, {u"--every"_s, u"2s"_s, u"--timeout"_s, u"1s"_s}, &id));
        QJsonObject job = jobState(site.child, id);
        QCOMPARE(job.value(u"timeoutSeconds"_s).toInteger(), 1);

        QJsonObject fatal;
        const bool aborted = waitUntil(
            [&] {
                fatal = jobEntry(site.child, u"fatal"_s);
                return !fatal.isEmpty();
            },
            10000);
        QVERIFY2(aborted, qPrintable(u"no fatal job entry: "_s +
                                     entriesText(entriesOldestFirst(site.child, u"job"_s)) +
                                     u"\n"_s + describeServer(site.childServer)));
        QVERIFY(hole.connections() > 0);
        VERIFY_MENTIONS(
            fatal.value(u"message"_s).toString(),
            (QStringList{u"aborted"_s, u"timeout"_s, u"rolled back"_s, u"checkpoint"_s}));
        // Aborted at its timeout, not after the 30 s transfer timeout.
        QVERIFY2(fatal.value(u"durationMs"_s).toInteger() < 5000, qPrintable(entryText(fatal)));
        QString value;
        CHECKED(valueOf(site.parent, u"SELECT COUNT(*) FROM stores WHERE code = 'C-1'"_s, &value));
        QCOMPARE(value, u"0"_s);

        CHECKED(runOk(site.child,
                      {u"repo"_s, u"edit"_s, kRepository, u"--url"_s, site.parentServer.url}));
        QJsonObject success;
        const bool recovered = waitUntil(
            [&] {
                success = jobEntry(site.child, u"success"_s, fatal.value(u"id"_s).toInteger());
                return !success.isEmpty();
            },
            10000);
        QVERIFY2(recovered, qPrintable(u"no later successful run: "_s +
                                       entriesText(entriesOldestFirst(site.child, u"job"_s))));
        CHECKED(verifyBothSidesMoved(site));
        CHECKED(stopSite(&site));
    }

    // 4. The parent goes down: the run fails (logged, "cannot reach"), nothing moves; once the
    //    parent is back on the same port, the next run moves what waited on both sides.
    void serverDownThenNextRunMovesEverything()
    {
        Site site;
        CHECKED(makeSite(&site));
        CHECKED(startChildServer(&site));
        qint64 id = 0;
        CHECKED(addJob(site.child, {u"--every"_s, u"1s"_s}, &id));
        QJsonObject success;
        QVERIFY2(waitUntil(
                     [&] {
                         success = jobEntry(site.child, u"success"_s);
                         return !success.isEmpty();
                     },
                     10000),
                 qPrintable(entriesText(entriesOldestFirst(site.child, u"job"_s))));

        const quint16 port = site.parentServer.port;
        CHECKED(stopServer(&site.parentServer));
        CHECKED(changeBothSides(site.parent, site.child));
        QJsonObject failed;
        QVERIFY2(waitUntil(
                     [&] {
                         failed =
                             jobEntry(site.child, u"error"_s, success.value(u"id"_s).toInteger());
                         return !failed.isEmpty();
                     },
                     10000),
                 qPrintable(entriesText(entriesOldestFirst(site.child, u"job"_s))));
        VERIFY_MENTIONS(failed.value(u"message"_s).toString(),
                        (QStringList{u"cannot reach"_s, site.parentServer.url}));
        QString value;
        CHECKED(valueOf(site.parent, u"SELECT COUNT(*) FROM stores WHERE code = 'C-1'"_s, &value));
        QCOMPARE(value, u"0"_s);
        CHECKED(valueOf(site.child, u"SELECT COUNT(*) FROM stores WHERE code = 'P-1'"_s, &value));
        QCOMPARE(value, u"0"_s);
        const QList<QJsonObject> rounds = entriesOldestFirst(site.child, u"round"_s);
        QVERIFY(!rounds.isEmpty());
        QCOMPARE(rounds.last().value(u"result"_s).toString(), u"error"_s);

        CHECKED(startServer(site.parent, &site.parentServer, {u"--no-worker"_s}, port));
        QCOMPARE(site.parentServer.port, port);
        QJsonObject again;
        QVERIFY2(waitUntil(
                     [&] {
                         again =
                             jobEntry(site.child, u"success"_s, failed.value(u"id"_s).toInteger());
                         return !again.isEmpty();
                     },
                     10000),
                 qPrintable(entriesText(entriesOldestFirst(site.child, u"job"_s))));
        CHECKED(verifyBothSidesMoved(site));
        CHECKED(stopSite(&site));
    }

    // 5. `job run ID` in the foreground (a disabled job, so the child's worker leaves it alone):
    //    against the parent it succeeds; against a remote that never answers it is aborted at
    //    its 1 s timeout, exits 1 saying so, and logs a fatal run.
    void jobRunInTheForeground()
    {
        Site site;
        CHECKED(makeSite(&site));
        CHECKED(startChildServer(&site));
        qint64 id = 0;
        CHECKED(addJob(site.child, {u"--every"_s, u"1h"_s, u"--disabled"_s}, &id));
        const QString idText = QString::number(id);

        ProcessResult r;
        CHECKED(runBounded(site.child, {u"job"_s, u"run"_s, idText}, 60000, &r));
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QList<QJsonObject> runs = entriesOldestFirst(site.child, u"job"_s);
        QVERIFY2(runs.size() == 1, qPrintable(entriesText(runs)));
        QCOMPARE(runs.last().value(u"result"_s).toString(), u"success"_s);
        CHECKED(verifySameData(site.parent, site.child));

        BlackHole hole;
        QVERIFY(hole.start() != 0);
        const QString holeUrl = hole.url();
        CHECKED(runOk(site.child, {u"repo"_s, u"edit"_s, kRepository, u"--url"_s, holeUrl}));
        CHECKED(runOk(site.child, {u"job"_s, u"edit"_s, idText, u"--timeout"_s, u"1s"_s}));
        QElapsedTimer wall;
        wall.start();
        CHECKED(runBounded(site.child, {u"job"_s, u"run"_s, idText}, 60000, &r));
        const qint64 took = wall.elapsed();
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        QVERIFY2(took < 20000, qPrintable(u"job run took %1 ms"_s.arg(took)));
        QVERIFY(hole.connections() > 0);
        VERIFY_MENTIONS(r.err, (QStringList{u"aborted"_s, u"timeout"_s, u"1 s"_s}));
        runs = entriesOldestFirst(site.child, u"job"_s);
        QVERIFY2(runs.size() == 2, qPrintable(entriesText(runs)));
        QCOMPARE(runs.last().value(u"result"_s).toString(), u"fatal"_s);
        const QJsonObject job = jobState(site.child, id);
        QCOMPARE(job.value(u"runs"_s).toInteger(), 2);
        QCOMPARE(job.value(u"lastResult"_s).toString(), u"fatal"_s);
        QVERIFY2(job.value(u"runningSince"_s).isNull(), qPrintable(entryText(job)));
        CHECKED(stopSite(&site));
    }
};

QTEST_GUILESS_MAIN(TestHttpJobs)
#include "tst_httpjobs.moc"
