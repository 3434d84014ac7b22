// SyncServer's checks of who asks: the login (HTTP Basic, with a limit on failed logins from
// one address), whether the calling node is registered with that account, whether a child
// asks for a table it may not receive, and whether a child's account is used from another
// node than the child's. The requests themselves are answered in syncserver.cpp.

#include "syncserver.h"

#include "protocol/messages.h"

#include <QDateTime>
#include <QHttpServerRequest>
#include <QLoggingCategory>
#include <QUrl>

Q_DECLARE_LOGGING_CATEGORY(lcServer) // defined in syncserver.cpp

namespace s15n {

namespace {

constexpr int kMaxFailedLogins = 10;
constexpr qint64 kFailedLoginWindowMs = 60 * 1000;

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

} // namespace

Result<SyncServer::Caller> SyncServer::authenticate(const QHttpServerRequest &request,
                                                    Reply *refusal)
{
    const QByteArray header = request.value("Authorization");
    const QString address = request.remoteAddress().toString();
    if (!header.startsWith("Basic ")) {
        *refusal = error(401, tr("Log in with HTTP Basic authentication."));
        return Status::failure(QString());
    }
    const QByteArray decoded = QByteArray::fromBase64(header.mid(6).trimmed());
    const qsizetype colon = decoded.indexOf(':');
    const QString username = QString::fromUtf8(decoded.left(colon < 0 ? 0 : colon));
    const QString password = QString::fromUtf8(decoded.mid(colon + 1));
    // Failed logins are slow (PBKDF2) and single-threaded: past kMaxFailedLogins a minute from
    // one address, further attempts are refused at once.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    QList<qint64> &failures = m_failedLogins[address];
    failures.removeIf([now](qint64 at) { return now - at > kFailedLoginWindowMs; });
    if (failures.size() >= kMaxFailedLogins) {
        *refusal = error(429, tr("Too many failed logins from %1; wait a minute.").arg(address));
        return Status::failure(QString());
    }
    bool couldNotCheck = false;
    Result<Account> account = colon < 0 ? Result<Account>(Status::failure(QString()))
                                        : m_accounts.verify(username, password, &couldNotCheck);
    if (!account && couldNotCheck) {
        qCWarning(lcServer) << "cannot check credentials:" << account.message();
        *refusal = error(503, tr("This server cannot check credentials just now (%1); the next "
                                 "round tries again.")
                                  .arg(account.message()));
        return account.status();
    }
    if (!account) {
        failures.append(now);
        LogEntry entry;
        entry.action = QStringLiteral("authenticate");
        entry.result = LogResult::Error;
        entry.peer = QString::fromLatin1(request.value("X-S15n-Node"));
        entry.message = tr("Wrong user name or password for '%1' from %2; nothing was changed.")
                            .arg(username, address);
        log(entry);
        qCWarning(lcServer) << "wrong credentials for" << username << "from" << address;
        *refusal = error(401, tr("Wrong user name or password."));
        return Status::failure(QString());
    }
    Caller caller;
    caller.username = account.value().username;
    caller.acceptPushes = account.value().acceptPushes;
    const QUuid node = QUuid::fromString(QString::fromLatin1(request.value("X-S15n-Node")));
    if (!node.isNull()) {
        Result<std::optional<Peer>> peer = m_peers.find(node);
        if (!peer) {
            *refusal = error(500, peer.message());
            return peer.status();
        }
        caller.peer = peer.value();
    }
    Result<Exclusions> exclusions = m_children.exclusionsFor(caller.username, node);
    if (!exclusions) {
        qCWarning(lcServer) << "cannot read the exclusions:" << exclusions.message();
        *refusal = error(500, exclusions.message());
        return exclusions.status();
    }
    caller.exclusions = exclusions.value();
    return caller;
}

SyncServer::Reply SyncServer::requireRegistered(const Caller &caller,
                                                const QHttpServerRequest &request)
{
    const QString node = QString::fromLatin1(request.value("X-S15n-Node"));
    QString reason;
    if (QUuid::fromString(node).isNull())
        return error(400, tr("The request does not say which node sends it (X-S15n-Node)."));
    else if (!caller.peer) {
        QString name = QUrl::fromPercentEncoding(request.value("X-S15n-Node-Name"));
        name.remove(QLatin1Char('"')).remove(QLatin1Char('\'')).remove(QLatin1Char('\\'));
        if (name.trimmed().isEmpty())
            name = QStringLiteral("NAME");
        reason =
            tr("Node %1 is not registered here. On that node run 's15n repo register "
               "REPOSITORY', or register it here with "
               "'s15n peer add %1 --name \"%2\" --user %3'.")
                .arg(QUuid::fromString(node).toString(QUuid::WithoutBraces), name, caller.username);
    } else if (caller.peer->username != caller.username)
        reason = tr("Node %1 is registered here with another account ('%2', not '%3'). Log "
                    "in with that account, or remove the registration here ('s15n peer remove "
                    "%1') so that the node registers again with its new account.")
                     .arg(QUuid::fromString(node).toString(QUuid::WithoutBraces),
                          caller.peer->username, caller.username);
    if (reason.isEmpty())
        return Reply{};
    LogEntry entry;
    entry.action = QStringLiteral("authorize");
    entry.peer = node;
    entry.result = LogResult::Error;
    entry.message = reason;
    log(entry);
    return Reply{403, messages::errorToXml(403, reason,
                                           caller.peer ? QStringLiteral("other-account")
                                                       : QStringLiteral("not-registered"))};
}

SyncServer::Reply SyncServer::refuseExcluded(const Caller &caller,
                                             const QHttpServerRequest &request,
                                             const QString &table)
{
    const QString reason = caller.exclusions.reason(table);
    LogEntry entry;
    entry.action = QStringLiteral("authorize");
    entry.peer = caller.peer ? uuidText(caller.peer->uuid) : QString();
    entry.resource = table;
    entry.result = LogResult::Error;
    entry.message = reason;
    log(entry);
    qCInfo(lcServer) << "refused" << request.url().path() << "of excluded table" << table
                     << "to child" << caller.exclusions.nickname;
    return Reply{403, messages::errorToXml(403, reason, QStringLiteral("excluded"))};
}

SyncServer::Reply SyncServer::otherNode(const Caller &caller, const QUuid &node,
                                        bool unnamedAllowed)
{
    if (!caller.exclusions.isChild() || (node.isNull() && unnamedAllowed))
        return Reply{};
    const QString &nickname = caller.exclusions.nickname;
    Result<std::optional<Child>> child = m_children.findByNickname(nickname);
    if (!child || !child.value())
        return error(500, child ? tr("Child '%1' is gone.").arg(nickname) : child.message());
    if (const QUuid known = child.value()->uuid; !known.isNull() && known != node)
        return Reply{403, messages::errorToXml(
                              403,
                              tr("Account '%1' belongs to child '%2', which is node %3, not %4. "
                                 "If this node replaces it, run 's15n child edit %5 "
                                 "--clear-uuid' on this server first.")
                                  .arg(caller.username, nickname, uuidText(known),
                                       node.isNull() ? tr("an unnamed node") : uuidText(node),
                                       ChildStore::shellWord(nickname)),
                              QStringLiteral("other-node"))};
    return Reply{};
}

} // namespace s15n
