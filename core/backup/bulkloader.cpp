#include "bulkloader.h"

#include "sync/applyengine.h"
#include "sync/pagewriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDriver>
#include <QSqlError>

#include <sqlite3.h>

namespace s15n {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::BulkLoader", text);
}

// As the apply engine: versions from further ahead would drag this node's clock along.
constexpr qint64 kMaxClockLeadMs = 24 * 3600 * 1000;
// Keys remembered for references; beyond this the memory is given back.
constexpr qsizetype kMaxKeys = 100000;

// Binds a value as Qt's SQLite driver would (ApplyEngine::bindValue made it fit the column).
int bind(sqlite3_stmt *statement, int index, const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return sqlite3_bind_null(statement, index);
    switch (value.typeId()) {
    case QMetaType::Bool:
        return sqlite3_bind_int(statement, index, value.toBool() ? 1 : 0);
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return sqlite3_bind_int64(statement, index, value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float:
        return sqlite3_bind_double(statement, index, value.toDouble());
    case QMetaType::QByteArray: {
        const QByteArray bytes = value.toByteArray();
        return sqlite3_bind_blob(statement, index, bytes.constData(),
                                 static_cast<int>(bytes.size()), SQLITE_TRANSIENT);
    }
    default:
        break;
    }
    const QString text = value.toString();
    return sqlite3_bind_text16(statement, index, text.utf16(), static_cast<int>(text.size() * 2),
                               SQLITE_TRANSIENT);
}

int bindText(sqlite3_stmt *statement, int index, const QString &text)
{
    return sqlite3_bind_text16(statement, index, text.utf16(), static_cast<int>(text.size() * 2),
                               SQLITE_TRANSIENT);
}

} // namespace

struct BulkLoader::Sqlite
{
    sqlite3 *db = nullptr;
    QHash<QString, sqlite3_stmt *> statements; // by SQL text

    ~Sqlite()
    {
        for (sqlite3_stmt *statement : std::as_const(statements))
            sqlite3_finalize(statement);
    }

    sqlite3_stmt *prepare(const QString &sql)
    {
        if (sqlite3_stmt *known = statements.value(sql))
            return known;
        sqlite3_stmt *statement = nullptr;
        const QByteArray utf8 = sql.toUtf8();
        if (sqlite3_prepare_v2(db, utf8.constData(), static_cast<int>(utf8.size()), &statement,
                               nullptr) != SQLITE_OK)
            return nullptr;
        statements.insert(sql, statement);
        return statement;
    }

    // Runs a statement that returns no row, and makes it ready for the next run.
    bool run(sqlite3_stmt *statement)
    {
        const int result = sqlite3_step(statement);
        sqlite3_reset(statement);
        return result == SQLITE_DONE;
    }
};

BulkLoader::BulkLoader(Node &node, const PageSource &source)
    : m_node(node), m_source(source), m_metadata(node.database())
{
    const Database &db = node.database();
    const QVariant handle = db.sql().driver()->handle();
    if (db.dialect() == Database::Dialect::Sqlite && handle.isValid() &&
        qstrcmp(handle.typeName(), "sqlite3*") == 0) {
        m_sqlite = std::make_unique<Sqlite>();
        m_sqlite->db = *static_cast<sqlite3 *const *>(handle.constData());
    }
}

BulkLoader::~BulkLoader() = default;

Status BulkLoader::sqliteFailure(const QString &what) const
{
    return Status::failure(what + QStringLiteral(": ") +
                           QString::fromUtf8(sqlite3_errmsg(m_sqlite->db)));
}

Status BulkLoader::putState(const QString &table, const RowState &state, qint64 seq)
{
    if (!m_sqlite)
        return m_metadata.put(table, state, seq);
    // A plain insert: the restore found no record of this table's rows.
    sqlite3_stmt *insert = m_sqlite->prepare(QStringLiteral(
        "INSERT INTO s15n_rows (table_name, row_uuid, version, ancestry, origin, source, "
        "deleted, seq, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!insert)
        return sqliteFailure(tr("Cannot record the versions of %1").arg(table));
    bindText(insert, 1, table);
    bindText(insert, 2, state.rowUuid);
    bindText(insert, 3, state.version.toString());
    bindText(insert, 4, state.ancestry.toString());
    bindText(insert, 5, state.origin.toString(QUuid::WithoutBraces));
    bindText(insert, 6, state.source.toString(QUuid::WithoutBraces));
    sqlite3_bind_int(insert, 7, state.deleted ? 1 : 0);
    sqlite3_bind_int64(insert, 8, seq);
    sqlite3_bind_int64(insert, 9, QDateTime::currentMSecsSinceEpoch());
    if (!m_sqlite->run(insert))
        return sqliteFailure(
            tr("Cannot record the version of row %1 of %2").arg(state.rowUuid, table));
    return Status();
}

Status BulkLoader::check(const ResourceSchema &schema, const ChangeRecord &record) const
{
    const QString &table = schema.resource.table;
    const qint64 horizon = QDateTime::currentMSecsSinceEpoch() + kMaxClockLeadMs;
    if (record.version.millis > horizon)
        return Status::failure(
            tr("Row %1 of %2 carries a version dated %3, more than a day ahead "
               "of this node's clock: the parent's clock is wrong. Correct it "
               "there and make the backup again.")
                .arg(record.rowUuid, table,
                     QDateTime::fromMSecsSinceEpoch(record.version.millis, Qt::UTC)
                         .toString(Qt::ISODate)));
    for (const Field &field : record.fields) {
        if (!schema.fieldColumns.contains(field.name))
            return Status::failure(tr("Row %1 of %2 has a field '%3', which is not a column of %2 "
                                      "here (or is its local key or UUID column).")
                                       .arg(record.rowUuid, table, field.name));
        const auto ref = schema.references.constFind(field.name);
        const bool isRef = ref != schema.references.constEnd();
        if (field.value.type == FieldValue::Type::Reference
                ? !isRef || ref->refTable != field.value.refTable
                : isRef && field.value.type != FieldValue::Type::Null)
            return Status::failure(tr("Row %1 of %2: the field '%3' does not refer to the table "
                                      "its column refers to here.")
                                       .arg(record.rowUuid, table, field.name));
    }
    return Status();
}

Status BulkLoader::setApplying(bool on)
{
    // The capture triggers stand aside while rows that already have their versions go in.
    Database &db = m_node.database();
    QString statement;
    if (db.dialect() == Database::Dialect::Postgresql)
        statement = on ? QStringLiteral("SELECT set_config('s15n.applying', 'on', true)")
                       : QStringLiteral("SELECT set_config('s15n.applying', 'off', true)");
    else
        statement = on ? QStringLiteral("INSERT INTO s15n_applying (id) VALUES (1)")
                       : QStringLiteral("DELETE FROM s15n_applying");
    Result<QSqlQuery> q = db.exec(statement);
    return q ? Status() : q.status();
}

Status BulkLoader::load(const ResourceSchema &schema, const ChangePage &page,
                        QList<ChangeRecord> *deferred)
{
    if (m_sqlite)
        return loadSqlite(schema, page, deferred);
    Database &db = m_node.database();
    const QString &table = schema.resource.table;
    for (const ChangeRecord &record : page.records) {
        if (Status s = check(schema, record); !s)
            return s;
    }
    Result<QVariant> start =
        db.scalar(QStringLiteral("SELECT value FROM s15n_sequence WHERE name = 'changes'"));
    if (!start)
        return start.status();
    qint64 seq = start.value().toLongLong();
    if (Status s = setApplying(true); !s)
        return s;
    for (const ChangeRecord &record : page.records) {
        if (!record.deleted) { // a tombstone has no row to write, only its state
            Result<bool> inserted = insertRow(schema, record);
            if (!inserted)
                return inserted.status();
            if (!inserted.value()) {
                deferred->append(record);
                continue;
            }
        }
        m_node.clock().observe(record.version);
        RowState state;
        state.rowUuid = record.rowUuid;
        state.version = record.version;
        state.ancestry = record.ancestry;
        state.origin = record.origin;
        state.source = m_source.node;
        state.deleted = record.deleted;
        if (Status s = putState(table, state, ++seq); !s)
            return s;
    }
    if (Status s = setApplying(false); !s)
        return s;
    if (Result<QSqlQuery> q = db.exec(
            QStringLiteral("UPDATE s15n_sequence SET value = ? WHERE name = 'changes'"), {seq});
        !q)
        return q.status();
    return m_node.saveClock();
}

// The columns a record's fields go to, worked out once for all the records of a page with the
// same fields (usually all of them).
struct BulkLoader::Layout
{
    QStringList names;     // the fields, in the record's order
    QStringList types;     // their columns' types here
    QList<qsizetype> refs; // index into `references` for a reference column, else -1
    QList<ResourceSchema::Reference> references;
    sqlite3_stmt *insert = nullptr;
    bool valid = false;

    bool fits(const ChangeRecord &record) const
    {
        if (!valid || record.fields.size() != names.size())
            return false;
        for (qsizetype i = 0; i < names.size(); ++i) {
            if (record.fields[i].name != names[i])
                return false;
        }
        return true;
    }
};

Status BulkLoader::layoutFor(const ResourceSchema &schema, const ChangeRecord &record,
                             Layout &layout)
{
    Database &db = m_node.database();
    layout = Layout();
    QStringList quoted{db.quoted(schema.resource.uuidColumn)};
    QStringList marks{QStringLiteral("?")};
    for (const Field &field : record.fields) {
        // check() has made sure every name is a column here.
        const auto column = schema.table.column(field.name);
        const auto ref = schema.references.constFind(field.name);
        layout.names.append(field.name);
        layout.types.append(column ? column->type : QString());
        if (ref != schema.references.constEnd()) {
            layout.refs.append(layout.references.size());
            layout.references.append(*ref);
        } else {
            layout.refs.append(-1);
        }
        quoted.append(db.quoted(field.name));
        marks.append(QStringLiteral("?"));
    }
    const QString sql =
        QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
            .arg(db.quoted(schema.resource.table), quoted.join(QStringLiteral(", ")),
                 marks.join(QStringLiteral(", ")));
    layout.insert = m_sqlite->prepare(sql);
    if (!layout.insert)
        return sqliteFailure(
            tr("The database refused row %1 of %2").arg(record.rowUuid, schema.resource.table));
    layout.valid = true;
    return Status();
}

namespace {

// ASCII text (UUIDs) bound without a conversion by SQLite.
int bindAscii(sqlite3_stmt *statement, int index, const QString &text)
{
    char bytes[64];
    if (text.size() > qsizetype(sizeof bytes))
        return bindText(statement, index, text);
    for (qsizetype i = 0; i < text.size(); ++i) {
        const char16_t c = text[i].unicode();
        if (c >= 0x80)
            return bindText(statement, index, text);
        bytes[i] = static_cast<char>(c);
    }
    return sqlite3_bind_text(statement, index, bytes, static_cast<int>(text.size()),
                             SQLITE_TRANSIENT);
}

int bindBytes(sqlite3_stmt *statement, int index, const QByteArray &bytes)
{
    return sqlite3_bind_text(statement, index, bytes.constData(), static_cast<int>(bytes.size()),
                             SQLITE_TRANSIENT);
}

// A field's value as bind() would bind ApplyEngine::bindValue(value, columnType), without the
// variants for text and blobs (the common, costly ones). Blobs are bound in place
// (SQLITE_STATIC): the caller clears the bindings once the statement has run.
int bindField(sqlite3_stmt *statement, int index, const FieldValue &value,
              const QString &columnType, QByteArray &scratch)
{
    switch (value.type) {
    case FieldValue::Type::Text:
        if (value.value.typeId() == QMetaType::QString) {
            const auto *text = static_cast<const QString *>(value.value.constData());
            // ASCII goes as UTF-8 (the database's encoding): the same text, not converted.
            scratch.resize(text->size());
            char *out = scratch.data();
            const ushort *units = text->utf16();
            bool ascii = true;
            for (qsizetype i = 0; i < text->size() && ascii; ++i) {
                ascii = units[i] < 0x80;
                out[i] = static_cast<char>(units[i]);
            }
            if (ascii) // never a null pointer: empty text is not NULL
                return sqlite3_bind_text(statement, index, scratch.constData(),
                                         static_cast<int>(scratch.size()), SQLITE_TRANSIENT);
            return sqlite3_bind_text16(statement, index, units, static_cast<int>(text->size() * 2),
                                       SQLITE_TRANSIENT);
        }
        break;
    case FieldValue::Type::Blob:
        if (value.value.typeId() == QMetaType::QByteArray) {
            const auto *bytes = static_cast<const QByteArray *>(value.value.constData());
            return sqlite3_bind_blob(statement, index, bytes->isNull() ? "" : bytes->constData(),
                                     static_cast<int>(bytes->size()), SQLITE_STATIC);
        }
        break;
    default:
        break;
    }
    return bind(statement, index, ApplyEngine::bindValue(value, columnType));
}

} // namespace

Result<bool> BulkLoader::insertSqlite(const ResourceSchema &schema, const ChangeRecord &record,
                                      const Layout &layout)
{
    sqlite3_stmt *insert = layout.insert;
    bindAscii(insert, 1, record.rowUuid);
    for (qsizetype i = 0; i < record.fields.size(); ++i) {
        const Field &field = record.fields[i];
        const int index = static_cast<int>(i) + 2;
        const qsizetype ref = layout.refs[i];
        if (ref < 0 || field.value.type != FieldValue::Type::Reference) {
            bindField(insert, index, field.value, layout.types[i], m_text);
            continue;
        }
        Result<QVariant> key = keyOf(layout.references[ref], field.value.value.toString());
        if (!key || !key.value().isValid()) {
            sqlite3_clear_bindings(insert); // nothing bound in place outlives the record
            if (!key)
                return key.status();
            return false;
        }
        bind(insert, index, key.value());
    }
    if (!m_sqlite->run(insert)) {
        const Status failure = sqliteFailure(
            tr("The database refused row %1 of %2").arg(record.rowUuid, schema.resource.table));
        sqlite3_clear_bindings(insert);
        return failure;
    }
    sqlite3_clear_bindings(insert);
    return true;
}

Status BulkLoader::loadSqlite(const ResourceSchema &schema, const ChangePage &page,
                              QList<ChangeRecord> *deferred)
{
    Database &db = m_node.database();
    const QString &table = schema.resource.table;
    const qint64 horizon = QDateTime::currentMSecsSinceEpoch() + kMaxClockLeadMs;
    // check() for each record, once per layout for what depends only on the field names.
    Layout checked;
    for (const ChangeRecord &record : page.records) {
        if (record.version.millis > horizon || !checked.fits(record)) {
            if (Status s = check(schema, record); !s)
                return s;
            if (!record.deleted && !record.fields.isEmpty()) {
                checked.names.clear();
                for (const Field &field : record.fields)
                    checked.names.append(field.name);
                checked.valid = true;
            }
            continue;
        }
        // The same columns as the record checked before: only the reference types remain.
        for (const Field &field : record.fields) {
            const auto ref = schema.references.constFind(field.name);
            const bool isRef = ref != schema.references.constEnd();
            if (field.value.type == FieldValue::Type::Reference
                    ? !isRef || ref->refTable != field.value.refTable
                    : isRef && field.value.type != FieldValue::Type::Null) {
                if (Status s = check(schema, record); !s)
                    return s;
            }
        }
    }
    Result<QVariant> start =
        db.scalar(QStringLiteral("SELECT value FROM s15n_sequence WHERE name = 'changes'"));
    if (!start)
        return start.status();
    qint64 seq = start.value().toLongLong();
    if (Status s = setApplying(true); !s)
        return s;

    sqlite3_stmt *state = m_sqlite->prepare(QStringLiteral(
        "INSERT INTO s15n_rows (table_name, row_uuid, version, ancestry, origin, source, "
        "deleted, seq, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    if (!state)
        return sqliteFailure(tr("Cannot record the versions of %1").arg(table));
    // What is the same for every row of the page is bound once (bindings outlive a reset).
    bindText(state, 1, table);
    QByteArray text;
    pagexml::appendUuid(text, m_source.node);
    bindBytes(state, 6, text);
    sqlite3_bind_int64(state, 9, QDateTime::currentMSecsSinceEpoch());

    Layout layout;
    const Version *newest = nullptr;
    for (const ChangeRecord &record : page.records) {
        if (!record.deleted) { // a tombstone has no row to write, only its state
            if (!layout.fits(record)) {
                if (Status s = layoutFor(schema, record, layout); !s)
                    return s;
            }
            Result<bool> inserted = insertSqlite(schema, record, layout);
            if (!inserted)
                return inserted.status();
            if (!inserted.value()) {
                deferred->append(record);
                continue;
            }
        }
        // The clock goes past every version (observing the newest is observing them all).
        if (!newest || record.version.millis > newest->millis ||
            (record.version.millis == newest->millis && record.version.counter > newest->counter))
            newest = &record.version;
        bindAscii(state, 2, record.rowUuid);
        text.resize(0);
        pagexml::appendVersion(text, record.version);
        bindBytes(state, 3, text);
        text.resize(0);
        pagexml::appendAncestry(text, record.ancestry);
        bindBytes(state, 4, text);
        text.resize(0);
        pagexml::appendUuid(text, record.origin);
        bindBytes(state, 5, text);
        sqlite3_bind_int(state, 7, record.deleted ? 1 : 0);
        sqlite3_bind_int64(state, 8, ++seq);
        if (!m_sqlite->run(state))
            return sqliteFailure(
                tr("Cannot record the version of row %1 of %2").arg(record.rowUuid, table));
    }
    if (newest)
        m_node.clock().observe(*newest);
    if (Status s = setApplying(false); !s)
        return s;
    if (Result<QSqlQuery> q = db.exec(
            QStringLiteral("UPDATE s15n_sequence SET value = ? WHERE name = 'changes'"), {seq});
        !q)
        return q.status();
    return m_node.saveClock();
}

Result<bool> BulkLoader::insertRow(const ResourceSchema &schema, const ChangeRecord &record)
{
    Database &db = m_node.database();
    QStringList columns;
    QVariantList values;
    columns.reserve(record.fields.size());
    values.reserve(record.fields.size());
    for (const Field &field : record.fields) {
        columns.append(field.name);
        if (field.value.type != FieldValue::Type::Reference) {
            const auto column = schema.table.column(field.name);
            values.append(ApplyEngine::bindValue(field.value, column ? column->type : QString()));
            continue;
        }
        Result<QVariant> key =
            keyOf(schema.references.value(field.name), field.value.value.toString());
        if (!key)
            return key.status();
        if (!key.value().isValid())
            return false;
        values.append(key.value());
    }
    QString &sql =
        m_insertSql[schema.resource.table + QLatin1Char('|') + columns.join(QLatin1Char(','))];
    if (sql.isEmpty()) {
        // Names checked against the table's columns (check()), quoted.
        QStringList quoted{db.quoted(schema.resource.uuidColumn)};
        QStringList marks{QStringLiteral("?")};
        for (const QString &c : std::as_const(columns)) {
            quoted.append(db.quoted(c));
            marks.append(QStringLiteral("?"));
        }
        sql = QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                  .arg(db.quoted(schema.resource.table), quoted.join(QStringLiteral(", ")),
                       marks.join(QStringLiteral(", ")));
    }
    const QString refused =
        tr("The database refused row %1 of %2").arg(record.rowUuid, schema.resource.table);
    if (m_sqlite) {
        sqlite3_stmt *insert = m_sqlite->prepare(sql);
        if (!insert)
            return sqliteFailure(refused);
        bindText(insert, 1, record.rowUuid);
        for (int i = 0; i < values.size(); ++i)
            bind(insert, i + 2, values[i]);
        if (!m_sqlite->run(insert))
            return sqliteFailure(refused);
        return true;
    }
    auto insert = m_queries.find(sql);
    if (insert == m_queries.end()) {
        QSqlQuery q(db.sql());
        if (!q.prepare(sql))
            return Status::failure(q.lastError().text());
        insert = m_queries.insert(sql, q);
    }
    insert->bindValue(0, record.rowUuid);
    for (int i = 0; i < values.size(); ++i)
        insert->bindValue(i + 1, values[i]);
    if (!insert->exec())
        return Status::failure(refused + QStringLiteral(": ") + insert->lastError().databaseText());
    return true;
}

Result<QVariant> BulkLoader::keyOf(const ResourceSchema::Reference &ref, const QString &uuid)
{
    const QString id = ref.refTable + QLatin1Char('/') + uuid;
    if (const auto known = m_keys.constFind(id); known != m_keys.constEnd())
        return known.value();
    Database &db = m_node.database();
    const QString sql =
        QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
            .arg(db.quoted(ref.refColumn), db.quoted(ref.refTable), db.quoted(ref.refUuidColumn));
    QVariant key;
    if (m_sqlite) {
        sqlite3_stmt *lookup = m_sqlite->prepare(sql);
        if (!lookup)
            return sqliteFailure(tr("Cannot look up rows of %1").arg(ref.refTable));
        bindText(lookup, 1, uuid);
        const int result = sqlite3_step(lookup);
        if (result == SQLITE_ROW) {
            switch (sqlite3_column_type(lookup, 0)) {
            case SQLITE_INTEGER:
                key = QVariant(qint64(sqlite3_column_int64(lookup, 0)));
                break;
            case SQLITE_NULL:
                break;
            default:
                key = QVariant(QString::fromUtf8(
                    reinterpret_cast<const char *>(sqlite3_column_text(lookup, 0))));
                break;
            }
        }
        sqlite3_reset(lookup);
        if (result != SQLITE_ROW && result != SQLITE_DONE)
            return sqliteFailure(tr("Cannot look up rows of %1").arg(ref.refTable));
    } else {
        auto lookup = m_queries.find(sql);
        if (lookup == m_queries.end()) {
            QSqlQuery q(db.sql());
            if (!q.prepare(sql))
                return Status::failure(q.lastError().text());
            lookup = m_queries.insert(sql, q);
        }
        lookup->bindValue(0, uuid);
        if (!lookup->exec())
            return Status::failure(lookup->lastError().databaseText());
        if (lookup->next())
            key = lookup->value(0);
        lookup->finish();
    }
    if (!key.isValid())
        return QVariant(); // not here yet
    if (m_keys.size() >= kMaxKeys)
        m_keys.clear();
    m_keys.insert(id, key);
    return key;
}

} // namespace s15n
