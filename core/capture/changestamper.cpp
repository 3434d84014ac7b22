#include "changestamper.h"

#include "capture/rowmetadata.h"

#include <QHash>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcCapture, "s15n.capture")

namespace s15n {

namespace {

constexpr int kBatch = 5000;

struct Pending
{
    QString table;
    QString rowUuid;
    qint64 lastId = 0;
    qint64 changedAt = 0;
    bool local = false; // a local change follows the last change applied from a peer
    bool deleted = false;
};

} // namespace

Result<int> ChangeStamper::stamp()
{
    Transaction transaction(m_node.database());
    if (!transaction.status())
        return transaction.status();
    Result<int> stamped = stampInTransaction();
    if (!stamped)
        return stamped;
    if (Status s = transaction.commit(); !s)
        return s;
    return stamped;
}

Result<int> ChangeStamper::stampInTransaction()
{
    Database &db = m_node.database();
    const bool postgres = db.dialect() == Database::Dialect::Postgresql;
    if (postgres) {
        // One stamper at a time, across processes sharing the database, until this
        // transaction ends: the next one sees every number this one handed out.
        if (Result<QSqlQuery> q = db.exec(QStringLiteral("SELECT pg_advisory_xact_lock(1515)")); !q)
            return q.status();
    }
    if (Status s = m_node.reloadClock(); !s)
        return s;
    Result<QVariant> start =
        db.scalar(QStringLiteral("SELECT value FROM s15n_sequence WHERE name = 'changes'"));
    if (!start)
        return start.status();
    qint64 seq = start.value().toLongLong();
    const qint64 firstSeq = seq;

    RowMetadata metadata(db);
    const QUuid self = m_node.identity().uuid;
    int total = 0;
    for (;;) {
        const QString select = QStringLiteral("SELECT id, table_name, row_uuid, op, changed_at, "
                                              "source FROM s15n_changes ORDER BY id LIMIT %1")
                                   .arg(kBatch);
        Result<QSqlQuery> q = db.exec(select);
        if (!q)
            return q.status();
        QList<Pending> rows;
        QHash<QString, int> index; // table + '/' + uuid → position in rows
        QStringList ids;
        qint64 maxId = 0;
        int count = 0;
        while (q.value().next()) {
            ++count;
            const qint64 id = q.value().value(0).toLongLong();
            ids.append(QString::number(id));
            const QString table = q.value().value(1).toString();
            const QString rowUuid = q.value().value(2).toString();
            const bool local = q.value().value(5).isNull();
            maxId = id;
            const QString key = table + QLatin1Char('/') + rowUuid;
            int at = index.value(key, -1);
            if (at < 0) {
                at = rows.size();
                index.insert(key, at);
                rows.append(Pending{table, rowUuid});
            }
            Pending &p = rows[at];
            p.lastId = id;
            p.changedAt = std::max(p.changedAt, q.value().value(4).toLongLong());
            p.local = local; // the last change decides: local after applied means a new version
            p.deleted = q.value().value(3).toString() == QLatin1String("D");
        }
        if (count == 0)
            break;
        std::sort(rows.begin(), rows.end(),
                  [](const Pending &a, const Pending &b) { return a.lastId < b.lastId; });
        QHash<QString, QStringList> localByTable;
        for (const Pending &p : rows) {
            if (p.local)
                localByTable[p.table].append(p.rowUuid);
        }
        metadata.clearCache();
        for (auto it = localByTable.cbegin(); it != localByTable.cend(); ++it) {
            if (Status s = metadata.prefetch(it.key(), it.value()); !s)
                return s;
        }
        for (const Pending &p : rows) {
            ++seq;
            if (!p.local) {
                if (Status s = metadata.setSeq(p.table, p.rowUuid, seq); !s)
                    return s;
                continue;
            }
            Result<std::optional<RowState>> existing = metadata.get(p.table, p.rowUuid);
            if (!existing)
                return existing.status();
            RowState state;
            state.rowUuid = p.rowUuid;
            state.deleted = p.deleted;
            state.version = m_node.clock().tick(p.changedAt);
            if (existing.value()) {
                const RowState &old = *existing.value();
                state.ancestry = Ancestry::after(old.version, old.ancestry);
                state.origin = old.origin;
            } else {
                state.origin = self;
            }
            if (Status s = metadata.put(p.table, state, seq); !s)
                return s;
        }
        // On PostgreSQL a transaction that commits after the select may hold lower ids; only
        // the changes stamped here go. (SQLite: nothing else writes while this one does.)
        Result<QSqlQuery> del =
            postgres ? db.exec(QStringLiteral("DELETE FROM s15n_changes WHERE id = "
                                              "ANY(CAST(string_to_array(?, ',') AS bigint[]))"),
                               {ids.join(QLatin1Char(','))})
                     : db.exec(QStringLiteral("DELETE FROM s15n_changes WHERE id <= ?"), {maxId});
        if (!del)
            return del.status();
        total += rows.size();
        if (count < kBatch)
            break;
    }
    if (seq != firstSeq) {
        if (Result<QSqlQuery> q = db.exec(
                QStringLiteral("UPDATE s15n_sequence SET value = ? WHERE name = 'changes'"), {seq});
            !q)
            return q.status();
        if (Status s = m_node.saveClock(); !s)
            return s;
        qCDebug(lcCapture) << "stamped" << total << "rows up to seq" << seq;
    }
    return total;
}

} // namespace s15n
