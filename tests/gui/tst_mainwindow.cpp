// The main window: with a node it shows the pages and the node in the status bar; without one
// it shows the first-run page, and creating a node there opens it.
#include "mainwindow.h"

#include "pages/firstrunpage.h"
#include "storage/node.h"

#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "guitestmain.h"

using namespace s15n;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void showsTheNodeAndItsPages();
    void showsFirstRunWithoutANode();
    void firstRunOpensTheNewNode();
};

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
    QVERIFY2(label->text().contains(uuid), qPrintable(label->text()));
    QVERIFY(label->text().contains(QStringLiteral("clinic")));
    QVERIFY(!window.findChild<ui::FirstRunPage *>());

    auto *navigation = window.findChild<QListWidget *>(QStringLiteral("navigation"));
    auto *pages = window.findChild<QStackedWidget *>();
    QVERIFY(navigation && pages);
    QCOMPARE(navigation->count(), pages->count());
    for (const char *name : {"repositoriesPage", "changesPage", "dataPage", "logPage", "settingsPage"}) {
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
    QVERIFY(window.findChild<ui::FirstRunPage *>());
    QVERIFY(!window.findChild<QListWidget *>(QStringLiteral("navigation")));
    QVERIFY(!QFile::exists(path)); // looking must not create a database
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

S15N_GUI_TEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
