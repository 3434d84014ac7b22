// Killing either side of a sync round with SIGKILL loses nothing and applies nothing twice:
// the next round resumes from the last checkpoint (issue 3). Real `s15n serve` and `s15n sync`
// processes on 127.0.0.1; the parent on SQLite and on PostgreSQL.

#include "servenode.h"

#include <QDeadlineTimer>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

using namespace s15n::test;
using namespace Qt::StringLiterals;

namespace {

const QString kPassword = u"crash test"_s;
constexpr int kGenerated = 30000; // enough pages (1000 rows each) to stop a round midway
constexpr int kSampleItems = 12;

QString describe(const ProcessResult &r)
{
    return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(r.exitCode).arg(r.out, r.err);
}

void generateItems(const ExchangeNode &node, const QString &prefix)
{
    if (node.backend == Backend::Sqlite)
        CHECKED(sql(node,
                    u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                    "WHERE i < %1) INSERT INTO items (code, name, unit, price) SELECT "
                    "'%2' || i, 'generated item ' || i, 'box', i / 100.0 FROM n;"_s.arg(kGenerated)
                        .arg(prefix)));
    else
        CHECKED(sql(node, u"INSERT INTO items (code, name, unit, price) SELECT '%2' || i, "
                          "'generated item ' || i, 'box', i / 100.0 FROM generate_series(1, %1) "
                          "AS i;"_s.arg(kGenerated)
                              .arg(prefix)));
}

void count(const ExchangeNode &node, const QString &query, qint64 *n)
{
    QVariant v;
    CHECKED(scalar(node, query, &v));
    *n = v.toLongLong();
}

// Starts `s15n sync parent` without waiting for it.
void startSync(const ExchangeNode &node, QProcess *process)
{
    process->setProcessEnvironment(node.env);
    process->setProcessChannelMode(QProcess::MergedChannels);
    process->start(QStringLiteral(S15N_BINARY), {u"sync"_s, u"parent"_s, u"--db"_s, node.db});
    QVERIFY(process->waitForStarted(10000));
}

// Waits until `query` on `node` counts more than `above` (20 s at most).
void waitForProgress(const ExchangeNode &node, const QString &query, qint64 above)
{
    QDeadlineTimer deadline(20000);
    QString error;
    while (!deadline.hasExpired()) {
        const QList<QVariantList> rows = querySql(node.db, query, &error);
        if (!rows.isEmpty() && rows.first().value(0).toLongLong() > above)
            return;
        QTest::qWait(10);
    }
    QFAIL(qPrintable(u"no progress: "_s + query + u" "_s + error));
}

// The newest "round" entry of a node's log.
void lastRound(const ExchangeNode &node, QJsonObject *round)
{
    QJsonArray log;
    CHECKED(readLog(node, &log));
    for (const QJsonValue &v : log) {
        if (v.toObject().value(u"action"_s).toString() == u"round"_s) {
            *round = v.toObject();
            return;
        }
    }
    QFAIL("no round in the log");
}

struct Pair
{
    QTemporaryDir home;
    ExchangeNode parent;
    ExchangeNode child;
    ServerProcess server;
};

void makePair(Pair *pair, Backend parentBackend)
{
    QVERIFY(pair->home.isValid());
    CHECKED(makeNode(&pair->parent, pair->home.path(), u"P"_s, parentBackend, Content::SampleData));
    CHECKED(
        makeNode(&pair->child, pair->home.path(), u"C"_s, Backend::Sqlite, Content::EmptySchema));
    CHECKED(addAccount(pair->parent, u"child"_s, kPassword));
    CHECKED(startServer(pair->parent, &pair->server, {u"--no-worker"_s}));
    CHECKED(addRepository(pair->child, u"parent"_s, pair->server.url, u"child"_s, kPassword));
}

const QString kChildItemsCursor =
    u"SELECT COALESCE(MAX(seq), 0) FROM s15n_cursors WHERE table_name = 'items'"_s;

} // namespace

class TestHttpCrash : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { dropNodeDatabases(); }

    void killedDuringPull_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<bool>("killServer"); // else the client
        QTest::newRow("sqlite, client killed") << Backend::Sqlite << false;
        QTest::newRow("sqlite, server killed") << Backend::Sqlite << true;
        QTest::newRow("postgres, client killed") << Backend::Postgres << false;
        QTest::newRow("postgres, server killed") << Backend::Postgres << true;
    }
    void killedDuringPull()
    {
        QFETCH(Backend, backend);
        QFETCH(bool, killServer);
        REQUIRE_BACKEND(backend);
        Pair pair;
        CHECKED(makePair(&pair, backend));
        CHECKED(generateItems(pair.parent, u"GEN"_s));
        const qint64 total = kGenerated + kSampleItems;

        QProcess sync;
        CHECKED(startSync(pair.child, &sync));
        CHECKED(waitForProgress(pair.child, kChildItemsCursor, 0));
        if (killServer) {
            const quint16 port = pair.server.port;
            CHECKED(s15n::test::killServer(&pair.server));
            QVERIFY(sync.waitForFinished(60000));
            QVERIFY2(sync.exitCode() != 0, qPrintable(QString::fromUtf8(sync.readAll())));
            QJsonObject failed;
            CHECKED(lastRound(pair.child, &failed));
            QCOMPARE(failed.value(u"result"_s).toString(), u"error"_s);
            CHECKED(startServer(pair.parent, &pair.server, {u"--no-worker"_s}, port));
        } else {
            ::kill(pid_t(sync.processId()), SIGKILL);
            QVERIFY(sync.waitForFinished(20000));
        }
        QVERIFY2(sync.state() == QProcess::NotRunning, "the round did not stop");

        // What the child holds now is exactly what its committed pages brought.
        qint64 present = 0;
        CHECKED(count(pair.child, u"SELECT COUNT(*) FROM items"_s, &present));
        qint64 known = 0;
        CHECKED(count(pair.child, u"SELECT COUNT(*) FROM s15n_rows WHERE table_name = 'items'"_s,
                      &known));
        QCOMPARE(known, present);
        QVERIFY2(
            present > 0 && present < total,
            qPrintable(u"the round was not stopped midway: %1 of %2"_s.arg(present).arg(total)));

        const ProcessResult resumed =
            syncWith(pair.child, u"parent"_s, {u"--resource"_s, u"items"_s});
        QVERIFY2(resumed.exitCode == 0, qPrintable(describe(resumed)));
        QJsonObject round;
        CHECKED(lastRound(pair.child, &round));
        // Resumed at the checkpoint: every row not there yet, and none that was.
        QCOMPARE(round.value(u"received"_s).toInteger(), total - present);
        QCOMPARE(round.value(u"applied"_s).toInteger(), total - present);
        qint64 after = 0;
        CHECKED(count(pair.child, u"SELECT COUNT(*) FROM items"_s, &after));
        QCOMPARE(after, total);
        QStringList atParent;
        QStringList atChild;
        CHECKED(dumpData(pair.parent, &atParent, {u"items"_s}));
        CHECKED(dumpData(pair.child, &atChild, {u"items"_s}));
        const QString diff = difference(atParent, atChild, u"P"_s, u"C"_s);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
    }

    // SIGTERM: the request in flight is finished and answered, the server exits with 0, and
    // the interrupted round resumes against the restarted server.
    void serverStopsCleanlyOnSigterm()
    {
        Pair pair;
        CHECKED(makePair(&pair, Backend::Sqlite));
        CHECKED(generateItems(pair.parent, u"GEN"_s));
        const qint64 total = kGenerated + kSampleItems;
        QProcess sync;
        CHECKED(startSync(pair.child, &sync));
        CHECKED(waitForProgress(pair.child, kChildItemsCursor, 0));
        const quint16 port = pair.server.port;
        CHECKED(stopServer(&pair.server)); // asserts exit code 0
        QVERIFY2(pair.server.output.contains(u"Stopped."_s), qPrintable(pair.server.output));
        QVERIFY(sync.waitForFinished(60000));
        qint64 present = 0;
        CHECKED(count(pair.child, u"SELECT COUNT(*) FROM items"_s, &present));
        QVERIFY(present > 0);
        CHECKED(startServer(pair.parent, &pair.server, {u"--no-worker"_s}, port));
        const ProcessResult resumed = syncWith(pair.child, u"parent"_s);
        QVERIFY2(resumed.exitCode == 0, qPrintable(describe(resumed)));
        qint64 after = 0;
        CHECKED(count(pair.child, u"SELECT COUNT(*) FROM items"_s, &after));
        QCOMPARE(after, total);
        CHECKED(stopServer(&pair.server));
    }

    void clientKilledDuringPush()
    {
        Pair pair;
        CHECKED(makePair(&pair, Backend::Sqlite));
        const ProcessResult first = syncWith(pair.child, u"parent"_s);
        QVERIFY2(first.exitCode == 0, qPrintable(describe(first)));
        CHECKED(generateItems(pair.child, u"CHILD"_s));
        const qint64 total = kGenerated + kSampleItems;
        const QString parentCursor =
            u"SELECT COALESCE(MAX(seq), 0) FROM s15n_cursors WHERE table_name = 'items'"_s;

        qint64 before = 0;
        CHECKED(count(pair.parent, parentCursor, &before));
        QProcess sync;
        CHECKED(startSync(pair.child, &sync));
        CHECKED(waitForProgress(pair.parent, parentCursor, before));
        ::kill(pid_t(sync.processId()), SIGKILL);
        QVERIFY(sync.waitForFinished(20000));
        qint64 present = 0;
        CHECKED(count(pair.parent, u"SELECT COUNT(*) FROM items"_s, &present));
        QVERIFY2(
            present > kSampleItems && present < total,
            qPrintable(u"the push was not stopped midway: %1 of %2"_s.arg(present).arg(total)));

        const ProcessResult resumed = syncWith(pair.child, u"parent"_s);
        QVERIFY2(resumed.exitCode == 0, qPrintable(describe(resumed)));
        qint64 after = 0;
        CHECKED(count(pair.parent, u"SELECT COUNT(*) FROM items"_s, &after));
        QCOMPARE(after, total);
        // The parent received each pushed row once: the resumed round started at its cursor.
        QJsonArray served;
        CHECKED(readLog(pair.parent, &served));
        QCOMPARE(sumLog(served, u"serve push"_s, u"received"_s), qint64(kGenerated));
        QCOMPARE(sumLog(served, u"serve push"_s, u"applied"_s), qint64(kGenerated));
        CHECKED(stopServer(&pair.server));
    }

    // The server killed while it applies pushed pages: its page in flight is rolled back, and
    // after a restart the next round pushes exactly what it lacks.
    void serverKilledDuringPush()
    {
        Pair pair;
        CHECKED(makePair(&pair, Backend::Sqlite));
        const ProcessResult first = syncWith(pair.child, u"parent"_s);
        QVERIFY2(first.exitCode == 0, qPrintable(describe(first)));
        CHECKED(generateItems(pair.child, u"CHILD"_s));
        const qint64 total = kGenerated + kSampleItems;
        const QString parentCursor =
            u"SELECT COALESCE(MAX(seq), 0) FROM s15n_cursors WHERE table_name = 'items'"_s;
        qint64 before = 0;
        CHECKED(count(pair.parent, parentCursor, &before));
        QProcess sync;
        CHECKED(startSync(pair.child, &sync));
        CHECKED(waitForProgress(pair.parent, parentCursor, before));
        const quint16 port = pair.server.port;
        CHECKED(s15n::test::killServer(&pair.server));
        QVERIFY(sync.waitForFinished(60000));
        QVERIFY2(sync.exitCode() != 0, qPrintable(QString::fromUtf8(sync.readAll())));
        qint64 present = 0;
        CHECKED(count(pair.parent, u"SELECT COUNT(*) FROM items"_s, &present));
        qint64 known = 0;
        CHECKED(count(pair.parent, u"SELECT COUNT(*) FROM s15n_rows WHERE table_name = 'items'"_s,
                      &known));
        QCOMPARE(known, present); // whole pages only
        QVERIFY2(
            present > kSampleItems && present < total,
            qPrintable(u"the push was not stopped midway: %1 of %2"_s.arg(present).arg(total)));

        CHECKED(startServer(pair.parent, &pair.server, {u"--no-worker"_s}, port));
        const ProcessResult resumed =
            syncWith(pair.child, u"parent"_s, {u"--resource"_s, u"items"_s});
        QVERIFY2(resumed.exitCode == 0, qPrintable(describe(resumed)));
        QJsonObject round;
        CHECKED(lastRound(pair.child, &round));
        QCOMPARE(round.value(u"applied"_s).toInteger(), total - present);
        qint64 after = 0;
        CHECKED(count(pair.parent, u"SELECT COUNT(*) FROM items"_s, &after));
        QCOMPARE(after, total);
        QStringList atParent;
        QStringList atChild;
        CHECKED(dumpData(pair.parent, &atParent, {u"items"_s}));
        CHECKED(dumpData(pair.child, &atChild, {u"items"_s}));
        const QString diff = difference(atParent, atChild, u"P"_s, u"C"_s);
        QVERIFY2(diff.isEmpty(), qPrintable(diff));
        CHECKED(stopServer(&pair.server));
    }
};

QTEST_GUILESS_MAIN(TestHttpCrash)
#include "tst_httpcrash.moc"
