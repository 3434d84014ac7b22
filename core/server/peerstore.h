#pragma once

#include "storage/database.h"

#include <QDateTime>
#include <QList>
#include <QUuid>

#include <optional>

namespace s15n {

// A node registered here: it may pull from and (if allowed) push to this node.
struct Peer
{
    QUuid uuid;
    QString name;
    int syncId = 0;
    QString username; // the account it registered with; only that account may speak for it
    bool acceptPushes = true;
    QDateTime registeredAt;
    QDateTime lastSeenAt;
};

// s15n_peers: registration, by the peer itself (`repo add` at its side) or by hand.
class PeerStore
{
public:
    explicit PeerStore(Database &db) : m_db(db) {}

    // Registers or re-registers (no duplicate: the same UUID updates its name). Refused when
    // the UUID is registered with another account, and when the account is a child's and the
    // node is not that child (ChildStore::bindRegistration). *isNew says which it was;
    // *childFilled gets the nickname of the child whose UUID this registration filled in.
    // One transaction.
    Status registerPeer(const Peer &peer, bool *isNew = nullptr, QString *childFilled = nullptr);
    Result<std::optional<Peer>> find(const QUuid &uuid) const;
    Result<QList<Peer>> list() const;
    Status setAcceptPushes(const QUuid &uuid, bool accept);
    Status remove(const QUuid &uuid);
    Status touch(const QUuid &uuid);

private:
    Database &m_db;
};

} // namespace s15n
