// What the change document code refuses, and how it says so: PageWriter writes nothing of a
// page with bad data and reports a failing device; recordToXml/recordFromXml take exactly one
// valid record; PageReader refuses every malformed document with the line, column and words
// of QXmlStreamReader alone, keeps the last good page, and limits the rows of a page.
#include "pagexmlfixture.h"

#include <QBuffer>
#include <QTest>

#include <functional>

using namespace s15n;
using namespace s15n::test;

namespace {

// A document of one page, for the malformed-input table: `rows` goes inside the page.
QByteArray
doc(const QByteArray &rows,
    const QByteArray &pageAttributes = R"(resource="items" since="0" cursor="1" more="false")")
{
    return QByteArray(R"(<?xml version="1.0" encoding="UTF-8"?>)"
                      "\n"
                      R"(<s15n-changes format="1" node="6f1c2a4e-8b3d-4c5f-9a7e-1d2b3c4d5e6f">)"
                      "\n<page ") +
           pageAttributes + ">\n" + rows + "\n</page>\n</s15n-changes>\n";
}

const char *const kRow =
    R"(uuid="3f2504e0-4f89-41d3-9a0c-0305e82c3301" version="018bcfe56800-0003-6f1c2a4e8b3d4c5f9a7e1d2b3c4d5e6f" origin="0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")";

QByteArray row(const char *extraAttributes, const char *content = nullptr)
{
    const QByteArray r = QByteArray("<row ") + kRow + ' ' + extraAttributes;
    if (!content)
        return r + "/>";
    return r + ">" + content + "</row>";
}

QByteArray fieldRow(const char *field)
{
    return row(R"(deleted="false")", field);
}

// A device whose writes fail.
class FailingDevice : public QIODevice
{
protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64) override
    {
        setErrorString(QStringLiteral("disk full"));
        return -1;
    }
};

} // namespace

Q_DECLARE_METATYPE(s15n::ChangePage)

class TestPageErrors : public QObject
{
    Q_OBJECT

private slots:
    void recordStandalone();
    void writerRejects_data();
    void writerRejects();
    void writerCallOrder();
    void malformed_data();
    void malformed();
    void errorLocation();
    void pageUntouchedOnError();
    void maxRecordsPerPage();
};

void TestPageErrors::recordStandalone()
{
    using Type = FieldValue::Type;
    const ChangeRecord record = makeRecord(
        kRowUuid,
        {{QStringLiteral("store_id"), value(Type::Reference, kRefUuid, QStringLiteral("stores"))},
         {QStringLiteral("note"), value(Type::Text, QStringLiteral("a\rb"))}});
    const QByteArray xml = recordToXml(record, QStringLiteral("items"));
    QVERIFY(!xml.isEmpty());
    const Result<ChangeRecord> back = recordFromXml(xml);
    QVERIFY2(back.ok(), qPrintable(back.message()));
    QCOMPARE(back.value(), record);

    // An invalid record or resource gives no document.
    ChangeRecord bad = record;
    bad.rowUuid = bad.rowUuid.toUpper();
    QVERIFY(recordToXml(bad, QStringLiteral("items")).isEmpty());
    QVERIFY(!validateRecord(bad).ok());
    QVERIFY(recordToXml(record, QStringLiteral("no such")).isEmpty());

    // Not exactly one record.
    QVERIFY(!recordFromXml(QByteArray()).ok());
    QVERIFY(!recordFromXml(writeDocument({})).ok());
    QVERIFY(!recordFromXml(writeDocument({onePage({})})).ok());
    QVERIFY(!recordFromXml(writeDocument({onePage({record, makeRecord(rowUuid(2))})})).ok());
    const Result<ChangeRecord> twoPages =
        recordFromXml(writeDocument({onePage({record}), onePage({record})}));
    QVERIFY(!twoPages.ok());
    QVERIFY(twoPages.message().contains(QLatin1String("one page")));
    const Result<ChangeRecord> broken = recordFromXml(xml.left(xml.size() - 20));
    QVERIFY(!broken.ok());
    QVERIFY2(broken.message().contains(QLatin1String("truncated")), qPrintable(broken.message()));
}

void TestPageErrors::writerRejects_data()
{
    using Type = FieldValue::Type;
    QTest::addColumn<ChangePage>("page");
    QTest::addColumn<QString>("expected");

    const auto withRecord = [](const std::function<void(ChangeRecord &)> &change) {
        ChangeRecord r = makeRecord(kRowUuid, {{QStringLiteral("a"), value(Type::Integer, 1)}});
        change(r);
        return onePage({r});
    };
    QTest::newRow("upper-case uuid")
        << withRecord([](ChangeRecord &r) { r.rowUuid = r.rowUuid.toUpper(); })
        << QStringLiteral("row UUID");
    QTest::newRow("braced uuid") << withRecord([](ChangeRecord &r) {
        r.rowUuid = QLatin1Char('{') + r.rowUuid + QLatin1Char('}');
    }) << QStringLiteral("row UUID");
    QTest::newRow("null version") << withRecord([](ChangeRecord &r) { r.version = Version(); })
                                  << QStringLiteral("no version");
    QTest::newRow("deleted with fields")
        << withRecord([](ChangeRecord &r) { r.deleted = true; }) << QStringLiteral("deleted");
    QTest::newRow("duplicate field")
        << withRecord([](ChangeRecord &r) { r.fields.append(r.fields[0]); })
        << QStringLiteral("twice");
    QTest::newRow("bad field name")
        << withRecord([](ChangeRecord &r) { r.fields[0].name = QStringLiteral("a b"); })
        << QStringLiteral("field name");
    QTest::newRow("bad ref table") << withRecord([](ChangeRecord &r) {
        r.fields[0].value = value(Type::Reference, kRefUuid, QStringLiteral("9x"));
    }) << QStringLiteral("table");
    QTest::newRow("bad ref uuid") << withRecord([](ChangeRecord &r) {
        r.fields[0].value =
            value(Type::Reference, QStringLiteral("nope"), QStringLiteral("stores"));
    }) << QStringLiteral("nope");
    QTest::newRow("int not a number") << withRecord([](ChangeRecord &r) {
        r.fields[0].value = value(Type::Integer, QStringLiteral("x"));
    }) << QStringLiteral("int");
    ChangePage page = onePage({});
    page.resource = QStringLiteral("items-2");
    QTest::newRow("bad resource") << page << QStringLiteral("resource name");
    page = onePage({});
    page.since = -1;
    QTest::newRow("negative since") << page << QStringLiteral("negative");
}

void TestPageErrors::writerRejects()
{
    QFETCH(ChangePage, page);
    QFETCH(QString, expected);
    QByteArray xml;
    QBuffer buffer(&xml);
    buffer.open(QIODevice::WriteOnly);
    PageWriter writer(&buffer);
    writer.startDocument({kNode, QStringLiteral("hq")});
    writer.writePage(page);
    QVERIFY(writer.hasError());
    QVERIFY2(writer.errorString().contains(expected), qPrintable(writer.errorString()));
    QVERIFY(!xml.contains("<page")); // nothing of a rejected page is written
    writer.writePage(onePage({}));   // later calls do nothing
    writer.endDocument();
    QVERIFY(!xml.contains("<page"));
}

void TestPageErrors::writerCallOrder()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    PageWriter writer(&buffer);
    writer.writePage(onePage({}));
    QVERIFY(writer.hasError());
    QVERIFY(!writer.errorString().isEmpty());

    FailingDevice device;
    device.open(QIODevice::WriteOnly);
    PageWriter failing(&device);
    failing.startDocument({});
    failing.endDocument();
    QVERIFY(failing.hasError());
    QVERIFY2(failing.errorString().contains(QLatin1String("disk full")),
             qPrintable(failing.errorString()));
}

void TestPageErrors::malformed_data()
{
    QTest::addColumn<QByteArray>("xml");
    QTest::addColumn<QString>("expected");
    const auto add = [](const char *tag, const QByteArray &xml, const char *expected) {
        QTest::newRow(tag) << xml << QString::fromUtf8(expected);
    };
    // An empty document whose root element is `root`; NODE stands for a valid node UUID.
    const auto empty = [](QByteArray root) {
        return R"(<?xml version="1.0" encoding="UTF-8"?>)" +
               root.replace("NODE", "6f1c2a4e-8b3d-4c5f-9a7e-1d2b3c4d5e6f");
    };
    const QByteArray good = doc(fieldRow(R"(<f name="a" type="int">1</f>)"));

    // Documents as a whole.
    add("empty input", QByteArray(), "truncated");
    add("not xml", "hello", "not well-formed");
    add("mismatched tags", doc("</row>"), "not well-formed");
    add("truncated in a row", good.left(good.indexOf("type=")), "truncated");
    add("truncated after a page", good.left(good.indexOf("</page>")), "truncated");
    add("content after root", empty(R"(<s15n-changes format="1" node="NODE"/><x/>)"),
        "not well-formed");
    add("doctype", empty(R"(<!DOCTYPE s15n-changes [<!ENTITY e "x">]><s15n-changes/>)"),
        "document type");
    add("wrong root", empty(R"(<changes format="1" node="NODE"/>)"),
        "<changes> where <s15n-changes>");
    add("root in a namespace", empty(R"(<s15n-changes xmlns="urn:x" format="1" node="NODE"/>)"),
        "namespace urn:x");
    add("missing format", empty(R"(<s15n-changes node="NODE"/>)"),
        R"(attribute "format" is missing)");
    add("format 2", empty(R"(<s15n-changes format="2" node="NODE"/>)"),
        R"(format "2" is not supported)");
    add("missing node", empty(R"(<s15n-changes format="1"/>)"), R"(attribute "node" is missing)");
    add("bad node",
        empty(R"(<s15n-changes format="1" node="{6F1C2A4E-8B3D-4C5F-9A7E-1D2B3C4D5E6F}"/>)"),
        R"("node" is not a lower-case UUID)");
    add("bad node-name-base64",
        empty(R"(<s15n-changes format="1" node="NODE" node-name-base64="QQ=="/>)"),
        "node-name-base64");
    add("unknown root attribute", empty(R"(<s15n-changes format="1" node="NODE" x="1"/>)"),
        R"(<s15n-changes>: unknown attribute "x")");
    add("unknown element in root", doc("").replace("<page ", "<pages "), "<pages> where <page>");
    add("text in root", doc("").replace("<page ", "oops<page "), R"(unexpected text "oops")");

    // Pages: the default page start tag with one attribute changed.
    const auto page = [](const char *from, const char *to) { return doc("").replace(from, to); };
    add("missing resource", page(R"(resource="items" )", ""),
        R"(<page>: attribute "resource" is missing)");
    add("resource not identifier", page("items", "1items"), R"(resource name "1items")");
    add("resource too long", page("items", QByteArray(64, 'a').constData()),
        "not a plain identifier");
    add("negative since", page(R"(since="0")", R"(since="-1")"),
        R"(attribute "since" is not a cursor)");
    add("bad cursor", page(R"(cursor="1")", R"(cursor="1x")"),
        R"(attribute "cursor" is not a cursor)");
    add("cursor overflow", page(R"(cursor="1")", R"(cursor="9223372036854775808")"),
        R"(attribute "cursor")");
    add("missing more", page(R"( more="false")", ""), R"(attribute "more" is missing)");
    add("bad more", page(R"(more="false")", R"(more="yes")"),
        R"(attribute "more" is not true or false)");
    add("unknown page attribute", page(R"(more="false")", R"(more="false" limit="5")"),
        R"(<page>: unknown attribute "limit")");
    add("unknown element in page", doc("<rows/>"), "<rows> where <row>");

    // Rows.
    add("missing uuid",
        doc(R"(<row version="018bcfe56800-0003-6f1c2a4e8b3d4c5f9a7e1d2b3c4d5e6f" origin="0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d" deleted="true"/>)"),
        R"(<row>: attribute "uuid" is missing)");
    add("upper-case uuid", doc(row(R"(deleted="true")").replace("3f2504e0", "3F2504E0")),
        R"(attribute "uuid" is not a lower-case UUID)");
    add("bad version", doc(row(R"(deleted="true")").replace("-0003-", "-03-")),
        R"(attribute "version" is not a version)");
    add("bad ancestry", doc(row(R"(deleted="true" ancestry="v1 v2")")),
        R"(attribute "ancestry" is not a list)");
    add("missing origin",
        doc(row(R"(deleted="true")")
                .replace(R"( origin="0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d")", "")),
        R"(<row>: attribute "origin" is missing)");
    add("prefixed attribute", doc(row(R"(deleted="true" xml:lang="en")")),
        R"(unknown attribute "xml:lang")");
    add("bad origin", doc(row(R"(deleted="true")").replace("0a1b2c3d-", "0a1b2c3d")),
        R"(attribute "origin" is not a lower-case UUID)");
    add("missing deleted", doc(row("")), R"(attribute "deleted" is missing)");
    add("bad deleted", doc(row(R"(deleted="1")")), R"(attribute "deleted" is not true or false)");
    add("deleted row with fields", doc(row(R"(deleted="true")", R"(<f name="a" type="null"/>)")),
        "a deleted row must not have fields");
    add("unknown element in row", doc(fieldRow(R"(<g name="a" type="null"/>)")), "<g> where <f>");
    add("text in row", doc(fieldRow("stray")), R"(unexpected text "stray")");

    // Fields.
    const auto field = [](const char *f) { return doc(fieldRow(f)); };
    add("missing name", field(R"(<f type="null"/>)"), R"(<f>: attribute "name" is missing)");
    add("bad field name", field(R"(<f name="a-b" type="null"/>)"),
        R"(field name "a-b" is not a plain identifier)");
    add("missing type", field(R"(<f name="a"/>)"), R"(<f>: attribute "type" is missing)");
    add("unknown type", field(R"(<f name="a" type="date">2024-01-01</f>)"),
        R"(unknown type "date")");
    add("unknown field attribute", field(R"(<f name="a" type="int" unit="kg">1</f>)"),
        R"(<f>: unknown attribute "unit")");
    add("duplicate field", field(R"(<f name="a" type="int">1</f><f name="a" type="int">2</f>)"),
        R"(field "a" appears twice)");
    add("int overflow", field(R"(<f name="a" type="int">9223372036854775808</f>)"),
        "is not an integer in the 64-bit range");
    add("int with space", field(R"(<f name="a" type="int"> 1</f>)"), "is not an integer");
    add("int empty", field(R"(<f name="a" type="int"/>)"), R"("" is not an integer)");
    add("bad real", field(R"(<f name="a" type="real">1.5x</f>)"),
        R"(type="real">: "1.5x" is not a real number)");
    add("real overflow", field(R"(<f name="a" type="real">1e999</f>)"), "is not a real number");
    add("real NaN spelled differently", field(R"(<f name="a" type="real">NaN</f>)"),
        "is not a real number");
    add("bad bool", field(R"(<f name="a" type="bool">yes</f>)"), R"("yes" is not true or false)");
    add("bad blob base64", field(R"(<f name="a" type="blob">@@@@</f>)"),
        R"(type="blob">: "@@@@" is not base64)");
    add("blob with non-ascii", field(R"(<f name="a" type="blob">QUJD√</f>)"), "is not base64");
    add("bad text base64", field(R"(<f name="a" type="text" encoding="base64">QQ==</f>)"),
        "is not base64 of UTF-16LE");
    add("unknown encoding", field(R"(<f name="a" type="text" encoding="hex">41</f>)"),
        R"(unknown encoding "hex")");
    add("encoding on blob", field(R"(<f name="a" type="blob" encoding="base64">QQ==</f>)"),
        R"("encoding" belongs only to type "text")");
    add("ref without table",
        field(R"(<f name="a" type="ref">b1d7c0e2-5a4f-4e3b-8c2d-1f0e9d8c7b6a</f>)"),
        R"(<f name="a" type="ref">: attribute "table" is missing)");
    add("ref bad table",
        field(R"(<f name="a" type="ref" table="st ores">b1d7c0e2-5a4f-4e3b-8c2d-1f0e9d8c7b6a</f>)"),
        R"(table name "st ores")");
    add("ref bad uuid", field(R"(<f name="a" type="ref" table="stores">42</f>)"),
        R"("42" is not a lower-case row UUID)");
    add("table on int", field(R"(<f name="a" type="int" table="stores">1</f>)"),
        R"("table" belongs only to type "ref")");
    add("null with content", field(R"(<f name="a" type="null">x</f>)"),
        "a null field has no content");
    add("element inside value", field(R"(<f name="a" type="text">a<b/>c</f>)"),
        "<f>: unexpected element <b> inside a value");
    add("undeclared entity", field(R"(<f name="a" type="text">&nbsp;</f>)"), "nbsp");
}

void TestPageErrors::malformed()
{
    QFETCH(QByteArray, xml);
    QFETCH(QString, expected);

    BufferReader r(xml);
    PageReader &reader = r.reader;
    ChangePage page;
    int pages = 0;
    while (reader.readNextPage(&page))
        ++pages;
    QCOMPARE(pages, 0);
    QVERIFY(reader.hasError());
    QVERIFY(!reader.atEnd());
    const QString error = reader.errorString();
    QVERIFY2(error.startsWith(QLatin1String("line ")) && error.contains(QLatin1String(", column ")),
             qPrintable(error));
    QVERIFY2(error.contains(expected), qPrintable(error));
    // The reader stays failed.
    QVERIFY(!reader.readNextPage(&page));
    QCOMPARE(reader.errorString(), error);
    // Word for word what QXmlStreamReader alone finds.
    BufferReader qt(xml, false);
    while (qt.reader.readNextPage(&page))
        ++pages;
    QCOMPARE(pages, 0);
    QCOMPARE(qt.reader.errorString(), error);
}

void TestPageErrors::errorLocation()
{
    const QByteArray xml = doc(fieldRow("\n"
                                        R"(<f name="a" type="int">1</f>)"
                                        "\n"
                                        R"(<f name="b" type="bool">maybe</f>)"));
    QString error;
    readDocument(xml, &error);
    // Line 1: declaration, 2: root, 3: page, 4: row, 5: a, 6: b.
    QVERIFY2(error.startsWith(QLatin1String("line 6, column ")), qPrintable(error));
    QVERIFY2(error.contains(QLatin1String(R"(<f name="b" type="bool">)")), qPrintable(error));
}

void TestPageErrors::pageUntouchedOnError()
{
    // A good first page, then a bad second one.
    QByteArray xml =
        writeDocument({onePage({makeRecord(rowUuid(1))}), onePage({makeRecord(rowUuid(2))})});
    xml.replace("00000002-0000", "00000002-XXXX");
    BufferReader r(xml);
    PageReader &reader = r.reader;
    ChangePage page;
    QVERIFY(reader.readNextPage(&page));
    QCOMPARE(page.records[0].rowUuid, rowUuid(1));
    QVERIFY(!reader.readNextPage(&page));
    QVERIFY(reader.hasError());
    QVERIFY2(reader.errorString().contains(QLatin1String(R"(attribute "uuid")")),
             qPrintable(reader.errorString()));
    QCOMPARE(page.records.size(), 1);
    QCOMPARE(page.records[0].rowUuid, rowUuid(1));
}

void TestPageErrors::maxRecordsPerPage()
{
    QList<ChangeRecord> records;
    for (int i = 0; i < 11; ++i)
        records.append(makeRecord(rowUuid(i)));
    BufferReader r(writeDocument({onePage(records)}));
    PageReader &reader = r.reader;
    QCOMPARE(reader.maxRecordsPerPage(), PageReader::kDefaultMaxRecordsPerPage);
    reader.setMaxRecordsPerPage(10);
    ChangePage page;
    QVERIFY(!reader.readNextPage(&page));
    QVERIFY2(reader.errorString().contains(QLatin1String("more than 10 rows")),
             qPrintable(reader.errorString()));
}

QTEST_GUILESS_MAIN(TestPageErrors)
#include "tst_pageerrors.moc"
