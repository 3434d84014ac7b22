#pragma once

#include "capture/rowmetadata.h"
#include "storage/node.h"
#include "sync/changerecord.h"
#include "sync/resourceschema.h"

#include <QHash>
#include <QSqlQuery>

#include <memory>

namespace s15n {

// Writes a restore's records straight into tables the restore found empty, with no s15n
// records of them either: every record is new, so there is nothing to decide and nothing to
// conflict with, and the apply engine's work per record (reading the row's state, policies,
// upserts, a savepoint each on PostgreSQL) can be left out. The rows end up as the engine
// would store them: the sender's versions, ancestry and origin, the sender as their source,
// a place each in this node's change sequence. Runs inside the caller's transaction.
class BulkLoader
{
public:
    BulkLoader(Node &node, const PageSource &source);
    ~BulkLoader();
    BulkLoader(const BulkLoader &) = delete;
    BulkLoader &operator=(const BulkLoader &) = delete;

    // Loads the records of `page` into the table of `schema`. A record that refers to a row
    // not here (yet) is not loaded but added to *deferred, in page order, for the apply
    // engine, which keeps it waiting for that row.
    Status load(const ResourceSchema &schema, const ChangePage &page,
                QList<ChangeRecord> *deferred);

private:
    Status check(const ResourceSchema &schema, const ChangeRecord &record) const;
    // SQLite: the same, with the statements bound straight from the records.
    Status loadSqlite(const ResourceSchema &schema, const ChangePage &page,
                      QList<ChangeRecord> *deferred);
    struct Layout;
    Status layoutFor(const ResourceSchema &schema, const ChangeRecord &record, Layout &layout);
    Result<bool> insertSqlite(const ResourceSchema &schema, const ChangeRecord &record,
                              const Layout &layout);
    // False when a referenced row is missing (nothing written then).
    Result<bool> insertRow(const ResourceSchema &schema, const ChangeRecord &record);
    Result<QVariant> keyOf(const ResourceSchema::Reference &ref, const QString &uuid);
    Status putState(const QString &table, const RowState &state, qint64 seq);
    Status setApplying(bool on);

    // SQLite: the connection's own handle, so the many small statements of a load are bound
    // and run without Qt's per-value bookkeeping (most of the time otherwise).
    struct Sqlite;
    Status sqliteFailure(const QString &what) const;

    Node &m_node;
    PageSource m_source;
    RowMetadata m_metadata;
    QHash<QString, QString> m_insertSql; // by table and field list
    QHash<QString, QSqlQuery> m_queries; // PostgreSQL: prepared, by SQL text
    QHash<QString, QVariant> m_keys;     // referenced table + '/' + UUID → local key
    std::unique_ptr<Sqlite> m_sqlite;    // null on PostgreSQL
    QByteArray m_text;                   // SQLite: text being bound
};

} // namespace s15n
