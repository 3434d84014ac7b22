// ListTable, the lists of the Repositories page and its tabs, on a model of the test's own: the
// columns fit the view (contents and titles whole, the last one taking what is left), elastic
// columns give way first and titles next when the view is narrow, the whole text of an elided
// cell or title in its tooltip, columns resized by hand stay so (also in the next session)
// until "Fit columns to the window", and the selection helpers.
#include "widgets/listtable.h"

#include <QHeaderView>
#include <QHelpEvent>
#include <QScrollBar>
#include <QSettings>
#include <QStandardItemModel>
#include <QToolTip>
#include <QtTest>

#include "guitestmain.h"

using namespace s15n;
using namespace Qt::StringLiterals;

namespace {

enum Column { Name, Url, Flag, Notes, Count };

QStandardItemModel *makeModel(QObject *parent)
{
    auto *model = new QStandardItemModel(0, Count, parent);
    model->setHorizontalHeaderLabels(
        {u"Name"_s, u"URL"_s, u"Accepts pushes from this remote node"_s, u"Notes"_s});
    for (int row = 0; row < 3; ++row)
        model->appendRow({new QStandardItem(u"repository number %1 of this test"_s.arg(row)),
                          new QStandardItem(u"https://a-long-host-name-%1.example.org:8443/"
                                            "sync/path"_s.arg(row)),
                          new QStandardItem(u"No"_s), new QStandardItem(u"-"_s)});
    return model;
}

// What a column needs to show its contents whole (QTableView hides this public function).
int contents(const QAbstractItemView &view, int column)
{
    return view.sizeHintForColumn(column);
}

// Title or contents, whichever is wider: what a column needs to show both whole.
int wanted(ui::ListTable &view, int column)
{
    return qMax(contents(view, column), view.horizontalHeader()->sectionSizeHint(column));
}

int total(ui::ListTable &view)
{
    int sum = 0;
    for (int c = 0; c < Count; ++c)
        sum += view.columnWidth(c);
    return sum;
}

} // namespace

class TestListTable : public QObject
{
    Q_OBJECT

private slots:
    void init() { QSettings().clear(); }

    void wideEnoughShowsEverythingWhole()
    {
        ui::ListTable view(u"list"_s, u"test/header"_s);
        view.setModel(makeModel(&view));
        view.setElasticColumns({Url});
        view.resize(1400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        for (int c = Name; c < Notes; ++c)
            QVERIFY2(view.columnWidth(c) >= wanted(view, c), qPrintable(QString::number(c)));
        // The last column takes what is left: no gap, nothing to scroll.
        QVERIFY(view.columnWidth(Notes) > wanted(view, Notes));
        QCOMPARE(total(view), view.viewport()->width());
        QCOMPARE(view.horizontalScrollBar()->maximum(), 0);
        QVERIFY(view.fitsColumns());
        QCOMPARE(view.horizontalHeader()->sectionResizeMode(Name), QHeaderView::Interactive);
    }

    void narrowViewsShrinkElasticColumnsFirstThenTitles()
    {
        ui::ListTable view(u"list"_s, u"test/header"_s);
        view.setModel(makeModel(&view));
        view.setElasticColumns({Url, Name}); // the URL first
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const int all =
            wanted(view, Name) + wanted(view, Url) + wanted(view, Flag) + wanted(view, Notes);
        const int frame = view.width() - view.viewport()->width();
        const int floor = view.fontMetrics().averageCharWidth() * 12; // a dozen characters
        QVERIFY(wanted(view, Url) > floor + 40);
        QVERIFY(wanted(view, Name) > floor + 40);

        // A little too narrow: only the URL gives way.
        view.resize(all - 40 + frame, 300);
        QTRY_COMPARE(view.viewport()->width(), all - 40);
        QCOMPARE(view.columnWidth(Url), wanted(view, Url) - 40);
        QCOMPARE(view.columnWidth(Name), wanted(view, Name));
        QCOMPARE(view.columnWidth(Flag), wanted(view, Flag));
        QCOMPARE(total(view), view.viewport()->width());

        // Narrower: the URL down to a dozen characters, then the name.
        const int elastic = all - (wanted(view, Url) - floor) - 40;
        view.resize(elastic + frame, 300);
        QTRY_COMPARE(view.viewport()->width(), elastic);
        QCOMPARE(view.columnWidth(Url), floor);
        QCOMPARE(view.columnWidth(Name), wanted(view, Name) - 40);
        QCOMPARE(view.columnWidth(Flag), wanted(view, Flag));

        // Much too narrow: both down to a dozen characters, then the long title.
        const int titleSlack = wanted(view, Flag) - contents(view, Flag);
        QVERIFY(titleSlack > 40);
        const int narrow =
            all - (wanted(view, Url) - floor) - (wanted(view, Name) - floor) - titleSlack / 2;
        view.resize(narrow + frame, 300);
        QTRY_COMPARE(view.viewport()->width(), narrow);
        QCOMPARE(view.columnWidth(Url), floor);
        QCOMPARE(view.columnWidth(Name), floor);
        QVERIFY(view.columnWidth(Flag) < wanted(view, Flag));
        QVERIFY(view.columnWidth(Flag) >= contents(view, Flag)); // "No" stays whole
        QCOMPARE(total(view), view.viewport()->width());

        // The whole title in its tooltip, and the whole URL in the cell's.
        QHeaderView *header = view.horizontalHeader();
        const QPoint title(header->sectionViewportPosition(Flag) + 5, header->height() / 2);
        QHelpEvent titleHelp(QEvent::ToolTip, title, header->viewport()->mapToGlobal(title));
        QApplication::sendEvent(header->viewport(), &titleHelp);
        QTRY_COMPARE(QToolTip::text(), u"Accepts pushes from this remote node"_s);
        QToolTip::hideText();
        const QPoint cell = view.visualRect(view.model()->index(1, Url)).center();
        QHelpEvent cellHelp(QEvent::ToolTip, cell, view.viewport()->mapToGlobal(cell));
        QApplication::sendEvent(view.viewport(), &cellHelp);
        QTRY_COMPARE(QToolTip::text(), view.model()->index(1, Url).data().toString());
        QToolTip::hideText();
    }

    void newRowsRefitTheColumns()
    {
        ui::ListTable view(u"list"_s, u"test/header"_s);
        auto *model = makeModel(&view);
        view.setModel(model);
        view.resize(1400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        const int before = view.columnWidth(Name);
        model->appendRow({new QStandardItem(u"a repository with a much longer name"_s),
                          new QStandardItem(u"x"_s), new QStandardItem(u"No"_s),
                          new QStandardItem(u"-"_s)});
        QVERIFY(view.columnWidth(Name) > before);
        QVERIFY(view.columnWidth(Name) >= wanted(view, Name));
    }

    void columnsResizedByHandStaySoUntilFitted()
    {
        {
            ui::ListTable view(u"list"_s, u"test/header"_s);
            view.setModel(makeModel(&view));
            view.resize(1400, 300);
            view.show();
            QVERIFY(QTest::qWaitForWindowExposed(&view));
            view.horizontalHeader()->resizeSection(Name, 33);
            QVERIFY(!view.fitsColumns());
            view.resize(1200, 300);
            QTRY_COMPARE(view.width(), 1200);
            QCOMPARE(view.columnWidth(Name), 33);
        }
        // The next session restores them and leaves them alone.
        ui::ListTable view(u"list"_s, u"test/header"_s);
        view.setModel(makeModel(&view));
        view.resize(1400, 300);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        QVERIFY(!view.fitsColumns());
        QCOMPARE(view.columnWidth(Name), 33);

        view.fitColumns();
        QVERIFY(view.fitsColumns());
        QVERIFY(view.columnWidth(Name) >= wanted(view, Name));
        QCOMPARE(total(view), view.viewport()->width());
    }

    void selectionHelpers()
    {
        ui::ListTable view(u"list"_s, QString());
        view.setModel(makeModel(&view));
        QCOMPARE(view.selectedRow(), -1);
        QVERIFY(view.selectExistingRow(2));
        QCOMPARE(view.selectedRow(), 2);
        QVERIFY(!view.selectExistingRow(3));
        QVERIFY(!view.selectExistingRow(-1));
        QCOMPARE(view.selectedRow(), 2);
        QCOMPARE(view.selectionBehavior(), QAbstractItemView::SelectRows);
        QCOMPARE(view.selectionMode(), QAbstractItemView::SingleSelection);
        QCOMPARE(view.editTriggers(), QAbstractItemView::NoEditTriggers);
    }
};

S15N_GUI_TEST_MAIN(TestListTable)
#include "tst_listtable.moc"
