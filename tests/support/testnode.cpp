#include "testnode.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>

namespace s15n::test {

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
    QFile file(qEnvironmentVariable("S15N_TEST_PG_URL_FILE", QStringLiteral(S15N_TEST_PG_URL_FILE)));
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
            if (!q.exec(QStringLiteral("DROP DATABASE IF EXISTS ") + quoted) ||
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

} // namespace s15n::test
