#pragma once

#include "storage/databaselocation.h"
#include "util/status.h"

#include <QSqlDatabase>
#include <QSqlQuery>
#include <QVariantList>

namespace s15n {

// One named QSqlDatabase connection, owned by the thread that opened it.
class Database
{
public:
    enum class Dialect { Sqlite, Postgresql };

    Database();
    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    // Opens the location. SQLite: `create` allows making the file (and its folder).
    // PostgreSQL: the password comes from `password`, else PGPASSWORD / ~/.pgpass (libpq).
    Status open(const DatabaseLocation &location, bool create, const QString &password = {});
    void close();

    bool isOpen() const;
    // PostgreSQL: checks the connection and, if the server dropped it (a restart), connects
    // again once. SQLite: nothing to check. A failure says the database cannot be reached.
    Status ensureConnected();
    QSqlDatabase sql() const;
    Dialect dialect() const { return m_dialect; }
    const DatabaseLocation &location() const { return m_location; }
    // The password it was opened with, to open another connection on another thread.
    const QString &password() const { return m_password; }
    const QString &connectionName() const { return m_connectionName; }

    // Prepares, binds and runs one statement; the failure names the statement.
    Result<QSqlQuery> exec(const QString &statement, const QVariantList &values = {}) const;
    // Runs a statement that returns one value (or none: an invalid QVariant).
    Result<QVariant> scalar(const QString &statement, const QVariantList &values = {}) const;

    // SQLite: write-ahead logging (readers never wait for the writer). Nodes only.
    Status enableWal();

    Status begin();
    Status commit();
    void rollback();

    // A table or column name as an SQL identifier (quoted). Only for names that came from
    // the schema catalogue, never from user input directly.
    QString quoted(const QString &identifier) const;

private:
    QString m_connectionName;
    DatabaseLocation m_location;
    QString m_password; // to connect again after a dropped connection
    Dialect m_dialect = Dialect::Sqlite;
};

// Commits on commit(), rolls back otherwise (an error or an exception leaves nothing).
class Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    const Status &status() const { return m_status; }
    Status commit();

private:
    Database &m_db;
    Status m_status;
    bool m_open = false;
};

} // namespace s15n
