#include "rowmetadata.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlError>

namespace s15n {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::RowMetadata", text);
}

Status prepare(Database &db, std::optional<QSqlQuery> &query, const QString &statement)
{
    if (query)
        return Status();
    query.emplace(db.sql());
    if (!query->prepare(statement)) {
        const QString message = query->lastError().text();
        query.reset();
        return Status::failure(message);
    }
    return Status();
}

Status run(QSqlQuery &query)
{
    if (!query.exec())
        return Status::failure(query.lastError().text());
    return Status();
}

QVariant uuidOrNull(const QUuid &uuid)
{
    return uuid.isNull() ? QVariant() : QVariant(uuid.toString(QUuid::WithoutBraces));
}

} // namespace

RowMetadata::RowMetadata(Database &db) : m_db(db) {}

Result<std::optional<RowState>> RowMetadata::get(const QString &table, const QString &rowUuid)
{
    if (Status s = prepare(m_db, m_get,
                           QStringLiteral("SELECT version, ancestry, origin, source, deleted "
                                          "FROM s15n_rows WHERE table_name = ? AND row_uuid = ?"));
        !s)
        return s;
    m_get->bindValue(0, table);
    m_get->bindValue(1, rowUuid);
    if (Status s = run(*m_get); !s)
        return s;
    if (!m_get->next())
        return std::optional<RowState>();
    RowState state;
    state.rowUuid = rowUuid;
    const auto version = Version::fromString(m_get->value(0).toString());
    const auto ancestry = Ancestry::fromString(m_get->value(1).toString());
    if (!version || !ancestry)
        return Status::failure(tr("The metadata of row %1 in %2 is damaged.").arg(rowUuid, table));
    state.version = *version;
    state.ancestry = *ancestry;
    state.origin = QUuid::fromString(m_get->value(2).toString());
    state.source = QUuid::fromString(m_get->value(3).toString());
    state.deleted = m_get->value(4).toBool();
    m_get->finish();
    return std::optional<RowState>(state);
}

Status RowMetadata::put(const QString &table, const RowState &state)
{
    if (Status s =
            prepare(m_db, m_put,
                    QStringLiteral(
                        "INSERT INTO s15n_rows (table_name, row_uuid, version, ancestry, origin, "
                        "source, deleted, seq, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) "
                        "ON CONFLICT (table_name, row_uuid) DO UPDATE SET "
                        "version = excluded.version, ancestry = excluded.ancestry, "
                        "origin = excluded.origin, source = excluded.source, "
                        "deleted = excluded.deleted, seq = excluded.seq, "
                        "updated_at = excluded.updated_at"));
        !s)
        return s;
    m_put->bindValue(0, table);
    m_put->bindValue(1, state.rowUuid);
    m_put->bindValue(2, state.version.toString());
    QString ancestry = state.ancestry.toString();
    if (ancestry.isNull())
        ancestry = QStringLiteral(""); // a null QString would bind as NULL
    m_put->bindValue(3, ancestry);
    m_put->bindValue(4, state.origin.toString(QUuid::WithoutBraces));
    m_put->bindValue(5, uuidOrNull(state.source));
    m_put->bindValue(6, state.deleted);
    m_put->bindValue(7, QVariant(QMetaType::fromType<qlonglong>()));
    m_put->bindValue(8, QDateTime::currentMSecsSinceEpoch());
    return run(*m_put);
}

Status RowMetadata::putStamped(const QString &table, const RowState &state, qint64 seq)
{
    if (Status s = put(table, state); !s)
        return s;
    return setSeq(table, state.rowUuid, seq);
}

Status RowMetadata::setSeq(const QString &table, const QString &rowUuid, qint64 seq)
{
    if (Status s = prepare(m_db, m_setSeq,
                           QStringLiteral("UPDATE s15n_rows SET seq = ? "
                                          "WHERE table_name = ? AND row_uuid = ?"));
        !s)
        return s;
    m_setSeq->bindValue(0, seq);
    m_setSeq->bindValue(1, table);
    m_setSeq->bindValue(2, rowUuid);
    return run(*m_setSeq);
}

} // namespace s15n
