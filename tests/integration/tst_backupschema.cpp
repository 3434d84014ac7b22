// What of a table's schema a backup carries to a child that creates the table: UNIQUE
// constraints, other indexes on plain columns with their names, and literal defaults, on
// either dialect; an index on an expression is left out without failing the restore. Real
// SQLite files and the test PostgreSQL server, for all four pairs.
#include "backup/backupmanifest.h"
#include "backup/backuprestorer.h"
#include "backup/backupschema.h"
#include "backup/backupwriter.h"
#include "backupfixture.h"

#include <QtTest>

using namespace s15n;
using namespace s15n::test;
using namespace Qt::StringLiterals;

class TestBackupSchema : public QObject, public BackupFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanup() { dropPostgresDatabases(); }

    void schemaTravels_data()
    {
        QTest::addColumn<Backend>("parentBackend");
        QTest::addColumn<Backend>("childBackend");
        QTest::newRow("sqlite to sqlite") << Backend::Sqlite << Backend::Sqlite;
        QTest::newRow("sqlite to postgres") << Backend::Sqlite << Backend::Postgres;
        QTest::newRow("postgres to sqlite") << Backend::Postgres << Backend::Sqlite;
        QTest::newRow("postgres to postgres") << Backend::Postgres << Backend::Postgres;
    }
    void schemaTravels()
    {
        QFETCH(Backend, parentBackend);
        QFETCH(Backend, childBackend);
        REQUIRE_BACKEND(parentBackend);
        REQUIRE_BACKEND(childBackend);
        std::unique_ptr<Node> parent = makeNode(parentBackend, u"P"_s, true);
        std::unique_ptr<Node> child = makeNode(childBackend, u"C"_s, false);
        QVERIFY(parent && child);
        Database &p = parent->database();
        S15N_CHECK(p.exec(u"CREATE INDEX items_by_unit ON items (unit)"_s));
        S15N_CHECK(p.exec(u"CREATE UNIQUE INDEX names_pair ON names (name, is_customer)"_s));
        S15N_CHECK(p.exec(u"CREATE INDEX items_lower ON items (lower(name))"_s));

        const QString zip = zipPath(u"schema-%1.zip"_s.arg(QTest::currentDataTag()));
        Result<BackupSummary> written = BackupWriter(*parent).write(zip);
        S15N_CHECK(written);
        const BackupManifest &manifest = written.value().manifest;
        const BackupResource *items = nullptr;
        const BackupResource *names = nullptr;
        const BackupResource *stores = nullptr;
        for (const BackupResource &r : manifest.resources) {
            if (r.resource.table == u"items"_s)
                items = &r;
            if (r.resource.table == u"names"_s)
                names = &r;
            if (r.resource.table == u"stores"_s)
                stores = &r;
        }
        QVERIFY(items && names && stores);
        const auto index = [](const BackupResource *r, const QStringList &columns) {
            for (const BackupIndex &i : r->indexes) {
                if (i.columns == columns)
                    return i;
            }
            return BackupIndex{};
        };
        QVERIFY(index(items, {u"code"_s}).unique);
        // A UNIQUE constraint in SQLite has no name of its own; in PostgreSQL it has.
        QCOMPARE(index(items, {u"code"_s}).name,
                 parentBackend == Backend::Sqlite ? QString() : u"items_code_key"_s);
        QCOMPARE(index(items, {u"unit"_s}), (BackupIndex{{u"unit"_s}, false, u"items_by_unit"_s}));
        QCOMPARE(items->indexes.size(), 2); // not the expression index, the key or the UUID
        QCOMPARE(index(names, {u"name"_s, u"is_customer"_s}),
                 (BackupIndex{{u"name"_s, u"is_customer"_s}, true, u"names_pair"_s}));
        QCOMPARE(items->column(u"price"_s)->defaultValue, u"0"_s);
        const QString active = stores->column(u"active"_s)->defaultValue;
        QVERIFY2(active == u"1"_s || active == u"TRUE"_s, qPrintable(active));
        QVERIFY(items->column(u"id"_s)->defaultValue.isEmpty()); // the key's sequence stays

        Result<RestoreSummary> restored = BackupRestorer(*child).restore(zip);
        S15N_CHECK(restored);
        QVERIFY(restored.value().createdTables.contains(u"items"_s));
        Database &c = child->database();
        // UNIQUE holds: a second item with an existing code is refused.
        Result<QSqlQuery> duplicate =
            c.exec(u"INSERT INTO items (code, name, unit) VALUES ('ORS', 'Copy', 'box')"_s);
        QVERIFY2(!duplicate.ok(), "a duplicate code was accepted");
        Result<QSqlQuery> pair = c.exec(
            u"INSERT INTO names (code, name, is_customer) SELECT 'N-NEW', name, is_customer FROM "
            "names WHERE code = (SELECT MIN(code) FROM names)"_s);
        QVERIFY2(!pair.ok(), "a duplicate (name, is_customer) was accepted");
        // Defaults fill what an insert leaves out.
        S15N_CHECK(c.exec(u"INSERT INTO stores (code, name) VALUES ('S-NEW', 'New')"_s));
        Result<QVariant> activeNow =
            c.scalar(u"SELECT active FROM stores WHERE code = 'S-NEW'"_s);
        S15N_CHECK(activeNow);
        QVERIFY2(activeNow.value().toBool(), qPrintable(activeNow.value().toString()));
        S15N_CHECK(c.exec(u"INSERT INTO items (code, name, unit) VALUES ('I-NEW', 'New', 'box')"_s));
        Result<QVariant> price = c.scalar(u"SELECT price FROM items WHERE code = 'I-NEW'"_s);
        S15N_CHECK(price);
        QCOMPARE(price.value().toDouble(), 0.0);
        // The plain index is there; the expression index is not.
        const QString indexQuery =
            childBackend == Backend::Sqlite
                ? u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND tbl_name = "
                  "'items' AND sql LIKE '%\"unit\"%'"_s
                : u"SELECT COUNT(*) FROM pg_indexes WHERE tablename = 'items' AND indexdef LIKE "
                  "'%(unit)%'"_s;
        Result<QVariant> indexes = c.scalar(indexQuery);
        S15N_CHECK(indexes);
        QCOMPARE(indexes.value().toInt(), 1);
        // With the parent's names, UNIQUE ones included.
        QVERIFY(hasIndex(c, u"items_by_unit"_s));
        QVERIFY(hasIndex(c, u"names_pair"_s));
    }

    // A name already in use here (here by another table's index) gives way to one of s15n's.
    void takenIndexName_data() { schemaTravels_data(); }
    void takenIndexName()
    {
        QFETCH(Backend, parentBackend);
        QFETCH(Backend, childBackend);
        REQUIRE_BACKEND(parentBackend);
        REQUIRE_BACKEND(childBackend);
        std::unique_ptr<Node> parent = makeNode(parentBackend, u"P"_s, true);
        std::unique_ptr<Node> child = makeNode(childBackend, u"C"_s, false);
        QVERIFY(parent && child);
        S15N_CHECK(parent->database().exec(u"CREATE INDEX items_by_unit ON items (unit)"_s));
        Database &c = child->database();
        S15N_CHECK(c.exec(u"CREATE TABLE notes (id INTEGER PRIMARY KEY, unit TEXT)"_s));
        S15N_CHECK(c.exec(u"CREATE INDEX items_by_unit ON notes (unit)"_s));

        const QString zip = zipPath(u"taken-%1.zip"_s.arg(QTest::currentDataTag()));
        S15N_CHECK(BackupWriter(*parent).write(zip));
        Result<RestoreSummary> restored = BackupRestorer(*child).restore(zip);
        S15N_CHECK(restored);
        QVERIFY(hasIndex(c, u"items_i1"_s));
        Result<QVariant> onNotes = c.scalar(
            childBackend == Backend::Sqlite
                ? u"SELECT tbl_name FROM sqlite_master WHERE name = 'items_by_unit'"_s
                : u"SELECT tablename FROM pg_indexes WHERE indexname = 'items_by_unit'"_s);
        S15N_CHECK(onNotes);
        QCOMPARE(onNotes.value().toString(), u"notes"_s);
    }

    // Only plain literals travel as defaults; everything else is dropped, never copied.
    void portableDefaults_data()
    {
        QTest::addColumn<QString>("expression");
        QTest::addColumn<bool>("postgres");
        QTest::addColumn<QString>("expected");
        QTest::newRow("sqlite number") << u"0"_s << false << u"0"_s;
        QTest::newRow("sqlite negative") << u"-1.5"_s << false << u"-1.5"_s;
        QTest::newRow("sqlite string") << u"'it''s'"_s << false << u"'it''s'"_s;
        QTest::newRow("sqlite timestamp") << u"CURRENT_TIMESTAMP"_s << false
                                          << u"CURRENT_TIMESTAMP"_s;
        QTest::newRow("sqlite expression") << u"(datetime('now'))"_s << false << QString();
        QTest::newRow("sqlite null") << u"NULL"_s << false << QString();
        QTest::newRow("sqlite injection") << u"0); DROP TABLE x; --"_s << false << QString();
        QTest::newRow("pg cast string") << u"'abc'::text"_s << true << u"'abc'"_s;
        QTest::newRow("pg varchar") << u"'x'::character varying"_s << true << u"'x'"_s;
        QTest::newRow("pg negative") << u"(-1)"_s << true << u"-1"_s;
        QTest::newRow("pg bool") << u"true"_s << true << u"TRUE"_s;
        QTest::newRow("pg now") << u"now()"_s << true << u"CURRENT_TIMESTAMP"_s;
        QTest::newRow("pg sequence") << u"nextval('items_id_seq'::regclass)"_s << true << QString();
    }
    void portableDefaults()
    {
        QFETCH(QString, expression);
        QFETCH(bool, postgres);
        QFETCH(QString, expected);
        QCOMPARE(BackupSchema::portableDefault(expression, postgres ? Database::Dialect::Postgresql
                                                                     : Database::Dialect::Sqlite),
                 expected);
    }

private:
    static bool hasIndex(const Database &db, const QString &name)
    {
        Result<QVariant> n = db.scalar(
            db.dialect() == Database::Dialect::Sqlite
                ? u"SELECT COUNT(*) FROM sqlite_master WHERE type = 'index' AND name = ?"_s
                : u"SELECT COUNT(*) FROM pg_indexes WHERE indexname = ?"_s,
            {name});
        return n.ok() && n.value().toInt() == 1;
    }
};

QTEST_GUILESS_MAIN(TestBackupSchema)
#include "tst_backupschema.moc"
