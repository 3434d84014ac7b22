// The progress a sync round reports (RoundOptions::progress, what the admin application's
// Sync now and Run now show) against a real `s15n serve` parent with the sample data: a report
// when each resource's pull and push starts and after each page, with the page count, the rows
// received (sent) and applied so far and the resources done of those in all, the last one
// saying every resource is done; a cancel from a report leaves the pages reported applied and
// nothing after them; and `s15n sync` prints the same lines as before there were reports. The
// child is a node opened in this process, its passwords in a file of the test's own.
#include "client/repositorysetup.h"
#include "storage/node.h"

#include "httptest.h"

#include <QMap>
#include <QTemporaryDir>
#include <QTest>

#include <atomic>

using namespace s15n;
using namespace s15n::test;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(s15n::RoundProgress::Direction)

namespace {

using Direction = RoundProgress::Direction;

QString describe(const RoundProgress &p)
{
    return u"%1 %2 pages=%3 received=%4 sent=%5 applied=%6 finished=%7 done=%8/%9"_s
        .arg(p.resource, p.direction == Direction::Pull ? u"pull"_s : u"push"_s)
        .arg(p.pages)
        .arg(p.received)
        .arg(p.sent)
        .arg(p.applied)
        .arg(p.finished)
        .arg(p.resourcesDone)
        .arg(p.resourcesTotal);
}

QString describe(const QList<RoundProgress> &reports)
{
    QStringList lines;
    for (const RoundProgress &p : reports)
        lines << describe(p);
    return lines.join(u'\n');
}

// The reports of `table` in `direction`, in order.
QList<RoundProgress> of(const QList<RoundProgress> &reports, const QString &table,
                        Direction direction)
{
    QList<RoundProgress> found;
    for (const RoundProgress &p : reports)
        if (p.resource == table && p.direction == direction)
            found << p;
    return found;
}

} // namespace

class TestHttpProgress : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    ExchangeNode m_parent;
    ServerProcess m_server;
    ExchangeNode m_childNode;
    std::unique_ptr<Node> m_child;
    int m_children = 0;

    qint64 parentRows(const QString &table)
    {
        QVariant n;
        scalar(m_parent, u"SELECT count(*) FROM %1"_s.arg(table), &n);
        return n.toLongLong();
    }
    qint64 childRows(const QString &table)
    {
        Result<QVariant> n =
            m_child->database().scalar(u"SELECT count(*) FROM %1"_s.arg(table), {});
        if (!n)
            qFatal("%s", qPrintable(n.message()));
        return n.value().toLongLong();
    }
    // One round with "parent", every report collected; `onReport` may set *cancel.
    Result<RoundSummary> sync(int pageSize, QList<RoundProgress> *reports,
                              const std::function<void(const RoundProgress &)> &onReport = {},
                              std::atomic_bool *cancel = nullptr)
    {
        RoundOptions options;
        options.pageSize = pageSize;
        options.cancelled = cancel;
        options.progress = [reports, onReport](const RoundProgress &p) {
            reports->append(p);
            if (onReport)
                onReport(p);
        };
        return RepositorySetup(*m_child, cancel).sync(u"parent"_s, options);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // Here and in the commands the test runs.
        qputenv("S15N_CREDENTIALS_FILE", m_home.filePath(u"credentials"_s).toUtf8());
        CHECKED(makeNode(&m_parent, m_home.path(), u"P"_s, Backend::Sqlite, Content::SampleData));
        CHECKED(addAccount(m_parent, kAccount, kPassword));
        CHECKED(startServer(m_parent, &m_server, {u"--no-worker"_s}));
    }
    void cleanupTestCase() { stopServer(&m_server); }

    void init()
    {
        CHECKED(makeNode(&m_childNode, m_home.path(), u"C%1"_s.arg(++m_children), Backend::Sqlite,
                         Content::EmptySchema));
        Result<DatabaseLocation> location = DatabaseLocation::parse(m_childNode.db);
        QVERIFY2(location.ok(), qPrintable(location.message()));
        Result<std::unique_ptr<Node>> node = Node::open(location.value());
        QVERIFY2(node.ok(), qPrintable(node.message()));
        m_child = std::move(node.value());
        Repository r;
        r.name = u"parent"_s;
        r.url = QUrl(m_server.url);
        r.username = kAccount;
        Result<AddOutcome> added = RepositorySetup(*m_child).add(r, kPassword);
        QVERIFY2(added.ok() && added.value().registered,
                 qPrintable(added.ok() ? added.value().registrationFailure : added.message()));
    }
    void cleanup() { m_child.reset(); }

    void eachPulledPageIsReported()
    {
        QList<RoundProgress> reports;
        Result<RoundSummary> synced = sync(2, &reports);
        QVERIFY2(synced.ok(), qPrintable(synced.message()));
        const QString all = describe(reports);
        const QStringList tables = sampleTables();
        QVERIFY2(!reports.isEmpty(), "no progress reported");

        // The last one: every resource done.
        QCOMPARE(reports.last().resource, QString());
        QCOMPARE(reports.last().resourcesTotal, int(tables.size()));
        QCOMPARE(reports.last().resourcesDone, int(tables.size()));

        qint64 pages = 0;
        qint64 applied = 0;
        int lastDone = 0;
        for (const RoundProgress &p : reports) {
            QCOMPARE(p.resourcesTotal, int(tables.size()));
            QVERIFY2(p.resourcesDone >= lastDone, qPrintable(all)); // never goes back
            lastDone = p.resourcesDone;
        }
        for (const QString &table : tables) {
            const QList<RoundProgress> pulls = of(reports, table, Direction::Pull);
            const qint64 rows = parentRows(table);
            QVERIFY2(rows > 2, qPrintable(table)); // more than one page of 2
            // A report when it starts, then one per page (a checkpoint: 1, 2, 3, ...), and one
            // saying it is done when the last page was full (the remote said "more").
            QVERIFY2(pulls.size() >= 2, qPrintable(all));
            QCOMPARE(pulls.first().pages, 0);
            QVERIFY(!pulls.first().checkpoint);
            QVERIFY(!pulls.first().finished);
            qint64 checkpoints = 0;
            for (int i = 1; i < pulls.size(); ++i) {
                const RoundProgress &p = pulls.at(i);
                if (p.checkpoint)
                    QCOMPARE(p.pages, ++checkpoints);
                else
                    QVERIFY2(i == pulls.size() - 1 && p.pages == checkpoints, qPrintable(all));
                QVERIFY2(p.received >= pulls.at(i - 1).received, qPrintable(all));
                QVERIFY2(p.received <= p.pages * 2, qPrintable(all));
                QCOMPARE(p.finished, i == pulls.size() - 1);
                QCOMPARE(p.resourcesDone, pulls.first().resourcesDone);
            }
            // The counts are the rows that came: every row of the parent's, all applied.
            const RoundProgress &last = pulls.last();
            QCOMPARE(last.received, rows);
            QCOMPARE(last.applied, rows);
            QCOMPARE(last.pages, (rows + 1) / 2);
            QCOMPARE(childRows(table), rows);
            pages += last.pages;
            applied += last.applied;
            // Then the push: nothing of this node's to send (a page that only moves the
            // parent's cursor past what came from it).
            const QList<RoundProgress> pushes = of(reports, table, Direction::Push);
            QVERIFY2(!pushes.isEmpty(), qPrintable(all));
            QCOMPARE(pushes.first().pages, 0);
            QVERIFY(pushes.last().finished);
            QCOMPARE(pushes.last().sent, 0);
            QCOMPARE(pushes.last().resourcesDone, pulls.first().resourcesDone);
        }
        QCOMPARE(pages, synced.value().pulledPages);
        QCOMPARE(applied, synced.value().pulled.applied);
    }

    void eachPushedPageIsReported()
    {
        QList<RoundProgress> first;
        Result<RoundSummary> synced = sync(1000, &first);
        QVERIFY2(synced.ok(), qPrintable(synced.message()));

        for (int i = 1; i <= 5; ++i) {
            Result<QSqlQuery> q = m_child->database().exec(
                u"INSERT INTO stores (code, name, active) VALUES (?, ?, 1)"_s,
                {u"C-%1"_s.arg(i), u"Clinic store %1"_s.arg(i)});
            QVERIFY2(q.ok(), qPrintable(q.message()));
        }
        QList<RoundProgress> reports;
        synced = sync(2, &reports);
        QVERIFY2(synced.ok(), qPrintable(synced.message()));
        const QString all = describe(reports);
        // Nothing new from the parent: its start, and that it is done.
        const QList<RoundProgress> pulls = of(reports, u"stores"_s, Direction::Pull);
        QVERIFY2(pulls.size() == 2, qPrintable(all));
        QVERIFY(pulls.last().finished);
        QCOMPARE(pulls.last().pages, 0);
        QCOMPARE(pulls.last().checkpointLine(), QString());
        const QList<RoundProgress> pushes = of(reports, u"stores"_s, Direction::Push);
        QVERIFY2(pushes.size() == 4, qPrintable(all)); // the start, then pages of 2, 2 and 1
        QVERIFY(!pushes.first().checkpoint);
        QCOMPARE(pushes.first().pages, 0);
        QCOMPARE(pushes.first().sent, 0);
        const QList<qint64> sent{2, 4, 5};
        for (int i = 1; i < pushes.size(); ++i) {
            QVERIFY(pushes.at(i).checkpoint);
            QCOMPARE(pushes.at(i).pages, qint64(i));
            QCOMPARE(pushes.at(i).sent, sent.at(i - 1));
            QCOMPARE(pushes.at(i).applied, sent.at(i - 1)); // as the parent applied them
            QCOMPARE(pushes.at(i).finished, i == 3);
        }
        QCOMPARE(pushes.last().checkpointLine(), u"stores: pushed 5 changes"_s);
        QCOMPARE(parentRows(u"stores"_s), 3 + 5);
        QCOMPARE(synced.value().pushedPages, 3);
    }

    // Cancelled from the report of the first page: that page is kept, nothing after it.
    void aCancelAtAReportKeepsThePagesReported()
    {
        std::atomic_bool cancel{false};
        QList<RoundProgress> reports;
        Result<RoundSummary> synced = sync(
            2, &reports,
            [&cancel](const RoundProgress &p) {
                if (p.pages == 1)
                    cancel = true;
            },
            &cancel);
        QVERIFY(!synced.ok());
        VERIFY_MENTIONS(synced.message(), (QStringList{u"cancelled"_s, u"checkpoint"_s}));
        const QString all = describe(reports);
        QVERIFY2(!reports.isEmpty(), "no progress reported");
        const RoundProgress &last = reports.last();
        QVERIFY2(last.pages == 1, qPrintable(all));
        QCOMPARE(last.direction, Direction::Pull);
        QCOMPARE(childRows(last.resource), last.applied);
        QCOMPARE(last.applied, 2);
        for (const QString &table : sampleTables())
            if (table != last.resource)
                QCOMPARE(childRows(table), 0);

        // The next round goes on from there: every row arrives once.
        QList<RoundProgress> rest;
        synced = sync(2, &rest);
        QVERIFY2(synced.ok(), qPrintable(synced.message()));
        const QList<RoundProgress> resumed = of(rest, last.resource, Direction::Pull);
        QCOMPARE(resumed.last().received, parentRows(last.resource) - 2);
        QCOMPARE(childRows(last.resource), parentRows(last.resource));
    }

    void checkpointLines_data()
    {
        QTest::addColumn<QString>("resource");
        QTest::addColumn<Direction>("direction");
        QTest::addColumn<qint64>("pages");
        QTest::addColumn<qint64>("rows");
        QTest::addColumn<QString>("line");
        QTest::newRow("pull starts")
            << u"items"_s << Direction::Pull << qint64(0) << qint64(0) << QString();
        QTest::newRow("pulled page") << u"items"_s << Direction::Pull << qint64(3) << qint64(2000)
                                     << u"items: pulled 2000 changes"_s;
        QTest::newRow("pushed page") << u"stores"_s << Direction::Push << qint64(1) << qint64(7)
                                     << u"stores: pushed 7 changes"_s;
        QTest::newRow("done after a full page")
            << u"items"_s << Direction::Pull << qint64(3) << qint64(2000) << QString();
        QTest::newRow("round done")
            << QString() << Direction::Pull << qint64(0) << qint64(0) << QString();
    }
    void checkpointLines()
    {
        QFETCH(QString, resource);
        QFETCH(Direction, direction);
        QFETCH(qint64, pages);
        QFETCH(qint64, rows);
        QFETCH(QString, line);
        RoundProgress p;
        p.resource = resource;
        p.direction = direction;
        p.pages = pages;
        (direction == Direction::Pull ? p.received : p.sent) = rows;
        // A checkpoint: a page was just applied.
        p.checkpoint = !line.isEmpty();
        p.finished = QByteArray(QTest::currentDataTag()).startsWith("done");
        QCOMPARE(p.checkpointLine(), line);
    }

    // `s15n sync` prints a line per page, as before there were progress reports, and only those.
    void theCommandLinePrintsAsBefore()
    {
        ExchangeNode child;
        CHECKED(makeNode(&child, m_home.path(), u"CLI%1"_s.arg(++m_children), Backend::Sqlite,
                         Content::EmptySchema));
        CHECKED(addRepository(child, u"parent"_s, m_server.url, kAccount, kPassword));
        const ProcessResult r = syncWith(child, u"parent"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(test::describe(r)));
        // Per resource: what came, then the push, which only moves the parent's cursor past
        // what came from it (nothing of this node's to send).
        // In the order of the child's resources (parents first).
        QStringList expected;
        for (const QString &table : sampleTables())
            expected << u"%1: pulled %2 changes"_s.arg(table).arg(parentRows(table))
                     << u"%1: pushed 0 changes"_s.arg(table);
        QStringList lines = r.err.split(u'\n', Qt::SkipEmptyParts);
        for (int i = 0; i + 1 < lines.size(); i += 2)
            QVERIFY2(lines.at(i + 1).startsWith(lines.at(i).section(u':', 0, 0) + u": pushed"_s),
                     qPrintable(r.err));
        lines.sort();
        expected.sort();
        QVERIFY2(lines == expected, qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestHttpProgress)
#include "tst_httpprogress.moc"
