// The Changes page against a real `s15n serve` (the parent) and a child opened in this process:
// the child changed two rows and the parent one of them. Refresh sorts them into the lists
// without and with conflicts, the fields view shows both versions of the conflict, Push
// selected sends the other one, Take theirs (asked first) settles the conflict, and a declined
// question changes nothing. Conflicts the MANUAL policy held are settled with Take theirs and
// Keep ours (which the next sync sends). Cancel ends a refresh or a push that a remote never
// answers, says it was cancelled, and leaves the page working. Rows are named by a field that
// reads like a name, with both versions' times; what changed says what is known (ours, or only
// where a conflict's two sides differ). F5 refreshes and Ctrl+Return pushes. At 1200x860 the
// field-by-field pane shows a whole row, and a splitter moved by hand stays so. The models pass
// QAbstractItemModelTester.
#include "mainwindow.h"
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
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QSignalSpy>
#include <QSplitter>
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

    // Presses `keys` in `widget` (a button's shortcut) and waits as act() does.
    void act(Page &page, QWidget *widget, const QKeySequence &keys, bool *ok)
    {
        QSignalSpy finished(&page, &ui::ChangesPage::actionFinished);
        QSignalSpy refreshed(&page, &ui::ChangesPage::refreshed);
        const QKeyCombination key = keys[0];
        QTest::keyClick(widget, key.key(), key.keyboardModifiers());
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
        QVERIFY(QTest::qWaitForWindowActive(&page)); // for the keys

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
        // Rows named as people know them, the UUID beside and in the tooltip; what changed
        // said as far as it is known; both versions' times.
        using Column = ui::ChangesModel::Column;
        const auto text = [](const ui::ChangesModel *model, Column column, int role) {
            return model->index(0, int(column)).data(role).toString();
        };
        QCOMPARE(text(page.withoutModel(), Column::Row, Qt::DisplayRole), u"child PARA"_s);
        QCOMPARE(text(page.withoutModel(), Column::Row, Qt::ToolTipRole), para);
        QCOMPARE(text(page.withoutModel(), Column::Uuid, Qt::DisplayRole), para);
        QCOMPARE(text(page.withModel(), Column::Row, Qt::DisplayRole), u"child ORS"_s);
        // Without a conflict the remote holds the version ours was made on: ours changed the
        // name. With one, only where the two differ is known.
        QCOMPARE(text(page.withoutModel(), Column::Change, Qt::DisplayRole), u"updated: name"_s);
        const QString conflict = text(page.withModel(), Column::Change, Qt::DisplayRole);
        QVERIFY2(conflict.contains(u"both"_s) && conflict.contains(u"differs: name"_s),
                 qPrintable(conflict));
        for (const ui::ChangesModel *model : {page.withoutModel(), page.withModel()}) {
            const ui::ChangesModel::Item item = model->item(0);
            QVERIFY(item.oursAt.isValid() && item.theirsAt.isValid());
            QVERIFY(qAbs(item.theirsAt.secsTo(QDateTime::currentDateTime())) < 600);
            QCOMPARE(text(model, Column::TheirVersion, Qt::DisplayRole),
                     QLocale().toString(item.theirsAt, QLocale::ShortFormat));
        }
        // The remote's version of the conflict is the parent's rename: newer than the child's
        // first sync, like ours.
        QVERIFY(page.withModel()->item(0).theirsAt != page.withoutModel()->item(0).theirsAt);

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

        // Push the one without a conflict (not asked), with Ctrl+Return in its list: it
        // arrives at the parent, and the message names it.
        page.answer = true;
        selectRow(without, 0);
        bool ok = false;
        QVERIFY(child<QPushButton>(&page, "changesPush")->toolTip().contains(u"Ctrl+Return"_s));
        without->setFocus();
        CHECKED(act(page, without, QKeySequence(Qt::CTRL | Qt::Key_Return), &ok));
        QVERIFY2(message->text().contains(u"child PARA"_s), qPrintable(message->text()));
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

        // F5 refreshes.
        QVERIFY(QTest::qWaitForWindowActive(&page));
        QVERIFY(child<QPushButton>(&page, "changesRefresh")->toolTip().contains(u"F5"_s));
        QSignalSpy refreshed(&page, &ui::ChangesPage::refreshed);
        QTest::keyClick(held, Qt::Key_F5);
        QVERIFY(refreshed.wait(30000));
        QTRY_VERIFY(!page.isBusy());
        QCOMPARE(page.heldModel()->rowCount(), 2);
        QVERIFY2(message->text().contains(u"2 held"_s), qPrintable(message->text()));
        int orsRow = listRow(*page.heldModel(), ors);
        QVERIFY(orsRow >= 0 && listRow(*page.heldModel(), zinc) >= 0);
        QCOMPARE(page.heldModel()->item(orsRow).label, u"child ORS"_s);
        QVERIFY(page.heldModel()->item(orsRow).theirsAt.isValid());
        QVERIFY2(page.heldModel()->item(orsRow).change.startsWith(u"differs: name"_s),
                 qPrintable(page.heldModel()->item(orsRow).change));

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

    // A row's label: a field named like a name or a code, else the first text; theirs where
    // ours has none (a row deleted here).
    void rowLabels_data()
    {
        QTest::addColumn<QStringList>("names"); // the fields, in order
        QTest::addColumn<QStringList>("texts"); // their text; "" a NULL, "#" a number
        QTest::addColumn<bool>("oursDeleted");
        QTest::addColumn<QString>("label");
        QTest::newRow("name first")
            << QStringList{u"code"_s, u"name"_s} << QStringList{u"ORS"_s, u"Oral salts"_s} << false
            << u"Oral salts"_s;
        QTest::newRow("code without name")
            << QStringList{u"kind"_s, u"code"_s} << QStringList{u"receipt"_s, u"R-12"_s} << false
            << u"R-12"_s;
        QTest::newRow("a null name") << QStringList{u"name"_s, u"title"_s}
                                     << QStringList{u""_s, u"Dr"_s} << false << u"Dr"_s;
        QTest::newRow("suffix") << QStringList{u"kind"_s, u"store_name"_s}
                                << QStringList{u"issue"_s, u"North store"_s} << false
                                << u"North store"_s;
        QTest::newRow("first text")
            << QStringList{u"quantity"_s, u"kind"_s, u"comment"_s}
            << QStringList{u"#"_s, u"issue"_s, u"late"_s} << false << u"issue"_s;
        QTest::newRow("no text") << QStringList{u"quantity"_s} << QStringList{u"#"_s} << false
                                 << QString();
        QTest::newRow("deleted here")
            << QStringList{u"name"_s} << QStringList{u"Theirs"_s} << true << u"Theirs"_s;
        QTest::newRow("case and spaces")
            << QStringList{u"Name"_s} << QStringList{u"  two\n lines "_s} << false
            << u"two lines"_s;
    }
    void rowLabels()
    {
        QFETCH(QStringList, names);
        QFETCH(QStringList, texts);
        QFETCH(bool, oursDeleted);
        QFETCH(QString, label);
        QList<FieldComparison> fields;
        for (qsizetype i = 0; i < names.size(); ++i) {
            FieldValue value;
            if (texts.at(i) == u"#"_s) {
                value.type = FieldValue::Type::Integer;
                value.value = qint64(7);
            } else if (!texts.at(i).isEmpty()) {
                value.type = FieldValue::Type::Text;
                value.value = texts.at(i);
            }
            FieldComparison field;
            field.name = names.at(i);
            if (!oursDeleted)
                field.ours = value;
            field.theirs = value;
            fields << field;
        }
        QCOMPARE(ui::ChangesModel::rowLabel(fields), label);
    }

    // The application at 1200x860 on the Changes page: the field-by-field pane shows a row of
    // the sample's items whole (not three rows and a half); positions the user gives the
    // splitter come back.
    void fieldsHaveRoomAndTheSplitterIsRemembered()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString db = dir.filePath(u"node.sqlite"_s);
        {
            Result<std::unique_ptr<Node>> node =
                Node::create(DatabaseLocation::parse(db).value(), u"hq"_s, 1);
            QVERIFY2(node.ok(), qPrintable(node.message()));
        }
        qputenv("S15N_DB", db.toUtf8());
        const auto unset = qScopeGuard([] { qunsetenv("S15N_DB"); });
        QSettings().remove(u"changesPage"_s);
        // A row of the sample's items (code, name, unit, price, photo), and two more fields.
        QList<FieldComparison> fields;
        for (const QString &name :
             {u"code"_s, u"name"_s, u"unit"_s, u"price"_s, u"photo"_s, u"note"_s, u"active"_s}) {
            FieldComparison field;
            field.name = name;
            field.ours = FieldValue{FieldValue::Type::Text, QString(name + u" here"_s), {}};
            field.theirs = FieldValue{FieldValue::Type::Text, QString(name + u" there"_s), {}};
            fields << field;
        }
        QList<int> moved;
        {
            ui::MainWindow window;
            window.resize(1200, 860);
            window.show();
            QVERIFY(QTest::qWaitForWindowExposed(&window));
            QVERIFY(window.showPage(u"changesPage"_s));
            auto *page = child<ui::ChangesPage>(&window, "changesPage");
            page->fieldsModel()->setFields(fields, true);
            auto *view = child<QTableView>(page, "changesFields");
            QTRY_COMPARE(view->verticalScrollBar()->maximum(), 0);
            QVERIFY2(view->viewport()->height() >= fields.size() * view->rowHeight(0),
                     qPrintable(u"%1 px for %2 rows of %3 px"_s.arg(view->viewport()->height())
                                    .arg(fields.size())
                                    .arg(view->rowHeight(0))));

            // Dragging the handle above the pane down by 60 px (the lists are as short as they
            // may be).
            auto *splitter = child<QSplitter>(page, "changesSplitter");
            QSplitterHandle *handle = splitter->handle(3);
            const QList<int> before = splitter->sizes();
            const QPoint middle = handle->rect().center();
            const QPoint start = handle->mapToGlobal(middle);
            QTest::mousePress(handle, Qt::LeftButton, {}, middle);
            for (int dy : {20, 40, 60}) { // (QTest::mouseMove sends no button held)
                const QPoint global = start + QPoint(0, dy);
                QMouseEvent move(QEvent::MouseMove, handle->mapFromGlobal(global), global,
                                 Qt::NoButton, Qt::LeftButton, Qt::NoModifier);
                QApplication::sendEvent(handle, &move);
            }
            QTest::mouseRelease(handle, Qt::LeftButton, {},
                                handle->mapFromGlobal(start + QPoint(0, 60)));
            moved = splitter->sizes();
            QCOMPARE(moved.constLast(), before.constLast() - 60);
        }
        ui::MainWindow window;
        window.resize(1200, 860);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.showPage(u"changesPage"_s));
        auto *page = child<ui::ChangesPage>(&window, "changesPage");
        QTRY_COMPARE(child<QSplitter>(page, "changesSplitter")->sizes(), moved);
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
