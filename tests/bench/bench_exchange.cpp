// Benchmark of s15n's exchange path on SQLite. Prints figures; never fails because something
// is slow (it fails only when the engine reports an error or the data does not arrive whole).
//
//   bench_exchange [--rows N] [--no-small] [--no-breakdown] [--json] [--dir PATH] [--keep]
//                  [--page-size N] [--pragma NAME=VALUE]... [--verbose]
//
// For each size (N/10, then N), with the same deterministic rows of 10 columns:
//   generate       the rows alone (cost of the benchmark's own data making)
//   c-plain        sqlite3 C API, prepared statement, one transaction, fresh file (baseline)
//   c-indexed      the same, plus the UNIQUE index on the uuid column a resource table has
//   qt-plain       QSqlQuery prepared loop, one transaction, plain table of a node
//   qt-indexed     the same, plus the UNIQUE uuid index
//   qt-capture     the same, into a table made a resource first (capture triggers on)
//   stamp          ChangeStamper::stamp() of those captured rows
//   export         Exporter::exportTo a file (already stamped)
//   import         Importer::importFrom that file into a second node's empty resource
// and, unless --no-breakdown, where export and import spend their time:
//   export-read    Exporter::readPage alone (SQL and conversion, no XML)
//   import-parse   PageReader alone (XML parsing, no database)
//   xml-read       the export file tokenised by a bare QXmlStreamReader (no conversion)
//   xml-copy       the same, every token written again by QXmlStreamWriter: the ceiling the
//                  XML format sets on export+import, whatever the engine does
//   capture-fill   qt-capture without the uuid value (the trigger makes it)
//   add-existing   ResourceStore::add over the filled qt-plain table (queues every row)
//
// Memory: before each phase the heap is trimmed and the kernel's peak-RSS mark is reset
// (/proc/self/clear_refs, "5"), so "peak+" is the phase's own peak growth over its starting
// RSS. Where the reset is refused, VmHWM is process-wide and says so.

#include "capture/changestamper.h"
#include "capture/resourcestore.h"
#include "storage/node.h"
#include "sync/exporter.h"
#include "sync/importer.h"
#include "sync/pagereader.h"
#include "sync/resourceschema.h"

#include "benchmeasure.h"
#include "benchreport.h"
#include "benchtable.h"
#include "benchxml.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <sqlite3.h>

#include <cstdio>
#include <functional>
#include <memory>

using namespace s15n;
using namespace s15n::bench;

namespace {

// ---------------------------------------------------------------------------------------
// The phases.

struct Options
{
    QString dir;
    bool breakdown = true;
    int pageSize = Exporter::kDefaultPageSize;
    // Experiments only (--pragma): run on every connection after the engine's own set-up.
    // None by default, so the figures are the engine's as it is.
    QStringList pragmas;
};

Status applyPragmas(Node &node, const Options &options)
{
    for (const QString &pragma : options.pragmas) {
        if (Result<QSqlQuery> q = node.database().exec(QStringLiteral("PRAGMA ") + pragma); !q)
            return q.status();
    }
    return Status();
}

Result<std::unique_ptr<Node>> makeNode(const QString &path, const QString &name, bool uuidIndex,
                                       bool resource, const Options &options)
{
    DatabaseLocation location;
    location.path = path;
    Result<std::unique_ptr<Node>> node = Node::create(location, name, 0);
    if (!node)
        return node;
    if (Status s = applyPragmas(*node.value(), options); !s)
        return s;
    Database &db = node.value()->database();
    if (Result<QSqlQuery> q = db.exec(QString::fromLatin1(kCreateTable)); !q)
        return q.status();
    if (uuidIndex) {
        if (Result<QSqlQuery> q = db.exec(QString::fromLatin1(kCreateIndex)); !q)
            return q.status();
    }
    if (resource) {
        Resource r;
        r.table = QString::fromLatin1(kTable);
        r.uuidColumn = QStringLiteral("uuid");
        if (Status s = ResourceStore(*node.value()).add(r); !s)
            return s;
    }
    return node;
}

struct Totals
{
    qint64 count = 0;
    qint64 quantity = 0;
    double price = 0;
    qint64 uuids = 0;
};

Result<Totals> totals(Node &node)
{
    Result<QSqlQuery> q = node.database().exec(
        QStringLiteral("SELECT COUNT(*), TOTAL(quantity), TOTAL(price), COUNT(DISTINCT uuid) "
                       "FROM bench_items"));
    if (!q)
        return q.status();
    if (!q.value().next())
        return Status::failure(QStringLiteral("no totals"));
    Totals t;
    t.count = q.value().value(0).toLongLong();
    t.quantity = static_cast<qint64>(q.value().value(1).toDouble());
    t.price = q.value().value(2).toDouble();
    t.uuids = q.value().value(3).toLongLong();
    return t;
}

// Every phase at one size. False (with the reason printed) if the engine reported an error.
bool runSize(qint64 rows, const Options &options, SizeRun &run)
{
    run.rows = rows;
    const QDir dir(options.dir);
    const auto file = [&](const char *name) {
        const QString path =
            dir.filePath(QStringLiteral("%1-%2").arg(rows).arg(QLatin1String(name)));
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(path + suffix);
        return path;
    };

    volatile quint64 sink = 0;
    if (!measure(run, "generate", rows, [&] {
            Row row;
            for (qint64 i = 0; i < rows; ++i) {
                makeRow(i, &row);
                sink = sink + static_cast<quint64>(row.uuid[5]);
            }
            return QString();
        }))
        return false;

    if (!measure(run, "c-plain", rows,
                 [&] { return insertWithCApi(file("c-plain.sqlite"), rows, false, options.pragmas); }))
        return false;
    if (!measure(run, "c-indexed", rows,
                 [&] { return insertWithCApi(file("c-indexed.sqlite"), rows, true, options.pragmas); }))
        return false;

    std::unique_ptr<Node> plain;
    {
        Result<std::unique_ptr<Node>> made =
            makeNode(file("qt-plain.sqlite"), QStringLiteral("plain"), false, false, options);
        if (!made) {
            std::fprintf(stderr, "cannot make node: %s\n", qPrintable(made.message()));
            return false;
        }
        plain = std::move(made.value());
    }
    if (!measure(run, "qt-plain", rows, [&] { return insertWithQt(*plain, rows, true); }))
        return false;
    plain->database().close(); // its page cache is not the next phases' memory
    {
        Result<std::unique_ptr<Node>> indexed =
            makeNode(file("qt-indexed.sqlite"), QStringLiteral("indexed"), true, false, options);
        if (!indexed) {
            std::fprintf(stderr, "cannot make node: %s\n", qPrintable(indexed.message()));
            return false;
        }
        if (!measure(run, "qt-indexed", rows,
                     [&] { return insertWithQt(*indexed.value(), rows, true); }))
            return false;
    }

    std::unique_ptr<Node> a;
    {
        Result<std::unique_ptr<Node>> made =
            makeNode(file("node-a.sqlite"), QStringLiteral("A"), false, true, options);
        if (!made) {
            std::fprintf(stderr, "cannot make node A: %s\n", qPrintable(made.message()));
            return false;
        }
        a = std::move(made.value());
    }
    if (!measure(run, "qt-capture", rows, [&] { return insertWithQt(*a, rows, true); }))
        return false;
    if (!measure(run, "stamp", rows, [&] {
            Result<int> stamped = ChangeStamper(*a).stamp();
            if (!stamped)
                return stamped.message();
            if (stamped.value() != rows)
                return QStringLiteral("stamped %1 rows, expected %2")
                    .arg(stamped.value())
                    .arg(rows);
            return QString();
        }))
        return false;

    const QString exportPath = file("export.xml");
    if (!measure(run, "export", rows, [&] {
            QFile out(exportPath);
            if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
                return out.errorString();
            Result<ExportSummary> summary = Exporter(*a).exportTo(&out, QString::fromLatin1(kTable),
                                                                  0, QUuid(), {}, options.pageSize);
            if (!summary)
                return summary.message();
            out.close();
            if (out.error() != QFileDevice::NoError)
                return out.errorString();
            if (summary.value().rows != rows)
                return QStringLiteral("exported %1 rows, expected %2")
                    .arg(summary.value().rows)
                    .arg(rows);
            run.exportPages = summary.value().pages;
            return QString();
        }))
        return false;
    run.exportBytes = QFileInfo(exportPath).size();

    std::unique_ptr<Node> b;
    {
        Result<std::unique_ptr<Node>> made =
            makeNode(file("node-b.sqlite"), QStringLiteral("B"), false, true, options);
        if (!made) {
            std::fprintf(stderr, "cannot make node B: %s\n", qPrintable(made.message()));
            return false;
        }
        b = std::move(made.value());
    }
    if (!measure(run, "import", rows, [&] {
            QFile in(exportPath);
            if (!in.open(QIODevice::ReadOnly))
                return in.errorString();
            Result<ImportSummary> summary = Importer(*b).importFrom(&in);
            if (!summary)
                return summary.message();
            const ApplyCounts &c = summary.value().counts;
            if (c.applied != rows || c.failed != 0 || c.parked != 0)
                return QStringLiteral("import: received %1, applied %2, failed %3, parked %4: %5")
                    .arg(c.received)
                    .arg(c.applied)
                    .arg(c.failed)
                    .arg(c.parked)
                    .arg(c.messages.join(QStringLiteral("; ")));
            return QString();
        }))
        return false;

    // The data arrived whole.
    Result<Totals> ta = totals(*a);
    Result<Totals> tb = totals(*b);
    if (!ta || !tb) {
        std::fprintf(stderr, "cannot verify: %s\n",
                     qPrintable((ta ? tb.status() : ta.status()).message()));
        return false;
    }
    if (ta.value().count != rows || tb.value().count != rows ||
        ta.value().quantity != tb.value().quantity || ta.value().price != tb.value().price ||
        tb.value().uuids != rows) {
        std::fprintf(stderr, "node B does not hold node A's rows (A %lld rows, B %lld rows)\n",
                     static_cast<long long>(ta.value().count),
                     static_cast<long long>(tb.value().count));
        return false;
    }
    b.reset();

    if (options.breakdown) {
        if (!measure(run, "export-read", rows, [&] {
                ResourceStore store(*a);
                Result<Resource> resource = store.find(QString::fromLatin1(kTable));
                Result<QList<Resource>> all = store.list();
                if (!resource || !all)
                    return (resource ? all.status() : resource.status()).message();
                Result<ResourceSchema> schema =
                    ResourceSchema::load(a->database(), resource.value(), all.value());
                if (!schema)
                    return schema.message();
                Exporter exporter(*a);
                qint64 cursor = 0;
                qint64 seen = 0;
                for (;;) {
                    Result<ChangePage> page =
                        exporter.readPage(schema.value(), cursor, options.pageSize);
                    if (!page)
                        return page.message();
                    seen += page.value().records.size();
                    cursor = page.value().cursor;
                    if (!page.value().more)
                        break;
                }
                return seen == rows
                           ? QString()
                           : QStringLiteral("read %1 rows, expected %2").arg(seen).arg(rows);
            }))
            return false;
        if (!measure(run, "import-parse", rows, [&] {
                QFile in(exportPath);
                if (!in.open(QIODevice::ReadOnly))
                    return in.errorString();
                PageReader reader(&in);
                ChangePage page;
                qint64 seen = 0;
                while (reader.readNextPage(&page))
                    seen += page.records.size();
                if (reader.hasError())
                    return reader.errorString();
                return seen == rows
                           ? QString()
                           : QStringLiteral("parsed %1 rows, expected %2").arg(seen).arg(rows);
            }))
            return false;
        for (const bool rewrite : {false, true}) {
            if (!measure(run, rewrite ? "xml-copy" : "xml-read", rows, [&] {
                    const XmlPass pass = xmlPass(exportPath, rewrite);
                    if (!pass.error.isEmpty())
                        return pass.error;
                    return pass.rows == rows ? QString()
                                             : QStringLiteral("saw %1 rows, expected %2")
                                                   .arg(pass.rows)
                                                   .arg(rows);
                }))
                return false;
        }
        a.reset();
        {
            Result<std::unique_ptr<Node>> fill =
                makeNode(file("capture-fill.sqlite"), QStringLiteral("fill"), false, true, options);
            if (!fill) {
                std::fprintf(stderr, "cannot make node: %s\n", qPrintable(fill.message()));
                return false;
            }
            if (!measure(run, "capture-fill", rows,
                         [&] { return insertWithQt(*fill.value(), rows, false); }))
                return false;
        }
        DatabaseLocation location;
        location.path = dir.filePath(QStringLiteral("%1-qt-plain.sqlite").arg(rows));
        plain.reset();
        Result<std::unique_ptr<Node>> reopened = Node::open(location);
        if (!reopened) {
            std::fprintf(stderr, "cannot reopen: %s\n", qPrintable(reopened.message()));
            return false;
        }
        if (Status s = applyPragmas(*reopened.value(), options); !s) {
            std::fprintf(stderr, "cannot apply --pragma: %s\n", qPrintable(s.message()));
            return false;
        }
        if (!measure(run, "add-existing", rows, [&] {
                Resource r;
                r.table = QString::fromLatin1(kTable);
                return ResourceStore(*reopened.value()).add(r).message();
            }))
            return false;
    }
    a.reset();
    plain.reset();

    // Nothing of this size is needed any more; keep the disk use to one size at a time.
    for (const QString &name : dir.entryList({QStringLiteral("%1-*").arg(rows)}, QDir::Files))
        QFile::remove(dir.filePath(name));
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_exchange"));
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral(
        "Measures s15n's capture, stamping, export and import on SQLite against a raw sqlite3 "
        "bulk insert, at --rows and at --rows/10. Prints figures; never fails on slowness."));
    parser.addHelpOption();
    const QCommandLineOption rowsOption(QStringLiteral("rows"),
                                        QStringLiteral("Rows at full size (default 1000000)."),
                                        QStringLiteral("n"), QStringLiteral("1000000"));
    const QCommandLineOption noSmall(QStringLiteral("no-small"),
                                     QStringLiteral("Skip the run at rows/10."));
    const QCommandLineOption noBreakdown(
        QStringLiteral("no-breakdown"),
        QStringLiteral("Skip export-read, import-parse, capture-fill and add-existing."));
    const QCommandLineOption json(QStringLiteral("json"),
                                  QStringLiteral("Print JSON instead of the table."));
    const QCommandLineOption dirOption(QStringLiteral("dir"),
                                       QStringLiteral("Folder for the databases (default: a new "
                                                      "temporary folder)."),
                                       QStringLiteral("path"));
    const QCommandLineOption keep(QStringLiteral("keep"),
                                  QStringLiteral("Keep the temporary folder."));
    const QCommandLineOption pageSize(
        QStringLiteral("page-size"),
        QStringLiteral("Rows per export page (default %1).").arg(Exporter::kDefaultPageSize),
        QStringLiteral("n"), QString::number(Exporter::kDefaultPageSize));
    const QCommandLineOption verbose(QStringLiteral("verbose"),
                                     QStringLiteral("Keep the engine's info and debug logging."));
    const QCommandLineOption pragma(
        QStringLiteral("pragma"),
        QStringLiteral("Experiment: run PRAGMA <setting> on every connection, e.g. "
                       "cache_size=-262144 (repeatable; default none: the engine as it is)."),
        QStringLiteral("setting"));
    parser.addOptions(
        {rowsOption, noSmall, noBreakdown, json, dirOption, keep, pageSize, pragma, verbose});
    parser.process(app);

    bool ok = false;
    const qint64 rows = parser.value(rowsOption).toLongLong(&ok);
    if (!ok || rows < 10) {
        std::fprintf(stderr, "--rows must be a number of at least 10\n");
        return 2;
    }
    Options options;
    options.breakdown = !parser.isSet(noBreakdown);
    options.pageSize = parser.value(pageSize).toInt(&ok);
    if (!ok || options.pageSize < 1) {
        std::fprintf(stderr, "--page-size must be a positive number\n");
        return 2;
    }
    options.pragmas = parser.values(pragma);
    if (!parser.isSet(verbose)) {
        // The apply engine logs a line per page; that is not what is measured here.
        QLoggingCategory::setFilterRules(QStringLiteral("s15n.*.info=false\ns15n.*.debug=false"));
    }

    QTemporaryDir temporary;
    if (parser.isSet(dirOption)) {
        options.dir = parser.value(dirOption);
        if (!QDir().mkpath(options.dir)) {
            std::fprintf(stderr, "cannot make %s\n", qPrintable(options.dir));
            return 2;
        }
    } else {
        if (!temporary.isValid()) {
            std::fprintf(stderr, "cannot make a temporary folder: %s\n",
                         qPrintable(temporary.errorString()));
            return 2;
        }
        temporary.setAutoRemove(!parser.isSet(keep));
        options.dir = temporary.path();
    }

    QList<qint64> sizes;
    if (!parser.isSet(noSmall))
        sizes.append(rows / 10);
    sizes.append(rows);

    QList<SizeRun> runs;
    bool peakLocal = true;
    for (const qint64 size : sizes) {
        SizeRun run;
        if (!runSize(size, options, run))
            return 1;
        for (const auto &[name, p] : run.phases)
            peakLocal = peakLocal && p.peakIsPhaseLocal;
        runs.append(run);
    }

    ReportSettings settings;
    settings.pageSize = options.pageSize;
    settings.pragmas = options.pragmas;
    settings.dir = options.dir;
    settings.peakIsPhaseLocal = peakLocal;
    if (parser.isSet(json))
        std::fputs(QJsonDocument(exchangeReportJson(runs, settings)).toJson().constData(), stdout);
    else
        std::fputs(exchangeReport(runs, settings).toUtf8().constData(), stdout);
    return 0;
}
