// The main window: with a node it shows the pages and the node in the status bar, the list of
// pages as wide as its entries in every language; without one it shows the first-run page,
// and creating a node there opens it. A PostgreSQL node is opened without freezing the
// window: "Opening ..." with Cancel, and, when the server cannot be reached, the first-run
// page says why, with the node proposed for another try.
#include "mainwindow.h"

#include "pages/firstrunpage.h"
#include "storage/node.h"
#include "translations.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
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
         {"repositoriesPage", "changesPage", "dataPage", "logPage", "settingsPage"}) {
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

S15N_GUI_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
