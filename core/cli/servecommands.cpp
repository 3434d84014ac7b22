// s15n serve, and s15n peer add|edit|list|remove (the nodes registered here).
#include "cli/commandline.h"

#include "server/accountstore.h"
#include "server/peerstore.h"
#include "server/syncserver.h"
#include "storage/nodesettings.h"

#include <QCoreApplication>
#include <QHostAddress>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSocketNotifier>

#include <csignal>
#include <sys/socket.h>
#include <unistd.h>

namespace s15n {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::CommandLine", text);
}


int g_signalPipe[2] = {-1, -1};

void onSignal(int)
{
    const char byte = 1;
    [[maybe_unused]] const ssize_t written = ::write(g_signalPipe[0], &byte, 1);
}

// SIGTERM and SIGINT become a call on the event loop, after the request in flight.
bool catchTerminationSignals(const std::function<void()> &handler)
{
    if (::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalPipe) != 0)
        return false;
    auto *notifier =
        new QSocketNotifier(g_signalPipe[1], QSocketNotifier::Read, QCoreApplication::instance());
    QObject::connect(notifier, &QSocketNotifier::activated, notifier, [notifier, handler] {
        notifier->setEnabled(false);
        char byte = 0;
        [[maybe_unused]] const ssize_t got = ::read(g_signalPipe[1], &byte, 1);
        handler();
    });
    struct sigaction action = {};
    action.sa_handler = onSignal;
    sigemptyset(&action.sa_mask);
    action.sa_flags = SA_RESTART;
    return sigaction(SIGTERM, &action, nullptr) == 0 && sigaction(SIGINT, &action, nullptr) == 0;
}

QJsonObject toJson(const Peer &p)
{
    return {{QStringLiteral("uuid"), p.uuid.toString(QUuid::WithoutBraces)},
            {QStringLiteral("name"), p.name},
            {QStringLiteral("syncId"), p.syncId},
            {QStringLiteral("user"), p.username},
            {QStringLiteral("acceptPushes"), p.acceptPushes},
            {QStringLiteral("registeredAt"), p.registeredAt.toString(Qt::ISODate)},
            {QStringLiteral("lastSeenAt"), p.lastSeenAt.toString(Qt::ISODate)}};
}

} // namespace

int CommandLine::serve(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("listen"),
                      tr("Address and port to listen on (default 127.0.0.1:%1; port 0 picks a "
                         "free one; 0.0.0.0:PORT for every interface).")
                          .arg(NodeSettings::kDefaultPort),
                      QStringLiteral("addr:port")});
    parser.addOption({QStringLiteral("tls-cert"), tr("PEM certificate (chain) for HTTPS."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("tls-key"), tr("PEM private key for HTTPS (unencrypted)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("no-worker"), tr("Do not run the scheduled jobs.")});
    parser.addOption({QStringLiteral("max-body-mb"),
                      tr("Largest request body accepted, in MiB (default 64)."),
                      QStringLiteral("n")});
    if (!parse(parser, arguments,
               QStringLiteral("serve [--listen ADDR:PORT] [--tls-cert F --tls-key F] "
                              "[--no-worker] [--max-body-mb N]")))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("serve takes no arguments besides its options."));
    if (parser.isSet(QStringLiteral("tls-cert")) != parser.isSet(QStringLiteral("tls-key")))
        return fail(tr("HTTPS needs both --tls-cert and --tls-key."));
    ServerOptions options;
    if (parser.isSet(QStringLiteral("max-body-mb"))) {
        bool ok = false;
        const int mb = parser.value(QStringLiteral("max-body-mb")).toInt(&ok);
        if (!ok || mb < 1 || mb > 4096)
            return fail(tr("--max-body-mb is a number of MiB from 1 to 4096."));
        options.maxBodyBytes = qint64(mb) * 1024 * 1024;
    }

    Result<std::unique_ptr<Node>> node = openNode(parser);
    if (!node)
        return fail(node.message());
    // Options win over the node's settings (Settings page, `s15n settings`).
    Result<NodeSettings> settings = NodeSettings::load(node.value()->database());
    if (!settings)
        return fail(settings.message());
    const QString listen = parser.isSet(QStringLiteral("listen"))
                               ? parser.value(QStringLiteral("listen"))
                               : settings.value().listen;
    QHostAddress address(QHostAddress::LocalHost);
    quint16 port = NodeSettings::kDefaultPort;
    if (!listen.isEmpty() && !NodeSettings::parseListen(listen, &address, &port))
        return fail(tr("--listen takes ADDRESS:PORT, for example 127.0.0.1:8470, 0.0.0.0:0 or "
                       "[::1]:8470; '%1' is not that.")
                        .arg(listen));
    if (parser.isSet(QStringLiteral("tls-cert"))) {
        options.tlsCertificateFile = parser.value(QStringLiteral("tls-cert"));
        options.tlsKeyFile = parser.value(QStringLiteral("tls-key"));
    } else {
        options.tlsCertificateFile = settings.value().tlsCertificateFile;
        options.tlsKeyFile = settings.value().tlsKeyFile;
    }
    SyncServer server(*node.value(), options);
    Result<quint16> listening = server.start(address, port);
    if (!listening)
        return fail(listening.message());

    std::unique_ptr<QObject> worker;
    if (!parser.isSet(QStringLiteral("no-worker")))
        worker = startWorker(parser);
    const bool stoppable = catchTerminationSignals([&] {
        m_err << tr("Stopping.") << Qt::endl;
        server.stopListening();
        stopWorker(worker.get());
        QCoreApplication::quit();
    });
    if (!stoppable)
        m_err << tr("Warning: SIGTERM cannot be caught; stopping may cut a page short (it is "
                    "rolled back).")
              << Qt::endl;
    const QString scheme =
        options.tlsCertificateFile.isEmpty() ? QStringLiteral("http") : QStringLiteral("https");
    const QString host = address.protocol() == QAbstractSocket::IPv6Protocol
                             ? QLatin1Char('[') + address.toString() + QLatin1Char(']')
                             : address.toString();
    m_out << tr("Listening on %1://%2:%3 as node %4 (%5)%6.")
                 .arg(scheme, host)
                 .arg(listening.value())
                 .arg(node.value()->identity().uuid.toString(QUuid::WithoutBraces),
                      node.value()->identity().name,
                      worker ? tr(", running scheduled jobs") : QString())
          << Qt::endl;
    const int code = QCoreApplication::exec();
    m_out << tr("Stopped.") << Qt::endl;
    return code;
}

int CommandLine::peer(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    parser.addOption({QStringLiteral("name"), tr("The peer's name."), QStringLiteral("name")});
    parser.addOption(
        {QStringLiteral("user"), tr("The account the peer logs in with."), QStringLiteral("user")});
    parser.addOption(
        {QStringLiteral("sync-id"), tr("The peer's sync ID (1..64)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("accept-pushes"), tr("yes or no."), QStringLiteral("yes|no")});
    const QString syntax = QStringLiteral(
        "peer list [--json]\n       s15n peer add UUID --name NAME --user ACCOUNT "
        "[--sync-id N] [--accept-pushes yes|no]\n       s15n peer edit UUID --accept-pushes "
        "yes|no\n       s15n peer remove UUID");
    if (!parse(parser, arguments, syntax))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return fail(tr("peer needs list, add, edit or remove."));
    const QString action = args.first();
    std::optional<bool> accept;
    if (parser.isSet(QStringLiteral("accept-pushes"))) {
        const QString value = parser.value(QStringLiteral("accept-pushes"));
        if (value != QLatin1String("yes") && value != QLatin1String("no"))
            return fail(tr("--accept-pushes is yes or no, not '%1'.").arg(value));
        accept = value == QLatin1String("yes");
    }
    Result<std::unique_ptr<Node>> node = openNode(parser);
    if (!node)
        return fail(node.message());
    PeerStore peers(node.value()->database());

    if (action == QLatin1String("list")) {
        Result<QList<Peer>> all = peers.list();
        if (!all)
            return fail(all.message());
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray list;
            for (const Peer &p : all.value())
                list.append(toJson(p));
            m_out << QJsonDocument(list).toJson(QJsonDocument::Indented);
            return 0;
        }
        if (all.value().isEmpty()) {
            m_out << tr("No peers are registered here. A peer registers itself with 's15n repo "
                        "add'.")
                  << Qt::endl;
            return 0;
        }
        QList<QStringList> rows;
        for (const Peer &p : all.value())
            rows.append({p.uuid.toString(QUuid::WithoutBraces), p.name, p.username,
                         p.acceptPushes ? tr("yes") : tr("no"),
                         p.lastSeenAt.toUTC().toString(Qt::ISODate)});
        printTable({tr("UUID"), tr("NAME"), tr("ACCOUNT"), tr("PUSHES"), tr("LAST SEEN")}, rows);
        return 0;
    }
    if (args.size() != 2)
        return fail(tr("peer %1 needs exactly one UUID.").arg(action));
    const QUuid uuid = QUuid::fromString(args.at(1));
    if (uuid.isNull())
        return fail(tr("'%1' is not a node UUID.").arg(args.at(1)));
    if (action == QLatin1String("add")) {
        Peer p;
        p.uuid = uuid;
        p.name = parser.value(QStringLiteral("name"));
        p.username = parser.value(QStringLiteral("user"));
        if (p.name.isEmpty() || p.username.isEmpty())
            return fail(tr("peer add needs --name and --user."));
        if (uuid == node.value()->identity().uuid)
            return fail(tr("That is this node's own UUID."));
        if (parser.isSet(QStringLiteral("sync-id"))) {
            bool ok = false;
            p.syncId = parser.value(QStringLiteral("sync-id")).toInt(&ok);
            if (!ok || !Node::validateSyncId(p.syncId))
                return fail(tr("--sync-id is a number from 1 to 64."));
        }
        Result<Account> account = AccountStore(node.value()->database()).find(p.username);
        if (!account)
            return fail(account.message());
        p.acceptPushes = accept.value_or(account.value().acceptPushes);
        Result<std::optional<Peer>> existing = peers.find(uuid);
        if (!existing)
            return fail(existing.message());
        if (existing.value())
            return fail(
                tr("Node %1 is registered here already ('s15n peer list').").arg(args.at(1)));
        if (Status s = peers.registerPeer(p); !s)
            return fail(s.message());
        m_out << tr("Registered node %1 ('%2') with account %3.")
                     .arg(uuid.toString(QUuid::WithoutBraces), p.name, p.username)
              << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("edit")) {
        if (!accept)
            return fail(tr("peer edit needs --accept-pushes yes|no."));
        if (Status s = peers.setAcceptPushes(uuid, *accept); !s)
            return fail(s.message());
        m_out << (*accept ? tr("Pushes from %1 are accepted.") : tr("Pushes from %1 are refused."))
                     .arg(uuid.toString(QUuid::WithoutBraces))
              << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("remove")) {
        if (Status s = peers.remove(uuid); !s)
            return fail(s.message());
        m_out
            << tr("Node %1 is no longer registered here.").arg(uuid.toString(QUuid::WithoutBraces))
            << Qt::endl;
        return 0;
    }
    return fail(tr("Unknown peer action '%1': use list, add, edit or remove.").arg(action));
}

} // namespace s15n
