#include "resourcestore.h"

#include "capture/capturetriggers.h"
#include "storage/schemacatalogue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>

Q_LOGGING_CATEGORY(lcResources, "s15n.resources")

namespace s15n {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::ResourceStore", text);
}

Result<Resource> fromQuery(const QSqlQuery &q)
{
    Resource r;
    r.table = q.value(0).toString();
    r.uuidColumn = q.value(1).toString();
    const auto mode = syncModeFromString(q.value(2).toString());
    const auto strategy = Strategy::fromString(q.value(3).toString());
    const auto update = policyFromString(q.value(4).toString());
    const auto conflict = policyFromString(q.value(5).toString());
    if (!mode || !strategy || !update || !conflict)
        return Status::failure(tr("The settings of resource %1 are damaged.").arg(r.table));
    r.mode = *mode;
    r.strategy = *strategy;
    r.updatePolicy = *update;
    r.conflictPolicy = *conflict;
    return r;
}

const char kSelect[] = "SELECT table_name, uuid_column, mode, strategy, update_policy, "
                       "conflict_policy FROM s15n_resources";

} // namespace

Status ResourceStore::validateSettings(const Resource &resource)
{
    if (resource.updatePolicy == Policy::Manual)
        return Status::failure(tr("MANUAL is a conflict policy only; the update policy is one of "
                                  "THIS, OTHER, NEWER, MASTER."));
    if (!resource.strategy.create && !resource.strategy.update && !resource.strategy.remove)
        return Status::failure(
            tr("The strategy must allow at least one of create, update, delete."));
    return Status();
}

bool ResourceStore::isPlainIdentifier(const QString &name)
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z_][A-Za-z0-9_]{0,62}$"));
    return pattern.match(name).hasMatch();
}

Result<QList<Resource>> ResourceStore::list() const
{
    Result<QSqlQuery> q = m_node.database().exec(QString::fromLatin1(kSelect) +
                                                 QStringLiteral(" ORDER BY table_name"));
    if (!q)
        return q.status();
    QList<Resource> resources;
    while (q.value().next()) {
        Result<Resource> r = fromQuery(q.value());
        if (!r)
            return r.status();
        resources.append(r.value());
    }
    return resources;
}

Result<Resource> ResourceStore::find(const QString &table) const
{
    Result<QSqlQuery> q = m_node.database().exec(
        QString::fromLatin1(kSelect) + QStringLiteral(" WHERE table_name = ?"), {table});
    if (!q)
        return q.status();
    if (!q.value().next())
        return Status::failure(
            tr("'%1' is not a resource of this node. See 's15n resource list'.").arg(table));
    return fromQuery(q.value());
}

Status ResourceStore::add(const Resource &resource)
{
    Transaction transaction(m_node.database());
    if (!transaction.status())
        return transaction.status();
    if (Status s = addInTransaction(resource); !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    qCInfo(lcResources) << "added resource" << resource.table << "uuid column"
                        << resource.uuidColumn;
    return Status();
}

Status ResourceStore::addInTransaction(const Resource &resource)
{
    Database &db = m_node.database();
    if (Status s = validateSettings(resource); !s)
        return s;
    if (resource.table.startsWith(QLatin1String("s15n_"), Qt::CaseInsensitive))
        return Status::failure(tr("'%1' is one of s15n's own tables; only the application's "
                                  "tables can be resources.")
                                   .arg(resource.table));
    const SchemaCatalogue catalogue(db);
    Result<TableInfo> table = catalogue.describe(resource.table);
    if (!table)
        return table.status();
    if (find(resource.table))
        return Status::failure(tr("%1 is already a resource; change it with 's15n resource edit'.")
                                   .arg(resource.table));
    if (!isPlainIdentifier(resource.table))
        return Status::failure(tr("The table name '%1' is not a plain identifier (letters, digits, "
                                  "underscore); s15n cannot sync it.")
                                   .arg(resource.table));
    if (!table.value().column(resource.uuidColumn) && !isPlainIdentifier(resource.uuidColumn))
        return Status::failure(
            tr("'%1' is not a usable column name (letters, digits, underscore; not starting with a "
               "digit).")
                .arg(resource.uuidColumn));
    if (const auto column = table.value().column(resource.uuidColumn);
        column && column->primaryKey && table.value().localKey())
        return Status::failure(tr("The UUID column cannot be the table's integer key."));
    for (const ColumnInfo &c : table.value().columns) {
        if (!isPlainIdentifier(c.name))
            return Status::failure(tr("The column '%1' of %2 is not a plain identifier; s15n "
                                      "cannot sync this table.")
                                       .arg(c.name, resource.table));
    }
    if (Status s = checkTableShape(table.value()); !s)
        return s;

    CaptureTriggers triggers(db);
    if (Status s = triggers.prepareUuidColumn(table.value(), resource.uuidColumn); !s)
        return s;
    Result<TableInfo> prepared = catalogue.describe(resource.table);
    if (!prepared)
        return prepared.status();
    if (Status s = checkUuidValues(resource); !s)
        return s;
    if (Status s = triggers.install(prepared.value(), resource.uuidColumn); !s)
        return s;
    Result<QSqlQuery> insert = db.exec(
        QStringLiteral("INSERT INTO s15n_resources (table_name, uuid_column, mode, strategy, "
                       "update_policy, conflict_policy, added_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {resource.table, resource.uuidColumn, toString(resource.mode), resource.strategy.toString(),
         toString(resource.updatePolicy), toString(resource.conflictPolicy),
         QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
    if (!insert)
        return insert.status();
    // Rows already in the table become local changes, so they get versions and travel.
    Result<QSqlQuery> queue =
        db.exec(QStringLiteral("INSERT INTO s15n_changes (table_name, row_uuid, op, changed_at) "
                               "SELECT ?, %1, 'I', ? FROM %2")
                    .arg(db.quoted(resource.uuidColumn), db.quoted(resource.table)),
                {resource.table, QDateTime::currentMSecsSinceEpoch()});
    return queue ? Status() : queue.status();
}

Status ResourceStore::edit(const Resource &resource)
{
    if (Status s = validateSettings(resource); !s)
        return s;
    if (Result<Resource> existing = find(resource.table); !existing)
        return existing.status();
    Result<QSqlQuery> q = m_node.database().exec(
        QStringLiteral("UPDATE s15n_resources SET mode = ?, strategy = ?, update_policy = ?, "
                       "conflict_policy = ? WHERE table_name = ?"),
        {toString(resource.mode), resource.strategy.toString(), toString(resource.updatePolicy),
         toString(resource.conflictPolicy), resource.table});
    return q ? Status() : q.status();
}

Status ResourceStore::checkTableShape(const TableInfo &table) const
{
    const Database &db = m_node.database();
    if (db.dialect() == Database::Dialect::Sqlite) {
        // The capture triggers find a new row by its rowid.
        Result<QVariant> sql = db.scalar(
            QStringLiteral("SELECT sql FROM sqlite_master WHERE type = 'table' AND name = ?"),
            {table.name});
        if (!sql)
            return sql.status();
        static const QRegularExpression withoutRowid(QStringLiteral("WITHOUT\\s+ROWID"),
                                                     QRegularExpression::CaseInsensitiveOption);
        if (withoutRowid.match(sql.value().toString()).hasMatch())
            return Status::failure(tr("%1 is a WITHOUT ROWID table, which s15n cannot capture "
                                      "changes of. Use an ordinary table.")
                                       .arg(table.name));
        return Status();
    }
    const auto key = table.localKey();
    if (key && !key->hasDefault)
        return Status::failure(tr("The integer key %1 of %2 has no default, so rows arriving from "
                                  "other nodes could not be inserted. Make it an identity column "
                                  "(ALTER TABLE %2 ALTER COLUMN %1 ADD GENERATED BY DEFAULT AS "
                                  "IDENTITY) and add the resource again.")
                                   .arg(key->name, table.name));
    return Status();
}

Status ResourceStore::checkUuidValues(const Resource &resource) const
{
    const Database &db = m_node.database();
    const QString u = db.quoted(resource.uuidColumn);
    const QString hex = QStringLiteral("[0-9a-f]");
    QString test;
    if (db.dialect() == Database::Dialect::Sqlite) {
        const QString pattern = hex.repeated(8) + QLatin1Char('-') + hex.repeated(4) +
                                QLatin1Char('-') + hex.repeated(4) + QLatin1Char('-') +
                                hex.repeated(4) + QLatin1Char('-') + hex.repeated(12);
        test = QStringLiteral("%1 NOT GLOB '%2' OR length(%1) <> 36").arg(u, pattern);
    } else {
        test = QStringLiteral("CAST(%1 AS text) !~ "
                              "'^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$'")
                   .arg(u);
    }
    Result<QVariant> bad =
        db.scalar(QStringLiteral("SELECT CAST(%1 AS TEXT) FROM %2 WHERE %3 LIMIT 1")
                      .arg(u, db.quoted(resource.table), test));
    if (!bad)
        return bad.status();
    if (bad.value().isValid())
        return Status::failure(
            tr("The column %1 of %2 holds '%3', which is not a lower-case UUID "
               "(like 0b1a8e72-c486-4599-bd57-733ac9e540c9). Choose another "
               "column with --uuid-column, or a new one for s15n to fill.")
                .arg(resource.uuidColumn, resource.table, bad.value().toString()));
    return Status();
}

Status ResourceStore::remove(const QString &table)
{
    Database &db = m_node.database();
    if (Result<Resource> existing = find(table); !existing)
        return existing.status();
    // A resource that others refer to must stay: their references travel as its UUIDs.
    Result<QList<Resource>> all = list();
    if (!all)
        return all.status();
    const SchemaCatalogue catalogue(db);
    for (const Resource &other : all.value()) {
        if (other.table == table)
            continue;
        Result<TableInfo> info = catalogue.describe(other.table);
        if (!info)
            return info.status();
        for (const ForeignKeyInfo &fk : info.value().foreignKeys) {
            if (fk.refTable == table)
                return Status::failure(tr("%1 refers to %2 (column %3); remove %1 as a resource "
                                          "first.")
                                           .arg(other.table, table, fk.column));
        }
    }
    Transaction transaction(db);
    if (!transaction.status())
        return transaction.status();
    if (Status s = CaptureTriggers(db).remove(table); !s)
        return s;
    for (const char *metadata : {"s15n_resources", "s15n_rows", "s15n_changes", "s15n_conflicts",
                                 "s15n_parked", "s15n_cursors"}) {
        Result<QSqlQuery> q = db.exec(QStringLiteral("DELETE FROM %1 WHERE table_name = ?")
                                          .arg(QString::fromLatin1(metadata)),
                                      {table});
        if (!q)
            return q.status();
    }
    return transaction.commit();
}

Result<QList<Resource>> ResourceStore::dependencyOrder() const
{
    Result<QList<Resource>> all = list();
    if (!all)
        return all.status();
    const SchemaCatalogue catalogue(m_node.database());
    QHash<QString, QSet<QString>> dependsOn;
    QSet<QString> names;
    for (const Resource &r : all.value())
        names.insert(r.table);
    for (const Resource &r : all.value()) {
        Result<TableInfo> info = catalogue.describe(r.table);
        if (!info)
            return info.status();
        for (const ForeignKeyInfo &fk : info.value().foreignKeys) {
            if (fk.refTable != r.table && names.contains(fk.refTable))
                dependsOn[r.table].insert(fk.refTable);
        }
    }
    QList<Resource> ordered;
    QSet<QString> placed;
    QList<Resource> remaining = all.value();
    while (!remaining.isEmpty()) {
        bool progress = false;
        for (int i = 0; i < remaining.size(); ++i) {
            const QSet<QString> needs = dependsOn.value(remaining[i].table);
            if (!placed.contains(needs))
                continue;
            placed.insert(remaining[i].table);
            ordered.append(remaining.takeAt(i));
            --i;
            progress = true;
        }
        if (!progress) {
            // A cycle: keep the rest in name order; rows are parked until their targets arrive.
            ordered.append(remaining);
            break;
        }
    }
    return ordered;
}

} // namespace s15n
