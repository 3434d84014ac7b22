#include "mainwindow.h"

#include "storage/node.h"

#include <QLabel>
#include <QTemporaryDir>
#include <QtTest>

using namespace s15n;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void showsTheNodesUuid();
    void saysWhenThereIsNoNode();
};

void TestMainWindow::showsTheNodesUuid()
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
    auto *label = window.findChild<QLabel *>(QStringLiteral("nodeLabel"));
    QVERIFY(label);
    QVERIFY2(label->text().contains(uuid), qPrintable(label->text()));
    QVERIFY(label->text().contains(QStringLiteral("clinic")));
}

void TestMainWindow::saysWhenThereIsNoNode()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("missing.sqlite"));
    qputenv("S15N_DB", path.toUtf8());
    ui::MainWindow window;
    auto *label = window.findChild<QLabel *>(QStringLiteral("nodeLabel"));
    QVERIFY(label);
    QVERIFY2(label->text().contains(QStringLiteral("s15n init")), qPrintable(label->text()));
    QVERIFY(!QFile::exists(path)); // looking must not create a database
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
