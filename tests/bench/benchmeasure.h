#pragma once

// Building blocks of the benchmarks: the same rows for every phase, and phases measured for
// wall time, CPU time and memory.

#include <QString>
#include <QtGlobal>

#include <functional>
#include <map>

namespace s15n::bench {

// One row of the benchmark table: an integer key, a random (version 4) UUID, two texts, two
// integers, two reals and two blobs. Made from its index alone, so no phase holds the data set.
struct Row
{
    qint64 id = 0;
    char uuid[37] = {};
    char name[32] = {};
    int nameLength = 0;
    char email[48] = {};
    int emailLength = 0;
    qint64 quantity = 0;
    qint64 score = 0;
    double price = 0;
    double ratio = 0;
    unsigned char payload[32] = {};
    unsigned char thumb[16] = {};
};

// Fills *row with row number `index` (0-based; its key is index + 1).
void makeRow(qint64 index, Row *row);

// One measured phase. Memory: before it the heap is trimmed and the kernel's peak-RSS mark is
// reset (/proc/self/clear_refs, "5"), so peakKb is the phase's own peak; where the reset is
// refused it is the process-wide VmHWM, and peakIsPhaseLocal says so.
struct Phase
{
    QString name;
    qint64 rows = 0;
    double seconds = 0;
    double cpu = 0;
    qint64 rssStartKb = 0;
    qint64 rssEndKb = 0;
    qint64 peakKb = 0; // the phase's own peak RSS (process-wide if the reset was refused)
    bool peakIsPhaseLocal = false;
    qint64 readBytes = 0;    // asked of read system calls (/proc/self/io rchar)
    qint64 writtenBytes = 0; // handed to write system calls (wchar): WAL, database, files

    double rate() const { return seconds > 0 ? static_cast<double>(rows) / seconds : 0; }
    qint64 peakGrowthKb() const { return peakKb - rssStartKb; }
};

// Every phase at one row count.
struct SizeRun
{
    qint64 rows = 0;
    std::map<QString, Phase> phases;
    qint64 exportBytes = 0;
    qint64 exportPages = 0;

    const Phase *phase(const char *name) const
    {
        const auto it = phases.find(QString::fromLatin1(name));
        return it == phases.end() ? nullptr : &it->second;
    }
};

// Runs `work` as one measured phase of `run` and records it there. `work` returns an empty
// string on success, else what failed (printed; the phase is then not recorded).
bool measure(SizeRun &run, const char *name, qint64 rows, const std::function<QString()> &work);

} // namespace s15n::bench
