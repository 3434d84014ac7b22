// Unit tests for HybridClock: versions follow physical time where clocks agree and stay
// strictly increasing and causal where they do not (design.md, "Versions and conflicts").

#include "version/hybridclock.h"

#include <QDateTime>
#include <QTest>

#include <limits>
#include <memory>

using namespace s15n;

namespace s15n {
char *toString(const Version &v)
{
    return QTest::toString(v.isNull() ? QStringLiteral("<null>") : v.toString());
}
} // namespace s15n

namespace {

const QUuid kLocal = QUuid::fromString(u"{11111111-0000-4000-8000-000000000001}");
const QUuid kRemote = QUuid::fromString(u"{22222222-0000-4000-8000-000000000002}");
constexpr quint16 kCounterMax = std::numeric_limits<quint16>::max();

// A wall clock the test sets by hand.
struct FakeWall
{
    std::shared_ptr<qint64> now = std::make_shared<qint64>(0);
    HybridClock::WallClock function() const
    {
        return [now = now] { return *now; };
    }
    void set(qint64 millis) { *now = millis; }
};

} // namespace

class TestHybridClock : public QObject
{
    Q_OBJECT

private slots:
    void followsWallClock();
    void sameMillisecondCountsUp();
    void monotonic_data();
    void monotonic();
    void counterOverflowBorrowsNextMillisecond();
    void counterOverflowUnderStuckClock();
    void observeFromTheFuture();
    void observeSameMillisecond_data();
    void observeSameMillisecond();
    void observeOlderChangesNothingVisible();
    void observeNullIsIgnored();
    void observeRemoteAtCounterMax();
    void causalityAcrossNodes();
    void restoreContinuesAfterPersistedState();
    void restoreNeverMovesBackwards();
    void eventMillis_data();
    void eventMillis();
    void defaultWallClockIsSystemTime();
};

void TestHybridClock::followsWallClock()
{
    FakeWall wall;
    HybridClock clock(kLocal, wall.function());
    QCOMPARE(clock.node(), kLocal);

    wall.set(1'700'000'000'000);
    QCOMPARE(clock.tick(), (Version{1'700'000'000'000, 0, kLocal}));
    QCOMPARE(clock.millis(), 1'700'000'000'000);
    QCOMPARE(clock.counter(), quint16(0));

    wall.set(1'700'000'000'250);
    QCOMPARE(clock.tick(), (Version{1'700'000'000'250, 0, kLocal}));
}

void TestHybridClock::sameMillisecondCountsUp()
{
    FakeWall wall;
    wall.set(5000);
    HybridClock clock(kLocal, wall.function());
    QCOMPARE(clock.tick(), (Version{5000, 0, kLocal}));
    QCOMPARE(clock.tick(), (Version{5000, 1, kLocal}));
    QCOMPARE(clock.tick(), (Version{5000, 2, kLocal}));
    QCOMPARE(clock.counter(), quint16(2));
    wall.set(5001);
    QCOMPARE(clock.tick(), (Version{5001, 0, kLocal})); // counter resets as time moves on
}

void TestHybridClock::monotonic_data()
{
    // Wall clock readings, one per tick, and the versions (millis, counter) expected.
    QTest::addColumn<QList<qint64>>("readings");
    QTest::addColumn<QList<qint64>>("expectedMillis");
    QTest::addColumn<QList<int>>("expectedCounters");

    QTest::newRow("steady") << QList<qint64>{10, 20, 30} << QList<qint64>{10, 20, 30}
                            << QList<int>{0, 0, 0};
    QTest::newRow("clock set back")
        << QList<qint64>{5000, 4000, 4000, 5000, 5001}
        << QList<qint64>{5000, 5000, 5000, 5000, 5001} << QList<int>{0, 1, 2, 3, 0};
    QTest::newRow("clock jumps back a day")
        << QList<qint64>{86'400'000 + 10, 10, 20, 86'400'000 + 11}
        << QList<qint64>{86'400'010, 86'400'010, 86'400'010, 86'400'011} << QList<int>{0, 1, 2, 0};
    QTest::newRow("clock stuck") << QList<qint64>{7, 7, 7, 7} << QList<qint64>{7, 7, 7, 7}
                                 << QList<int>{0, 1, 2, 3};
    QTest::newRow("back then forward past")
        << QList<qint64>{100, 50, 60, 101, 99} << QList<qint64>{100, 100, 100, 101, 101}
        << QList<int>{0, 1, 2, 0, 1};
}

void TestHybridClock::monotonic()
{
    QFETCH(QList<qint64>, readings);
    QFETCH(QList<qint64>, expectedMillis);
    QFETCH(QList<int>, expectedCounters);

    FakeWall wall;
    HybridClock clock(kLocal, wall.function());
    Version previous;
    for (qsizetype i = 0; i < readings.size(); ++i) {
        wall.set(readings.at(i));
        const Version version = clock.tick();
        QCOMPARE(version, (Version{expectedMillis.at(i), quint16(expectedCounters.at(i)), kLocal}));
        if (i > 0)
            QVERIFY2(previous < version, qPrintable(QString::number(i)));
        previous = version;
    }
}

void TestHybridClock::counterOverflowBorrowsNextMillisecond()
{
    FakeWall wall;
    wall.set(1000);
    HybridClock clock(kLocal, wall.function());
    clock.restore(1000, kCounterMax - 1);
    const Version last = clock.tick();
    QCOMPARE(last, (Version{1000, kCounterMax, kLocal}));
    const Version borrowed = clock.tick();
    QVERIFY(last < borrowed);
    QCOMPARE(borrowed, (Version{1001, 0, kLocal}));
    // When the wall clock reaches the borrowed millisecond, versions keep increasing.
    wall.set(1001);
    const Version next = clock.tick();
    QVERIFY(borrowed < next);
    QCOMPARE(next, (Version{1001, 1, kLocal}));
}

void TestHybridClock::counterOverflowUnderStuckClock()
{
    // More ticks within one wall-clock millisecond than the counter can count.
    FakeWall wall;
    wall.set(42);
    HybridClock clock(kLocal, wall.function());
    Version previous = clock.tick();
    const int ticks = 2 * (int(kCounterMax) + 1) + 10;
    for (int i = 0; i < ticks; ++i) {
        const Version version = clock.tick();
        if (!(previous < version))
            QFAIL(qPrintable(QStringLiteral("tick %1: %2 not after %3")
                                 .arg(i)
                                 .arg(version.toString(), previous.toString())));
        previous = version;
    }
    QCOMPARE(previous.millis, 44); // borrowed two milliseconds
}

void TestHybridClock::observeFromTheFuture()
{
    FakeWall wall;
    wall.set(1000);
    HybridClock clock(kLocal, wall.function());
    clock.tick();

    const Version remote{50'000, 7, kRemote}; // a peer whose clock runs far ahead
    clock.observe(remote);
    const Version local = clock.tick();
    QVERIFY(remote < local);
    QCOMPARE(local, (Version{50'000, 9, kLocal}));
    // Later ticks stay ahead of the remote version although our wall clock is behind.
    wall.set(2000);
    QVERIFY(local < clock.tick());
    // Once our wall clock passes it, versions follow physical time again.
    wall.set(60'000);
    QCOMPARE(clock.tick(), (Version{60'000, 0, kLocal}));
}

void TestHybridClock::observeSameMillisecond_data()
{
    QTest::addColumn<quint16>("localCounter");
    QTest::addColumn<quint16>("remoteCounter");

    QTest::newRow("remote counter higher") << quint16(2) << quint16(40);
    QTest::newRow("remote counter lower") << quint16(40) << quint16(2);
    QTest::newRow("equal counters") << quint16(5) << quint16(5);
}

void TestHybridClock::observeSameMillisecond()
{
    QFETCH(quint16, localCounter);
    QFETCH(quint16, remoteCounter);

    FakeWall wall;
    wall.set(900); // behind both
    HybridClock clock(kLocal, wall.function());
    clock.restore(1000, localCounter);
    const Version remote{1000, remoteCounter, kRemote};
    clock.observe(remote);
    const Version local = clock.tick();
    QVERIFY(remote < local);
    QVERIFY((Version{1000, localCounter, kLocal}) < local);
    QCOMPARE(local.millis, 1000);
}

void TestHybridClock::observeOlderChangesNothingVisible()
{
    FakeWall wall;
    wall.set(10'000);
    HybridClock clock(kLocal, wall.function());
    const Version before = clock.tick();
    clock.observe(Version{5000, 3, kRemote});
    const Version after = clock.tick();
    QVERIFY(before < after);
    QCOMPARE(after.millis, 10'000);
    wall.set(10'001);
    QCOMPARE(clock.tick(), (Version{10'001, 0, kLocal}));
}

void TestHybridClock::observeNullIsIgnored()
{
    FakeWall wall;
    wall.set(3000);
    HybridClock clock(kLocal, wall.function());
    clock.restore(3000, 4);
    clock.observe(Version());
    QCOMPARE(clock.millis(), 3000);
    QCOMPARE(clock.counter(), quint16(4));
    QCOMPARE(clock.tick(), (Version{3000, 5, kLocal}));
}

void TestHybridClock::observeRemoteAtCounterMax()
{
    FakeWall wall;
    wall.set(1000);
    HybridClock clock(kLocal, wall.function());
    const Version remote{8000, kCounterMax, kRemote};
    clock.observe(remote);
    const Version local = clock.tick();
    QVERIFY(remote < local);
    QVERIFY(local.millis > 8000);
}

void TestHybridClock::causalityAcrossNodes()
{
    // Two nodes with badly skewed clocks pass a row back and forth; every version made
    // after seeing another is greater than it, whichever clock is ahead.
    FakeWall wallA, wallB;
    wallA.set(1'000'000);
    wallB.set(10); // B's clock is years behind
    HybridClock a(kLocal, wallA.function());
    HybridClock b(kRemote, wallB.function());

    Version last = a.tick();
    for (int round = 0; round < 20; ++round) {
        HybridClock &receiver = round % 2 ? a : b;
        receiver.observe(last);
        const Version made = receiver.tick();
        QVERIFY2(last < made, qPrintable(QString::number(round)));
        last = made;
        wallA.set(*wallA.now + 1);
        wallB.set(*wallB.now + 3);
    }
}

void TestHybridClock::restoreContinuesAfterPersistedState()
{
    // After a restart with the wall clock behind the last version this node made, new
    // versions must still be greater than it.
    FakeWall wall;
    wall.set(1000);
    HybridClock clock(kLocal, wall.function());
    clock.restore(5000, 12);
    QCOMPARE(clock.millis(), 5000);
    QCOMPARE(clock.counter(), quint16(12));
    QCOMPARE(clock.tick(), (Version{5000, 13, kLocal}));

    // With the wall clock ahead, physical time wins.
    HybridClock fresh(kLocal, wall.function());
    fresh.restore(500, 3);
    QCOMPARE(fresh.tick(), (Version{1000, 0, kLocal}));
}

void TestHybridClock::restoreNeverMovesBackwards()
{
    FakeWall wall;
    wall.set(100);
    HybridClock clock(kLocal, wall.function());
    clock.restore(9000, 4);
    clock.restore(8000, 50); // an older persisted state must not undo a newer one
    clock.restore(9000, 2);
    QCOMPARE(clock.millis(), 9000);
    QCOMPARE(clock.counter(), quint16(4));
    QCOMPARE(clock.tick(), (Version{9000, 5, kLocal}));
    clock.restore(9000, 30);
    QCOMPARE(clock.tick(), (Version{9000, 31, kLocal}));
}

void TestHybridClock::eventMillis_data()
{
    // `eventMillis` is when the change happened: the version takes that time (so NEWER
    // compares when changes were made, not when they were picked up), unless that would
    // not be greater than what the clock has already made or seen.
    QTest::addColumn<qint64>("wallNow");
    QTest::addColumn<qint64>("clockMillis"); // restored state before the tick
    QTest::addColumn<quint16>("clockCounter");
    QTest::addColumn<qint64>("eventMillis");
    QTest::addColumn<qint64>("expectedMillis");
    QTest::addColumn<quint16>("expectedCounter");

    QTest::newRow("unknown: now") << qint64(5000) << qint64(1000) << quint16(0) << qint64(0)
                                  << qint64(5000) << quint16(0);
    QTest::newRow("picked up later than it happened")
        << qint64(5000) << qint64(1000) << quint16(0) << qint64(3000) << qint64(3000) << quint16(0);
    QTest::newRow("happened at the wall clock's now")
        << qint64(5000) << qint64(1000) << quint16(0) << qint64(5000) << qint64(5000) << quint16(0);
    QTest::newRow("happened before the last version")
        << qint64(5000) << qint64(4000) << quint16(6) << qint64(3000) << qint64(4000) << quint16(7);
    QTest::newRow("happened at the last version's millisecond")
        << qint64(5000) << qint64(4000) << quint16(6) << qint64(4000) << qint64(4000) << quint16(7);
    QTest::newRow("stamped by a clock ahead of ours")
        << qint64(5000) << qint64(1000) << quint16(0) << qint64(7000) << qint64(7000) << quint16(0);
}

void TestHybridClock::eventMillis()
{
    QFETCH(qint64, wallNow);
    QFETCH(qint64, clockMillis);
    QFETCH(quint16, clockCounter);
    QFETCH(qint64, eventMillis);
    QFETCH(qint64, expectedMillis);
    QFETCH(quint16, expectedCounter);

    FakeWall wall;
    wall.set(wallNow);
    HybridClock clock(kLocal, wall.function());
    clock.restore(clockMillis, clockCounter);
    const Version version = clock.tick(eventMillis);
    QCOMPARE(version, (Version{expectedMillis, expectedCounter, kLocal}));
    QVERIFY((Version{clockMillis, clockCounter, kLocal}) < version);
    // Whatever the event time, the next version is greater still.
    QVERIFY(version < clock.tick(eventMillis));
    QVERIFY(version < clock.tick());
}

void TestHybridClock::defaultWallClockIsSystemTime()
{
    HybridClock clock(kLocal);
    const qint64 before = QDateTime::currentMSecsSinceEpoch();
    const Version version = clock.tick();
    const qint64 after = QDateTime::currentMSecsSinceEpoch();
    QVERIFY2(version.millis >= before && version.millis <= after, qPrintable(version.toString()));
    QCOMPARE(version.node, kLocal);
}

QTEST_APPLESS_MAIN(TestHybridClock)
#include "tst_hybridclock.moc"
