#include "peerstore.h"

#include "server/childstore.h"

#include <QCoreApplication>
#include <QSqlQuery>

namespace s15n {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::PeerStore", text);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

QString key(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

const char kColumns[] =
    "SELECT uuid, name, sync_id, username, accept_pushes, registered_at, last_seen_at "
    "FROM s15n_peers";

Peer fromQuery(const QSqlQuery &q)
{
    Peer peer;
    peer.uuid = QUuid::fromString(q.value(0).toString());
    peer.name = q.value(1).toString();
    peer.syncId = q.value(2).toInt();
    peer.username = q.value(3).toString();
    peer.acceptPushes = q.value(4).toInt() != 0;
    peer.registeredAt = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
    peer.lastSeenAt = QDateTime::fromString(q.value(6).toString(), Qt::ISODateWithMs);
    return peer;
}

} // namespace

Status PeerStore::registerPeer(const Peer &peer, bool *isNew, QString *childFilled)
{
    if (peer.uuid.isNull())
        return Status::failure(tr("A peer needs a UUID."));
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    Result<std::optional<Peer>> existing = find(peer.uuid);
    if (!existing)
        return existing.status();
    if (isNew)
        *isNew = !existing.value().has_value();
    if (existing.value() && existing.value()->username != peer.username)
        return Status::failure(
            tr("Node %1 is registered here with another account; only that account may "
               "speak for it.")
                .arg(key(peer.uuid)));
    if (Status s = ChildStore(m_db).bindRegistration(peer.username, peer.uuid, childFilled); !s)
        return s;
    Result<QSqlQuery> q =
        existing.value()
            ? m_db.exec(QStringLiteral("UPDATE s15n_peers SET name = ?, sync_id = ?, "
                                       "last_seen_at = ? WHERE uuid = ?"),
                        {peer.name, peer.syncId, now(), key(peer.uuid)})
            : m_db.exec(QStringLiteral("INSERT INTO s15n_peers (uuid, name, sync_id, username, "
                                       "accept_pushes, registered_at, last_seen_at) VALUES (?, "
                                       "?, ?, ?, ?, ?, ?)"),
                        {key(peer.uuid), peer.name, peer.syncId, peer.username,
                         peer.acceptPushes ? 1 : 0, now(), now()});
    if (!q)
        return q.status();
    return transaction.commit();
}

Result<std::optional<Peer>> PeerStore::find(const QUuid &uuid) const
{
    Result<QSqlQuery> q =
        m_db.exec(QLatin1String(kColumns) + QStringLiteral(" WHERE uuid = ?"), {key(uuid)});
    if (!q)
        return q.status();
    if (!q.value().next())
        return std::optional<Peer>();
    return std::optional<Peer>(fromQuery(q.value()));
}

Result<QList<Peer>> PeerStore::list() const
{
    Result<QSqlQuery> q = m_db.exec(QLatin1String(kColumns) + QStringLiteral(" ORDER BY name"));
    if (!q)
        return q.status();
    QList<Peer> peers;
    while (q.value().next())
        peers.append(fromQuery(q.value()));
    return peers;
}

Status PeerStore::setAcceptPushes(const QUuid &uuid, bool accept)
{
    Result<QSqlQuery> q =
        m_db.exec(QStringLiteral("UPDATE s15n_peers SET accept_pushes = ? WHERE uuid = ?"),
                  {accept ? 1 : 0, key(uuid)});
    if (!q)
        return q.status();
    if (q.value().numRowsAffected() != 1)
        return Status::failure(tr("No peer %1 is registered here.").arg(key(uuid)));
    return Status();
}

Status PeerStore::remove(const QUuid &uuid)
{
    Result<QSqlQuery> q =
        m_db.exec(QStringLiteral("DELETE FROM s15n_peers WHERE uuid = ?"), {key(uuid)});
    if (!q)
        return q.status();
    if (q.value().numRowsAffected() != 1)
        return Status::failure(tr("No peer %1 is registered here.").arg(key(uuid)));
    return Status();
}

Status PeerStore::touch(const QUuid &uuid)
{
    Result<QSqlQuery> q =
        m_db.exec(QStringLiteral("UPDATE s15n_peers SET last_seen_at = ? WHERE uuid = ?"),
                  {now(), key(uuid)});
    return q ? Status() : q.status();
}

} // namespace s15n
