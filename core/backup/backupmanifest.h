#pragma once

#include "capture/resource.h"
#include "storage/database.h"
#include "sync/changerecord.h"
#include "util/status.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

namespace s15n {

// One column of a resource table as the backup describes it, so a child without the table
// can create it in its own dialect.
struct BackupColumn
{
    QString name;
    // The portable type (int, real, text, blob, bool, ref; never null): what every dialect
    // maps to a column type of its own.
    FieldValue::Type type = FieldValue::Type::Text;
    // The parent's own type name (in the parent's dialect), used when the child speaks the
    // same dialect, so nothing is lost there (numeric, timestamp, ...). May be empty.
    QString declared;
    bool notNull = false;
    QString refTable;  // Reference only: the referenced table
    QString refColumn; // Reference only: the column it references there (usually its key)
    // The column's default when it is a plain literal every dialect reads alike (a number,
    // a 'quoted string', TRUE, FALSE, CURRENT_TIMESTAMP, CURRENT_DATE, CURRENT_TIME); empty:
    // none, or one that does not travel (an expression, a sequence).
    QString defaultValue;

    friend bool operator==(const BackupColumn &a, const BackupColumn &b)
    {
        return a.name == b.name && a.type == b.type && a.declared == b.declared &&
               a.notNull == b.notNull && a.refTable == b.refTable && a.refColumn == b.refColumn &&
               a.defaultValue == b.defaultValue;
    }
};

// A UNIQUE constraint or an index of a resource table on plain columns (the primary key and
// s15n's own index on the UUID column aside), made again on a child that creates the table.
struct BackupIndex
{
    QStringList columns;
    bool unique = false;
    QString name; // the parent's name for it; empty when it has none of its own to keep

    // Whether `name` can travel as an index's name: a plain identifier PostgreSQL keeps whole,
    // with neither s15n's nor SQLite's prefix (sqlite_autoindex_... are SQLite's, not ours).
    static bool isPortableName(const QString &name);

    friend bool operator==(const BackupIndex &a, const BackupIndex &b)
    {
        return a.columns == b.columns && a.unique == b.unique && a.name == b.name;
    }
};

// One resource of the backup: its settings on the parent, its schema, and its entry.
struct BackupResource
{
    Resource resource;           // table, UUID column, mode, strategy, policies (the parent's)
    QString keyColumn;           // the local integer key (never travels); may be empty
    QList<BackupColumn> columns; // every column of the table, in table order
    QList<BackupIndex> indexes;  // its UNIQUE constraints and other indexes
    qint64 cursor = 0;           // the parent's change sequence at the snapshot, for this table
    qint64 rows = 0;             // records in the entry (tombstones included)
    QString entry;               // data/<table>.xml
    QByteArray sha256;           // of the entry's uncompressed bytes (32 bytes)
    qint64 size = 0;             // the entry's uncompressed size in bytes

    const BackupColumn *column(const QString &name) const;
    // Whether `literal` is a default the manifest may carry (see BackupColumn::defaultValue):
    // it goes into CREATE TABLE, so nothing else is let through.
    static bool isPortableDefault(const QString &literal);

    friend bool operator==(const BackupResource &a, const BackupResource &b);
};

// manifest.xml of a backup zip: where the data comes from, how to recreate each table, and
// how to check each entry. The format is documented in core/backup/BACKUP.md:
//   <s15n-backup format="1" parent="UUID" parent-name="..." created="...Z" dialect="sqlite">
//   <resource table="items" uuid-column="uuid" key-column="id" mode="both" ... cursor="42"
//             rows="3" entry="data/items.xml" sha256="..." size="1234">
//   <column name="store_id" type="ref" declared="INTEGER" not-null="true" table="stores"
//           ref-column="id"/>
//   </resource>
//   </s15n-backup>
struct BackupManifest
{
    static constexpr int kFormatVersion = 1;
    static constexpr qint64 kMaxSize = 16 * 1024 * 1024; // manifest.xml, read whole

    static QString fileName() { return QStringLiteral("manifest.xml"); }
    static QString entryFor(const QString &table);

    int format = kFormatVersion;
    QUuid parent;
    QString parentName;
    QDateTime created;                                     // UTC
    Database::Dialect dialect = Database::Dialect::Sqlite; // the parent's
    QString child; // the nickname of the child it was made for; may be empty
    QList<BackupResource> resources;

    const BackupResource *resource(const QString &table) const;
    qint64 totalRows() const;

    // Refuses (with the reason) a manifest that fromXml() would refuse.
    Result<QByteArray> toXml() const;
    // Strict: unknown elements or attributes, a bad value, a missing field, or a format
    // other than 1 are refused with a message for a person (line and column for XML errors).
    static Result<BackupManifest> fromXml(const QByteArray &xml);

    // The checks fromXml() makes on the content (not the XML), for a manifest built in code.
    Status validate() const;

    static QString dialectName(Database::Dialect dialect);
};

} // namespace s15n
