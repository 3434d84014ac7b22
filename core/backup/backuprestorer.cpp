#include "backuprestorer.h"

#include "backup/backuparchive.h"
#include "backup/backupschema.h"
#include "backup/bulkloader.h"
#include "capture/changestamper.h"
#include "capture/resourcestore.h"
#include "storage/schemacatalogue.h"
#include "sync/applyengine.h"
#include "sync/pagequeue.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>
#include <QLoggingCategory>
#include <QSqlDriver>

#include <sqlite3.h>

Q_LOGGING_CATEGORY(lcRestore, "s15n.restore")

namespace s15n {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::BackupRestorer", text);
}

bool isCancelled(const std::atomic_bool *cancelled)
{
    return cancelled && cancelled->load();
}

QString sentence(QString text)
{
    text = text.trimmed();
    if (!text.isEmpty() && !text.endsWith(QLatin1Char('.')))
        text += QLatin1Char('.');
    return text;
}

bool isDiskFull(const QString &reason)
{
    // SQLite's SQLITE_FULL, PostgreSQL's disk_full (53100) and the system's ENOSPC.
    return reason.contains(QLatin1String("database or disk is full"), Qt::CaseInsensitive) ||
           reason.contains(QLatin1String("could not extend file"), Qt::CaseInsensitive) ||
           reason.contains(QLatin1String("No space left on device"), Qt::CaseInsensitive);
}

// What a failure once writing has begun tells the administrator: the transaction is rolled
// back, so the database is as it was.
Status restoreFailure(const QString &reason)
{
    if (isDiskFull(reason))
        return Status::failure(
            tr("The restore stopped because the disk holding the database is full (%1). Nothing "
               "was restored: the database is exactly as it was. Free some space and restore "
               "again.")
                .arg(reason.trimmed()));
    return Status::failure(tr("The restore failed: %1 Nothing was restored: the database is "
                              "exactly as it was.")
                               .arg(sentence(reason)));
}

Status cancelledStatus()
{
    return Status::failure(
        tr("The restore was cancelled. Nothing was restored: the database is exactly as it was."));
}

// The settings the data goes in with: nothing the parent's strategy or mode would refuse
// (the targets are empty, so every record is new and nothing can conflict). The final
// settings are put in place before the commit.
Resource seedingSettings(const Resource &resource)
{
    Resource seeding = resource;
    seeding.mode = SyncMode::Both;
    seeding.strategy = Strategy();
    seeding.updatePolicy = Policy::Newer;
    seeding.conflictPolicy = Policy::Newer;
    return seeding;
}

// SQLite may answer a full disk (SQLITE_FULL) by rolling back the whole transaction; the
// statements that follow would then each commit on their own. While this guard lives, every
// commit but the one it allows is turned into a rollback, so nothing of a failed restore can
// stay behind. PostgreSQL needs none: after an error it refuses everything until the rollback.
class CommitGuard
{
public:
    explicit CommitGuard(const Database &db)
    {
        const QVariant handle = db.sql().driver()->handle();
        if (db.dialect() == Database::Dialect::Sqlite && handle.isValid() &&
            qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_handle = *static_cast<sqlite3 *const *>(handle.constData());
        if (m_handle)
            sqlite3_commit_hook(m_handle, &CommitGuard::onCommit, this);
    }
    ~CommitGuard()
    {
        if (m_handle)
            sqlite3_commit_hook(m_handle, nullptr, nullptr);
    }
    CommitGuard(const CommitGuard &) = delete;
    CommitGuard &operator=(const CommitGuard &) = delete;

    void allowCommit() { m_allowed = true; }
    // Whether the database ended the transaction by itself.
    bool transactionLost() const { return m_handle && sqlite3_get_autocommit(m_handle) != 0; }

private:
    static int onCommit(void *self) { return static_cast<CommitGuard *>(self)->m_allowed ? 0 : 1; }

    sqlite3 *m_handle = nullptr;
    bool m_allowed = false;
};

// SQLite: a larger page cache for as long as the restore runs. One transaction inserts rows
// with random UUIDs into a few indexes; with the node's usual 32 MB the cache keeps spilling
// to the WAL, and at a million rows waiting for the disk doubled the restore's time. The
// cache only grows as far as it is used, and shrinks back when the guard goes.
class CacheGuard
{
public:
    static constexpr int kRestoreCacheKib = 256 * 1024;

    explicit CacheGuard(Database &db) : m_db(db)
    {
        if (db.dialect() != Database::Dialect::Sqlite)
            return;
        Result<QVariant> current = db.scalar(QStringLiteral("PRAGMA cache_size"));
        if (!current)
            return;
        m_previous = current.value().toLongLong();
        const qint64 previousKib =
            m_previous < 0 ? -m_previous : m_previous * 4; // pages: assume 4 KiB
        if (previousKib < kRestoreCacheKib)
            m_raised =
                db.exec(QStringLiteral("PRAGMA cache_size = -%1").arg(kRestoreCacheKib)).ok();
    }
    ~CacheGuard()
    {
        if (m_raised)
            m_db.exec(QStringLiteral("PRAGMA cache_size = %1").arg(m_previous));
    }
    CacheGuard(const CacheGuard &) = delete;
    CacheGuard &operator=(const CacheGuard &) = delete;

private:
    Database &m_db;
    qint64 m_previous = 0;
    bool m_raised = false;
};

} // namespace

Result<BackupManifest> BackupRestorer::inspect(const QString &path, const QUuid &expectedParent,
                                               const BackupProgress &progress,
                                               const std::atomic_bool *cancelled,
                                               const ManifestCheck &accept)
{
    BackupArchive archive(path);
    return check(archive, expectedParent, progress, 1, cancelled, accept);
}

Result<BackupManifest> BackupRestorer::check(BackupArchive &archive, const QUuid &expectedParent,
                                             const BackupProgress &progress, qint64 passes,
                                             const std::atomic_bool *cancelled,
                                             const ManifestCheck &accept)
{
    if (Status s = archive.open(); !s)
        return s;
    Result<BackupManifest> read = archive.readManifest();
    if (!read)
        return read;
    const BackupManifest &manifest = read.value();
    const QString parent = manifest.parent.toString(QUuid::WithoutBraces);
    if (!expectedParent.isNull() && manifest.parent != expectedParent)
        return Status::failure(
            tr("This backup comes from node %1 (%2), not from the parent %3 you set: download "
               "the backup from %3.")
                .arg(parent, manifest.parentName, expectedParent.toString(QUuid::WithoutBraces)));
    if (manifest.parent == m_node.identity().uuid)
        return Status::failure(tr("This backup was made by this very node (%1): a node is never "
                                  "seeded from its own backup. Restore it on a child, which keeps "
                                  "its own UUID.")
                                   .arg(parent));
    if (accept) {
        if (Status s = accept(manifest); !s)
            return s;
    }
    if (Status s = m_node.database().ensureConnected(); !s)
        return s;
    if (Status s = checkTargets(manifest); !s)
        return s;

    const qint64 total = manifest.totalRows() * passes;
    qint64 before = 0;
    for (const BackupResource &r : manifest.resources) {
        const QString &table = r.resource.table;
        const auto bytes = [&](qint64 checked) {
            if (progress && r.size > 0)
                progress(before + r.rows * checked / r.size, total, table);
        };
        if (Status s = archive.verify(r, bytes, cancelled); !s)
            return isCancelled(cancelled) ? cancelledStatus() : s;
        before += r.rows;
        if (progress)
            progress(before, total, table);
    }
    qCInfo(lcRestore) << "checked the backup" << archive.path() << "of" << parent << ":"
                      << manifest.resources.size() << "resources," << manifest.totalRows()
                      << "rows";
    return read;
}

Status BackupRestorer::checkTargets(const BackupManifest &manifest) const
{
    const Database &db = m_node.database();
    const SchemaCatalogue catalogue(db);
    Result<QStringList> tables = catalogue.tables();
    if (!tables)
        return tables.status();
    Result<QList<Resource>> resources = ResourceStore(m_node).list();
    if (!resources)
        return resources.status();
    QHash<QString, Resource> here;
    QStringList resourceTables;
    for (const Resource &r : resources.value()) {
        here.insert(r.table, r);
        resourceTables.append(r.table);
    }
    for (const BackupResource &r : manifest.resources)
        resourceTables.append(r.resource.table);

    for (const BackupResource &r : manifest.resources) {
        const QString &table = r.resource.table;
        if (const auto it = here.constFind(table);
            it != here.constEnd() && it->uuidColumn != r.resource.uuidColumn)
            return Status::failure(tr("%1 is a resource here with the UUID column %2, but the "
                                      "parent's uses %3. Remove the resource here ('s15n resource "
                                      "remove %1') so the restore can set it up as the parent "
                                      "has it.")
                                       .arg(table, it->uuidColumn, r.resource.uuidColumn));
        if (tables.value().contains(table)) {
            Result<TableInfo> info = catalogue.describe(table);
            if (!info)
                return info.status();
            if (Status s = BackupSchema::checkExisting(info.value(), r, resourceTables); !s)
                return s;
            // The name is a real table now (from the catalogue), so it may be quoted in.
            Result<QVariant> any =
                db.scalar(QStringLiteral("SELECT 1 FROM %1 LIMIT 1").arg(db.quoted(table)));
            if (!any)
                return any.status();
            if (any.value().isValid())
                return Status::failure(tr("The table %1 here already holds rows: a backup only "
                                          "seeds tables that hold none yet, so nothing was "
                                          "restored. Empty %1, or restore on a node without "
                                          "that data.")
                                           .arg(table));
        } else if (here.contains(table)) {
            return Status::failure(tr("%1 is a resource here, but its table is missing. Remove the "
                                      "resource ('s15n resource remove %1') and restore again.")
                                       .arg(table));
        }
        for (const char *metadata :
             {"s15n_rows", "s15n_changes", "s15n_parked", "s15n_conflicts"}) {
            Result<QVariant> any = db.scalar(QStringLiteral("SELECT 1 FROM %1 WHERE table_name = ? "
                                                            "LIMIT 1")
                                                 .arg(QLatin1String(metadata)),
                                             {table});
            if (!any)
                return any.status();
            if (any.value().isValid())
                return Status::failure(
                    tr("s15n here still keeps records of rows of %1 (changes, versions or "
                       "tombstones of rows made here before), which would mix with the parent's. "
                       "Remove the resource ('s15n resource remove %1'), check that the table "
                       "is empty, and restore again.")
                        .arg(table));
        }
        for (const BackupColumn &c : r.columns) {
            if (c.type == FieldValue::Type::Reference && !manifest.resource(c.refTable) &&
                !here.contains(c.refTable))
                return Status::failure(
                    tr("In the backup, %1 refers to %2 (column %3), which was left out of it and "
                       "is not a resource here: its rows could not refer to anything. Ask the "
                       "parent for a backup that includes %2 (or leaves out %1 too), or make %2 a "
                       "resource here first.")
                        .arg(table, c.refTable, c.name));
        }
    }
    return Status();
}

Result<RestoreSummary> BackupRestorer::restore(const QString &path, const QUuid &expectedParent,
                                               const BackupProgress &progress,
                                               const std::atomic_bool *cancelled,
                                               const InTransaction &inTransaction)
{
    BackupArchive archive(path);
    Result<BackupManifest> manifest = check(archive, expectedParent, progress, 2, cancelled);
    if (!manifest)
        return manifest.status();
    RestoreSummary summary;
    summary.manifest = manifest.value();

    Database &db = m_node.database();
    Transaction transaction(db);
    if (!transaction.status())
        return transaction.status();
    CommitGuard guard(db);
    const CacheGuard cache(db);
    // Something may have written between the checks and this transaction.
    if (Status s = checkTargets(summary.manifest); !s)
        return s;

    QList<Resource> finalSettings;
    if (Status s = prepareTables(summary, &finalSettings); !s)
        return s;

    // Local changes not stamped yet get their places before the restored rows.
    if (Result<int> stamped = ChangeStamper(m_node).stampInTransaction(); !stamped)
        return restoreFailure(stamped.message());
    ResourceStore store(m_node);
    Result<QList<Resource>> resources = store.list();
    if (!resources)
        return restoreFailure(resources.message());
    const PageSource parent{summary.manifest.parent, summary.manifest.parentName};
    BulkLoader loader(m_node, parent);
    ApplyEngine engine(m_node);
    bool deferred = false;
    for (const BackupResource &r : summary.manifest.resources) {
        const auto here =
            std::find_if(resources.value().cbegin(), resources.value().cend(),
                         [&r](const Resource &x) { return x.table == r.resource.table; });
        if (here == resources.value().cend())
            return restoreFailure(tr("%1 did not become a resource").arg(r.resource.table));
        Result<ResourceSchema> schema = ResourceSchema::load(db, *here, resources.value());
        if (!schema)
            return restoreFailure(schema.message());
        Target target{r, schema.value(), loader, engine};
        if (Status s =
                restoreResource(archive, summary.manifest, target, summary, progress, cancelled);
            !s)
            return s;
        deferred = deferred || target.deferred;
        if (guard.transactionLost())
            return restoreFailure(tr("the database ended the transaction by itself"));
    }
    if (deferred) {
        // Rows kept waiting may refer to rows loaded after them: the engine applies those now
        // (an empty page runs its retry of waiting rows).
        const BackupResource &last = summary.manifest.resources.constLast();
        ChangePage retry;
        retry.resource = last.resource.table;
        retry.since = last.cursor;
        retry.cursor = last.cursor;
        Result<ApplyCounts> counts = engine.applyPageInTransaction(parent, retry);
        if (!counts)
            return restoreFailure(counts.message());
        if (counts.value().failed > 0)
            return restoreFailure(tr("The database refused rows: %1")
                                      .arg(counts.value().messages.join(QStringLiteral("; "))));
    }

    QStringList marks;
    QVariantList names;
    for (const BackupResource &r : summary.manifest.resources) {
        marks.append(QStringLiteral("?"));
        names.append(r.resource.table);
    }
    Result<QVariant> waiting =
        db.scalar(QStringLiteral("SELECT COUNT(*) FROM s15n_parked WHERE table_name IN (%1)")
                      .arg(marks.join(QLatin1Char(','))),
                  names);
    if (!waiting)
        return restoreFailure(waiting.message());
    summary.waiting = waiting.value().toLongLong();
    if (summary.waiting > 0)
        summary.warnings.append(QCoreApplication::translate(
            "s15n::BackupRestorer",
            "%n row(s) wait for referenced rows of tables that are not in the backup; they are "
            "applied when those rows arrive.",
            nullptr, static_cast<int>(summary.waiting)));
    for (const Resource &settings : std::as_const(finalSettings)) {
        if (Status s = store.edit(settings); !s)
            return restoreFailure(s.message());
    }
    if (inTransaction) {
        if (Status s = inTransaction(summary.manifest); !s)
            return s;
    }
    if (isCancelled(cancelled))
        return cancelledStatus();
    if (guard.transactionLost())
        return restoreFailure(tr("the database ended the transaction by itself"));
    guard.allowCommit();
    if (Status s = transaction.commit(); !s)
        return restoreFailure(s.message());
    qCInfo(lcRestore) << "restored" << summary.rows << "rows of"
                      << summary.manifest.resources.size() << "resources from"
                      << summary.manifest.parent;
    return summary;
}

Status BackupRestorer::prepareTables(RestoreSummary &summary, QList<Resource> *finalSettings)
{
    Database &db = m_node.database();
    Result<QStringList> tables = SchemaCatalogue(db).tables();
    if (!tables)
        return restoreFailure(tables.message());
    for (BackupResource r : summary.manifest.resources) {
        if (tables.value().contains(r.resource.table))
            continue;
        if (Status s = BackupSchema::forgetTakenNames(db, &r); !s)
            return restoreFailure(
                tr("Cannot read the names in use here for %1: %2").arg(r.resource.table, s.message()));
        // Names checked as plain identifiers by the manifest, and quoted.
        const QString create = BackupSchema::createTable(db, r, summary.manifest.dialect);
        if (Result<QSqlQuery> q = db.exec(create); !q)
            return restoreFailure(
                tr("Cannot create the table %1: %2").arg(r.resource.table, q.message()));
        for (const QString &index : BackupSchema::createIndexes(db, r)) {
            if (Result<QSqlQuery> q = db.exec(index); !q)
                return restoreFailure(
                    tr("Cannot index the table %1: %2").arg(r.resource.table, q.message()));
        }
        summary.createdTables.append(r.resource.table);
    }
    // Resources with the settings the data goes in with; the final ones go in at the end.
    ResourceStore store(m_node);
    Result<QList<Resource>> existing = store.list();
    if (!existing)
        return restoreFailure(existing.message());
    for (const BackupResource &r : summary.manifest.resources) {
        const Resource seeding = seedingSettings(r.resource);
        const auto here =
            std::find_if(existing.value().cbegin(), existing.value().cend(),
                         [&r](const Resource &x) { return x.table == r.resource.table; });
        Status s;
        if (here != existing.value().cend()) {
            finalSettings->append(*here);
            summary.keptTables.append(r.resource.table);
            s = store.edit(seeding);
        } else {
            finalSettings->append(r.resource);
            summary.registeredTables.append(r.resource.table);
            s = store.addInTransaction(seeding);
        }
        if (!s)
            return restoreFailure(s.message());
    }
    return Status();
}

Status BackupRestorer::restoreResource(BackupArchive &archive, const BackupManifest &manifest,
                                       Target &target, RestoreSummary &summary,
                                       const BackupProgress &progress,
                                       const std::atomic_bool *cancelled)
{
    const BackupResource &resource = target.resource;
    const QString &table = resource.resource.table;
    const qint64 total = manifest.totalRows() * 2;
    const qint64 base = manifest.totalRows();
    Result<QIODevice *> device = archive.openEntry(resource.entry);
    if (!device)
        return restoreFailure(device.message());
    // Rows keep the parent's versions and origin, and remember it as their source, so they
    // are never pushed back to it.
    const PageSource parent{manifest.parent, manifest.parentName};
    qint64 rows = 0;
    qint64 cursor = 0;
    bool any = false;
    {
        PageQueue queue(device.value()); // parses the next page while this one is applied
        ChangePage page;
        PageSource sender;
        while (queue.next(&page, &sender)) {
            if (isCancelled(cancelled))
                return cancelledStatus();
            if (sender.node != manifest.parent || page.resource != table || page.since != cursor)
                return restoreFailure(tr("The rows of %1 in the backup are not the parent's "
                                         "pages of %1, in order.")
                                          .arg(table));
            QList<ChangeRecord> waiting;
            if (Status s = target.loader.load(target.schema, page, &waiting); !s)
                return restoreFailure(s.message());
            if (!waiting.isEmpty()) {
                // Rows whose referenced rows are not here yet: the engine keeps them waiting.
                target.deferred = true;
                ChangePage rest = page;
                rest.records = waiting;
                Result<ApplyCounts> counts = target.engine.applyPageInTransaction(parent, rest);
                if (!counts)
                    return restoreFailure(counts.message());
                if (counts.value().failed > 0)
                    return restoreFailure(
                        tr("The database refused rows of %1: %2")
                            .arg(table, counts.value().messages.join(QStringLiteral("; "))));
            }
            rows += page.records.size();
            cursor = page.cursor;
            any = true;
            summary.rows += page.records.size();
            ++summary.pages;
            if (progress)
                progress(base + summary.rows, total, table);
        }
        if (queue.hasError())
            return restoreFailure(tr("The rows of %1 in the backup cannot be read: %2")
                                      .arg(table, queue.errorString()));
    }
    if (Status s = archive.closeEntry(); !s)
        return restoreFailure(s.message());
    if (!any || rows != resource.rows || cursor != resource.cursor)
        return restoreFailure(tr("The rows of %1 in the backup do not match its manifest (%2 rows "
                                 "up to cursor %3, not %4 up to %5).")
                                  .arg(table)
                                  .arg(rows)
                                  .arg(cursor)
                                  .arg(resource.rows)
                                  .arg(resource.cursor));
    // The first pull from the parent starts at the snapshot, whatever was stored before.
    Result<QSqlQuery> q = m_node.database().exec(
        QStringLiteral("INSERT INTO s15n_cursors (peer, table_name, seq, updated_at) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT (peer, table_name) DO UPDATE SET "
                       "seq = excluded.seq, updated_at = excluded.updated_at"),
        {manifest.parent.toString(QUuid::WithoutBraces), table, resource.cursor,
         QDateTime::currentMSecsSinceEpoch()});
    if (!q)
        return restoreFailure(q.message());
    return Status();
}

} // namespace s15n
