#include "nodetask.h"

#include "secrets/keychain.h"
#include "storage/node.h"

#include <QLoggingCategory>
#include <QThread>

Q_LOGGING_CATEGORY(lcTask, "s15n.ui.task")

namespace s15n::ui {

NodeTask::NodeTask(const DatabaseLocation &location, const QString &databasePassword,
                   QObject *parent)
    : QObject(parent), m_location(location), m_password(databasePassword)
{}

NodeTask::~NodeTask()
{
    cancel();
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
    }
}

void NodeTask::cancel()
{
    if (m_running)
        m_cancelled = true;
}

void NodeTask::post(std::function<void()> update)
{
    // Queued events to this object run in the order they were posted: the Done comes last.
    QMetaObject::invokeMethod(this, std::move(update), Qt::QueuedConnection);
}

bool NodeTask::start(Work work, Failed failed)
{
    if (m_running)
        return false;
    if (m_thread) {
        // The last one has handed back its result and is only leaving.
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    QString password = m_password;
    if (password.isEmpty() && m_location.kind == DatabaseLocation::Kind::Postgresql &&
        qEnvironmentVariableIsEmpty("PGPASSWORD")) {
        // As the command line does; on this thread, as the keychain wants.
        Result<QString> stored = Keychain::read(m_location.keychainKey());
        if (stored)
            password = stored.value();
    }
    m_cancelled = false;
    m_running = true;
    m_thread =
        QThread::create([this, password, work = std::move(work), failed = std::move(failed)] {
            Done done;
            {
                // Opened, used and closed on this thread.
                Result<std::unique_ptr<Node>> node = Node::open(m_location, password);
                if (!node) {
                    qCWarning(lcTask) << "cannot open the node:" << node.message();
                    done = [failed, message = node.message()] {
                        if (failed)
                            failed(message);
                    };
                } else {
                    done = work(*node.value(), m_cancelled);
                }
            }
            // Dropped unrun if this object is destroyed first.
            QMetaObject::invokeMethod(
                this,
                [this, done] {
                    m_running = false;
                    if (done)
                        done();
                    emit finished();
                },
                Qt::QueuedConnection);
        });
    m_thread->setObjectName(QStringLiteral("s15n-node-task"));
    m_thread->start();
    emit started();
    return true;
}

} // namespace s15n::ui
