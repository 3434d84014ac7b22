#pragma once

#include <QWidget>

class QLabel;
class QProgressBar;
class QPushButton;

namespace s15n::ui {

class NodeTask;

// What a page says under its list: the outcome of the last action (word-wrapped, selectable,
// red when it is an error) and, while its NodeTask runs, a busy bar and a Cancel button that
// cancels the task (unless the running work cannot be stopped, setCancellable(false)). Without
// a task (null) it is only the text.
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

    // Whether the work started next can be cancelled (the Cancel button shows while it runs).
    void setCancellable(bool cancellable);
    QPushButton *cancelButton() const { return m_cancel; }

public slots:
    void showStatus(const QString &text, bool error = false);
    // Cancels the running task, as the Cancel button does.
    void cancel();

signals:
    // Cancel was pressed (or cancel() called) while the task ran.
    void cancelRequested();

private:
    void updateBusy();

    NodeTask *m_task;
    bool m_cancellable = true;
    bool m_error = false;
    QLabel *m_status = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
};

} // namespace s15n::ui
