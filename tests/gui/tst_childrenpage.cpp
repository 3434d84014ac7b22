// The Children page of a parent node (with the sample data): Add through the dialog makes the
// child and its account; every refusal (nickname, account, UUID, password, table) is told in
// the dialog with the core's message and changes nothing; Edit changes the UUID, exclusions,
// password and note (and refuses as Add does); Remove asks first and takes the account and
// registration too; the global exclusions are shown and changed (and shown fixed in the child
// dialog); the list shows each child's UUID once known and its last contact, re-read when the
// page is shown. The page is in the main window, after Repositories. Its backups:
// tst_childbackup.cpp.
#include "capture/resourcestore.h"
#include "dialogs/childdialog.h"
#include "mainwindow.h"
#include "models/childmodel.h"
#include "server/accountstore.h"
#include "server/peerstore.h"

#include "childrenpagefixture.h"
#include "exchangenode.h"
#include "httptest.h"

#include <QAbstractItemModelTester>
#include <QDate>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPointer>
#include <QPushButton>
#include <QStackedWidget>
#include <QtTest>

#include "guitestmain.h"

using namespace s15n;
using namespace s15n::test::childrenpage;
using namespace Qt::StringLiterals;

namespace {

const QUuid kChildUuid = QUuid(u"6f1c2a4e-8b3d-4c5f-9a7e-1d2b3c4d5e6f"_s);
const QUuid kOtherUuid = QUuid(u"0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"_s);

QListWidgetItem *tableItem(QObject *dialog, const char *list, const QString &table)
{
    const QList<QListWidgetItem *> items =
        child<QListWidget>(dialog, list)->findItems(table, Qt::MatchExactly);
    return items.size() == 1 ? items.first() : nullptr;
}

// Checks or unchecks `table` in the child dialog's list; false if it is not offered.
bool setTable(ui::ChildDialog *dialog, const QString &table, bool checked)
{
    QListWidgetItem *item = tableItem(dialog, "childTables", table);
    if (!item)
        return false;
    item->setCheckState(checked ? Qt::Checked : Qt::Unchecked);
    return true;
}

struct Fields
{
    QString nickname;
    QString uuid;
    QString user;
    QString password;
    QString again;
    QStringList excluded;
    QString note;
};

void fill(ui::ChildDialog *dialog, const Fields &f)
{
    child<QLineEdit>(dialog, "childNickname")->setText(f.nickname);
    child<QLineEdit>(dialog, "childUuid")->setText(f.uuid);
    child<QLineEdit>(dialog, "childUser")->setText(f.user);
    QTest::keyClicks(child<QLineEdit>(dialog, "childPassword"), f.password);
    QTest::keyClicks(child<QLineEdit>(dialog, "childPasswordAgain"), f.again);
    for (const QString &table : f.excluded) {
        if (!setTable(dialog, table, true))
            qFatal("table %s not offered", qPrintable(table));
    }
    child<QLineEdit>(dialog, "childNote")->setText(f.note);
}

QString cell(const ui::ChildModel &model, int row, ui::ChildModel::Column column,
             int role = Qt::DisplayRole)
{
    return model.index(row, int(column)).data(role).toString();
}

} // namespace

class TestChildrenPage : public QObject, public ChildrenPageFixture
{
    Q_OBJECT

private:
    // Everything the page may change, as text: children, accounts, registrations, global
    // exclusions. Equal before and after: nothing was changed.
    QString state()
    {
        QStringList lines;
        Result<QList<Child>> children = store().list();
        if (!children)
            return u"cannot read: "_s + children.message();
        for (const Child &c : children.value())
            lines << u"child %1|%2|%3|%4|%5"_s.arg(c.nickname, c.uuid.toString(), c.username,
                                                   c.excludedTables.join(u','), c.note);
        Result<QList<Account>> accounts = AccountStore(m_node->database()).list();
        for (const Account &a : accounts ? accounts.value() : QList<Account>())
            lines << u"account "_s + a.username;
        Result<QList<Peer>> peers = PeerStore(m_node->database()).list();
        for (const Peer &p : peers ? peers.value() : QList<Peer>())
            lines << u"peer %1|%2"_s.arg(p.uuid.toString(), p.username);
        lines << u"global "_s + store().globalExclusions().value().join(u',');
        return lines.join(u'\n');
    }
    bool passwordWorks(const QString &user, const QString &password)
    {
        return AccountStore(m_node->database()).verify(user, password).ok();
    }
    std::optional<Child> find(const QString &nickname)
    {
        Result<std::optional<Child>> found = store().findByNickname(nickname);
        return found ? found.value() : std::nullopt;
    }
    // A resource whose table is then dropped behind s15n's back: offered, but no longer in
    // the database's catalogue.
    void addVanishingResource()
    {
        Database &db = m_node->database();
        QVERIFY(db.exec(u"CREATE TABLE scratch (id INTEGER PRIMARY KEY, v TEXT)"_s).ok());
        Resource r;
        r.table = u"scratch"_s;
        const Status added = ResourceStore(*m_node).add(r);
        QVERIFY2(added.ok(), qPrintable(added.message()));
    }
    void dropVanishingResource() { QVERIFY(m_node->database().exec(u"DROP TABLE scratch"_s).ok()); }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init() { openParentNode(); }
    void cleanup() { m_node.reset(); }

    void addChildMakesItsAccount();
    void addRefusalsChangeNothing_data();
    void addRefusalsChangeNothing();
    void unknownTableIsRefused();
    void editChangesWhatWasChanged();
    void editRefusalsChangeNothing();
    void removeAsksFirst();
    void globalExclusions();
    void listShowsUuidAndLastContact();
    void pageInTheMainWindow();
};

// Add with every field: the child and its new account are there, the list shows it selected,
// and the page says what it does not receive.
void TestChildrenPage::addChildMakesItsAccount()
{
    Page page(*m_node);
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY(!child<QPushButton>(&page, "childEdit")->isEnabled());
    QVERIFY(!child<QPushButton>(&page, "childBackup")->isEnabled());

    child<QPushButton>(&page, "childAdd")->click();
    QPointer<ui::ChildDialog> dialog = page.findChild<ui::ChildDialog *>();
    QVERIFY(dialog && dialog->isVisible() && !dialog->isEditing());
    // The node's resources are offered, none checked.
    for (const QString &table :
         {u"items"_s, u"names"_s, u"stores"_s, u"transaction_lines"_s, u"transactions"_s}) {
        QListWidgetItem *item = tableItem(dialog, "childTables", table);
        QVERIFY2(item, qPrintable(table));
        QCOMPARE(item->checkState(), Qt::Unchecked);
        QVERIFY(item->flags() & Qt::ItemIsEnabled);
    }
    fill(dialog, {u"Clinic 4"_s,
                  QString(),
                  u"clinic4"_s,
                  kPassword,
                  kPassword,
                  {u"transaction_lines"_s},
                  u"north road"_s});
    QSignalSpy stored(dialog.data(), &ui::ChildDialog::stored);
    QSignalSpy changed(&page, &ui::ChildrenPage::childrenChanged);
    child<QPushButton>(dialog, "childOk")->click();
    QCOMPARE(stored.size(), 1);
    QCOMPARE(changed.size(), 1);
    QTRY_VERIFY(dialog.isNull()); // closed and gone

    const std::optional<Child> c = find(u"Clinic 4"_s);
    QVERIFY(c);
    QCOMPARE(c->username, u"clinic4"_s);
    QVERIFY(c->uuid.isNull());
    QCOMPARE(c->excludedTables, QStringList{u"transaction_lines"_s});
    QCOMPARE(c->note, u"north road"_s);
    QVERIFY(AccountStore(m_node->database()).find(u"clinic4"_s).ok());
    QVERIFY(passwordWorks(u"clinic4"_s, kPassword));

    using Column = ui::ChildModel::Column;
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.selectedNickname(), u"Clinic 4"_s);
    QCOMPARE(cell(*page.model(), 0, Column::Nickname), u"Clinic 4"_s);
    QCOMPARE(cell(*page.model(), 0, Column::Uuid), u"(not known yet)"_s);
    QCOMPARE(cell(*page.model(), 0, Column::User), u"clinic4"_s);
    QCOMPARE(cell(*page.model(), 0, Column::Excluded), u"transaction_lines"_s);
    QCOMPARE(cell(*page.model(), 0, Column::Note), u"north road"_s);
    QCOMPARE(cell(*page.model(), 0, Column::LastContact), u"Never"_s);
    VERIFY_MENTIONS(page.statusText(), (QStringList{u"Added child 'Clinic 4'"_s, u"clinic4"_s,
                                                    u"does not receive: transaction_lines"_s}));
    QVERIFY(!page.statusIsError());
    QVERIFY(child<QPushButton>(&page, "childEdit")->isEnabled());
    QVERIFY(child<QPushButton>(&page, "childBackup")->isEnabled());

    // With the child's UUID, and a table others refer to: stored, and the page warns.
    QPointer<ui::ChildDialog> second = page.addChild();
    fill(second, {u"Depot"_s,
                  kChildUuid.toString(QUuid::WithoutBraces).toUpper(),
                  u"depot"_s,
                  kPassword,
                  kPassword,
                  {u"items"_s},
                  QString()});
    child<QPushButton>(second, "childOk")->click();
    QTRY_VERIFY(second.isNull());
    QCOMPARE(find(u"Depot"_s)->uuid, kChildUuid);
    QCOMPARE(page.selectedNickname(), u"Depot"_s);
    QCOMPARE(cell(*page.model(), page.model()->rowOf(u"Depot"_s), Column::Uuid),
             kChildUuid.toString(QUuid::WithoutBraces));
    VERIFY_MENTIONS(page.statusText(), (QStringList{u"Added child 'Depot' (node"_s, u"Warning"_s,
                                                    u"transaction_lines"_s, u"items"_s}));
    QVERIFY(page.statusIsError());
}

void TestChildrenPage::addRefusalsChangeNothing_data()
{
    QTest::addColumn<QString>("nickname");
    QTest::addColumn<QString>("uuid");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QString>("again");
    QTest::addColumn<QStringList>("words"); // what the message must say

    const QString ok = kPassword;
    const QString other = kOtherUuid.toString(QUuid::WithoutBraces);
    QTest::newRow("empty nickname")
        << u""_s << other << u"u1"_s << ok << ok << QStringList{u"nickname is empty"_s};
    QTest::newRow("nickname with a quote")
        << u"Clinic \"4\""_s << other << u"u1"_s << ok << ok << QStringList{u"quotes"_s};
    QTest::newRow("nickname taken") << u"Existing"_s << other << u"u1"_s << ok << ok
                                    << QStringList{u"'Existing' exists already"_s};
    QTest::newRow("account of a child") << u"New"_s << other << u"existing"_s << ok << ok
                                        << QStringList{u"'existing' belongs to child 'Existing'"_s};
    QTest::newRow("ordinary account")
        << u"New"_s << other << u"peer1"_s << ok << ok << QStringList{u"'peer1' exists already"_s};
    QTest::newRow("empty user name")
        << u"New"_s << other << u""_s << ok << ok << QStringList{u"account name is empty"_s};
    QTest::newRow("bad user name") << u"New"_s << other << u"new user"_s << ok << ok
                                   << QStringList{u"'new user'"_s, u"only letters"_s};
    QTest::newRow("malformed uuid") << u"New"_s << u"1234-abcd"_s << u"u1"_s << ok << ok
                                    << QStringList{u"'1234-abcd' is not a node UUID"_s};
    QTest::newRow("this node's uuid")
        << u"New"_s << u"OWN"_s << u"u1"_s << ok << ok << QStringList{u"this node's own UUID"_s};
    QTest::newRow("another child's uuid")
        << u"New"_s << kChildUuid.toString() << u"u1"_s << ok << ok
        << QStringList{u"is child 'Existing' here already"_s};
    QTest::newRow("empty password") << u"New"_s << other << u"u1"_s << u""_s << u""_s
                                    << QStringList{u"Give a password"_s, u"u1"_s};
    QTest::newRow("passwords differ") << u"New"_s << other << u"u1"_s << ok << u"s3cret-pW"_s
                                      << QStringList{u"passwords differ"_s};
    QTest::newRow("second password missing")
        << u"New"_s << other << u"u1"_s << ok << u""_s << QStringList{u"passwords differ"_s};
}

// Each refusal: the dialog stays open with the message (red), the page says nothing new, and
// nothing was added (no child, no account, no exclusion).
void TestChildrenPage::addRefusalsChangeNothing()
{
    QFETCH(QString, nickname);
    QFETCH(QString, uuid);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QString, again);
    QFETCH(QStringList, words);
    CHECKED(addDirectly(u"Existing"_s, u"existing"_s, kChildUuid));
    QVERIFY(AccountStore(m_node->database()).add(u"peer1"_s, kPassword).ok());
    if (uuid == u"OWN"_s)
        uuid = m_node->identity().uuid.toString(QUuid::WithoutBraces);

    Page page(*m_node);
    const QString before = state();
    const QString statusBefore = page.statusText();
    QPointer<ui::ChildDialog> dialog = page.addChild();
    fill(dialog, {nickname, uuid, user, password, again, {u"names"_s}, u"a note"_s});
    QSignalSpy failed(dialog.data(), &ui::ChildDialog::storingFailed);
    QSignalSpy stored(dialog.data(), &ui::ChildDialog::stored);
    child<QPushButton>(dialog, "childOk")->click();
    QCOMPARE(failed.size(), 1);
    QCOMPARE(stored.size(), 0);
    QVERIFY(dialog && dialog->isVisible());
    QVERIFY(dialog->messageIsError());
    VERIFY_MENTIONS(dialog->message(), words);
    QCOMPARE(child<QLabel>(dialog, "childMessage")->text(), dialog->message());
    QCOMPARE(state(), before);
    QCOMPARE(page.statusText(), statusBefore);
    QCOMPARE(page.model()->rowCount(), 1);
    QVERIFY(page.errors.isEmpty()); // told in the dialog, not in a second box
}

// A table offered when the dialog opened but gone from the database by OK is refused, by Add,
// Edit and the global exclusions alike, changing nothing.
void TestChildrenPage::unknownTableIsRefused()
{
    CHECKED(addVanishingResource());
    CHECKED(addDirectly(u"Existing"_s, u"existing"_s));
    Page page(*m_node);
    QPointer<ui::ChildDialog> add = page.addChild();
    QPointer<ui::ChildDialog> edit = page.editChild(u"Existing"_s);
    QPointer<QDialog> global = page.editGlobalExclusions();
    QVERIFY(add && edit && global);
    CHECKED(dropVanishingResource());
    const QString before = state();

    fill(add, {u"New"_s, QString(), u"u1"_s, kPassword, kPassword, {u"scratch"_s}, QString()});
    child<QPushButton>(add, "childOk")->click();
    QVERIFY(add && add->isVisible() && add->messageIsError());
    VERIFY_MENTIONS(add->message(), (QStringList{u"no table 'scratch'"_s, u"Nothing"_s}));

    QVERIFY(setTable(edit, u"scratch"_s, true));
    child<QLineEdit>(edit, "childNote")->setText(u"changed"_s);
    child<QPushButton>(edit, "childOk")->click();
    QVERIFY(edit && edit->isVisible() && edit->messageIsError());
    VERIFY_MENTIONS(edit->message(), (QStringList{u"no table 'scratch'"_s, u"Nothing"_s}));

    QListWidgetItem *item = tableItem(global, "childGlobalTables", u"scratch"_s);
    QVERIFY(item);
    item->setCheckState(Qt::Checked);
    tableItem(global, "childGlobalTables", u"names"_s)->setCheckState(Qt::Checked);
    child<QPushButton>(global, "childGlobalOk")->click();
    QVERIFY(global && global->isVisible());
    VERIFY_MENTIONS(child<QLabel>(global, "childGlobalMessage")->text(),
                    (QStringList{u"no table 'scratch'"_s, u"Nothing"_s}));

    QCOMPARE(state(), before);
    QVERIFY(find(u"Existing"_s)->note.isEmpty());
}

// Edit: a UUID, one table allowed and one excluded, a new password typed twice, a new note.
// Then clearing the UUID, and OK with nothing changed.
void TestChildrenPage::editChangesWhatWasChanged()
{
    CHECKED(addDirectly(u"Clinic 4"_s, u"clinic4"_s, {}, {u"transaction_lines"_s}));
    QVERIFY(store().setGlobalExclusions({u"names"_s}).ok());
    Page page(*m_node);
    QVERIFY(page.select(u"Clinic 4"_s));
    child<QPushButton>(&page, "childEdit")->click();
    QPointer<ui::ChildDialog> dialog = page.findChild<ui::ChildDialog *>();
    QVERIFY(dialog && dialog->isEditing());
    QCOMPARE(child<QLineEdit>(dialog, "childNickname")->text(), u"Clinic 4"_s);
    QVERIFY(child<QLineEdit>(dialog, "childNickname")->isReadOnly());
    QCOMPARE(child<QLineEdit>(dialog, "childUser")->text(), u"clinic4"_s);
    QVERIFY(child<QLineEdit>(dialog, "childUser")->isReadOnly());
    QVERIFY(child<QLineEdit>(dialog, "childUuid")->text().isEmpty());
    QCOMPARE(tableItem(dialog, "childTables", u"transaction_lines"_s)->checkState(), Qt::Checked);
    // The global exclusion: shown checked, and not the child's to change.
    QListWidgetItem *names = tableItem(dialog, "childTables", u"names"_s);
    QCOMPARE(names->checkState(), Qt::Checked);
    QVERIFY(!(names->flags() & Qt::ItemIsEnabled));

    child<QLineEdit>(dialog, "childUuid")->setText(kChildUuid.toString());
    QVERIFY(setTable(dialog, u"transaction_lines"_s, false));
    QVERIFY(setTable(dialog, u"items"_s, true));
    QTest::keyClicks(child<QLineEdit>(dialog, "childPassword"), u"new-pw"_s);
    QTest::keyClicks(child<QLineEdit>(dialog, "childPasswordAgain"), u"new-pw"_s);
    child<QLineEdit>(dialog, "childNote")->setText(u"moved"_s);
    QSignalSpy changed(&page, &ui::ChildrenPage::childrenChanged);
    child<QPushButton>(dialog, "childOk")->click();
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(changed.size(), 1);

    std::optional<Child> c = find(u"Clinic 4"_s);
    QCOMPARE(c->uuid, kChildUuid);
    QCOMPARE(c->excludedTables, QStringList{u"items"_s});
    QCOMPARE(c->note, u"moved"_s);
    QVERIFY(passwordWorks(u"clinic4"_s, u"new-pw"_s));
    QVERIFY(!passwordWorks(u"clinic4"_s, kPassword));
    QCOMPARE(store().globalExclusions().value(), QStringList{u"names"_s});
    VERIFY_MENTIONS(
        page.statusText(),
        (QStringList{u"Changed child 'Clinic 4'"_s, kChildUuid.toString(QUuid::WithoutBraces),
                     u"new password"_s, u"does not receive: items, names"_s, u"Warning"_s}));
    QCOMPARE(cell(*page.model(), 0, ui::ChildModel::Column::Excluded), u"items"_s);
    VERIFY_MENTIONS(cell(*page.model(), 0, ui::ChildModel::Column::Excluded, Qt::ToolTipRole),
                    (QStringList{u"items, names"_s}));

    // Emptying the UUID clears it; the password fields left empty keep the password.
    dialog = page.editChild(u"Clinic 4"_s);
    QCOMPARE(child<QLineEdit>(dialog, "childUuid")->text(),
             kChildUuid.toString(QUuid::WithoutBraces));
    child<QLineEdit>(dialog, "childUuid")->clear();
    child<QPushButton>(dialog, "childOk")->click();
    QTRY_VERIFY(dialog.isNull());
    QVERIFY(find(u"Clinic 4"_s)->uuid.isNull());
    QVERIFY(passwordWorks(u"clinic4"_s, u"new-pw"_s));
    VERIFY_MENTIONS(page.statusText(), (QStringList{u"recorded again"_s}));

    // Nothing changed: closes, changes nothing.
    const QString before = state();
    dialog = page.editChild(u"Clinic 4"_s);
    child<QPushButton>(dialog, "childOk")->click();
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(state(), before);
}

// Edit refusals: the dialog says why, and none of the other changes typed with it is made.
void TestChildrenPage::editRefusalsChangeNothing()
{
    CHECKED(addDirectly(u"Clinic 4"_s, u"clinic4"_s, {}, {u"transaction_lines"_s}));
    CHECKED(addDirectly(u"Depot"_s, u"depot"_s, kChildUuid));
    Page page(*m_node);
    const QString before = state();

    struct Case
    {
        const char *name;
        QString uuid;
        QString password;
        QString again;
        QStringList words;
    };
    const QList<Case> cases{
        {"passwords differ",
         kOtherUuid.toString(),
         u"a-pw"_s,
         u"b-pw"_s,
         {u"passwords differ"_s, u"Nothing was changed"_s}},
        {"only the second password",
         kOtherUuid.toString(),
         QString(),
         u"b-pw"_s,
         {u"both fields"_s, u"Nothing was changed"_s}},
        {"malformed uuid", u"zzzz"_s, QString(), QString(), {u"'zzzz' is not a node UUID"_s}},
        {"this node's uuid",
         m_node->identity().uuid.toString(),
         QString(),
         QString(),
         {u"this node's own UUID"_s, u"Nothing was changed"_s}},
        {"another child's uuid",
         kChildUuid.toString(),
         QString(),
         QString(),
         {u"is child 'Depot' here already"_s, u"Nothing was changed"_s}},
    };
    for (const Case &c : cases) {
        QPointer<ui::ChildDialog> dialog = page.editChild(u"Clinic 4"_s);
        QVERIFY(dialog);
        child<QLineEdit>(dialog, "childUuid")->setText(c.uuid);
        QVERIFY(setTable(dialog, u"transaction_lines"_s, false));
        QVERIFY(setTable(dialog, u"stores"_s, true));
        child<QLineEdit>(dialog, "childNote")->setText(u"changed"_s);
        QTest::keyClicks(child<QLineEdit>(dialog, "childPassword"), c.password);
        QTest::keyClicks(child<QLineEdit>(dialog, "childPasswordAgain"), c.again);
        child<QPushButton>(dialog, "childOk")->click();
        QVERIFY2(dialog && dialog->isVisible() && dialog->messageIsError(), c.name);
        VERIFY_MENTIONS(dialog->message(), c.words);
        QCOMPARE(state(), before);
        QVERIFY2(passwordWorks(u"clinic4"_s, kPassword), c.name);
        dialog->reject();
        QTRY_VERIFY(dialog.isNull());
    }
    // A child removed meanwhile (by `s15n child remove`) cannot be edited.
    QPointer<ui::ChildDialog> dialog = page.editChild(u"Clinic 4"_s);
    QVERIFY(store().remove(u"Clinic 4"_s).ok());
    child<QLineEdit>(dialog, "childNote")->setText(u"changed"_s);
    child<QPushButton>(dialog, "childOk")->click();
    QVERIFY(dialog && dialog->messageIsError());
    VERIFY_MENTIONS(dialog->message(), (QStringList{u"no child named 'Clinic 4'"_s}));
    QVERIFY(!find(u"Clinic 4"_s));
}

// Remove asks first (naming the account and the registration); No keeps everything, Yes
// removes the child, its account and its node's registration here.
void TestChildrenPage::removeAsksFirst()
{
    CHECKED(addDirectly(u"Clinic 4"_s, u"clinic4"_s, kChildUuid, {u"items"_s}));
    CHECKED(addDirectly(u"Depot"_s, u"depot"_s));
    Peer peer;
    peer.uuid = kChildUuid;
    peer.name = u"clinic"_s;
    peer.username = u"clinic4"_s;
    QVERIFY(PeerStore(m_node->database()).registerPeer(peer).ok());

    Page page(*m_node);
    const QString before = state();
    page.answer = false;
    QVERIFY(page.select(u"Clinic 4"_s));
    child<QPushButton>(&page, "childRemove")->click();
    QCOMPARE(page.questions.size(), 1);
    VERIFY_MENTIONS(page.questions.first(), (QStringList{u"Clinic 4"_s, u"account clinic4"_s,
                                                         u"registration"_s, u"no longer sync"_s}));
    QCOMPARE(state(), before);
    QCOMPARE(page.model()->rowCount(), 2);

    page.answer = true;
    QSignalSpy changed(&page, &ui::ChildrenPage::childrenChanged);
    child<QPushButton>(&page, "childRemove")->click();
    QCOMPARE(page.questions.size(), 2);
    QCOMPARE(changed.size(), 1);
    QVERIFY(!find(u"Clinic 4"_s));
    QVERIFY(!AccountStore(m_node->database()).find(u"clinic4"_s).ok());
    QVERIFY(!PeerStore(m_node->database()).find(kChildUuid).value());
    QVERIFY(find(u"Depot"_s)); // the other child stays
    QVERIFY(AccountStore(m_node->database()).find(u"depot"_s).ok());
    QCOMPARE(page.model()->rowCount(), 1);
    QCOMPARE(page.selectedNickname(), u"Depot"_s);
    VERIFY_MENTIONS(page.statusText(), (QStringList{u"Removed child 'Clinic 4'"_s, u"clinic4"_s}));
    QVERIFY(page.errors.isEmpty());
}

// The global exclusions: shown under the list, changed in their dialog (with warnings about
// references for each child), shown fixed in the child dialog; clearing them.
void TestChildrenPage::globalExclusions()
{
    CHECKED(addDirectly(u"Clinic 4"_s, u"clinic4"_s));
    Page page(*m_node);
    auto *label = child<QLabel>(&page, "childGlobalExclusions");
    VERIFY_MENTIONS(label->text(), (QStringList{u"Every child receives every resource"_s}));

    child<QPushButton>(&page, "childGlobalEdit")->click();
    QPointer<QDialog> dialog = page.findChild<QDialog *>(u"childGlobalDialog"_s);
    QVERIFY(dialog && dialog->isVisible());
    QCOMPARE(child<QListWidget>(dialog, "childGlobalTables")->count(), 5);
    tableItem(dialog, "childGlobalTables", u"stores"_s)->setCheckState(Qt::Checked);
    tableItem(dialog, "childGlobalTables", u"transactions"_s)->setCheckState(Qt::Checked);
    QSignalSpy changed(&page, &ui::ChildrenPage::childrenChanged);
    child<QPushButton>(dialog, "childGlobalOk")->click();
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(changed.size(), 1);
    QCOMPARE(store().globalExclusions().value(), (QStringList{u"stores"_s, u"transactions"_s}));
    QCOMPARE(store().excludedTablesForChild(u"Clinic 4"_s).value(),
             (QStringList{u"stores"_s, u"transactions"_s}));
    VERIFY_MENTIONS(label->text(), (QStringList{u"No child receives: stores, transactions."_s}));
    // transaction_lines refers to transactions: Clinic 4 would wait for its rows.
    VERIFY_MENTIONS(page.statusText(),
                    (QStringList{u"No child receives: stores, transactions"_s, u"Warning"_s,
                                 u"Clinic 4"_s, u"transaction_lines"_s}));
    VERIFY_MENTIONS(cell(*page.model(), 0, ui::ChildModel::Column::Excluded, Qt::ToolTipRole),
                    (QStringList{u"stores, transactions"_s}));

    // The child dialog shows them checked and fixed.
    QPointer<ui::ChildDialog> edit = page.editChild(u"Clinic 4"_s);
    for (const QString &table : {u"stores"_s, u"transactions"_s}) {
        QListWidgetItem *item = tableItem(edit, "childTables", table);
        QCOMPARE(item->checkState(), Qt::Checked);
        QVERIFY(!(item->flags() & Qt::ItemIsEnabled));
    }
    edit->reject();
    QTRY_VERIFY(edit.isNull());

    // Cancel changes nothing; unchecking all of them clears them.
    dialog = page.editGlobalExclusions();
    tableItem(dialog, "childGlobalTables", u"items"_s)->setCheckState(Qt::Checked);
    child<QPushButton>(dialog, "childGlobalClose")->click();
    QTRY_VERIFY(dialog.isNull());
    QCOMPARE(store().globalExclusions().value(), (QStringList{u"stores"_s, u"transactions"_s}));
    dialog = page.editGlobalExclusions();
    QCOMPARE(tableItem(dialog, "childGlobalTables", u"stores"_s)->checkState(), Qt::Checked);
    tableItem(dialog, "childGlobalTables", u"stores"_s)->setCheckState(Qt::Unchecked);
    tableItem(dialog, "childGlobalTables", u"transactions"_s)->setCheckState(Qt::Unchecked);
    child<QPushButton>(dialog, "childGlobalOk")->click();
    QTRY_VERIFY(dialog.isNull());
    QVERIFY(store().globalExclusions().value().isEmpty());
    VERIFY_MENTIONS(label->text(), (QStringList{u"Every child receives every resource"_s}));
    QVERIFY(!page.statusIsError());
}

// The list shows the UUID once the child's first registration filled it in, and its last
// contact, read again when the page is shown.
void TestChildrenPage::listShowsUuidAndLastContact()
{
    CHECKED(addDirectly(u"Clinic 4"_s, u"clinic4"_s));
    CHECKED(addDirectly(u"Depot"_s, u"depot"_s));
    Page page(*m_node);
    page.resize(1000, 600);
    QAbstractItemModelTester tester(page.model(),
                                    QAbstractItemModelTester::FailureReportingMode::QtTest);
    using Column = ui::ChildModel::Column;
    const int clinic = page.model()->rowOf(u"Clinic 4"_s);
    QCOMPARE(cell(*page.model(), clinic, Column::Uuid), u"(not known yet)"_s);
    QCOMPARE(cell(*page.model(), clinic, Column::LastContact), u"Never"_s);

    // The child registers with its account (`repo add` on the child), then syncs.
    Peer peer;
    peer.uuid = kChildUuid;
    peer.name = u"clinic"_s;
    peer.username = u"clinic4"_s;
    QVERIFY(PeerStore(m_node->database()).registerPeer(peer).ok());
    const QDateTime seen(QDate(2024, 3, 5), QTime(10, 20, 30), Qt::UTC);
    QVERIFY(m_node->database()
                .exec(u"UPDATE s15n_peers SET last_seen_at = ? WHERE uuid = ?"_s,
                      {seen.toString(Qt::ISODateWithMs), kChildUuid.toString(QUuid::WithoutBraces)})
                .ok());
    QVERIFY(page.select(u"Depot"_s));
    page.show(); // showing the page reads the list again
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const int row = page.model()->rowOf(u"Clinic 4"_s);
    QCOMPARE(cell(*page.model(), row, Column::Uuid), kChildUuid.toString(QUuid::WithoutBraces));
    QCOMPARE(cell(*page.model(), row, Column::LastContact),
             QLocale().toString(seen.toLocalTime(), QLocale::ShortFormat));
    QCOMPARE(page.model()->index(row, int(Column::LastContact)).data(Qt::UserRole).toDateTime(),
             seen);
    QCOMPARE(cell(*page.model(), page.model()->rowOf(u"Depot"_s), Column::LastContact), u"Never"_s);
    QCOMPARE(page.selectedNickname(), u"Depot"_s); // the selection is kept
    for (int c = 0; c < int(Column::Count); ++c)
        QVERIFY(!page.model()->headerData(c, Qt::Horizontal).toString().isEmpty());
}

// The main window has the page, after Repositories.
void TestChildrenPage::pageInTheMainWindow()
{
    const QString path = m_node->database().location().toString();
    m_node.reset();
    qputenv("S15N_DB", path.toUtf8());
    ui::MainWindow window;
    QVERIFY(window.node());
    const QStringList pages = window.pageNames();
    QCOMPARE(pages.indexOf(u"childrenPage"_s), pages.indexOf(u"repositoriesPage"_s) + 1);
    QVERIFY(window.showPage(u"childrenPage"_s));
    QVERIFY(
        qobject_cast<ui::ChildrenPage *>(window.findChild<QStackedWidget *>()->currentWidget()));
    qunsetenv("S15N_DB");
}

S15N_GUI_TEST_MAIN(TestChildrenPage)
#include "tst_childrenpage.moc"
