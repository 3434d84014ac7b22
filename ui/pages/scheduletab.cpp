#include "scheduletab.h"

#include "client/repositorysetup.h"
#include "dialogs/jobdialog.h"
#include "models/jobmodel.h"
#include "schedule/jobstore.h"
#include "schedule/worker.h"
#include "storage/node.h"
#include "widgets/listtable.h"
#include "widgets/taskstatus.h"
#include "worker/nodetask.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

#include <optional>

namespace s15n::ui {

namespace {

QString summaryText(const RoundSummary &s)
{
    return ScheduleTab::tr("Pulled %1 (applied %2, conflicts %3, skipped %4, failed %5); pushed "
                           "%6 (applied %7, conflicts %8, skipped %9, failed %10).")
        .arg(s.pulled.received)
        .arg(s.pulled.applied)
        .arg(s.pulled.conflicts + s.pulled.held)
        .arg(s.pulled.skipped + s.pulled.parked)
        .arg(s.pulled.failed)
        .arg(s.pushed.received)
        .arg(s.pushed.applied)
        .arg(s.pushed.conflicts + s.pushed.held)
        .arg(s.pushed.skipped + s.pushed.parked)
        .arg(s.pushed.failed);
}

} // namespace

ScheduleTab::ScheduleTab(Node &node, QWidget *parent) : QWidget(parent), m_node(node)
{
    m_model = new JobModel(node, this);
    m_task = new NodeTask(node.database().location(), QString(), this);
    connect(m_task, &NodeTask::finished, this, &ScheduleTab::updateButtons);

    auto *layout = new QVBoxLayout(this);
    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("jobNote"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);

    m_view = new ListTable(QStringLiteral("jobView"), QStringLiteral("scheduleTab/header"), this);
    m_view->setModel(m_model);
    layout->addWidget(m_view, 1);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!isBusy())
            editJob(m_model->job(index.row()).id);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ScheduleTab::updateButtons);

    auto *buttons = new QHBoxLayout;
    auto button = [this, buttons](const QString &objectName, const QString &text,
                                  const QString &toolTip) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(objectName);
        b->setToolTip(toolTip);
        buttons->addWidget(b);
        return b;
    };
    m_add = button(QStringLiteral("jobAdd"), tr("A&dd job..."),
                   tr("Schedule sync rounds with the selected repository."));
    m_edit = button(QStringLiteral("jobEdit"), tr("Edi&t job..."),
                    tr("Change the selected job's schedule."));
    m_remove = button(QStringLiteral("jobRemove"), tr("Remove jo&b..."),
                      tr("Remove the selected job; the log keeps its past runs."));
    m_run = button(QStringLiteral("jobRunNow"), tr("Run &now"),
                   tr("Run the selected job's sync round now, whether it is due or not."));
    connect(m_add, &QPushButton::clicked, this, [this] { addJob(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editJob(selectedJob()); });
    connect(m_remove, &QPushButton::clicked, this, [this] { removeJob(selectedJob(), true); });
    connect(m_run, &QPushButton::clicked, this, [this] { runNow(selectedJob()); });
    buttons->addStretch();
    layout->addLayout(buttons);

    m_status = new TaskStatus(m_task, QStringLiteral("job"), this);
    m_status->cancelButton()->setToolTip(
        tr("Stop the round; it is rolled back to its last checkpoint."));
    connect(m_status, &TaskStatus::cancelRequested, this, [this] {
        m_status->showStatus(
            tr("Stopping job %1: rolling back to its last checkpoint...").arg(m_runningJob));
    });
    layout->addWidget(m_status);

    setRepository(QString());
}

ScheduleTab::~ScheduleTab()
{
    // Cancels and waits for a running round while the tab is still whole.
    delete m_task;
}

void ScheduleTab::setDatabasePassword(const QString &password)
{
    m_task->setDatabasePassword(password);
}

void ScheduleTab::setRepository(const QString &name)
{
    m_repository = name;
    m_note->setText(name.isEmpty()
                        ? tr("Select a repository in the list above to see its scheduled jobs.")
                        : tr("Scheduled sync rounds with '%1'. 's15n serve' runs them when they "
                             "are due (its worker, on this node's database); Run now runs one "
                             "here.")
                              .arg(name));
    refresh();
}

void ScheduleTab::refresh()
{
    const qint64 selected = selectedJob();
    if (Status s = m_model->setRepository(m_repository); !s)
        m_status->showStatus(tr("Cannot read the jobs: %1").arg(s.message()), true);
    if (selected != 0)
        select(selected);
    updateButtons();
}

qint64 ScheduleTab::selectedJob() const
{
    return m_model->job(m_view->selectedRow()).id;
}

bool ScheduleTab::select(qint64 id)
{
    return m_view->selectExistingRow(m_model->rowOf(id));
}

bool ScheduleTab::isBusy() const
{
    return m_status->isBusy();
}

QString ScheduleTab::statusText() const
{
    return m_status->text();
}

bool ScheduleTab::statusIsError() const
{
    return m_status->isError();
}

void ScheduleTab::updateButtons()
{
    const bool selected = selectedJob() != 0;
    const bool busy = isBusy();
    m_add->setEnabled(!m_repository.isEmpty() && !busy);
    m_edit->setEnabled(selected && !busy);
    m_remove->setEnabled(selected && !busy);
    m_run->setEnabled(selected && !busy && !m_syncRunning);
    m_run->setToolTip(m_syncRunning ? tr("Waits until the sync with '%1' ends.").arg(m_repository)
                                    : tr("Run the selected job's sync round now, whether it is "
                                         "due or not."));
}

void ScheduleTab::onRunProgress(qint64 id, const QString &repository, const RoundProgress &progress)
{
    if (m_runningJob != id || m_task->isCancelled())
        return; // "Stopping..." stays
    m_status->showRoundProgress(tr("Job %1 with '%2': ").arg(id).arg(repository), progress);
    emit runProgressed(id, progress);
}

void ScheduleTab::setSyncRunning(bool running)
{
    m_syncRunning = running;
    updateButtons();
}

bool ScheduleTab::confirm(const QString &title, const QString &question)
{
    return QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
}

void ScheduleTab::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

void ScheduleTab::openDialog(JobDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &JobDialog::stored, this, [this](qint64 id, const QString &message) {
        refresh();
        select(id);
        m_status->showStatus(message, false);
        emit jobsChanged();
    });
    dialog->open();
}

JobDialog *ScheduleTab::addJob()
{
    if (m_repository.isEmpty() || isBusy())
        return nullptr;
    auto *dialog = new JobDialog(m_node, m_repository, this);
    openDialog(dialog);
    return dialog;
}

JobDialog *ScheduleTab::editJob(qint64 id)
{
    Result<Job> job = JobStore(m_node.database()).find(id);
    if (!job) {
        showError(tr("Cannot edit the job"),
                  tr("%1 Select a job in the list first.").arg(job.message()));
        return nullptr;
    }
    auto *dialog = new JobDialog(m_node, job.value(), this);
    openDialog(dialog);
    return dialog;
}

bool ScheduleTab::removeJob(qint64 id, bool askFirst)
{
    if (id <= 0 || isBusy())
        return false;
    JobStore store(m_node.database());
    Result<Job> job = store.find(id);
    if (!job) {
        m_status->showStatus(job.message(), true);
        showError(tr("Cannot remove the job"), job.message());
        return false;
    }
    const bool running = job.value().runningSince.isValid();
    if (askFirst &&
        !confirm(tr("Remove job"),
                 (running ? tr("Remove job %1 of '%2'? Its run in progress finishes; then it "
                               "does not run again. The log keeps its past runs.")
                          : tr("Remove job %1 of '%2'? Its scheduled rounds stop; the log keeps "
                               "its past runs."))
                     .arg(id)
                     .arg(job.value().repository)))
        return false;
    // One row: quick enough for the GUI thread.
    if (Status s = store.remove(id); !s) {
        m_status->showStatus(s.message(), true);
        showError(tr("Cannot remove the job"), s.message());
        return false;
    }
    refresh();
    m_status->showStatus(tr("Job %1 removed.").arg(id), false);
    emit jobsChanged();
    return true;
}

bool ScheduleTab::runNow(qint64 id)
{
    if (id <= 0 || isBusy() || m_syncRunning)
        return false;
    auto work = [this, id](Node &node, const std::atomic_bool &cancelled) -> NodeTask::Done {
        // The round runs on this thread, on this task's connection, as the Worker's runner.
        std::optional<RoundSummary> summary;
        const RoundRunner runner = [this, id, &node,
                                    &summary](const QString &repository,
                                              const std::atomic_bool &stop) -> Status {
            RoundOptions options;
            options.cancelled = &stop;
            options.transferTimeoutMs = RepositorySetup::kTransferTimeoutMs;
            options.progress = [this, id, repository](const RoundProgress &progress) {
                m_task->post(
                    [this, id, repository, progress] { onRunProgress(id, repository, progress); });
            };
            Result<RoundSummary> done = RepositorySetup(node, &stop).sync(repository, options);
            if (!done)
                return done.status();
            summary = done.value();
            return Status();
        };
        // runNow(id, node, ...) uses neither the Worker's location nor its password.
        Worker worker(node.database().location(), QString(), runner);
        QString outcome;
        QObject::connect(&worker, &Worker::runFinished, &worker,
                         [&outcome](qint64, const QString &, LogResult, const QString &message) {
                             outcome = message;
                         });
        const Status ran = worker.runNow(id, node, &cancelled);
        return [this, id, ran, outcome, summary] {
            m_runningJob = 0;
            refresh();
            const QString logHint = tr("Each step is on the Log page.");
            if (ran) {
                QString text = outcome;
                if (summary) {
                    text += QLatin1Char(' ') + summaryText(*summary);
                    for (const QString &warning : summary->warnings)
                        text += QLatin1Char(' ') + tr("Warning: %1").arg(warning);
                }
                text += QLatin1Char(' ') + logHint;
                m_status->showStatus(text, false);
                emit runFinished(id, true, text);
                return;
            }
            const QString text = ran.message() + QLatin1Char(' ') + logHint;
            // Cancelled: what the user asked for, not an error.
            m_status->showStatus(text, !m_task->isCancelled());
            if (!m_task->isCancelled())
                showError(tr("Run now failed"), text);
            emit runFinished(id, false, text);
        };
    };
    Result<Job> job = JobStore(m_node.database()).find(id);
    m_status->showStatus(tr("Running job %1: a sync round with '%2'...")
                             .arg(id)
                             .arg(job ? job.value().repository : m_repository),
                         false);
    m_runningJob = id;
    if (!m_task->start(work, [this, id](const QString &message) {
            m_runningJob = 0;
            m_status->showStatus(message, true);
            showError(tr("Run now failed"), message);
            emit runFinished(id, false, message);
        })) {
        m_runningJob = 0;
        return false;
    }
    updateButtons();
    emit runStarted(id);
    return true;
}

} // namespace s15n::ui
