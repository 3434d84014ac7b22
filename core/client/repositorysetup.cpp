#include "repositorysetup.h"

#include "secrets/credentialstore.h"
#include "storage/node.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QThread>

#include <chrono>
#include <future>
#include <memory>

Q_LOGGING_CATEGORY(lcRepositorySetup, "s15n.repositories")

namespace s15n {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::RepositorySetup", text);
}

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

// Runs `call` (a CredentialStore call) on the application's main thread and waits for it,
// giving up when `cancelled` becomes true (the call still runs later). Directly when this is
// the main thread or there is no application.
template <typename Call>
auto onMainThread(Call call, const std::atomic_bool *cancelled, const QString &stopped)
    -> decltype(call())
{
    using Answer = decltype(call());
    QCoreApplication *app = QCoreApplication::instance();
    if (!app || QThread::currentThread() == app->thread())
        return call();
    auto promise = std::make_shared<std::promise<Answer>>();
    std::future<Answer> answer = promise->get_future();
    QMetaObject::invokeMethod(
        app, [promise, call] { promise->set_value(call()); }, Qt::QueuedConnection);
    while (answer.wait_for(std::chrono::milliseconds(100)) != std::future_status::ready) {
        if (cancelled && cancelled->load())
            return Answer(Status::failure(stopped));
    }
    return answer.get();
}

} // namespace

RepositorySetup::RepositorySetup(Node &node, const std::atomic_bool *cancelled)
    : m_node(node), m_cancelled(cancelled)
{}

bool RepositorySetup::isCancelled() const
{
    return m_cancelled && m_cancelled->load();
}

QString RepositorySetup::scope() const
{
    return uuidText(m_node.identity().uuid);
}

Status RepositorySetup::validateChange(const Repository &repository)
{
    if (!repository.caCertificateFile.isEmpty()) {
        if (Result<QList<QSslCertificate>> trusted =
                RemoteClient::readCertificates(repository.caCertificateFile);
            !trusted)
            return Status::failure(tr("%1 Nothing was changed.").arg(trusted.message()));
    }
    return RepositoryStore::validate(repository);
}

Result<RemoteOptions> RepositorySetup::remoteOptions(const Repository &repository,
                                                     const QString &password)
{
    Result<RemoteOptions> o = RemoteOptions::forRepository(m_node, repository, password);
    if (o) {
        o.value().transferTimeoutMs = kTransferTimeoutMs;
        o.value().cancelled = m_cancelled;
    }
    return o;
}

Status RepositorySetup::checkIdentity(const Repository &repository,
                                      const messages::NodeInfo &info) const
{
    if (!repository.remoteUuid.isNull() && info.uuid != repository.remoteUuid)
        return Status::failure(tr("The remote at %1 is node %2, not %3.")
                                   .arg(repository.url.toString(), uuidText(info.uuid),
                                        uuidText(repository.remoteUuid)));
    if (info.uuid == m_node.identity().uuid)
        return Status::failure(tr("%1 is this very node.").arg(repository.url.toString()));
    return Status();
}

Result<RemoteIdentity> RepositorySetup::testConnection(const Repository &repository,
                                                       const QString &password)
{
    Repository r = repository;
    r.name = QStringLiteral("test"); // any valid name: only the connection is checked
    if (Status s = RepositoryStore::validate(r); !s)
        return s;
    if (password.isEmpty())
        return Status::failure(
            tr("Give the password of the user '%1' at the remote.").arg(r.username));
    Result<RemoteOptions> options = remoteOptions(r, password);
    if (!options)
        return options.status();
    RemoteClient client(options.value());
    Result<messages::NodeInfo> info = client.nodeInfo();
    if (!info)
        return info.status();
    if (Status s = checkIdentity(r, info.value()); !s)
        return s;
    return RemoteIdentity{info.value().uuid, info.value().name};
}

Result<AddOutcome> RepositorySetup::add(Repository r, const QString &password)
{
    if (Status s = RepositoryStore::validate(r); !s)
        return s;
    RepositoryStore store(m_node.database());
    if (store.find(r.name))
        return Status::failure(tr("There is already a repository named '%1'.").arg(r.name));
    if (password.isEmpty())
        return Status::failure(tr("No password was given. Nothing was added."));

    Result<RemoteOptions> options = remoteOptions(r, password);
    if (!options)
        return Status::failure(tr("%1 Nothing was added.").arg(options.message()));
    RemoteClient client(options.value());
    Result<messages::NodeInfo> info = client.nodeInfo();
    if (isCancelled())
        return Status::failure(tr("Stopped before the remote answered. Nothing was added."));
    AddOutcome outcome;
    QString unreachable;
    if (!info) {
        if (client.lastFailureWasRemote() || client.lastFailureWasTls())
            return Status::failure(tr("%1 Nothing was added.").arg(info.message()));
        unreachable = info.message();
    } else {
        if (Status s = checkIdentity(r, info.value()); !s)
            return Status::failure(tr("%1 Nothing was added.").arg(s.message()));
        r.remoteUuid = info.value().uuid;
        outcome.remoteName = info.value().name;
    }

    if (Status s = storePassword(r.name, password); !s)
        return Status::failure(tr("%1 Nothing was added.").arg(s.message()));
    if (Status s = store.add(r); !s) {
        forgetPassword(r.name);
        return s;
    }
    qCInfo(lcRepositorySetup) << "added repository" << r.name << r.url.toString();
    AddOutcome registered = registerNew(r, client, unreachable);
    registered.remoteName = outcome.remoteName;
    return registered;
}

Status RepositorySetup::storePassword(const QString &name, const QString &password)
{
    const QString where = scope();
    Status s = onMainThread(
        [where, name, password] { return CredentialStore::write(where, name, password); },
        m_cancelled, tr("Stopped while storing the password."));
    if (!s && isCancelled()) {
        // The write may still happen on the main thread: forget it after that.
        if (QCoreApplication *app = QCoreApplication::instance())
            QMetaObject::invokeMethod(
                app, [where, name] { CredentialStore::remove(where, name); },
                Qt::QueuedConnection);
    }
    return s;
}

void RepositorySetup::forgetPassword(const QString &name)
{
    const QString where = scope();
    onMainThread([where, name] { return CredentialStore::remove(where, name); }, m_cancelled,
                 tr("Stopped while forgetting the password."));
}

AddOutcome RepositorySetup::registerNew(const Repository &repository, RemoteClient &client,
                                        const QString &unreachable)
{
    AddOutcome outcome;
    Repository r = repository;
    SyncLog log(m_node.database());
    if (!unreachable.isEmpty()) {
        const NodeIdentity &me = m_node.identity();
        LogEntry e;
        e.repository = r.name;
        e.action = QStringLiteral("register");
        e.result = LogResult::Error;
        e.message =
            tr("Registration at %1 failed: %2 To register by hand, run 's15n repo "
               "register %3' once the remote can be reached, or ask the remote's "
               "administrator to run 's15n peer add %4 --name \"%5\" --user %6'.")
                .arg(r.url.toString(), unreachable, r.name, uuidText(me.uuid), me.name, r.username);
        log.write(e);
        outcome.registrationFailure = e.message;
    } else if (Status s = SyncRound::registerAt(m_node, r, client, log); !s) {
        outcome.registrationFailure = s.message();
    } else {
        outcome.registered = true;
    }
    outcome.repository = r;
    return outcome;
}

Status RepositorySetup::update(const Repository &repository, const QString &newPassword)
{
    RepositoryStore store(m_node.database());
    if (Result<Repository> existing = store.find(repository.name); !existing)
        return existing.status();
    if (Status s = validateChange(repository); !s)
        return s;
    if (!newPassword.isEmpty()) {
        const QString where = scope();
        const QString name = repository.name;
        if (Status s = onMainThread(
                [where, name, newPassword] {
                    return CredentialStore::write(where, name, newPassword);
                },
                m_cancelled, tr("Stopped while storing the password."));
            !s)
            return Status::failure(tr("%1 Nothing was changed.").arg(s.message()));
    }
    if (Status s = store.update(repository); !s)
        return s;
    qCInfo(lcRepositorySetup) << "changed repository" << repository.name;
    return Status();
}

Status RepositorySetup::remove(const QString &name, QString *warning)
{
    RepositoryStore store(m_node.database());
    if (Result<Repository> existing = store.find(name); !existing)
        return existing.status();
    Result<QVariant> jobs = m_node.database().scalar(
        QStringLiteral("SELECT COUNT(*) FROM s15n_jobs WHERE repository = ?"), {name});
    if (!jobs)
        return jobs.status();
    if (jobs.value().toInt() > 0)
        return Status::failure(tr("Repository '%1' still has %2 scheduled job(s); remove them "
                                  "first ('s15n job list').")
                                   .arg(name)
                                   .arg(jobs.value().toInt()));
    if (Status s = store.remove(name); !s)
        return s;
    qCInfo(lcRepositorySetup) << "removed repository" << name;
    const QString where = scope();
    if (Status s = onMainThread([where, name] { return CredentialStore::remove(where, name); },
                                m_cancelled, tr("Stopped while forgetting the password."));
        !s && warning)
        *warning = tr("The stored password could not be removed: %1").arg(s.message());
    return Status();
}

Result<QString> RepositorySetup::password(const QString &name)
{
    const QString where = scope();
    return onMainThread([where, name] { return CredentialStore::read(where, name); }, m_cancelled,
                        tr("Stopped while reading the password of repository '%1'.").arg(name));
}

Result<QString> RepositorySetup::storedPassword(const QString &name)
{
    Result<QString> stored = password(name);
    if (stored && stored.value().isEmpty())
        return Status::failure(tr("No password is stored for repository '%1' in %2. Store it "
                                  "with 's15n repo edit %1 --password'.")
                                   .arg(name, CredentialStore::where()));
    return stored;
}

Result<RemoteOptions> RepositorySetup::storedRemote(const QString &name, Repository *repository)
{
    Result<Repository> found = RepositoryStore(m_node.database()).find(name);
    if (!found)
        return found.status();
    Result<QString> stored = storedPassword(name);
    if (!stored)
        return stored.status();
    *repository = found.value();
    return remoteOptions(*repository, stored.value());
}

Result<QList<Resource>> RepositorySetup::catalogue(const QString &name)
{
    Repository r;
    Result<RemoteOptions> options = storedRemote(name, &r);
    if (!options)
        return options.status();
    Result<messages::NodeInfo> info = RemoteClient(options.value()).nodeInfo();
    if (!info)
        return info.status();
    if (Status s = checkIdentity(r, info.value()); !s)
        return Status::failure(tr("%1 Check the URL of repository '%2'.").arg(s.message(), name));
    return info.value().resources;
}

Result<Repository> RepositorySetup::registerAt(const QString &name)
{
    Repository r;
    Result<RemoteOptions> options = storedRemote(name, &r);
    if (!options)
        return options.status();
    RemoteClient client(options.value());
    SyncLog log(m_node.database());
    if (Status s = SyncRound::registerAt(m_node, r, client, log); !s)
        return s;
    return r;
}

Result<RoundSummary> RepositorySetup::sync(const QString &name, RoundOptions options)
{
    Result<Repository> repository = RepositoryStore(m_node.database()).find(name);
    if (!repository)
        return repository.status();
    Result<QString> stored = password(name);
    if (!stored)
        return stored.status();
    if (stored.value().isEmpty())
        return Status::failure(tr("No password is stored for repository '%1' in %2. Store it "
                                  "with 's15n repo edit %1 --password' (run with the same "
                                  "S15N_CREDENTIALS_FILE, or in the same desktop session, as "
                                  "the process that syncs).")
                                   .arg(name, CredentialStore::where()));
    if (!options.cancelled)
        options.cancelled = m_cancelled;
    return SyncRound(m_node, repository.value(), stored.value()).run(options);
}

Result<std::optional<LastRound>> RepositorySetup::lastRound(const QString &name)
{
    // The index on (repository, id) finds the newest entries first.
    Result<QSqlQuery> q = m_node.database().exec(
        QStringLiteral("SELECT logged_at, result, message FROM s15n_log WHERE repository = ? "
                       "AND action = 'round' ORDER BY id DESC LIMIT 1"),
        {name});
    if (!q)
        return q.status();
    if (!q.value().next())
        return std::optional<LastRound>();
    LastRound last;
    last.at = SyncLog::timeFromText(q.value().value(0).toString());
    last.result = SyncLog::parseResult(q.value().value(1).toString()).value_or(LogResult::Error);
    last.message = q.value().value(2).toString();
    return std::optional<LastRound>(last);
}

Result<QList<RepositoryOverview>> RepositorySetup::overview()
{
    Result<QList<Repository>> all = RepositoryStore(m_node.database()).list();
    if (!all)
        return all.status();
    QList<RepositoryOverview> result;
    for (const Repository &r : all.value()) {
        Result<std::optional<LastRound>> last = lastRound(r.name);
        if (!last)
            return last.status();
        result.append({r, last.value()});
    }
    return result;
}

} // namespace s15n
