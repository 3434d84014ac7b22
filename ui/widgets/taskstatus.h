#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace s15n {
struct RoundProgress;
}

namespace s15n::ui {

class NodeTask;

// What a page says under its list: the outcome of the last action (word-wrapped, selectable,
// red when it is an error) and, while its NodeTask runs, a busy bar and a Cancel button that
// cancels the task (unless the running work cannot be stopped, setCancellable(false)). Work
// that knows how far it is shows that instead (showProgress(): the text says where it is, the
// bar how much is done); each task starts with a busy bar. Without a task (null) it is only
// the text.
//
// Its children are named <prefix>Status, <prefix>Progress and <prefix>Cancel, for tests.
class TaskStatus : public QWidget
{
    Q_OBJECT
public:
    TaskStatus(NodeTask *task, const QString &prefix, QWidget *parent = nullptr);

    QString text() const;
    bool isError() const;
    // Whether the task runs.
    bool isBusy() const;
    // Whether the bar shows how much is done (showProgress() with a maximum), not only busy.
    bool isDeterminate() const;

    // What a sync round's progress report says, for people: "items: pulling page 3 (2,000
    // rows received so far)".
    static QString roundProgressText(const RoundProgress &progress);

    // Whether the work started next can be cancelled (the Cancel button shows while it runs).
    void setCancellable(bool cancellable);
    QPushButton *cancelButton() const { return m_cancel; }

public slots:
    void showStatus(const QString &text, bool error = false);
    // While the task runs: `text` in the status line, and the bar at `value` of `maximum`
    // (maximum 0: a busy bar again).
    void showProgress(const QString &text, int value, int maximum);
    // The same for a sync round: `lead` ("Syncing with 'parent': ") and where the round is, the
    // bar at its resources done of its resources in all.
    void showRoundProgress(const QString &lead, const RoundProgress &progress);
    // Cancels the running task, as the Cancel button does.
    void cancel();

signals:
    // Cancel was pressed (or cancel() called) while the task ran.
    void cancelRequested();

private:
    void updateBusy();
    void setBusyBar();

    NodeTask *m_task;
    bool m_cancellable = true;
    bool m_error = false;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace s15n::ui
