#pragma once

#include "client/changesinspector.h"

#include <QAbstractTableModel>
#include <QList>

namespace s15n::ui {

// One list of the Changes page: local changes not pushed yet (with or without a conflict), or
// conflicts held by the MANUAL policy. Filled from what ChangesInspector found (off the GUI
// thread); it reads nothing itself.
class ChangesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Table, Row, Change, OurVersion, Count };

    // A row of any of the lists.
    struct Item
    {
        QString table;
        QString rowUuid;
        QString change;         // what changed, as a person reads it
        QDateTime oursAt;       // our version's time; invalid when we have no row
        qint64 heldId = 0;      // the held conflict's id (held list only)
        bool hasTheirs = false; // the other side has a version to compare with
        QList<FieldComparison> fields;
    };

    explicit ChangesModel(QObject *parent = nullptr);

    void setChanges(const QList<ComparedChange> &changes);
    void setHeld(const QList<HeldConflict> &held);
    void clear();

    // The item of `row`, or an empty one for a row that does not exist.
    Item item(int row) const;
    // The row of `rowUuid` in `table`, or -1.
    int rowOf(const QString &table, const QString &rowUuid) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void setItems(const QList<Item> &items);
    static QString differing(const QList<FieldComparison> &fields);

    QList<Item> m_items;
};

} // namespace s15n::ui
