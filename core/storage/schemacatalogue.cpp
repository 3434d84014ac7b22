#include "schemacatalogue.h"

#include <QCoreApplication>

namespace s15n {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::SchemaCatalogue", text);
}

bool isIntegerType(const QString &type)
{
    const QString t = type.toLower();
    return t.contains(QLatin1String("int")) || t == QLatin1String("serial") ||
           t == QLatin1String("bigserial");
}
} // namespace

std::optional<ColumnInfo> TableInfo::column(const QString &name) const
{
    for (const ColumnInfo &c : columns) {
        if (c.name == name)
            return c;
    }
    return std::nullopt;
}

QStringList TableInfo::columnNames() const
{
    QStringList names;
    for (const ColumnInfo &c : columns)
        names.append(c.name);
    return names;
}

std::optional<ColumnInfo> TableInfo::localKey() const
{
    std::optional<ColumnInfo> key;
    for (const ColumnInfo &c : columns) {
        if (!c.primaryKey)
            continue;
        if (key)
            return std::nullopt; // composite keys travel as ordinary fields
        key = c;
    }
    if (key && isIntegerType(key->type))
        return key;
    return std::nullopt;
}

std::optional<ForeignKeyInfo> TableInfo::foreignKey(const QString &column) const
{
    for (const ForeignKeyInfo &fk : foreignKeys) {
        if (fk.column == column)
            return fk;
    }
    return std::nullopt;
}

Result<QStringList> SchemaCatalogue::tables() const
{
    QString sql;
    if (m_db.dialect() == Database::Dialect::Sqlite)
        sql = QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' "
                             "AND name NOT LIKE 'sqlite\\_%' ESCAPE '\\' "
                             "AND name NOT LIKE 's15n\\_%' ESCAPE '\\' ORDER BY name");
    else
        sql = QStringLiteral("SELECT table_name FROM information_schema.tables "
                             "WHERE table_schema = current_schema() AND table_type = 'BASE TABLE' "
                             "AND table_name NOT LIKE 's15n\\_%' ORDER BY table_name");
    Result<QSqlQuery> q = m_db.exec(sql);
    if (!q)
        return q.status();
    QStringList names;
    while (q.value().next())
        names.append(q.value().value(0).toString());
    return names;
}

Result<TableInfo> SchemaCatalogue::describe(const QString &table) const
{
    Result<QStringList> all = tables();
    if (!all)
        return all.status();
    if (!all.value().contains(table))
        return Status::failure(tr("There is no table '%1' in this database. Tables: %2.")
                                   .arg(table, all.value().isEmpty()
                                                   ? tr("none")
                                                   : all.value().join(QStringLiteral(", "))));

    TableInfo info;
    info.name = table;
    if (m_db.dialect() == Database::Dialect::Sqlite) {
        // The name is now known to be a real table, so it may be quoted into the pragma.
        Result<QSqlQuery> q =
            m_db.exec(QStringLiteral("SELECT name, type, \"notnull\", dflt_value, pk "
                                     "FROM pragma_table_info(?)"),
                      {table});
        if (!q)
            return q.status();
        while (q.value().next()) {
            ColumnInfo c;
            c.name = q.value().value(0).toString();
            c.type = q.value().value(1).toString();
            c.notNull = q.value().value(2).toInt() != 0;
            c.hasDefault = !q.value().value(3).isNull();
            c.primaryKey = q.value().value(4).toInt() > 0;
            info.columns.append(c);
        }
        Result<QSqlQuery> fk = m_db.exec(
            QStringLiteral("SELECT \"from\", \"table\", \"to\" FROM pragma_foreign_key_list(?)"),
            {table});
        if (!fk)
            return fk.status();
        while (fk.value().next()) {
            ForeignKeyInfo f{fk.value().value(0).toString(), fk.value().value(1).toString(),
                             fk.value().value(2).toString()};
            info.foreignKeys.append(f);
        }
        // A foreign key without a target column refers to the target's primary key.
        for (ForeignKeyInfo &f : info.foreignKeys) {
            if (!f.refColumn.isEmpty())
                continue;
            Result<QVariant> pk = m_db.scalar(
                QStringLiteral("SELECT name FROM pragma_table_info(?) WHERE pk = 1"), {f.refTable});
            if (pk)
                f.refColumn = pk.value().toString();
        }
        return info;
    }

    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral(
            "SELECT a.attname, format_type(a.atttypid, a.atttypmod), a.attnotnull, "
            "a.atthasdef OR a.attidentity <> '', "
            "COALESCE(a.attnum = ANY(i.indkey), false) "
            "FROM pg_attribute a "
            "JOIN pg_class c ON c.oid = a.attrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema() "
            "LEFT JOIN pg_index i ON i.indrelid = c.oid AND i.indisprimary "
            "WHERE c.relname = ? AND a.attnum > 0 AND NOT a.attisdropped ORDER BY a.attnum"),
        {table});
    if (!q)
        return q.status();
    while (q.value().next()) {
        ColumnInfo c;
        c.name = q.value().value(0).toString();
        c.type = q.value().value(1).toString();
        c.notNull = q.value().value(2).toBool();
        c.hasDefault = q.value().value(3).toBool();
        c.primaryKey = q.value().value(4).toBool();
        info.columns.append(c);
    }
    Result<QSqlQuery> fk = m_db.exec(
        QStringLiteral(
            "SELECT a.attname, rc.relname, ra.attname "
            "FROM pg_constraint k "
            "JOIN pg_class c ON c.oid = k.conrelid "
            "JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema() "
            "JOIN pg_class rc ON rc.oid = k.confrelid "
            "JOIN pg_attribute a ON a.attrelid = k.conrelid AND a.attnum = k.conkey[1] "
            "JOIN pg_attribute ra ON ra.attrelid = k.confrelid AND ra.attnum = k.confkey[1] "
            "WHERE k.contype = 'f' AND c.relname = ? AND array_length(k.conkey, 1) = 1"),
        {table});
    if (!fk)
        return fk.status();
    while (fk.value().next()) {
        info.foreignKeys.append({fk.value().value(0).toString(), fk.value().value(1).toString(),
                                 fk.value().value(2).toString()});
    }
    return info;
}

} // namespace s15n
