// The Changes page against a real `s15n serve` (the parent) and a child opened in this process:
// the child changed two rows and the parent one of them. Refresh sorts them into the lists
// without and with conflicts, the fields view shows both versions of the conflict, Push
// selected sends the other one, Take theirs (asked first) settles the conflict, and a declined
// question changes nothing. The models pass QAbstractItemModelTester.
#include "models/changesmodel.h"
#include "models/fieldcomparisonmodel.h"
#include "pages/changespage.h"
#include "storage/node.h"

#include "httptest.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
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
};

S15N_GUI_TEST_MAIN(TestChangesPage)
#include "tst_changespage.moc"
