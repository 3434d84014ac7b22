#include "pagebytes.h"

#include "sync/pagewriter.h"

#include <algorithm>
#include <charconv>
#include <cmath>
#include <cstring>
#include <optional>
#include <utility>

namespace s15n::pagebytes {

namespace {

constexpr qsizetype kVersionSize = 12 + 1 + 4 + 1 + 32;

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

} // namespace

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

bool parseUuid(const char *text, qsizetype size, QUuid *uuid)
{
    return size == 36 && uuidFromHex(text, true, uuid);
}

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

bool parseInteger(const char *text, qsizetype size, qint64 *value)
{
    const qsizetype digits = size > 0 && text[0] == '-' ? size - 1 : size;
    if (digits < 1)
        return false;
    const std::from_chars_result r = std::from_chars(text, text + size, *value);
    return r.ec == std::errc() && r.ptr == text + size;
}

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

} // namespace s15n::pagebytes
