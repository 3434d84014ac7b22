#include "resourcestab.h"

#include "capture/resourcestore.h"
#include "client/repositorysetup.h"
#include "dialogs/resourcedialog.h"
#include "models/resourcemodel.h"
#include "storage/node.h"
#include "storage/schemacatalogue.h"
#include "widgets/listtable.h"
#include "widgets/taskstatus.h"
#include "worker/nodetask.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QVBoxLayout>

namespace s15n::ui {

ResourcesTab::ResourcesTab(Node &node, QWidget *parent) : QWidget(parent), m_node(node)
{
    m_model = new ResourceModel(node, this);
    m_task = new NodeTask(node.database().location(), QString(), this);
    connect(m_task, &NodeTask::finished, this, &ResourcesTab::updateButtons);
    m_remoteTask = new NodeTask(node.database().location(), QString(), this);
    connect(m_remoteTask, &NodeTask::finished, this, [this] {
        if (m_askAgain) {
            m_askAgain = false;
            askRemote();
        }
        updateButtons();
    });

    auto *layout = new QVBoxLayout(this);
    auto *note = new QLabel(tr("Resources apply to every repository of this node: each table "
                               "below is synced, with these settings, with every remote that "
                               "syncs it too."),
                            this);
    note->setObjectName(QStringLiteral("resourceNote"));
    note->setWordWrap(true);
    layout->addWidget(note);

    m_view =
        new ListTable(QStringLiteral("resourceView"), QStringLiteral("resourcesTab/header"), this);
    m_view->setModel(m_model);
    m_view->setElasticColumns({int(ResourceModel::Column::Strategy)});
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
    m_askRemote = button(QStringLiteral("resourceAskRemote"), tr("Ask the re&mote"),
                         tr("Ask the selected repository's remote again which tables it syncs "
                            "(the \"At the remote\" column)."));
    connect(m_askRemote, &QPushButton::clicked, this, &ResourcesTab::askRemote);
    connect(m_addLocal, &QPushButton::clicked, this, [this] { addFromLocalTables(); });
    connect(m_addRemote, &QPushButton::clicked, this, &ResourcesTab::addFromRemote);
    connect(m_edit, &QPushButton::clicked, this, [this] { editResource(selectedTable()); });
    connect(m_remove, &QPushButton::clicked, this,
            [this] { removeResource(selectedTable(), true); });
    buttons->addStretch();
    layout->addLayout(buttons);

    m_status = new TaskStatus(m_task, QStringLiteral("resource"), this);
    layout->addWidget(m_status);

    refresh();
}

ResourcesTab::~ResourcesTab()
{
    // Cancels and waits for running tasks while the tab is still whole.
    delete m_task;
    delete m_remoteTask;
}

void ResourcesTab::setDatabasePassword(const QString &password)
{
    m_databasePassword = password;
    m_task->setDatabasePassword(password);
    m_remoteTask->setDatabasePassword(password);
}

void ResourcesTab::setRepository(const QString &name)
{
    m_repository = name;
    if (m_model->remoteRepository() != name)
        m_model->clearRemoteTables(name);
    // Asked when it shows (a hidden tab, or a page never looked at, asks nobody).
    if (isVisible())
        askRemoteIfNeeded();
    updateButtons();
}

void ResourcesTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    askRemoteIfNeeded();
}

void ResourcesTab::askRemoteIfNeeded()
{
    // Asked again after a failure: the remote may be back.
    using State = ResourceModel::RemoteState;
    if (m_model->remoteRepository() == m_repository &&
        (m_model->remoteState() == State::Known || m_model->remoteState() == State::Asking))
        return;
    askRemote();
}

bool ResourcesTab::isAskingRemote() const
{
    return m_remoteTask->isRunning();
}

void ResourcesTab::askRemote()
{
    const QString name = m_repository;
    if (name.isEmpty())
        return;
    m_model->setRemoteAsking(name);
    if (m_remoteTask->isRunning()) {
        // Another repository's question (or this one's): stopped, then asked anew.
        m_remoteTask->cancel();
        m_askAgain = true;
        updateButtons();
        return;
    }
    auto work = [this, name](Node &node, const std::atomic_bool &cancelled) -> NodeTask::Done {
        const Result<QList<Resource>> catalogue = RepositorySetup(node, &cancelled).catalogue(name);
        return [this, name, catalogue] {
            if (m_remoteTask->isCancelled() || name != m_repository)
                return; // another question follows, or another repository is shown
            if (!catalogue) {
                m_model->setRemoteFailed(name, catalogue.message());
                emit remoteAsked(name, false, catalogue.message());
                return;
            }
            QStringList tables;
            for (const Resource &r : catalogue.value())
                tables << r.table;
            m_model->setRemoteTables(name, tables);
            emit remoteAsked(
                name, true,
                tr("The remote of '%1' syncs %n table(s).", nullptr, int(tables.size())).arg(name));
        };
    };
    m_remoteTask->start(work, [this, name](const QString &message) {
        if (name != m_repository)
            return;
        m_model->setRemoteFailed(name, message);
        emit remoteAsked(name, false, message);
    });
    updateButtons();
}

void ResourcesTab::refresh()
{
    const QString selected = selectedTable();
    if (Status s = m_model->reload(); !s)
        m_status->showStatus(tr("Cannot read the resources: %1").arg(s.message()), true);
    if (!selected.isEmpty())
        select(selected);
    updateButtons();
}

QString ResourcesTab::selectedTable() const
{
    return m_model->resource(m_view->selectedRow()).table;
}

bool ResourcesTab::select(const QString &table)
{
    return m_view->selectExistingRow(m_model->rowOf(table));
}

bool ResourcesTab::isBusy() const
{
    return m_status->isBusy();
}

QString ResourcesTab::statusText() const
{
    return m_status->text();
}

bool ResourcesTab::statusIsError() const
{
    return m_status->isError();
}

ResourceDialog *ResourcesTab::remoteDialog() const
{
    return m_remoteDialog;
}

void ResourcesTab::updateButtons()
{
    const bool selected = !selectedTable().isEmpty();
    const bool busy = isBusy();
    m_addLocal->setEnabled(!busy);
    m_addRemote->setEnabled(!busy && !m_repository.isEmpty());
    m_askRemote->setEnabled(!m_repository.isEmpty() && !m_remoteTask->isRunning());
    m_addRemote->setToolTip(
        m_repository.isEmpty()
            ? tr("Select a repository in the list above first.")
            : tr("Ask the remote of '%1' which tables it syncs, and sync one of them here too.")
                  .arg(m_repository));
    m_edit->setEnabled(selected && !busy);
    m_remove->setEnabled(selected && !busy);
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
                m_status->showStatus(message, false);
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
        m_status->showStatus(text, true);
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
        m_status->showStatus(text, true);
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
        const Result<QList<Resource>> catalogue = RepositorySetup(node, &cancelled).catalogue(name);
        return [this, name, catalogue] {
            if (m_task->isCancelled()) {
                const QString text = tr("Stopped; the remote of '%1' was not asked.").arg(name);
                m_status->showStatus(text, false);
                emit catalogueFetched(false, text);
                return;
            }
            if (!catalogue) {
                m_status->showStatus(catalogue.message(), true);
                showError(tr("Cannot read the remote's catalogue"), catalogue.message());
                emit catalogueFetched(false, catalogue.message());
                return;
            }
            onCatalogue(name, catalogue.value());
        };
    };
    m_status->showStatus(tr("Asking the remote of '%1' which tables it syncs...").arg(name), false);
    m_status->setCancellable(true);
    m_task->start(work, [this](const QString &message) {
        m_status->showStatus(message, true);
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
        m_status->showStatus(text, true);
        showError(tr("Nothing to add"), text);
        emit catalogueFetched(true, text);
        return;
    }
    Result<QStringList> local = SchemaCatalogue(m_node.database()).tables();
    if (!local) {
        const QString text = tr("Cannot read this node's tables: %1").arg(local.message());
        m_status->showStatus(text, true);
        showError(tr("Cannot add a resource"), text);
        emit catalogueFetched(false, text);
        return;
    }
    const QString text =
        tr("The remote of '%1' syncs %n table(s).", nullptr, int(remote.size())).arg(repository);
    m_status->showStatus(text, false);
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
                m_status->showStatus(removed.message(), true);
                showError(tr("Cannot remove the resource"), removed.message());
                emit resourceRemoved(table, false, removed.message());
                return;
            }
            const QString text = tr("%1 is no longer synced; its data stays.").arg(table);
            m_status->showStatus(text, false);
            emit resourcesChanged();
            emit resourceRemoved(table, true, text);
        };
    };
    m_status->showStatus(tr("Removing the resource %1...").arg(table), false);
    m_status->setCancellable(false); // one transaction: it ends (or rolls back) by itself
    m_task->start(work, [this, table](const QString &message) {
        m_status->showStatus(message, true);
        showError(tr("Cannot remove the resource"), message);
        emit resourceRemoved(table, false, message);
    });
    updateButtons();
    return true;
}

} // namespace s15n::ui
