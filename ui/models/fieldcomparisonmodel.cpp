#include "models/fieldcomparisonmodel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace s15n::ui {

FieldComparisonModel::FieldComparisonModel(QObject *parent) : QAbstractTableModel(parent) {}

void FieldComparisonModel::setFields(const QList<FieldComparison> &fields, bool withTheirs)
{
    beginResetModel();
    m_fields = fields;
    m_withTheirs = withTheirs;
    endResetModel();
}

void FieldComparisonModel::clear()
{
    setFields({}, false);
}

bool FieldComparisonModel::differs(int row) const
{
    return m_withTheirs && row >= 0 && row < m_fields.size() && m_fields.at(row).differs();
}

QString FieldComparisonModel::text(const std::optional<FieldValue> &value) const
{
    return value ? ChangesInspector::displayText(*value) : tr("(no value: no row)");
}

int FieldComparisonModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_fields.size());
}

int FieldComparisonModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant FieldComparisonModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const FieldComparison &field = m_fields.at(index.row());
    const auto column = Column(index.column());
    const bool differ = differs(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
        switch (column) {
        case Column::Field:
            return field.name;
        case Column::Ours:
            return text(field.ours);
        case Column::Theirs:
            return m_withTheirs ? text(field.theirs) : QString();
        case Column::Count:
            break;
        }
        return {};
    case Qt::BackgroundRole:
        return differ ? QBrush(QColor(255, 230, 180)) : QVariant();
    case Qt::ForegroundRole:
        return differ ? QBrush(QColor(Qt::black)) : QVariant();
    case Qt::FontRole:
        if (differ) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

QVariant FieldComparisonModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= int(Column::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Field:
        return tr("Field");
    case Column::Ours:
        return tr("Ours (this node)");
    case Column::Theirs:
        return tr("Theirs (the remote)");
    case Column::Count:
        break;
    }
    return {};
}

} // namespace s15n::ui
