// The backups a serving parent writes for its children (BackupJobs): written on a thread of
// their own from a real SQLite node, found again by child and id, a running one not started
// twice, and the folders a killed server left behind removed while fresh ones stay.
#include "backup/backupmanifest.h"
#include "capture/resourcestore.h"
#include "sample/sampledata.h"
#include "server/backupjobs.h"
#include "storage/node.h"

#include <quazip.h>

#include <QDir>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/time.h>

using namespace s15n;
using namespace Qt::StringLiterals;

namespace {

// Sets a folder's modification time `ageMs` into the past.
bool age(const QString &path, qint64 ageMs)
{
    const qint64 at = QDateTime::currentMSecsSinceEpoch() - ageMs;
    timeval times[2];
    times[0].tv_sec = times[1].tv_sec = at / 1000;
    times[0].tv_usec = times[1].tv_usec = (at % 1000) * 1000;
    return ::utimes(QFile::encodeName(path).constData(), times) == 0;
}

} // namespace

class TestBackupJobs : public QObject
{
    Q_OBJECT

private slots:
    void writesTheChildsBackupOnAThread()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const DatabaseLocation location =
            DatabaseLocation::parse(dir.filePath(u"parent.sqlite"_s)).value();
        Result<std::unique_ptr<Node>> node = Node::create(location, u"Parent"_s, 1);
        QVERIFY2(node.ok(), qPrintable(node.message()));
        Status loaded = SampleData::load(*node.value());
        QVERIFY2(loaded.ok(), qPrintable(loaded.message()));

        BackupJobs jobs(location, QString());
        QSignalSpy finished(&jobs, &BackupJobs::finished);
        Result<BackupJobs::State> started = jobs.start(u"Clinic"_s, {u"transaction_lines"_s});
        QVERIFY2(started.ok(), qPrintable(started.message()));
        QVERIFY(started.value().running);
        QVERIFY(!started.value().id.isEmpty());
        // Asked again while it runs (it is known to end only once the event loop runs): the
        // same backup, not a second one.
        Result<BackupJobs::State> again = jobs.start(u"Clinic"_s, {});
        QVERIFY2(again.ok(), qPrintable(again.message()));
        QCOMPARE(again.value().id, started.value().id);
        QVERIFY(finished.wait(20000) || finished.size() > 0);
        QCOMPARE(finished.first().at(0).toString(), u"Clinic"_s);
        QCOMPARE(finished.first().at(1).toString(), QString()); // no error
        QVERIFY(finished.first().at(2).toLongLong() > 0);

        const QString id = started.value().id;
        std::optional<BackupJobs::State> state = jobs.find(u"Clinic"_s, id);
        QVERIFY(state);
        QVERIFY(!state->running);
        QVERIFY2(state->error.isEmpty(), qPrintable(state->error));
        QVERIFY(QFileInfo(state->path).isFile());
        QCOMPARE(QFileInfo(state->path).size(), state->zipBytes);
        QuaZip zip(state->path);
        QVERIFY(zip.open(QuaZip::mdUnzip));
        QVERIFY(zip.getFileNameList().contains(u"manifest.xml"_s));
        // Another child, or another id, finds nothing.
        QVERIFY(!jobs.find(u"Other"_s, id));
        QVERIFY(!jobs.find(u"Clinic"_s, u"0000"_s));
        const QString folder = QFileInfo(state->path).absolutePath();
        QVERIFY(QDir(folder).exists());
        // A new backup for the child replaces the finished one, whose zip goes.
        Result<BackupJobs::State> next = jobs.start(u"Clinic"_s, {});
        QVERIFY2(next.ok(), qPrintable(next.message()));
        QVERIFY(next.value().id != id);
        QVERIFY(!QDir(folder).exists());
        QVERIFY(finished.wait(20000) || finished.size() > 1);
    }

    void removesWhatAKilledServerLeft()
    {
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        const QString old = dir.filePath(u"s15n-backup-old111"_s);
        const QString fresh = dir.filePath(u"s15n-backup-new222"_s);
        const QString other = dir.filePath(u"someone-else"_s);
        for (const QString &path : {old, fresh, other}) {
            QVERIFY(QDir().mkpath(path));
            QFile f(path + u"/backup.zip"_s);
            QVERIFY(f.open(QIODevice::WriteOnly));
        }
        QVERIFY(age(old, 3 * 3600 * 1000));
        QVERIFY(age(other, 3 * 3600 * 1000));
        QCOMPARE(BackupJobs::removeStale(dir.path(), 3600 * 1000), 1);
        QVERIFY(!QDir(old).exists());
        QVERIFY(QDir(fresh).exists());
        QVERIFY(QDir(other).exists());
    }
};

QTEST_GUILESS_MAIN(TestBackupJobs)
#include "tst_backupjobs.moc"
