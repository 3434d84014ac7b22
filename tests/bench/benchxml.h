#pragma once

// The cost of the wire format alone: the same document tokenised by QXmlStreamReader, and
// written back by QXmlStreamWriter, with no value conversion and no database. Whatever the
// engine does, export+import has to write each row once and read it once, so these rates are
// the ceiling the XML format (design.md: QXmlStreamWriter/Reader) sets on an exchange.

#include <QString>

namespace s15n::bench {

struct XmlPass
{
    qint64 rows = 0;   // <row> elements seen
    QString error;     // empty on success
};

// Reads `path` token by token, touching every attribute and text; when `rewrite`, writes each
// token again through a QXmlStreamWriter into a device that discards the bytes.
XmlPass xmlPass(const QString &path, bool rewrite);

} // namespace s15n::bench
