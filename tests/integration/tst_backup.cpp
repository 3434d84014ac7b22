// Seeding a child from its parent's backup zip (core/backup): the data arrives field for field
// with the parent's versions, across dialects; the child keeps its own UUID and its cursor is
// the snapshot's, so the first pull brings exactly what changed since; excluded tables and
// s15n's own tables never go in; the snapshot is consistent while another connection writes;
// and every bad zip, a full disk or a cancel leaves the child's database exactly as it was.
#include "backup/backupmanifest.h"
#include "backup/backuprestorer.h"
#include "backup/backupwriter.h"
#include "capture/changestamper.h"
#include "capture/resourcestore.h"
#include "exchangenode.h"
#include "nodefixture.h"
#include "sample/sampledata.h"
#include "sync/applyengine.h"
#include "sync/exporter.h"
#include "sync/resourceschema.h"
#include "testnode.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <atomic>
#include <functional>

using namespace s15n;
using namespace s15n::test;
using namespace Qt::StringLiterals;

namespace {

struct ZipEntry
{
    QString name;
    QByteArray data;
};

QList<ZipEntry> readZip(const QString &path)
{
    QList<ZipEntry> entries;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return entries;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        entries.append({zip.getCurrentFileName(), file.readAll()});
        file.close();
    }
    return entries;
}

// Writes `entries` as a zip, as a tool other than s15n would (the zip's own CRCs are right).
bool writeZip(const QString &path, const QList<ZipEntry> &entries)
{
    QFile::remove(path);
    QuaZip zip(path);
    zip.setZip64Enabled(true);
    zip.setUtf8Enabled(true);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const ZipEntry &entry : entries) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(entry.name)))
            return false;
        file.write(entry.data);
        file.close();
        if (file.getZipError() != ZIP_OK)
            return false;
    }
    zip.close();
    return zip.getZipError() == ZIP_OK;
}

QByteArray entryData(const QList<ZipEntry> &entries, const QString &name)
{
    for (const ZipEntry &e : entries) {
        if (e.name == name)
            return e.data;
    }
    return QByteArray();
}

QString text(const QVariant &v)
{
    if (v.isNull())
        return u"NULL"_s;
    if (v.typeId() == QMetaType::QByteArray)
        return u"x'"_s + QString::fromLatin1(v.toByteArray().toHex()) + u"'"_s;
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? u"1"_s : u"0"_s;
    return v.toString();
}

QStringList rowsOf(const QString &db, const QString &query)
{
    QString error;
    const QList<QVariantList> rows = querySql(db, query, &error);
    if (!error.isEmpty())
        return {u"ERROR "_s + error};
    QStringList lines;
    for (const QVariantList &row : rows) {
        QStringList values;
        for (const QVariant &v : row)
            values.append(text(v));
        lines.append(values.join(u" | "_s));
    }
    lines.sort();
    return lines;
}

// Everything in the database, through a connection of its own: the schema (tables, columns,
// indexes, triggers) and every row of every table, s15n's own included.
QStringList dumpDatabase(const QString &db)
{
    QStringList lines;
    QStringList tables;
    if (isPostgresLocation(db)) {
        lines << rowsOf(db, u"SELECT table_name, column_name, data_type, is_nullable FROM "
                            "information_schema.columns WHERE table_schema = current_schema()"_s);
        lines << rowsOf(db, u"SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = "
                            "current_schema()"_s);
        lines << rowsOf(db, u"SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"_s);
        for (const QString &line :
             rowsOf(db, u"SELECT table_name FROM information_schema.tables WHERE table_schema = "
                        "current_schema() AND table_type = 'BASE TABLE'"_s))
            tables << line;
    } else {
        lines << rowsOf(db, u"SELECT type, name, sql FROM sqlite_master"_s);
        for (const QString &line :
             rowsOf(db, u"SELECT name FROM sqlite_master WHERE type = 'table'"_s))
            tables << line;
    }
    for (const QString &table : std::as_const(tables)) {
        for (const QString &row : rowsOf(db, u"SELECT * FROM \"%1\""_s.arg(table)))
            lines << table + u": "_s + row;
    }
    return lines;
}

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

class TestBackup : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanup();

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
    void badZipsChangeNothing_data();
    void badZipsChangeNothing();
    void diskFullChangesNothing();
    void cancelledRestoreChangesNothing();
    void cancelledBackupLeavesNoFile();
    void failingDeviceStopsTheBackup();

private:
    std::unique_ptr<Node> makeNode(Backend backend, const QString &name, bool sample);
    QString zipPath(const QString &name) const { return m_dir.filePath(name); }

    QTemporaryDir m_dir;
    QStringList m_postgres; // databases made by this test, dropped after each
};

void TestBackup::initTestCase()
{
    QVERIFY(m_dir.isValid());
}

void TestBackup::cleanup()
{
    QString error;
    for (const QString &db : std::as_const(m_postgres)) {
        if (!dropPostgresDatabase(db, &error))
            qWarning("could not drop %s: %s", qPrintable(db), qPrintable(error));
    }
    m_postgres.clear();
}

std::unique_ptr<Node> TestBackup::makeNode(Backend backend, const QString &name, bool sample)
{
    Result<DatabaseLocation> location = freshLocation(backend, m_dir.path());
    if (!S15N_OK(location))
        return nullptr;
    if (backend == Backend::Postgres)
        m_postgres << location.value().toString();
    Result<std::unique_ptr<Node>> node = Node::create(location.value(), name, sample ? 1 : 0);
    if (!S15N_OK(node))
        return nullptr;
    if (sample && !S15N_OK(SampleData::load(*node.value())))
        return nullptr;
    return std::move(node.value());
}

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

void TestBackup::badZipsChangeNothing_data()
{
    QTest::addColumn<Backend>("backend");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    // Each case with the part of the message that says what is wrong.
    const QList<std::pair<const char *, const char *>> cases{
        {"corrupt bytes", "damaged"},
        {"truncated", "damaged or truncated"},
        {"empty file", "is empty"},
        {"not a zip", "is not a zip file"},
        {"zero entries", "empty zip file"},
        {"dot-dot entry", "points outside its folder"},
        {"absolute entry", "absolute path"},
        {"backslash entry", "backslash"},
        {"duplicate entry", "twice"},
        {"extra entry", "that its manifest does not name"},
        {"missing entry", "lacks the entry data/stores.xml"},
        {"no manifest", "has no manifest.xml"},
        {"checksum mismatch", "does not match its checksum"},
        {"newer format", "made by a newer s15n (format 2); this s15n reads format 1: upgrade "
                         "s15n on this node"},
        {"broken manifest", "manifest.xml is not valid (line"},
        {"rows not matching the manifest", "do not match its manifest"},
        {"another parent", "not from the parent"},
        {"own backup", "this very node"},
        {"table holding rows", "already holds rows"},
    };
    for (Backend backend : {Backend::Sqlite, Backend::Postgres}) {
        for (const auto &[kind, message] : cases) {
            QTest::addRow("%s, %s child", kind, qPrintable(toString(backend)))
                << backend << QString::fromLatin1(kind) << QString::fromLatin1(message);
        }
    }
}

void TestBackup::badZipsChangeNothing()
{
    QFETCH(Backend, backend);
    QFETCH(QString, kind);
    QFETCH(QString, message);
    REQUIRE_BACKEND(backend);
    std::unique_ptr<Node> parent = makeNode(Backend::Sqlite, u"parent"_s, true);
    QVERIFY(parent);
    const QString good = zipPath(u"good-%1.zip"_s.arg(QUuid::createUuid().toString(QUuid::Id128)));
    S15N_CHECK(BackupWriter(*parent).write(good));
    const QList<ZipEntry> entries = readZip(good);
    QCOMPARE(entries.size(), 6);

    // The child has data and resources of its own, which must stay exactly as they are.
    std::unique_ptr<Node> child = makeNode(backend, u"child"_s, false);
    QVERIFY(child);
    S15N_CHECK(run(child->database(), u"CREATE TABLE notes (id %1, body TEXT NOT NULL)"_s.arg(
                                          autoKey(child->database().dialect()))));
    S15N_CHECK(
        run(child->database(), u"INSERT INTO notes (body) VALUES ('kept'), ('also kept')"_s));
    Resource notes;
    notes.table = u"notes"_s;
    S15N_CHECK(ResourceStore(*child).add(notes));
    S15N_CHECK(run(child->database(), u"UPDATE notes SET body = 'pending' WHERE body = 'kept'"_s));

    const QString bad = zipPath(u"bad-%1.zip"_s.arg(QUuid::createUuid().toString(QUuid::Id128)));
    QUuid expected = parent->identity().uuid;
    Node *target = child.get();
    std::unique_ptr<Node> other;
    QList<ZipEntry> changed = entries;
    const auto withEntry = [&](const QString &name, const QByteArray &data) {
        changed.append({name, data});
        QVERIFY(writeZip(bad, changed));
    };
    QByteArray raw;
    {
        QFile file(good);
        QVERIFY(file.open(QIODevice::ReadOnly));
        raw = file.readAll();
    }
    const auto writeRaw = [&](const QByteArray &bytes) {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    if (kind == u"corrupt bytes") {
        QByteArray bytes = raw;
        for (qsizetype i = bytes.size() / 3; i < bytes.size() / 3 + 16; ++i)
            bytes[i] = static_cast<char>(bytes[i] ^ 0x5a);
        writeRaw(bytes);
    } else if (kind == u"truncated") {
        writeRaw(raw.left(raw.size() / 2));
    } else if (kind == u"empty file") {
        writeRaw(QByteArray());
    } else if (kind == u"not a zip") {
        writeRaw("<s15n-backup format=\"1\"/>\n");
    } else if (kind == u"zero entries") {
        QVERIFY(writeZip(bad, {}));
    } else if (kind == u"dot-dot entry") {
        withEntry(u"data/../../evil.xml"_s, "x");
    } else if (kind == u"absolute entry") {
        withEntry(u"/tmp/evil.xml"_s, "x");
    } else if (kind == u"backslash entry") {
        withEntry(u"data\\..\\evil.xml"_s, "x");
    } else if (kind == u"duplicate entry") {
        withEntry(u"data/stores.xml"_s, entryData(entries, u"data/stores.xml"_s));
    } else if (kind == u"extra entry") {
        withEntry(u"data/extra.xml"_s, "x");
    } else if (kind == u"missing entry" || kind == u"no manifest") {
        const QString drop = kind == u"no manifest" ? u"manifest.xml"_s : u"data/stores.xml"_s;
        changed.removeIf([&](const ZipEntry &e) { return e.name == drop; });
        QVERIFY(writeZip(bad, changed));
    } else if (kind == u"checksum mismatch") {
        // Same length, and the zip's own CRC is right: only the manifest's SHA-256 tells.
        for (ZipEntry &e : changed) {
            if (e.name == u"data/items.xml") {
                QVERIFY(e.data.contains("Amoxicillin"));
                e.data.replace("Amoxicillin", "Amoxicillix");
            }
        }
        QVERIFY(writeZip(bad, changed));
    } else if (kind == u"newer format" || kind == u"broken manifest") {
        for (ZipEntry &e : changed) {
            if (e.name == u"manifest.xml") {
                if (kind == u"newer format")
                    e.data.replace("format=\"1\"", "format=\"2\"");
                else
                    e.data.replace("</resource>", "</resourc>");
            }
        }
        QVERIFY(writeZip(bad, changed));
    } else if (kind == u"rows not matching the manifest") {
        // A manifest that agrees with altered data (checksum and size recomputed): the rows
        // of stores hold one row less than the manifest says.
        QByteArray stores = entryData(entries, u"data/stores.xml"_s);
        const qsizetype from = stores.indexOf("<row ");
        const qsizetype to = stores.indexOf("</row>", from) + 6;
        QVERIFY(from > 0 && to > from);
        stores.remove(from, to - from);
        Result<BackupManifest> manifest =
            BackupManifest::fromXml(entryData(entries, u"manifest.xml"_s));
        S15N_CHECK(manifest);
        for (BackupResource &r : manifest.value().resources) {
            if (r.resource.table == u"stores") {
                r.sha256 = QCryptographicHash::hash(stores, QCryptographicHash::Sha256);
                r.size = stores.size();
            }
        }
        for (ZipEntry &e : changed) {
            if (e.name == u"data/stores.xml")
                e.data = stores;
            if (e.name == u"manifest.xml")
                e.data = manifest->toXml().value();
        }
        QVERIFY(writeZip(bad, changed));
    } else if (kind == u"another parent") {
        std::unique_ptr<Node> stranger = makeNode(Backend::Sqlite, u"stranger"_s, true);
        QVERIFY(stranger);
        S15N_CHECK(BackupWriter(*stranger).write(bad));
    } else if (kind == u"own backup") {
        QVERIFY(QFile::copy(good, bad));
        target = parent.get();
    } else if (kind == u"table holding rows") {
        QVERIFY(QFile::copy(good, bad));
        S15N_CHECK(run(child->database(),
                       u"CREATE TABLE stores (id %1, code TEXT, name TEXT, "
                       "active INTEGER, uuid TEXT)"_s.arg(autoKey(child->database().dialect()))));
        S15N_CHECK(run(child->database(),
                       u"INSERT INTO stores (code, name, active) VALUES ('MINE', 'Mine', 1)"_s));
    } else {
        QFAIL(qPrintable(u"unknown case "_s + kind));
    }
    if (QTest::currentTestFailed())
        return;

    const QString targetDb = target->database().location().toString();
    const QStringList before = dumpDatabase(targetDb);
    QVERIFY(before.size() > 10);
    // inspect() trusts an entry whose SHA-256 matches the manifest; only a zip made to look
    // right (rows that disagree with a manifest recomputed to match) gets past it, and the
    // restore's transaction then refuses it as it reads the rows.
    Result<BackupManifest> inspected = BackupRestorer(*target).inspect(bad, expected);
    if (kind == u"rows not matching the manifest") {
        S15N_CHECK(inspected);
    } else {
        QVERIFY2(!inspected, qPrintable(kind));
        QVERIFY2(inspected.message().contains(message), qPrintable(inspected.message()));
    }
    Result<RestoreSummary> restored = BackupRestorer(*target).restore(bad, expected);
    QVERIFY2(!restored, qPrintable(kind));
    QVERIFY2(restored.message().contains(message), qPrintable(restored.message()));
    qInfo("refused: %s", qPrintable(restored.message()));
    const QStringList after = dumpDatabase(targetDb);
    QVERIFY2(after == before, qPrintable(difference(before, after, u"before"_s, u"after"_s)));
}

void TestBackup::diskFullChangesNothing()
{
    std::unique_ptr<Node> parent = makeNode(Backend::Sqlite, u"parent"_s, true);
    std::unique_ptr<Node> child = makeNode(Backend::Sqlite, u"child"_s, false);
    QVERIFY(parent && child);
    // Enough data to fill a database limited to a few more pages.
    Database &db = parent->database();
    S15N_CHECK(run(db, u"CREATE TABLE bulk (id INTEGER PRIMARY KEY, body TEXT NOT NULL)"_s));
    S15N_CHECK(run(db,
                   u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                   "WHERE i < 2000) INSERT INTO bulk (body) SELECT printf('%0300d', i) FROM n"_s));
    Resource bulk;
    bulk.table = u"bulk"_s;
    S15N_CHECK(ResourceStore(*parent).add(bulk));
    const QString zip = zipPath(u"full.zip"_s);
    S15N_CHECK(BackupWriter(*parent).write(zip));

    const QString childDb = child->database().location().toString();
    const QStringList before = dumpDatabase(childDb);
    const qint64 pages = value(child->database(), u"PRAGMA page_count"_s).toLongLong();
    // SQLite's "database or disk is full" (SQLITE_FULL), as a full disk gives it.
    S15N_CHECK(run(child->database(), u"PRAGMA max_page_count = %1"_s.arg(pages + 60)));
    Result<RestoreSummary> restored = BackupRestorer(*child).restore(zip, parent->identity().uuid);
    QVERIFY(!restored);
    QVERIFY2(restored.message().contains(u"disk holding the database is full"_s) &&
                 restored.message().contains(u"exactly as it was"_s),
             qPrintable(restored.message()));
    const QStringList after = dumpDatabase(childDb);
    QVERIFY2(after == before, qPrintable(difference(before, after, u"before"_s, u"after"_s)));

    // With room again, the same zip restores.
    S15N_CHECK(run(child->database(), u"PRAGMA max_page_count = 1073741823"_s));
    S15N_CHECK(BackupRestorer(*child).restore(zip, parent->identity().uuid));
    QCOMPARE(value(child->database(), u"SELECT COUNT(*) FROM bulk"_s).toLongLong(), 2000);
}

void TestBackup::cancelledRestoreChangesNothing()
{
    for (Backend backend : {Backend::Sqlite, Backend::Postgres}) {
        REQUIRE_BACKEND(backend);
        std::unique_ptr<Node> parent = makeNode(Backend::Sqlite, u"parent"_s, true);
        std::unique_ptr<Node> child = makeNode(backend, u"child"_s, false);
        QVERIFY(parent && child);
        const QString zip = zipPath(u"cancel-%1.zip"_s.arg(toString(backend)));
        BackupOptions options;
        options.pageSize = 2;
        S15N_CHECK(BackupWriter(*parent).write(zip, options));
        const QString childDb = child->database().location().toString();
        const QStringList before = dumpDatabase(childDb);
        std::atomic_bool cancel{false};
        qint64 seenDone = 0;
        Result<RestoreSummary> restored = BackupRestorer(*child).restore(
            zip, parent->identity().uuid,
            [&](qint64 done, qint64 total, const QString &) {
                seenDone = done;
                if (done > total / 2 + 4) // restoring, a few pages in
                    cancel = true;
            },
            &cancel);
        QVERIFY(!restored);
        QVERIFY(cancel);
        QVERIFY2(restored.message().contains(u"cancelled"_s), qPrintable(restored.message()));
        QVERIFY(seenDone > 0);
        const QStringList after = dumpDatabase(childDb);
        QVERIFY2(after == before, qPrintable(difference(before, after, u"before"_s, u"after"_s)));
    }
}

void TestBackup::cancelledBackupLeavesNoFile()
{
    std::unique_ptr<Node> parent = makeNode(Backend::Sqlite, u"parent"_s, true);
    QVERIFY(parent);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString existing = dir.filePath(u"existing.zip"_s);
    {
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("an older backup");
    }
    const QString fresh = dir.filePath(u"fresh.zip"_s);
    for (const QString &path : {existing, fresh}) {
        std::atomic_bool cancel{false};
        BackupOptions options;
        options.pageSize = 1;
        Result<BackupSummary> written = BackupWriter(*parent).write(
            path, options,
            [&](qint64 done, qint64, const QString &) {
                if (done >= 3)
                    cancel = true;
            },
            &cancel);
        QVERIFY(!written);
        QVERIFY2(written.message().contains(u"cancelled"_s), qPrintable(written.message()));
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{u"existing.zip"_s});
    QFile file(existing);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("an older backup"));
}

void TestBackup::failingDeviceStopsTheBackup()
{
    // A disk that fills up while the zip is written: the write fails, and says so.
    class FullDisk : public QIODevice
    {
    public:
        explicit FullDisk(qint64 room) : m_room(room) { open(QIODevice::WriteOnly); }

    protected:
        qint64 readData(char *, qint64) override { return -1; }
        qint64 writeData(const char *, qint64 size) override
        {
            if (size > m_room) {
                setErrorString(u"No space left on device"_s);
                return -1;
            }
            m_room -= size;
            return size;
        }

    private:
        qint64 m_room;
    };
    std::unique_ptr<Node> parent = makeNode(Backend::Sqlite, u"parent"_s, true);
    QVERIFY(parent);
    for (const qint64 room : {qint64(0), qint64(3000), qint64(6000)}) {
        FullDisk device(room);
        BackupOptions options;
        options.pageSize = 2;
        Result<BackupSummary> written = BackupWriter(*parent).write(&device, options);
        QVERIFY2(!written, qPrintable(QString::number(room)));
        QVERIFY2(written.message().contains(u"Cannot write the backup"_s),
                 qPrintable(written.message()));
        qInfo("refused: %s", qPrintable(written.message()));
    }
}

QTEST_GUILESS_MAIN(TestBackup)
#include "tst_backup.moc"
