#pragma once

#include "client/changesinspector.h"

#include <QWidget>

#include <functional>
#include <utility>

class QComboBox;
class QPushButton;
class QSplitter;
class QTableView;

namespace s15n {
class Node;
}

namespace s15n::ui {

class ChangesModel;
class FieldComparisonModel;
class ListTable;
class NodeTask;
class TaskStatus;

// Local changes not pushed to a repository yet, per repository and resource, in two lists (the
// remote has changed the row too, or not), and the conflicts the MANUAL policy holds. Pushes
// selected rows, overwrites the other side or takes its version, settles held conflicts, and
// shows a row field by field. Everything that asks the remote runs on a NodeTask, told (with
// Cancel) by a TaskStatus under the lists. The lists and the field-by-field pane share the
// height in a splitter whose positions, once moved, are remembered. Keys: F5 refreshes,
// Ctrl+Return pushes the rows selected in the list without conflicts.
class ChangesPage : public QWidget
{
    Q_OBJECT
public:
    explicit ChangesPage(Node &node, QWidget *parent = nullptr);
    ~ChangesPage() override;

    // The password the node's database was opened with, for the work thread's connection.
    void setDatabasePassword(const QString &password);

    bool isBusy() const;
    ChangesModel *withoutModel() const { return m_without; }
    ChangesModel *withModel() const { return m_with; }
    ChangesModel *heldModel() const { return m_held; }
    FieldComparisonModel *fieldsModel() const { return m_fields; }

public slots:
    // Reads the repositories and resources again, then asks the remote (compare and held).
    void refresh();
    // Reads the repositories and resources into the combos, keeping the current choices.
    void reloadChoices();

signals:
    void refreshed(); // the lists were filled again (or the refresh failed)
    void actionFinished(bool ok, const QString &message);

protected:
    // Asks a yes/no question; tests override it.
    virtual bool confirm(const QString &question);
    // Tells about a failed action the user started; tests override it.
    virtual void showError(const QString &title, const QString &message);

private:
    // One row picked in a list.
    struct Picked
    {
        QString table;
        QString rowUuid;
        qint64 heldId = 0;
    };
    // What an action did, made on the work thread, shown on the GUI thread.
    struct Outcome
    {
        QList<ItemsResult> results;
        QStringList lines; // for actions without ItemsResult (held conflicts)
        QString error;     // the first failure, if any
    };
    using ActionWork =
        std::function<Outcome(ChangesInspector &inspector, const QList<Picked> &picked,
                              const std::atomic_bool &cancelled)>;
    using RowsCall = std::function<Result<ItemsResult>(
        ChangesInspector &inspector, const QString &table, const QStringList &rowUuids)>;

    ListTable *makeList(ChangesModel *model, const QString &objectName);
    QList<Picked> picked(QTableView *view, ChangesModel *model) const;
    // The picked rows' UUIDs per table, tables in the order they first appear.
    static QList<std::pair<QString, QStringList>> byTable(const QList<Picked> &rows);
    // An action that calls `call` per table of the picked rows, in chunks of one request.
    static ActionWork perTable(RowsCall call);
    QString repository() const;
    QStringList tables() const;

    void startRefresh(bool keepMessage);
    void runAction(const QString &title, QTableView *view, ChangesModel *model, ActionWork work);
    void onActionDone(const QString &title, const Outcome &outcome);
    void pushSelected(bool oursWins);
    void takeTheirs();
    void resolveHeld(bool takeTheirs);
    void showFields(QTableView *view, ChangesModel *model);
    void showMessage(const QString &text, bool error);
    void updateButtons();
    // "name (UUID)" of a row in the lists, or its UUID.
    QString rowName(const QString &table, const QString &rowUuid) const;
    QString describe(const ItemsResult &result) const;

    Node &m_node;
    NodeTask *m_task = nullptr;
    ChangesModel *m_without = nullptr;
    ChangesModel *m_with = nullptr;
    ChangesModel *m_held = nullptr;
    FieldComparisonModel *m_fields = nullptr;

    QComboBox *m_repository = nullptr;
    QComboBox *m_resource = nullptr;
    QPushButton *m_refresh = nullptr;
    ListTable *m_withoutView = nullptr;
    ListTable *m_withView = nullptr;
    ListTable *m_heldView = nullptr;
    QTableView *m_fieldsView = nullptr;
    QSplitter *m_splitter = nullptr;
    bool m_splitterMoved = false; // by hand: its positions are remembered
    QPushButton *m_push = nullptr;
    QPushButton *m_pushOurs = nullptr;
    QPushButton *m_takeTheirs = nullptr;
    QPushButton *m_heldOurs = nullptr;
    QPushButton *m_heldTheirs = nullptr;
    TaskStatus *m_status = nullptr;
};

} // namespace s15n::ui
