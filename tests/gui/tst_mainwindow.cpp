// The main window: with a node it shows the pages and the node in the status bar, the list of
// pages as wide as its entries in every language; without one it shows the first-run page,
// and creating a node there opens it. A PostgreSQL node is opened without freezing the
// window: the opening page ("Opening ..." with Cancel), then the pages or, when the server
// cannot be reached, the first-run page saying why, with the node proposed for another try.
// Its menu bar is a desktop application's: File > Quit (Ctrl+Q), Go > the pages (Ctrl+1...,
// which ask before dropping the Data page's edits), Help > About.
#include "mainwindow.h"

#include "models/resourcetablemodel.h"
#include "pages/datapage.h"
#include "pages/firstrunpage.h"
#include "pages/openingpage.h"
#include "storage/node.h"
#include "storage/nodesetup.h"
#include "testnode.h"
#include "translations.h"

#include <QAction>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QSplitter>
#include <QStackedWidget>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QThreadPool>
#include <QtTest>

#include "guitestmain.h"

using namespace s15n;

namespace {

constexpr int kWaitMs = 30000; // an upper bound, never a pause

// A PostgreSQL "server" on 127.0.0.1 that takes connections and never answers, as one behind
// a firewall that drops packets would look, until hangUp().
class SilentServer
{
public:
    bool listen()
    {
        QObject::connect(&m_server, &QTcpServer::newConnection, &m_server, [this] {
            while (m_server.hasPendingConnections())
                m_held << m_server.nextPendingConnection();
        });
        return m_server.listen(QHostAddress::LocalHost);
    }
    quint16 port() const { return m_server.serverPort(); }
    bool connected() const { return !m_held.isEmpty(); }
    void hangUp()
    {
        m_server.close(); // a retry is refused
        qDeleteAll(m_held);
        m_held.clear();
    }

private:
    QTcpServer m_server;
    QList<QTcpSocket *> m_held;
};

// A port on 127.0.0.1 where nothing listens (one that was free a moment ago).
quint16 closedPort()
{
    QTcpServer probe;
    if (!probe.listen(QHostAddress::LocalHost))
        return 1;
    const quint16 port = probe.serverPort();
    probe.close();
    return port;
}

QString postgresUrl(quint16 port)
{
    return QStringLiteral("postgresql://nobody@127.0.0.1:%1/nothing").arg(port);
}

// Once a modal message box shows, records its text and clicks `button` in it.
void answerMessageBox(QMessageBox::StandardButton button, QString *text)
{
    auto *poll = new QTimer;
    poll->setInterval(10);
    QObject::connect(poll, &QTimer::timeout, poll, [poll, button, text] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        poll->stop();
        poll->deleteLater();
        *text = box->text();
        if (QAbstractButton *b = box->button(button))
            b->click();
        else
            box->reject();
    });
    poll->start();
}

QMenu *menuNamed(ui::MainWindow &window, const char *name)
{
    return window.menuBar()->findChild<QMenu *>(QString::fromLatin1(name));
}

// Makes an icon theme named `theme` under `dir` holding `names` (16x16 PNGs), and makes it the
// application's; the theme before comes back when the returned guard goes.
auto useIconTheme(const QString &dir, const QString &theme, const QStringList &names)
{
    const QStringList searchPaths = QIcon::themeSearchPaths();
    const QString before = QIcon::themeName();
    const QDir themes(dir);
    themes.mkpath(theme + QStringLiteral("/16x16/actions"));
    QFile index(themes.filePath(theme + QStringLiteral("/index.theme")));
    if (index.open(QIODevice::WriteOnly))
        index.write("[Icon Theme]\nName=test\nDirectories=16x16/actions\n\n"
                    "[16x16/actions]\nSize=16\nType=Fixed\n");
    index.close();
    QImage image(16, 16, QImage::Format_ARGB32);
    image.fill(Qt::darkBlue);
    for (const QString &name : names)
        image.save(themes.filePath(theme + QStringLiteral("/16x16/actions/") + name +
                                   QStringLiteral(".png")));
    QIcon::setThemeSearchPaths({dir});
    QIcon::setThemeName(theme);
    return qScopeGuard([searchPaths, before] {
        QIcon::setThemeSearchPaths(searchPaths);
        QIcon::setThemeName(before);
    });
}

// A SQLite node with the sample data (shared tables for the Data page) at `path`.
bool makeSampleNode(const QString &path)
{
    const Result<std::unique_ptr<Node>> node =
        NodeSetup::create(DatabaseLocation::parse(path).value(), QStringLiteral("sample"), 2, true);
    if (!node)
        qWarning("%s", qPrintable(node.message()));
    return node.ok();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void cleanup();
    void showsTheNodeAndItsPages();
    void showsFirstRunWithoutANode();
    void firstRunOpensTheNewNode();
    void navigationFitsItsEntries_data();
    void navigationFitsItsEntries();
    void unreachableServerDoesNotFreezeTheWindow_data();
    void unreachableServerDoesNotFreezeTheWindow();
    void openingCanBeCancelled();
    void opensAPostgresNode();
    void openingPageSaysWhatHappened();
    void menusOfADesktopApplication();
    void shortcutsAndGoMenuSwitchPages();
    void goAsksBeforeDroppingDataEdits();
    void quitClosesTheWindow();
    void aboutSaysVersionAndLicence();
    void iconsComeFromTheDesktopTheme();
};

void TestMainWindow::cleanup()
{
    qunsetenv("S15N_DB");
    // An open check still running would answer a window of the next test.
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
}

void TestMainWindow::showsTheNodeAndItsPages()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    Result<DatabaseLocation> location =
        DatabaseLocation::parse(dir.filePath(QStringLiteral("n.sqlite")));
    QVERIFY(location.ok());
    Result<std::unique_ptr<Node>> node =
        Node::create(location.value(), QStringLiteral("clinic"), 3);
    QVERIFY2(node.ok(), qPrintable(node.message()));
    const QString uuid = node.value()->identity().uuid.toString(QUuid::WithoutBraces);
    node.value().reset();

    qputenv("S15N_DB", location.value().path.toUtf8());
    ui::MainWindow window;
    QVERIFY(window.node());
    auto *label = window.findChild<QLabel *>(QStringLiteral("nodeLabel"));
    QVERIFY(label);
    QVERIFY2(label->toolTip().contains(uuid), qPrintable(label->toolTip()));
    QVERIFY(label->text().contains(QStringLiteral("clinic")));
    QVERIFY(!window.findChild<ui::FirstRunPage *>());

    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    auto *pages = window.findChild<QStackedWidget *>();
    QVERIFY(navigation && pages);
    QCOMPARE(navigation->count(), pages->count());
    for (const char *name :
         {"repositoriesPage", "childrenPage", "changesPage", "dataPage", "logPage",
          "settingsPage"}) {
        QVERIFY2(window.showPage(QString::fromLatin1(name)), name);
        QCOMPARE(pages->currentWidget()->objectName(), QString::fromLatin1(name));
    }
    QVERIFY(!window.showPage(QStringLiteral("noSuchPage")));
}

void TestMainWindow::showsFirstRunWithoutANode()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
    qputenv("S15N_DB", path.toUtf8());
    ui::MainWindow window;
    QVERIFY(!window.node());
    auto *page = window.findChild<ui::FirstRunPage *>();
    QVERIFY(page);
    QVERIFY(!window.findChild<QListWidget *>(QStringLiteral("navigation")));
    QVERIFY(!QFile::exists(path)); // looking must not create a database
    // The page's title says there is no node; its message does not say it again.
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *message = page->findChild<QLabel *>(QStringLiteral("firstRunMessage"));
    QVERIFY(message);
    QVERIFY2(!message->isVisibleTo(page), qPrintable(message->text()));
}

void TestMainWindow::firstRunOpensTheNewNode()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("new.sqlite"));
    qputenv("S15N_DB", path.toUtf8());
    ui::MainWindow window;
    auto *page = window.findChild<ui::FirstRunPage *>();
    QVERIFY(page);
    QSignalSpy ready(page, &ui::FirstRunPage::nodeReady);
    auto *name = page->findChild<QLineEdit *>(QStringLiteral("firstRunName"));
    auto *where = page->findChild<QLineEdit *>(QStringLiteral("firstRunSqlitePath"));
    auto *create = page->findChild<QPushButton *>(QStringLiteral("firstRunCreate"));
    QVERIFY(name && where && create);
    QTest::keyClicks(name, QStringLiteral("field office"));
    where->setText(path);
    create->click();
    QVERIFY(ready.wait(20000));
    QTRY_VERIFY(window.node());
    QCOMPARE(window.node()->identity().name, QStringLiteral("field office"));
    QVERIFY(window.findChild<QListWidget *>(QStringLiteral("navigation")));
    auto *label = window.findChild<QLabel *>(QStringLiteral("nodeLabel"));
    QVERIFY(label->text().contains(QStringLiteral("field office")));
}

void TestMainWindow::navigationFitsItsEntries_data()
{
    QTest::addColumn<QLocale>("locale");
    QTest::newRow("en") << QLocale(QLocale::English);
    QTest::newRow("fr") << QLocale(QLocale::French);
    QTest::newRow("es") << QLocale(QLocale::Spanish);
}

// At 1200 pixels the list of pages is as wide as its widest entry, in whatever language: the
// splitter's first section is the list (no empty space beside it), nothing of an entry is cut
// off, and the pages get all the rest.
void TestMainWindow::navigationFitsItsEntries()
{
    QFETCH(QLocale, locale);
    ui::installTranslations(locale);
    const auto english = qScopeGuard([] { ui::installTranslations(QLocale(QLocale::English)); });
    const bool translated = locale.language() != QLocale::English;
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("n.sqlite"));
    QVERIFY(Node::create(DatabaseLocation::parse(path).value(), QStringLiteral("wide"), 1).ok());
    qputenv("S15N_DB", path.toUtf8());
    QSettings().remove(QStringLiteral("mainWindow")); // no split remembered
    ui::MainWindow window;
    QVERIFY(window.node());
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *splitter = window.findChild<QSplitter *>(QStringLiteral("mainSplitter"));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    auto *pages = window.findChild<QStackedWidget *>();
    QVERIFY(splitter && navigation && pages);
    QVERIFY(splitter->width() >= 1100);
    if (translated)
        QVERIFY(navigation->item(0)->text() != QStringLiteral("Repositories"));

    const QList<int> sizes = splitter->sizes();
    QCOMPARE(sizes.size(), 2);
    // No gap: the list fills its section, and the pages start right after the handle.
    QCOMPARE(navigation->width(), sizes.at(0));
    QCOMPARE(pages->width(), sizes.at(1));
    QCOMPARE(sizes.at(0) + splitter->handleWidth() + sizes.at(1), splitter->width());
    // Sized to its entries: the widest one fits whole, and there is no more than that.
    int widest = 0;
    for (int row = 0; row < navigation->count(); ++row) {
        const QModelIndex index = navigation->model()->index(row, 0);
        const int needed = navigation->sizeHintForIndex(index).width();
        widest = qMax(widest, needed);
        QVERIFY2(navigation->visualRect(index).width() >= needed,
                 qPrintable(navigation->item(row)->text()));
    }
    QVERIFY(widest > 0);
    QVERIFY2(
        navigation->viewport()->width() >= widest,
        qPrintable(QStringLiteral("%1 < %2").arg(navigation->viewport()->width()).arg(widest)));
    QCOMPARE(navigation->width(), widest + 2 * navigation->frameWidth());

    // A wider window widens the pages, not the list.
    window.resize(1400, 800);
    QTRY_COMPARE(splitter->width(), window.centralWidget()->width());
    QTRY_COMPARE(splitter->sizes().at(0), sizes.at(0));
    QCOMPARE(navigation->width(), sizes.at(0));
}

void TestMainWindow::unreachableServerDoesNotFreezeTheWindow_data()
{
    QTest::addColumn<bool>("silent"); // takes the connection and never answers; else refused
    QTest::newRow("closed port") << false;
    QTest::newRow("silent server") << true;
}

// The configured node is on a PostgreSQL server that cannot be reached: the window comes up at
// once saying it is opening it, the event loop keeps running meanwhile, and it ends on the
// first-run page, which names the node, says why and what to do, and proposes it under Open.
void TestMainWindow::unreachableServerDoesNotFreezeTheWindow()
{
    QFETCH(bool, silent);
    SilentServer server;
    if (silent)
        QVERIFY(server.listen());
    const quint16 port = silent ? server.port() : closedPort();
    const QString url = postgresUrl(port);
    qputenv("S15N_DB", url.toUtf8());
    int ticks = 0;
    QTimer ticker;
    ticker.setInterval(5);
    connect(&ticker, &QTimer::timeout, &ticker, [&ticks] { ++ticks; });
    ticker.start();

    ui::MainWindow window;
    // Back from the constructor with no answer yet: it says what it is doing.
    QVERIFY(!window.node());
    QVERIFY(!window.findChild<ui::FirstRunPage *>());
    auto *opening = window.findChild<QLabel *>(QStringLiteral("openingMessage"));
    QVERIFY(opening);
    QVERIFY2(opening->text().contains(QStringLiteral("Opening ") + url),
             qPrintable(opening->text()));
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.findChild<QProgressBar *>(QStringLiteral("openingBusy"))->isVisible());
    QVERIFY(window.findChild<QPushButton *>(QStringLiteral("openingCancel"))->isVisible());
    if (silent) {
        // The check waits for the server; the window's timers keep running meanwhile.
        QTRY_VERIFY_WITH_TIMEOUT(server.connected(), kWaitMs);
        const int before = ticks;
        QTRY_VERIFY(ticks >= before + 10);
        QVERIFY(!window.findChild<ui::FirstRunPage *>());
        QVERIFY(window.findChild<QLabel *>(QStringLiteral("openingMessage")));
        server.hangUp();
    }

    QTRY_VERIFY_WITH_TIMEOUT(window.findChild<ui::FirstRunPage *>(), kWaitMs);
    QVERIFY(!window.node());
    QVERIFY(!window.findChild<QLabel *>(QStringLiteral("openingMessage")));
    auto *page = window.findChild<ui::FirstRunPage *>();
    auto *message = page->findChild<QLabel *>(QStringLiteral("firstRunMessage"));
    QVERIFY(message);
    QTRY_VERIFY(message->isVisible()); // a new central widget shows from the event loop
    QVERIFY2(message->text().contains(url), qPrintable(message->text()));
    QVERIFY2(
        message->text().contains(QStringLiteral("Check that the PostgreSQL server is running")),
        qPrintable(message->text()));
    // Proposed under "Open an existing node", ready for another try.
    QVERIFY(page->findChild<QRadioButton *>(QStringLiteral("firstRunModeOpen"))->isChecked());
    QCOMPARE(page->findChild<QLineEdit *>(QStringLiteral("firstRunPgHost"))->text(),
             QStringLiteral("127.0.0.1"));
    QCOMPARE(page->findChild<QSpinBox *>(QStringLiteral("firstRunPgPort"))->value(), int(port));
    QCOMPARE(page->findChild<QLineEdit *>(QStringLiteral("firstRunPgDatabase"))->text(),
             QStringLiteral("nothing"));
    QVERIFY(page->findChild<QPushButton *>(QStringLiteral("firstRunOpen"))->isVisibleTo(page));
}

// Cancel while the server is silent: the first-run page at once, and the check's late answer
// is dropped.
void TestMainWindow::openingCanBeCancelled()
{
    SilentServer server;
    QVERIFY(server.listen());
    const QString url = postgresUrl(server.port());
    qputenv("S15N_DB", url.toUtf8());
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY_WITH_TIMEOUT(server.connected(), kWaitMs);
    auto *cancel = window.findChild<QPushButton *>(QStringLiteral("openingCancel"));
    QVERIFY(cancel);
    QTest::mouseClick(cancel, Qt::LeftButton);
    auto *page = window.findChild<ui::FirstRunPage *>();
    QVERIFY(page);
    auto *message = page->findChild<QLabel *>(QStringLiteral("firstRunMessage"));
    QVERIFY2(message->text().contains(QStringLiteral("cancelled")) && message->text().contains(url),
             qPrintable(message->text()));
    QVERIFY(page->findChild<QRadioButton *>(QStringLiteral("firstRunModeOpen"))->isChecked());

    server.hangUp(); // the check ends now, and its answer must change nothing
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QCOMPARE(window.findChild<ui::FirstRunPage *>(), page);
    QVERIFY2(message->text().contains(QStringLiteral("cancelled")), qPrintable(message->text()));
    QVERIFY(!window.node());
}

// A PostgreSQL node that can be reached opens through the opening page, then shows its pages.
void TestMainWindow::opensAPostgresNode()
{
    if (test::postgresServerUrl().isEmpty()) {
        if (qEnvironmentVariableIsSet("CI") || qEnvironmentVariableIsSet("S15N_TEST_PG_URL_FILE"))
            QFAIL("No PostgreSQL test server: run the tests through ctest.");
        QSKIP("No PostgreSQL test server: run the tests through ctest.");
    }
    QString error;
    const QString url = test::createPostgresDatabase(
        QStringLiteral("gui_window_") + QUuid::createUuid().toString(QUuid::Id128).left(12),
        &error);
    QVERIFY2(!url.isEmpty(), qPrintable(error));
    const auto drop = qScopeGuard([url] {
        QThreadPool::globalInstance()->waitForDone();
        QString dropError;
        if (!test::dropPostgresDatabase(url, &dropError))
            qWarning("%s", qPrintable(dropError));
    });
    {
        const Result<std::unique_ptr<Node>> made =
            Node::create(DatabaseLocation::parse(url).value(), QStringLiteral("pg office"), 1);
        QVERIFY2(made.ok(), qPrintable(made.message()));
    }
    qputenv("S15N_DB", url.toUtf8());
    {
        ui::MainWindow window;
        QVERIFY(!window.node());
        auto *opening = window.findChild<ui::OpeningPage *>();
        QVERIFY(opening);
        QCOMPARE(opening->location().toString(), DatabaseLocation::parse(url).value().toString());
        QTRY_VERIFY_WITH_TIMEOUT(window.node(), kWaitMs);
        QCOMPARE(window.node()->identity().name, QStringLiteral("pg office"));
        QCOMPARE(window.pageNames().size(), 6);
        QTRY_VERIFY(!window.findChild<ui::OpeningPage *>()); // gone once back in the event loop
        QVERIFY(!window.findChild<ui::FirstRunPage *>());
    }
}

// The opening page on its own: it says failed() when the server cannot be reached, and once
// cancelled it says cancelled() and nothing after.
void TestMainWindow::openingPageSaysWhatHappened()
{
    const DatabaseLocation closed = DatabaseLocation::parse(postgresUrl(closedPort())).value();
    {
        ui::OpeningPage page(closed, QString());
        QSignalSpy opened(&page, &ui::OpeningPage::opened);
        QSignalSpy failed(&page, &ui::OpeningPage::failed);
        QSignalSpy cancelled(&page, &ui::OpeningPage::cancelled);
        QVERIFY(page.isBusy());
        QVERIFY(failed.wait(kWaitMs));
        QCOMPARE(failed.size(), 1);
        QVERIFY(!failed.at(0).at(1).toString().isEmpty());
        QVERIFY(opened.isEmpty() && cancelled.isEmpty());
        QVERIFY(!page.isBusy());
        page.cancel(); // too late: nothing more
        QVERIFY(cancelled.isEmpty());
    }

    SilentServer server;
    QVERIFY(server.listen());
    ui::OpeningPage page(DatabaseLocation::parse(postgresUrl(server.port())).value(), QString());
    QSignalSpy opened(&page, &ui::OpeningPage::opened);
    QSignalSpy failed(&page, &ui::OpeningPage::failed);
    QSignalSpy cancelled(&page, &ui::OpeningPage::cancelled);
    QTRY_VERIFY_WITH_TIMEOUT(server.connected(), kWaitMs);
    QTest::keyClick(page.findChild<QPushButton *>(QStringLiteral("openingCancel")), Qt::Key_Space);
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(!page.isBusy());
    server.hangUp(); // the check ends now; its answer is dropped
    QThreadPool::globalInstance()->waitForDone();
    QCoreApplication::processEvents();
    QVERIFY(failed.isEmpty() && opened.isEmpty());
    QCOMPARE(cancelled.size(), 1);
}

// File > Quit with the desktop's Quit key, Go > one entry per page in the list's order with
// Ctrl+1, Ctrl+2..., Help > About s15n and About Qt; before there is a node, no Go menu.
void TestMainWindow::menusOfADesktopApplication()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("n.sqlite"));
    {
        qputenv("S15N_DB", path.toUtf8());
        ui::MainWindow firstRun;
        QVERIFY(firstRun.findChild<ui::FirstRunPage *>());
        QVERIFY(menuNamed(firstRun, "fileMenu")->menuAction()->isVisible());
        QVERIFY(menuNamed(firstRun, "helpMenu")->menuAction()->isVisible());
        QVERIFY(!menuNamed(firstRun, "goMenu")->menuAction()->isVisible());
    }
    QVERIFY(Node::create(DatabaseLocation::parse(path).value(), QStringLiteral("m"), 1).ok());
    ui::MainWindow window;
    QVERIFY(window.node());
    QStringList titles;
    for (QAction *menu : window.menuBar()->actions()) {
        if (menu->isVisible())
            titles << menu->text();
    }
    QCOMPARE(titles, (QStringList{QStringLiteral("&File"), QStringLiteral("&Go"),
                                  QStringLiteral("&Help")}));

    auto *quit = window.findChild<QAction *>(QStringLiteral("quitAction"));
    QVERIFY(quit);
    QVERIFY(menuNamed(window, "fileMenu")->actions().contains(quit));
    QVERIFY2(quit->shortcuts().contains(QKeySequence(Qt::CTRL | Qt::Key_Q)),
             qPrintable(quit->shortcut().toString()));
    for (const QKeySequence &key : QKeySequence::keyBindings(QKeySequence::Quit))
        QVERIFY(quit->shortcuts().contains(key));

    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    const QList<QAction *> go = menuNamed(window, "goMenu")->actions();
    QCOMPARE(go.size(), navigation->count());
    for (int i = 0; i < go.size(); ++i) {
        QCOMPARE(go.at(i)->text(), navigation->item(i)->text());
        QCOMPARE(go.at(i)->shortcut(), QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        QCOMPARE(go.at(i)->objectName(), window.pageNames().at(i) + QStringLiteral("Action"));
    }

    const QList<QAction *> help = menuNamed(window, "helpMenu")->actions();
    QVERIFY(help.contains(window.findChild<QAction *>(QStringLiteral("aboutAction"))));
    QVERIFY(help.contains(window.findChild<QAction *>(QStringLiteral("aboutQtAction"))));
}

// Ctrl+1, Ctrl+2... show the pages in the list's order, as the Go menu does, and the Go menu
// checks the page shown, however it was chosen.
void TestMainWindow::shortcutsAndGoMenuSwitchPages()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("n.sqlite"));
    QVERIFY(Node::create(DatabaseLocation::parse(path).value(), QStringLiteral("keys"), 1).ok());
    qputenv("S15N_DB", path.toUtf8());
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    auto *pages = window.findChild<QStackedWidget *>();
    const QList<QAction *> go = menuNamed(window, "goMenu")->actions();
    QVERIFY(navigation && pages && go.size() == 6);
    for (int i = go.size() - 1; i >= 0; --i) {
        QTest::keyClick(&window, Qt::Key(Qt::Key_1 + i), Qt::ControlModifier);
        QCOMPARE(pages->currentIndex(), i);
        QCOMPARE(navigation->currentRow(), i);
        QVERIFY(go.at(i)->isChecked());
    }
    navigation->setCurrentRow(3);
    QCOMPARE(pages->currentIndex(), 3);
    QVERIFY(go.at(3)->isChecked());
    QVERIFY(!go.at(0)->isChecked());
    go.at(1)->trigger();
    QCOMPARE(pages->currentIndex(), 1);
    QCOMPARE(navigation->currentRow(), 1);
    QVERIFY(go.at(1)->isChecked());
}

// Leaving the Data page with edits not submitted, by the Go menu's shortcut, asks first: No
// stays there (and the Go menu says so), Yes drops them and goes.
void TestMainWindow::goAsksBeforeDroppingDataEdits()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("n.sqlite"));
    QVERIFY(makeSampleNode(path));
    qputenv("S15N_DB", path.toUtf8());
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *pages = window.findChild<QStackedWidget *>();
    const QList<QAction *> go = menuNamed(window, "goMenu")->actions();
    QVERIFY(window.showPage(QStringLiteral("dataPage")));
    auto *data = window.findChild<ui::DataPage *>();
    QVERIFY(data && pages->currentWidget() == data);
    QVERIFY(data->showTable(QStringLiteral("items")));
    ui::ResourceTableModel *model = data->model();
    QVERIFY(model->rowCount() > 0);
    QVERIFY(model->setData(model->index(0, model->fieldIndex(QStringLiteral("name"))),
                           QStringLiteral("edited, not submitted")));
    QVERIFY(data->hasPendingChanges());
    const int dataRow = pages->indexOf(data);

    QString asked;
    answerMessageBox(QMessageBox::No, &asked);
    QTest::keyClick(&window, Qt::Key_1, Qt::ControlModifier);
    QVERIFY2(asked.contains(QStringLiteral("not submitted")), qPrintable(asked));
    QCOMPARE(pages->currentWidget(), data);
    QCOMPARE(window.findChild<QListWidget *>(QStringLiteral("navigation"))->currentRow(), dataRow);
    QVERIFY(go.at(dataRow)->isChecked());
    QVERIFY(!go.at(0)->isChecked());
    QVERIFY(data->hasPendingChanges());

    asked.clear();
    answerMessageBox(QMessageBox::Yes, &asked);
    go.at(0)->trigger();
    QVERIFY(!asked.isEmpty());
    QCOMPARE(pages->currentIndex(), 0);
    QVERIFY(go.at(0)->isChecked());
    QVERIFY(!data->hasPendingChanges());
}

// Ctrl+Q closes the window (the application ends with its last window).
void TestMainWindow::quitClosesTheWindow()
{
    QApplication::setQuitOnLastWindowClosed(false); // the test goes on
    const auto restore = qScopeGuard([] { QApplication::setQuitOnLastWindowClosed(true); });
    QTemporaryDir dir;
    qputenv("S15N_DB", dir.filePath(QStringLiteral("none.sqlite")).toUtf8());
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    QTest::keyClick(&window, Qt::Key_Q, Qt::ControlModifier);
    QTRY_VERIFY(!window.isVisible());
}

// Help > About s15n names the version, says what s15n is, and that no licence is chosen yet.
void TestMainWindow::aboutSaysVersionAndLicence()
{
    QTemporaryDir dir;
    qputenv("S15N_DB", dir.filePath(QStringLiteral("none.sqlite")).toUtf8());
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QString text;
    answerMessageBox(QMessageBox::Ok, &text);
    window.findChild<QAction *>(QStringLiteral("aboutAction"))->trigger();
    QCOMPARE(text, ui::MainWindow::aboutText());
    QVERIFY2(text.contains(QStringLiteral("s15n ") + QStringLiteral(S15N_VERSION)),
             qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("SQLite and PostgreSQL")), qPrintable(text));
    QVERIFY2(text.contains(QStringLiteral("Licence: not chosen yet")), qPrintable(text));
}

// The pages in the list, the menus and the first-run page's buttons show the icon theme's
// icons (freedesktop.org names) where it has them, and the style's otherwise.
void TestMainWindow::iconsComeFromTheDesktopTheme()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList pageIcons{QStringLiteral("network-server"),
                                QStringLiteral("network-workgroup"), QStringLiteral("view-refresh"),
                                QStringLiteral("text-x-generic"),
                                QStringLiteral("x-office-spreadsheet"),
                                QStringLiteral("preferences-system")};
    const QStringList others{QStringLiteral("application-exit"), QStringLiteral("help-about"),
                             QStringLiteral("document-new"), QStringLiteral("document-open")};
    const QString path = dir.filePath(QStringLiteral("n.sqlite"));
    qputenv("S15N_DB", path.toUtf8());
    {
        const auto theme = useIconTheme(dir.filePath(QStringLiteral("icons")),
                                        QStringLiteral("s15ntest"), pageIcons + others);
        {
            ui::MainWindow firstRun;
            QCOMPARE(firstRun.findChild<QAction *>(QStringLiteral("quitAction"))->icon().name(),
                     QStringLiteral("application-exit"));
            QCOMPARE(firstRun.findChild<QAction *>(QStringLiteral("aboutAction"))->icon().name(),
                     QStringLiteral("help-about"));
            auto *page = firstRun.findChild<ui::FirstRunPage *>();
            QVERIFY(page);
            QCOMPARE(
                page->findChild<QPushButton *>(QStringLiteral("firstRunCreate"))->icon().name(),
                QStringLiteral("document-new"));
            QCOMPARE(page->findChild<QPushButton *>(QStringLiteral("firstRunOpen"))->icon().name(),
                     QStringLiteral("document-open"));
        }
        QVERIFY(Node::create(DatabaseLocation::parse(path).value(), QStringLiteral("i"), 1).ok());
        ui::MainWindow window;
        auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
        QVERIFY(navigation);
        QStringList shown;
        for (int i = 0; i < navigation->count(); ++i)
            shown << navigation->item(i)->icon().name();
        QCOMPARE(shown, pageIcons);
        const QList<QAction *> go = menuNamed(window, "goMenu")->actions();
        for (int i = 0; i < go.size(); ++i)
            QCOMPARE(go.at(i)->icon().name(), pageIcons.at(i));
    }
    // A theme without them: the style's icons, none missing.
    const auto empty =
        useIconTheme(dir.filePath(QStringLiteral("empty")), QStringLiteral("s15nempty"), {});
    ui::MainWindow window;
    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    QVERIFY(navigation);
    for (int i = 0; i < navigation->count(); ++i)
        QVERIFY2(!navigation->item(i)->icon().isNull(), qPrintable(navigation->item(i)->text()));
}

S15N_GUI_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
