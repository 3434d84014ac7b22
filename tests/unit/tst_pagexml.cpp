#include "sync/pagereader.h"
#include "sync/pagewriter.h"

#include <QBuffer>
#include <QTemporaryFile>
#include <QTest>

#include <cmath>
#include <cstring>
#include <functional>
#include <limits>

using namespace s15n;

namespace {

const QUuid kNode = QUuid::fromString(QStringLiteral("{6f1c2a4e-8b3d-4c5f-9a7e-1d2b3c4d5e6f}"));
const QUuid kOtherNode =
    QUuid::fromString(QStringLiteral("{0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d}"));
const QString kRowUuid = QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
const QString kRefUuid = QStringLiteral("b1d7c0e2-5a4f-4e3b-8c2d-1f0e9d8c7b6a");

Version makeVersion(qint64 millis, quint16 counter = 0, const QUuid &node = kNode)
{
    Version v;
    v.millis = millis;
    v.counter = counter;
    v.node = node;
    return v;
}

QString rowUuid(int n)
{
    return QStringLiteral("%1-0000-4000-8000-000000000000").arg(n, 8, 16, QLatin1Char('0'));
}

FieldValue value(FieldValue::Type type, const QVariant &v = QVariant(), const QString &table = {})
{
    FieldValue fv;
    fv.type = type;
    fv.value = v;
    fv.refTable = table;
    return fv;
}

ChangeRecord makeRecord(const QString &uuid, QList<Field> fields = {})
{
    ChangeRecord r;
    r.rowUuid = uuid;
    r.version = makeVersion(1700000000000, 3);
    r.ancestry =
        Ancestry({makeVersion(1690000000000, 1), makeVersion(1680000000000, 0, kOtherNode)});
    r.origin = kOtherNode;
    r.fields = std::move(fields);
    return r;
}

QByteArray writeDocument(const QList<ChangePage> &pages,
                         const PageSource &source = {kNode, QStringLiteral("hq")})
{
    QByteArray xml;
    QBuffer buffer(&xml);
    buffer.open(QIODevice::WriteOnly);
    PageWriter writer(&buffer);
    writer.startDocument(source);
    for (const ChangePage &page : pages)
        writer.writePage(page);
    writer.endDocument();
    if (writer.hasError())
        qWarning() << writer.errorString();
    return writer.hasError() ? QByteArray() : xml;
}

// A PageReader over a copy of `xml`.
struct BufferReader
{
    explicit BufferReader(const QByteArray &xml) : buffer(), reader(&buffer)
    {
        buffer.setData(xml);
        buffer.open(QIODevice::ReadOnly);
    }
    QBuffer buffer;
    PageReader reader;
};

// All pages of `xml`; *error gets the reader's error, if any.
QList<ChangePage> readDocument(const QByteArray &xml, QString *error = nullptr,
                               PageSource *source = nullptr)
{
    BufferReader r(xml);
    PageReader &reader = r.reader;
    QList<ChangePage> pages;
    ChangePage page;
    while (reader.readNextPage(&page))
        pages.append(page);
    if (error)
        *error = reader.errorString();
    if (source)
        *source = reader.source();
    return pages;
}

ChangePage onePage(const QList<ChangeRecord> &records,
                   const QString &resource = QStringLiteral("items"))
{
    ChangePage page;
    page.resource = resource;
    page.since = 7;
    page.cursor = 42;
    page.records = records;
    return page;
}

quint64 bits(double d)
{
    quint64 b;
    std::memcpy(&b, &d, sizeof b);
    return b;
}

// Equality that tells -0 from 0 and compares NaN as NaN.
bool sameValue(const FieldValue &a, const FieldValue &b)
{
    if (a.type == FieldValue::Type::Real && b.type == FieldValue::Type::Real) {
        const double x = a.value.toDouble();
        const double y = b.value.toDouble();
        return (std::isnan(x) && std::isnan(y)) || bits(x) == bits(y);
    }
    return a == b && a.value.typeId() == b.value.typeId();
}

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

Q_DECLARE_METATYPE(s15n::FieldValue)
Q_DECLARE_METATYPE(s15n::ChangePage)

class TestPageXml : public QObject
{
    Q_OBJECT

private slots:
    void roundTripValue_data();
    void roundTripValue();
    void nullIsNotEmptyText();
    void nodeName_data();
    void nodeName();
    void multiplePages();
    void emptyPageAndEmptyDocument();
    void tombstones();
    void recordStandalone();
    void writerRejects_data();
    void writerRejects();
    void writerCallOrder();
    void malformed_data();
    void malformed();
    void errorLocation();
    void pageUntouchedOnError();
    void maxRecordsPerPage();
    void manyPages();
};

void TestPageXml::roundTripValue_data()
{
    using Type = FieldValue::Type;
    QTest::addColumn<FieldValue>("in");
    QTest::addColumn<bool>("base64"); // whether the text must travel as base64

    const auto text = [](const QString &s) { return value(Type::Text, s); };
    const auto real = [](double d) { return value(Type::Real, d); };
    const auto fromUtf16 = [](std::initializer_list<char16_t> units) {
        return QString(reinterpret_cast<const QChar *>(units.begin()), qsizetype(units.size()));
    };

    QTest::newRow("null") << value(Type::Null) << false;
    QTest::newRow("text empty") << text(QStringLiteral("")) << false;
    QTest::newRow("text plain") << text(QStringLiteral("A-1")) << false;
    QTest::newRow("text unicode") << text(
                                         QStringLiteral("Grüße, 日本, 😀, ﷐, \u0085\u2028"))
                                  << false;
    QTest::newRow("text supplementary noncharacter")
        << text(QString::fromUcs4(U"x\U0001FFFEy")) << false;
    QTest::newRow("text markup") << text(QStringLiteral(R"(<a href="x">&amp; ]]> 'q'</a>)"))
                                 << false;
    QTest::newRow("text leading/trailing spaces") << text(QStringLiteral("  x  ")) << false;
    QTest::newRow("text only spaces") << text(QStringLiteral("   ")) << false;
    QTest::newRow("text tab newline") << text(QStringLiteral("\ta\nb\n")) << false;
    QTest::newRow("text DEL") << text(QStringLiteral("a\x7f")) << false;
    QTest::newRow("text CR LF") << text(QStringLiteral("a\r\nb")) << true;
    QTest::newRow("text CR only") << text(QStringLiteral("\r")) << true;
    QTest::newRow("text NUL") << text(fromUtf16({u'a', 0, u'b'})) << true;
    QTest::newRow("text control 01") << text(QStringLiteral("\x01")) << true;
    QTest::newRow("text control 1f") << text(QStringLiteral("x\x1f")) << true;
    QTest::newRow("text lone high surrogate") << text(fromUtf16({u'a', 0xD800})) << true;
    QTest::newRow("text lone low surrogate") << text(fromUtf16({0xDC00, u'a'})) << true;
    QTest::newRow("text swapped surrogates") << text(fromUtf16({0xDC00, 0xD800})) << true;
    QTest::newRow("text FFFE") << text(fromUtf16({0xFFFE})) << true;
    QTest::newRow("text FFFF") << text(fromUtf16({u'z', 0xFFFF})) << true;
    QTest::newRow("int zero") << value(Type::Integer, qint64(0)) << false;
    QTest::newRow("int negative") << value(Type::Integer, qint64(-1)) << false;
    QTest::newRow("int max") << value(Type::Integer, std::numeric_limits<qint64>::max()) << false;
    QTest::newRow("int min") << value(Type::Integer, std::numeric_limits<qint64>::min()) << false;
    QTest::newRow("real 1.5") << real(1.5) << false;
    QTest::newRow("real 0.1") << real(0.1) << false;
    QTest::newRow("real 1/3") << real(1.0 / 3.0) << false;
    QTest::newRow("real pi") << real(3.141592653589793) << false;
    QTest::newRow("real big integer") << real(123456789012345678.0) << false;
    QTest::newRow("real zero") << real(0.0) << false;
    QTest::newRow("real negative zero") << real(-0.0) << false;
    QTest::newRow("real max") << real(std::numeric_limits<double>::max()) << false;
    QTest::newRow("real lowest") << real(std::numeric_limits<double>::lowest()) << false;
    QTest::newRow("real min normal") << real(std::numeric_limits<double>::min()) << false;
    QTest::newRow("real min subnormal") << real(std::numeric_limits<double>::denorm_min()) << false;
    QTest::newRow("real epsilon") << real(std::numeric_limits<double>::epsilon()) << false;
    QTest::newRow("real inf") << real(std::numeric_limits<double>::infinity()) << false;
    QTest::newRow("real -inf") << real(-std::numeric_limits<double>::infinity()) << false;
    QTest::newRow("real nan") << real(std::numeric_limits<double>::quiet_NaN()) << false;
    QTest::newRow("blob empty") << value(Type::Blob, QByteArray()) << false;
    QTest::newRow("blob zeros") << value(Type::Blob, QByteArray(5, '\0')) << false;
    QByteArray all;
    for (int i = 0; i < 256; ++i)
        all.append(char(i));
    QTest::newRow("blob all bytes") << value(Type::Blob, all) << false;
    QTest::newRow("bool true") << value(Type::Boolean, true) << false;
    QTest::newRow("bool false") << value(Type::Boolean, false) << false;
    QTest::newRow("ref") << value(Type::Reference, kRefUuid, QStringLiteral("stores")) << false;
}

void TestPageXml::roundTripValue()
{
    QFETCH(FieldValue, in);
    QFETCH(bool, base64);

    const ChangeRecord record = makeRecord(kRowUuid, {{QStringLiteral("v"), in}});
    const QByteArray xml = writeDocument({onePage({record})});
    QVERIFY(!xml.isEmpty());
    QCOMPARE(xml.contains(R"(encoding="base64")"), base64);

    QString error;
    const QList<ChangePage> pages = readDocument(xml, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(pages.size(), 1);
    QCOMPARE(pages[0].records.size(), 1);
    const ChangeRecord &out = pages[0].records[0];
    QCOMPARE(out.fields.size(), 1);
    QVERIFY2(sameValue(out.fields[0].value, in),
             qPrintable(out.fields[0].value.value.toString() + QLatin1String(" != ") +
                        in.value.toString()));
    if (!std::isnan(in.value.toDouble())) // NaN != NaN
        QCOMPARE(out, record);
}

void TestPageXml::nullIsNotEmptyText()
{
    using Type = FieldValue::Type;
    const ChangeRecord record =
        makeRecord(kRowUuid, {{QStringLiteral("a"), value(Type::Null)},
                              {QStringLiteral("b"), value(Type::Text, QStringLiteral(""))},
                              {QStringLiteral("c"), value(Type::Blob, QByteArray())}});
    const QList<ChangePage> pages = readDocument(writeDocument({onePage({record})}));
    QCOMPARE(pages.size(), 1);
    const QList<Field> &fields = pages[0].records[0].fields;
    QCOMPARE(fields.size(), 3);
    QCOMPARE(fields[0].value.type, Type::Null);
    QVERIFY(!fields[0].value.value.isValid());
    QCOMPARE(fields[1].value.type, Type::Text);
    QCOMPARE(fields[1].value.value.typeId(), QMetaType::QString);
    QVERIFY(fields[1].value.value.toString().isEmpty());
    QCOMPARE(fields[2].value.type, Type::Blob);
    QCOMPARE(pages[0].records[0], record);
}

void TestPageXml::nodeName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("base64");
    QTest::newRow("plain") << QStringLiteral("Head office") << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("quotes and markup") << QStringLiteral(R"("a" & <b> 'c')") << false;
    QTest::newRow("tab newline CR") << QStringLiteral("\ta\nb\r\nc ") << false;
    QTest::newRow("control") << QStringLiteral("a\x01") << true;
    QTest::newRow("lone surrogate") << QString(QChar(0xD800)) << true;
}

void TestPageXml::nodeName()
{
    QFETCH(QString, name);
    QFETCH(bool, base64);
    const QByteArray xml = writeDocument({}, {kNode, name});
    QVERIFY(!xml.isEmpty());
    QCOMPARE(xml.contains("node-name-base64="), base64);
    PageSource source;
    QString error;
    QVERIFY(readDocument(xml, &error, &source).isEmpty());
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(source.node, kNode);
    QCOMPARE(source.nodeName, name);
}

void TestPageXml::multiplePages()
{
    using Type = FieldValue::Type;
    ChangePage items = onePage(
        {makeRecord(rowUuid(1), {{QStringLiteral("code"), value(Type::Text, QStringLiteral("A-1"))},
                                 {QStringLiteral("qty"), value(Type::Integer, qint64(3))}}),
         makeRecord(rowUuid(2),
                    {{QStringLiteral("code"), value(Type::Text, QStringLiteral("A-2"))}})});
    items.more = true;
    ChangePage items2 = onePage({makeRecord(rowUuid(3))});
    items2.since = 42;
    items2.cursor = 43;
    ChangePage stores =
        onePage({makeRecord(rowUuid(4),
                            {{QStringLiteral("name"), value(Type::Text, QStringLiteral("S"))}})},
                QStringLiteral("stores"));
    stores.since = 0;
    stores.cursor = std::numeric_limits<qint64>::max();

    BufferReader r(writeDocument({items, items2, stores}));
    PageReader &reader = r.reader;
    QVERIFY(reader.readHeader());
    QCOMPARE(reader.source().node, kNode);
    QCOMPARE(reader.source().nodeName, QStringLiteral("hq"));

    const QList<ChangePage> expected{items, items2, stores};
    for (const ChangePage &want : expected) {
        ChangePage page;
        QVERIFY2(reader.readNextPage(&page), qPrintable(reader.errorString()));
        QCOMPARE(page.resource, want.resource);
        QCOMPARE(page.since, want.since);
        QCOMPARE(page.cursor, want.cursor);
        QCOMPARE(page.more, want.more);
        QCOMPARE(page.records, want.records);
    }
    ChangePage page;
    QVERIFY(!reader.readNextPage(&page));
    QVERIFY(!reader.hasError());
    QVERIFY(reader.atEnd());
    QVERIFY(!reader.readNextPage(&page)); // stays at the end
    QVERIFY(!reader.hasError());
}

void TestPageXml::emptyPageAndEmptyDocument()
{
    ChangePage empty = onePage({});
    empty.since = 42;
    empty.cursor = 42;
    QString error;
    QList<ChangePage> pages = readDocument(writeDocument({empty}), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(pages.size(), 1);
    QVERIFY(pages[0].records.isEmpty());
    QCOMPARE(pages[0].cursor, qint64(42));

    PageSource source;
    pages = readDocument(writeDocument({}), &error, &source);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(pages.isEmpty());
    QCOMPARE(source.node, kNode);
}

void TestPageXml::tombstones()
{
    ChangeRecord gone = makeRecord(rowUuid(1));
    gone.deleted = true;
    ChangeRecord goneNoAncestry = makeRecord(rowUuid(2));
    goneNoAncestry.deleted = true;
    goneNoAncestry.ancestry = Ancestry();
    ChangeRecord alive =
        makeRecord(rowUuid(3), {{QStringLiteral("x"), value(FieldValue::Type::Null)}});
    alive.ancestry = Ancestry();

    const QByteArray xml = writeDocument({onePage({gone, goneNoAncestry, alive})});
    QVERIFY(xml.contains(R"(deleted="true"/>)"));
    const QList<ChangePage> pages = readDocument(xml);
    QCOMPARE(pages.size(), 1);
    QCOMPARE(pages[0].records, (QList<ChangeRecord>{gone, goneNoAncestry, alive}));
}

void TestPageXml::recordStandalone()
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

void TestPageXml::writerRejects_data()
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

void TestPageXml::writerRejects()
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

void TestPageXml::writerCallOrder()
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

void TestPageXml::malformed_data()
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

void TestPageXml::malformed()
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
}

void TestPageXml::errorLocation()
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

void TestPageXml::pageUntouchedOnError()
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

void TestPageXml::maxRecordsPerPage()
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

void TestPageXml::manyPages()
{
    using Type = FieldValue::Type;
    constexpr int kPages = 200;
    constexpr int kRows = 500;

    QTemporaryFile file;
    QVERIFY(file.open());
    {
        PageWriter writer(&file);
        writer.startDocument({kNode, QStringLiteral("hq")});
        for (int p = 0; p < kPages; ++p) {
            ChangePage page;
            page.resource = QStringLiteral("items");
            page.since = p * kRows;
            page.cursor = (p + 1) * kRows;
            page.more = p + 1 < kPages;
            page.records.reserve(kRows);
            for (int r = 0; r < kRows; ++r) {
                const int n = p * kRows + r;
                page.records.append(makeRecord(
                    rowUuid(n), {{QStringLiteral("code"), value(Type::Text, QString::number(n))},
                                 {QStringLiteral("qty"), value(Type::Integer, qint64(n) * 7)},
                                 {QStringLiteral("price"), value(Type::Real, n / 8.0)},
                                 {QStringLiteral("note"), value(Type::Null)}}));
            }
            writer.writePage(page);
        }
        writer.endDocument();
        QVERIFY2(!writer.hasError(), qPrintable(writer.errorString()));
    }
    QVERIFY(file.flush());
    QVERIFY(file.seek(0));

    PageReader reader(&file);
    ChangePage page;
    int pages = 0;
    qint64 rows = 0;
    qint64 qtySum = 0;
    while (reader.readNextPage(&page)) {
        QCOMPARE(page.since, qint64(pages) * kRows);
        QCOMPARE(page.records.size(), qsizetype(kRows));
        QCOMPARE(page.more, pages + 1 < kPages);
        QCOMPARE(page.records.first().rowUuid, rowUuid(pages * kRows));
        for (const ChangeRecord &record : std::as_const(page.records))
            qtySum += record.fields[1].value.value.toLongLong();
        rows += page.records.size();
        ++pages;
    }
    QVERIFY2(!reader.hasError(), qPrintable(reader.errorString()));
    QCOMPARE(pages, kPages);
    QCOMPARE(rows, qint64(kPages) * kRows);
    const qint64 n = qint64(kPages) * kRows;
    QCOMPARE(qtySum, 7 * n * (n - 1) / 2);
}

QTEST_GUILESS_MAIN(TestPageXml)
#include "tst_pagexml.moc"
