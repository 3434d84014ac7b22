// PostgreSQL values without an exact Qt type (numeric, timestamps, time) arrive digit for
// digit, and timestamptz means the same instant whatever the importing server's time zone.
#include "exchangenode.h"
#include "testnode.h"

#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

using namespace s15n::test;

class TestFidelity : public QObject
{
    Q_OBJECT
private slots:
    void postgresValuesArriveExactly();

private:
    QString makeNode(const QString &name, const QProcessEnvironment &env);
    QStringList m_databases;

private slots:
    void cleanup();
};

QString TestFidelity::makeNode(const QString &name, const QProcessEnvironment &env)
{
    QString error;
    const QString db = createPostgresDatabase(name, &error);
    if (db.isEmpty())
        return QString();
    m_databases << db;
    if (runS15n({QStringLiteral("init"), QStringLiteral("--db"), db}, env).exitCode != 0)
        return QString();
    const ProcessResult made = runSqlClient(
        db, QStringLiteral("CREATE TABLE z (id serial PRIMARY KEY, n numeric, ts timestamp, "
                           "tz timestamptz, tm time);"));
    if (made.exitCode != 0)
        return QString();
    if (runS15n({QStringLiteral("resource"), QStringLiteral("add"), QStringLiteral("z"),
                 QStringLiteral("--db"), db},
                env)
            .exitCode != 0)
        return QString();
    return db;
}

void TestFidelity::cleanup()
{
    QString error;
    for (const QString &db : std::as_const(m_databases))
        QVERIFY2(dropPostgresDatabase(db, &error), qPrintable(error));
    m_databases.clear();
}

void TestFidelity::postgresValuesArriveExactly()
{
    REQUIRE_BACKEND(Backend::Postgres);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    const QProcessEnvironment env = isolatedEnvironment(home.path());
    const QString suffix = QUuid::createUuid().toString(QUuid::Id128).left(8);
    const QString from = makeNode(QStringLiteral("fid_a_") + suffix, env);
    const QString to = makeNode(QStringLiteral("fid_b_") + suffix, env);
    QVERIFY(!from.isEmpty() && !to.isEmpty());

    const ProcessResult inserted = runSqlClient(
        from, QStringLiteral("INSERT INTO z (n, ts, tz, tm) VALUES (12345.678901234567890123, "
                             "'2025-01-01 01:02:03.456789', '2025-06-01 12:00:00.654321+05', "
                             "'13:14:15.123456');"));
    QVERIFY2(inserted.exitCode == 0, qPrintable(inserted.err));
    const QString file = home.filePath(QStringLiteral("z.xml"));
    const ProcessResult exported =
        runS15n({QStringLiteral("export"), QStringLiteral("z"), QStringLiteral("--db"), from,
                 QStringLiteral("--out"), file},
                env);
    QVERIFY2(exported.exitCode == 0, qPrintable(exported.err));
    // The importing side runs in another time zone: the instant must not move.
    QProcessEnvironment newYork = env;
    newYork.insert(QStringLiteral("PGTZ"), QStringLiteral("America/New_York"));
    const ProcessResult imported =
        runS15n({QStringLiteral("import"), file, QStringLiteral("--db"), to}, newYork);
    QVERIFY2(imported.exitCode == 0, qPrintable(imported.err));

    const QString select = QStringLiteral(
        "SELECT n::text, ts::text, to_char(tz AT TIME ZONE 'UTC', 'YYYY-MM-DD HH24:MI:SS.US'), "
        "tm::text FROM z");
    QString error;
    const QList<QVariantList> there = querySql(to, select, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(there.size(), 1);
    QCOMPARE(there[0][0].toString(), QStringLiteral("12345.678901234567890123"));
    QCOMPARE(there[0][1].toString(), QStringLiteral("2025-01-01 01:02:03.456789"));
    QCOMPARE(there[0][2].toString(), QStringLiteral("2025-06-01 07:00:00.654321"));
    QCOMPARE(there[0][3].toString(), QStringLiteral("13:14:15.123456"));
}

QTEST_GUILESS_MAIN(TestFidelity)
#include "tst_fidelity.moc"
