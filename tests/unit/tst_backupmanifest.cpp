// The backup manifest (manifest.xml): what toXml() writes fromXml() reads back exactly, and
// every malformed, incomplete or newer manifest is refused with a message that says why.
#include "backup/backupmanifest.h"
#include "backup/backupschema.h"
#include "backup/sha256.h"

#include <QtTest>

using namespace s15n;
using namespace Qt::StringLiterals;

namespace {

const char kParent[] = "6f1c2a4e-8b3d-4c5f-9a7e-1d2b3c4d5e6f";
const char kSha[] = "9f86d081884c7d659a2feaa0c55ad015a3bf4f1b2b0b822cd15d6c15b0f00a08";

BackupColumn column(const QString &name, FieldValue::Type type, const QString &declared,
                    bool notNull = false)
{
    BackupColumn c;
    c.name = name;
    c.type = type;
    c.declared = declared;
    c.notNull = notNull;
    return c;
}

BackupManifest sample()
{
    BackupManifest m;
    m.parent = QUuid::fromString(QLatin1String(kParent));
    m.parentName = QStringLiteral("Head office \"Nord\" & <Süd>\ttab");
    m.created = QDateTime(QDate(2025, 11, 23), QTime(10, 0, 0, 123), Qt::UTC);
    m.dialect = Database::Dialect::Postgresql;
    m.child = QStringLiteral("clinic\u00014"); // a control character: carried as base64
    BackupResource stores;
    stores.resource.table = QStringLiteral("stores");
    stores.resource.mode = SyncMode::Pull;
    stores.resource.strategy = *Strategy::fromString(u"create,delete");
    stores.resource.updatePolicy = Policy::Master;
    stores.resource.conflictPolicy = Policy::Manual;
    stores.keyColumn = QStringLiteral("id");
    stores.columns = {
        column(QStringLiteral("id"), FieldValue::Type::Integer, QStringLiteral("integer")),
        column(QStringLiteral("code"), FieldValue::Type::Text, QStringLiteral("text"), true),
        column(QStringLiteral("price"), FieldValue::Type::Text, QStringLiteral("numeric(10,2)")),
        column(QStringLiteral("uuid"), FieldValue::Type::Text, QStringLiteral("text"))};
    stores.columns[2].defaultValue = QStringLiteral("'0.00'");
    stores.indexes = {BackupIndex{{QStringLiteral("code")}, true},
                      BackupIndex{{QStringLiteral("price"), QStringLiteral("code")}, false,
                                  QStringLiteral("stores_by_price")}};
    stores.cursor = 42;
    stores.rows = 3;
    stores.entry = BackupManifest::entryFor(stores.resource.table);
    stores.sha256 = QByteArray::fromHex(kSha);
    stores.size = 1234;
    BackupResource lines;
    lines.resource.table = QStringLiteral("lines");
    lines.resource.uuidColumn = QStringLiteral("row_id");
    lines.columns = {
        column(QStringLiteral("row_id"), FieldValue::Type::Text, QString()),
        column(QStringLiteral("photo"), FieldValue::Type::Blob, QStringLiteral("bytea")),
        column(QStringLiteral("ok"), FieldValue::Type::Boolean, QStringLiteral("boolean")),
        column(QStringLiteral("ratio"), FieldValue::Type::Real,
               QStringLiteral("double precision"))};
    BackupColumn ref = column(QStringLiteral("store_id"), FieldValue::Type::Reference,
                              QStringLiteral("integer"), true);
    ref.refTable = QStringLiteral("stores");
    ref.refColumn = QStringLiteral("id");
    lines.columns.append(ref);
    lines.cursor = 0;
    lines.rows = 0;
    lines.entry = BackupManifest::entryFor(lines.resource.table);
    lines.sha256 = QByteArray(32, '\0');
    lines.size = 150;
    m.resources = {stores, lines};
    return m;
}

QByteArray sampleXml()
{
    Result<QByteArray> xml = sample().toXml();
    return xml ? xml.value() : QByteArray();
}

} // namespace

class TestBackupManifest : public QObject
{
    Q_OBJECT
private slots:
    void roundTrip();
    void plainNamesStayReadable();
    void refused_data();
    void refused();
    void toXmlRefusesInvalidContent();
    void portableTypes_data();
    void portableTypes();
    void sha256();
};

void TestBackupManifest::roundTrip()
{
    const BackupManifest m = sample();
    Result<QByteArray> xml = m.toXml();
    QVERIFY2(xml, qPrintable(xml.message()));
    Result<BackupManifest> back = BackupManifest::fromXml(xml.value());
    QVERIFY2(back, qPrintable(back.message()));
    QCOMPARE(back->format, 1);
    QCOMPARE(back->parent, m.parent);
    QCOMPARE(back->parentName, m.parentName);
    QCOMPARE(back->created, m.created);
    QCOMPARE(back->created.timeSpec(), Qt::UTC);
    QCOMPARE(back->dialect, m.dialect);
    QCOMPARE(back->child, m.child);
    QCOMPARE(back->resources.size(), 2);
    QVERIFY(back->resources[0] == m.resources[0]);
    QVERIFY(back->resources[1] == m.resources[1]);
    QVERIFY(back->resources[0].resource.conflictPolicy == Policy::Manual);
    QCOMPARE(back->resources[1].columns.last().refTable, QStringLiteral("stores"));
    QCOMPARE(back->totalRows(), 3);
    // Written again, byte for byte the same.
    QCOMPARE(back->toXml().value(), xml.value());
}

void TestBackupManifest::plainNamesStayReadable()
{
    const QString xml = QString::fromUtf8(sampleXml());
    QVERIFY2(
        xml.contains(u"parent-name=\"Head office &quot;Nord&quot; &amp; &lt;Süd&gt;&#9;tab\""_s),
        qPrintable(xml));
    QVERIFY(xml.contains(QStringLiteral("child-base64=")));
    QVERIFY(!xml.contains(QStringLiteral("child=")));
}

void TestBackupManifest::refused_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("message"); // a part of the expected message

    const QByteArray good = sampleXml();
    QVERIFY(!good.isEmpty());
    const auto replaced = [&good](const char *from, const QByteArray &to) {
        QByteArray xml = good;
        const qsizetype at = xml.indexOf(from);
        if (at < 0)
            qFatal("sample manifest lacks %s", from);
        return xml.replace(at, qstrlen(from), to);
    };

    QTest::newRow("empty") << QByteArray() << u"empty"_s;
    QTest::newRow("newer format")
        << replaced("format=\"1\"", "format=\"2\"")
        << u"made by a newer s15n (format 2); this s15n reads format 1: upgrade s15n on this node"_s;
    QTest::newRow("newer format, unknown content")
        << QByteArray("<s15n-backup format=\"7\" whatever=\"x\"><tables/></s15n-backup>")
        << u"newer s15n (format 7)"_s;
    QTest::newRow("format 0") << replaced("format=\"1\"", "format=\"0\"")
                              << u"format 0 is not supported"_s;
    QTest::newRow("format text") << replaced("format=\"1\"", "format=\"one\"") << u"not a number"_s;
    QTest::newRow("no format") << replaced("format=\"1\" ", "") << u"\"format\" is missing"_s;
    QTest::newRow("malformed XML") << replaced("</resource>", "</resourc>") << u"line "_s;
    QTest::newRow("truncated") << good.left(good.size() / 2) << u"truncated"_s;
    QTest::newRow("not a manifest")
        << QByteArray("<?xml version=\"1.0\"?>\n<s15n-changes format=\"1\"/>") << u"root element"_s;
    QTest::newRow("DTD")
        << QByteArray("<?xml version=\"1.0\"?>\n<!DOCTYPE s15n-backup [<!ENTITY x \"y\">]>\n"
                      "<s15n-backup format=\"1\"/>")
        << u"DTD"_s;
    QTest::newRow("text after root") << good + "junk" << u"Extra content"_s;
    QTest::newRow("default not a literal")
        << replaced("default=\"'0.00'\"", "default=\"0); DROP TABLE x; --\"")
        << u"not a plain literal"_s;
    QTest::newRow("index of an unknown column")
        << replaced("columns=\"code\"", "columns=\"nope\"") << u"\"nope\""_s;
    QTest::newRow("index naming a column twice")
        << replaced("columns=\"code\"", "columns=\"code,code\"") << u"twice"_s;
    QTest::newRow("index without unique")
        << replaced("columns=\"code\" unique=\"true\"", "columns=\"code\"")
        << u"\"unique\" is missing"_s;
    QTest::newRow("index name not an identifier")
        << replaced("name=\"stores_by_price\"", "name=\"by price\"") << u"index name"_s;
    QTest::newRow("index name of s15n's")
        << replaced("name=\"stores_by_price\"", "name=\"s15n_log_by_time\"") << u"index name"_s;
    QTest::newRow("index name of SQLite's")
        << replaced("name=\"stores_by_price\"", "name=\"sqlite_autoindex_stores_1\"")
        << u"index name"_s;
    QTest::newRow("index name too long")
        << replaced("name=\"stores_by_price\"", "name=\"" + QByteArray(64, 'i') + "\"")
        << u"index name"_s;
    QTest::newRow("index name is a table's")
        << replaced("name=\"stores_by_price\"", "name=\"Lines\"") << u"also a table's"_s;
    QTest::newRow("index name twice")
        << replaced("columns=\"code\" unique=\"true\"",
                    "columns=\"code\" unique=\"true\" name=\"STORES_BY_PRICE\"")
        << u"used twice"_s;
    QTest::newRow("column after index")
        << replaced("</resource>", "<column name=\"late\" type=\"text\" not-null=\"false\"/>"
                                   "</resource>")
        << u"<column> after <index>"_s;
    QTest::newRow("missing parent")
        << replaced(QByteArray(QByteArray("parent=\"") + kParent + "\" ").constData(), "")
        << u"\"parent\" is missing"_s;
    QTest::newRow("bad parent") << replaced(kParent, "6F1C2A4E-8B3D-4C5F-9A7E-1D2B3C4D5E6F")
                                << u"not a node UUID"_s;
    QTest::newRow("nil parent") << replaced(kParent, "00000000-0000-0000-0000-000000000000")
                                << u"not a node UUID"_s;
    QTest::newRow("missing created")
        << replaced("created=\"2025-11-23T10:00:00.123Z\" ", "") << u"\"created\" is missing"_s;
    QTest::newRow("local created")
        << replaced("2025-11-23T10:00:00.123Z", "2025-11-23T10:00:00.123") << u"UTC time"_s;
    QTest::newRow("bad dialect") << replaced("dialect=\"postgresql\"", "dialect=\"oracle\"")
                                 << u"neither sqlite nor postgresql"_s;
    QTest::newRow("unknown root attribute")
        << replaced("dialect=", "colour=\"red\" dialect=") << u"unknown attribute \"colour\""_s;
    QTest::newRow("unknown element")
        << replaced("<resource table=\"lines\"", "<table name=\"lines\"")
        << u"unknown element <table>"_s;
    QTest::newRow("bad table name")
        << replaced("table=\"stores\" uuid", "table=\"stores; DROP TABLE x\" uuid")
        << u"not a plain identifier"_s;
    QTest::newRow("s15n table") << replaced("table=\"stores\" uuid", "table=\"s15n_accounts\" uuid")
                                << u"s15n's own"_s;
    QTest::newRow("bad column name")
        << replaced("name=\"code\"", "name=\"co de\"") << u"not a plain identifier"_s;
    QTest::newRow("duplicate column")
        << replaced("name=\"code\"", "name=\"price\"") << u"named twice"_s;
    QTest::newRow("duplicate table")
        << replaced("table=\"lines\" uuid", "table=\"stores\" uuid") << u"named twice"_s;
    QTest::newRow("bad ref table")
        << replaced("table=\"stores\" ref-column", "table=\"1stores\" ref-column")
        << u"does not name a table"_s;
    QTest::newRow("ref without table")
        << replaced("table=\"stores\" ref-column=\"id\"", "ref-column=\"id\"")
        << u"\"table\" is missing"_s;
    QTest::newRow("table on a text column")
        << replaced("name=\"code\" type=\"text\"", "name=\"code\" type=\"text\" table=\"x\"")
        << u"belong to type ref only"_s;
    QTest::newRow("bad type") << replaced("type=\"blob\"", "type=\"varchar\"") << u"\"type\""_s;
    QTest::newRow("null type") << replaced("type=\"blob\"", "type=\"null\"") << u"\"type\""_s;
    QTest::newRow("injected declared type")
        << replaced("declared=\"bytea\"", "declared=\"bytea); DROP TABLE stores; --\"")
        << u"not a plain type name"_s;
    QTest::newRow("missing uuid column")
        << replaced("uuid-column=\"row_id\"", "uuid-column=\"nope\"") << u"UUID column"_s;
    QTest::newRow("missing uuid-column attribute")
        << replaced("uuid-column=\"row_id\" ", "") << u"\"uuid-column\" is missing"_s;
    QTest::newRow("key not a column")
        << replaced("key-column=\"id\"", "key-column=\"nope\"") << u"key column"_s;
    QTest::newRow("bad mode") << replaced("mode=\"pull\"", "mode=\"Pull\"") << u"\"mode\""_s;
    QTest::newRow("bad strategy") << replaced("strategy=\"create,delete\"",
                                              "strategy=\"create,destroy\"")
                                  << u"\"strategy\""_s;
    QTest::newRow("MANUAL update policy")
        << replaced("update-policy=\"MASTER\"", "update-policy=\"MANUAL\"") << u"MANUAL"_s;
    QTest::newRow("bad policy") << replaced("conflict-policy=\"MANUAL\"",
                                            "conflict-policy=\"newer\"")
                                << u"\"conflict-policy\""_s;
    QTest::newRow("negative cursor")
        << replaced("cursor=\"42\"", "cursor=\"-1\"") << u"non-negative integer"_s;
    QTest::newRow("missing rows") << replaced("rows=\"3\" ", "") << u"\"rows\" is missing"_s;
    QTest::newRow("entry elsewhere")
        << replaced("entry=\"data/stores.xml\"", "entry=\"../stores.xml\"")
        << u"must be data/stores.xml"_s;
    QTest::newRow("short checksum")
        << replaced(kSha, "9f86d081884c7d659a2feaa0c55ad015") << u"64 lower-case hex"_s;
    QTest::newRow("upper-case checksum")
        << replaced(kSha, "9F86D081884C7D659A2FEAA0C55AD015A3BF4F1B2B0B822CD15D6C15B0F00A08")
        << u"64 lower-case hex"_s;
    QTest::newRow("content in column")
        << replaced("not-null=\"true\"/>", "not-null=\"true\"><x/></column>") << u"must be empty"_s;
    QTest::newRow("bad not-null") << replaced("not-null=\"true\"", "not-null=\"yes\"")
                                  << u"not true or false"_s;
    QTest::newRow("bad base64 name")
        << replaced("child-base64=\"", "child-base64=\"!") << u"not valid base64"_s;
    QTest::newRow("namespaced element")
        << replaced("<s15n-backup ", "<x:s15n-backup xmlns:x=\"urn:x\" ") << u"namespace"_s;
}

void TestBackupManifest::refused()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, message);
    Result<BackupManifest> m = BackupManifest::fromXml(xml);
    QVERIFY2(!m, xml.constData());
    QVERIFY2(m.message().contains(message), qPrintable(m.message()));
}

void TestBackupManifest::toXmlRefusesInvalidContent()
{
    BackupManifest m = sample();
    m.resources[0].resource.table = QStringLiteral("bad name");
    QVERIFY(!m.toXml());
    m = sample();
    m.resources[1].sha256.clear();
    QVERIFY(!m.toXml());
    m = sample();
    m.parent = QUuid();
    QVERIFY(!m.toXml());
}

void TestBackupManifest::portableTypes_data()
{
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<QString>("declared");
    QTest::addColumn<int>("type");
    using T = FieldValue::Type;
    QTest::newRow("sqlite INTEGER") << false << u"INTEGER"_s << int(T::Integer);
    QTest::newRow("sqlite BIGINT") << false << u"bigint"_s << int(T::Integer);
    QTest::newRow("sqlite BOOLEAN") << false << u"BOOLEAN"_s << int(T::Boolean);
    QTest::newRow("sqlite VARCHAR(20)") << false << u"VARCHAR(20)"_s << int(T::Text);
    QTest::newRow("sqlite BLOB") << false << u"BLOB"_s << int(T::Blob);
    QTest::newRow("sqlite REAL") << false << u"REAL"_s << int(T::Real);
    QTest::newRow("sqlite DOUBLE") << false << u"DOUBLE"_s << int(T::Real);
    QTest::newRow("sqlite NUMERIC") << false << u"NUMERIC(10,2)"_s << int(T::Real);
    QTest::newRow("sqlite DATETIME") << false << u"DATETIME"_s << int(T::Text);
    QTest::newRow("sqlite untyped") << false << QString() << int(T::Text);
    QTest::newRow("pg integer") << true << u"integer"_s << int(T::Integer);
    QTest::newRow("pg smallint") << true << u"smallint"_s << int(T::Integer);
    QTest::newRow("pg double") << true << u"double precision"_s << int(T::Real);
    QTest::newRow("pg boolean") << true << u"boolean"_s << int(T::Boolean);
    QTest::newRow("pg bytea") << true << u"bytea"_s << int(T::Blob);
    QTest::newRow("pg numeric") << true << u"numeric(10,2)"_s << int(T::Text);
    QTest::newRow("pg timestamp") << true << u"timestamp without time zone"_s << int(T::Text);
    QTest::newRow("pg uuid") << true << u"uuid"_s << int(T::Text);
}

void TestBackupManifest::portableTypes()
{
    QFETCH(bool, postgres);
    QFETCH(QString, declared);
    QFETCH(int, type);
    QCOMPARE(int(BackupSchema::portableType(declared, postgres ? Database::Dialect::Postgresql
                                                               : Database::Dialect::Sqlite)),
             type);
}

void TestBackupManifest::sha256()
{
    // The entries' checksums: libcrypto's where it loads, the same digest as Qt's.
    Sha256 abc;
    abc.addData("abc");
    QCOMPARE(abc.result().toHex(),
             QByteArray("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    QByteArray data(3 * 1024 * 1024 + 7, Qt::Uninitialized);
    for (qsizetype i = 0; i < data.size(); ++i)
        data[i] = static_cast<char>((i * 131) ^ (i >> 9));
    Sha256 pieces;
    for (qsizetype at = 0; at < data.size(); at += 65521)
        pieces.addData(
            QByteArrayView(data.constData() + at, qMin<qsizetype>(65521, data.size() - at)));
    QCOMPARE(pieces.result(), QCryptographicHash::hash(data, QCryptographicHash::Sha256));
    Sha256 empty;
    QCOMPARE(empty.result(), QCryptographicHash::hash(QByteArray(), QCryptographicHash::Sha256));
    qInfo("SHA-256 by %s", Sha256::isAccelerated() ? "libcrypto" : "Qt");
}

QTEST_GUILESS_MAIN(TestBackupManifest)
#include "tst_backupmanifest.moc"
