// Sync rounds between real `s15n serve` processes on 127.0.0.1 (issue 3, "Tests"): the first
// copy, updates both ways, tombstones, registration twice, every conflict policy, every update
// policy both ways, policy transfer, strategy limits, and three nodes through the parent with no
// echo. The parent runs on SQLite and on PostgreSQL (the ctest fixture's server); children are
// SQLite.

#include "httptest.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace s15n::test;
using namespace Qt::StringLiterals;

namespace {

// A parent with the sample data, serving; children get the sample schema without rows.
struct Site
{
    QTemporaryDir home;
    ExchangeNode parent;
    ServerProcess server;
    QList<ExchangeNode> children;
};

void makeParent(Site *site, Backend backend)
{
    QVERIFY(site->home.isValid());
    CHECKED(makeNode(&site->parent, site->home.path(), u"P"_s, backend, Content::SampleData));
    CHECKED(startServer(site->parent, &site->server, {u"--no-worker"_s}));
}

// A child registered at the parent with its own account; returns its index.
void addChild(Site *site, const QString &name, int *index = nullptr)
{
    ExchangeNode child;
    CHECKED(makeNode(&child, site->home.path(), name, Backend::Sqlite, Content::EmptySchema));
    const QString account = u"acct_"_s + name.toLower();
    CHECKED(addAccount(site->parent, account, kPassword));
    CHECKED(addRepository(child, u"parent"_s, site->server.url, account, kPassword));
    site->children.append(child);
    if (index)
        *index = int(site->children.size()) - 1;
}

void itemName(const ExchangeNode &node, const QString &code, QString *name)
{
    valueOf(node, u"SELECT name FROM items WHERE code = '%1'"_s.arg(code), name);
}

// `s15n resource edit TABLE ARGS` on `node`, which must exit 0.
void editResource(const ExchangeNode &node, const QString &table, const QStringList &args)
{
    const ProcessResult r = runNode(node, QStringList{u"resource"_s, u"edit"_s, table} + args);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
}

void addBackendRows()
{
    QTest::addColumn<Backend>("backend");
    QTest::newRow("sqlite parent") << Backend::Sqlite;
    QTest::newRow("postgres parent") << Backend::Postgres;
}

} // namespace

class TestHttpSync : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { dropNodeDatabases(); }

    void firstCopyThenNothingMoves_data() { addBackendRows(); }
    void firstCopyThenNothingMoves()
    {
        QFETCH(Backend, backend);
        REQUIRE_BACKEND(backend);
        Site site;
        CHECKED(makeParent(&site, backend));
        CHECKED(addChild(&site, u"C"_s));
        const ExchangeNode &child = site.children.first();
        CHECKED(syncOk(child));
        CHECKED(verifySameData(site.parent, child));
        QJsonObject round;
        CHECKED(newestEntry(child, u"round"_s, &round));
        QCOMPARE(round.value(u"received"_s).toInteger(), 61);
        QCOMPARE(round.value(u"applied"_s).toInteger(), 61);
        QCOMPARE(round.value(u"failed"_s).toInteger(), 0);

        CHECKED(syncOk(child));
        CHECKED(newestEntry(child, u"round"_s, &round));
        QCOMPARE(round.value(u"received"_s).toInteger(), 0);
        QCOMPARE(round.value(u"result"_s).toString(), u"success"_s);
        CHECKED(verifySameData(site.parent, child));

        // The parent logged what it served.
        QJsonArray served;
        CHECKED(readLog(site.parent, &served));
        QVERIFY(sumLog(served, u"register"_s, u"failed"_s) == 0);
        bool servedPull = false;
        for (const QJsonValue &v : served)
            servedPull =
                servedPull || v.toObject().value(u"action"_s).toString() == u"serve pull"_s;
        QVERIFY2(servedPull, "the server's log has no 'serve pull' entry");
        CHECKED(stopServer(&site.server));
    }

    void registrationTwiceMakesOnePeer()
    {
        Site site;
        CHECKED(makeParent(&site, Backend::Sqlite));
        CHECKED(addChild(&site, u"C"_s));
        const ExchangeNode &child = site.children.first();
        const ProcessResult again = runNode(child, {u"repo"_s, u"register"_s, u"parent"_s});
        QVERIFY2(again.exitCode == 0, qPrintable(describe(again)));
        // A second repository for the same parent registers the same node again.
        CHECKED(addRepository(child, u"parent2"_s, site.server.url, u"acct_c"_s, kPassword));
        const ProcessResult peers = runNode(site.parent, {u"peer"_s, u"list"_s, u"--json"_s});
        QVERIFY2(peers.exitCode == 0, qPrintable(describe(peers)));
        const QJsonArray list = QJsonDocument::fromJson(peers.out.toUtf8()).array();
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(u"uuid"_s).toString(), child.uuid);
        QCOMPARE(list.first().toObject().value(u"user"_s).toString(), u"acct_c"_s);
        const ProcessResult repos = runNode(child, {u"repo"_s, u"list"_s, u"--json"_s});
        const QJsonArray repoList = QJsonDocument::fromJson(repos.out.toUtf8()).array();
        QCOMPARE(repoList.size(), 2);
        for (const QJsonValue &v : repoList) {
            QCOMPARE(v.toObject().value(u"remoteUuid"_s).toString(), site.parent.uuid);
            QVERIFY(v.toObject().value(u"registered"_s).toBool());
            QVERIFY2(!repos.out.contains(kPassword), "a password is listed");
        }
    }

    void updatesAndDeletesBothWays_data() { addBackendRows(); }
    void updatesAndDeletesBothWays()
    {
        QFETCH(Backend, backend);
        REQUIRE_BACKEND(backend);
        Site site;
        CHECKED(makeParent(&site, backend));
        CHECKED(addChild(&site, u"C"_s));
        const ExchangeNode &child = site.children.first();
        CHECKED(syncOk(child));

        // A change made by plain sqlite3 on the child reaches the parent...
        CHECKED(sql(child, u"UPDATE items SET name = 'from the child' WHERE code = 'ORS';"_s));
        CHECKED(syncOk(child));
        QString name;
        CHECKED(itemName(site.parent, u"ORS"_s, &name));
        QCOMPARE(name, u"from the child"_s);
        // ...one made by sqlite3/psql on the parent, and a deletion, reach the child.
        CHECKED(sql(site.parent, u"UPDATE items SET name = 'from the parent' WHERE code = "
                                 "'PARA500';"_s));
        CHECKED(sql(site.parent, u"DELETE FROM transaction_lines WHERE id = 1;"_s));
        CHECKED(syncOk(child));
        CHECKED(itemName(child, u"PARA500"_s, &name));
        QCOMPARE(name, u"from the parent"_s);
        CHECKED(verifySameData(site.parent, child));
        QVariant lines;
        CHECKED(scalar(child, u"SELECT COUNT(*) FROM transaction_lines"_s, &lines));
        QCOMPARE(lines.toInt(), 29);
    }

    void conflictPolicies_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<QString>("policy");
        QTest::addColumn<QString>("expected"); // "child", "parent" or "held"
        for (Backend backend : {Backend::Sqlite, Backend::Postgres}) {
            const QString b = toString(backend);
            // The child meets the conflict when it pulls and settles it by its policy; its
            // push then carries the winner, which descends from both, as a plain update.
            // (policyTransferOnPush covers conflicts met by the parent.)
            QTest::newRow(qPrintable(b + u" THIS"_s)) << backend << u"THIS"_s << u"child"_s;
            QTest::newRow(qPrintable(b + u" OTHER"_s)) << backend << u"OTHER"_s << u"parent"_s;
            QTest::newRow(qPrintable(b + u" NEWER"_s)) << backend << u"NEWER"_s << u"parent"_s;
            QTest::newRow(qPrintable(b + u" MASTER"_s)) << backend << u"MASTER"_s << u"parent"_s;
            QTest::newRow(qPrintable(b + u" MANUAL"_s)) << backend << u"MANUAL"_s << u"held"_s;
        }
    }
    void conflictPolicies()
    {
        QFETCH(Backend, backend);
        QFETCH(QString, policy);
        QFETCH(QString, expected);
        REQUIRE_BACKEND(backend);
        Site site;
        CHECKED(makeParent(&site, backend));
        CHECKED(addChild(&site, u"C"_s));
        const ExchangeNode &child = site.children.first();
        CHECKED(syncOk(child));
        const ProcessResult edited =
            runNode(child, {u"resource"_s, u"edit"_s, u"items"_s, u"--conflict-policy"_s, policy});
        QVERIFY2(edited.exitCode == 0, qPrintable(describe(edited)));

        // Both sides change the same row; the parent's edit is the later one.
        CHECKED(sql(child, u"UPDATE items SET name = 'child edit' WHERE code = 'ORS';"_s));
        QTest::qWait(20); // distinct clock readings for NEWER
        CHECKED(sql(site.parent, u"UPDATE items SET name = 'parent edit' WHERE code = 'ORS';"_s));
        CHECKED(syncOk(child));

        QString atChild;
        QString atParent;
        CHECKED(itemName(child, u"ORS"_s, &atChild));
        CHECKED(itemName(site.parent, u"ORS"_s, &atParent));
        if (expected == u"held"_s) {
            QCOMPARE(atChild, u"child edit"_s);
            QCOMPARE(atParent, u"parent edit"_s);
            const ProcessResult held = runNode(child, {u"conflicts"_s, u"--json"_s});
            QCOMPARE(QJsonDocument::fromJson(held.out.toUtf8()).array().size(), 1);
            return;
        }
        const QString winner = expected == u"child"_s ? u"child edit"_s : u"parent edit"_s;
        QCOMPARE(atChild, winner);
        QCOMPARE(atParent, winner);
        CHECKED(verifySameData(site.parent, child));
        // Settled: the next round moves nothing.
        CHECKED(syncOk(child));
        QJsonObject round;
        CHECKED(newestEntry(child, u"round"_s, &round));
        QCOMPARE(round.value(u"received"_s).toInteger(), 0);
    }

    // A conflict found by the parent while it applies a push: the child's policies travel with
    // the push and, as the parent has no settings of its own for the child, apply mirrored.
    // With a repository for the child the parent applies its own (NEWER: its later edit).
    void policyTransferOnPush_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<bool>("parentHasOwnSettings");
        QTest::addColumn<QString>("expected");
        QTest::newRow("THIS travels as OTHER") << u"THIS"_s << false << u"child edit"_s;
        QTest::newRow("OTHER travels as THIS") << u"OTHER"_s << false << u"parent edit"_s;
        QTest::newRow("own settings win") << u"THIS"_s << true << u"parent edit"_s;
    }
    void policyTransferOnPush()
    {
        QFETCH(QString, policy);
        QFETCH(bool, parentHasOwnSettings);
        QFETCH(QString, expected);
        Site site;
        CHECKED(makeParent(&site, Backend::Sqlite));
        CHECKED(addChild(&site, u"C"_s));
        const ExchangeNode &child = site.children.first();
        CHECKED(syncOk(child));
        if (parentHasOwnSettings) {
            // A repository for the child (not reachable; only its settings matter here).
            const ProcessResult own = runNodeWithInput(
                site.parent,
                {u"repo"_s, u"add"_s, u"clinic"_s, u"http://127.0.0.1:9"_s, u"--user"_s, u"x"_s,
                 u"--uuid"_s, child.uuid, u"--accept-pushes"_s},
                "password\n");
            QVERIFY2(own.exitCode == 0, qPrintable(describe(own)));
        }
        // Push only, so the parent meets the conflict (the child never pulls it first).
        const ProcessResult edited =
            runNode(child, {u"resource"_s, u"edit"_s, u"items"_s, u"--mode"_s, u"push"_s,
                            u"--conflict-policy"_s, policy});
        QVERIFY2(edited.exitCode == 0, qPrintable(describe(edited)));
        CHECKED(sql(child, u"UPDATE items SET name = 'child edit' WHERE code = 'ORS';"_s));
        QTest::qWait(20); // distinct clock readings: the parent's edit is the newer one
        CHECKED(sql(site.parent, u"UPDATE items SET name = 'parent edit' WHERE code = 'ORS';"_s));
        CHECKED(syncOk(child, {u"--resource"_s, u"items"_s}));
        QString atParent;
        CHECKED(itemName(site.parent, u"ORS"_s, &atParent));
        QCOMPARE(atParent, expected);
    }

    // A plain update (only one side changed the row since the first copy) under each update
    // policy of the child's items resource. "pull": the parent changes the row and the child
    // applies its own policy. "push": the child changes it, and the parent, which has no
    // settings of its own for the child, applies the policy the push carries, mirrored (THIS and
    // OTHER swap). decide(): THIS skips, OTHER and NEWER apply, MASTER applies unless the
    // receiving node created the row (the sample rows were created by the parent; the child's
    // row is inserted at the child and pushed before it is changed).
    void updatePolicies_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<QString>("direction");  // "pull" or "push", seen from the child
        QTest::addColumn<QString>("policy");     // the child's update policy for items
        QTest::addColumn<QString>("creator");    // "parent" or "child": who created the row
        QTest::addColumn<QString>("skipReason"); // what the receiver logs; empty: it applies
        struct Row
        {
            const char *name;
            const char *direction;
            const char *policy;
            const char *creator;
            const char *skipReason;
        };
        static const Row rows[] = {
            {"pull THIS", "pull", "THIS", "parent", "update policy THIS"},
            {"pull OTHER", "pull", "OTHER", "parent", ""},
            {"pull NEWER", "pull", "NEWER", "parent", ""},
            {"pull MASTER, parent's row", "pull", "MASTER", "parent", ""},
            {"pull MASTER, child's row", "pull", "MASTER", "child", "update policy MASTER"},
            {"push THIS travels as OTHER", "push", "THIS", "parent", ""},
            {"push OTHER travels as THIS", "push", "OTHER", "parent", "update policy THIS"},
            {"push NEWER", "push", "NEWER", "parent", ""},
            {"push MASTER, parent's row", "push", "MASTER", "parent", "update policy MASTER"},
            {"push MASTER, child's row", "push", "MASTER", "child", ""},
        };
        for (Backend backend : {Backend::Sqlite, Backend::Postgres}) {
            for (const Row &r : rows) {
                QTest::newRow(qPrintable(toString(backend) + u' ' + QLatin1String(r.name)))
                    << backend << QString::fromLatin1(r.direction) << QString::fromLatin1(r.policy)
                    << QString::fromLatin1(r.creator) << QString::fromLatin1(r.skipReason);
            }
        }
    }
    void updatePolicies()
    {
        QFETCH(Backend, backend);
        QFETCH(QString, direction);
        QFETCH(QString, policy);
        QFETCH(QString, creator);
        QFETCH(QString, skipReason);
        REQUIRE_BACKEND(backend);
        Site site;
        CHECKED(makeParent(&site, backend));
        CHECKED(addChild(&site, u"C"_s));
        const ExchangeNode &child = site.children.first();
        CHECKED(syncOk(child));
        CHECKED(editResource(child, u"items"_s, {u"--update-policy"_s, policy}));
        QString code = u"ORS"_s;
        if (creator == u"child"_s) {
            code = u"C-1"_s;
            CHECKED(sql(child, u"INSERT INTO items (code, name, unit) VALUES ('C-1', 'Made at "
                               "C', 'box');"_s));
            CHECKED(syncOk(child));
        }
        QString original;
        QString copy;
        QString uuid;
        CHECKED(itemName(site.parent, code, &original));
        CHECKED(itemName(child, code, &copy));
        QCOMPARE(copy, original);
        CHECKED(valueOf(child, u"SELECT uuid FROM items WHERE code = '%1'"_s.arg(code), &uuid));

        const bool pull = direction == u"pull"_s;
        const bool skipped = !skipReason.isEmpty();
        const ExchangeNode &changer = pull ? site.parent : child;
        const ExchangeNode &receiver = pull ? child : site.parent;
        const QString changed = u"changed at "_s + changer.name;
        CHECKED(
            sql(changer, u"UPDATE items SET name = '%1' WHERE code = '%2';"_s.arg(changed, code)));
        CHECKED(syncOk(child));

        QString value;
        CHECKED(itemName(changer, code, &value));
        QCOMPARE(value, changed);
        CHECKED(itemName(receiver, code, &value));
        QCOMPARE(value, skipped ? original : changed);

        // The receiver logged the page: the update applied, or skipped and why.
        QJsonObject page;
        if (pull)
            CHECKED(newestEntry(child, u"pull page"_s, &page, u"items"_s));
        else
            CHECKED(newestEntry(site.parent, u"serve push"_s, &page, u"items"_s));
        QVERIFY2(page.value(u"received"_s).toInteger() == 1, qPrintable(entryText(page)));
        QVERIFY2(page.value(u"applied"_s).toInteger() == (skipped ? 0 : 1),
                 qPrintable(entryText(page)));
        QVERIFY2(page.value(u"skipped"_s).toInteger() == (skipped ? 1 : 0),
                 qPrintable(entryText(page)));
        QCOMPARE(page.value(u"result"_s).toString(), skipped ? u"warning"_s : u"success"_s);
        if (skipped)
            VERIFY_MENTIONS(page.value(u"message"_s).toString(),
                            (QStringList{u"skipped"_s, uuid, skipReason}));
        if (!pull) {
            // The child learns from the parent's answer what became of its push.
            QJsonObject pushed;
            CHECKED(newestEntry(child, u"push page"_s, &pushed, u"items"_s));
            QVERIFY2(pushed.value(u"skipped"_s).toInteger() == (skipped ? 1 : 0),
                     qPrintable(entryText(pushed)));
            if (skipped)
                VERIFY_MENTIONS(pushed.value(u"message"_s).toString(),
                                (QStringList{uuid, skipReason}));
        }
        QJsonObject round;
        CHECKED(newestEntry(child, u"round"_s, &round));
        QVERIFY2(round.value(u"skipped"_s).toInteger() == (skipped ? 1 : 0),
                 qPrintable(entryText(round)));
        QCOMPARE(round.value(u"result"_s).toString(), skipped ? u"warning"_s : u"success"_s);
        if (!skipped)
            CHECKED(verifySameData(site.parent, child));

        // The decision stands: the next round moves nothing and the values stay.
        CHECKED(syncOk(child));
        CHECKED(newestEntry(child, u"round"_s, &round));
        QVERIFY2(round.value(u"received"_s).toInteger() == 0, qPrintable(entryText(round)));
        CHECKED(itemName(receiver, code, &value));
        QCOMPARE(value, skipped ? original : changed);
        CHECKED(itemName(changer, code, &value));
        QCOMPARE(value, changed);
    }

    // Rows that refer to rows not there yet wait, and are bound right when those arrive.
    void childRowsBeforeTheirParents()
    {
        Site site;
        CHECKED(makeParent(&site, Backend::Sqlite));
        CHECKED(addChild(&site, u"C"_s));
        const ExchangeNode &child = site.children.first();
        CHECKED(syncOk(child, {u"--resource"_s, u"transaction_lines"_s}));
        QVariant lines;
        CHECKED(scalar(child, u"SELECT COUNT(*) FROM transaction_lines"_s, &lines));
        QCOMPARE(lines.toInt(), 0);
        QVariant waiting;
        CHECKED(scalar(child, u"SELECT COUNT(*) FROM s15n_parked"_s, &waiting));
        QCOMPARE(waiting.toInt(), 30);
        CHECKED(syncOk(child));
        CHECKED(scalar(child, u"SELECT COUNT(*) FROM s15n_parked"_s, &waiting));
        QCOMPARE(waiting.toInt(), 0);
        CHECKED(verifySameData(site.parent, child));
    }

    void strategyLimitsHold()
    {
        Site site;
        CHECKED(makeParent(&site, Backend::Sqlite));
        CHECKED(addChild(&site, u"C"_s));
        const ExchangeNode &child = site.children.first();
        CHECKED(syncOk(child));
        const ProcessResult edited =
            runNode(child, {u"resource"_s, u"edit"_s, u"items"_s, u"--strategy"_s, u"create"_s});
        QVERIFY2(edited.exitCode == 0, qPrintable(describe(edited)));
        CHECKED(sql(site.parent, u"UPDATE items SET name = 'renamed' WHERE code = 'ORS';"_s));
        CHECKED(sql(site.parent, u"INSERT INTO items (code, name, unit) VALUES ('NEW1', 'New', "
                                 "'box');"_s));
        CHECKED(syncOk(child));
        QString name;
        CHECKED(itemName(child, u"ORS"_s, &name));
        QCOMPARE(name, u"Oral rehydration salts"_s);
        CHECKED(itemName(child, u"NEW1"_s, &name));
        QCOMPARE(name, u"New"_s);
        QJsonObject round;
        CHECKED(newestEntry(child, u"round"_s, &round));
        QCOMPARE(round.value(u"skipped"_s).toInteger(), 1);
        QCOMPARE(round.value(u"result"_s).toString(), u"warning"_s);
    }

    // The child's strategy for transaction_lines leaves out delete or update; the parent
    // updates one line and deletes another. What the strategy allows arrives; the other is
    // skipped with the reason in the log, and stays skipped in later rounds.
    void strategyLimitsDeleteAndUpdate_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::addColumn<QString>("strategy");
        QTest::addColumn<bool>("updateArrives");
        QTest::addColumn<bool>("deleteArrives");
        QTest::addColumn<QString>("skipReason");
        for (Backend backend : {Backend::Sqlite, Backend::Postgres}) {
            const QString b = toString(backend);
            QTest::newRow(qPrintable(b + u" create,update: no delete"_s))
                << backend << u"create,update"_s << true << false
                << u"strategy does not allow delete"_s;
            QTest::newRow(qPrintable(b + u" create,delete: no update"_s))
                << backend << u"create,delete"_s << false << true
                << u"strategy does not allow update"_s;
        }
    }
    void strategyLimitsDeleteAndUpdate()
    {
        QFETCH(Backend, backend);
        QFETCH(QString, strategy);
        QFETCH(bool, updateArrives);
        QFETCH(bool, deleteArrives);
        QFETCH(QString, skipReason);
        REQUIRE_BACKEND(backend);
        Site site;
        CHECKED(makeParent(&site, backend));
        CHECKED(addChild(&site, u"C"_s));
        const ExchangeNode &child = site.children.first();
        CHECKED(syncOk(child));
        CHECKED(editResource(child, u"transaction_lines"_s, {u"--strategy"_s, strategy}));
        QString updated;
        QString deleted;
        CHECKED(
            valueOf(site.parent, u"SELECT uuid FROM transaction_lines WHERE id = 2"_s, &updated));
        CHECKED(
            valueOf(site.parent, u"SELECT uuid FROM transaction_lines WHERE id = 1"_s, &deleted));
        CHECKED(sql(site.parent, u"UPDATE transaction_lines SET quantity = 777 WHERE id = 2;"
                                 "DELETE FROM transaction_lines WHERE id = 1;"_s));
        const QString quantityQuery =
            u"SELECT quantity FROM transaction_lines WHERE uuid = '%1'"_s.arg(updated);
        const QString deletedQuery =
            u"SELECT COUNT(*) FROM transaction_lines WHERE uuid = '%1'"_s.arg(deleted);
        CHECKED(syncOk(child));

        const auto verifyChild = [&] {
            QString value;
            CHECKED(valueOf(child, quantityQuery, &value));
            QCOMPARE(value, updateArrives ? u"777"_s : u"20000"_s);
            CHECKED(valueOf(child, deletedQuery, &value));
            QCOMPARE(value, deleteArrives ? u"0"_s : u"1"_s);
            CHECKED(valueOf(child, u"SELECT COUNT(*) FROM transaction_lines"_s, &value));
            QCOMPARE(value, deleteArrives ? u"29"_s : u"30"_s);
        };
        CHECKED(verifyChild());
        QJsonObject page;
        CHECKED(newestEntry(child, u"pull page"_s, &page, u"transaction_lines"_s));
        QVERIFY2(page.value(u"received"_s).toInteger() == 2, qPrintable(entryText(page)));
        QVERIFY2(page.value(u"applied"_s).toInteger() == 1, qPrintable(entryText(page)));
        QVERIFY2(page.value(u"skipped"_s).toInteger() == 1, qPrintable(entryText(page)));
        QCOMPARE(page.value(u"result"_s).toString(), u"warning"_s);
        VERIFY_MENTIONS(page.value(u"message"_s).toString(),
                        (QStringList{u"skipped"_s, deleteArrives ? updated : deleted, skipReason}));
        QJsonObject round;
        CHECKED(newestEntry(child, u"round"_s, &round));
        QVERIFY2(round.value(u"skipped"_s).toInteger() == 1, qPrintable(entryText(round)));
        QCOMPARE(round.value(u"result"_s).toString(), u"warning"_s);
        // The parent's data is its own: nothing the child skipped comes back.
        QString value;
        CHECKED(valueOf(site.parent, quantityQuery, &value));
        QCOMPARE(value, u"777"_s);
        CHECKED(valueOf(site.parent, deletedQuery, &value));
        QCOMPARE(value, u"0"_s);

        CHECKED(syncOk(child));
        CHECKED(newestEntry(child, u"round"_s, &round));
        QVERIFY2(round.value(u"received"_s).toInteger() == 0, qPrintable(entryText(round)));
        CHECKED(verifyChild());
        CHECKED(valueOf(site.parent, deletedQuery, &value));
        QCOMPARE(value, u"0"_s);
    }

    void threeNodesThroughTheParentWithoutEcho_data() { addBackendRows(); }
    void threeNodesThroughTheParentWithoutEcho()
    {
        QFETCH(Backend, backend);
        REQUIRE_BACKEND(backend);
        Site site;
        CHECKED(makeParent(&site, backend));
        CHECKED(addChild(&site, u"A"_s));
        CHECKED(addChild(&site, u"B"_s));
        const ExchangeNode &a = site.children.at(0);
        const ExchangeNode &b = site.children.at(1);
        CHECKED(syncOk(a));
        CHECKED(syncOk(b));
        CHECKED(sql(a, u"INSERT INTO stores (code, name) VALUES ('A-1', 'Made at A');"_s));
        CHECKED(syncOk(a));
        CHECKED(syncOk(b));
        QVariant made;
        CHECKED(scalar(b, u"SELECT name FROM stores WHERE code = 'A-1'"_s, &made));
        QCOMPARE(made.toString(), u"Made at A"_s);
        // A's row never comes back to A as a change, and two more rounds move nothing.
        for (int round = 0; round < 2; ++round) {
            for (const ExchangeNode *node : {&a, &b}) {
                CHECKED(syncOk(*node));
                QJsonObject last;
                CHECKED(newestEntry(*node, u"round"_s, &last));
                QVERIFY2(last.value(u"received"_s).toInteger() == 0,
                         qPrintable(node->name + u": "_s +
                                    QString::fromUtf8(QJsonDocument(last).toJson())));
            }
        }
        CHECKED(verifySameData(a, b));
        CHECKED(verifySameData(site.parent, a));
    }
};

QTEST_GUILESS_MAIN(TestHttpSync)
#include "tst_httpsync.moc"
