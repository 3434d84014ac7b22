#include "childmodel.h"

#include "storage/node.h"

#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcChildModel, "s15n.ui.children")

namespace s15n::ui {

namespace {

QString tableList(const QStringList &tables)
{
    return tables.join(QLatin1String(", "));
}

} // namespace

ChildModel::ChildModel(Node &node, QObject *parent) : QAbstractTableModel(parent), m_node(node) {}

Status ChildModel::reload()
{
    const ChildStore store(m_node.database());
    Result<QList<Child>> all = store.list();
    if (!all) {
        qCWarning(lcChildModel) << "cannot read the children:" << all.message();
        return all.status();
    }
    Result<QStringList> global = store.globalExclusions();
    if (!global) {
        qCWarning(lcChildModel) << "cannot read the global exclusions:" << global.message();
        return global.status();
    }
    beginResetModel();
    m_rows = all.value();
    m_global = global.value();
    endResetModel();
    return Status();
}

Child ChildModel::child(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Child();
}

int ChildModel::rowOf(const QString &nickname) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).nickname == nickname)
            return row;
    }
    return -1;
}

int ChildModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ChildModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant ChildModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Child &child = m_rows.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(child, column);
    case Qt::ToolTipRole:
        return toolTip(child, column);
    case Qt::UserRole:
        // Raw values, for sorting and for code.
        switch (column) {
        case Column::Uuid:
            return child.uuid.isNull() ? QVariant() : QVariant(child.uuid);
        case Column::Excluded:
            return child.excludedTables;
        case Column::LastContact:
            return child.lastContact.isValid() ? QVariant(child.lastContact) : QVariant();
        case Column::Nickname:
        case Column::User:
        case Column::Note:
        case Column::Count:
            break;
        }
        return display(child, column);
    default:
        return QVariant();
    }
}

QVariant ChildModel::display(const Child &child, Column column) const
{
    switch (column) {
    case Column::Nickname:
        return child.nickname;
    case Column::Uuid:
        return child.uuid.isNull() ? tr("(not known yet)")
                                   : child.uuid.toString(QUuid::WithoutBraces);
    case Column::User:
        return child.username;
    case Column::Excluded:
        return child.excludedTables.isEmpty() ? tr("(none)") : tableList(child.excludedTables);
    case Column::Note:
        return child.note;
    case Column::LastContact:
        return child.lastContact.isValid()
                   ? QLocale().toString(child.lastContact.toLocalTime(), QLocale::ShortFormat)
                   : tr("Never");
    case Column::Count:
        break;
    }
    return QVariant();
}

QVariant ChildModel::toolTip(const Child &child, Column column) const
{
    switch (column) {
    case Column::Uuid:
        return child.uuid.isNull() ? tr("Recorded when the child first syncs with its account.")
                                   : QVariant();
    case Column::User:
        return tr("The account the child logs in with; only this child may use it.");
    case Column::Excluded: {
        QStringList all = child.excludedTables + m_global;
        all.sort();
        all.removeDuplicates();
        if (all.isEmpty())
            return tr("It receives every resource.");
        QString text = tr("It does not receive: %1.").arg(tableList(all));
        if (!m_global.isEmpty())
            text += QLatin1Char(' ') +
                    tr("No child receives: %1 (the global exclusions).").arg(tableList(m_global));
        return text;
    }
    case Column::LastContact:
        return child.lastContact.isValid()
                   ? QVariant(
                         QLocale().toString(child.lastContact.toLocalTime(), QLocale::LongFormat))
                   : QVariant(tr("The child has not synced with this node yet."));
    case Column::Nickname:
        return child.createdAt.isValid()
                   ? QVariant(tr("Added %1.")
                                  .arg(QLocale().toString(child.createdAt.toLocalTime(),
                                                          QLocale::LongFormat)))
                   : QVariant();
    case Column::Note:
    case Column::Count:
        break;
    }
    return QVariant();
}

QVariant ChildModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= int(Column::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Nickname:
        return tr("Nickname");
    case Column::Uuid:
        return tr("UUID");
    case Column::User:
        return tr("User");
    case Column::Excluded:
        return tr("Excluded tables");
    case Column::Note:
        return tr("Note");
    case Column::LastContact:
        return tr("Last contact");
    case Column::Count:
        break;
    }
    return QVariant();
}

} // namespace s15n::ui
