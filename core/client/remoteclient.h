#pragma once

#include "protocol/messages.h"
#include "sync/changerecord.h"
#include "sync/policy.h"

#include <QNetworkAccessManager>
#include <QSslCertificate>
#include <QUrl>
#include <QUuid>

#include <atomic>
#include <functional>
#include <memory>
#include <optional>

class QNetworkReply;

namespace s15n {

class Node;
struct Repository;

struct RemoteOptions
{
    QUrl url; // the remote's base URL, e.g. http://parent.example:8443
    QString username;
    QString password;
    QUrl proxy;                        // empty: none
    QList<QSslCertificate> caCertificates; // trusted besides the system's (HTTPS)
    QUuid node;                        // this node, sent with every request
    QString nodeName;                  // its name, for the remote's messages
    int transferTimeoutMs = 60 * 1000; // no data for this long aborts a request
    const std::atomic_bool *cancelled = nullptr;
    bool retried = false; // a sync round, which the next round retries: failures say so

    // For talking to `repository`: its URL, user, CA file, and its proxy or else the node's
    // default proxy (NodeSettings). A CA file that cannot be read is a failure naming it.
    static Result<RemoteOptions> forRepository(Node &node, const Repository &repository,
                                               const QString &password);
};

// Speaks the s15n HTTP protocol to one remote node (core/sync/PROTOCOL.md). Calls block,
// running a local event loop, and return the remote's answer or a failure that says what to
// do. Use it on one thread.
class RemoteClient
{
public:
    explicit RemoteClient(const RemoteOptions &options);

    // The certificates in a PEM file (a CA, or a self-signed server certificate), or a failure
    // that names the file.
    static Result<QList<QSslCertificate>> readCertificates(const QString &file);

    Result<messages::NodeInfo> nodeInfo();
    Result<messages::Registered> registerNode(const messages::Registration &registration);
    // A change document with one page of `resource` after `since`.
    Result<QByteArray> pull(const QString &resource, qint64 since, int limit);
    // The same in two steps, so the remote prepares the next page while this node applies
    // the last one. A pending pull that is dropped unfinished is aborted.
    struct Dropper
    {
        void operator()(QNetworkReply *reply) const;
    };
    using PendingPull = std::unique_ptr<QNetworkReply, Dropper>;
    PendingPull startPull(const QString &resource, qint64 since, int limit);
    Result<QByteArray> finishPull(PendingPull pending);
    // How far the remote has received this node's changes of `resource`.
    Result<qint64> cursor(const QString &resource);
    // The remote's current state of the rows of `resource` named in `rowUuids` (asked for
    // in requests of at most messages::kMaxRowsPerRequest rows), read and checked: one page
    // of `resource` from the remote; rows it does not have are absent.
    Result<ChangePage> rows(const QString &resource, const QStringList &rowUuids);
    Result<messages::PushResult> push(const QString &resource, const QByteArray &document,
                                      Policy updatePolicy, Policy conflictPolicy);

    // A backup of the parent's data for the child whose account this is (PROTOCOL.md,
    // "Backup"): startBackup() has the remote begin writing it (or finds the one it writes);
    // getBackup() asks for it: while it is being written, its state; once ready, the zip goes
    // to `sink` (`received` is told the bytes so far, of a total or 0) and the answer is
    // empty. A sink that refuses a write aborts the download and fails.
    Result<messages::BackupState> startBackup();
    using Received = std::function<void(qint64 bytes, qint64 total)>;
    Result<std::optional<messages::BackupState>> getBackup(const QString &id, QIODevice *sink,
                                                           const Received &received = {});

    // The failure came from the remote (an HTTP error answer), not from reaching it.
    bool lastFailureWasRemote() const { return m_remoteFailure; }
    int lastHttpStatus() const { return m_httpStatus; }
    // The code of the remote's last error answer ("not-registered", ...), or empty.
    const QString &lastErrorCode() const { return m_errorCode; }
    // The remote's certificate was not trusted (TLS handshake failed).
    bool lastFailureWasTls() const { return m_tlsFailure; }
    // The remote's clock minus ours at the last answer, in ms (half the round trip allowed).
    qint64 lastSkewMs() const { return m_skewMs; }

private:
    Result<QByteArray> request(const QByteArray &verb, const QString &endpoint,
                               const QList<std::pair<QString, QString>> &query,
                               const QByteArray &body = {});
    QNetworkReply *send(const QByteArray &verb, const QString &endpoint,
                        const QList<std::pair<QString, QString>> &query,
                        const QByteArray &body = {});
    // Waits for the answer (or cancellation), then deletes the reply. 202 is an answer too.
    // With a sink, a 200 answer's body goes there as it comes instead.
    Result<QByteArray> await(QNetworkReply *reply, QIODevice *sink = nullptr,
                             const Received &received = {});

    RemoteOptions m_options;
    QNetworkAccessManager m_network;
    bool m_remoteFailure = false;
    bool m_tlsFailure = false;
    QString m_errorCode;
    int m_httpStatus = 0;
    qint64 m_skewMs = 0;
};

} // namespace s15n
