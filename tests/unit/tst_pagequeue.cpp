#include "sync/pagequeue.h"
#include "sync/pagewriter.h"

#include <QBuffer>
#include <QTest>

using namespace s15n;

namespace {

const QUuid kNode = QUuid::fromString(QStringLiteral("{6f1c2a4e-8b3d-4c5f-9a7e-1d2b3c4d5e6f}"));

// A document of `pages` pages of `rows` rows each; row i of page p is named "p/i".
QByteArray document(int pages, int rows)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    PageWriter writer(&buffer);
    writer.startDocument(PageSource{kNode, QStringLiteral("head office")});
    for (int p = 0; p < pages; ++p) {
        ChangePage page;
        page.resource = QStringLiteral("items");
        page.since = p * rows;
        page.cursor = (p + 1) * rows;
        page.more = p + 1 < pages;
        for (int i = 0; i < rows; ++i) {
            ChangeRecord record;
            record.rowUuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
            record.version = Version{1000 + p, quint16(i), kNode};
            record.origin = kNode;
            record.fields.append(Field{
                QStringLiteral("name"),
                FieldValue{FieldValue::Type::Text, QStringLiteral("%1/%2").arg(p).arg(i), {}}});
            page.records.append(record);
        }
        writer.writePage(page);
    }
    writer.endDocument();
    return bytes;
}

} // namespace

class TestPageQueue : public QObject
{
    Q_OBJECT
private slots:
    void pagesArriveInOrder();
    void errorAfterTheGoodPages();
    void stoppingEarlyDoesNotHang();
};

void TestPageQueue::pagesArriveInOrder()
{
    QByteArray bytes = document(7, 50);
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    PageQueue queue(&buffer);
    ChangePage page;
    PageSource source;
    int count = 0;
    while (queue.next(&page, &source)) {
        QCOMPARE(page.cursor, qint64((count + 1) * 50));
        QCOMPARE(page.records.size(), 50);
        QCOMPARE(page.records.last().fields.first().value.value.toString(),
                 QStringLiteral("%1/49").arg(count));
        QCOMPARE(source.node, kNode);
        ++count;
    }
    QCOMPARE(count, 7);
    QVERIFY2(!queue.hasError(), qPrintable(queue.errorString()));
}

void TestPageQueue::errorAfterTheGoodPages()
{
    QByteArray bytes = document(3, 20);
    // Cut the document inside its third page.
    const qsizetype third =
        bytes.indexOf("<page", bytes.indexOf("<page", bytes.indexOf("<page") + 1) + 1);
    QVERIFY(third > 0);
    bytes.truncate(third + 200);
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    PageQueue queue(&buffer);
    ChangePage page;
    PageSource source;
    int count = 0;
    while (queue.next(&page, &source))
        ++count;
    QCOMPARE(count, 2);
    QVERIFY(queue.hasError());
    QVERIFY(queue.errorString().contains(QStringLiteral("line")));
}

void TestPageQueue::stoppingEarlyDoesNotHang()
{
    QByteArray bytes = document(40, 20);
    QBuffer buffer(&bytes);
    QVERIFY(buffer.open(QIODevice::ReadOnly));
    {
        PageQueue queue(&buffer, 2);
        ChangePage page;
        PageSource source;
        QVERIFY(queue.next(&page, &source));
    } // the reader waits for room; the destructor must release and join it
    QVERIFY(buffer.pos() < bytes.size()); // it read only a few pages ahead
}

QTEST_GUILESS_MAIN(TestPageQueue)
#include "tst_pagequeue.moc"
