#include "backupschema.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>
#include <QSqlQuery>

#include <algorithm>
#include <tuple>

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

QString quotedList(const Database &db, const QStringList &names)
{
    QStringList quoted;
    for (const QString &name : names)
        quoted.append(db.quoted(name));
    return quoted.join(QStringLiteral(", "));
}

// The portable default as `dialect` takes it for a column of `type` (a boolean's 0 and 1 are
// FALSE and TRUE in PostgreSQL, which refuses an integer there).
QString targetDefault(const BackupColumn &column, const QString &type, Database::Dialect dialect)
{
    if (dialect == Database::Dialect::Postgresql &&
        (column.type == FieldValue::Type::Boolean || type.compare(QLatin1String("boolean"), Qt::CaseInsensitive) == 0)) {
        if (column.defaultValue == QLatin1String("0"))
            return QStringLiteral("FALSE");
        if (column.defaultValue == QLatin1String("1"))
            return QStringLiteral("TRUE");
    }
    return column.defaultValue;
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

// SQLite names a UNIQUE constraint's index itself (sqlite_autoindex_...): a UNIQUE with the
// parent's name becomes a unique index of that name there, which SQLite enforces the same way.
bool namedUniqueIndex(const Database &target, const BackupIndex &index)
{
    return index.unique && !index.name.isEmpty() &&
           target.dialect() == Database::Dialect::Sqlite;
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
        if (!column.defaultValue.isEmpty())
            definition += QStringLiteral(" DEFAULT ") + targetDefault(column, type, dialect);
        if (column.type == FieldValue::Type::Reference)
            definition += QStringLiteral(" REFERENCES %1 (%2)")
                              .arg(target.quoted(column.refTable), target.quoted(column.refColumn));
        definitions.append(definition);
    }
    for (const BackupIndex &index : resource.indexes) {
        if (!index.unique || namedUniqueIndex(target, index))
            continue;
        const QString constraint =
            index.name.isEmpty() ? QString()
                                 : QStringLiteral("CONSTRAINT %1 ").arg(target.quoted(index.name));
        definitions.append(
            QStringLiteral("%1UNIQUE (%2)").arg(constraint, quotedList(target, index.columns)));
    }
    return QStringLiteral("CREATE TABLE %1 (%2)")
        .arg(target.quoted(resource.resource.table), definitions.join(QStringLiteral(", ")));
}

QStringList BackupSchema::createIndexes(const Database &target, const BackupResource &resource)
{
    QStringList statements;
    int n = 0;
    for (const BackupIndex &index : resource.indexes) {
        if (namedUniqueIndex(target, index)) {
            statements.append(QStringLiteral("CREATE UNIQUE INDEX %1 ON %2 (%3)")
                                  .arg(target.quoted(index.name),
                                       target.quoted(resource.resource.table),
                                       quotedList(target, index.columns)));
            continue;
        }
        if (index.unique)
            continue;
        ++n;
        // Without the parent's name, one of its own: index names are per schema in PostgreSQL.
        const QString name = index.name.isEmpty()
                                 ? QStringLiteral("%1_i%2").arg(resource.resource.table).arg(n)
                                 : index.name;
        statements.append(QStringLiteral("CREATE INDEX %1 ON %2 (%3)")
                              .arg(target.quoted(name.left(63)),
                                   target.quoted(resource.resource.table),
                                   quotedList(target, index.columns)));
    }
    return statements;
}

Status BackupSchema::forgetTakenNames(const Database &target, BackupResource *resource)
{
    for (BackupIndex &index : resource->indexes) {
        if (index.name.isEmpty())
            continue;
        // Tables and indexes share one namespace, per database in SQLite (whatever the case)
        // and per schema in PostgreSQL.
        Result<QVariant> taken =
            target.dialect() == Database::Dialect::Sqlite
                ? target.scalar(QStringLiteral("SELECT COUNT(*) FROM sqlite_master WHERE "
                                               "lower(name) = lower(?)"),
                                {index.name})
                : target.scalar(QStringLiteral("SELECT COUNT(*) FROM pg_class c JOIN "
                                               "pg_namespace n ON n.oid = c.relnamespace WHERE "
                                               "c.relname = ? AND n.nspname = current_schema()"),
                                {index.name});
        if (!taken)
            return taken.status();
        if (taken.value().toInt() > 0)
            index.name.clear();
    }
    return Status();
}

QString BackupSchema::portableDefault(const QString &expression, Database::Dialect dialect)
{
    QString e = expression.trimmed();
    if (dialect == Database::Dialect::Postgresql) {
        // '...'::text, 0::numeric, (-1): the literal without the cast and the parentheses.
        static const QRegularExpression cast(
            QStringLiteral("::[a-z_ ]+(\\([0-9, ]*\\))?(\\[\\])?$"));
        e.remove(cast);
        if (e == QLatin1String("now()"))
            e = QStringLiteral("CURRENT_TIMESTAMP");
    }
    while (e.size() > 2 && e.startsWith(QLatin1Char('(')) && e.endsWith(QLatin1Char(')')))
        e = e.mid(1, e.size() - 2).trimmed();
    const QString upper = e.toUpper();
    for (const char *keyword : {"TRUE", "FALSE", "CURRENT_TIMESTAMP", "CURRENT_DATE", "CURRENT_TIME"}) {
        if (upper == QLatin1String(keyword))
            return upper;
    }
    return BackupResource::isPortableDefault(e) ? e : QString();
}

Status BackupSchema::addIndexesAndDefaults(const Database &db, const ResourceSchema &schema,
                                           BackupResource *resource)
{
    const QString &table = schema.resource.table;
    const bool sqlite = db.dialect() == Database::Dialect::Sqlite;
    // Defaults.
    Result<QSqlQuery> q =
        sqlite ? db.exec(QStringLiteral("SELECT name, dflt_value FROM pragma_table_info(?)"),
                         {table})
               : db.exec(QStringLiteral("SELECT column_name, column_default FROM "
                                        "information_schema.columns WHERE table_schema = "
                                        "current_schema() AND table_name = ?"),
                         {table});
    if (!q)
        return q.status();
    QHash<QString, QString> defaults;
    while (q.value().next()) {
        if (!q.value().value(1).isNull())
            defaults.insert(q.value().value(0).toString(), q.value().value(1).toString());
    }
    for (BackupColumn &column : resource->columns) {
        if (column.name != schema.localKey)
            column.defaultValue = portableDefault(defaults.value(column.name), db.dialect());
    }
    // Indexes: name, unique, plain (no expression, no WHERE), columns in order.
    QList<std::tuple<QString, bool, bool, QStringList>> found;
    if (sqlite) {
        Result<QSqlQuery> list = db.exec(
            QStringLiteral("SELECT name, \"unique\", origin, partial FROM pragma_index_list(?)"),
            {table});
        if (!list)
            return list.status();
        QList<std::tuple<QString, bool, QString, bool>> indexes;
        while (list.value().next())
            indexes.append({list.value().value(0).toString(), list.value().value(1).toBool(),
                            list.value().value(2).toString(), list.value().value(3).toBool()});
        for (const auto &[name, unique, origin, partial] : indexes) {
            if (origin == QLatin1String("pk"))
                continue;
            Result<QSqlQuery> info = db.exec(
                QStringLiteral("SELECT cid, name FROM pragma_index_info(?) ORDER BY seqno"), {name});
            if (!info)
                return info.status();
            QStringList columns;
            bool plain = !partial;
            while (info.value().next()) {
                if (info.value().value(0).toInt() < 0)
                    plain = false; // an expression
                columns.append(info.value().value(1).toString());
            }
            found.append({name, unique, plain, columns});
        }
    } else {
        Result<QSqlQuery> list = db.exec(
            QStringLiteral(
                "SELECT ic.relname, i.indisunique, "
                "i.indexprs IS NULL AND i.indpred IS NULL AND NOT i.indisprimary, "
                "array_to_string(ARRAY(SELECT a.attname FROM unnest(i.indkey::int2[]) WITH "
                "ORDINALITY AS k(attnum, ord) JOIN pg_attribute a ON a.attrelid = i.indrelid "
                "AND a.attnum = k.attnum ORDER BY k.ord), ',') "
                "FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid "
                "JOIN pg_class ic ON ic.oid = i.indexrelid "
                "JOIN pg_namespace n ON n.oid = c.relnamespace "
                "WHERE c.relname = ? AND n.nspname = current_schema() ORDER BY ic.relname"),
            {table});
        if (!list)
            return list.status();
        while (list.value().next())
            found.append({list.value().value(0).toString(), list.value().value(1).toBool(),
                          list.value().value(2).toBool(),
                          list.value().value(3).toString().split(QLatin1Char(','),
                                                                  Qt::SkipEmptyParts)});
    }
    for (const auto &[name, unique, plain, columns] : found) {
        if (!plain || columns.isEmpty() || name.startsWith(QLatin1String("s15n_")) ||
            columns == QStringList{schema.resource.uuidColumn} ||
            (columns.size() == 1 && columns.first() == schema.localKey))
            continue;
        // Only columns that are in the backup (all of the table's are).
        if (std::any_of(columns.cbegin(), columns.cend(),
                        [&](const QString &c) { return !resource->column(c); }))
            continue;
        if (std::any_of(resource->indexes.cbegin(), resource->indexes.cend(),
                        [&](const BackupIndex &i) {
                            return i.columns == columns && i.unique == unique;
                        }))
            continue;
        resource->indexes.append(
            BackupIndex{columns, unique, BackupIndex::isPortableName(name) ? name : QString()});
    }
    return Status();
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
