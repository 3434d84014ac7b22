#pragma once

#include "sync/changerecord.h"
#include "util/status.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QStringView>

#include <optional>

class QIODevice;

namespace s15n {

// Writes a document of change pages in the s15n XML wire format (core/sync/PROTOCOL.md):
//   PageWriter writer(&file);
//   writer.startDocument(source);
//   for (...) writer.writePage(page);
//   writer.endDocument();
//   if (writer.hasError()) ... writer.errorString()
// A page is checked whole before any of it is written, so data the reader would reject
// (a bad identifier, a non-canonical UUID, a tombstone with fields...) never goes out: the
// writer stops, and every later call does nothing. The document is then unusable.
//
// The XML is produced directly as UTF-8 (escaping as QXmlStreamWriter does, one element per
// line), byte for byte what QXmlStreamWriter with auto-formatting and no indentation wrote
// (tests/unit/tst_pagexml.cpp compares the two), several times faster. Each call hands its
// bytes to the device before it returns (one write per page).
class PageWriter
{
    Q_DECLARE_TR_FUNCTIONS(s15n::PageWriter)

public:
    explicit PageWriter(QIODevice *device);

    void startDocument(const PageSource &source);
    void writePage(const ChangePage &page);
    void endDocument();

    // True after invalid data, a call out of order, or a failed write to the device.
    bool hasError() const;
    QString errorString() const;

private:
    enum class State { Initial, InDocument, Finished };

    void fail(const QString &message);
    void writeRecord(const ChangeRecord &record);
    void writeField(const Field &field);
    // Element structure, as QXmlStreamWriter's auto-formatting lays it out.
    void startElement(const char *name);
    void endElement(const char *name);
    void attribute(const char *name, QStringView value);
    void asciiAttribute(const char *name, const char *value, qsizetype size);
    void flush();

    QByteArray m_out; // bytes not handed to the device yet
    QIODevice *m_device = nullptr;
    State m_state = State::Initial;
    bool m_tagOpen = false;   // a start tag waits for its '>' (or "/>" if nothing follows)
    bool m_afterText = false; // the open element holds text: its end tag follows on the line
    bool m_writeFailed = false;
    QString m_error;
};

// Whether `record` can be written: the same rules the reader enforces. The message names
// the row and what is wrong.
Status validateRecord(const ChangeRecord &record);

// One record as a standalone document (one page of `resource` holding only this record),
// for parking a record outside the database. Empty if the record or the resource name is
// invalid (see validateRecord).
QByteArray recordToXml(const ChangeRecord &record, const QString &resource);
// The record of a document made by recordToXml; fails unless it holds exactly one record.
Result<ChangeRecord> recordFromXml(const QByteArray &xml);

// Building blocks of the format, shared by PageWriter and PageReader.
namespace pagexml {

inline constexpr int kFormatVersion = 1;
inline constexpr int kMaxIdentifierLength = 63;

// [A-Za-z_][A-Za-z0-9_]*, at most kMaxIdentifierLength characters.
bool isIdentifier(QStringView name);
// 8-4-4-4-12 lower-case hex digits, no braces.
bool isCanonicalUuid(QStringView text);
QString uuidToString(const QUuid &uuid);
std::optional<QUuid> uuidFromString(QStringView text);

// Whether XML 1.0 carries `text` unchanged as element content (attribute values may also
// hold '\r', which the writer escapes there).
enum class XmlPlace { Content, Attribute };
bool isXmlSafe(QStringView text, XmlPlace place);
// UTF-16LE code units in base64: carries any QString exactly, lone surrogates included.
QString encodeText(QStringView text);
std::optional<QString> decodeText(QStringView base64);

QString typeName(FieldValue::Type type);
std::optional<FieldValue::Type> typeFromName(QStringView name);

// Shortest text that reads back as the same double; "nan", "inf", "-inf", "-0".
QString formatReal(double value);
std::optional<double> parseReal(QStringView text);
// -?[0-9]+ within the qint64 range.
std::optional<qint64> parseInteger(QStringView text);
std::optional<bool> parseBool(QStringView text);
inline QString formatBool(bool value)
{
    return value ? QStringLiteral("true") : QStringLiteral("false");
}

// Appended to `out` in ASCII exactly as Version::toString(), Ancestry::toString() and
// QUuid::toString(QUuid::WithoutBraces) write them, without their temporary strings.
void appendVersion(QByteArray &out, const Version &version);
void appendAncestry(QByteArray &out, const Ancestry &ancestry);
void appendUuid(QByteArray &out, const QUuid &uuid);

} // namespace pagexml

} // namespace s15n
