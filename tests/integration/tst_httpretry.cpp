// A row the receiving database refuses (here a UNIQUE clash) is not lost when the cursor moves
// on: it is kept and tried again on the next rounds, on either side, until it applies or a
// newer version of the row supersedes it.

#include "httptest.h"
#include "servenode.h"

#include <QJsonObject>
#include <QTest>

using namespace s15n::test;
using namespace Qt::StringLiterals;

namespace {

void count(const ExchangeNode &node, const QString &query, QString *n)
{
    CHECKED(valueOf(node, query, n));
}

const QString kKeptFailures = u"SELECT COUNT(*) FROM s15n_parked WHERE waiting_uuid = '#failed'"_s;

} // namespace

class TestHttpRetry : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { dropNodeDatabases(); }

    void refusedRowsAreTriedAgain_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::newRow("sqlite parent") << Backend::Sqlite;
        QTest::newRow("postgres parent") << Backend::Postgres;
    }
    void refusedRowsAreTriedAgain()
    {
        QFETCH(Backend, backend);
        REQUIRE_BACKEND(backend);
        HttpSite site;
        CHECKED(makeConnectedSite(&site, backend, true));
        // The same code made on both sides: each refuses the other's row (items.code UNIQUE).
        CHECKED(sql(site.parent, u"INSERT INTO items (code, name, unit) VALUES ('DUP', "
                                 "'parent dup', 'box');"_s));
        CHECKED(sql(site.child, u"INSERT INTO items (code, name, unit) VALUES ('DUP', "
                                "'child dup', 'box');"_s));
        const ProcessResult clash = syncWith(site.child, u"parent"_s);
        QVERIFY2(clash.exitCode == 0, qPrintable(describe(clash)));
        QJsonObject round;
        CHECKED(newestEntry(site.child, u"round"_s, &round));
        QCOMPARE(round.value(u"failed"_s).toInteger(), 2); // one each way
        QString kept;
        CHECKED(count(site.child, kKeptFailures, &kept));
        QCOMPARE(kept, u"1"_s);
        CHECKED(count(site.parent, kKeptFailures, &kept));
        QCOMPARE(kept, u"1"_s);

        // An administrator settles the clash on the parent; the kept rows then go through.
        CHECKED(sql(site.parent, u"UPDATE items SET code = 'DUP-P' WHERE code = 'DUP';"_s));
        CHECKED(syncOk(site.child));
        CHECKED(syncOk(site.child)); // the child's stale kept row is now old news
        QString name;
        CHECKED(valueOf(site.parent, u"SELECT name FROM items WHERE code = 'DUP'"_s, &name));
        QCOMPARE(name, u"child dup"_s);
        CHECKED(valueOf(site.child, u"SELECT name FROM items WHERE code = 'DUP-P'"_s, &name));
        QCOMPARE(name, u"parent dup"_s);
        CHECKED(count(site.child, kKeptFailures, &kept));
        QCOMPARE(kept, u"0"_s);
        CHECKED(count(site.parent, kKeptFailures, &kept));
        QCOMPARE(kept, u"0"_s);
        CHECKED(verifySameData(site.parent, site.child));
        QJsonObject retried;
        CHECKED(newestEntry(site.parent, u"retry failed"_s, &retried));
        QCOMPARE(retried.value(u"applied"_s).toInteger(), 1);
    }
};

QTEST_GUILESS_MAIN(TestHttpRetry)
#include "tst_httpretry.moc"
