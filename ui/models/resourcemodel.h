#pragma once

#include "capture/resource.h"
#include "util/status.h"

#include <QAbstractTableModel>
#include <QList>
#include <QSet>
#include <QStringList>

namespace s15n {
class Node;
}

namespace s15n::ui {

// The node's resources (its synced tables), by table name, with mode, strategy and policies.
// Resources belong to the node: the same settings are used with every repository. The last
// column says whether the remote of a repository syncs each table too: "Asking..." while its
// catalogue is asked for (setRemoteAsking), Yes or No once it is known (setRemoteTables),
// "Unknown" with the reason in its tooltip when it could not be asked (setRemoteFailed), and
// "Not asked yet" before that. Read on the thread of the node (one small query).
class ResourceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column {
        Table,
        UuidColumn,
        Mode,
        Strategy,
        UpdatePolicy,
        ConflictPolicy,
        AtRemote,
        Count
    };

    // What is known of the remote's catalogue.
    enum class RemoteState { NotAsked, Asking, Known, Failed };

    explicit ResourceModel(Node &node, QObject *parent = nullptr);

    // Reads the resources again; on a failure the model keeps what it had.
    Status reload();

    // The resource of `row`, or an empty one (no table) for a row that does not exist.
    Resource resource(int row) const;
    // The row of the resource of table `table`, or -1.
    int rowOf(const QString &table) const;
    QStringList tables() const;

    // The remote of `repository` is being asked for its catalogue.
    void setRemoteAsking(const QString &repository);
    // The tables the remote of `repository` syncs (its catalogue), for the AtRemote column.
    void setRemoteTables(const QString &repository, const QStringList &tables);
    // The remote of `repository` could not be asked; `why` says what is wrong.
    void setRemoteFailed(const QString &repository, const QString &why);
    // Forgets the remote: for `repository` (empty: none selected, the column is empty) nothing
    // is asked yet.
    void clearRemoteTables(const QString &repository = QString());
    // The repository the AtRemote column is about, or empty; and what is known of its remote.
    QString remoteRepository() const { return m_remoteRepository; }
    RemoteState remoteState() const { return m_remoteState; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Resource &resource, Column column) const;
    QVariant toolTip(const Resource &resource, Column column) const;
    QVariant raw(const Resource &resource, Column column) const;
    void setRemote(const QString &repository, RemoteState state, const QStringList &tables,
                   const QString &why);

    Node &m_node;
    QList<Resource> m_rows;
    QString m_remoteRepository; // empty: no repository, the column is empty
    RemoteState m_remoteState = RemoteState::NotAsked;
    QSet<QString> m_remoteTables; // when Known
    QString m_remoteFailure;      // when Failed
};

} // namespace s15n::ui
