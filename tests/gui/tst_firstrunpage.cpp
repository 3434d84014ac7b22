// The first-run page: creating a node (empty or with the sample data) and opening an existing
// one, on SQLite and on the test PostgreSQL server, through the page's own fields and buttons;
// refusals (a node created twice, an empty name, a database that is not a node, a server that
// cannot be reached, a keychain that cannot be reached) show a message and change nothing;
// Cancel stops a create or an open and leaves nothing behind, whichever step it came at.
// HOME and the XDG folders point into a temporary folder (see main()), so the remembered node
// and the default database location are the test's own.

#include "pages/firstrunpage.h"

#include "capture/resourcestore.h"
#include "mainwindow.h"
#include "sample/sampledata.h"
#include "secrets/keychain.h"
#include "storage/node.h"
#include "storage/nodesetup.h"
#include "testnode.h"

#include <QApplication>
#include <QCheckBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>

#include "guitestmain.h"
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlDatabase>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace s15n;
using s15n::ui::FirstRunPage;

namespace {

constexpr int kWaitMs = 30000; // an upper bound for one create/open, never a pause

template <typename T> T *child(const QWidget &page, const char *name)
{
    auto *widget = page.findChild<T *>(QString::fromLatin1(name));
    if (!widget)
        qWarning("no child %s", name);
    return widget;
}

void type(QLineEdit *edit, const QString &text)
{
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Backspace);
    QTest::keyClicks(edit, text);
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// The tables of the database at `location`, by name; {"(no file)"} for a SQLite file that is
// not there.
QStringList tablesOf(const DatabaseLocation &location)
{
    const bool sqlite = location.kind == DatabaseLocation::Kind::Sqlite;
    if (sqlite && !QFile::exists(location.path))
        return {QStringLiteral("(no file)")};
    QString error;
    const QList<QVariantList> rows = test::querySql(
        location.toString(),
        // sqlite_sequence, once made, is SQLite's own and cannot be dropped.
        sqlite ? QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND "
                                "name NOT LIKE 'sqlite\\_%' ESCAPE '\\' ORDER BY name")
               : QStringLiteral("SELECT table_name FROM information_schema.tables "
                                "WHERE table_schema = 'public' ORDER BY table_name"),
        &error);
    if (!error.isEmpty())
        return {QStringLiteral("(error) ") + error};
    QStringList tables;
    for (const QVariantList &row : rows)
        tables << row.value(0).toString();
    return tables;
}

} // namespace

class TestFirstRunPage : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void createsAnEmptyNode();
    void createsANodeWithTheSampleData();
    void refusesToCreateOverANode();
    void refusesAnEmptyName();
    void sampleDataOverAUserTableChangesNothing();
    void opensAnExistingNode();
    void refusesToOpenWhatIsNotANode_data();
    void refusesToOpenWhatIsNotANode();
    void createsAndOpensOnPostgresql();
    void unreachableServer_data();
    void unreachableServer();
    void unreachableKeychainRefusesToOpen();
    void remembersThePasswordInTheKeychain();
    void cancelCreating_data();
    void cancelCreating();
    void cancelWhileTheServerIsSilent_data();
    void cancelWhileTheServerIsSilent();
    void nodeSetupCancelledAtEachStep_data();
    void nodeSetupCancelledAtEachStep();
    void saysThereIsNoNodeOnce();

private:
    bool requirePostgres();
    DatabaseLocation postgresDatabase();
    void fillPostgres(FirstRunPage &page, const DatabaseLocation &location,
                      const QString &password);
    enum class Answer { InBackground, AtOnce };
    // Clicks the visible primary button; true once `expected` (nodeReady or failed) came,
    // as `answer` says.
    bool clickAndWait(FirstRunPage &page, const char *button, QSignalSpy &expected,
                      Answer answer = Answer::InBackground);

    std::unique_ptr<QTemporaryDir> m_dir;
    QStringList m_databases;
};

void TestFirstRunPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qunsetenv("S15N_DB");
    QSettings().remove(QStringLiteral("database")); // no node remembered
}

void TestFirstRunPage::cleanup()
{
    for (const QString &db : std::as_const(m_databases)) {
        QString error;
        if (!test::dropPostgresDatabase(db, &error))
            qWarning("could not drop %s: %s", qPrintable(db), qPrintable(error));
    }
    m_databases.clear();
    m_dir.reset();
}

bool TestFirstRunPage::clickAndWait(FirstRunPage &page, const char *button, QSignalSpy &expected,
                                    Answer answer)
{
    auto *primary = child<QPushButton>(page, button);
    auto *busy = child<QProgressBar>(page, "firstRunBusy");
    if (!primary || !busy || !primary->isVisible() || !primary->isEnabled())
        return false;
    QTest::mouseClick(primary, Qt::LeftButton);
    if (answer == Answer::AtOnce)
        return expected.count() == 1 && !page.isBusy(); // refused before any work started
    // The work runs on another thread: the click has returned with nothing decided yet,
    // the buttons off and the busy indicator showing.
    if (!expected.isEmpty() || primary->isEnabled() || !busy->isVisible() || !page.isBusy()) {
        qWarning("the page did not work in the background");
        return false;
    }
    if (!expected.wait(kWaitMs)) {
        qWarning("no answer in time; the page says: %s",
                 qPrintable(child<QLabel>(page, "firstRunMessage")->text()));
        return false;
    }
    return !busy->isVisible() && primary->isEnabled() && !page.isBusy();
}

void TestFirstRunPage::createsAnEmptyNode()
{
    FirstRunPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *path = child<QLineEdit>(page, "firstRunSqlitePath");
    QVERIFY(path);
    QCOMPARE(path->text(), DatabaseLocation::defaultLocation().path);

    const QString file = m_dir->filePath(QStringLiteral("folder/clinic.sqlite"));
    type(path, file);
    type(child<QLineEdit>(page, "firstRunName"), QStringLiteral("clinic"));
    auto *syncId = child<QSpinBox>(page, "firstRunSyncId");
    QCOMPARE(syncId->maximum(), Node::kMaxSyncId);
    syncId->selectAll();
    QTest::keyClicks(syncId, QStringLiteral("3"));
    QSignalSpy ready(&page, &FirstRunPage::nodeReady);
    QSignalSpy failed(&page, &FirstRunPage::failed);
    QVERIFY(clickAndWait(page, "firstRunCreate", ready));
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    QCOMPARE(ready.count(), 1);
    const auto location = ready.at(0).at(0).value<DatabaseLocation>();
    QCOMPARE(location.kind, DatabaseLocation::Kind::Sqlite);
    QCOMPARE(location.path, file);
    QCOMPARE(ready.at(0).at(1).toString(), QString());
    // The page's own connection is closed before it says the node is ready.
    QVERIFY2(QSqlDatabase::connectionNames().isEmpty(),
             qPrintable(QSqlDatabase::connectionNames().join(QLatin1Char(' '))));

    Result<std::unique_ptr<Node>> node = Node::open(location);
    QVERIFY2(node.ok(), qPrintable(node.message()));
    QCOMPARE(node.value()->identity().name, QStringLiteral("clinic"));
    QCOMPARE(node.value()->identity().syncId, 3);
    Result<QList<Resource>> resources = ResourceStore(*node.value()).list();
    QVERIFY(resources.ok());
    QVERIFY(resources.value().isEmpty());
    // Remembered, so `s15n` commands and the next start find it.
    const Result<DatabaseLocation> configured = DatabaseLocation::configured();
    QVERIFY(configured.ok());
    QCOMPARE(configured.value().path, file);
}

void TestFirstRunPage::createsANodeWithTheSampleData()
{
    FirstRunPage page;
    const QString file = m_dir->filePath(QStringLiteral("sample.sqlite"));
    type(child<QLineEdit>(page, "firstRunSqlitePath"), file);
    type(child<QLineEdit>(page, "firstRunName"), QStringLiteral("trial"));
    child<QCheckBox>(page, "firstRunSample")->click();
    page.show();
    QSignalSpy ready(&page, &FirstRunPage::nodeReady);
    QSignalSpy failed(&page, &FirstRunPage::failed);
    QVERIFY(clickAndWait(page, "firstRunCreate", ready));
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    QCOMPARE(ready.count(), 1);

    Result<std::unique_ptr<Node>> node = Node::open(ready.at(0).at(0).value<DatabaseLocation>());
    QVERIFY2(node.ok(), qPrintable(node.message()));
    QCOMPARE(node.value()->identity().syncId, 0);
    Result<QList<Resource>> resources = ResourceStore(*node.value()).list();
    QVERIFY(resources.ok());
    QStringList tables;
    for (const Resource &r : resources.value())
        tables << r.table;
    for (const QString &table : SampleData::tables())
        QVERIFY2(tables.contains(table), qPrintable(table + QStringLiteral(" is no resource")));
    Result<QVariant> items =
        node.value()->database().scalar(QStringLiteral("SELECT count(*) FROM items"));
    QVERIFY(items.ok());
    QVERIFY(items.value().toInt() > 0);
}

void TestFirstRunPage::refusesToCreateOverANode()
{
    const QString file = m_dir->filePath(QStringLiteral("existing.sqlite"));
    Result<DatabaseLocation> location = DatabaseLocation::parse(file);
    QString uuid;
    {
        Result<std::unique_ptr<Node>> node =
            Node::create(location.value(), QStringLiteral("old"), 2);
        QVERIFY2(node.ok(), qPrintable(node.message()));
        uuid = node.value()->identity().uuid.toString();
    }
    FirstRunPage page;
    page.show();
    type(child<QLineEdit>(page, "firstRunSqlitePath"), file);
    type(child<QLineEdit>(page, "firstRunName"), QStringLiteral("new"));
    child<QCheckBox>(page, "firstRunSample")->click();
    QSignalSpy ready(&page, &FirstRunPage::nodeReady);
    QSignalSpy failed(&page, &FirstRunPage::failed);
    QVERIFY(clickAndWait(page, "firstRunCreate", failed));
    QCOMPARE(ready.count(), 0);
    QCOMPARE(failed.count(), 1);
    auto *message = child<QLabel>(page, "firstRunMessage");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(QStringLiteral("already holds")),
             qPrintable(message->text()));
    QVERIFY(message->text().contains(QStringLiteral("Open an existing node")));

    Result<std::unique_ptr<Node>> node = Node::open(location.value());
    QVERIFY2(node.ok(), qPrintable(node.message()));
    QCOMPARE(node.value()->identity().uuid.toString(), uuid);
    QCOMPARE(node.value()->identity().name, QStringLiteral("old"));
    QVERIFY(ResourceStore(*node.value()).list().value().isEmpty()); // no sample data either
    QVERIFY(QSettings().value(QStringLiteral("database")).toString().isEmpty());
}

void TestFirstRunPage::refusesAnEmptyName()
{
    FirstRunPage page;
    page.show();
    const QString file = m_dir->filePath(QStringLiteral("unnamed.sqlite"));
    type(child<QLineEdit>(page, "firstRunSqlitePath"), file);
    type(child<QLineEdit>(page, "firstRunName"), QStringLiteral("   "));
    QSignalSpy ready(&page, &FirstRunPage::nodeReady);
    QSignalSpy failed(&page, &FirstRunPage::failed);
    QVERIFY(clickAndWait(page, "firstRunCreate", failed, Answer::AtOnce));
    QCOMPARE(failed.count(), 1);
    QCOMPARE(ready.count(), 0);
    QVERIFY(child<QLabel>(page, "firstRunMessage")->text().contains(QStringLiteral("name")));
    QVERIFY(!QFile::exists(file));
}

// A failed create with the sample data changes nothing, whatever part of it failed.
void TestFirstRunPage::sampleDataOverAUserTableChangesNothing()
{
    const QString file = m_dir->filePath(QStringLiteral("app.sqlite"));
    QString error;
    QVERIFY(QFile(file).open(QIODevice::WriteOnly)); // querySql opens existing files only
    test::querySql(file, QStringLiteral("CREATE TABLE stores (id INTEGER PRIMARY KEY)"), &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    const QByteArray before = bytesOf(file);

    FirstRunPage page;
    page.show();
    type(child<QLineEdit>(page, "firstRunSqlitePath"), file);
    type(child<QLineEdit>(page, "firstRunName"), QStringLiteral("app"));
    child<QCheckBox>(page, "firstRunSample")->click();
    QSignalSpy ready(&page, &FirstRunPage::nodeReady);
    QSignalSpy failed(&page, &FirstRunPage::failed);
    QVERIFY(clickAndWait(page, "firstRunCreate", failed));
    QCOMPARE(ready.count(), 0);
    QCOMPARE(failed.count(), 1);
    QVERIFY2(child<QLabel>(page, "firstRunMessage")->text().contains(QStringLiteral("'stores'")),
             qPrintable(child<QLabel>(page, "firstRunMessage")->text()));
    QCOMPARE(bytesOf(file), before);
    QVERIFY(!QFile::exists(file + QStringLiteral("-wal")));
}

void TestFirstRunPage::opensAnExistingNode()
{
    const QString file = m_dir->filePath(QStringLiteral("node.sqlite"));
    QString uuid;
    {
        Result<std::unique_ptr<Node>> node =
            Node::create(DatabaseLocation::parse(file).value(), QStringLiteral("there"), 1);
        QVERIFY2(node.ok(), qPrintable(node.message()));
        uuid = node.value()->identity().uuid.toString();
    }
    // Opening replaces a node remembered before.
    DatabaseLocation::remember(
        DatabaseLocation::parse(m_dir->filePath(QStringLiteral("gone.sqlite"))).value());

    FirstRunPage page;
    page.show();
    QVERIFY(!child<QPushButton>(page, "firstRunOpen")->isVisible());
    QTest::mouseClick(child<QRadioButton>(page, "firstRunModeOpen"), Qt::LeftButton);
    QVERIFY(!child<QPushButton>(page, "firstRunCreate")->isVisible());
    QVERIFY(!child<QLineEdit>(page, "firstRunName")->isVisible());
    type(child<QLineEdit>(page, "firstRunOpenPath"), file);
    QSignalSpy ready(&page, &FirstRunPage::nodeReady);
    QSignalSpy failed(&page, &FirstRunPage::failed);
    QVERIFY(clickAndWait(page, "firstRunOpen", ready));
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    QCOMPARE(ready.count(), 1);
    const auto location = ready.at(0).at(0).value<DatabaseLocation>();
    QCOMPARE(location.path, file);
    Result<std::unique_ptr<Node>> node = Node::open(location);
    QVERIFY2(node.ok(), qPrintable(node.message()));
    QCOMPARE(node.value()->identity().uuid.toString(), uuid);
    QCOMPARE(DatabaseLocation::configured().value().path, file);
}

void TestFirstRunPage::refusesToOpenWhatIsNotANode_data()
{
    QTest::addColumn<QByteArray>("content"); // null: no file at all
    QTest::addColumn<QString>("mentions");
    QTest::addColumn<bool>("atOnce"); // refused by the page itself, before any work
    QTest::newRow("text file") << QByteArray("just some notes\n")
                               << QStringLiteral("not a database") << false;
    QTest::newRow("empty file") << QByteArray("") << QStringLiteral("not an s15n node") << false;
    QTest::newRow("missing file") << QByteArray() << QStringLiteral("There is no file") << true;
}

void TestFirstRunPage::refusesToOpenWhatIsNotANode()
{
    QFETCH(QByteArray, content);
    QFETCH(QString, mentions);
    QFETCH(bool, atOnce);
    const QString file = m_dir->filePath(QStringLiteral("other.db"));
    if (!content.isNull()) {
        QFile out(file);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(content);
    }
    FirstRunPage page;
    page.show();
    child<QRadioButton>(page, "firstRunModeOpen")->click();
    type(child<QLineEdit>(page, "firstRunOpenPath"), file);
    QSignalSpy ready(&page, &FirstRunPage::nodeReady);
    QSignalSpy failed(&page, &FirstRunPage::failed);
    QVERIFY(
        clickAndWait(page, "firstRunOpen", failed, atOnce ? Answer::AtOnce : Answer::InBackground));
    QCOMPARE(ready.count(), 0);
    QCOMPARE(failed.count(), 1);
    auto *message = child<QLabel>(page, "firstRunMessage");
    QVERIFY(message->isVisible());
    QVERIFY2(message->text().contains(mentions), qPrintable(message->text()));
    QCOMPARE(QFile::exists(file), !content.isNull());
    QCOMPARE(bytesOf(file), content.isNull() ? QByteArray() : content);
    QVERIFY(QSettings().value(QStringLiteral("database")).toString().isEmpty());
}

bool TestFirstRunPage::requirePostgres()
{
    if (!test::postgresServerUrl().isEmpty())
        return true;
    if (qEnvironmentVariableIsSet("CI") || qEnvironmentVariableIsSet("S15N_TEST_PG_URL_FILE"))
        QTest::qFail("No PostgreSQL test server: run the tests through ctest.", __FILE__, __LINE__);
    else
        QTest::qSkip("No PostgreSQL test server: run the tests through ctest.", __FILE__, __LINE__);
    return false;
}

DatabaseLocation TestFirstRunPage::postgresDatabase()
{
    QString error;
    const QString name =
        QStringLiteral("firstrun_") + QUuid::createUuid().toString(QUuid::Id128).left(12);
    const QString url = test::createPostgresDatabase(name, &error);
    if (url.isEmpty()) {
        qWarning("cannot create a PostgreSQL database: %s", qPrintable(error));
        return {};
    }
    m_databases << url;
    return DatabaseLocation::parse(url).value();
}

void TestFirstRunPage::fillPostgres(FirstRunPage &page, const DatabaseLocation &location,
                                    const QString &password)
{
    child<QRadioButton>(page, "firstRunKindPostgres")->click();
    QVERIFY(child<QLineEdit>(page, "firstRunPgHost")->isVisible());
    QVERIFY(!child<QLineEdit>(page, "firstRunSqlitePath")->isVisible());
    type(child<QLineEdit>(page, "firstRunPgHost"), location.host);
    child<QSpinBox>(page, "firstRunPgPort")->setValue(location.port);
    type(child<QLineEdit>(page, "firstRunPgDatabase"), location.database);
    type(child<QLineEdit>(page, "firstRunPgUser"), location.user);
    auto *password_ = child<QLineEdit>(page, "firstRunPgPassword");
    QCOMPARE(password_->echoMode(), QLineEdit::Password);
    type(password_, password);
}

void TestFirstRunPage::createsAndOpensOnPostgresql()
{
    if (!requirePostgres())
        return;
    const DatabaseLocation location = postgresDatabase();
    QVERIFY(!location.database.isEmpty());
    QString uuid;
    {
        FirstRunPage page;
        page.show();
        fillPostgres(page, location, QString());
        type(child<QLineEdit>(page, "firstRunName"), QStringLiteral("pg"));
        child<QSpinBox>(page, "firstRunSyncId")->setValue(1);
        child<QCheckBox>(page, "firstRunSample")->click();
        QSignalSpy ready(&page, &FirstRunPage::nodeReady);
        QSignalSpy failed(&page, &FirstRunPage::failed);
        QVERIFY(clickAndWait(page, "firstRunCreate", ready));
        QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
        QCOMPARE(ready.count(), 1);
        QCOMPARE(ready.at(0).at(0).value<DatabaseLocation>().toString(), location.toString());
        Result<std::unique_ptr<Node>> node = Node::open(location);
        QVERIFY2(node.ok(), qPrintable(node.message()));
        QCOMPARE(node.value()->identity().name, QStringLiteral("pg"));
        QCOMPARE(node.value()->identity().syncId, 1);
        QCOMPARE(ResourceStore(*node.value()).list().value().size(), SampleData::tables().size());
        uuid = node.value()->identity().uuid.toString();
        QCOMPARE(DatabaseLocation::configured().value().toString(), location.toString());
    }
    QSettings().remove(QStringLiteral("database"));
    FirstRunPage page;
    page.show();
    child<QRadioButton>(page, "firstRunModeOpen")->click();
    fillPostgres(page, location, QString());
    QSignalSpy ready(&page, &FirstRunPage::nodeReady);
    QSignalSpy failed(&page, &FirstRunPage::failed);
    QVERIFY(clickAndWait(page, "firstRunOpen", ready));
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    QCOMPARE(ready.count(), 1);
    Result<std::unique_ptr<Node>> node = Node::open(ready.at(0).at(0).value<DatabaseLocation>());
    QVERIFY2(node.ok(), qPrintable(node.message()));
    QCOMPARE(node.value()->identity().uuid.toString(), uuid);
    QCOMPARE(DatabaseLocation::configured().value().toString(), location.toString());
}

// The test server trusts every local connection, so a wrong password cannot be shown there;
// a port where nothing listens fails the same way (the connection is refused).
void TestFirstRunPage::unreachableServer_data()
{
    QTest::addColumn<bool>("creating");
    QTest::newRow("create") << true;
    QTest::newRow("open") << false;
}

void TestFirstRunPage::unreachableServer()
{
    QFETCH(bool, creating);
    DatabaseLocation location;
    location.kind = DatabaseLocation::Kind::Postgresql;
    location.host = QStringLiteral("127.0.0.1");
    location.port = 1;
    location.user = QStringLiteral("nobody");
    location.database = QStringLiteral("nothing");
    FirstRunPage page;
    page.show();
    if (!creating)
        child<QRadioButton>(page, "firstRunModeOpen")->click();
    fillPostgres(page, location, QStringLiteral("wrong"));
    type(child<QLineEdit>(page, "firstRunName"), QStringLiteral("n"));
    QSignalSpy ready(&page, &FirstRunPage::nodeReady);
    QSignalSpy failed(&page, &FirstRunPage::failed);
    QVERIFY(clickAndWait(page, creating ? "firstRunCreate" : "firstRunOpen", failed));
    QCOMPARE(ready.count(), 0);
    QCOMPARE(failed.count(), 1);
    const QString text = child<QLabel>(page, "firstRunMessage")->text();
    QVERIFY2(
        text.contains(QStringLiteral("Cannot connect to postgresql://nobody@127.0.0.1:1/nothing")),
        qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("wrong")), qPrintable(text)); // never the password
    QVERIFY(QSettings().value(QStringLiteral("database")).toString().isEmpty());
}

void TestFirstRunPage::unreachableKeychainRefusesToOpen()
{
    if (!requirePostgres())
        return;
    const DatabaseLocation location = postgresDatabase();
    QVERIFY(Node::create(location, QStringLiteral("kc"), 0).ok());
    const QByteArray bus = qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS")
                               ? qgetenv("DBUS_SESSION_BUS_ADDRESS")
                               : QByteArray();
    qputenv("DBUS_SESSION_BUS_ADDRESS",
            "unix:path=" + QFile::encodeName(m_dir->filePath(QStringLiteral("no-bus"))));
    FirstRunPage page;
    page.show();
    child<QRadioButton>(page, "firstRunModeOpen")->click();
    fillPostgres(page, location, QStringLiteral("secret"));
    child<QCheckBox>(page, "firstRunRememberPassword")->click();
    QSignalSpy ready(&page, &FirstRunPage::nodeReady);
    QSignalSpy failed(&page, &FirstRunPage::failed);
    const bool done = clickAndWait(page, "firstRunOpen", failed);
    if (bus.isNull())
        qunsetenv("DBUS_SESSION_BUS_ADDRESS");
    else
        qputenv("DBUS_SESSION_BUS_ADDRESS", bus);
    QVERIFY(done);
    QCOMPARE(ready.count(), 0);
    QCOMPARE(failed.count(), 1);
    const QString text = child<QLabel>(page, "firstRunMessage")->text();
    QVERIFY2(text.contains(QStringLiteral("keychain")) && text.contains(QStringLiteral("Untick")),
             qPrintable(text));
    QVERIFY(!text.contains(QStringLiteral("secret")));
    QVERIFY(QSettings().value(QStringLiteral("database")).toString().isEmpty());
}

void TestFirstRunPage::remembersThePasswordInTheKeychain()
{
    if (!requirePostgres())
        return;
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS")) {
        if (qEnvironmentVariableIsSet("CI"))
            QFAIL("No D-Bus session bus: run the tests under dbus-run-session with gnome-keyring "
                  "(packaging/dev.sh test).");
        QSKIP("No D-Bus session bus: run the tests through packaging/dev.sh test.");
    }
    const DatabaseLocation location = postgresDatabase();
    FirstRunPage page;
    page.show();
    fillPostgres(page, location, QStringLiteral("s3cret"));
    type(child<QLineEdit>(page, "firstRunName"), QStringLiteral("kept"));
    child<QCheckBox>(page, "firstRunRememberPassword")->click();
    QSignalSpy ready(&page, &FirstRunPage::nodeReady);
    QSignalSpy failed(&page, &FirstRunPage::failed);
    QVERIFY(clickAndWait(page, "firstRunCreate", ready));
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    QCOMPARE(ready.count(), 1);
    QCOMPARE(ready.at(0).at(1).toString(), QStringLiteral("s3cret"));
    const Result<QString> stored = Keychain::read(location.keychainKey());
    QVERIFY2(stored.ok(), qPrintable(stored.message()));
    QCOMPARE(stored.value(), QStringLiteral("s3cret"));
    QVERIFY(Keychain::remove(location.keychainKey()).ok());
}

void TestFirstRunPage::cancelCreating_data()
{
    QTest::addColumn<bool>("postgresql");
    QTest::newRow("sqlite") << false;
    QTest::newRow("postgresql") << true;
}

// Cancel right after Create (the sample data makes the create take far longer than the
// click): nothing made, nothing remembered, and the page says so and is ready again.
void TestFirstRunPage::cancelCreating()
{
    QFETCH(bool, postgresql);
    if (postgresql && !requirePostgres())
        return;
    DatabaseLocation location;
    FirstRunPage page;
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    if (postgresql) {
        location = postgresDatabase();
        QVERIFY(!location.database.isEmpty());
        fillPostgres(page, location, QString());
    } else {
        location.path = m_dir->filePath(QStringLiteral("cancelled.sqlite"));
        type(child<QLineEdit>(page, "firstRunSqlitePath"), location.path);
    }
    type(child<QLineEdit>(page, "firstRunName"), QStringLiteral("gone"));
    child<QCheckBox>(page, "firstRunSample")->click();
    auto *create = child<QPushButton>(page, "firstRunCreate");
    auto *cancel = child<QPushButton>(page, "firstRunCancel");
    QVERIFY(create && cancel);
    QVERIFY(!cancel->isVisible());
    QSignalSpy ready(&page, &FirstRunPage::nodeReady);
    QSignalSpy failed(&page, &FirstRunPage::failed);
    QSignalSpy cancelled(&page, &FirstRunPage::cancelled);

    QTest::mouseClick(create, Qt::LeftButton);
    QVERIFY(page.isBusy());
    QVERIFY(cancel->isVisible() && cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!cancel->isEnabled()); // asked once
    QVERIFY(cancelled.wait(kWaitMs));
    QCOMPARE(ready.count(), 0);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    QCOMPARE(cancelled.count(), 1);
    QCOMPARE(cancelled.first().first().toString(), NodeSetup::cancelledMessage());
    QCOMPARE(NodeSetup::cancelledMessage(), QStringLiteral("Cancelled: nothing was created."));
    auto *message = child<QLabel>(page, "firstRunMessage");
    QVERIFY(message->isVisible());
    QCOMPARE(message->text(), NodeSetup::cancelledMessage());
    QVERIFY(!page.isBusy());
    QVERIFY(!cancel->isVisible() && create->isEnabled());
    QVERIFY(!child<QProgressBar>(page, "firstRunBusy")->isVisible());

    if (postgresql) {
        QCOMPARE(tablesOf(location), QStringList()); // no s15n_ tables, no sample tables
    } else {
        QVERIFY(!QFile::exists(location.path));
        QVERIFY(!QFile::exists(location.path + QStringLiteral("-wal")));
        QVERIFY(!QFile::exists(location.path + QStringLiteral("-shm")));
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::NoDotAndDotDot | QDir::AllEntries),
                 QStringList());
    }
    QVERIFY(QSettings().value(QStringLiteral("database")).toString().isEmpty());
    QVERIFY2(QSqlDatabase::connectionNames().isEmpty(),
             qPrintable(QSqlDatabase::connectionNames().join(QLatin1Char(' '))));

    // Creating again works: the cancel is not left standing.
    QSignalSpy readyAgain(&page, &FirstRunPage::nodeReady);
    QVERIFY(clickAndWait(page, "firstRunCreate", readyAgain));
    QCOMPARE(readyAgain.count(), 1);
}

void TestFirstRunPage::cancelWhileTheServerIsSilent_data()
{
    QTest::addColumn<bool>("creating");
    QTest::newRow("create") << true;
    QTest::newRow("open") << false;
}

// A server that takes the connection and says nothing: the work waits in libpq, and Cancel
// cannot interrupt that; the page says it is cancelling and stays busy until the connection
// ends, then reports the cancel (not the failed connection). Deterministic: the server ends
// the connection only after the click.
void TestFirstRunPage::cancelWhileTheServerIsSilent()
{
    QFETCH(bool, creating);
    QTcpServer server;
    QVERIFY(server.listen(QHostAddress::LocalHost));
    QList<QTcpSocket *> held;
    connect(&server, &QTcpServer::newConnection, &server, [&] {
        while (server.hasPendingConnections())
            held << server.nextPendingConnection();
    });
    DatabaseLocation location;
    location.kind = DatabaseLocation::Kind::Postgresql;
    location.host = QStringLiteral("127.0.0.1");
    location.port = server.serverPort();
    location.user = QStringLiteral("nobody");
    location.database = QStringLiteral("silent");
    FirstRunPage page;
    page.show();
    if (!creating)
        child<QRadioButton>(page, "firstRunModeOpen")->click();
    fillPostgres(page, location, QString());
    type(child<QLineEdit>(page, "firstRunName"), QStringLiteral("n"));
    QSignalSpy ready(&page, &FirstRunPage::nodeReady);
    QSignalSpy failed(&page, &FirstRunPage::failed);
    QSignalSpy cancelled(&page, &FirstRunPage::cancelled);
    QTest::mouseClick(child<QPushButton>(page, creating ? "firstRunCreate" : "firstRunOpen"),
                      Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!held.isEmpty(), kWaitMs); // the work is connecting
    QVERIFY(page.isBusy());
    QTest::mouseClick(child<QPushButton>(page, "firstRunCancel"), Qt::LeftButton);
    QVERIFY(child<QLabel>(page, "firstRunMessage")->text().contains(QStringLiteral("Cancelling")));
    QTest::qWait(50); // the page stays busy while the server is silent (not a synchronisation)
    QVERIFY(page.isBusy() && cancelled.isEmpty());
    server.close(); // a retry is refused
    qDeleteAll(held);
    held.clear();
    QVERIFY(cancelled.wait(kWaitMs));
    QCOMPARE(ready.count(), 0);
    QVERIFY2(failed.isEmpty(), qPrintable(failed.value(0).value(0).toString()));
    const QString text = child<QLabel>(page, "firstRunMessage")->text();
    QCOMPARE(text, creating ? NodeSetup::cancelledMessage()
                            : QStringLiteral("Cancelled: no node was opened."));
    QVERIFY(!page.isBusy());
    QVERIFY(QSettings().value(QStringLiteral("database")).toString().isEmpty());
}

void TestFirstRunPage::nodeSetupCancelledAtEachStep_data()
{
    QTest::addColumn<QString>("database"); // "new file", "existing file", "postgresql"
    QTest::addColumn<int>("cancelAt");     // the question that says yes; 0: none does
    for (const char *database : {"new file", "existing file", "postgresql"}) {
        for (int at = 0; at <= 4; ++at)
            QTest::addRow("%s, cancelled at %d", database, at)
                << QString::fromLatin1(database) << at;
    }
}

// NodeSetup::create asks between its steps (before anything, after the sample check, once
// the node is made, once the sample data is in); a yes at any of them undoes everything, and
// the application's own table stays.
void TestFirstRunPage::nodeSetupCancelledAtEachStep()
{
    QFETCH(QString, database);
    QFETCH(int, cancelAt);
    DatabaseLocation location;
    QStringList before; // the application's own tables
    if (database == QLatin1String("postgresql")) {
        if (!requirePostgres())
            return;
        location = postgresDatabase();
        QVERIFY(!location.database.isEmpty());
    } else {
        location.path = m_dir->filePath(QStringLiteral("steps.sqlite"));
    }
    if (database != QLatin1String("new file")) {
        if (location.kind == DatabaseLocation::Kind::Sqlite)
            QVERIFY(QFile(location.path).open(QIODevice::WriteOnly));
        QString error;
        test::querySql(location.toString(),
                       QStringLiteral("CREATE TABLE orders (id INTEGER PRIMARY KEY)"), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        before << QStringLiteral("orders");
    } else {
        before << QStringLiteral("(no file)");
    }

    int asked = 0;
    Result<std::unique_ptr<Node>> node = NodeSetup::create(
        location, QStringLiteral("steps"), 0, true, QString(), [&] { return ++asked == cancelAt; });
    if (cancelAt == 0) {
        QVERIFY2(node.ok(), qPrintable(node.message()));
        QCOMPARE(asked, 4);
        QVERIFY(ResourceStore(*node.value()).list().value().size() == SampleData::tables().size());
        return;
    }
    QVERIFY(!node.ok());
    QCOMPARE(node.message(), NodeSetup::cancelledMessage());
    QCOMPARE(asked, cancelAt); // nothing more done once cancelled
    QCOMPARE(tablesOf(location), before);
    if (location.kind == DatabaseLocation::Kind::Sqlite) {
        QVERIFY(!QFile::exists(location.path + QStringLiteral("-wal")) ||
                database == QLatin1String("existing file"));
    }
}

// Without a node the window shows the first-run page, whose title says there is none; the
// message under it does not say it again.
void TestFirstRunPage::saysThereIsNoNodeOnce()
{
    qputenv("S15N_DB", QFile::encodeName(m_dir->filePath(QStringLiteral("none.sqlite"))));
    const auto unset = qScopeGuard([] { qunsetenv("S15N_DB"); });
    ui::MainWindow window;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *page = window.findChild<FirstRunPage *>();
    QVERIFY(page);
    auto *title = child<QLabel>(*page, "firstRunTitle");
    QVERIFY(title && title->isVisible());
    QVERIFY2(title->text().contains(QStringLiteral("no s15n node yet")), qPrintable(title->text()));
    auto *message = child<QLabel>(*page, "firstRunMessage");
    QVERIFY2(!message->isVisible(), qPrintable(message->text()));
    QStringList saying;
    for (const QLabel *label : window.findChildren<QLabel *>()) {
        if (label->isVisible() && label->text().contains(QStringLiteral("Create one")))
            saying << label->objectName();
    }
    QCOMPARE(saying, QStringList{QStringLiteral("firstRunTitle")});
}

S15N_GUI_TEST_MAIN(TestFirstRunPage)

#include "tst_firstrunpage.moc"
