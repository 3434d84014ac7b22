// The pure schedule functions (Schedule): when a job is next due given its fields, runs done
// and the time; when it is due and when finished (repeat reached, end time, disabled); the
// run timeout and stale claims; and the durations and times the command line reads.

#include "schedule/schedule.h"

#include <QTest>

#include <climits>
#include <ctime>

using namespace s15n;

namespace {

constexpr qint64 kNone = LLONG_MIN; // "no time" in the tables

// Monday 23 November 2026, 10:00 UTC; the tables count seconds (or ms) from it.
QDateTime base()
{
    return QDateTime(QDate(2026, 11, 23), QTime(10, 0), Qt::UTC);
}

QDateTime at(qint64 seconds)
{
    return seconds == kNone ? QDateTime() : base().addSecs(seconds);
}

} // namespace

class TestSchedule : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void nextRun_data();
    void nextRun();
    void timeouts_data();
    void timeouts();
    void parseDuration_data();
    void parseDuration();
    void formatDuration_data();
    void formatDuration();
    void parseTime_data();
    void parseTime();
};

void TestSchedule::initTestCase()
{
    // Local times must differ from UTC for the local-time rows to mean anything:
    // India, +05:30 all year.
    qputenv("TZ", "Asia/Kolkata");
    tzset();
    QCOMPARE(QDateTime(QDate(2026, 11, 23), QTime(10, 0)).toUTC().time(), QTime(4, 30));
}

void TestSchedule::nextRun_data()
{
    QTest::addColumn<bool>("enabled");
    QTest::addColumn<qint64>("start");
    QTest::addColumn<qint64>("end");
    QTest::addColumn<int>("repeat");
    QTest::addColumn<qint64>("every");
    QTest::addColumn<int>("runs");
    QTest::addColumn<qint64>("lastRun");
    QTest::addColumn<qint64>("now");
    QTest::addColumn<qint64>("next"); // kNone: no next run
    QTest::addColumn<bool>("due");
    QTest::addColumn<bool>("finished");

    // enabled, start, end, repeat, every, runs, last run, now -> next, due, finished
    QTest::newRow("start in the future")
        << true << 3600LL << kNone << 0 << 60LL << 0 << kNone << 0LL << 3600LL << false << false;
    QTest::newRow("a second before the start") // due at the start, not a moment before
        << true << 1LL << kNone << 0 << 60LL << 0 << kNone << 0LL << 1LL << false << false;
    QTest::newRow("start reached")
        << true << 0LL << kNone << 0 << 60LL << 0 << kNone << 0LL << 0LL << true << false;
    QTest::newRow("start long past, never run: due once, at once")
        << true << -7200LL << kNone << 0 << 60LL << 0 << kNone << 0LL << -7200LL << true << false;
    QTest::newRow("after a run: the next slot")
        << true << 0LL << kNone << 0 << 60LL << 1 << 0LL << 30LL << 60LL << false << false;
    QTest::newRow("a run that started late keeps the grid")
        << true << 0LL << kNone << 0 << 60LL << 1 << 2LL << 59LL << 60LL << false << false;
    QTest::newRow("next slot reached")
        << true << 0LL << kNone << 0 << 60LL << 1 << 2LL << 60LL << 60LL << true << false;
    QTest::newRow("missed slots are made up once, not one by one")
        << true << 0LL << kNone << 0 << 60LL << 1 << 0LL << 3600LL << 60LL << true << false;
    QTest::newRow("after the make-up run: the slot after it")
        << true << 0LL << kNone << 0 << 60LL << 2 << 3600LL << 3601LL << 3660LL << false << false;
    QTest::newRow("a run that took longer than every: due at once")
        << true << 0LL << kNone << 0 << 60LL << 1 << 0LL << 90LL << 60LL << true << false;
    QTest::newRow("repeat 3, two runs done")
        << true << 0LL << kNone << 3 << 60LL << 2 << 60LL << 120LL << 120LL << true << false;
    QTest::newRow("repeat 3 reached")
        << true << 0LL << kNone << 3 << 60LL << 3 << 120LL << 180LL << kNone << false << true;
    QTest::newRow("repeat 1 reached after the first run")
        << true << 0LL << kNone << 1 << 60LL << 1 << 0LL << 5LL << kNone << false << true;
    QTest::newRow("repeat 0 has no limit") << true << 0LL << kNone << 0 << 60LL << 100000
                                           << 5999940LL << 6000000LL << 6000000LL << true << false;
    QTest::newRow("end later: runs")
        << true << 0LL << 121LL << 0 << 60LL << 2 << 60LL << 120LL << 120LL << true << false;
    QTest::newRow("next slot at the end time: finished")
        << true << 0LL << 120LL << 0 << 60LL << 2 << 60LL << 100LL << kNone << false << true;
    QTest::newRow("now at the end time: finished, though a slot was missed")
        << true << 0LL << 100LL << 0 << 60LL << 1 << 0LL << 100LL << kNone << false << true;
    QTest::newRow("start before end, not yet started")
        << true << 10LL << 20LL << 0 << 60LL << 0 << kNone << 5LL << 10LL << false << false;
    QTest::newRow("only run before the end: due")
        << true << 10LL << 20LL << 0 << 60LL << 0 << kNone << 19LL << 10LL << true << false;
    QTest::newRow("after the only run before the end: finished")
        << true << 10LL << 20LL << 0 << 60LL << 1 << 10LL << 15LL << kNone << false << true;
    QTest::newRow("disabled: never due, not finished")
        << false << 0LL << kNone << 0 << 60LL << 0 << kNone << 0LL << kNone << false << false;
    QTest::newRow("disabled after runs")
        << false << 0LL << kNone << 0 << 60LL << 5 << 240LL << 400LL << kNone << false << false;
    QTest::newRow("disabled and repeat reached: finished")
        << false << 0LL << kNone << 2 << 60LL << 2 << 60LL << 400LL << kNone << false << true;
    QTest::newRow("start moved past the last run: the new start")
        << true << 3600LL << kNone << 0 << 60LL << 3 << 0LL << 10LL << 3600LL << false << false;
    QTest::newRow("every day") << true << 0LL << kNone << 0 << 86400LL << 1 << 5LL << 86399LL
                               << 86400LL << false << false;
}

void TestSchedule::nextRun()
{
    QFETCH(bool, enabled);
    QFETCH(qint64, start);
    QFETCH(qint64, end);
    QFETCH(int, repeat);
    QFETCH(qint64, every);
    QFETCH(int, runs);
    QFETCH(qint64, lastRun);
    QFETCH(qint64, now);
    QFETCH(qint64, next);
    QFETCH(bool, due);
    QFETCH(bool, finished);

    Job job;
    job.id = 1;
    job.repository = QStringLiteral("parent");
    job.enabled = enabled;
    job.startAt = at(start);
    job.endAt = at(end);
    job.repeat = repeat;
    job.everySeconds = every;
    job.timeoutSeconds = 30;
    job.runs = runs;
    job.lastRunAt = at(lastRun);
    const QDateTime time = at(now);

    const std::optional<QDateTime> computed = Schedule::nextRun(job, time);
    if (next == kNone) {
        QVERIFY2(!computed,
                 qPrintable(computed ? computed->toString(Qt::ISODateWithMs) : QString()));
    } else {
        QVERIFY(computed.has_value());
        QCOMPARE(*computed, at(next));
    }
    QCOMPARE(Schedule::isDue(job, time), due);
    QCOMPARE(Schedule::isFinished(job, time), finished);
    // A due job's next run is never in the future; an undue job's is.
    if (computed)
        QCOMPARE(*computed <= time, due);
    // A run never starts at or after the end time.
    if (computed && job.endAt.isValid())
        QVERIFY(*computed < job.endAt);
}

void TestSchedule::timeouts_data()
{
    QTest::addColumn<qint64>("timeout");      // seconds
    QTest::addColumn<qint64>("runningSince"); // ms from base; kNone: no claim
    QTest::addColumn<qint64>("now");          // ms from base
    QTest::addColumn<bool>("timedOut");
    QTest::addColumn<bool>("stale");

    const qint64 margin = Schedule::kStaleClaimMarginSeconds * 1000;
    QTest::newRow("not claimed") << 60LL << kNone << 100000LL << false << false;
    QTest::newRow("just started") << 60LL << 0LL << 0LL << false << false;
    QTest::newRow("a ms before the timeout") << 60LL << 0LL << 59999LL << false << false;
    QTest::newRow("at the timeout") << 60LL << 0LL << 60000LL << true << false;
    QTest::newRow("timeout plus margin: not stale yet")
        << 60LL << 0LL << 60000LL + margin << true << false;
    QTest::newRow("a ms past timeout plus margin: stale")
        << 60LL << 0LL << 60001LL + margin << true << true;
    QTest::newRow("timeout 1 s") << 1LL << 5000LL << 6000LL << true << false;
    QTest::newRow("long timeout, old claim still valid")
        << 7200LL << 0LL << 3600000LL << false << false;
    QTest::newRow("claim from the future (clock skew)") << 60LL << 5000LL << 0LL << false << false;
}

void TestSchedule::timeouts()
{
    QFETCH(qint64, timeout);
    QFETCH(qint64, runningSince);
    QFETCH(qint64, now);
    QFETCH(bool, timedOut);
    QFETCH(bool, stale);
    Job job;
    job.timeoutSeconds = timeout;
    job.runningSince = runningSince == kNone ? QDateTime() : base().addMSecs(runningSince);
    const QDateTime time = base().addMSecs(now);
    QCOMPARE(Schedule::isTimedOut(job, job.runningSince, time), timedOut);
    QCOMPARE(Schedule::isClaimStale(job, time), stale);
}

void TestSchedule::parseDuration_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<qint64>("seconds"); // -1: refused

    QTest::newRow("30s") << QStringLiteral("30s") << 30LL;
    QTest::newRow("15m") << QStringLiteral("15m") << 900LL;
    QTest::newRow("2h") << QStringLiteral("2h") << 7200LL;
    QTest::newRow("1d") << QStringLiteral("1d") << 86400LL;
    QTest::newRow("plain seconds") << QStringLiteral("90") << 90LL;
    QTest::newRow("1h30m") << QStringLiteral("1h30m") << 5400LL;
    QTest::newRow("every unit") << QStringLiteral("1d2h3m4s") << 93784LL;
    QTest::newRow("upper case") << QStringLiteral("2H") << 7200LL;
    QTest::newRow("spaces around") << QStringLiteral(" 45 ") << 45LL;
    QTest::newRow("zero (refused later, by the store)") << QStringLiteral("0") << 0LL;
    QTest::newRow("empty") << QString() << -1LL;
    QTest::newRow("negative") << QStringLiteral("-5") << -1LL;
    QTest::newRow("unknown unit") << QStringLiteral("5x") << -1LL;
    QTest::newRow("unit alone") << QStringLiteral("m") << -1LL;
    QTest::newRow("fraction") << QStringLiteral("1.5h") << -1LL;
    QTest::newRow("units out of order") << QStringLiteral("30m1h") << -1LL;
    QTest::newRow("unit twice") << QStringLiteral("1h1h") << -1LL;
    QTest::newRow("number without unit after one") << QStringLiteral("1h30") << -1LL;
    QTest::newRow("words") << QStringLiteral("hourly") << -1LL;
    QTest::newRow("absurdly large") << QStringLiteral("999999999999d") << -1LL;
    QTest::newRow("too many digits") << QStringLiteral("9999999999999") << -1LL;
}

void TestSchedule::parseDuration()
{
    QFETCH(QString, text);
    QFETCH(qint64, seconds);
    const std::optional<qint64> parsed = Schedule::parseDuration(text);
    if (seconds < 0) {
        QVERIFY2(!parsed, qPrintable(QString::number(parsed.value_or(0))));
        return;
    }
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, seconds);
}

void TestSchedule::formatDuration_data()
{
    QTest::addColumn<qint64>("seconds");
    QTest::addColumn<QString>("text");
    QTest::newRow("0") << 0LL << QStringLiteral("0s");
    QTest::newRow("59") << 59LL << QStringLiteral("59s");
    QTest::newRow("90") << 90LL << QStringLiteral("1m30s");
    QTest::newRow("3600") << 3600LL << QStringLiteral("1h");
    QTest::newRow("5400") << 5400LL << QStringLiteral("1h30m");
    QTest::newRow("86400") << 86400LL << QStringLiteral("1d");
    QTest::newRow("93784") << 93784LL << QStringLiteral("1d2h3m4s");
}

void TestSchedule::formatDuration()
{
    QFETCH(qint64, seconds);
    QFETCH(QString, text);
    QCOMPARE(Schedule::formatDuration(seconds), text);
    QCOMPARE(Schedule::parseDuration(text).value_or(-1), seconds); // reads back
}

void TestSchedule::parseTime_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDateTime>("expected"); // invalid: refused

    const QDateTime local = QDateTime(QDate(2026, 11, 23), QTime(10, 0)); // 04:30 UTC here
    QTest::newRow("now") << QStringLiteral("now") << base().addSecs(-12345);
    QTest::newRow("NOW") << QStringLiteral("NOW") << base().addSecs(-12345);
    QTest::newRow("UTC") << QStringLiteral("2026-11-23T10:00Z") << base();
    QTest::newRow("UTC, lower case") << QStringLiteral("2026-11-23t10:00z") << base();
    QTest::newRow("UTC with seconds and ms")
        << QStringLiteral("2026-11-23T10:00:05.250Z") << base().addMSecs(5250);
    QTest::newRow("offset") << QStringLiteral("2026-11-23T12:00+02:00") << base();
    QTest::newRow("negative offset") << QStringLiteral("2026-11-23T05:00-05:00") << base();
    QTest::newRow("space instead of T") << QStringLiteral("2026-11-23 10:00Z") << base();
    QTest::newRow("local time") << QStringLiteral("2026-11-23T10:00") << local.toUTC();
    QTest::newRow("local time with seconds")
        << QStringLiteral("2026-11-23 10:00:30") << local.addSecs(30).toUTC();
    QTest::newRow("date alone: local midnight")
        << QStringLiteral("2026-11-23") << QDateTime(QDate(2026, 11, 23), QTime(0, 0)).toUTC();
    QTest::newRow("words") << QStringLiteral("tomorrow") << QDateTime();
    QTest::newRow("empty") << QString() << QDateTime();
    QTest::newRow("month 13") << QStringLiteral("2026-13-01T10:00") << QDateTime();
    QTest::newRow("hour 25") << QStringLiteral("2026-11-23T25:00") << QDateTime();
    QTest::newRow("day first") << QStringLiteral("23/11/2026 10:00") << QDateTime();
    QTest::newRow("trailing text") << QStringLiteral("2026-11-23T10:00 please") << QDateTime();
}

void TestSchedule::parseTime()
{
    QFETCH(QString, text);
    QFETCH(QDateTime, expected);
    const QDateTime now = base().addSecs(-12345);
    const std::optional<QDateTime> parsed = Schedule::parseTime(text, now);
    if (!expected.isValid()) {
        QVERIFY2(!parsed, qPrintable(parsed ? parsed->toString(Qt::ISODateWithMs) : QString()));
        return;
    }
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, expected);
    QCOMPARE(parsed->timeSpec(), Qt::UTC);
}

QTEST_GUILESS_MAIN(TestSchedule)
#include "tst_schedule.moc"
