#pragma once

#include <QByteArray>
#include <QList>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>
#include <QVariantList>

namespace s15n::test {

struct ProcessResult
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs the real `s15n` executable with `args`, feeding `input` on stdin.
ProcessResult runS15n(const QStringList &args, const QProcessEnvironment &env,
                      const QByteArray &input = QByteArray());

// An environment whose HOME and XDG folders are inside `home`, so a test never
// touches the user's own node, settings or keychain.
QProcessEnvironment isolatedEnvironment(const QString &home);

// URL of the PostgreSQL server the ctest fixture started ("postgresql://user@host:port/"),
// or empty if none runs (the test must then fail, not skip, when CI is set).
QString postgresServerUrl();

// Creates a fresh, empty database on the fixture's server; returns its URL, or empty
// with *error set.
QString createPostgresDatabase(const QString &name, QString *error);

// Drops a database createPostgresDatabase() made (given its URL), even if something is still
// connected; false with *error set if that failed.
bool dropPostgresDatabase(const QString &database, QString *error);

// Whether `database` (a value for --db) is a postgresql:// URL rather than a SQLite file.
bool isPostgresLocation(const QString &database);

// Runs `script` through the database's own command-line client, the way an administrator or
// another program changes data behind s15n's back: `sqlite3 FILE` or `psql URL`, stopping at
// the first error (non-zero exit code, message on stderr).
ProcessResult runSqlClient(const QString &database, const QString &script);

// Runs one statement in this process (Qt's SQLite or PostgreSQL driver, a fresh connection
// that is closed again) and returns every row of its result; empty with *error set if it
// failed. Typed values, for comparing data; use runSqlClient() to change data.
QList<QVariantList> querySql(const QString &database, const QString &sql, QString *error);

// The column names of `table`, in table order; empty with *error set if there is no such table.
QStringList tableColumns(const QString &database, const QString &table, QString *error);

} // namespace s15n::test
