#pragma once

#include "client/repositorysetup.h"

#include <QAbstractTableModel>
#include <QList>

namespace s15n {
class Node;
}

namespace s15n::ui {

// The node's repositories, by name, with the time and result of each one's last sync round.
// Read on the thread of the node (a few rows and one indexed look-up per row).
class RepositoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column {
        Name,
        Url,
        User,
        Proxy,
        AcceptPushes,
        Registered,
        RemoteUuid,
        LastSync,
        LastResult,
        Count
    };

    explicit RepositoryModel(Node &node, QObject *parent = nullptr);

    // Reads the repositories again; on a failure the model keeps what it had.
    Status reload();

    // The repository of `row`, or an empty one (no name) for a row that does not exist.
    Repository repository(int row) const;
    // The newest round of `row`'s repository, if it ever synced.
    std::optional<LastRound> lastRound(int row) const;
    // The row of the repository named `name`, or -1.
    int rowOf(const QString &name) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const RepositoryOverview &item, Column column) const;
    QVariant toolTip(const RepositoryOverview &item, Column column) const;

    Node &m_node;
    QList<RepositoryOverview> m_rows;
};

} // namespace s15n::ui
