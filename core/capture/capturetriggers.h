#pragma once

#include "storage/database.h"
#include "storage/schemacatalogue.h"

namespace s15n {

// The database triggers that record every insert, update and delete of a resource table in
// s15n_changes, whichever program writes it.
class CaptureTriggers
{
public:
    explicit CaptureTriggers(Database &db) : m_db(db) {}

    // Gives the table a UUID column if it lacks one, fills empty UUIDs, adds a unique index.
    Status prepareUuidColumn(const TableInfo &table, const QString &uuidColumn);
    Status install(const TableInfo &table, const QString &uuidColumn);
    Status remove(const QString &table);

    // An SQL expression that makes a random version-4 UUID (lower case).
    QString uuidExpression() const;

private:
    Database &m_db;
};

} // namespace s15n
