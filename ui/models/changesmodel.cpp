#include "models/changesmodel.h"

#include <QLocale>

#include <array>

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

QDateTime ChangesModel::timeOf(const Version &version)
{
    // A hybrid clock's time is the wall clock's where the nodes' clocks agree.
    return version.millis > 0 ? QDateTime::fromMSecsSinceEpoch(version.millis) : QDateTime();
}

QString ChangesModel::rowLabel(const QList<FieldComparison> &fields)
{
    const auto textOf = [](const FieldComparison &field) {
        const std::optional<FieldValue> &value = field.ours ? field.ours : field.theirs;
        if (!value || value->type != FieldValue::Type::Text)
            return QString();
        return value->value.toString().simplified();
    };
    static const std::array<QLatin1String, 4> names{QLatin1String("name"), QLatin1String("title"),
                                                    QLatin1String("label"), QLatin1String("code")};
    for (QLatin1String name : names) {
        for (const FieldComparison &field : fields) {
            if (field.name.compare(name, Qt::CaseInsensitive) == 0 && !textOf(field).isEmpty())
                return textOf(field);
        }
    }
    for (QLatin1String name : names) {
        const QString suffix = QLatin1Char('_') + name;
        for (const FieldComparison &field : fields) {
            if (field.name.endsWith(suffix, Qt::CaseInsensitive) && !textOf(field).isEmpty())
                return textOf(field);
        }
    }
    for (const FieldComparison &field : fields) {
        if (!textOf(field).isEmpty())
            return textOf(field);
    }
    return QString();
}

void ChangesModel::setChanges(const QList<ComparedChange> &changes)
{
    QList<Item> items;
    items.reserve(changes.size());
    for (const ComparedChange &c : changes) {
        Item item;
        item.table = c.change.table;
        item.rowUuid = c.change.ours.rowUuid;
        item.label = rowLabel(c.fields);
        item.oursAt = timeOf(c.change.ours.version);
        item.hasTheirs = c.theirs.has_value();
        if (c.theirs)
            item.theirsAt = timeOf(c.theirs->version);
        item.fields = c.fields;
        const QString fields = differing(c.fields);
        if (!c.theirs)
            item.change = c.change.ours.deleted ? tr("deleted (not at the remote)")
                                                : tr("new (not at the remote)");
        else if (c.conflict() && c.change.ours.deleted)
            item.change = tr("deleted here, changed there");
        else if (c.change.ours.deleted)
            item.change = tr("deleted");
        else if (c.theirs->deleted)
            item.change = tr("updated here, deleted there");
        else if (c.conflict())
            // Both changed the row since they last agreed, and that common version is not kept:
            // where the two differ is known, not which side changed what.
            item.change = fields.isEmpty() ? tr("changed on both sides, to the same values")
                                           : tr("changed on both sides; differs: %1").arg(fields);
        else
            // The remote holds the version ours was made on: the differences are our change.
            item.change =
                fields.isEmpty() ? tr("updated (no field changed)") : tr("updated: %1").arg(fields);
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
        item.label = rowLabel(h.fields);
        item.heldId = h.id;
        item.hasTheirs = true;
        item.fields = h.fields;
        if (h.ours)
            item.oursAt = timeOf(h.ours->version);
        item.theirsAt = timeOf(h.theirs.version);
        if (!h.ours || h.ours->deleted)
            item.change = tr("deleted here");
        else if (h.theirs.deleted)
            item.change = tr("deleted there");
        else
            // A conflict: which side changed what is not known, only where they differ.
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
    const auto timeText = [](const QDateTime &time, QLocale::FormatType format) {
        return QLocale().toString(time, format);
    };
    if (role == Qt::ToolTipRole) {
        switch (column) {
        case Column::Row:
        case Column::Uuid:
            return item.rowUuid;
        case Column::Change:
            return item.change;
        case Column::OurVersion:
            return item.oursAt.isValid() ? timeText(item.oursAt, QLocale::LongFormat) : QVariant();
        case Column::TheirVersion:
            return item.theirsAt.isValid() ? timeText(item.theirsAt, QLocale::LongFormat)
                                           : QVariant();
        case Column::Table:
        case Column::Count:
            break;
        }
        return {};
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (column) {
    case Column::Table:
        return item.table;
    case Column::Row:
        return item.label;
    case Column::Change:
        return item.change;
    case Column::OurVersion:
        return item.oursAt.isValid() ? timeText(item.oursAt, QLocale::ShortFormat) : tr("(none)");
    case Column::TheirVersion:
        return item.theirsAt.isValid() ? timeText(item.theirsAt, QLocale::ShortFormat)
                                       : tr("(none)");
    case Column::Uuid:
        return item.rowUuid;
    case Column::Count:
        break;
    }
    return {};
}

QVariant ChangesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(Column::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::ToolTipRole) {
        switch (Column(section)) {
        case Column::Row:
            return tr("The row's name or code (its first text field that reads like one)");
        case Column::TheirVersion:
            return tr("When the remote's version of the row was made");
        case Column::OurVersion:
            return tr("When this node's version of the row was made");
        default:
            return {};
        }
    }
    if (role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Table:
        return tr("Resource");
    case Column::Row:
        return tr("Row");
    case Column::Change:
        return tr("What changed");
    case Column::OurVersion:
        return tr("Our version");
    case Column::TheirVersion:
        return tr("Their version");
    case Column::Uuid:
        return tr("Row UUID");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace s15n::ui
