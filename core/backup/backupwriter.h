#pragma once

#include "backup/backupmanifest.h"
#include "storage/node.h"
#include "sync/exporter.h"

#include <QStringList>

#include <atomic>
#include <functional>

class QIODevice;

namespace s15n {

// Progress of a backup or restore: rows done of rows total, and the table at hand.
using BackupProgress = std::function<void(qint64 rowsDone, qint64 rowsTotal, const QString &table)>;

struct BackupOptions
{
    // Tables this child may not receive (the caller merges the child's exclusions with the
    // global ones). They appear nowhere in the zip.
    QStringList excludedTables;
    QString childNickname; // who the backup is for; may be empty
    int pageSize = Exporter::kDefaultPageSize;
    int compressionLevel = 1; // deflate; 1 keeps a backup about as fast as reading the data
};

struct BackupSummary
{
    BackupManifest manifest;
    qint64 rows = 0;
    qint64 dataBytes = 0; // the entries' uncompressed bytes
    qint64 zipBytes = -1; // the zip's size; -1 when written to a sequential device
    // For the administrator: an included table that refers to an excluded one, an excluded
    // name that is not a resource here.
    QStringList warnings;
};

// Writes the node's data as a backup zip to seed a child (design.md, "Backup and seeding"):
// every resource that is not excluded, from one consistent read snapshot taken while the node
// goes on serving, each as data/<table>.xml in the wire format (core/sync/PROTOCOL.md), and
// manifest.xml last. s15n's own tables are never resources, so no account, secret or setting
// goes in.
class BackupWriter
{
public:
    explicit BackupWriter(Node &node) : m_node(node) {}

    // Writes through QSaveFile: a failure or a cancel leaves no file, and an existing file of
    // that name as it was.
    Result<BackupSummary> write(const QString &path, const BackupOptions &options = {},
                                const BackupProgress &progress = {},
                                const std::atomic_bool *cancelled = nullptr);
    // Writes to an open device (a failure leaves it holding an unusable part of a zip).
    Result<BackupSummary> write(QIODevice *device, const BackupOptions &options = {},
                                const BackupProgress &progress = {},
                                const std::atomic_bool *cancelled = nullptr);

private:
    Node &m_node;
};

} // namespace s15n
