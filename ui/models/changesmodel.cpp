#include "models/changesmodel.h"

#include <QLocale>

namespace s15n::ui {

ChangesModel::ChangesModel(QObject *parent) : QAbstractTableModel(parent) {}

QString ChangesModel::differing(const QList<FieldComparison> &fields)
{
    QStringList names;
    for (const FieldComparison &field : fields) {
        if (field.differs())
            names << field.name;
    }
    return names.join(QStringLiteral(", "));
}

void ChangesModel::setChanges(const QList<ComparedChange> &changes)
{
    QList<Item> items;
    items.reserve(changes.size());
    for (const ComparedChange &c : changes) {
        Item item;
        item.table = c.change.table;
        item.rowUuid = c.change.ours.rowUuid;
        item.oursAt = QDateTime::fromMSecsSinceEpoch(c.change.ours.version.millis);
        item.hasTheirs = c.theirs.has_value();
        item.fields = c.fields;
        if (c.change.ours.deleted)
            item.change = tr("deleted");
        else if (!c.theirs)
            item.change = tr("new (not at the remote)");
        else if (c.theirs->deleted)
            item.change = tr("updated here, deleted there");
        else
            item.change = tr("updated: %1").arg(differing(c.fields));
        items.append(item);
    }
    setItems(items);
}

void ChangesModel::setHeld(const QList<HeldConflict> &held)
{
    QList<Item> items;
    items.reserve(held.size());
    for (const HeldConflict &h : held) {
        Item item;
        item.table = h.table;
        item.rowUuid = h.rowUuid;
        item.heldId = h.id;
        item.hasTheirs = true;
        item.fields = h.fields;
        if (h.ours)
            item.oursAt = QDateTime::fromMSecsSinceEpoch(h.ours->version.millis);
        if (!h.ours || h.ours->deleted)
            item.change = tr("deleted here");
        else if (h.theirs.deleted)
            item.change = tr("deleted there");
        else
            item.change = tr("differs: %1").arg(differing(h.fields));
        if (!h.repository.isEmpty())
            item.change = tr("%1 (from %2)").arg(item.change, h.repository);
        items.append(item);
    }
    setItems(items);
}

void ChangesModel::clear()
{
    setItems({});
}

void ChangesModel::setItems(const QList<Item> &items)
{
    beginResetModel();
    m_items = items;
    endResetModel();
}

ChangesModel::Item ChangesModel::item(int row) const
{
    return row >= 0 && row < m_items.size() ? m_items.at(row) : Item();
}

int ChangesModel::rowOf(const QString &table, const QString &rowUuid) const
{
    for (int i = 0; i < m_items.size(); ++i) {
        if (m_items.at(i).table == table && m_items.at(i).rowUuid == rowUuid)
            return i;
    }
    return -1;
}

int ChangesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int ChangesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant ChangesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Item &item = m_items.at(index.row());
    const auto column = Column(index.column());
    if (role == Qt::ToolTipRole && column == Column::Change)
        return item.change;
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::Table:
        return item.table;
    case Column::Row:
        return item.rowUuid;
    case Column::Change:
        return item.change;
    case Column::OurVersion:
        return item.oursAt.isValid() ? QLocale().toString(item.oursAt, QLocale::ShortFormat)
                                     : tr("(none)");
    case Column::Count:
        break;
    }
    return {};
}

QVariant ChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= int(Column::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Table:
        return tr("Resource");
    case Column::Row:
        return tr("Row UUID");
    case Column::Change:
        return tr("What changed");
    case Column::OurVersion:
        return tr("Our version");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace s15n::ui
