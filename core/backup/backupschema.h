#pragma once

#include "backup/backupmanifest.h"
#include "storage/database.h"
#include "storage/schemacatalogue.h"
#include "sync/resourceschema.h"

#include <QStringList>

namespace s15n {

// How a resource table is described in a backup, and made again (or checked) on a child of
// either dialect.
class BackupSchema
{
public:
    // The portable type of a column declared `declared` in `dialect` (SQLite by affinity; a
    // PostgreSQL type without an exact counterpart travels as text, see PROTOCOL.md).
    static FieldValue::Type portableType(const QString &declared, Database::Dialect dialect);

    // Every column of the schema's table, references to other resources as `ref`.
    static QList<BackupColumn> columns(const ResourceSchema &schema, Database::Dialect dialect);

    // Adds to `resource` (whose columns are set) the table's UNIQUE constraints and indexes
    // on plain columns, and its columns' literal defaults, as `db` has them. What cannot
    // travel is left out: the primary key, s15n's own UUID index, indexes on expressions or
    // with a WHERE, defaults that are expressions or sequences, CHECK constraints.
    static Status addIndexesAndDefaults(const Database &db, const ResourceSchema &schema,
                                        BackupResource *resource);
    // A column default as `dialect` states it, as the portable literal the manifest carries
    // (BackupResource::isPortableDefault), or empty when it does not travel.
    static QString portableDefault(const QString &expression, Database::Dialect dialect);

    // CREATE TABLE for `resource` in `target`'s dialect: the parent's own types when both
    // speak the same dialect (and the type is a built-in one), else the portable mapping;
    // with its literal defaults and UNIQUE constraints.
    static QString createTable(const Database &target, const BackupResource &resource,
                               Database::Dialect source);
    // CREATE INDEX for each of its other (not unique) indexes, to run after createTable().
    // Both keep the parent's index names where the manifest has them.
    // Clears the index names of `resource` that `target` already uses for a table or an
    // index, so that createTable() and createIndexes() give those indexes names of their own.
    static Status forgetTakenNames(const Database &target, BackupResource *resource);
    static QStringList createIndexes(const Database &target, const BackupResource &resource);

    // Whether the existing (empty) table `table` can take the backup's rows of `resource`:
    // every travelling column present, references to the same tables, no NOT NULL column
    // the rows would leave empty. `resourceTables` are the tables that are (or will be)
    // resources here, for references.
    static Status checkExisting(const TableInfo &table, const BackupResource &resource,
                                const QStringList &resourceTables);
};

} // namespace s15n
