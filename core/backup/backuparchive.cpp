#include "backuparchive.h"

#include "backup/sha256.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSet>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipfileinfo.h>

namespace s15n {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::BackupArchive", text);
}

constexpr qint64 kChunk = 256 * 1024;

// Why an entry name is refused, or empty if it is fine. The restore extracts nothing to disk,
// but a zip that names such paths is not one s15n made.
QString nameProblem(const QString &name)
{
    if (name.isEmpty())
        return tr("an entry without a name");
    if (name.contains(QLatin1Char('\\')))
        return tr("an entry \"%1\" with a backslash in its path").arg(name);
    if (name.startsWith(QLatin1Char('/')) ||
        (name.size() >= 2 && name.at(1) == QLatin1Char(':') && name.at(0).isLetter()))
        return tr("an entry \"%1\" with an absolute path").arg(name);
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c.unicode() == 0x7f)
            return tr("an entry name with control characters");
    }
    for (const QString &part : name.split(QLatin1Char('/'))) {
        if (part == QLatin1String(".."))
            return tr("an entry \"%1\" that points outside its folder (..)").arg(name);
        if (part.isEmpty() || part == QLatin1String("."))
            return tr("an entry \"%1\" that is a folder or has an empty path segment").arg(name);
    }
    return QString();
}

} // namespace

BackupArchive::BackupArchive(const QString &path) : m_path(path) {}

BackupArchive::~BackupArchive()
{
    m_entry.reset();
    if (m_zip)
        m_zip->close();
}

Status BackupArchive::zipFailure(const QString &entry, int code) const
{
    return Status::failure(
        tr("The entry %1 of the backup %2 is damaged (zip error %3): download the backup again.")
            .arg(entry, m_path)
            .arg(code));
}

Status BackupArchive::open()
{
    const QFileInfo info(m_path);
    if (!info.exists())
        return Status::failure(tr("There is no file %1.").arg(m_path));
    if (!info.isFile())
        return Status::failure(tr("%1 is not a file.").arg(m_path));
    if (info.size() == 0)
        return Status::failure(tr("The file %1 is empty, so it is not a backup (was the download "
                                  "interrupted?). Download the backup again.")
                                   .arg(m_path));
    const Status emptyZip =
        Status::failure(tr("%1 is an empty zip file, not an s15n backup (it has no %2).")
                            .arg(m_path, BackupManifest::fileName()));
    m_zip = std::make_unique<QuaZip>(m_path);
    if (!m_zip->open(QuaZip::mdUnzip)) {
        // The zip library refuses a zip without entries (only its end record) as damaged.
        QFile file(m_path);
        if (file.open(QIODevice::ReadOnly) && file.read(4) == QByteArray("PK\x05\x06", 4))
            return emptyZip;
        return Status::failure(tr("%1 is not a zip file, or it is damaged or truncated (was the "
                                  "download interrupted?). Download the backup again.")
                                   .arg(m_path));
    }
    if (m_zip->getEntriesCount() == 0)
        return emptyZip;
    const QList<QuaZipFileInfo64> entries = m_zip->getFileInfoList64();
    if (entries.size() != m_zip->getEntriesCount() || m_zip->getZipError() != UNZ_OK)
        return Status::failure(tr("The list of entries of %1 cannot be read: the zip is damaged. "
                                  "Download the backup again.")
                                   .arg(m_path));
    for (const QuaZipFileInfo64 &entry : entries) {
        const QString problem = nameProblem(entry.name);
        if (!problem.isEmpty())
            return Status::failure(
                tr("%1 holds %2: it is not a backup made by s15n, and nothing was restored.")
                    .arg(m_path, problem));
        if (m_sizes.contains(entry.name))
            return Status::failure(tr("%1 holds the entry %2 twice: it is not a backup made by "
                                      "s15n, and nothing was restored.")
                                       .arg(m_path, entry.name));
        if (entry.isEncrypted() || (entry.method != 0 && entry.method != Z_DEFLATED))
            return Status::failure(tr("The entry %1 of %2 is encrypted or compressed in a way "
                                      "s15n does not write: it is not a backup made by s15n.")
                                       .arg(entry.name, m_path));
        m_sizes.insert(entry.name, static_cast<qint64>(entry.uncompressedSize));
    }
    return Status();
}

Result<BackupManifest> BackupArchive::readManifest()
{
    const QString name = BackupManifest::fileName();
    const auto size = m_sizes.constFind(name);
    if (size == m_sizes.constEnd())
        return Status::failure(tr("%1 has no %2: it is not an s15n backup.").arg(m_path, name));
    if (size.value() > BackupManifest::kMaxSize)
        return Status::failure(
            tr("The %1 of %2 is too large to be an s15n manifest.").arg(name, m_path));
    Result<QIODevice *> entry = openEntry(name);
    if (!entry)
        return entry.status();
    // Bounded: the zip inflates no more than the size its directory gives (checked above).
    const QByteArray xml = entry.value()->readAll();
    if (Status s = closeEntry(); !s)
        return s;
    if (xml.size() != size.value())
        return zipFailure(name, UNZ_BADZIPFILE);
    Result<BackupManifest> manifest = BackupManifest::fromXml(xml);
    if (!manifest)
        return manifest;

    QSet<QString> expected{name};
    for (const BackupResource &r : manifest.value().resources) {
        expected.insert(r.entry);
        const auto found = m_sizes.constFind(r.entry);
        if (found == m_sizes.constEnd())
            return Status::failure(tr("The backup %1 lacks the entry %2 that its manifest names: "
                                      "it is incomplete. Download it again.")
                                       .arg(m_path, r.entry));
        if (found.value() != r.size)
            return Status::failure(tr("The entry %1 of %2 has %3 bytes, but its manifest says %4: "
                                      "the backup is damaged or was altered. Download it again.")
                                       .arg(r.entry, m_path)
                                       .arg(found.value())
                                       .arg(r.size));
    }
    for (auto it = m_sizes.cbegin(); it != m_sizes.cend(); ++it) {
        if (!expected.contains(it.key()))
            return Status::failure(tr("The backup %1 holds an entry %2 that its manifest does "
                                      "not name: it was altered, and nothing was restored.")
                                       .arg(m_path, it.key()));
    }
    return manifest;
}

Status BackupArchive::verify(const BackupResource &resource,
                             const std::function<void(qint64)> &progress,
                             const std::atomic_bool *cancelled)
{
    Result<QIODevice *> entry = openEntry(resource.entry);
    if (!entry)
        return entry.status();
    Sha256 hash;
    qint64 size = 0;
    QByteArray chunk(kChunk, Qt::Uninitialized);
    for (;;) {
        if (cancelled && cancelled->load()) {
            closeEntry();
            return Status::failure(tr("Cancelled."));
        }
        const qint64 read = entry.value()->read(chunk.data(), chunk.size());
        if (read < 0) {
            const Status failure = zipFailure(resource.entry, UNZ_BADZIPFILE);
            closeEntry();
            return failure;
        }
        if (read == 0)
            break;
        size += read;
        if (size > resource.size) // more than the manifest says: stop inflating
            break;
        hash.addData(QByteArrayView(chunk.constData(), read));
        if (progress)
            progress(size);
    }
    if (Status s = closeEntry(); !s)
        return s;
    if (size != resource.size || hash.result() != resource.sha256)
        return Status::failure(tr("The entry %1 of %2 does not match its checksum in the manifest: "
                                  "the backup is damaged or was altered. Download it again.")
                                   .arg(resource.entry, m_path));
    return Status();
}

Result<QIODevice *> BackupArchive::openEntry(const QString &name)
{
    m_entry.reset();
    if (!m_zip->setCurrentFile(name, QuaZip::csSensitive))
        return Status::failure(
            tr("The backup %1 lacks the entry %2: it is incomplete.").arg(m_path, name));
    auto file = std::make_unique<QuaZipFile>(m_zip.get());
    if (!file->open(QIODevice::ReadOnly))
        return zipFailure(name, file->getZipError());
    m_entryName = name;
    m_entry = std::move(file);
    return m_entry.get();
}

Status BackupArchive::closeEntry()
{
    if (!m_entry)
        return Status();
    auto *file = static_cast<QuaZipFile *>(m_entry.get());
    file->close();
    const int code = file->getZipError();
    m_entry.reset();
    if (code != UNZ_OK)
        return zipFailure(m_entryName, code);
    return Status();
}

} // namespace s15n
