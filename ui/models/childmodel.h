#pragma once

#include "server/childstore.h"

#include <QAbstractTableModel>
#include <QList>
#include <QStringList>

namespace s15n {
class Node;
}

namespace s15n::ui {

// The children of this node (ChildStore::list()), by nickname: each one's UUID (or that it is
// not known yet), its account, the tables it does not receive of its own, the note and when it
// last made contact. The global exclusions (every child's) are kept too: the Excluded column's
// tooltip names every table the child does not receive. Read on the node's thread (a few rows).
class ChildModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Nickname, Uuid, User, Excluded, Note, LastContact, Count };

    explicit ChildModel(Node &node, QObject *parent = nullptr);

    // Reads the children and the global exclusions again; on a failure the model keeps what it
    // had.
    Status reload();

    // The child of `row`, or an empty one (no nickname) for a row that does not exist.
    Child child(int row) const;
    // The row of the child named `nickname`, or -1.
    int rowOf(const QString &nickname) const;
    // The tables no child receives, as read by the last reload().
    QStringList globalExclusions() const { return m_global; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Child &child, Column column) const;
    QVariant toolTip(const Child &child, Column column) const;

    Node &m_node;
    QList<Child> m_rows;
    QStringList m_global;
};

} // namespace s15n::ui
