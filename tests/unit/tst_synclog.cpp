// The sync log (SyncLog), once per backend: every field written comes back, times are stored
// as ISO-8601 UTC text with milliseconds, entries list newest first, filter by repository and
// result, by text (any case, wildcards taken literally) and by id (paging with beforeId), and
// honour the limit; each entry is also emitted on the "s15n.log" category.

#include "log/synclog.h"
#include "nodefixture.h"

#include <QLoggingCategory>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <mutex>

using namespace s15n;
using namespace s15n::test;

namespace {

// Messages caught by captureMessages(): category, type, text.
struct Caught
{
    QString category;
    QtMsgType type;
    QString text;
};
std::mutex g_caughtMutex;
QList<Caught> g_caught;
QtMessageHandler g_previousHandler = nullptr;

void catchMessage(QtMsgType type, const QMessageLogContext &context, const QString &text)
{
    {
        std::lock_guard<std::mutex> lock(g_caughtMutex);
        g_caught.append({QString::fromLatin1(context.category), type, text});
    }
    if (g_previousHandler)
        g_previousHandler(type, context, text);
}

LogEntry entry(const QString &repository, LogResult result, const QString &message)
{
    LogEntry e;
    e.repository = repository;
    e.action = QStringLiteral("pull page");
    e.result = result;
    e.message = message;
    return e;
}

} // namespace

class TestSyncLog : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void backends_data();
    void everyFieldRoundTrips_data() { backends_data(); }
    void everyFieldRoundTrips();
    void timeStoredAsUtcText_data() { backends_data(); }
    void timeStoredAsUtcText();
    void newestFirst_data() { backends_data(); }
    void newestFirst();
    void filters_data() { backends_data(); }
    void filters();
    void textFilter_data() { backends_data(); }
    void textFilter();
    void pagesBeforeId_data() { backends_data(); }
    void pagesBeforeId();
    void emptyLog_data() { backends_data(); }
    void emptyLog();
    void emittedOnCategory_data() { backends_data(); }
    void emittedOnCategory();
    void resultNames_data();
    void resultNames();

private:
    bool setUp(Backend backend);
    QStringList messages(const LogFilter &filter);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Node> m_node;
    DatabaseLocation m_location;
};

void TestSyncLog::initTestCase()
{
    QLoggingCategory::setFilterRules(QStringLiteral("s15n.log=true"));
}

void TestSyncLog::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestSyncLog::cleanup()
{
    m_node.reset();
    if (m_location.kind == DatabaseLocation::Kind::Postgresql) {
        QString error;
        if (!dropPostgresDatabase(m_location.toString(), &error))
            qWarning("could not drop %s: %s", qPrintable(m_location.toString()), qPrintable(error));
    }
    m_location = DatabaseLocation();
    m_dir.reset();
}

void TestSyncLog::backends_data()
{
    QTest::addColumn<Backend>("backend");
    for (Backend b : allBackends())
        QTest::newRow(qPrintable(toString(b))) << b;
}

bool TestSyncLog::setUp(Backend backend)
{
    Result<DatabaseLocation> location = freshLocation(backend, m_dir->path());
    if (!S15N_OK(location))
        return false;
    m_location = location.value();
    Result<std::unique_ptr<Node>> node = Node::create(m_location, QStringLiteral("log"), 0);
    if (!S15N_OK(node))
        return false;
    m_node = std::move(node.value());
    return true;
}

QStringList TestSyncLog::messages(const LogFilter &filter)
{
    QStringList result;
    Result<QList<LogEntry>> listed = SyncLog(m_node->database()).list(filter);
    if (!S15N_OK(listed))
        return {QStringLiteral("<failed>")};
    for (const LogEntry &e : listed.value())
        result << e.message;
    return result;
}

void TestSyncLog::everyFieldRoundTrips()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    QVERIFY(setUp(backend));
    SyncLog log(m_node->database());

    LogEntry e;
    e.at = QDateTime(QDate(2026, 11, 23), QTime(10, 15, 30, 123), Qt::UTC);
    e.repository = QStringLiteral("parent");
    e.peer = QStringLiteral("0b1a8e72-c486-4599-bd57-733ac9e540c9");
    e.resource = QStringLiteral("stock_items");
    e.mode = QStringLiteral("pull");
    e.direction = QStringLiteral("incoming");
    e.action = QStringLiteral("pull page");
    e.result = LogResult::Warning;
    e.remoteError = true;
    e.message = QStringLiteral("Clock skew of 42 s with the parent; l'été, 夏");
    e.received = 1000;
    e.applied = 990;
    e.conflicts = 7;
    e.skipped = 2;
    e.failed = 1;
    e.durationMs = 5000000000LL; // more than 32 bits
    S15N_CHECK(log.write(e));

    Result<QList<LogEntry>> listed = log.list();
    S15N_CHECK(listed);
    QCOMPARE(listed.value().size(), 1);
    const LogEntry &got = listed.value().first();
    QVERIFY(got.id > 0);
    QCOMPARE(got.at, e.at);
    QCOMPARE(got.at.timeSpec(), Qt::UTC);
    QCOMPARE(got.repository, e.repository);
    QCOMPARE(got.peer, e.peer);
    QCOMPARE(got.resource, e.resource);
    QCOMPARE(got.mode, e.mode);
    QCOMPARE(got.direction, e.direction);
    QCOMPARE(got.action, e.action);
    QCOMPARE(got.result, e.result);
    QCOMPARE(got.remoteError, true);
    QCOMPARE(got.message, e.message);
    QCOMPARE(got.received, 1000);
    QCOMPARE(got.applied, 990);
    QCOMPARE(got.conflicts, 7);
    QCOMPARE(got.skipped, 2);
    QCOMPARE(got.failed, 1);
    QCOMPARE(got.durationMs, 5000000000LL);

    // Defaults: no remote error, zero counts, empty texts.
    S15N_CHECK(log.write(entry(QString(), LogResult::Success, QString())));
    listed = log.list();
    S15N_CHECK(listed);
    QCOMPARE(listed.value().size(), 2);
    const LogEntry &plain = listed.value().first();
    QCOMPARE(plain.remoteError, false);
    QCOMPARE(plain.received + plain.applied + plain.conflicts + plain.skipped + plain.failed, 0);
    QVERIFY(plain.repository.isEmpty());
    QVERIFY(plain.peer.isEmpty());
    QCOMPARE(plain.result, LogResult::Success);
}

void TestSyncLog::timeStoredAsUtcText()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    QVERIFY(setUp(backend));
    SyncLog log(m_node->database());

    // Given with an offset: stored as the same instant in UTC.
    LogEntry offset = entry(QStringLiteral("a"), LogResult::Success, QStringLiteral("offset"));
    offset.at = QDateTime(QDate(2026, 7, 1), QTime(12, 0, 0, 5), Qt::OffsetFromUTC, 2 * 3600);
    S15N_CHECK(log.write(offset));
    // Not given: now.
    const QDateTime before = QDateTime::currentDateTimeUtc();
    S15N_CHECK(log.write(entry(QStringLiteral("a"), LogResult::Success, QStringLiteral("now"))));
    const QDateTime after = QDateTime::currentDateTimeUtc();

    Result<QSqlQuery> q =
        m_node->database().exec(QStringLiteral("SELECT logged_at FROM s15n_log ORDER BY id"));
    S15N_CHECK(q);
    QStringList stored;
    while (q.value().next())
        stored << q.value().value(0).toString();
    QCOMPARE(stored.size(), 2);
    QCOMPARE(stored.at(0), QStringLiteral("2026-07-01T10:00:00.005Z"));
    static const QRegularExpression iso(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{3}Z$"));
    QVERIFY2(iso.match(stored.at(1)).hasMatch(), qPrintable(stored.at(1)));
    const QDateTime written = QDateTime::fromString(stored.at(1), Qt::ISODateWithMs);
    QVERIFY2(written >= before && written <= after,
             qPrintable(stored.at(1) + QStringLiteral(" not between ") +
                        before.toString(Qt::ISODateWithMs) + QStringLiteral(" and ") +
                        after.toString(Qt::ISODateWithMs)));

    QCOMPARE(SyncLog::timeToText(QDateTime()), QString());
    QVERIFY(!SyncLog::timeFromText(QString()).isValid());
    QCOMPARE(SyncLog::timeFromText(stored.at(0)), offset.at);
}

void TestSyncLog::newestFirst()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    QVERIFY(setUp(backend));
    SyncLog log(m_node->database());
    for (int i = 1; i <= 5; ++i)
        S15N_CHECK(log.write(
            entry(QStringLiteral("parent"), LogResult::Success, QStringLiteral("m%1").arg(i))));
    QCOMPARE(messages({}),
             (QStringList{QStringLiteral("m5"), QStringLiteral("m4"), QStringLiteral("m3"),
                          QStringLiteral("m2"), QStringLiteral("m1")}));
    LogFilter two;
    two.limit = 2;
    QCOMPARE(messages(two), (QStringList{QStringLiteral("m5"), QStringLiteral("m4")}));
    // Ids grow in the order written.
    Result<QList<LogEntry>> listed = log.list();
    S15N_CHECK(listed);
    for (int i = 1; i < listed.value().size(); ++i)
        QVERIFY(listed.value().at(i - 1).id > listed.value().at(i).id);
}

void TestSyncLog::filters()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    QVERIFY(setUp(backend));
    SyncLog log(m_node->database());
    const QList<LogEntry> entries{
        entry(QStringLiteral("north"), LogResult::Success, QStringLiteral("n1")),
        entry(QStringLiteral("south"), LogResult::Error, QStringLiteral("s1")),
        entry(QStringLiteral("north"), LogResult::Fatal, QStringLiteral("n2")),
        entry(QStringLiteral("north"), LogResult::Error, QStringLiteral("n3")),
        entry(QString(), LogResult::Warning, QStringLiteral("server")),
        entry(QStringLiteral("south"), LogResult::Success, QStringLiteral("s2")),
    };
    for (const LogEntry &e : entries)
        S15N_CHECK(log.write(e));

    LogFilter north;
    north.repository = QStringLiteral("north");
    QCOMPARE(messages(north),
             (QStringList{QStringLiteral("n3"), QStringLiteral("n2"), QStringLiteral("n1")}));
    LogFilter errors;
    errors.result = LogResult::Error;
    QCOMPARE(messages(errors), (QStringList{QStringLiteral("n3"), QStringLiteral("s1")}));
    LogFilter northErrors = north;
    northErrors.result = LogResult::Error;
    QCOMPARE(messages(northErrors), QStringList{QStringLiteral("n3")});
    LogFilter warnings;
    warnings.result = LogResult::Warning;
    QCOMPARE(messages(warnings), QStringList{QStringLiteral("server")});
    LogFilter nowhere;
    nowhere.repository = QStringLiteral("west");
    QCOMPARE(messages(nowhere), QStringList());
    LogFilter northOne = north;
    northOne.limit = 1;
    QCOMPARE(messages(northOne), QStringList{QStringLiteral("n3")});
    LogFilter all;
    all.limit = 0;
    QCOMPARE(messages(all).size(), entries.size());
    // The default limit is 200.
    for (int i = 0; i < 200; ++i)
        S15N_CHECK(log.write(entry(QStringLiteral("bulk"), LogResult::Success, QString())));
    QCOMPARE(messages({}).size(), 200);
    QCOMPARE(messages(all).size(), entries.size() + 200);
}

void TestSyncLog::textFilter()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    QVERIFY(setUp(backend));
    SyncLog log(m_node->database());
    auto make = [](const QString &message, const QString &action, const QString &resource,
                   const QString &repository, const QString &peer) {
        LogEntry e;
        e.message = message;
        e.action = action;
        e.resource = resource;
        e.repository = repository;
        e.peer = peer;
        return e;
    };
    const QList<LogEntry> entries{
        make(QStringLiteral("Timeout after 30 s"), QStringLiteral("pull page"),
             QStringLiteral("stock_items"), QStringLiteral("north"), QString()),
        make(QStringLiteral("50% done"), QStringLiteral("push page"), QStringLiteral("patients"),
             QStringLiteral("south"), QString()),
        make(QStringLiteral("500 rows"), QStringLiteral("round"), QString(),
             QStringLiteral("north"), QString()),
        make(QStringLiteral("O'Brien's row"), QStringLiteral("register"), QString(), QString(),
             QStringLiteral("0b1a8e72-c486-4599-bd57-733ac9e540c9")),
        make(QStringLiteral("stock_x and stockAx"), QStringLiteral("round"), QString(),
             QStringLiteral("east"), QString()),
        make(QStringLiteral("back\\slash"), QStringLiteral("round"), QString(),
             QStringLiteral("east"), QString()),
    };
    for (const LogEntry &e : entries)
        S15N_CHECK(log.write(e));

    auto matching = [this](const QString &text, const QString &repository = QString()) {
        LogFilter f;
        f.text = text;
        f.repository = repository;
        return messages(f);
    };
    // Each field is searched, ignoring case.
    QCOMPARE(matching(QStringLiteral("TIMEOUT")),
             QStringList{QStringLiteral("Timeout after 30 s")});
    QCOMPARE(matching(QStringLiteral("Push Page")), QStringList{QStringLiteral("50% done")});
    QCOMPARE(matching(QStringLiteral("STOCK_ITEMS")),
             QStringList{QStringLiteral("Timeout after 30 s")});
    QCOMPARE(matching(QStringLiteral("sOuTh")), QStringList{QStringLiteral("50% done")});
    QCOMPARE(matching(QStringLiteral("733AC9")), QStringList{QStringLiteral("O'Brien's row")});
    // A quote is only text.
    QCOMPARE(matching(QStringLiteral("o'brien")), QStringList{QStringLiteral("O'Brien's row")});
    // LIKE wildcards and the escape character are taken literally.
    QCOMPARE(matching(QStringLiteral("50%")), QStringList{QStringLiteral("50% done")});
    QCOMPARE(matching(QStringLiteral("%")), QStringList{QStringLiteral("50% done")});
    QCOMPARE(matching(QStringLiteral("stock_x")),
             QStringList{QStringLiteral("stock_x and stockAx")});
    QCOMPARE(matching(QStringLiteral("k\\s")), QStringList{QStringLiteral("back\\slash")});
    QCOMPARE(matching(QStringLiteral("\\")), QStringList{QStringLiteral("back\\slash")});
    // Combined with the other conditions; no match is an empty list.
    QCOMPARE(matching(QStringLiteral("0"), QStringLiteral("north")),
             (QStringList{QStringLiteral("500 rows"), QStringLiteral("Timeout after 30 s")}));
    QCOMPARE(matching(QStringLiteral("nothing like this")), QStringList());
    LogFilter north;
    north.text = QStringLiteral("round");
    north.result = LogResult::Success;
    north.limit = 2;
    QCOMPARE(messages(north),
             (QStringList{QStringLiteral("back\\slash"), QStringLiteral("stock_x and stockAx")}));
}

void TestSyncLog::pagesBeforeId()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    QVERIFY(setUp(backend));
    SyncLog log(m_node->database());
    for (int i = 1; i <= 7; ++i)
        S15N_CHECK(log.write(entry(i % 2 ? QStringLiteral("odd") : QStringLiteral("even"),
                                   LogResult::Success, QStringLiteral("m%1").arg(i))));
    Result<QList<LogEntry>> all = log.list();
    S15N_CHECK(all);
    QCOMPARE(all.value().size(), 7);
    const qint64 idOfM5 = all.value().at(2).id;
    QCOMPARE(all.value().at(2).message, QStringLiteral("m5"));

    // Below an id, newest first, honouring the limit.
    LogFilter below;
    below.beforeId = idOfM5;
    QCOMPARE(messages(below), (QStringList{QStringLiteral("m4"), QStringLiteral("m3"),
                                           QStringLiteral("m2"), QStringLiteral("m1")}));
    below.limit = 2;
    QCOMPARE(messages(below), (QStringList{QStringLiteral("m4"), QStringLiteral("m3")}));
    // With a repository.
    LogFilter odd;
    odd.repository = QStringLiteral("odd");
    odd.beforeId = idOfM5;
    QCOMPARE(messages(odd), (QStringList{QStringLiteral("m3"), QStringLiteral("m1")}));
    // Below the oldest: nothing; 0: no bound.
    LogFilter none;
    none.beforeId = all.value().last().id;
    QCOMPARE(messages(none), QStringList());
    LogFilter unbounded;
    unbounded.beforeId = 0;
    QCOMPARE(messages(unbounded).size(), 7);

    // Paging by the last id seen visits every entry once, in order.
    QStringList paged;
    LogFilter page;
    page.limit = 3;
    for (int round = 0; round < 10; ++round) {
        Result<QList<LogEntry>> chunk = log.list(page);
        S15N_CHECK(chunk);
        for (const LogEntry &e : chunk.value())
            paged << e.message;
        if (chunk.value().size() < page.limit)
            break;
        page.beforeId = chunk.value().last().id;
    }
    QCOMPARE(paged, messages({}));
}

void TestSyncLog::emptyLog()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    QVERIFY(setUp(backend));
    Result<QList<LogEntry>> listed = SyncLog(m_node->database()).list();
    S15N_CHECK(listed);
    QVERIFY(listed.value().isEmpty());
}

void TestSyncLog::emittedOnCategory()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    QVERIFY(setUp(backend));
    SyncLog log(m_node->database());
    {
        std::lock_guard<std::mutex> lock(g_caughtMutex);
        g_caught.clear();
    }
    g_previousHandler = qInstallMessageHandler(catchMessage);
    LogEntry ok = entry(QStringLiteral("parent"), LogResult::Success, QStringLiteral("all good"));
    ok.resource = QStringLiteral("stock_items");
    ok.received = 12;
    const Status first = log.write(ok);
    const Status second = log.write(
        entry(QStringLiteral("parent"), LogResult::Fatal, QStringLiteral("aborted after 5 s")));
    qInstallMessageHandler(g_previousHandler);
    S15N_CHECK(first);
    S15N_CHECK(second);

    QList<Caught> caught;
    {
        std::lock_guard<std::mutex> lock(g_caughtMutex);
        for (const Caught &c : std::as_const(g_caught))
            if (c.category == QLatin1String("s15n.log"))
                caught << c;
    }
    QCOMPARE(caught.size(), 2);
    QCOMPARE(caught.at(0).type, QtInfoMsg);
    QVERIFY2(caught.at(0).text.contains(QLatin1String("all good")) &&
                 caught.at(0).text.contains(QLatin1String("stock_items")) &&
                 caught.at(0).text.contains(QLatin1String("received=12")),
             qPrintable(caught.at(0).text));
    QCOMPARE(caught.at(1).type, QtCriticalMsg);
    QVERIFY2(caught.at(1).text.contains(QLatin1String("fatal")) &&
                 caught.at(1).text.contains(QLatin1String("aborted after 5 s")),
             qPrintable(caught.at(1).text));
}

void TestSyncLog::resultNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("result"); // -1: none
    QTest::newRow("success") << QStringLiteral("success") << int(LogResult::Success);
    QTest::newRow("warning") << QStringLiteral("warning") << int(LogResult::Warning);
    QTest::newRow("error") << QStringLiteral("error") << int(LogResult::Error);
    QTest::newRow("fatal") << QStringLiteral("fatal") << int(LogResult::Fatal);
    QTest::newRow("upper case") << QStringLiteral("FATAL") << int(LogResult::Fatal);
    QTest::newRow("unknown") << QStringLiteral("failure") << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestSyncLog::resultNames()
{
    QFETCH(QString, name);
    QFETCH(int, result);
    const std::optional<LogResult> parsed = SyncLog::parseResult(name);
    if (result < 0) {
        QVERIFY(!parsed);
        return;
    }
    QVERIFY(parsed.has_value());
    QCOMPARE(int(*parsed), result);
    QCOMPARE(SyncLog::resultName(*parsed), name.toLower());
}

QTEST_GUILESS_MAIN(TestSyncLog)
#include "tst_synclog.moc"
