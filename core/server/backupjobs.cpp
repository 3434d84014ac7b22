#include "backupjobs.h"

#include "backup/backupwriter.h"
#include "storage/node.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QMutex>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>

Q_LOGGING_CATEGORY(lcBackupJobs, "s15n.server.backup")

namespace s15n {

namespace {

QString newId()
{
    const quint64 a = QRandomGenerator::system()->generate64();
    const quint64 b = QRandomGenerator::system()->generate64();
    return QString::number(a, 16).rightJustified(16, QLatin1Char('0')) +
           QString::number(b, 16).rightJustified(16, QLatin1Char('0'));
}

} // namespace

struct BackupJobs::Job
{
    QString id;
    QTemporaryDir dir{QDir::tempPath() + QStringLiteral("/s15n-backup-XXXXXX")};
    QString path;
    QThread *thread = nullptr;
    std::atomic_bool cancelled{false};
    std::atomic<qint64> rowsDone{0};
    std::atomic<qint64> rowsTotal{0};
    QMutex mutex; // guards what the thread writes below
    QString table;
    QString error;
    qint64 rows = 0;
    qint64 zipBytes = 0;
    // On the jobs' thread only.
    bool running = true;
    qint64 finishedAt = 0;
};

BackupJobs::BackupJobs(const DatabaseLocation &location, const QString &password, QObject *parent)
    : QObject(parent), m_location(location), m_password(password)
{
    if (const int removed = removeStale(QDir::tempPath(), 2 * kKeepMs); removed > 0)
        qCInfo(lcBackupJobs) << "removed" << removed << "backups left by a server that stopped";
}

int BackupJobs::removeStale(const QString &folder, qint64 olderThanMs)
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addMSecs(-olderThanMs);
    int removed = 0;
    const QFileInfoList found =
        QDir(folder).entryInfoList({QStringLiteral("s15n-backup-*")}, QDir::Dirs | QDir::NoSymLinks);
    for (const QFileInfo &dir : found) {
        if (dir.lastModified().toUTC() < before && QDir(dir.filePath()).removeRecursively())
            ++removed;
    }
    return removed;
}

BackupJobs::~BackupJobs()
{
    for (const std::shared_ptr<Job> &job : std::as_const(m_jobs)) {
        if (!job->thread)
            continue;
        job->cancelled = true;
        job->thread->disconnect(this);
        job->thread->wait();
        delete job->thread;
        job->thread = nullptr;
    }
}

BackupJobs::State BackupJobs::stateOf(const Job &job) const
{
    State state;
    state.id = job.id;
    state.running = job.running;
    state.rowsDone = job.rowsDone;
    state.rowsTotal = job.rowsTotal;
    QMutexLocker lock(const_cast<QMutex *>(&job.mutex));
    state.table = job.table;
    if (!job.running) {
        state.error = job.error;
        if (job.error.isEmpty()) {
            state.path = job.path;
            state.zipBytes = job.zipBytes;
        }
    }
    return state;
}

void BackupJobs::dropExpired()
{
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_jobs.removeIf([now](const auto &it) {
        if (it.value()->running || now - it.value()->finishedAt <= kKeepMs)
            return false;
        it.value()->dir.remove();
        return true;
    });
}

Result<BackupJobs::State> BackupJobs::start(const QString &child, const QStringList &excluded)
{
    dropExpired();
    if (const auto it = m_jobs.constFind(child); it != m_jobs.cend() && it.value()->running)
        return stateOf(*it.value());
    const auto running = std::count_if(m_jobs.cbegin(), m_jobs.cend(),
                                       [](const std::shared_ptr<Job> &j) { return j->running; });
    if (running >= kMaxRunning)
        return Status::failure(tr("This server is writing %1 backups already; ask again in a "
                                  "few minutes.")
                                   .arg(running));
    auto job = std::make_shared<Job>();
    if (!job->dir.isValid())
        return Status::failure(tr("Cannot make a folder for the backup in %1: %2")
                                   .arg(QDir::tempPath(), job->dir.errorString()));
    job->id = newId();
    job->path = job->dir.filePath(QStringLiteral("backup.zip"));
    BackupOptions options;
    options.excludedTables = excluded;
    options.childNickname = child;
    const DatabaseLocation location = m_location;
    const QString password = m_password;
    job->thread = QThread::create([job, options, location, password] {
        // Its own connection: a Node is used only on the thread that opened it.
        QString error;
        qint64 rows = 0;
        qint64 zipBytes = 0;
        Result<std::unique_ptr<Node>> node = Node::open(location, password);
        if (!node) {
            error = node.message();
        } else {
            Result<BackupSummary> written = BackupWriter(*node.value())
                                                .write(
                                                    job->path, options,
                                                    [&job = *job](qint64 done, qint64 total,
                                                                  const QString &table) {
                                                        job.rowsDone = done;
                                                        job.rowsTotal = total;
                                                        QMutexLocker lock(&job.mutex);
                                                        job.table = table;
                                                    },
                                                    &job->cancelled);
            if (!written) {
                error = written.message();
            } else {
                rows = written.value().rows;
                zipBytes = written.value().zipBytes;
            }
        }
        QMutexLocker lock(&job->mutex);
        job->error = error;
        job->rows = rows;
        job->zipBytes = zipBytes;
    });
    connect(job->thread, &QThread::finished, this, [this, child, job] {
        job->running = false;
        job->finishedAt = QDateTime::currentMSecsSinceEpoch();
        job->thread->deleteLater();
        job->thread = nullptr;
        QString error;
        qint64 rows = 0;
        qint64 zipBytes = 0;
        {
            QMutexLocker lock(&job->mutex);
            error = job->error;
            rows = job->rows;
            zipBytes = job->zipBytes;
        }
        qCInfo(lcBackupJobs) << "backup for" << child << (error.isEmpty() ? "written" : "failed")
                             << error;
        emit finished(child, error, rows, zipBytes);
    });
    if (const auto old = m_jobs.constFind(child); old != m_jobs.cend())
        old.value()->dir.remove(); // its finished zip, now (the job itself may live on a while)
    m_jobs.insert(child, job);
    job->thread->start();
    qCInfo(lcBackupJobs) << "writing a backup for" << child;
    return stateOf(*job);
}

std::optional<BackupJobs::State> BackupJobs::find(const QString &child, const QString &id)
{
    dropExpired();
    const auto it = m_jobs.constFind(child);
    if (it == m_jobs.cend() || it.value()->id != id)
        return std::nullopt;
    return stateOf(*it.value());
}

} // namespace s15n
