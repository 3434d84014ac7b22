#pragma once

#include "storage/database.h"

#include <QDateTime>
#include <QList>
#include <QUrl>
#include <QUuid>

#include <optional>

namespace s15n {

// A remote node this node syncs with (Sahana Eden's repository). Its password is kept by
// CredentialStore, never here.
struct Repository
{
    QString name;
    QUrl url;
    QString username;
    QUrl proxy;                // empty: none
    QUuid remoteUuid;          // learnt from the remote (or given and checked)
    bool acceptPushes = false; // accept pushes that this remote sends here
    bool registered = false;   // this node is registered at the remote
    QString caCertificateFile; // PEM file of the CA (or self-signed certificate) to trust
    QDateTime createdAt;
};

class RepositoryStore
{
public:
    explicit RepositoryStore(Database &db) : m_db(db) {}

    // Checks the name (1..64 of [A-Za-z0-9._-]), URL (http or https with a host) and proxy.
    static Status validate(const Repository &repository);

    Status add(const Repository &repository);
    Status update(const Repository &repository); // by name
    Status remove(const QString &name);
    Result<QList<Repository>> list() const;
    Result<Repository> find(const QString &name) const; // fails if there is none
    Result<std::optional<Repository>> findByRemote(const QUuid &remote) const;

private:
    Database &m_db;
};

} // namespace s15n
