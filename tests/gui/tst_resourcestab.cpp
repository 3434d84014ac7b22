// The Resources tab of the Repositories page against a child node opened in this process (the
// sample tables without rows, none of them a resource yet) and, for the remote's catalogue, a
// real `s15n serve` parent with the sample data and one extra resource the child does not
// have: add from local tables with options (stored, captured), refused combinations (nothing
// stored), edit, remove (asked first; the data stays), add from the remote's catalogue (added;
// a table missing here is refused and says what to do), cancelling the question to a remote
// that never answers, the "At the remote" column (asked in the background when the tab shows,
// saying why when the remote cannot be asked, asked again on request or for another
// repository), and the model.
#include "capture/resourcestore.h"
#include "client/repositorysetup.h"
#include "dialogs/resourcedialog.h"
#include "models/resourcemodel.h"
#include "pages/repositoriespage.h"
#include "pages/resourcestab.h"
#include "pages/scheduletab.h"
#include "secrets/credentialstore.h"
#include "storage/node.h"
#include "storage/schemacatalogue.h"

#include "httptest.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QtTest>

#include "guitestmain.h"

using namespace s15n;
using namespace s15n::test;
using namespace Qt::StringLiterals;

namespace {

// The tab, with its questions answered and its message boxes recorded by the test.
class Tab : public ui::ResourcesTab
{
public:
    using ResourcesTab::ResourcesTab;

    bool answer = true;
    QStringList questions;
    QStringList errors;

protected:
    bool confirm(const QString &, const QString &question) override
    {
        questions << question;
        return answer;
    }
    void showError(const QString &title, const QString &message) override
    {
        errors << title + u": "_s + message;
    }
};

// Whether a dialog closed on the GUI thread (outside an event loop) was deleted: its
// deleteLater() waits for the deferred deletions to be sent.
template <typename T> bool deleted(const QPointer<T> &dialog)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return dialog.isNull();
}

template <typename T> T *child(QObject *parent, const char *name)
{
    auto *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no widget %s", name);
    return w;
}

void choose(QComboBox *combo, int value)
{
    const int index = combo->findData(value);
    QVERIFY2(index >= 0, qPrintable(u"%1 offers no %2"_s.arg(combo->objectName()).arg(value)));
    combo->setCurrentIndex(index);
}

QString cell(const ui::ResourceModel &model, int row, ui::ResourceModel::Column column,
             int role = Qt::DisplayRole)
{
    return model.index(row, int(column)).data(role).toString();
}

} // namespace

class TestResourcesTab : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    ExchangeNode m_parent;
    ServerProcess m_server;
    ExchangeNode m_childNode;
    std::unique_ptr<Node> m_child;
    int m_children = 0;

    qint64 count(const QString &query, const QVariantList &values = {})
    {
        Result<QVariant> v = m_child->database().scalar(query, values);
        if (!v)
            qFatal("%s: %s", qPrintable(query), qPrintable(v.message()));
        return v.value().toLongLong();
    }
    qint64 changesOf(const QString &table)
    {
        return count(u"SELECT count(*) FROM s15n_changes WHERE table_name = ?"_s, {table});
    }
    void exec(const QString &statement)
    {
        Result<QSqlQuery> q = m_child->database().exec(statement);
        QVERIFY2(q.ok(), qPrintable(q.message()));
    }
    void addResource(const QString &table)
    {
        Resource r;
        r.table = table;
        Status s = ResourceStore(*m_child).add(r);
        QVERIFY2(s.ok(), qPrintable(s.message()));
    }
    void addParent(const QString &url)
    {
        Repository r;
        r.name = u"parent"_s;
        r.url = QUrl(url);
        r.username = kAccount;
        Result<AddOutcome> added = RepositorySetup(*m_child).add(r, kPassword);
        QVERIFY2(added.ok(), qPrintable(added.message()));
    }
    // Opens the Add-from-local-tables dialog with the button.
    ui::ResourceDialog *openLocal(Tab &tab)
    {
        child<QPushButton>(&tab, "resourceAddLocal")->click();
        return tab.findChild<ui::ResourceDialog *>();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("S15N_CREDENTIALS_FILE", m_home.filePath(u"credentials"_s).toUtf8());
        CHECKED(makeNode(&m_parent, m_home.path(), u"P"_s, Backend::Sqlite, Content::SampleData));
        // A resource of the parent that the child's database does not have.
        CHECKED(sql(m_parent, u"CREATE TABLE visits (id INTEGER PRIMARY KEY, note TEXT);"_s));
        CHECKED(runOk(m_parent, {u"resource"_s, u"add"_s, u"visits"_s}));
        CHECKED(addAccount(m_parent, kAccount, kPassword));
        CHECKED(startServer(m_parent, &m_server, {u"--no-worker"_s}));
    }
    void cleanupTestCase() { stopServer(&m_server); }

    void init()
    {
        // The sample tables without rows, and no resources.
        CHECKED(makeNode(&m_childNode, m_home.path(), u"C%1"_s.arg(++m_children), Backend::Sqlite,
                         Content::Bare));
        CHECKED(sql(m_childNode, sampleSchema(Backend::Sqlite)));
        Result<DatabaseLocation> location = DatabaseLocation::parse(m_childNode.db);
        QVERIFY2(location.ok(), qPrintable(location.message()));
        Result<std::unique_ptr<Node>> node = Node::open(location.value());
        QVERIFY2(node.ok(), qPrintable(node.message()));
        m_child = std::move(node.value());
    }
    void cleanup() { m_child.reset(); }

    void addFromLocalTablesWithOptions()
    {
        Tab tab(*m_child);
        QAbstractItemModelTester tester(tab.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        VERIFY_MENTIONS(child<QLabel>(&tab, "resourceNote")->text(),
                        (QStringList{u"every repository"_s}));
        // A row that is there before: it is queued as a change when the table is added.
        CHECKED(exec(u"INSERT INTO stores (code, name) VALUES ('HQ', 'Head office')"_s));

        QPointer<ui::ResourceDialog> dialog = openLocal(tab);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->kind(), ui::ResourceDialog::Kind::AddLocal);
        QStringList offered = dialog->tables();
        offered.sort();
        QStringList expected = sampleTables();
        expected.sort();
        QCOMPARE(offered, expected);
        // MANUAL is for conflicts only.
        QCOMPARE(child<QComboBox>(dialog, "resUpdatePolicy")->findData(int(Policy::Manual)), -1);

        QVERIFY(dialog->selectTable(u"stores"_s));
        QCOMPARE(child<QLineEdit>(dialog, "resUuidColumn")->text(), u"uuid"_s);
        CHECKED(choose(child<QComboBox>(dialog, "resMode"), int(SyncMode::Pull)));
        child<QCheckBox>(dialog, "resDelete")->setChecked(false);
        CHECKED(choose(child<QComboBox>(dialog, "resUpdatePolicy"), int(Policy::This)));
        CHECKED(choose(child<QComboBox>(dialog, "resConflictPolicy"), int(Policy::Manual)));
        QSignalSpy stored(dialog, &ui::ResourceDialog::stored);
        QSignalSpy closed(dialog, &QObject::destroyed);
        QSignalSpy changed(&tab, &ui::ResourcesTab::resourcesChanged);
        child<QPushButton>(dialog, "resOk")->click();
        QVERIFY(dialog->isBusy()); // off the GUI thread
        QVERIFY(!child<QProgressBar>(dialog, "resProgress")->isHidden());
        QVERIFY(stored.wait(20000));
        QVERIFY(!closed.isEmpty() || closed.wait(5000));
        QCOMPARE(changed.size(), 1);
        VERIFY_MENTIONS(tab.statusText(), (QStringList{u"stores"_s, u"added the column uuid"_s}));

        Result<Resource> r = ResourceStore(*m_child).find(u"stores"_s);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(r.value().uuidColumn, u"uuid"_s);
        QCOMPARE(toString(r.value().mode), u"pull"_s);
        QCOMPARE(r.value().strategy.toString(), u"create,update"_s);
        QCOMPARE(toString(r.value().updatePolicy), u"THIS"_s);
        QCOMPARE(toString(r.value().conflictPolicy), u"MANUAL"_s);
        // Captured: the row that was there is queued, and a new one is captured.
        QCOMPARE(changesOf(u"stores"_s), 1);
        QCOMPARE(count(u"SELECT count(*) FROM stores WHERE length(uuid) = 36"_s), 1);
        CHECKED(exec(u"INSERT INTO stores (code, name) VALUES ('N', 'North')"_s));
        QCOMPARE(changesOf(u"stores"_s), 2);

        using Column = ui::ResourceModel::Column;
        const int row = tab.model()->rowOf(u"stores"_s);
        QVERIFY(row >= 0);
        QCOMPARE(tab.selectedTable(), u"stores"_s);
        QCOMPARE(cell(*tab.model(), row, Column::Mode, Qt::UserRole), u"pull"_s);
        QCOMPARE(cell(*tab.model(), row, Column::Strategy, Qt::UserRole), u"create,update"_s);
        QCOMPARE(cell(*tab.model(), row, Column::UpdatePolicy), u"THIS"_s);
        QCOMPARE(cell(*tab.model(), row, Column::ConflictPolicy), u"MANUAL"_s);
        QCOMPARE(cell(*tab.model(), row, Column::AtRemote), QString()); // not known
        QCOMPARE(tab.model()->columnCount(), int(Column::Count));

        // The next dialog no longer offers it.
        dialog = openLocal(tab);
        QVERIFY(dialog);
        QVERIFY(!dialog->tables().contains(u"stores"_s));
        dialog->reject();
        QVERIFY2(tab.errors.isEmpty(), qPrintable(tab.errors.join(u'\n')));
    }

    void badCombinationsAreRefused()
    {
        Tab tab(*m_child);
        QAbstractItemModelTester tester(tab.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QPointer<ui::ResourceDialog> dialog = openLocal(tab);
        QVERIFY(dialog);
        QVERIFY(dialog->selectTable(u"names"_s));
        for (const char *box : {"resCreate", "resUpdate", "resDelete"})
            child<QCheckBox>(dialog, box)->setChecked(false);
        QSignalSpy failed(dialog, &ui::ResourceDialog::storingFailed);
        QSignalSpy changed(&tab, &ui::ResourcesTab::resourcesChanged);
        child<QPushButton>(dialog, "resOk")->click();
        QCOMPARE(failed.size(), 1); // checked before anything runs
        VERIFY_MENTIONS(dialog->message(), (QStringList{u"at least one"_s, u"create"_s}));
        QVERIFY(dialog->messageIsError());
        QVERIFY(dialog->isVisible());
        QVERIFY(!ResourceStore(*m_child).find(u"names"_s).ok());

        // A UUID column that holds other things: refused by the store, off the GUI thread.
        CHECKED(exec(u"INSERT INTO names (code, name) VALUES ('S1', 'Supplier')"_s));
        child<QCheckBox>(dialog, "resCreate")->setChecked(true);
        child<QLineEdit>(dialog, "resUuidColumn")->setText(u"code"_s);
        child<QPushButton>(dialog, "resOk")->click();
        QVERIFY(failed.wait(20000));
        QCOMPARE(failed.size(), 2);
        VERIFY_MENTIONS(dialog->message(), (QStringList{u"code"_s, u"not a lower-case UUID"_s,
                                                        u"nothing was added"_s}));
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isBusy());
        // Nothing stored, nothing captured.
        QVERIFY(!ResourceStore(*m_child).find(u"names"_s).ok());
        QCOMPARE(changesOf(u"names"_s), 0);
        CHECKED(exec(u"INSERT INTO names (code, name) VALUES ('S2', 'Another')"_s));
        QCOMPARE(changesOf(u"names"_s), 0);
        QCOMPARE(tab.model()->rowCount(), 0);
        QCOMPARE(changed.size(), 0);
        dialog->reject();

        // No table left to add: told, and no dialog.
        for (const QString &table : sampleTables())
            CHECKED(addResource(table));
        tab.refresh();
        QCOMPARE(tab.model()->rowCount(), int(sampleTables().size()));
        QVERIFY(!tab.addFromLocalTables());
        QCOMPARE(tab.errors.size(), 1);
        VERIFY_MENTIONS(tab.errors.first(), (QStringList{u"every table"_s, u"create"_s}));
    }

    void editChangesTheSettings()
    {
        CHECKED(addResource(u"items"_s));
        Tab tab(*m_child);
        QAbstractItemModelTester tester(tab.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(tab.select(u"items"_s));
        child<QPushButton>(&tab, "resourceEdit")->click();
        QPointer<ui::ResourceDialog> dialog = tab.findChild<ui::ResourceDialog *>();
        QVERIFY(dialog);
        QCOMPARE(dialog->kind(), ui::ResourceDialog::Kind::Edit);
        QCOMPARE(dialog->tables(), QStringList{u"items"_s});
        QVERIFY(child<QLineEdit>(dialog, "resUuidColumn")->isReadOnly());
        QCOMPARE(child<QComboBox>(dialog, "resMode")->currentData().toInt(), int(SyncMode::Both));
        QVERIFY(child<QCheckBox>(dialog, "resDelete")->isChecked());

        // No operation allowed: refused, nothing changed.
        for (const char *box : {"resCreate", "resUpdate", "resDelete"})
            child<QCheckBox>(dialog, box)->setChecked(false);
        child<QPushButton>(dialog, "resOk")->click();
        QVERIFY(dialog->messageIsError());
        VERIFY_MENTIONS(dialog->message(), (QStringList{u"at least one"_s}));
        QCOMPARE(ResourceStore(*m_child).find(u"items"_s).value().strategy.toString(),
                 u"create,update,delete"_s);

        child<QCheckBox>(dialog, "resUpdate")->setChecked(true);
        CHECKED(choose(child<QComboBox>(dialog, "resMode"), int(SyncMode::Push)));
        CHECKED(choose(child<QComboBox>(dialog, "resUpdatePolicy"), int(Policy::Master)));
        CHECKED(choose(child<QComboBox>(dialog, "resConflictPolicy"), int(Policy::Other)));
        QSignalSpy stored(dialog, &ui::ResourceDialog::stored);
        child<QPushButton>(dialog, "resOk")->click();
        QCOMPARE(stored.size(), 1);
        QVERIFY(deleted(dialog));
        const Resource r = ResourceStore(*m_child).find(u"items"_s).value();
        QCOMPARE(toString(r.mode), u"push"_s);
        QCOMPARE(r.strategy.toString(), u"update"_s);
        QCOMPARE(toString(r.updatePolicy), u"MASTER"_s);
        QCOMPARE(toString(r.conflictPolicy), u"OTHER"_s);
        const int row = tab.model()->rowOf(u"items"_s);
        QCOMPARE(cell(*tab.model(), row, ui::ResourceModel::Column::UpdatePolicy), u"MASTER"_s);
        QCOMPARE(cell(*tab.model(), row, ui::ResourceModel::Column::Mode, Qt::UserRole), u"push"_s);
    }

    void removeAsksFirstAndKeepsTheData()
    {
        CHECKED(addResource(u"stores"_s));
        CHECKED(exec(u"INSERT INTO stores (code, name) VALUES ('HQ', 'Head office')"_s));
        Tab tab(*m_child);
        QAbstractItemModelTester tester(tab.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy changed(&tab, &ui::ResourcesTab::resourcesChanged);
        QVERIFY(tab.select(u"stores"_s));
        tab.answer = false;
        child<QPushButton>(&tab, "resourceRemove")->click();
        QCOMPARE(tab.questions.size(), 1);
        VERIFY_MENTIONS(tab.questions.first(),
                        (QStringList{u"stores"_s, u"every repository"_s, u"data stay"_s}));
        QVERIFY(!tab.isBusy());
        QVERIFY(ResourceStore(*m_child).find(u"stores"_s).ok());

        tab.answer = true;
        QSignalSpy removed(&tab, &ui::ResourcesTab::resourceRemoved);
        child<QPushButton>(&tab, "resourceRemove")->click();
        QCOMPARE(tab.questions.size(), 2);
        QVERIFY(removed.wait(20000));
        QVERIFY2(removed.first().at(1).toBool(), qPrintable(removed.first().at(2).toString()));
        VERIFY_MENTIONS(tab.statusText(), (QStringList{u"stores"_s, u"data stays"_s}));
        QVERIFY(!ResourceStore(*m_child).find(u"stores"_s).ok());
        QCOMPARE(tab.model()->rowOf(u"stores"_s), -1);
        QCOMPARE(changed.size(), 1);
        // The data stays; changes are no longer captured.
        QCOMPARE(count(u"SELECT count(*) FROM stores"_s), 1);
        CHECKED(exec(u"INSERT INTO stores (code, name) VALUES ('N', 'North')"_s));
        QCOMPARE(changesOf(u"stores"_s), 0);
        QVERIFY2(tab.errors.isEmpty(), qPrintable(tab.errors.join(u'\n')));
        QVERIFY(!child<QPushButton>(&tab, "resourceRemove")->isEnabled());
    }

    void addFromTheRemotesCatalogue()
    {
        CHECKED(addParent(m_server.url));
        CHECKED(addResource(u"names"_s)); // a resource here already
        Tab tab(*m_child);
        QAbstractItemModelTester tester(tab.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!child<QPushButton>(&tab, "resourceAddRemote")->isEnabled()); // no repository
        tab.setRepository(u"parent"_s);
        QVERIFY(child<QPushButton>(&tab, "resourceAddRemote")->isEnabled());
        QSignalSpy fetched(&tab, &ui::ResourcesTab::catalogueFetched);
        child<QPushButton>(&tab, "resourceAddRemote")->click();
        QVERIFY(tab.isBusy());
        QVERIFY(!child<QProgressBar>(&tab, "resourceProgress")->isHidden());
        QVERIFY(!child<QPushButton>(&tab, "resourceCancel")->isHidden());
        QVERIFY(fetched.wait(20000));
        QVERIFY2(fetched.first().at(0).toBool(), qPrintable(fetched.first().at(1).toString()));
        QVERIFY2(tab.errors.isEmpty(), qPrintable(tab.errors.join(u'\n')));

        // What the remote syncs is shown beside this node's resources.
        using Column = ui::ResourceModel::Column;
        const int names = tab.model()->rowOf(u"names"_s);
        QCOMPARE(cell(*tab.model(), names, Column::AtRemote), u"Yes"_s);
        QCOMPARE(tab.model()->index(names, int(Column::AtRemote)).data(Qt::UserRole),
                 QVariant(true));

        QPointer<ui::ResourceDialog> dialog = tab.remoteDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->kind(), ui::ResourceDialog::Kind::AddRemote);
        QStringList offered = dialog->tables();
        offered.sort();
        QStringList expected = sampleTables() << u"visits"_s;
        expected.sort();
        QCOMPARE(offered, expected);

        // One that is a resource here already: refused.
        QVERIFY(dialog->selectTable(u"names"_s));
        QSignalSpy failed(dialog, &ui::ResourceDialog::storingFailed);
        child<QPushButton>(dialog, "resOk")->click();
        QCOMPARE(failed.size(), 1);
        VERIFY_MENTIONS(dialog->message(), (QStringList{u"names"_s, u"already"_s, u"Edit"_s}));

        QVERIFY(dialog->selectTable(u"stores"_s));
        VERIFY_MENTIONS(child<QLabel>(dialog, "resNote")->text(),
                        (QStringList{u"parent"_s, u"every repository"_s}));
        QSignalSpy stored(dialog, &ui::ResourceDialog::stored);
        QSignalSpy closed(dialog, &QObject::destroyed);
        child<QPushButton>(dialog, "resOk")->click();
        QVERIFY(stored.wait(20000));
        QVERIFY(!closed.isEmpty() || closed.wait(5000));
        QVERIFY(ResourceStore(*m_child).find(u"stores"_s).ok());
        const int stores = tab.model()->rowOf(u"stores"_s);
        QVERIFY(stores >= 0);
        QCOMPARE(cell(*tab.model(), stores, Column::AtRemote), u"Yes"_s);

        // The parent's rows of it arrive with the next round.
        Result<RoundSummary> synced = RepositorySetup(*m_child).sync(u"parent"_s, {});
        QVERIFY2(synced.ok(), qPrintable(synced.message()));
        QVERIFY(count(u"SELECT count(*) FROM stores"_s) > 0);

        // Another repository: what the remote syncs is not known for it.
        tab.setRepository(QString());
        QCOMPARE(cell(*tab.model(), stores, Column::AtRemote), QString());
        QVERIFY(!child<QPushButton>(&tab, "resourceAddRemote")->isEnabled());
    }

    void aRemoteTableMissingHereIsNotAdded()
    {
        CHECKED(addParent(m_server.url));
        Tab tab(*m_child);
        tab.setRepository(u"parent"_s);
        QSignalSpy fetched(&tab, &ui::ResourcesTab::catalogueFetched);
        tab.addFromRemote();
        QVERIFY(fetched.wait(20000));
        QVERIFY2(fetched.first().at(0).toBool(), qPrintable(fetched.first().at(1).toString()));
        QPointer<ui::ResourceDialog> dialog = tab.remoteDialog();
        QVERIFY(dialog);
        QVERIFY(dialog->selectTable(u"visits"_s));
        VERIFY_MENTIONS(child<QLabel>(dialog, "resNote")->text(),
                        (QStringList{u"visits"_s, u"does not exist"_s}));
        QSignalSpy failed(dialog, &ui::ResourceDialog::storingFailed);
        QSignalSpy stored(dialog, &ui::ResourceDialog::stored);
        child<QPushButton>(dialog, "resOk")->click();
        QCOMPARE(failed.size(), 1);
        // Why, and what to do.
        VERIFY_MENTIONS(dialog->message(),
                        (QStringList{u"visits"_s, u"does not exist"_s, u"create it"_s,
                                     u"parent's backup"_s, u"nothing was added"_s}));
        QVERIFY(dialog->messageIsError());
        QVERIFY(dialog->isVisible());
        QCOMPARE(stored.size(), 0);
        QVERIFY(!ResourceStore(*m_child).find(u"visits"_s).ok());
        QVERIFY(!SchemaCatalogue(m_child->database()).tables().value().contains(u"visits"_s));
        QCOMPARE(tab.model()->rowCount(), 0);
        dialog->reject();
    }

    void cancelsAQuestionThatIsNotAnswered()
    {
        BlackHole hole;
        QVERIFY(hole.start() != 0);
        Repository r;
        r.name = u"hole"_s;
        r.url = QUrl(hole.url());
        r.username = kAccount;
        QVERIFY(RepositoryStore(m_child->database()).add(r).ok());
        const QString scope = m_child->identity().uuid.toString(QUuid::WithoutBraces);
        QVERIFY(CredentialStore::write(scope, u"hole"_s, kPassword).ok());

        Tab tab(*m_child);
        tab.setRepository(u"hole"_s);
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(10);
        QSignalSpy fetched(&tab, &ui::ResourcesTab::catalogueFetched);
        child<QPushButton>(&tab, "resourceAddRemote")->click();
        QTRY_VERIFY_WITH_TIMEOUT(hole.connections() > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(ticks >= 20, 10000); // the GUI thread turns meanwhile
        QVERIFY(tab.isBusy());
        QVERIFY(fetched.isEmpty());
        QElapsedTimer sinceCancel;
        sinceCancel.start();
        child<QPushButton>(&tab, "resourceCancel")->click();
        QVERIFY(fetched.wait(5000));
        QVERIFY2(sinceCancel.elapsed() < 3000, qPrintable(QString::number(sinceCancel.elapsed())));
        QVERIFY(!fetched.first().at(0).toBool());
        VERIFY_MENTIONS(tab.statusText(), (QStringList{u"stopped"_s}));
        QVERIFY(tab.errors.isEmpty()); // cancelled: no message box
        QVERIFY(!tab.remoteDialog());
        QVERIFY(!tab.isBusy());
    }

    // The column is filled when the tab shows with a repository, without a busy bar or a
    // message box: Yes or No per resource.
    void theRemoteIsAskedWhenTheTabShows()
    {
        CHECKED(addParent(m_server.url));
        CHECKED(addResource(u"stores"_s));
        // A table of this node only: the parent does not sync it.
        CHECKED(exec(u"CREATE TABLE notes (id INTEGER PRIMARY KEY, text TEXT)"_s));
        CHECKED(addResource(u"notes"_s));
        Tab tab(*m_child);
        QAbstractItemModelTester tester(tab.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        using Column = ui::ResourceModel::Column;
        const int stores = tab.model()->rowOf(u"stores"_s);
        const int notes = tab.model()->rowOf(u"notes"_s);
        QSignalSpy asked(&tab, &ui::ResourcesTab::remoteAsked);

        // Hidden: nobody is asked yet.
        tab.setRepository(u"parent"_s);
        QVERIFY(!tab.isAskingRemote());
        QCOMPARE(cell(*tab.model(), stores, Column::AtRemote), u"Not asked yet"_s);
        QCOMPARE(tab.model()->index(stores, int(Column::AtRemote)).data(Qt::UserRole), QVariant());

        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QVERIFY(tab.isAskingRemote());
        QVERIFY(!tab.isBusy()); // in the background: the tab's own actions stay usable
        QCOMPARE(cell(*tab.model(), stores, Column::AtRemote), u"Asking..."_s);
        QVERIFY(asked.wait(20000));
        QCOMPARE(asked.first().at(0).toString(), u"parent"_s);
        QVERIFY2(asked.first().at(1).toBool(), qPrintable(asked.first().at(2).toString()));
        QCOMPARE(cell(*tab.model(), stores, Column::AtRemote), u"Yes"_s);
        QCOMPARE(cell(*tab.model(), notes, Column::AtRemote), u"No"_s);
        QCOMPARE(tab.model()->index(notes, int(Column::AtRemote)).data(Qt::UserRole),
                 QVariant(false));
        VERIFY_MENTIONS(cell(*tab.model(), notes, Column::AtRemote, Qt::ToolTipRole),
                        (QStringList{u"parent"_s, u"does not sync"_s}));
        QVERIFY2(tab.errors.isEmpty(), qPrintable(tab.errors.join(u'\n')));
        QCOMPARE(tab.statusText(), QString());

        // Shown again: known, not asked again.
        tab.hide();
        tab.show();
        QVERIFY(!tab.isAskingRemote());
        QCOMPARE(asked.size(), 1);
    }

    void aRemoteThatCannotBeAskedSaysWhy()
    {
        const quint16 port = [] {
            QTcpServer server;
            return server.listen(QHostAddress::LocalHost, 0) ? server.serverPort() : quint16(0);
        }();
        QVERIFY(port != 0);
        CHECKED(addParent(u"http://127.0.0.1:%1"_s.arg(port))); // unreachable: not registered
        CHECKED(addResource(u"stores"_s));
        Tab tab(*m_child);
        QSignalSpy asked(&tab, &ui::ResourcesTab::remoteAsked);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        tab.setRepository(u"parent"_s);
        QVERIFY(asked.wait(20000));
        QVERIFY(!asked.first().at(1).toBool());
        using Column = ui::ResourceModel::Column;
        const int stores = tab.model()->rowOf(u"stores"_s);
        QCOMPARE(cell(*tab.model(), stores, Column::AtRemote), u"Unknown"_s);
        // Why, and what to do.
        VERIFY_MENTIONS(cell(*tab.model(), stores, Column::AtRemote, Qt::ToolTipRole),
                        (QStringList{u"could not be asked"_s, asked.first().at(2).toString(),
                                     u"Ask the remote"_s}));
        QVERIFY(tab.errors.isEmpty()); // in the background: no message box
        QVERIFY(!tab.statusIsError());

        // The remote is back (at its right address): "Ask the remote" asks again.
        Repository r = RepositoryStore(m_child->database()).find(u"parent"_s).value();
        r.url = QUrl(m_server.url);
        QVERIFY(RepositorySetup(*m_child).update(r).ok());
        auto *ask = child<QPushButton>(&tab, "resourceAskRemote");
        QVERIFY(ask->isEnabled());
        ask->click();
        QVERIFY(!ask->isEnabled()); // once at a time
        QVERIFY(asked.wait(20000));
        QVERIFY2(asked.last().at(1).toBool(), qPrintable(asked.last().at(2).toString()));
        QCOMPARE(cell(*tab.model(), stores, Column::AtRemote), u"Yes"_s);
        QVERIFY(ask->isEnabled());
    }

    // Another repository selected while a remote does not answer: that question is dropped,
    // and the new one's remote asked at once.
    void anotherRepositoryIsAskedAtOnce()
    {
        BlackHole hole;
        QVERIFY(hole.start() != 0);
        Repository r;
        r.name = u"hole"_s;
        r.url = QUrl(hole.url());
        r.username = kAccount;
        QVERIFY(RepositoryStore(m_child->database()).add(r).ok());
        const QString scope = m_child->identity().uuid.toString(QUuid::WithoutBraces);
        QVERIFY(CredentialStore::write(scope, u"hole"_s, kPassword).ok());
        CHECKED(addParent(m_server.url));
        CHECKED(addResource(u"stores"_s));

        Tab tab(*m_child);
        QSignalSpy asked(&tab, &ui::ResourcesTab::remoteAsked);
        tab.setRepository(u"hole"_s);
        tab.show();
        QVERIFY(QTest::qWaitForWindowExposed(&tab));
        QTRY_VERIFY_WITH_TIMEOUT(hole.connections() > 0, 10000);
        QVERIFY(tab.isAskingRemote());
        QElapsedTimer since;
        since.start();
        tab.setRepository(u"parent"_s);
        QVERIFY(asked.wait(10000));
        QVERIFY2(since.elapsed() < 5000, qPrintable(QString::number(since.elapsed())));
        QCOMPARE(asked.size(), 1); // the black hole's question ended unheard
        QCOMPARE(asked.first().at(0).toString(), u"parent"_s);
        QCOMPARE(cell(*tab.model(), tab.model()->rowOf(u"stores"_s),
                      ui::ResourceModel::Column::AtRemote),
                 u"Yes"_s);
    }

    void theRepositoriesPageShowsTheTabs()
    {
        CHECKED(addParent(m_server.url));
        CHECKED(addResource(u"stores"_s));
        ui::RepositoriesPage page(*m_child);
        auto *tabs = child<QTabWidget>(&page, "repoTabs");
        QCOMPARE(tabs->count(), 2);
        QCOMPARE(tabs->tabText(0).remove(u'&'), u"Resources"_s);
        QCOMPARE(tabs->tabText(1).remove(u'&'), u"Schedule"_s);
        QCOMPARE(page.resourcesTab()->model()->rowCount(), 1);
        // The only repository is selected: the tabs show it.
        QCOMPARE(page.selectedName(), u"parent"_s);
        QCOMPARE(page.resourcesTab()->repository(), u"parent"_s);
        QCOMPARE(page.scheduleTab()->repository(), u"parent"_s);
        QVERIFY(child<QPushButton>(&page, "resourceAddRemote")->isEnabled());
    }
};

S15N_GUI_TEST_MAIN(TestResourcesTab)
#include "tst_resourcestab.moc"
