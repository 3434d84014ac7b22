#include "taskstatus.h"

#include "client/roundprogress.h"
#include "worker/nodetask.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QProgressBar>
#include <QPushButton>

#include <climits>

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
    m_progress->setMaximumWidth(160);
    setBusyBar();

    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(prefix + QStringLiteral("Cancel"));
    connect(m_cancel, &QPushButton::clicked, this, &TaskStatus::cancel);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_status, 1);
    layout->addWidget(m_progress);
    layout->addWidget(m_cancel);

    if (m_task) {
        connect(m_task, &NodeTask::started, this, &TaskStatus::setBusyBar);
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

bool TaskStatus::isDeterminate() const
{
    return m_progress->maximum() > 0;
}

void TaskStatus::setBusyBar()
{
    m_progress->setRange(0, 0); // busy: how long the work takes is not known
    m_progress->setTextVisible(false);
    m_progress->setToolTip(QString());
}

void TaskStatus::showProgress(const QString &text, int value, int maximum)
{
    showStatus(text, false);
    if (maximum <= 0) {
        setBusyBar();
        return;
    }
    m_progress->setRange(0, maximum);
    m_progress->setValue(qBound(0, value, maximum));
    m_progress->setFormat(tr("%v of %m"));
    m_progress->setTextVisible(true);
}

void TaskStatus::showRoundProgress(const QString &lead, const RoundProgress &progress)
{
    showProgress(lead + roundProgressText(progress), progress.resourcesDone,
                 progress.resourcesTotal);
    m_progress->setToolTip(progress.resourcesTotal > 0 ? tr("Resources synced: %1 of %2.")
                                                             .arg(progress.resourcesDone)
                                                             .arg(progress.resourcesTotal)
                                                       : QString());
}

QString TaskStatus::roundProgressText(const RoundProgress &p)
{
    // %Ln: the number as the user's locale writes it (2,000; 2 000).
    const int rows = int(
        qMin<qint64>(p.direction == RoundProgress::Direction::Pull ? p.received : p.sent, INT_MAX));
    if (p.resource.isEmpty())
        return tr("%n resource(s) synced.", nullptr, p.resourcesDone);
    if (p.direction == RoundProgress::Direction::Pull) {
        if (!p.finished)
            return tr("%1: pulling page %2 (%Ln row(s) received so far)", nullptr, rows)
                .arg(p.resource)
                .arg(p.pages + 1);
        if (p.pages == 0)
            return tr("%1: nothing new to pull").arg(p.resource);
        return tr("%1: pulled, %Ln row(s) received", nullptr, rows).arg(p.resource);
    }
    if (!p.finished)
        return tr("%1: pushing page %2 (%Ln row(s) sent so far)", nullptr, rows)
            .arg(p.resource)
            .arg(p.pages + 1);
    if (p.pages == 0)
        return tr("%1: nothing to push").arg(p.resource);
    return tr("%1: pushed, %Ln row(s) sent", nullptr, rows).arg(p.resource);
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
