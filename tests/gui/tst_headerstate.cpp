// Window and column state outlive the window: a view's hidden, resized and moved columns come
// back in a new instance (the shared helper, and the Repositories page through it), and the main
// window reopens on the page and at the size it was left.
#include "mainwindow.h"
#include "models/repositorymodel.h"
#include "pages/repositoriespage.h"
#include "storage/node.h"
#include "widgets/headerstate.h"

#include <QHeaderView>
#include <QListWidget>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStandardItemModel>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <memory>

#include "guitestmain.h"

using namespace s15n;

class TestHeaderState : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void columnsComeBack();
    void keysAreSeparate();
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
        header->setSectionHidden(1, true);
        header->resizeSection(0, 123);
        header->moveSection(3, 0);
    } // never shown: saved as the view goes away
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
