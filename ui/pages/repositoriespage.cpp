#include "repositoriespage.h"

#include "client/repositorysetup.h"
#include "dialogs/parentdialog.h"
#include "dialogs/repositorydialog.h"
#include "models/repositorymodel.h"
#include "pages/resourcestab.h"
#include "pages/scheduletab.h"
#include "storage/node.h"
#include "widgets/listtable.h"
#include "widgets/taskstatus.h"
#include "worker/nodetask.h"

#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTabWidget>
#include <QVBoxLayout>

#include <climits>

namespace s15n::ui {

const QString RepositoriesPage::kSplitterKey = QStringLiteral("repositoriesPage/splitter");
const QString RepositoriesPage::kTabKey = QStringLiteral("repositoriesPage/tab");

namespace {

int clamped(qint64 n)
{
    return int(qBound(qint64(0), n, qint64(INT_MAX)));
}

// What a round moved, for people: the rows both ways, then what needs a look.
QString outcomeText(const QString &name, const RoundSummary &s, qint64 ms)
{
    const QString seconds =
        RepositoriesPage::tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    QStringList parts;
    parts << RepositoriesPage::tr("Synced with '%1' in %2: %3; %4.")
                 .arg(name, seconds,
                      RepositoriesPage::tr("received %Ln row(s) (%1 applied here)", nullptr,
                                           clamped(s.pulled.received))
                          .arg(QLocale().toString(s.pulled.applied)),
                      RepositoriesPage::tr("sent %Ln row(s) (%1 applied at the remote)", nullptr,
                                           clamped(s.pushed.received))
                          .arg(QLocale().toString(s.pushed.applied)));
    if (const qint64 n = s.pulled.conflicts + s.pushed.conflicts; n > 0)
        parts << RepositoriesPage::tr("%Ln conflict(s) settled by the conflict policy.", nullptr,
                                      clamped(n));
    if (const qint64 n = s.pulled.held + s.pushed.held; n > 0)
        parts << RepositoriesPage::tr("%Ln conflict(s) wait for you on the Changes page.", nullptr,
                                      clamped(n));
    if (const qint64 n = s.pulled.skipped + s.pushed.skipped; n > 0)
        parts << RepositoriesPage::tr("%Ln row(s) refused by the strategy or the update policy.",
                                      nullptr, clamped(n));
    if (const qint64 n = s.pulled.parked + s.pushed.parked; n > 0)
        parts << RepositoriesPage::tr("%Ln row(s) wait for rows they refer to.", nullptr,
                                      clamped(n));
    if (const qint64 n = s.pulled.failed + s.pushed.failed; n > 0)
        parts << RepositoriesPage::tr("%Ln row(s) refused by the database; they are tried again "
                                      "next round.",
                                      nullptr, clamped(n));
    for (const QString &warning : s.warnings)
        parts << RepositoriesPage::tr("Warning: %1").arg(warning);
    return parts.join(QLatin1Char(' '));
}

} // namespace

RepositoriesPage::RepositoriesPage(Node &node, QWidget *parent) : QWidget(parent), m_node(node)
{
    m_model = new RepositoryModel(node, this);
    m_task = new NodeTask(node.database().location(), QString(), this);
    connect(m_task, &NodeTask::finished, this, &RepositoriesPage::updateButtons);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The remote nodes this node syncs with. Add the parent with the "
                                "user name and password its administrator made for this node; "
                                "adding registers this node there."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    // The list (with its buttons and status) above, the selected repository's tabs below.
    auto *splitter = new QSplitter(Qt::Vertical, this);
    m_splitter = splitter;
    splitter->setObjectName(QStringLiteral("repoSplitter"));
    splitter->setChildrenCollapsible(false);
    layout->addWidget(splitter, 1);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);

    m_view =
        new ListTable(QStringLiteral("repoView"), QStringLiteral("repositoriesPage/header"), this);
    m_view->setModel(m_model);
    using Column = RepositoryModel::Column;
    // When the columns do not fit: the remote's UUID gives way first, the URL last.
    m_view->setElasticColumns({int(Column::RemoteUuid), int(Column::Proxy), int(Column::Url)});
    topLayout->addWidget(m_view, 1);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!isBusy())
            editRepository(m_model->repository(index.row()).name);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RepositoriesPage::onSelectionChanged);

    auto *buttons = new QHBoxLayout;
    auto button = [this, buttons](const QString &objectName, const QString &text,
                                  const QString &toolTip) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(objectName);
        b->setToolTip(toolTip);
        buttons->addWidget(b);
        return b;
    };
    m_add = button(QStringLiteral("repoAdd"), tr("&Add..."), tr("Add a remote node to sync with."));
    m_defineParent =
        button(QStringLiteral("repoDefineParent"), tr("Define &Parent..."),
               tr("Seed this new node from its parent's backup and add the parent as a "
                  "repository."));
    m_edit = button(QStringLiteral("repoEdit"), tr("&Edit..."),
                    tr("Change the selected repository's URL, user, password, proxy..."));
    m_remove = button(QStringLiteral("repoRemove"), tr("&Remove..."),
                      tr("Remove the selected repository and its stored password."));
    m_register = button(QStringLiteral("repoRegister"), tr("Re&gister"),
                        tr("Register this node at the selected remote (when adding could not)."));
    connect(m_add, &QPushButton::clicked, this, [this] { addRepository(); });
    connect(m_defineParent, &QPushButton::clicked, this, [this] { defineParent(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editRepository(selectedName()); });
    connect(m_remove, &QPushButton::clicked, this,
            [this] { removeRepository(selectedName(), true); });
    m_sync = button(QStringLiteral("repoSync"), tr("S&ync now"),
                    tr("Sync with the selected repository now: pull its changes, then push this "
                       "node's (Ctrl+Shift+S)."));
    m_sync->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_S));
    connect(m_register, &QPushButton::clicked, this,
            [this] { registerRepository(selectedName()); });
    connect(m_sync, &QPushButton::clicked, this, [this] { syncRepository(selectedName()); });
    buttons->addStretch();
    topLayout->addLayout(buttons);

    m_status = new TaskStatus(m_task, QStringLiteral("repoTask"), this);
    connect(m_status, &TaskStatus::cancelRequested, this, [this] {
        if (!m_syncing.isEmpty())
            m_status->showStatus(
                tr("Stopping the sync with '%1': rolling back to its last checkpoint...")
                    .arg(m_syncing));
    });
    topLayout->addWidget(m_status);
    splitter->addWidget(top);

    m_tabs = new QTabWidget(splitter);
    m_tabs->setObjectName(QStringLiteral("repoTabs"));
    m_resources = new ResourcesTab(node, m_tabs);
    m_resources->setObjectName(QStringLiteral("resourcesTab"));
    m_tabs->addTab(m_resources, tr("Resources"));
    m_schedule = new ScheduleTab(node, m_tabs);
    m_schedule->setObjectName(QStringLiteral("scheduleTab"));
    m_tabs->addTab(m_schedule, tr("Schedule"));
    splitter->addWidget(m_tabs);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 1);
    // A round changes the repository's last sync; while it runs, Sync now waits.
    connect(m_schedule, &ScheduleTab::runStarted, this, &RepositoriesPage::updateButtons);
    connect(m_schedule, &ScheduleTab::runFinished, this, &RepositoriesPage::refresh);

    // As the administrator left them; remembered when they change them.
    const QSettings settings;
    splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    const QString tab = settings.value(kTabKey).toString();
    for (int i = 0; i < m_tabs->count(); ++i) {
        if (m_tabs->widget(i)->objectName() == tab)
            m_tabs->setCurrentIndex(i);
    }
    connect(splitter, &QSplitter::splitterMoved, this, &RepositoriesPage::saveLayout);
    connect(m_tabs, &QTabWidget::currentChanged, this, &RepositoriesPage::saveLayout);

    refresh();
}

void RepositoriesPage::saveLayout() const
{
    // Only what was changed by hand: a page never shown has no sizes worth keeping.
    QSettings settings;
    if (m_splitter->isVisible())
        settings.setValue(kSplitterKey, m_splitter->saveState());
    settings.setValue(kTabKey, m_tabs->currentWidget()->objectName());
}

RepositoriesPage::~RepositoriesPage()
{
    // Cancels and waits for running tasks while the page is still whole.
    delete m_tabs;
    delete m_task;
}

void RepositoriesPage::setDatabasePassword(const QString &password)
{
    m_databasePassword = password;
    m_task->setDatabasePassword(password);
    m_resources->setDatabasePassword(password);
    m_schedule->setDatabasePassword(password);
}

void RepositoriesPage::refresh()
{
    const QString selected = selectedName();
    if (Status s = m_model->reload(); !s)
        m_status->showStatus(tr("Cannot read the repositories: %1").arg(s.message()), true);
    // The same repository while it is there, else the first one, so the tabs have one.
    if (selected.isEmpty() || !select(selected))
        m_view->selectExistingRow(0);
    m_resources->refresh();
    m_schedule->refresh();
    onSelectionChanged();
}

void RepositoriesPage::onSelectionChanged()
{
    const QString name = selectedName();
    if (m_resources->repository() != name)
        m_resources->setRepository(name);
    if (m_schedule->repository() != name)
        m_schedule->setRepository(name);
    updateButtons();
}

QString RepositoriesPage::selectedName() const
{
    return m_model->repository(m_view->selectedRow()).name;
}

bool RepositoriesPage::select(const QString &name)
{
    return m_view->selectExistingRow(m_model->rowOf(name));
}

bool RepositoriesPage::isBusy() const
{
    return m_status->isBusy();
}

QString RepositoriesPage::statusText() const
{
    return m_status->text();
}

bool RepositoriesPage::statusIsError() const
{
    return m_status->isError();
}

void RepositoriesPage::updateButtons()
{
    const bool selected = !selectedName().isEmpty();
    const bool busy = isBusy();
    m_add->setEnabled(!busy);
    m_defineParent->setEnabled(!busy);
    m_edit->setEnabled(selected && !busy);
    m_remove->setEnabled(selected && !busy);
    m_register->setEnabled(selected && !busy);
    // One round of a repository at a time here: not while Run now runs one.
    const bool running = m_schedule->isBusy();
    m_sync->setEnabled(selected && !busy && !running);
    m_sync->setToolTip(running ? tr("Waits until the job's round (Run now) ends.")
                               : tr("Sync with the selected repository now: pull its changes, "
                                    "then push this node's (Ctrl+Shift+S)."));
}

bool RepositoriesPage::confirm(const QString &title, const QString &question)
{
    return QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
}

void RepositoriesPage::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

void RepositoriesPage::openDialog(RepositoryDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDatabasePassword(m_databasePassword);
    connect(dialog, &RepositoryDialog::stored, this,
            [this](const QString &name, const QString &message, bool warning) {
                refresh();
                select(name);
                m_status->showStatus(message, warning);
                emit repositoriesChanged();
            });
    dialog->open();
}

RepositoryDialog *RepositoriesPage::addRepository()
{
    auto *dialog = new RepositoryDialog(m_node, this);
    openDialog(dialog);
    return dialog;
}

ParentDialog *RepositoriesPage::defineParent()
{
    auto *dialog = new ParentDialog(m_node, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setDatabasePassword(m_databasePassword);
    connect(dialog, &ParentDialog::parentDefined, this,
            [this](const QString &name, const QString &summary, bool warning) {
                refresh();
                select(name);
                m_status->showStatus(summary, warning);
                emit repositoriesChanged();
            });
    dialog->open();
    return dialog;
}

RepositoryDialog *RepositoriesPage::editRepository(const QString &name)
{
    Result<Repository> repository = RepositoryStore(m_node.database()).find(name);
    if (!repository) {
        showError(tr("Cannot edit the repository"),
                  tr("%1 Select a repository in the list first.").arg(repository.message()));
        return nullptr;
    }
    auto *dialog = new RepositoryDialog(m_node, repository.value(), this);
    openDialog(dialog);
    return dialog;
}

bool RepositoriesPage::removeRepository(const QString &name, bool askFirst)
{
    if (name.isEmpty() || isBusy())
        return false;
    if (askFirst &&
        !confirm(tr("Remove repository"),
                 tr("Remove the repository '%1' and its stored password? This node stops "
                    "syncing with it; the remote keeps its data and its registration of this "
                    "node.")
                     .arg(name)))
        return false;
    QString warning;
    // Local and quick: the database and the credential store, here on the GUI thread.
    if (Status s = RepositorySetup(m_node).remove(name, &warning); !s) {
        m_status->showStatus(s.message(), true);
        showError(tr("Cannot remove the repository"), s.message());
        return false;
    }
    refresh();
    m_status->showStatus(warning.isEmpty() ? tr("Repository '%1' removed.").arg(name)
                                           : tr("Repository '%1' removed. %2").arg(name, warning),
                         !warning.isEmpty());
    emit repositoriesChanged();
    return true;
}

void RepositoriesPage::registerRepository(const QString &name)
{
    if (name.isEmpty() || isBusy())
        return;
    auto work = [this, name](Node &node, const std::atomic_bool &cancelled) -> NodeTask::Done {
        const Result<Repository> registered = RepositorySetup(node, &cancelled).registerAt(name);
        return [this, name, registered] {
            refresh();
            if (registered) {
                const QString text =
                    tr("This node is registered at '%1' (%2).")
                        .arg(name, registered.value().remoteUuid.toString(QUuid::WithoutBraces));
                m_status->showStatus(text, false);
                emit repositoriesChanged();
                emit registrationFinished(true, text);
                return;
            }
            const QString text = m_task->isCancelled()
                                     ? tr("Registration at '%1' stopped.").arg(name)
                                     : registered.message();
            m_status->showStatus(text, true);
            if (!m_task->isCancelled())
                showError(tr("Registration failed"), text);
            emit registrationFinished(false, text);
        };
    };
    m_status->showStatus(tr("Registering this node at '%1'...").arg(name), false);
    m_task->start(work, [this](const QString &message) {
        m_status->showStatus(message, true);
        showError(tr("Registration failed"), message);
        emit registrationFinished(false, message);
    });
    updateButtons();
}

} // namespace s15n::ui

namespace s15n::ui {

bool RepositoriesPage::syncRepository(const QString &name)
{
    if (name.isEmpty() || isBusy() || m_schedule->isBusy())
        return false;
    auto work = [this, name](Node &node, const std::atomic_bool &cancelled) -> NodeTask::Done {
        // The round as `s15n sync NAME` runs it, on this thread's connection.
        RoundOptions options;
        options.cancelled = &cancelled;
        options.transferTimeoutMs = RepositorySetup::kTransferTimeoutMs;
        options.progress = [this, name](const RoundProgress &progress) {
            m_task->post([this, name, progress] { onSyncProgress(name, progress); });
        };
        const Result<RoundSummary> synced = RepositorySetup(node, &cancelled).sync(name, options);
        return [this, name, synced] {
            const qint64 ms = m_syncTimer.elapsed();
            m_syncing.clear();
            m_schedule->setSyncRunning(false);
            refresh();
            const QString logHint = tr("Each step is on the Log page.");
            QString text;
            if (synced) {
                text = outcomeText(name, synced.value(), ms) + QLatin1Char(' ') + logHint;
                m_status->showStatus(text, false);
            } else if (m_task->isCancelled()) {
                // What the user asked for: not an error.
                text = tr("The sync with '%1' was cancelled; what arrived up to its last "
                          "checkpoint is kept, and the next round goes on from there.")
                           .arg(name) +
                       QLatin1Char(' ') + logHint;
                m_status->showStatus(text, false);
            } else {
                text = tr("The sync with '%1' failed: %2").arg(name, synced.message()) +
                       QLatin1Char(' ') + logHint;
                m_status->showStatus(text, true);
                showError(tr("Sync failed"), text);
            }
            // The log has the round, the status bar its result.
            emit repositoriesChanged();
            emit syncFinished(name, synced.ok(), text);
        };
    };
    m_syncing = name;
    m_syncTimer.start();
    m_status->setCancellable(true);
    m_status->showStatus(tr("Syncing with '%1': asking the remote...").arg(name), false);
    const bool started = m_task->start(work, [this, name](const QString &message) {
        m_syncing.clear();
        m_schedule->setSyncRunning(false);
        const QString text = tr("The sync with '%1' failed: %2").arg(name, message);
        m_status->showStatus(text, true);
        showError(tr("Sync failed"), text);
        emit syncFinished(name, false, text);
    });
    if (!started) {
        m_syncing.clear();
        return false;
    }
    m_schedule->setSyncRunning(true);
    updateButtons();
    emit syncStarted(name);
    return true;
}

void RepositoriesPage::onSyncProgress(const QString &name, const RoundProgress &progress)
{
    if (m_syncing != name || m_task->isCancelled())
        return; // "Stopping..." stays
    m_status->showRoundProgress(tr("Syncing with '%1': ").arg(name), progress);
    emit syncProgressed(name, progress);
}

} // namespace s15n::ui
