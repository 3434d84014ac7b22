#pragma once

#include "capture/resource.h"

#include <QDialog>
#include <QList>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace s15n {
class Node;
}

namespace s15n::ui {

class NodeTask;

// Adds a resource (a table to sync) or edits one: the table, its UUID column (added and
// filled when missing; fixed once added), mode, strategy (create, update, delete: at least
// one), update policy (THIS, OTHER, NEWER, MASTER) and conflict policy (the same, or MANUAL),
// as `s15n resource add`/`edit` take them. Resources belong to the node: the settings apply
// with every repository.
//
// Three kinds:
// - AddLocal: one of the tables of this node's database that are not resources yet;
// - AddRemote: one of the resources in the catalogue of a repository's remote, with the
//   remote's settings proposed (its policies with THIS and OTHER swapped: they are seen from
//   here). The table must exist here already: otherwise the dialog says what to do and adds
//   nothing;
// - Edit: the settings of a resource.
//
// Adding runs off the GUI thread (it may fill a UUID column and queue every row of a large
// table) with a busy bar; it cannot be stopped half way, so the dialog stays open until it
// ends. What went wrong is shown in the dialog, which then stays open; OK closes it once the
// resource is stored, after emitting stored().
class ResourceDialog : public QDialog
{
    Q_OBJECT
public:
    enum class Kind { AddLocal, AddRemote, Edit };

    // Adds one of `tables` (this node's tables that are not resources yet).
    ResourceDialog(Node &node, const QStringList &tables, QWidget *parent = nullptr);
    // Adds one of `remoteResources`, the catalogue of the remote of `repository`;
    // `localTables` are this node's tables and `resources` the ones that are resources.
    ResourceDialog(Node &node, const QString &repository, const QList<Resource> &remoteResources,
                   const QStringList &localTables, const QStringList &resources,
                   QWidget *parent = nullptr);
    // Edits `resource`.
    ResourceDialog(Node &node, const Resource &resource, QWidget *parent = nullptr);
    ~ResourceDialog() override;

    // The password the node's database was opened with, for the work thread's connection.
    void setDatabasePassword(const QString &password);

    Kind kind() const { return m_kind; }
    bool isBusy() const;
    // The tables offered (AddLocal, AddRemote) or the one edited.
    QStringList tables() const;
    // Chooses `table` in the list; false if it is not offered.
    bool selectTable(const QString &table);
    // The resource the fields describe.
    Resource resource() const;
    // What the dialog says now, and whether it is an error.
    QString message() const;
    bool messageIsError() const;

public slots:
    // Adds or changes the resource; the dialog closes once it is stored.
    void accept() override;
    // Closes, unless an addition is running (it cannot be stopped half way).
    void reject() override;

signals:
    // The resource is stored; `message` says what was done.
    void stored(const QString &table, const QString &message);
    // Nothing was stored; the dialog stays open with `message`.
    void storingFailed(const QString &message);

private:
    ResourceDialog(Node &node, Kind kind, QWidget *parent);
    void build();
    void setFields(const Resource &resource);
    void onTableChosen();
    void store(const Resource &resource);
    void fail(const QString &text);
    void setBusy(bool busy, const QString &text = QString());
    void showMessage(const QString &text, bool error);
    // Why the remote's `table` cannot be added here, or empty if it can.
    QString remoteRefusal(const QString &table) const;

    Node &m_node;
    const Kind m_kind;
    NodeTask *m_task = nullptr;
    QString m_repository;
    QList<Resource> m_remoteResources;
    QStringList m_localTables;
    QStringList m_resources;

    QComboBox *m_table = nullptr;
    QLineEdit *m_uuidColumn = nullptr;
    QComboBox *m_mode = nullptr;
    QCheckBox *m_create = nullptr;
    QCheckBox *m_update = nullptr;
    QCheckBox *m_delete = nullptr;
    QComboBox *m_updatePolicy = nullptr;
    QComboBox *m_conflictPolicy = nullptr;
    QLabel *m_note = nullptr;
    QProgressBar *m_progress = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_ok = nullptr;
    QPushButton *m_close = nullptr;
};

} // namespace s15n::ui
