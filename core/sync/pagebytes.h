#pragma once

#include "sync/changerecord.h"

#include <QByteArray>

#include <cstring>
#include <optional>

// Private to PageScanner (core/sync/pagescanner.cpp): what its fast path reads straight from
// the UTF-8 bytes of a change document (identifiers, UUIDs, versions, numbers, base64,
// character data with its references). Each reads the forms the fast path handles itself and
// answers false (or nothing) for anything else: the scanner then decides with the general
// pagexml function or leaves that part to QXmlStreamReader.
namespace s15n::pagebytes {

inline bool equals(const char *text, qsizetype size, const char *literal)
{
    return qsizetype(std::strlen(literal)) == size && std::memcmp(text, literal, size_t(size)) == 0;
}

// pagexml::isIdentifier on bytes.
bool isIdentifier(const char *text, qsizetype size);

// pagexml::uuidFromString on bytes: the canonical lower-case form.
bool parseUuid(const char *text, qsizetype size, QUuid *uuid);

// Version::fromString on bytes.
bool parseVersion(const char *text, qsizetype size, Version *version);

// pagexml::parseInteger on bytes: -?[0-9]+ within the qint64 range.
bool parseInteger(const char *text, qsizetype size, qint64 *value);

// pagexml::typeFromName on bytes.
std::optional<FieldValue::Type> typeFromName(const char *text, qsizetype size);

// A real in the form formatReal writes (-?digits[.digits][e[+-]digits]), converted with
// correct rounding as Qt converts it; nothing for any other text (pagexml::parseReal decides).
std::optional<double> plainReal(const char *text, qsizetype size);

// Base64 as PageWriter writes it (padded, no unused bits set); false for anything else, which
// QByteArray::fromBase64Encoding decides on.
bool decodeBase64(const char *text, qsizetype size, QByteArray *out);

bool isAscii(const char *text, qsizetype size);

// One entity or character reference at text[0] == '&' (up to end), its code point into *u;
// the bytes it takes, or 0 if it is not one the fast path reads.
qsizetype reference(const char *text, const char *end, char32_t *u);

// Checks character data (an attribute value or an element's text) the fast path reads
// exactly as QXmlStreamReader does: valid UTF-8 of XML characters, no carriage return (line
// end handling), no literal tab or newline in attributes (normalised there), no "]]>" in text,
// known references only. With references, *decoded gets the text they stand for and
// *hasReferences is set.
bool scanCharacters(const char *text, qsizetype size, bool attribute, QByteArray *decoded,
                    bool *hasReferences);

} // namespace s15n::pagebytes
