#include "exporter.h"

#include "capture/changestamper.h"
#include "capture/resourcestore.h"
#include "sync/pagewriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QMetaType>
#include <QSqlQuery>

#include <optional>

Q_LOGGING_CATEGORY(lcExport, "s15n.export")

namespace s15n {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::Exporter", text);
}

FieldValue toFieldValue(const QVariant &value)
{
    FieldValue field;
    if (value.isNull()) {
        field.type = FieldValue::Type::Null;
        return field;
    }
    switch (value.typeId()) {
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        field.type = FieldValue::Type::Integer;
        field.value = value.toLongLong();
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        field.type = FieldValue::Type::Real;
        field.value = value.toDouble();
        break;
    case QMetaType::Bool:
        field.type = FieldValue::Type::Boolean;
        field.value = value.toBool();
        break;
    case QMetaType::QByteArray:
        field.type = FieldValue::Type::Blob;
        field.value = value.toByteArray();
        break;
    case QMetaType::QDateTime:
        field.type = FieldValue::Type::Text;
        field.value = value.toDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz"));
        break;
    default:
        field.type = FieldValue::Type::Text;
        field.value = value.toString();
        break;
    }
    return field;
}

QString castUuid(const Database &db, const TableInfo &table, const QString &column,
                 const QString &expression)
{
    // A PostgreSQL uuid column compares with text only through a cast.
    if (db.dialect() == Database::Dialect::Postgresql) {
        const auto info = table.column(column);
        if (info && info->type == QLatin1String("uuid"))
            return QStringLiteral("CAST(%1 AS uuid)").arg(expression);
    }
    return expression;
}

// PostgreSQL types without an exact Qt value (numeric, timestamps, intervals, ...) travel as
// their text form, so no digits or microseconds are lost; timestamptz text carries its
// offset (connections run in UTC).
QString plainColumn(const Database &db, const TableInfo &table, const QString &column)
{
    const QString name = QStringLiteral("t.%1").arg(db.quoted(column));
    if (db.dialect() != Database::Dialect::Postgresql)
        return name;
    static const QStringList exact{QStringLiteral("smallint"),
                                   QStringLiteral("integer"),
                                   QStringLiteral("bigint"),
                                   QStringLiteral("real"),
                                   QStringLiteral("double precision"),
                                   QStringLiteral("boolean"),
                                   QStringLiteral("bytea"),
                                   QStringLiteral("text")};
    const auto info = table.column(column);
    if (!info || exact.contains(info->type))
        return name;
    return QStringLiteral("CAST(%1 AS text)").arg(name);
}

} // namespace

namespace {

// The SELECT list and joins that read a row's metadata (columns 0..6), its UUID column (7)
// and its travelling fields (from 8), for readRecord().
struct RowSelect
{
    QString columns;
    QString joins;
};

RowSelect rowSelect(const Database &db, const ResourceSchema &schema)
{
    QStringList select{QStringLiteral("r.seq"),
                       QStringLiteral("r.row_uuid"),
                       QStringLiteral("r.version"),
                       QStringLiteral("r.ancestry"),
                       QStringLiteral("r.origin"),
                       QStringLiteral("r.deleted"),
                       QStringLiteral("r.source"),
                       QStringLiteral("t.%1").arg(db.quoted(schema.resource.uuidColumn))};
    QStringList joins;
    int refIndex = 0;
    for (const QString &column : schema.fieldColumns) {
        const auto ref = schema.references.constFind(column);
        if (ref == schema.references.constEnd()) {
            select.append(plainColumn(db, schema.table, column));
            continue;
        }
        const QString alias = QStringLiteral("j%1").arg(refIndex++);
        // The raw key travels too, so a dangling reference is told apart from NULL.
        select.append(QStringLiteral("t.%1").arg(db.quoted(column)));
        select.append(QStringLiteral("%1.%2").arg(alias, db.quoted(ref->refUuidColumn)));
        joins.append(QStringLiteral("LEFT JOIN %1 %2 ON %2.%3 = t.%4")
                         .arg(db.quoted(ref->refTable), alias, db.quoted(ref->refColumn),
                              db.quoted(column)));
    }
    return {select.join(QStringLiteral(", ")), joins.join(QLatin1Char(' '))};
}

// The record on the query's current row (selected with rowSelect()); nothing for a live row
// whose data is gone (deleted after it was stamped: its tombstone follows with a later
// sequence).
Result<std::optional<ChangeRecord>> readRecord(const QSqlQuery &query,
                                               const ResourceSchema &schema)
{
    ChangeRecord record;
    record.rowUuid = query.value(1).toString();
    const auto version = Version::fromString(query.value(2).toString());
    const auto ancestry = Ancestry::fromString(query.value(3).toString());
    if (!version || !ancestry)
        return Status::failure(tr("The metadata of row %1 in %2 is damaged.")
                                   .arg(record.rowUuid, schema.resource.table));
    record.version = *version;
    record.ancestry = *ancestry;
    record.origin = QUuid::fromString(query.value(4).toString());
    record.deleted = query.value(5).toBool();
    if (!record.deleted && query.value(7).isNull())
        return std::optional<ChangeRecord>();
    if (record.deleted)
        return std::optional<ChangeRecord>(record);
    int at = 8;
    record.fields.reserve(schema.fieldColumns.size());
    for (const QString &column : schema.fieldColumns) {
        Field field;
        field.name = column;
        const auto ref = schema.references.constFind(column);
        if (ref == schema.references.constEnd()) {
            field.value = toFieldValue(query.value(at++));
        } else {
            const QVariant raw = query.value(at++);
            const QVariant refUuid = query.value(at++);
            if (!raw.isNull() && refUuid.isNull()) {
                qCWarning(lcExport) << "dangling reference" << schema.resource.table
                                    << record.rowUuid << column << raw;
                return Status::failure(
                    tr("Row %1 of %2 refers in %3 to a row of %4 that does not exist; "
                       "fix the data before exporting.")
                        .arg(record.rowUuid, schema.resource.table, column, ref->refTable));
            }
            if (!refUuid.isNull()) {
                field.value.type = FieldValue::Type::Reference;
                field.value.refTable = ref->refTable;
                field.value.value = refUuid.toString();
            }
        }
        record.fields.append(field);
    }
    return std::optional<ChangeRecord>(record);
}

} // namespace

Result<ChangePage> Exporter::readPage(const ResourceSchema &schema, qint64 since, int limit,
                                      const QUuid &skipSource, QList<qint64> *seqs)
{
    Database &db = m_node.database();
    const QString t = db.quoted(schema.resource.table);
    const RowSelect select = rowSelect(db, schema);
    const QString sql =
        // Rows from `skipSource` are passed over without reading their data (after a large
        // pull, every row pulled is one of those when pushing back).
        QStringLiteral("SELECT %1 FROM s15n_rows r LEFT JOIN %2 t ON t.%3 = %4 "
                       "AND (r.source IS NULL OR r.source <> ?) %5 "
                       "WHERE r.table_name = ? AND r.seq > ? ORDER BY r.seq LIMIT %6")
            .arg(select.columns, t, db.quoted(schema.resource.uuidColumn),
                 castUuid(db, schema.table, schema.resource.uuidColumn,
                          QStringLiteral("r.row_uuid")),
                 select.joins)
            .arg(limit);
    const QString skip =
        skipSource.isNull() ? QStringLiteral("") : skipSource.toString(QUuid::WithoutBraces);
    Result<QSqlQuery> q = db.exec(sql, {skip, schema.resource.table, since});
    if (!q)
        return Status::failure(
            tr("Cannot read the changes of %1: %2").arg(schema.resource.table, q.message()));
    ChangePage page;
    page.resource = schema.resource.table;
    page.since = since;
    page.cursor = since;
    if (seqs)
        seqs->clear();
    int scanned = 0;
    QSqlQuery &query = q.value();
    while (query.next()) {
        ++scanned;
        page.cursor = query.value(0).toLongLong();
        const QString source = query.value(6).toString();
        if (!skipSource.isNull() && !source.isEmpty() && QUuid::fromString(source) == skipSource)
            continue;
        Result<std::optional<ChangeRecord>> record = readRecord(query, schema);
        if (!record)
            return record.status();
        if (!record.value())
            continue;
        page.records.append(*record.value());
        if (seqs)
            seqs->append(page.cursor);
    }
    page.more = scanned == limit;
    return page;
}

Result<QList<ChangeRecord>> Exporter::readRows(const ResourceSchema &schema,
                                               const QStringList &rowUuids)
{
    Database &db = m_node.database();
    const RowSelect select = rowSelect(db, schema);
    QList<ChangeRecord> records;
    constexpr qsizetype kBatch = 500; // bound variables per statement
    for (qsizetype from = 0; from < rowUuids.size(); from += kBatch) {
        const QStringList batch = rowUuids.mid(from, kBatch);
        QStringList marks;
        QVariantList values{schema.resource.table};
        for (const QString &uuid : batch) {
            marks.append(QStringLiteral("?"));
            values.append(uuid);
        }
        const QString sql =
            QStringLiteral("SELECT %1 FROM s15n_rows r LEFT JOIN %2 t ON t.%3 = %4 %5 "
                           "WHERE r.table_name = ? AND r.row_uuid IN (%6) ORDER BY r.seq")
                .arg(select.columns, db.quoted(schema.resource.table),
                     db.quoted(schema.resource.uuidColumn),
                     castUuid(db, schema.table, schema.resource.uuidColumn,
                              QStringLiteral("r.row_uuid")),
                     select.joins, marks.join(QStringLiteral(", ")));
        Result<QSqlQuery> q = db.exec(sql, values);
        if (!q)
            return Status::failure(
                tr("Cannot read rows of %1: %2").arg(schema.resource.table, q.message()));
        while (q.value().next()) {
            Result<std::optional<ChangeRecord>> record = readRecord(q.value(), schema);
            if (!record)
                return record.status();
            if (record.value())
                records.append(*record.value());
        }
    }
    return records;
}

Result<ExportSummary> Exporter::exportTo(QIODevice *device, const QString &table, qint64 since,
                                         const QUuid &skipSource,
                                         const std::function<void(qint64)> &progress, int pageSize)
{
    ResourceStore store(m_node);
    Result<Resource> resource = store.find(table);
    if (!resource)
        return resource.status();
    if (!resource.value().pushes())
        return Status::failure(
            tr("%1 is a pull-only resource: its changes are not sent.").arg(table));
    Result<QList<Resource>> all = store.list();
    if (!all)
        return all.status();
    Result<ResourceSchema> schema =
        ResourceSchema::load(m_node.database(), resource.value(), all.value());
    if (!schema)
        return schema.status();
    if (Result<int> stamped = ChangeStamper(m_node).stamp(); !stamped)
        return stamped.status();

    PageWriter writer(device);
    writer.startDocument(PageSource{m_node.identity().uuid, m_node.identity().name});
    ExportSummary summary;
    summary.cursor = since;
    for (;;) {
        Result<ChangePage> page = readPage(schema.value(), summary.cursor, pageSize, skipSource);
        if (!page)
            return page.status();
        if (page.value().records.isEmpty() && !page.value().more && summary.pages > 0)
            break;
        writer.writePage(page.value());
        if (writer.hasError())
            return Status::failure(tr("Cannot write the export: %1").arg(writer.errorString()));
        summary.rows += page.value().records.size();
        summary.pages += 1;
        summary.cursor = page.value().cursor;
        if (progress)
            progress(summary.rows);
        if (!page.value().more)
            break;
    }
    writer.endDocument();
    if (writer.hasError())
        return Status::failure(tr("Cannot write the export: %1").arg(writer.errorString()));
    qCInfo(lcExport) << "exported" << summary.rows << "rows of" << table << "after" << since
                     << "up to" << summary.cursor;
    return summary;
}

} // namespace s15n
