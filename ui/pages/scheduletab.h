#pragma once

#include "client/roundprogress.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace s15n {
class Node;
}

namespace s15n::ui {

class JobDialog;
class JobModel;
class ListTable;
class NodeTask;
class TaskStatus;

// The Schedule tab of the Repositories page: the scheduled sync jobs of the selected
// repository with their schedule (enabled, start, end, repeat, every, timeout), runs so far,
// the last run and when the next is due. Add..., Edit... (or a double click), Remove... (asked
// first) and Run now.
//
// Run now runs the job's sync round as `s15n job run` does (Worker::runNow: the job is claimed
// first, so it never runs twice at once, also not alongside `s15n serve`; its timeout applies;
// the run is logged and counted), off the GUI thread with a Cancel button, showing where the
// round is (resource, page, rows so far; the bar at its resources done), then says how it went. A
// cancelled run is rolled back to its last checkpoint, logged, and not counted. A failed action is
// told in a message box that says what to do.
class ScheduleTab : public QWidget
{
    Q_OBJECT
public:
    explicit ScheduleTab(Node &node, QWidget *parent = nullptr);
    ~ScheduleTab() override;

    // The password the node's database was opened with, for the work thread's connection.
    void setDatabasePassword(const QString &password);

    // Shows the jobs of repository `name` (empty: none selected; nothing to show).
    void setRepository(const QString &name);
    QString repository() const { return m_repository; }

    JobModel *model() const { return m_model; }
    // The selected job's ID, or 0; select() is false if the list has no such job.
    qint64 selectedJob() const;
    bool select(qint64 id);
    // Whether a Run now is running, and which job it runs (0: none).
    bool isBusy() const;
    qint64 runningJob() const { return m_runningJob; }
    // What the tab says under the list (the last action's outcome), and whether it is an error.
    QString statusText() const;
    bool statusIsError() const;

    // Opens the dialog (window-modal, without blocking) that adds a job for the repository; it
    // deletes itself once closed. Null when no repository is selected.
    JobDialog *addJob();
    // The same for editing job `id`; null (and an error shown) if there is no such job.
    JobDialog *editJob(qint64 id);
    // Removes job `id` after asking when `askFirst`; true if removed.
    bool removeJob(qint64 id, bool askFirst = true);
    // Runs job `id` now, off the GUI thread; false if nothing was started. runProgressed()
    // tells where its round is, runFinished() the end.
    bool runNow(qint64 id);
    // While the Repositories page syncs a repository, Run now waits (two rounds of one
    // repository at once would both move its rows).
    void setSyncRunning(bool running);

public slots:
    void refresh();

signals:
    // A job was added, changed or removed.
    void jobsChanged();
    void runStarted(qint64 id);
    // Where the round of a Run now is (after each page).
    void runProgressed(qint64 id, const s15n::RoundProgress &progress);
    // A Run now ended: `ok` when the round succeeded; `message` says how it went.
    void runFinished(qint64 id, bool ok, const QString &message);

protected:
    // Asks a yes/no question (QMessageBox::question); true for yes.
    virtual bool confirm(const QString &title, const QString &question);
    // Tells about an action that failed (QMessageBox::warning).
    virtual void showError(const QString &title, const QString &message);

private:
    void updateButtons();
    void openDialog(JobDialog *dialog);
    void onRunProgress(qint64 id, const QString &repository, const RoundProgress &progress);

    Node &m_node;
    QString m_repository;
    JobModel *m_model = nullptr;
    NodeTask *m_task = nullptr;
    qint64 m_runningJob = 0;
    bool m_syncRunning = false;
    QLabel *m_note = nullptr;
    ListTable *m_view = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_run = nullptr;
    TaskStatus *m_status = nullptr;
};

} // namespace s15n::ui
