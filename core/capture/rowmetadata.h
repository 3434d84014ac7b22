#pragma once

#include "storage/database.h"
#include "version/version.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace s15n {

// What s15n knows of one synced row (s15n_rows).
struct RowState
{
    QString rowUuid;
    Version version;
    Ancestry ancestry;
    QUuid origin; // the node that created the row
    QUuid source; // the peer its current version came from; null when made here
    bool deleted = false;
};

// Reads and writes s15n_rows with prepared statements reused across calls. Rows read with
// prefetch() are answered from memory until clearCache(); put() keeps that memory current.
class RowMetadata
{
public:
    explicit RowMetadata(Database &db);

    Result<std::optional<RowState>> get(const QString &table, const QString &rowUuid);
    // Reads the states of many rows of one table at once (absent rows are remembered too).
    Status prefetch(const QString &table, const QStringList &rowUuids);
    void clearCache() { m_cache.clear(); }

    // Writes the state with its place in the change sequence (`seq` <= 0: not placed yet,
    // left for the stamper).
    Status put(const QString &table, const RowState &state, qint64 seq = 0);
    Status setSeq(const QString &table, const QString &rowUuid, qint64 seq);

private:
    Result<RowState> fromRow(const QSqlQuery &query, int firstColumn, const QString &table,
                             const QString &rowUuid) const;

    Database &m_db;
    std::optional<QSqlQuery> m_get;
    std::optional<QSqlQuery> m_put;
    std::optional<QSqlQuery> m_setSeq;
    QHash<QString, std::optional<RowState>> m_cache; // table + '/' + uuid
};

} // namespace s15n
