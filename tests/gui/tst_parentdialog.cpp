// Define Parent (issue 5, the child's side of seeding) against a real parent: `s15n serve` on
// 127.0.0.1 with the sample data and an account per child made by `s15n child add`, and a fresh
// child node opened in this process. The backup fetched from the parent, and a zip made there
// by `s15n backup --for-child` (the parent reachable, or not: then the zip's word is taken and
// the summary says so): the child gets the parent's rows, the repository is stored under the
// name given with the parent's UUID, and registered; the bar shows the steps. A wrong password,
// a zip of another parent, a damaged zip and a Cancel (while restoring, and while the parent
// does not answer) change nothing and leave the form as it was. The Repositories page's button
// and the first-run page's seed option lead to the dialog.
#include "backup/backupwriter.h"
#include "capture/resourcestore.h"
#include "client/repositorystore.h"
#include "dialogs/parentdialog.h"
#include "mainwindow.h"
#include "models/repositorymodel.h"
#include "pages/firstrunpage.h"
#include "pages/repositoriespage.h"
#include "secrets/credentialstore.h"
#include "storage/node.h"

#include "httptest.h"
#include "nodefixture.h"

#include <QCheckBox>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStackedWidget>
#include <QTemporaryDir>
#include <QtTest>

#include "guitestmain.h"

using namespace s15n;
using namespace s15n::test;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 30000; // an upper bound for one define against the parent
// Rows of the large backup that a Cancel interrupts while they are restored (some seconds of
// work, so the test's Cancel comes long before the commit).
constexpr int kBulkRows = 150000;

using Step = ParentProgress::Step;

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

// Everything in a SQLite database, through a connection of its own: the schema and every row
// of every table, s15n's own included.
QStringList dumpDatabase(const QString &db)
{
    QStringList lines;
    QString error;
    auto rows = [&](const QString &query) {
        QStringList out;
        for (const QVariantList &row : querySql(db, query, &error)) {
            QStringList values;
            for (const QVariant &v : row)
                values << (v.isNull() ? u"NULL"_s : v.toString());
            out << values.join(u" | "_s);
        }
        if (!error.isEmpty())
            out << u"ERROR "_s + error;
        out.sort();
        return out;
    };
    lines << rows(u"SELECT type, name, sql FROM sqlite_master"_s);
    for (const QString &table : rows(u"SELECT name FROM sqlite_master WHERE type = 'table'"_s)) {
        for (const QString &row : rows(u"SELECT * FROM \"%1\""_s.arg(table)))
            lines << table + u": "_s + row;
    }
    return lines;
}

// What the dialog showed at one progress report.
struct Seen
{
    Step step;
    int maximum;
    int value;
    QString text;
    QString table;
};

// The dialog, with the summary recorded instead of shown in a message box.
class Dialog : public ui::ParentDialog
{
public:
    explicit Dialog(Node &node) : ParentDialog(node)
    {
        connect(this, &ParentDialog::progressed, this, [this](const ParentProgress &p) {
            auto *bar = child<QProgressBar>(this, "parentProgress");
            seen.append({p.step, bar->maximum(), bar->value(),
                         child<QLabel>(this, "parentStep")->text(),
                         child<QLabel>(this, "parentTable")->text()});
        });
    }

    QList<Seen> seen;
    QStringList summaries;
    bool summaryWarning = false;

    bool sawStep(Step step) const
    {
        return std::any_of(seen.cbegin(), seen.cend(),
                           [step](const Seen &s) { return s.step == step; });
    }

protected:
    void showSummary(const QString &, const QString &text, bool warning) override
    {
        summaries << text;
        summaryWarning = warning;
    }
};

struct Fields
{
    QString url;
    QString user;
    QString password;
    QString name; // empty: the default left as it is
    QString zip;  // empty: fetch
    QString parentUuid; // empty: left empty
};

void fill(ui::ParentDialog *dialog, const Fields &f)
{
    type(child<QLineEdit>(dialog, "parentUrl"), f.url);
    type(child<QLineEdit>(dialog, "parentUser"), f.user);
    type(child<QLineEdit>(dialog, "parentPassword"), f.password);
    if (!f.name.isEmpty())
        type(child<QLineEdit>(dialog, "parentName"), f.name);
    if (!f.parentUuid.isEmpty())
        type(child<QLineEdit>(dialog, "parentUuid"), f.parentUuid);
    if (f.zip.isEmpty()) {
        child<QRadioButton>(dialog, "parentFetch")->click();
    } else {
        child<QRadioButton>(dialog, "parentUseZip")->click();
        QVERIFY(child<QLineEdit>(dialog, "parentZip")->isEnabled());
        type(child<QLineEdit>(dialog, "parentZip"), f.zip);
    }
}

// Clicks Define parent and waits for the end; *ok says whether the parent was defined. (A
// dialog that deletes itself once closed may be gone afterwards.)
void run(QPointer<ui::ParentDialog> dialog, bool *ok)
{
    QSignalSpy finished(dialog, &ui::ParentDialog::taskFinished);
    QSignalSpy defined(dialog, &ui::ParentDialog::parentDefined);
    QTest::mouseClick(child<QPushButton>(dialog, "parentOk"), Qt::LeftButton);
    QVERIFY(dialog->isBusy());
    QVERIFY(!child<QPushButton>(dialog, "parentOk")->isEnabled());
    QVERIFY(!child<QLineEdit>(dialog, "parentUrl")->isEnabled());
    QVERIFY(child<QPushButton>(dialog, "parentCancel")->isVisible());
    QVERIFY2(finished.wait(kWaitMs), qPrintable(dialog ? dialog->message() : u"(gone)"_s));
    QVERIFY(!dialog || !dialog->isBusy());
    *ok = defined.size() == 1;
}

} // namespace

class TestParentDialog : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    ExchangeNode m_parent;
    ServerProcess m_server;
    std::unique_ptr<Node> m_child;
    int m_children = 0;
    int m_accounts = 0;

    QString childDb() const { return m_child->database().location().toString(); }
    QString scope() const { return m_child->identity().uuid.toString(QUuid::WithoutBraces); }
    QString storedPassword(const QString &repository) const
    {
        Result<QString> stored = CredentialStore::read(scope(), repository);
        return stored ? stored.value() : u"(cannot read: %1)"_s.arg(stored.message());
    }
    // A new child of the parent (`s15n child add`): *nickname and *user get its names; its
    // password is kPassword.
    void addChildAccount(QString *nickname, QString *user)
    {
        ++m_accounts;
        *nickname = u"Clinic %1"_s.arg(m_accounts);
        *user = u"clinic_%1"_s.arg(m_accounts);
        const ProcessResult r =
            runNodeWithInput(m_parent, {u"child"_s, u"add"_s, *nickname, u"--user"_s, *user},
                             kPassword.toUtf8() + '\n');
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    }
    // The zip an administrator downloads at the parent for child `nickname`.
    void parentBackup(const QString &nickname, QString *zip)
    {
        *zip = m_home.filePath(u"backup-%1.zip"_s.arg(++m_accounts));
        const ProcessResult r = runNode(
            m_parent, {u"backup"_s, u"--for-child"_s, nickname, u"--out"_s, *zip, u"--quiet"_s});
        QVERIFY2(r.exitCode == 0 && QFileInfo(*zip).size() > 0, qPrintable(describe(r)));
    }
    // The UUID the parent knows child `nickname` by (`s15n child list --json`).
    void childUuidAtParent(const QString &nickname, QString *uuid)
    {
        const ProcessResult r = runNode(m_parent, {u"child"_s, u"list"_s, u"--json"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
            if (v.toObject().value(u"nickname"_s).toString() == nickname) {
                *uuid = v.toObject().value(u"uuid"_s).toString();
                return;
            }
        }
        QFAIL(qPrintable(u"no child '%1' at the parent: %2"_s.arg(nickname, r.out)));
    }
    // The child holds the parent's rows, field by field.
    void verifySeeded()
    {
        ExchangeNode c;
        c.name = u"child"_s;
        c.db = childDb();
        QStringList parentData;
        QStringList childData;
        CHECKED(dumpData(m_parent, &parentData));
        CHECKED(dumpData(c, &childData));
        QVERIFY(parentData.size() > 20);
        QVERIFY2(parentData == childData,
                 qPrintable(difference(parentData, childData, u"parent"_s, u"child"_s)));
    }
    // The repository `name` is there, naming the parent, registered or not.
    void verifyRepository(const QString &name, bool registered)
    {
        Result<Repository> r = RepositoryStore(m_child->database()).find(name);
        QVERIFY2(r.ok(), qPrintable(r.message()));
        QCOMPARE(r.value().remoteUuid.toString(QUuid::WithoutBraces), m_parent.uuid);
        QCOMPARE(r.value().registered, registered);
        QCOMPARE(storedPassword(name), kPassword);
    }
    // After a refusal or a cancel: the database as it was, no password kept, the dialog open
    // with the fields as they were typed.
    void verifyNothingChanged(const QStringList &before, ui::ParentDialog *dialog,
                              const Fields &typed)
    {
        const QStringList after = dumpDatabase(childDb());
        QVERIFY2(after == before, qPrintable(difference(before, after, u"before"_s, u"after"_s)));
        Result<QList<Repository>> all = RepositoryStore(m_child->database()).list();
        QVERIFY2(all.ok() && all.value().isEmpty(), "a repository was stored");
        QCOMPARE(storedPassword(u"parent"_s), QString());
        QVERIFY(dialog->isVisible());
        QCOMPARE(child<QLineEdit>(dialog, "parentUrl")->text(), typed.url);
        QCOMPARE(child<QLineEdit>(dialog, "parentUser")->text(), typed.user);
        QCOMPARE(child<QLineEdit>(dialog, "parentPassword")->text(), typed.password);
        QCOMPARE(child<QLineEdit>(dialog, "parentZip")->text(), typed.zip);
        QVERIFY(child<QLineEdit>(dialog, "parentUrl")->isEnabled());
        QVERIFY(child<QPushButton>(dialog, "parentOk")->isEnabled());
        QVERIFY(!child<QPushButton>(dialog, "parentCancel")->isVisible());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // The passwords go to a file of this test's own (mode 0600), not to a keychain.
        qputenv("S15N_CREDENTIALS_FILE", m_home.filePath(u"credentials"_s).toUtf8());
        CHECKED(makeNode(&m_parent, m_home.path(), u"P"_s, Backend::Sqlite, Content::SampleData));
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

    void fetchSeedsTheChild()
    {
        QString nickname;
        QString user;
        CHECKED(addChildAccount(&nickname, &user));
        Dialog dialog(*m_child);
        dialog.show();
        QCOMPARE(child<QLineEdit>(&dialog, "parentName")->text(), u"parent"_s);
        QVERIFY(child<QRadioButton>(&dialog, "parentFetch")->isChecked());
        QVERIFY(!child<QLineEdit>(&dialog, "parentZip")->isEnabled());
        CHECKED(fill(&dialog, {m_server.url, user, kPassword, u"head-office"_s, QString(), QString()}));
        QSignalSpy defined(&dialog, &ui::ParentDialog::parentDefined);
        bool ok = false;
        CHECKED(run(&dialog, &ok));
        QVERIFY2(ok, qPrintable(dialog.message()));
        QCOMPARE(defined.first().at(0).toString(), u"head-office"_s);
        QVERIFY2(!defined.first().at(2).toBool(), qPrintable(dialog.message()));
        QCOMPARE(dialog.result(), int(QDialog::Accepted));
        QVERIFY(!dialog.isVisible());

        // Every step shown, in order; the bar counted the rows checked and restored.
        QList<Step> order;
        for (const Seen &s : std::as_const(dialog.seen)) {
            if (order.isEmpty() || order.last() != s.step)
                order << s.step;
        }
        const QList<Step> expected{Step::Connecting, Step::Preparing, Step::Downloading,
                                   Step::Checking,   Step::Restoring, Step::Registering};
        for (Step step : expected)
            QVERIFY2(order.contains(step), qPrintable(u"step %1 not shown"_s.arg(int(step))));
        QVERIFY(order.indexOf(Step::Downloading) < order.indexOf(Step::Checking));
        QVERIFY(order.indexOf(Step::Checking) < order.indexOf(Step::Restoring));
        QVERIFY(order.indexOf(Step::Restoring) < order.indexOf(Step::Registering));
        const auto last = [&](Step step) {
            Seen found{};
            for (const Seen &s : std::as_const(dialog.seen)) {
                if (s.step == step)
                    found = s;
            }
            return found;
        };
        for (Step step : {Step::Checking, Step::Restoring}) {
            const Seen s = last(step);
            QVERIFY2(s.maximum > 0 && s.value == s.maximum,
                     qPrintable(u"%1: bar %2 of %3"_s.arg(s.text).arg(s.value).arg(s.maximum)));
            QVERIFY2(s.text.contains(u"rows"_s), qPrintable(s.text));
            QVERIFY2(s.table.startsWith(u"Table: "_s), qPrintable(s.table));
        }
        QCOMPARE(last(Step::Registering).maximum, 0); // busy: nothing to count

        // The parent's data, the repository as named, registered there as this node.
        CHECKED(verifySeeded());
        CHECKED(verifyRepository(u"head-office"_s, true));
        QString known;
        CHECKED(childUuidAtParent(nickname, &known));
        QCOMPARE(known, scope());
        QCOMPARE(dialog.summaries.size(), 1);
        VERIFY_MENTIONS(dialog.summaries.first(),
                        (QStringList{u"'P'"_s, m_parent.uuid, u"5 table"_s, u"head-office"_s,
                                     u"is registered"_s, u"Downloaded"_s, u"Created the tables"_s,
                                     u"transaction_lines"_s}));
        QVERIFY(!dialog.summaryWarning);
    }

    void zipSeedsTheChild()
    {
        QString nickname;
        QString user;
        CHECKED(addChildAccount(&nickname, &user));
        QString zip;
        CHECKED(parentBackup(nickname, &zip));
        Dialog dialog(*m_child);
        dialog.show();
        CHECKED(fill(&dialog, {m_server.url, user, kPassword, QString(), zip, QString()}));
        bool ok = false;
        CHECKED(run(&dialog, &ok));
        QVERIFY2(ok, qPrintable(dialog.message()));
        QVERIFY(!dialog.sawStep(Step::Preparing));
        QVERIFY(!dialog.sawStep(Step::Downloading));
        QVERIFY(dialog.sawStep(Step::Restoring));
        CHECKED(verifySeeded());
        CHECKED(verifyRepository(u"parent"_s, true));
        QString known;
        CHECKED(childUuidAtParent(nickname, &known));
        QCOMPARE(known, scope());
        QCOMPARE(dialog.summaries.size(), 1);
        QVERIFY2(!dialog.summaries.first().contains(u"Downloaded"_s),
                 qPrintable(dialog.summaries.first()));
    }

    // The parent cannot be reached: its zip is taken only with the parent's UUID (checked
    // against the zip's), and the summary says so and how to register later.
    void zipWithTheParentOffline()
    {
        QString nickname;
        QString user;
        CHECKED(addChildAccount(&nickname, &user));
        QString zip;
        CHECKED(parentBackup(nickname, &zip));
        Dialog dialog(*m_child);
        dialog.show();
        const QString offline = u"http://127.0.0.1:%1"_s.arg(closedPort());
        CHECKED(fill(&dialog, {offline, user, kPassword, QString(), zip, QString()}));
        const QStringList before = dumpDatabase(childDb());
        bool ok = true;
        CHECKED(run(&dialog, &ok));
        QVERIFY(!ok);
        VERIFY_MENTIONS(dialog.message(),
                        (QStringList{u"parent's UUID"_s, u"Nothing was changed"_s}));
        QCOMPARE(dumpDatabase(childDb()), before);
        QCOMPARE(storedPassword(u"parent"_s), QString());
        // A UUID that is not the zip's parent is refused too.
        type(child<QLineEdit>(&dialog, "parentUuid"),
             QUuid::createUuid().toString(QUuid::WithoutBraces));
        CHECKED(run(&dialog, &ok));
        QVERIFY(!ok);
        VERIFY_MENTIONS(dialog.message(), (QStringList{u"not from the parent"_s}));
        QCOMPARE(dumpDatabase(childDb()), before);
        type(child<QLineEdit>(&dialog, "parentUuid"), m_parent.uuid);
        QSignalSpy defined(&dialog, &ui::ParentDialog::parentDefined);
        CHECKED(run(&dialog, &ok));
        QVERIFY2(ok, qPrintable(dialog.message()));
        QVERIFY(defined.first().at(2).toBool()); // a warning
        CHECKED(verifySeeded());
        CHECKED(verifyRepository(u"parent"_s, false));
        QCOMPARE(dialog.summaries.size(), 1);
        QVERIFY(dialog.summaryWarning);
        VERIFY_MENTIONS(dialog.summaries.first(),
                        (QStringList{u"could not be reached"_s, u"parent UUID you gave"_s,
                                     u"not registered"_s, u"press Register"_s, m_parent.uuid}));
    }

    void wrongPasswordChangesNothing()
    {
        QString nickname;
        QString user;
        CHECKED(addChildAccount(&nickname, &user));
        const QStringList before = dumpDatabase(childDb());
        Dialog dialog(*m_child);
        dialog.show();
        const Fields typed{m_server.url, user, u"not the password"_s, QString(), QString(), QString()};
        CHECKED(fill(&dialog, typed));
        bool ok = true;
        CHECKED(run(&dialog, &ok));
        QVERIFY(!ok);
        QVERIFY(dialog.messageIsError());
        VERIFY_MENTIONS(dialog.message(), (QStringList{u"refused the user name"_s, user, u"401"_s,
                                                       u"Nothing was changed"_s}));
        CHECKED(verifyNothingChanged(before, &dialog, typed));
        QVERIFY(dialog.summaries.isEmpty());

        // Corrected in the same dialog, it works.
        type(child<QLineEdit>(&dialog, "parentPassword"), kPassword);
        CHECKED(run(&dialog, &ok));
        QVERIFY2(ok, qPrintable(dialog.message()));
        CHECKED(verifySeeded());
        CHECKED(verifyRepository(u"parent"_s, true));
    }

    void badZipChangesNothing_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QStringList>("words");
        QTest::newRow("another parent's zip")
            << u"other"_s << QStringList{u"comes from node"_s, u"not from the parent"_s};
        QTest::newRow("not a zip") << u"garbage"_s << QStringList{u"not a zip file"_s};
        QTest::newRow("truncated zip") << u"truncated"_s << QStringList{u"damaged"_s};
    }
    void badZipChangesNothing()
    {
        QFETCH(QString, kind);
        QFETCH(QStringList, words);
        QString nickname;
        QString user;
        CHECKED(addChildAccount(&nickname, &user));
        QString zip;
        if (kind == u"other"_s) {
            // A backup of another node with the same tables, as if downloaded at the wrong
            // parent.
            ExchangeNode other;
            CHECKED(makeNode(&other, m_home.path(), u"Q"_s, Backend::Sqlite, Content::SampleData));
            zip = m_home.filePath(u"other.zip"_s);
            const ProcessResult r = runNode(other, {u"backup"_s, u"--out"_s, zip, u"--quiet"_s});
            QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
            words << other.uuid;
        } else {
            QString real;
            CHECKED(parentBackup(nickname, &real));
            QFile in(real);
            QVERIFY(in.open(QIODevice::ReadOnly));
            const QByteArray bytes = in.readAll();
            zip = m_home.filePath(u"%1.zip"_s.arg(kind));
            QFile out(zip);
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write(kind == u"garbage"_s ? QByteArray("this is no zip, only some text\n")
                                           : bytes.left(bytes.size() / 2));
        }
        words << u"Nothing was changed"_s;
        const QStringList before = dumpDatabase(childDb());
        Dialog dialog(*m_child);
        dialog.show();
        const Fields typed{m_server.url, user, kPassword, QString(), zip, QString()};
        CHECKED(fill(&dialog, typed));
        bool ok = true;
        CHECKED(run(&dialog, &ok));
        QVERIFY(!ok);
        QVERIFY(dialog.messageIsError());
        VERIFY_MENTIONS(dialog.message(), words);
        CHECKED(verifyNothingChanged(before, &dialog, typed));
    }

    // Cancel while the rows go in: the transaction is rolled back.
    void cancelWhileRestoringChangesNothing()
    {
        // A large backup of a parent that cannot be reached (so its zip is taken as it is).
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString zip = dir.filePath(u"large.zip"_s);
        QString largeUuid;
        {
            Result<DatabaseLocation> location =
                DatabaseLocation::parse(dir.filePath(u"large-parent.sqlite"_s));
            QVERIFY(location.ok());
            Result<std::unique_ptr<Node>> large = Node::create(location.value(), u"L"_s, 1);
            S15N_CHECK(large);
            Database &db = large.value()->database();
            S15N_CHECK(
                run(db, u"CREATE TABLE bulk (id INTEGER PRIMARY KEY, body TEXT NOT NULL)"_s));
            S15N_CHECK(run(db, u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                               "WHERE i < %1) INSERT INTO bulk (body) SELECT printf('row %08d', "
                               "i) FROM n"_s.arg(kBulkRows)));
            Resource bulk;
            bulk.table = u"bulk"_s;
            S15N_CHECK(ResourceStore(*large.value()).add(bulk));
            S15N_CHECK(BackupWriter(*large.value()).write(zip));
            largeUuid = large.value()->identity().uuid.toString(QUuid::WithoutBraces);
        }
        const QStringList before = dumpDatabase(childDb());
        Dialog dialog(*m_child);
        dialog.show();
        const Fields typed{u"http://127.0.0.1:%1"_s.arg(closedPort()), u"someone"_s, kPassword,
                           QString(), zip, largeUuid};
        CHECKED(fill(&dialog, typed));
        qint64 cancelledAt = -1;
        connect(&dialog, &ui::ParentDialog::progressed, &dialog, [&](const ParentProgress &p) {
            if (p.step == Step::Restoring && p.done > 0 && cancelledAt < 0) {
                cancelledAt = p.done;
                QTest::mouseClick(child<QPushButton>(&dialog, "parentCancel"), Qt::LeftButton);
            }
        });
        bool ok = true;
        CHECKED(run(&dialog, &ok));
        QVERIFY2(cancelledAt > 0, "Cancel was never pressed while restoring");
        QVERIFY2(cancelledAt < kBulkRows, "the rows were all in before Cancel");
        QVERIFY2(!ok, "the restore was committed although cancelled while restoring");
        QVERIFY(!dialog.messageIsError()); // what the user asked for
        VERIFY_MENTIONS(dialog.message(), (QStringList{u"Cancelled"_s, u"restore was cancelled"_s,
                                                       u"exactly as it was"_s}));
        CHECKED(verifyNothingChanged(before, &dialog, typed));
    }

    // Cancel while the parent holds the connection and never answers; then Close while it
    // waits closes the dialog once the work stopped.
    void cancelWhileTheParentDoesNotAnswer()
    {
        BlackHole hole;
        QVERIFY(hole.start() != 0);
        const QStringList before = dumpDatabase(childDb());
        Dialog dialog(*m_child);
        dialog.show();
        const Fields typed{hole.url(), u"someone"_s, kPassword, QString(), QString(), QString()};
        CHECKED(fill(&dialog, typed));
        QSignalSpy finished(&dialog, &ui::ParentDialog::taskFinished);
        QTest::mouseClick(child<QPushButton>(&dialog, "parentOk"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(hole.connections() > 0, 10000);
        QVERIFY(dialog.isBusy());
        QVERIFY(child<QProgressBar>(&dialog, "parentProgress")->isVisible());
        QElapsedTimer timer;
        timer.start();
        QTest::mouseClick(child<QPushButton>(&dialog, "parentCancel"), Qt::LeftButton);
        VERIFY_MENTIONS(child<QLabel>(&dialog, "parentStep")->text(), QStringList{u"Stopping"_s});
        QVERIFY(finished.wait(10000));
        QVERIFY2(timer.elapsed() < 10000, "Cancel waited for the transfer timeout");
        QVERIFY(!dialog.messageIsError());
        VERIFY_MENTIONS(dialog.message(), (QStringList{u"Cancelled"_s, u"Nothing was changed"_s}));
        CHECKED(verifyNothingChanged(before, &dialog, typed));

        QTest::mouseClick(child<QPushButton>(&dialog, "parentOk"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(hole.connections() > 1, 10000);
        QTest::mouseClick(child<QPushButton>(&dialog, "parentClose"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(!dialog.isVisible(), 10000);
        QVERIFY(!dialog.isBusy());
        QCOMPARE(dialog.result(), int(QDialog::Rejected));
        QCOMPARE(dumpDatabase(childDb()), before);
    }

    void fieldsAreCheckedFirst_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("user");
        QTest::addColumn<QString>("password");
        QTest::addColumn<bool>("useZip");
        QTest::addColumn<QString>("zip");
        QTest::addColumn<QString>("focused");
        QTest::addColumn<QString>("words");
        QTest::newRow("no url") << u""_s << u"u"_s << u"p"_s << false << u""_s << u"parentUrl"_s
                                << u"parent's URL"_s;
        QTest::newRow("not a url") << u"parent"_s << u"u"_s << u"p"_s << false << u""_s
                                   << u"parentUrl"_s << u"http://HOST:PORT"_s;
        QTest::newRow("no user") << u"http://127.0.0.1:1"_s << u""_s << u"p"_s << false << u""_s
                                 << u"parentUser"_s << u"user name"_s;
        QTest::newRow("no password") << u"http://127.0.0.1:1"_s << u"u"_s << u""_s << false << u""_s
                                     << u"parentPassword"_s << u"password of the user"_s;
        QTest::newRow("no zip") << u"http://127.0.0.1:1"_s << u"u"_s << u"p"_s << true << u""_s
                                << u"parentZip"_s << u"Choose the backup zip"_s;
        QTest::newRow("missing zip")
            << u"http://127.0.0.1:1"_s << u"u"_s << u"p"_s << true << u"/nonexistent/backup.zip"_s
            << u"parentZip"_s << u"There is no file"_s;
    }
    void fieldsAreCheckedFirst()
    {
        QFETCH(QString, url);
        QFETCH(QString, user);
        QFETCH(QString, password);
        QFETCH(bool, useZip);
        QFETCH(QString, zip);
        QFETCH(QString, focused);
        QFETCH(QString, words);
        Dialog dialog(*m_child);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        child<QLineEdit>(&dialog, "parentUrl")->setText(url);
        child<QLineEdit>(&dialog, "parentUser")->setText(user);
        child<QLineEdit>(&dialog, "parentPassword")->setText(password);
        child<QRadioButton>(&dialog, useZip ? "parentUseZip" : "parentFetch")->setChecked(true);
        child<QLineEdit>(&dialog, "parentZip")->setText(zip);
        QSignalSpy failed(&dialog, &ui::ParentDialog::definingFailed);
        QTest::mouseClick(child<QPushButton>(&dialog, "parentOk"), Qt::LeftButton);
        QCOMPARE(failed.size(), 1); // at once: nothing was started
        QVERIFY(!dialog.isBusy());
        QVERIFY(dialog.messageIsError());
        VERIFY_MENTIONS(dialog.message(), QStringList{words});
        QCOMPARE(QApplication::focusWidget() ? QApplication::focusWidget()->objectName()
                                             : QString(),
                 focused);
        QVERIFY(dialog.isVisible());
    }

    void repositoriesPageDefinesTheParent()
    {
        QString nickname;
        QString user;
        CHECKED(addChildAccount(&nickname, &user));
        ui::RepositoriesPage page(*m_child);
        page.show();
        QCOMPARE(page.model()->rowCount(), 0);
        auto *button = child<QPushButton>(&page, "repoDefineParent");
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QPointer<ui::ParentDialog> dialog = page.findChild<ui::ParentDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QCOMPARE(dialog->windowModality(), Qt::WindowModal);
        CHECKED(fill(dialog, {m_server.url, user, kPassword, QString(), QString(), QString()}));
        QSignalSpy changed(&page, &ui::RepositoriesPage::repositoriesChanged);
        bool ok = false;
        CHECKED(run(dialog, &ok));
        QVERIFY2(ok, qPrintable(dialog ? dialog->message() : u"(gone)"_s));
        QCOMPARE(changed.size(), 1);
        // Listed, selected, registered; the page says how it went and so does a message box.
        const int row = page.model()->rowOf(u"parent"_s);
        QVERIFY(row >= 0);
        QCOMPARE(page.selectedName(), u"parent"_s);
        QVERIFY(page.model()->repository(row).registered);
        QCOMPARE(page.model()->repository(row).remoteUuid.toString(QUuid::WithoutBraces),
                 m_parent.uuid);
        VERIFY_MENTIONS(page.statusText(), (QStringList{u"Seeded"_s, u"is registered"_s}));
        QVERIFY(!page.statusIsError());
        auto *box = page.findChild<QMessageBox *>(u"parentSummary"_s);
        QVERIFY(box);
        QVERIFY(box->isVisible());
        QCOMPARE(box->text(), page.statusText());
        box->accept();
        QTRY_VERIFY(!dialog); // closed, and deleted
        CHECKED(verifySeeded());
    }

    void firstRunSeedOptionLeadsToTheDialog_data()
    {
        QTest::addColumn<bool>("seed");
        QTest::newRow("seed from the parent") << true;
        QTest::newRow("without") << false;
    }
    void firstRunSeedOptionLeadsToTheDialog()
    {
        QFETCH(bool, seed);
        QString nickname;
        QString user;
        if (seed)
            CHECKED(addChildAccount(&nickname, &user));
        QSettings().remove(u"database"_s); // no node remembered: the first-run page shows
        ui::MainWindow window;
        window.show();
        QPointer<ui::FirstRunPage> firstRun = window.findChild<ui::FirstRunPage *>();
        QVERIFY(firstRun);
        auto *sample = child<QCheckBox>(firstRun, "firstRunSample");
        auto *seedBox = child<QCheckBox>(firstRun, "firstRunSeed");
        sample->setChecked(true);
        if (seed) {
            // Seeding needs empty tables: the sample data goes.
            seedBox->click();
            QVERIFY(seedBox->isChecked());
            QVERIFY(!sample->isChecked());
            QVERIFY(!sample->isEnabled());
        } else {
            sample->setChecked(false);
        }
        const QString db = m_home.filePath(u"firstrun-%1.sqlite"_s.arg(seed ? 1 : 0));
        type(child<QLineEdit>(firstRun, "firstRunName"), u"Clinic"_s);
        type(child<QLineEdit>(firstRun, "firstRunSqlitePath"), db);
        QTest::mouseClick(child<QPushButton>(firstRun, "firstRunCreate"), Qt::LeftButton);
        QTRY_VERIFY_WITH_TIMEOUT(window.node(), kWaitMs);
        auto *page = child<ui::RepositoriesPage>(&window, "repositoriesPage");
        if (!seed) {
            QTest::qWait(50); // anything queued has run
            QVERIFY(!window.findChild<ui::ParentDialog *>());
            return;
        }
        QPointer<ui::ParentDialog> dialog = page->findChild<ui::ParentDialog *>();
        QVERIFY2(dialog, "no Define Parent dialog after Create");
        QVERIFY(dialog->isVisible());
        QCOMPARE(window.findChild<QStackedWidget *>()->currentWidget(),
                 static_cast<QWidget *>(page));

        // The dialog works on the window's node: the parent's rows arrive there.
        CHECKED(fill(dialog, {m_server.url, user, kPassword, QString(), QString(), QString()}));
        bool ok = false;
        CHECKED(run(dialog, &ok));
        QVERIFY2(ok, qPrintable(dialog ? dialog->message() : u"(gone)"_s));
        QVERIFY(page->model()->rowOf(u"parent"_s) >= 0);
        if (auto *box = page->findChild<QMessageBox *>(u"parentSummary"_s))
            box->accept();
        ExchangeNode c;
        c.name = u"child"_s;
        c.db = db;
        QStringList parentData;
        QStringList childData;
        CHECKED(dumpData(m_parent, &parentData));
        CHECKED(dumpData(c, &childData));
        QVERIFY2(parentData == childData, qPrintable(difference(parentData, childData)));
    }
};

S15N_GUI_TEST_MAIN(TestParentDialog)
#include "tst_parentdialog.moc"
