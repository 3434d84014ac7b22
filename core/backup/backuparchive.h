#pragma once

#include "backup/backupmanifest.h"
#include "util/status.h"

#include <QHash>
#include <QStringList>

#include <atomic>
#include <functional>
#include <memory>

class QIODevice;
class QuaZip;

namespace s15n {

// A backup zip opened for reading: checks the zip itself, its entry names and each entry's
// bytes against the manifest. Entries are streamed, never held whole (the manifest, bounded
// by BackupManifest::kMaxSize, excepted). Never extracts anything to disk.
class BackupArchive
{
public:
    explicit BackupArchive(const QString &path);
    ~BackupArchive();
    BackupArchive(const BackupArchive &) = delete;
    BackupArchive &operator=(const BackupArchive &) = delete;

    // Opens the zip and checks every entry name: no absolute path, no '..', no backslash, no
    // duplicate, no directory, no encryption, stored or deflated only.
    Status open();
    // Reads and parses manifest.xml, and checks the entries against it: each resource's entry
    // present with the size the manifest gives, and nothing else in the zip.
    Result<BackupManifest> readManifest();
    // Decompresses `resource`'s entry and compares its size and SHA-256 with the manifest's.
    // `progress` gets the bytes checked so far.
    Status verify(const BackupResource &resource, const std::function<void(qint64)> &progress,
                  const std::atomic_bool *cancelled);

    // The entry opened for reading (one entry at a time); closeEntry() after reading it says
    // whether the zip found it intact (its CRC).
    Result<QIODevice *> openEntry(const QString &name);
    Status closeEntry();

    const QString &path() const { return m_path; }

private:
    Status zipFailure(const QString &entry, int code) const;

    QString m_path;
    std::unique_ptr<QuaZip> m_zip;
    std::unique_ptr<QIODevice> m_entry;
    QString m_entryName;
    QHash<QString, qint64> m_sizes; // entry → uncompressed size
};

} // namespace s15n
