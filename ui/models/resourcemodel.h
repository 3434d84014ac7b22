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
// Resources belong to the node: the same settings are used with every repository. Once the
// catalogue of a repository's remote is known (setRemoteTables), the last column says whether
// that remote syncs each table too. Read on the thread of the node (one small query).
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

    explicit ResourceModel(Node &node, QObject *parent = nullptr);

    // Reads the resources again; on a failure the model keeps what it had.
    Status reload();

    // The resource of `row`, or an empty one (no table) for a row that does not exist.
    Resource resource(int row) const;
    // The row of the resource of table `table`, or -1.
    int rowOf(const QString &table) const;
    QStringList tables() const;

    // The tables the remote of `repository` syncs (its catalogue), for the AtRemote column.
    void setRemoteTables(const QString &repository, const QStringList &tables);
    // Forgets them: the AtRemote column is empty (not known).
    void clearRemoteTables();
    // The repository whose remote's tables are known, or empty.
    QString remoteRepository() const { return m_remoteRepository; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Resource &resource, Column column) const;
    QVariant toolTip(const Resource &resource, Column column) const;
    QVariant raw(const Resource &resource, Column column) const;

    Node &m_node;
    QList<Resource> m_rows;
    QString m_remoteRepository; // empty: the remote's tables are not known
    QSet<QString> m_remoteTables;
};

} // namespace s15n::ui
