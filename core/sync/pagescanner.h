#pragma once

#include "sync/changerecord.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace s15n {

// PageReader's fast path: reads the pages of a change document straight from its UTF-8 bytes,
// for documents written the way PageWriter writes them. It accepts only a strict subset of
// XML (elements and attributes of the format, the predefined entities and character
// references, white space between elements, valid UTF-8 without carriage returns) and only
// valid data, so what it returns is what QXmlStreamReader and PageReader's checks would
// return. Anything else, valid or not (a comment, CDATA, a bad value, a truncated page), is
// "unsupported": it says nothing about why, and PageReader reads that part with
// QXmlStreamReader instead, which finds the error and its position.
class PageScanner
{
public:
    enum class Outcome {
        Done,        // the element was read; *consumed bytes
        NeedMore,    // the data ends inside it
        Unsupported, // leave it to QXmlStreamReader
    };

    // The XML declaration and the root element's start tag: *consumed is the offset just
    // past its '>'. Checks only the syntax (the root's attributes are PageReader's).
    Outcome scanRoot(const char *data, qsizetype size, qsizetype *consumed);

    // White space, then one <page> element whole, into *page (left as it was unless Done).
    Outcome scanPage(const char *data, qsizetype size, int maxRecords, ChangePage *page,
                     qsizetype *consumed);

private:
    struct Cursor;
    struct Attribute
    {
        const char *name = nullptr;
        qsizetype nameSize = 0;
        const char *value = nullptr; // raw, as in the document
        qsizetype valueSize = 0;
    };

    Outcome readStartTag(Cursor &c, const char *name, bool *empty);
    Outcome readEndTag(Cursor &c, const char *name);
    Outcome readRow(Cursor &c, ChangeRecord *record);
    Outcome readField(Cursor &c, Field *field, qsizetype index);
    // The attribute's value with references replaced (in m_decoded when it has any);
    // false if it holds what the fast path leaves alone.
    bool attributeValue(const Attribute &attribute, const char **value, qsizetype *size);
    bool parseValue(FieldValue::Type type, bool base64, const char *text, qsizetype size,
                    QVariant *value);
    struct Attributes
    {
        const Attribute *b, *e;
        const Attribute *begin() const { return b; }
        const Attribute *end() const { return e; }
    };
    Attributes attributes() const { return {m_attributes, m_attributes + m_attributeCount}; }
    // A QString for Latin-1 `text`, shared with the previous one when equal (names repeat).
    struct CachedName
    {
        QByteArray bytes;
        QString string;
    };
    static QString cached(CachedName &cache, const char *text, qsizetype size);

    static constexpr int kMaxAttributes = 8;
    Attribute m_attributes[kMaxAttributes]; // of the start tag just read
    int m_attributeCount = 0;
    QByteArray m_decoded;
    QByteArray m_content;
    QString m_scratch;
    CachedName m_resource;
    QList<CachedName> m_fieldNames; // by position in the row
    QList<CachedName> m_refTables;  // by position in the row
    QList<QString> m_checkedNames;  // of a row found without duplicate names
    qsizetype m_fieldsPerRow = 0;   // of the previous row: reserved for the next
};

} // namespace s15n
