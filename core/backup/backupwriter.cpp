#include "backupwriter.h"

#include "backup/backupschema.h"
#include "backup/sha256.h"
#include "capture/changestamper.h"
#include "capture/resourcestore.h"
#include "sync/pagewriter.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSet>

#include <quazip.h>
#include <quazipfile.h>
#include <quazipnewinfo.h>

#include <condition_variable>
#include <deque>
#include <mutex>
#include <optional>
#include <thread>
#include <utility>

Q_LOGGING_CATEGORY(lcBackup, "s15n.backup")

namespace s15n {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::BackupWriter", text);
}

bool isCancelled(const std::atomic_bool *cancelled)
{
    return cancelled && cancelled->load();
}

Status cancelledStatus()
{
    return Status::failure(tr("The backup was cancelled."));
}

// One read snapshot of the whole database for as long as it lives: every statement in it
// sees the data as of its first read, while other connections go on writing.
class ReadSnapshot
{
public:
    explicit ReadSnapshot(Database &db) : m_db(db) {}
    ~ReadSnapshot() { end(); }
    ReadSnapshot(const ReadSnapshot &) = delete;
    ReadSnapshot &operator=(const ReadSnapshot &) = delete;

    Status begin()
    {
        // SQLite (WAL): a deferred transaction reads one snapshot from its first read on
        // without taking the write lock. PostgreSQL: a repeatable-read snapshot.
        const QString begin =
            m_db.dialect() == Database::Dialect::Sqlite
                ? QStringLiteral("BEGIN")
                : QStringLiteral("BEGIN ISOLATION LEVEL REPEATABLE READ, READ ONLY");
        if (Result<QSqlQuery> q = m_db.exec(begin); !q)
            return Status::failure(tr("Cannot start reading the data: %1").arg(q.message()));
        m_open = true;
        // The first read fixes the snapshot now, not at some later statement.
        Result<QVariant> pin =
            m_db.scalar(QStringLiteral("SELECT value FROM s15n_sequence WHERE name = 'changes'"));
        return pin ? Status() : pin.status();
    }

    void end()
    {
        if (!m_open)
            return;
        m_open = false;
        if (Result<QSqlQuery> q = m_db.exec(QStringLiteral("ROLLBACK")); !q)
            qCWarning(lcBackup) << "ending the read snapshot failed:" << q.message();
    }

private:
    Database &m_db;
    bool m_open = false;
};

QString zipFailure(const QIODevice *device, int code)
{
    QString reason = device ? device->errorString() : QString();
    if (reason.isEmpty() || reason == QLatin1String("Unknown error"))
        reason = tr("zip error %1 (is the disk full?)").arg(code);
    return tr("Cannot write the backup: %1").arg(reason);
}

// Collects what the page writer writes, for taking away in pieces: none of QBuffer's
// bookkeeping on each of the XML writer's many small writes.
class ChunkDevice : public QIODevice
{
public:
    ChunkDevice() { open(QIODevice::WriteOnly); }
    bool isSequential() const override { return true; }
    QByteArray take() { return std::exchange(m_bytes, QByteArray()); }

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *data, qint64 size) override
    {
        m_bytes.append(data, size);
        return size;
    }

private:
    QByteArray m_bytes;
};

// A queue between two threads that holds at most `capacity` items (so memory stays bounded),
// closed by the producer when done, or aborted by either side on failure.
template <typename T> class BoundedQueue
{
public:
    explicit BoundedQueue(size_t capacity) : m_capacity(capacity) {}

    bool push(T &&item) // false once aborted
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return m_items.size() < m_capacity || m_aborted; });
        if (m_aborted)
            return false;
        m_items.push_back(std::move(item));
        m_changed.notify_all();
        return true;
    }

    std::optional<T> pop() // nothing once closed and empty, or aborted
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return !m_items.empty() || m_closed || m_aborted; });
        if (m_aborted || m_items.empty())
            return std::nullopt;
        std::optional<T> item(std::move(m_items.front()));
        m_items.pop_front();
        m_changed.notify_all();
        return item;
    }

    void close()
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }

    void abort()
    {
        const std::lock_guard<std::mutex> lock(m_mutex);
        m_aborted = true;
        m_items.clear();
        m_changed.notify_all();
    }

private:
    const size_t m_capacity;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<T> m_items;
    bool m_closed = false;
    bool m_aborted = false;
};

// Writes one resource's rows as data/<table>.xml, in three stages on three threads: the
// caller reads pages from the database (its connection belongs to its thread), one thread
// turns them into XML, another hashes and compresses it. A backup keeps two cores busy.
class EntryWriter
{
public:
    EntryWriter(QuaZip &zip, QIODevice *device) : m_file(&zip), m_device(device) {}
    ~EntryWriter()
    {
        // Not closed: a failure or a cancel. What is still queued is not wanted.
        m_pages.abort();
        m_chunks.abort();
        join();
    }
    EntryWriter(const EntryWriter &) = delete;
    EntryWriter &operator=(const EntryWriter &) = delete;

    Status open(const QString &name, const QString &table, int level, const PageSource &source)
    {
        m_table = table;
        QuaZipNewInfo info(name);
        info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                            QFileDevice::ReadGroup | QFileDevice::ReadOther);
        if (!m_file.open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED, level))
            return Status::failure(zipFailure(m_device, m_file.getZipError()));
        m_xmlThread = std::thread([this, source] { writeXml(source); });
        m_zipThread = std::thread([this] { writeZip(); });
        return Status();
    }

    // Queues the page (waits while a few are queued already).
    Status write(ChangePage &&page)
    {
        if (!m_pages.push(std::move(page)))
            return error();
        return Status();
    }

    // Ends the document, waits for every byte to be written, and closes the entry.
    Status close()
    {
        m_pages.close();
        join();
        if (Status s = error(); !s)
            return s;
        m_file.close();
        if (m_file.getZipError() != ZIP_OK)
            return Status::failure(zipFailure(m_device, m_file.getZipError()));
        return Status();
    }

    QByteArray sha256() { return m_hash.result(); }
    qint64 size() const { return m_size; }

private:
    static constexpr size_t kQueued = 4; // pages (or their XML) waiting: bounds the memory

    void fail(const QString &message)
    {
        {
            const std::lock_guard<std::mutex> lock(m_errorMutex);
            if (m_error.isEmpty())
                m_error = message;
        }
        m_pages.abort();
        m_chunks.abort();
    }

    Status error()
    {
        const std::lock_guard<std::mutex> lock(m_errorMutex);
        return m_error.isEmpty() ? Status() : Status::failure(m_error);
    }

    void writeXml(const PageSource &source)
    {
        ChunkDevice device;
        PageWriter writer(&device);
        writer.startDocument(source);
        for (;;) {
            std::optional<ChangePage> page = m_pages.pop();
            if (page)
                writer.writePage(*page);
            else if (!error().ok())
                return; // aborted
            else
                writer.endDocument(); // every page written
            if (writer.hasError())
                return fail(
                    tr("Cannot write the rows of %1: %2").arg(m_table, writer.errorString()));
            QByteArray chunk = device.take();
            if (!chunk.isEmpty() && !m_chunks.push(std::move(chunk)))
                return;
            if (!page) {
                m_chunks.close();
                return;
            }
        }
    }

    void writeZip()
    {
        while (std::optional<QByteArray> chunk = m_chunks.pop()) {
            m_hash.addData(*chunk);
            m_size += chunk->size();
            if (m_file.write(*chunk) != chunk->size())
                return fail(zipFailure(m_device, m_file.getZipError()));
        }
    }

    void join()
    {
        if (m_xmlThread.joinable())
            m_xmlThread.join();
        if (m_zipThread.joinable())
            m_zipThread.join();
    }

    QuaZipFile m_file;
    QIODevice *m_device;
    QString m_table;
    Sha256 m_hash;
    qint64 m_size = 0;
    BoundedQueue<ChangePage> m_pages{kQueued};
    BoundedQueue<QByteArray> m_chunks{kQueued};
    std::mutex m_errorMutex;
    QString m_error;
    // Last: started once everything they use exists.
    std::thread m_xmlThread;
    std::thread m_zipThread;
};

} // namespace

Result<BackupSummary> BackupWriter::write(const QString &path, const BackupOptions &options,
                                          const BackupProgress &progress,
                                          const std::atomic_bool *cancelled)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Status::failure(tr("Cannot write %1: %2").arg(path, file.errorString()));
    Result<BackupSummary> summary = write(&file, options, progress, cancelled);
    if (!summary || isCancelled(cancelled)) {
        file.cancelWriting(); // no file, or the one that was there, untouched
        if (isCancelled(cancelled))
            return Status::failure(
                tr("The backup was cancelled; nothing was written to %1.").arg(path));
        return summary;
    }
    if (!file.commit())
        return Status::failure(
            tr("Cannot write %1: %2 (is the disk full?)").arg(path, file.errorString()));
    summary.value().zipBytes = QFileInfo(path).size();
    qCInfo(lcBackup) << "backup written to" << path << summary.value().zipBytes << "bytes";
    return summary;
}

Result<BackupSummary> BackupWriter::write(QIODevice *device, const BackupOptions &options,
                                          const BackupProgress &progress,
                                          const std::atomic_bool *cancelled)
{
    Database &db = m_node.database();
    if (Status s = db.ensureConnected(); !s)
        return s;
    // Changes captured but not placed yet get their versions first, so they are in the
    // snapshot rather than only in the first sync.
    if (Result<int> stamped = ChangeStamper(m_node).stamp(); !stamped)
        return stamped.status();

    ReadSnapshot snapshot(db);
    if (Status s = snapshot.begin(); !s)
        return s;

    ResourceStore store(m_node);
    Result<QList<Resource>> all = store.list();
    if (!all)
        return all.status();
    Result<QList<Resource>> ordered = store.dependencyOrder();
    if (!ordered)
        return ordered.status();
    const QSet<QString> excluded(options.excludedTables.cbegin(), options.excludedTables.cend());

    BackupSummary summary;
    BackupManifest &manifest = summary.manifest;
    manifest.parent = m_node.identity().uuid;
    manifest.parentName = m_node.identity().name;
    manifest.created = QDateTime::currentDateTimeUtc();
    manifest.dialect = db.dialect();
    manifest.child = options.childNickname;

    QSet<QString> resourceTables;
    for (const Resource &r : all.value())
        resourceTables.insert(r.table);
    for (const QString &table : std::as_const(options.excludedTables)) {
        if (!resourceTables.contains(table))
            summary.warnings.append(
                tr("%1 is not a resource of this node, so there was nothing to leave out.")
                    .arg(table));
    }

    QList<ResourceSchema> schemas;
    for (const Resource &resource : ordered.value()) {
        if (excluded.contains(resource.table))
            continue;
        Result<ResourceSchema> schema = ResourceSchema::load(db, resource, all.value());
        if (!schema)
            return schema.status();
        for (const ResourceSchema::Reference &ref : std::as_const(schema.value().references)) {
            if (excluded.contains(ref.refTable))
                summary.warnings.append(
                    tr("%1 refers to %2 (column %3), which is left out: on the child, its rows "
                       "that refer to %2 would wait for rows that never come, and a child that "
                       "does not have %2 as a resource cannot restore this backup. Leave out %1 "
                       "too, or include %2.")
                        .arg(resource.table, ref.refTable, ref.column));
        }
        schemas.append(schema.value());
    }
    if (schemas.isEmpty())
        return Status::failure(
            all.value().isEmpty() ? tr("This node has no resources: there is nothing to back up.")
                                  : tr("Every resource is left out: there is nothing to back up."));

    // Only for the progress bar: rows placed in the sequence, as the snapshot sees them.
    qint64 total = 0;
    {
        Result<QSqlQuery> counts =
            db.exec(QStringLiteral("SELECT table_name, COUNT(*) FROM s15n_rows WHERE seq IS NOT "
                                   "NULL GROUP BY table_name"));
        if (!counts)
            return counts.status();
        while (counts.value().next()) {
            if (!excluded.contains(counts.value().value(0).toString()) &&
                resourceTables.contains(counts.value().value(0).toString()))
                total += counts.value().value(1).toLongLong();
        }
    }

    QuaZip zip(device);
    zip.setZip64Enabled(true);
    zip.setUtf8Enabled(true);
    zip.setAutoClose(false); // the caller owns the device (QSaveFile: we commit, not QuaZip)
    if (!zip.open(QuaZip::mdCreate))
        return Status::failure(zipFailure(device, zip.getZipError()));

    const PageSource source{m_node.identity().uuid, m_node.identity().name};
    Exporter exporter(m_node);
    qint64 done = 0;
    if (progress)
        progress(0, total, QString());
    for (const ResourceSchema &schema : std::as_const(schemas)) {
        const QString &table = schema.resource.table;
        BackupResource entry;
        entry.resource = schema.resource;
        entry.keyColumn = schema.localKey;
        entry.columns = BackupSchema::columns(schema, db.dialect());
        if (Status s = BackupSchema::addIndexesAndDefaults(db, schema, &entry); !s)
            return s;
        entry.entry = BackupManifest::entryFor(table);

        EntryWriter file(zip, device);
        if (Status s = file.open(entry.entry, table, options.compressionLevel, source); !s)
            return s;
        qint64 cursor = 0;
        for (bool first = true;; first = false) {
            if (isCancelled(cancelled))
                return cancelledStatus();
            Result<ChangePage> page = exporter.readPage(schema, cursor, options.pageSize);
            if (!page)
                return page.status();
            // The first page always goes, so an empty table still has its cursor.
            if (!first && page.value().records.isEmpty() && !page.value().more)
                break;
            const qsizetype records = page.value().records.size();
            const bool more = page.value().more;
            cursor = page.value().cursor;
            if (Status s = file.write(std::move(page.value())); !s)
                return s;
            entry.rows += records;
            done += records;
            if (progress)
                progress(done, std::max(total, done), table);
            if (!more)
                break;
        }
        if (Status s = file.close(); !s)
            return s;
        entry.cursor = cursor;
        entry.sha256 = file.sha256();
        entry.size = file.size();
        summary.rows += entry.rows;
        summary.dataBytes += entry.size;
        manifest.resources.append(entry);
    }
    snapshot.end();

    Result<QByteArray> xml = manifest.toXml();
    if (!xml)
        return xml.status();
    {
        QuaZipFile file(&zip);
        QuaZipNewInfo info(BackupManifest::fileName());
        info.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                            QFileDevice::ReadGroup | QFileDevice::ReadOther);
        if (!file.open(QIODevice::WriteOnly, info, nullptr, 0, Z_DEFLATED,
                       options.compressionLevel) ||
            file.write(xml.value()) != xml.value().size())
            return Status::failure(zipFailure(device, file.getZipError()));
        file.close();
        if (file.getZipError() != ZIP_OK)
            return Status::failure(zipFailure(device, file.getZipError()));
    }
    zip.close();
    if (zip.getZipError() != ZIP_OK)
        return Status::failure(zipFailure(device, zip.getZipError()));
    if (!device->isSequential())
        summary.zipBytes = device->size();
    qCInfo(lcBackup) << "backup of" << manifest.resources.size() << "resources," << summary.rows
                     << "rows for" << options.childNickname;
    return summary;
}

} // namespace s15n
