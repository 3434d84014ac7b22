// The admin application as a new administrator meets it, through one MainWindow and its own
// widgets (found by objectName, clicked, typed into): create the node on the first-run page,
// add a repository against a real `s15n serve` parent, add resources from the remote's
// catalogue, add a job and Run now, find the run on the Log page, see a conflict and a plain
// change on the Changes page, push the plain one (it arrives at the parent) and take theirs for
// the conflict (answering the question in its message box).
#include "dialogs/jobdialog.h"
#include "dialogs/repositorydialog.h"
#include "dialogs/resourcedialog.h"
#include "mainwindow.h"
#include "models/changesmodel.h"
#include "models/jobmodel.h"
#include "models/logmodel.h"
#include "models/repositorymodel.h"
#include "models/resourcemodel.h"
#include "pages/changespage.h"
#include "pages/firstrunpage.h"
#include "pages/repositoriespage.h"
#include "pages/resourcestab.h"
#include "pages/scheduletab.h"
#include "storage/node.h"

#include "httptest.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSpinBox>
#include <QStackedWidget>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include "guitestmain.h"

using namespace s15n;
using namespace s15n::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 30000; // an upper bound for one step that talks to the parent

template <typename T> T *child(QObject *parent, const char *name)
{
    auto *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no widget %s", name);
    return w;
}

// Replaces a line edit's text by typing.
void type(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

// Replaces a spin box's value by typing.
void type(QSpinBox *spin, int value)
{
    spin->setFocus();
    spin->selectAll();
    QTest::keyClicks(spin, QString::number(value));
}

// Clicks the navigation entry of page `name`; true once that page shows.
bool goTo(ui::MainWindow &window, const QString &name)
{
    auto *navigation = window.findChild<QListWidget *>(u"navigation"_s);
    auto *pages = window.findChild<QStackedWidget *>();
    const int row = window.pageNames().indexOf(name);
    if (!navigation || !pages || row < 0)
        return false;
    const QRect rect = navigation->visualItemRect(navigation->item(row));
    QTest::mouseClick(navigation->viewport(), Qt::LeftButton, {}, rect.center());
    return pages->currentWidget() && pages->currentWidget()->objectName() == name;
}

// Clicks the tab that shows `page` in `tabs`.
bool clickTab(QTabWidget *tabs, QWidget *page)
{
    const int index = tabs->indexOf(page);
    if (index < 0)
        return false;
    QTest::mouseClick(tabs->tabBar(), Qt::LeftButton, {}, tabs->tabBar()->tabRect(index).center());
    return tabs->currentIndex() == index;
}

// Clicks row `row` of a table view; true if it is then the only selected row.
bool clickRow(QTableView *view, int row)
{
    const QModelIndex index = view->model()->index(row, 0);
    view->scrollTo(index);
    const QRect rect = view->visualRect(index);
    if (!view->viewport()->rect().contains(rect.center()))
        return false;
    QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, rect.center());
    const QModelIndexList rows = view->selectionModel()->selectedRows();
    return rows.size() == 1 && rows.first().row() == row;
}

// Watches for message boxes (a modal QMessageBox would otherwise block the test until ctest's
// timeout): one the test expects is answered with Yes, any other is recorded and closed.
class MessageBoxWatcher : public QObject
{
public:
    MessageBoxWatcher()
    {
        m_timer.setInterval(20);
        QObject::connect(&m_timer, &QTimer::timeout, this, [this] {
            auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
            if (!box || box->property("s15nSeen").toBool())
                return;
            box->setProperty("s15nSeen", true);
            if (m_expected > 0) {
                --m_expected;
                answered << box->text();
                if (QAbstractButton *yes = box->button(QMessageBox::Yes))
                    yes->click();
                else
                    box->reject();
            } else {
                unexpected << box->windowTitle() + u": "_s + box->text();
                box->reject();
            }
        });
        m_timer.start();
    }
    // The next message box is a question the test answers with Yes.
    void expectQuestion() { ++m_expected; }

    QStringList answered;
    QStringList unexpected;

private:
    QTimer m_timer;
    int m_expected = 0;
};

QString itemName(const ExchangeNode &node, const QString &code)
{
    QString name;
    valueOf(node, u"SELECT name FROM items WHERE code = '%1'"_s.arg(code), &name);
    return name;
}

void setItemName(const ExchangeNode &node, const QString &code, const QString &name)
{
    sql(node, u"UPDATE items SET name = '%1' WHERE code = '%2';"_s.arg(name, code));
}

// Every item as "code=name", in code order: what must be the same on both nodes.
QString allItems(const ExchangeNode &node)
{
    QString items;
    valueOf(node,
            u"SELECT count(*) || ':' || coalesce(group_concat(code || '=' || name, ','), '') "
            "FROM (SELECT code, name FROM items ORDER BY code)"_s,
            &items);
    return items;
}

} // namespace

class TestAdminFlow : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    ExchangeNode m_parent;
    ServerProcess m_server;
    ExchangeNode m_child;
    MessageBoxWatcher m_boxes;

    void createNode(ui::MainWindow &window);
    void addRepository(ui::MainWindow &window);
    void addResourceFromRemote(ui::RepositoriesPage *page, const QString &table);
    void addAndRunJob(ui::MainWindow &window);
    void findTheRunInTheLog(ui::MainWindow &window);
    // Clicks an action button of the Changes page and waits for its end and the refresh after.
    void act(ui::ChangesPage *page, QPushButton *button, bool *ok);
    void refreshChanges(ui::ChangesPage *page);

private slots:
    void initTestCase();
    void cleanupTestCase();
    void clickThroughAsANewAdministrator();
    void cleanup();
};

void TestAdminFlow::cleanup()
{
    // A message box nobody expected is a failure, and says what went wrong.
    if (!m_boxes.unexpected.isEmpty())
        QFAIL(qPrintable(u"unexpected message boxes: "_s + m_boxes.unexpected.join(u" | "_s)));
}

void TestAdminFlow::initTestCase()
{
    QVERIFY(m_home.isValid());
    // The passwords go to a file of this test's own (mode 0600), not to a keychain.
    qputenv("S15N_CREDENTIALS_FILE", m_home.filePath(u"credentials"_s).toUtf8());
    CHECKED(makeNode(&m_parent, m_home.path(), u"P"_s, Backend::Sqlite, Content::SampleData));
    CHECKED(addAccount(m_parent, kAccount, kPassword));
    CHECKED(startServer(m_parent, &m_server, {u"--no-worker"_s}));
}

void TestAdminFlow::cleanupTestCase()
{
    stopServer(&m_server);
}

// 1. The first-run page: name, sync id, where; Create; the window switches to the pages.
void TestAdminFlow::createNode(ui::MainWindow &window)
{
    QPointer<ui::FirstRunPage> firstRun = window.findChild<ui::FirstRunPage *>();
    QVERIFY2(firstRun, "no first-run page for a database that does not exist");
    QVERIFY(!window.node());
    QSignalSpy ready(firstRun, &ui::FirstRunPage::nodeReady);
    type(child<QLineEdit>(firstRun, "firstRunName"), u"field office"_s);
    type(child<QSpinBox>(firstRun, "firstRunSyncId"), 2);
    type(child<QLineEdit>(firstRun, "firstRunSqlitePath"), m_child.db);
    QTest::mouseClick(child<QPushButton>(firstRun, "firstRunCreate"), Qt::LeftButton);
    if (!ready.wait(kWaitMs)) {
        QFAIL(qPrintable(u"no node after Create; the page says: "_s +
                         (firstRun ? child<QLabel>(firstRun, "firstRunMessage")->text()
                                   : u"(gone)"_s)));
    }
    QTRY_VERIFY_WITH_TIMEOUT(window.node(), kWaitMs);
    QCOMPARE(window.node()->identity().name, u"field office"_s);
    QCOMPARE(window.node()->identity().syncId, 2);
    QVERIFY(window.findChild<QListWidget *>(u"navigation"_s));
    QVERIFY(window.pageNames().contains(u"repositoriesPage"_s));
    m_child.uuid = window.node()->identity().uuid.toString(QUuid::WithoutBraces);
    VERIFY_MENTIONS(child<QLabel>(&window, "nodeLabel")->text(), (QStringList{u"field office"_s}));
    VERIFY_MENTIONS(child<QLabel>(&window, "nodeLabel")->toolTip(),
                    (QStringList{u"field office"_s, m_child.uuid}));
}

// 3. Repositories page: Add..., the dialog filled in, OK; listed and registered.
void TestAdminFlow::addRepository(ui::MainWindow &window)
{
    QVERIFY(goTo(window, u"repositoriesPage"_s));
    auto *page = child<ui::RepositoriesPage>(&window, "repositoriesPage");
    QTest::mouseClick(child<QPushButton>(page, "repoAdd"), Qt::LeftButton);
    QPointer<ui::RepositoryDialog> dialog = page->findChild<ui::RepositoryDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    type(child<QLineEdit>(dialog, "repoName"), u"parent"_s);
    type(child<QLineEdit>(dialog, "repoUrl"), m_server.url);
    type(child<QLineEdit>(dialog, "repoUser"), kAccount);
    type(child<QLineEdit>(dialog, "repoPassword"), kPassword);
    QSignalSpy stored(dialog, &ui::RepositoryDialog::stored);
    QSignalSpy closed(dialog, &QObject::destroyed);
    QTest::mouseClick(child<QPushButton>(dialog, "repoOk"), Qt::LeftButton);
    QVERIFY2(stored.wait(kWaitMs), qPrintable(dialog ? dialog->message() : u"(closed)"_s));
    QVERIFY2(!stored.first().at(2).toBool(), qPrintable(stored.first().at(1).toString()));
    QVERIFY(!closed.isEmpty() || closed.wait(5000));

    const ui::RepositoryModel &model = *page->model();
    const int row = model.rowOf(u"parent"_s);
    QVERIFY(row >= 0);
    QVERIFY(model.repository(row).registered);
    QCOMPARE(model.index(row, int(ui::RepositoryModel::Column::Registered)).data().toString(),
             u"Yes"_s);
    QCOMPARE(page->selectedName(), u"parent"_s);
    QVERIFY2(!page->statusIsError(), qPrintable(page->statusText()));
    VERIFY_MENTIONS(page->statusText(), (QStringList{u"registered"_s}));
}

// 4. Resources tab: "Add from the remote's catalogue...", choose the table, OK.
void TestAdminFlow::addResourceFromRemote(ui::RepositoriesPage *page, const QString &table)
{
    ui::ResourcesTab *tab = page->resourcesTab();
    QCOMPARE(tab->repository(), u"parent"_s);
    auto *addRemote = child<QPushButton>(tab, "resourceAddRemote");
    QVERIFY(addRemote->isEnabled());
    QSignalSpy fetched(tab, &ui::ResourcesTab::catalogueFetched);
    QTest::mouseClick(addRemote, Qt::LeftButton);
    QVERIFY(fetched.wait(kWaitMs));
    QVERIFY2(fetched.first().at(0).toBool(), qPrintable(fetched.first().at(1).toString()));
    QPointer<ui::ResourceDialog> dialog = tab->remoteDialog();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    auto *tables = child<QComboBox>(dialog, "resTable");
    const int index = tables->findText(table);
    QVERIFY2(index >= 0, qPrintable(u"the catalogue offers no %1"_s.arg(table)));
    tables->setCurrentIndex(index);
    QSignalSpy stored(dialog, &ui::ResourceDialog::stored);
    QSignalSpy closed(dialog, &QObject::destroyed);
    QTest::mouseClick(child<QPushButton>(dialog, "resOk"), Qt::LeftButton);
    QVERIFY2(stored.count() > 0 || stored.wait(kWaitMs),
             qPrintable(dialog ? dialog->message() : u"(closed)"_s));
    QVERIFY(!closed.isEmpty() || closed.wait(5000));
    QVERIFY2(tab->model()->rowOf(table) >= 0, qPrintable(tab->statusText()));
    QVERIFY2(!tab->statusIsError(), qPrintable(tab->statusText()));
}

// 5. Schedule tab: Add job... every 1 h, OK; it is selected; Run now; the rows arrive.
void TestAdminFlow::addAndRunJob(ui::MainWindow &window)
{
    auto *page = child<ui::RepositoriesPage>(&window, "repositoriesPage");
    ui::ScheduleTab *tab = page->scheduleTab();
    QVERIFY(clickTab(page->tabs(), tab));
    QCOMPARE(tab->repository(), u"parent"_s);
    QTest::mouseClick(child<QPushButton>(tab, "jobAdd"), Qt::LeftButton);
    QPointer<ui::JobDialog> dialog = tab->findChild<ui::JobDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    type(child<QSpinBox>(dialog, "jobEvery"), 1);
    auto *unit = child<QComboBox>(dialog, "jobEveryUnit");
    unit->setCurrentIndex(unit->findData(qint64(3600)));
    QCOMPARE(unit->currentData().toLongLong(), 3600);
    QSignalSpy stored(dialog, &ui::JobDialog::stored);
    QTest::mouseClick(child<QPushButton>(dialog, "jobOk"), Qt::LeftButton);
    QVERIFY2(stored.count() == 1, qPrintable(dialog ? dialog->message() : u"(closed)"_s));
    const qint64 id = stored.first().at(0).toLongLong();
    QCOMPARE(tab->model()->rowCount(), 1);
    QVERIFY(clickRow(child<QTableView>(tab, "jobView"), 0));
    QCOMPARE(tab->selectedJob(), id);

    auto *runNow = child<QPushButton>(tab, "jobRunNow");
    QVERIFY(runNow->isEnabled());
    QSignalSpy finished(tab, &ui::ScheduleTab::runFinished);
    QTest::mouseClick(runNow, Qt::LeftButton);
    QVERIFY(finished.wait(60000));
    QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));
    QVERIFY2(!tab->statusIsError(), qPrintable(tab->statusText()));
    QTRY_VERIFY_WITH_TIMEOUT(!tab->isBusy(), kWaitMs);

    const QString parentItems = allItems(m_parent);
    QVERIFY(!parentItems.startsWith(u"0:"_s));
    QCOMPARE(allItems(m_child), parentItems);
}

// 6. Log page: the repository and "job" in the filter; the run is there, a success.
void TestAdminFlow::findTheRunInTheLog(ui::MainWindow &window)
{
    QVERIFY(goTo(window, u"logPage"_s));
    QWidget *page = child<QWidget>(&window, "logPage");
    auto *view = child<QTableView>(page, "logView");
    auto *model = qobject_cast<ui::LogModel *>(view->model());
    QVERIFY(model);
    auto *repository = child<QComboBox>(page, "logRepository");
    const int parentIndex = repository->findData(u"parent"_s);
    QVERIFY2(parentIndex >= 0, "the Log page does not offer the new repository");
    repository->setCurrentIndex(parentIndex);
    type(child<QLineEdit>(page, "logFilter"), u"job"_s);
    QTest::keyClick(child<QLineEdit>(page, "logFilter"), Qt::Key_Return);

    using Column = ui::LogModel::Column;
    const auto jobRow = [model] {
        for (int row = 0; row < model->rowCount(); ++row) {
            if (model->index(row, int(Column::Action)).data().toString() == u"job"_s)
                return row;
        }
        return -1;
    };
    QTRY_VERIFY_WITH_TIMEOUT(jobRow() >= 0, 10000);
    const int row = jobRow();
    QCOMPARE(model->index(row, int(Column::Repository)).data().toString(), u"parent"_s);
    QCOMPARE(model->index(row, 0).data(ui::LogModel::ResultRole).toInt(),
             int(LogResult::Success));
    for (int r = 0; r < model->rowCount(); ++r)
        QCOMPARE(model->index(r, int(Column::Repository)).data().toString(), u"parent"_s);
    QVERIFY(clickRow(view, row));
}

void TestAdminFlow::refreshChanges(ui::ChangesPage *page)
{
    QSignalSpy refreshed(page, &ui::ChangesPage::refreshed);
    QTest::mouseClick(child<QPushButton>(page, "changesRefresh"), Qt::LeftButton);
    QVERIFY(refreshed.count() > 0 || refreshed.wait(kWaitMs));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), kWaitMs);
}

void TestAdminFlow::act(ui::ChangesPage *page, QPushButton *button, bool *ok)
{
    QSignalSpy finished(page, &ui::ChangesPage::actionFinished);
    QSignalSpy refreshed(page, &ui::ChangesPage::refreshed);
    QVERIFY(button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(finished.count() > 0 || finished.wait(kWaitMs));
    *ok = finished.first().at(0).toBool();
    QVERIFY(refreshed.count() > 0 || refreshed.wait(kWaitMs));
    QTRY_VERIFY_WITH_TIMEOUT(!page->isBusy(), kWaitMs);
}

void TestAdminFlow::clickThroughAsANewAdministrator()
{
    m_child.name = u"C"_s;
    m_child.backend = Backend::Sqlite;
    m_child.db = m_home.filePath(u"child/field-office.sqlite"_s);
    m_child.env = QProcessEnvironment::systemEnvironment();
    QVERIFY(QDir().mkpath(QFileInfo(m_child.db).absolutePath()));
    QVERIFY(!QFile::exists(m_child.db));
    qputenv("S15N_DB", QFile::encodeName(m_child.db));

    ui::MainWindow window;
    window.resize(1280, 1000);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    // 1. A new node.
    CHECKED(createNode(window));

    // 2. The sample tables, without rows, in the new node's database (as README's "A first
    //    exchange" makes them with sqlite3).
    CHECKED(sql(m_child, sampleSchema(Backend::Sqlite)));

    // 3. The parent as a repository.
    CHECKED(addRepository(window));
    auto *repositories = child<ui::RepositoriesPage>(&window, "repositoriesPage");

    // 4. Resources from the parent's catalogue, parents first.
    QVERIFY(clickTab(repositories->tabs(), repositories->resourcesTab()));
    for (const QString &table : {u"stores"_s, u"names"_s, u"items"_s})
        CHECKED(addResourceFromRemote(repositories, table));

    // 5. A job, run now.
    CHECKED(addAndRunJob(window));

    // 6. Its entry on the Log page.
    CHECKED(findTheRunInTheLog(window));

    // 7. A conflict and a plain change: the child renames two items, the parent one of them.
    CHECKED(setItemName(m_child, u"ORS"_s, u"child ORS"_s));
    CHECKED(setItemName(m_child, u"PARA500"_s, u"child PARA"_s));
    CHECKED(setItemName(m_parent, u"ORS"_s, u"parent ORS"_s));
    QString ors, para;
    CHECKED(uuidOf(m_child, u"items"_s, u"ORS"_s, &ors));
    CHECKED(uuidOf(m_child, u"items"_s, u"PARA500"_s, &para));

    QVERIFY(goTo(window, u"changesPage"_s));
    auto *changes = child<ui::ChangesPage>(&window, "changesPage");
    QAbstractItemModelTester withoutTester(changes->withoutModel());
    QAbstractItemModelTester withTester(changes->withModel());
    QCOMPARE(child<QComboBox>(changes, "changesRepository")->currentText(), u"parent"_s);
    auto *message = child<QLabel>(changes, "changesMessage");
    CHECKED(refreshChanges(changes));
    QVERIFY2(changes->withoutModel()->rowCount() == 1, qPrintable(message->text()));
    QCOMPARE(changes->withoutModel()->item(0).rowUuid, para);
    QCOMPARE(changes->withModel()->rowCount(), 1);
    QCOMPARE(changes->withModel()->item(0).rowUuid, ors);

    // 8. Push the plain change (not asked): the parent has the child's name.
    QVERIFY(clickRow(child<QTableView>(changes, "changesWithout"), 0));
    bool ok = false;
    CHECKED(act(changes, child<QPushButton>(changes, "changesPush"), &ok));
    QVERIFY2(ok, qPrintable(message->text()));
    QCOMPARE(itemName(m_parent, u"PARA500"_s), u"child PARA"_s);
    QCOMPARE(changes->withoutModel()->rowCount(), 0);
    QCOMPARE(changes->withModel()->rowCount(), 1);

    // 9. Take theirs for the conflict, answering Yes in the question's message box: the child
    //    has the parent's name, and nothing is left to push.
    QVERIFY(clickRow(child<QTableView>(changes, "changesWith"), 0));
    m_boxes.expectQuestion();
    CHECKED(act(changes, child<QPushButton>(changes, "changesTakeTheirs"), &ok));
    QCOMPARE(m_boxes.answered.size(), 1);
    VERIFY_MENTIONS(m_boxes.answered.first(), (QStringList{u"remote"_s}));
    QVERIFY2(ok, qPrintable(message->text()));
    QCOMPARE(itemName(m_child, u"ORS"_s), u"parent ORS"_s);
    QCOMPARE(itemName(m_parent, u"ORS"_s), u"parent ORS"_s);
    CHECKED(refreshChanges(changes));
    QCOMPARE(changes->withoutModel()->rowCount(), 0);
    QCOMPARE(changes->withModel()->rowCount(), 0);
    QCOMPARE(changes->heldModel()->rowCount(), 0);
    QCOMPARE(allItems(m_child), allItems(m_parent));
}

S15N_GUI_TEST_MAIN(TestAdminFlow)
#include "tst_adminflow.moc"
