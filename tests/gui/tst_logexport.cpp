// The Log page's CSV export: every matching entry (not only the fetched ones) as RFC 4180
// that parses back, written on a thread of its own with progress; it fails or is cancelled
// cleanly: no file, and an existing file left as it was. (The page itself: tst_logpage.cpp.)

#include "models/logmodel.h"
#include "pages/logpage.h"
#include "storage/node.h"

#include <QComboBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSettings>
#include <QTemporaryDir>
#include <QtTest>

#include "guitestmain.h"
#include "logpagefixture.h"

#include <atomic>
#include <memory>

#ifdef Q_OS_UNIX
#include <csignal>
#include <sys/resource.h>
#endif

using namespace s15n;
using namespace s15n::ui;
using namespace s15n::test;

namespace {

constexpr int kBigEntries = 4321; // the export's node: several of its pages, the last short
constexpr int kWaitMs = 30000;    // an upper bound for one export, never a pause

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

class TestLogExport : public QObject, public LogPageFixture
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();

    void csvTextIsRfc4180();
    void exportWritesEveryMatchingEntry();
    void exportRunsInTheBackgroundWithProgress();
    void cancelledExportLeavesNoFile_data();
    void cancelledExportLeavesNoFile();
    void writeCsvCancelledBetweenPages();
    void exportToUnwritablePathFails_data();
    void exportToUnwritablePathFails();
    void exportToAFullDiskFails();

private:
    std::unique_ptr<Node> m_bigNode; // kBigEntries entries, for the export's progress
};

void TestLogExport::initTestCase()
{
    initLogNode(QStringLiteral("tst_logexport"));
    if (QTest::currentTestFailed())
        return;

    const QDateTime start(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
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

void TestLogExport::cleanup()
{
    QSettings().remove(QStringLiteral("logPage"));
}

void TestLogExport::csvTextIsRfc4180()
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

void TestLogExport::exportWritesEveryMatchingEntry()
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
void TestLogExport::exportRunsInTheBackgroundWithProgress()
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

void TestLogExport::cancelledExportLeavesNoFile_data()
{
    QTest::addColumn<QByteArray>("before"); // null: no file of that name
    QTest::newRow("new file") << QByteArray();
    QTest::newRow("existing file") << QByteArray("an older export\r\n");
}

// Cancelled right after it started (the worker needs far longer for its thousands of rows):
// no file, or the one there as it was, and no temporary file left beside it.
void TestLogExport::cancelledExportLeavesNoFile()
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
void TestLogExport::writeCsvCancelledBetweenPages()
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

void TestLogExport::exportToUnwritablePathFails_data()
{
    QTest::addColumn<QString>("folder");   // made under the test's folder; "" for none
    QTest::addColumn<QString>("relative"); // the target, under the test's folder
    // (The tests may run as root, for whom a read-only folder is writable.)
    QTest::newRow("missing folder") << QString() << QStringLiteral("missing/log.csv");
    QTest::newRow("folder is a file") << QStringLiteral("plain") << QStringLiteral("plain/log.csv");
    QTest::newRow("target is a folder")
        << QStringLiteral("folder.csv") << QStringLiteral("folder.csv");
}

void TestLogExport::exportToUnwritablePathFails()
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
void TestLogExport::exportToAFullDiskFails()
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

S15N_GUI_TEST_MAIN(TestLogExport)
#include "tst_logexport.moc"
