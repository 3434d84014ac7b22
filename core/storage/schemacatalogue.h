#pragma once

#include "storage/database.h"

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace s15n {

struct ColumnInfo
{
    QString name;
    QString type; // as declared (SQLite) or the type name (PostgreSQL)
    bool notNull = false;
    bool primaryKey = false;
    bool hasDefault = false;
};

struct ForeignKeyInfo
{
    QString column;
    QString refTable;
    QString refColumn;
};

struct TableInfo
{
    QString name;
    QList<ColumnInfo> columns;
    QList<ForeignKeyInfo> foreignKeys;

    std::optional<ColumnInfo> column(const QString &name) const;
    QStringList columnNames() const;
    // The single integer primary key column (a local surrogate key that never travels), if any.
    std::optional<ColumnInfo> localKey() const;
    std::optional<ForeignKeyInfo> foreignKey(const QString &column) const;
};

// What the database says its tables are. Every table or column name s15n puts into SQL
// comes from here, never straight from user input.
class SchemaCatalogue
{
public:
    explicit SchemaCatalogue(const Database &db) : m_db(db) {}

    // Application tables (s15n's own and the engine's internal tables left out).
    Result<QStringList> tables() const;
    // Fails with a clear message when the table does not exist.
    Result<TableInfo> describe(const QString &table) const;

private:
    const Database &m_db;
};

} // namespace s15n
