// Two- and three-node exchanges through export/import files, driving the real `s15n`
// executable (issue 2, "Tests"): a first copy, updates, conflicts per policy, tombstones,
// children before parents, changes made by sqlite3/psql, hub routing, strategy limits.
// Every scenario runs on SQLite nodes and on PostgreSQL nodes (the ctest fixture's server).

#include "exchangenode.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

using namespace s15n::test;
using namespace Qt::StringLiterals;

namespace {

const QStringList kItems{u"items"_s};

void addBackendRows()
{
    QTest::addColumn<Backend>("backend");
    QTest::newRow("sqlite") << Backend::Sqlite;
    QTest::newRow("postgres") << Backend::Postgres;
}

// The sample node A and node B holding the same schema without rows.
void makePair(ExchangeNode *a, ExchangeNode *b, const QString &home, Backend backendA,
              Backend backendB)
{
    CHECKED(makeNode(a, home, u"A"_s, backendA, Content::SampleData));
    CHECKED(makeNode(b, home, u"B"_s, backendB, Content::EmptySchema));
}

// B receives everything A has, in dependency order; then both hold the same data.
void firstCopy(const ExchangeNode &a, const ExchangeNode &b, const QString &home)
{
    ImportCounts counts;
    CHECKED(exchange(a, b, sampleTables(), home, &counts));
    QVERIFY2(counts.failed == 0 && counts.applied == 61, qPrintable(counts.toString()));
}

void verifySameData(const ExchangeNode &a, const ExchangeNode &b,
                    const QStringList &tables = sampleTables())
{
    QStringList dataA;
    QStringList dataB;
    CHECKED(dumpData(a, &dataA, tables));
    CHECKED(dumpData(b, &dataB, tables));
    QVERIFY(!dataA.isEmpty());
    const QString diff = difference(dataA, dataB, a.name, b.name);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

// An exchange that must move nothing: no row applied, resolved, held, parked or failed.
void verifyQuiet(const ExchangeNode &from, const ExchangeNode &to, const QStringList &tables,
                 const QString &home)
{
    ImportCounts counts;
    CHECKED(exchange(from, to, tables, home, &counts));
    QVERIFY2(counts.applied == 0 && counts.conflicts == 0 && counts.held == 0 &&
                 counts.parked == 0 && counts.failed == 0 && counts.skipped == 0 &&
                 counts.unchanged == counts.received,
             qPrintable(u"%1 → %2 should change nothing: "_s.arg(from.name, to.name) +
                        counts.toString()));
}

QStringList uuidsIn(const QList<ExportedRow> &rows)
{
    QStringList uuids;
    for (const ExportedRow &row : rows)
        uuids << row.uuid;
    return uuids;
}

} // namespace

class TestExchange : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { dropNodeDatabases(); }
    void firstCopyMatches_data();
    void firstCopyMatches();
    void updateArrivesAndImportIsIdempotent_data() { addBackendRows(); }
    void updateArrivesAndImportIsIdempotent();
    void conflictResolvedPerPolicy_data();
    void conflictResolvedPerPolicy();
    void deleteTravelsAsTombstone_data() { addBackendRows(); }
    void deleteTravelsAsTombstone();
    void deleteOfParentAndChildren_data() { addBackendRows(); }
    void deleteOfParentAndChildren();
    void childBeforeParentIsBound_data() { addBackendRows(); }
    void childBeforeParentIsBound();
    void plainClientChangesAreCaptured_data() { addBackendRows(); }
    void plainClientChangesAreCaptured();
    void hubRoutesChangesButNeverBack_data();
    void hubRoutesChangesButNeverBack();
    void strategyLimits_data() { addBackendRows(); }
    void strategyLimits();
};

void TestExchange::firstCopyMatches_data()
{
    QTest::addColumn<Backend>("backendA");
    QTest::addColumn<Backend>("backendB");
    QTest::newRow("sqlite to sqlite") << Backend::Sqlite << Backend::Sqlite;
    QTest::newRow("postgres to postgres") << Backend::Postgres << Backend::Postgres;
    QTest::newRow("postgres to sqlite") << Backend::Postgres << Backend::Sqlite;
    QTest::newRow("sqlite to postgres") << Backend::Sqlite << Backend::Postgres;
}

// Scenario 1: B starts with the schema and no rows; after one export/import per resource
// in dependency order it holds exactly A's rows, references bound through UUIDs.
void TestExchange::firstCopyMatches()
{
    QFETCH(Backend, backendA);
    QFETCH(Backend, backendB);
    REQUIRE_BACKEND(backendA);
    REQUIRE_BACKEND(backendB);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    ExchangeNode a;
    ExchangeNode b;
    CHECKED(makePair(&a, &b, home.path(), backendA, backendB));

    const QList<int> expected{3, 6, 12, 10, 30};
    for (int i = 0; i < sampleTables().size(); ++i) {
        const QString table = sampleTables().at(i);
        const QString file = home.filePath(table + u".xml"_s);
        CHECKED(exportTable(a, table, file, b.uuid));
        ImportCounts counts;
        CHECKED(importFile(b, file, &counts));
        QVERIFY2(counts.received == expected.at(i) && counts.applied == expected.at(i) &&
                     counts.failed == 0 && counts.parked == 0,
                 qPrintable(table + u": "_s + counts.toString()));
        QCOMPARE(counts.source, a.uuid);
    }
    CHECKED(verifySameData(a, b));
    // Nothing B holds came from B, so nothing goes back.
    CHECKED(verifyQuiet(b, a, sampleTables(), home.path()));
}

// Scenario 2: an edit on one side arrives as an update of the same row; the same file
// imported twice changes nothing the second time.
void TestExchange::updateArrivesAndImportIsIdempotent()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    ExchangeNode a;
    ExchangeNode b;
    CHECKED(makePair(&a, &b, home.path(), backend, backend));
    CHECKED(firstCopy(a, b, home.path()));

    QString ors;
    CHECKED(uuidOf(a, u"items"_s, u"ORS"_s, &ors));
    QVariant keyBefore;
    CHECKED(scalar(b, u"SELECT id FROM items WHERE uuid = '%1'"_s.arg(ors), &keyBefore));
    CHECKED(sql(a, u"UPDATE items SET name = 'Oral rehydration salts, low osmolarity', "
                   "price = 0.4 WHERE code = 'ORS';"_s));

    const QString file = home.filePath(u"update.xml"_s);
    CHECKED(exportTable(a, u"items"_s, file, b.uuid));
    ImportCounts first;
    CHECKED(importFile(b, file, &first));
    QVERIFY2(first.applied == 1 && first.unchanged == 11 && first.conflicts == 0 &&
                 first.failed == 0,
             qPrintable(first.toString()));
    CHECKED(verifySameData(a, b));
    QVariant keyAfter;
    CHECKED(scalar(b, u"SELECT id FROM items WHERE uuid = '%1'"_s.arg(ors), &keyAfter));
    QCOMPARE(keyAfter.toLongLong(), keyBefore.toLongLong()); // updated in place

    QStringList before;
    CHECKED(snapshot(b, &before));
    ImportCounts second;
    CHECKED(importFile(b, file, &second));
    QVERIFY2(second.received == 12 && second.unchanged == 12 && second.applied == 0 &&
                 second.conflicts == 0 && second.held == 0 && second.failed == 0,
             qPrintable(second.toString()));
    QStringList after;
    CHECKED(snapshot(b, &after));
    const QString diff = difference(before, after, u"before"_s, u"after"_s);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));

    // The other way: an edit on B reaches A; what B got from A is not sent back.
    CHECKED(sql(b, u"UPDATE names SET name = 'Clinica Santa Ines (renamed)' "
                   "WHERE code = 'CUS-CSI';"_s));
    const QString back = home.filePath(u"back.xml"_s);
    CHECKED(exportTable(b, u"names"_s, back, a.uuid));
    QList<ExportedRow> rows;
    CHECKED(readExport(back, &rows));
    QCOMPARE(rows.size(), 1);
    ImportCounts onA;
    CHECKED(importFile(a, back, &onA));
    QVERIFY2(onA.applied == 1 && onA.failed == 0, qPrintable(onA.toString()));
    CHECKED(verifySameData(a, b));
}

void TestExchange::conflictResolvedPerPolicy_data()
{
    QTest::addColumn<Backend>("backend");
    QTest::addColumn<QString>("policy");
    QTest::addColumn<bool>("aEditsLast");
    QTest::addColumn<QString>("take");    // MANUAL: how the administrator resolves it
    QTest::addColumn<QString>("winnerX"); // row X was created by A
    QTest::addColumn<QString>("winnerY"); // row Y was created by B
    for (const Backend backend : {Backend::Sqlite, Backend::Postgres}) {
        const QByteArray b = toString(backend).toLatin1();
        const char *n = b.constData();
        // B receives A's edits first and resolves; A then gets B's resolution as an update.
        QTest::addRow("%s THIS", n)
            << backend << u"THIS"_s << false << QString() << u"B"_s << u"B"_s;
        QTest::addRow("%s OTHER", n)
            << backend << u"OTHER"_s << false << QString() << u"A"_s << u"A"_s;
        QTest::addRow("%s NEWER, B edits last", n)
            << backend << u"NEWER"_s << false << QString() << u"B"_s << u"B"_s;
        QTest::addRow("%s NEWER, A edits last", n)
            << backend << u"NEWER"_s << true << QString() << u"A"_s << u"A"_s;
        QTest::addRow("%s MASTER", n)
            << backend << u"MASTER"_s << false << QString() << u"A"_s << u"B"_s;
        QTest::addRow("%s MANUAL, take theirs", n)
            << backend << u"MANUAL"_s << false << u"theirs"_s << u"A"_s << u"A"_s;
        QTest::addRow("%s MANUAL, keep ours", n)
            << backend << u"MANUAL"_s << false << u"ours"_s << u"B"_s << u"B"_s;
    }
}

// Scenario 3: both sides edit the same rows; after one exchange each way both hold the
// same data, chosen per conflict policy; a further exchange each way moves nothing.
void TestExchange::conflictResolvedPerPolicy()
{
    QFETCH(Backend, backend);
    QFETCH(QString, policy);
    QFETCH(bool, aEditsLast);
    QFETCH(QString, take);
    QFETCH(QString, winnerX);
    QFETCH(QString, winnerY);
    REQUIRE_BACKEND(backend);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    ExchangeNode a;
    ExchangeNode b;
    CHECKED(makePair(&a, &b, home.path(), backend, backend));
    for (const ExchangeNode *node : {&a, &b}) {
        const ProcessResult r =
            runNode(*node, {u"resource"_s, u"edit"_s, u"items"_s, u"--conflict-policy"_s, policy});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    }
    ImportCounts counts;
    CHECKED(exchange(a, b, kItems, home.path(), &counts));
    QCOMPARE(counts.applied, 12);
    // Row Y is made on B and copied to A, so B is its creator (MASTER).
    CHECKED(sql(b, u"INSERT INTO items (code, name, unit, price) "
                   "VALUES ('IODINE', 'Povidone iodine 10 %', 'bottle', 2.5);"_s));
    CHECKED(exchange(b, a, kItems, home.path(), &counts));
    QVERIFY2(counts.applied == 1 && counts.received == 1, qPrintable(counts.toString()));
    QString x;
    QString y;
    CHECKED(uuidOf(a, u"items"_s, u"AMOX500"_s, &x));
    CHECKED(uuidOf(a, u"items"_s, u"IODINE"_s, &y));

    const auto edit = [](const ExchangeNode &node) {
        sql(node, u"UPDATE items SET name = name || ' (edited on %1)' "
                  "WHERE code IN ('AMOX500', 'IODINE');"_s.arg(node.name));
    };
    CHECKED(edit(aEditsLast ? b : a));
    // NEWER compares when the edits were made, to the millisecond: make sure they differ.
    QTest::qSleep(5);
    CHECKED(edit(aEditsLast ? a : b));
    QStringList bBefore;
    CHECKED(dumpData(b, &bBefore, kItems));

    CHECKED(exchange(a, b, kItems, home.path(), &counts));
    QVERIFY2(counts.failed == 0 && counts.applied == 0, qPrintable(counts.toString()));
    if (policy == QLatin1String("MANUAL")) {
        QVERIFY2(counts.held == 2 && counts.conflicts == 0, qPrintable(counts.toString()));
        // Held, not applied: B's data is as it was until an administrator decides.
        QStringList bHeld;
        CHECKED(dumpData(b, &bHeld, kItems));
        QCOMPARE(bHeld, bBefore);
        const ProcessResult list = runNode(b, {u"conflicts"_s, u"--json"_s});
        QVERIFY2(list.exitCode == 0, qPrintable(list.err));
        const QJsonArray held = QJsonDocument::fromJson(list.out.toUtf8()).array();
        QCOMPARE(held.size(), 2);
        QStringList heldRows;
        for (const QJsonValue &v : held) {
            const QJsonObject o = v.toObject();
            QCOMPARE(o.value(u"table"_s).toString(), u"items"_s);
            QCOMPARE(o.value(u"remoteNode"_s).toString(), a.uuid);
            heldRows << o.value(u"row"_s).toString();
        }
        heldRows.sort();
        QStringList xy{x, y};
        xy.sort();
        QCOMPARE(heldRows, xy);
        for (const QJsonValue &v : held) {
            const ProcessResult r = runNode(
                b, {u"conflicts"_s, u"resolve"_s,
                    QString::number(v.toObject().value(u"id"_s).toInteger()), u"--take"_s, take});
            QVERIFY2(r.exitCode == 0, qPrintable(r.err));
        }
        const ProcessResult none = runNode(b, {u"conflicts"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(none.out.toUtf8()).array().size(), 0);
    } else {
        QVERIFY2(counts.conflicts == 2 && counts.held == 0, qPrintable(counts.toString()));
    }

    CHECKED(exchange(b, a, kItems, home.path(), &counts));
    // A conflict's winner keeps its version: what B took from A does not travel back; what
    // B kept arrives at A as a plain update.
    const int bWon = int(winnerX == b.name) + int(winnerY == b.name);
    QVERIFY2(counts.applied == bWon && counts.conflicts == 0 && counts.held == 0 &&
                 counts.failed == 0,
             qPrintable(counts.toString()));
    CHECKED(verifySameData(a, b, kItems));
    QVariant nameX;
    QVariant nameY;
    CHECKED(scalar(a, u"SELECT name FROM items WHERE uuid = '%1'"_s.arg(x), &nameX));
    CHECKED(scalar(a, u"SELECT name FROM items WHERE uuid = '%1'"_s.arg(y), &nameY));
    QCOMPARE(nameX.toString(), u"Amoxicillin 500 mg capsules (edited on %1)"_s.arg(winnerX));
    QCOMPARE(nameY.toString(), u"Povidone iodine 10 % (edited on %1)"_s.arg(winnerY));

    CHECKED(verifyQuiet(a, b, kItems, home.path()));
    CHECKED(verifyQuiet(b, a, kItems, home.path()));
    CHECKED(verifySameData(a, b, kItems));
}

// Scenario 4: a delete travels as a tombstone, and an older copy of the row arriving later
// does not bring it back.
void TestExchange::deleteTravelsAsTombstone()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    ExchangeNode a;
    ExchangeNode b;
    CHECKED(makePair(&a, &b, home.path(), backend, backend));
    const QString oldLines = home.filePath(u"lines-before.xml"_s);
    for (const QString &table : sampleTables()) {
        const QString file =
            table == u"transaction_lines"_s ? oldLines : home.filePath(table + u".xml"_s);
        CHECKED(exportTable(a, table, file, b.uuid));
        ImportCounts counts;
        CHECKED(importFile(b, file, &counts));
        QCOMPARE(counts.failed, 0);
    }
    QVariant line;
    CHECKED(scalar(a, u"SELECT uuid FROM transaction_lines WHERE id = 1"_s, &line));
    CHECKED(sql(a, u"DELETE FROM transaction_lines WHERE id = 1;"_s));

    const QString file = home.filePath(u"delete.xml"_s);
    CHECKED(exportTable(a, u"transaction_lines"_s, file, b.uuid));
    QList<ExportedRow> rows;
    CHECKED(readExport(file, &rows));
    bool found = false;
    for (const ExportedRow &row : rows) {
        if (row.uuid != line.toString())
            continue;
        found = true;
        QVERIFY(row.deleted);
        QVERIFY(row.fields.isEmpty());
        QCOMPARE(row.origin, a.uuid);
    }
    QVERIFY2(found, "the deleted row is not in the export as a tombstone");

    ImportCounts counts;
    CHECKED(importFile(b, file, &counts));
    QVERIFY2(counts.applied == 1 && counts.unchanged == 29 && counts.failed == 0,
             qPrintable(counts.toString()));
    QVariant left;
    CHECKED(scalar(
        b, u"SELECT COUNT(*) FROM transaction_lines WHERE uuid = '%1'"_s.arg(line.toString()),
        &left));
    QCOMPARE(left.toInt(), 0);
    CHECKED(verifySameData(a, b));

    // The file from before the delete is old news: the row stays deleted.
    CHECKED(importFile(b, oldLines, &counts));
    QVERIFY2(counts.applied == 0 && counts.failed == 0 && counts.conflicts == 0,
             qPrintable(counts.toString()));
    CHECKED(verifySameData(a, b));
    CHECKED(verifyQuiet(b, a, sampleTables(), home.path()));
}

// Scenario 4, continued: a transaction and its lines deleted together. Exchanged resource by
// resource in the usual (dependency) order, the parent's tombstone arrives before its
// children's; the receiving node must still end up without any of them.
void TestExchange::deleteOfParentAndChildren()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    ExchangeNode a;
    ExchangeNode b;
    CHECKED(makePair(&a, &b, home.path(), backend, backend));
    CHECKED(firstCopy(a, b, home.path()));
    CHECKED(sql(a, u"BEGIN;\n"
                   "DELETE FROM transaction_lines WHERE transaction_id = 10;\n"
                   "DELETE FROM transactions WHERE id = 10;\n"
                   "COMMIT;\n"_s));

    ImportCounts counts;
    CHECKED(exchange(a, b, sampleTables(), home.path(), &counts));
    QVERIFY2(counts.applied == 4 && counts.failed == 0, qPrintable(counts.toString()));
    CHECKED(verifySameData(a, b));
    CHECKED(verifyQuiet(a, b, sampleTables(), home.path()));
}

// Scenario 5: rows arriving before the rows they refer to wait, and are bound to the right
// local keys once those arrive. B's keys differ from A's (B has rows of its own), so only
// binding through UUIDs gives the right result.
void TestExchange::childBeforeParentIsBound()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    ExchangeNode a;
    ExchangeNode b;
    CHECKED(makePair(&a, &b, home.path(), backend, backend));
    CHECKED(sql(b, u"INSERT INTO stores (code, name) VALUES ('B-LOCAL', 'Store made on B');\n"
                   "INSERT INTO items (code, name, unit, price) "
                   "VALUES ('B-ITEM', 'Item made on B', 'each', 1);\n"_s));
    QStringList ownRows;
    CHECKED(dumpData(b, &ownRows));
    QCOMPARE(ownRows.size(), 2);

    QStringList reversed = sampleTables();
    std::reverse(reversed.begin(), reversed.end());
    ImportCounts total;
    for (const QString &table : reversed) {
        const QString file = home.filePath(table + u".xml"_s);
        CHECKED(exportTable(a, table, file, b.uuid));
        ImportCounts counts;
        CHECKED(importFile(b, file, &counts));
        if (table == u"transaction_lines"_s)
            QVERIFY2(counts.parked == 30 && counts.applied == 0, qPrintable(counts.toString()));
        total += counts;
    }
    QVERIFY2(total.applied == 61 && total.failed == 0, qPrintable(total.toString()));
    QVariant parked;
    CHECKED(scalar(b, u"SELECT COUNT(*) FROM s15n_parked"_s, &parked));
    QCOMPARE(parked.toInt(), 0);

    QStringList dataA;
    QStringList dataB;
    CHECKED(dumpData(a, &dataA));
    CHECKED(dumpData(b, &dataB));
    for (const QString &own : std::as_const(ownRows))
        QVERIFY(dataB.removeOne(own));
    const QString diff = difference(dataA, dataB, a.name, b.name);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

// Scenario 6: changes made by a plain sqlite3 / psql session (no s15n involved) are captured:
// an update, an insert (which gets a UUID) and a delete, exported after the last cursor.
void TestExchange::plainClientChangesAreCaptured()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    ExchangeNode a;
    ExchangeNode b;
    CHECKED(makePair(&a, &b, home.path(), backend, backend));
    QHash<QString, qint64> cursors;
    for (const QString &table : sampleTables()) {
        const QString file = home.filePath(table + u"-0.xml"_s);
        qint64 next = 0;
        CHECKED(exportTable(a, table, file, b.uuid, 0, &next));
        cursors.insert(table, next);
        ImportCounts counts;
        CHECKED(importFile(b, file, &counts));
    }
    QString ors;
    QString line30;
    CHECKED(uuidOf(a, u"items"_s, u"ORS"_s, &ors));
    QVariant v;
    CHECKED(scalar(a, u"SELECT uuid FROM transaction_lines WHERE id = 30"_s, &v));
    line30 = v.toString();

    CHECKED(sql(a, u"BEGIN;\n"
                   "UPDATE items SET price = 0.4 WHERE code = 'ORS';\n"
                   "INSERT INTO items (code, name, unit, price) "
                   "VALUES ('IODINE', 'Povidone iodine 10 %', 'bottle', 2.5);\n"
                   "COMMIT;\n"
                   "DELETE FROM transaction_lines WHERE id = 30;\n"
                   "UPDATE transactions SET comment = 'checked again' WHERE id = 2;\n"_s));
    QString iodine;
    CHECKED(uuidOf(a, u"items"_s, u"IODINE"_s, &iodine)); // filled in by s15n's trigger

    const QHash<QString, QStringList> expected{
        {u"stores"_s, {}},
        {u"names"_s, {}},
        {u"items"_s, {ors, iodine}},
        {u"transactions"_s, {}},
        {u"transaction_lines"_s, {line30}},
    };
    ImportCounts total;
    for (const QString &table : sampleTables()) {
        const QString file = home.filePath(table + u"-1.xml"_s);
        CHECKED(exportTable(a, table, file, b.uuid, cursors.value(table)));
        QList<ExportedRow> rows;
        CHECKED(readExport(file, &rows));
        QStringList uuids = uuidsIn(rows);
        uuids.sort();
        QStringList want = expected.value(table);
        if (table == u"transactions"_s) {
            QVariant t2;
            CHECKED(scalar(a, u"SELECT uuid FROM transactions WHERE id = 2"_s, &t2));
            want << t2.toString();
        }
        want.sort();
        QCOMPARE(uuids, want);
        for (const ExportedRow &row : std::as_const(rows)) {
            if (row.uuid == ors)
                QCOMPARE(row.fields.value(u"price"_s), u"real:0.4"_s);
            if (row.uuid == iodine)
                QCOMPARE(row.fields.value(u"code"_s), u"text:IODINE"_s);
            QCOMPARE(row.deleted, row.uuid == line30);
        }
        ImportCounts counts;
        CHECKED(importFile(b, file, &counts));
        total += counts;
    }
    QVERIFY2(total.applied == 4 && total.failed == 0, qPrintable(total.toString()));
    CHECKED(verifySameData(a, b));
}

void TestExchange::hubRoutesChangesButNeverBack_data()
{
    QTest::addColumn<Backend>("leaves");
    QTest::addColumn<Backend>("hub");
    QTest::newRow("sqlite") << Backend::Sqlite << Backend::Sqlite;
    QTest::newRow("postgres hub, sqlite leaves") << Backend::Sqlite << Backend::Postgres;
    QTest::newRow("postgres") << Backend::Postgres << Backend::Postgres;
}

// Scenario 7: A → P → B. A change made on A reaches B through the hub P; what B received
// from P is never exported back to P (--to P), nor what P received from A back to A. A
// change made on B travels B → P → A the same way.
void TestExchange::hubRoutesChangesButNeverBack()
{
    QFETCH(Backend, leaves);
    QFETCH(Backend, hub);
    REQUIRE_BACKEND(leaves);
    REQUIRE_BACKEND(hub);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    ExchangeNode a;
    ExchangeNode p;
    ExchangeNode b;
    CHECKED(makeNode(&a, home.path(), u"A"_s, leaves, Content::SampleData));
    CHECKED(makeNode(&p, home.path(), u"P"_s, hub, Content::EmptySchema));
    CHECKED(makeNode(&b, home.path(), u"B"_s, leaves, Content::EmptySchema));
    ImportCounts counts;
    CHECKED(exchange(a, p, kItems, home.path(), &counts));
    QCOMPARE(counts.applied, 12);
    CHECKED(exchange(p, b, kItems, home.path(), &counts));
    QCOMPARE(counts.applied, 12);

    CHECKED(sql(a, u"UPDATE items SET unit = 'box of 50' WHERE code = 'GLOVE-M';\n"
                   "INSERT INTO items (code, name, unit, price) "
                   "VALUES ('IODINE', 'Povidone iodine 10 %', 'bottle', 2.5);\n"_s));
    QString gloves;
    QString iodine;
    CHECKED(uuidOf(a, u"items"_s, u"GLOVE-M"_s, &gloves));
    CHECKED(uuidOf(a, u"items"_s, u"IODINE"_s, &iodine));
    CHECKED(exchange(a, p, kItems, home.path(), &counts));
    QVERIFY2(counts.applied == 2 && counts.failed == 0, qPrintable(counts.toString()));
    CHECKED(exchange(p, b, kItems, home.path(), &counts));
    QVERIFY2(counts.applied == 2 && counts.failed == 0, qPrintable(counts.toString()));
    CHECKED(verifySameData(a, b, kItems));
    CHECKED(verifySameData(a, p, kItems));

    const auto exported = [&](const ExchangeNode &from, const ExchangeNode &to,
                              QList<ExportedRow> *rows) {
        const QString file = home.filePath(u"%1-to-%2.xml"_s.arg(from.name, to.name));
        CHECKED(exportTable(from, u"items"_s, file, to.uuid));
        CHECKED(readExport(file, rows));
    };
    QList<ExportedRow> rows;
    CHECKED(exported(b, p, &rows));
    QVERIFY2(rows.isEmpty(), qPrintable(uuidsIn(rows).join(u", "_s)));
    CHECKED(exported(p, a, &rows));
    QVERIFY2(rows.isEmpty(), qPrintable(uuidsIn(rows).join(u", "_s)));

    // B's own change goes to P, and from P on to A, and nothing else does.
    CHECKED(sql(b, u"UPDATE items SET price = 0.5 WHERE code = 'RDT-MAL';"_s));
    QString rdt;
    CHECKED(uuidOf(b, u"items"_s, u"RDT-MAL"_s, &rdt));
    CHECKED(exported(b, p, &rows));
    QCOMPARE(uuidsIn(rows), QStringList{rdt});
    CHECKED(exchange(b, p, kItems, home.path(), &counts));
    QCOMPARE(counts.applied, 1);
    CHECKED(exported(p, a, &rows));
    QCOMPARE(uuidsIn(rows), QStringList{rdt});
    CHECKED(exchange(p, a, kItems, home.path(), &counts));
    QCOMPARE(counts.applied, 1);
    CHECKED(exported(p, b, &rows));
    QVERIFY2(!uuidsIn(rows).contains(rdt), "P sends B's own change back to B");
    CHECKED(verifySameData(a, b, kItems));
    CHECKED(verifySameData(a, p, kItems));
}

// Scenario 9: the strategy limits what incoming changes may do: update-only refuses creates,
// create,update refuses deletes; both count as skipped and change nothing.
void TestExchange::strategyLimits()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    ExchangeNode a;
    ExchangeNode b;
    CHECKED(makePair(&a, &b, home.path(), backend, backend));
    const auto strategy = [](const ExchangeNode &node, const QString &operations) {
        const ProcessResult r =
            runNode(node, {u"resource"_s, u"edit"_s, u"items"_s, u"--strategy"_s, operations});
        QVERIFY2(r.exitCode == 0, qPrintable(r.err));
    };

    CHECKED(strategy(b, u"update"_s));
    const QString all = home.filePath(u"items.xml"_s);
    CHECKED(exportTable(a, u"items"_s, all, b.uuid));
    ImportCounts counts;
    CHECKED(importFile(b, all, &counts));
    QVERIFY2(counts.skipped == 12 && counts.applied == 0 && counts.failed == 0,
             qPrintable(counts.toString()));
    QVERIFY2(counts.messages.join(QLatin1Char('\n')).contains(u"create"_s),
             qPrintable(counts.toString()));
    QVariant rows;
    CHECKED(scalar(b, u"SELECT COUNT(*) FROM items"_s, &rows));
    QCOMPARE(rows.toInt(), 0);

    // With creates allowed the rows arrive; back to update-only, an update is applied and a
    // new row is not.
    CHECKED(strategy(b, u"create,update,delete"_s));
    CHECKED(importFile(b, all, &counts));
    QVERIFY2(counts.applied == 12, qPrintable(counts.toString()));
    CHECKED(strategy(b, u"update"_s));
    CHECKED(sql(a, u"UPDATE items SET price = 0.4 WHERE code = 'ORS';\n"
                   "INSERT INTO items (code, name, unit, price) "
                   "VALUES ('IODINE', 'Povidone iodine 10 %', 'bottle', 2.5);\n"_s));
    CHECKED(exchange(a, b, kItems, home.path(), &counts));
    QVERIFY2(counts.applied == 1 && counts.skipped == 1 && counts.failed == 0,
             qPrintable(counts.toString()));
    CHECKED(scalar(b, u"SELECT price FROM items WHERE code = 'ORS'"_s, &rows));
    QCOMPARE(rows.toDouble(), 0.4);
    CHECKED(scalar(b, u"SELECT COUNT(*) FROM items WHERE code = 'IODINE'"_s, &rows));
    QCOMPARE(rows.toInt(), 0);

    // create,update: a delete is refused.
    CHECKED(strategy(b, u"create,update"_s));
    CHECKED(exchange(a, b, kItems, home.path(), &counts));
    QVERIFY2(counts.applied == 1, qPrintable(counts.toString())); // IODINE now
    CHECKED(sql(a, u"DELETE FROM items WHERE code = 'IODINE';"_s));
    CHECKED(exchange(a, b, kItems, home.path(), &counts));
    QVERIFY2(counts.skipped == 1 && counts.applied == 0 && counts.failed == 0,
             qPrintable(counts.toString()));
    QVERIFY2(counts.messages.join(QLatin1Char('\n')).contains(u"delete"_s),
             qPrintable(counts.toString()));
    CHECKED(scalar(b, u"SELECT COUNT(*) FROM items WHERE code = 'IODINE'"_s, &rows));
    QCOMPARE(rows.toInt(), 1);
}

QTEST_GUILESS_MAIN(TestExchange)
#include "tst_exchange.moc"
