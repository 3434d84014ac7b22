#include "pagescanner.h"

#include "sync/pagewriter.h"

#include <algorithm>
#include <charconv>
#include <cmath>
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

constexpr qsizetype kVersionSize = 12 + 1 + 4 + 1 + 32;

bool isSpace(char c)
{
    return c == ' ' || c == '\n' || c == '\t';
}

bool isDigit(char c)
{
    return c >= '0' && c <= '9';
}

struct HexTable
{
    signed char value[256];
    constexpr HexTable() : value()
    {
        for (int i = 0; i < 256; ++i)
            value[i] = -1;
        for (int i = 0; i < 10; ++i)
            value['0' + i] = static_cast<signed char>(i);
        for (int i = 0; i < 6; ++i)
            value['a' + i] = static_cast<signed char>(10 + i);
    }
};
constexpr HexTable kHex;

int hexValue(char c) // lower-case only; -1 otherwise
{
    return kHex.value[static_cast<uchar>(c)];
}

bool equals(const char *text, qsizetype size, const char *literal)
{
    return qsizetype(std::strlen(literal)) == size && std::memcmp(text, literal, size_t(size)) == 0;
}

bool isIdentifier(const char *text, qsizetype size)
{
    if (size < 1 || size > pagexml::kMaxIdentifierLength)
        return false;
    for (qsizetype i = 0; i < size; ++i) {
        const char c = text[i];
        const bool letter = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '_';
        if (!letter && (i == 0 || !isDigit(c)))
            return false;
    }
    return true;
}

// Hex digits into a number; false unless all are lower-case hex.
bool hexNumber(const char *text, int digits, quint64 *value)
{
    quint64 v = 0;
    for (int i = 0; i < digits; ++i) {
        const int h = hexValue(text[i]);
        if (h < 0)
            return false;
        v = (v << 4) | quint64(h);
    }
    *value = v;
    return true;
}

// 32 hex digits, with the dashes of the canonical form or without.
bool uuidFromHex(const char *text, bool dashes, QUuid *uuid)
{
    char hex[32];
    if (dashes) {
        for (int i : {8, 13, 18, 23}) {
            if (text[i] != '-')
                return false;
        }
        std::memcpy(hex, text, 8);
        std::memcpy(hex + 8, text + 9, 4);
        std::memcpy(hex + 12, text + 14, 4);
        std::memcpy(hex + 16, text + 19, 4);
        std::memcpy(hex + 20, text + 24, 12);
    } else {
        std::memcpy(hex, text, 32);
    }
    quint64 a = 0, b = 0, c = 0, d = 0, e = 0;
    if (!hexNumber(hex, 8, &a) || !hexNumber(hex + 8, 4, &b) || !hexNumber(hex + 12, 4, &c) ||
        !hexNumber(hex + 16, 4, &d) || !hexNumber(hex + 20, 12, &e))
        return false;
    *uuid = QUuid(uint(a), ushort(b), ushort(c), uchar(d >> 8), uchar(d), uchar(e >> 40),
                  uchar(e >> 32), uchar(e >> 24), uchar(e >> 16), uchar(e >> 8), uchar(e));
    return true;
}

// pagexml::uuidFromString on bytes: the canonical lower-case form.
bool parseUuid(const char *text, qsizetype size, QUuid *uuid)
{
    return size == 36 && uuidFromHex(text, true, uuid);
}

// Version::fromString on bytes.
bool parseVersion(const char *text, qsizetype size, Version *version)
{
    if (size != kVersionSize || text[12] != '-' || text[17] != '-')
        return false;
    quint64 millis = 0, counter = 0;
    if (!hexNumber(text, 12, &millis) || !hexNumber(text + 13, 4, &counter))
        return false;
    QUuid node;
    if (!uuidFromHex(text + 18, false, &node) || node.isNull())
        return false;
    version->millis = qint64(millis);
    version->counter = quint16(counter);
    version->node = node;
    return true;
}

// pagexml::parseInteger on bytes: -?[0-9]+ within the qint64 range.
bool parseInteger(const char *text, qsizetype size, qint64 *value)
{
    const qsizetype digits = size > 0 && text[0] == '-' ? size - 1 : size;
    if (digits < 1)
        return false;
    const std::from_chars_result r = std::from_chars(text, text + size, *value);
    return r.ec == std::errc() && r.ptr == text + size;
}

// pagexml::typeFromName on bytes.
std::optional<FieldValue::Type> typeFromName(const char *text, qsizetype size)
{
    using Type = FieldValue::Type;
    for (const auto &[name, type] :
         {std::pair("null", Type::Null), std::pair("int", Type::Integer),
          std::pair("real", Type::Real), std::pair("text", Type::Text),
          std::pair("blob", Type::Blob), std::pair("bool", Type::Boolean),
          std::pair("ref", Type::Reference)}) {
        if (equals(text, size, name))
            return type;
    }
    return std::nullopt;
}

// A real in the form formatReal writes (-?digits[.digits][e[+-]digits]), converted with
// correct rounding as Qt converts it; nothing for any other text (pagexml::parseReal decides).
std::optional<double> plainReal(const char *text, qsizetype size)
{
    qsizetype i = 0;
    const auto digits = [&] {
        const qsizetype from = i;
        while (i < size && isDigit(text[i]))
            ++i;
        return i > from;
    };
    if (i < size && text[i] == '-')
        ++i;
    if (!digits())
        return std::nullopt;
    if (i < size && text[i] == '.') {
        ++i;
        if (!digits())
            return std::nullopt;
    }
    if (i < size && (text[i] == 'e' || text[i] == 'E')) {
        ++i;
        if (i < size && (text[i] == '+' || text[i] == '-'))
            ++i;
        if (!digits())
            return std::nullopt;
    }
    if (i != size)
        return std::nullopt;
    double value = 0;
    const std::from_chars_result r = std::from_chars(text, text + size, value);
    // Out of range (also underflow, and subnormals on some libraries): left to Qt.
    if (r.ec != std::errc() || r.ptr != text + size || !std::isfinite(value) ||
        (value == 0 && std::any_of(text, text + size, [](char c) { return c >= '1' && c <= '9'; })))
        return std::nullopt;
    return value;
}

struct Base64Table
{
    signed char value[256];
    constexpr Base64Table() : value()
    {
        for (int i = 0; i < 256; ++i)
            value[i] = -1;
        for (int i = 0; i < 26; ++i) {
            value['A' + i] = static_cast<signed char>(i);
            value['a' + i] = static_cast<signed char>(26 + i);
        }
        for (int i = 0; i < 10; ++i)
            value['0' + i] = static_cast<signed char>(52 + i);
        value[int('+')] = 62;
        value[int('/')] = 63;
    }
};
constexpr Base64Table kBase64;

// Base64 as PageWriter writes it (padded, no unused bits set); false for anything else, which
// QByteArray::fromBase64Encoding decides on.
bool decodeBase64(const char *text, qsizetype size, QByteArray *out)
{
    if (size % 4 != 0)
        return false;
    qsizetype padding = 0;
    if (size > 0 && text[size - 1] == '=')
        padding = size > 1 && text[size - 2] == '=' ? 2 : 1;
    QByteArray bytes(size / 4 * 3 - padding, Qt::Uninitialized);
    char *p = bytes.data();
    const auto *s = reinterpret_cast<const uchar *>(text);
    for (qsizetype i = 0; i < size; i += 4) {
        const bool last = i + 4 == size;
        const int a = kBase64.value[s[i]], b = kBase64.value[s[i + 1]];
        const int c = last && padding == 2 ? 0 : kBase64.value[s[i + 2]];
        const int d = last && padding >= 1 ? 0 : kBase64.value[s[i + 3]];
        if ((a | b | c | d) < 0)
            return false;
        const uint v = (uint(a) << 18) | (uint(b) << 12) | (uint(c) << 6) | uint(d);
        *p++ = char(v >> 16);
        if (last && padding == 2) {
            if (v & 0xFFFF)
                return false;
            break;
        }
        *p++ = char(v >> 8);
        if (last && padding == 1) {
            if (v & 0xFF)
                return false;
            break;
        }
        *p++ = char(v);
    }
    *out = std::move(bytes);
    return true;
}

bool isAscii(const char *text, qsizetype size)
{
    for (qsizetype i = 0; i < size; ++i) {
        if (static_cast<uchar>(text[i]) >= 0x80)
            return false;
    }
    return true;
}

void appendUtf8(QByteArray &out, char32_t u)
{
    if (u < 0x80) {
        out.append(char(u));
    } else if (u < 0x800) {
        out.append(char(0xC0 | (u >> 6)));
        out.append(char(0x80 | (u & 0x3F)));
    } else if (u < 0x10000) {
        out.append(char(0xE0 | (u >> 12)));
        out.append(char(0x80 | ((u >> 6) & 0x3F)));
        out.append(char(0x80 | (u & 0x3F)));
    } else {
        out.append(char(0xF0 | (u >> 18)));
        out.append(char(0x80 | ((u >> 12) & 0x3F)));
        out.append(char(0x80 | ((u >> 6) & 0x3F)));
        out.append(char(0x80 | (u & 0x3F)));
    }
}

// One entity or character reference at text[0] == '&' (up to end), its code point into *u;
// the bytes it takes, or 0 if it is not one the fast path reads.
qsizetype reference(const char *text, const char *end, char32_t *u)
{
    const qsizetype left = end - text;
    const auto named = [&](const char *name, char32_t value) -> qsizetype {
        const auto size = qsizetype(std::strlen(name));
        if (left < size || std::memcmp(text, name, size_t(size)) != 0)
            return 0;
        *u = value;
        return size;
    };
    if (left < 3)
        return 0;
    if (text[1] != '#') {
        for (const auto &[name, value] :
             {std::pair("&lt;", U'<'), std::pair("&gt;", U'>'), std::pair("&amp;", U'&'),
              std::pair("&quot;", U'"'), std::pair("&apos;", U'\'')}) {
            if (const qsizetype size = named(name, value))
                return size;
        }
        return 0;
    }
    const bool hex = text[2] == 'x';
    qsizetype i = hex ? 3 : 2;
    char32_t value = 0;
    int digits = 0;
    for (; i < left && text[i] != ';'; ++i, ++digits) {
        const int d =
            hex ? hexValue(text[i] >= 'A' && text[i] <= 'F' ? char(text[i] + 32) : text[i])
                : (isDigit(text[i]) ? text[i] - '0' : -1);
        if (d < 0 || digits >= 7)
            return 0;
        value = value * (hex ? 16 : 10) + char32_t(d);
    }
    if (i >= left || digits == 0)
        return 0;
    // XML 1.0 characters only.
    const bool valid = value == 0x9 || value == 0xA || value == 0xD ||
                       (value >= 0x20 && value <= 0xD7FF) || (value >= 0xE000 && value <= 0xFFFD) ||
                       (value >= 0x10000 && value <= 0x10FFFF);
    if (!valid)
        return 0;
    *u = value;
    return i + 1;
}

// Checks character data (an attribute value or an element's text) the fast path reads
// exactly as QXmlStreamReader does: valid UTF-8 of XML characters, no carriage return (line
// end handling), no literal tab or newline in attributes (normalised there), no "]]>" in text,
// known references only. With references, *decoded gets the text they stand for and
// *hasReferences is set.
bool scanCharacters(const char *text, qsizetype size, bool attribute, QByteArray *decoded,
                    bool *hasReferences)
{
    const auto *s = reinterpret_cast<const uchar *>(text);
    const uchar *const end = s + size;
    const uchar *copied = s; // decoded holds everything before this
    *hasReferences = false;
    while (s < end) {
        const uchar c = *s;
        if (c >= 0x20 && c < 0x80) {
            if (c == '&') {
                if (!*hasReferences) {
                    decoded->resize(0);
                    *hasReferences = true;
                }
                decoded->append(reinterpret_cast<const char *>(copied), s - copied);
                char32_t u = 0;
                const qsizetype taken = reference(reinterpret_cast<const char *>(s),
                                                  reinterpret_cast<const char *>(end), &u);
                if (taken == 0)
                    return false;
                appendUtf8(*decoded, u);
                s += taken;
                copied = s;
                continue;
            }
            if (c == '<')
                return false;
            if (c == '>' && !attribute && s - reinterpret_cast<const uchar *>(text) >= 2 &&
                s[-1] == ']' && s[-2] == ']')
                return false;
            ++s;
            continue;
        }
        if (c < 0x20) {
            if (attribute || (c != '\t' && c != '\n'))
                return false;
            ++s;
            continue;
        }
        // Multi-byte UTF-8, strictly: no overlong forms, no surrogates, nothing past
        // U+10FFFF, and not U+FFFE or U+FFFF.
        const qsizetype left = end - s;
        const auto cont = [&](qsizetype i) { return i < left && (s[i] & 0xC0) == 0x80; };
        if (c >= 0xC2 && c <= 0xDF) {
            if (!cont(1))
                return false;
            s += 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            if (!cont(1) || !cont(2))
                return false;
            if ((c == 0xE0 && s[1] < 0xA0) || (c == 0xED && s[1] > 0x9F))
                return false;
            if (c == 0xEF && s[1] == 0xBF && (s[2] == 0xBE || s[2] == 0xBF))
                return false;
            s += 3;
        } else if (c >= 0xF0 && c <= 0xF4) {
            if (!cont(1) || !cont(2) || !cont(3))
                return false;
            if ((c == 0xF0 && s[1] < 0x90) || (c == 0xF4 && s[1] > 0x8F))
                return false;
            s += 4;
        } else {
            return false;
        }
    }
    if (*hasReferences)
        decoded->append(reinterpret_cast<const char *>(copied), s - copied);
    return true;
}

} // namespace

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
