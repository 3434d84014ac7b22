#pragma once

#include "util/status.h"

#include <QString>

namespace s15n {

// Where a node's database lives: a SQLite file or a PostgreSQL database. Never holds a
// password (that comes from PGPASSWORD or the keychain).
struct DatabaseLocation
{
    enum class Kind { Sqlite, Postgresql };

    Kind kind = Kind::Sqlite;
    QString path; // SQLite
    QString host; // PostgreSQL
    int port = 5432;
    QString user;
    QString database;

    // A file path, or postgresql://user@host[:port]/dbname. A password in the URL is refused.
    static Result<DatabaseLocation> parse(const QString &spec);
    // The embedded default: node.sqlite in the user's data directory.
    static DatabaseLocation defaultLocation();
    // What a command without --db uses: $S15N_DB, else the node 's15n init' remembered,
    // else the default.
    static Result<DatabaseLocation> configured();
    // Remembers `location` for configured(), unless one is remembered already.
    static void rememberIfFirst(const DatabaseLocation &location);
    // Remembers `location` for configured(), replacing any remembered before ($S15N_DB still
    // comes first): the node the user chose to create or open in the admin application.
    static void remember(const DatabaseLocation &location);

    // The spec form, for display and for parse() again.
    QString toString() const;
    // Key under which the keychain may hold this location's password.
    QString keychainKey() const;
};

} // namespace s15n
