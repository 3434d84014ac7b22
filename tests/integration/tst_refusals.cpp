// What s15n refuses because it could not work, through the real `s15n` executable: tables it
// cannot capture, UUID columns holding other values, removing a resource others refer to,
// sample data over the user's own tables, looking at a database that is not a node, versions
// from a clock running ahead, empty names and padded sync IDs. Each refusal says why on stderr,
// exits non-zero and leaves the database as it was; and PostgreSQL uuid-typed columns work.

#include "exchangenode.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace s15n::test;
using namespace Qt::StringLiterals;

namespace {

void verifyRefused(const ProcessResult &r, const QString &mentions)
{
    QVERIFY2(r.exitCode > 0,
             qPrintable(u"exit code %1 (want an error)\nstdout: %2\nstderr: %3"_s.arg(r.exitCode)
                            .arg(r.out, r.err)));
    QVERIFY2(r.err.startsWith(u"s15n: "_s), qPrintable(u"stderr: "_s + r.err));
    QVERIFY2(r.err.contains(mentions, Qt::CaseInsensitive),
             qPrintable(u"the message should name \"%1\": %2"_s.arg(mentions, r.err)));
}

void verifySucceeded(const ProcessResult &r)
{
    QVERIFY2(
        r.exitCode == 0,
        qPrintable(u"exit code %1\nstdout: %2\nstderr: %3"_s.arg(r.exitCode).arg(r.out, r.err)));
}

// Every row `query` returns on `db`, one line each, values as text.
void rowsOf(const QString &db, const QString &query, QStringList *lines)
{
    QString error;
    const QList<QVariantList> rows = querySql(db, query, &error);
    QVERIFY2(error.isEmpty(), qPrintable(query + u": "_s + error));
    for (const QVariantList &row : rows) {
        QStringList values;
        for (const QVariant &v : row)
            values << (v.isNull() ? u"NULL"_s : v.toString());
        lines->append(values.join(u" | "_s));
    }
}

qint64 count(const QString &db, const QString &query)
{
    QString error;
    const QList<QVariantList> rows = querySql(db, query, &error);
    if (!error.isEmpty() || rows.size() != 1 || rows.first().isEmpty()) {
        qWarning("%s: %s", qPrintable(query), qPrintable(error));
        return -1;
    }
    return rows.first().first().toLongLong();
}

qint64 triggersOn(const ExchangeNode &node, const QString &table)
{
    return count(node.db,
                 node.backend == Backend::Sqlite
                     ? u"SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = "
                       "'%1'"_s.arg(table)
                     : u"SELECT count(*) FROM pg_trigger WHERE tgrelid = '%1'::regclass AND NOT "
                       "tgisinternal"_s.arg(table));
}

// s15n's tables and (on PostgreSQL) functions in `db`.
qint64 s15nObjects(const QString &db)
{
    if (!isPostgresLocation(db))
        return count(db, u"SELECT count(*) FROM sqlite_master WHERE name LIKE 's15n%'"_s);
    return count(db, u"SELECT count(*) FROM pg_tables WHERE tablename LIKE 's15n%'"_s) +
           count(db, u"SELECT count(*) FROM pg_proc WHERE proname LIKE 's15n%'"_s);
}

// `table` as it is and what s15n knows of it: columns, rows, triggers, indexes, resource,
// queued changes.
void tableState(const ExchangeNode &node, const QString &table, QStringList *lines)
{
    lines->clear();
    QString error;
    const QStringList columns = tableColumns(node.db, table, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    lines->append(u"columns: "_s + columns.join(u", "_s));
    const bool lite = node.backend == Backend::Sqlite;
    const QStringList queries{
        u"SELECT * FROM %1 ORDER BY 1"_s,
        lite ? u"SELECT type, name FROM sqlite_master WHERE tbl_name = '%1' AND type <> 'table' "
               "ORDER BY 2"_s
             : u"SELECT tgname FROM pg_trigger WHERE tgrelid = '%1'::regclass ORDER BY 1"_s,
        lite ? u"SELECT '%1', 'indexes: see above'"_s
             : u"SELECT indexname FROM pg_indexes WHERE tablename = '%1' ORDER BY 1"_s,
        u"SELECT * FROM s15n_resources WHERE table_name = '%1'"_s,
        u"SELECT count(*) FROM s15n_changes WHERE table_name = '%1'"_s,
    };
    for (const QString &query : queries)
        CHECKED(rowsOf(node.db, query.arg(table), lines));
}

QByteArray md5(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return QByteArray();
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Md5).toHex();
}

QStringList filesIn(const QString &folder)
{
    return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
}

const QString kLowerUuid = u"0b1a8e72-c486-4599-bd57-733ac9e540c9"_s;
const QString kUpperUuid = u"C56A4180-65AA-42EC-A945-5FD21DEC0538"_s;

} // namespace

class TestRefusals : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { dropNodeDatabases(); }
    void resourceAddRefused_data();
    void resourceAddRefused();
    void postgresUuidColumn();
    void removeReferencedResource_data();
    void removeReferencedResource();
    void sampleDataOverUserTable_data();
    void sampleDataOverUserTable();
    void infoOnNonNode_data();
    void infoOnNonNode();
    void futureVersionRefused_data();
    void futureVersionRefused();
    void initArgumentsRefused_data();
    void initArgumentsRefused();
};

void TestRefusals::resourceAddRefused_data()
{
    QTest::addColumn<Backend>("backend");
    QTest::addColumn<QString>("schema"); // makes table `things` with rows
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    QTest::addColumn<QString>("fix"); // after which the same add works; empty: none
    const QString rows = u"INSERT INTO things (id, ref, name) VALUES (1, '%1', 'one'), "
                         "(2, NULL, 'two'), (3, '%2', 'three');"_s;
    const QStringList byRef{u"--uuid-column"_s, u"ref"_s};
    for (const Backend backend : {Backend::Sqlite, Backend::Postgres}) {
        const QByteArray b = toString(backend).toLatin1();
        const QString table = backend == Backend::Sqlite
                                  ? u"CREATE TABLE things (id INTEGER PRIMARY KEY, ref TEXT, "
                                    "name TEXT);"_s
                                  : u"CREATE TABLE things (id integer GENERATED BY DEFAULT AS "
                                    "IDENTITY PRIMARY KEY, ref text, name text);"_s;
        QTest::addRow("%s, uuid column holding 'c1'", b.constData())
            << backend << table + rows.arg(u"c1"_s, kLowerUuid) << byRef << u"'c1'"_s
            << u"UPDATE things SET ref = 'ab05e2c4-0a41-4f4e-9d63-0c5e3a1f7b20' "
               "WHERE ref = 'c1';"_s;
        QTest::addRow("%s, uuid column holding an upper-case UUID", b.constData())
            << backend << table + rows.arg(kUpperUuid, kLowerUuid) << byRef << kUpperUuid
            << u"UPDATE things SET ref = lower(ref);"_s;
    }
    QTest::addRow("sqlite, WITHOUT ROWID table")
        << Backend::Sqlite
        << u"CREATE TABLE things (id INTEGER PRIMARY KEY, ref TEXT, name TEXT) WITHOUT ROWID;"_s +
               rows.arg(u"c1"_s, kLowerUuid)
        << QStringList() << u"WITHOUT ROWID"_s << QString();
    QTest::addRow("postgres, integer key without a default")
        << Backend::Postgres
        << u"CREATE TABLE things (id integer PRIMARY KEY, ref text, name text);"_s +
               rows.arg(u"c1"_s, kLowerUuid)
        << QStringList() << u"no default"_s
        << u"ALTER TABLE things ALTER COLUMN id ADD GENERATED BY DEFAULT AS IDENTITY;"_s;
}

// The table stays exactly as it was: no UUID column added, no UUIDs filled in, no triggers or
// index, no resource, no queued changes. Once the cause is fixed, the same command works.
void TestRefusals::resourceAddRefused()
{
    QFETCH(Backend, backend);
    QFETCH(QString, schema);
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    QFETCH(QString, fix);
    REQUIRE_BACKEND(backend);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    ExchangeNode node;
    CHECKED(makeNode(&node, home.path(), u"N"_s, backend, Content::Bare));
    CHECKED(sql(node, schema));
    QStringList before;
    CHECKED(tableState(node, u"things"_s, &before));

    const QStringList add = QStringList{u"resource"_s, u"add"_s, u"things"_s} + args;
    CHECKED(verifyRefused(runNode(node, add), mentions));
    QStringList after;
    CHECKED(tableState(node, u"things"_s, &after));
    const QString diff = difference(before, after, u"before"_s, u"after"_s);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(triggersOn(node, u"things"_s), 0);
    QCOMPARE(count(node.db, u"SELECT count(*) FROM s15n_resources"_s), 0);

    if (fix.isEmpty())
        return;
    CHECKED(sql(node, fix));
    CHECKED(verifySucceeded(runNode(node, add)));
    QVERIFY(triggersOn(node, u"things"_s) > 0); // the trigger count above sees triggers
    QCOMPARE(count(node.db, u"SELECT count(*) FROM s15n_resources"_s), 1);
}

// A PostgreSQL table whose UUID column has the type uuid: s15n fills the missing UUIDs,
// stamps rows inserted behind its back, and its rows reach a SQLite node.
void TestRefusals::postgresUuidColumn()
{
    REQUIRE_BACKEND(Backend::Postgres);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    ExchangeNode pg;
    ExchangeNode lite;
    CHECKED(makeNode(&pg, home.path(), u"P"_s, Backend::Postgres, Content::Bare));
    CHECKED(makeNode(&lite, home.path(), u"S"_s, Backend::Sqlite, Content::Bare));
    CHECKED(sql(pg, u"CREATE TABLE gadgets (id integer GENERATED BY DEFAULT AS IDENTITY PRIMARY "
                    "KEY, uuid uuid, name text);"
                    "INSERT INTO gadgets (uuid, name) VALUES ('%1', 'alpha'), (NULL, 'beta'), "
                    "(NULL, 'gamma');"_s.arg(kLowerUuid)));
    CHECKED(sql(lite, u"CREATE TABLE gadgets (id INTEGER PRIMARY KEY, uuid TEXT, name TEXT);"_s));
    for (const ExchangeNode *node : {&pg, &lite})
        CHECKED(verifySucceeded(runNode(*node, {u"resource"_s, u"add"_s, u"gadgets"_s})));

    QCOMPARE(count(pg.db, u"SELECT count(*) FROM gadgets WHERE uuid IS NULL"_s), 0);
    QCOMPARE(
        count(pg.db, u"SELECT count(*) FROM gadgets WHERE uuid = '%1' AND name = 'alpha'"_s.arg(
                         kLowerUuid)),
        1);
    QCOMPARE(count(pg.db, u"SELECT count(DISTINCT uuid) FROM gadgets"_s), 3);
    QStringList type;
    CHECKED(rowsOf(pg.db,
                   u"SELECT data_type FROM information_schema.columns WHERE table_name = "
                   "'gadgets' AND column_name = 'uuid'"_s,
                   &type));
    QCOMPARE(type, QStringList{u"uuid"_s});

    CHECKED(sql(pg, u"INSERT INTO gadgets (name) VALUES ('delta');"_s));
    QCOMPARE(count(pg.db, u"SELECT count(*) FROM gadgets WHERE name = 'delta' AND uuid IS NOT "
                          "NULL"_s),
             1);
    QStringList pgRows;
    CHECKED(rowsOf(pg.db, u"SELECT CAST(uuid AS text), name FROM gadgets ORDER BY 1"_s, &pgRows));
    QCOMPARE(pgRows.size(), 4);

    const QString file = home.filePath(u"gadgets.xml"_s);
    CHECKED(exportTable(pg, u"gadgets"_s, file, lite.uuid));
    QList<ExportedRow> exported;
    CHECKED(readExport(file, &exported));
    QStringList fromFile;
    for (const ExportedRow &row : std::as_const(exported))
        fromFile << row.uuid + u" | "_s + row.fields.value(u"name"_s).section(u':', 1);
    fromFile.sort();
    QCOMPARE(fromFile, pgRows); // the row psql inserted was captured, with its uuid

    ImportCounts counts;
    CHECKED(importFile(lite, file, &counts));
    QVERIFY2(counts.applied == 4 && counts.failed == 0 && counts.parked == 0,
             qPrintable(counts.toString()));
    QStringList liteRows;
    CHECKED(rowsOf(lite.db, u"SELECT uuid, name FROM gadgets ORDER BY 1"_s, &liteRows));
    QCOMPARE(liteRows, pgRows);
}

void TestRefusals::removeReferencedResource_data()
{
    QTest::addColumn<Backend>("backend");
    QTest::addColumn<QString>("table");
    QTest::addColumn<QString>("referrer");
    QTest::addColumn<QStringList>("removeFirst"); // dependency order, ending with referrer
    for (const Backend backend : {Backend::Sqlite, Backend::Postgres}) {
        const QByteArray b = toString(backend).toLatin1();
        QTest::addRow("%s, items", b.constData()) << backend << u"items"_s << u"transaction_lines"_s
                                                  << QStringList{u"transaction_lines"_s};
        QTest::addRow("%s, stores", b.constData())
            << backend << u"stores"_s << u"transactions"_s
            << QStringList{u"transaction_lines"_s, u"transactions"_s};
    }
}

// `resource remove X` is refused while another resource refers to X, changing nothing; once
// the referring resources are gone, X can be removed (its table and rows stay).
void TestRefusals::removeReferencedResource()
{
    QFETCH(Backend, backend);
    QFETCH(QString, table);
    QFETCH(QString, referrer);
    QFETCH(QStringList, removeFirst);
    REQUIRE_BACKEND(backend);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    ExchangeNode node;
    CHECKED(makeNode(&node, home.path(), u"N"_s, backend, Content::SampleData));
    QStringList before;
    CHECKED(snapshot(node, &before));
    const qint64 triggers = triggersOn(node, table);
    QVERIFY(triggers > 0);

    const QStringList remove{u"resource"_s, u"remove"_s, table};
    const ProcessResult refused = runNode(node, remove);
    CHECKED(verifyRefused(refused, referrer));
    QVERIFY2(refused.err.contains(table), qPrintable(refused.err));
    QStringList after;
    CHECKED(snapshot(node, &after));
    const QString diff = difference(before, after, u"before"_s, u"after"_s);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(triggersOn(node, table), triggers);

    const qint64 rows = count(node.db, u"SELECT count(*) FROM %1"_s.arg(table));
    for (const QString &other : removeFirst)
        CHECKED(verifySucceeded(runNode(node, {u"resource"_s, u"remove"_s, other})));
    CHECKED(verifySucceeded(runNode(node, remove)));
    QCOMPARE(
        count(node.db, u"SELECT count(*) FROM s15n_resources WHERE table_name = '%1'"_s.arg(table)),
        0);
    QCOMPARE(triggersOn(node, table), 0);
    QCOMPARE(count(node.db, u"SELECT count(*) FROM %1"_s.arg(table)), rows);
}

void TestRefusals::sampleDataOverUserTable_data()
{
    QTest::addColumn<Backend>("backend");
    QTest::addColumn<QString>("table");
    QTest::newRow("sqlite, items") << Backend::Sqlite << u"items"_s;
    QTest::newRow("postgres, stores") << Backend::Postgres << u"stores"_s;
}

// `init --sample-data` over a database that already has a table of the sample's name fails
// and leaves nothing behind: the user's table and row stay, no s15n tables or functions, no
// other sample tables, a SQLite file byte for byte as it was. A plain init works afterwards.
void TestRefusals::sampleDataOverUserTable()
{
    QFETCH(Backend, backend);
    QFETCH(QString, table);
    REQUIRE_BACKEND(backend);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString folder = home.filePath(u"db"_s);
    QVERIFY(QDir().mkpath(folder));
    ExchangeNode node;
    node.name = u"N"_s;
    node.backend = backend;
    node.env = isolatedEnvironment(home.filePath(u"home"_s));
    CHECKED(freshLocation(folder, u"user"_s, backend, &node.db));
    CHECKED(sql(node, u"CREATE TABLE %1 (id integer PRIMARY KEY, label text);"
                      "INSERT INTO %1 (id, label) VALUES (7, 'mine');"_s.arg(table)));
    const bool lite = backend == Backend::Sqlite;
    const QByteArray hashBefore = lite ? md5(node.db) : QByteArray();
    const QStringList filesBefore = filesIn(folder);
    const QString userRow = u"SELECT id, label FROM %1"_s.arg(table);
    const QString tables =
        lite ? u"SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY 1"_s
             : u"SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1"_s;

    CHECKED(verifyRefused(runNode(node, {u"init"_s, u"--sample-data"_s}), table));
    // Every way the database differs, gathered so that one failure shows them all.
    QStringList changes;
    if (lite && md5(node.db) != hashBefore)
        changes << u"the file is not byte-identical (%1 bytes now)"_s.arg(QFile(node.db).size());
    if (filesIn(folder) != filesBefore)
        changes << u"files now: "_s + filesIn(folder).join(u", "_s);
    QStringList row;
    CHECKED(rowsOf(node.db, userRow, &row));
    QCOMPARE(row, QStringList{u"7 | mine"_s});
    QStringList left;
    CHECKED(rowsOf(node.db, tables, &left));
    if (left != QStringList{table}) // s15n_ tables, other sample tables, sqlite_sequence
        changes << u"tables now: "_s + left.join(u", "_s);
    if (const qint64 objects = s15nObjects(node.db); objects != 0) // PostgreSQL: also functions
        changes << u"%1 s15n tables or functions left"_s.arg(objects);
    if (lite) {
        QStringList mode;
        CHECKED(rowsOf(node.db, u"PRAGMA journal_mode"_s, &mode));
        if (mode != QStringList{u"delete"_s})
            changes << u"journal_mode now "_s + mode.join(QString());
    }

    CHECKED(verifySucceeded(runNode(node, {u"init"_s})));
    CHECKED(verifySucceeded(runNode(node, {u"info"_s})));
    row.clear();
    CHECKED(rowsOf(node.db, userRow, &row));
    QCOMPARE(row, QStringList{u"7 | mine"_s});
    QVERIFY(s15nObjects(node.db) > 0); // the check above sees a node's objects
    QVERIFY2(changes.isEmpty(),
             qPrintable(u"the refused init changed the database: "_s + changes.join(u"; "_s)));
}

void TestRefusals::infoOnNonNode_data()
{
    QTest::addColumn<Backend>("backend");
    QTest::newRow("sqlite") << Backend::Sqlite;
    QTest::newRow("postgres") << Backend::Postgres;
}

// `s15n info` on a database that is not a node says to run `s15n init` and changes nothing.
void TestRefusals::infoOnNonNode()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QString folder = home.filePath(u"db"_s);
    QVERIFY(QDir().mkpath(folder));
    ExchangeNode node;
    node.name = u"N"_s;
    node.backend = backend;
    node.env = isolatedEnvironment(home.filePath(u"home"_s));
    CHECKED(freshLocation(folder, u"plain"_s, backend, &node.db));
    CHECKED(sql(node, u"CREATE TABLE notes (id integer PRIMARY KEY, body text);"
                      "INSERT INTO notes (id, body) VALUES (1, 'hello');"_s));
    const QByteArray hashBefore = backend == Backend::Sqlite ? md5(node.db) : QByteArray();
    const QStringList filesBefore = filesIn(folder);

    CHECKED(verifyRefused(runNode(node, {u"info"_s}), u"s15n init"_s));
    CHECKED(verifyRefused(runNode(node, {u"info"_s, u"--json"_s}), u"s15n init"_s));
    QCOMPARE(filesIn(folder), filesBefore);
    if (backend == Backend::Sqlite)
        QCOMPARE(md5(node.db), hashBefore);
    QCOMPARE(s15nObjects(node.db), 0);
    QStringList rows;
    CHECKED(rowsOf(node.db, u"SELECT id, body FROM notes"_s, &rows));
    QCOMPARE(rows, QStringList{u"1 | hello"_s});
}

void TestRefusals::futureVersionRefused_data()
{
    QTest::addColumn<Backend>("backend");
    QTest::newRow("sqlite") << Backend::Sqlite;
    QTest::newRow("postgres") << Backend::Postgres;
}

// A page with one row versioned two days ahead is refused as a whole: the message blames the
// sender's clock, no row is applied and the receiver's clock is not dragged ahead. The file
// as exported imports fine.
void TestRefusals::futureVersionRefused()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    ExchangeNode a;
    ExchangeNode b;
    CHECKED(makeNode(&a, home.path(), u"A"_s, backend, Content::SampleData));
    CHECKED(makeNode(&b, home.path(), u"B"_s, backend, Content::EmptySchema));
    const QString good = home.filePath(u"items.xml"_s);
    CHECKED(exportTable(a, u"items"_s, good, b.uuid));
    const QString xml = readText(good);
    QCOMPARE(xml.count(u"<row "_s), 12);

    // The last row, so that rows before it in the page would have been applied one by one.
    static const QRegularExpression version(u"<row [^>]*? version=\"([0-9a-f]{12})-"_s);
    QRegularExpressionMatch last;
    for (QRegularExpressionMatchIterator it = version.globalMatch(xml); it.hasNext();)
        last = it.next();
    QVERIFY2(last.hasMatch(), "no version attribute found");
    const qint64 ahead = QDateTime::currentDateTimeUtc().addDays(2).toMSecsSinceEpoch();
    const QString future = QString::number(ahead, 16).rightJustified(12, u'0');
    QCOMPARE(future.size(), 12);
    QString text = xml;
    text.replace(last.capturedStart(1), 12, future);
    QVERIFY(text != xml);
    const QString bad = home.filePath(u"future.xml"_s);
    writeText(bad, text);

    QStringList before;
    CHECKED(snapshot(b, &before));
    CHECKED(verifyRefused(runNode(b, {u"import"_s, bad}), u"clock"_s));
    QStringList after;
    CHECKED(snapshot(b, &after));
    const QString diff = difference(before, after, u"before"_s, u"after"_s);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
    QCOMPARE(count(b.db, u"SELECT count(*) FROM items"_s), 0);
    QVariant clock;
    CHECKED(scalar(b, u"SELECT value FROM s15n_node WHERE key = 'clock_millis'"_s, &clock));
    QVERIFY2(clock.toLongLong() < QDateTime::currentMSecsSinceEpoch() + 3600 * 1000,
             qPrintable(u"the receiver's clock moved to "_s + clock.toString()));

    ImportCounts counts;
    CHECKED(importFile(b, good, &counts));
    QVERIFY2(counts.applied == 12 && counts.failed == 0, qPrintable(counts.toString()));
}

void TestRefusals::initArgumentsRefused_data()
{
    QTest::addColumn<Backend>("backend");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    const QList<std::tuple<const char *, QStringList, QString>> cases{
        {"empty name", {u"--name"_s, QString()}, u"--name"_s},
        {"blank name", {u"--name"_s, u"   "_s}, u"--name"_s},
        {"sync ID with a leading space", {u"--sync-id"_s, u" 3"_s}, u"--sync-id"_s},
        {"sync ID with a trailing space", {u"--sync-id"_s, u"3 "_s}, u"--sync-id"_s},
    };
    for (const Backend backend : {Backend::Sqlite, Backend::Postgres}) {
        for (const auto &[name, args, mentions] : cases)
            QTest::addRow("%s, %s", qPrintable(toString(backend)), name)
                << backend << args << mentions;
    }
}

// Refused before anything is made: no SQLite file, no s15n tables; `info` finds no node. The
// same place then takes a node with a proper name and sync ID.
void TestRefusals::initArgumentsRefused()
{
    QFETCH(Backend, backend);
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    REQUIRE_BACKEND(backend);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    ExchangeNode node;
    node.env = isolatedEnvironment(home.filePath(u"home"_s));
    CHECKED(freshLocation(home.path(), u"fresh"_s, backend, &node.db));

    CHECKED(verifyRefused(runNode(node, QStringList{u"init"_s} + args), mentions));
    if (backend == Backend::Sqlite)
        QVERIFY2(!QFile::exists(node.db), "a refused init left a database file");
    else
        QCOMPARE(s15nObjects(node.db), 0);
    QVERIFY(runNode(node, {u"info"_s}).exitCode != 0);

    CHECKED(verifySucceeded(
        runNode(node, {u"init"_s, u"--name"_s, u"Proper"_s, u"--sync-id"_s, u"3"_s})));
    const ProcessResult info = runNode(node, {u"info"_s, u"--json"_s});
    CHECKED(verifySucceeded(info));
    const QJsonObject o = QJsonDocument::fromJson(info.out.toUtf8()).object();
    QCOMPARE(o.value(u"name"_s).toString(), u"Proper"_s);
    QCOMPARE(o.value(u"syncId"_s).toInt(), 3);
}

QTEST_GUILESS_MAIN(TestRefusals)
#include "tst_refusals.moc"
