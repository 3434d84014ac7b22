#include "syncserver.h"

#include "capture/changestamper.h"
#include "capture/resourcestore.h"
#include "client/repositorystore.h"
#include "protocol/messages.h"
#include "server/guardedtcpserver.h"
#include "sync/applyengine.h"
#include "sync/exporter.h"
#include "sync/pagereader.h"
#include "sync/pagewriter.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QHttpServerRequest>
#include <QHttpServerResponder>
#include <QLoggingCategory>
#include <QSslKey>
#include <QTcpSocket>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcServer, "s15n.server")

namespace s15n {

namespace {

const QString kPrefix = QStringLiteral("/s15n/v1/");
constexpr int kDefaultPageLimit = 1000;

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

QString queryValue(const QHttpServerRequest &request, const char *name)
{
    return request.query().queryItemValue(QLatin1String(name), QUrl::FullyDecoded);
}

} // namespace

SyncServer::SyncServer(Node &node, const ServerOptions &options, QObject *parent)
    : QAbstractHttpServer(parent), m_node(node), m_options(options), m_accounts(node.database()),
      m_peers(node.database()), m_children(node.database()), m_log(node.database()),
      m_backups(node.database().location(), node.database().password())
{
    connect(&m_backups, &BackupJobs::finished, this,
            [this](const QString &child, const QString &error, qint64 rows, qint64 zipBytes) {
                LogEntry entry;
                entry.action = QStringLiteral("backup");
                entry.repository = child;
                entry.result = error.isEmpty() ? LogResult::Success : LogResult::Error;
                entry.message = error.isEmpty()
                                    ? tr("Wrote the backup for child '%1': %2 rows, %3 bytes.")
                                          .arg(child)
                                          .arg(rows)
                                          .arg(zipBytes)
                                    : tr("The backup for child '%1' failed: %2").arg(child, error);
                log(entry);
            });
}

SyncServer::~SyncServer() = default;

Result<quint16> SyncServer::start(const QHostAddress &address, quint16 port)
{
    auto *tcp = new GuardedTcpServer(m_options.maxBodyBytes, this);
    if (!m_options.tlsCertificateFile.isEmpty()) {
        QFile certFile(m_options.tlsCertificateFile);
        QFile keyFile(m_options.tlsKeyFile);
        if (!certFile.open(QIODevice::ReadOnly))
            return Status::failure(tr("Cannot read the TLS certificate %1: %2")
                                       .arg(certFile.fileName(), certFile.errorString()));
        if (!keyFile.open(QIODevice::ReadOnly))
            return Status::failure(tr("Cannot read the TLS key %1: %2")
                                       .arg(keyFile.fileName(), keyFile.errorString()));
        const QList<QSslCertificate> chain = QSslCertificate::fromDevice(&certFile, QSsl::Pem);
        const QSslKey key(&keyFile, QSsl::Rsa, QSsl::Pem);
        QSslKey usableKey = key;
        if (key.isNull()) {
            keyFile.seek(0);
            usableKey = QSslKey(&keyFile, QSsl::Ec, QSsl::Pem);
        }
        if (chain.isEmpty() || usableKey.isNull())
            return Status::failure(tr("%1 and %2 are not a PEM certificate and its unencrypted "
                                      "private key.")
                                       .arg(certFile.fileName(), keyFile.fileName()));
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.setLocalCertificateChain(chain);
        tls.setPrivateKey(usableKey);
        tcp->setTls(tls);
    }
    if (!tcp->listen(address, port)) {
        const QString reason = tcp->errorString();
        delete tcp;
        return Status::failure(
            tr("Cannot listen on %1:%2: %3").arg(address.toString()).arg(port).arg(reason));
    }
    connect(tcp, &GuardedTcpServer::requestRefused, this,
            [this](const QString &address, const QString &reason) {
                LogEntry entry;
                entry.action = QStringLiteral("serve");
                entry.result = LogResult::Error;
                entry.message = tr("Refused a request from %1: %2").arg(address, reason);
                log(entry);
            });
    bind(tcp);
    m_tcp = tcp;
    return tcp->serverPort();
}

void SyncServer::stopListening(int timeoutMs)
{
    if (!m_tcp)
        return;
    m_tcp->close();
    const QList<QTcpSocket *> connections = m_tcp->findChildren<QTcpSocket *>();
    for (QTcpSocket *socket : connections) {
        if (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() > 0)
            socket->waitForBytesWritten(timeoutMs);
    }
}

void SyncServer::log(LogEntry entry)
{
    // The peer's name in the repository column, so `s15n log --repo NAME` finds it here too.
    if (entry.repository.isEmpty() && !entry.peer.isEmpty()) {
        if (Result<std::optional<Peer>> peer = m_peers.find(QUuid::fromString(entry.peer));
            peer && peer.value())
            entry.repository = peer.value()->name;
    }
    if (Status s = m_log.write(entry); !s)
        qCWarning(lcServer) << "cannot write the log:" << s.message();
}

SyncServer::Reply SyncServer::error(int status, const QString &message)
{
    return Reply{status, messages::errorToXml(status, message)};
}

bool SyncServer::handleRequest(const QHttpServerRequest &request, QTcpSocket *socket)
{
    const Reply reply = dispatch(request);
    send(request, socket, reply);
    emit requestServed(request.url().path(), reply.status);
    return true;
}

void SyncServer::missingHandler(const QHttpServerRequest &request, QTcpSocket *socket)
{
    send(request, socket, error(404, tr("There is nothing at %1.").arg(request.url().path())));
}

void SyncServer::send(const QHttpServerRequest &request, QTcpSocket *socket, const Reply &reply)
{
    QHttpServerResponder responder = makeResponder(request, socket);
    if (!reply.file.isEmpty()) {
        // Streamed from the file as the connection takes it (the responder owns the file).
        auto *file = new QFile(reply.file);
        if (file->open(QIODevice::ReadOnly)) {
            responder.write(
                file,
                {{"Content-Type", "application/zip"},
                 {"X-S15n-Time", QByteArray::number(QDateTime::currentMSecsSinceEpoch())},
                 {"X-S15n-Node",
                  m_node.identity().uuid.toString(QUuid::WithoutBraces).toLatin1()}});
            return;
        }
        const Reply failed = error(500, tr("Cannot read the backup %1: %2")
                                            .arg(reply.file, file->errorString()));
        delete file;
        send(request, socket, failed);
        return;
    }
    responder.writeStatusLine(QHttpServerResponder::StatusCode(reply.status));
    responder.writeHeader("Content-Type", "application/xml; charset=utf-8");
    responder.writeHeader("Content-Length", QByteArray::number(reply.body.size()));
    responder.writeHeader("X-S15n-Time", QByteArray::number(QDateTime::currentMSecsSinceEpoch()));
    // Not a secret (peers learn it at registration): lets a local tool see which node serves.
    responder.writeHeader("X-S15n-Node",
                          m_node.identity().uuid.toString(QUuid::WithoutBraces).toLatin1());
    if (!reply.allow.isEmpty())
        responder.writeHeader("Allow", reply.allow);
    if (reply.status == 401)
        responder.writeHeader("WWW-Authenticate", "Basic realm=\"s15n\", charset=\"UTF-8\"");
    responder.writeBody(reply.body);
}

SyncServer::Reply SyncServer::dispatch(const QHttpServerRequest &request)
{
    const QString path = request.url().path();
    if (!path.startsWith(kPrefix))
        return error(404, tr("There is nothing at %1.").arg(path));
    const QString endpoint = path.mid(kPrefix.size());
    struct Route
    {
        const char *name;
        QHttpServerRequest::Method method;
    };
    static const Route routes[] = {{"node", QHttpServerRequest::Method::Get},
                                   {"register", QHttpServerRequest::Method::Post},
                                   {"pull", QHttpServerRequest::Method::Get},
                                   {"cursor", QHttpServerRequest::Method::Get},
                                   {"push", QHttpServerRequest::Method::Post},
                                   {"rows", QHttpServerRequest::Method::Post}};
    const Route *route = nullptr;
    for (const Route &r : routes) {
        if (endpoint == QLatin1String(r.name))
            route = &r;
    }
    const bool isBackup = endpoint == QLatin1String("backup");
    if (!route && !isBackup)
        return error(404, tr("There is nothing at %1.").arg(path));
    if (isBackup && request.method() != QHttpServerRequest::Method::Get &&
        request.method() != QHttpServerRequest::Method::Post) {
        Reply refusal = error(405, tr("%1 takes GET and POST only.").arg(path));
        refusal.allow = "GET, POST";
        return refusal;
    }
    if (route && request.method() != route->method) {
        const QByteArray allowed =
            route->method == QHttpServerRequest::Method::Get ? "GET" : "POST";
        Reply refusal = error(405, tr("%1 takes %2 only.").arg(path, QLatin1String(allowed)));
        refusal.allow = allowed;
        return refusal;
    }

    if (Status s = m_node.database().ensureConnected(); !s) {
        qCWarning(lcServer) << s.message();
        return error(503, tr("This server cannot reach its database just now; the next round "
                             "tries again. (%1)")
                              .arg(s.message()));
    }
    Reply refusal;
    Result<Caller> caller = authenticate(request, &refusal);
    if (!caller)
        return refusal;
    if (endpoint == QLatin1String("node")) {
        // A child's account answers its own node only (once its UUID is known), so that a
        // new node set up with it learns before anything is written that it cannot sync.
        const QUuid node = QUuid::fromString(QString::fromLatin1(request.value("X-S15n-Node")));
        if (Reply other = otherNode(caller.value(), node, true); other.status != 200)
            return other;
        return nodeInfo(caller.value());
    }
    if (endpoint == QLatin1String("register"))
        return registerPeer(caller.value(), request);
    if (isBackup) // before registering: a new child seeds itself first
        return backup(caller.value(), request);

    Reply notRegistered = requireRegistered(caller.value(), request);
    if (notRegistered.status != 200)
        return notRegistered;
    const Peer &peer = *caller.value().peer;
    m_peers.touch(peer.uuid);
    checkSkew(request, uuidText(peer.uuid));
    // A table this caller may not receive is neither sent (pull, rows) nor taken (push), and
    // its cursor is not told: 403 before anything else is looked at.
    if (const QString table = queryValue(request, "resource");
        caller.value().exclusions.excludes(table))
        return refuseExcluded(caller.value(), request, table);
    if (endpoint == QLatin1String("pull"))
        return pull(peer, request);
    if (endpoint == QLatin1String("cursor"))
        return cursor(peer, request);
    if (endpoint == QLatin1String("rows"))
        return rows(peer, request);
    return push(caller.value(), peer, request);
}

SyncServer::Reply SyncServer::backup(const Caller &caller, const QHttpServerRequest &request)
{
    const QUuid node = QUuid::fromString(QString::fromLatin1(request.value("X-S15n-Node")));
    LogEntry entry;
    entry.action = QStringLiteral("backup");
    entry.peer = node.isNull() ? QString() : uuidText(node);
    entry.repository = caller.exclusions.nickname;
    auto refuse = [&](int status, const QString &message, const QString &code = {}) {
        entry.result = LogResult::Error;
        entry.message = message;
        log(entry);
        return Reply{status, messages::errorToXml(status, message, code)};
    };
    if (!caller.exclusions.isChild())
        return refuse(403,
                      tr("Account '%1' is not a child's account here, and backups are made for "
                         "children only. Add the child on this server ('s15n child add NICKNAME "
                         "--user USER') and log in with its account.")
                          .arg(caller.username),
                      QStringLiteral("not-a-child"));
    const QString nickname = caller.exclusions.nickname;
    if (Reply other = otherNode(caller, node, false); other.status != 200)
        return refuse(other.status, messages::errorFromBody(other.body),
                      messages::errorCodeFromBody(other.body));

    if (request.method() == QHttpServerRequest::Method::Post) {
        Result<BackupJobs::State> state = m_backups.start(nickname, caller.exclusions.tables());
        if (!state)
            return refuse(503, state.message());
        entry.message = tr("Writing a backup for child '%1' (%2).").arg(nickname, state.value().id);
        log(entry);
        return Reply{202, messages::backupStateToXml({state.value().id, state.value().rowsDone,
                                                      state.value().rowsTotal,
                                                      state.value().table})};
    }
    const QString id = queryValue(request, "id");
    const std::optional<BackupJobs::State> state = m_backups.find(nickname, id);
    if (!state)
        return refuse(404,
                      tr("There is no backup '%1' for child '%2' here (a finished backup is kept "
                         "%3 minutes); ask for a new one.")
                          .arg(id, nickname)
                          .arg(BackupJobs::kKeepMs / 60000),
                      QStringLiteral("no-backup"));
    if (state->running)
        return Reply{202, messages::backupStateToXml(
                              {state->id, state->rowsDone, state->rowsTotal, state->table})};
    if (!state->error.isEmpty())
        return error(500, tr("The backup for child '%1' failed: %2").arg(nickname, state->error));
    entry.message = tr("Sending the backup for child '%1' (%2 bytes).")
                        .arg(nickname)
                        .arg(state->zipBytes);
    log(entry);
    Reply reply{200};
    reply.file = state->path;
    return reply;
}

SyncServer::Reply SyncServer::nodeInfo(const Caller &caller)
{
    Result<QList<Resource>> resources = ResourceStore(m_node).list();
    if (!resources)
        return error(500, resources.message());
    // A child is not told of the tables it may not receive, so it neither pulls nor pushes them.
    resources.value().removeIf(
        [&](const Resource &r) { return caller.exclusions.excludes(r.table); });
    messages::NodeInfo info;
    info.uuid = m_node.identity().uuid;
    info.name = m_node.identity().name;
    info.syncId = m_node.identity().syncId;
    info.timeMs = QDateTime::currentMSecsSinceEpoch();
    info.maxBodyBytes = m_options.maxBodyBytes;
    info.resources = resources.value();
    return Reply{200, messages::nodeInfoToXml(info)};
}

SyncServer::Reply SyncServer::registerPeer(const Caller &caller, const QHttpServerRequest &request)
{
    Result<messages::Registration> registration = messages::registrationFromXml(request.body());
    if (!registration)
        return error(400, registration.message());
    if (registration.value().uuid == m_node.identity().uuid)
        return error(400, tr("A node cannot register at itself."));
    Peer peer;
    peer.uuid = registration.value().uuid;
    peer.name = registration.value().name;
    peer.syncId = registration.value().syncId;
    peer.username = caller.username;
    peer.acceptPushes = caller.acceptPushes;
    bool isNew = false;
    QString child; // the child whose UUID this registration recorded
    LogEntry entry;
    entry.action = QStringLiteral("register");
    entry.peer = uuidText(peer.uuid);
    if (Status s = m_peers.registerPeer(peer, &isNew, &child); !s) {
        entry.result = LogResult::Error;
        entry.message = s.message();
        log(entry);
        return error(403, s.message());
    }
    entry.message = isNew ? tr("Registered node '%1' (account %2).").arg(peer.name, peer.username)
                          : tr("Node '%1' registered again; nothing duplicated.").arg(peer.name);
    if (!child.isEmpty())
        entry.message +=
            QLatin1Char(' ') + tr("It is child '%1', whose UUID is recorded now.").arg(child);
    log(entry);
    return Reply{
        200, messages::registeredToXml({m_node.identity().uuid, m_node.identity().name, isNew})};
}

SyncServer::Reply SyncServer::pull(const Peer &peer, const QHttpServerRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    const QString table = queryValue(request, "resource");
    bool sinceOk = false;
    bool limitOk = true;
    const qint64 since = queryValue(request, "since").toLongLong(&sinceOk);
    const QString limitText = queryValue(request, "limit");
    const int limit = limitText.isEmpty() ? kDefaultPageLimit : limitText.toInt(&limitOk);
    if (!sinceOk || since < 0 || !limitOk || limit < 1 ||
        limit > PageReader::kDefaultMaxRecordsPerPage)
        return error(400, tr("pull needs resource=TABLE, since=N (0 or more) and optionally "
                             "limit=1..%1.")
                              .arg(PageReader::kDefaultMaxRecordsPerPage));
    ResourceStore store(m_node);
    Result<QList<Resource>> all = store.list();
    if (!all)
        return error(500, all.message());
    const auto it = std::find_if(all.value().cbegin(), all.value().cend(),
                                 [&](const Resource &r) { return r.table == table; });
    if (it == all.value().cend())
        return error(404, tr("No resource named '%1' is synced here.").arg(table));
    Result<ResourceSchema> schema = ResourceSchema::load(m_node.database(), *it, all.value());
    if (!schema)
        return error(500, schema.message());
    if (Result<int> stamped = ChangeStamper(m_node).stamp(); !stamped)
        return error(500, stamped.message());
    Result<ChangePage> page = Exporter(m_node).readPage(schema.value(), since, limit, peer.uuid);
    if (!page)
        return error(500, page.message());
    QByteArray body;
    QBuffer buffer(&body);
    buffer.open(QIODevice::WriteOnly);
    PageWriter writer(&buffer);
    writer.startDocument(PageSource{m_node.identity().uuid, m_node.identity().name});
    writer.writePage(page.value());
    writer.endDocument();
    if (writer.hasError())
        return error(500, writer.errorString());
    if (!page.value().records.isEmpty()) {
        LogEntry entry;
        entry.peer = uuidText(peer.uuid);
        entry.resource = table;
        entry.mode = QStringLiteral("pull");
        entry.direction = QStringLiteral("outgoing");
        entry.action = QStringLiteral("serve pull");
        entry.message = tr("Sent %1 changes to '%2' (cursor %3 to %4).")
                            .arg(page.value().records.size())
                            .arg(peer.name)
                            .arg(since)
                            .arg(page.value().cursor);
        entry.durationMs = timer.elapsed();
        log(entry);
    }
    return Reply{200, body};
}

SyncServer::Reply SyncServer::rows(const Peer &peer, const QHttpServerRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    const QString table = queryValue(request, "resource");
    ResourceStore store(m_node);
    Result<QList<Resource>> all = store.list();
    if (!all)
        return error(500, all.message());
    const auto it = std::find_if(all.value().cbegin(), all.value().cend(),
                                 [&](const Resource &r) { return r.table == table; });
    if (it == all.value().cend())
        return error(404, tr("No resource named '%1' is synced here.").arg(table));
    bool tooMany = false;
    Result<QStringList> uuids =
        messages::rowsRequestFromXml(request.body(), messages::kMaxRowsPerRequest, &tooMany);
    if (!uuids)
        return error(tooMany ? 413 : 400, uuids.message());
    Result<ResourceSchema> schema = ResourceSchema::load(m_node.database(), *it, all.value());
    if (!schema)
        return error(500, schema.message());
    if (Result<int> stamped = ChangeStamper(m_node).stamp(); !stamped)
        return error(500, stamped.message());
    Result<QList<ChangeRecord>> records = Exporter(m_node).readRows(schema.value(), uuids.value());
    if (!records)
        return error(500, records.message());
    ChangePage page;
    page.resource = table;
    page.records = records.value();
    QByteArray body;
    QBuffer buffer(&body);
    buffer.open(QIODevice::WriteOnly);
    PageWriter writer(&buffer);
    writer.startDocument(PageSource{m_node.identity().uuid, m_node.identity().name});
    writer.writePage(page);
    writer.endDocument();
    if (writer.hasError())
        return error(500, writer.errorString());
    LogEntry entry;
    entry.peer = uuidText(peer.uuid);
    entry.resource = table;
    entry.action = QStringLiteral("serve rows");
    entry.message = tr("Sent the current state of %1 of %2 rows asked for by '%3'.")
                        .arg(page.records.size())
                        .arg(uuids.value().size())
                        .arg(peer.name);
    entry.durationMs = timer.elapsed();
    log(entry);
    return Reply{200, body};
}

SyncServer::Reply SyncServer::cursor(const Peer &peer, const QHttpServerRequest &request)
{
    const QString table = queryValue(request, "resource");
    Result<Resource> resource = ResourceStore(m_node).find(table);
    if (!resource)
        return error(404, tr("No resource named '%1' is synced here.").arg(table));
    // The start of the caller's push of this resource: what the database refused from it
    // before is tried again first.
    Result<ApplyCounts> retried = ApplyEngine(m_node).retryFailed(peer.uuid, table);
    if (!retried)
        return error(500, retried.message());
    if (retried.value().received > 0) {
        LogEntry entry;
        entry.repository = peer.name;
        entry.peer = uuidText(peer.uuid);
        entry.resource = table;
        entry.mode = QStringLiteral("push");
        entry.direction = QStringLiteral("incoming");
        entry.action = QStringLiteral("retry failed");
        entry.received = retried.value().received;
        entry.applied = retried.value().applied;
        entry.failed = retried.value().failed;
        entry.result = retried.value().failed > 0 ? LogResult::Warning : LogResult::Success;
        entry.message = retried.value().messages.join(QLatin1String("; "));
        log(entry);
    }
    Result<QVariant> seq = m_node.database().scalar(
        QStringLiteral("SELECT seq FROM s15n_cursors WHERE peer = ? AND table_name = ?"),
        {uuidText(peer.uuid), table});
    if (!seq)
        return error(500, seq.message());
    return Reply{
        200, messages::cursorToXml(table, seq.value().isValid() ? seq.value().toLongLong() : 0)};
}

SyncServer::Reply SyncServer::push(const Caller &caller, const Peer &peer,
                                   const QHttpServerRequest &request)
{
    QElapsedTimer timer;
    timer.start();
    const QString table = queryValue(request, "resource");
    LogEntry entry;
    entry.peer = uuidText(peer.uuid);
    entry.resource = table;
    entry.mode = QStringLiteral("push");
    entry.direction = QStringLiteral("incoming");
    entry.action = QStringLiteral("serve push");
    auto refuse = [&](int status, const QString &message) {
        entry.result = LogResult::Error;
        entry.message = message;
        entry.durationMs = timer.elapsed();
        log(entry);
        return error(status, message);
    };

    // A repository for this peer is this node's own settings for it: they decide whether
    // its pushes are accepted and which policies apply.
    RepositoryStore repositories(m_node.database());
    Result<std::optional<Repository>> own = repositories.findByRemote(peer.uuid);
    if (!own)
        return refuse(500, own.message());
    Result<Resource> resource = ResourceStore(m_node).find(table);
    if (!resource)
        return refuse(404, tr("No resource named '%1' is synced here.").arg(table));
    QString refusal;
    if (!caller.acceptPushes)
        refusal = tr("Pushes are not accepted from account '%1': it is read-only here, so nodes "
                     "logging in with it may pull but not push ('s15n account edit %1 "
                     "--writable' on this server changes that).")
                      .arg(caller.username);
    else if (own.value() && !own.value()->acceptPushes)
        refusal = tr("Pushes from node '%1' are not accepted here: repository '%2' does not "
                     "accept them ('s15n repo edit %2 --accept-pushes yes' on this server).")
                      .arg(peer.name, own.value()->name);
    else if (!own.value() && !peer.acceptPushes)
        refusal = tr("Pushes from node '%1' are not accepted here ('s15n peer edit %2 "
                     "--accept-pushes yes' on this server changes that).")
                      .arg(peer.name, uuidText(peer.uuid));

    std::optional<PolicyOverride> policies;
    if (!own.value()) {
        const std::optional<Policy> update = policyFromString(queryValue(request, "update-policy"));
        const std::optional<Policy> conflict =
            policyFromString(queryValue(request, "conflict-policy"));
        if (!update || !conflict || *update == Policy::Manual)
            return refuse(400, tr("A push needs update-policy=THIS|OTHER|NEWER|MASTER and "
                                  "conflict-policy=THIS|OTHER|NEWER|MASTER|MANUAL."));
        // The sender's policies, seen from this side.
        policies = PolicyOverride{mirrored(*update), mirrored(*conflict)};
    }

    QByteArray body = request.body();
    QBuffer buffer(&body);
    buffer.open(QIODevice::ReadOnly);
    PageReader reader(&buffer);
    ChangePage page;
    if (!reader.readNextPage(&page))
        return refuse(400, reader.hasError()
                               ? tr("The pushed page is not valid: %1.").arg(reader.errorString())
                               : tr("The push holds no page."));
    ChangePage extra;
    if (reader.readNextPage(&extra) || reader.hasError())
        return refuse(400, tr("A push carries exactly one page."));
    if (reader.source().node != peer.uuid)
        return refuse(400, tr("The pushed page says it comes from %1, not from node %2.")
                               .arg(uuidText(reader.source().node), uuidText(peer.uuid)));
    if (page.resource != table)
        return refuse(400, tr("The pushed page is for '%1', not '%2'.").arg(page.resource, table));

    // A page without records only moves this server's cursor past changes that came from
    // here (nothing is applied), so it is taken even where pushes are refused: a pull-only
    // peer must not fail every round.
    if (!refusal.isEmpty() && !page.records.isEmpty())
        return refuse(403, refusal);
    ApplyEngine engine(m_node);
    Result<ApplyCounts> counts = engine.applyPage(reader.source(), page, policies);
    if (!counts)
        return refuse(422, tr("The page was not applied: %1").arg(counts.message()));
    Result<QVariant> seq = m_node.database().scalar(
        QStringLiteral("SELECT seq FROM s15n_cursors WHERE peer = ? AND table_name = ?"),
        {uuidText(peer.uuid), table});
    messages::PushResult result;
    result.resource = table;
    result.cursor = seq && seq.value().isValid() ? seq.value().toLongLong() : page.cursor;
    result.counts = counts.value();

    const ApplyCounts &c = counts.value();
    entry.received = c.received;
    entry.applied = c.applied;
    entry.conflicts = c.conflicts + c.held;
    entry.skipped = c.skipped + c.parked;
    entry.failed = c.failed;
    entry.result =
        c.failed > 0 || c.held > 0 || c.skipped > 0 ? LogResult::Warning : LogResult::Success;
    entry.message =
        c.messages.isEmpty()
            ? tr("Page %1 to %2 from '%3'.").arg(page.since).arg(page.cursor).arg(peer.name)
            : c.messages.join(QLatin1String("; "));
    entry.durationMs = timer.elapsed();
    log(entry);
    return Reply{200, messages::pushResultToXml(result)};
}

void SyncServer::checkSkew(const QHttpServerRequest &request, const QString &peer)
{
    bool ok = false;
    const qint64 theirs = request.value("X-S15n-Time").toLongLong(&ok);
    if (!ok)
        return;
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const qint64 skew = theirs - now;
    if (qAbs(skew) <= m_options.skewWarningMs)
        return;
    if (now - m_lastSkewWarning.value(peer, 0) < 10 * 60 * 1000)
        return; // once every ten minutes per peer is enough
    m_lastSkewWarning[peer] = now;
    LogEntry entry;
    entry.peer = peer;
    entry.action = QStringLiteral("clock");
    entry.result = LogResult::Warning;
    entry.message = tr("The clock of node %1 is %2 s %3 of this node's. Versions stay ordered "
                       "(hybrid clock), but fix the clock.")
                        .arg(peer)
                        .arg(qAbs(skew) / 1000)
                        .arg(skew > 0 ? tr("ahead") : tr("behind"));
    log(entry);
}

} // namespace s15n
