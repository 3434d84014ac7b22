// The Data page's Submit: what was edited is written in one transaction, on SQLite and
// PostgreSQL, and captured for sync. A refused change writes nothing (also the valid changes
// beside it), is told in a message box and stays for correction. UNIQUE values passed from row
// to row go in in one submit; a swap cannot, and the message says how. A database busy with
// another writer is waited for a bounded time, after "Saving..." is on screen, and told.
// (Editing itself: tst_datapage.cpp.)

#include "models/resourcetablemodel.h"
#include "pages/datapage.h"
#include "storage/node.h"

#include <QAbstractItemModelTester>
#include <QElapsedTimer>
#include <QLabel>
#include <QPushButton>
#include <QUuid>
#include <QtTest>

#include "datapagefixture.h"
#include "guitestmain.h"

using namespace s15n;
using namespace s15n::test;
using namespace s15n::test::datapage;
using namespace Qt::StringLiterals;
using RowChange = ui::ResourceTableModel::RowChange;

namespace {

// The texts a label had each time it was painted.
class PaintRecorder : public QObject
{
public:
    explicit PaintRecorder(QLabel *label) : m_label(label) { label->installEventFilter(this); }
    QStringList texts;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == m_label && event->type() == QEvent::Paint)
            texts << m_label->text();
        return false;
    }

private:
    QLabel *m_label;
};

} // namespace

class TestDataSubmit : public QObject, public DataPageFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void cleanup() { dropNode(); }

    void editSubmitAndCapture_data() { addBackends(); }
    void editSubmitAndCapture()
    {
        QFETCH(Backend, backend);
        if (!makeNode(backend))
            return;
        Page page(*m_node);
        QAbstractItemModelTester tester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(page.showTable(u"items"_s));
        ui::ResourceTableModel *model = page.model();
        const int row = rowOf(model, u"code"_s, u"PARA500"_s);
        QVERIFY(row >= 0);
        const QString uuid = model->data(cell(model, row, u"uuid"_s)).toString();
        QVERIFY(!QUuid::fromString(uuid).isNull());
        const qint64 before = changes(u"items"_s, uuid, u"U"_s);

        QVERIFY(model->setData(cell(model, row, u"name"_s), u"Paracetamol 500 mg, scored"_s));
        // Marked until submitted, and not written yet.
        QCOMPARE(model->rowChange(row), RowChange::Update);
        QVERIFY(model->data(cell(model, row, u"name"_s), Qt::BackgroundRole).isValid());
        QVERIFY(!model->data(cell(model, row, u"code"_s), Qt::BackgroundRole).isValid());
        QVERIFY(model->headerData(row, Qt::Vertical).toString().contains(u'*'));
        QVERIFY(page.hasPendingChanges());
        QVERIFY(child<QPushButton>(&page, "dataSubmit")->isEnabled());
        QCOMPARE(value(u"SELECT name FROM items WHERE code = 'PARA500'"_s).toString(),
                 u"Paracetamol 500 mg tablets"_s);

        QSignalSpy submitted(&page, &ui::DataPage::changesSubmitted);
        child<QPushButton>(&page, "dataSubmit")->click();
        QVERIFY2(page.errors.isEmpty(), qPrintable(page.errors.join(u'\n')));
        QVERIFY(!page.statusIsError());
        QCOMPARE(submitted.size(), 1);
        QVERIFY(!page.hasPendingChanges());
        QVERIFY(!child<QPushButton>(&page, "dataSubmit")->isEnabled());
        QCOMPARE(value(u"SELECT name FROM items WHERE code = 'PARA500'"_s).toString(),
                 u"Paracetamol 500 mg, scored"_s);
        // The triggers captured it like any other program's write.
        QCOMPARE(changes(u"items"_s, uuid, u"U"_s), before + 1);
        const int again = rowOf(model, u"code"_s, u"PARA500"_s);
        QCOMPARE(model->data(cell(model, again, u"name"_s)).toString(),
                 u"Paracetamol 500 mg, scored"_s);
        QCOMPARE(model->rowChange(again), RowChange::None);
    }

    void refusedSubmitWritesNothing_data() { addBackends(); }
    void refusedSubmitWritesNothing()
    {
        QFETCH(Backend, backend);
        if (!makeNode(backend))
            return;
        Page page(*m_node);
        QAbstractItemModelTester tester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(page.showTable(u"items"_s));
        ui::ResourceTableModel *model = page.model();
        const int amox = rowOf(model, u"code"_s, u"AMOX500"_s);
        const int para = rowOf(model, u"code"_s, u"PARA500"_s);
        QVERIFY(amox >= 0 && para > amox); // the valid change is written first
        const QString amoxUuid = model->data(cell(model, amox, u"uuid"_s)).toString();
        const QVariant changesBefore = value(u"SELECT COUNT(*) FROM s15n_changes"_s);

        // A valid change, then one the UNIQUE constraint on code refuses.
        QVERIFY(model->setData(cell(model, amox, u"name"_s), u"Amoxicillin 500 mg caps"_s));
        QVERIFY(model->setData(cell(model, para, u"code"_s), u"ORS"_s));
        child<QPushButton>(&page, "dataSubmit")->click();
        QCOMPARE(page.errors.size(), 1);
        const QString message = page.errors.first();
        QVERIFY2(message.contains(u"code"_s) && message.contains(u"Nothing was saved"_s) &&
                     message.contains(u"correct"_s),
                 qPrintable(message));
        QVERIFY2(message.contains(u"UNIQUE"_s, Qt::CaseInsensitive) ||
                     message.contains(u"unique"_s, Qt::CaseInsensitive),
                 qPrintable(message));
        QVERIFY(page.statusIsError());

        // Nothing of it was written, and nothing captured.
        QCOMPARE(value(u"SELECT name FROM items WHERE code = 'AMOX500'"_s).toString(),
                 u"Amoxicillin 500 mg capsules"_s);
        QCOMPARE(value(u"SELECT COUNT(*) FROM items WHERE code = 'ORS'"_s).toInt(), 1);
        QCOMPARE(value(u"SELECT COUNT(*) FROM s15n_changes"_s), changesBefore);
        // Both edits are still there, marked, for correction.
        QCOMPARE(model->rowChange(amox), RowChange::Update);
        QCOMPARE(model->rowChange(para), RowChange::Update);
        QCOMPARE(model->data(cell(model, amox, u"name"_s)).toString(),
                 u"Amoxicillin 500 mg caps"_s);
        QCOMPARE(model->data(cell(model, para, u"code"_s)).toString(), u"ORS"_s);

        // Corrected and submitted again: both are written, the first one too.
        QVERIFY(model->setData(cell(model, para, u"code"_s), u"PARA500-S"_s));
        child<QPushButton>(&page, "dataSubmit")->click();
        QCOMPARE(page.errors.size(), 1);
        QVERIFY(!page.statusIsError());
        QCOMPARE(value(u"SELECT name FROM items WHERE code = 'AMOX500'"_s).toString(),
                 u"Amoxicillin 500 mg caps"_s);
        QCOMPARE(value(u"SELECT COUNT(*) FROM items WHERE code = 'PARA500-S'"_s).toInt(), 1);
        QCOMPARE(changes(u"items"_s, amoxUuid, u"U"_s) > 0, true);
        QVERIFY(!page.hasPendingChanges());
    }

    void refusedNullTellsAndKeeps()
    {
        QVERIFY(makeNode(Backend::Sqlite));
        Page page(*m_node);
        QVERIFY(page.showTable(u"items"_s));
        ui::ResourceTableModel *model = page.model();
        const int row = rowOf(model, u"code"_s, u"ORS"_s);
        QVERIFY(model->setData(cell(model, row, u"name"_s), QVariant()));
        const Status s = page.submit(); // what the button shows
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(u"NOT NULL"_s), qPrintable(s.message()));
        QVERIFY2(s.message().contains(u"the row with id 3"_s), qPrintable(s.message()));
        QCOMPARE(page.statusText(), s.message());
        QCOMPARE(model->rowChange(row), RowChange::Update);
        QCOMPARE(value(u"SELECT name FROM items WHERE code = 'ORS'"_s).toString(),
                 u"Oral rehydration salts"_s);
    }

    // Rows are written one at a time, and the database checks a UNIQUE value at each: a value
    // passed down to a row written earlier, or taken from a row being deleted, still goes in.
    void uniqueValuesPassedOnGoInOneSubmit_data() { addBackends(); }
    void uniqueValuesPassedOnGoInOneSubmit()
    {
        QFETCH(Backend, backend);
        if (!makeNode(backend))
            return;
        QVERIFY(m_node->database()
                    .exec(u"INSERT INTO items (id, code, name, unit) VALUES (20, 'OLD', "
                          "'Discontinued item', 'each')"_s)
                    .ok());
        Page page(*m_node);
        QAbstractItemModelTester tester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(page.showTable(u"items"_s));
        ui::ResourceTableModel *model = page.model();
        // ORS (id 3) takes ZINC20's code, which moves on; AMOX500 (id 1) takes the code of
        // OLD (id 20), which is deleted. Each first row is written before the row it waits for.
        const int old = rowOf(model, u"code"_s, u"OLD"_s);
        const int ors = rowOf(model, u"code"_s, u"ORS"_s);
        const int zinc = rowOf(model, u"code"_s, u"ZINC20"_s);
        const int amox = rowOf(model, u"code"_s, u"AMOX500"_s);
        QVERIFY(amox < ors && ors < zinc && zinc < old);
        QVERIFY(model->setData(cell(model, ors, u"code"_s), u"ZINC20"_s));
        QVERIFY(model->setData(cell(model, zinc, u"code"_s), u"ZINC20-OLD"_s));
        QVERIFY(model->setData(cell(model, amox, u"code"_s), u"OLD"_s));
        const QString oldUuid = value(u"SELECT uuid FROM items WHERE id = 20"_s).toString();
        QVERIFY(page.deleteRows({old}, false));
        const qint64 changesBefore = value(u"SELECT COUNT(*) FROM s15n_changes"_s).toLongLong();

        const Status s = page.submit();
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(value(u"SELECT code FROM items WHERE id = 3"_s).toString(), u"ZINC20"_s);
        QCOMPARE(value(u"SELECT code FROM items WHERE id = 4"_s).toString(), u"ZINC20-OLD"_s);
        QCOMPARE(value(u"SELECT code FROM items WHERE id = 1"_s).toString(), u"OLD"_s);
        QCOMPARE(value(u"SELECT COUNT(*) FROM items WHERE id = 20"_s).toInt(), 0);
        // Each row written once: three updates and a delete captured, nothing else.
        QCOMPARE(value(u"SELECT COUNT(*) FROM s15n_changes"_s).toLongLong(), changesBefore + 4);
        QCOMPARE(changes(u"items"_s, oldUuid, u"D"_s), 1);
        QVERIFY(!page.hasPendingChanges());
    }

    // Two rows trading UNIQUE values cannot be written one at a time: nothing is saved, the
    // edits stay, and the message names both rows and says how to do it.
    void swappingUniqueValuesSaysHow_data() { addBackends(); }
    void swappingUniqueValuesSaysHow()
    {
        QFETCH(Backend, backend);
        if (!makeNode(backend))
            return;
        Page page(*m_node);
        QAbstractItemModelTester tester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(page.showTable(u"items"_s));
        ui::ResourceTableModel *model = page.model();
        const int amox = rowOf(model, u"code"_s, u"AMOX500"_s);
        const int para = rowOf(model, u"code"_s, u"PARA500"_s);
        QCOMPARE(amox, 0); // shown as rows 1 and 2
        QCOMPARE(para, 1);
        QVERIFY(model->setData(cell(model, amox, u"code"_s), u"PARA500"_s));
        QVERIFY(model->setData(cell(model, para, u"code"_s), u"AMOX500"_s));
        const QVariant changesBefore = value(u"SELECT COUNT(*) FROM s15n_changes"_s);

        child<QPushButton>(&page, "dataSubmit")->click();
        QCOMPARE(page.errors.size(), 1);
        const QString message = page.errors.first();
        QVERIFY2(message.contains(u"Row 1's code 'PARA500' is already used by row 2, which is to "
                                  "change to 'AMOX500'"_s),
                 qPrintable(message));
        QVERIFY2(message.contains(u"temporary value, submit, then set the final value"_s),
                 qPrintable(message));
        QVERIFY2(message.contains(u"Nothing was saved"_s), qPrintable(message));
        QCOMPARE(value(u"SELECT code FROM items WHERE id = 1"_s).toString(), u"AMOX500"_s);
        QCOMPARE(value(u"SELECT code FROM items WHERE id = 2"_s).toString(), u"PARA500"_s);
        QCOMPARE(value(u"SELECT COUNT(*) FROM s15n_changes"_s), changesBefore);
        QCOMPARE(model->rowChange(amox), RowChange::Update);
        QCOMPARE(model->rowChange(para), RowChange::Update);
        QCOMPARE(model->data(cell(model, amox, u"code"_s)).toString(), u"PARA500"_s);
        QCOMPARE(model->data(cell(model, para, u"code"_s)).toString(), u"AMOX500"_s);

        // A value another row keeps is a plain duplicate: named as such.
        QVERIFY(model->setData(cell(model, amox, u"code"_s), u"ORS"_s));
        Status s = page.submit();
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(u"Row 1's code 'ORS' is already used by row 3, and the "
                                      "values of code must be unique"_s),
                 qPrintable(s.message()));
        // So is the same new value given to two rows.
        QVERIFY(model->setData(cell(model, amox, u"code"_s), u"AMOX500"_s));
        s = page.submit();
        QVERIFY(!s.ok());
        QVERIFY2(s.message().contains(u"Row 2's code 'AMOX500' is also the new code of row 1"_s),
                 qPrintable(s.message()));

        // As the message says: a temporary value first, then the final one.
        QVERIFY(model->setData(cell(model, amox, u"code"_s), u"TEMP"_s));
        s = page.submit();
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QVERIFY(model->setData(cell(model, rowOf(model, u"code"_s, u"TEMP"_s), u"code"_s),
                               u"PARA500"_s));
        s = page.submit();
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(value(u"SELECT code FROM items WHERE id = 1"_s).toString(), u"PARA500"_s);
        QCOMPARE(value(u"SELECT code FROM items WHERE id = 2"_s).toString(), u"AMOX500"_s);
    }

    // Another connection holds the write lock (as a sync does for each page): Submit says
    // "Saving..." on screen before it waits, waits no longer than the page's lock timeout,
    // then says the database is busy, saving nothing and keeping the edit.
    void aBusyDatabaseIsToldAndKeepsTheEdits_data() { addBackends(); }
    void aBusyDatabaseIsToldAndKeepsTheEdits()
    {
        QFETCH(Backend, backend);
        if (!makeNode(backend))
            return;
        Page page(*m_node);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.showTable(u"items"_s));
        ui::ResourceTableModel *model = page.model();
        QVERIFY(model->lockTimeout() >= 5000); // as long as a sync's page may take
        const int ors = rowOf(model, u"code"_s, u"ORS"_s);
        QVERIFY(model->setData(cell(model, ors, u"name"_s), u"ORS, while busy"_s));

        Database other;
        QVERIFY(other.open(m_node->database().location(), false).ok());
        QVERIFY(other.begin().ok());
        QVERIFY(other.exec(u"UPDATE items SET unit = unit WHERE code = 'ORS'"_s).ok());

        model->setLockTimeout(300);
        PaintRecorder painted(child<QLabel>(&page, "dataStatus"));
        QElapsedTimer waited;
        waited.start();
        child<QPushButton>(&page, "dataSubmit")->click();
        QVERIFY2(waited.elapsed() < 5000, qPrintable(QString::number(waited.elapsed())));
        QVERIFY2(!painted.texts.isEmpty() && painted.texts.first().startsWith(u"Saving"_s),
                 qPrintable(painted.texts.join(u" | "_s)));
        QCOMPARE(page.errors.size(), 1);
        const QString message = page.errors.first();
        QVERIFY2(message.contains(u"busy"_s) && message.contains(u"Try again in a moment"_s) &&
                     message.contains(u"Nothing was saved"_s),
                 qPrintable(message));
        QVERIFY(page.statusIsError());
        QCOMPARE(model->rowChange(ors), RowChange::Update);
        QCOMPARE(model->data(cell(model, ors, u"name"_s)).toString(), u"ORS, while busy"_s);

        // Once the other writer is done, the same edit goes in.
        other.rollback();
        const Status s = page.submit();
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(value(u"SELECT name FROM items WHERE code = 'ORS'"_s).toString(),
                 u"ORS, while busy"_s);
    }

    // Rows not read yet keep a read open on the page's connection; a sync committing meanwhile
    // must not make Submit fail (SQLite will not let a connection write from a stale read).
    void submitsAfterAnotherWriterCommittedWhileRowsWereUnread()
    {
        QVERIFY(makeNode(Backend::Sqlite));
        {
            Transaction t(m_node->database());
            QVERIFY(t.status().ok());
            for (int i = 0; i < 700; ++i)
                QVERIFY(m_node->database()
                            .exec(u"INSERT INTO transaction_lines (id, transaction_id, item_id, "
                                  "quantity, cost) VALUES (?, 1, 1, ?, 0.1)"_s,
                                  {100 + i, i})
                            .ok());
            QVERIFY(t.commit().ok());
        }
        // (No model tester here: it reads every row.)
        Page page(*m_node);
        QVERIFY(page.showTable(u"transaction_lines"_s));
        ui::ResourceTableModel *model = page.model();
        QVERIFY(model->setData(cell(model, 5, u"quantity"_s), 4242)); // id 6

        Database other;
        QVERIFY(other.open(m_node->database().location(), false).ok());
        QVERIFY(other.exec(u"UPDATE items SET unit = 'box' WHERE code = 'ORS'"_s).ok());
        QVERIFY(model->canFetchMore(QModelIndex())); // rows left to read

        const Status s = page.submit();
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(value(u"SELECT quantity FROM transaction_lines WHERE id = 6"_s).toInt(), 4242);
        QCOMPARE(value(u"SELECT unit FROM items WHERE code = 'ORS'"_s).toString(), u"box"_s);
        QVERIFY(!page.hasPendingChanges());
    }
};

S15N_GUI_TEST_MAIN(TestDataSubmit)
#include "tst_datasubmit.moc"
