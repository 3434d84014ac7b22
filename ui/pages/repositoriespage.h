#pragma once

#include "client/roundprogress.h"

#include <QElapsedTimer>
#include <QWidget>

class QPushButton;
class QSplitter;
class QTabWidget;

namespace s15n {
class Node;
}

namespace s15n::ui {

class ListTable;
class NodeTask;
class ParentDialog;
class RepositoryDialog;
class RepositoryModel;
class ResourcesTab;
class ScheduleTab;
class TaskStatus;

// The remote nodes this node syncs with: each with its URL, user, proxy, whether it accepts
// pushes, registration, the remote's UUID, and when it last synced with what result. Add...,
// Edit... (or a double click) and Remove... (asked first); Register registers this node at
// the selected remote; Define Parent... seeds this node from its parent's backup and adds the
// parent (ParentDialog); Sync now (Ctrl+Shift+S) runs a sync round with it, as `s15n sync NAME`
// does, showing where the round is (resource, page, rows so far; the bar at its resources
// done) and then what it moved. Talking to a remote runs off the GUI thread with a Cancel
// button. Failed actions are told in a message box that says what to do.
//
// Below the list, tabs for the selected repository (the first one until another is selected,
// and the same one after a refresh while it is there): Resources (the node's synced tables,
// which apply with every repository; the remote's catalogue) and Schedule (its jobs, Run now).
// The split between the list and the tabs, and the tab shown, are remembered (QSettings
// kSplitterKey and kTabKey).
class RepositoriesPage : public QWidget
{
    Q_OBJECT
public:
    static const QString kSplitterKey;
    static const QString kTabKey; // the objectName of the tab shown

    explicit RepositoriesPage(Node &node, QWidget *parent = nullptr);
    ~RepositoriesPage() override;

    // The password the node's database was opened with, for the work threads' connections.
    void setDatabasePassword(const QString &password);

    RepositoryModel *model() const { return m_model; }
    QTabWidget *tabs() const { return m_tabs; }
    ResourcesTab *resourcesTab() const { return m_resources; }
    ScheduleTab *scheduleTab() const { return m_schedule; }
    // The selected repository's name, or empty; select() is false if there is none named so.
    QString selectedName() const;
    bool select(const QString &name);
    bool isBusy() const;
    // What the page says under the list (the last action's outcome), and whether it is an error.
    QString statusText() const;
    bool statusIsError() const;

    // Opens the Add dialog (window-modal, without blocking); it deletes itself once closed.
    RepositoryDialog *addRepository();
    // The same for editing `name`; null (and an error shown) if there is no such repository.
    RepositoryDialog *editRepository(const QString &name);
    // Opens the Define Parent dialog (window-modal, without blocking); it deletes itself once
    // closed. Once the parent is defined the list shows it, selected, and the status says how
    // it went.
    ParentDialog *defineParent();
    // Removes `name` and its stored password, after asking when `askFirst`; true if removed.
    bool removeRepository(const QString &name, bool askFirst = true);
    // Registers this node at `name`, off the GUI thread; registrationFinished() tells the end.
    void registerRepository(const QString &name);
    // Runs a sync round with `name` now, off the GUI thread (the Sync now button); false if
    // nothing was started. syncProgressed() tells where it is, syncFinished() the end.
    bool syncRepository(const QString &name);

public slots:
    void refresh();

signals:
    // A repository was added, changed or removed, its registration changed, or it synced here
    // (its last round changed: the log has new entries).
    void repositoriesChanged();
    void registrationFinished(bool ok, const QString &message);
    void syncStarted(const QString &name);
    // Where a Sync now's round is (when a resource starts and after each page).
    void syncProgressed(const QString &name, const s15n::RoundProgress &progress);
    // A Sync now ended: `ok` when the round succeeded; `message` says how it went.
    void syncFinished(const QString &name, bool ok, const QString &message);

protected:
    // Asks a yes/no question (QMessageBox::question); true for yes.
    virtual bool confirm(const QString &title, const QString &question);
    // Tells about an action that failed (QMessageBox::warning).
    virtual void showError(const QString &title, const QString &message);

private:
    void updateButtons();
    void onSelectionChanged();
    void openDialog(RepositoryDialog *dialog);
    void onSyncProgress(const QString &name, const RoundProgress &progress);
    void saveLayout() const;

    Node &m_node;
    QString m_databasePassword;
    RepositoryModel *m_model = nullptr;
    NodeTask *m_task = nullptr;
    ListTable *m_view = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_defineParent = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_register = nullptr;
    QPushButton *m_sync = nullptr;
    QString m_syncing; // the repository a Sync now syncs, or empty
    QElapsedTimer m_syncTimer;
    TaskStatus *m_status = nullptr;
    QSplitter *m_splitter = nullptr;
    QTabWidget *m_tabs = nullptr;
    ResourcesTab *m_resources = nullptr;
    ScheduleTab *m_schedule = nullptr;
};

} // namespace s15n::ui
