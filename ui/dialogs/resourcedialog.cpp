#include "resourcedialog.h"

#include "capture/resourcestore.h"
#include "models/keywordnames.h"
#include "storage/node.h"
#include "storage/schemacatalogue.h"
#include "worker/nodetask.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace s15n::ui {

namespace {

void addPolicies(QComboBox *combo, bool withManual)
{
    QList<Policy> policies{Policy::This, Policy::Other, Policy::Newer, Policy::Master};
    if (withManual)
        policies << Policy::Manual;
    for (Policy p : policies) {
        combo->addItem(KeywordNames::displayPolicy(p), int(p));
        combo->setItemData(combo->count() - 1, KeywordNames::describePolicy(p), Qt::ToolTipRole);
    }
}

void choose(QComboBox *combo, int value)
{
    const int index = combo->findData(value);
    if (index >= 0)
        combo->setCurrentIndex(index);
}

QString settingsText(const Resource &r)
{
    return ResourceDialog::tr("%1, strategy %2, update %3, conflict %4")
        .arg(KeywordNames::displayResourceMode(r.mode), KeywordNames::displayStrategy(r.strategy),
             KeywordNames::displayPolicy(r.updatePolicy),
             KeywordNames::displayPolicy(r.conflictPolicy));
}

} // namespace

ResourceDialog::ResourceDialog(Node &node, Kind kind, QWidget *parent)
    : QDialog(parent), m_node(node), m_kind(kind)
{
    build();
}

ResourceDialog::ResourceDialog(Node &node, const QStringList &tables, QWidget *parent)
    : ResourceDialog(node, Kind::AddLocal, parent)
{
    setWindowTitle(tr("Add a resource from this node's tables"));
    m_table->addItems(tables);
    m_note->setText(tr("The tables of this node's database that are not synced yet. The "
                       "settings apply with every repository of this node."));
    setFields(Resource());
}

ResourceDialog::ResourceDialog(Node &node, const QString &repository,
                               const QList<Resource> &remoteResources,
                               const QStringList &localTables, const QStringList &resources,
                               QWidget *parent)
    : ResourceDialog(node, Kind::AddRemote, parent)
{
    m_repository = repository;
    m_remoteResources = remoteResources;
    m_localTables = localTables;
    m_resources = resources;
    setWindowTitle(tr("Add a resource from the catalogue of '%1'").arg(repository));
    for (const Resource &r : remoteResources)
        m_table->addItem(r.table);
    connect(m_table, &QComboBox::currentIndexChanged, this, &ResourceDialog::onTableChosen);
    onTableChosen();
}

ResourceDialog::ResourceDialog(Node &node, const Resource &resource, QWidget *parent)
    : ResourceDialog(node, Kind::Edit, parent)
{
    setWindowTitle(tr("Edit resource %1").arg(resource.table));
    m_table->addItem(resource.table);
    m_table->setEnabled(false);
    m_uuidColumn->setReadOnly(true);
    m_uuidColumn->setToolTip(tr("The UUID column of a resource cannot change; remove the "
                                "resource and add it again to use another."));
    m_note->setText(tr("These settings apply with every repository of this node."));
    setFields(resource);
}

ResourceDialog::~ResourceDialog()
{
    // Waits for a running addition while this dialog is still whole.
    delete m_task;
}

void ResourceDialog::build()
{
    m_task = new NodeTask(m_node.database().location(), QString(), this);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_table = new QComboBox(this);
    m_table->setObjectName(QStringLiteral("resTable"));
    form->addRow(tr("&Table:"), m_table);
    m_uuidColumn = new QLineEdit(this);
    m_uuidColumn->setObjectName(QStringLiteral("resUuidColumn"));
    m_uuidColumn->setToolTip(tr("The column that identifies each row on every node. If the table "
                                "has no such column, s15n adds it and gives every row a UUID."));
    form->addRow(tr("&UUID column:"), m_uuidColumn);

    m_mode = new QComboBox(this);
    m_mode->setObjectName(QStringLiteral("resMode"));
    for (SyncMode mode : {SyncMode::Both, SyncMode::Pull, SyncMode::Push})
        m_mode->addItem(KeywordNames::displayResourceMode(mode), int(mode));
    form->addRow(tr("&Mode:"), m_mode);

    auto *strategy = new QHBoxLayout;
    auto box = [this, strategy](const QString &objectName, const QString &text) {
        auto *b = new QCheckBox(text, this);
        b->setObjectName(objectName);
        strategy->addWidget(b);
        return b;
    };
    //: Strategy check box: incoming changes may create records here (see KeywordNames "create").
    m_create = box(QStringLiteral("resCreate"), tr("cr&eate"));
    //: Strategy check box: incoming changes may update records here (see KeywordNames "update").
    m_update = box(QStringLiteral("resUpdate"), tr("upd&ate"));
    //: Strategy check box: incoming changes may delete records here (see KeywordNames "delete").
    m_delete = box(QStringLiteral("resDelete"), tr("de&lete"));
    strategy->addStretch();
    form->addRow(tr("Incoming changes may:"), strategy);

    m_updatePolicy = new QComboBox(this);
    m_updatePolicy->setObjectName(QStringLiteral("resUpdatePolicy"));
    m_updatePolicy->setToolTip(tr("Who wins a plain update (%1 is for conflicts only).")
                                   .arg(KeywordNames::displayPolicy(Policy::Manual)));
    addPolicies(m_updatePolicy, false);
    form->addRow(tr("Update &policy:"), m_updatePolicy);
    m_conflictPolicy = new QComboBox(this);
    m_conflictPolicy->setObjectName(QStringLiteral("resConflictPolicy"));
    m_conflictPolicy->setToolTip(tr("Who wins when both sides changed a record since they last "
                                    "agreed; %1 holds it for an administrator.")
                                     .arg(KeywordNames::displayPolicy(Policy::Manual)));
    addPolicies(m_conflictPolicy, true);
    form->addRow(tr("C&onflict policy:"), m_conflictPolicy);

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("resNote"));
    m_note->setWordWrap(true);
    layout->addWidget(m_note);

    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("resProgress"));
    m_progress->setRange(0, 0);
    m_progress->setTextVisible(false);
    m_progress->hide();
    layout->addWidget(m_progress);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("resMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMinimumWidth(420);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("resOk"));
    m_close = buttons->button(QDialogButtonBox::Cancel);
    m_close->setObjectName(QStringLiteral("resClose"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ResourceDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ResourceDialog::reject);
    layout->addWidget(buttons);
}

void ResourceDialog::setDatabasePassword(const QString &password)
{
    m_task->setDatabasePassword(password);
}

bool ResourceDialog::isBusy() const
{
    return m_task->isRunning();
}

QStringList ResourceDialog::tables() const
{
    QStringList names;
    for (int i = 0; i < m_table->count(); ++i)
        names << m_table->itemText(i);
    return names;
}

bool ResourceDialog::selectTable(const QString &table)
{
    const int index = m_table->findText(table, Qt::MatchExactly | Qt::MatchCaseSensitive);
    if (index < 0)
        return false;
    m_table->setCurrentIndex(index);
    return true;
}

void ResourceDialog::setFields(const Resource &r)
{
    m_uuidColumn->setText(r.uuidColumn);
    choose(m_mode, int(r.mode));
    m_create->setChecked(r.strategy.create);
    m_update->setChecked(r.strategy.update);
    m_delete->setChecked(r.strategy.remove);
    choose(m_updatePolicy, int(r.updatePolicy));
    choose(m_conflictPolicy, int(r.conflictPolicy));
}

Resource ResourceDialog::resource() const
{
    Resource r;
    r.table = m_table->currentText();
    r.uuidColumn = m_uuidColumn->text().trimmed();
    r.mode = SyncMode(m_mode->currentData().toInt());
    r.strategy.create = m_create->isChecked();
    r.strategy.update = m_update->isChecked();
    r.strategy.remove = m_delete->isChecked();
    r.updatePolicy = Policy(m_updatePolicy->currentData().toInt());
    r.conflictPolicy = Policy(m_conflictPolicy->currentData().toInt());
    return r;
}

QString ResourceDialog::remoteRefusal(const QString &table) const
{
    if (m_resources.contains(table))
        return tr("%1 is a resource of this node already; change its settings with Edit.")
            .arg(table);
    if (!m_localTables.contains(table))
        return tr("The table %1 does not exist in this node's database, so it cannot be synced "
                  "here yet. Create it here with the same columns as at the remote, or seed "
                  "this node from the parent's backup (a later version of s15n does that), then "
                  "add it again.")
            .arg(table);
    return QString();
}

void ResourceDialog::onTableChosen()
{
    const int index = m_table->currentIndex();
    if (m_kind != Kind::AddRemote || index < 0 || index >= m_remoteResources.size()) {
        m_note->clear();
        return;
    }
    const Resource &remote = m_remoteResources.at(index);
    // Proposed: the remote's strategy and its policies seen from here (THIS and OTHER
    // swapped), both ways, and the default UUID column.
    Resource proposed;
    proposed.table = remote.table;
    proposed.strategy = remote.strategy;
    proposed.updatePolicy = mirrored(remote.updatePolicy);
    proposed.conflictPolicy = mirrored(remote.conflictPolicy);
    setFields(proposed);
    QString note =
        tr("At the remote of '%1': %2. Proposed here with its policies seen from this "
           "node (%3 and %4 swapped). The settings apply with every repository of "
           "this node.")
            .arg(m_repository, settingsText(remote), KeywordNames::displayPolicy(Policy::This),
                 KeywordNames::displayPolicy(Policy::Other));
    const QString refusal = remoteRefusal(remote.table);
    if (!refusal.isEmpty())
        note += QLatin1Char('\n') + refusal;
    m_note->setText(note);
    showMessage(QString(), false);
}

QString ResourceDialog::message() const
{
    return m_message->text();
}

bool ResourceDialog::messageIsError() const
{
    return m_message->property("error").toBool();
}

void ResourceDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("error", error);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void ResourceDialog::fail(const QString &text)
{
    showMessage(text, true);
    emit storingFailed(text);
}

void ResourceDialog::setBusy(bool busy, const QString &text)
{
    for (QWidget *w : std::initializer_list<QWidget *>{m_table, m_uuidColumn, m_mode, m_create,
                                                       m_update, m_delete, m_updatePolicy,
                                                       m_conflictPolicy, m_ok, m_close})
        w->setEnabled(!busy);
    if (m_kind == Kind::Edit)
        m_table->setEnabled(false);
    m_progress->setVisible(busy);
    if (busy)
        showMessage(text, false);
}

void ResourceDialog::accept()
{
    if (isBusy())
        return;
    const Resource r = resource();
    if (r.table.isEmpty())
        return fail(m_kind == Kind::AddRemote
                        ? tr("The remote's catalogue lists no resources: nothing to add.")
                        : tr("Every table of this node is a resource already: nothing to add."));
    if (m_kind == Kind::AddRemote) {
        if (const QString refusal = remoteRefusal(r.table); !refusal.isEmpty())
            return fail(tr("%1 Nothing was added.").arg(refusal));
    }
    if (r.uuidColumn.isEmpty())
        return fail(tr("Give the UUID column: the column that identifies each row on every "
                       "node (uuid if unsure; s15n adds it when missing)."));
    // The same checks and messages as `s15n resource add`/`edit`, before anything is written.
    if (Status s = ResourceStore::validateSettings(r); !s)
        return fail(s.message());
    if (m_kind == Kind::Edit) {
        // One UPDATE: quick enough for the GUI thread.
        if (Status s = ResourceStore(m_node).edit(r); !s)
            return fail(s.message());
        const QString text = tr("%1: %2.").arg(r.table, settingsText(r));
        showMessage(text, false);
        emit stored(r.table, text);
        QDialog::accept();
        return;
    }
    store(r);
}

void ResourceDialog::store(const Resource &r)
{
    auto work = [this, r](Node &node, const std::atomic_bool &) -> NodeTask::Done {
        Result<TableInfo> before = SchemaCatalogue(node.database()).describe(r.table);
        const bool newColumn = before && !before.value().column(r.uuidColumn);
        const Status added = ResourceStore(node).add(r);
        return [this, r, added, newColumn] {
            setBusy(false);
            if (!added)
                return fail(tr("%1 Nothing was added.").arg(added.message()));
            QString text = tr("%1 is now a resource (%2).").arg(r.table, settingsText(r));
            if (newColumn)
                text = tr("Added the column %1 to %2 and gave every row a UUID.")
                           .arg(r.uuidColumn, r.table) +
                       QLatin1Char(' ') + text;
            showMessage(text, false);
            emit stored(r.table, text);
            QDialog::accept();
        };
    };
    setBusy(true, tr("Adding %1: its UUID column if needed, the capture triggers, and its rows "
                     "as changes to send...")
                      .arg(r.table));
    m_task->start(work, [this](const QString &message) {
        setBusy(false);
        fail(message);
    });
}

void ResourceDialog::reject()
{
    if (isBusy())
        return; // an addition is one transaction: it ends (or rolls back) by itself
    QDialog::reject();
}

} // namespace s15n::ui
