#include "testnode.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QUrl>
#include <QUuid>

#include <functional>

namespace s15n::test {

namespace {

// Opens a private connection to `database` (SQLite file or postgresql:// URL), runs `work`
// on it and removes the connection again. Returns false with *error set if it cannot open.
bool withConnection(const QString &database, QString *error,
                    const std::function<void(QSqlDatabase &)> &work)
{
    const QString connection = QStringLiteral("testsupport-") + QUuid::createUuid().toString();
    bool opened = false;
    {
        QSqlDatabase db;
        if (isPostgresLocation(database)) {
            const QUrl url(database);
            db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
            db.setHostName(url.host());
            db.setPort(url.port(5432));
            db.setUserName(url.userName());
            db.setDatabaseName(url.path().mid(1));
        } else {
            db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connection);
            db.setDatabaseName(database);
            db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        }
        if (!isPostgresLocation(database) && !QFile::exists(database)) {
            *error = QStringLiteral("no database file %1").arg(database);
        } else if (!db.open()) {
            *error = db.lastError().text();
        } else {
            opened = true;
            work(db);
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return opened;
}

} // namespace

ProcessResult runS15n(const QStringList &args, const QProcessEnvironment &env,
                      const QByteArray &input)
{
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(S15N_BINARY), args);
    ProcessResult result;
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString();
        return result;
    }
    process.write(input);
    process.closeWriteChannel();
    if (!process.waitForFinished(300000)) {
        process.kill();
        process.waitForFinished(5000);
        result.err = QStringLiteral("s15n did not finish in time");
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QProcessEnvironment isolatedEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_CACHE_HOME"), home + QStringLiteral("/.cache"));
    env.remove(QStringLiteral("S15N_DB"));
    QDir().mkpath(home);
    return env;
}

QString postgresServerUrl()
{
    QFile file(
        qEnvironmentVariable("S15N_TEST_PG_URL_FILE", QStringLiteral(S15N_TEST_PG_URL_FILE)));
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(file.readAll()).trimmed();
}

QString createPostgresDatabase(const QString &name, QString *error)
{
    const QString server = postgresServerUrl();
    if (server.isEmpty()) {
        *error = QStringLiteral("no PostgreSQL test server (run the tests through ctest)");
        return QString();
    }
    const QUrl url(server);
    const QString connection = QStringLiteral("testsupport-") + QUuid::createUuid().toString();
    QString result;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            const QString quoted = QLatin1Char('"') + name + QLatin1Char('"');
            // No "does not exist, skipping" notice on the test's output.
            if (!q.exec(QStringLiteral("SET client_min_messages TO warning")) ||
                !q.exec(QStringLiteral("DROP DATABASE IF EXISTS ") + quoted) ||
                !q.exec(QStringLiteral("CREATE DATABASE ") + quoted)) {
                *error = q.lastError().text();
            } else {
                QUrl dbUrl(url);
                dbUrl.setPath(QLatin1Char('/') + name);
                result = dbUrl.toString();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return result;
}

bool dropPostgresDatabase(const QString &database, QString *error)
{
    const QString name = QUrl(database).path().mid(1);
    const QString server = postgresServerUrl();
    if (server.isEmpty() || name.isEmpty()) {
        *error = QStringLiteral("no PostgreSQL test server, or no database in %1").arg(database);
        return false;
    }
    const QUrl url(server);
    const QString connection = QStringLiteral("testsupport-") + QUuid::createUuid().toString();
    bool dropped = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connection);
        db.setHostName(url.host());
        db.setPort(url.port(5432));
        db.setUserName(url.userName());
        db.setDatabaseName(QStringLiteral("postgres"));
        if (!db.open()) {
            *error = db.lastError().text();
        } else {
            QSqlQuery q(db);
            const QString quoted = QLatin1Char('"') + name + QLatin1Char('"');
            dropped = q.exec(QStringLiteral("SET client_min_messages TO warning")) &&
                      q.exec(QStringLiteral("DROP DATABASE IF EXISTS ") + quoted +
                             QStringLiteral(" WITH (FORCE)"));
            if (!dropped)
                *error = q.lastError().text();
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(connection);
    return dropped;
}

bool isPostgresLocation(const QString &database)
{
    return database.startsWith(QLatin1String("postgresql://")) ||
           database.startsWith(QLatin1String("postgres://"));
}

ProcessResult runSqlClient(const QString &database, const QString &script)
{
    ProcessResult result;
    const bool postgres = isPostgresLocation(database);
    const QString program = QStandardPaths::findExecutable(postgres ? QStringLiteral("psql")
                                                                    : QStringLiteral("sqlite3"));
    if (program.isEmpty()) {
        result.err = postgres ? QStringLiteral("psql is not installed (postgresql-client)")
                              : QStringLiteral("sqlite3 is not installed (sqlite3)");
        return result;
    }
    const QStringList args = postgres ? QStringList{QStringLiteral("-X"),
                                                    QStringLiteral("-q"),
                                                    QStringLiteral("-w"),
                                                    QStringLiteral("-v"),
                                                    QStringLiteral("ON_ERROR_STOP=1"),
                                                    QStringLiteral("-d"),
                                                    database}
                                      : QStringList{QStringLiteral("-bail"), database};
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("PGCONNECT_TIMEOUT"), QStringLiteral("10"));
    process.setProcessEnvironment(env);
    process.start(program, args);
    if (!process.waitForStarted(10000)) {
        result.err = process.errorString();
        return result;
    }
    process.write(script.toUtf8());
    process.closeWriteChannel();
    if (!process.waitForFinished(120000)) {
        process.kill();
        process.waitForFinished(5000);
        result.err = QStringLiteral("%1 did not finish in time").arg(program);
        return result;
    }
    result.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result.out = QString::fromUtf8(process.readAllStandardOutput());
    result.err = QString::fromUtf8(process.readAllStandardError());
    return result;
}

QList<QVariantList> querySql(const QString &database, const QString &sql, QString *error)
{
    QList<QVariantList> rows;
    error->clear();
    withConnection(database, error, [&](QSqlDatabase &db) {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!q.exec(sql)) {
            *error = q.lastError().text() + QStringLiteral(" in: ") + sql;
            return;
        }
        while (q.next()) {
            QVariantList row;
            for (int i = 0; i < q.record().count(); ++i)
                row.append(q.value(i));
            rows.append(row);
        }
    });
    return rows;
}

QStringList tableColumns(const QString &database, const QString &table, QString *error)
{
    QStringList columns;
    error->clear();
    withConnection(database, error, [&](QSqlDatabase &db) {
        const QSqlRecord record = db.record(table);
        for (int i = 0; i < record.count(); ++i)
            columns.append(record.fieldName(i));
        if (columns.isEmpty())
            *error = QStringLiteral("no table %1").arg(table);
    });
    return columns;
}

} // namespace s15n::test
