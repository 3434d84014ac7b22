// Change capture on a real node, once per backend (design.md, "Resources and change capture"):
// adding a resource (and its UUID column), the triggers seeing writes made through another
// connection, the change sequence that readers page through, tombstones, removing a
// resource, and PostgreSQL transactions that commit out of order.

#include "capture/changestamper.h"
#include "capture/resourcestore.h"
#include "nodefixture.h"
#include "storage/schemacatalogue.h"
#include "sync/exporter.h"
#include "sync/resourceschema.h"

#include <QSet>
#include <QTemporaryDir>
#include <QTest>

using namespace s15n;
using namespace s15n::test;

namespace {

struct Read
{
    QList<ChangeRecord> records;
    QList<qint64> cursors; // one per page
    qint64 cursor = 0;
};

} // namespace

class TestCapture : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void backends_data();
    void addFillsUuidColumn_data() { backends_data(); }
    void addFillsUuidColumn();
    void addRefused_data();
    void addRefused();
    void triggersCaptureRawWrites_data() { backends_data(); }
    void triggersCaptureRawWrites();
    void sequenceAndSince_data() { backends_data(); }
    void sequenceAndSince();
    void deletesLeaveTombstones_data() { backends_data(); }
    void deletesLeaveTombstones();
    void removeDropsTriggersKeepsData_data() { backends_data(); }
    void removeDropsTriggersKeepsData();
    void outOfOrderCommit_data();
    void outOfOrderCommit();

private:
    // Makes m_node on `backend` with table `items` (id, name, qty; no UUID column) and,
    // when `resource`, makes it a resource.
    bool setUp(Backend backend, bool resource = true);
    // Stamps, then reads every page of `items` after `since` (`limit` rows a page).
    Read readAll(qint64 since, int limit = 1000);
    qint64 count(const QString &statement, const QVariantList &values = {});
    QString uuidOf(const QString &name);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Node> m_node;
    DatabaseLocation m_location;
};

void TestCapture::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestCapture::cleanup()
{
    m_node.reset();
    m_dir.reset();
}

void TestCapture::backends_data()
{
    QTest::addColumn<Backend>("backend");
    for (Backend b : allBackends())
        QTest::newRow(qPrintable(toString(b))) << b;
}

bool TestCapture::setUp(Backend backend, bool resource)
{
    Result<DatabaseLocation> location = freshLocation(backend, m_dir->path());
    if (!S15N_OK(location))
        return false;
    m_location = location.value();
    Result<std::unique_ptr<Node>> node = Node::create(m_location, QStringLiteral("capture"), 0);
    if (!S15N_OK(node))
        return false;
    m_node = std::move(node.value());
    const Database &db = m_node->database();
    const Status made =
        run(db, QStringLiteral("CREATE TABLE items (id %1, name TEXT NOT NULL, qty INTEGER)")
                    .arg(autoKey(db.dialect())));
    if (!S15N_OK(made) || !resource)
        return made.ok();
    Resource items;
    items.table = QStringLiteral("items");
    return S15N_OK(ResourceStore(*m_node).add(items));
}

Read TestCapture::readAll(qint64 since, int limit)
{
    Read read;
    read.cursor = since;
    if (!S15N_OK(ChangeStamper(*m_node).stamp()))
        return read;
    ResourceStore store(*m_node);
    Result<Resource> resource = store.find(QStringLiteral("items"));
    Result<QList<Resource>> all = store.list();
    if (!S15N_OK(resource) || !S15N_OK(all))
        return read;
    Result<ResourceSchema> schema =
        ResourceSchema::load(m_node->database(), resource.value(), all.value());
    if (!S15N_OK(schema))
        return read;
    Exporter exporter(*m_node);
    for (int pages = 0; pages < 10000; ++pages) {
        Result<ChangePage> page = exporter.readPage(schema.value(), read.cursor, limit);
        if (!S15N_OK(page))
            break;
        read.records.append(page.value().records);
        read.cursors.append(page.value().cursor);
        read.cursor = page.value().cursor;
        if (!page.value().more)
            break;
    }
    return read;
}

qint64 TestCapture::count(const QString &statement, const QVariantList &values)
{
    return value(m_node->database(), statement, values).toLongLong();
}

QString TestCapture::uuidOf(const QString &name)
{
    return value(m_node->database(), QStringLiteral("SELECT uuid FROM items WHERE name = ?"),
                 {name})
        .toString();
}

static QStringList uuids(const QList<ChangeRecord> &records)
{
    QStringList result;
    for (const ChangeRecord &r : records)
        result.append(r.rowUuid);
    return result;
}

static QVariant field(const ChangeRecord &record, const QString &name)
{
    for (const Field &f : record.fields) {
        if (f.name == name)
            return f.value.value;
    }
    return QVariant();
}

void TestCapture::addFillsUuidColumn()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    if (!setUp(backend, false))
        return;
    Database &db = m_node->database();
    for (const char *name : {"a", "b", "c"})
        S15N_CHECK(run(db, QStringLiteral("INSERT INTO items (name) VALUES (?)"),
                       {QString::fromLatin1(name)}));

    Resource items;
    items.table = QStringLiteral("items");
    S15N_CHECK(ResourceStore(*m_node).add(items));
    Result<TableInfo> info = SchemaCatalogue(db).describe(QStringLiteral("items"));
    S15N_CHECK(info);
    QVERIFY(info.value().column(QStringLiteral("uuid")));

    // Rows written afterwards by a program that knows nothing of the column get one too.
    RawConnection raw(m_location);
    S15N_CHECK(raw);
    S15N_CHECK(raw.exec(QStringLiteral("INSERT INTO items (name) VALUES ('d')")));
    S15N_CHECK(raw.exec(QStringLiteral("INSERT INTO items (name, uuid) VALUES ('e', NULL)")));

    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM items WHERE uuid IS NULL")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT uuid) FROM items")), 5);
    for (const char *name : {"a", "b", "c", "d", "e"}) {
        const QString uuid = uuidOf(QString::fromLatin1(name));
        QVERIFY2(!QUuid::fromString(uuid).isNull(), qPrintable(uuid));
        QCOMPARE(uuid, QUuid::fromString(uuid).toString(QUuid::WithoutBraces)); // canonical
    }

    // Every row, old and new, is a change of this node, in the sequence.
    const Read read = readAll(0);
    QCOMPARE(read.records.size(), 5);
    const QStringList seen = uuids(read.records);
    QCOMPARE(QSet<QString>(seen.cbegin(), seen.cend()).size(), 5);
    for (const ChangeRecord &r : read.records) {
        QCOMPARE(r.origin, m_node->identity().uuid);
        QCOMPARE(r.version.node, m_node->identity().uuid);
        QVERIFY(!r.deleted);
    }
}

void TestCapture::addRefused_data()
{
    QTest::addColumn<Backend>("backend");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("uuidColumn");
    QTest::addColumn<QString>("expected"); // in the message
    for (Backend b : allBackends()) {
        const QByteArray tag = toString(b).toUtf8();
        QTest::addRow("%s unknown table", tag.constData())
            << b << QStringLiteral("nosuch") << QStringLiteral("uuid")
            << QStringLiteral("no table 'nosuch'");
        QTest::addRow("%s s15n table", tag.constData())
            << b << QStringLiteral("s15n_rows") << QStringLiteral("uuid")
            << QStringLiteral("s15n's own");
        QTest::addRow("%s bad uuid column", tag.constData())
            << b << QStringLiteral("items") << QStringLiteral("row id")
            << QStringLiteral("'row id' is not a usable column name");
        QTest::addRow("%s duplicate uuids", tag.constData())
            << b << QStringLiteral("items") << QStringLiteral("name")
            << QStringLiteral("duplicate");
    }
}

void TestCapture::addRefused()
{
    QFETCH(Backend, backend);
    QFETCH(QString, table);
    QFETCH(QString, uuidColumn);
    QFETCH(QString, expected);
    REQUIRE_BACKEND(backend);
    if (!setUp(backend, false))
        return;
    Database &db = m_node->database();
    for (const char *name : {"same", "same", "other"})
        S15N_CHECK(run(db, QStringLiteral("INSERT INTO items (name) VALUES (?)"),
                       {QString::fromLatin1(name)}));
    Result<TableInfo> before = SchemaCatalogue(db).describe(QStringLiteral("items"));
    S15N_CHECK(before);

    Resource resource;
    resource.table = table;
    resource.uuidColumn = uuidColumn;
    const Status added = ResourceStore(*m_node).add(resource);
    QVERIFY(!added);
    QVERIFY2(added.message().contains(expected, Qt::CaseInsensitive), qPrintable(added.message()));

    // Nothing of the attempt is left: no resource, no column, no triggers, no changes.
    Result<QList<Resource>> list = ResourceStore(*m_node).list();
    S15N_CHECK(list);
    QVERIFY(list.value().isEmpty());
    Result<TableInfo> after = SchemaCatalogue(db).describe(QStringLiteral("items"));
    S15N_CHECK(after);
    QCOMPARE(after.value().columnNames(), before.value().columnNames());
    RawConnection raw(m_location);
    S15N_CHECK(raw);
    S15N_CHECK(raw.exec(QStringLiteral("INSERT INTO items (name) VALUES ('later')")));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM s15n_changes")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM s15n_rows")), 0);
}

void TestCapture::triggersCaptureRawWrites()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    if (!setUp(backend))
        return;
    RawConnection raw(m_location);
    S15N_CHECK(raw);
    S15N_CHECK(raw.exec(QStringLiteral("INSERT INTO items (name, qty) VALUES ('a', 1)")));
    S15N_CHECK(raw.exec(QStringLiteral("INSERT INTO items (name, qty) VALUES ('b', 2)")));
    const QString a = uuidOf(QStringLiteral("a"));
    const QString b = uuidOf(QStringLiteral("b"));
    S15N_CHECK(raw.exec(QStringLiteral("UPDATE items SET qty = 10 WHERE name = 'a'")));
    S15N_CHECK(raw.exec(QStringLiteral("DELETE FROM items WHERE name = 'b'")));
    S15N_CHECK(raw.exec(QStringLiteral("INSERT INTO items (name, qty) VALUES ('c', 3)")));
    const QString c = uuidOf(QStringLiteral("c"));
    QVERIFY(count(QStringLiteral("SELECT COUNT(*) FROM s15n_changes")) >= 5);

    Read read = readAll(0);
    QCOMPARE(uuids(read.records), (QStringList{a, b, c})); // in the order of their last change
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM s15n_changes")), 0);
    const ChangeRecord &ra = read.records[0];
    QVERIFY(!ra.deleted);
    QCOMPARE(field(ra, QStringLiteral("name")).toString(), QStringLiteral("a"));
    QCOMPARE(field(ra, QStringLiteral("qty")).toLongLong(), 10);
    QVERIFY(read.records[1].deleted);
    QVERIFY(read.records[1].fields.isEmpty());
    QCOMPARE(field(read.records[2], QStringLiteral("qty")).toLongLong(), 3);
    for (const ChangeRecord &r : read.records)
        QCOMPARE(r.origin, m_node->identity().uuid);

    // A later update is a new version that descends from the one exported.
    S15N_CHECK(raw.exec(QStringLiteral("UPDATE items SET name = 'a2' WHERE uuid = ?"), {a}));
    const Read next = readAll(read.cursor);
    QCOMPARE(uuids(next.records), QStringList{a});
    QVERIFY(ra.version < next.records[0].version);
    QVERIFY(next.records[0].ancestry.contains(ra.version));
    QCOMPARE(field(next.records[0], QStringLiteral("name")).toString(), QStringLiteral("a2"));
}

void TestCapture::sequenceAndSince()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    if (!setUp(backend))
        return;
    RawConnection raw(m_location);
    S15N_CHECK(raw);
    auto insert = [&](const QString &name) {
        return raw.exec(QStringLiteral("INSERT INTO items (name) VALUES (?)"), {name});
    };

    for (const char *name : {"a", "b", "c"})
        S15N_CHECK(insert(QString::fromLatin1(name)));
    const Read first = readAll(0);
    QCOMPARE(first.records.size(), 3);
    const qint64 n1 = first.cursor;

    S15N_CHECK(raw.exec(QStringLiteral("UPDATE items SET qty = 5 WHERE name = 'b'")));
    S15N_CHECK(insert(QStringLiteral("d")));
    const Read second = readAll(n1);
    QCOMPARE(uuids(second.records),
             (QStringList{uuidOf(QStringLiteral("b")), uuidOf(QStringLiteral("d"))}));
    QVERIFY(second.cursor > n1);
    const qint64 n2 = second.cursor;

    S15N_CHECK(raw.exec(QStringLiteral("UPDATE items SET qty = 6 WHERE name = 'a'")));
    S15N_CHECK(raw.exec(QStringLiteral("DELETE FROM items WHERE name = 'c'")));
    const Read third = readAll(n2);
    QCOMPARE(uuids(third.records),
             (QStringList{uuidOf(QStringLiteral("a")), first.records[2].rowUuid}));
    QVERIFY(third.records[1].deleted);

    // Nothing after the last cursor; the cursor stays.
    const Read none = readAll(third.cursor);
    QVERIFY(none.records.isEmpty());
    QCOMPARE(none.cursor, third.cursor);

    // Each row once, at its latest change, whatever the page size; cursors strictly increase.
    const Read whole = readAll(0);
    const Read oneByOne = readAll(0, 1);
    QCOMPARE(uuids(oneByOne.records), uuids(whole.records));
    QCOMPARE(uuids(whole.records),
             (QStringList{uuidOf(QStringLiteral("b")), uuidOf(QStringLiteral("d")),
                          uuidOf(QStringLiteral("a")), first.records[2].rowUuid}));
    // Four pages of one row, then an empty one that leaves the cursor where it was.
    QCOMPARE(oneByOne.cursors.size(), 5);
    for (int i = 1; i < 4; ++i)
        QVERIFY2(oneByOne.cursors[i] > oneByOne.cursors[i - 1],
                 qPrintable(QStringLiteral("page %1").arg(i)));
    QCOMPARE(oneByOne.cursors[4], oneByOne.cursors[3]);
    QCOMPARE(oneByOne.cursor, third.cursor);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(DISTINCT seq) FROM s15n_rows")), 4);
    QCOMPARE(count(QStringLiteral("SELECT MAX(seq) FROM s15n_rows")), third.cursor);

    // readPage(since = N) returns exactly the rows whose latest change is after N.
    for (qint64 since = 0; since <= third.cursor; ++since) {
        const Read after = readAll(since);
        QCOMPARE(after.records.size(),
                 count(QStringLiteral("SELECT COUNT(*) FROM s15n_rows WHERE seq > ?"), {since}));
    }
}

void TestCapture::deletesLeaveTombstones()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    if (!setUp(backend))
        return;
    RawConnection raw(m_location);
    S15N_CHECK(raw);
    S15N_CHECK(raw.exec(QStringLiteral("INSERT INTO items (name) VALUES ('gone')")));
    const QString uuid = uuidOf(QStringLiteral("gone"));
    const Read created = readAll(0);
    QCOMPARE(created.records.size(), 1);

    S15N_CHECK(raw.exec(QStringLiteral("DELETE FROM items WHERE uuid = ?"), {uuid}));
    const Read deleted = readAll(created.cursor);
    QCOMPARE(deleted.records.size(), 1);
    const ChangeRecord &tombstone = deleted.records[0];
    QCOMPARE(tombstone.rowUuid, uuid);
    QVERIFY(tombstone.deleted);
    QVERIFY(tombstone.fields.isEmpty());
    QVERIFY(tombstone.ancestry.contains(created.records[0].version));
    QCOMPARE(tombstone.origin, m_node->identity().uuid);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM items")), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM s15n_rows WHERE row_uuid = ? AND "
                                  "deleted = ?"),
                   {uuid, true}),
             1);
    // A reader that starts from scratch learns of the deletion too.
    const Read fromScratch = readAll(0);
    QCOMPARE(fromScratch.records.size(), 1);
    QVERIFY(fromScratch.records[0].deleted);
}

void TestCapture::removeDropsTriggersKeepsData()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    if (!setUp(backend))
        return;
    RawConnection raw(m_location);
    S15N_CHECK(raw);
    for (const char *name : {"a", "b"})
        S15N_CHECK(raw.exec(QStringLiteral("INSERT INTO items (name) VALUES (?)"),
                            {QString::fromLatin1(name)}));
    const Read read = readAll(0);
    QCOMPARE(read.records.size(), 2);

    S15N_CHECK(ResourceStore(*m_node).remove(QStringLiteral("items")));
    QVERIFY(!ResourceStore(*m_node).find(QStringLiteral("items")));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM s15n_rows")), 0);

    S15N_CHECK(raw.exec(QStringLiteral("INSERT INTO items (name) VALUES ('c')")));
    S15N_CHECK(raw.exec(QStringLiteral("UPDATE items SET qty = 1 WHERE name = 'a'")));
    S15N_CHECK(raw.exec(QStringLiteral("DELETE FROM items WHERE name = 'b'")));
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM s15n_changes")), 0);
    Result<int> stamped = ChangeStamper(*m_node).stamp();
    S15N_CHECK(stamped);
    QCOMPARE(stamped.value(), 0);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM s15n_rows")), 0);

    // The data stays, UUID column and values included.
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM items")), 2);
    QCOMPARE(count(QStringLiteral("SELECT qty FROM items WHERE name = 'a'")), 1);
    QCOMPARE(count(QStringLiteral("SELECT COUNT(*) FROM items WHERE name = 'c'")), 1);
    QCOMPARE(uuidOf(QStringLiteral("a")), read.records[0].rowUuid);
}

void TestCapture::outOfOrderCommit_data()
{
    QTest::addColumn<Backend>("backend");
    QTest::addColumn<bool>("interleaved"); // T1 writes both before and after T2 commits
    QTest::newRow("postgresql") << Backend::Postgres << false;
    QTest::newRow("postgresql interleaved") << Backend::Postgres << true;
}

void TestCapture::outOfOrderCommit()
{
    QFETCH(Backend, backend);
    QFETCH(bool, interleaved);
    REQUIRE_BACKEND(backend);
    if (!setUp(backend))
        return;
    RawConnection t1(m_location);
    RawConnection t2(m_location);
    S15N_CHECK(t1);
    S15N_CHECK(t2);
    const QString r1 = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString r2 = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString r3 = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString insert = QStringLiteral("INSERT INTO items (name, uuid) VALUES (?, ?)");

    S15N_CHECK(t1.begin());
    S15N_CHECK(t1.exec(insert, {QStringLiteral("t1"), r1}));
    S15N_CHECK(t2.exec(insert, {QStringLiteral("t2"), r2})); // commits at once
    if (interleaved) {
        S15N_CHECK(t1.exec(insert, {QStringLiteral("t1 after t2"), r3}));
        S15N_CHECK(t1.exec(QStringLiteral("UPDATE items SET qty = 7 WHERE uuid = ?"), {r1}));
    }

    // T1 is still running: a reader now must not move its cursor past T1's changes.
    const Read before = readAll(0);
    QVERIFY(!uuids(before.records).contains(r1));
    QVERIFY(!uuids(before.records).contains(r3));
    const qint64 c = before.cursor;

    S15N_CHECK(t1.commit());
    const Read after = readAll(c);
    QVERIFY2(uuids(after.records).contains(r1), "T1's row was skipped");
    if (interleaved) {
        QVERIFY2(uuids(after.records).contains(r3), "T1's later row was skipped");
        for (const ChangeRecord &r : after.records) {
            if (r.rowUuid == r1)
                QCOMPARE(field(r, QStringLiteral("qty")).toLongLong(), 7);
        }
    }
    // Nothing lost overall, each row exactly once.
    QStringList seen = uuids(before.records) + uuids(after.records);
    seen.sort();
    QStringList expected{r1, r2};
    if (interleaved)
        expected.append(r3);
    expected.sort();
    QCOMPARE(seen, expected);
}

QTEST_GUILESS_MAIN(TestCapture)
#include "tst_capture.moc"
