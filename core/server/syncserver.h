#pragma once

#include "log/synclog.h"
#include "server/accountstore.h"
#include "server/backupjobs.h"
#include "server/childstore.h"
#include "server/peerstore.h"
#include "storage/node.h"

#include <QAbstractHttpServer>
#include <QHash>
#include <QHostAddress>
#include <QPointer>

#include <optional>

class QHttpServerResponder;

namespace s15n {

class GuardedTcpServer;

struct ServerOptions
{
    qint64 maxBodyBytes = 64 * 1024 * 1024;
    qint64 skewWarningMs = 60 * 1000; // clock skew past this is logged as a warning
    QString tlsCertificateFile;       // both set: HTTPS
    QString tlsKeyFile;
};

// Answers peers over HTTP (core/sync/PROTOCOL.md, "HTTP endpoints"): node info, register,
// pull, cursor, push, rows, and a child's backup (written on threads of their own). Requests are handled one at a time on this object's thread, each
// push page in its own transaction, so a page in flight always finishes.
class SyncServer : public QAbstractHttpServer
{
    Q_OBJECT
public:
    SyncServer(Node &node, const ServerOptions &options, QObject *parent = nullptr);
    ~SyncServer() override;

    // Starts listening; port 0 picks a free port. Returns the port.
    Result<quint16> start(const QHostAddress &address, quint16 port);
    // Stops accepting connections and sends what is still buffered for the answers already
    // made (waits up to `timeoutMs` per connection), so a page in flight is answered in full.
    void stopListening(int timeoutMs = 5000);

signals:
    void requestServed(const QString &path, int status);

protected:
    bool handleRequest(const QHttpServerRequest &request, QTcpSocket *socket) override;
    void missingHandler(const QHttpServerRequest &request, QTcpSocket *socket) override;

private:
    struct Reply
    {
        Reply(int status = 200, QByteArray body = {}) : status(status), body(std::move(body)) {}
        int status = 200;
        QByteArray body;
        QByteArray allow; // 405: the method the path takes
        QString file;     // a zip to send instead of the body
    };
    struct Caller
    {
        QString username;
        bool acceptPushes = true;
        std::optional<Peer> peer; // when the request names a registered node
        Exclusions exclusions;    // what it may not receive (a child; nothing for other peers)
    };

    Reply dispatch(const QHttpServerRequest &request);
    Result<Caller> authenticate(const QHttpServerRequest &request, Reply *refusal);
    Reply requireRegistered(const Caller &caller, const QHttpServerRequest &request);
    Reply refuseExcluded(const Caller &caller, const QHttpServerRequest &request,
                         const QString &table);
    Reply backup(const Caller &caller, const QHttpServerRequest &request);
    // 403 (other-node) when the caller logs in with a child's account from another node than
    // that child's (known once it registered); an unnamed node passes if `unnamedAllowed`.
    Reply otherNode(const Caller &caller, const QUuid &node, bool unnamedAllowed);
    Reply nodeInfo(const Caller &caller);
    Reply registerPeer(const Caller &caller, const QHttpServerRequest &request);
    Reply pull(const Peer &peer, const QHttpServerRequest &request);
    Reply cursor(const Peer &peer, const QHttpServerRequest &request);
    Reply rows(const Peer &peer, const QHttpServerRequest &request);
    Reply push(const Caller &caller, const Peer &peer, const QHttpServerRequest &request);
    void checkSkew(const QHttpServerRequest &request, const QString &peer);
    void send(const QHttpServerRequest &request, QTcpSocket *socket, const Reply &reply);
    static Reply error(int status, const QString &message);
    void log(LogEntry entry);

    Node &m_node;
    ServerOptions m_options;
    AccountStore m_accounts;
    PeerStore m_peers;
    ChildStore m_children;
    SyncLog m_log;
    BackupJobs m_backups;
    QPointer<GuardedTcpServer> m_tcp;
    QHash<QString, qint64> m_lastSkewWarning; // by peer, ms since epoch
    QHash<QString, QList<qint64>> m_failedLogins; // by remote address, ms since epoch
};

} // namespace s15n
