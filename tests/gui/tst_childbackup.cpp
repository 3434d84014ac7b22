// The Children page of a parent node (with the sample data), Download data backup: it asks for
// the file (NICK-backup-YYYY-MM-DD.zip offered), writes a real zip off the GUI thread whose
// manifest names the child and leaves out what it does not receive, with a bar that counts
// the rows; Cancel (at once, or between pages) and a failure (a folder that does not exist,
// nothing left to back up) leave no file and an existing file as it was.
#include "backup/backuparchive.h"
#include "backup/backupmanifest.h"
#include "widgets/taskstatus.h"

#include "childrenpagefixture.h"
#include "exchangenode.h"
#include "httptest.h"

#include <QDate>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QtTest>

#include "guitestmain.h"

using namespace s15n;
using namespace s15n::test::childrenpage;
using namespace Qt::StringLiterals;

namespace {

constexpr int kWaitMs = 30000; // an upper bound for one backup, never a pause

} // namespace

class TestChildBackup : public QObject, public ChildrenPageFixture
{
    Q_OBJECT

private:
    // Starts a backup for `nickname` with the page's button and waits for its end.
    void runBackup(Page &page, const QString &nickname, const QString &path, bool *written,
                   QString *message)
    {
        page.nextPath = path;
        if (nickname.isEmpty()) {
            child<QPushButton>(&page, "childBackupAny")->click();
        } else {
            QVERIFY(page.select(nickname));
            child<QPushButton>(&page, "childBackup")->click();
        }
        QSignalSpy finished(&page, &ui::ChildrenPage::backupFinished);
        QVERIFY(page.isBusy());
        QVERIFY(finished.wait(kWaitMs));
        *written = finished.first().at(0).toBool();
        *message = finished.first().at(1).toString();
        QVERIFY(!page.isBusy());
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void init() { openParentNode(); }
    void cleanup() { m_node.reset(); }

    void downloadBackupWritesTheZip();
    void backupForNoParticularChild();
    void cancelledBackupLeavesNoFile_data();
    void cancelledBackupLeavesNoFile();
    void cancelBetweenPages();
    void failedBackupSaysWhyAndLeavesNoFile();
};

// Download data backup for the selected child: the file name is asked (NICK-backup-DATE.zip
// offered), the zip is written off the GUI thread with a bar counting rows, and its manifest
// names the child, leaves out what it does not receive (its own and the global exclusions) and
// checks out.
void TestChildBackup::downloadBackupWritesTheZip()
{
    CHECKED(addDirectly(u"Clinic 4"_s, u"clinic4"_s, {}, {u"transaction_lines"_s}));
    QVERIFY(store().setGlobalExclusions({u"transactions"_s}).ok());
    Page page(*m_node);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    const QString path = m_dir.filePath(u"clinic4.zip"_s);

    // What the bar shows at each report, and what the line says.
    auto *bar = child<QProgressBar>(&page, "childTaskProgress");
    QList<QPair<int, int>> bars;
    QStringList texts;
    bool determinate = true;
    connect(&page, &ui::ChildrenPage::backupProgressed, &page,
            [&](qint64, qint64, const QString &) {
                bars.append({bar->value(), bar->maximum()});
                texts << page.statusText();
                determinate = determinate && bar->isVisible() &&
                              page.findChild<ui::TaskStatus *>()->isDeterminate();
            });
    QSignalSpy progressed(&page, &ui::ChildrenPage::backupProgressed);

    page.nextPath = path;
    QVERIFY(page.select(u"Clinic 4"_s));
    child<QPushButton>(&page, "childBackup")->click();
    QCOMPARE(page.suggestions.size(), 1);
    QCOMPARE(QFileInfo(page.suggestions.first()).fileName(),
             u"Clinic 4-backup-%1.zip"_s.arg(QDate::currentDate().toString(Qt::ISODate)));
    VERIFY_MENTIONS(page.pathTitles.first(), (QStringList{u"Clinic 4"_s}));
    // Running: the GUI is free, Cancel shows, nothing that changes the backup can be done.
    QVERIFY(page.isBusy());
    QVERIFY(child<QPushButton>(&page, "childTaskCancel")->isVisible());
    for (const char *name : {"childAdd", "childEdit", "childRemove", "childGlobalEdit",
                             "childBackup", "childBackupAny"})
        QVERIFY2(!child<QPushButton>(&page, name)->isEnabled(), name);
    QVERIFY(!page.editGlobalExclusions());
    QVERIFY(!page.writeBackup(u"Clinic 4"_s, m_dir.filePath(u"second.zip"_s)));
    QSignalSpy finished(&page, &ui::ChildrenPage::backupFinished);
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY2(finished.first().at(0).toBool(), qPrintable(finished.first().at(1).toString()));
    QVERIFY(!page.isBusy());
    QVERIFY(!child<QPushButton>(&page, "childTaskCancel")->isVisible());
    QVERIFY(child<QPushButton>(&page, "childBackup")->isEnabled());
    QVERIFY(page.errors.isEmpty());
    QVERIFY(!QFile::exists(m_dir.filePath(u"second.zip"_s)));

    BackupArchive archive(path);
    QVERIFY2(archive.open().ok(), "not a zip");
    Result<BackupManifest> manifest = archive.readManifest();
    QVERIFY2(manifest.ok(), qPrintable(manifest.message()));
    QCOMPARE(manifest.value().child, u"Clinic 4"_s);
    QCOMPARE(manifest.value().parent, m_node->identity().uuid);
    QStringList tables;
    for (const BackupResource &r : manifest.value().resources) {
        tables << r.resource.table;
        QVERIFY2(archive.verify(r, {}, nullptr).ok(), qPrintable(r.resource.table));
    }
    tables.sort();
    QCOMPARE(tables, (QStringList{u"items"_s, u"names"_s, u"stores"_s}));
    const qint64 rows = manifest.value().totalRows();
    QVERIFY(rows > 0);

    // The bar counted rows up to all of them, table by table.
    QVERIFY(progressed.size() >= 3);
    QVERIFY(determinate);
    QCOMPARE(bars.first().first, 0);
    QCOMPARE(bars.last().first, int(rows));
    QCOMPARE(bars.last().second, int(rows));
    for (int i = 1; i < bars.size(); ++i)
        QVERIFY(bars.at(i).first >= bars.at(i - 1).first);
    QVERIFY(texts.filter(u"items"_s).size() >= 1);
    QCOMPARE(progressed.last().at(0).toLongLong(), rows);

    // The end: where, how many rows, how big, what was left out.
    VERIFY_MENTIONS(page.statusText(),
                    (QStringList{u"for child 'Clinic 4'"_s, path, QLocale().toString(rows),
                                 QLocale().formattedDataSize(QFileInfo(path).size()),
                                 u"Left out: transaction_lines, transactions"_s}));
    // Left out: transactions, which transaction_lines refers to; but that is left out too, so
    // no warning here.
    QVERIFY2(!page.statusIsError(), qPrintable(page.statusText()));
}

// The backup for no particular child leaves out only the global exclusions, and warns about a
// table that refers to one of them.
void TestChildBackup::backupForNoParticularChild()
{
    CHECKED(addDirectly(u"Clinic 4"_s, u"clinic4"_s, {}, {u"stores"_s, u"names"_s}));
    QVERIFY(store().setGlobalExclusions({u"items"_s}).ok());
    Page page(*m_node);
    const QString path = m_dir.filePath(u"any.zip"_s);
    bool written = false;
    QString message;
    CHECKED(runBackup(page, QString(), path, &written, &message));
    QVERIFY2(written, qPrintable(message));
    QCOMPARE(QFileInfo(page.suggestions.first()).fileName(),
             u"warehouse-backup-%1.zip"_s.arg(QDate::currentDate().toString(Qt::ISODate)));

    BackupArchive archive(path);
    QVERIFY(archive.open().ok());
    Result<BackupManifest> manifest = archive.readManifest();
    QVERIFY2(manifest.ok(), qPrintable(manifest.message()));
    QVERIFY(manifest.value().child.isEmpty());
    QStringList tables;
    for (const BackupResource &r : manifest.value().resources)
        tables << r.resource.table;
    tables.sort();
    QCOMPARE(tables,
             (QStringList{u"names"_s, u"stores"_s, u"transaction_lines"_s, u"transactions"_s}));
    VERIFY_MENTIONS(message, (QStringList{u"for no particular child"_s, u"Left out: items"_s,
                                          u"Warning"_s, u"transaction_lines refers to items"_s}));
    QCOMPARE(page.statusText(), message);
    QVERIFY(page.statusIsError()); // a warning: shown as one
}

void TestChildBackup::cancelledBackupLeavesNoFile_data()
{
    QTest::addColumn<bool>("existing");
    QTest::newRow("new file") << false;
    QTest::newRow("a file of that name") << true;
}

// Cancelled right after it started: no file, or the one that was there as it was; said, and
// not as an error. The next backup is not cancelled by it.
void TestChildBackup::cancelledBackupLeavesNoFile()
{
    QFETCH(bool, existing);
    CHECKED(addDirectly(u"Clinic 4"_s, u"clinic4"_s));
    Page page(*m_node);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QTemporaryDir dir; // its own: the folder is checked for what is left
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"cancelled.zip"_s);
    const QByteArray old = "an older file, not a zip";
    if (existing) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly) && file.write(old) == old.size());
    }
    page.nextPath = path;
    QVERIFY(page.select(u"Clinic 4"_s));
    child<QPushButton>(&page, "childBackup")->click();
    QVERIFY(page.isBusy());
    QSignalSpy finished(&page, &ui::ChildrenPage::backupFinished);
    auto *cancel = child<QPushButton>(&page, "childTaskCancel");
    QVERIFY(cancel->isVisible() && cancel->isEnabled());
    QTest::mouseClick(cancel, Qt::LeftButton);
    QVERIFY(!cancel->isEnabled()); // asked once
    VERIFY_MENTIONS(page.statusText(), (QStringList{u"Stopping"_s}));
    QVERIFY(finished.wait(kWaitMs));
    QVERIFY(!finished.first().at(0).toBool());
    VERIFY_MENTIONS(page.statusText(), (QStringList{u"cancelled"_s, u"no file was written"_s}));
    QVERIFY(!page.statusIsError());
    QVERIFY(page.errors.isEmpty()); // a cancel is no failure
    if (existing) {
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        QCOMPARE(file.readAll(), old);
    } else {
        QVERIFY(!QFile::exists(path));
    }
    // Nothing else is left in the folder (no temporary file of QSaveFile's).
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             existing ? QStringList{u"cancelled.zip"_s} : QStringList());

    bool written = false;
    QString message;
    CHECKED(runBackup(page, u"Clinic 4"_s, path, &written, &message));
    QVERIFY2(written, qPrintable(message));
    QVERIFY(BackupArchive(path).open().ok());
}

// Cancelled between pages of a bigger table, once the bar has moved: the rows written so far
// are thrown away with the file.
void TestChildBackup::cancelBetweenPages()
{
    Database &db = m_node->database();
    QVERIFY(db.exec(u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
                    "20000) INSERT INTO items (code, name, unit) SELECT 'bulk-' || i, 'Bulk item "
                    "' || i, 'each' FROM n"_s)
                .ok());
    Page page(*m_node);
    const QString path = m_dir.filePath(u"midway.zip"_s);
    bool cancelled = false;
    qint64 doneWhenCancelled = 0;
    qint64 total = 0;
    connect(&page, &ui::ChildrenPage::backupProgressed, &page,
            [&](qint64 done, qint64 all, const QString &table) {
                if (!cancelled && table == u"items"_s && done > 0) {
                    cancelled = true;
                    doneWhenCancelled = done;
                    total = all;
                    child<QPushButton>(&page, "childTaskCancel")->click();
                }
            });
    bool written = true;
    QString message;
    CHECKED(runBackup(page, QString(), path, &written, &message));
    QVERIFY(cancelled);
    QVERIFY2(doneWhenCancelled < total, "the backup had ended before it could be cancelled");
    QVERIFY2(!written, qPrintable(message));
    VERIFY_MENTIONS(message, (QStringList{u"cancelled"_s}));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(m_dir.path()).entryList({u"midway*"_s}, QDir::Files), QStringList());
}

// A folder that does not exist, or nothing left to back up: a message box says why, the page
// says it in red, and no file is left.
void TestChildBackup::failedBackupSaysWhyAndLeavesNoFile()
{
    CHECKED(addDirectly(u"Clinic 4"_s, u"clinic4"_s));
    Page page(*m_node);
    const QString missing = m_dir.filePath(u"no-such-folder/clinic.zip"_s);
    bool written = true;
    QString message;
    CHECKED(runBackup(page, u"Clinic 4"_s, missing, &written, &message));
    QVERIFY(!written);
    QCOMPARE(page.errors.size(), 1);
    VERIFY_MENTIONS(page.errors.first(), (QStringList{u"Backup failed"_s, u"Cannot write"_s,
                                                      missing, u"No backup file was written"_s}));
    QVERIFY(page.statusIsError());
    QCOMPARE(page.statusText(), message);
    QVERIFY(!QFileInfo::exists(missing));
    QVERIFY(!QFileInfo::exists(QFileInfo(missing).path()));

    // Every resource left out for that child: refused after the file was begun; none is left.
    QVERIFY(store()
                .setGlobalExclusions({u"items"_s, u"names"_s, u"stores"_s, u"transaction_lines"_s,
                                      u"transactions"_s})
                .ok());
    const QString path = m_dir.filePath(u"empty.zip"_s);
    CHECKED(runBackup(page, u"Clinic 4"_s, path, &written, &message));
    QVERIFY(!written);
    QCOMPARE(page.errors.size(), 2);
    VERIFY_MENTIONS(page.errors.last(), (QStringList{u"nothing to back up"_s}));
    QVERIFY(!QFile::exists(path));
    QCOMPARE(QDir(m_dir.path()).entryList({u"empty*"_s}, QDir::Files), QStringList());
}
S15N_GUI_TEST_MAIN(TestChildBackup)
#include "tst_childbackup.moc"
