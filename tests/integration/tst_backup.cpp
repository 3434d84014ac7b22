// Seeding a child from its parent's backup zip (core/backup): the data arrives field for field
// with the parent's versions, across dialects; the child keeps its own UUID and its cursor is
// the snapshot's, so the first pull brings exactly what changed since; excluded tables and
// s15n's own tables never go in; the snapshot is consistent while another connection writes.
// Bad zips, a full disk and a cancel: tst_backupfailures.cpp.
#include "backup/backupmanifest.h"
#include "backup/backuprestorer.h"
#include "backup/backupwriter.h"
#include "backupfixture.h"
#include "capture/changestamper.h"
#include "capture/resourcestore.h"
#include "exchangenode.h"
#include "sync/applyengine.h"
#include "sync/exporter.h"
#include "sync/resourceschema.h"

#include <QBuffer>
#include <QFile>
#include <QtTest>

using namespace s15n;
using namespace s15n::test;
using namespace Qt::StringLiterals;

namespace {

// What s15n knows of the restored rows, comparable between two nodes.
QStringList versions(const QString &db, const QStringList &tables)
{
    return rowsOf(db, u"SELECT table_name, row_uuid, version, ancestry, origin, "
                      "CASE WHEN deleted THEN 1 ELSE 0 END FROM s15n_rows "
                      "WHERE table_name IN ('%1')"_s.arg(tables.join(u"', '"_s)));
}

ExchangeNode asExchangeNode(Node &node, const QString &name)
{
    ExchangeNode e;
    e.name = name;
    e.db = node.database().location().toString();
    e.backend = node.database().dialect() == Database::Dialect::Sqlite ? Backend::Sqlite
                                                                       : Backend::Postgres;
    e.uuid = node.identity().uuid.toString(QUuid::WithoutBraces);
    return e;
}

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

} // namespace

class TestBackup : public QObject, public BackupFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanup() { dropPostgresDatabases(); }

    void restoreOnChild_data();
    void restoreOnChild();
    void restoreIntoExistingEmptyTables();
    void excludedTablesNeverReachTheChild();
    void tableReferringToAnExcludedOne();
    void rowReferringToALaterRow_data();
    void rowReferringToALaterRow();
    void changesAfterTheSnapshotArriveInTheFirstPull_data();
    void changesAfterTheSnapshotArriveInTheFirstPull();
    void snapshotIsConsistentWhileAnotherConnectionWrites_data();
    void snapshotIsConsistentWhileAnotherConnectionWrites();
};

void TestBackup::restoreOnChild_data()
{
    QTest::addColumn<Backend>("parentBackend");
    QTest::addColumn<Backend>("childBackend");
    QTest::newRow("sqlite to sqlite") << Backend::Sqlite << Backend::Sqlite;
    QTest::newRow("sqlite to postgres") << Backend::Sqlite << Backend::Postgres;
    QTest::newRow("postgres to sqlite") << Backend::Postgres << Backend::Sqlite;
    QTest::newRow("postgres to postgres") << Backend::Postgres << Backend::Postgres;
}

void TestBackup::restoreOnChild()
{
    QFETCH(Backend, parentBackend);
    QFETCH(Backend, childBackend);
    REQUIRE_BACKEND(parentBackend);
    REQUIRE_BACKEND(childBackend);
    std::unique_ptr<Node> parent = makeNode(parentBackend, u"Head office"_s, true);
    std::unique_ptr<Node> child = makeNode(childBackend, u"Clinic 4"_s, false);
    QVERIFY(parent && child);
    const QUuid childUuid = child->identity().uuid;

    // Settings of its own on the parent, a tombstone, and things that must stay on the parent.
    Resource items = ResourceStore(*parent).find(u"items"_s).value();
    items.strategy = *Strategy::fromString(u"create,update");
    items.conflictPolicy = Policy::Manual;
    items.mode = SyncMode::Pull;
    S15N_CHECK(ResourceStore(*parent).edit(items));
    S15N_CHECK(run(parent->database(), u"DELETE FROM transaction_lines WHERE id = 1"_s));
    S15N_CHECK(run(parent->database(),
                   u"INSERT INTO s15n_node (key, value) VALUES ('test_secret', 'SECRET-4711')"_s));
    S15N_CHECK(run(parent->database(),
                   u"INSERT INTO s15n_log (logged_at, action, result, message) VALUES "
                   "('2025-01-01T00:00:00Z', 'register', 'success', 'SECRET-4712')"_s));

    const QString zip = zipPath(u"seed-%1.zip"_s.arg(QTest::currentDataTag()).replace(u' ', u'-'));
    qint64 lastDone = -1;
    qint64 lastTotal = -1;
    Result<BackupSummary> written = BackupWriter(*parent).write(
        zip, BackupOptions{{}, u"clinic4"_s}, [&](qint64 done, qint64 total, const QString &) {
            QVERIFY(done >= lastDone);
            lastDone = done;
            lastTotal = total;
        });
    S15N_CHECK(written);
    QCOMPARE(lastDone, written->rows);
    QCOMPARE(lastTotal, written->rows);
    QVERIFY(written->warnings.isEmpty());
    QCOMPARE(written->manifest.child, u"clinic4"_s);

    // Only the manifest and the resources' rows: no s15n table, account, setting or log.
    const QList<ZipEntry> entries = readZip(zip);
    QStringList names;
    for (const ZipEntry &e : entries) {
        names << e.name;
        QVERIFY2(!e.data.contains("SECRET-47"), qPrintable(e.name));
        QVERIFY2(!e.data.contains("s15n_"), qPrintable(e.name));
    }
    QStringList expectedNames{u"manifest.xml"_s};
    for (const QString &table : SampleData::tables())
        expectedNames << u"data/%1.xml"_s.arg(table);
    names.sort();
    expectedNames.sort();
    QCOMPARE(names, expectedNames);

    const QStringList beforeInspect = dumpDatabase(child->database().location().toString());
    Result<BackupManifest> inspected = BackupRestorer(*child).inspect(zip, parent->identity().uuid);
    S15N_CHECK(inspected);
    QCOMPARE(inspected->parent, parent->identity().uuid);
    QCOMPARE(inspected->parentName, u"Head office"_s);
    QStringList order;
    for (const BackupResource &r : inspected->resources)
        order << r.resource.table;
    // Dependency order: referenced tables first.
    QVERIFY(order.indexOf(u"stores"_s) < order.indexOf(u"transactions"_s));
    QVERIFY(order.indexOf(u"transactions"_s) < order.indexOf(u"transaction_lines"_s));
    QVERIFY(order.indexOf(u"items"_s) < order.indexOf(u"transaction_lines"_s));
    QCOMPARE(dumpDatabase(child->database().location().toString()), beforeInspect);

    Result<RestoreSummary> restored = BackupRestorer(*child).restore(zip, parent->identity().uuid);
    S15N_CHECK(restored);
    QCOMPARE(restored->rows, written->rows);
    QCOMPARE(restored->createdTables.size(), 5);
    QCOMPARE(restored->registeredTables.size(), 5);
    QCOMPARE(restored->waiting, 0);

    // Field by field (references as the referenced row's UUID), versions, tombstone, origin.
    QStringList parentData;
    QStringList childData;
    CHECKED(dumpData(asExchangeNode(*parent, u"parent"_s), &parentData));
    CHECKED(dumpData(asExchangeNode(*child, u"child"_s), &childData));
    QVERIFY(parentData.size() > 20);
    QVERIFY2(parentData == childData, qPrintable(difference(parentData, childData)));
    const QString parentDb = parent->database().location().toString();
    const QString childDb = child->database().location().toString();
    const QStringList parentVersions = versions(parentDb, SampleData::tables());
    QCOMPARE(versions(childDb, SampleData::tables()), parentVersions);
    QVERIFY(std::any_of(parentVersions.cbegin(), parentVersions.cend(), [](const QString &line) {
        return line.startsWith(u"transaction_lines"_s) && line.endsWith(u" | 1"_s);
    })); // the tombstone travelled
    QCOMPARE(rowsOf(childDb, u"SELECT DISTINCT source FROM s15n_rows"_s),
             QStringList{uuidText(parent->identity().uuid)});
    QCOMPARE(rowsOf(childDb, u"SELECT COUNT(*) FROM s15n_changes"_s), QStringList{u"0"_s});
    QCOMPARE(rowsOf(childDb, u"SELECT COUNT(*) FROM s15n_parked"_s), QStringList{u"0"_s});

    // The child keeps its own UUID, never the parent's.
    QCOMPARE(child->identity().uuid, childUuid);
    QCOMPARE(rowsOf(childDb, u"SELECT value FROM s15n_node WHERE key = 'uuid'"_s),
             QStringList{uuidText(childUuid)});
    QVERIFY(childUuid != parent->identity().uuid);
    QCOMPARE(rowsOf(childDb, u"SELECT COUNT(*) FROM s15n_node WHERE key = 'test_secret'"_s),
             QStringList{u"0"_s});

    // Its cursor for the parent is the snapshot's: where SyncRound's first pull starts.
    for (const BackupResource &r : restored->manifest.resources) {
        QCOMPARE(rowsOf(parentDb, u"SELECT MAX(seq) FROM s15n_rows WHERE table_name = '%1'"_s.arg(
                                      r.resource.table)),
                 QStringList{QString::number(r.cursor)});
        QCOMPARE(rowsOf(childDb, u"SELECT seq FROM s15n_cursors WHERE peer = '%1' AND "
                                 "table_name = '%2'"_s.arg(uuidText(parent->identity().uuid),
                                                           r.resource.table)),
                 QStringList{QString::number(r.cursor)});
    }

    // The parent's settings, and the capture triggers of a resource.
    Result<Resource> childItems = ResourceStore(*child).find(u"items"_s);
    S15N_CHECK(childItems);
    QVERIFY(childItems->mode == SyncMode::Pull);
    QVERIFY(childItems->strategy == items.strategy);
    QVERIFY(childItems->conflictPolicy == Policy::Manual);
    S15N_CHECK(
        run(child->database(), u"UPDATE stores SET name = 'Renamed here' WHERE code = 'HQ'"_s));
    QCOMPARE(rowsOf(childDb, u"SELECT table_name, op FROM s15n_changes"_s),
             QStringList{u"stores | U"_s});
}

void TestBackup::restoreIntoExistingEmptyTables()
{
    // A child that made the schema and its resources itself (README, "A first exchange").
    std::unique_ptr<Node> parent = makeNode(Backend::Sqlite, u"parent"_s, true);
    std::unique_ptr<Node> child = makeNode(Backend::Sqlite, u"child"_s, true);
    QVERIFY(parent && child);
    for (const char *table : {"transaction_lines", "transactions", "items", "names", "stores"}) {
        S15N_CHECK(run(child->database(), u"DELETE FROM %1"_s.arg(QLatin1String(table))));
    }
    S15N_CHECK(ResourceStore(*child).remove(u"transaction_lines"_s)); // its records go
    for (const char *table : {"transactions", "items", "names", "stores"})
        S15N_CHECK(ResourceStore(*child).remove(QLatin1String(table)));
    Resource lines;
    lines.table = u"transaction_lines"_s;
    lines.updatePolicy = Policy::This;
    S15N_CHECK(ResourceStore(*child).add(lines));

    const QString zip = zipPath(u"existing.zip"_s);
    S15N_CHECK(BackupWriter(*parent).write(zip));
    Result<RestoreSummary> restored = BackupRestorer(*child).restore(zip, parent->identity().uuid);
    S15N_CHECK(restored);
    QVERIFY(restored->createdTables.isEmpty());
    QCOMPARE(restored->keptTables, QStringList{u"transaction_lines"_s});
    QCOMPARE(restored->registeredTables.size(), 4);
    QVERIFY(ResourceStore(*child).find(u"transaction_lines"_s)->updatePolicy == Policy::This);
    QStringList parentData;
    QStringList childData;
    CHECKED(dumpData(asExchangeNode(*parent, u"parent"_s), &parentData));
    CHECKED(dumpData(asExchangeNode(*child, u"child"_s), &childData));
    QVERIFY2(parentData == childData, qPrintable(difference(parentData, childData)));
}

void TestBackup::excludedTablesNeverReachTheChild()
{
    std::unique_ptr<Node> parent = makeNode(Backend::Sqlite, u"parent"_s, true);
    std::unique_ptr<Node> child = makeNode(Backend::Sqlite, u"child"_s, false);
    QVERIFY(parent && child);
    // Written to a device this time (the HTTP download streams it).
    QByteArray bytes;
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::WriteOnly));
    Result<BackupSummary> written = BackupWriter(*parent).write(
        &buffer, BackupOptions{{u"transaction_lines"_s, u"no_such_table"_s}, QString()});
    S15N_CHECK(written);
    buffer.close();
    QCOMPARE(written->zipBytes, bytes.size());
    QCOMPARE(written->warnings.size(), 1); // no_such_table is not a resource
    QVERIFY2(written->warnings.first().contains(u"no_such_table"_s),
             qPrintable(written->warnings.first()));
    const QString zip = zipPath(u"excluded.zip"_s);
    {
        QFile file(zip);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    }
    const QList<ZipEntry> entries = readZip(zip);
    QCOMPARE(entries.size(), 5);
    for (const ZipEntry &e : entries) {
        QVERIFY2(!e.name.contains(u"transaction_lines"_s), qPrintable(e.name));
        QVERIFY2(!e.data.contains("transaction_lines"), qPrintable(e.name));
    }
    QVERIFY(!written->manifest.resource(u"transaction_lines"_s));

    S15N_CHECK(BackupRestorer(*child).restore(zip, parent->identity().uuid));
    Result<QStringList> tables = SchemaCatalogue(child->database()).tables();
    S15N_CHECK(tables);
    QCOMPARE(tables.value(), (QStringList{u"items"_s, u"names"_s, u"stores"_s, u"transactions"_s}));
    QVERIFY(!ResourceStore(*child).find(u"transaction_lines"_s));
    QCOMPARE(rowsOf(child->database().location().toString(),
                    u"SELECT COUNT(*) FROM s15n_rows WHERE table_name = 'transaction_lines'"_s),
             QStringList{u"0"_s});
}

void TestBackup::tableReferringToAnExcludedOne()
{
    std::unique_ptr<Node> parent = makeNode(Backend::Sqlite, u"parent"_s, true);
    std::unique_ptr<Node> child = makeNode(Backend::Sqlite, u"child"_s, false);
    QVERIFY(parent && child);
    const QString zip = zipPath(u"no-items.zip"_s);
    Result<BackupSummary> written =
        BackupWriter(*parent).write(zip, BackupOptions{{u"items"_s}, QString()});
    S15N_CHECK(written);
    QCOMPARE(written->warnings.size(), 1);
    QVERIFY2(written->warnings.first().contains(u"transaction_lines refers to items"_s),
             qPrintable(written->warnings.first()));
    QVERIFY(!written->manifest.resource(u"items"_s));

    // A child without items cannot take rows that refer to it: refused, nothing written.
    const QStringList before = dumpDatabase(child->database().location().toString());
    Result<RestoreSummary> restored = BackupRestorer(*child).restore(zip, parent->identity().uuid);
    QVERIFY(!restored);
    QVERIFY2(restored.message().contains(u"transaction_lines refers to items"_s),
             qPrintable(restored.message()));
    QCOMPARE(dumpDatabase(child->database().location().toString()), before);
}

void TestBackup::rowReferringToALaterRow_data()
{
    QTest::addColumn<Backend>("backend");
    QTest::newRow("sqlite") << Backend::Sqlite;
    QTest::newRow("postgres") << Backend::Postgres;
}

void TestBackup::rowReferringToALaterRow()
{
    // A category refers to its parent category, which changed after it: in the backup (change
    // order) the child category comes first and must wait for its parent to be loaded.
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    std::unique_ptr<Node> parent = makeNode(Backend::Sqlite, u"parent"_s, false);
    std::unique_ptr<Node> child = makeNode(backend, u"child"_s, false);
    QVERIFY(parent && child);
    Database &db = parent->database();
    S15N_CHECK(run(db, u"CREATE TABLE category (id INTEGER PRIMARY KEY, name TEXT NOT NULL, "
                       "parent_id INTEGER REFERENCES category (id))"_s));
    Resource category;
    category.table = u"category"_s;
    S15N_CHECK(ResourceStore(*parent).add(category));
    S15N_CHECK(run(db, u"INSERT INTO category (id, name) VALUES (1, 'Medicines')"_s));
    S15N_CHECK(
        run(db, u"INSERT INTO category (id, name, parent_id) VALUES (2, 'Antibiotics', 1)"_s));
    S15N_CHECK(ChangeStamper(*parent).stamp());
    S15N_CHECK(run(db, u"UPDATE category SET name = 'Medicines and vaccines' WHERE id = 1"_s));
    const QString zip = zipPath(u"later-%1.zip"_s.arg(QTest::currentDataTag()));
    BackupOptions options;
    options.pageSize = 1; // the referenced row in a later page
    S15N_CHECK(BackupWriter(*parent).write(zip, options));

    Result<RestoreSummary> restored = BackupRestorer(*child).restore(zip, parent->identity().uuid);
    S15N_CHECK(restored);
    QCOMPARE(restored->waiting, 0);
    const QString childDb = child->database().location().toString();
    QCOMPARE(rowsOf(childDb, u"SELECT c.name, p.name FROM category c LEFT JOIN category p ON "
                             "p.id = c.parent_id"_s),
             (QStringList{u"Antibiotics | Medicines and vaccines"_s,
                          u"Medicines and vaccines | NULL"_s}));
    QCOMPARE(rowsOf(childDb, u"SELECT COUNT(*) FROM s15n_parked"_s), QStringList{u"0"_s});
    QCOMPARE(versions(childDb, {u"category"_s}),
             versions(parent->database().location().toString(), {u"category"_s}));
}

void TestBackup::changesAfterTheSnapshotArriveInTheFirstPull_data()
{
    QTest::addColumn<Backend>("backend");
    QTest::newRow("sqlite") << Backend::Sqlite;
    QTest::newRow("postgres") << Backend::Postgres;
}

void TestBackup::changesAfterTheSnapshotArriveInTheFirstPull()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    std::unique_ptr<Node> parent = makeNode(backend, u"parent"_s, true);
    std::unique_ptr<Node> child = makeNode(Backend::Sqlite, u"child"_s, false);
    QVERIFY(parent && child);
    QStringList atSnapshot;
    CHECKED(dumpData(asExchangeNode(*parent, u"parent"_s), &atSnapshot));
    const QString zip = zipPath(u"first-pull-%1.zip"_s.arg(QTest::currentDataTag()));
    S15N_CHECK(BackupWriter(*parent).write(zip));

    // After the snapshot: an update, an insert and a delete on the parent.
    Database &db = parent->database();
    S15N_CHECK(run(db, u"UPDATE stores SET name = 'Central Warehouse (new)' WHERE code = 'HQ'"_s));
    S15N_CHECK(run(db, u"INSERT INTO names (code, name) VALUES ('CUS-NEW', 'New customer')"_s));
    const QString deleted =
        value(db, u"SELECT uuid FROM transaction_lines ORDER BY id LIMIT 1"_s).toString();
    S15N_CHECK(run(db, u"DELETE FROM transaction_lines WHERE uuid = ?"_s, {deleted}));
    S15N_CHECK(ChangeStamper(*parent).stamp());
    const QString hq = value(db, u"SELECT uuid FROM stores WHERE code = 'HQ'"_s).toString();
    const QString added = value(db, u"SELECT uuid FROM names WHERE code = 'CUS-NEW'"_s).toString();

    S15N_CHECK(BackupRestorer(*child).restore(zip, parent->identity().uuid));
    QStringList restored;
    CHECKED(dumpData(asExchangeNode(*child, u"child"_s), &restored));
    QVERIFY2(restored == atSnapshot, qPrintable(difference(atSnapshot, restored)));

    // The first pull, from the child's cursors: exactly the three changes, nothing twice.
    Result<QList<Resource>> resources = ResourceStore(*parent).dependencyOrder();
    S15N_CHECK(resources);
    QStringList pulled;
    ApplyEngine engine(*child);
    ApplyCounts counts;
    for (const Resource &resource : resources.value()) {
        Result<ResourceSchema> schema =
            ResourceSchema::load(parent->database(), resource, resources.value());
        S15N_CHECK(schema);
        const qint64 since =
            value(child->database(),
                  u"SELECT seq FROM s15n_cursors WHERE peer = ? AND table_name = ?"_s,
                  {uuidText(parent->identity().uuid), resource.table})
                .toLongLong();
        Result<ChangePage> page =
            Exporter(*parent).readPage(schema.value(), since, 1000, child->identity().uuid);
        S15N_CHECK(page);
        QVERIFY(!page->more);
        for (const ChangeRecord &record : page->records)
            pulled << resource.table + u' ' + record.rowUuid;
        Result<ApplyCounts> applied = engine.applyPage(
            PageSource{parent->identity().uuid, parent->identity().name}, page.value());
        S15N_CHECK(applied);
        counts += applied.value();
    }
    pulled.sort();
    QStringList expected{u"names "_s + added, u"stores "_s + hq, u"transaction_lines "_s + deleted};
    expected.sort();
    QCOMPARE(pulled, expected);
    QCOMPARE(counts.applied, 3);
    QCOMPARE(counts.unchanged, 0);
    QStringList now;
    QStringList childNow;
    CHECKED(dumpData(asExchangeNode(*parent, u"parent"_s), &now));
    CHECKED(dumpData(asExchangeNode(*child, u"child"_s), &childNow));
    QVERIFY2(now == childNow, qPrintable(difference(now, childNow)));

    // And nothing restored goes back to the parent: the child has no change of its own.
    Result<QList<Resource>> childResources = ResourceStore(*child).list();
    S15N_CHECK(childResources);
    for (const Resource &resource : childResources.value()) {
        Result<ResourceSchema> schema =
            ResourceSchema::load(child->database(), resource, childResources.value());
        S15N_CHECK(schema);
        Result<ChangePage> push =
            Exporter(*child).readPage(schema.value(), 0, 1000, parent->identity().uuid);
        S15N_CHECK(push);
        QVERIFY2(push->records.isEmpty(), qPrintable(resource.table));
    }
}

void TestBackup::snapshotIsConsistentWhileAnotherConnectionWrites_data()
{
    QTest::addColumn<Backend>("backend");
    QTest::newRow("sqlite") << Backend::Sqlite;
    QTest::newRow("postgres") << Backend::Postgres;
}

void TestBackup::snapshotIsConsistentWhileAnotherConnectionWrites()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    std::unique_ptr<Node> parent = makeNode(backend, u"parent"_s, true);
    std::unique_ptr<Node> child = makeNode(Backend::Sqlite, u"child"_s, false);
    QVERIFY(parent && child);
    QStringList atStart;
    CHECKED(dumpData(asExchangeNode(*parent, u"parent"_s), &atStart));
    S15N_CHECK(ChangeStamper(*parent).stamp());
    const qint64 seqAtStart =
        value(parent->database(), u"SELECT MAX(seq) FROM s15n_rows"_s).toLongLong();

    // Another process serving the parent commits a whole transaction (a new store, a receipt
    // for it with a line, a renamed supplier) while the backup is between its first pages.
    Result<std::unique_ptr<Node>> other = Node::open(parent->database().location());
    S15N_CHECK(other);
    bool wrote = false;
    Status concurrent;
    const auto write = [&] {
        Database &db = other.value()->database();
        Transaction transaction(db);
        concurrent = transaction.status();
        for (const QString &statement :
             {u"INSERT INTO stores (code, name) VALUES ('CONC', 'Concurrent store')"_s,
              u"INSERT INTO transactions (store_id, name_id, kind, entered_at) SELECT "
              "(SELECT id FROM stores WHERE code = 'CONC'), 1, 'receipt', '2025-02-02 10:00:00'"_s,
              u"INSERT INTO transaction_lines (transaction_id, item_id, quantity, cost) SELECT "
              "MAX(id), 1, 5, 0.5 FROM transactions"_s,
              u"UPDATE names SET name = 'Renamed meanwhile' WHERE code = 'SUP-NMS'"_s}) {
            if (concurrent)
                concurrent = run(db, statement);
        }
        if (concurrent)
            concurrent = transaction.commit();
        if (concurrent)
            concurrent = ChangeStamper(*other.value()).stamp().status();
    };
    const QString zip = zipPath(u"concurrent-%1.zip"_s.arg(QTest::currentDataTag()));
    BackupOptions options;
    options.pageSize = 1; // many pages, so the write lands in the middle
    Result<BackupSummary> written =
        BackupWriter(*parent).write(zip, options, [&](qint64, qint64, const QString &table) {
            if (!wrote && table == u"stores"_s) {
                wrote = true;
                write();
            }
        });
    S15N_CHECK(written);
    QVERIFY(wrote);
    S15N_CHECK(concurrent);
    QVERIFY(value(parent->database(), u"SELECT MAX(seq) FROM s15n_rows"_s).toLongLong() >
            seqAtStart);
    for (const BackupResource &r : written->manifest.resources)
        QVERIFY(r.cursor <= seqAtStart);

    // None of it is in the backup: the child gets the data as it was when the backup began.
    S15N_CHECK(BackupRestorer(*child).restore(zip, parent->identity().uuid));
    QStringList childData;
    CHECKED(dumpData(asExchangeNode(*child, u"child"_s), &childData));
    QVERIFY2(childData == atStart, qPrintable(difference(atStart, childData)));
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
