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

Result<RowState> RowMetadata::fromRow(const QSqlQuery &query, int first, const QString &table,
                                      const QString &rowUuid) const
{
    RowState state;
    state.rowUuid = rowUuid;
    const auto version = Version::fromString(query.value(first).toString());
    const auto ancestry = Ancestry::fromString(query.value(first + 1).toString());
    if (!version || !ancestry)
        return Status::failure(tr("The metadata of row %1 in %2 is damaged.").arg(rowUuid, table));
    state.version = *version;
    state.ancestry = *ancestry;
    state.origin = QUuid::fromString(query.value(first + 2).toString());
    state.source = QUuid::fromString(query.value(first + 3).toString());
    state.deleted = query.value(first + 4).toBool();
    return state;
}

Result<std::optional<RowState>> RowMetadata::get(const QString &table, const QString &rowUuid)
{
    if (const auto cached = m_cache.constFind(table + QLatin1Char('/') + rowUuid);
        cached != m_cache.constEnd())
        return cached.value();
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
    Result<RowState> state = fromRow(*m_get, 0, table, rowUuid);
    m_get->finish();
    if (!state)
        return state.status();
    return std::optional<RowState>(state.value());
}

Status RowMetadata::prefetch(const QString &table, const QStringList &rowUuids)
{
    constexpr int kChunk = 500;
    for (int from = 0; from < rowUuids.size(); from += kChunk) {
        const QStringList chunk = rowUuids.mid(from, kChunk);
        QStringList marks;
        QVariantList values{table};
        for (const QString &uuid : chunk) {
            marks.append(QStringLiteral("?"));
            values.append(uuid);
            m_cache.insert(table + QLatin1Char('/') + uuid, std::nullopt);
        }
        Result<QSqlQuery> q =
            m_db.exec(QStringLiteral("SELECT row_uuid, version, ancestry, origin, source, deleted "
                                     "FROM s15n_rows WHERE table_name = ? AND row_uuid IN (%1)")
                          .arg(marks.join(QLatin1Char(','))),
                      values);
        if (!q)
            return q.status();
        while (q.value().next()) {
            const QString uuid = q.value().value(0).toString();
            Result<RowState> state = fromRow(q.value(), 1, table, uuid);
            if (!state)
                return state.status();
            m_cache.insert(table + QLatin1Char('/') + uuid, state.value());
        }
    }
    return Status();
}

Status RowMetadata::put(const QString &table, const RowState &state, qint64 seq)
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
    QString ancestry = state.ancestry.toString();
    if (ancestry.isNull())
        ancestry = QStringLiteral(""); // a null QString would bind as NULL
    m_put->bindValue(0, table);
    m_put->bindValue(1, state.rowUuid);
    m_put->bindValue(2, state.version.toString());
    m_put->bindValue(3, ancestry);
    m_put->bindValue(4, state.origin.toString(QUuid::WithoutBraces));
    m_put->bindValue(5, uuidOrNull(state.source));
    m_put->bindValue(6, state.deleted);
    m_put->bindValue(7, seq > 0 ? QVariant(seq) : QVariant(QMetaType::fromType<qlonglong>()));
    m_put->bindValue(8, QDateTime::currentMSecsSinceEpoch());
    if (Status s = run(*m_put); !s)
        return s;
    const QString key = table + QLatin1Char('/') + state.rowUuid;
    if (m_cache.contains(key))
        m_cache.insert(key, state);
    return Status();
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
