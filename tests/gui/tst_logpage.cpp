// The Log page: LogModel fetches lazily, newest first, and passes QAbstractItemModelTester
// while fetching and filtering; the page's repository, result and text filters narrow the
// rows; the details dialog shows every field. At 1200x800, in English, French and Spanish, the
// columns fit the window with the message taking the rest; columns hidden from the header's
// menu stay hidden. (Its CSV export: tst_logexport.cpp.)

#include "dialogs/logdetailsdialog.h"
#include "mainwindow.h"
#include "models/logmodel.h"
#include "pages/logpage.h"
#include "storage/node.h"
#include "translations.h"
#include "widgets/listtable.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QTableView>
#include <QtTest>

#include "guitestmain.h"
#include "logpagefixture.h"

using namespace s15n;
using namespace s15n::ui;
using namespace s15n::test;

class TestLogPage : public QObject, public LogPageFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void fetchesLazilyNewestFirst();
    void scrollingFetchesMore();
    void passesModelTesterWhileFetchingAndFiltering();
    void filtersNarrowTheRows();
    void filterAppliesWhileTyping();
    void setRepositoryShowsOne();
    void rolesAndHeaders();
    void detailsDialogShowsEveryField();
    void detailsOpenFromThePage();
    void headerStateIsRemembered();
    void columnsFitTheWindow_data();
    void columnsFitTheWindow();
};

void TestLogPage::initTestCase()
{
    initLogNode(QStringLiteral("tst_logpage"));
}

void TestLogPage::cleanup()
{
    QSettings().remove(QStringLiteral("logPage"));
}

void TestLogPage::fetchesLazilyNewestFirst()
{
    LogPage page(*m_node);
    LogModel *model = modelOf(page);
    QVERIFY(model);
    QCOMPARE(model->rowCount(), LogModel::kChunkSize);
    QVERIFY(model->canFetchMore(QModelIndex()));
    model->fetchMore(QModelIndex());
    QCOMPARE(model->rowCount(), 2 * LogModel::kChunkSize);
    fetchAll(model);
    QCOMPARE(model->rowCount(), m_written.size());
    QVERIFY(!model->canFetchMore(QModelIndex()));

    // Newest first, across the chunk boundaries, each entry once.
    for (int row = 0; row < model->rowCount(); ++row) {
        const LogEntry &expected = m_written.at(m_written.size() - 1 - row);
        QCOMPARE(model->entry(row).message, expected.message);
        QCOMPARE(model->entry(row).at, expected.at);
        if (row > 0)
            QVERIFY(model->entry(row - 1).id > model->entry(row).id);
    }
    // A reload starts again with one chunk, and picks up new entries.
    model->reload();
    QCOMPARE(model->rowCount(), LogModel::kChunkSize);
    QCOMPARE(model->entry(0).message, kSpecialMessage);
}

void TestLogPage::scrollingFetchesMore()
{
    LogPage page(*m_node);
    page.resize(900, 400);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *view = page.findChild<QTableView *>(QStringLiteral("logView"));
    QVERIFY(view);
    QCOMPARE(view->model()->rowCount(), LogModel::kChunkSize);
    view->scrollToBottom();
    QVERIFY(view->model()->rowCount() > LogModel::kChunkSize);
}

void TestLogPage::passesModelTesterWhileFetchingAndFiltering()
{
    LogPage page(*m_node);
    LogModel *model = modelOf(page);
    QVERIFY(model);
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    fetchAll(model);
    QCOMPARE(model->rowCount(), m_written.size());
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(model->entry(row - 1).id > model->entry(row).id); // no chunk read twice

    auto *result = page.findChild<QComboBox *>(QStringLiteral("logResult"));
    auto *repository = page.findChild<QComboBox *>(QStringLiteral("logRepository"));
    auto *filter = page.findChild<QLineEdit *>(QStringLiteral("logFilter"));
    QVERIFY(result && repository && filter);
    result->setCurrentIndex(result->findData(int(LogResult::Warning)));
    fetchAll(model);
    repository->setCurrentIndex(repository->findData(QStringLiteral("south")));
    fetchAll(model);
    QTest::keyClicks(filter, QStringLiteral("entry"));
    QTest::keyClick(filter, Qt::Key_Return);
    fetchAll(model);
    QVERIFY(model->rowCount() > 0);
    filter->setText(QStringLiteral("no entry says this"));
    QTest::keyClick(filter, Qt::Key_Return);
    QCOMPARE(model->rowCount(), 0);
    page.setRepository(QString());
    result->setCurrentIndex(0);
    filter->clear();
    page.refresh();
    fetchAll(model);
    QCOMPARE(model->rowCount(), m_written.size());
}

void TestLogPage::filtersNarrowTheRows()
{
    LogPage page(*m_node);
    LogModel *model = modelOf(page);
    auto *result = page.findChild<QComboBox *>(QStringLiteral("logResult"));
    auto *repository = page.findChild<QComboBox *>(QStringLiteral("logRepository"));
    auto *filter = page.findChild<QLineEdit *>(QStringLiteral("logFilter"));
    QVERIFY(model && result && repository && filter);

    // The combo lists "all" and the configured repositories.
    QCOMPARE(repository->count(), 3);
    QCOMPARE(repository->itemData(0).toString(), QString());
    QCOMPARE(repository->itemData(1).toString(), QStringLiteral("north"));
    QCOMPARE(repository->itemData(2).toString(), QStringLiteral("south"));

    const auto isError = [](const LogEntry &e) { return e.result == LogResult::Error; };
    result->setCurrentIndex(result->findData(int(LogResult::Error)));
    fetchAll(model);
    const int errors = countWritten(isError);
    QVERIFY(errors > 0 && errors < m_written.size());
    QCOMPARE(model->rowCount(), errors);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, 0).data(LogModel::ResultRole).toInt(), int(LogResult::Error));

    repository->setCurrentIndex(repository->findData(QStringLiteral("north")));
    fetchAll(model);
    const int northErrors = countWritten(
        [&](const LogEntry &e) { return isError(e) && e.repository == QLatin1String("north"); });
    QVERIFY(northErrors > 0 && northErrors < errors);
    QCOMPARE(model->rowCount(), northErrors);

    result->setCurrentIndex(0); // all results
    QTest::keyClicks(filter, QStringLiteral("TIMEOUT"));
    QTest::keyClick(filter, Qt::Key_Return);
    fetchAll(model);
    const int northTimeouts = countWritten([](const LogEntry &e) {
        return e.repository == QLatin1String("north") &&
               e.message.startsWith(QLatin1String("Timeout"));
    });
    QVERIFY(northTimeouts > 0);
    QCOMPARE(model->rowCount(), northTimeouts);

    // The text also matches the resource, action and peer.
    filter->setText(QStringLiteral("733AC9"));
    QTest::keyClick(filter, Qt::Key_Return);
    QCOMPARE(model->rowCount(), 1);
    QCOMPARE(model->entry(0).message, kSpecialMessage);
    filter->setText(QStringLiteral("table_3"));
    QTest::keyClick(filter, Qt::Key_Return);
    fetchAll(model);
    QCOMPARE(model->rowCount(), countWritten([](const LogEntry &e) {
                 return e.repository == QLatin1String("north") &&
                        e.resource == QLatin1String("table_3");
             }));
}

void TestLogPage::filterAppliesWhileTyping()
{
    LogPage page(*m_node);
    LogModel *model = modelOf(page);
    auto *filter = page.findChild<QLineEdit *>(QStringLiteral("logFilter"));
    QVERIFY(model && filter);
    QVERIFY(filter->isClearButtonEnabled());
    QCOMPARE(model->rowCount(), LogModel::kChunkSize);
    QTest::keyClicks(filter, QStringLiteral("timeout"));
    const int timeouts = countWritten(
        [](const LogEntry &e) { return e.message.startsWith(QLatin1String("Timeout")); });
    QVERIFY(timeouts < LogModel::kChunkSize);
    // No Return: the short typing delay applies it.
    QTRY_COMPARE(model->rowCount(), timeouts);
    QCOMPARE(model->filter().text, QStringLiteral("timeout"));
}

void TestLogPage::setRepositoryShowsOne()
{
    LogPage page(*m_node);
    LogModel *model = modelOf(page);
    auto *repository = page.findChild<QComboBox *>(QStringLiteral("logRepository"));
    QVERIFY(model && repository);

    page.setRepository(QStringLiteral("south"));
    QCOMPARE(repository->currentData().toString(), QStringLiteral("south"));
    fetchAll(model);
    QCOMPARE(model->rowCount(), countWritten([](const LogEntry &e) {
                 return e.repository == QLatin1String("south");
             }));

    // Not configured, but logged: added to the combo and shown; kept over a refresh.
    page.setRepository(QStringLiteral("east"));
    QCOMPARE(page.repository(), QStringLiteral("east"));
    page.refresh();
    QCOMPARE(page.repository(), QStringLiteral("east"));
    fetchAll(model);
    const int east =
        countWritten([](const LogEntry &e) { return e.repository == QLatin1String("east"); });
    QCOMPARE(model->rowCount(), east);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->entry(row).repository, QStringLiteral("east"));

    page.setRepository(QString());
    QCOMPARE(repository->currentIndex(), 0);
    fetchAll(model);
    QCOMPARE(model->rowCount(), m_written.size());
}

void TestLogPage::rolesAndHeaders()
{
    LogPage page(*m_node);
    LogModel *model = modelOf(page);
    QVERIFY(model);
    using Column = LogModel::Column;
    auto cell = [model](int row, Column column, int role = Qt::DisplayRole) {
        return model->index(row, int(column)).data(role);
    };
    const LogEntry &special = m_written.last();
    QCOMPARE(cell(0, Column::Time).toString(),
             special.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")));
    QCOMPARE(cell(0, Column::Repository).toString(), QStringLiteral("north"));
    QCOMPARE(cell(0, Column::Resource).toString(), QStringLiteral("stock_items"));
    QCOMPARE(cell(0, Column::Action).toString(), QStringLiteral("push page"));
    QCOMPARE(cell(0, Column::Received).toLongLong(), 1001);
    QCOMPARE(cell(0, Column::Failed).toLongLong(), 1005);
    QVERIFY(cell(0, Column::Result).toString().contains(LogModel::resultText(LogResult::Error)));
    QCOMPARE(cell(0, Column::Result, LogModel::ResultRole).toInt(), int(LogResult::Error));
    QCOMPARE(cell(0, Column::Time, LogModel::IdRole).toLongLong(), model->entry(0).id);
    // The table shows the message on one line; the tooltip all of it, as escaped text.
    QVERIFY(!cell(0, Column::Message).toString().contains(QLatin1Char('\n')));
    const QString tip = cell(0, Column::Message, Qt::ToolTipRole).toString();
    QVERIFY2(tip.contains(QStringLiteral("&quot;a, b&quot; and<br>the rest")), qPrintable(tip));
    // Numbers right-aligned, text not.
    QCOMPARE(cell(0, Column::Received, Qt::TextAlignmentRole).toInt() & Qt::AlignHorizontal_Mask,
             int(Qt::AlignRight));
    QVERIFY(!cell(0, Column::Message, Qt::TextAlignmentRole).isValid());
    // Failures stand out; successes do not.
    int success = -1;
    for (int row = 0; row < model->rowCount() && success < 0; ++row)
        if (model->entry(row).result == LogResult::Success)
            success = row;
    QVERIFY(success > 0);
    QVERIFY(cell(0, Column::Message, Qt::ForegroundRole).isValid());
    QVERIFY(!cell(success, Column::Message, Qt::ForegroundRole).isValid());
    QVERIFY(!cell(0, Column::Result, Qt::DecorationRole).value<QIcon>().isNull());
    // Every column has a title.
    for (int column = 0; column < int(Column::Count); ++column)
        QVERIFY(!model->headerData(column, Qt::Horizontal).toString().isEmpty());
}

void TestLogPage::detailsDialogShowsEveryField()
{
    const LogEntry e = m_written.last();
    LogEntry stored = e;
    stored.id = 4242;
    LogDetailsDialog dialog(stored);
    const QLocale locale;
    const QList<QPair<QString, QString>> fields{
        {QStringLiteral("detailId"), QStringLiteral("4242")},
        {QStringLiteral("detailTime"), SyncLog::timeToText(e.at)},
        {QStringLiteral("detailRepository"), e.repository},
        {QStringLiteral("detailPeer"), e.peer},
        {QStringLiteral("detailResource"), e.resource},
        {QStringLiteral("detailMode"), e.mode},
        {QStringLiteral("detailDirection"), e.direction},
        {QStringLiteral("detailAction"), e.action},
        {QStringLiteral("detailResult"), LogModel::resultText(e.result)},
        {QStringLiteral("detailReceived"), locale.toString(e.received)},
        {QStringLiteral("detailApplied"), locale.toString(e.applied)},
        {QStringLiteral("detailConflicts"), locale.toString(e.conflicts)},
        {QStringLiteral("detailSkipped"), locale.toString(e.skipped)},
        {QStringLiteral("detailFailed"), locale.toString(e.failed)},
        {QStringLiteral("detailDuration"), locale.toString(e.durationMs)},
    };
    for (const auto &[name, value] : fields) {
        auto *label = dialog.findChild<QLabel *>(name);
        QVERIFY2(label, qPrintable(name));
        QVERIFY2(label->text().contains(value),
                 qPrintable(name + QStringLiteral(": ") + label->text()));
        QCOMPARE(label->textFormat(), Qt::PlainText);
        QVERIFY(label->textInteractionFlags() & Qt::TextSelectableByMouse);
    }
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("detailTime"))
                ->text()
                .contains(LogModel::localTimeText(e.at)));
    // Reported by the remote side: said so.
    QVERIFY(dialog.findChild<QLabel *>(QStringLiteral("detailResult"))->text() !=
            LogModel::resultText(e.result));
    auto *message = dialog.findChild<QPlainTextEdit *>(QStringLiteral("detailMessage"));
    QVERIFY(message);
    QCOMPARE(message->toPlainText(), kSpecialMessage);
    QVERIFY(message->isReadOnly());
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons && buttons->button(QDialogButtonBox::Close));
}

void TestLogPage::detailsOpenFromThePage()
{
    LogPage page(*m_node);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    LogModel *model = modelOf(page);
    auto *view = page.findChild<QTableView *>(QStringLiteral("logView"));
    auto *details = page.findChild<QPushButton *>(QStringLiteral("logDetails"));
    QVERIFY(model && view && details);
    QVERIFY(!details->isEnabled()); // nothing selected

    view->selectRow(3);
    QVERIFY(details->isEnabled());
    QTest::mouseClick(details, Qt::LeftButton);
    auto *dialog = page.findChild<LogDetailsDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("detailId"))->text(),
             QString::number(model->entry(3).id));
    delete dialog;

    // Enter on the current row opens it too.
    view->setFocus();
    view->setCurrentIndex(model->index(5, 0));
    QTest::keyClick(view, Qt::Key_Return);
    dialog = page.findChild<LogDetailsDialog *>();
    QVERIFY(dialog);
    QCOMPARE(dialog->findChild<QLabel *>(QStringLiteral("detailId"))->text(),
             QString::number(model->entry(5).id));
    delete dialog;

    // A refresh keeps the selected entry selected.
    const qint64 id = model->entry(5).id;
    page.refresh();
    const QModelIndexList selected = view->selectionModel()->selectedRows();
    QCOMPARE(selected.size(), 1);
    QCOMPARE(model->entry(selected.first().row()).id, id);
}

void TestLogPage::headerStateIsRemembered()
{
    const int mode = int(LogModel::Column::Applied);
    {
        LogPage page(*m_node);
        page.show(); // a column is hidden on screen, from the header's menu
        QVERIFY(QTest::qWaitForWindowExposed(&page));
        auto *view = page.findChild<QTableView *>(QStringLiteral("logView"));
        QVERIFY(view);
        QVERIFY(!view->horizontalHeader()->isSectionHidden(mode));
        auto *action = view->horizontalHeader()->findChild<QAction *>(
            QStringLiteral("logShowColumn%1").arg(mode));
        QVERIFY(action && action->isChecked());
        action->trigger();
        QVERIFY(view->horizontalHeader()->isSectionHidden(mode));
        // Still following the window (hiding resized a column, but not by hand).
        QVERIFY(qobject_cast<ListTable *>(view) && qobject_cast<ListTable *>(view)->fitsColumns());
    }
    LogPage again(*m_node);
    auto *view = again.findChild<QTableView *>(QStringLiteral("logView"));
    QVERIFY(view);
    QVERIFY(view->horizontalHeader()->isSectionHidden(mode));
    auto *action =
        view->horizontalHeader()->findChild<QAction *>(QStringLiteral("logShowColumn%1").arg(mode));
    QVERIFY(action && !action->isChecked());
}

void TestLogPage::columnsFitTheWindow_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("en") << QStringLiteral("en");
    QTest::newRow("fr") << QStringLiteral("fr");
    QTest::newRow("es") << QStringLiteral("es");
}

// The application at 1200x800 on the Log page: no column scrolls out of sight; the time,
// result, repository, resource and action show whole, and the message, last, takes the rest
// of the width (whole in its tooltip).
void TestLogPage::columnsFitTheWindow()
{
    QFETCH(QString, language);
    const QLocale locale(language);
    installTranslations(locale);
    QLocale::setDefault(locale);
    const auto english = qScopeGuard([] {
        installTranslations(QLocale(QLocale::English));
        QLocale::setDefault(QLocale::c());
        qunsetenv("S15N_DB");
    });
    QSettings().remove(QStringLiteral("logPage"));

    Result<DatabaseLocation> location =
        DatabaseLocation::parse(m_dir.filePath(QStringLiteral("fit-%1.sqlite").arg(language)));
    QVERIFY(location.ok());
    {
        Result<std::unique_ptr<Node>> node =
            Node::create(location.value(), QStringLiteral("hq"), 1);
        QVERIFY2(node.ok(), qPrintable(node.message()));
        SyncLog log(node.value()->database());
        const QDateTime start(QDate(2026, 11, 28), QTime(18, 45, 12), Qt::UTC);
        const QString longMessage = QStringLiteral(
            "Row 3f2a9c4e-1b7d-4e0a-9f3c-2d8e6b5a4c1f of transaction_lines refused by the "
            "remote: FOREIGN KEY constraint failed (transaction_id); it is tried again at the "
            "next sync, once its transaction has arrived.");
        const struct
        {
            const char *action;
            LogResult result;
            bool remote;
        } kinds[] = {{"pull page", LogResult::Success, false},
                     {"retry failed", LogResult::Warning, true},
                     {"resolve theirs", LogResult::Error, false},
                     {"push page", LogResult::Fatal, true}};
        for (int i = 0; i < 40; ++i) {
            const auto &kind = kinds[i % 4];
            LogEntry e;
            e.at = start.addSecs(i * 97);
            e.repository = QStringLiteral("district-store");
            e.resource = i % 2 ? QStringLiteral("transaction_lines") : QStringLiteral("items");
            e.mode = i % 2 ? QStringLiteral("pull") : QStringLiteral("push");
            e.direction = i % 2 ? QStringLiteral("incoming") : QStringLiteral("outgoing");
            e.action = QString::fromLatin1(kind.action);
            e.result = kind.result;
            e.remoteError = kind.remote;
            e.message = longMessage;
            e.received = 1200 + i;
            e.applied = 1100 + i;
            e.conflicts = i;
            e.skipped = i % 3;
            e.failed = i % 5;
            e.durationMs = 1234 * i;
            const Status written = log.write(e);
            QVERIFY2(written.ok(), qPrintable(written.message()));
        }
    }
    qputenv("S15N_DB", location.value().path.toUtf8());

    ui::MainWindow window;
    window.resize(1200, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.node());
    QVERIFY(window.showPage(QStringLiteral("logPage")));
    auto *page = window.findChild<LogPage *>(QStringLiteral("logPage"));
    QVERIFY(page);
    auto *view = page->findChild<QTableView *>(QStringLiteral("logView"));
    QVERIFY(view);
    QTRY_COMPARE(view->model()->rowCount(), 40);

    const QAbstractItemView *items = view; // QTableView hides sizeHintForColumn()
    QTRY_COMPARE(view->horizontalScrollBar()->maximum(), 0);
    using Column = LogModel::Column;
    for (Column column :
         {Column::Time, Column::Result, Column::Repository, Column::Resource, Column::Action}) {
        const int c = int(column);
        QVERIFY2(view->columnWidth(c) >= items->sizeHintForColumn(c),
                 qPrintable(QStringLiteral("column '%1' is %2 px, its contents %3 px")
                                .arg(view->model()->headerData(c, Qt::Horizontal).toString())
                                .arg(view->columnWidth(c))
                                .arg(items->sizeHintForColumn(c))));
    }
    // The message is the last column and takes what the others leave: the columns fill the
    // view, and it keeps a useful width.
    const int message = int(Column::Message);
    QHeaderView *header = view->horizontalHeader();
    QCOMPARE(header->visualIndex(message), header->count() - 1);
    QCOMPARE(header->sectionViewportPosition(message) + view->columnWidth(message),
             view->viewport()->width());
    QVERIFY2(view->columnWidth(message) >= 20 * view->fontMetrics().averageCharWidth(),
             qPrintable(QStringLiteral("the message has %1 px of %2")
                            .arg(view->columnWidth(message))
                            .arg(view->viewport()->width())));
    const QModelIndex first = view->model()->index(0, message);
    QVERIFY(view->columnWidth(message) < items->sizeHintForIndex(first).width()); // elided...
    QVERIFY(first.data(Qt::ToolTipRole).toString().contains(QStringLiteral("FOREIGN KEY")));
    // What does not fit at first is in the header's menu, to show.
    auto *mode =
        header->findChild<QAction *>(QStringLiteral("logShowColumn%1").arg(int(Column::Mode)));
    QVERIFY(mode && !mode->isChecked() && mode->isEnabled());
    QVERIFY(header->isSectionHidden(int(Column::Mode)));
}

S15N_GUI_TEST_MAIN(TestLogPage)
#include "tst_logpage.moc"
