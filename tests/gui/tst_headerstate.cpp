// Window and column state outlive the window: a view's hidden, resized and moved columns come
// back in a new instance (the shared helper, and the Repositories page through it), and the main
// window reopens on the page and at the size it was left. Only columns worth keeping are kept:
// a header never on screen saves nothing (its widths are Qt's defaults, not anybody's choice),
// and a state of other columns is not restored; so the Data page's columns, never shown in one
// session, are still sized to their contents in the next.
#include "mainwindow.h"
#include "models/repositorymodel.h"
#include "pages/datapage.h"
#include "pages/repositoriespage.h"
#include "storage/node.h"
#include "storage/nodesetup.h"
#include "widgets/headerstate.h"

#include <QHeaderView>
#include <QListWidget>
#include <QScopeGuard>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

#include "guitestmain.h"
#include "models/resourcetablemodel.h"

using namespace s15n;

class TestHeaderState : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void columnsComeBack();
    void keysAreSeparate();
    void aHeaderNeverShownSavesNothing();
    void aStateOfOtherColumnsIsNotRestored();
    void pagesNeverOpenedSaveNoColumns();
    void repositoriesPageRemembersItsColumns();
    void mainWindowRemembersPageAndGeometry();

private:
    QTemporaryDir m_dir;
    QString m_database;
};

void TestHeaderState::initTestCase()
{
    QVERIFY(m_dir.isValid());
    Result<DatabaseLocation> location =
        DatabaseLocation::parse(m_dir.filePath(QStringLiteral("node.sqlite")));
    QVERIFY2(location.ok(), qPrintable(location.message()));
    Result<std::unique_ptr<Node>> node = Node::create(location.value(), QStringLiteral("hq"), 1);
    QVERIFY2(node.ok(), qPrintable(node.message()));
    m_database = location.value().path;
}

void TestHeaderState::columnsComeBack()
{
    QStandardItemModel model(3, 4);
    const QString key = QStringLiteral("test/columns");
    {
        QTableView view;
        view.setModel(&model);
        QHeaderView *header = view.horizontalHeader();
        header->setSectionsMovable(true);
        QVERIFY(!ui::rememberHeaderState(header, key)); // nothing saved yet
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        header->setSectionHidden(1, true);
        header->resizeSection(0, 123);
        header->moveSection(3, 0);
    } // saved as the view goes away
    QVERIFY(!QSettings().value(key).toByteArray().isEmpty());

    QTableView view;
    view.setModel(&model);
    QHeaderView *header = view.horizontalHeader();
    QVERIFY(ui::rememberHeaderState(header, key));
    QVERIFY(header->isSectionHidden(1));
    QVERIFY(!header->isSectionHidden(2));
    QCOMPARE(header->sectionSize(0), 123);
    QCOMPARE(header->visualIndex(3), 0);
    QCOMPARE(header->logicalIndex(1), 0);
}

void TestHeaderState::keysAreSeparate()
{
    // One view showing two tables in turn (the Data page): each keeps its own columns.
    QStandardItemModel first(1, 3);
    QStandardItemModel second(1, 2);
    {
        QTableView view;
        view.setModel(&first);
        QHeaderView *header = view.horizontalHeader();
        ui::rememberHeaderState(header, QStringLiteral("test/first"));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        header->setSectionHidden(2, true);
        ui::rememberHeaderState(header, QString()); // the model is about to change
        view.setModel(&second);
        QVERIFY(!ui::rememberHeaderState(header, QStringLiteral("test/second")));
        header->resizeSection(1, 77);
    }
    QTableView view;
    view.setModel(&first);
    QVERIFY(ui::rememberHeaderState(view.horizontalHeader(), QStringLiteral("test/first")));
    QVERIFY(view.horizontalHeader()->isSectionHidden(2));
    view.setModel(&second);
    QVERIFY(ui::rememberHeaderState(view.horizontalHeader(), QStringLiteral("test/second")));
    QCOMPARE(view.horizontalHeader()->sectionSize(1), 77);
    QVERIFY(!view.horizontalHeader()->isSectionHidden(1));
}

void TestHeaderState::aHeaderNeverShownSavesNothing()
{
    // A page builds its views at start and may size them; one never opened keeps Qt's
    // defaults (100 px), which must not come back next time as if somebody chose them.
    QStandardItemModel model(3, 4);
    const QString key = QStringLiteral("test/neverShown");
    {
        QTableView view;
        view.setModel(&model);
        QHeaderView *header = view.horizontalHeader();
        header->setStretchLastSection(true);
        QVERIFY(!ui::rememberHeaderState(header, key));
        header->resizeSection(0, 55);      // sized by its page, but never on screen
        QCoreApplication::processEvents(); // the view's delayed layout
        ui::saveHeaderState(header);
    }
    QVERIFY(!QSettings().contains(key));

    // Shown, it is saved: what people saw is what they get back.
    {
        QTableView view;
        view.setModel(&model);
        QVERIFY(!ui::rememberHeaderState(view.horizontalHeader(), key));
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.horizontalHeader()->resizeSection(0, 66);
    }
    QTableView view;
    view.setModel(&model);
    QVERIFY(ui::rememberHeaderState(view.horizontalHeader(), key));
    QCOMPARE(view.horizontalHeader()->sectionSize(0), 66);
}

void TestHeaderState::aStateOfOtherColumnsIsNotRestored()
{
    QStandardItemModel four(1, 4);
    const QString key = QStringLiteral("test/otherColumns");
    {
        QTableView view;
        view.setModel(&four);
        ui::rememberHeaderState(view.horizontalHeader(), key);
        view.show();
        QVERIFY(QTest::qWaitForWindowExposed(&view));
        view.horizontalHeader()->resizeSection(0, 123);
        view.horizontalHeader()->setSectionHidden(2, true);
    }
    // The table has a column less now (a resource's table changed): its columns are sized
    // anew, not given the old ones' widths and hidden flags.
    QStandardItemModel three(1, 3);
    QTableView view;
    view.setModel(&three);
    QHeaderView *header = view.horizontalHeader();
    QVERIFY(!ui::rememberHeaderState(header, key));
    QCOMPARE(header->sectionSize(0), header->defaultSectionSize());
    QVERIFY(!header->isSectionHidden(2));

    // A state saved by an older version, without its number of columns, may be one of a
    // header never sized: not restored either.
    QSettings().remove(key + QStringLiteral("Columns"));
    QTableView again;
    again.setModel(&four);
    QVERIFY(!ui::rememberHeaderState(again.horizontalHeader(), key));
    QCOMPARE(again.horizontalHeader()->sectionSize(0), header->defaultSectionSize());
}

// The reviewer's steps: start on the Settings page, quit without opening the Data or Changes
// page; nothing is saved for their columns, and at the next start the Data page sizes its
// columns to their contents (not 100 px each).
void TestHeaderState::pagesNeverOpenedSaveNoColumns()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Result<DatabaseLocation> location =
        DatabaseLocation::parse(dir.filePath(QStringLiteral("sample.sqlite")));
    QVERIFY(location.ok());
    {
        Result<std::unique_ptr<Node>> node =
            NodeSetup::create(location.value(), QStringLiteral("clinic"), 0, true);
        QVERIFY2(node.ok(), qPrintable(node.message()));
    }
    qputenv("S15N_DB", location.value().path.toUtf8());
    const auto unset = qScopeGuard([] { qunsetenv("S15N_DB"); });
    QSettings().remove(QStringLiteral("dataPage"));
    QSettings().remove(QStringLiteral("changesPage"));
    {
        ui::MainWindow window;
        QVERIFY(window.node());
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showPage(QStringLiteral("settingsPage")));
        // The desktop's font changes meanwhile (a theme): every header, shown or not, lays
        // itself out again.
        QFont font = window.font();
        font.setPointSizeF(font.pointSizeF() + 1);
        window.setFont(font);
        QTest::qWait(50);
    }
    QSettings settings;
    for (const QString &k : settings.allKeys())
        QVERIFY2(!k.startsWith(QStringLiteral("dataPage/")) &&
                     !k.startsWith(QStringLiteral("changesPage/changes")),
                 qPrintable(k));

    ui::MainWindow window;
    QVERIFY(window.node());
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.showPage(QStringLiteral("dataPage")));
    auto *page = window.findChild<ui::DataPage *>(QStringLiteral("dataPage"));
    QVERIFY(page);
    QVERIFY(page->showTable(QStringLiteral("items")));
    auto *view = page->findChild<QTableView *>(QStringLiteral("dataView"));
    QVERIFY(view);
    const QAbstractItemView *items = view; // QTableView hides sizeHintForColumn()
    const int name = page->model()->fieldIndex(QStringLiteral("name"));
    QVERIFY(name >= 0);
    QTRY_VERIFY2(view->columnWidth(name) >= qMin(items->sizeHintForColumn(name), 320),
                 qPrintable(QString::number(view->columnWidth(name))));
    QVERIFY(view->columnWidth(name) != view->horizontalHeader()->defaultSectionSize());
}

void TestHeaderState::repositoriesPageRemembersItsColumns()
{
    Result<DatabaseLocation> location = DatabaseLocation::parse(m_database);
    QVERIFY(location.ok());
    Result<std::unique_ptr<Node>> node = Node::open(location.value(), QString());
    QVERIFY2(node.ok(), qPrintable(node.message()));
    const int proxy = int(ui::RepositoryModel::Column::Proxy);
    const int lastSync = int(ui::RepositoryModel::Column::LastSync);
    {
        ui::RepositoriesPage page(*node.value());
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *view = page.findChild<QTableView *>(QStringLiteral("repoView"));
        QVERIFY(view);
        QHeaderView *header = view->horizontalHeader();
        QVERIFY(header->sectionsMovable());
        QVERIFY(!header->isSectionHidden(proxy));
        header->moveSection(header->visualIndex(lastSync), 1);
        header->setSectionHidden(proxy, true);
    } // closed while shown
    ui::RepositoriesPage again(*node.value());
    auto *view = again.findChild<QTableView *>(QStringLiteral("repoView"));
    QVERIFY(view);
    QVERIFY(view->horizontalHeader()->isSectionHidden(proxy));
    QCOMPARE(view->horizontalHeader()->visualIndex(lastSync), 1);
}

void TestHeaderState::mainWindowRemembersPageAndGeometry()
{
    qputenv("S15N_DB", m_database.toUtf8());
    const QSize size(1000, 720); // not the default 960x640, and above the minimum size
    QSize left;
    int navigationWidth = 0;
    {
        ui::MainWindow window;
        QVERIFY(window.node());
        window.resize(size);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showPage(QStringLiteral("logPage")));
        auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
        QVERIFY(splitter);
        splitter->setSizes({120, size.width() - 120});
        navigationWidth = splitter->sizes().constFirst();
        left = window.size();
    }
    QVERIFY(left.width() >= size.width() && left.height() >= size.height());
    ui::MainWindow window;
    QVERIFY(window.node());
    auto *pages = window.findChild<QStackedWidget *>();
    QVERIFY(pages && pages->currentWidget());
    QCOMPARE(pages->currentWidget()->objectName(), QStringLiteral("logPage"));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    QCOMPARE(navigation->currentItem()->data(Qt::UserRole).toString(), QStringLiteral("logPage"));
    QCOMPARE(window.size(), left);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    QVERIFY(splitter);
    QCOMPARE(splitter->sizes().constFirst(), navigationWidth);
}

S15N_GUI_TEST_MAIN(TestHeaderState)
#include "tst_headerstate.moc"
