#pragma once

#include "capture/resource.h"

#include <QList>
#include <QPointer>
#include <QWidget>

class QPushButton;

namespace s15n {
class Node;
}

namespace s15n::ui {

class ListTable;
class NodeTask;
class ResourceDialog;
class ResourceModel;
class TaskStatus;

// The Resources tab of the Repositories page: the node's resources (the tables it syncs) with
// their UUID column, mode, strategy and policies; they belong to the node and apply with every
// repository. The "At the remote" column says whether the remote of the selected repository
// syncs each table too: when the tab shows with a repository selected (or another one is
// selected while it shows), its remote is asked for its catalogue off the GUI thread, in the
// background (no busy bar, no message box: the column says "Asking...", then Yes/No, or
// "Unknown" with the reason in its tooltip); "Ask the remote" asks again.
//
// Edit... (or a double click), Remove... (asked first; the table and its data stay), "Add from
// local tables..." (this node's tables that are not resources yet) and "Add from the remote's
// catalogue..." (asks the selected repository's remote with its stored password, off the GUI
// thread with a busy bar and a Cancel button, then lists its resources). Removing also runs off
// the GUI thread. A failed action is told in a message box that says what to do.
class ResourcesTab : public QWidget
{
    Q_OBJECT
public:
    explicit ResourcesTab(Node &node, QWidget *parent = nullptr);
    ~ResourcesTab() override;

    // The password the node's database was opened with, for the work threads' connections.
    void setDatabasePassword(const QString &password);

    // The repository whose remote "Add from the remote's catalogue..." and the "At the remote"
    // column ask (empty: none).
    void setRepository(const QString &name);
    QString repository() const { return m_repository; }

    ResourceModel *model() const { return m_model; }
    // The selected resource's table, or empty; select() is false if there is no such resource.
    QString selectedTable() const;
    bool select(const QString &table);
    bool isBusy() const;
    // What the tab says under the list (the last action's outcome), and whether it is an error.
    QString statusText() const;
    bool statusIsError() const;

    // Opens the dialog (window-modal, without blocking) that adds one of this node's tables
    // that are not resources yet; it deletes itself once closed. Null (and the reason shown)
    // when there is no such table.
    ResourceDialog *addFromLocalTables();
    // Asks the remote of the selected repository for its catalogue, off the GUI thread;
    // catalogueFetched() tells the end, and on success the dialog that adds one of its
    // resources opens (remoteDialog()).
    void addFromRemote();
    // The dialog that the last successful addFromRemote() opened, while it is open.
    ResourceDialog *remoteDialog() const;
    // Asks the remote of the selected repository which tables it syncs, in the background, for
    // the "At the remote" column; remoteAsked() tells the end. A question still under way for
    // another repository is cancelled first.
    void askRemote();
    bool isAskingRemote() const;
    // Opens the dialog that edits `table`; null (and an error shown) if it is not a resource.
    ResourceDialog *editResource(const QString &table);
    // Stops syncing `table` after asking when `askFirst`, off the GUI thread; false if nothing
    // was started. resourceRemoved() tells the end.
    bool removeResource(const QString &table, bool askFirst = true);

public slots:
    void refresh();

signals:
    // A resource was added, changed or removed.
    void resourcesChanged();
    void catalogueFetched(bool ok, const QString &message);
    // The background question of askRemote() ended (not when it was cancelled).
    void remoteAsked(const QString &repository, bool ok, const QString &message);
    void resourceRemoved(const QString &table, bool ok, const QString &message);

protected:
    // Asks a yes/no question (QMessageBox::question); true for yes.
    virtual bool confirm(const QString &title, const QString &question);
    // Tells about an action that failed (QMessageBox::warning).
    virtual void showError(const QString &title, const QString &message);
    void showEvent(QShowEvent *event) override;

private:
    void updateButtons();
    void openDialog(ResourceDialog *dialog);
    void onCatalogue(const QString &repository, const QList<Resource> &remote);
    // Asks the remote unless what it syncs is known or being asked for the repository.
    void askRemoteIfNeeded();

    Node &m_node;
    QString m_databasePassword;
    QString m_repository;
    ResourceModel *m_model = nullptr;
    NodeTask *m_task = nullptr;
    NodeTask *m_remoteTask = nullptr; // the "At the remote" column's question
    bool m_askAgain = false;          // once the cancelled question has stopped
    QPointer<ResourceDialog> m_remoteDialog;
    ListTable *m_view = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_addLocal = nullptr;
    QPushButton *m_addRemote = nullptr;
    QPushButton *m_askRemote = nullptr;
    TaskStatus *m_status = nullptr;
};

} // namespace s15n::ui
