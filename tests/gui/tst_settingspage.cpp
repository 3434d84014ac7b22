// The Settings page: shows this node's identity and settings, saves what is valid, refuses
// what is not (and then writes nothing), saves all or nothing (a failure in the last write
// keeps nothing), and what it saves is what `s15n` uses. Its Copy button shows the desktop
// theme's "edit-copy" icon, never a "save" one.
#include "pages/settingspage.h"

#include "storage/node.h"
#include "storage/nodesettings.h"

#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStyle>
#include <QTemporaryDir>
#include <QtTest>

#include "guitestmain.h"

using namespace s15n;

class TestSettingsPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<Node> m_node;

    template <typename T>
    static T *child(QWidget &page, const char *name)
    {
        auto *w = page.findChild<T *>(QString::fromLatin1(name));
        if (!w)
            qFatal("no widget %s", name);
        return w;
    }

private slots:
    void init()
    {
        QVERIFY(m_dir.isValid());
        Result<std::unique_ptr<Node>> node = Node::create(
            DatabaseLocation::parse(m_dir.filePath(QStringLiteral("n%1.sqlite")
                                                       .arg(QDateTime::currentMSecsSinceEpoch())))
                .value(),
            QStringLiteral("clinic"), 3);
        QVERIFY2(node.ok(), qPrintable(node.message()));
        m_node = std::move(node.value());
    }
    void cleanup() { m_node.reset(); }

    void showsTheNode()
    {
        ui::SettingsPage page(*m_node);
        const QString uuid = m_node->identity().uuid.toString(QUuid::WithoutBraces);
        auto *uuidField = child<QLineEdit>(page, "settingsUuid");
        QCOMPARE(uuidField->text(), uuid);
        QVERIFY(uuidField->isReadOnly());
        QCOMPARE(child<QLineEdit>(page, "settingsName")->text(), QStringLiteral("clinic"));
        QCOMPARE(child<QSpinBox>(page, "settingsSyncId")->value(), 3);
        child<QPushButton>(page, "settingsCopyUuid")->click();
        QCOMPARE(QApplication::clipboard()->text(), uuid);
    }

    void savesWhatIsValid()
    {
        const QString cert = m_dir.filePath(QStringLiteral("cert.pem"));
        const QString key = m_dir.filePath(QStringLiteral("key.pem"));
        for (const QString &f : {cert, key}) {
            QFile file(f);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write("pem\n");
        }
        ui::SettingsPage page(*m_node);
        QSignalSpy renamed(&page, &ui::SettingsPage::nodeRenamed);
        auto *name = child<QLineEdit>(page, "settingsName");
        name->selectAll();
        QTest::keyClicks(name, QStringLiteral("warehouse"));
        child<QSpinBox>(page, "settingsSyncId")->setValue(7);
        QTest::keyClicks(child<QLineEdit>(page, "settingsProxy"),
                         QStringLiteral("http://127.0.0.1:3128"));
        QTest::keyClicks(child<QLineEdit>(page, "settingsListen"), QStringLiteral("0.0.0.0:8471"));
        child<QLineEdit>(page, "settingsTlsCert")->setText(cert);
        child<QLineEdit>(page, "settingsTlsKey")->setText(key);
        child<QPushButton>(page, "settingsSave")->click();
        QVERIFY2(!child<QLabel>(page, "settingsMessage")->property("error").toBool(),
                 qPrintable(child<QLabel>(page, "settingsMessage")->text()));
        QCOMPARE(renamed.size(), 1);

        // Stored in the database, where `s15n` reads them.
        Result<std::unique_ptr<Node>> reopened = Node::open(m_node->database().location());
        QVERIFY(reopened.ok());
        QCOMPARE(reopened.value()->identity().name, QStringLiteral("warehouse"));
        QCOMPARE(reopened.value()->identity().syncId, 7);
        Result<NodeSettings> s = NodeSettings::load(reopened.value()->database());
        QVERIFY(s.ok());
        QCOMPARE(s.value().defaultProxy, QUrl(QStringLiteral("http://127.0.0.1:3128")));
        QCOMPARE(s.value().listen, QStringLiteral("0.0.0.0:8471"));
        QCOMPARE(s.value().tlsCertificateFile, cert);
        QCOMPARE(s.value().tlsKeyFile, key);
    }

    void refusesWhatIsNotAndWritesNothing_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("key"); // the TLS key field beside it
        QTest::addColumn<QString>("mention");
        QTest::newRow("empty name") << "settingsName" << "" << "" << "name";
        QTest::newRow("proxy scheme") << "settingsProxy" << "ftp://127.0.0.1:21" << "" << "proxy";
        QTest::newRow("proxy without port") << "settingsProxy" << "http://proxy" << "" << "proxy";
        QTest::newRow("listen") << "settingsListen" << "everywhere" << "" << "ADDRESS:PORT";
        QTest::newRow("certificate without key")
            << "settingsTlsCert" << "/etc/hostname" << "" << "both";
        QTest::newRow("missing certificate")
            << "settingsTlsCert" << "/nonexistent/cert.pem" << "/etc/hostname" << "cert.pem";
    }

    void refusesWhatIsNotAndWritesNothing()
    {
        QFETCH(QString, field);
        QFETCH(QString, value);
        QFETCH(QString, key);
        QFETCH(QString, mention);
        ui::SettingsPage page(*m_node);
        // A valid change beside the bad one must not be written either.
        child<QSpinBox>(page, "settingsSyncId")->setValue(9);
        child<QLineEdit>(page, "settingsListen")->setText(QStringLiteral("127.0.0.1:9000"));
        child<QLineEdit>(page, "settingsTlsKey")->setText(key);
        child<QLineEdit>(page, field.toLatin1().constData())->setText(value);
        QVERIFY(!page.save());
        auto *message = child<QLabel>(page, "settingsMessage");
        QVERIFY(message->property("error").toBool());
        QVERIFY2(message->text().contains(mention, Qt::CaseInsensitive),
                 qPrintable(message->text()));
        Result<std::unique_ptr<Node>> reopened = Node::open(m_node->database().location());
        QVERIFY(reopened.ok());
        QCOMPARE(reopened.value()->identity().syncId, 3);
        QCOMPARE(reopened.value()->identity().name, QStringLiteral("clinic"));
        Result<NodeSettings> s = NodeSettings::load(reopened.value()->database());
        QVERIFY(s.ok());
        QCOMPARE(s.value().listen, QString());

        // Revert shows what is stored.
        child<QPushButton>(page, "settingsRevert")->click();
        QCOMPARE(child<QSpinBox>(page, "settingsSyncId")->value(), 3);
        QCOMPARE(child<QLineEdit>(page, "settingsListen")->text(), QString());
    }

    // Save writes the settings, the name and then the sync ID, in one transaction: when the
    // database refuses that last write, nothing of it is kept, and the page says why.
    void failureInTheLastWriteKeepsNothing()
    {
        Result<QSqlQuery> trigger = m_node->database().exec(QStringLiteral(
            "CREATE TRIGGER refuse_sync_id BEFORE UPDATE ON s15n_node WHEN NEW.key = 'sync_id' "
            "BEGIN SELECT RAISE(ABORT, 'sync ID refused by the test'); END"));
        QVERIFY2(trigger.ok(), qPrintable(trigger.message()));
        ui::SettingsPage page(*m_node);
        QSignalSpy renamed(&page, &ui::SettingsPage::nodeRenamed);
        child<QLineEdit>(page, "settingsName")->setText(QStringLiteral("warehouse"));
        child<QSpinBox>(page, "settingsSyncId")->setValue(7);
        child<QLineEdit>(page, "settingsProxy")->setText(QStringLiteral("http://127.0.0.1:3128"));
        child<QLineEdit>(page, "settingsListen")->setText(QStringLiteral("0.0.0.0:8471"));
        QVERIFY(!page.save());
        auto *message = child<QLabel>(page, "settingsMessage");
        QVERIFY(message->property("error").toBool());
        QVERIFY2(message->text().contains(QStringLiteral("sync ID refused by the test")),
                 qPrintable(message->text()));
        QCOMPARE(renamed.size(), 0);
        QCOMPARE(m_node->identity().name, QStringLiteral("clinic"));
        QCOMPARE(m_node->identity().syncId, 3);

        Result<std::unique_ptr<Node>> reopened = Node::open(m_node->database().location());
        QVERIFY(reopened.ok());
        QCOMPARE(reopened.value()->identity().name, QStringLiteral("clinic"));
        QCOMPARE(reopened.value()->identity().syncId, 3);
        Result<NodeSettings> s = NodeSettings::load(reopened.value()->database());
        QVERIFY(s.ok());
        QCOMPARE(s.value().defaultProxy, QUrl());
        QCOMPARE(s.value().listen, QString());
    }

    // With an icon theme that has "edit-copy", Copy shows it; without one, no icon (never the
    // style's "save" floppy).
    void copyShowsTheThemesCopyIcon()
    {
        const QStringList searchPaths = QIcon::themeSearchPaths();
        const QString themeName = QIcon::themeName();
        const auto restore = qScopeGuard([&] {
            QIcon::setThemeSearchPaths(searchPaths);
            QIcon::setThemeName(themeName);
        });
        // A theme of one icon: <dir>/s15ntest/16x16/actions/edit-copy.png.
        const QDir themes(m_dir.filePath(QStringLiteral("icons")));
        QVERIFY(themes.mkpath(QStringLiteral("s15ntest/16x16/actions")));
        QFile index(themes.filePath(QStringLiteral("s15ntest/index.theme")));
        QVERIFY(index.open(QIODevice::WriteOnly));
        index.write("[Icon Theme]\nName=s15ntest\nDirectories=16x16/actions\n\n"
                    "[16x16/actions]\nSize=16\nType=Fixed\n");
        index.close();
        QImage image(16, 16, QImage::Format_ARGB32);
        image.fill(Qt::darkGreen);
        QVERIFY(
            image.save(themes.filePath(QStringLiteral("s15ntest/16x16/actions/edit-copy.png"))));
        QIcon::setThemeSearchPaths({themes.path()});
        QIcon::setThemeName(QStringLiteral("s15ntest"));
        {
            ui::SettingsPage page(*m_node);
            const QIcon icon = child<QPushButton>(page, "settingsCopyUuid")->icon();
            QCOMPARE(icon.name(), QStringLiteral("edit-copy"));
            QVERIFY(!icon.isNull());
        }
        QIcon::setThemeName(QStringLiteral("no-such-theme"));
        ui::SettingsPage page(*m_node);
        const QIcon icon = child<QPushButton>(page, "settingsCopyUuid")->icon();
        const QIcon save = QApplication::style()->standardIcon(QStyle::SP_DialogSaveButton);
        QVERIFY(icon.isNull() || icon.pixmap(16).toImage() != save.pixmap(16).toImage());
    }
};

S15N_GUI_TEST_MAIN(TestSettingsPage)
#include "tst_settingspage.moc"
