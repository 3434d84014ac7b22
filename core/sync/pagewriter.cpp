#include "pagewriter.h"

#include "sync/pagereader.h"

#include <QBuffer>
#include <QIODevice>
#include <QLocale>

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <limits>

namespace s15n {

namespace pagexml {

namespace {
bool isAsciiLetter(QChar c)
{
    return (c >= QLatin1Char('a') && c <= QLatin1Char('z')) ||
           (c >= QLatin1Char('A') && c <= QLatin1Char('Z'));
}
bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}
bool isLowerHexDigit(QChar c)
{
    return isAsciiDigit(c) || (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
}
} // namespace

bool isIdentifier(QStringView name)
{
    if (name.isEmpty() || name.size() > kMaxIdentifierLength)
        return false;
    if (!isAsciiLetter(name.front()) && name.front() != QLatin1Char('_'))
        return false;
    return std::all_of(name.begin(), name.end(), [](QChar c) {
        return isAsciiLetter(c) || isAsciiDigit(c) || c == QLatin1Char('_');
    });
}

bool isCanonicalUuid(QStringView text)
{
    if (text.size() != 36)
        return false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash ? text[i] != QLatin1Char('-') : !isLowerHexDigit(text[i]))
            return false;
    }
    return true;
}

QString uuidToString(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

std::optional<QUuid> uuidFromString(QStringView text)
{
    if (!isCanonicalUuid(text))
        return std::nullopt;
    return QUuid::fromString(text);
}

bool isXmlSafe(QStringView text, XmlPlace place)
{
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x20 && c <= 0xD7FF)
            continue;
        if (c == u'\t' || c == u'\n' || (c == u'\r' && place == XmlPlace::Attribute))
            continue;
        if (c >= 0xE000 && c <= 0xFFFD)
            continue;
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() &&
            QChar::isLowSurrogate(text[i + 1].unicode())) {
            ++i;
            continue;
        }
        return false; // other control characters, '\r' in content, lone surrogates, FFFE/FFFF
    }
    return true;
}

QString encodeText(QStringView text)
{
    QByteArray bytes;
    bytes.resize(text.size() * 2);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        bytes[2 * i] = static_cast<char>(c & 0xff);
        bytes[2 * i + 1] = static_cast<char>(c >> 8);
    }
    return QString::fromLatin1(bytes.toBase64());
}

std::optional<QString> decodeText(QStringView base64)
{
    const QByteArray::FromBase64Result decoded =
        QByteArray::fromBase64Encoding(base64.toLatin1(), QByteArray::AbortOnBase64DecodingErrors);
    if (!decoded || decoded.decoded.size() % 2 != 0)
        return std::nullopt;
    const QByteArray &bytes = decoded.decoded;
    QString text(bytes.size() / 2, Qt::Uninitialized);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const auto low = static_cast<uchar>(bytes[2 * i]);
        const auto high = static_cast<uchar>(bytes[2 * i + 1]);
        text[i] = QChar(static_cast<char16_t>(low | (high << 8)));
    }
    return text;
}

QString typeName(FieldValue::Type type)
{
    switch (type) {
    case FieldValue::Type::Null:
        return QStringLiteral("null");
    case FieldValue::Type::Integer:
        return QStringLiteral("int");
    case FieldValue::Type::Real:
        return QStringLiteral("real");
    case FieldValue::Type::Text:
        return QStringLiteral("text");
    case FieldValue::Type::Blob:
        return QStringLiteral("blob");
    case FieldValue::Type::Boolean:
        return QStringLiteral("bool");
    case FieldValue::Type::Reference:
        return QStringLiteral("ref");
    }
    return QString();
}

std::optional<FieldValue::Type> typeFromName(QStringView name)
{
    using Type = FieldValue::Type;
    for (Type type : {Type::Null, Type::Integer, Type::Real, Type::Text, Type::Blob, Type::Boolean,
                      Type::Reference}) {
        if (name == typeName(type))
            return type;
    }
    return std::nullopt;
}

QString formatReal(double value)
{
    if (std::isnan(value))
        return QStringLiteral("nan");
    if (std::isinf(value))
        return value > 0 ? QStringLiteral("inf") : QStringLiteral("-inf");
    if (value == 0) // QString::number drops the sign of -0
        return std::signbit(value) ? QStringLiteral("-0") : QStringLiteral("0");
    return QString::number(value, 'g', QLocale::FloatingPointShortest);
}

std::optional<double> parseReal(QStringView text)
{
    if (text == u"nan")
        return std::numeric_limits<double>::quiet_NaN();
    if (text == u"inf")
        return std::numeric_limits<double>::infinity();
    if (text == u"-inf")
        return -std::numeric_limits<double>::infinity();
    // toDouble() would skip white space; only what formatReal can produce is allowed.
    const bool plain = !text.isEmpty() && std::all_of(text.begin(), text.end(), [](QChar c) {
        return isAsciiDigit(c) || c == QLatin1Char('.') || c == QLatin1Char('e') ||
               c == QLatin1Char('E') || c == QLatin1Char('+') || c == QLatin1Char('-');
    });
    if (!plain)
        return std::nullopt;
    bool ok = false;
    double value = text.toDouble(&ok);
    if (!ok || !std::isfinite(value)) // also overflow and underflow to zero
        return std::nullopt;
    if (value == 0 && text.startsWith(QLatin1Char('-')))
        value = -0.0;
    return value;
}

std::optional<qint64> parseInteger(QStringView text)
{
    const QStringView digits = text.startsWith(QLatin1Char('-')) ? text.mid(1) : text;
    if (digits.isEmpty() || !std::all_of(digits.begin(), digits.end(), isAsciiDigit))
        return std::nullopt;
    bool ok = false;
    const qint64 value = text.toLongLong(&ok, 10);
    if (!ok)
        return std::nullopt;
    return value;
}

std::optional<bool> parseBool(QStringView text)
{
    if (text == u"true")
        return true;
    if (text == u"false")
        return false;
    return std::nullopt;
}

} // namespace pagexml

namespace {
// Everything the reader would reject in one field; empty if fine.
QString checkField(const Field &field)
{
    using Type = FieldValue::Type;
    if (!pagexml::isIdentifier(field.name))
        return PageWriter::tr("field name \"%1\" is not a plain identifier").arg(field.name);
    const FieldValue &v = field.value;
    bool ok = true;
    switch (v.type) {
    case Type::Integer:
        v.value.toLongLong(&ok);
        break;
    case Type::Real:
        v.value.toDouble(&ok);
        break;
    case Type::Reference:
        if (!pagexml::isIdentifier(v.refTable))
            return PageWriter::tr("field \"%1\" refers to table \"%2\", which is not a plain "
                                  "identifier")
                .arg(field.name, v.refTable);
        ok = pagexml::isCanonicalUuid(v.value.toString());
        break;
    case Type::Null:
    case Type::Text:
    case Type::Blob:
    case Type::Boolean:
        break;
    }
    if (!ok)
        return PageWriter::tr("field \"%1\" holds %2, which is not a valid %3")
            .arg(field.name, v.value.toString(), pagexml::typeName(v.type));
    return QString();
}
} // namespace

Status validateRecord(const ChangeRecord &record)
{
    const auto failure = [&record](const QString &what) {
        return Status::failure(
            PageWriter::tr("row \"%1\" cannot be written: %2").arg(record.rowUuid, what));
    };
    if (!pagexml::isCanonicalUuid(record.rowUuid))
        return failure(PageWriter::tr("the row UUID is not lower-case 8-4-4-4-12 hex"));
    if (record.version.isNull())
        return failure(PageWriter::tr("it has no version"));
    for (const Version &v : record.ancestry.versions()) {
        if (v.isNull())
            return failure(PageWriter::tr("its ancestry holds a null version"));
    }
    if (record.deleted && !record.fields.isEmpty())
        return failure(PageWriter::tr("it is deleted but has fields"));
    for (qsizetype i = 0; i < record.fields.size(); ++i) {
        const Field &field = record.fields[i];
        const QString problem = checkField(field);
        if (!problem.isEmpty())
            return failure(problem);
        for (qsizetype j = 0; j < i; ++j) {
            if (record.fields[j].name == field.name)
                return failure(PageWriter::tr("field \"%1\" appears twice").arg(field.name));
        }
    }
    return Status();
}

namespace {

constexpr char kHex[] = "0123456789abcdef";

void appendHex(char *p, quint64 value, int digits)
{
    for (int i = digits - 1; i >= 0; --i) {
        p[i] = kHex[value & 0xF];
        value >>= 4;
    }
}

// 32 lower-case hex digits (dashes: the 8-4-4-4-12 form), as QUuid::toString writes them.
char *putUuid(char *p, const QUuid &uuid, bool dashes)
{
    const auto byte = [&p](uint value) {
        *p++ = kHex[(value >> 4) & 0xF];
        *p++ = kHex[value & 0xF];
    };
    const auto dash = [&p, dashes] {
        if (dashes)
            *p++ = '-';
    };
    for (int i = 3; i >= 0; --i)
        byte(uuid.data1 >> (8 * i));
    dash();
    byte(uuid.data2 >> 8);
    byte(uuid.data2);
    dash();
    byte(uuid.data3 >> 8);
    byte(uuid.data3);
    dash();
    byte(uuid.data4[0]);
    byte(uuid.data4[1]);
    dash();
    for (int i = 2; i < 8; ++i)
        byte(uuid.data4[i]);
    return p;
}

constexpr qint64 kMaxVersionMillis = (qint64(1) << 48) - 1; // 12 hex digits

} // namespace

void pagexml::appendVersion(QByteArray &out, const Version &version)
{
    if (version.millis < 0 || version.millis > kMaxVersionMillis || version.isNull()) {
        out.append(version.toString().toLatin1()); // what toString() makes of it, however odd
        return;
    }
    const qsizetype start = out.size();
    out.resize(start + 12 + 1 + 4 + 1 + 32);
    char *p = out.data() + start;
    appendHex(p, static_cast<quint64>(version.millis), 12);
    p[12] = '-';
    appendHex(p + 13, version.counter, 4);
    p[17] = '-';
    putUuid(p + 18, version.node, false);
}

void pagexml::appendAncestry(QByteArray &out, const Ancestry &ancestry)
{
    bool first = true;
    for (const Version &v : ancestry.versions()) {
        if (!first)
            out.append(' ');
        first = false;
        appendVersion(out, v);
    }
}

void pagexml::appendUuid(QByteArray &out, const QUuid &uuid)
{
    const qsizetype start = out.size();
    out.resize(start + 36);
    putUuid(out.data() + start, uuid, true);
}

namespace {

// UTF-8 output of the writer, escaped as QXmlStreamWriter escapes (Qt 6.4): '<', '>', '&' and
// '"' always; tab, newline and carriage return in attribute values only. The text is known to
// be XML-safe (the writer sends anything else as base64), so every surrogate is half of a pair.
void appendEscaped(QByteArray &out, QStringView text, bool attribute)
{
    const qsizetype start = out.size();
    out.resize(start + text.size() * 6); // the longest: "&quot;", or 3 UTF-8 bytes a unit
    char *p = out.data() + start;
    const char16_t *s = text.utf16();
    const char16_t *const end = s + text.size();
    const auto put = [&p](const char *literal, size_t size) {
        std::memcpy(p, literal, size);
        p += size;
    };
    while (s < end) {
        const char16_t c = *s++;
        if (c < 0x80) {
            switch (c) {
            case u'<':
                put("&lt;", 4);
                break;
            case u'>':
                put("&gt;", 4);
                break;
            case u'&':
                put("&amp;", 5);
                break;
            case u'"':
                put("&quot;", 6);
                break;
            case u'\t':
                if (attribute)
                    put("&#9;", 4);
                else
                    *p++ = '\t';
                break;
            case u'\n':
                if (attribute)
                    put("&#10;", 5);
                else
                    *p++ = '\n';
                break;
            case u'\r':
                if (attribute)
                    put("&#13;", 5);
                else
                    *p++ = '\r';
                break;
            default:
                *p++ = static_cast<char>(c);
                break;
            }
        } else if (c < 0x800) {
            *p++ = static_cast<char>(0xC0 | (c >> 6));
            *p++ = static_cast<char>(0x80 | (c & 0x3F));
        } else if (QChar::isHighSurrogate(c) && s < end && QChar::isLowSurrogate(*s)) {
            const char32_t u = QChar::surrogateToUcs4(c, *s++);
            *p++ = static_cast<char>(0xF0 | (u >> 18));
            *p++ = static_cast<char>(0x80 | ((u >> 12) & 0x3F));
            *p++ = static_cast<char>(0x80 | ((u >> 6) & 0x3F));
            *p++ = static_cast<char>(0x80 | (u & 0x3F));
        } else {
            *p++ = static_cast<char>(0xE0 | (c >> 12));
            *p++ = static_cast<char>(0x80 | ((c >> 6) & 0x3F));
            *p++ = static_cast<char>(0x80 | (c & 0x3F));
        }
    }
    out.resize(p - out.constData());
}

void appendLatin1(QByteArray &out, QStringView ascii)
{
    const qsizetype start = out.size();
    out.resize(start + ascii.size());
    char *p = out.data() + start;
    for (const QChar c : ascii)
        *p++ = static_cast<char>(c.unicode());
}

void appendInteger(QByteArray &out, qint64 value)
{
    char digits[24];
    const std::to_chars_result r = std::to_chars(digits, digits + sizeof digits, value);
    out.append(digits, r.ptr - digits);
}

void appendBase64(QByteArray &out, const char *data, qsizetype size)
{
    static constexpr char kAlphabet[] =
        "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    const qsizetype start = out.size();
    out.resize(start + (size + 2) / 3 * 4);
    char *p = out.data() + start;
    const auto *s = reinterpret_cast<const uchar *>(data);
    qsizetype i = 0;
    for (; i + 3 <= size; i += 3) {
        const uint v = (uint(s[i]) << 16) | (uint(s[i + 1]) << 8) | s[i + 2];
        *p++ = kAlphabet[v >> 18];
        *p++ = kAlphabet[(v >> 12) & 0x3F];
        *p++ = kAlphabet[(v >> 6) & 0x3F];
        *p++ = kAlphabet[v & 0x3F];
    }
    if (i < size) {
        const bool two = i + 1 < size;
        const uint v = (uint(s[i]) << 16) | (two ? uint(s[i + 1]) << 8 : 0);
        *p++ = kAlphabet[v >> 18];
        *p++ = kAlphabet[(v >> 12) & 0x3F];
        *p++ = two ? kAlphabet[(v >> 6) & 0x3F] : '=';
        *p++ = '=';
    }
}

// The QString a variant holds, without a copy when it holds one.
const QString *heldString(const QVariant &value, QString *storage)
{
    if (value.typeId() == QMetaType::QString)
        return static_cast<const QString *>(value.constData());
    *storage = value.toString();
    return storage;
}

} // namespace

PageWriter::PageWriter(QIODevice *device) : m_device(device)
{
    // One element per line: cheap, and diffable. Whitespace between elements is ignored by
    // the reader; text content is never reformatted.
}

void PageWriter::startElement(const char *name)
{
    if (m_tagOpen)
        m_out.append('>');
    m_out.append("\n<", 2);
    m_out.append(name);
    m_tagOpen = true;
    m_afterText = false;
}

void PageWriter::endElement(const char *name)
{
    if (m_tagOpen) { // nothing inside
        m_out.append("/>", 2);
        m_tagOpen = false;
    } else {
        if (!m_afterText)
            m_out.append('\n');
        m_out.append("</", 2);
        m_out.append(name);
        m_out.append('>');
    }
    m_afterText = false;
}

void PageWriter::attribute(const char *name, QStringView value)
{
    m_out.append(' ');
    m_out.append(name);
    m_out.append("=\"", 2);
    appendEscaped(m_out, value, true);
    m_out.append('"');
}

void PageWriter::asciiAttribute(const char *name, const char *value, qsizetype size)
{
    m_out.append(' ');
    m_out.append(name);
    m_out.append("=\"", 2);
    m_out.append(value, size);
    m_out.append('"');
}

void PageWriter::flush()
{
    if (m_out.isEmpty() || m_writeFailed)
        return;
    if (!m_device || m_device->write(m_out) != m_out.size())
        m_writeFailed = true;
    m_out.resize(0); // keeps the capacity for the next page
}

void PageWriter::startDocument(const PageSource &source)
{
    if (hasError())
        return;
    if (m_state != State::Initial)
        return fail(tr("startDocument() called twice"));
    m_out.append(R"(<?xml version="1.0" encoding="UTF-8"?>)");
    startElement("s15n-changes");
    asciiAttribute("format", "1", 1);
    static_assert(pagexml::kFormatVersion == 1);
    m_out.append(R"( node=")");
    pagexml::appendUuid(m_out, source.node);
    m_out.append('"');
    if (pagexml::isXmlSafe(source.nodeName, pagexml::XmlPlace::Attribute))
        attribute("node-name", source.nodeName);
    else
        attribute("node-name-base64", pagexml::encodeText(source.nodeName));
    m_state = State::InDocument;
    flush();
}

void PageWriter::writePage(const ChangePage &page)
{
    if (hasError())
        return;
    if (m_state != State::InDocument)
        return fail(tr("writePage() called outside startDocument() ... endDocument()"));
    if (!pagexml::isIdentifier(page.resource))
        return fail(tr("resource name \"%1\" is not a plain identifier").arg(page.resource));
    if (page.since < 0 || page.cursor < 0)
        return fail(tr("page of \"%1\": cursors must not be negative (since %2, cursor %3)")
                        .arg(page.resource)
                        .arg(page.since)
                        .arg(page.cursor));
    for (const ChangeRecord &record : page.records) {
        const Status status = validateRecord(record);
        if (!status)
            return fail(status.message());
    }

    startElement("page");
    attribute("resource", page.resource);
    m_out.append(R"( since=")");
    appendInteger(m_out, page.since);
    m_out.append(R"(" cursor=")");
    appendInteger(m_out, page.cursor);
    m_out.append(page.more ? R"(" more="true")" : R"(" more="false")");
    for (const ChangeRecord &record : page.records)
        writeRecord(record);
    endElement("page");
    flush();
}

void PageWriter::endDocument()
{
    if (hasError())
        return;
    if (m_state != State::InDocument)
        return fail(tr("endDocument() called without startDocument()"));
    endElement("s15n-changes");
    m_out.append('\n');
    m_state = State::Finished;
    flush();
}

bool PageWriter::hasError() const
{
    return !m_error.isEmpty() || m_writeFailed;
}

QString PageWriter::errorString() const
{
    if (!m_error.isEmpty())
        return m_error;
    if (m_writeFailed) {
        QString reason = m_device ? m_device->errorString() : tr("no device");
        if (reason.isEmpty() || reason == QLatin1String("Unknown error"))
            reason = tr("the device refused the data (is the disk full?)");
        return tr("could not write the change document: %1").arg(reason);
    }
    return QString();
}

void PageWriter::fail(const QString &message)
{
    if (m_error.isEmpty())
        m_error = message;
}

void PageWriter::writeRecord(const ChangeRecord &record)
{
    startElement("row");
    attribute("uuid", record.rowUuid);
    m_out.append(R"( version=")");
    pagexml::appendVersion(m_out, record.version);
    m_out.append('"');
    if (!record.ancestry.isEmpty()) {
        m_out.append(R"( ancestry=")");
        pagexml::appendAncestry(m_out, record.ancestry);
        m_out.append('"');
    }
    m_out.append(R"( origin=")");
    pagexml::appendUuid(m_out, record.origin);
    m_out.append(record.deleted ? R"(" deleted="true")" : R"(" deleted="false")");
    for (const Field &field : record.fields)
        writeField(field);
    endElement("row");
}

void PageWriter::writeField(const Field &field)
{
    using Type = FieldValue::Type;
    const FieldValue &v = field.value;
    startElement("f");
    attribute("name", field.name);
    m_out.append(R"( type=")");
    appendLatin1(m_out, pagexml::typeName(v.type));
    m_out.append('"');
    if (v.type == Type::Null) {
        endElement("f");
        return;
    }
    QString storage;
    switch (v.type) {
    case Type::Null:
        break;
    case Type::Integer:
        m_out.append('>');
        appendInteger(m_out, v.value.toLongLong());
        break;
    case Type::Real:
        m_out.append('>');
        appendLatin1(m_out, pagexml::formatReal(v.value.toDouble()));
        break;
    case Type::Text: {
        const QString &text = *heldString(v.value, &storage);
        if (pagexml::isXmlSafe(text, pagexml::XmlPlace::Content)) {
            m_out.append('>');
            appendEscaped(m_out, text, false);
        } else {
            m_out.append(R"( encoding="base64">)");
            appendLatin1(m_out, pagexml::encodeText(text));
        }
        break;
    }
    case Type::Blob: {
        m_out.append('>');
        if (v.value.typeId() == QMetaType::QByteArray) {
            const auto *bytes = static_cast<const QByteArray *>(v.value.constData());
            appendBase64(m_out, bytes->constData(), bytes->size());
        } else {
            const QByteArray bytes = v.value.toByteArray();
            appendBase64(m_out, bytes.constData(), bytes.size());
        }
        break;
    }
    case Type::Boolean:
        m_out.append('>');
        m_out.append(v.value.toBool() ? "true" : "false");
        break;
    case Type::Reference:
        attribute("table", v.refTable);
        m_out.append('>');
        appendEscaped(m_out, *heldString(v.value, &storage), false);
        break;
    }
    m_tagOpen = false;
    m_afterText = true;
    endElement("f");
}

QByteArray recordToXml(const ChangeRecord &record, const QString &resource)
{
    QByteArray xml;
    QBuffer buffer(&xml);
    buffer.open(QIODevice::WriteOnly);
    PageWriter writer(&buffer);
    writer.startDocument(PageSource());
    ChangePage page;
    page.resource = resource;
    page.records.append(record);
    writer.writePage(page);
    writer.endDocument();
    buffer.close();
    if (writer.hasError())
        return QByteArray();
    return xml;
}

Result<ChangeRecord> recordFromXml(const QByteArray &xml)
{
    QBuffer buffer;
    buffer.setData(xml);
    buffer.open(QIODevice::ReadOnly);
    PageReader reader(&buffer);
    ChangePage page;
    if (!reader.readNextPage(&page)) {
        return Status::failure(reader.hasError() ? reader.errorString()
                                                 : PageWriter::tr("the record document is empty"));
    }
    if (page.records.size() != 1) {
        return Status::failure(PageWriter::tr("a record document must hold one record, not %1")
                                   .arg(page.records.size()));
    }
    ChangePage extra;
    if (reader.readNextPage(&extra))
        return Status::failure(PageWriter::tr("a record document must hold one page, not more"));
    if (reader.hasError())
        return Status::failure(reader.errorString());
    return page.records.constFirst();
}

} // namespace s15n
