// Benchmark of the backup zip that seeds a child (core/backup) on SQLite, side by side with
// what an administrator would do by hand: `sqlite3 DB ".backup COPY"` then `zip`, and `unzip`
// for the way back. Prints figures; never fails because something is slow (only when the
// engine reports an error or the data does not arrive whole).
//
//   bench_backup [--rows N] [--level L] [--page-size N] [--dir PATH] [--keep] [--verbose]
//
// Phases, on a parent holding N rows of the 10-column benchmark table as a resource:
//   s15n backup     BackupWriter::write to a zip file (stamping, snapshot, pages, deflate)
//   s15n inspect    BackupRestorer::inspect alone (zip, manifest, SHA-256 of every entry)
//   s15n restore    BackupRestorer::restore into a new SQLite child (inspect included)
//   sqlite3 .backup the same parent database copied by the sqlite3 program
//   zip             that copy zipped by the zip program (its default level)
//   unzip           that zip extracted again
// MB/s is the parent database's size over the time, the same yardstick for every line.
// The machine's load average (/proc/loadavg) before and after is printed too: on a shared
// machine the wall times mean little without it, and only lines of the same run compare.
// The sqlite3/zip lines are left out, with a note, when those programs are not installed
// (Debian packages sqlite3 and zip).

#include "backup/backuprestorer.h"
#include "backup/backupwriter.h"
#include "backup/sha256.h"
#include "capture/changestamper.h"
#include "capture/resourcestore.h"
#include "storage/node.h"

#include "benchmeasure.h"
#include "benchtable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QThread>

#include <sys/resource.h>

#include <cstdio>
#include <memory>

using namespace s15n;
using namespace s15n::bench;

namespace {

// CPU seconds of the programs run so far (they are child processes, not counted in Phase::cpu).
double childrenCpu()
{
    rusage usage{};
    getrusage(RUSAGE_CHILDREN, &usage);
    return static_cast<double>(usage.ru_utime.tv_sec + usage.ru_stime.tv_sec) +
           static_cast<double>(usage.ru_utime.tv_usec + usage.ru_stime.tv_usec) / 1e6;
}

// The 1-minute load average, or "?" where /proc/loadavg is not there.
QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readLine().split(' ').value(0));
}

QString runProgram(const QString &program, const QStringList &args, const QString &dir, double *cpu)
{
    const double before = childrenCpu();
    QProcess process;
    process.setWorkingDirectory(dir);
    process.start(program, args);
    if (!process.waitForStarted(10000))
        return program + QStringLiteral(": ") + process.errorString();
    if (!process.waitForFinished(-1) || process.exitStatus() != QProcess::NormalExit ||
        process.exitCode() != 0)
        return QStringLiteral("%1 %2 failed: %3")
            .arg(program, args.join(QLatin1Char(' ')),
                 QString::fromLocal8Bit(process.readAllStandardError()));
    *cpu = childrenCpu() - before;
    return QString();
}

struct Line
{
    QString what;
    const Phase *phase = nullptr;
    double seconds = 0;
    qint64 outputBytes = -1;
    double cpu = -1; // a program's; -1: the phase's own
};

QString table(qint64 rows, qint64 databaseBytes, const QList<Line> &lines)
{
    const double mb = 1024.0 * 1024.0;
    QString out = QStringLiteral("\nbench_backup: %1 rows of %2 (10 columns) in a SQLite parent "
                                 "of %3 MB (database file, after a checkpoint)\n\n")
                      .arg(rows)
                      .arg(QLatin1String(kTable))
                      .arg(databaseBytes / mb, 0, 'f', 1);
    out += QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
               .arg(QStringLiteral("phase"), -30)
               .arg(QStringLiteral("seconds"), 9)
               .arg(QStringLiteral("rows/s"), 10)
               .arg(QStringLiteral("MB/s"), 8)
               .arg(QStringLiteral("out MB"), 8)
               .arg(QStringLiteral("CPU s"), 7)
               .arg(QStringLiteral("peak+ MB"), 9);
    for (const Line &line : lines) {
        const double seconds = line.phase ? line.phase->seconds : line.seconds;
        out += QStringLiteral("%1 %2 %3 %4 %5 %6 %7\n")
                   .arg(line.what, -30)
                   .arg(seconds, 9, 'f', 2)
                   .arg(seconds > 0 ? rows / seconds : 0, 10, 'f', 0)
                   .arg(seconds > 0 ? databaseBytes / mb / seconds : 0, 8, 'f', 1)
                   .arg(line.outputBytes >= 0 ? QString::number(line.outputBytes / mb, 'f', 1)
                                              : QStringLiteral("-"),
                        8)
                   .arg(QString::number(line.cpu >= 0 ? line.cpu : line.phase->cpu, 'f', 2), 7)
                   .arg(line.phase && line.cpu < 0
                            ? QString::number(line.phase->peakGrowthKb() / 1024.0, 'f', 1)
                            : QStringLiteral("-"),
                        9);
    }
    return out;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_backup"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures s15n's backup zip and restore on SQLite beside sqlite3 .backup + zip and "
        "unzip of the same database. Prints figures; never fails on slowness."));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"),
                                        QStringLiteral("Rows (default 1000000)."),
                                        QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption levelOption(QStringLiteral("level"),
                                         QStringLiteral("Deflate level of the backup (default "
                                                        "the writer's)."),
                                         QStringLiteral("0-9"));
    const QCommandLineOption pageSizeOption(QStringLiteral("page-size"),
                                            QStringLiteral("Rows per page (default the writer's)."),
                                            QStringLiteral("n"));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
                                       QStringLiteral("Folder for the files (default: a new "
                                                      "temporary folder)."),
                                       QStringLiteral("path"));
    const QCommandLineOption keep(QStringLiteral("keep"), QStringLiteral("Keep the files."));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     QStringLiteral("Keep the engine's info and debug logging."));
    parser.addOptions({rowsOption, levelOption, pageSizeOption, dirOption, keep, verbose});
    parser.process(app);

    bool ok = false;
    const qint64 rows = parser.value(rowsOption).toLongLong(&ok);
    if (!ok || rows < 10) {
        std::fprintf(stderr, "--rows must be a number of at least 10\n");
        return 2;
    }
    BackupOptions options;
    if (parser.isSet(levelOption)) {
        options.compressionLevel = parser.value(levelOption).toInt(&ok);
        if (!ok || options.compressionLevel < 0 || options.compressionLevel > 9) {
            std::fprintf(stderr, "--level must be 0..9\n");
            return 2;
        }
    }
    if (parser.isSet(pageSizeOption)) {
        options.pageSize = parser.value(pageSizeOption).toInt(&ok);
        if (!ok || options.pageSize < 1) {
            std::fprintf(stderr, "--page-size must be a positive number\n");
            return 2;
        }
    }
    if (!parser.isSet(verbose))
        QLoggingCategory::setFilterRules(QStringLiteral("s15n.*.info=false\ns15n.*.debug=false"));

    QTemporaryDir temporary;
    QString dir;
    if (parser.isSet(dirOption)) {
        dir = parser.value(dirOption);
        if (!QDir().mkpath(dir)) {
            std::fprintf(stderr, "cannot make %s\n", qPrintable(dir));
            return 2;
        }
    } else {
        if (!temporary.isValid()) {
            std::fprintf(stderr, "cannot make a temporary folder\n");
            return 2;
        }
        temporary.setAutoRemove(!parser.isSet(keep));
        dir = temporary.path();
    }
    const QDir folder(dir);
    const auto file = [&](const char *name) {
        const QString path = folder.filePath(QLatin1String(name));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        return path;
    };

    const QString loadBefore = loadAverage();
    SizeRun run;
    run.rows = rows;
    const QString parentPath = file("parent.sqlite");
    std::unique_ptr<Node> parent;
    // The parent: the table filled by the C API, made a resource, its rows stamped.
    if (!measure(run, "set-up", rows, [&]() -> QString {
            if (QString error = insertWithCApi(parentPath, rows, true); !error.isEmpty())
                return error;
            DatabaseLocation location;
            location.path = parentPath;
            Result<std::unique_ptr<Node>> made =
                Node::create(location, QStringLiteral("parent"), 1);
            if (!made)
                return made.message();
            parent = std::move(made.value());
            Resource resource;
            resource.table = QString::fromLatin1(kTable);
            if (Status s = ResourceStore(*parent).add(resource); !s)
                return s.message();
            Result<int> stamped = ChangeStamper(*parent).stamp();
            if (!stamped)
                return stamped.message();
            Result<QSqlQuery> checkpoint =
                parent->database().exec(QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
            return checkpoint ? QString() : checkpoint.message();
        }))
        return 1;
    const qint64 databaseBytes = QFileInfo(parentPath).size();

    const QString zipPath = file("backup.zip");
    qint64 zipBytes = 0;
    qint64 dataBytes = 0;
    if (!measure(run, "s15n backup", rows, [&]() -> QString {
            Result<BackupSummary> written = BackupWriter(*parent).write(zipPath, options);
            if (!written)
                return written.message();
            if (written->rows != rows)
                return QStringLiteral("wrote %1 rows, expected %2").arg(written->rows).arg(rows);
            zipBytes = written->zipBytes;
            dataBytes = written->dataBytes;
            return QString();
        }))
        return 1;

    const QUuid parentUuid = parent->identity().uuid;
    parent->database().close();
    parent.reset();
    const QString childPath = file("child.sqlite");
    std::unique_ptr<Node> child;
    {
        DatabaseLocation location;
        location.path = childPath;
        Result<std::unique_ptr<Node>> made = Node::create(location, QStringLiteral("child"), 2);
        if (!made) {
            std::fprintf(stderr, "cannot make the child: %s\n", qPrintable(made.message()));
            return 1;
        }
        child = std::move(made.value());
    }
    if (!measure(run, "s15n inspect", rows, [&]() -> QString {
            Result<BackupManifest> inspected = BackupRestorer(*child).inspect(zipPath, parentUuid);
            return inspected ? QString() : inspected.message();
        }))
        return 1;
    if (!measure(run, "s15n restore", rows, [&]() -> QString {
            Result<RestoreSummary> restored = BackupRestorer(*child).restore(zipPath, parentUuid);
            if (!restored)
                return restored.message();
            Result<QVariant> count = child->database().scalar(
                QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(kTable)));
            if (!count)
                return count.message();
            if (count.value().toLongLong() != rows)
                return QStringLiteral("restored %1 rows, expected %2")
                    .arg(count.value().toLongLong())
                    .arg(rows);
            return QString();
        }))
        return 1;
    child.reset();

    QList<Line> lines{{QStringLiteral("s15n backup (zip)"), run.phase("s15n backup"), 0, zipBytes},
                      {QStringLiteral("s15n inspect (checks only)"), run.phase("s15n inspect")},
                      {QStringLiteral("s15n restore (new child)"), run.phase("s15n restore"), 0,
                       QFileInfo(childPath).size()}};
    QString notes;
    const QString sqlite3 = QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    const QString zip = QStandardPaths::findExecutable(QStringLiteral("zip"));
    const QString unzip = QStandardPaths::findExecutable(QStringLiteral("unzip"));
    if (sqlite3.isEmpty() || zip.isEmpty() || unzip.isEmpty()) {
        notes += QStringLiteral("\nnote: sqlite3 .backup + zip not measured: install the sqlite3, "
                                "zip and unzip programs (Debian packages sqlite3, zip, unzip).\n");
    } else {
        const QString copy = file("copy.sqlite");
        const QString copyZip = file("copy.zip");
        const QString unzipped = folder.filePath(QStringLiteral("unzipped"));
        QDir(unzipped).removeRecursively();
        double backupCpu = 0;
        double zipCpu = 0;
        double unzipCpu = 0;
        if (!measure(run, "sqlite3 .backup", rows,
                     [&] {
                         return runProgram(sqlite3, {parentPath, QStringLiteral(".backup ") + copy},
                                           dir, &backupCpu);
                     }) ||
            !measure(run, "zip", rows,
                     [&] {
                         return runProgram(
                             zip, {QStringLiteral("-q"), copyZip, QStringLiteral("copy.sqlite")},
                             dir, &zipCpu);
                     }) ||
            !measure(run, "unzip", rows, [&] {
                return runProgram(unzip,
                                  {QStringLiteral("-q"), copyZip, QStringLiteral("-d"), unzipped},
                                  dir, &unzipCpu);
            }))
            return 1;
        const Phase *backup = run.phase("sqlite3 .backup");
        const Phase *zipped = run.phase("zip");
        lines.append(
            {QStringLiteral("sqlite3 .backup"), backup, 0, QFileInfo(copy).size(), backupCpu});
        lines.append({QStringLiteral("zip (its default level)"), zipped, 0,
                      QFileInfo(copyZip).size(), zipCpu});
        lines.append({QStringLiteral(".backup + zip"), nullptr, backup->seconds + zipped->seconds,
                      QFileInfo(copyZip).size(), backupCpu + zipCpu});
        lines.append({QStringLiteral("unzip"), run.phase("unzip"), 0,
                      QFileInfo(unzipped + QStringLiteral("/copy.sqlite")).size(), unzipCpu});
        const double pair = backup->seconds + zipped->seconds;
        notes += QStringLiteral("\ns15n backup takes %1x the time of .backup + zip; restore "
                                "(checks, new tables, versions, cursors) %2x.\n")
                     .arg(run.phase("s15n backup")->seconds / pair, 0, 'f', 2)
                     .arg(run.phase("s15n restore")->seconds / pair, 0, 'f', 2);
    }
    notes += QStringLiteral("The backup's entries hold %1 MB of XML (deflate level %2, %3 rows a "
                            "page; SHA-256 by %4). CPU s counts every thread of a phase, and a "
                            "program's own.\n")
                 .arg(dataBytes / (1024.0 * 1024.0), 0, 'f', 1)
                 .arg(options.compressionLevel)
                 .arg(options.pageSize)
                 .arg(Sha256::isAccelerated() ? QStringLiteral("libcrypto") : QStringLiteral("Qt"));
    notes += QStringLiteral("Load average (1 minute) at the start %1, at the end %2, on %3 "
                            "processors.\n")
                 .arg(loadBefore, loadAverage())
                 .arg(QThread::idealThreadCount());
    std::fputs(qPrintable(table(rows, databaseBytes, lines) + notes), stdout);
    return 0;
}
