#pragma once

#include <QByteArray>
#include <QProcessEnvironment>
#include <QString>
#include <QStringList>

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

} // namespace s15n::test
