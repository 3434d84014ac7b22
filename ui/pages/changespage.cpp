#include "pages/changespage.h"

#include "capture/resourcestore.h"
#include "client/repositorystore.h"
#include "models/changesmodel.h"
#include "models/fieldcomparisonmodel.h"
#include "protocol/messages.h"
#include "storage/node.h"
#include "widgets/headerstate.h"
#include "widgets/listtable.h"
#include "widgets/taskstatus.h"
#include "worker/nodetask.h"

#include <QComboBox>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

#include <algorithm>

Q_LOGGING_CATEGORY(lcChangesPage, "s15n.ui.changes")

namespace s15n::ui {

namespace {

const QString kSplitterKey = QStringLiteral("changesPage/splitter");

// "Refresh (F5)": a tooltip with the shortcut, as the platform writes it.
QString withShortcut(const QString &toolTip, const QKeySequence &shortcut)
{
    return ChangesPage::tr("%1 (%2)").arg(toolTip, shortcut.toString(QKeySequence::NativeText));
}

QGroupBox *box(const QString &title, QTableView *view, const QList<QPushButton *> &buttons,
               QWidget *parent)
{
    auto *group = new QGroupBox(title, parent);
    auto *layout = new QVBoxLayout(group);
    layout->addWidget(view, 1);
    if (!buttons.isEmpty()) {
        auto *row = new QHBoxLayout;
        row->addStretch(1);
        for (QPushButton *button : buttons)
            row->addWidget(button);
        layout->addLayout(row);
    }
    return group;
}

} // namespace

ChangesPage::ChangesPage(Node &node, QWidget *parent) : QWidget(parent), m_node(node)
{
    m_task = new NodeTask(node.database().location(), QString(), this);
    connect(m_task, &NodeTask::finished, this, &ChangesPage::updateButtons);
    m_without = new ChangesModel(this);
    m_with = new ChangesModel(this);
    m_held = new ChangesModel(this);
    m_fields = new FieldComparisonModel(this);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("Local changes not pushed yet. Those without a conflict can be "
                                "pushed now; a conflict (the remote changed the row too) needs "
                                "you to choose a version. Refresh asks the remote."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *top = new QHBoxLayout;
    layout->addLayout(top);
    m_repository = new QComboBox(this);
    m_repository->setObjectName(QStringLiteral("changesRepository"));
    m_repository->setMinimumContentsLength(16);
    auto *repositoryLabel = new QLabel(tr("&Repository:"), this);
    repositoryLabel->setBuddy(m_repository);
    top->addWidget(repositoryLabel);
    top->addWidget(m_repository);
    m_resource = new QComboBox(this);
    m_resource->setObjectName(QStringLiteral("changesResource"));
    m_resource->setMinimumContentsLength(16);
    auto *resourceLabel = new QLabel(tr("R&esource:"), this);
    resourceLabel->setBuddy(m_resource);
    top->addWidget(resourceLabel);
    top->addWidget(m_resource);
    m_refresh = new QPushButton(tr("Re&fresh"), this);
    m_refresh->setObjectName(QStringLiteral("changesRefresh"));
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5)); // as on the Log page
    m_refresh->setToolTip(withShortcut(tr("Ask the remote for its versions of the changed rows."),
                                       m_refresh->shortcut()));
    top->addWidget(m_refresh);
    top->addStretch(1);

    m_push = new QPushButton(tr("&Push selected"), this);
    m_push->setObjectName(QStringLiteral("changesPush"));
    m_push->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Return));
    m_push->setToolTip(
        withShortcut(tr("Send the selected rows to the remote now."), m_push->shortcut()));
    m_pushOurs = new QPushButton(tr("Push &ours (overwrite theirs)"), this);
    m_pushOurs->setObjectName(QStringLiteral("changesPushOurs"));
    m_pushOurs->setToolTip(tr("Send our version of the selected rows; the remote's changes to "
                              "them are lost."));
    m_takeTheirs = new QPushButton(tr("&Take theirs"), this);
    m_takeTheirs->setObjectName(QStringLiteral("changesTakeTheirs"));
    m_takeTheirs->setToolTip(tr("Replace our version of the selected rows with the remote's; "
                                "our changes to them are lost."));
    m_heldOurs = new QPushButton(tr("&Keep ours"), this);
    m_heldOurs->setObjectName(QStringLiteral("changesHeldOurs"));
    m_heldTheirs = new QPushButton(tr("Take t&heirs"), this);
    m_heldTheirs->setObjectName(QStringLiteral("changesHeldTheirs"));

    m_withoutView = makeList(m_without, QStringLiteral("changesWithout"));
    m_withView = makeList(m_with, QStringLiteral("changesWith"));
    m_heldView = makeList(m_held, QStringLiteral("changesHeld"));
    m_fieldsView = new QTableView(this);
    m_fieldsView->setObjectName(QStringLiteral("changesFields"));
    m_fieldsView->setModel(m_fields);
    m_fieldsView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_fieldsView->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_fieldsView->verticalHeader()->hide();
    // Ours and theirs side by side at equal widths; the field names as wide as they are.
    m_fieldsView->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);
    m_fieldsView->horizontalHeader()->setSectionResizeMode(int(FieldComparisonModel::Column::Field),
                                                           QHeaderView::ResizeToContents);
    m_fieldsView->setWordWrap(false);
    m_fieldsView->setTextElideMode(Qt::ElideMiddle); // the whole value in the tooltip
    rememberHeaderState(m_fieldsView->horizontalHeader(), QStringLiteral("changesPage/fields"));

    // The lists usually hold a few rows each (the held one often none); a row's fields, the
    // pane that explains it, get the largest share.
    m_splitter = new QSplitter(Qt::Vertical, this);
    m_splitter->setObjectName(QStringLiteral("changesSplitter"));
    m_splitter->setChildrenCollapsible(false);
    m_splitter->addWidget(box(tr("Without conflicts"), m_withoutView, {m_push}, m_splitter));
    m_splitter->addWidget(
        box(tr("With conflicts"), m_withView, {m_pushOurs, m_takeTheirs}, m_splitter));
    m_splitter->addWidget(
        box(tr("Held (MANUAL policy)"), m_heldView, {m_heldOurs, m_heldTheirs}, m_splitter));
    m_splitter->addWidget(box(tr("Field by field"), m_fieldsView, {}, m_splitter));
    // At first in these proportions (as far as each box's minimum allows), and a taller
    // window gives the pane the most too.
    const QList<int> shares{2, 2, 1, 5};
    for (int i = 0; i < shares.size(); ++i)
        m_splitter->setStretchFactor(i, shares.at(i));
    if (!m_splitter->restoreState(QSettings().value(kSplitterKey).toByteArray())) {
        // Weights, spread over the height once laid out (large, so none is below a minimum).
        QList<int> sizes;
        for (int share : shares)
            sizes << share * 1000;
        m_splitter->setSizes(sizes);
    }
    connect(m_splitter, &QSplitter::splitterMoved, this, [this] { m_splitterMoved = true; });
    layout->addWidget(m_splitter, 1);

    // The outcome of the last action, and a busy bar and Cancel while the remote is asked.
    m_status = new TaskStatus(m_task, QStringLiteral("changes"), this);
    // tst_adminflow finds the message by its name from before TaskStatus.
    if (auto *label = m_status->findChild<QLabel *>(QStringLiteral("changesStatus")))
        label->setObjectName(QStringLiteral("changesMessage"));
    layout->addWidget(m_status);

    connect(m_refresh, &QPushButton::clicked, this, &ChangesPage::refresh);
    connect(m_push, &QPushButton::clicked, this, [this] { pushSelected(false); });
    connect(m_pushOurs, &QPushButton::clicked, this, [this] { pushSelected(true); });
    connect(m_takeTheirs, &QPushButton::clicked, this, &ChangesPage::takeTheirs);
    connect(m_heldOurs, &QPushButton::clicked, this, [this] { resolveHeld(false); });
    connect(m_heldTheirs, &QPushButton::clicked, this, [this] { resolveHeld(true); });
    const auto choiceChanged = [this] {
        m_without->clear();
        m_with->clear();
        m_held->clear();
        m_fields->clear();
        showMessage(tr("Press Refresh to ask the remote."), false);
        updateButtons();
    };
    connect(m_repository, &QComboBox::activated, this, choiceChanged);
    connect(m_resource, &QComboBox::activated, this, choiceChanged);

    reloadChoices();
    updateButtons();
}

ChangesPage::~ChangesPage()
{
    if (m_splitterMoved)
        QSettings().setValue(kSplitterKey, m_splitter->saveState());
}

ListTable *ChangesPage::makeList(ChangesModel *model, const QString &objectName)
{
    // The shared list: columns fit the width, remembered once resized by hand. The UUID (also
    // in the row's tooltip), then what changed, give way first.
    auto *view = new ListTable(objectName, QStringLiteral("changesPage/") + objectName, this);
    view->setModel(model);
    view->setSelectionMode(QAbstractItemView::ExtendedSelection); // several rows at a time
    view->setElasticColumns({int(ChangesModel::Column::Uuid), int(ChangesModel::Column::Change),
                             int(ChangesModel::Column::Row)});
    connect(view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this, view, model] { showFields(view, model); });
    connect(view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ChangesPage::updateButtons);
    connect(model, &QAbstractItemModel::modelReset, this, [this, view] {
        if (m_fieldsView->property("source").value<QObject *>() == view)
            m_fields->clear();
        updateButtons();
    });
    return view;
}

void ChangesPage::setDatabasePassword(const QString &password)
{
    m_task->setDatabasePassword(password);
}

bool ChangesPage::isBusy() const
{
    return m_task->isRunning();
}

QString ChangesPage::repository() const
{
    return m_repository->currentData().toString();
}

QStringList ChangesPage::tables() const
{
    const QString table = m_resource->currentData().toString();
    return table.isEmpty() ? QStringList() : QStringList{table};
}

void ChangesPage::reloadChoices()
{
    const QString repository = this->repository();
    const QString table = m_resource->currentData().toString();
    m_repository->clear();
    m_resource->clear();
    // Local and quick: two small tables of the node, read here on the GUI thread.
    const Result<QList<Repository>> repositories = RepositoryStore(m_node.database()).list();
    if (!repositories) {
        qCWarning(lcChangesPage) << "cannot read the repositories:" << repositories.message();
        showMessage(tr("Cannot read the repositories: %1").arg(repositories.message()), true);
    } else {
        for (const Repository &r : repositories.value())
            m_repository->addItem(r.name, r.name);
    }
    m_repository->setCurrentIndex(qMax(0, m_repository->findData(repository)));
    m_resource->addItem(tr("All resources"), QString());
    const Result<QList<Resource>> resources = ResourceStore(m_node).list();
    if (!resources) {
        qCWarning(lcChangesPage) << "cannot read the resources:" << resources.message();
        showMessage(tr("Cannot read the resources: %1").arg(resources.message()), true);
    } else {
        for (const Resource &r : resources.value())
            m_resource->addItem(r.table, r.table);
    }
    m_resource->setCurrentIndex(qMax(0, m_resource->findData(table)));
    updateButtons();
}

void ChangesPage::refresh()
{
    if (isBusy())
        return;
    reloadChoices();
    startRefresh(false);
}

void ChangesPage::startRefresh(bool keepMessage)
{
    const QString repository = this->repository();
    if (repository.isEmpty()) {
        showMessage(tr("Add a repository on the Repositories page first."), true);
        emit refreshed();
        return;
    }
    const QStringList tables = this->tables();
    auto work = [this, repository, tables,
                 keepMessage](Node &node, const std::atomic_bool &cancelled) -> NodeTask::Done {
        ChangesInspector inspector(node, &cancelled);
        const Result<RepositoryChanges> changes = inspector.compare(repository, tables);
        const Result<QList<HeldConflict>> held =
            changes ? inspector.held(repository, tables)
                    : Result<QList<HeldConflict>>(QList<HeldConflict>());
        return [this, repository, changes, held, keepMessage] {
            if (!changes || !held) {
                const QString why = !changes ? changes.message() : held.message();
                qCWarning(lcChangesPage) << "cannot compare with" << repository << why;
                showMessage(m_task->isCancelled()
                                ? tr("Refresh cancelled.")
                                : tr("Cannot ask '%1' for its versions: %2 Check the "
                                     "connection on the Repositories page, then refresh.")
                                      .arg(repository, why),
                            !m_task->isCancelled());
            } else {
                m_without->setChanges(changes.value().withoutConflict);
                m_with->setChanges(changes.value().withConflict);
                m_held->setHeld(held.value());
                if (!keepMessage)
                    showMessage(tr("'%1' answered: %2 without conflicts, %3 with conflicts, %4 "
                                   "held.")
                                    .arg(repository)
                                    .arg(changes.value().withoutConflict.size())
                                    .arg(changes.value().withConflict.size())
                                    .arg(held.value().size()),
                                false);
            }
            emit refreshed();
        };
    };
    if (!keepMessage)
        showMessage(tr("Asking '%1'...").arg(repository), false);
    m_task->start(work, [this](const QString &message) {
        showMessage(tr("Cannot open the database: %1").arg(message), true);
        emit refreshed();
    });
    updateButtons();
}

QList<std::pair<QString, QStringList>> ChangesPage::byTable(const QList<Picked> &rows)
{
    QList<std::pair<QString, QStringList>> groups;
    for (const Picked &p : rows) {
        auto it = std::find_if(groups.begin(), groups.end(),
                               [&p](const auto &group) { return group.first == p.table; });
        if (it == groups.end())
            groups.append({p.table, {p.rowUuid}});
        else
            it->second << p.rowUuid;
    }
    return groups;
}

QList<ChangesPage::Picked> ChangesPage::picked(QTableView *view, ChangesModel *model) const
{
    QList<Picked> result;
    QModelIndexList rows = view->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end());
    for (const QModelIndex &index : rows) {
        const ChangesModel::Item item = model->item(index.row());
        result.append({item.table, item.rowUuid, item.heldId});
    }
    return result;
}

void ChangesPage::runAction(const QString &title, QTableView *view, ChangesModel *model,
                            ActionWork work)
{
    const QList<Picked> rows = picked(view, model);
    if (rows.isEmpty() || isBusy())
        return;
    auto task = [this, title, rows, work](Node &node,
                                          const std::atomic_bool &cancelled) -> NodeTask::Done {
        ChangesInspector inspector(node, &cancelled);
        const Outcome outcome = work(inspector, rows, cancelled);
        return [this, title, outcome] { onActionDone(title, outcome); };
    };
    showMessage(tr("%1: working on %n row(s)...", nullptr, int(rows.size())).arg(title), false);
    m_task->start(task, [this, title](const QString &message) {
        onActionDone(title, Outcome{{}, {}, tr("Cannot open the database: %1").arg(message)});
    });
    updateButtons();
}

ChangesPage::ActionWork ChangesPage::perTable(RowsCall call)
{
    return [call](ChangesInspector &inspector, const QList<Picked> &rows,
                  const std::atomic_bool &cancelled) {
        Outcome outcome;
        // Per table, in list order (parents first), at most one request's worth at a time.
        for (const auto &[table, uuids] : byTable(rows)) {
            for (qsizetype i = 0; i < uuids.size() && !cancelled;
                 i += messages::kMaxRowsPerRequest) {
                const Result<ItemsResult> r =
                    call(inspector, table, uuids.mid(i, messages::kMaxRowsPerRequest));
                if (!r) {
                    outcome.error = r.message();
                    return outcome;
                }
                outcome.results << r.value();
            }
        }
        return outcome;
    };
}

void ChangesPage::pushSelected(bool oursWins)
{
    if (oursWins && !confirm(tr("Push our version of the selected rows? The remote's changes "
                                "to them will be overwritten.")))
        return;
    const QString repository = this->repository();
    const ActionWork work =
        perTable([repository, oursWins](ChangesInspector &inspector, const QString &table,
                                        const QStringList &uuids) {
            return inspector.push(repository, table, uuids, oursWins);
        });
    if (oursWins)
        runAction(tr("Push ours"), m_withView, m_with, work);
    else
        runAction(tr("Push"), m_withoutView, m_without, work);
}

void ChangesPage::takeTheirs()
{
    if (!confirm(tr("Take the remote's version of the selected rows? Our changes to them will "
                    "be lost.")))
        return;
    const QString repository = this->repository();
    runAction(tr("Take theirs"), m_withView, m_with,
              perTable([repository](ChangesInspector &inspector, const QString &table,
                                    const QStringList &uuids) {
                  return inspector.takeTheirs(repository, table, uuids);
              }));
}

void ChangesPage::resolveHeld(bool takeTheirs)
{
    if (!confirm(takeTheirs ? tr("Take the remote's version of the selected held conflicts?")
                            : tr("Keep our version of the selected held conflicts?")))
        return;
    runAction(takeTheirs ? tr("Take theirs") : tr("Keep ours"), m_heldView, m_held,
              [takeTheirs](ChangesInspector &inspector, const QList<Picked> &rows,
                           const std::atomic_bool &cancelled) {
                  Outcome outcome;
                  for (const Picked &p : rows) {
                      if (cancelled)
                          break;
                      const Status s = inspector.resolveHeld(p.heldId, takeTheirs);
                      if (!s) {
                          outcome.error = tr("%1 (%2): %3").arg(p.table, p.rowUuid, s.message());
                          break;
                      }
                      outcome.lines
                          << (takeTheirs ? tr("%1 (%2): took theirs") : tr("%1 (%2): kept ours"))
                                 .arg(p.table, p.rowUuid);
                  }
                  return outcome;
              });
}

QString ChangesPage::rowName(const QString &table, const QString &rowUuid) const
{
    for (const ChangesModel *model : {m_without, m_with, m_held}) {
        const int row = model->rowOf(table, rowUuid);
        if (row >= 0 && !model->item(row).label.isEmpty())
            return tr("%1 (%2)").arg(model->item(row).label, rowUuid);
    }
    return rowUuid;
}

QString ChangesPage::describe(const ItemsResult &result) const
{
    const ApplyCounts &c = result.counts;
    QStringList lines;
    lines << tr("%1: %2 applied, %3 conflicts resolved, %4 held, %5 skipped, %6 waiting, "
                "%7 failed, %8 unchanged.")
                 .arg(result.table)
                 .arg(c.applied)
                 .arg(c.conflicts)
                 .arg(c.held)
                 .arg(c.skipped)
                 .arg(c.parked)
                 .arg(c.failed)
                 .arg(c.unchanged);
    for (const RecordResult &r : c.results) {
        const QString row = rowName(result.table, r.rowUuid);
        lines << (r.message.isEmpty() ? tr("  %1: %2").arg(row, r.outcome)
                                      : tr("  %1: %2 (%3)").arg(row, r.outcome, r.message));
    }
    return lines.join(QLatin1Char('\n'));
}

void ChangesPage::onActionDone(const QString &title, const Outcome &outcome)
{
    QStringList lines;
    for (const ItemsResult &r : outcome.results)
        lines << describe(r);
    lines << outcome.lines;
    const bool cancelled = m_task->isCancelled();
    if (cancelled) {
        // Asked for, so no error: what was done before it, and what may have been.
        qCInfo(lcChangesPage) << title << "cancelled:" << outcome.error;
        lines.prepend(outcome.error.isEmpty()
                          ? tr("%1 cancelled.").arg(title)
                          : tr("%1 cancelled while waiting for the remote, which may have "
                               "received the last request: refresh to see where things stand.")
                                .arg(title));
        showMessage(lines.join(QLatin1Char('\n')), false);
    } else if (!outcome.error.isEmpty()) {
        qCWarning(lcChangesPage) << title << "failed:" << outcome.error;
        const QString text =
            tr("%1 failed: %2 Nothing else was done; check the connection and the rows, then "
               "refresh and try again.")
                .arg(title, outcome.error);
        lines.prepend(text);
        showMessage(lines.join(QLatin1Char('\n')), true);
        showError(tr("%1 failed").arg(title), text);
    } else {
        showMessage(lines.join(QLatin1Char('\n')), false);
    }
    emit actionFinished(outcome.error.isEmpty() && !cancelled, m_status->text());
    if (!cancelled)
        startRefresh(true);
}

void ChangesPage::showFields(QTableView *view, ChangesModel *model)
{
    const QModelIndex current = view->selectionModel()->currentIndex();
    m_fieldsView->setProperty("source", QVariant::fromValue<QObject *>(view));
    if (!current.isValid()) {
        m_fields->clear();
        return;
    }
    const ChangesModel::Item item = model->item(current.row());
    const bool withTheirs = model != m_without && item.hasTheirs;
    m_fields->setFields(item.fields, withTheirs);
    m_fieldsView->setColumnHidden(int(FieldComparisonModel::Column::Theirs), !withTheirs);
}

void ChangesPage::showMessage(const QString &text, bool error)
{
    m_status->showStatus(text, error);
}

void ChangesPage::updateButtons()
{
    const bool busy = isBusy();
    const bool hasRepository = !repository().isEmpty();
    const auto selected = [](QTableView *view) { return view->selectionModel()->hasSelection(); };
    m_repository->setEnabled(!busy);
    m_resource->setEnabled(!busy);
    m_refresh->setEnabled(!busy && hasRepository);
    m_push->setEnabled(!busy && hasRepository && selected(m_withoutView));
    m_pushOurs->setEnabled(!busy && hasRepository && selected(m_withView));
    m_takeTheirs->setEnabled(!busy && hasRepository && selected(m_withView));
    m_heldOurs->setEnabled(!busy && selected(m_heldView));
    m_heldTheirs->setEnabled(!busy && selected(m_heldView));
}

bool ChangesPage::confirm(const QString &question)
{
    return QMessageBox::question(this, tr("Changes"), question, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
}

void ChangesPage::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

} // namespace s15n::ui
