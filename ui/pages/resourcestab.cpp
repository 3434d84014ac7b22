#include "resourcestab.h"

#include "capture/resourcestore.h"
#include "client/remoteclient.h"
#include "client/repositorysetup.h"
#include "dialogs/resourcedialog.h"
#include "models/resourcemodel.h"
#include "secrets/credentialstore.h"
#include "storage/node.h"
#include "storage/schemacatalogue.h"
#include "widgets/headerstate.h"
#include "worker/nodetask.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace s15n::ui {

namespace {

// The catalogue of the remote of `name`, asked with the repository's stored password, URL,
// proxy and CA file. Runs on the task's thread.
Result<messages::NodeInfo> remoteCatalogue(Node &node, const QString &name,
                                           const std::atomic_bool &cancelled)
{
    Result<Repository> repository = RepositoryStore(node.database()).find(name);
    if (!repository)
        return repository.status();
    Result<QString> password = RepositorySetup(node, &cancelled).password(name);
    if (!password)
        return password.status();
    if (password.value().isEmpty())
        return Status::failure(ResourcesTab::tr("No password is stored for repository '%1' in "
                                                "%2. Select it, press Edit... and type it.")
                                   .arg(name, CredentialStore::where()));
    Result<RemoteOptions> options =
        RemoteOptions::forRepository(node, repository.value(), password.value());
    if (!options)
        return options.status();
    options.value().transferTimeoutMs = RepositorySetup::kTransferTimeoutMs;
    options.value().cancelled = &cancelled;
    Result<messages::NodeInfo> info = RemoteClient(options.value()).nodeInfo();
    if (info && !repository.value().remoteUuid.isNull() &&
        info.value().uuid != repository.value().remoteUuid)
        return Status::failure(
            ResourcesTab::tr("The remote at %1 is node %2, not %3 (the node of repository '%4'). "
                             "Check the repository's URL.")
                .arg(repository.value().url.toString(),
                     info.value().uuid.toString(QUuid::WithoutBraces),
                     repository.value().remoteUuid.toString(QUuid::WithoutBraces), name));
    return info;
}

} // namespace

ResourcesTab::ResourcesTab(Node &node, QWidget *parent) : QWidget(parent), m_node(node)
{
    m_model = new ResourceModel(node, this);
    m_task = new NodeTask(node.database().location(), QString(), this);
    connect(m_task, &NodeTask::finished, this, &ResourcesTab::updateButtons);

    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(tr("Resources apply to every repository of this node: each table "
                               "below is synced, with these settings, with every remote that "
                               "syncs it too."),
                            this);
    note->setObjectName(QStringLiteral("resourceNote"));
    note->setWordWrap(true);
    layout->addWidget(note);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("resourceView"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_view->horizontalHeader()->setSectionsMovable(true);
    rememberHeaderState(m_view->horizontalHeader(), QStringLiteral("resourcesTab/header"));
    layout->addWidget(m_view, 1);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!isBusy())
            editResource(m_model->resource(index.row()).table);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ResourcesTab::updateButtons);

    auto *buttons = new QHBoxLayout;
    auto button = [this, buttons](const QString &objectName, const QString &text,
                                  const QString &toolTip) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(objectName);
        b->setToolTip(toolTip);
        buttons->addWidget(b);
        return b;
    };
    m_addLocal = button(QStringLiteral("resourceAddLocal"), tr("Add from &local tables..."),
                        tr("Sync one of this node's tables that is not synced yet."));
    m_addRemote =
        button(QStringLiteral("resourceAddRemote"), tr("Add from the remote's &catalogue..."),
               tr("Ask the selected repository's remote which tables it syncs, and sync one of "
                  "them here too."));
    m_edit = button(QStringLiteral("resourceEdit"), tr("Ed&it..."),
                    tr("Change the selected resource's mode, strategy and policies."));
    m_remove = button(QStringLiteral("resourceRemove"), tr("Remo&ve..."),
                      tr("Stop syncing the selected table; its data stays."));
    connect(m_addLocal, &QPushButton::clicked, this, [this] { addFromLocalTables(); });
    connect(m_addRemote, &QPushButton::clicked, this, &ResourcesTab::addFromRemote);
    connect(m_edit, &QPushButton::clicked, this, [this] { editResource(selectedTable()); });
    connect(m_remove, &QPushButton::clicked, this,
            [this] { removeResource(selectedTable(), true); });
    buttons->addStretch();
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("resourceProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    buttons->addWidget(m_progress);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("resourceCancel"));
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &ResourcesTab::cancelTask);
    buttons->addWidget(m_cancel);
    layout->addLayout(buttons);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("resourceStatus"));
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_status);

    refresh();
}

ResourcesTab::~ResourcesTab()
{
    // Cancels and waits for a running task while the tab is still whole.
    delete m_task;
}

void ResourcesTab::setDatabasePassword(const QString &password)
{
    m_databasePassword = password;
    m_task->setDatabasePassword(password);
}

void ResourcesTab::setRepository(const QString &name)
{
    m_repository = name;
    if (m_model->remoteRepository() != name)
        m_model->clearRemoteTables();
    updateButtons();
}

void ResourcesTab::refresh()
{
    const QString selected = selectedTable();
    if (Status s = m_model->reload(); !s)
        showStatus(tr("Cannot read the resources: %1").arg(s.message()), true);
    if (!selected.isEmpty())
        select(selected);
    updateButtons();
}

QString ResourcesTab::selectedTable() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? QString() : m_model->resource(rows.first().row()).table;
}

bool ResourcesTab::select(const QString &table)
{
    const int row = m_model->rowOf(table);
    if (row < 0)
        return false;
    m_view->selectRow(row);
    return true;
}

bool ResourcesTab::isBusy() const
{
    return m_task->isRunning();
}

QString ResourcesTab::statusText() const
{
    return m_status->text();
}

bool ResourcesTab::statusIsError() const
{
    return m_status->property("error").toBool();
}

ResourceDialog *ResourcesTab::remoteDialog() const
{
    return m_remoteDialog;
}

void ResourcesTab::showStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setProperty("error", error);
    m_status->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void ResourcesTab::updateButtons()
{
    const bool selected = !selectedTable().isEmpty();
    const bool busy = isBusy();
    m_addLocal->setEnabled(!busy);
    m_addRemote->setEnabled(!busy && !m_repository.isEmpty());
    m_addRemote->setToolTip(
        m_repository.isEmpty()
            ? tr("Select a repository in the list above first.")
            : tr("Ask the remote of '%1' which tables it syncs, and sync one of them here too.")
                  .arg(m_repository));
    m_edit->setEnabled(selected && !busy);
    m_remove->setEnabled(selected && !busy);
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy && m_cancellable);
    m_cancel->setEnabled(busy && m_cancellable);
}

bool ResourcesTab::confirm(const QString &title, const QString &question)
{
    return QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
}

void ResourcesTab::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

void ResourcesTab::openDialog(ResourceDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDatabasePassword(m_databasePassword);
    connect(dialog, &ResourceDialog::stored, this,
            [this](const QString &table, const QString &message) {
                refresh();
                select(table);
                showStatus(message, false);
                emit resourcesChanged();
            });
    dialog->open();
}

ResourceDialog *ResourcesTab::addFromLocalTables()
{
    if (isBusy())
        return nullptr;
    // The catalogue of this node's own database: quick, here on the GUI thread.
    Result<QStringList> tables = SchemaCatalogue(m_node.database()).tables();
    if (!tables) {
        const QString text = tr("Cannot read this node's tables: %1").arg(tables.message());
        showStatus(text, true);
        showError(tr("Cannot add a resource"), text);
        return nullptr;
    }
    QStringList candidates;
    const QStringList resources = m_model->tables();
    for (const QString &table : tables.value())
        if (!resources.contains(table))
            candidates << table;
    if (candidates.isEmpty()) {
        const QString text = tr("Every table of this node's database is a resource already. "
                                "Create the table in the database first, then add it here.");
        showStatus(text, true);
        showError(tr("No table to add"), text);
        return nullptr;
    }
    auto *dialog = new ResourceDialog(m_node, candidates, this);
    openDialog(dialog);
    return dialog;
}

void ResourcesTab::addFromRemote()
{
    const QString name = m_repository;
    if (name.isEmpty() || isBusy())
        return;
    auto work = [this, name](Node &node, const std::atomic_bool &cancelled) -> NodeTask::Done {
        const Result<messages::NodeInfo> info = remoteCatalogue(node, name, cancelled);
        return [this, name, info] {
            if (m_task->isCancelled()) {
                const QString text = tr("Stopped; the remote of '%1' was not asked.").arg(name);
                showStatus(text, false);
                emit catalogueFetched(false, text);
                return;
            }
            if (!info) {
                showStatus(info.message(), true);
                showError(tr("Cannot read the remote's catalogue"), info.message());
                emit catalogueFetched(false, info.message());
                return;
            }
            onCatalogue(name, info.value().resources);
        };
    };
    showStatus(tr("Asking the remote of '%1' which tables it syncs...").arg(name), false);
    m_cancellable = true;
    m_task->start(work, [this](const QString &message) {
        showStatus(message, true);
        showError(tr("Cannot read the remote's catalogue"), message);
        emit catalogueFetched(false, message);
    });
    updateButtons();
}

void ResourcesTab::onCatalogue(const QString &repository, const QList<Resource> &remote)
{
    QStringList remoteTables;
    for (const Resource &r : remote)
        remoteTables << r.table;
    if (repository == m_repository)
        m_model->setRemoteTables(repository, remoteTables);
    if (remote.isEmpty()) {
        const QString text = tr("The remote of '%1' syncs no tables yet: its administrator adds "
                                "them there first.")
                                 .arg(repository);
        showStatus(text, true);
        showError(tr("Nothing to add"), text);
        emit catalogueFetched(true, text);
        return;
    }
    Result<QStringList> local = SchemaCatalogue(m_node.database()).tables();
    if (!local) {
        const QString text = tr("Cannot read this node's tables: %1").arg(local.message());
        showStatus(text, true);
        showError(tr("Cannot add a resource"), text);
        emit catalogueFetched(false, text);
        return;
    }
    const QString text =
        tr("The remote of '%1' syncs %n table(s).", nullptr, int(remote.size())).arg(repository);
    showStatus(text, false);
    auto *dialog =
        new ResourceDialog(m_node, repository, remote, local.value(), m_model->tables(), this);
    m_remoteDialog = dialog;
    openDialog(dialog);
    emit catalogueFetched(true, text);
}

ResourceDialog *ResourcesTab::editResource(const QString &table)
{
    Result<Resource> resource = ResourceStore(m_node).find(table);
    if (!resource) {
        showError(tr("Cannot edit the resource"),
                  tr("%1 Select a resource in the list first.").arg(resource.message()));
        return nullptr;
    }
    auto *dialog = new ResourceDialog(m_node, resource.value(), this);
    openDialog(dialog);
    return dialog;
}

bool ResourcesTab::removeResource(const QString &table, bool askFirst)
{
    if (table.isEmpty() || isBusy())
        return false;
    if (askFirst &&
        !confirm(tr("Remove resource"),
                 tr("Stop syncing the table '%1' with every repository? Its capture triggers "
                    "and s15n's records of it (changes waiting to be sent, versions, conflicts, "
                    "cursors) are removed from this node. The table and its data stay; adding "
                    "it again later sends all of its rows again.")
                     .arg(table)))
        return false;
    auto work = [this, table](Node &node, const std::atomic_bool &) -> NodeTask::Done {
        const Status removed = ResourceStore(node).remove(table);
        return [this, table, removed] {
            refresh();
            if (!removed) {
                showStatus(removed.message(), true);
                showError(tr("Cannot remove the resource"), removed.message());
                emit resourceRemoved(table, false, removed.message());
                return;
            }
            const QString text = tr("%1 is no longer synced; its data stays.").arg(table);
            showStatus(text, false);
            emit resourcesChanged();
            emit resourceRemoved(table, true, text);
        };
    };
    showStatus(tr("Removing the resource %1...").arg(table), false);
    m_cancellable = false; // one transaction: it ends (or rolls back) by itself
    m_task->start(work, [this, table](const QString &message) {
        showStatus(message, true);
        showError(tr("Cannot remove the resource"), message);
        emit resourceRemoved(table, false, message);
    });
    updateButtons();
    return true;
}

void ResourcesTab::cancelTask()
{
    if (!isBusy())
        return;
    m_task->cancel();
    m_cancel->setEnabled(false);
}

} // namespace s15n::ui
