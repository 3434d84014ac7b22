// The Repositories page against a real `s15n serve` (the parent, with an account for the
// child) and a child node opened in this process: Test connection, Add (registered, or not
// reachable and told how to register by hand), Edit, Register, Remove (asked first), the
// model, a window that stays responsive while the remote does not answer, the first
// repository selected (and a selection kept), lists whose columns fit a 1200x800 window
// in English, French and Spanish, Sync now (the rows arrive, where the round is shown while it
// runs, the outcome told; Cancel against a remote that never answers), and the split and tab
// remembered across sessions.
#include "client/repositorysetup.h"
#include "dialogs/repositorydialog.h"
#include "mainwindow.h"
#include "models/jobmodel.h"
#include "models/repositorymodel.h"
#include "models/resourcemodel.h"
#include "pages/repositoriespage.h"
#include "pages/resourcestab.h"
#include "pages/scheduletab.h"
#include "schedule/jobstore.h"
#include "secrets/credentialstore.h"
#include "storage/node.h"
#include "translations.h"

#include "httptest.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QElapsedTimer>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSplitter>
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

// The page, with its questions answered and its message boxes recorded by the test.
class Page : public ui::RepositoriesPage
{
public:
    using RepositoriesPage::RepositoriesPage;

    bool answer = true;
    int questions = 0;
    QStringList errors;

protected:
    bool confirm(const QString &, const QString &) override
    {
        ++questions;
        return answer;
    }
    void showError(const QString &title, const QString &message) override
    {
        errors << title + u": "_s + message;
    }
};

template <typename T> T *child(QObject *parent, const char *name)
{
    auto *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no widget %s", name);
    return w;
}

void fill(ui::RepositoryDialog *dialog, const QString &name, const QString &url,
          const QString &user, const QString &password)
{
    child<QLineEdit>(dialog, "repoName")->setText(name);
    child<QLineEdit>(dialog, "repoUrl")->setText(url);
    child<QLineEdit>(dialog, "repoUser")->setText(user);
    QTest::keyClicks(child<QLineEdit>(dialog, "repoPassword"), password);
}

QString cell(const ui::RepositoryModel &model, int row, ui::RepositoryModel::Column column)
{
    return model.index(row, int(column)).data().toString();
}

// Nothing of `view` scrolls sideways, and its `whole` columns show their contents whole
// (other columns may elide theirs: URLs, UUIDs).
void verifyFits(QTableView *view, const QList<int> &whole)
{
    const QAbstractItemView *items = view; // QTableView hides sizeHintForColumn()
    QTRY_COMPARE(view->horizontalScrollBar()->maximum(), 0);
    QVERIFY(view->model()->rowCount() > 0);
    for (int column : whole) {
        const QString title = view->model()->headerData(column, Qt::Horizontal).toString();
        QVERIFY2(view->columnWidth(column) >= items->sizeHintForColumn(column),
                 qPrintable(u"%1: column '%2' is %3 px, its contents %4 px"_s
                                .arg(view->objectName(), title)
                                .arg(view->columnWidth(column))
                                .arg(items->sizeHintForColumn(column))));
    }
}

} // namespace

class TestRepositoriesPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    ExchangeNode m_parent;
    ServerProcess m_server;
    std::unique_ptr<Node> m_child;
    int m_children = 0;

    QString scope() const { return m_child->identity().uuid.toString(QUuid::WithoutBraces); }
    QString storedPassword(const QString &repository) const
    {
        Result<QString> stored = CredentialStore::read(scope(), repository);
        return stored ? stored.value() : u"(cannot read: %1)"_s.arg(stored.message());
    }
    // Whether the parent lists the child among its peers (`s15n peer list --json`).
    void parentKnowsChild(bool *known)
    {
        const ProcessResult r = runNode(m_parent, {u"peer"_s, u"list"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        *known = false;
        const QJsonArray peers = QJsonDocument::fromJson(r.out.toUtf8()).array();
        for (const QJsonValue &peer : peers)
            *known = *known || peer.toObject().value(u"uuid"_s).toString() == scope();
    }
    // Adds `name` through the core (as `s15n repo add` does), for tests about other actions.
    void addDirectly(const QString &name, const QString &url)
    {
        Repository r;
        r.name = name;
        r.url = QUrl(url);
        r.username = kAccount;
        Result<AddOutcome> added = RepositorySetup(*m_child).add(r, kPassword);
        QVERIFY2(added.ok(), qPrintable(added.message()));
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // The passwords go to a file of this test's own (mode 0600), not to a keychain.
        qputenv("S15N_CREDENTIALS_FILE", m_home.filePath(u"credentials"_s).toUtf8());
        CHECKED(makeNode(&m_parent, m_home.path(), u"P"_s, Backend::Sqlite, Content::Bare));
        CHECKED(addAccount(m_parent, kAccount, kPassword));
        CHECKED(startServer(m_parent, &m_server, {u"--no-worker"_s}));
    }
    void cleanupTestCase() { stopServer(&m_server); }

    void init()
    {
        Result<DatabaseLocation> location =
            DatabaseLocation::parse(m_home.filePath(u"child%1.sqlite"_s.arg(++m_children)));
        QVERIFY(location.ok());
        Result<std::unique_ptr<Node>> node = Node::create(location.value(), u"C"_s, 0);
        QVERIFY2(node.ok(), qPrintable(node.message()));
        m_child = std::move(node.value());
    }
    void cleanup() { m_child.reset(); }

    void testConnectionShowsTheRemote()
    {
        Page page(*m_child);
        QPointer<ui::RepositoryDialog> dialog = page.addRepository();
        QVERIFY(dialog->isVisible());
        fill(dialog, u"parent"_s, m_server.url, kAccount, kPassword);
        QSignalSpy tested(dialog, &ui::RepositoryDialog::connectionTested);
        child<QPushButton>(dialog, "repoTest")->click();
        QVERIFY(child<QProgressBar>(dialog, "repoProgress")->isVisible());
        QVERIFY(child<QPushButton>(dialog, "repoCancel")->isVisible());
        QVERIFY(!child<QPushButton>(dialog, "repoTest")->isEnabled());
        QVERIFY(tested.wait(20000));
        QVERIFY2(tested.first().at(0).toBool(), qPrintable(dialog->message()));
        VERIFY_MENTIONS(child<QLabel>(dialog, "repoMessage")->text(),
                        (QStringList{m_parent.uuid, u"'P'"_s}));
        QVERIFY(!child<QProgressBar>(dialog, "repoProgress")->isVisible());
        QVERIFY(child<QPushButton>(dialog, "repoTest")->isEnabled());
        // A test stores nothing.
        QCOMPARE(page.model()->rowCount(), 0);
        QCOMPARE(storedPassword(u"parent"_s), QString());
        QVERIFY(dialog->isVisible());
    }

    void wrongPasswordStoresNothing()
    {
        Page page(*m_child);
        QPointer<ui::RepositoryDialog> dialog = page.addRepository();
        fill(dialog, u"parent"_s, m_server.url, kAccount, u"not the password"_s);
        QSignalSpy tested(dialog, &ui::RepositoryDialog::connectionTested);
        child<QPushButton>(dialog, "repoTest")->click();
        QVERIFY(tested.wait(20000));
        QVERIFY(!tested.first().at(0).toBool());
        QVERIFY(dialog->messageIsError());
        VERIFY_MENTIONS(dialog->message(), (QStringList{u"password"_s, kAccount, u"401"_s}));

        // OK with the wrong password: refused, the dialog stays open, nothing is stored.
        QSignalSpy failed(dialog, &ui::RepositoryDialog::storingFailed);
        QSignalSpy changed(&page, &ui::RepositoriesPage::repositoriesChanged);
        child<QPushButton>(dialog, "repoOk")->click();
        QVERIFY(failed.wait(20000));
        VERIFY_MENTIONS(dialog->message(), (QStringList{u"password"_s, u"nothing was added"_s}));
        QVERIFY(dialog->isVisible());
        QCOMPARE(changed.size(), 0);
        QCOMPARE(page.model()->rowCount(), 0);
        QCOMPARE(storedPassword(u"parent"_s), QString());
        bool known = true;
        CHECKED(parentKnowsChild(&known));
        QVERIFY(!known);
    }

    void addRegistersAndKeepsThePassword()
    {
        Page page(*m_child);
        QPointer<ui::RepositoryDialog> dialog = page.addRepository();
        fill(dialog, u"parent"_s, m_server.url, kAccount, kPassword);
        child<QCheckBox>(dialog, "repoAcceptPushes")->setChecked(true);
        child<QLineEdit>(dialog, "repoUuid")->setText(m_parent.uuid);
        QSignalSpy stored(dialog, &ui::RepositoryDialog::stored);
        QSignalSpy closed(dialog, &QObject::destroyed);
        QSignalSpy changed(&page, &ui::RepositoriesPage::repositoriesChanged);
        child<QPushButton>(dialog, "repoOk")->click();
        QVERIFY(child<QProgressBar>(dialog, "repoProgress")->isVisible());
        QVERIFY(stored.wait(20000));
        QVERIFY2(!stored.first().at(2).toBool(), qPrintable(stored.first().at(1).toString()));
        QVERIFY(!closed.isEmpty() || closed.wait(5000)); // closed once stored, and deleted
        QCOMPARE(changed.size(), 1);

        const ui::RepositoryModel &model = *page.model();
        const int row = model.rowOf(u"parent"_s);
        QVERIFY(row >= 0);
        using Column = ui::RepositoryModel::Column;
        QCOMPARE(cell(model, row, Column::Url), m_server.url);
        QCOMPARE(cell(model, row, Column::User), kAccount);
        QCOMPARE(cell(model, row, Column::Registered), u"Yes"_s);
        QCOMPARE(cell(model, row, Column::AcceptPushes), u"Yes"_s);
        QCOMPARE(cell(model, row, Column::RemoteUuid), m_parent.uuid);
        QCOMPARE(cell(model, row, Column::LastSync), u"Never"_s);
        QVERIFY(model.repository(row).registered);
        QCOMPARE(page.selectedName(), u"parent"_s);
        QVERIFY(!page.statusIsError());
        VERIFY_MENTIONS(page.statusText(), (QStringList{u"registered"_s, m_parent.uuid}));
        QCOMPARE(storedPassword(u"parent"_s), kPassword);
        bool known = false;
        CHECKED(parentKnowsChild(&known));
        QVERIFY2(known, "the parent does not list the child after Add");
    }

    void unreachableIsAddedAndRegisteredLater()
    {
        const quint16 port = closedPort();
        QVERIFY(port != 0);
        const QString closedUrl = u"http://127.0.0.1:%1"_s.arg(port);
        Page page(*m_child);
        QPointer<ui::RepositoryDialog> dialog = page.addRepository();
        fill(dialog, u"parent"_s, closedUrl, kAccount, kPassword);
        QSignalSpy stored(dialog, &ui::RepositoryDialog::stored);
        QSignalSpy closed(dialog, &QObject::destroyed);
        child<QPushButton>(dialog, "repoOk")->click();
        QVERIFY(stored.wait(20000));
        QVERIFY(stored.first().at(2).toBool()); // stored with a warning: not registered
        QVERIFY(!closed.isEmpty() || closed.wait(5000));
        const int row = page.model()->rowOf(u"parent"_s);
        QVERIFY(row >= 0);
        QCOMPARE(cell(*page.model(), row, ui::RepositoryModel::Column::Registered), u"No"_s);
        QVERIFY(page.statusIsError());
        // Why, and how to register by hand: here, or with the command line at either side.
        VERIFY_MENTIONS(page.statusText(),
                        (QStringList{u"cannot reach"_s, u"Register"_s,
                                     u"s15n repo register parent"_s, u"s15n peer add"_s, scope()}));
        QCOMPARE(storedPassword(u"parent"_s), kPassword);

        // Edit the URL to the running parent (the password field left empty keeps the stored
        // one), then Register.
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *view = child<QTableView>(&page, "repoView");
        const QRect cellRect = view->visualRect(page.model()->index(row, 0));
        // A press first: the view opens on a double click of the row it saw pressed.
        QTest::mouseClick(view->viewport(), Qt::LeftButton, {}, cellRect.center());
        QTest::mouseDClick(view->viewport(), Qt::LeftButton, {}, cellRect.center());
        QPointer<ui::RepositoryDialog> edit = page.findChild<ui::RepositoryDialog *>();
        QVERIFY(edit);
        QVERIFY(edit->isEditing());
        QVERIFY(child<QLineEdit>(edit, "repoName")->isReadOnly());
        QCOMPARE(child<QLineEdit>(edit, "repoUrl")->text(), closedUrl);
        child<QLineEdit>(edit, "repoUrl")->setText(m_server.url);
        QSignalSpy edited(edit, &ui::RepositoryDialog::stored);
        QSignalSpy editClosed(edit, &QObject::destroyed);
        child<QPushButton>(edit, "repoOk")->click();
        QVERIFY(edited.wait(20000));
        QVERIFY(!editClosed.isEmpty() || editClosed.wait(5000));
        QCOMPARE(storedPassword(u"parent"_s), kPassword);

        QVERIFY(page.select(u"parent"_s));
        QSignalSpy registered(&page, &ui::RepositoriesPage::registrationFinished);
        child<QPushButton>(&page, "repoRegister")->click();
        QVERIFY(child<QProgressBar>(&page, "repoTaskProgress")->isVisible());
        QVERIFY(registered.wait(20000));
        QVERIFY2(registered.first().at(0).toBool(),
                 qPrintable(registered.first().at(1).toString()));
        QVERIFY2(page.errors.isEmpty(), qPrintable(page.errors.join(u'\n')));
        const int now = page.model()->rowOf(u"parent"_s);
        QCOMPARE(cell(*page.model(), now, ui::RepositoryModel::Column::Registered), u"Yes"_s);
        QCOMPARE(cell(*page.model(), now, ui::RepositoryModel::Column::RemoteUuid), m_parent.uuid);
        bool known = false;
        CHECKED(parentKnowsChild(&known));
        QVERIFY(known);
    }

    void editChangesTheProxy()
    {
        CHECKED(addDirectly(u"parent"_s, m_server.url));
        Page page(*m_child);
        QVERIFY(page.select(u"parent"_s));
        child<QPushButton>(&page, "repoEdit")->click();
        QPointer<ui::RepositoryDialog> dialog = page.findChild<ui::RepositoryDialog *>();
        QVERIFY(dialog);
        QCOMPARE(child<QLineEdit>(dialog, "repoPassword")->text(), QString());
        child<QLineEdit>(dialog, "repoProxy")->setText(u"http://127.0.0.1:3128"_s);
        QSignalSpy stored(dialog, &ui::RepositoryDialog::stored);
        QSignalSpy closed(dialog, &QObject::destroyed);
        QSignalSpy changed(&page, &ui::RepositoriesPage::repositoriesChanged);
        child<QPushButton>(dialog, "repoOk")->click();
        QVERIFY(stored.wait(20000));
        QVERIFY(!closed.isEmpty() || closed.wait(5000));
        QCOMPARE(changed.size(), 1);
        const int row = page.model()->rowOf(u"parent"_s);
        QCOMPARE(cell(*page.model(), row, ui::RepositoryModel::Column::Proxy),
                 u"http://127.0.0.1:3128"_s);
        Result<Repository> saved = RepositoryStore(m_child->database()).find(u"parent"_s);
        QVERIFY(saved.ok());
        QCOMPARE(saved.value().proxy, QUrl(u"http://127.0.0.1:3128"_s));
        QVERIFY(saved.value().registered);
        QCOMPARE(storedPassword(u"parent"_s), kPassword); // empty field: kept

        // A bad proxy is refused in the dialog, which stays open.
        child<QPushButton>(&page, "repoEdit")->click();
        dialog = page.findChild<ui::RepositoryDialog *>();
        QVERIFY(dialog);
        child<QLineEdit>(dialog, "repoProxy")->setText(u"ftp://127.0.0.1:21"_s);
        QSignalSpy failed(dialog, &ui::RepositoryDialog::storingFailed);
        child<QPushButton>(dialog, "repoOk")->click();
        QVERIFY(failed.wait(20000));
        QVERIFY(dialog->isVisible());
        QVERIFY(dialog->messageIsError());
        VERIFY_MENTIONS(dialog->message(), QStringList{u"proxy"_s});
        dialog->reject();
        saved = RepositoryStore(m_child->database()).find(u"parent"_s);
        QCOMPARE(saved.value().proxy, QUrl(u"http://127.0.0.1:3128"_s));
    }

    void removeAsksFirst()
    {
        CHECKED(addDirectly(u"parent"_s, m_server.url));
        Page page(*m_child);
        QSignalSpy changed(&page, &ui::RepositoriesPage::repositoriesChanged);
        QVERIFY(page.select(u"parent"_s));
        page.answer = false;
        child<QPushButton>(&page, "repoRemove")->click();
        QCOMPARE(page.questions, 1);
        QVERIFY(page.model()->rowOf(u"parent"_s) >= 0);
        QCOMPARE(storedPassword(u"parent"_s), kPassword);
        QCOMPARE(changed.size(), 0);

        page.answer = true;
        child<QPushButton>(&page, "repoRemove")->click();
        QCOMPARE(page.questions, 2);
        QCOMPARE(page.model()->rowOf(u"parent"_s), -1);
        QCOMPARE(storedPassword(u"parent"_s), QString());
        QCOMPARE(changed.size(), 1);
        QVERIFY(RepositoryStore(m_child->database()).list().value().isEmpty());
        QVERIFY2(page.errors.isEmpty(), qPrintable(page.errors.join(u'\n')));
        QVERIFY(!child<QPushButton>(&page, "repoRemove")->isEnabled()); // nothing selected
    }

    void removeIsRefusedWhileAJobUsesIt()
    {
        CHECKED(addDirectly(u"parent"_s, m_server.url));
        Job job;
        job.repository = u"parent"_s;
        job.startAt = QDateTime::currentDateTimeUtc();
        job.everySeconds = 3600;
        job.timeoutSeconds = Job::kDefaultTimeoutSeconds;
        Result<qint64> added = JobStore(m_child->database()).add(job);
        QVERIFY2(added.ok(), qPrintable(added.message()));
        Page page(*m_child);
        QSignalSpy changed(&page, &ui::RepositoriesPage::repositoriesChanged);
        QVERIFY(!page.removeRepository(u"parent"_s, true));
        QCOMPARE(page.questions, 1);
        // Told in a message box, saying what to do.
        QCOMPARE(page.errors.size(), 1);
        VERIFY_MENTIONS(page.errors.first(),
                        (QStringList{u"parent"_s, u"job"_s, u"remove them"_s}));
        QVERIFY(page.statusIsError());
        QVERIFY(page.model()->rowOf(u"parent"_s) >= 0);
        QCOMPARE(storedPassword(u"parent"_s), kPassword);
        QCOMPARE(changed.size(), 0);
    }

    void modelShowsTheLastRound()
    {
        CHECKED(addDirectly(u"parent"_s, m_server.url));
        CHECKED(addDirectly(u"second"_s, m_server.url));
        Page page(*m_child);
        QAbstractItemModelTester tester(page.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        using Column = ui::RepositoryModel::Column;
        QCOMPARE(page.model()->rowCount(), 2);
        QCOMPARE(page.model()->columnCount(), int(Column::Count));
        const int second = page.model()->rowOf(u"second"_s);
        QCOMPARE(cell(*page.model(), second, Column::LastSync), u"Never"_s);
        QCOMPARE(cell(*page.model(), second, Column::LastResult), QString());

        // A real round (nothing to sync: the child has no resources), then a newer one
        // that warned.
        Result<RoundSummary> synced = RepositorySetup(*m_child).sync(u"parent"_s, {});
        QVERIFY2(synced.ok(), qPrintable(synced.message()));
        page.refresh();
        int row = page.model()->rowOf(u"parent"_s);
        QCOMPARE(cell(*page.model(), row, Column::LastResult), u"Success"_s);
        QVERIFY(page.model()
                    ->index(row, int(Column::LastSync))
                    .data(Qt::UserRole)
                    .toDateTime()
                    .isValid());
        LogEntry warned;
        warned.repository = u"parent"_s;
        warned.action = u"round"_s;
        warned.result = LogResult::Warning;
        warned.message = u"3 rows skipped"_s;
        QVERIFY(SyncLog(m_child->database()).write(warned).ok());
        page.refresh();
        row = page.model()->rowOf(u"parent"_s);
        QCOMPARE(cell(*page.model(), row, Column::LastResult), u"Warning"_s);
        QCOMPARE(page.model()->index(row, int(Column::LastResult)).data(Qt::ToolTipRole).toString(),
                 u"3 rows skipped"_s);
        QCOMPARE(cell(*page.model(), page.model()->rowOf(u"second"_s), Column::LastSync),
                 u"Never"_s);
        QCOMPARE(page.model()->repository(99).name, QString());
        QCOMPARE(page.model()->headerData(int(Column::LastSync), Qt::Horizontal).toString(),
                 u"Last sync"_s);
    }

    void theFirstRepositoryIsSelected()
    {
        CHECKED(addDirectly(u"parent"_s, m_server.url));
        CHECKED(addDirectly(u"second"_s, m_server.url));
        Page page(*m_child);
        QCOMPARE(page.selectedName(), u"parent"_s);
        QCOMPARE(page.resourcesTab()->repository(), u"parent"_s);
        QCOMPARE(page.scheduleTab()->repository(), u"parent"_s);
        // What acts on the selected repository, and on its remote, can be used at once.
        for (const char *name :
             {"repoEdit", "repoRemove", "repoRegister", "resourceAddRemote", "jobAdd"})
            QVERIFY2(child<QPushButton>(&page, name)->isEnabled(), name);

        // A refresh keeps the selection; removing it selects the first one left.
        QVERIFY(page.select(u"second"_s));
        page.refresh();
        QCOMPARE(page.selectedName(), u"second"_s);
        QCOMPARE(page.scheduleTab()->repository(), u"second"_s);
        QVERIFY(page.removeRepository(u"second"_s, false));
        QCOMPARE(page.selectedName(), u"parent"_s);
        QCOMPARE(page.resourcesTab()->repository(), u"parent"_s);
        // No repository, none selected.
        QVERIFY(page.removeRepository(u"parent"_s, false));
        QCOMPARE(page.selectedName(), QString());
        QCOMPARE(page.resourcesTab()->repository(), QString());
        QVERIFY(!child<QPushButton>(&page, "resourceAddRemote")->isEnabled());
        QVERIFY2(page.errors.isEmpty(), qPrintable(page.errors.join(u'\n')));
    }

    void listsFitTheWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("en") << u"en"_s;
        QTest::newRow("fr") << u"fr"_s;
        QTest::newRow("es") << u"es"_s;
    }

    // The application at 1200x800 on a child with the sample tables as resources, its parent
    // (synced once) and a job: the lists of the page and both tabs show every column without
    // scrolling sideways, short columns whole; the status under each list wraps.
    void listsFitTheWindow()
    {
        QFETCH(QString, language);
        const QLocale locale(language);
        ui::installTranslations(locale);
        QLocale::setDefault(locale);
        const auto english = qScopeGuard([] {
            ui::installTranslations(QLocale(QLocale::English));
            QLocale::setDefault(QLocale::c());
            qunsetenv("S15N_DB");
        });
        ExchangeNode node;
        CHECKED(makeNode(&node, m_home.path(), u"L%1"_s.arg(language), Backend::Sqlite,
                         Content::EmptySchema));
        CHECKED(addRepository(node, u"parent"_s, m_server.url, kAccount, kPassword));
        syncWith(node, u"parent"_s); // its result (this parent syncs no tables) is the last one
        CHECKED(runOk(node, {u"job"_s, u"add"_s, u"parent"_s, u"--every"_s, u"1h"_s}));
        qputenv("S15N_DB", node.db.toUtf8());

        ui::MainWindow window;
        window.resize(1200, 800);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.node());
        QVERIFY(window.showPage(u"repositoriesPage"_s));
        auto *page = child<ui::RepositoriesPage>(&window, "repositoriesPage");
        QCOMPARE(page->selectedName(), u"parent"_s);

        using Repo = ui::RepositoryModel::Column;
        CHECKED(verifyFits(child<QTableView>(page, "repoView"),
                           {int(Repo::Name), int(Repo::User), int(Repo::AcceptPushes),
                            int(Repo::Registered), int(Repo::LastSync), int(Repo::LastResult)}));
        page->tabs()->setCurrentWidget(page->resourcesTab());
        using Res = ui::ResourceModel::Column;
        CHECKED(verifyFits(child<QTableView>(page, "resourceView"),
                           {int(Res::Table), int(Res::UuidColumn), int(Res::Mode),
                            int(Res::UpdatePolicy), int(Res::ConflictPolicy), int(Res::AtRemote)}));
        page->tabs()->setCurrentWidget(page->scheduleTab());
        QList<int> jobColumns;
        for (int c = 0; c < int(ui::JobModel::Column::Count); ++c)
            jobColumns << c;
        CHECKED(verifyFits(child<QTableView>(page, "jobView"), jobColumns));

        for (const char *name : {"repoTaskStatus", "resourceStatus", "jobStatus"})
            QVERIFY2(child<QLabel>(page, name)->wordWrap(), name);
        // The rows of buttons fit too.
        QVERIFY2(window.minimumSizeHint().width() <= 1200,
                 qPrintable(QString::number(window.minimumSizeHint().width())));
    }

    // Sync now against a parent with the sample data: a round as `s15n sync parent` runs it,
    // off the GUI thread, showing where it is, then what it moved; the list, the log and the
    // status bar (repositoriesChanged) learn of it.
    void syncNowBringsTheRows()
    {
        ExchangeNode parent;
        CHECKED(makeNode(&parent, m_home.path(), u"SP"_s, Backend::Sqlite, Content::SampleData));
        CHECKED(addAccount(parent, kAccount, kPassword));
        ServerProcess server;
        CHECKED(startServer(parent, &server, {u"--no-worker"_s}));
        ExchangeNode childNode;
        CHECKED(
            makeNode(&childNode, m_home.path(), u"SC"_s, Backend::Sqlite, Content::EmptySchema));
        Result<std::unique_ptr<Node>> opened =
            Node::open(DatabaseLocation::parse(childNode.db).value());
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        Node &node = *opened.value();
        Repository r;
        r.name = u"parent"_s;
        r.url = QUrl(server.url);
        r.username = kAccount;
        QVERIFY(RepositorySetup(node).add(r, kPassword).ok());
        Job job;
        job.repository = u"parent"_s;
        job.enabled = false;
        job.startAt = QDateTime::currentDateTimeUtc().addDays(1);
        job.everySeconds = 3600;
        job.timeoutSeconds = Job::kDefaultTimeoutSeconds;
        Result<qint64> jobId = JobStore(node.database()).add(job);
        QVERIFY2(jobId.ok(), qPrintable(jobId.message()));

        Page page(node);
        QCOMPARE(page.selectedName(), u"parent"_s);
        QVERIFY(page.scheduleTab()->select(jobId.value()));
        auto *runNow = child<QPushButton>(&page, "jobRunNow");
        QVERIFY(runNow->isEnabled());
        auto *sync = child<QPushButton>(&page, "repoSync");
        QVERIFY(sync->isEnabled());
        QCOMPARE(sync->shortcut(), QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
        auto *bar = child<QProgressBar>(&page, "repoTaskProgress");
        QList<RoundProgress> reports;
        QStringList shown;
        QList<int> maxima;
        connect(&page, &ui::RepositoriesPage::syncProgressed, this,
                [&](const QString &name, const RoundProgress &progress) {
                    QCOMPARE(name, u"parent"_s);
                    reports << progress;
                    shown << page.statusText();
                    maxima << bar->maximum();
                });
        QSignalSpy started(&page, &ui::RepositoriesPage::syncStarted);
        QSignalSpy finished(&page, &ui::RepositoriesPage::syncFinished);
        QSignalSpy changed(&page, &ui::RepositoriesPage::repositoriesChanged);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        page.activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(&page));
        // The shortcut clicks the button (a moment later, as a shortcut does).
        QTest::keyClick(&page, Qt::Key_S, Qt::ControlModifier | Qt::ShiftModifier);
        QVERIFY(started.wait(5000));
        // The round runs elsewhere.
        QVERIFY(page.isBusy());
        QVERIFY(!sync->isEnabled());
        QVERIFY(!runNow->isEnabled()); // one round of a repository at a time
        QVERIFY(!page.scheduleTab()->runNow(jobId.value()));
        QVERIFY(!bar->isHidden());
        QVERIFY(!child<QPushButton>(&page, "repoTaskCancel")->isHidden());
        QVERIFY(finished.wait(60000));
        QCOMPARE(finished.first().at(0).toString(), u"parent"_s);
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));
        QVERIFY2(page.errors.isEmpty(), qPrintable(page.errors.join(u'\n')));
        QVERIFY(!page.isBusy());
        QVERIFY(bar->isHidden());
        QVERIFY(sync->isEnabled());
        QVERIFY(runNow->isEnabled());

        // The rows arrived.
        CHECKED(verifySameData(parent, childNode));
        qint64 rows = 0;
        for (const QString &table : sampleTables()) {
            QVariant n;
            CHECKED(scalar(parent, u"SELECT count(*) FROM %1"_s.arg(table), &n));
            rows += n.toLongLong();
        }
        // What it moved, in words.
        QVERIFY(!page.statusIsError());
        VERIFY_MENTIONS(
            page.statusText(),
            (QStringList{u"Synced with 'parent'"_s, u"received %1 row"_s.arg(rows),
                         u"(%1 applied here)"_s.arg(rows), u"sent 0 row"_s, u"Log page"_s}));
        QCOMPARE(finished.first().at(2).toString(), page.statusText());
        // Where the round was while it ran: per resource, with the rows that came so far; the
        // bar at the resources done of the 5.
        QVERIFY2(!reports.isEmpty(), "no progress shown");
        bool itemsShown = false;
        for (int i = 0; i < reports.size(); ++i) {
            QCOMPARE(maxima.at(i), int(sampleTables().size()));
            QVERIFY(shown.at(i).startsWith(u"Syncing with 'parent': "_s));
            const RoundProgress &p = reports.at(i);
            if (p.resource == u"items"_s && p.direction == RoundProgress::Direction::Pull &&
                p.finished) {
                QCOMPARE(p.received, 12); // the sample's items
                VERIFY_MENTIONS(shown.at(i), (QStringList{u"items: pulled, 12 row"_s}));
                itemsShown = true;
            }
        }
        QVERIFY2(itemsShown, qPrintable(shown.join(u'\n')));
        // The list shows the round; the Log page and the status bar are told.
        QVERIFY(changed.size() >= 1);
        const int row = page.model()->rowOf(u"parent"_s);
        QCOMPARE(cell(*page.model(), row, ui::RepositoryModel::Column::LastResult), u"Success"_s);
        CHECKED(stopServer(&server));
    }

    // Cancel of a Sync now whose remote never answers: it stops at once, says so (no message
    // box), and the page can be used again.
    void syncNowCancels()
    {
        BlackHole hole;
        QVERIFY(hole.start() != 0);
        Repository r;
        r.name = u"parent"_s;
        r.url = QUrl(hole.url());
        r.username = kAccount;
        QVERIFY(RepositoryStore(m_child->database()).add(r).ok());
        QVERIFY(CredentialStore::write(scope(), u"parent"_s, kPassword).ok());
        Page page(*m_child);
        QSignalSpy finished(&page, &ui::RepositoriesPage::syncFinished);
        QVERIFY(page.syncRepository(u"parent"_s));
        QVERIFY(!page.syncRepository(u"parent"_s)); // one at a time
        QTRY_VERIFY_WITH_TIMEOUT(hole.connections() > 0, 20000);
        QVERIFY(page.isBusy());
        QVERIFY(finished.isEmpty());
        QElapsedTimer sinceCancel;
        sinceCancel.start();
        child<QPushButton>(&page, "repoTaskCancel")->click();
        VERIFY_MENTIONS(page.statusText(), (QStringList{u"Stopping"_s, u"parent"_s}));
        QVERIFY(finished.wait(10000));
        QVERIFY2(sinceCancel.elapsed() < 3000, qPrintable(QString::number(sinceCancel.elapsed())));
        QVERIFY(!finished.first().at(1).toBool());
        VERIFY_MENTIONS(finished.first().at(2).toString(),
                        (QStringList{u"cancelled"_s, u"last checkpoint"_s}));
        QVERIFY2(page.errors.isEmpty(), qPrintable(page.errors.join(u'\n'))); // asked for
        QVERIFY(!page.statusIsError());
        QVERIFY(!page.isBusy());
        for (const char *name : {"repoSync", "repoEdit", "repoRemove", "repoRegister", "jobAdd"})
            QVERIFY2(child<QPushButton>(&page, name)->isEnabled(), name);
    }

    // The split between the list and the tabs, and the tab shown, as they were left.
    void theSplitAndTabAreRemembered()
    {
        CHECKED(addDirectly(u"parent"_s, m_server.url));
        QList<int> sizes;
        {
            Page page(*m_child);
            page.resize(900, 700);
            page.show();
            QVERIFY(QTest::qWaitForWindowExposed(&page));
            auto *splitter = child<QSplitter>(&page, "repoSplitter");
            const QList<int> before = splitter->sizes();
            // Dragged by hand 120 pixels down.
            QSplitterHandle *handle = splitter->handle(1);
            const QPoint from = handle->rect().center();
            QTest::mousePress(handle, Qt::LeftButton, {}, from);
            QTest::mouseMove(handle, from + QPoint(0, 120));
            QTest::mouseRelease(handle, Qt::LeftButton, {}, from + QPoint(0, 120));
            sizes = splitter->sizes();
            QVERIFY2(sizes.first() > before.first() + 60,
                     qPrintable(u"%1 -> %2"_s.arg(before.first()).arg(sizes.first())));
            page.tabs()->setCurrentWidget(page.scheduleTab());
        }
        QCOMPARE(QSettings().value(ui::RepositoriesPage::kTabKey).toString(), u"scheduleTab"_s);
        Page page(*m_child);
        page.resize(900, 700);
        page.show();
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        QCOMPARE(page.tabs()->currentWidget(), page.scheduleTab());
        QCOMPARE(child<QSplitter>(&page, "repoSplitter")->sizes(), sizes);
        // Back to the first tab, remembered too.
        page.tabs()->setCurrentWidget(page.resourcesTab());
        QCOMPARE(QSettings().value(ui::RepositoriesPage::kTabKey).toString(), u"resourcesTab"_s);
    }

    void staysResponsiveAndCancels()
    {
        BlackHole hole;
        QVERIFY(hole.start() != 0);
        Page page(*m_child);
        QPointer<ui::RepositoryDialog> dialog = page.addRepository();
        fill(dialog, u"parent"_s, hole.url(), kAccount, kPassword);

        // The GUI thread's event loop turns while the remote does not answer.
        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(10);
        QSignalSpy tested(dialog, &ui::RepositoryDialog::connectionTested);
        child<QPushButton>(dialog, "repoTest")->click();
        QVERIFY(dialog->isBusy());
        QTRY_VERIFY_WITH_TIMEOUT(hole.connections() > 0, 10000);
        QTRY_VERIFY_WITH_TIMEOUT(ticks >= 20, 10000); // >= 0.2 s of a request in flight
        QVERIFY(dialog->isBusy());
        QVERIFY(tested.isEmpty());

        QElapsedTimer sinceCancel;
        sinceCancel.start();
        child<QPushButton>(dialog, "repoCancel")->click();
        QVERIFY(tested.wait(5000));
        QVERIFY2(sinceCancel.elapsed() < 3000, qPrintable(QString::number(sinceCancel.elapsed())));
        QVERIFY(!tested.first().at(0).toBool());
        VERIFY_MENTIONS(dialog->message(), QStringList{u"stopped"_s});
        QVERIFY(!dialog->isBusy());

        // OK against the black hole, then Cancel (the dialog's): it stops, adds nothing and
        // closes.
        QSignalSpy failed(dialog, &ui::RepositoryDialog::storingFailed);
        QSignalSpy closed(dialog, &QObject::destroyed);
        child<QPushButton>(dialog, "repoOk")->click();
        QTRY_VERIFY_WITH_TIMEOUT(hole.connections() > 1, 10000);
        sinceCancel.restart();
        child<QPushButton>(dialog, "repoClose")->click();
        QVERIFY(failed.wait(5000));
        VERIFY_MENTIONS(failed.first().at(0).toString(), QStringList{u"nothing was added"_s});
        QVERIFY(!closed.isEmpty() || closed.wait(5000));
        QVERIFY2(sinceCancel.elapsed() < 3000, qPrintable(QString::number(sinceCancel.elapsed())));
        QCOMPARE(page.model()->rowCount(), 0);
        QVERIFY(RepositoryStore(m_child->database()).list().value().isEmpty());
        QCOMPARE(storedPassword(u"parent"_s), QString());
    }
};

S15N_GUI_TEST_MAIN(TestRepositoriesPage)
#include "tst_repositoriespage.moc"
