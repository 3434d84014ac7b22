#include "pagereader.h"

#include "sync/pagescanner.h"
#include "sync/pagewriter.h"

#include <QSet>

#include <algorithm>
#include <cstring>

namespace s15n {

namespace {
const QLatin1String kRootElement("s15n-changes");
const QLatin1String kPageElement("page");
const QLatin1String kRowElement("row");
const QLatin1String kFieldElement("f");

// Above this many fields a row's names are checked for duplicates with a hash set.
constexpr qsizetype kLinearDuplicateScan = 32;

// A value from the document, quoted and shortened for an error message.
QString quoted(QStringView text)
{
    constexpr qsizetype kMaxShown = 40;
    QString shown = text.left(kMaxShown).toString();
    for (QChar &c : shown) {
        if (c.unicode() < 0x20 || c.isSurrogate())
            c = QChar::ReplacementCharacter;
    }
    if (text.size() > kMaxShown)
        shown += QChar(0x2026);
    return QLatin1Char('"') + shown + QLatin1Char('"');
}
} // namespace

namespace {

// The fast path reads the device in pieces of this size (more when a page is larger), so it
// reads little further ahead than QXmlStreamReader would.
constexpr qsizetype kChunk = 64 * 1024;

// What QXmlStreamReader reads once the fast path hands over: bytes kept in memory, then the
// rest of the device.
class ReplayDevice : public QIODevice
{
public:
    ReplayDevice(QByteArray head, QIODevice *rest) : m_head(std::move(head)), m_rest(rest)
    {
        open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    }
    bool isSequential() const override { return true; }
    qint64 bytesAvailable() const override
    {
        return m_head.size() - m_at + (m_rest ? m_rest->bytesAvailable() : 0);
    }

protected:
    qint64 readData(char *data, qint64 maxSize) override
    {
        if (m_at < m_head.size()) {
            const qint64 n = std::min<qint64>(maxSize, m_head.size() - m_at);
            std::memcpy(data, m_head.constData() + m_at, size_t(n));
            m_at += n;
            return n;
        }
        if (!m_rest)
            return -1;
        return m_rest->read(data, maxSize);
    }
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QByteArray m_head;
    qsizetype m_at = 0;
    QIODevice *m_rest;
};

} // namespace

PageReader::PageReader(QIODevice *device)
    : m_device(device), m_xml(std::make_unique<QXmlStreamReader>()),
      m_scanner(std::make_unique<PageScanner>())
{}

PageReader::~PageReader() = default;

bool PageReader::fail(const QString &what)
{
    qint64 line = m_xml->lineNumber();
    qint64 column = m_xml->columnNumber();
    if (m_spliced && line >= m_spliceLine) {
        // Where QXmlStreamReader stands in the document, not in what it was given to read.
        if (line == m_spliceLine)
            column = m_newlines == 0 ? column + m_lastLineChars
                                     : m_lastLineChars + column - m_spliceColumn;
        line += m_newlines;
    }
    m_error = tr("line %1, column %2: %3").arg(line).arg(column).arg(what);
    m_state = State::Failed;
    return false;
}

bool PageReader::fill()
{
    if (m_deviceEnded || !m_device)
        return false;
    if (m_at > 0) {
        m_buffer.remove(0, m_at);
        m_at = 0;
    }
    // At least as much again as is waiting, so a large page is not scanned over and over.
    const qsizetype chunk = std::max(kChunk, m_buffer.size());
    const qsizetype before = m_buffer.size();
    m_buffer.resize(before + chunk);
    const qint64 read = m_device->read(m_buffer.data() + before, chunk);
    m_buffer.resize(before + std::max<qint64>(read, 0));
    if (read <= 0) {
        m_deviceEnded = true;
        return false;
    }
    return true;
}

void PageReader::consumed(qsizetype bytes)
{
    const char *const begin = m_buffer.constData() + m_at;
    const char *const end = begin + bytes;
    const char *lineStart = begin;
    for (const char *p = begin; p < end;) {
        const auto *newline = static_cast<const char *>(std::memchr(p, '\n', size_t(end - p)));
        if (!newline)
            break;
        ++m_newlines;
        m_lastLineChars = 0;
        lineStart = newline + 1;
        p = lineStart;
    }
    // Characters as QXmlStreamReader counts them: UTF-16 code units.
    for (const char *p = lineStart; p < end; ++p) {
        const auto c = static_cast<uchar>(*p);
        if ((c & 0xC0) != 0x80)
            m_lastLineChars += c >= 0xF0 ? 2 : 1;
    }
    m_at += bytes;
}

void PageReader::readFastHeader()
{
    for (;;) {
        qsizetype size = 0;
        const PageScanner::Outcome outcome =
            m_scanner->scanRoot(m_buffer.constData() + m_at, m_buffer.size() - m_at, &size);
        if (outcome == PageScanner::Outcome::NeedMore && fill())
            continue;
        if (outcome != PageScanner::Outcome::Done)
            return leaveFastPath(true);
        // The root's attributes are checked by QXmlStreamReader and readRoot(), on exactly
        // these bytes, so its errors are found and told as ever.
        m_rootBytes = m_buffer.left(m_at + size);
        m_at += size;
        m_replay = std::make_unique<ReplayDevice>(m_rootBytes, nullptr);
        m_xml = std::make_unique<QXmlStreamReader>(m_replay.get());
        readRoot();
        return;
    }
}

bool PageReader::readFastPage(ChangePage *page)
{
    for (;;) {
        qsizetype size = 0;
        const PageScanner::Outcome outcome = m_scanner->scanPage(
            m_buffer.constData() + m_at, m_buffer.size() - m_at, m_maxRecordsPerPage, page, &size);
        if (outcome == PageScanner::Outcome::Done) {
            consumed(size);
            return true;
        }
        if (outcome == PageScanner::Outcome::NeedMore && fillPastPageEnd())
            continue;
        leaveFastPath(false);
        return false;
    }
}

// Reads on until the buffer holds the end of a page (or the data ends), so that a page is
// scanned again once, not once for every piece read.
bool PageReader::fillPastPageEnd()
{
    static const QByteArrayView kEnd("</page>");
    qsizetype searched = std::max<qsizetype>(0, m_buffer.size() - m_at - (kEnd.size() - 1));
    bool any = false;
    while (fill()) { // fill() moves what is left to the start of the buffer
        any = true;
        if (QByteArrayView(m_buffer).indexOf(kEnd, searched) >= 0)
            return true;
        searched = std::max<qsizetype>(0, m_buffer.size() - (kEnd.size() - 1));
    }
    return any;
}

void PageReader::leaveFastPath(bool fromStart)
{
    m_fast = false;
    if (fromStart) {
        m_replay = std::make_unique<ReplayDevice>(m_buffer.mid(m_at), m_device);
        m_xml = std::make_unique<QXmlStreamReader>(m_replay.get());
        return;
    }
    m_replay = std::make_unique<ReplayDevice>(m_rootBytes + m_buffer.mid(m_at), m_device);
    m_buffer = QByteArray();
    m_at = 0;
    m_xml = std::make_unique<QXmlStreamReader>(m_replay.get());
    // The root again (the same bytes: it was fine before), then on from where the fast path
    // stopped.
    m_state = State::Start;
    if (!readRoot())
        return;
    m_spliceLine = m_xml->lineNumber();
    m_spliceColumn = m_xml->columnNumber();
    m_spliced = true;
}

bool PageReader::failXml()
{
    if (m_xml->error() == QXmlStreamReader::PrematureEndOfDocumentError)
        return fail(tr("the document ends too early: it is truncated"));
    return fail(tr("not well-formed XML: %1").arg(m_xml->errorString()));
}

// Advances to the next start tag, end tag or end of document, skipping comments, processing
// instructions and white space. Anything else is an error.
bool PageReader::nextStructuralToken()
{
    m_attributes.clear(); // holding them would make the reader copy its buffer
    for (;;) {
        switch (m_xml->readNext()) {
        case QXmlStreamReader::StartElement:
            m_attributes = m_xml->attributes();
            return true;
        case QXmlStreamReader::EndElement:
        case QXmlStreamReader::EndDocument:
            return true;
        case QXmlStreamReader::StartDocument:
        case QXmlStreamReader::Comment:
        case QXmlStreamReader::ProcessingInstruction:
            break;
        case QXmlStreamReader::Characters:
            if (!m_xml->isWhitespace())
                return fail(tr("unexpected text %1").arg(quoted(m_xml->text().trimmed())));
            break;
        case QXmlStreamReader::DTD:
            return fail(tr("document type declarations are not allowed"));
        case QXmlStreamReader::EntityReference:
            return fail(tr("unknown entity reference &%1;").arg(m_xml->name()));
        case QXmlStreamReader::NoToken:
        case QXmlStreamReader::Invalid:
            return failXml();
        }
    }
}

bool PageReader::checkElement(QLatin1String expected)
{
    if (m_xml->qualifiedName() == expected && m_xml->namespaceUri().isEmpty())
        return true;
    if (!m_xml->namespaceUri().isEmpty()) {
        return fail(tr("unexpected element <%1> in namespace %2 where <%3> belongs")
                        .arg(m_xml->qualifiedName(), m_xml->namespaceUri(), expected));
    }
    return fail(
        tr("unexpected element <%1> where <%2> belongs").arg(m_xml->qualifiedName(), expected));
}

bool PageReader::checkAttributes(std::initializer_list<QLatin1String> allowed)
{
    for (const QXmlStreamAttribute &attribute : std::as_const(m_attributes)) {
        const QStringView name = attribute.qualifiedName();
        const bool known = attribute.namespaceUri().isEmpty() &&
                           std::any_of(allowed.begin(), allowed.end(),
                                       [name](QLatin1String a) { return name == a; });
        if (!known)
            return fail(tr("<%1>: unknown attribute \"%2\"").arg(m_xml->qualifiedName(), name));
    }
    return true;
}

bool PageReader::requiredAttribute(QLatin1String name, QStringView *value)
{
    if (!m_attributes.hasAttribute(name))
        return fail(tr("<%1>: attribute \"%2\" is missing").arg(m_xml->qualifiedName(), name));
    *value = m_attributes.value(name);
    return true;
}

bool PageReader::readHeader()
{
    if (m_state == State::Start && m_fast)
        readFastHeader(); // reads the root, unless it leaves the fast path
    if (m_state == State::Start) {
        if (!m_replay)
            m_xml = std::make_unique<QXmlStreamReader>(m_device);
        readRoot();
    }
    return m_state != State::Failed;
}

bool PageReader::readRoot()
{
    if (!nextStructuralToken())
        return false;
    if (m_xml->tokenType() != QXmlStreamReader::StartElement)
        return failXml(); // the reader only ends a document after its root element
    if (!checkElement(kRootElement))
        return false;
    const QLatin1String format("format"), node("node"), nodeName("node-name"),
        nodeNameBase64("node-name-base64");
    if (!checkAttributes({format, node, nodeName, nodeNameBase64}))
        return false;
    QStringView value;
    if (!requiredAttribute(format, &value))
        return false;
    if (value != QString::number(pagexml::kFormatVersion)) {
        return fail(tr("<%1>: format %2 is not supported (this program reads format %3)")
                        .arg(kRootElement, quoted(value))
                        .arg(pagexml::kFormatVersion));
    }
    if (!requiredAttribute(node, &value))
        return false;
    const std::optional<QUuid> nodeUuid = pagexml::uuidFromString(value);
    if (!nodeUuid)
        return fail(tr("<%1>: attribute \"node\" is not a lower-case UUID: %2")
                        .arg(kRootElement, quoted(value)));
    m_source.node = *nodeUuid;
    if (m_attributes.hasAttribute(nodeName) && m_attributes.hasAttribute(nodeNameBase64))
        return fail(tr("<%1>: attributes \"node-name\" and \"node-name-base64\" exclude each "
                       "other")
                        .arg(kRootElement));
    if (m_attributes.hasAttribute(nodeNameBase64)) {
        const std::optional<QString> name = pagexml::decodeText(m_attributes.value(nodeNameBase64));
        if (!name)
            return fail(tr("<%1>: attribute \"node-name-base64\" is not valid base64 of UTF-16LE")
                            .arg(kRootElement));
        m_source.nodeName = *name;
    } else {
        m_source.nodeName = m_attributes.value(nodeName).toString();
    }
    m_state = State::Pages;
    return true;
}

bool PageReader::readNextPage(ChangePage *page)
{
    if (!readHeader() || m_state != State::Pages)
        return false;
    if (m_fast && readFastPage(page))
        return true;
    if (m_state != State::Pages) // the root read again failed: cannot happen
        return false;
    if (!nextStructuralToken())
        return false;
    if (m_xml->tokenType() == QXmlStreamReader::EndElement) { // </s15n-changes>
        while (m_xml->tokenType() != QXmlStreamReader::EndDocument) {
            if (!nextStructuralToken())
                return false;
            if (m_xml->tokenType() == QXmlStreamReader::StartElement)
                return fail(tr("unexpected element <%1> after the document element")
                                .arg(m_xml->qualifiedName()));
        }
        m_state = State::End;
        return false;
    }
    if (!checkElement(kPageElement))
        return false;
    ChangePage result;
    if (!readPage(&result))
        return false;
    *page = std::move(result);
    return true;
}

bool PageReader::readPage(ChangePage *page)
{
    const QLatin1String resource("resource"), since("since"), cursor("cursor"), more("more");
    if (!checkAttributes({resource, since, cursor, more}))
        return false;
    QStringView value;
    if (!requiredAttribute(resource, &value))
        return false;
    if (!pagexml::isIdentifier(value))
        return fail(tr("<page>: resource name %1 is not a plain identifier").arg(quoted(value)));
    page->resource = value.toString();
    for (const auto &[name, target] :
         {std::pair(since, &page->since), std::pair(cursor, &page->cursor)}) {
        if (!requiredAttribute(name, &value))
            return false;
        const std::optional<qint64> number = pagexml::parseInteger(value);
        if (!number || *number < 0)
            return fail(tr("<page>: attribute \"%1\" is not a cursor (a non-negative integer): %2")
                            .arg(name, quoted(value)));
        *target = *number;
    }
    if (!requiredAttribute(more, &value))
        return false;
    const std::optional<bool> hasMore = pagexml::parseBool(value);
    if (!hasMore)
        return fail(tr("<page>: attribute \"more\" is not true or false: %1").arg(quoted(value)));
    page->more = *hasMore;

    for (;;) {
        if (!nextStructuralToken())
            return false;
        if (m_xml->tokenType() == QXmlStreamReader::EndElement)
            return true;
        if (!checkElement(kRowElement))
            return false;
        if (page->records.size() >= m_maxRecordsPerPage)
            return fail(tr("<page>: more than %1 rows in one page").arg(m_maxRecordsPerPage));
        ChangeRecord record;
        if (!readRow(&record))
            return false;
        page->records.append(std::move(record));
    }
}

bool PageReader::readRow(ChangeRecord *record)
{
    const QLatin1String uuid("uuid"), version("version"), ancestry("ancestry"), origin("origin"),
        deleted("deleted");
    if (!checkAttributes({uuid, version, ancestry, origin, deleted}))
        return false;
    QStringView value;
    if (!requiredAttribute(uuid, &value))
        return false;
    if (!pagexml::isCanonicalUuid(value))
        return fail(
            tr("<row>: attribute \"uuid\" is not a lower-case UUID: %1").arg(quoted(value)));
    record->rowUuid = value.toString();
    if (!requiredAttribute(version, &value))
        return false;
    const std::optional<Version> parsedVersion = Version::fromString(value);
    if (!parsedVersion)
        return fail(tr("<row uuid=\"%1\">: attribute \"version\" is not a version: %2")
                        .arg(record->rowUuid, quoted(value)));
    record->version = *parsedVersion;
    if (m_attributes.hasAttribute(ancestry)) {
        value = m_attributes.value(ancestry);
        const std::optional<Ancestry> parsedAncestry = Ancestry::fromString(value);
        if (!parsedAncestry)
            return fail(tr("<row uuid=\"%1\">: attribute \"ancestry\" is not a list of at most "
                           "%2 versions: %3")
                            .arg(record->rowUuid)
                            .arg(Ancestry::kMaxLength)
                            .arg(quoted(value)));
        record->ancestry = *parsedAncestry;
    }
    if (!requiredAttribute(origin, &value))
        return false;
    const std::optional<QUuid> originUuid = pagexml::uuidFromString(value);
    if (!originUuid)
        return fail(tr("<row uuid=\"%1\">: attribute \"origin\" is not a lower-case UUID: %2")
                        .arg(record->rowUuid, quoted(value)));
    record->origin = *originUuid;
    if (!requiredAttribute(deleted, &value))
        return false;
    const std::optional<bool> isDeleted = pagexml::parseBool(value);
    if (!isDeleted)
        return fail(tr("<row uuid=\"%1\">: attribute \"deleted\" is not true or false: %2")
                        .arg(record->rowUuid, quoted(value)));
    record->deleted = *isDeleted;

    QSet<QString> names; // used only for rows with many fields
    for (;;) {
        if (!nextStructuralToken())
            return false;
        if (m_xml->tokenType() == QXmlStreamReader::EndElement)
            return true;
        if (!checkElement(kFieldElement))
            return false;
        if (record->deleted)
            return fail(
                tr("<row uuid=\"%1\">: a deleted row must not have fields").arg(record->rowUuid));
        Field field;
        if (!readField(&field))
            return false;
        bool duplicate = false;
        if (record->fields.size() < kLinearDuplicateScan) {
            duplicate = std::any_of(record->fields.cbegin(), record->fields.cend(),
                                    [&field](const Field &f) { return f.name == field.name; });
        } else {
            if (names.isEmpty()) {
                for (const Field &f : std::as_const(record->fields))
                    names.insert(f.name);
            }
            duplicate = names.contains(field.name);
            names.insert(field.name);
        }
        if (duplicate)
            return fail(tr("<row uuid=\"%1\">: field \"%2\" appears twice")
                            .arg(record->rowUuid, field.name));
        record->fields.append(std::move(field));
    }
}

bool PageReader::readField(Field *field)
{
    using Type = FieldValue::Type;
    const QLatin1String name("name"), type("type"), table("table"), encoding("encoding");
    if (!checkAttributes({name, type, table, encoding}))
        return false;
    QStringView value;
    if (!requiredAttribute(name, &value))
        return false;
    if (!pagexml::isIdentifier(value))
        return fail(tr("<f>: field name %1 is not a plain identifier").arg(quoted(value)));
    field->name = value.toString();
    if (!requiredAttribute(type, &value))
        return false;
    const std::optional<Type> fieldType = pagexml::typeFromName(value);
    if (!fieldType)
        return fail(tr("<f name=\"%1\">: unknown type %2").arg(field->name, quoted(value)));
    field->value.type = *fieldType;
    if (*fieldType == Type::Reference) {
        if (!m_attributes.hasAttribute(table))
            return fail(tr("<f name=\"%1\" type=\"ref\">: attribute \"table\" is missing")
                            .arg(field->name));
        value = m_attributes.value(table);
        if (!pagexml::isIdentifier(value))
            return fail(tr("<f name=\"%1\">: table name %2 is not a plain identifier")
                            .arg(field->name, quoted(value)));
        field->value.refTable = value.toString();
    } else if (m_attributes.hasAttribute(table)) {
        return fail(tr("<f name=\"%1\">: attribute \"table\" belongs only to type \"ref\"")
                        .arg(field->name));
    }
    bool base64 = false;
    if (m_attributes.hasAttribute(encoding)) {
        if (*fieldType != Type::Text)
            return fail(tr("<f name=\"%1\">: attribute \"encoding\" belongs only to type \"text\"")
                            .arg(field->name));
        if (m_attributes.value(encoding) != u"base64")
            return fail(tr("<f name=\"%1\">: unknown encoding %2")
                            .arg(field->name, quoted(m_attributes.value(encoding))));
        base64 = true;
    }
    QString text;
    if (!readContent(&text))
        return false;
    return parseValue(*field, text, base64, &field->value);
}

// The character content of the current element, up to its end tag.
bool PageReader::readContent(QString *text)
{
    const QString element = m_xml->qualifiedName().toString();
    m_attributes.clear();
    for (;;) {
        switch (m_xml->readNext()) {
        case QXmlStreamReader::Characters:
            *text += m_xml->text();
            break;
        case QXmlStreamReader::EndElement:
            return true;
        case QXmlStreamReader::Comment:
        case QXmlStreamReader::ProcessingInstruction:
            break;
        case QXmlStreamReader::StartElement:
            return fail(tr("<%1>: unexpected element <%2> inside a value")
                            .arg(element, m_xml->qualifiedName()));
        case QXmlStreamReader::EntityReference:
            return fail(tr("unknown entity reference &%1;").arg(m_xml->name()));
        case QXmlStreamReader::StartDocument:
        case QXmlStreamReader::EndDocument:
        case QXmlStreamReader::DTD:
        case QXmlStreamReader::NoToken:
        case QXmlStreamReader::Invalid:
            return failXml();
        }
    }
}

bool PageReader::parseValue(const Field &field, QStringView text, bool base64, FieldValue *value)
{
    using Type = FieldValue::Type;
    const auto bad = [&](const QString &expected) {
        return fail(
            tr("<f name=\"%1\" type=\"%2\">: %3 is not %4")
                .arg(field.name, pagexml::typeName(field.value.type), quoted(text), expected));
    };
    switch (field.value.type) {
    case Type::Null:
        if (!text.isEmpty())
            return bad(tr("empty (a null field has no content)"));
        value->value = QVariant();
        return true;
    case Type::Integer: {
        const std::optional<qint64> number = pagexml::parseInteger(text);
        if (!number)
            return bad(tr("an integer in the 64-bit range"));
        value->value = QVariant::fromValue(*number);
        return true;
    }
    case Type::Real: {
        const std::optional<double> number = pagexml::parseReal(text);
        if (!number)
            return bad(tr("a real number (digits, \"nan\", \"inf\" or \"-inf\")"));
        value->value = QVariant(*number);
        return true;
    }
    case Type::Text:
        if (base64) {
            const std::optional<QString> decoded = pagexml::decodeText(text);
            if (!decoded)
                return bad(tr("base64 of UTF-16LE text"));
            value->value = QVariant(*decoded);
        } else {
            value->value = QVariant(text.toString());
        }
        return true;
    case Type::Blob: {
        const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
            text.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return bad(tr("base64"));
        value->value = QVariant(decoded.decoded);
        return true;
    }
    case Type::Boolean: {
        const std::optional<bool> flag = pagexml::parseBool(text);
        if (!flag)
            return bad(tr("true or false"));
        value->value = QVariant(*flag);
        return true;
    }
    case Type::Reference:
        if (!pagexml::isCanonicalUuid(text))
            return bad(tr("a lower-case row UUID"));
        value->value = QVariant(text.toString());
        return true;
    }
    return bad(QString());
}

} // namespace s15n
