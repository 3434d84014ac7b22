// Benchmark of sync over HTTP on loopback (issue 3). Prints figures; never fails because
// something is slow (only when the engine reports an error or the data does not arrive whole).
//
//   bench_http [--rows N] [--small N] [--changes N] [--repeat N] [--dir PATH] [--keep]
//
// A parent node with N rows of 10 columns serves them from a real `s15n serve` process; this
// process is the child and runs the rounds in-process (SyncRound), so a round's time is the
// protocol's, not a process start. Figures:
//   c-plain        raw sqlite3 C-API bulk insert of the same rows (the baseline)
//   seed           an empty child pulls everything: rows/s, ratio to the baseline, peak
//                  memory growth of the child (this process) and of the server process
//   incremental    a round carrying `changes` rows changed at the parent (spread evenly
//                  through the table, and again on neighbouring rows), and a round with no
//                  changes; the median of `repeat` rounds, at `small` rows and at N rows side
//                  by side (the cost should follow the changes, not the table)

#include "capture/changestamper.h"
#include "capture/resourcestore.h"
#include "client/repositorystore.h"
#include "client/syncround.h"
#include "server/accountstore.h"

#include "benchmeasure.h"
#include "benchtable.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <algorithm>
#include <cstdio>

using namespace s15n;
using namespace s15n::bench;

namespace {

const QString kPassword = QStringLiteral("bench password");

qint64 statusKb(qint64 pid, const char *field)
{
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(qstrlen(field)).trimmed().split(' ').value(0).toLongLong();
    }
    return 0;
}

bool resetPeakOf(qint64 pid)
{
    QFile file(QStringLiteral("/proc/%1/clear_refs").arg(pid));
    return file.open(QIODevice::WriteOnly) && file.write("5") == 1;
}

struct Server
{
    QProcess process;
    QString url;

    ~Server()
    {
        if (process.state() != QProcess::NotRunning) {
            process.terminate();
            if (!process.waitForFinished(20000))
                process.kill();
        }
    }
};

QString startServer(const QString &db, Server *server)
{
    server->process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    server->process.start(QStringLiteral(S15N_BINARY),
                          {QStringLiteral("serve"), QStringLiteral("--db"), db,
                           QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"),
                           QStringLiteral("--no-worker")});
    if (!server->process.waitForStarted(10000))
        return server->process.errorString();
    static const QRegularExpression listening(QStringLiteral("(http://127\\.0\\.0\\.1:\\d+)"));
    QString out;
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 20000 && server->process.state() == QProcess::Running) {
        server->process.waitForReadyRead(200);
        out += QString::fromUtf8(server->process.readAllStandardOutput());
        const QRegularExpressionMatch m = listening.match(out);
        if (m.hasMatch()) {
            server->url = m.captured(1);
            return QString();
        }
    }
    return QStringLiteral("s15n serve did not start: ") + out;
}

// A parent with `rows` stamped rows, serving; a child with the empty table and a repository.
struct Pair
{
    std::unique_ptr<Node> parent;
    std::unique_ptr<Node> child;
    Repository repository;
    Server server;
};

QString makePair(const QString &dir, qint64 rows, Pair *pair)
{
    const auto fresh = [&](const QString &name) {
        const QString path = QDir(dir).filePath(QStringLiteral("%1-%2.sqlite").arg(rows).arg(name));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        DatabaseLocation location;
        location.path = path;
        return location;
    };
    const DatabaseLocation parentAt = fresh(QStringLiteral("parent"));
    Result<std::unique_ptr<Node>> parent = Node::create(parentAt, QStringLiteral("parent"), 1);
    if (!parent)
        return parent.message();
    pair->parent = std::move(parent.value());
    Result<std::unique_ptr<Node>> child =
        Node::create(fresh(QStringLiteral("child")), QStringLiteral("child"), 2);
    if (!child)
        return child.message();
    pair->child = std::move(child.value());
    Resource resource;
    resource.table = QString::fromLatin1(kTable);
    for (Node *node : {pair->parent.get(), pair->child.get()}) {
        if (Result<QSqlQuery> q = node->database().exec(QString::fromLatin1(kCreateTable)); !q)
            return q.message();
    }
    // The parent's rows exist before it syncs: filled, made a resource, stamped.
    if (QString error = insertWithQt(*pair->parent, rows, true); !error.isEmpty())
        return error;
    for (Node *node : {pair->parent.get(), pair->child.get()}) {
        if (Status s = ResourceStore(*node).add(resource); !s)
            return s.message();
    }
    if (Result<int> stamped = ChangeStamper(*pair->parent).stamp(); !stamped)
        return stamped.message();
    if (Status s = AccountStore(pair->parent->database()).add(QStringLiteral("child"), kPassword);
        !s)
        return s.message();
    if (QString error = startServer(parentAt.path, &pair->server); !error.isEmpty())
        return error;
    pair->repository.name = QStringLiteral("parent");
    pair->repository.url = QUrl(pair->server.url);
    pair->repository.username = QStringLiteral("child");
    if (Status s = RepositoryStore(pair->child->database()).add(pair->repository); !s)
        return s.message();
    return QString();
}

Result<RoundSummary> round(Pair &pair)
{
    Result<Repository> repository =
        RepositoryStore(pair.child->database()).find(QStringLiteral("parent"));
    if (!repository)
        return repository.status();
    RoundOptions options;
    return SyncRound(*pair.child, repository.value(), kPassword).run(options);
}

struct Figures
{
    qint64 rows = 0;
    double baseline = 0; // rows/s
    double seed = 0;     // rows/s
    double seedSeconds = 0;
    qint64 childPeakKb = 0;  // growth during the seed
    qint64 serverPeakKb = 0; // growth during the seed
    qint64 childHwmKb = 0;   // the process's peak RSS (VmHWM) at the end of the seed
    qint64 serverHwmKb = 0;
    double changedMs = 0;   // median round carrying the changes, spread through the table
    double clusteredMs = 0; // the same number of changes on neighbouring rows
    double quietMs = 0;   // median round with nothing to move
};

double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.isEmpty() ? 0 : values.at(values.size() / 2);
}

bool runSize(const QString &dir, qint64 rows, int changes, int repeat, Figures *f)
{
    f->rows = rows;
    SizeRun run;
    run.rows = rows;
    const QString baselineFile = QDir(dir).filePath(QStringLiteral("%1-c.sqlite").arg(rows));
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(baselineFile + suffix);
    if (!measure(run, "c-plain", rows, [&] { return insertWithCApi(baselineFile, rows, false); }))
        return false;
    f->baseline = run.phase("c-plain")->rate();

    std::fprintf(stderr, "[%lld rows] setting up parent and child...\n",
                 static_cast<long long>(rows));
    Pair pair;
    if (const QString error = makePair(dir, rows, &pair); !error.isEmpty()) {
        std::fprintf(stderr, "set-up failed: %s\n", qPrintable(error));
        return false;
    }
    const qint64 serverPid = pair.server.process.processId();
    resetPeakOf(serverPid);
    const qint64 serverStartKb = statusKb(serverPid, "VmRSS:");
    if (!measure(run, "seed", rows, [&] {
            Result<RoundSummary> done = round(pair);
            if (!done)
                return done.message();
            if (done.value().pulled.applied != rows)
                return QStringLiteral("applied %1 of %2 rows")
                    .arg(done.value().pulled.applied)
                    .arg(rows);
            return QString();
        }))
        return false;
    const Phase *seed = run.phase("seed");
    f->seed = seed->rate();
    f->seedSeconds = seed->seconds;
    f->childPeakKb = seed->peakGrowthKb();
    f->serverHwmKb = statusKb(serverPid, "VmHWM:");
    f->serverPeakKb = f->serverHwmKb - serverStartKb;
    f->childHwmKb = seed->peakKb;

    // Spread changes (every rows/changes-th row) touch a different B-tree page each; changes
    // to neighbouring rows (recent records, a batch of edits) share pages. Both are measured.
    const qint64 step = qMax<qint64>(1, rows / changes);
    const auto changeRound = [&](const QString &update, QList<double> *times) {
        if (Result<QSqlQuery> q = pair.parent->database().exec(update); !q) {
            std::fprintf(stderr, "update failed: %s\n", qPrintable(q.message()));
            return false;
        }
        QElapsedTimer timer;
        timer.start();
        Result<RoundSummary> done = round(pair);
        times->append(double(timer.nsecsElapsed()) / 1e6);
        if (!done || done.value().pulled.applied < changes) {
            std::fprintf(
                stderr, "incremental round failed: %s\n",
                done ? qPrintable(QStringLiteral("applied %1").arg(done.value().pulled.applied))
                     : qPrintable(done.message()));
            return false;
        }
        return true;
    };
    QList<double> changed;
    QList<double> clustered;
    QList<double> quiet;
    for (int i = 0; i < repeat; ++i) {
        if (!changeRound(QStringLiteral("UPDATE bench_items SET quantity = quantity + 1 "
                                        "WHERE id % %1 = %2")
                             .arg(step)
                             .arg(i % step),
                         &changed))
            return false;
        const qint64 first = (rows - changes) * (i + 1) / repeat;
        if (!changeRound(QStringLiteral("UPDATE bench_items SET quantity = quantity + 1 "
                                        "WHERE id > %1 AND id <= %2")
                             .arg(first)
                             .arg(first + changes),
                         &clustered))
            return false;
        QElapsedTimer timer;
        timer.start();
        Result<RoundSummary> nothing = round(pair);
        quiet.append(double(timer.nsecsElapsed()) / 1e6);
        if (!nothing || nothing.value().pulled.received != 0) {
            std::fprintf(stderr, "quiet round failed\n");
            return false;
        }
    }
    f->changedMs = median(changed);
    f->clusteredMs = median(clustered);
    f->quietMs = median(quiet);
    return true;
}

QString rate(double perSecond)
{
    return perSecond >= 1000 ? QStringLiteral("%1k").arg(perSecond / 1000, 0, 'f', 1)
                             : QString::number(perSecond, 'f', 0);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({QStringLiteral("rows"), QStringLiteral("Rows of the large table (1000000)."),
                      QStringLiteral("n"), QStringLiteral("1000000")});
    parser.addOption({QStringLiteral("small"), QStringLiteral("Rows of the small table (10000)."),
                      QStringLiteral("n"), QStringLiteral("10000")});
    parser.addOption({QStringLiteral("changes"), QStringLiteral("Rows changed per round (1000)."),
                      QStringLiteral("n"), QStringLiteral("1000")});
    parser.addOption({QStringLiteral("repeat"), QStringLiteral("Rounds per figure (5)."),
                      QStringLiteral("n"), QStringLiteral("5")});
    parser.addOption({QStringLiteral("dir"), QStringLiteral("Folder for the databases."),
                      QStringLiteral("path")});
    parser.process(app);
    QLoggingCategory::setFilterRules(QStringLiteral("s15n.*=false"));
    QTemporaryDir temporary;
    const QString dir = parser.isSet(QStringLiteral("dir")) ? parser.value(QStringLiteral("dir"))
                                                            : temporary.path();
    const int changes = parser.value(QStringLiteral("changes")).toInt();
    const int repeat = qMax(1, parser.value(QStringLiteral("repeat")).toInt());
    QList<Figures> all;
    for (const qint64 rows : {parser.value(QStringLiteral("small")).toLongLong(),
                              parser.value(QStringLiteral("rows")).toLongLong()}) {
        Figures f;
        if (rows < changes || !runSize(dir, rows, changes, repeat, &f))
            return 1;
        all.append(f);
    }

    std::printf("\nsync over HTTP on loopback, SQLite parent and child, rows of 10 columns\n\n");
    std::printf("%-52s", "");
    for (const Figures &f : all)
        std::printf(" | %12lld rows", static_cast<long long>(f.rows));
    std::printf("\n");
    const auto line = [&](const char *label, const std::function<QString(const Figures &)> &cell) {
        std::printf("%-52s", label);
        for (const Figures &f : all)
            std::printf(" | %17s", qPrintable(cell(f)));
        std::printf("\n");
    };
    line("raw sqlite3 C-API bulk insert, rows/s (baseline)",
         [](const Figures &f) { return rate(f.baseline); });
    line("seed an empty child over HTTP, rows/s", [](const Figures &f) { return rate(f.seed); });
    line("seed / baseline (target >= 50 %)", [](const Figures &f) {
        const double ratio = f.baseline > 0 ? 100.0 * f.seed / f.baseline : 0;
        return QStringLiteral("%1 % %2")
            .arg(ratio, 0, 'f', 1)
            .arg(ratio >= 50 ? QString() : QStringLiteral("NOT met"));
    });
    line("seed time, s", [](const Figures &f) { return QString::number(f.seedSeconds, 'f', 2); });
    line("child (client) peak growth, MB (target < 200)",
         [](const Figures &f) { return QString::number(f.childPeakKb / 1024.0, 'f', 1); });
    line("child (client) peak RSS, MB",
         [](const Figures &f) { return QString::number(f.childHwmKb / 1024.0, 'f', 1); });
    line("server process peak RSS, MB",
         [](const Figures &f) { return QString::number(f.serverHwmKb / 1024.0, 'f', 1); });
    line("server process peak growth, MB (target < 200)",
         [](const Figures &f) { return QString::number(f.serverPeakKb / 1024.0, 'f', 1); });
    line(qPrintable(QStringLiteral("round with %1 changes spread out, ms (< 100)").arg(changes)),
         [](const Figures &f) { return QString::number(f.changedMs, 'f', 1); });
    line(qPrintable(QStringLiteral("round with %1 neighbouring changes, ms (< 100)").arg(changes)),
         [](const Figures &f) { return QString::number(f.clusteredMs, 'f', 1); });
    line("round with no changes, ms (target < 10)",
         [](const Figures &f) { return QString::number(f.quietMs, 'f', 1); });
    return 0;
}
