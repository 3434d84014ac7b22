#include "pagewriter.h"

#include "sync/pagereader.h"

#include <QBuffer>
#include <QIODevice>
#include <QLocale>

#include <algorithm>
#include <cmath>
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

PageWriter::PageWriter(QIODevice *device) : m_xml(device), m_device(device)
{
    // One element per line: cheap, and diffable. Whitespace between elements is ignored by
    // the reader; text content is never reformatted.
    m_xml.setAutoFormatting(true);
    m_xml.setAutoFormattingIndent(0);
}

void PageWriter::startDocument(const PageSource &source)
{
    if (hasError())
        return;
    if (m_state != State::Initial)
        return fail(tr("startDocument() called twice"));
    m_xml.writeStartDocument();
    m_xml.writeStartElement(QStringLiteral("s15n-changes"));
    m_xml.writeAttribute(QStringLiteral("format"), QString::number(pagexml::kFormatVersion));
    m_xml.writeAttribute(QStringLiteral("node"), pagexml::uuidToString(source.node));
    if (pagexml::isXmlSafe(source.nodeName, pagexml::XmlPlace::Attribute))
        m_xml.writeAttribute(QStringLiteral("node-name"), source.nodeName);
    else
        m_xml.writeAttribute(QStringLiteral("node-name-base64"),
                             pagexml::encodeText(source.nodeName));
    m_state = State::InDocument;
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

    m_xml.writeStartElement(QStringLiteral("page"));
    m_xml.writeAttribute(QStringLiteral("resource"), page.resource);
    m_xml.writeAttribute(QStringLiteral("since"), QString::number(page.since));
    m_xml.writeAttribute(QStringLiteral("cursor"), QString::number(page.cursor));
    m_xml.writeAttribute(QStringLiteral("more"), pagexml::formatBool(page.more));
    for (const ChangeRecord &record : page.records)
        writeRecord(record);
    m_xml.writeEndElement();
}

void PageWriter::endDocument()
{
    if (hasError())
        return;
    if (m_state != State::InDocument)
        return fail(tr("endDocument() called without startDocument()"));
    m_xml.writeEndElement();
    m_xml.writeEndDocument();
    m_state = State::Finished;
}

bool PageWriter::hasError() const
{
    return !m_error.isEmpty() || m_xml.hasError();
}

QString PageWriter::errorString() const
{
    if (!m_error.isEmpty())
        return m_error;
    if (m_xml.hasError()) {
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
    m_xml.writeStartElement(QStringLiteral("row"));
    m_xml.writeAttribute(QStringLiteral("uuid"), record.rowUuid);
    m_xml.writeAttribute(QStringLiteral("version"), record.version.toString());
    if (!record.ancestry.isEmpty())
        m_xml.writeAttribute(QStringLiteral("ancestry"), record.ancestry.toString());
    m_xml.writeAttribute(QStringLiteral("origin"), pagexml::uuidToString(record.origin));
    m_xml.writeAttribute(QStringLiteral("deleted"), pagexml::formatBool(record.deleted));
    for (const Field &field : record.fields)
        writeField(field);
    m_xml.writeEndElement();
}

void PageWriter::writeField(const Field &field)
{
    using Type = FieldValue::Type;
    const FieldValue &v = field.value;
    if (v.type == Type::Null) {
        m_xml.writeEmptyElement(QStringLiteral("f"));
        m_xml.writeAttribute(QStringLiteral("name"), field.name);
        m_xml.writeAttribute(QStringLiteral("type"), pagexml::typeName(v.type));
        return;
    }
    m_xml.writeStartElement(QStringLiteral("f"));
    m_xml.writeAttribute(QStringLiteral("name"), field.name);
    m_xml.writeAttribute(QStringLiteral("type"), pagexml::typeName(v.type));
    switch (v.type) {
    case Type::Null:
        break;
    case Type::Integer:
        m_xml.writeCharacters(QString::number(v.value.toLongLong()));
        break;
    case Type::Real:
        m_xml.writeCharacters(pagexml::formatReal(v.value.toDouble()));
        break;
    case Type::Text: {
        const QString text = v.value.toString();
        if (pagexml::isXmlSafe(text, pagexml::XmlPlace::Content)) {
            m_xml.writeCharacters(text);
        } else {
            m_xml.writeAttribute(QStringLiteral("encoding"), QStringLiteral("base64"));
            m_xml.writeCharacters(pagexml::encodeText(text));
        }
        break;
    }
    case Type::Blob:
        m_xml.writeCharacters(QString::fromLatin1(v.value.toByteArray().toBase64()));
        break;
    case Type::Boolean:
        m_xml.writeCharacters(pagexml::formatBool(v.value.toBool()));
        break;
    case Type::Reference:
        m_xml.writeAttribute(QStringLiteral("table"), v.refTable);
        m_xml.writeCharacters(v.value.toString());
        break;
    }
    m_xml.writeEndElement();
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
