#include "backupschema.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace s15n {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::BackupSchema", text);
}

// PostgreSQL's own types that every server has; a parent's other types (enums, domains,
// extensions) may not exist on the child, so those columns get the portable type.
bool isBuiltinPostgresType(const QString &declared)
{
    static const QStringList builtin{
        QStringLiteral("smallint"),
        QStringLiteral("integer"),
        QStringLiteral("bigint"),
        QStringLiteral("real"),
        QStringLiteral("double precision"),
        QStringLiteral("numeric"),
        QStringLiteral("boolean"),
        QStringLiteral("text"),
        QStringLiteral("character varying"),
        QStringLiteral("character"),
        QStringLiteral("bytea"),
        QStringLiteral("date"),
        QStringLiteral("time without time zone"),
        QStringLiteral("time with time zone"),
        QStringLiteral("timestamp without time zone"),
        QStringLiteral("timestamp with time zone"),
        QStringLiteral("interval"),
        QStringLiteral("uuid"),
        QStringLiteral("json"),
        QStringLiteral("jsonb"),
    };
    static const QRegularExpression modifiers(QStringLiteral("\\([0-9, ]*\\)|\\[\\]"));
    QString base = declared;
    base.remove(modifiers);
    return builtin.contains(base.simplified().toLower());
}

bool isIntegerName(const QString &declared)
{
    return declared.contains(QLatin1String("int"), Qt::CaseInsensitive);
}

QString portableColumnType(FieldValue::Type type, Database::Dialect dialect)
{
    const bool sqlite = dialect == Database::Dialect::Sqlite;
    switch (type) {
    case FieldValue::Type::Integer:
    case FieldValue::Type::Reference:
        return sqlite ? QStringLiteral("INTEGER") : QStringLiteral("bigint");
    case FieldValue::Type::Real:
        return sqlite ? QStringLiteral("REAL") : QStringLiteral("double precision");
    case FieldValue::Type::Blob:
        return sqlite ? QStringLiteral("BLOB") : QStringLiteral("bytea");
    case FieldValue::Type::Boolean:
        return sqlite ? QStringLiteral("BOOLEAN") : QStringLiteral("boolean");
    case FieldValue::Type::Null:
    case FieldValue::Type::Text:
        break;
    }
    return sqlite ? QStringLiteral("TEXT") : QStringLiteral("text");
}

} // namespace

FieldValue::Type BackupSchema::portableType(const QString &declared, Database::Dialect dialect)
{
    const QString t = declared.toUpper();
    if (dialect == Database::Dialect::Postgresql) {
        if (t == QLatin1String("SMALLINT") || t == QLatin1String("INTEGER") ||
            t == QLatin1String("BIGINT"))
            return FieldValue::Type::Integer;
        if (t == QLatin1String("REAL") || t == QLatin1String("DOUBLE PRECISION"))
            return FieldValue::Type::Real;
        if (t == QLatin1String("BOOLEAN"))
            return FieldValue::Type::Boolean;
        if (t == QLatin1String("BYTEA"))
            return FieldValue::Type::Blob;
        return FieldValue::Type::Text; // travels as its exact text form
    }
    // SQLite's affinity rules, in their order; BOOLEAN (numeric affinity) is kept apart so a
    // boolean survives a trip through SQLite.
    if (t.contains(QLatin1String("INT")))
        return FieldValue::Type::Integer;
    if (t.contains(QLatin1String("BOOL")))
        return FieldValue::Type::Boolean;
    if (t.contains(QLatin1String("CHAR")) || t.contains(QLatin1String("CLOB")) ||
        t.contains(QLatin1String("TEXT")))
        return FieldValue::Type::Text;
    if (t.contains(QLatin1String("BLOB")))
        return FieldValue::Type::Blob;
    if (t.contains(QLatin1String("REAL")) || t.contains(QLatin1String("FLOA")) ||
        t.contains(QLatin1String("DOUB")) || t.contains(QLatin1String("NUM")) ||
        t.contains(QLatin1String("DEC")))
        return FieldValue::Type::Real;
    return FieldValue::Type::Text; // no type, dates and the like
}

QList<BackupColumn> BackupSchema::columns(const ResourceSchema &schema, Database::Dialect dialect)
{
    QList<BackupColumn> result;
    for (const ColumnInfo &info : schema.table.columns) {
        BackupColumn column;
        column.name = info.name;
        column.declared = info.type;
        column.notNull = info.notNull && info.name != schema.localKey;
        const auto ref = schema.references.constFind(info.name);
        if (ref != schema.references.constEnd()) {
            column.type = FieldValue::Type::Reference;
            column.refTable = ref->refTable;
            column.refColumn = ref->refColumn;
        } else if (info.name == schema.localKey) {
            column.type = FieldValue::Type::Integer;
        } else {
            column.type = portableType(info.type, dialect);
        }
        result.append(column);
    }
    return result;
}

QString BackupSchema::createTable(const Database &target, const BackupResource &resource,
                                  Database::Dialect source)
{
    const Database::Dialect dialect = target.dialect();
    const bool sameDialect = dialect == source;
    QStringList definitions;
    for (const BackupColumn &column : resource.columns) {
        QString type = portableColumnType(column.type, dialect);
        if (sameDialect && !column.declared.isEmpty() &&
            (dialect == Database::Dialect::Sqlite || isBuiltinPostgresType(column.declared)))
            type = column.declared;
        QString definition = target.quoted(column.name) + QLatin1Char(' ');
        if (column.name == resource.keyColumn) {
            // A local key the database fills in: rows from other nodes never carry it.
            if (dialect == Database::Dialect::Sqlite)
                definition += QStringLiteral("INTEGER PRIMARY KEY");
            else
                definition += (isIntegerName(type) ? type : QStringLiteral("bigint")) +
                              QStringLiteral(" GENERATED BY DEFAULT AS IDENTITY PRIMARY KEY");
            definitions.append(definition);
            continue;
        }
        definition += type;
        if (column.notNull)
            definition += QStringLiteral(" NOT NULL");
        if (column.type == FieldValue::Type::Reference)
            definition += QStringLiteral(" REFERENCES %1 (%2)")
                              .arg(target.quoted(column.refTable), target.quoted(column.refColumn));
        definitions.append(definition);
    }
    return QStringLiteral("CREATE TABLE %1 (%2)")
        .arg(target.quoted(resource.resource.table), definitions.join(QStringLiteral(", ")));
}

Status BackupSchema::checkExisting(const TableInfo &table, const BackupResource &resource,
                                   const QStringList &resourceTables)
{
    const QString &name = resource.resource.table;
    const auto localKey = table.localKey();
    QStringList missing;
    for (const BackupColumn &column : resource.columns) {
        if (column.name == resource.keyColumn || column.name == resource.resource.uuidColumn)
            continue; // neither travels; the UUID column is added when missing
        const auto here = table.column(column.name);
        if (!here || (localKey && localKey->name == column.name)) {
            missing.append(column.name);
            continue;
        }
        const auto fk = table.foreignKey(column.name);
        if (column.type == FieldValue::Type::Reference) {
            if (!fk || fk->refTable != column.refTable)
                return Status::failure(
                    tr("The table %1 here does not match the backup: its column %2 must refer to "
                       "%3. Drop the empty table %1 so that the restore creates it, or correct "
                       "it.")
                        .arg(name, column.name, column.refTable));
        } else if (fk && resourceTables.contains(fk->refTable)) {
            return Status::failure(
                tr("The table %1 here does not match the backup: its column %2 refers to %3, "
                   "but in the backup it holds plain values. Drop the empty table %1 so that "
                   "the restore creates it, or correct it.")
                    .arg(name, column.name, fk->refTable));
        }
    }
    if (!missing.isEmpty())
        return Status::failure(tr("The table %1 here lacks the column(s) %2 that the backup "
                                  "fills. Add them, or drop the empty table %1 so that the "
                                  "restore creates it.")
                                   .arg(name, missing.join(QStringLiteral(", "))));
    for (const ColumnInfo &column : table.columns) {
        if (resource.column(column.name) || !column.notNull || column.hasDefault ||
            column.primaryKey)
            continue;
        return Status::failure(tr("The table %1 here has a column %2 that must not be empty "
                                  "(NOT NULL, no default), which the backup's rows do not fill. "
                                  "Give it a default, or drop the empty table %1 so that the "
                                  "restore creates it.")
                                   .arg(name, column.name));
    }
    return Status();
}

} // namespace s15n
