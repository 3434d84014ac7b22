#include "taskstatus.h"

#include "worker/nodetask.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

namespace s15n::ui {

TaskStatus::TaskStatus(NodeTask *task, const QString &prefix, QWidget *parent)
    : QWidget(parent), m_task(task)
{
    m_status = new QLabel(this);
    m_status->setObjectName(prefix + QStringLiteral("Status"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(prefix + QStringLiteral("Progress"));
    m_progress->setRange(0, 0); // busy: how long the work takes is not known
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(160);

    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(prefix + QStringLiteral("Cancel"));
    connect(m_cancel, &QPushButton::clicked, this, &TaskStatus::cancel);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);

    if (m_task) {
        connect(m_task, &NodeTask::started, this, &TaskStatus::updateBusy);
        connect(m_task, &NodeTask::finished, this, &TaskStatus::updateBusy);
    }
    updateBusy();
}

QString TaskStatus::text() const
{
    return m_status->text();
}

bool TaskStatus::isError() const
{
    return m_error;
}

bool TaskStatus::isBusy() const
{
    return m_task && m_task->isRunning();
}

void TaskStatus::setCancellable(bool cancellable)
{
    m_cancellable = cancellable;
    updateBusy();
}

void TaskStatus::showStatus(const QString &text, bool error)
{
    m_error = error;
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void TaskStatus::cancel()
{
    if (!isBusy() || !m_cancellable || m_task->isCancelled())
        return;
    m_task->cancel();
    updateBusy();
    emit cancelRequested();
}

void TaskStatus::updateBusy()
{
    const bool busy = isBusy();
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy && m_cancellable);
    m_cancel->setEnabled(busy && m_cancellable && !m_task->isCancelled());
}

} // namespace s15n::ui
