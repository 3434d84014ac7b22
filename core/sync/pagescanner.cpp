#include "pagescanner.h"

#include "pagebytes.h"
#include "sync/pagewriter.h"

#include <algorithm>
#include <cstring>
#include <optional>
#include <utility>

namespace s15n {

using Outcome = PageScanner::Outcome;

struct PageScanner::Cursor
{
    const char *p;
    const char *end;

    qsizetype left() const { return end - p; }
    // Tells "the data ends here" from "something else follows".
    Outcome expect(const char *literal)
    {
        const auto size = qsizetype(std::strlen(literal));
        const qsizetype n = std::min(size, left());
        if (std::memcmp(p, literal, size_t(n)) != 0)
            return Outcome::Unsupported;
        if (n < size)
            return Outcome::NeedMore;
        p += size;
        return Outcome::Done;
    }
    // White space between elements. A carriage return is left to QXmlStreamReader (line ends).
    Outcome skipSpace()
    {
        while (p < end && (*p == ' ' || *p == '\n' || *p == '\t'))
            ++p;
        if (p == end)
            return Outcome::NeedMore;
        return *p == '\r' ? Outcome::Unsupported : Outcome::Done;
    }
};

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\t';
}

} // namespace

// The values inside tags and elements are read by pagebytes.cpp.
using namespace pagebytes;

QString PageScanner::cached(CachedName &cache, const char *text, qsizetype size)
{
    if (cache.bytes.size() != size ||
        std::memcmp(cache.bytes.constData(), text, size_t(size)) != 0) {
        cache.bytes = QByteArray(text, size);
        cache.string = QString::fromLatin1(text, size);
    }
    return cache.string;
}

bool PageScanner::attributeValue(const Attribute &attribute, const char **value, qsizetype *size)
{
    bool references = false;
    if (!scanCharacters(attribute.value, attribute.valueSize, true, &m_decoded, &references))
        return false;
    if (references) {
        *value = m_decoded.constData();
        *size = m_decoded.size();
    } else {
        *value = attribute.value;
        *size = attribute.valueSize;
    }
    return true;
}

// A start tag of element `name` at c.p, its attributes into m_attributes (names of lower-case
// letters and '-' only: no namespaces, no xml: prefix; each once).
Outcome PageScanner::readStartTag(Cursor &c, const char *name, bool *empty)
{
    m_attributeCount = 0;
    if (c.left() < 1)
        return Outcome::NeedMore;
    if (*c.p != '<')
        return Outcome::Unsupported;
    const char *const start = c.p;
    ++c.p;
    if (const Outcome o = c.expect(name); o != Outcome::Done) {
        c.p = start;
        return o;
    }
    for (;;) {
        const char *const before = c.p;
        while (c.p < c.end && isSpace(*c.p))
            ++c.p;
        if (c.p == c.end)
            return Outcome::NeedMore;
        if (*c.p == '>') {
            ++c.p;
            *empty = false;
            return Outcome::Done;
        }
        if (*c.p == '/') {
            if (c.left() < 2)
                return Outcome::NeedMore;
            if (c.p[1] != '>')
                return Outcome::Unsupported;
            c.p += 2;
            *empty = true;
            return Outcome::Done;
        }
        if (c.p == before) // an attribute needs white space before it (also after the name)
            return Outcome::Unsupported;
        Attribute a;
        a.name = c.p;
        while (c.p < c.end && ((*c.p >= 'a' && *c.p <= 'z') || *c.p == '-'))
            ++c.p;
        a.nameSize = c.p - a.name;
        if (c.p == c.end)
            return Outcome::NeedMore;
        if (a.nameSize == 0 || !(isSpace(*c.p) || *c.p == '='))
            return Outcome::Unsupported;
        while (c.p < c.end && isSpace(*c.p))
            ++c.p;
        if (c.p == c.end)
            return Outcome::NeedMore;
        if (*c.p != '=')
            return Outcome::Unsupported;
        ++c.p;
        while (c.p < c.end && isSpace(*c.p))
            ++c.p;
        if (c.p == c.end)
            return Outcome::NeedMore;
        const char quote = *c.p;
        if (quote != '"' && quote != '\'')
            return Outcome::Unsupported;
        ++c.p;
        const auto *close = static_cast<const char *>(std::memchr(c.p, quote, size_t(c.end - c.p)));
        if (!close)
            return Outcome::NeedMore;
        a.value = c.p;
        a.valueSize = close - c.p;
        c.p = close + 1;
        for (const Attribute &other : attributes()) {
            if (other.nameSize == a.nameSize &&
                std::memcmp(other.name, a.name, size_t(a.nameSize)) == 0)
                return Outcome::Unsupported; // a duplicate: not well-formed
        }
        if (m_attributeCount == kMaxAttributes)
            return Outcome::Unsupported; // more than any element of the format has
        m_attributes[m_attributeCount++] = a;
    }
}

Outcome PageScanner::readEndTag(Cursor &c, const char *name)
{
    if (const Outcome o = c.expect("</"); o != Outcome::Done)
        return o;
    if (const Outcome o = c.expect(name); o != Outcome::Done)
        return o;
    while (c.p < c.end && isSpace(*c.p))
        ++c.p;
    if (c.p == c.end)
        return Outcome::NeedMore;
    if (*c.p != '>')
        return Outcome::Unsupported;
    ++c.p;
    return Outcome::Done;
}

Outcome PageScanner::scanRoot(const char *data, qsizetype size, qsizetype *consumed)
{
    Cursor c{data, data + size};
    const char *const declaration = R"(<?xml version="1.0" encoding="UTF-8"?>)";
    if (c.left() < 5)
        return Outcome::NeedMore;
    if (std::memcmp(c.p, "<?", 2) == 0) {
        if (const Outcome o = c.expect(declaration); o != Outcome::Done)
            return o;
    }
    if (const Outcome o = c.skipSpace(); o != Outcome::Done)
        return o;
    bool empty = false;
    if (const Outcome o = readStartTag(c, "s15n-changes", &empty); o != Outcome::Done)
        return o;
    if (empty)
        return Outcome::Unsupported; // a document without pages: QXmlStreamReader reads it
    for (const Attribute &a : attributes()) {
        if (!equals(a.name, a.nameSize, "format") && !equals(a.name, a.nameSize, "node") &&
            !equals(a.name, a.nameSize, "node-name") &&
            !equals(a.name, a.nameSize, "node-name-base64"))
            return Outcome::Unsupported;
        const char *value = nullptr;
        qsizetype valueSize = 0;
        if (!attributeValue(a, &value, &valueSize))
            return Outcome::Unsupported;
    }
    *consumed = c.p - data;
    return Outcome::Done;
}

Outcome PageScanner::scanPage(const char *data, qsizetype size, int maxRecords, ChangePage *page,
                              qsizetype *consumed)
{
    Cursor c{data, data + size};
    if (const Outcome o = c.skipSpace(); o != Outcome::Done)
        return o;
    bool empty = false;
    if (const Outcome o = readStartTag(c, "page", &empty); o != Outcome::Done)
        return o;
    if (m_attributeCount != 4)
        return Outcome::Unsupported;
    ChangePage result;
    for (const Attribute &a : attributes()) {
        const char *value = nullptr;
        qsizetype valueSize = 0;
        if (!attributeValue(a, &value, &valueSize))
            return Outcome::Unsupported;
        if (equals(a.name, a.nameSize, "resource")) {
            if (!isIdentifier(value, valueSize))
                return Outcome::Unsupported;
            result.resource = cached(m_resource, value, valueSize);
        } else if (equals(a.name, a.nameSize, "since") || equals(a.name, a.nameSize, "cursor")) {
            qint64 number = 0;
            if (!parseInteger(value, valueSize, &number) || number < 0)
                return Outcome::Unsupported;
            (a.name[0] == 's' ? result.since : result.cursor) = number;
        } else if (equals(a.name, a.nameSize, "more")) {
            if (equals(value, valueSize, "true"))
                result.more = true;
            else if (!equals(value, valueSize, "false"))
                return Outcome::Unsupported;
        } else {
            return Outcome::Unsupported;
        }
    }
    if (!empty) {
        for (;;) {
            if (const Outcome o = c.skipSpace(); o != Outcome::Done)
                return o;
            if (c.left() < 2)
                return Outcome::NeedMore;
            if (c.p[1] == '/') {
                if (const Outcome o = readEndTag(c, "page"); o != Outcome::Done)
                    return o;
                break;
            }
            if (result.records.size() >= maxRecords)
                return Outcome::Unsupported;
            ChangeRecord record;
            if (const Outcome o = readRow(c, &record); o != Outcome::Done)
                return o;
            result.records.append(std::move(record));
        }
    }
    *page = std::move(result);
    *consumed = c.p - data;
    return Outcome::Done;
}

Outcome PageScanner::readRow(Cursor &c, ChangeRecord *record)
{
    bool empty = false;
    if (const Outcome o = readStartTag(c, "row", &empty); o != Outcome::Done)
        return o;
    bool uuid = false, version = false, origin = false, deleted = false;
    for (const Attribute &a : attributes()) {
        const char *value = nullptr;
        qsizetype size = 0;
        if (!attributeValue(a, &value, &size))
            return Outcome::Unsupported;
        if (equals(a.name, a.nameSize, "uuid")) {
            QUuid parsed;
            if (!parseUuid(value, size, &parsed))
                return Outcome::Unsupported;
            record->rowUuid = QString::fromLatin1(value, size);
            uuid = true;
        } else if (equals(a.name, a.nameSize, "version")) {
            if (!parseVersion(value, size, &record->version))
                return Outcome::Unsupported;
            version = true;
        } else if (equals(a.name, a.nameSize, "ancestry")) {
            // Versions separated by spaces; anything else is read by Ancestry::fromString.
            QList<Version> versions;
            qsizetype i = 0;
            while (i < size) {
                if (value[i] == ' ') {
                    ++i;
                    continue;
                }
                qsizetype j = i;
                while (j < size && value[j] != ' ')
                    ++j;
                Version v;
                if (!parseVersion(value + i, j - i, &v))
                    return Outcome::Unsupported;
                versions.append(v);
                i = j;
            }
            record->ancestry = Ancestry(std::move(versions));
        } else if (equals(a.name, a.nameSize, "origin")) {
            if (!parseUuid(value, size, &record->origin))
                return Outcome::Unsupported;
            origin = true;
        } else if (equals(a.name, a.nameSize, "deleted")) {
            if (equals(value, size, "true"))
                record->deleted = true;
            else if (!equals(value, size, "false"))
                return Outcome::Unsupported;
            deleted = true;
        } else {
            return Outcome::Unsupported;
        }
    }
    if (!uuid || !version || !origin || !deleted)
        return Outcome::Unsupported;
    if (empty)
        return Outcome::Done;
    if (!record->deleted)
        record->fields.reserve(m_fieldsPerRow);
    bool likeChecked = true;
    for (;;) {
        if (const Outcome o = c.skipSpace(); o != Outcome::Done)
            return o;
        if (c.left() < 2)
            return Outcome::NeedMore;
        if (c.p[1] == '/') {
            if (const Outcome o = readEndTag(c, "row"); o != Outcome::Done)
                return o;
            break;
        }
        if (record->deleted)
            return Outcome::Unsupported;
        Field field;
        const qsizetype index = record->fields.size();
        if (const Outcome o = readField(c, &field, index); o != Outcome::Done)
            return o;
        // Names repeat row after row (the same shared strings): a row whose names so far are
        // those of a row found without duplicates has none either.
        if (!(likeChecked && index < m_checkedNames.size() &&
              field.name.constData() == m_checkedNames[index].constData())) {
            likeChecked = false;
            for (const Field &f : std::as_const(record->fields)) {
                if (f.name == field.name)
                    return Outcome::Unsupported;
            }
        }
        record->fields.append(std::move(field));
    }
    if (!likeChecked || m_checkedNames.size() != record->fields.size()) {
        m_checkedNames.resize(0);
        for (const Field &f : std::as_const(record->fields))
            m_checkedNames.append(f.name);
    }
    m_fieldsPerRow = record->fields.size();
    return Outcome::Done;
}

Outcome PageScanner::readField(Cursor &c, Field *field, qsizetype index)
{
    using Type = FieldValue::Type;
    bool empty = false;
    if (const Outcome o = readStartTag(c, "f", &empty); o != Outcome::Done)
        return o;
    if (m_fieldNames.size() <= index) {
        m_fieldNames.resize(index + 1);
        m_refTables.resize(index + 1);
    }
    bool hasName = false, hasType = false, base64 = false;
    const Attribute *table = nullptr;
    for (const Attribute &a : attributes()) {
        const char *value = nullptr;
        qsizetype size = 0;
        if (!attributeValue(a, &value, &size))
            return Outcome::Unsupported;
        if (equals(a.name, a.nameSize, "name")) {
            if (!isIdentifier(value, size))
                return Outcome::Unsupported;
            field->name = cached(m_fieldNames[index], value, size);
            hasName = true;
        } else if (equals(a.name, a.nameSize, "type")) {
            const std::optional<Type> type = typeFromName(value, size);
            if (!type)
                return Outcome::Unsupported;
            field->value.type = *type;
            hasType = true;
        } else if (equals(a.name, a.nameSize, "table")) {
            table = &a;
        } else if (equals(a.name, a.nameSize, "encoding")) {
            if (!equals(value, size, "base64"))
                return Outcome::Unsupported;
            base64 = true;
        } else {
            return Outcome::Unsupported;
        }
    }
    if (!hasName || !hasType)
        return Outcome::Unsupported;
    const Type type = field->value.type;
    if ((type == Type::Reference) != (table != nullptr) || (base64 && type != Type::Text))
        return Outcome::Unsupported;
    if (table) {
        const char *value = nullptr;
        qsizetype size = 0;
        if (!attributeValue(*table, &value, &size) || !isIdentifier(value, size))
            return Outcome::Unsupported;
        field->value.refTable = cached(m_refTables[index], value, size);
    }

    // The content: character data up to the end tag.
    const char *raw = c.p;
    qsizetype rawSize = 0;
    if (!empty) {
        const auto *lt = static_cast<const char *>(std::memchr(c.p, '<', size_t(c.left())));
        if (!lt)
            return Outcome::NeedMore;
        rawSize = lt - raw;
        c.p = lt;
        if (const Outcome o = readEndTag(c, "f"); o != Outcome::Done)
            return o; // an element, a comment or CDATA inside: not for the fast path
    }
    // Every type but text accepts only a few ASCII characters, none of them '&': content
    // its parser takes as it stands is what QXmlStreamReader would give. Otherwise (a
    // reference, say) the content is decoded first and parsed again.
    if (type != Type::Text && parseValue(type, base64, raw, rawSize, &field->value.value))
        return Outcome::Done;
    bool references = false;
    if (!scanCharacters(raw, rawSize, false, &m_content, &references))
        return Outcome::Unsupported;
    if (type != Type::Text && !references)
        return Outcome::Unsupported; // the same content failed already
    const char *text = references ? m_content.constData() : raw;
    const qsizetype size = references ? m_content.size() : rawSize;
    return parseValue(type, base64, text, size, &field->value.value) ? Outcome::Done
                                                                     : Outcome::Unsupported;
}

bool PageScanner::parseValue(FieldValue::Type type, bool base64, const char *text, qsizetype size,
                             QVariant *value)
{
    using Type = FieldValue::Type;
    QVariant &out = *value;
    switch (type) {
    case Type::Null:
        if (size != 0)
            return false;
        out = QVariant();
        return true;
    case Type::Integer: {
        qint64 number = 0;
        if (!parseInteger(text, size, &number))
            return false;
        out = QVariant::fromValue(number);
        return true;
    }
    case Type::Real: {
        if (const std::optional<double> number = plainReal(text, size)) {
            out = QVariant(*number);
            return true;
        }
        if (!isAscii(text, size))
            return false;
        m_scratch.resize(size);
        QChar *chars = m_scratch.data();
        for (qsizetype i = 0; i < size; ++i)
            chars[i] = QLatin1Char(text[i]);
        const std::optional<double> number = pagexml::parseReal(m_scratch);
        if (!number)
            return false;
        out = QVariant(*number);
        return true;
    }
    case Type::Text:
        if (base64) {
            if (!isAscii(text, size))
                return false;
            const std::optional<QString> decoded =
                pagexml::decodeText(QString::fromLatin1(text, size));
            if (!decoded)
                return false;
            out = QVariant(*decoded);
        } else {
            out = QVariant(QString::fromUtf8(text, size));
        }
        return true;
    case Type::Blob: {
        if (!isAscii(text, size))
            return false;
        if (QByteArray bytes; decodeBase64(text, size, &bytes)) {
            out = QVariant(bytes);
            return true;
        }
        const QByteArray::FromBase64Result decoded = QByteArray::fromBase64Encoding(
            QByteArray::fromRawData(text, size), QByteArray::AbortOnBase64DecodingErrors);
        if (!decoded)
            return false;
        out = QVariant(decoded.decoded);
        return true;
    }
    case Type::Boolean:
        if (equals(text, size, "true"))
            out = QVariant(true);
        else if (equals(text, size, "false"))
            out = QVariant(false);
        else
            return false;
        return true;
    case Type::Reference: {
        QUuid parsed;
        if (!parseUuid(text, size, &parsed))
            return false;
        out = QVariant(QString::fromLatin1(text, size));
        return true;
    }
    }
    return false;
}

} // namespace s15n
