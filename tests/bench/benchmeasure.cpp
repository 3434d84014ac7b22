#include "benchmeasure.h"

#include <QElapsedTimer>
#include <QFile>

#include <malloc.h>
#include <time.h>

#include <cstdio>

namespace s15n::bench {

namespace {

constexpr quint64 kSeed = 0x5151'2024'0bad'cafeULL;

quint64 splitmix(quint64 &state)
{
    quint64 z = (state += 0x9e3779b97f4a7c15ULL);
    z = (z ^ (z >> 30)) * 0xbf58476d1ce4e5b9ULL;
    z = (z ^ (z >> 27)) * 0x94d049bb133111ebULL;
    return z ^ (z >> 31);
}

} // namespace

void makeRow(qint64 index, Row *row)
{
    quint64 state = kSeed ^ (static_cast<quint64>(index) * 0xd1b54a32d192ed03ULL);
    static const char hex[] = "0123456789abcdef";
    static const char letters[] = "abcdefghijklmnopqrstuvwxyz";
    row->id = index + 1;
    // A random (version 4) UUID, canonical lower case.
    const quint64 a = splitmix(state);
    const quint64 b = splitmix(state);
    unsigned char bytes[16];
    for (int i = 0; i < 8; ++i) {
        bytes[i] = static_cast<unsigned char>(a >> (8 * i));
        bytes[8 + i] = static_cast<unsigned char>(b >> (8 * i));
    }
    bytes[6] = static_cast<unsigned char>((bytes[6] & 0x0f) | 0x40);
    bytes[8] = static_cast<unsigned char>((bytes[8] & 0x3f) | 0x80);
    int at = 0;
    for (int i = 0; i < 16; ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10)
            row->uuid[at++] = '-';
        row->uuid[at++] = hex[bytes[i] >> 4];
        row->uuid[at++] = hex[bytes[i] & 0x0f];
    }
    row->uuid[36] = '\0';

    quint64 r = splitmix(state);
    row->nameLength = 8 + static_cast<int>(r % 17);
    for (int i = 0; i < row->nameLength; ++i) {
        if (i % 8 == 0)
            r = splitmix(state);
        row->name[i] = (i == 6) ? ' ' : letters[(r >> (8 * (i % 8))) % 26];
    }
    r = splitmix(state);
    int e = 0;
    for (int i = 0; i < 10; ++i)
        row->email[e++] = letters[(r >> (6 * i)) % 26];
    static const char *const domains[] = {"@example.com", "@example.org", "@example.net"};
    for (const char *d = domains[r % 3]; *d; ++d)
        row->email[e++] = *d;
    row->emailLength = e;

    row->quantity = static_cast<qint64>(splitmix(state) % 100000);
    row->score = static_cast<qint64>(splitmix(state)) >> 16;
    row->price = static_cast<double>(splitmix(state) % 10000000) / 100.0;
    row->ratio = static_cast<double>(splitmix(state) >> 11) * 0x1.0p-53;
    for (int i = 0; i < 32; i += 8) {
        const quint64 v = splitmix(state);
        for (int j = 0; j < 8; ++j)
            row->payload[i + j] = static_cast<unsigned char>(v >> (8 * j));
    }
    for (int i = 0; i < 16; i += 8) {
        const quint64 v = splitmix(state);
        for (int j = 0; j < 8; ++j)
            row->thumb[i + j] = static_cast<unsigned char>(v >> (8 * j));
    }
}

namespace {

struct Memory
{
    qint64 rssKb = 0;
    qint64 hwmKb = 0;
};

Memory readMemory()
{
    Memory m;
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly | QIODevice::Text))
        return m;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            m.rssKb = line.mid(6).trimmed().split(' ').value(0).toLongLong();
        else if (line.startsWith("VmHWM:"))
            m.hwmKb = line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return m;
}

struct Io
{
    qint64 readBytes = 0;    // rchar: bytes asked of read(), pread()... (page cache or disk)
    qint64 writtenBytes = 0; // wchar: bytes handed to write(), pwrite()...
};

Io readIo()
{
    Io io;
    QFile file(QStringLiteral("/proc/self/io"));
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return io;
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith("rchar:"))
            io.readBytes = line.mid(6).trimmed().toLongLong();
        else if (line.startsWith("wchar:"))
            io.writtenBytes = line.mid(6).trimmed().toLongLong();
    }
    return io;
}

// Resets VmHWM to the current RSS (Linux >= 4.0). False if the kernel refuses.
bool resetPeak()
{
    QFile file(QStringLiteral("/proc/self/clear_refs"));
    if (!file.open(QIODevice::WriteOnly))
        return false;
    return file.write("5") == 1;
}

double cpuSeconds()
{
    timespec ts{};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
    return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) / 1e9;
}

} // namespace

bool measure(SizeRun &run, const char *name, qint64 rows, const std::function<QString()> &work)
{
    std::fprintf(stderr, "[%lld rows] %s...", static_cast<long long>(run.rows), name);
    std::fflush(stderr);
    malloc_trim(0);
    Phase phase;
    phase.name = QString::fromLatin1(name);
    phase.rows = rows;
    phase.peakIsPhaseLocal = resetPeak();
    phase.rssStartKb = readMemory().rssKb;
    const Io io0 = readIo();
    const double cpu0 = cpuSeconds();
    QElapsedTimer timer;
    timer.start();
    const QString error = work();
    phase.seconds = static_cast<double>(timer.nsecsElapsed()) / 1e9;
    phase.cpu = cpuSeconds() - cpu0;
    const Memory after = readMemory();
    phase.rssEndKb = after.rssKb;
    phase.peakKb = after.hwmKb;
    const Io io1 = readIo();
    phase.readBytes = io1.readBytes - io0.readBytes;
    phase.writtenBytes = io1.writtenBytes - io0.writtenBytes;
    if (!error.isEmpty()) {
        std::fprintf(stderr, " FAILED\n%s: %s\n", name, qPrintable(error));
        return false;
    }
    std::fprintf(stderr, " %.2f s\n", phase.seconds);
    run.phases[phase.name] = phase;
    return true;
}

} // namespace s15n::bench
