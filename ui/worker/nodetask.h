#pragma once

#include "storage/databaselocation.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

class QThread;

namespace s15n {
class Node;
}

namespace s15n::ui {

// Runs one piece of long work (network, long queries) off the GUI thread, on a thread of its
// own that opens its own Node: a Node, like its database connection, is used only on the
// thread that opened it. The work returns what to do with its result; that runs back on the
// thread of this object (the GUI thread), unless this object is gone by then.
//
// Cancelling sets the flag the work gets (pass it on as RemoteOptions::cancelled or
// RepositorySetup's); destroying the task cancels it and waits for the thread, which the
// work must therefore leave soon after the flag is set.
class NodeTask : public QObject
{
    Q_OBJECT
public:
    using Done = std::function<void()>;
    using Work = std::function<Done(Node &node, const std::atomic_bool &cancelled)>;
    using Failed = std::function<void(const QString &message)>;

    // `location` is the node's (Database::location()); `databasePassword` the password it was
    // opened with, if any (else the one the CLI would use: PGPASSWORD, the keychain, .pgpass).
    explicit NodeTask(const DatabaseLocation &location, const QString &databasePassword = {},
                      QObject *parent = nullptr);
    ~NodeTask() override;

    void setDatabasePassword(const QString &password) { m_password = password; }

    bool isRunning() const { return m_running; }
    bool isCancelled() const { return m_cancelled.load(); }

    // Starts `work`; false if a task runs already. When the node cannot be opened, `failed`
    // gets why (on this object's thread) and `work` does not run.
    bool start(Work work, Failed failed);

    // For the work, from its thread: runs `update` on this object's thread (the GUI thread)
    // soon, before the work's Done, and not at all once this object is gone. For progress.
    void post(std::function<void()> update);

public slots:
    void cancel();

signals:
    void started();
    void finished(); // after the work's Done (or Failed) ran

private:
    DatabaseLocation m_location;
    QString m_password;
    std::atomic_bool m_cancelled{false};
    QThread *m_thread = nullptr;
    bool m_running = false;
};

} // namespace s15n::ui
