// s15n repo add|edit|list|remove|register, and s15n sync.
#include "cli/commandline.h"

#include "client/remoteclient.h"
#include "client/repositorystore.h"
#include "client/syncround.h"
#include "log/synclog.h"
#include "secrets/credentialstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThread>

#include <algorithm>
#include <chrono>
#include <future>

namespace s15n {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::CommandLine", text);
}

constexpr int kDefaultTransferTimeoutMs = 30 * 1000;

QString scopeOf(const Node &node)
{
    return node.identity().uuid.toString(QUuid::WithoutBraces);
}

QJsonObject toJson(const Repository &r)
{
    return {{QStringLiteral("name"), r.name},
            {QStringLiteral("url"), r.url.toString()},
            {QStringLiteral("user"), r.username},
            {QStringLiteral("proxy"), r.proxy.toString()},
            {QStringLiteral("remoteUuid"),
             r.remoteUuid.isNull() ? QString() : r.remoteUuid.toString(QUuid::WithoutBraces)},
            {QStringLiteral("acceptPushes"), r.acceptPushes},
            {QStringLiteral("registered"), r.registered},
            {QStringLiteral("caCertificate"), r.caCertificateFile},
            {QStringLiteral("createdAt"), r.createdAt.toString(Qt::ISODate)}};
}

Result<RemoteOptions> remoteOptions(Node &node, const Repository &r, const QString &password)
{
    Result<RemoteOptions> o = RemoteOptions::forRepository(node, r, password);
    if (o)
        o.value().transferTimeoutMs = kDefaultTransferTimeoutMs;
    return o;
}

// The repository's password. The Secret Service (QtKeychain over libsecret) can hang when it
// is called from the worker's short-lived run threads, so those ask the main thread, waiting
// no longer than the run is wanted.
Result<QString> readPassword(const QString &scope, const QString &repository,
                             const std::atomic_bool *cancelled)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || QThread::currentThread() == app->thread())
        return CredentialStore::read(scope, repository);
    auto promise = std::make_shared<std::promise<Result<QString>>>();
    std::future<Result<QString>> answer = promise->get_future();
    QMetaObject::invokeMethod(
        app,
        [promise, scope, repository] {
            promise->set_value(CredentialStore::read(scope, repository));
        },
        Qt::QueuedConnection);
    while (answer.wait_for(std::chrono::milliseconds(100)) != std::future_status::ready) {
        if (cancelled && cancelled->load())
            return Status::failure(
                tr("Stopped while reading the password of repository '%1'.").arg(repository));
    }
    return answer.get();
}

// Runs one round of `repository`; prints progress lines to `progress` when set.
Status runRound(Node &node, const QString &repository, const QStringList &resources,
                const std::atomic_bool *cancelled, RoundSummary *summary,
                const std::function<void(const QString &)> &progress = {},
                int transferTimeoutMs = kDefaultTransferTimeoutMs)
{
    Result<Repository> repo = RepositoryStore(node.database()).find(repository);
    if (!repo)
        return repo.status();
    Result<QString> password = readPassword(scopeOf(node), repository, cancelled);
    if (!password)
        return password.status();
    if (password.value().isEmpty())
        return Status::failure(tr("No password is stored for repository '%1' in %2. Store it "
                                  "with 's15n repo edit %1 --password' (run with the same "
                                  "S15N_CREDENTIALS_FILE, or in the same desktop session, as "
                                  "the process that syncs).")
                                   .arg(repository, CredentialStore::where()));
    RoundOptions options;
    options.resources = resources;
    options.cancelled = cancelled;
    options.progress = progress;
    options.transferTimeoutMs = transferTimeoutMs;
    Result<RoundSummary> done = SyncRound(node, repo.value(), password.value()).run(options);
    if (!done)
        return done.status();
    if (summary)
        *summary = done.value();
    return Status();
}

} // namespace

int CommandLine::repo(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    parser.addOption(
        {QStringLiteral("url"), tr("repo edit: the remote's new URL."), QStringLiteral("url")});
    parser.addOption({QStringLiteral("user"), tr("The account to log in with at the remote."),
                      QStringLiteral("user")});
    parser.addOption({QStringLiteral("proxy"),
                      tr("HTTP or SOCKS5 proxy, http://HOST:PORT or socks5://HOST:PORT "
                         "(edit: \"\" for none)."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("uuid"),
                      tr("The remote node's UUID; checked against what the remote says."),
                      QStringLiteral("uuid")});
    parser.addOption({QStringLiteral("accept-pushes"),
                      tr("Accept changes this remote pushes here (add: flag; edit: yes|no)."),
                      QStringLiteral("yes|no")});
    parser.addOption({QStringLiteral("ca-cert"),
                      tr("PEM file of the certificate authority (or the self-signed certificate) "
                         "to trust for an https:// remote (edit: \"\" for none)."),
                      QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("password"), tr("repo edit: read a new password (prompt or stdin).")});
    const QString syntax = QStringLiteral(
        "repo add NAME URL --user U [--proxy URL] [--uuid UUID] [--accept-pushes] "
        "[--ca-cert FILE]\n"
        "       s15n repo edit NAME [--url URL] [--user U] [--proxy URL] [--uuid UUID] "
        "[--accept-pushes yes|no] [--ca-cert FILE] [--password]\n"
        "       s15n repo list [--json]\n       s15n repo remove NAME\n"
        "       s15n repo register NAME");
    // `--accept-pushes` alone is a flag for add; make the parser see a value.
    QStringList args = arguments;
    const qsizetype flag = args.indexOf(QStringLiteral("--accept-pushes"));
    if (flag >= 0 && (flag + 1 >= args.size() || (args.at(flag + 1) != QLatin1String("yes") &&
                                                  args.at(flag + 1) != QLatin1String("no"))))
        args.insert(flag + 1, QStringLiteral("yes"));
    if (!parse(parser, args, syntax))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    const QStringList pos = parser.positionalArguments();
    if (pos.isEmpty())
        return fail(tr("repo needs add, edit, list, remove or register."));
    const QString action = pos.first();
    std::optional<bool> accept;
    if (parser.isSet(QStringLiteral("accept-pushes"))) {
        const QString value = parser.value(QStringLiteral("accept-pushes"));
        accept = value == QLatin1String("yes");
    }
    QUuid givenUuid;
    if (parser.isSet(QStringLiteral("uuid"))) {
        givenUuid = QUuid::fromString(parser.value(QStringLiteral("uuid")));
        if (givenUuid.isNull())
            return fail(tr("--uuid takes a node UUID; '%1' is not one.")
                            .arg(parser.value(QStringLiteral("uuid"))));
    }
    Result<std::unique_ptr<Node>> opened = openNode(parser);
    if (!opened)
        return fail(opened.message());
    Node &node = *opened.value();
    RepositoryStore store(node.database());
    SyncLog log(node.database());

    if (action == QLatin1String("list")) {
        Result<QList<Repository>> all = store.list();
        if (!all)
            return fail(all.message());
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray list;
            for (const Repository &r : all.value())
                list.append(toJson(r));
            m_out << QJsonDocument(list).toJson(QJsonDocument::Indented);
            return 0;
        }
        if (all.value().isEmpty()) {
            m_out << tr("No repositories. Add one with 's15n repo add NAME URL --user U'.")
                  << Qt::endl;
            return 0;
        }
        QList<QStringList> rows;
        for (const Repository &r : all.value())
            rows.append({r.name, r.url.toString(), r.username,
                         r.remoteUuid.isNull() ? tr("(not known yet)")
                                               : r.remoteUuid.toString(QUuid::WithoutBraces),
                         r.acceptPushes ? tr("yes") : tr("no"),
                         r.registered ? tr("yes") : tr("no")});
        printTable(
            {tr("NAME"), tr("URL"), tr("USER"), tr("REMOTE UUID"), tr("PUSHES"), tr("REGISTERED")},
            rows);
        return 0;
    }

    if (action == QLatin1String("add")) {
        if (pos.size() != 3)
            return fail(tr("repo add needs NAME and URL."));
        Repository r;
        r.name = pos.at(1);
        r.url = QUrl(pos.at(2), QUrl::StrictMode);
        if (r.url.scheme().isEmpty() || r.url.host().isEmpty())
            return fail(tr("'%1' is not a usable URL: give http://HOST:PORT or "
                           "https://HOST:PORT[/path].")
                            .arg(pos.at(2)));
        r.username = parser.value(QStringLiteral("user"));
        r.proxy = QUrl(parser.value(QStringLiteral("proxy")), QUrl::StrictMode);
        r.remoteUuid = givenUuid;
        r.acceptPushes = accept.value_or(false);
        if (parser.isSet(QStringLiteral("ca-cert")))
            r.caCertificateFile = QFileInfo(parser.value(QStringLiteral("ca-cert"))).absoluteFilePath();
        if (Status s = RepositoryStore::validate(r); !s)
            return fail(s.message());
        if (store.find(r.name))
            return fail(tr("There is already a repository named '%1'.").arg(r.name));
        const QString password =
            readSecret(tr("Password for %1 at %2: ").arg(r.username, pos.at(2)));
        if (password.isEmpty())
            return fail(tr("No password was given (prompt or one line on stdin). Nothing was "
                           "added."));

        Result<RemoteOptions> options = remoteOptions(node, r, password);
        if (!options)
            return fail(tr("%1 Nothing was added.").arg(options.message()));
        RemoteClient client(options.value());
        Result<messages::NodeInfo> info = client.nodeInfo();
        QString unreachable;
        if (!info) {
            if (client.lastFailureWasRemote() || client.lastFailureWasTls())
                return fail(tr("%1 Nothing was added.").arg(info.message()));
            unreachable = info.message();
        } else {
            if (!givenUuid.isNull() && info.value().uuid != givenUuid)
                return fail(tr("The remote at %1 is node %2, not %3. Nothing was added.")
                                .arg(pos.at(2), info.value().uuid.toString(QUuid::WithoutBraces),
                                     givenUuid.toString(QUuid::WithoutBraces)));
            if (info.value().uuid == node.identity().uuid)
                return fail(tr("%1 is this very node. Nothing was added.").arg(pos.at(2)));
            r.remoteUuid = info.value().uuid;
        }
        if (Status s = CredentialStore::write(scopeOf(node), r.name, password); !s)
            return fail(tr("%1 Nothing was added.").arg(s.message()));
        if (Status s = store.add(r); !s) {
            CredentialStore::remove(scopeOf(node), r.name);
            return fail(s.message());
        }
        m_out << tr("Added repository '%1' (%2); its password is kept in %3.")
                     .arg(r.name, r.url.toString(), CredentialStore::where())
              << Qt::endl;
        if (!unreachable.isEmpty()) {
            LogEntry e;
            e.repository = r.name;
            e.action = QStringLiteral("register");
            e.result = LogResult::Error;
            e.message = tr("Registration at %1 failed: %2 To register by hand, run 's15n repo "
                           "register %3' once the remote can be reached, or ask the remote's "
                           "administrator to run 's15n peer add %4 --name \"%5\" --user %6'.")
                            .arg(r.url.toString(), unreachable, r.name,
                                 node.identity().uuid.toString(QUuid::WithoutBraces),
                                 node.identity().name, r.username);
            log.write(e);
            m_err << tr("Warning: %1").arg(e.message) << Qt::endl;
            return 0;
        }
        if (Status s = SyncRound::registerAt(node, r, client, log); !s) {
            m_err << tr("Warning: %1").arg(s.message()) << Qt::endl;
            return 0;
        }
        m_out << tr("Registered this node at '%1' (%2).")
                     .arg(info.value().name, r.remoteUuid.toString(QUuid::WithoutBraces))
              << Qt::endl;
        return 0;
    }

    if (pos.size() != 2)
        return fail(tr("repo %1 needs exactly one NAME.").arg(action));
    const QString name = pos.at(1);
    Result<Repository> existing = store.find(name);
    if (!existing)
        return fail(existing.message());
    Repository r = existing.value();

    if (action == QLatin1String("edit")) {
        const QStringList editable{QStringLiteral("url"),     QStringLiteral("user"),
                                   QStringLiteral("proxy"),   QStringLiteral("uuid"),
                                   QStringLiteral("ca-cert"), QStringLiteral("password"),
                                   QStringLiteral("accept-pushes")};
        if (std::none_of(editable.cbegin(), editable.cend(),
                         [&](const QString &o) { return parser.isSet(o); }))
            return fail(tr("Nothing to change: give --url, --user, --proxy, --uuid, --ca-cert, "
                           "--accept-pushes or --password."));
        if (parser.isSet(QStringLiteral("url")))
            r.url = QUrl(parser.value(QStringLiteral("url")), QUrl::StrictMode);
        if (parser.isSet(QStringLiteral("user")))
            r.username = parser.value(QStringLiteral("user"));
        if (parser.isSet(QStringLiteral("proxy")))
            r.proxy = QUrl(parser.value(QStringLiteral("proxy")), QUrl::StrictMode);
        if (!givenUuid.isNull())
            r.remoteUuid = givenUuid;
        if (accept)
            r.acceptPushes = *accept;
        if (parser.isSet(QStringLiteral("ca-cert")))
            r.caCertificateFile = parser.value(QStringLiteral("ca-cert")).isEmpty()
                                      ? QString()
                                      : QFileInfo(parser.value(QStringLiteral("ca-cert")))
                                            .absoluteFilePath();
        if (!r.caCertificateFile.isEmpty()) {
            if (Result<QList<QSslCertificate>> trusted =
                    RemoteClient::readCertificates(r.caCertificateFile);
                !trusted)
                return fail(tr("%1 Nothing was changed.").arg(trusted.message()));
        }
        if (Status s = RepositoryStore::validate(r); !s)
            return fail(s.message());
        if (parser.isSet(QStringLiteral("password"))) {
            const QString password =
                readSecret(tr("New password for %1 at %2: ").arg(r.username, r.url.toString()));
            if (password.isEmpty())
                return fail(tr("No password was given. Nothing was changed."));
            if (Status s = CredentialStore::write(scopeOf(node), r.name, password); !s)
                return fail(tr("%1 Nothing was changed.").arg(s.message()));
        }
        if (Status s = store.update(r); !s)
            return fail(s.message());
        m_out << tr("Repository '%1' changed.").arg(name) << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("remove")) {
        Result<QVariant> jobs = node.database().scalar(
            QStringLiteral("SELECT COUNT(*) FROM s15n_jobs WHERE repository = ?"), {name});
        if (!jobs)
            return fail(jobs.message());
        if (jobs.value().toInt() > 0)
            return fail(tr("Repository '%1' still has %2 scheduled job(s); remove them first "
                           "('s15n job list').")
                            .arg(name)
                            .arg(jobs.value().toInt()));
        if (Status s = store.remove(name); !s)
            return fail(s.message());
        if (Status s = CredentialStore::remove(scopeOf(node), name); !s)
            m_err << tr("Warning: the stored password could not be removed: %1").arg(s.message())
                  << Qt::endl;
        m_out << tr("Repository '%1' removed.").arg(name) << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("register")) {
        Result<QString> password = CredentialStore::read(scopeOf(node), name);
        if (!password)
            return fail(password.message());
        Result<RemoteOptions> options = remoteOptions(node, r, password.value());
        if (!options)
            return fail(options.message());
        RemoteClient client(options.value());
        if (Status s = SyncRound::registerAt(node, r, client, log); !s)
            return fail(s.message());
        m_out << tr("This node is registered at '%1' (%2).")
                     .arg(name, r.remoteUuid.toString(QUuid::WithoutBraces))
              << Qt::endl;
        return 0;
    }
    return fail(
        tr("Unknown repo action '%1': use add, edit, list, remove or register.").arg(action));
}

int CommandLine::sync(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("resource"), tr("Only this resource (repeatable)."),
                      QStringLiteral("table")});
    parser.addOption({QStringLiteral("quiet"), tr("Print only errors.")});
    parser.addOption({QStringLiteral("timeout"),
                      tr("Give up on a request when no data moved for this many seconds "
                         "(default %1).")
                          .arg(kDefaultTransferTimeoutMs / 1000),
                      QStringLiteral("seconds")});
    if (!parse(parser, arguments,
               QStringLiteral("sync [REPO] [--resource TABLE]... [--timeout SECONDS]")))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    int timeoutMs = kDefaultTransferTimeoutMs;
    if (parser.isSet(QStringLiteral("timeout"))) {
        bool ok = false;
        const int seconds = parser.value(QStringLiteral("timeout")).toInt(&ok);
        if (!ok || seconds < 1 || seconds > 3600)
            return fail(tr("--timeout is a number of seconds from 1 to 3600."));
        timeoutMs = seconds * 1000;
    }
    const QStringList pos = parser.positionalArguments();
    if (pos.size() > 1)
        return fail(tr("sync takes at most one repository name."));
    Result<std::unique_ptr<Node>> opened = openNode(parser);
    if (!opened)
        return fail(opened.message());
    Node &node = *opened.value();
    QStringList names;
    if (pos.isEmpty()) {
        Result<QList<Repository>> all = RepositoryStore(node.database()).list();
        if (!all)
            return fail(all.message());
        for (const Repository &r : all.value())
            names.append(r.name);
        if (names.isEmpty())
            return fail(tr("There are no repositories to sync with; add one with 's15n repo "
                           "add'."));
    } else {
        names.append(pos.first());
    }
    const bool quiet = parser.isSet(QStringLiteral("quiet"));
    int failures = 0;
    for (const QString &name : names) {
        RoundSummary summary;
        Status s = runRound(
            node, name, parser.values(QStringLiteral("resource")), nullptr, &summary,
            [&](const QString &line) {
                if (!quiet)
                    m_err << line << Qt::endl;
            },
            timeoutMs);
        if (!s) {
            ++failures;
            m_err << tr("s15n: sync with '%1' failed: %2").arg(name, s.message()) << Qt::endl;
            continue;
        }
        for (const QString &warning : summary.warnings)
            m_err << tr("Warning: %1").arg(warning) << Qt::endl;
        if (!quiet)
            m_out << tr("%1: pulled %2 (applied %3, conflicts %4, skipped %5, failed %6); pushed "
                        "%7 (applied %8, conflicts %9, skipped %10, failed %11).")
                         .arg(name)
                         .arg(summary.pulled.received)
                         .arg(summary.pulled.applied)
                         .arg(summary.pulled.conflicts + summary.pulled.held)
                         .arg(summary.pulled.skipped + summary.pulled.parked)
                         .arg(summary.pulled.failed)
                         .arg(summary.pushed.received)
                         .arg(summary.pushed.applied)
                         .arg(summary.pushed.conflicts + summary.pushed.held)
                         .arg(summary.pushed.skipped + summary.pushed.parked)
                         .arg(summary.pushed.failed)
                  << Qt::endl;
    }
    return failures == 0 ? 0 : 1;
}

RoundRunner CommandLine::roundRunner(const QCommandLineParser &parser)
{
    Result<DatabaseLocation> where = location(parser);
    const QString password = where ? databasePassword(where.value()) : QString();
    return [where, password](const QString &repository, const std::atomic_bool &cancelled) {
        if (!where)
            return where.status();
        // On the calling (worker) thread: its own connection.
        Result<std::unique_ptr<Node>> node = Node::open(where.value(), password);
        if (!node)
            return node.status();
        return runRound(*node.value(), repository, {}, &cancelled, nullptr);
    };
}

} // namespace s15n
