#include "resourcemodel.h"

#include "capture/resourcestore.h"
#include "models/keywordnames.h"
#include "storage/node.h"

#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcResourceModel, "s15n.ui.resources")

namespace s15n::ui {

ResourceModel::ResourceModel(Node &node, QObject *parent)
    : QAbstractTableModel(parent), m_node(node)
{}

Status ResourceModel::reload()
{
    Result<QList<Resource>> all = ResourceStore(m_node).list();
    if (!all) {
        qCWarning(lcResourceModel) << "cannot read the resources:" << all.message();
        return all.status();
    }
    beginResetModel();
    m_rows = all.value();
    endResetModel();
    return Status();
}

Resource ResourceModel::resource(int row) const
{
    if (row >= 0 && row < m_rows.size())
        return m_rows.at(row);
    Resource none;
    none.uuidColumn.clear();
    return none;
}

int ResourceModel::rowOf(const QString &table) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).table == table)
            return row;
    return -1;
}

QStringList ResourceModel::tables() const
{
    QStringList names;
    for (const Resource &r : m_rows)
        names << r.table;
    return names;
}

void ResourceModel::setRemote(const QString &repository, RemoteState state,
                              const QStringList &tables, const QString &why)
{
    m_remoteRepository = repository;
    m_remoteState = state;
    m_remoteTables = QSet<QString>(tables.cbegin(), tables.cend());
    m_remoteFailure = why;
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, int(Column::AtRemote)),
                         index(int(m_rows.size()) - 1, int(Column::AtRemote)));
}

void ResourceModel::setRemoteAsking(const QString &repository)
{
    setRemote(repository, RemoteState::Asking, {}, QString());
}

void ResourceModel::setRemoteTables(const QString &repository, const QStringList &tables)
{
    setRemote(repository, RemoteState::Known, tables, QString());
}

void ResourceModel::setRemoteFailed(const QString &repository, const QString &why)
{
    setRemote(repository, RemoteState::Failed, {}, why);
}

void ResourceModel::clearRemoteTables(const QString &repository)
{
    if (m_remoteRepository == repository && m_remoteState == RemoteState::NotAsked)
        return;
    setRemote(repository, RemoteState::NotAsked, {}, QString());
}

int ResourceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ResourceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant ResourceModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Resource &r = m_rows.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(r, column);
    case Qt::ToolTipRole:
        return toolTip(r, column);
    case Qt::UserRole:
        return raw(r, column);
    default:
        return QVariant();
    }
}

QVariant ResourceModel::raw(const Resource &r, Column column) const
{
    // Values for code: what `s15n resource list --json` prints; AtRemote a bool or nothing.
    switch (column) {
    case Column::Table:
        return r.table;
    case Column::UuidColumn:
        return r.uuidColumn;
    case Column::Mode:
        return toString(r.mode);
    case Column::Strategy:
        return r.strategy.toString();
    case Column::UpdatePolicy:
        return toString(r.updatePolicy);
    case Column::ConflictPolicy:
        return toString(r.conflictPolicy);
    case Column::AtRemote:
        return m_remoteState == RemoteState::Known ? QVariant(m_remoteTables.contains(r.table))
                                                   : QVariant();
    case Column::Count:
        break;
    }
    return QVariant();
}

QVariant ResourceModel::display(const Resource &r, Column column) const
{
    switch (column) {
    case Column::Table:
        return r.table;
    case Column::UuidColumn:
        return r.uuidColumn;
    case Column::Mode:
        return KeywordNames::displayResourceMode(r.mode);
    case Column::Strategy:
        return KeywordNames::displayStrategy(r.strategy);
    case Column::UpdatePolicy:
        return KeywordNames::displayPolicy(r.updatePolicy);
    case Column::ConflictPolicy:
        return KeywordNames::displayPolicy(r.conflictPolicy);
    case Column::AtRemote:
        if (m_remoteRepository.isEmpty())
            return QString();
        switch (m_remoteState) {
        case RemoteState::NotAsked:
            return tr("Not asked yet");
        case RemoteState::Asking:
            return tr("Asking...");
        case RemoteState::Failed:
            return tr("Unknown");
        case RemoteState::Known:
            return m_remoteTables.contains(r.table) ? tr("Yes") : tr("No");
        }
        return QVariant();
    case Column::Count:
        break;
    }
    return QVariant();
}

QVariant ResourceModel::toolTip(const Resource &r, Column column) const
{
    switch (column) {
    case Column::UuidColumn:
        return tr("The column that identifies each row on every node.");
    case Column::Mode:
        return r.mode == SyncMode::Pull   ? tr("Changes come from remotes; this node's stay here.")
               : r.mode == SyncMode::Push ? tr("This node's changes go to remotes; theirs do not "
                                               "come here.")
                                          : tr("Changes go both ways.");
    case Column::Strategy:
        return tr("What incoming changes may do here.");
    case Column::UpdatePolicy:
        return tr("Plain updates: %1").arg(KeywordNames::describePolicy(r.updatePolicy));
    case Column::ConflictPolicy:
        return tr("Conflicts: %1").arg(KeywordNames::describePolicy(r.conflictPolicy));
    case Column::AtRemote:
        if (m_remoteRepository.isEmpty())
            return tr("Select a repository in the list above: this column says whether its "
                      "remote syncs each table too.");
        switch (m_remoteState) {
        case RemoteState::NotAsked:
            return tr("The remote of '%1' is asked when this tab shows; \"Ask the remote\" asks "
                      "it now.")
                .arg(m_remoteRepository);
        case RemoteState::Asking:
            return tr("Asking the remote of '%1' which tables it syncs...").arg(m_remoteRepository);
        case RemoteState::Failed:
            return tr("The remote of '%1' could not be asked: %2\n\"Ask the remote\" asks again.")
                .arg(m_remoteRepository, m_remoteFailure);
        case RemoteState::Known:
            break;
        }
        return m_remoteTables.contains(r.table)
                   ? tr("The remote of '%1' syncs this table too.").arg(m_remoteRepository)
                   : tr("The remote of '%1' does not sync this table: rounds with it leave it "
                        "out. Its administrator can add it there.")
                         .arg(m_remoteRepository);
    case Column::Table:
    case Column::Count:
        break;
    }
    return QVariant();
}

QVariant ResourceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= int(Column::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Table:
        return tr("Table");
    case Column::UuidColumn:
        return tr("UUID column");
    case Column::Mode:
        return tr("Mode");
    case Column::Strategy:
        return tr("Strategy");
    case Column::UpdatePolicy:
        return tr("Update policy");
    case Column::ConflictPolicy:
        return tr("Conflict policy");
    case Column::AtRemote:
        return tr("At the remote");
    case Column::Count:
        break;
    }
    return QVariant();
}

} // namespace s15n::ui
