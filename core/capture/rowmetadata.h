#pragma once

#include "storage/database.h"
#include "version/version.h"

#include <QSqlQuery>
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

// Reads and writes s15n_rows with prepared statements reused across calls.
class RowMetadata
{
public:
    explicit RowMetadata(Database &db);

    Result<std::optional<RowState>> get(const QString &table, const QString &rowUuid);
    // Writes the state; its seq is left for the stamper (NULL until stamped).
    Status put(const QString &table, const RowState &state);
    Status setSeq(const QString &table, const QString &rowUuid, qint64 seq);
    // put() and setSeq() in one statement.
    Status putStamped(const QString &table, const RowState &state, qint64 seq);

private:
    Database &m_db;
    std::optional<QSqlQuery> m_get;
    std::optional<QSqlQuery> m_put;
    std::optional<QSqlQuery> m_setSeq;
};

} // namespace s15n
