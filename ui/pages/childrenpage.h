#pragma once

#include <QString>
#include <QStringList>
#include <QWidget>

class QDate;
class QDialog;
class QLabel;
class QPushButton;

namespace s15n {
class Node;
struct BackupSummary;
} // namespace s15n

namespace s15n::ui {

class ChildDialog;
class ChildModel;
class ListTable;
class NodeTask;
class TaskStatus;

// The child servers of this node (the parent side of OpenMRS's "Add Child"), as `s15n child`
// has them: each with its nickname, node UUID (or that it is not known yet), the account made
// for it, the tables it does not receive, a note and its last contact. Add... and Edit... (or a
// double click) open a ChildDialog; Remove... asks first, then removes the child with its
// account and its registration here. Below the list, the tables no child receives (the global
// exclusions) and a button to change them.
//
// Download data backup... writes a backup zip to seed the selected child (BackupWriter: every
// resource but the tables the child does not receive, from one snapshot); Backup for no
// particular child... leaves out only the global exclusions. The file name is asked first; the
// backup runs off the GUI thread with a bar at the rows written of the rows in all, the table
// at hand, and Cancel; a cancelled or failed backup leaves no file (and a file of that name as
// it was). The end says how many rows and how big, and any warnings. While it runs, nothing
// that would change what it writes can be changed here.
class ChildrenPage : public QWidget
{
    Q_OBJECT
public:
    explicit ChildrenPage(Node &node, QWidget *parent = nullptr);
    ~ChildrenPage() override; // cancels a backup still running, and waits for it

    // The password the node's database was opened with, for the backup's own connection.
    void setDatabasePassword(const QString &password);

    ChildModel *model() const { return m_model; }
    // The selected child's nickname, or empty; select() is false if there is none named so.
    QString selectedNickname() const;
    bool select(const QString &nickname);
    // Whether a backup is being written.
    bool isBusy() const;
    // What the page says under the list (the last action's outcome), and whether it is an
    // error or a warning.
    QString statusText() const;
    bool statusIsError() const;

    // Opens the Add dialog (window-modal, without blocking); it deletes itself once closed.
    ChildDialog *addChild();
    // The same for editing `nickname`; null (and an error shown) if there is no such child.
    ChildDialog *editChild(const QString &nickname);
    // Removes `nickname` with its account and registration, after asking when `askFirst`;
    // true if removed.
    bool removeChild(const QString &nickname, bool askFirst = true);
    // Opens the dialog that changes the global exclusions (window-modal, without blocking); it
    // deletes itself once closed. Null while a backup runs.
    QDialog *editGlobalExclusions();

    // Asks for the file (askBackupPath()), then writeBackup(); false if nothing was started.
    // An empty `nickname`: the backup for no particular child (the global exclusions only).
    bool downloadBackup(const QString &nickname);
    // Writes the backup for `nickname` (or for no particular child) to `path`, off the GUI
    // thread; false if nothing was started. backupProgressed() tells where it is,
    // backupFinished() the end.
    bool writeBackup(const QString &nickname, const QString &path);
    // The file name offered: NICK-backup-YYYY-MM-DD.zip (or NODE-backup-... for no particular
    // child), with what a file name cannot hold replaced.
    static QString suggestedBackupName(const QString &name, const QDate &date);

public slots:
    // Reads the children and the global exclusions again, keeping the selection.
    void refresh();
    // Asks a running backup to stop; backupFinished() follows once it has cleaned up.
    void cancelBackup();

signals:
    // A child was added, changed or removed, or the global exclusions changed.
    void childrenChanged();
    void backupStarted(const QString &nickname, const QString &path);
    // Rows written of the rows in all, and the table at hand (empty before the first).
    void backupProgressed(qint64 rowsDone, qint64 rowsTotal, const QString &table);
    // The backup ended: `written` when the file is there; `message` says how it went.
    void backupFinished(bool written, const QString &message);

protected:
    void showEvent(QShowEvent *event) override;
    // Asks a yes/no question (QMessageBox::question); true for yes.
    virtual bool confirm(const QString &title, const QString &question);
    // Tells about an action that failed (QMessageBox::warning).
    virtual void showError(const QString &title, const QString &message);
    // Asks where to save the backup (QFileDialog::getSaveFileName), offering `suggested`;
    // empty: the user changed their mind.
    virtual QString askBackupPath(const QString &title, const QString &suggested);

private:
    void updateButtons();
    void openDialog(ChildDialog *dialog);
    void acceptGlobalExclusions(QDialog *dialog);
    // What a child does not receive and the references that breaks, for the status line;
    // *warned is set when there is a warning.
    QString receivesText(const QString &nickname, bool *warned) const;
    void showGlobalExclusions();
    void onBackupProgress(const QString &nickname, qint64 done, qint64 total, const QString &table);
    void onBackupWritten(const QString &nickname, const QString &path, const BackupSummary &summary,
                         const QStringList &excluded);
    // `cancelled`: it stopped because Cancel was pressed (not an error).
    void onBackupFailed(const QString &nickname, const QString &message, bool cancelled);

    Node &m_node;
    ChildModel *m_model = nullptr;
    NodeTask *m_task = nullptr;
    ListTable *m_view = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_backup = nullptr;
    QPushButton *m_backupAny = nullptr;
    QLabel *m_global = nullptr;
    QPushButton *m_globalEdit = nullptr;
    TaskStatus *m_status = nullptr;
};

} // namespace s15n::ui
