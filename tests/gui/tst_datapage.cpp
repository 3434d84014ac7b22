// The Data page: a resource table edited in place, on SQLite and PostgreSQL: rows added and
// deleted (asking), the UUID cannot be edited, the filter narrows rows in the database without
// letting its text into the SQL, pending changes are never dropped unasked, and a cell can be
// set to NULL where its column allows it. Ctrl+S, Ctrl+R, Ctrl+N and Delete work from the
// keyboard, also from a cell being edited. Columns are sized to their contents once shown, also
// after a session that never showed the page. ResourceTableModel passes
// QAbstractItemModelTester throughout. (What Submit writes or refuses: tst_datasubmit.cpp.)

#include "models/resourcetablemodel.h"
#include "pages/datapage.h"
#include "storage/node.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSettings>
#include <QStackedWidget>
#include <QTableView>
#include <QUuid>
#include <QtTest>

#include "datapagefixture.h"
#include "guitestmain.h"

#include <algorithm>

using namespace s15n;
using namespace s15n::test;
using namespace s15n::test::datapage;
using namespace Qt::StringLiterals;
using RowChange = ui::ResourceTableModel::RowChange;

class TestDataPage : public QObject, public DataPageFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void cleanup() { dropNode(); }

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
