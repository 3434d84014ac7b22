#pragma once

#include "sync/changerecord.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QXmlStreamReader>

#include <memory>

class QIODevice;

namespace s15n {

// Reads a document of change pages in the s15n XML wire format (core/sync/PROTOCOL.md),
// one page at a time, without ever holding more than one page:
//   PageReader reader(&file);
//   ChangePage page;
//   while (reader.readNextPage(&page))
//       apply(page);
//   if (reader.hasError()) ... reader.errorString()
// Everything is checked: a page is returned only if it is valid as a whole. The device must
// deliver the whole document to blocking reads (a file, a QBuffer, a finished network reply):
// running out of data counts as a truncated document.
//
// Documents laid out as PageWriter writes them are read by a fast path (PageScanner) straight
// from their bytes; from the first thing it does not read (a comment, an error, ...) on,
// QXmlStreamReader reads the rest. Pages, errors and their positions are the same either way
// (tests/unit/tst_pagexml.cpp reads every document both ways).
class PageReader
{
    Q_DECLARE_TR_FUNCTIONS(s15n::PageReader)
    Q_DISABLE_COPY(PageReader)

public:
    static constexpr int kDefaultMaxRecordsPerPage = 10000;

    explicit PageReader(QIODevice *device);
    ~PageReader();

    // Reads up to the root element's start tag; readNextPage calls it when needed.
    // False on error.
    bool readHeader();
    // The next page into *page. False at the end of the document or on error (then *page is
    // left as it was); hasError() tells the two apart.
    bool readNextPage(ChangePage *page);

    bool atEnd() const { return m_state == State::End; }
    bool hasError() const { return m_state == State::Failed; }
    // "line L, column C: what is wrong", naming the element and attribute.
    QString errorString() const { return m_error; }
    // The sender named in the root element; valid once readHeader() succeeded.
    const PageSource &source() const { return m_source; }

    // A page with more records than this is rejected, which bounds the memory a sender can
    // make us use.
    void setMaxRecordsPerPage(int max) { m_maxRecordsPerPage = max; }
    int maxRecordsPerPage() const { return m_maxRecordsPerPage; }

    // Whether to use the fast path (on by default); off, QXmlStreamReader reads everything.
    // Call before reading.
    void setFastPathEnabled(bool enabled) { m_fast = enabled; }

private:
    enum class State { Start, Pages, End, Failed };

    bool fail(const QString &what);
    bool failXml();
    bool nextStructuralToken();
    bool checkAttributes(std::initializer_list<QLatin1String> allowed);
    bool checkElement(QLatin1String expected);
    bool requiredAttribute(QLatin1String name, QStringView *value);
    bool readRoot();
    bool readPage(ChangePage *page);
    bool readRow(ChangeRecord *record);
    bool readField(Field *field);
    bool readContent(QString *text);
    bool parseValue(const Field &field, QStringView text, bool base64, FieldValue *value);
    // The fast path.
    bool fill();
    bool fillPastPageEnd();
    void readFastHeader();
    bool readFastPage(ChangePage *page);
    // QXmlStreamReader takes over: from the start, or (once the root was read) from the
    // current position, with the root's start tag read again before it.
    void leaveFastPath(bool fromStart);
    void consumed(qsizetype bytes);

    QIODevice *m_device;
    std::unique_ptr<QXmlStreamReader> m_xml;
    std::unique_ptr<QIODevice> m_replay; // what QXmlStreamReader reads after the fast path
    std::unique_ptr<class PageScanner> m_scanner;
    bool m_fast = true;
    QByteArray m_buffer; // read from the device, not consumed before m_at
    qsizetype m_at = 0;
    bool m_deviceEnded = false;
    QByteArray m_rootBytes; // the document up to the end of the root's start tag
    // Where QXmlStreamReader's positions are shifted after a splice: the fast path consumed
    // m_newlines line breaks and then m_lastLineChars characters after the root's start tag,
    // which ends at m_spliceLine, m_spliceColumn of what QXmlStreamReader reads.
    bool m_spliced = false;
    qint64 m_newlines = 0;
    qint64 m_lastLineChars = 0;
    qint64 m_spliceLine = 0;
    qint64 m_spliceColumn = 0;
    QXmlStreamAttributes m_attributes; // of the start tag just read
    State m_state = State::Start;
    PageSource m_source;
    QString m_error;
    int m_maxRecordsPerPage = kDefaultMaxRecordsPerPage;
};

} // namespace s15n
