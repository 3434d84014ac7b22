#pragma once

#include "capture/resource.h"
#include "storage/schemacatalogue.h"
#include "util/status.h"

#include <QSqlTableModel>

#include <map>

namespace s15n {
class Database;
}

namespace s15n::ui {

// The rows of one resource table for correcting by hand: a QSqlTableModel on manual submit,
// rows fetched lazily. Edits stay in the model, marked (cell background, row header), until
// submitChanges() writes all of them in one transaction, or none.
//
// The UUID column is read-only (it names the row on every node), and so are blob columns and
// the local integer key of rows already stored. Columns come from the database; there is no
// Column enum because the table is the user's.
class ResourceTableModel : public QSqlTableModel
{
    Q_OBJECT

public:
    enum class RowChange { None, Insert, Update, Delete };

    // `db` must outlive the model; the model uses its connection on this thread.
    explicit ResourceTableModel(Database &db, QObject *parent = nullptr);

    // Shows `resource`'s table (checked against the schema catalogue), sorted by its key,
    // without a filter. Pending edits are dropped.
    Status setResource(const Resource &resource);
    const Resource &resource() const { return m_resource; }
    const TableInfo &tableInfo() const { return m_info; }

    // Shows the rows whose `column` (every column but blobs when empty) contains `text`,
    // ignoring case as the database's LOWER() does; an empty text shows every row. Column
    // names come from the catalogue, the text goes in as a literal the driver escaped.
    // Pending edits are dropped.
    Status setTextFilter(const QString &column, const QString &text);
    // The WHERE clause setTextFilter() uses (empty for an empty text).
    Result<QString> textFilterClause(const QString &column, const QString &text) const;

    RowChange rowChange(int row) const;
    // Rows with an edit, a new row or a deletion not submitted yet.
    int pendingRowCount() const;

    // Writes every pending change (inserts, updates, deletes, in row order) in one
    // transaction and reloads the rows. A failure rolls everything back and keeps every edit
    // pending, those written before the failing one too, so they can be corrected and
    // submitted again; its message says which row failed, why, and what to do.
    // (QSqlTableModel::submitAll() marks the rows it wrote before a failure as submitted, so
    // after the rollback a second submitAll() would skip them and their edits would be lost.)
    //
    // The database checks a UNIQUE value as each row is written, so a row refused because
    // another row still holds its new value is tried again once that row has been written
    // (inside the same transaction, under a savepoint): a value passed down a chain of rows,
    // or taken from a row being deleted, goes in. Two rows swapping values cannot (each waits
    // for the other); the message names both rows and says how to do it in two submits.
    // When a sync holds the database's write lock, it waits for it at most lockTimeout(),
    // then fails saying the database is busy.
    Status submitChanges();

    // How long submitChanges() waits for a lock another connection (a sync) holds before it
    // gives up: SQLite's busy timeout for its BEGIN IMMEDIATE, PostgreSQL's lock_timeout in
    // its transaction. Ten seconds (the node connection's SQLite busy timeout) unless set.
    void setLockTimeout(int milliseconds);
    int lockTimeout() const { return m_lockTimeoutMs; }

    // Whether the cell can be set to NULL: it is editable (not the UUID, a blob or a stored
    // row's key) and its column is not NOT NULL.
    bool canSetNull(const QModelIndex &index) const;
    // Sets the cell to NULL, pending like any edit (Revert brings the old value back); false
    // if it cannot be.
    bool setNull(const QModelIndex &index);

    // Whether the column cannot be edited in any row (UUID, blob).
    bool isReadOnlyColumn(int column) const;

    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool insertRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    bool removeRows(int row, int count, const QModelIndex &parent = QModelIndex()) override;
    void revertRow(int row) override;
    bool select() override;
    void clear() override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    bool isBlobColumn(int column) const;
    // Moves the pending rows at or after `from` by `delta`, as QSqlTableModel moves its cache
    // when a new row comes or goes.
    void shiftPendingRows(int from, int delta);
    QString rowDescription(int row, RowChange change) const;
    // Writes one pending change with the model's own statements; false with lastError() set.
    bool writeRow(int row, RowChange change);
    Status beginSubmit();
    // Why writing `row` failed when another row holds its new UNIQUE value: which row, and
    // what to do. Empty when that is not it, or it cannot be told. Asks the database, so
    // only after the rollback.
    QString explainDuplicate(int row, RowChange change) const;
    // The column sets of the table's UNIQUE constraints and indexes (not partial ones, nor
    // those on expressions), from the database's catalogue.
    QList<QStringList> uniqueColumnSets() const;
    // The row (of those read) whose stored key is `key`, or -1.
    int rowOfKey(const QSqlRecord &key) const;
    // "Row 3" as the row header shows it, or "A new row".
    QString rowName(int row, bool capital) const;

    Database &m_db;
    Resource m_resource;
    TableInfo m_info;
    int m_uuidColumn = -1;
    int m_keyColumn = -1;
    // The rows with a cached change and what it is (QSqlTableModel keeps its cache to
    // itself); emptied whenever the model is reset (select, setTable, clear).
    std::map<int, RowChange> m_pending;
    // Between the start of a change's signals and their end: a listener asking for more
    // rows then would nest a second change inside the first.
    bool m_changing = false;
    int m_lockTimeoutMs = 10000;
};

} // namespace s15n::ui
