#pragma once

#include "backup/backupmanifest.h"
#include "backup/backupwriter.h"
#include "storage/node.h"

#include <QStringList>
#include <QUuid>

#include <atomic>

namespace s15n {

class ApplyEngine;
class BackupArchive;
class BulkLoader;
struct ResourceSchema;

struct RestoreSummary
{
    BackupManifest manifest;
    QStringList createdTables;    // made from the manifest's schema
    QStringList registeredTables; // made resources here, with the parent's settings
    QStringList keptTables;       // resources here already: their own settings kept
    qint64 rows = 0;              // records restored (tombstones included)
    qint64 pages = 0;
    qint64 waiting = 0; // rows waiting for referenced rows of a table not in the backup
    QStringList warnings;
};

// Seeds this node (a child) from its parent's backup zip (BackupWriter). Everything is checked
// before anything is written; then everything is written in one transaction, so a failure, a
// full disk or a cancel leaves the database exactly as it was. The node keeps its own UUID;
// restored rows keep the parent's versions and origins, and this node's cursor for the
// parent ends at the snapshot's, so the first sync brings exactly what changed since.
class BackupRestorer
{
public:
    explicit BackupRestorer(Node &node) : m_node(node) {}

    // Every check, nothing written: the zip and its entry names, the manifest (format,
    // fields), the parent (== `expectedParent` unless null; never this node itself), each
    // target table (absent, or compatible and empty, with no s15n records of it) and every
    // entry's size and SHA-256. `progress` counts rows of the entries checked. `accept`, if
    // given, judges the manifest once it is read, before the entries are: a failure is the
    // answer, without reading the rest of the zip.
    using ManifestCheck = std::function<Status(const BackupManifest &manifest)>;
    Result<BackupManifest> inspect(const QString &path, const QUuid &expectedParent = {},
                                   const BackupProgress &progress = {},
                                   const std::atomic_bool *cancelled = nullptr,
                                   const ManifestCheck &accept = {});

    // More work for the restore's transaction (ParentSetup stores the parent's repository
    // there): run last, before the commit; a failure rolls everything back.
    using InTransaction = std::function<Status(const BackupManifest &manifest)>;

    // inspect(), then the restore. `progress` runs over twice the rows: checking, restoring.
    Result<RestoreSummary> restore(const QString &path, const QUuid &expectedParent = {},
                                   const BackupProgress &progress = {},
                                   const std::atomic_bool *cancelled = nullptr,
                                   const InTransaction &inTransaction = {});

private:
    Result<BackupManifest> check(BackupArchive &archive, const QUuid &expectedParent,
                                 const BackupProgress &progress, qint64 passes,
                                 const std::atomic_bool *cancelled,
                                 const ManifestCheck &accept = {});
    Status checkTargets(const BackupManifest &manifest) const;
    // Creates the tables the node lacks and makes every table a resource.
    Status prepareTables(RestoreSummary &summary, QList<Resource> *finalSettings);
    struct Target
    {
        const BackupResource &resource;
        const ResourceSchema &schema; // the table here, a resource by now
        BulkLoader &loader;
        ApplyEngine &engine;
        bool deferred = false; // rows handed to the engine to wait for referenced rows
    };
    Status restoreResource(BackupArchive &archive, const BackupManifest &manifest, Target &target,
                           RestoreSummary &summary, const BackupProgress &progress,
                           const std::atomic_bool *cancelled);

    Node &m_node;
};

} // namespace s15n
