// Scheduled jobs and the sync log through the real `s15n` executable, on SQLite and
// PostgreSQL: job add/list/edit/remove/run and log with their JSON and text output, and
// every refused job command: exit code 1, a message on stderr saying what is wrong, and
// nothing changed in s15n_jobs or s15n_log.

#include "exchangenode.h"

#include <QDateTime>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace s15n::test;
using namespace Qt::StringLiterals;

namespace {

QString describe(const ProcessResult &r)
{
    return u"exit code %1\nstdout: %2\nstderr: %3"_s.arg(r.exitCode).arg(r.out, r.err);
}

void verifySucceeded(const ProcessResult &r)
{
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
}

void verifyRefused(const ProcessResult &r, const QString &mentions)
{
    QVERIFY2(r.exitCode == 1, qPrintable(u"want exit code 1; "_s + describe(r)));
    QVERIFY2(r.err.startsWith(u"s15n: "_s), qPrintable(describe(r)));
    QVERIFY2(r.err.contains(mentions, Qt::CaseInsensitive),
             qPrintable(u"the message should say \"%1\": %2"_s.arg(mentions, r.err)));
    QVERIFY2(r.out.isEmpty(), qPrintable(describe(r)));
}

// Runs `args` on the node; it must succeed and print a JSON array.
void jsonArray(const ExchangeNode &node, const QStringList &args, QJsonArray *array)
{
    const ProcessResult r = runNode(node, args);
    CHECKED(verifySucceeded(r));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(error.error == QJsonParseError::NoError && doc.isArray(),
             qPrintable(error.errorString() + u": "_s + r.out));
    *array = doc.array();
}

// Every row of s15n_jobs and s15n_log, one line each.
void state(const ExchangeNode &node, QStringList *lines)
{
    lines->clear();
    for (const QString &query :
         {u"SELECT * FROM s15n_jobs ORDER BY id"_s, u"SELECT * FROM s15n_log ORDER BY id"_s}) {
        QString error;
        const QList<QVariantList> rows = querySql(node.db, query, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        lines->append(query);
        for (const QVariantList &row : rows) {
            QStringList values;
            for (const QVariant &v : row)
                values << (v.isNull() ? u"NULL"_s : v.toString());
            lines->append(values.join(u" | "_s));
        }
    }
}

// A node with the repository "parent" (inserted directly: `repo add` is not used here).
void makeNodeWithRepository(ExchangeNode *node, const QString &home, Backend backend)
{
    CHECKED(makeNode(node, home, u"J"_s, backend, Content::Bare));
    CHECKED(sql(*node, u"INSERT INTO s15n_repositories (name, url, username, created_at) "
                       "VALUES ('parent', 'http://127.0.0.1:1', 'child', "
                       "'2026-01-01T00:00:00.000Z');"_s));
}

QJsonObject byId(const QJsonArray &jobs, int id)
{
    for (const QJsonValue &v : jobs)
        if (v.toObject().value(u"id"_s).toInt() == id)
            return v.toObject();
    return {};
}

} // namespace

class TestJobs : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { dropNodeDatabases(); }
    void backends_data();
    void lifecycle_data() { backends_data(); }
    void lifecycle();
    void runAndLog_data() { backends_data(); }
    void runAndLog();
    void refused_data();
    void refused();
};

void TestJobs::backends_data()
{
    QTest::addColumn<Backend>("backend");
    for (const Backend b : {Backend::Sqlite, Backend::Postgres})
        QTest::newRow(qPrintable(toString(b))) << b;
}

void TestJobs::lifecycle()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    ExchangeNode node;
    CHECKED(makeNodeWithRepository(&node, home.path(), backend));

    QJsonArray jobs;
    CHECKED(jsonArray(node, {u"job"_s, u"list"_s, u"--json"_s}, &jobs));
    QVERIFY(jobs.isEmpty());
    ProcessResult r = runNode(node, {u"job"_s, u"list"_s});
    CHECKED(verifySucceeded(r));
    QVERIFY2(r.out.contains(u"No jobs"_s), qPrintable(r.out));

    // Every option.
    r = runNode(node, {u"job"_s, u"add"_s, u"parent"_s, u"--every"_s, u"15m"_s, u"--start"_s,
                       u"2030-01-01T10:00Z"_s, u"--end"_s, u"2030-01-02T10:00+02:00"_s,
                       u"--repeat"_s, u"5"_s, u"--timeout"_s, u"2m"_s});
    CHECKED(verifySucceeded(r));
    QVERIFY2(r.out.contains(u"Added job 1"_s), qPrintable(r.out));
    // Defaults: start now, no end, no limit, timeout 10 minutes, enabled.
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    r = runNode(node, {u"job"_s, u"add"_s, u"parent"_s, u"--every"_s, u"30"_s});
    const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);
    CHECKED(verifySucceeded(r));
    QVERIFY2(r.out.contains(u"Added job 2"_s), qPrintable(r.out));
    // Disabled.
    r = runNode(node, {u"job"_s, u"add"_s, u"parent"_s, u"--every"_s, u"1d"_s, u"--disabled"_s});
    CHECKED(verifySucceeded(r));

    CHECKED(jsonArray(node, {u"job"_s, u"list"_s, u"--json"_s}, &jobs));
    QCOMPARE(jobs.size(), 3);
    const QJsonObject first = byId(jobs, 1);
    QCOMPARE(first.value(u"repository"_s).toString(), u"parent"_s);
    QCOMPARE(first.value(u"enabled"_s).toBool(), true);
    QCOMPARE(first.value(u"startAt"_s).toString(), u"2030-01-01T10:00:00.000Z"_s);
    QCOMPARE(first.value(u"endAt"_s).toString(), u"2030-01-02T08:00:00.000Z"_s);
    QCOMPARE(first.value(u"repeat"_s).toInt(), 5);
    QCOMPARE(first.value(u"everySeconds"_s).toInt(), 900);
    QCOMPARE(first.value(u"timeoutSeconds"_s).toInt(), 120);
    QCOMPARE(first.value(u"runs"_s).toInt(), 0);
    QVERIFY(first.value(u"lastRunAt"_s).isNull());
    QVERIFY(first.value(u"lastResult"_s).isNull());
    QVERIFY(first.value(u"runningSince"_s).isNull());
    QCOMPARE(first.value(u"nextRunAt"_s).toString(), u"2030-01-01T10:00:00.000Z"_s);
    QCOMPARE(first.value(u"finished"_s).toBool(), false);
    QVERIFY(!first.value(u"createdAt"_s).toString().isEmpty());

    const QJsonObject second = byId(jobs, 2);
    const QDateTime start =
        QDateTime::fromString(second.value(u"startAt"_s).toString(), Qt::ISODateWithMs);
    QVERIFY2(start >= before && start <= after, qPrintable(second.value(u"startAt"_s).toString()));
    QVERIFY(second.value(u"endAt"_s).isNull());
    QCOMPARE(second.value(u"repeat"_s).toInt(), 0);
    QCOMPARE(second.value(u"everySeconds"_s).toInt(), 30);
    QCOMPARE(second.value(u"timeoutSeconds"_s).toInt(), 600);
    QCOMPARE(second.value(u"enabled"_s).toBool(), true);
    QCOMPARE(byId(jobs, 3).value(u"enabled"_s).toBool(), false);
    QVERIFY(byId(jobs, 3).value(u"nextRunAt"_s).isNull());

    // The stored next run matches what the list computes.
    QVariant stored;
    CHECKED(scalar(node, u"SELECT next_run_at FROM s15n_jobs WHERE id = 1"_s, &stored));
    QCOMPARE(stored.toString(), u"2030-01-01T10:00:00.000Z"_s);

    r = runNode(node, {u"job"_s, u"list"_s});
    CHECKED(verifySucceeded(r));
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 4);
    for (const QString &header :
         {u"ID"_s, u"REPOSITORY"_s, u"EVERY"_s, u"NEXT RUN"_s, u"LAST RESULT"_s})
        QVERIFY2(lines.first().contains(header), qPrintable(lines.first()));
    QVERIFY2(lines.at(1).startsWith(u"1 "_s) && lines.at(1).contains(u"parent"_s) &&
                 lines.at(1).contains(u"15m"_s) && lines.at(1).contains(u"0/5"_s),
             qPrintable(lines.at(1)));
    QVERIFY2(lines.at(3).contains(u"disabled"_s), qPrintable(lines.at(3)));
    // Aligned: the repository column starts at the same place on every line.
    const qsizetype column = lines.first().indexOf(u"REPOSITORY"_s);
    for (int i = 1; i < lines.size(); ++i)
        QCOMPARE(lines.at(i).indexOf(u"parent"_s), column);

    // Edit: only what is given changes.
    r = runNode(node, {u"job"_s, u"edit"_s, u"1"_s, u"--every"_s, u"1h"_s, u"--end"_s, u"none"_s,
                       u"--disable"_s});
    CHECKED(verifySucceeded(r));
    QVERIFY2(r.out.contains(u"disabled"_s), qPrintable(r.out));
    CHECKED(jsonArray(node, {u"job"_s, u"list"_s, u"--json"_s}, &jobs));
    QJsonObject edited = byId(jobs, 1);
    QCOMPARE(edited.value(u"everySeconds"_s).toInt(), 3600);
    QVERIFY(edited.value(u"endAt"_s).isNull());
    QCOMPARE(edited.value(u"enabled"_s).toBool(), false);
    QVERIFY(edited.value(u"nextRunAt"_s).isNull());
    QCOMPARE(edited.value(u"repeat"_s).toInt(), 5);
    QCOMPARE(edited.value(u"timeoutSeconds"_s).toInt(), 120);
    QCOMPARE(edited.value(u"startAt"_s).toString(), u"2030-01-01T10:00:00.000Z"_s);
    CHECKED(scalar(node, u"SELECT next_run_at FROM s15n_jobs WHERE id = 1"_s, &stored));
    QVERIFY(stored.isNull());
    r = runNode(node, {u"job"_s, u"edit"_s, u"1"_s, u"--enable"_s, u"--repeat"_s, u"0"_s,
                       u"--start"_s, u"2031-06-01 08:30Z"_s});
    CHECKED(verifySucceeded(r));
    CHECKED(jsonArray(node, {u"job"_s, u"list"_s, u"--json"_s}, &jobs));
    edited = byId(jobs, 1);
    QCOMPARE(edited.value(u"enabled"_s).toBool(), true);
    QCOMPARE(edited.value(u"repeat"_s).toInt(), 0);
    QCOMPARE(edited.value(u"nextRunAt"_s).toString(), u"2031-06-01T08:30:00.000Z"_s);

    // Remove.
    r = runNode(node, {u"job"_s, u"remove"_s, u"2"_s});
    CHECKED(verifySucceeded(r));
    QVERIFY2(r.out.contains(u"Removed job 2"_s), qPrintable(r.out));
    CHECKED(jsonArray(node, {u"job"_s, u"list"_s, u"--json"_s}, &jobs));
    QCOMPARE(jobs.size(), 2);
    QVERIFY(byId(jobs, 2).isEmpty());
    CHECKED(verifyRefused(runNode(node, {u"job"_s, u"remove"_s, u"2"_s}), u"no job 2"_s));
}

// `job run` uses the node's round runner; the repository's URL answers nothing, so the round
// fails: exit code 1, one "error" entry in the log, the run counted.
void TestJobs::runAndLog()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    ExchangeNode node;
    CHECKED(makeNodeWithRepository(&node, home.path(), backend));

    QJsonArray log;
    CHECKED(jsonArray(node, {u"log"_s, u"--json"_s}, &log));
    QVERIFY(log.isEmpty());
    ProcessResult r = runNode(node, {u"log"_s});
    CHECKED(verifySucceeded(r));
    QCOMPARE(r.out.trimmed(), u"The log is empty."_s);

    CHECKED(verifySucceeded(
        runNode(node, {u"job"_s, u"add"_s, u"parent"_s, u"--every"_s, u"1h"_s, u"--timeout"_s,
                       u"30s"_s, u"--start"_s, u"2030-01-01T00:00Z"_s})));
    r = runNode(node, {u"job"_s, u"run"_s, u"1"_s});
    QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
    QVERIFY2(r.err.startsWith(u"s15n: Job 1 failed after"_s), qPrintable(describe(r)));

    QJsonArray jobs;
    CHECKED(jsonArray(node, {u"job"_s, u"list"_s, u"--json"_s}, &jobs));
    QCOMPARE(byId(jobs, 1).value(u"runs"_s).toInt(), 1);
    QCOMPARE(byId(jobs, 1).value(u"lastResult"_s).toString(), u"error"_s);
    QVERIFY(byId(jobs, 1).value(u"runningSince"_s).isNull());
    QVERIFY(!byId(jobs, 1).value(u"lastRunAt"_s).isNull());

    CHECKED(jsonArray(node, {u"log"_s, u"--json"_s, u"--result"_s, u"error"_s}, &log));
    QJsonObject entry;
    for (const QJsonValue &v : std::as_const(log))
        if (v.toObject().value(u"action"_s).toString() == u"job"_s)
            entry = v.toObject();
    QVERIFY2(!entry.isEmpty(), qPrintable(QJsonDocument(log).toJson()));
    QCOMPARE(entry.value(u"repository"_s).toString(), u"parent"_s);
    QCOMPARE(entry.value(u"result"_s).toString(), u"error"_s);
    QVERIFY2(entry.value(u"message"_s).toString().startsWith(u"Job 1 failed after"_s),
             qPrintable(entry.value(u"message"_s).toString()));
    for (const QString &key :
         {u"id"_s, u"time"_s, u"peer"_s, u"resource"_s, u"mode"_s, u"direction"_s, u"remoteError"_s,
          u"received"_s, u"applied"_s, u"conflicts"_s, u"skipped"_s, u"failed"_s, u"durationMs"_s})
        QVERIFY2(entry.contains(key), qPrintable(key));
    QVERIFY(QDateTime::fromString(entry.value(u"time"_s).toString(), Qt::ISODateWithMs).isValid());

    // Filters.
    CHECKED(jsonArray(node, {u"log"_s, u"--json"_s, u"--result"_s, u"fatal"_s}, &log));
    QVERIFY(log.isEmpty());
    CHECKED(jsonArray(node, {u"log"_s, u"--json"_s, u"--repo"_s, u"elsewhere"_s}, &log));
    QVERIFY(log.isEmpty());
    CHECKED(jsonArray(node, {u"log"_s, u"--json"_s, u"--repo"_s, u"parent"_s, u"--limit"_s, u"1"_s},
                      &log));
    QCOMPARE(log.size(), 1);
    r = runNode(node, {u"log"_s, u"--result"_s, u"fatal"_s});
    CHECKED(verifySucceeded(r));
    QCOMPARE(r.out.trimmed(), u"No log entries match."_s);

    // The text table.
    r = runNode(node, {u"log"_s, u"--repo"_s, u"parent"_s});
    CHECKED(verifySucceeded(r));
    const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
    QVERIFY2(lines.size() >= 2, qPrintable(r.out));
    for (const QString &header : {u"TIME"_s, u"REPOSITORY"_s, u"RESOURCE"_s, u"MODE"_s, u"ACTION"_s,
                                  u"RESULT"_s, u"RECEIVED"_s, u"DURATION"_s, u"MESSAGE"_s})
        QVERIFY2(lines.first().contains(header), qPrintable(lines.first()));
    QVERIFY2(r.out.contains(u"Job 1 failed after"_s), qPrintable(r.out));
    QCOMPARE(lines.at(1).indexOf(u"parent"_s), lines.first().indexOf(u"REPOSITORY"_s));

    // Refusals of log.
    CHECKED(verifyRefused(runNode(node, {u"log"_s, u"--result"_s, u"bogus"_s}),
                          u"--result is success, warning, error or fatal"_s));
    CHECKED(verifyRefused(runNode(node, {u"log"_s, u"--limit"_s, u"many"_s}), u"--limit"_s));
    CHECKED(verifyRefused(runNode(node, {u"log"_s, u"extra"_s}), u"no arguments"_s));
}

void TestJobs::refused_data()
{
    QTest::addColumn<Backend>("backend");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");

    const QStringList add{u"job"_s, u"add"_s, u"parent"_s};
    const QStringList addEvery = add + QStringList{u"--every"_s, u"1m"_s};
    const QStringList edit{u"job"_s, u"edit"_s, u"1"_s};
    struct Row
    {
        const char *name;
        QStringList args;
        QString mentions;
    };
    const QList<Row> rows{
        {"add without repository", {u"job"_s, u"add"_s, u"--every"_s, u"1m"_s}, u"one REPO"_s},
        {"add unknown repository",
         {u"job"_s, u"add"_s, u"nowhere"_s, u"--every"_s, u"1m"_s},
         u"no repository 'nowhere'"_s},
        {"add without --every", add, u"needs --every"_s},
        {"every 0", add + QStringList{u"--every"_s, u"0"_s}, u"at least 1 second"_s},
        {"every 0s", add + QStringList{u"--every"_s, u"0s"_s}, u"at least 1 second"_s},
        {"every not a duration", add + QStringList{u"--every"_s, u"soon"_s},
         u"--every takes a duration"_s},
        {"every negative", add + QStringList{u"--every=-5m"_s}, u"--every takes a duration"_s},
        {"every too long", add + QStringList{u"--every"_s, u"4000d"_s}, u"at most 3650 days"_s},
        {"timeout 0", addEvery + QStringList{u"--timeout"_s, u"0"_s},
         u"timeout must be at least 1 second"_s},
        {"timeout not a duration", addEvery + QStringList{u"--timeout"_s, u"forever"_s},
         u"--timeout takes a duration"_s},
        {"end before start",
         addEvery +
             QStringList{u"--start"_s, u"2030-01-02T00:00Z"_s, u"--end"_s, u"2030-01-01T00:00Z"_s},
         u"must be after the start"_s},
        {"end at start",
         addEvery + QStringList{u"--start"_s, u"2030-01-01T00:00Z"_s, u"--end"_s,
                                u"2030-01-01T02:00+02:00"_s},
         u"must be after the start"_s},
        {"end now, before the default start", addEvery + QStringList{u"--end"_s, u"2020-01-01"_s},
         u"must be after the start"_s},
        {"repeat negative", addEvery + QStringList{u"--repeat=-1"_s}, u"0 (no limit) or more"_s},
        {"repeat not a number", addEvery + QStringList{u"--repeat"_s, u"three"_s},
         u"--repeat takes a whole number"_s},
        {"start not a time", addEvery + QStringList{u"--start"_s, u"tomorrow"_s},
         u"--start takes"_s},
        {"end not a time", addEvery + QStringList{u"--end"_s, u"later"_s}, u"--end takes"_s},
        {"--enable with add", addEvery + QStringList{u"--enable"_s},
         u"--enable does not go with 'job add'"_s},
        {"edit every 0", edit + QStringList{u"--every"_s, u"0"_s}, u"at least 1 second"_s},
        {"edit timeout 0", edit + QStringList{u"--timeout"_s, u"0s"_s},
         u"timeout must be at least 1 second"_s},
        {"edit end before start", edit + QStringList{u"--end"_s, u"2029-12-31T00:00Z"_s},
         u"must be after the start"_s},
        {"edit start after end",
         QStringList{u"job"_s, u"edit"_s, u"2"_s, u"--start"_s, u"2030-06-01T00:00Z"_s},
         u"must be after the start"_s},
        {"edit repeat negative", edit + QStringList{u"--repeat=-3"_s}, u"0 (no limit) or more"_s},
        {"edit unknown job", {u"job"_s, u"edit"_s, u"99"_s, u"--every"_s, u"1m"_s}, u"no job 99"_s},
        {"edit id not a number",
         {u"job"_s, u"edit"_s, u"first"_s, u"--every"_s, u"1m"_s},
         u"not a job ID"_s},
        {"edit enable and disable", edit + QStringList{u"--enable"_s, u"--disable"_s},
         u"together"_s},
        {"--disabled with edit", edit + QStringList{u"--disabled"_s},
         u"--disabled does not go with 'job edit'"_s},
        {"remove unknown job", {u"job"_s, u"remove"_s, u"99"_s}, u"no job 99"_s},
        {"remove id 0", {u"job"_s, u"remove"_s, u"0"_s}, u"not a job ID"_s},
        {"remove without id", {u"job"_s, u"remove"_s}, u"exactly one job ID"_s},
        {"run unknown job", {u"job"_s, u"run"_s, u"99"_s}, u"no job 99"_s},
        {"list with --every",
         {u"job"_s, u"list"_s, u"--every"_s, u"1m"_s},
         u"--every does not go with 'job list'"_s},
        {"no action", {u"job"_s}, u"job needs add, edit, list, remove or run"_s},
        {"unknown action", {u"job"_s, u"pause"_s, u"1"_s}, u"Unknown job action 'pause'"_s},
    };
    for (const Backend backend : {Backend::Sqlite, Backend::Postgres})
        for (const Row &row : rows)
            QTest::addRow("%s, %s", qPrintable(toString(backend)), row.name)
                << backend << row.args << row.mentions;
}

// Jobs 1 (2030-01-01 to 2030-01-03) and 2 (2030-01-01 to 2030-02-01) exist and a log entry
// is there; the refused command changes none of it.
void TestJobs::refused()
{
    QFETCH(Backend, backend);
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    REQUIRE_BACKEND(backend);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    ExchangeNode node;
    CHECKED(makeNodeWithRepository(&node, home.path(), backend));
    CHECKED(verifySucceeded(
        runNode(node, {u"job"_s, u"add"_s, u"parent"_s, u"--every"_s, u"1h"_s, u"--start"_s,
                       u"2030-01-01T00:00Z"_s, u"--end"_s, u"2030-01-03T00:00Z"_s})));
    CHECKED(verifySucceeded(
        runNode(node, {u"job"_s, u"add"_s, u"parent"_s, u"--every"_s, u"1d"_s, u"--start"_s,
                       u"2030-01-01T00:00Z"_s, u"--end"_s, u"2030-02-01T00:00Z"_s})));
    CHECKED(sql(node, u"INSERT INTO s15n_log (logged_at, action, result, message) VALUES "
                      "('2026-01-01T00:00:00.000Z', 'round', 'success', 'earlier');"_s));
    QStringList before;
    CHECKED(state(node, &before));

    CHECKED(verifyRefused(runNode(node, args), mentions));

    QStringList after;
    CHECKED(state(node, &after));
    const QString diff = difference(before, after, u"before"_s, u"after"_s);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

QTEST_GUILESS_MAIN(TestJobs)
#include "tst_jobs.moc"
