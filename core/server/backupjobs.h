#pragma once

#include "storage/databaselocation.h"
#include "util/status.h"

#include <QHash>
#include <QObject>
#include <QString>
#include <QStringList>

#include <memory>
#include <optional>

namespace s15n {

// The backups a serving parent writes for its children (GET/POST /s15n/v1/backup): each on a
// thread of its own with its own database connection, so the server goes on answering while
// a large backup is written. One backup per child at a time; a finished zip is kept (in the
// system's temporary folder) for kKeepMs for the child to download, then removed.
class BackupJobs : public QObject
{
    Q_OBJECT
public:
    static constexpr int kMaxRunning = 2;
    static constexpr qint64 kKeepMs = 30 * 60 * 1000;

    struct State
    {
        QString id;
        bool running = false;
        QString error; // finished and failed: why
        QString path;  // finished and written: the zip
        qint64 zipBytes = 0;
        qint64 rowsDone = 0;
        qint64 rowsTotal = 0;
        QString table;
    };

    BackupJobs(const DatabaseLocation &location, const QString &password,
               QObject *parent = nullptr);
    // Cancels what is running and waits for it; removes every zip.
    ~BackupJobs() override;

    // The child's running backup, or a new one leaving out `excluded` (a finished zip of the
    // child's is dropped). Refused while kMaxRunning backups run.
    Result<State> start(const QString &child, const QStringList &excluded);
    // The child's backup `id`, if it is still there.
    std::optional<State> find(const QString &child, const QString &id);

    // Removes the folders of backups in `folder` last changed more than `olderThanMs` ago:
    // what a server that was killed left behind (the constructor calls it for the system's
    // temporary folder, sparing what another running server may still offer). Returns how
    // many it removed.
    static int removeStale(const QString &folder, qint64 olderThanMs);

signals:
    // On this object's thread, when the backup for `child` ends (error empty: written).
    void finished(const QString &child, const QString &error, qint64 rows, qint64 zipBytes);

private:
    struct Job;
    void dropExpired();
    State stateOf(const Job &job) const;

    DatabaseLocation m_location;
    QString m_password;
    QHash<QString, std::shared_ptr<Job>> m_jobs; // by child nickname
};

} // namespace s15n
