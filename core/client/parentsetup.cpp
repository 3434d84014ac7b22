#include "parentsetup.h"

#include "client/remoteclient.h"
#include "client/repositorysetup.h"
#include "log/synclog.h"
#include "storage/node.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>

Q_LOGGING_CATEGORY(lcParentSetup, "s15n.parent")

namespace s15n {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::ParentSetup", text);
}

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

Status unchanged(const QString &message)
{
    return Status::failure(tr("%1 Nothing was changed.").arg(message));
}

constexpr int kPollMs = 500;

// Has the parent write the backup, waits for it, and downloads it to `path`.
Result<qint64> download(RemoteClient &client, const QString &path,
                        const ParentProgressFunction &progress, const std::atomic_bool *cancelled)
{
    auto report = [&](ParentProgress::Step step, qint64 done, qint64 total,
                      const QString &table = {}) {
        if (progress)
            progress(ParentProgress{step, done, total, table});
    };
    report(ParentProgress::Step::Preparing, 0, 0);
    Result<messages::BackupState> started = client.startBackup();
    if (!started)
        return started.status();
    messages::BackupState state = started.value();
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    for (;;) {
        report(ParentProgress::Step::Preparing, state.rowsDone, state.rowsTotal, state.table);
        Result<std::optional<messages::BackupState>> answer =
            client.getBackup(state.id, &file, [&](qint64 bytes, qint64 total) {
                report(ParentProgress::Step::Downloading, bytes, total);
            });
        if (!answer)
            return answer.status(); // QSaveFile leaves nothing
        if (!answer.value())
            break;
        state = *answer.value();
        // The parent still writes it: ask again soon (a bounded wait, cancel checked).
        QElapsedTimer waited;
        waited.start();
        while (waited.elapsed() < kPollMs) {
            if (cancelled && cancelled->load())
                return Status::failure(tr("Stopped while the parent wrote the backup."));
            QThread::msleep(50);
        }
    }
    const qint64 bytes = file.size();
    if (!file.commit())
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    return bytes;
}

} // namespace

ParentSetup::ParentSetup(Node &node, const std::atomic_bool *cancelled)
    : m_node(node), m_cancelled(cancelled)
{}

bool ParentSetup::isCancelled() const
{
    return m_cancelled && m_cancelled->load();
}

Result<qint64> ParentSetup::fetch(const Repository &repository, const QString &password,
                                  const QString &path, const ParentProgressFunction &progress)
{
    if (Status s = RepositorySetup::validateChange(repository); !s)
        return s;
    Result<RemoteOptions> options =
        RepositorySetup(m_node, m_cancelled).remoteOptions(repository, password);
    if (!options)
        return options.status();
    RemoteClient client(options.value());
    return download(client, path, progress, m_cancelled);
}

Result<ParentOutcome> ParentSetup::define(ParentRequest request,
                                          const ParentProgressFunction &progress)
{
    auto report = [&](ParentProgress::Step step, qint64 done = 0, qint64 total = 0,
                      const QString &table = {}) {
        if (progress)
            progress(ParentProgress{step, done, total, table});
    };
    Repository &r = request.repository;
    if (r.name.isEmpty())
        r.name = QLatin1String(kDefaultName);
    if (Status s = RepositorySetup::validateChange(r); !s)
        return s;
    RepositoryStore store(m_node.database());
    if (store.find(r.name))
        return unchanged(tr("There is already a repository named '%1'.").arg(r.name));
    if (request.password.isEmpty())
        return unchanged(tr("Give the password of the user '%1' at the parent.").arg(r.username));
    if (!request.zipPath.isEmpty() && !QFileInfo(request.zipPath).isFile())
        return unchanged(tr("There is no file %1.").arg(request.zipPath));
    if (!r.remoteUuid.isNull() && r.remoteUuid == m_node.identity().uuid)
        return unchanged(tr("%1 is this node's own UUID, not its parent's: give the UUID that "
                            "'s15n info' shows on the parent.")
                             .arg(uuidText(r.remoteUuid)));

    RepositorySetup setup(m_node, m_cancelled);
    Result<RemoteOptions> options = setup.remoteOptions(r, request.password);
    if (!options)
        return unchanged(options.message());
    RemoteClient client(options.value());
    ParentOutcome outcome;
    report(ParentProgress::Step::Connecting);
    Result<messages::NodeInfo> info = client.nodeInfo();
    if (isCancelled())
        return unchanged(tr("Stopped before the parent answered."));
    QString unreachable;
    if (!info) {
        // A wrong password or an untrusted certificate is never passed over; an unreachable
        // parent is, when the administrator brought its zip.
        if (client.lastFailureWasRemote() || client.lastFailureWasTls())
            return unchanged(info.message());
        if (request.zipPath.isEmpty())
            return unchanged(tr("%1 Fetching the backup needs the parent; or download it there "
                                "and give the zip file.")
                                 .arg(info.message()));
        // Whether the zip comes from this parent cannot be asked: the administrator names it.
        if (r.remoteUuid.isNull())
            return unchanged(
                tr("%1 Without the parent, whether the zip comes from it cannot be checked: give "
                   "the parent's UUID too ('s15n info' on the parent shows it), or try again "
                   "when it can be reached.")
                    .arg(info.message()));
        unreachable = info.message();
        outcome.offline = true;
    } else {
        if (Status s = setup.checkIdentity(r, info.value()); !s)
            return unchanged(s.message());
        r.remoteUuid = info.value().uuid;
        outcome.parentName = info.value().name;
        Result<std::optional<Repository>> same = store.findByRemote(r.remoteUuid);
        if (!same)
            return same.status();
        if (same.value())
            return unchanged(tr("Repository '%1' is this parent already.").arg(same.value()->name));
    }

    QTemporaryDir downloads;
    QString zip = request.zipPath;
    if (zip.isEmpty()) {
        if (!downloads.isValid())
            return unchanged(tr("Cannot make a temporary folder for the download: %1")
                                 .arg(downloads.errorString()));
        zip = downloads.filePath(QStringLiteral("backup.zip"));
        Result<qint64> bytes = download(client, zip, progress, m_cancelled);
        if (!bytes)
            return unchanged(bytes.message());
        outcome.downloadedBytes = bytes.value();
    }

    // Every check first (inspect() writes nothing), so a bad zip is refused before even the
    // password is stored; restore() checks again inside (a cheap pass beside the restore).
    const BackupProgress checking = [&](qint64 done, qint64 total, const QString &table) {
        report(ParentProgress::Step::Checking, done, total, table);
    };
    // A zip made for another child (or for none) may hold tables this child's account does
    // not receive: the catalogue the parent gives this account says which. Refused as soon as
    // the manifest is read.
    const auto receivedHere = [&](const BackupManifest &manifest) -> Status {
        if (!info)
            return Status();
        QStringList notReceived;
        for (const BackupResource &b : manifest.resources) {
            if (std::none_of(info.value().resources.cbegin(), info.value().resources.cend(),
                             [&](const Resource &x) { return x.table == b.resource.table; }))
                notReceived.append(b.resource.table);
        }
        if (notReceived.isEmpty())
            return Status();
        return Status::failure(
            tr("The backup holds tables that the account '%1' does not receive from the "
               "parent: %2. %3 Use the backup made for this child ('s15n backup "
               "--for-child NICK' on the parent), or fetch it.")
                .arg(r.username, notReceived.join(QLatin1String(", ")),
                     manifest.child.isEmpty()
                         ? tr("It was made for no particular child.")
                         : tr("It was made for child '%1'.").arg(manifest.child)));
    };
    BackupRestorer restorer(m_node);
    Result<BackupManifest> checked =
        restorer.inspect(zip, r.remoteUuid, checking, m_cancelled, receivedHere);
    if (!checked)
        return unchanged(checked.message());
    QStringList notInBackup; // tables this child receives that the zip leaves out
    if (info) {
        for (const Resource &x : info.value().resources) {
            if (std::none_of(checked.value().resources.cbegin(), checked.value().resources.cend(),
                             [&](const BackupResource &b) { return b.resource.table == x.table; }))
                notInBackup.append(x.table);
        }
    }

    // The password next, so the repository and the data go in together or not at all.
    if (Status s = setup.storePassword(r.name, request.password); !s)
        return unchanged(s.message());
    const BackupProgress restoring = [&](qint64 done, qint64 total, const QString &table) {
        // restore() counts every row twice: checked again, then restored.
        const qint64 half = total / 2;
        report(ParentProgress::Step::Restoring, qMax<qint64>(0, done - half), half, table);
    };
    Result<RestoreSummary> restored = restorer.restore(
        zip, r.remoteUuid, restoring, m_cancelled, [&](const BackupManifest &manifest) -> Status {
            if (outcome.offline) { // the parent named by its UUID, checked against the zip's
                outcome.parentName = manifest.parentName;
                Result<std::optional<Repository>> same = store.findByRemote(r.remoteUuid);
                if (!same)
                    return same.status();
                if (same.value())
                    return unchanged(
                        tr("Repository '%1' is this parent already.").arg(same.value()->name));
            }
            if (Status s = store.add(r); !s)
                return unchanged(s.message()); // rolled back with the rest
            return Status();
        });
    if (!restored) {
        setup.forgetPassword(r.name);
        return restored.status(); // it says the database is as it was
    }
    outcome.restore = restored.value();
    if (!notInBackup.isEmpty())
        outcome.restore.warnings.append(
            tr("The backup holds no rows of %1, which this child receives from the parent: "
               "syncs bring only their new changes once they are tables and resources here "
               "('s15n resource add'). The backup made for this child has them all.")
                .arg(notInBackup.join(QLatin1String(", "))));

    SyncLog log(m_node.database());
    LogEntry entry;
    entry.repository = r.name;
    entry.peer = uuidText(r.remoteUuid);
    entry.action = QStringLiteral("restore");
    entry.received = outcome.restore.rows;
    entry.applied = outcome.restore.rows;
    entry.message = tr("Seeded from the backup of parent '%1' (%2): %3 rows of %4 tables; the "
                       "first sync brings what changed there since.")
                        .arg(outcome.parentName, uuidText(r.remoteUuid))
                        .arg(outcome.restore.rows)
                        .arg(outcome.restore.manifest.resources.size());
    if (!outcome.restore.warnings.isEmpty())
        entry.result = LogResult::Warning;
    log.write(entry);
    qCInfo(lcParentSetup) << "seeded from" << r.remoteUuid << outcome.restore.rows << "rows";

    report(ParentProgress::Step::Registering);
    const AddOutcome registered = setup.registerNew(r, client, unreachable);
    outcome.registered = registered.registered;
    outcome.registrationFailure = registered.registrationFailure;
    outcome.repository = registered.repository;
    if (Result<Repository> stored = store.find(r.name))
        outcome.repository = stored.value(); // with what the registration learnt
    return outcome;
}

} // namespace s15n
