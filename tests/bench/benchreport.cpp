#include "benchreport.h"

#include <QJsonArray>
#include <QTextStream>

#include <sqlite3.h>

#include <algorithm>
#include <functional>

namespace s15n::bench {

namespace {

struct Derived
{
    double exportImport = 0;             // rows / (export + import)
    double stampExportImport = 0;        // rows / (stamp + export + import)
    double captureStampExportImport = 0; // rows / (capture insert + stamp + export + import)
};

Derived derive(const SizeRun &run)
{
    Derived d;
    const Phase *stamp = run.phase("stamp");
    const Phase *exp = run.phase("export");
    const Phase *imp = run.phase("import");
    const Phase *capture = run.phase("qt-capture");
    if (exp && imp && stamp && capture) {
        const double ei = exp->seconds + imp->seconds;
        const double n = static_cast<double>(run.rows);
        d.exportImport = ei > 0 ? n / ei : 0;
        d.stampExportImport = n / (ei + stamp->seconds);
        d.captureStampExportImport = n / (ei + stamp->seconds + capture->seconds);
    }
    return d;
}

double ratio(double a, double b)
{
    return b > 0 ? a / b : 0;
}

QString rateText(double rate)
{
    return rate >= 1e6 ? QStringLiteral("%1M").arg(rate / 1e6, 0, 'f', 2)
                       : QStringLiteral("%1k").arg(rate / 1e3, 0, 'f', 1);
}

QString mb(qint64 kb)
{
    return QString::number(static_cast<double>(kb) / 1024.0, 'f', 1);
}

const char *const kPhaseOrder[] = {
    "generate", "c-plain", "c-indexed",   "qt-plain",     "qt-indexed",   "qt-capture",  "stamp",
    "export",   "import",  "export-read", "import-parse", "xml-read",     "xml-copy",
    "capture-fill", "add-existing"};

const char *describePhase(const QString &name)
{
    static const std::map<QString, const char *> text{
        {QStringLiteral("generate"), "make the rows (no database)"},
        {QStringLiteral("c-plain"), "sqlite3 C API insert [baseline]"},
        {QStringLiteral("c-indexed"), "sqlite3 C API insert + uuid index"},
        {QStringLiteral("qt-plain"), "QSqlQuery insert, plain table"},
        {QStringLiteral("qt-indexed"), "QSqlQuery insert + uuid index"},
        {QStringLiteral("qt-capture"), "QSqlQuery insert, capture triggers"},
        {QStringLiteral("stamp"), "ChangeStamper::stamp()"},
        {QStringLiteral("export"), "Exporter::exportTo (file)"},
        {QStringLiteral("import"), "Importer::importFrom (file)"},
        {QStringLiteral("export-read"), "  of export: readPage only (SQL)"},
        {QStringLiteral("import-parse"), "  of import: PageReader only (XML)"},
        {QStringLiteral("xml-read"), "  QXmlStreamReader alone, same file"},
        {QStringLiteral("xml-copy"), "  ...+QXmlStreamWriter (ceiling)"},
        {QStringLiteral("capture-fill"), "capture insert, trigger makes uuid"},
        {QStringLiteral("add-existing"), "ResourceStore::add on filled table"}};
    const auto it = text.find(name);
    return it == text.end() ? "" : it->second;
}

} // namespace

QString exchangeReport(const QList<SizeRun> &runs, const ReportSettings &settings)
{
    constexpr int kLabel = 48;
    constexpr int kColumn = 47;
    QString text;
    QTextStream out(&text);
    out << "s15n exchange benchmark: SQLite (WAL, synchronous=NORMAL), 10 columns per row "
           "(integer key, uuid, 2 text, 2 integer, 2 real, 2 blob), one transaction per insert "
           "phase\n";
    out << "SQLite " << sqlite3_libversion() << ", Qt " << qVersion() << ", export page size "
        << settings.pageSize << ", extra pragmas: "
        << (settings.pragmas.isEmpty() ? QStringLiteral("none (engine defaults)")
                                       : settings.pragmas.join(QStringLiteral(", ")))
        << ", files in " << settings.dir << "\n";
    out << "rows/s by wall clock; cpu% = process CPU time / wall time; rows/cpu-s = rows per "
           "CPU second (steadier when other work shares the machine)\n";
    out << "peak+MB = the phase's own peak RSS minus RSS at its start"
        << (settings.peakIsPhaseLocal
                ? " (VmHWM reset before each phase)\n"
                : " (WARNING: VmHWM could not be reset: process-wide high-water mark)\n");
    out << "\n";

    out << QStringLiteral("%1").arg(QStringLiteral("phase"), -kLabel);
    for (const SizeRun &run : runs)
        out << QStringLiteral(" | %1").arg(QStringLiteral("rows=%1").arg(run.rows), -kColumn);
    out << "\n";
    out << QStringLiteral("%1").arg(QString(), -kLabel);
    for (int i = 0; i < runs.size(); ++i)
        out << QStringLiteral(" | %1 %2 %3 %4 %5 %6")
                   .arg(QStringLiteral("rows/s"), 8)
                   .arg(QStringLiteral("sec"), 7)
                   .arg(QStringLiteral("cpu%"), 4)
                   .arg(QStringLiteral("rows/cpu-s"), 10)
                   .arg(QStringLiteral("peak+MB"), 7)
                   .arg(QStringLiteral("RSS MB"), 6);
    out << "\n" << QString(kLabel + runs.size() * (kColumn + 3), QLatin1Char('-')) << "\n";
    for (const char *name : kPhaseOrder) {
        const QString key = QString::fromLatin1(name);
        bool any = false;
        for (const SizeRun &run : runs)
            any = any || run.phase(name);
        if (!any)
            continue;
        out << QStringLiteral("%1").arg(
            QStringLiteral("%1 %2").arg(key, -12).arg(QLatin1String(describePhase(key))), -kLabel);
        for (const SizeRun &run : runs) {
            const Phase *p = run.phase(name);
            if (!p) {
                out << QStringLiteral(" | %1").arg(QString(), -kColumn);
                continue;
            }
            out << QStringLiteral(" | %1 %2 %3 %4 %5 %6")
                       .arg(rateText(p->rate()), 8)
                       .arg(p->seconds, 7, 'f', 2)
                       .arg(qRound(100 * ratio(p->cpu, p->seconds)), 4)
                       .arg(rateText(ratio(static_cast<double>(p->rows), p->cpu)), 10)
                       .arg(mb(p->peakGrowthKb()), 7)
                       .arg(mb(p->rssEndKb), 6);
        }
        out << "\n";
    }
    out << "\n";

    const auto line = [&](const QString &label, const std::function<QString(const SizeRun &)> &f) {
        out << QStringLiteral("%1").arg(label, -50);
        for (const SizeRun &run : runs)
            out << QStringLiteral(" | %1").arg(f(run), -24);
        out << "\n";
    };
    const auto rateOf = [](const SizeRun &run, const char *name) {
        const Phase *p = run.phase(name);
        return p ? p->rate() : 0.0;
    };
    const auto percent = [](double value) -> QString {
        return QStringLiteral("%1 %").arg(100 * value, 0, 'f', 1);
    };
    out << QStringLiteral("%1").arg(QStringLiteral("derived"), -50);
    for (const SizeRun &run : runs)
        out << QStringLiteral(" | %1").arg(QStringLiteral("rows=%1").arg(run.rows), -24);
    out << "\n" << QString(50 + runs.size() * 27, QLatin1Char('-')) << "\n";
    line(QStringLiteral("export+import end to end, rows/s"),
         [&](const SizeRun &r) -> QString { return rateText(derive(r).exportImport); });
    line(QStringLiteral("stamp+export+import, rows/s"),
         [&](const SizeRun &r) -> QString { return rateText(derive(r).stampExportImport); });
    line(QStringLiteral("capture insert+stamp+export+import, rows/s"),
         [&](const SizeRun &r) -> QString { return rateText(derive(r).captureStampExportImport); });
    line(QStringLiteral("export+import / C baseline (target >= 50 %)"),
         [&](const SizeRun &r) -> QString {
             const double v = ratio(derive(r).exportImport, rateOf(r, "c-plain"));
             return percent(v) + (v >= 0.5 ? QStringLiteral("  met") : QStringLiteral("  NOT met"));
         });
    line(QStringLiteral("  the same by CPU time"), [&](const SizeRun &r) -> QString {
        const Phase *e = r.phase("export");
        const Phase *i = r.phase("import");
        const Phase *c = r.phase("c-plain");
        if (!e || !i || !c)
            return QString();
        return percent(ratio(c->cpu, e->cpu + i->cpu));
    });
    line(QStringLiteral("XML alone read+write (xml-copy) / C baseline"),
         [&](const SizeRun &r) -> QString {
             const double v = ratio(rateOf(r, "xml-copy"), rateOf(r, "c-plain"));
             return r.phase("xml-copy") ? percent(v) + QStringLiteral("  (ceiling)") : QString();
         });
    line(QStringLiteral("stamp+export+import / C baseline"), [&](const SizeRun &r) -> QString {
        return percent(ratio(derive(r).stampExportImport, rateOf(r, "c-plain")));
    });
    line(QStringLiteral("export+import / C insert with uuid index"),
         [&](const SizeRun &r) -> QString {
             return percent(ratio(derive(r).exportImport, rateOf(r, "c-indexed")));
         });
    line(QStringLiteral("import / C baseline"), [&](const SizeRun &r) -> QString {
        return percent(ratio(rateOf(r, "import"), rateOf(r, "c-plain")));
    });
    line(QStringLiteral("capture insert / plain insert (Qt)"), [&](const SizeRun &r) -> QString {
        return percent(ratio(rateOf(r, "qt-capture"), rateOf(r, "qt-plain")));
    });
    line(QStringLiteral("capture insert / indexed insert (Qt)"), [&](const SizeRun &r) -> QString {
        return percent(ratio(rateOf(r, "qt-capture"), rateOf(r, "qt-indexed")));
    });
    line(QStringLiteral("capture insert+stamp / plain insert (Qt)"),
         [&](const SizeRun &r) -> QString {
             const Phase *c = r.phase("qt-capture");
             const Phase *s = r.phase("stamp");
             const double both =
                 c && s ? static_cast<double>(r.rows) / (c->seconds + s->seconds) : 0;
             return percent(ratio(both, rateOf(r, "qt-plain")));
         });
    line(QStringLiteral("plain insert Qt / C"), [&](const SizeRun &r) -> QString {
        return percent(ratio(rateOf(r, "qt-plain"), rateOf(r, "c-plain")));
    });
    line(QStringLiteral("export file: MB, bytes/row, pages"), [&](const SizeRun &r) -> QString {
        return QStringLiteral("%1, %2, %3")
            .arg(static_cast<double>(r.exportBytes) / 1048576.0, 0, 'f', 1)
            .arg(r.rows ? r.exportBytes / r.rows : 0)
            .arg(r.exportPages);
    });
    line(QStringLiteral("largest phase peak+MB (which)"), [&](const SizeRun &r) -> QString {
        const Phase *top = nullptr;
        for (const auto &[name, p] : r.phases) {
            if (!top || p.peakGrowthKb() > top->peakGrowthKb())
                top = &p;
        }
        return top ? QStringLiteral("%1 (%2)").arg(mb(top->peakGrowthKb()), top->name) : QString();
    });
    line(QStringLiteral("process VmHWM so far, MB"), [&](const SizeRun &r) -> QString {
        qint64 hwm = 0;
        for (const auto &[name, p] : r.phases)
            hwm = std::max(hwm, p.peakKb);
        return mb(hwm);
    });
    out << "\nI/O per phase (system-call bytes, /proc/self/io): written MB, written bytes per row; "
           "read MB\n";
    for (const char *name : kPhaseOrder) {
        bool any = false;
        for (const SizeRun &run : runs)
            any = any || run.phase(name);
        if (!any)
            continue;
        out << QStringLiteral("  %1").arg(QLatin1String(name), -13);
        for (const SizeRun &run : runs) {
            const Phase *p = run.phase(name);
            if (!p) {
                out << QStringLiteral(" | %1").arg(QString(), -30);
                continue;
            }
            out << QStringLiteral(" | w %1 MB %2 B/row, r %3 MB")
                       .arg(static_cast<double>(p->writtenBytes) / 1048576.0, 7, 'f', 1)
                       .arg(p->rows ? p->writtenBytes / p->rows : 0, 6)
                       .arg(static_cast<double>(p->readBytes) / 1048576.0, 7, 'f', 1);
        }
        out << "\n";
    }
    if (runs.size() == 2) {
        // A phase whose memory does not depend on the row count grows by ~0 MB per 100k rows.
        out << "\nmemory vs rows: phase peak+MB at rows=" << runs[0].rows
            << " and rows=" << runs[1].rows << ", and the growth per 100k more rows (~0 = flat)\n";
        if (runs[0].rows < 50000)
            out << "  (below ~50k rows SQLite's own page cache, ~2 MB a connection, is still "
                   "filling: read these as noise)\n";
        const double extra = static_cast<double>(runs[1].rows - runs[0].rows) / 100000.0;
        for (const char *name : kPhaseOrder) {
            const Phase *small = runs[0].phase(name);
            const Phase *big = runs[1].phase(name);
            if (!small || !big)
                continue;
            const double perStep =
                static_cast<double>(big->peakGrowthKb() - small->peakGrowthKb()) / 1024.0 / extra;
            out << QStringLiteral("  %1 %2 MB -> %3 MB   %4 MB per 100k rows\n")
                       .arg(QLatin1String(name), -13)
                       .arg(mb(small->peakGrowthKb()), 7)
                       .arg(mb(big->peakGrowthKb()), 7)
                       .arg(perStep, 6, 'f', 2);
        }
    }
    out.flush();
    return text;
}

namespace {

QJsonObject toJson(const SizeRun &run)
{
    QJsonObject phases;
    for (const auto &[name, p] : run.phases) {
        phases.insert(name, QJsonObject{{QStringLiteral("rows"), p.rows},
                                        {QStringLiteral("seconds"), p.seconds},
                                        {QStringLiteral("rows_per_second"), p.rate()},
                                        {QStringLiteral("cpu_seconds"), p.cpu},
                                        {QStringLiteral("rss_start_kb"), p.rssStartKb},
                                        {QStringLiteral("rss_end_kb"), p.rssEndKb},
                                        {QStringLiteral("peak_kb"), p.peakKb},
                                        {QStringLiteral("peak_growth_kb"), p.peakGrowthKb()},
                                        {QStringLiteral("peak_is_phase_local"), p.peakIsPhaseLocal},
                                        {QStringLiteral("read_bytes"), p.readBytes},
                                        {QStringLiteral("written_bytes"), p.writtenBytes}});
    }
    const Derived d = derive(run);
    const Phase *baseline = run.phase("c-plain");
    const double base = baseline ? baseline->rate() : 0;
    const auto rateOf = [&](const char *name) {
        const Phase *p = run.phase(name);
        return p ? p->rate() : 0.0;
    };
    return QJsonObject{
        {QStringLiteral("rows"), run.rows},
        {QStringLiteral("phases"), phases},
        {QStringLiteral("export_bytes"), run.exportBytes},
        {QStringLiteral("export_pages"), run.exportPages},
        {QStringLiteral("export_import_rows_per_second"), d.exportImport},
        {QStringLiteral("stamp_export_import_rows_per_second"), d.stampExportImport},
        {QStringLiteral("export_import_vs_baseline"), ratio(d.exportImport, base)},
        {QStringLiteral("stamp_export_import_vs_baseline"), ratio(d.stampExportImport, base)},
        {QStringLiteral("xml_format_ceiling_vs_baseline"), ratio(rateOf("xml-copy"), base)},
        {QStringLiteral("capture_vs_plain_insert"),
         ratio(rateOf("qt-capture"), rateOf("qt-plain"))},
        {QStringLiteral("capture_vs_indexed_insert"),
         ratio(rateOf("qt-capture"), rateOf("qt-indexed"))}};
}

} // namespace

QJsonObject exchangeReportJson(const QList<SizeRun> &runs, const ReportSettings &settings)
{
    QJsonArray array;
    for (const SizeRun &run : runs)
        array.append(toJson(run));
    return QJsonObject{
        {QStringLiteral("benchmark"), QStringLiteral("exchange")},
        {QStringLiteral("database"), QStringLiteral("sqlite")},
        {QStringLiteral("columns"), 10},
        {QStringLiteral("sqlite_version"), QString::fromLatin1(sqlite3_libversion())},
        {QStringLiteral("qt_version"), QString::fromLatin1(qVersion())},
        {QStringLiteral("peak_is_phase_local"), settings.peakIsPhaseLocal},
        {QStringLiteral("page_size"), settings.pageSize},
        {QStringLiteral("pragmas"), QJsonArray::fromStringList(settings.pragmas)},
        {QStringLiteral("runs"), array}};
}

} // namespace s15n::bench
