#include "repositorymodel.h"

#include "models/keywordnames.h"

#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcRepositoryModel, "s15n.ui.repositories")

namespace s15n::ui {

namespace {

QString yesNo(bool value)
{
    return value ? RepositoryModel::tr("Yes") : RepositoryModel::tr("No");
}

} // namespace

RepositoryModel::RepositoryModel(Node &node, QObject *parent)
    : QAbstractTableModel(parent), m_node(node)
{}

Status RepositoryModel::reload()
{
    Result<QList<RepositoryOverview>> all = RepositorySetup(m_node).overview();
    if (!all) {
        qCWarning(lcRepositoryModel) << "cannot read the repositories:" << all.message();
        return all.status();
    }
    beginResetModel();
    m_rows = all.value();
    endResetModel();
    return Status();
}

Repository RepositoryModel::repository(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).repository : Repository();
}

std::optional<LastRound> RepositoryModel::lastRound(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).lastRound : std::nullopt;
}

int RepositoryModel::rowOf(const QString &name) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).repository.name == name)
            return row;
    return -1;
}

int RepositoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RepositoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant RepositoryModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const RepositoryOverview &item = m_rows.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(item, column);
    case Qt::ToolTipRole:
        return toolTip(item, column);
    case Qt::UserRole:
        // Raw values, for sorting and for code.
        if (column == Column::LastSync)
            return item.lastRound ? QVariant(item.lastRound->at) : QVariant();
        return display(item, column);
    default:
        return QVariant();
    }
}

QVariant RepositoryModel::display(const RepositoryOverview &item, Column column) const
{
    const Repository &r = item.repository;
    switch (column) {
    case Column::Name:
        return r.name;
    case Column::Url:
        return r.url.toString();
    case Column::User:
        return r.username;
    case Column::Proxy:
        return r.proxy.isEmpty() ? tr("(node default)") : r.proxy.toString();
    case Column::AcceptPushes:
        return yesNo(r.acceptPushes);
    case Column::Registered:
        return yesNo(r.registered);
    case Column::RemoteUuid:
        return r.remoteUuid.isNull() ? tr("(not known yet)")
                                     : r.remoteUuid.toString(QUuid::WithoutBraces);
    case Column::LastSync:
        return item.lastRound
                   ? QLocale().toString(item.lastRound->at.toLocalTime(), QLocale::ShortFormat)
                   : tr("Never");
    case Column::LastResult:
        return item.lastRound ? KeywordNames::displayResult(item.lastRound->result) : QString();
    case Column::Count:
        break;
    }
    return QVariant();
}

QVariant RepositoryModel::toolTip(const RepositoryOverview &item, Column column) const
{
    const Repository &r = item.repository;
    switch (column) {
    case Column::Proxy:
        return r.proxy.isEmpty() ? tr("The node's default proxy (Settings page), if any.")
                                 : QVariant();
    case Column::Registered:
        return r.registered ? tr("This node is registered at the remote.")
                            : tr("Not registered at the remote yet: select it and press "
                                 "Register, or sync (a sync round registers first).");
    case Column::LastSync:
        return item.lastRound
                   ? QLocale().toString(item.lastRound->at.toLocalTime(), QLocale::LongFormat)
                   : QVariant();
    case Column::LastResult:
        return item.lastRound && !item.lastRound->message.isEmpty()
                   ? QVariant(item.lastRound->message)
                   : QVariant();
    case Column::Url:
        return r.caCertificateFile.isEmpty()
                   ? QVariant()
                   : QVariant(tr("Trusts the certificates in %1.").arg(r.caCertificateFile));
    case Column::Name:
    case Column::User:
    case Column::AcceptPushes:
    case Column::RemoteUuid:
    case Column::Count:
        break;
    }
    return QVariant();
}

QVariant RepositoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= int(Column::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Name:
        return tr("Name");
    case Column::Url:
        return tr("URL");
    case Column::User:
        return tr("User");
    case Column::Proxy:
        return tr("Proxy");
    case Column::AcceptPushes:
        return tr("Accepts pushes");
    case Column::Registered:
        return tr("Registered");
    case Column::RemoteUuid:
        return tr("Remote UUID");
    case Column::LastSync:
        return tr("Last sync");
    case Column::LastResult:
        return tr("Last result");
    case Column::Count:
        break;
    }
    return QVariant();
}

} // namespace s15n::ui
