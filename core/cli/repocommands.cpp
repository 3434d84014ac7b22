// s15n repo add|edit|list|remove|register, and s15n sync.
#include "cli/commandline.h"

#include "client/repositorysetup.h"
#include "secrets/credentialstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>

namespace s15n {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::CommandLine", text);
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

// Runs one round of `repository`; tells `progress` where it is, when set.
Status runRound(Node &node, const QString &repository, const QStringList &resources,
                const std::atomic_bool *cancelled, RoundSummary *summary,
                const std::function<void(const RoundProgress &)> &progress = {},
                int transferTimeoutMs = RepositorySetup::kTransferTimeoutMs)
{
    RoundOptions options;
    options.resources = resources;
    options.cancelled = cancelled;
    options.progress = progress;
    options.transferTimeoutMs = transferTimeoutMs;
    Result<RoundSummary> done = RepositorySetup(node, cancelled).sync(repository, options);
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
    RepositorySetup setup(node);

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
        Result<AddOutcome> added = setup.add(r, password);
        if (!added)
            return fail(added.message());
        m_out << tr("Added repository '%1' (%2); its password is kept in %3.")
                     .arg(r.name, r.url.toString(), CredentialStore::where())
              << Qt::endl;
        if (!added.value().registered) {
            m_err << tr("Warning: %1").arg(added.value().registrationFailure) << Qt::endl;
            return 0;
        }
        m_out << tr("Registered this node at '%1' (%2).")
                     .arg(added.value().remoteName,
                          added.value().repository.remoteUuid.toString(QUuid::WithoutBraces))
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
        // Checked before asking for a password; update() checks again.
        if (Status s = RepositorySetup::validateChange(r); !s)
            return fail(s.message());
        QString password;
        if (parser.isSet(QStringLiteral("password"))) {
            password =
                readSecret(tr("New password for %1 at %2: ").arg(r.username, r.url.toString()));
            if (password.isEmpty())
                return fail(tr("No password was given. Nothing was changed."));
        }
        if (Status s = setup.update(r, password); !s)
            return fail(s.message());
        m_out << tr("Repository '%1' changed.").arg(name) << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("remove")) {
        QString warning;
        if (Status s = setup.remove(name, &warning); !s)
            return fail(s.message());
        if (!warning.isEmpty())
            m_err << tr("Warning: %1").arg(warning) << Qt::endl;
        m_out << tr("Repository '%1' removed.").arg(name) << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("register")) {
        Result<Repository> registered = setup.registerAt(name);
        if (!registered)
            return fail(registered.message());
        m_out << tr("This node is registered at '%1' (%2).")
                     .arg(name, registered.value().remoteUuid.toString(QUuid::WithoutBraces))
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
                          .arg(RepositorySetup::kTransferTimeoutMs / 1000),
                      QStringLiteral("seconds")});
    if (!parse(parser, arguments,
               QStringLiteral("sync [REPO] [--resource TABLE]... [--timeout SECONDS]")))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    int timeoutMs = RepositorySetup::kTransferTimeoutMs;
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
            [&](const RoundProgress &progress) {
                // A line after each page, as ever.
                if (const QString line = progress.checkpointLine(); !quiet && !line.isEmpty())
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
