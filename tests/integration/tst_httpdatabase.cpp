// A PostgreSQL parent whose database server restarts (or is down for a while) keeps serving:
// while it is down, children are told the server cannot reach its database (503, never "wrong
// password"); once it is back, the next round goes ahead on a new connection. The test runs
// its own PostgreSQL server (tests/scripts/postgres-start.sh), so restarting it disturbs no
// other test.

#include "httptest.h"
#include "servenode.h"

#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace s15n::test;
using namespace Qt::StringLiterals;

namespace {

const QString kScripts = QStringLiteral(S15N_TEST_SCRIPTS);

struct OwnPostgres
{
    QTemporaryDir dir;
    QString url; // postgresql://postgres@127.0.0.1:PORT/

    ~OwnPostgres()
    {
        if (!url.isEmpty())
            QProcess::execute(kScripts + u"/postgres-stop.sh"_s, {dir.path()});
    }
};

void startPostgres(OwnPostgres *pg)
{
    QVERIFY(pg->dir.isValid());
    const int code = QProcess::execute(kScripts + u"/postgres-start.sh"_s, {pg->dir.path()});
    QCOMPARE(code, 0);
    QFile url(pg->dir.filePath(u"url"_s));
    QVERIFY(url.open(QIODevice::ReadOnly));
    pg->url = QString::fromUtf8(url.readAll()).trimmed();
    QVERIFY(pg->url.startsWith(u"postgresql://"_s));
}

// pg_ctl stop | restart on the test's own cluster (restart starts a stopped one with the
// options it last ran with, so the port stays).
void pgCtl(const OwnPostgres &pg, const QString &action)
{
    QFile baseFile(pg.dir.filePath(u"base"_s));
    QVERIFY(baseFile.open(QIODevice::ReadOnly));
    const QString data = QString::fromUtf8(baseFile.readAll()).trimmed() + u"/data"_s;
    QFile version(data + u"/PG_VERSION"_s);
    QVERIFY(version.open(QIODevice::ReadOnly));
    const QString pgCtlPath = u"/usr/lib/postgresql/%1/bin/pg_ctl"_s.arg(
        QString::fromUtf8(version.readAll()).trimmed());
    QStringList command{pgCtlPath, u"-D"_s, data, u"-m"_s, u"fast"_s, u"-w"_s, u"-t"_s, u"30"_s,
                        action};
    if (action == u"restart"_s)
        command << u"-l"_s << data + u"/../server.log"_s;
    if (::geteuid() == 0)
        command = QStringList{u"runuser"_s, u"-u"_s, u"postgres"_s, u"--"_s} + command;
    QProcess process;
    process.setWorkingDirectory(u"/"_s);
    process.start(command.takeFirst(), command);
    QVERIFY(process.waitForFinished(60000));
    QVERIFY2(process.exitCode() == 0 || action == u"restart"_s,
             qPrintable(QString::fromUtf8(process.readAllStandardError())));
}

} // namespace

class TestHttpDatabase : public QObject
{
    Q_OBJECT

private slots:
    void parentDatabaseRestarts()
    {
        OwnPostgres pg;
        CHECKED(startPostgres(&pg));
        const ProcessResult made = runSqlClient(pg.url + u"postgres"_s,
                                                u"CREATE DATABASE restart_parent;"_s);
        QVERIFY2(made.exitCode == 0, qPrintable(describe(made)));

        QTemporaryDir home;
        ExchangeNode parent;
        parent.name = u"P"_s;
        parent.backend = Backend::Postgres;
        parent.db = pg.url + u"restart_parent"_s;
        parent.env = isolatedEnvironment(home.path());
        const ProcessResult init = runNode(parent, {u"init"_s, u"--sample-data"_s});
        QVERIFY2(init.exitCode == 0, qPrintable(describe(init)));
        ExchangeNode child;
        CHECKED(makeNode(&child, home.path(), u"C"_s, Backend::Sqlite, Content::EmptySchema));
        CHECKED(addAccount(parent, kAccount, kPassword));
        ServerProcess server;
        CHECKED(startServer(parent, &server, {u"--no-worker"_s}));
        CHECKED(addRepository(child, u"parent"_s, server.url, kAccount, kPassword));
        CHECKED(syncOk(child));

        // Down: a clear "cannot reach its database", not a wrong password.
        CHECKED(pgCtl(pg, u"stop"_s));
        const ProcessResult down = syncWith(child, u"parent"_s);
        QVERIFY2(down.exitCode == 1, qPrintable(describe(down)));
        VERIFY_MENTIONS(down.err, (QStringList{u"503"_s, u"database"_s}));
        // As a status, not inside a port number such as 40151.
        static const QRegularExpression unauthorized(u"\\b401\\b"_s);
        QVERIFY2(!down.err.contains(unauthorized), qPrintable(down.err));

        // Back (its connection to the server was cut): the next round goes ahead.
        CHECKED(pgCtl(pg, u"restart"_s));
        CHECKED(sql(parent, u"UPDATE items SET name = 'after the restart' WHERE code = 'ORS';"_s));
        CHECKED(syncOk(child));
        QString name;
        CHECKED(valueOf(child, u"SELECT name FROM items WHERE code = 'ORS'"_s, &name));
        QCOMPARE(name, u"after the restart"_s);
        CHECKED(stopServer(&server));
    }
};

QTEST_GUILESS_MAIN(TestHttpDatabase)
#include "tst_httpdatabase.moc"
