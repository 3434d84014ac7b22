// The Changes page against a real `s15n serve` (the parent) and a child opened in this process:
// the child changed two rows and the parent one of them. Refresh sorts them into the lists
// without and with conflicts, the fields view shows both versions of the conflict, Push
// selected sends the other one, Take theirs (asked first) settles the conflict, and a declined
// question changes nothing. Conflicts the MANUAL policy held are settled with Take theirs and
// Keep ours (which the next sync sends). Cancel ends a refresh or a push that a remote never
// answers, says it was cancelled, and leaves the page working. The models pass
// QAbstractItemModelTester.
#include "models/changesmodel.h"
#include "models/fieldcomparisonmodel.h"
#include "pages/changespage.h"
#include "storage/node.h"

#include "httptest.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QElapsedTimer>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include "guitestmain.h"

using namespace s15n;
using namespace s15n::test;
using namespace Qt::StringLiterals;

namespace {

// The page, with its questions answered and its message boxes recorded by the test.
class Page : public ui::ChangesPage
{
public:
    using ChangesPage::ChangesPage;

    bool answer = true;
    int questions = 0;
    QStringList errors;

protected:
    bool confirm(const QString &) override
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

void itemName(const ExchangeNode &node, const QString &code, QString *name)
{
    valueOf(node, u"SELECT name FROM items WHERE code = '%1'"_s.arg(code), name);
}

void setName(const ExchangeNode &node, const QString &code, const QString &name)
{
    sql(node, u"UPDATE items SET name = '%1' WHERE code = '%2';"_s.arg(name, code));
}

void selectRow(QTableView *view, int row)
{
    view->selectionModel()->setCurrentIndex(view->model()->index(row, 0),
                                            QItemSelectionModel::ClearAndSelect |
                                                QItemSelectionModel::Rows);
}

// The row of `model` (a list of the page) for the row `uuid`, or -1.
int listRow(const ui::ChangesModel &model, const QString &uuid)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.item(row).rowUuid == uuid)
            return row;
    }
    return -1;
}

// The row of the fields model that shows `field`, or -1.
int fieldRow(const ui::FieldComparisonModel &model, const QString &field)
{
    for (int row = 0; row < model.rowCount(); ++row) {
        if (model.index(row, int(ui::FieldComparisonModel::Column::Field)).data().toString() ==
            field)
            return row;
    }
    return -1;
}

QString fieldText(const ui::FieldComparisonModel &model, int row,
                  ui::FieldComparisonModel::Column column)
{
    return model.index(row, int(column)).data().toString();
}

} // namespace

class TestChangesPage : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;

    // Clicks Refresh and waits for the lists.
    void refresh(Page &page)
    {
        QSignalSpy refreshed(&page, &ui::ChangesPage::refreshed);
        QTest::mouseClick(child<QPushButton>(&page, "changesRefresh"), Qt::LeftButton);
        QVERIFY(refreshed.wait(30000));
        QTRY_VERIFY(!page.isBusy());
    }

    // Clicks `button` and waits for the action's result and the refresh after it.
    void act(Page &page, QPushButton *button, bool *ok)
    {
        QSignalSpy finished(&page, &ui::ChangesPage::actionFinished);
        QSignalSpy refreshed(&page, &ui::ChangesPage::refreshed);
        QVERIFY(button->isEnabled());
        QTest::mouseClick(button, Qt::LeftButton);
        QVERIFY(finished.wait(30000));
        *ok = finished.first().at(0).toBool();
        QVERIFY(refreshed.count() > 0 || refreshed.wait(30000));
        QTRY_VERIFY(!page.isBusy());
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        // The passwords go to a file of this test's own (mode 0600), not to a keychain; the
        // child's `s15n repo add` (a process started later) inherits the variable.
        qputenv("S15N_CREDENTIALS_FILE", m_home.filePath(u"credentials"_s).toUtf8());
    }

    void cleanup() { dropNodeDatabases(); }

    void pushAndTakeTheirs()
    {
        HttpSite site;
        CHECKED(makeConnectedSite(&site, Backend::Sqlite, true));
        const ExchangeNode &childNode = site.child;
        QString ors, para;
        CHECKED(uuidOf(childNode, u"items"_s, u"ORS"_s, &ors));
        CHECKED(uuidOf(childNode, u"items"_s, u"PARA500"_s, &para));
        CHECKED(setName(childNode, u"ORS"_s, u"child ORS"_s));
        CHECKED(setName(childNode, u"PARA500"_s, u"child PARA"_s));
        CHECKED(setName(site.parent, u"ORS"_s, u"parent ORS"_s));

        Result<std::unique_ptr<Node>> node =
            Node::open(DatabaseLocation::parse(childNode.db).value());
        QVERIFY2(node.ok(), qPrintable(node.message()));
        Page page(*node.value());
        QAbstractItemModelTester withoutTester(page.withoutModel());
        QAbstractItemModelTester withTester(page.withModel());
        QAbstractItemModelTester heldTester(page.heldModel());
        QAbstractItemModelTester fieldsTester(page.fieldsModel());
        page.resize(900, 900);
        page.show();

        auto *repository = child<QComboBox>(&page, "changesRepository");
        QCOMPARE(repository->currentText(), u"parent"_s);
        auto *resource = child<QComboBox>(&page, "changesResource");
        QVERIFY(resource->findText(u"items"_s) > 0);
        auto *without = child<QTableView>(&page, "changesWithout");
        auto *with = child<QTableView>(&page, "changesWith");
        auto *message = child<QLabel>(&page, "changesMessage");

        // Refresh: one row in each list.
        QSignalSpy refreshed(&page, &ui::ChangesPage::refreshed);
        QTest::mouseClick(child<QPushButton>(&page, "changesRefresh"), Qt::LeftButton);
        QVERIFY(page.isBusy());
        QVERIFY(child<QProgressBar>(&page, "changesProgress")->isVisible());
        QVERIFY(child<QPushButton>(&page, "changesCancel")->isVisible());
        QVERIFY(refreshed.wait(30000));
        QTRY_VERIFY(!page.isBusy());
        QVERIFY2(page.withoutModel()->rowCount() == 1, qPrintable(message->text()));
        QCOMPARE(page.withoutModel()->item(0).rowUuid, para);
        QCOMPARE(page.withModel()->rowCount(), 1);
        QCOMPARE(page.withModel()->item(0).rowUuid, ors);
        QCOMPARE(page.heldModel()->rowCount(), 0);
        QVERIFY(page.withModel()
                    ->index(0, int(ui::ChangesModel::Column::Change))
                    .data()
                    .toString()
                    .contains(u"name"_s));

        // The conflict field by field: both names, the differing field marked.
        const ui::FieldComparisonModel &fields = *page.fieldsModel();
        selectRow(with, 0);
        int name = fieldRow(fields, u"name"_s);
        QVERIFY(name >= 0);
        QCOMPARE(fieldText(fields, name, ui::FieldComparisonModel::Column::Ours), u"child ORS"_s);
        QCOMPARE(fieldText(fields, name, ui::FieldComparisonModel::Column::Theirs),
                 u"parent ORS"_s);
        QVERIFY(fields.differs(name));
        QVERIFY(fields.index(name, 0).data(Qt::BackgroundRole).isValid());
        const int unit = fieldRow(fields, u"unit"_s);
        QVERIFY(unit >= 0);
        QVERIFY(!fields.differs(unit));
        QVERIFY(!fields.index(unit, 0).data(Qt::BackgroundRole).isValid());
        // Without a conflict: ours only.
        selectRow(without, 0);
        name = fieldRow(fields, u"name"_s);
        QCOMPARE(fieldText(fields, name, ui::FieldComparisonModel::Column::Ours), u"child PARA"_s);
        QVERIFY(!fields.withTheirs());
        QVERIFY(child<QTableView>(&page, "changesFields")
                    ->isColumnHidden(int(ui::FieldComparisonModel::Column::Theirs)));

        // Declined questions change nothing.
        selectRow(with, 0);
        page.answer = false;
        QTest::mouseClick(child<QPushButton>(&page, "changesTakeTheirs"), Qt::LeftButton);
        QTest::mouseClick(child<QPushButton>(&page, "changesPushOurs"), Qt::LeftButton);
        QCOMPARE(page.questions, 2);
        QVERIFY(!page.isBusy());
        QString value;
        CHECKED(itemName(childNode, u"ORS"_s, &value));
        QCOMPARE(value, u"child ORS"_s);
        CHECKED(itemName(site.parent, u"ORS"_s, &value));
        QCOMPARE(value, u"parent ORS"_s);
        QCOMPARE(page.withModel()->rowCount(), 1);

        // Push the one without a conflict (not asked): it arrives at the parent.
        page.answer = true;
        selectRow(without, 0);
        bool ok = false;
        CHECKED(act(page, child<QPushButton>(&page, "changesPush"), &ok));
        QVERIFY2(ok, qPrintable(message->text()));
        QCOMPARE(page.questions, 2);
        QVERIFY2(message->text().contains(para) && message->text().contains(u"applied"_s),
                 qPrintable(message->text()));
        CHECKED(itemName(site.parent, u"PARA500"_s, &value));
        QCOMPARE(value, u"child PARA"_s);
        QCOMPARE(page.withoutModel()->rowCount(), 0);
        QCOMPARE(page.withModel()->rowCount(), 1);

        // Take theirs for the conflict (asked, yes): the child has the parent's name.
        selectRow(with, 0);
        CHECKED(act(page, child<QPushButton>(&page, "changesTakeTheirs"), &ok));
        QVERIFY2(ok, qPrintable(message->text()));
        QCOMPARE(page.questions, 3);
        CHECKED(itemName(childNode, u"ORS"_s, &value));
        QCOMPARE(value, u"parent ORS"_s);
        QCOMPARE(page.withoutModel()->rowCount(), 0);
        QCOMPARE(page.withModel()->rowCount(), 0);
        QVERIFY2(page.errors.isEmpty(), qPrintable(page.errors.join(u'\n')));
        CHECKED(stopServer(&site.server));
    }

    // The MANUAL policy holds two conflicts at the child: Take theirs settles one with the
    // parent's version, Keep ours the other with the child's, which the next sync sends.
    void heldConflictsAreSettled()
    {
        HttpSite site;
        CHECKED(makeConnectedSite(&site, Backend::Sqlite, true));
        const ExchangeNode &childNode = site.child;
        CHECKED(runOk(childNode,
                      {u"resource"_s, u"edit"_s, u"items"_s, u"--conflict-policy"_s, u"MANUAL"_s}));
        QString ors, zinc;
        CHECKED(uuidOf(childNode, u"items"_s, u"ORS"_s, &ors));
        CHECKED(uuidOf(childNode, u"items"_s, u"ZINC20"_s, &zinc));
        CHECKED(setName(childNode, u"ORS"_s, u"child ORS"_s));
        CHECKED(setName(site.parent, u"ORS"_s, u"parent ORS"_s));
        CHECKED(setName(childNode, u"ZINC20"_s, u"child ZINC"_s));
        CHECKED(setName(site.parent, u"ZINC20"_s, u"parent ZINC"_s));
        CHECKED(syncOk(childNode)); // the pull holds both

        Result<std::unique_ptr<Node>> node =
            Node::open(DatabaseLocation::parse(childNode.db).value());
        QVERIFY2(node.ok(), qPrintable(node.message()));
        Page page(*node.value());
        QAbstractItemModelTester heldTester(page.heldModel());
        QAbstractItemModelTester fieldsTester(page.fieldsModel());
        page.resize(900, 900);
        page.show();
        auto *held = child<QTableView>(&page, "changesHeld");
        auto *keepOurs = child<QPushButton>(&page, "changesHeldOurs");
        auto *takeTheirs = child<QPushButton>(&page, "changesHeldTheirs");
        auto *message = child<QLabel>(&page, "changesMessage");
        QVERIFY(!keepOurs->isEnabled() && !takeTheirs->isEnabled()); // nothing picked

        CHECKED(refresh(page));
        QCOMPARE(page.heldModel()->rowCount(), 2);
        QVERIFY2(message->text().contains(u"2 held"_s), qPrintable(message->text()));
        int orsRow = listRow(*page.heldModel(), ors);
        QVERIFY(orsRow >= 0 && listRow(*page.heldModel(), zinc) >= 0);

        // Field by field: ours and theirs.
        selectRow(held, orsRow);
        const ui::FieldComparisonModel &fields = *page.fieldsModel();
        const int name = fieldRow(fields, u"name"_s);
        QVERIFY(name >= 0);
        QCOMPARE(fieldText(fields, name, ui::FieldComparisonModel::Column::Ours), u"child ORS"_s);
        QCOMPARE(fieldText(fields, name, ui::FieldComparisonModel::Column::Theirs),
                 u"parent ORS"_s);
        QVERIFY(keepOurs->isEnabled() && takeTheirs->isEnabled());

        // Declined: nothing happens.
        page.answer = false;
        QTest::mouseClick(takeTheirs, Qt::LeftButton);
        QTest::mouseClick(keepOurs, Qt::LeftButton);
        QCOMPARE(page.questions, 2);
        QVERIFY(!page.isBusy());
        QString value;
        CHECKED(itemName(childNode, u"ORS"_s, &value));
        QCOMPARE(value, u"child ORS"_s);
        QCOMPARE(page.heldModel()->rowCount(), 2);

        // Take theirs: the child has the parent's name; one is left.
        page.answer = true;
        bool ok = false;
        CHECKED(act(page, takeTheirs, &ok));
        QVERIFY2(ok, qPrintable(message->text()));
        QCOMPARE(page.questions, 3);
        VERIFY_MENTIONS(message->text(), (QStringList{ors, u"took theirs"_s}));
        CHECKED(itemName(childNode, u"ORS"_s, &value));
        QCOMPARE(value, u"parent ORS"_s);
        QCOMPARE(page.heldModel()->rowCount(), 1);
        QCOMPARE(page.heldModel()->item(0).rowUuid, zinc);

        // Keep ours: the child keeps its name, and nothing is held any more.
        selectRow(held, 0);
        CHECKED(act(page, keepOurs, &ok));
        QVERIFY2(ok, qPrintable(message->text()));
        QCOMPARE(page.questions, 4);
        VERIFY_MENTIONS(message->text(), (QStringList{zinc, u"kept ours"_s}));
        CHECKED(itemName(childNode, u"ZINC20"_s, &value));
        QCOMPARE(value, u"child ZINC"_s);
        QCOMPARE(page.heldModel()->rowCount(), 0);
        QVERIFY(!keepOurs->isEnabled() && !takeTheirs->isEnabled());
        QVERIFY2(page.errors.isEmpty(), qPrintable(page.errors.join(u'\n')));

        // Settled for good: the next sync brings the two sides together, ours for ZINC20.
        CHECKED(syncOk(childNode));
        CHECKED(itemName(site.parent, u"ZINC20"_s, &value));
        QCOMPARE(value, u"child ZINC"_s);
        CHECKED(itemName(site.parent, u"ORS"_s, &value));
        QCOMPARE(value, u"parent ORS"_s);
        CHECKED(verifySameData(site.parent, childNode));
        CHECKED(stopServer(&site.server));
    }

    // A remote that accepts the connection and never answers: Cancel ends a refresh and a
    // push long before the transfer timeout, says they were cancelled (no message box), and
    // the page works again.
    void cancelEndsARequestInFlight()
    {
        HttpSite site;
        CHECKED(makeConnectedSite(&site, Backend::Sqlite, true));
        const ExchangeNode &childNode = site.child;
        QString para;
        CHECKED(uuidOf(childNode, u"items"_s, u"PARA500"_s, &para));
        CHECKED(setName(childNode, u"PARA500"_s, u"child PARA"_s));

        Result<std::unique_ptr<Node>> node =
            Node::open(DatabaseLocation::parse(childNode.db).value());
        QVERIFY2(node.ok(), qPrintable(node.message()));
        Page page(*node.value());
        QAbstractItemModelTester withoutTester(page.withoutModel());
        page.resize(900, 900);
        page.show();
        auto *refreshButton = child<QPushButton>(&page, "changesRefresh");
        auto *cancel = child<QPushButton>(&page, "changesCancel");
        auto *push = child<QPushButton>(&page, "changesPush");
        auto *message = child<QLabel>(&page, "changesMessage");
        CHECKED(refresh(page));
        QCOMPARE(page.withoutModel()->rowCount(), 1);

        BlackHole hole;
        QVERIFY(hole.start() != 0);
        CHECKED(runOk(childNode, {u"repo"_s, u"edit"_s, u"parent"_s, u"--url"_s, hole.url()}));

        // A refresh in flight.
        QSignalSpy refreshed(&page, &ui::ChangesPage::refreshed);
        QTest::mouseClick(refreshButton, Qt::LeftButton);
        QVERIFY(page.isBusy());
        QTRY_VERIFY(hole.connections() >= 1);
        QVERIFY(cancel->isVisible() && cancel->isEnabled());
        QElapsedTimer took;
        took.start();
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(refreshed.wait(10000));
        QTRY_VERIFY(!page.isBusy());
        QVERIFY2(took.elapsed() < 10000, qPrintable(QString::number(took.elapsed())));
        QCOMPARE(message->text(), u"Refresh cancelled."_s);
        QCOMPARE(message->styleSheet(), QString());
        QVERIFY(!cancel->isVisible());
        QVERIFY(refreshButton->isEnabled());
        QCOMPARE(page.withoutModel()->rowCount(), 1); // the last answer stays

        // A push in flight.
        selectRow(child<QTableView>(&page, "changesWithout"), 0);
        QVERIFY(push->isEnabled());
        const int before = hole.connections();
        QSignalSpy finished(&page, &ui::ChangesPage::actionFinished);
        QTest::mouseClick(push, Qt::LeftButton);
        QVERIFY(page.isBusy());
        QVERIFY(!push->isEnabled());
        QTRY_VERIFY(hole.connections() > before);
        took.restart();
        QTest::mouseClick(cancel, Qt::LeftButton);
        QVERIFY(finished.wait(10000));
        QTRY_VERIFY(!page.isBusy());
        QVERIFY2(took.elapsed() < 10000, qPrintable(QString::number(took.elapsed())));
        QCOMPARE(finished.first().at(0).toBool(), false);
        // Said as what it is: cancelled (maybe after the remote got it), not a failure.
        VERIFY_MENTIONS(message->text(), (QStringList{u"Push cancelled"_s, u"refresh"_s}));
        QVERIFY2(!message->text().contains(u"failed"_s), qPrintable(message->text()));
        QCOMPARE(message->styleSheet(), QString()); // not shown as an error
        QVERIFY2(page.errors.isEmpty(), qPrintable(page.errors.join(u'\n'))); // no message box
        QVERIFY(push->isEnabled() && refreshButton->isEnabled() && !cancel->isVisible());
        QString value;
        CHECKED(itemName(site.parent, u"PARA500"_s, &value));
        QCOMPARE(value, u"Paracetamol 500 mg tablets"_s);

        // Usable again: with the parent's address back, the push goes through.
        CHECKED(runOk(childNode, {u"repo"_s, u"edit"_s, u"parent"_s, u"--url"_s, site.server.url}));
        bool ok = false;
        CHECKED(act(page, push, &ok));
        QVERIFY2(ok, qPrintable(message->text()));
        CHECKED(itemName(site.parent, u"PARA500"_s, &value));
        QCOMPARE(value, u"child PARA"_s);
        QCOMPARE(page.withoutModel()->rowCount(), 0);
        QVERIFY2(page.errors.isEmpty(), qPrintable(page.errors.join(u'\n')));
        CHECKED(stopServer(&site.server));
    }
};

S15N_GUI_TEST_MAIN(TestChangesPage)
#include "tst_changespage.moc"
