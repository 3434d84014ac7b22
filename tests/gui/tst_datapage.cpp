// The Data page: a resource table edited in place and written on Submit in one transaction,
// on SQLite and PostgreSQL. A refused change writes nothing (also the valid changes beside
// it), is told in a message box and stays for correction; what is written is captured for
// sync; the UUID cannot be edited; the filter narrows rows in the database without letting
// its text into the SQL; pending changes are never dropped unasked. A cell can be set to NULL
// where its column allows it. UNIQUE values passed from row to row go in in one submit; a swap
// cannot, and the message says how. A database busy with another writer is waited for a
// bounded time, after "Saving..." is on screen, and told. Ctrl+S, Ctrl+R, Ctrl+N and Delete
// work from the keyboard, also from a cell being edited. Columns are sized to their contents
// once shown, also after a session that never showed the page. ResourceTableModel passes
// QAbstractItemModelTester throughout.

#include "models/resourcetablemodel.h"
#include "pages/datapage.h"
#include "storage/node.h"
#include "storage/nodesetup.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QSqlRecord>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include "exchangenode.h"
#include "guitestmain.h"

#include <algorithm>
#include <memory>

using namespace s15n;
using namespace s15n::test;
using namespace Qt::StringLiterals;
using RowChange = ui::ResourceTableModel::RowChange;

namespace {

// The page, with its questions answered and its message boxes recorded by the test.
class Page : public ui::DataPage
{
public:
    using DataPage::DataPage;

    bool answer = true;
    int questions = 0;
    QStringList errors;

protected:
    bool confirm(const QString &, const QString &) override
    {
        ++questions;
        return answer;
    }
    void showError(const QString &title, const QString &message) override
    {
        errors << title + u": "_s + message;
    }
};

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

template <typename T> T *child(QObject *parent, const char *name)
{
    auto *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no widget %s", name);
    return w;
}

} // namespace

class TestDataPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Node> m_node;
    QStringList m_databases; // PostgreSQL databases to drop

    // A node with the sample data on `backend`; false (test failed or skipped) if there is none.
    bool makeNode(Backend backend)
    {
        DatabaseLocation location;
        if (backend == Backend::Postgres) {
            if (postgresServerUrl().isEmpty()) {
                if (qEnvironmentVariableIsSet("CI") ||
                    qEnvironmentVariableIsSet("S15N_TEST_PG_URL_FILE"))
                    QTest::qFail("No PostgreSQL test server: run the tests through ctest (CI is "
                                 "set, so this is a failure, not a skip).",
                                 __FILE__, __LINE__);
                else
                    QTest::qSkip("No PostgreSQL test server: run the tests through ctest.",
                                 __FILE__, __LINE__);
                return false;
            }
            QString error;
            const QString url = createPostgresDatabase(
                u"gui_data_"_s + QUuid::createUuid().toString(QUuid::Id128).left(12), &error);
            if (url.isEmpty()) {
                QTest::qFail(qPrintable(u"no PostgreSQL database: "_s + error), __FILE__, __LINE__);
                return false;
            }
            m_databases << url;
            location = DatabaseLocation::parse(url).value();
        } else {
            location = DatabaseLocation::parse(
                           m_dir.filePath(u"n%1.sqlite"_s.arg(QDateTime::currentMSecsSinceEpoch())))
                           .value();
        }
        Result<std::unique_ptr<Node>> node =
            NodeSetup::create(location, u"clinic"_s, 0, /*withSampleData=*/true);
        if (!node.ok()) {
            QTest::qFail(qPrintable(node.message()), __FILE__, __LINE__);
            return false;
        }
        m_node = std::move(node.value());
        return true;
    }

    QVariant value(const QString &sql, const QVariantList &args = {})
    {
        Result<QVariant> v = m_node->database().scalar(sql, args);
        if (!v)
            qWarning("%s", qPrintable(v.message()));
        return v ? v.value() : QVariant();
    }

    qint64 changes(const QString &table, const QString &uuid, const QString &op)
    {
        return value(u"SELECT COUNT(*) FROM s15n_changes WHERE table_name = ? AND row_uuid = ? "
                     "AND op = ?"_s,
                     {table, uuid, op})
            .toLongLong();
    }

    static int rowOf(ui::ResourceTableModel *model, const QString &column, const QVariant &v)
    {
        while (model->canFetchMore(QModelIndex()))
            model->fetchMore(QModelIndex());
        const int c = model->fieldIndex(column);
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->data(model->index(r, c), Qt::EditRole).toString() == v.toString())
                return r;
        }
        return -1;
    }

    static QModelIndex cell(ui::ResourceTableModel *model, int row, const QString &column)
    {
        return model->index(row, model->fieldIndex(column));
    }

    static void addBackends()
    {
        QTest::addColumn<Backend>("backend");
        QTest::newRow("sqlite") << Backend::Sqlite;
        QTest::newRow("postgresql") << Backend::Postgres;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void cleanup()
    {
        m_node.reset();
        for (const QString &db : std::as_const(m_databases)) {
            QString error;
            if (!dropPostgresDatabase(db, &error))
                qWarning("%s", qPrintable(error));
        }
        m_databases.clear();
    }

    void showsTheResources()
    {
        QVERIFY(makeNode(Backend::Sqlite));
        Page page(*m_node);
        QAbstractItemModelTester tester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        auto *tables = child<QComboBox>(&page, "dataTable");
        QStringList names;
        for (int i = 0; i < tables->count(); ++i)
            names << tables->itemText(i);
        QCOMPARE(names, QStringList({u"items"_s, u"names"_s, u"stores"_s, u"transaction_lines"_s,
                                     u"transactions"_s}));
        QVERIFY(page.showTable(u"items"_s));
        QCOMPARE(tables->currentText(), u"items"_s);
        QCOMPARE(page.model()->rowCount(), 12);
        QCOMPARE(child<QTableView>(&page, "dataView")->model(), page.model());
        QVERIFY(child<QLabel>(&page, "dataSummary")->text().contains(u"12"_s));
        // Blobs are shown as their size, never as raw bytes.
        const int amox = rowOf(page.model(), u"code"_s, u"AMOX500"_s);
        QVERIFY(
            page.model()->data(cell(page.model(), amox, u"photo"_s)).toString().contains(u"69"_s));
        QVERIFY(!page.showTable(u"s15n_node"_s)); // not a resource
        QCOMPARE(page.table(), u"items"_s);
    }

    void saysWhenThereAreNoResources()
    {
        const DatabaseLocation location =
            DatabaseLocation::parse(m_dir.filePath(u"bare.sqlite"_s)).value();
        Result<std::unique_ptr<Node>> node = NodeSetup::create(location, u"bare"_s, 0, false);
        QVERIFY2(node.ok(), qPrintable(node.message()));
        m_node = std::move(node.value());
        Page page(*m_node);
        QCOMPARE(page.table(), QString());
        QCOMPARE(child<QComboBox>(&page, "dataTable")->count(), 0);
        QVERIFY(page.statusText().contains(u"Resources"_s));
        QVERIFY(!child<QPushButton>(&page, "dataAdd")->isEnabled());
        QVERIFY(!child<QPushButton>(&page, "dataSubmit")->isEnabled());
        QCOMPARE(page.addRow(), -1);
    }

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

    void revertDropsChanges()
    {
        QVERIFY(makeNode(Backend::Sqlite));
        Page page(*m_node);
        QAbstractItemModelTester tester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(page.showTable(u"items"_s));
        ui::ResourceTableModel *model = page.model();
        const int row = rowOf(model, u"code"_s, u"ORS"_s);
        QVERIFY(model->setData(cell(model, row, u"unit"_s), u"box"_s));
        QCOMPARE(page.addRow(), 0);
        QCOMPARE(model->rowCount(), 13);
        QVERIFY(page.deleteRows({rowOf(model, u"code"_s, u"SYR5"_s)}, false));
        QCOMPARE(model->pendingRowCount(), 3);
        child<QPushButton>(&page, "dataRevert")->click();
        QCOMPARE(model->pendingRowCount(), 0);
        QCOMPARE(model->rowCount(), 12);
        const int again = rowOf(model, u"code"_s, u"ORS"_s);
        QCOMPARE(model->data(cell(model, again, u"unit"_s)).toString(), u"sachet"_s);
        QCOMPARE(model->rowChange(rowOf(model, u"code"_s, u"SYR5"_s)), RowChange::None);
        QVERIFY(!child<QPushButton>(&page, "dataRevert")->isEnabled());
        QCOMPARE(value(u"SELECT COUNT(*) FROM items"_s).toInt(), 12);
    }

    void addsARow_data() { addBackends(); }
    void addsARow()
    {
        QFETCH(Backend, backend);
        if (!makeNode(backend))
            return;
        Page page(*m_node);
        QAbstractItemModelTester tester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(page.showTable(u"items"_s));
        ui::ResourceTableModel *model = page.model();
        child<QPushButton>(&page, "dataAdd")->click();
        QCOMPARE(model->rowCount(), 13);
        QCOMPARE(model->rowChange(0), RowChange::Insert);
        QCOMPARE(model->headerData(0, Qt::Vertical).toString(), u"+"_s);
        // The new row's key may be given; the UUID never.
        QVERIFY(model->flags(cell(model, 0, u"id"_s)) & Qt::ItemIsEditable);
        QVERIFY(!(model->flags(cell(model, 0, u"uuid"_s)) & Qt::ItemIsEditable));
        // Left empty, it is not inserted as a row of defaults.
        const Status empty = page.submit();
        QVERIFY(!empty.ok());
        QVERIFY2(empty.message().contains(u"empty"_s), qPrintable(empty.message()));
        QCOMPARE(value(u"SELECT COUNT(*) FROM items"_s).toInt(), 12);
        QVERIFY(model->setData(cell(model, 0, u"code"_s), u"IBU200"_s));
        QVERIFY(model->setData(cell(model, 0, u"name"_s), u"Ibuprofen 200 mg tablets"_s));
        QVERIFY(model->setData(cell(model, 0, u"unit"_s), u"tablet"_s));
        QVERIFY(model->setData(cell(model, 0, u"price"_s), 0.04));
        child<QPushButton>(&page, "dataSubmit")->click();
        QVERIFY2(page.errors.isEmpty(), qPrintable(page.errors.join(u'\n')));
        QCOMPARE(value(u"SELECT COUNT(*) FROM items"_s).toInt(), 13);
        const QString uuid = value(u"SELECT uuid FROM items WHERE code = 'IBU200'"_s).toString();
        QVERIFY2(!QUuid::fromString(uuid).isNull(), qPrintable(uuid)); // filled in on insert
        QCOMPARE(changes(u"items"_s, uuid, u"I"_s), 1);
        const int row = rowOf(model, u"code"_s, u"IBU200"_s);
        QVERIFY(row >= 0);
        QCOMPARE(model->data(cell(model, row, u"uuid"_s)).toString(), uuid);
        // Stored now: its key is fixed.
        QVERIFY(!(model->flags(cell(model, row, u"id"_s)) & Qt::ItemIsEditable));
    }

    void deletesAfterAsking()
    {
        QVERIFY(makeNode(Backend::Sqlite));
        Page page(*m_node);
        QAbstractItemModelTester tester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(page.showTable(u"transaction_lines"_s));
        ui::ResourceTableModel *model = page.model();
        QCOMPARE(model->rowCount(), 30);
        const int row = rowOf(model, u"id"_s, 5);
        const QString uuid = model->data(cell(model, row, u"uuid"_s)).toString();
        auto *view = child<QTableView>(&page, "dataView");
        view->selectRow(row);
        QCOMPARE(page.selectedRows(), QList<int>{row});
        QVERIFY(child<QPushButton>(&page, "dataDelete")->isEnabled());

        page.answer = false;
        child<QPushButton>(&page, "dataDelete")->click();
        QCOMPARE(page.questions, 1);
        QCOMPARE(model->rowChange(row), RowChange::None);

        page.answer = true;
        child<QPushButton>(&page, "dataDelete")->click();
        QCOMPARE(page.questions, 2);
        QCOMPARE(model->rowChange(row), RowChange::Delete);
        QVERIFY(model->data(model->index(row, 1), Qt::FontRole).value<QFont>().strikeOut());
        QCOMPARE(value(u"SELECT COUNT(*) FROM transaction_lines"_s).toInt(), 30); // not yet

        child<QPushButton>(&page, "dataSubmit")->click();
        QVERIFY2(page.errors.isEmpty(), qPrintable(page.errors.join(u'\n')));
        QCOMPARE(value(u"SELECT COUNT(*) FROM transaction_lines"_s).toInt(), 29);
        QCOMPARE(value(u"SELECT COUNT(*) FROM transaction_lines WHERE id = 5"_s).toInt(), 0);
        QCOMPARE(changes(u"transaction_lines"_s, uuid, u"D"_s), 1);
        QCOMPARE(model->rowCount(), 29);
    }

    void uuidIsReadOnly()
    {
        QVERIFY(makeNode(Backend::Sqlite));
        Page page(*m_node);
        QVERIFY(page.showTable(u"stores"_s));
        ui::ResourceTableModel *model = page.model();
        const int uuidColumn = model->fieldIndex(u"uuid"_s);
        QVERIFY(uuidColumn >= 0);
        QVERIFY(model->isReadOnlyColumn(uuidColumn));
        const QModelIndex uuidCell = model->index(0, uuidColumn);
        const QString uuid = model->data(uuidCell).toString();
        QVERIFY(!(model->flags(uuidCell) & Qt::ItemIsEditable));
        QVERIFY(!model->setData(uuidCell, QUuid::createUuid().toString(QUuid::WithoutBraces)));
        QCOMPARE(model->data(uuidCell).toString(), uuid);
        QVERIFY(!page.hasPendingChanges());
        QVERIFY(
            !model->headerData(uuidColumn, Qt::Horizontal, Qt::ToolTipRole).toString().isEmpty());
        // A stored row's local key is fixed too (other tables point at it); the rest is
        // editable.
        QVERIFY(!(model->flags(cell(model, 0, u"id"_s)) & Qt::ItemIsEditable));
        QVERIFY(model->flags(cell(model, 0, u"name"_s)) & Qt::ItemIsEditable);
        // The view does not open an editor on it either.
        auto *view = child<QTableView>(&page, "dataView");
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        view->setCurrentIndex(uuidCell);
        QTest::ignoreMessage(QtWarningMsg, "edit: editing failed");
        view->edit(uuidCell);
        QVERIFY(!view->viewport()->findChild<QLineEdit *>());
        const QModelIndex nameCell = cell(model, 0, u"name"_s);
        view->edit(nameCell); // where an editor does open
        QVERIFY(view->viewport()->findChild<QLineEdit *>());
    }

    void filtersInTheDatabase_data() { addBackends(); }
    void filtersInTheDatabase()
    {
        QFETCH(Backend, backend);
        if (!makeNode(backend))
            return;
        Page page(*m_node);
        QAbstractItemModelTester tester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(page.showTable(u"items"_s));
        ui::ResourceTableModel *model = page.model();
        auto *filter = child<QLineEdit>(&page, "dataFilter");
        auto *column = child<QComboBox>(&page, "dataFilterColumn");
        QCOMPARE(column->itemData(0).toString(), QString()); // any column
        QVERIFY(column->findText(u"photo"_s) < 0);           // blobs are not searched

        QTest::keyClicks(filter, u"TabLet"_s);
        QTRY_COMPARE(model->rowCount(), 4); // unit or name, ignoring case
        QVERIFY(model->filter().contains(u"LIKE"_s));
        QVERIFY(!page.statusIsError());

        column->setCurrentIndex(column->findText(u"code"_s));
        filter->setText(u"500"_s);
        QTest::keyClick(filter, Qt::Key_Return);
        QCOMPARE(model->rowCount(), 3);

        // Its text is a value, never SQL, and LIKE's wildcards match themselves.
        const QStringList literal = {
            u"x' OR '1'='1"_s, u"%"_s, u"_"_s, u"'; DROP TABLE items; --"_s, u"\\"_s, u"!"_s};
        for (const QString &text : literal) {
            filter->setText(text);
            QTest::keyClick(filter, Qt::Key_Return);
            QVERIFY2(!page.statusIsError(), qPrintable(page.statusText()));
            QCOMPARE(model->rowCount(), 0);
        }
        QCOMPARE(value(u"SELECT COUNT(*) FROM items"_s).toInt(), 12);

        filter->clear();
        QTest::keyClick(filter, Qt::Key_Return);
        QCOMPARE(model->rowCount(), 12);

        // An apostrophe in the text finds the apostrophe in the data.
        QVERIFY(page.showTable(u"names"_s));
        QCOMPARE(filter->text(), QString()); // a new table starts unfiltered
        filter->setText(u"o'brien"_s);
        QTest::keyClick(filter, Qt::Key_Return);
        QCOMPARE(model->rowCount(), 1);

        // The filter waits while changes are pending: it would drop them.
        QVERIFY(model->setData(model->index(0, model->fieldIndex(u"name"_s)), u"OBCHC"_s));
        filter->clear();
        QTest::keyClick(filter, Qt::Key_Return);
        QCOMPARE(model->rowCount(), 1);
        QVERIFY(page.hasPendingChanges());
        QCOMPARE(page.questions, 0);
        // Once submitted, it applies.
        QVERIFY(page.submit().ok());
        QCOMPARE(model->rowCount(), 6);
    }

    void filterClauseIsBuiltFromTheCatalogue()
    {
        QVERIFY(makeNode(Backend::Sqlite));
        ui::ResourceTableModel model(m_node->database());
        Resource items;
        items.table = u"items"_s;
        QVERIFY(model.setResource(items).ok());
        Result<QString> clause = model.textFilterClause(u"name"_s, u"it's 50%"_s);
        QVERIFY(clause.ok());
        QCOMPARE(clause.value(),
                 u"(LOWER(CAST(\"name\" AS TEXT)) LIKE '%it''s 50!%%' ESCAPE '!')"_s);
        QVERIFY(!model.textFilterClause(u"name\" OR 1=1 --"_s, u"x"_s).ok());
        QVERIFY(!model.setTextFilter(u"nonexistent"_s, u"x"_s).ok());
        QCOMPARE(model.textFilterClause(u"name"_s, QString()).value(), QString());
    }

    void pendingChangesAreNeverDroppedUnasked()
    {
        QVERIFY(makeNode(Backend::Sqlite));
        Page page(*m_node);
        QVERIFY(page.showTable(u"items"_s));
        ui::ResourceTableModel *model = page.model();
        QVERIFY(model->setData(model->index(0, model->fieldIndex(u"unit"_s)), u"caps"_s));
        auto *tables = child<QComboBox>(&page, "dataTable");

        page.answer = false;
        tables->setCurrentIndex(tables->findText(u"stores"_s));
        QCOMPARE(page.questions, 1);
        QCOMPARE(page.table(), u"items"_s);
        QCOMPARE(tables->currentText(), u"items"_s);
        QVERIFY(page.hasPendingChanges());
        child<QPushButton>(&page, "dataRefresh")->click();
        QCOMPARE(page.questions, 2);
        QVERIFY(page.hasPendingChanges());
        QCOMPARE(model->data(model->index(0, model->fieldIndex(u"unit"_s))).toString(), u"caps"_s);

        page.answer = true;
        QVERIFY(page.showTable(u"stores"_s));
        QCOMPARE(page.questions, 3);
        QCOMPARE(page.table(), u"stores"_s);
        QVERIFY(!page.hasPendingChanges());
        QCOMPARE(value(u"SELECT unit FROM items WHERE id = 1"_s).toString(), u"capsule"_s);

        // Without changes nothing is asked.
        child<QPushButton>(&page, "dataRefresh")->click();
        QVERIFY(page.showTable(u"items"_s));
        QCOMPARE(page.questions, 3);
    }

    // More rows than one fetch: rows come as needed; edits, a new row at the top and a refused
    // submit in between keep every row and every mark where it belongs.
    void lazyRowsKeepTheirMarks()
    {
        QVERIFY(makeNode(Backend::Sqlite));
        constexpr int kExtra = 700;
        {
            Transaction t(m_node->database());
            QVERIFY(t.status().ok());
            for (int i = 0; i < kExtra; ++i)
                QVERIFY(m_node->database()
                            .exec(u"INSERT INTO transaction_lines (id, transaction_id, item_id, "
                                  "quantity, cost) VALUES (?, 1, 1, ?, 0.1)"_s,
                                  {100 + i, i})
                            .ok());
            QVERIFY(t.commit().ok());
        }
        Page page(*m_node);
        QAbstractItemModelTester tester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(page.showTable(u"transaction_lines"_s));
        ui::ResourceTableModel *model = page.model();
        QVERIFY(model->canFetchMore(QModelIndex())); // not all read yet
        QVERIFY(model->rowCount() < 30 + kExtra);
        QVERIFY(child<QLabel>(&page, "dataSummary")->text().contains(u"more"_s));

        const int quantity = model->fieldIndex(u"quantity"_s);
        QVERIFY(model->setData(model->index(5, quantity), 4242));       // id 6
        QVERIFY(model->setData(model->index(7, quantity), QVariant())); // id 8: NOT NULL
        QCOMPARE(page.addRow(), 0);
        QVERIFY(!page.submit().ok());

        while (model->canFetchMore(QModelIndex()))
            model->fetchMore(QModelIndex());
        QCOMPARE(model->rowCount(), 30 + kExtra + 1);
        QCOMPARE(model->rowChange(0), RowChange::Insert);
        QCOMPARE(model->rowChange(6), RowChange::Update);
        QCOMPARE(model->rowChange(8), RowChange::Update);
        QCOMPARE(model->pendingRowCount(), 3);
        // Every stored row once, in order, after the new one.
        const int id = model->fieldIndex(u"id"_s);
        QList<int> ids;
        for (int r = 1; r < model->rowCount(); ++r)
            ids << model->data(model->index(r, id)).toInt();
        QCOMPARE(ids.size(), 30 + kExtra);
        QCOMPARE(QSet<int>(ids.begin(), ids.end()).size(), 30 + kExtra);
        QVERIFY(std::is_sorted(ids.begin(), ids.end()));
        QCOMPARE(model->data(model->index(6, quantity)).toInt(), 4242);

        // Corrected: the new row dropped, the NULL fixed; both updates go in.
        model->revertRow(0);
        QCOMPARE(model->rowChange(5), RowChange::Update);
        QVERIFY(model->setData(model->index(7, quantity), 8));
        const Status s = page.submit();
        QVERIFY2(s.ok(), qPrintable(s.message()));
        QCOMPARE(value(u"SELECT quantity FROM transaction_lines WHERE id = 6"_s).toInt(), 4242);
        QCOMPARE(value(u"SELECT quantity FROM transaction_lines WHERE id = 8"_s).toInt(), 8);
        QCOMPARE(value(u"SELECT COUNT(*) FROM transaction_lines"_s).toInt(), 30 + kExtra);
    }

    void setsACellToNull()
    {
        QVERIFY(makeNode(Backend::Sqlite));
        Page page(*m_node);
        QAbstractItemModelTester tester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        page.show();
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QVERIFY(page.showTable(u"transactions"_s));
        ui::ResourceTableModel *model = page.model();
        auto *view = child<QTableView>(&page, "dataView");
        auto *setNull = child<QAction>(&page, "dataSetNull");
        // In the cell's context menu.
        QCOMPARE(view->contextMenuPolicy(), Qt::ActionsContextMenu);
        QVERIFY(view->actions().contains(setNull));

        const int row = rowOf(model, u"id"_s, 1);
        const QString uuid = model->data(cell(model, row, u"uuid"_s)).toString();
        const QModelIndex comment = cell(model, row, u"comment"_s);
        QCOMPARE(model->data(comment).toString(), u"Quarterly order Q1"_s);
        // Not for a NOT NULL column, the UUID, nor a stored row's key.
        for (const QString &column : {u"kind"_s, u"uuid"_s, u"id"_s}) {
            view->setCurrentIndex(cell(model, row, column));
            QVERIFY2(!setNull->isEnabled(), qPrintable(column));
            QVERIFY(!model->canSetNull(cell(model, row, column)));
            QVERIFY(!model->setNull(cell(model, row, column)));
        }
        QVERIFY(!page.hasPendingChanges());

        // The shortcut, on a column that allows NULL: shown as a NULL read from the database.
        view->setCurrentIndex(comment);
        QVERIFY(setNull->isEnabled());
        view->setFocus();
        QTest::keyClick(view, Qt::Key_Delete, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(model->data(comment, Qt::EditRole).isNull());
        const int nullRow = rowOf(model, u"id"_s, 2); // comment NULL in the database
        QCOMPARE(model->data(comment), model->data(cell(model, nullRow, u"comment"_s)));
        QCOMPARE(model->rowChange(row), RowChange::Update);
        QVERIFY(model->data(comment, Qt::BackgroundRole).isValid());
        QVERIFY(model->data(comment, Qt::ToolTipRole).toString().contains(u"NULL"_s));
        QVERIFY(model->headerData(row, Qt::Vertical).toString().contains(u'*'));
        QCOMPARE(value(u"SELECT comment FROM transactions WHERE id = 1"_s).toString(),
                 u"Quarterly order Q1"_s);

        // Revert brings the value back.
        child<QPushButton>(&page, "dataRevert")->click();
        QVERIFY(!page.hasPendingChanges());
        QCOMPARE(model->data(cell(model, rowOf(model, u"id"_s, 1), u"comment"_s)).toString(),
                 u"Quarterly order Q1"_s);

        // Several cells selected: those that may be NULL are set, the rest left alone.
        const int other = rowOf(model, u"id"_s, 4);
        QItemSelection cells;
        for (const QModelIndex &i :
             {cell(model, row, u"comment"_s), cell(model, other, u"comment"_s),
              cell(model, other, u"kind"_s)})
            cells.select(i, i);
        view->selectionModel()->select(cells, QItemSelectionModel::ClearAndSelect);
        QVERIFY(setNull->isEnabled());
        setNull->trigger();
        QCOMPARE(model->pendingRowCount(), 2);
        QCOMPARE(model->data(cell(model, other, u"kind"_s)).toString(), u"receipt"_s);

        // Submitted like any edit: stored as NULL, and captured for sync.
        const qint64 before = changes(u"transactions"_s, uuid, u"U"_s);
        child<QPushButton>(&page, "dataSubmit")->click();
        QVERIFY2(page.errors.isEmpty(), qPrintable(page.errors.join(u'\n')));
        QCOMPARE(
            value(u"SELECT COUNT(*) FROM transactions WHERE id IN (1, 4) AND comment IS NULL"_s)
                .toInt(),
            2);
        QCOMPARE(value(u"SELECT kind FROM transactions WHERE id = 4"_s).toString(), u"receipt"_s);
        QCOMPARE(changes(u"transactions"_s, uuid, u"U"_s), before + 1);
        QVERIFY(model->data(cell(model, rowOf(model, u"id"_s, 1), u"comment"_s), Qt::EditRole)
                    .isNull());
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

    // A page built but never shown (the application quit on another page) saves no column
    // widths; the next page shown sizes its columns to their contents, and those come back.
    void columnsAreSizedAfterAPageNeverShown()
    {
        QVERIFY(makeNode(Backend::Sqlite));
        QSettings().remove(u"dataPage"_s);
        {
            // As in the application: a page of a stack, behind the one shown.
            QStackedWidget pages;
            pages.addWidget(new QLabel(u"another page"_s));
            pages.addWidget(new Page(*m_node));
            pages.resize(1100, 600);
            pages.show();
            QVERIFY(QTest::qWaitForWindowExposed(&pages));
            // The desktop's font changes meanwhile (a theme): every header, shown or not, lays
            // itself out again.
            QFont font = pages.font();
            font.setPointSizeF(font.pointSizeF() + 1);
            pages.setFont(font);
            QTest::qWait(50);
        }
        int sized = 0;
        {
            Page page(*m_node);
            page.resize(1100, 600);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            QVERIFY(page.showTable(u"items"_s));
            auto *view = child<QTableView>(&page, "dataView");
            const QAbstractItemView *items = view; // QTableView hides sizeHintForColumn()
            const int column = page.model()->fieldIndex(u"name"_s);
            const int wanted = qMin(items->sizeHintForColumn(column), 320);
            QVERIFY(wanted > view->horizontalHeader()->defaultSectionSize()); // or no test
            QTRY_VERIFY2(
                view->columnWidth(column) >= wanted,
                qPrintable(
                    u"%1 px, its contents %2 px"_s.arg(view->columnWidth(column)).arg(wanted)));
            sized = view->columnWidth(column);
        }
        Page page(*m_node);
        page.resize(1100, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QVERIFY(page.showTable(u"items"_s));
        QCOMPARE(
            child<QTableView>(&page, "dataView")->columnWidth(page.model()->fieldIndex(u"name"_s)),
            sized);
    }

    // Ctrl+S submits (with the text of a cell still being edited), Ctrl+N adds a row, Delete
    // in the table deletes rows (asking) but in an editor a character, Ctrl+R reverts; the
    // buttons' tooltips say so.
    void keyboardShortcuts()
    {
        QVERIFY(makeNode(Backend::Sqlite));
        Page page(*m_node);
        page.resize(1100, 600);
        page.show();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QVERIFY(page.showTable(u"items"_s));
        ui::ResourceTableModel *model = page.model();
        auto *view = child<QTableView>(&page, "dataView");
        const QList<std::pair<const char *, QKeySequence>> keys{
            {"dataSubmit", QKeySequence(Qt::CTRL | Qt::Key_S)},
            {"dataRevert", QKeySequence(Qt::CTRL | Qt::Key_R)},
            {"dataAdd", QKeySequence(Qt::CTRL | Qt::Key_N)},
            {"dataRefresh", QKeySequence(Qt::Key_F5)},
            {"dataDelete", QKeySequence(Qt::Key_Delete)}};
        for (const auto &[name, key] : keys) {
            const QString tip = child<QPushButton>(&page, name)->toolTip();
            QVERIFY2(tip.contains(key.toString(QKeySequence::NativeText)), qPrintable(tip));
        }

        // Typing in a cell, then Ctrl+S without leaving it: the typed text is saved.
        const int ors = rowOf(model, u"code"_s, u"ORS"_s);
        const QModelIndex name = cell(model, ors, u"name"_s);
        view->setFocus();
        view->setCurrentIndex(name);
        view->edit(name);
        QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
        editor->selectAll();
        QTest::keyClicks(editor, u"ORS sachets"_s);
        QTest::keyClick(editor, Qt::Key_Delete); // a character, not the row
        QCOMPARE(page.questions, 0);
        QTest::keyClick(editor, Qt::Key_S, Qt::ControlModifier);
        QTRY_COMPARE(value(u"SELECT name FROM items WHERE code = 'ORS'"_s).toString(),
                     u"ORS sachets"_s);
        QVERIFY2(page.errors.isEmpty(), qPrintable(page.errors.join(u'\n')));
        QVERIFY(!page.hasPendingChanges());

        // Delete in the table: asked, and marked.
        const int syr = rowOf(model, u"code"_s, u"SYR5"_s);
        view->setFocus();
        view->selectRow(syr);
        QTest::keyClick(view, Qt::Key_Delete);
        QCOMPARE(page.questions, 1);
        QCOMPARE(model->rowChange(syr), RowChange::Delete);

        // Ctrl+N: a row to fill in, its editor open.
        QTest::keyClick(view, Qt::Key_N, Qt::ControlModifier);
        QTRY_COMPARE(model->rowCount(), 13);
        QCOMPARE(model->rowChange(0), RowChange::Insert);
        QTRY_VERIFY(qobject_cast<QLineEdit *>(QApplication::focusWidget()));
        QTest::keyClicks(QApplication::focusWidget(), u"XYZ"_s);

        // Ctrl+R, from the open editor: everything dropped, the editor's text too.
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_R, Qt::ControlModifier);
        QTRY_VERIFY(!page.hasPendingChanges());
        QCOMPARE(model->rowCount(), 12);
        QCOMPARE(model->rowChange(rowOf(model, u"code"_s, u"SYR5"_s)), RowChange::None);
        QCoreApplication::processEvents();
        QVERIFY(!page.hasPendingChanges());
        QCOMPARE(value(u"SELECT COUNT(*) FROM items"_s).toInt(), 12);
    }

    void anEditorClosedUnchangedIsNoEdit()
    {
        QVERIFY(makeNode(Backend::Sqlite));
        Page page(*m_node);
        QVERIFY(page.showTable(u"items"_s));
        ui::ResourceTableModel *model = page.model();
        const QModelIndex name = cell(model, 0, u"name"_s);
        QVERIFY(model->setData(name, model->data(name, Qt::EditRole)));
        QVERIFY(!page.hasPendingChanges());
    }
};

S15N_GUI_TEST_MAIN(TestDataPage)
#include "tst_datapage.moc"
