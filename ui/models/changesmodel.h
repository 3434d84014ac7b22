#pragma once

#include "client/changesinspector.h"

#include <QAbstractTableModel>
#include <QList>

namespace s15n::ui {

// One list of the Changes page: local changes not pushed yet (with or without a conflict), or
// conflicts held by the MANUAL policy. Filled from what ChangesInspector found (off the GUI
// thread); it reads nothing itself.
//
// A row is named by a field that reads like a name (rowLabel()), its UUID in a column of its
// own and in the tooltips. "What changed" says what our change does where the remote has the
// version ours was made on (so the differences are ours); for a conflict neither side is known
// to be the common version, so it says where the two differ.
class ChangesModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Table, Row, Change, OurVersion, TheirVersion, Uuid, Count };

    // A row of any of the lists.
    struct Item
    {
        QString table;
        QString rowUuid;
        QString label;          // the row as a person knows it (rowLabel()); may be empty
        QString change;         // what changed, as a person reads it
        QDateTime oursAt;       // our version's time; invalid when we have no row
        QDateTime theirsAt;     // the remote's version's time; invalid when it has none
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

    // How a person knows a row: the first non-empty text of a field named like a name or a code
    // (name, title, label, code, then *_name, *_code, *_title, *_label), else of the first text
    // field; ours, or theirs where ours has none (deleted). Empty when there is none.
    static QString rowLabel(const QList<FieldComparison> &fields);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    void setItems(const QList<Item> &items);
    static QString differing(const QList<FieldComparison> &fields);
    static QDateTime timeOf(const Version &version);

    QList<Item> m_items;
};

} // namespace s15n::ui
