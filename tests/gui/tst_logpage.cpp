// The Log page: LogModel fetches lazily, newest first, and passes QAbstractItemModelTester
// while fetching and filtering; the page's repository, result and text filters narrow the
// rows; the details dialog shows every field; CSV export writes every matching entry (not
// only the fetched ones) as RFC 4180 that parses back, on a thread of its own with progress,
// and fails or is cancelled cleanly: no file, and an existing file left as it was. At 1200x800,
// in English, French and Spanish, the columns fit the window with the message taking the
// rest; columns hidden from the header's menu stay hidden.

#include "client/repositorystore.h"
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
#include <QFile>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QScrollBar>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include "guitestmain.h"

#include <functional>
#include <memory>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace s15n;
using namespace s15n::ui;

namespace {

constexpr int kEntries = 450;
constexpr int kBigEntries = 4321; // the export's node: several of its pages, the last short
constexpr int kWaitMs = 30000;    // an upper bound for one export, never a pause
const QString kSpecialMessage = QStringLiteral("Refused: \"a, b\" and\nthe rest, said \"no\"");

// A minimal RFC 4180 reader: records of fields; quoted fields may hold commas, doubled
// quotes and line breaks.
QList<QStringList> parseCsv(const QString &text, bool *wellFormed)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    *wellFormed = true;
    for (int i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text.at(i + 1) == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == QLatin1Char('"')) {
            if (fieldStarted && !field.isEmpty())
                *wellFormed = false; // a quote inside an unquoted field
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            record << field;
            field.clear();
            fieldStarted = false;
        } else if (c == QLatin1Char('\r')) {
            if (i + 1 >= text.size() || text.at(i + 1) != QLatin1Char('\n'))
                *wellFormed = false; // records end with CRLF
        } else if (c == QLatin1Char('\n')) {
            if (i == 0 || text.at(i - 1) != QLatin1Char('\r'))
                *wellFormed = false;
            record << field;
            records << record;
            record.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted || !field.isEmpty() || !record.isEmpty())
        *wellFormed = false; // unterminated
    return records;
}

void fetchAll(QAbstractItemModel *model)
{
    while (model->canFetchMore(QModelIndex()))
        model->fetchMore(QModelIndex());
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// How an export through the page ended.
struct Ended
{
    enum { Written, Failed, Cancelled, Nothing } how = Nothing;
    QString message; // for Failed
};

// Waits for the export `page` runs to end (one of its three signals).
Ended waitForExport(LogPage &page)
{
    QSignalSpy written(&page, &LogPage::exportWritten);
    QSignalSpy failed(&page, &LogPage::exportFailed);
    QSignalSpy cancelled(&page, &LogPage::exportCancelled);
    Ended ended;
    if (!QTest::qWaitFor(
            [&] { return !written.isEmpty() || !failed.isEmpty() || !cancelled.isEmpty(); },
            kWaitMs))
        return ended;
    if (!written.isEmpty())
        ended.how = Ended::Written;
    else if (!cancelled.isEmpty())
        ended.how = Ended::Cancelled;
    else
        ended = {Ended::Failed, failed.first().first().toString()};
    return ended;
}

// Exports through the page and waits; the CSV text, or null when it did not end written.
QString exportThroughPage(LogPage &page, const QString &path)
{
    if (!page.exportCsv(path)) {
        qWarning("the export did not start");
        return QString();
    }
    const Ended ended = waitForExport(page);
    if (ended.how != Ended::Written) {
        qWarning("the export did not end written: %d %s", int(ended.how),
                 qPrintable(ended.message));
        return QString();
    }
    return QString::fromUtf8(bytesOf(path));
}

// The files in `dir` (QSaveFile's temporary files would show here).
QStringList filesIn(const QString &dir)
{
    return QDir(dir).entryList(QDir::Files | QDir::Hidden | QDir::NoDotAndDotDot, QDir::Name);
}

} // namespace

class TestLogPage : public QObject
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
    void csvTextIsRfc4180();
    void exportWritesEveryMatchingEntry();
    void exportRunsInTheBackgroundWithProgress();
    void cancelledExportLeavesNoFile_data();
    void cancelledExportLeavesNoFile();
    void writeCsvCancelledBetweenPages();
    void exportToUnwritablePathFails_data();
    void exportToUnwritablePathFails();
    void exportToAFullDiskFails();
    void headerStateIsRemembered();
    void columnsFitTheWindow_data();
    void columnsFitTheWindow();

private:
    int countWritten(const std::function<bool(const LogEntry &)> &matches) const;
    LogModel *modelOf(LogPage &page) const;

    QTemporaryDir m_dir;
    std::unique_ptr<Node> m_node;
    QList<LogEntry> m_written;       // in the order written (oldest first)
    std::unique_ptr<Node> m_bigNode; // kBigEntries entries, for the export's progress
};

void TestLogPage::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("s15n.log=false")); // 451 lines of noise
    QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
    QCoreApplication::setOrganizationName(QStringLiteral("s15n-test"));
    QCoreApplication::setApplicationName(QStringLiteral("tst_logpage"));
    QSettings().remove(QStringLiteral("logPage"));

    QVERIFY(m_dir.isValid());
    Result<DatabaseLocation> location =
        DatabaseLocation::parse(m_dir.filePath(QStringLiteral("node.sqlite")));
    QVERIFY2(location.ok(), qPrintable(location.message()));
    Result<std::unique_ptr<Node>> node = Node::create(location.value(), QStringLiteral("hq"), 1);
    QVERIFY2(node.ok(), qPrintable(node.message()));
    m_node = std::move(node.value());

    // "north" and "south" are configured; "east" only appears in the log.
    RepositoryStore repositories(m_node->database());
    for (const QString &name : {QStringLiteral("north"), QStringLiteral("south")}) {
        Repository r;
        r.name = name;
        r.url = QUrl(QStringLiteral("https://%1.example.org").arg(name));
        r.username = QStringLiteral("hq");
        const Status added = repositories.add(r);
        QVERIFY2(added.ok(), qPrintable(added.message()));
    }

    const QStringList names{QStringLiteral("north"), QStringLiteral("south"),
                            QStringLiteral("east")};
    const QDateTime start(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
    SyncLog log(m_node->database());
    Transaction transaction(m_node->database());
    QVERIFY2(transaction.status().ok(), qPrintable(transaction.status().message()));
    for (int i = 0; i < kEntries; ++i) {
        LogEntry e;
        e.at = start.addSecs(i);
        e.repository = names.at(i % 3);
        e.resource = QStringLiteral("table_%1").arg(i % 4);
        e.mode = i % 2 ? QStringLiteral("pull") : QStringLiteral("push");
        e.direction = i % 2 ? QStringLiteral("incoming") : QStringLiteral("outgoing");
        e.action = QStringLiteral("pull page");
        e.result = i % 50 == 0  ? LogResult::Fatal
                   : i % 7 == 0 ? LogResult::Error
                   : i % 5 == 0 ? LogResult::Warning
                                : LogResult::Success;
        e.message = i % 20 == 3 ? QStringLiteral("Timeout after %1 s").arg(i)
                                : QStringLiteral("entry %1").arg(i);
        e.received = i;
        e.applied = i / 2;
        e.durationMs = 10 * i;
        m_written << e;
    }
    LogEntry special;
    special.at = start.addSecs(kEntries);
    special.repository = QStringLiteral("north");
    special.peer = QStringLiteral("0b1a8e72-c486-4599-bd57-733ac9e540c9");
    special.resource = QStringLiteral("stock_items");
    special.mode = QStringLiteral("push");
    special.direction = QStringLiteral("outgoing");
    special.action = QStringLiteral("push page");
    special.result = LogResult::Error;
    special.remoteError = true;
    special.message = kSpecialMessage;
    special.received = 1001;
    special.applied = 1002;
    special.conflicts = 1003;
    special.skipped = 1004;
    special.failed = 1005;
    special.durationMs = 65432;
    m_written << special;
    for (const LogEntry &e : std::as_const(m_written)) {
        const Status written = log.write(e);
        QVERIFY2(written.ok(), qPrintable(written.message()));
    }
    const Status committed = transaction.commit();
    QVERIFY2(committed.ok(), qPrintable(committed.message()));

    Result<DatabaseLocation> bigLocation =
        DatabaseLocation::parse(m_dir.filePath(QStringLiteral("big.sqlite")));
    QVERIFY2(bigLocation.ok(), qPrintable(bigLocation.message()));
    Result<std::unique_ptr<Node>> big = Node::create(bigLocation.value(), QStringLiteral("big"), 1);
    QVERIFY2(big.ok(), qPrintable(big.message()));
    m_bigNode = std::move(big.value());
    SyncLog bigLog(m_bigNode->database());
    Transaction bigTransaction(m_bigNode->database());
    QVERIFY2(bigTransaction.status().ok(), qPrintable(bigTransaction.status().message()));
    for (int i = 0; i < kBigEntries; ++i) {
        LogEntry e;
        e.at = start.addSecs(i);
        e.repository = QStringLiteral("north");
        e.action = QStringLiteral("pull page");
        e.result = i % 3 ? LogResult::Success : LogResult::Warning;
        e.message = i % 100 == 7
                        ? QStringLiteral("row %1: \"quoted\", with, commas\nand a line").arg(i)
                        : QStringLiteral("row %1").arg(i);
        e.received = i;
        const Status written = bigLog.write(e);
        QVERIFY2(written.ok(), qPrintable(written.message()));
    }
    const Status bigCommitted = bigTransaction.commit();
    QVERIFY2(bigCommitted.ok(), qPrintable(bigCommitted.message()));
}

void TestLogPage::cleanup()
{
    QSettings().remove(QStringLiteral("logPage"));
}

int TestLogPage::countWritten(const std::function<bool(const LogEntry &)> &matches) const
{
    int count = 0;
    for (const LogEntry &e : m_written)
        if (matches(e))
            ++count;
    return count;
}

LogModel *TestLogPage::modelOf(LogPage &page) const
{
    auto *view = page.findChild<QTableView *>(QStringLiteral("logView"));
    return view ? qobject_cast<LogModel *>(view->model()) : nullptr;
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

void TestLogPage::csvTextIsRfc4180()
{
    LogEntry e;
    e.id = 7;
    e.at = QDateTime(QDate(2026, 11, 23), QTime(10, 15, 30, 123), Qt::UTC);
    e.repository = QStringLiteral("north");
    e.action = QStringLiteral("pull page");
    e.result = LogResult::Warning;
    e.remoteError = true;
    e.message = QStringLiteral("say \"hi\", then\nleave");
    e.received = 3;
    e.durationMs = 5000000000LL;
    LogEntry plain;
    plain.id = 6;
    plain.at = e.at;
    plain.action = QStringLiteral("round");
    const QString csv = LogModel::toCsv({e, plain});
    QCOMPARE(csv,
             QStringLiteral("id,time,repository,peer,resource,mode,direction,action,result,"
                            "remote_error,message,received,applied,conflicts,skipped,failed,"
                            "duration_ms\r\n"
                            "7,2026-11-23T10:15:30.123Z,north,,,,,pull page,warning,1,"
                            "\"say \"\"hi\"\", then\nleave\",3,0,0,0,0,5000000000\r\n"
                            "6,2026-11-23T10:15:30.123Z,,,,,,round,success,0,,0,0,0,0,0,0\r\n"));
}

void TestLogPage::exportWritesEveryMatchingEntry()
{
    LogPage page(*m_node);
    LogModel *model = modelOf(page);
    QVERIFY(model);
    QCOMPARE(model->rowCount(), LogModel::kChunkSize); // only one chunk fetched

    const QString path = m_dir.filePath(QStringLiteral("all.csv"));
    bool wellFormed = false;
    const QList<QStringList> records = parseCsv(exportThroughPage(page, path), &wellFormed);
    QVERIFY(wellFormed);
    QCOMPARE(records.size(), 1 + m_written.size());
    const QStringList header = records.first();
    QCOMPARE(header.size(), 17);
    for (const QStringList &record : records)
        QCOMPARE(record.size(), header.size());
    const int message = int(header.indexOf(QStringLiteral("message")));
    const int time = int(header.indexOf(QStringLiteral("time")));
    const int result = int(header.indexOf(QStringLiteral("result")));
    const int id = int(header.indexOf(QStringLiteral("id")));
    QVERIFY(message >= 0 && time >= 0 && result >= 0 && id >= 0);
    // Newest first, every entry, the awkward message intact.
    for (int i = 1; i < records.size(); ++i) {
        const LogEntry &expected = m_written.at(m_written.size() - i);
        QCOMPARE(records.at(i).at(message), expected.message);
        QCOMPARE(records.at(i).at(time), SyncLog::timeToText(expected.at));
        QCOMPARE(records.at(i).at(result), SyncLog::resultName(expected.result));
        if (i > 1)
            QVERIFY(records.at(i - 1).at(id).toLongLong() > records.at(i).at(id).toLongLong());
    }
    QCOMPARE(records.at(1).at(message), kSpecialMessage);

    // The filters apply, including text still waiting for the typing delay.
    auto *resultCombo = page.findChild<QComboBox *>(QStringLiteral("logResult"));
    auto *filter = page.findChild<QLineEdit *>(QStringLiteral("logFilter"));
    QVERIFY(resultCombo && filter);
    resultCombo->setCurrentIndex(resultCombo->findData(int(LogResult::Error)));
    QTest::keyClicks(filter, QStringLiteral("entry"));
    const QString errorsPath = m_dir.filePath(QStringLiteral("errors.csv"));
    const QList<QStringList> errors = parseCsv(exportThroughPage(page, errorsPath), &wellFormed);
    QVERIFY(wellFormed);
    const int expected = countWritten([](const LogEntry &e) {
        return e.result == LogResult::Error && e.message.contains(QLatin1String("entry"));
    });
    QVERIFY(expected > 0);
    QCOMPARE(errors.size(), 1 + expected);
    for (int i = 1; i < errors.size(); ++i)
        QCOMPARE(errors.at(i).at(result), QStringLiteral("error"));
}

// Thousands of entries: the click returns at once, the page shows progress and Cancel, and
// the file holds them all, quoted where they need it.
void TestLogPage::exportRunsInTheBackgroundWithProgress()
{
    LogPage page(*m_bigNode);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *exportButton = page.findChild<QPushButton *>(QStringLiteral("logExport"));
    auto *progress = page.findChild<QProgressBar *>(QStringLiteral("logExportProgress"));
    auto *cancel = page.findChild<QPushButton *>(QStringLiteral("logExportCancel"));
    auto *status = page.findChild<QLabel *>(QStringLiteral("logExportStatus"));
    QVERIFY(exportButton && progress && cancel && status);
    QVERIFY(!progress->isVisible() && !cancel->isVisible());

    const QString path = m_dir.filePath(QStringLiteral("big.csv"));
    QSignalSpy progressed(&page, &LogPage::exportProgressed);
    QSignalSpy written(&page, &LogPage::exportWritten);
    QVERIFY(page.exportCsv(path));
    // Returned before anything was written: the work is on another thread.
    QVERIFY(page.isExporting());
    QVERIFY(progress->isVisible() && cancel->isVisible() && cancel->isEnabled());
    QVERIFY(!exportButton->isEnabled());
    QVERIFY(!page.exportCsv(m_dir.filePath(QStringLiteral("second.csv")))); // one at a time
    QVERIFY(written.isEmpty());
    QVERIFY(written.wait(kWaitMs));
    QCOMPARE(written.first().at(0).toString(), path);
    QCOMPARE(written.first().at(1).toLongLong(), qint64(kBigEntries));

    // Rows written, page by page, up to all of them.
    const int pages = (kBigEntries + LogPage::kExportPageSize - 1) / LogPage::kExportPageSize;
    QCOMPARE(progressed.size(), pages);
    for (int i = 0; i < progressed.size(); ++i)
        QCOMPARE(progressed.at(i).at(0).toLongLong(),
                 qMin<qint64>(qint64(i + 1) * LogPage::kExportPageSize, kBigEntries));
    QVERIFY(!page.isExporting());
    QVERIFY(!progress->isVisible() && !cancel->isVisible() && exportButton->isEnabled());
    QVERIFY2(status->text().contains(QDir::toNativeSeparators(path)), qPrintable(status->text()));
    QVERIFY2(status->text().contains(QLocale().toString(kBigEntries)) ||
                 status->text().contains(QString::number(kBigEntries)),
             qPrintable(status->text()));

    bool wellFormed = false;
    const QList<QStringList> records = parseCsv(QString::fromUtf8(bytesOf(path)), &wellFormed);
    QVERIFY(wellFormed);
    QCOMPARE(records.size(), 1 + kBigEntries);
    QCOMPARE(records.first().join(QLatin1Char(',')) + QStringLiteral("\r\n"),
             LogModel::csvHeader());
    const int message = int(records.first().indexOf(QStringLiteral("message")));
    const int received = int(records.first().indexOf(QStringLiteral("received")));
    for (int row = 1; row < records.size(); ++row) {
        const int i = kBigEntries - row; // newest first
        QCOMPARE(records.at(row).at(received).toInt(), i);
        QCOMPARE(records.at(row).at(message),
                 i % 100 == 7
                     ? QStringLiteral("row %1: \"quoted\", with, commas\nand a line").arg(i)
                     : QStringLiteral("row %1").arg(i));
    }
    QVERIFY(QString::fromUtf8(bytesOf(path))
                .contains(QStringLiteral("\"row 7: \"\"quoted\"\", with, commas\nand a line\"")));
    QCOMPARE(filesIn(m_dir.path()).filter(QStringLiteral("big.csv")),
             QStringList{QStringLiteral("big.csv")});
}

void TestLogPage::cancelledExportLeavesNoFile_data()
{
    QTest::addColumn<QByteArray>("before"); // null: no file of that name
    QTest::newRow("new file") << QByteArray();
    QTest::newRow("existing file") << QByteArray("an older export\r\n");
}

// Cancelled right after it started (the worker needs far longer for its thousands of rows):
// no file, or the one there as it was, and no temporary file left beside it.
void TestLogPage::cancelledExportLeavesNoFile()
{
    QFETCH(QByteArray, before);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("cancelled.csv"));
    if (!before.isNull()) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(before), before.size());
    }
    LogPage page(*m_bigNode);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    auto *cancel = page.findChild<QPushButton *>(QStringLiteral("logExportCancel"));
    auto *status = page.findChild<QLabel *>(QStringLiteral("logExportStatus"));
    QVERIFY(cancel && status);
    QSignalSpy cancelled(&page, &LogPage::exportCancelled);
    QVERIFY(page.exportCsv(path));
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!cancel->isEnabled()); // asked once
    const Ended ended = waitForExport(page);
    QCOMPARE(int(ended.how), int(Ended::Cancelled));
    QCOMPARE(cancelled.size(), 1);
    QVERIFY(!page.isExporting());
    QVERIFY2(status->text().contains(QStringLiteral("cancelled")), qPrintable(status->text()));
    QCOMPARE(QFileInfo::exists(path), !before.isNull());
    QCOMPARE(bytesOf(path), before.isNull() ? QByteArray() : before);
    QCOMPARE(filesIn(dir.path()),
             before.isNull() ? QStringList() : QStringList{QStringLiteral("cancelled.csv")});
    QVERIFY(!page.findChild<QMessageBox *>()); // a cancel is no failure

    // The next export is not cancelled by the last one's Cancel.
    QVERIFY(!exportThroughPage(page, path).isEmpty());
}

// The export's work on its own: the cancel flag is read between pages, and what was written
// before it goes.
void TestLogPage::writeCsvCancelledBetweenPages()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("kept.csv"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("kept\r\n");
    }
    std::atomic_bool cancelled{false};
    QList<qint64> progress;
    const LogPage::ExportReport report =
        LogPage::writeCsv(m_bigNode->database(), LogFilter(), path, cancelled, [&](qint64 rows) {
            progress << rows;
            if (progress.size() == 2)
                cancelled = true; // as Cancel would, between two pages
        });
    QCOMPARE(int(report.outcome), int(LogPage::ExportReport::Outcome::Cancelled));
    QCOMPARE(progress, (QList<qint64>{LogPage::kExportPageSize, 2 * LogPage::kExportPageSize}));
    QCOMPARE(bytesOf(path), QByteArray("kept\r\n"));
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("kept.csv")});

    // Not cancelled: replaced, once all of it is written.
    cancelled = false;
    const LogPage::ExportReport full =
        LogPage::writeCsv(m_bigNode->database(), LogFilter(), path, cancelled);
    QCOMPARE(int(full.outcome), int(LogPage::ExportReport::Outcome::Written));
    QCOMPARE(full.rows, qint64(kBigEntries));
    QVERIFY(bytesOf(path).startsWith(LogModel::csvHeader().toUtf8()));
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("kept.csv")});
}

void TestLogPage::exportToUnwritablePathFails_data()
{
    QTest::addColumn<QString>("folder");   // made under the test's folder; "" for none
    QTest::addColumn<QString>("relative"); // the target, under the test's folder
    // (The tests may run as root, for whom a read-only folder is writable.)
    QTest::newRow("missing folder") << QString() << QStringLiteral("missing/log.csv");
    QTest::newRow("folder is a file") << QStringLiteral("plain") << QStringLiteral("plain/log.csv");
    QTest::newRow("target is a folder")
        << QStringLiteral("folder.csv") << QStringLiteral("folder.csv");
}

void TestLogPage::exportToUnwritablePathFails()
{
    QFETCH(QString, folder);
    QFETCH(QString, relative);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    if (folder == QLatin1String("plain")) {
        QFile file(dir.filePath(folder));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("a file, not a folder\n");
    } else if (!folder.isEmpty()) {
        QVERIFY(QDir(dir.path()).mkdir(folder));
    }
    const QStringList before = filesIn(dir.path());
    const QString path = dir.filePath(relative);

    LogPage page(*m_node);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(page.exportCsv(path));
    const Ended ended = waitForExport(page);
    QCOMPARE(int(ended.how), int(Ended::Failed));
    // Says which file, and what to do.
    QVERIFY2(ended.message.contains(QDir::toNativeSeparators(path)), qPrintable(ended.message));
    QVERIFY2(ended.message.contains(QStringLiteral("Choose a folder")), qPrintable(ended.message));
    // Where the user acted: a message box on the page, and the page's export line.
    auto *box = page.findChild<QMessageBox *>(QStringLiteral("logExportError"));
    QVERIFY(box);
    QTRY_VERIFY(box->isVisible());
    QCOMPARE(box->text(), ended.message);
    QCOMPARE(page.findChild<QLabel *>(QStringLiteral("logExportStatus"))->text(), ended.message);
    box->close();
    // Nothing made.
    QCOMPARE(filesIn(dir.path()), before);
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("missing"))));
    QCOMPARE(QFileInfo(path).isDir(), folder == QLatin1String("folder.csv"));
}

// The disk fills up while the file is written (a file size limit stands in for it): an
// error that says so, and the file there before is left as it was.
void TestLogPage::exportToAFullDiskFails()
{
#ifndef Q_OS_UNIX
    QSKIP("A file size limit (RLIMIT_FSIZE) stands in for a full disk; there is none here.");
#else
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(QStringLiteral("full.csv"));
    const QByteArray before("an older export\r\n");
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(before);
    }
    LogPage page(*m_bigNode);
    rlimit saved{};
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &saved), 0);
    rlimit small = saved;
    small.rlim_cur = 64 * 1024; // the whole export needs several times that
    const auto oldHandler = std::signal(SIGXFSZ, SIG_IGN); // writes fail with EFBIG instead
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &small), 0);
    const auto restore = qScopeGuard([&] {
        setrlimit(RLIMIT_FSIZE, &saved);
        std::signal(SIGXFSZ, oldHandler);
    });
    QVERIFY(page.exportCsv(path));
    const Ended ended = waitForExport(page);
    QCOMPARE(int(ended.how), int(Ended::Failed));
    QVERIFY2(ended.message.contains(QDir::toNativeSeparators(path)), qPrintable(ended.message));
    QVERIFY2(ended.message.contains(QStringLiteral("disk is not full")), qPrintable(ended.message));
    QVERIFY(page.findChild<QMessageBox *>(QStringLiteral("logExportError")));
    QCOMPARE(bytesOf(path), before);
    QCOMPARE(filesIn(dir.path()), QStringList{QStringLiteral("full.csv")});
#endif
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
