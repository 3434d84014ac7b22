#pragma once

#include "capture/resource.h"
#include "util/status.h"

#include <QList>
#include <QModelIndexList>
#include <QWidget>

class QAction;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTimer;

namespace s15n {
class Node;
}

namespace s15n::ui {

class ResourceTableModel;
class TaskStatus;

// The rows of one resource table, for an administrator to correct a record: choose the
// table, narrow the rows with a text filter, edit cells, add and delete rows. Changes stay
// marked in the table until Submit writes all of them in one transaction (a refusal writes
// nothing, says why in a message box and keeps the edits for correction) or Revert drops
// them. Switching tables or refreshing with changes pending asks first; the filter waits
// until they are submitted or reverted. What is saved is captured by the triggers like any
// other program's writes, and synced. A cell is set to NULL from its context menu (or
// Ctrl+Shift+Del), where its column allows it. Submit runs on this thread: it says "Saving..."
// before it may wait for a sync's write lock, and says so when the wait is in vain.
//
// Keys: Ctrl+S submits, Ctrl+R reverts, Ctrl+N adds a row, F5 refreshes; in the table (not in
// a cell being edited) Delete deletes the selected rows (asking first). A cell being edited is
// kept (submitted, or the row added) or dropped (revert) first, as a click elsewhere would.
class DataPage : public QWidget
{
    Q_OBJECT

public:
    // `node` must outlive the page.
    explicit DataPage(Node &node, QWidget *parent = nullptr);
    ~DataPage() override;

    ResourceTableModel *model() const { return m_model; }
    // The table shown, or empty.
    QString table() const;
    // Shows `table` (one of the resources), asking first when changes are pending; false if
    // it is not shown (no such resource, declined, or it cannot be read).
    bool showTable(const QString &table);

    bool hasPendingChanges() const;
    // True when there is nothing pending, or the user agreed to drop it (then it is dropped).
    bool discardChanges();

    // Writes every pending change in one transaction; shows the outcome below the table but
    // no message box (the Submit button's handler shows a failure in one).
    Status submit();
    // Drops every pending change.
    void revert();
    // Adds an empty row at the top for editing; its index, or -1 when no table is shown.
    int addRow();
    // Marks `rows` for deletion at the next submit (new rows go at once), after asking when
    // `askFirst`; false if nothing was marked.
    bool deleteRows(QList<int> rows, bool askFirst = true);
    // The rows selected in the table (or the current row).
    QList<int> selectedRows() const;
    // The cells selected in the table (or the current cell).
    QModelIndexList selectedCells() const;
    // Sets the selected cells (or the current one) that can be NULL to NULL, pending like any
    // edit; the number of cells set. The "Set to NULL" action (context menu, Ctrl+Shift+Del).
    int setSelectedToNull();

    // What the page says below the table (the last action's outcome), and if it is an error.
    QString statusText() const;
    bool statusIsError() const;

public slots:
    // Re-reads the resources and the rows shown, asking first when changes are pending.
    void refresh();

signals:
    // Changes to `table` were written (and will be synced).
    void changesSubmitted(const QString &table);

protected:
    // Asks a yes/no question (QMessageBox::question); true for yes.
    virtual bool confirm(const QString &title, const QString &question);
    // Tells about an action that failed (QMessageBox::warning).
    virtual void showError(const QString &title, const QString &message);
    void showEvent(QShowEvent *event) override;

private:
    class EditingView;

    bool reloadResources();
    bool load(const Resource &resource);
    void fillFilterColumns();
    void sizeColumns();
    void applyFilter();
    void onTableChosen();
    void onSubmitClicked();
    void onDeleteClicked();
    void updateActions();
    void showStatus(const QString &text, bool error);
    // Ends the edit of a cell, if one is open: keeps (commits) or drops its text.
    void finishEditing(bool keep);

    Node &m_node;
    ResourceTableModel *m_model = nullptr;
    QList<Resource> m_resources;
    QString m_appliedColumn; // the filter the rows shown were selected with
    QString m_appliedText;
    QComboBox *m_table = nullptr;
    QComboBox *m_filterColumn = nullptr;
    QLineEdit *m_filter = nullptr;
    QTimer *m_filterTimer = nullptr;
    QPushButton *m_refresh = nullptr;
    EditingView *m_view = nullptr;
    QLabel *m_summary = nullptr;
    TaskStatus *m_status = nullptr; // no task: the page's work runs on this thread
    QPushButton *m_add = nullptr;
    QPushButton *m_delete = nullptr;
    QPushButton *m_revert = nullptr;
    QPushButton *m_submit = nullptr;
    QAction *m_setNull = nullptr;
    QAction *m_deleteAction = nullptr; // the Delete Rows button's, in the context menu
    bool m_columnsSized = false;       // to their contents, once shown
};

} // namespace s15n::ui
