#include "pages/datapage.h"

#include "capture/resourcestore.h"
#include "models/resourcetablemodel.h"
#include "storage/node.h"
#include "widgets/headerstate.h"
#include "widgets/icons.h"
#include "widgets/taskstatus.h"

#include <QAction>
#include <QComboBox>
#include <QGuiApplication>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLayout>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QShortcut>
#include <QShowEvent>
#include <QSignalBlocker>
#include <QSqlField>
#include <QSqlRecord>
#include <QStyle>
#include <QTableView>
#include <QTimer>
#include <QVBoxLayout>

#include <algorithm>
#include <functional>
#include <set>

namespace s15n::ui {

namespace {
constexpr int kFilterDelayMs = 300;
constexpr int kMaxColumnWidth = 320; // px; a long text is shown whole in its editor

QString headerKey(const QString &table)
{
    return QStringLiteral("dataPage/header/") + table;
}

// The page's keys. Not Ctrl+Z for Revert: in a cell being edited that undoes the last typing,
// and dropping every change is more than an undo.
const QKeySequence kSubmitKeys(Qt::CTRL | Qt::Key_S);
const QKeySequence kRevertKeys(Qt::CTRL | Qt::Key_R);
const QKeySequence kAddKeys(Qt::CTRL | Qt::Key_N);
const QKeySequence kRefreshKeys(Qt::Key_F5);

// "Submit (Ctrl+S)": a button's tooltip with its shortcut, as the platform writes it.
QString withShortcut(const QString &toolTip, const QKeySequence &shortcut)
{
    return DataPage::tr("%1 (%2)").arg(toolTip, shortcut.toString(QKeySequence::NativeText));
}
} // namespace

// The table. A shortcut, unlike a click on a button, leaves the focus in a cell being edited,
// whose text is not in the model yet: the page ends the edit first.
class DataPage::EditingView : public QTableView
{
public:
    using QTableView::QTableView;

    void finishEditing(bool keep)
    {
        if (state() != QAbstractItemView::EditingState)
            return;
        QWidget *editor = indexWidget(currentIndex());
        if (!editor)
            return;
        if (keep)
            commitData(editor);
        closeEditor(editor, QAbstractItemDelegate::NoHint);
    }
};

DataPage::DataPage(Node &node, QWidget *parent)
    : QWidget(parent), m_node(node), m_model(new ResourceTableModel(node.database(), this))
{
    auto *layout = new QVBoxLayout(this);

    auto *top = new QHBoxLayout;
    auto *tableLabel = new QLabel(tr("&Table:"), this);
    m_table = new QComboBox(this);
    m_table->setObjectName(QStringLiteral("dataTable"));
    m_table->setMinimumContentsLength(16);
    m_table->setToolTip(tr("The synced tables (resources) of this node"));
    tableLabel->setBuddy(m_table);
    top->addWidget(tableLabel);
    top->addWidget(m_table);
    top->addSpacing(12);
    auto *filterLabel = new QLabel(tr("&Filter:"), this);
    m_filterColumn = new QComboBox(this);
    m_filterColumn->setObjectName(QStringLiteral("dataFilterColumn"));
    m_filterColumn->setToolTip(tr("The column to search"));
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("dataFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Rows containing..."));
    filterLabel->setBuddy(m_filter);
    top->addWidget(filterLabel);
    top->addWidget(m_filterColumn);
    top->addWidget(m_filter, 1);
    m_refresh =
        new QPushButton(themeIcon("view-refresh", QStyle::SP_BrowserReload), tr("Re&fresh"), this);
    m_refresh->setObjectName(QStringLiteral("dataRefresh"));
    m_refresh->setToolTip(withShortcut(tr("Read the tables and rows again"), kRefreshKeys));
    top->addWidget(m_refresh);
    layout->addLayout(top);

    m_view = new EditingView(this);
    m_view->setObjectName(QStringLiteral("dataView"));
    m_view->setModel(m_model);
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setSectionsMovable(true);
    layout->addWidget(m_view, 1);
    m_setNull = new QAction(tr("Set to &NULL"), m_view);
    m_setNull->setObjectName(QStringLiteral("dataSetNull"));
    m_setNull->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Delete));
    // Only while the table has the focus, not in an open editor.
    m_setNull->setShortcutContext(Qt::WidgetShortcut);
    m_setNull->setToolTip(withShortcut(tr("Set the selected cells to NULL (no value); saved when "
                                          "you submit. Not for required columns."),
                                       m_setNull->shortcut()));
    m_view->addAction(m_setNull);
    m_deleteAction = new QAction(tr("&Delete Rows..."), m_view);
    m_deleteAction->setObjectName(QStringLiteral("dataDeleteAction"));
    m_deleteAction->setShortcut(QKeySequence(Qt::Key_Delete));
    // In the table only: in a cell being edited, Delete deletes a character.
    m_deleteAction->setShortcutContext(Qt::WidgetShortcut);
    m_view->addAction(m_deleteAction);
    m_view->setContextMenuPolicy(Qt::ActionsContextMenu);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("dataSummary"));
    layout->addWidget(m_summary);
    m_status = new TaskStatus(nullptr, QStringLiteral("data"), this); // its label: dataStatus
    layout->addWidget(m_status);

    auto *buttons = new QHBoxLayout;
    m_add = new QPushButton(tr("&Add Row"), this);
    m_add->setObjectName(QStringLiteral("dataAdd"));
    m_add->setToolTip(withShortcut(tr("A new row at the top; stored when you submit"), kAddKeys));
    m_delete = new QPushButton(tr("&Delete Rows..."), this);
    m_delete->setObjectName(QStringLiteral("dataDelete"));
    m_delete->setToolTip(
        withShortcut(tr("Delete the selected rows when you submit"), m_deleteAction->shortcut()));
    m_revert = new QPushButton(tr("&Revert"), this);
    m_revert->setObjectName(QStringLiteral("dataRevert"));
    m_revert->setToolTip(withShortcut(tr("Drop every change not submitted yet"), kRevertKeys));
    m_submit =
        new QPushButton(themeIcon("document-save", QStyle::SP_DialogSaveButton), tr("&Submit"), this);
    m_submit->setObjectName(QStringLiteral("dataSubmit"));
    m_submit->setToolTip(withShortcut(tr("Save every change in one transaction: all of them or "
                                         "none"),
                                      kSubmitKeys));
    m_submit->setDefault(true);
    buttons->addWidget(m_add);
    buttons->addWidget(m_delete);
    buttons->addStretch();
    buttons->addWidget(m_revert);
    buttons->addWidget(m_submit);
    layout->addLayout(buttons);

    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(kFilterDelayMs);

    // The keys work while the page is shown, also in a cell being edited, whose text is not in
    // the model yet (so Submit and Revert may still be disabled): they end the edit first.
    const auto shortcut = [this](const QKeySequence &keys, const char *name,
                                 const std::function<void()> &action) {
        auto *s = new QShortcut(keys, this);
        s->setObjectName(QString::fromLatin1(name));
        connect(s, &QShortcut::activated, this, action);
    };
    shortcut(kSubmitKeys, "dataSubmitShortcut", [this] {
        finishEditing(true);
        if (hasPendingChanges())
            onSubmitClicked();
    });
    shortcut(kRevertKeys, "dataRevertShortcut", [this] {
        finishEditing(false);
        if (hasPendingChanges())
            revert();
    });
    shortcut(kAddKeys, "dataAddShortcut", [this] {
        finishEditing(true);
        addRow();
    });
    shortcut(kRefreshKeys, "dataRefreshShortcut", [this] {
        finishEditing(true);
        refresh();
    });

    connect(m_table, &QComboBox::currentIndexChanged, this, [this] { onTableChosen(); });
    connect(m_filter, &QLineEdit::textChanged, m_filterTimer, [this] { m_filterTimer->start(); });
    connect(m_filter, &QLineEdit::returnPressed, this, &DataPage::applyFilter);
    connect(m_filterTimer, &QTimer::timeout, this, &DataPage::applyFilter);
    connect(m_filterColumn, &QComboBox::currentIndexChanged, this, [this] { applyFilter(); });
    connect(m_refresh, &QPushButton::clicked, this, &DataPage::refresh);
    connect(m_add, &QPushButton::clicked, this, [this] {
        finishEditing(true);
        addRow();
    });
    connect(m_delete, &QPushButton::clicked, this, &DataPage::onDeleteClicked);
    connect(m_revert, &QPushButton::clicked, this, [this] {
        finishEditing(false);
        revert();
    });
    connect(m_submit, &QPushButton::clicked, this, &DataPage::onSubmitClicked);
    connect(m_setNull, &QAction::triggered, this, [this] { setSelectedToNull(); });
    connect(m_deleteAction, &QAction::triggered, this, &DataPage::onDeleteClicked);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &DataPage::updateActions);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &DataPage::updateActions);
    connect(m_model, &QAbstractItemModel::modelReset, this, &DataPage::updateActions);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DataPage::updateActions);
    connect(m_model, &QAbstractItemModel::headerDataChanged, this, &DataPage::updateActions);
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &DataPage::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &DataPage::updateActions);

    refresh();
}

DataPage::~DataPage() = default;

QString DataPage::table() const
{
    return m_model->tableName().isEmpty() ? QString() : m_model->resource().table;
}

bool DataPage::hasPendingChanges() const
{
    return m_model->pendingRowCount() > 0;
}

bool DataPage::discardChanges()
{
    if (!hasPendingChanges())
        return true;
    if (!confirm(tr("Changes Not Submitted"),
                 tr("%n row(s) of %1 have changes that are not submitted. Drop them?", nullptr,
                    m_model->pendingRowCount())
                     .arg(table())))
        return false;
    m_model->revertAll();
    return true;
}

void DataPage::refresh()
{
    if (!discardChanges())
        return;
    if (!reloadResources())
        return;
    const QString current = m_table->currentData().toString();
    for (const Resource &r : std::as_const(m_resources)) {
        if (r.table == current) {
            load(r);
            return;
        }
    }
}

bool DataPage::reloadResources()
{
    Result<QList<Resource>> resources = ResourceStore(m_node).list();
    if (!resources) {
        showStatus(tr("The resources cannot be read: %1").arg(resources.message()), true);
        return false;
    }
    m_resources = resources.value();
    std::sort(m_resources.begin(), m_resources.end(),
              [](const Resource &a, const Resource &b) { return a.table < b.table; });
    const QString current = table();
    const QSignalBlocker blocker(m_table);
    m_table->clear();
    for (const Resource &r : std::as_const(m_resources))
        m_table->addItem(r.table, r.table);
    const int index = m_table->findData(current);
    m_table->setCurrentIndex(index >= 0 ? index : 0);
    if (m_resources.isEmpty()) {
        rememberHeaderState(m_view->horizontalHeader(), QString());
        m_model->clear();
        fillFilterColumns();
        showStatus(tr("This node has no resources yet: add a table on the Resources tab to see "
                      "its rows here."),
                   false);
        updateActions();
    }
    return true;
}

bool DataPage::showTable(const QString &table)
{
    const int index = m_table->findData(table);
    if (index < 0) {
        showStatus(tr("%1 is not a resource of this node.").arg(table), true);
        return false;
    }
    if (table == this->table())
        return true;
    m_table->setCurrentIndex(index); // onTableChosen() asks and loads
    return this->table() == table;
}

void DataPage::onTableChosen()
{
    const QString chosen = m_table->currentData().toString();
    if (chosen.isEmpty() || chosen == table())
        return;
    if (!discardChanges()) {
        const QSignalBlocker blocker(m_table);
        m_table->setCurrentIndex(m_table->findData(table()));
        return;
    }
    for (const Resource &r : std::as_const(m_resources)) {
        if (r.table == chosen) {
            load(r);
            return;
        }
    }
}

bool DataPage::load(const Resource &resource)
{
    const bool sameTable = resource.table == table();
    // Each table's columns are remembered on their own; none while the model changes.
    rememberHeaderState(m_view->horizontalHeader(), QString());
    if (Status s = m_model->setResource(resource); !s) {
        showStatus(s.message(), true);
        updateActions();
        return false;
    }
    // Sized to their contents unless sized before (by the page or by hand) and remembered.
    // Until sizeColumns() has run, Qt's default widths are not remembered, not even if the page
    // is shown (and reloaded) before it runs.
    m_columnsSized = rememberHeaderState(m_view->horizontalHeader(), headerKey(resource.table));
    if (!m_columnsSized)
        rememberHeaderState(m_view->horizontalHeader(), QString());
    if (!sameTable) {
        const QSignalBlocker blocker(m_filter);
        m_filter->clear();
        m_appliedText.clear();
        m_appliedColumn.clear();
        fillFilterColumns();
    } else if (!m_appliedText.isEmpty()) {
        if (Status s = m_model->setTextFilter(m_appliedColumn, m_appliedText); !s) {
            showStatus(s.message(), true);
            m_appliedText.clear();
        }
    }
    showStatus(QString(), false);
    updateActions();
    if (!m_columnsSized && isVisible())
        QTimer::singleShot(0, this, &DataPage::sizeColumns); // once laid out
    return true;
}

void DataPage::sizeColumns()
{
    if (m_columnsSized || !isVisible() || table().isEmpty())
        return;
    // Remembered from now on; sized by another page meanwhile, those widths.
    m_columnsSized = rememberHeaderState(m_view->horizontalHeader(), headerKey(table()));
    if (m_columnsSized)
        return;
    m_view->resizeColumnsToContents();
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->setColumnWidth(c, std::min(m_view->columnWidth(c), kMaxColumnWidth));
    m_columnsSized = true;
}

void DataPage::fillFilterColumns()
{
    const QSignalBlocker blocker(m_filterColumn);
    m_filterColumn->clear();
    m_filterColumn->addItem(tr("Any column"), QString());
    const QSqlRecord record = m_model->record();
    for (int c = 0; c < record.count(); ++c) {
        if (record.field(c).metaType().id() != QMetaType::QByteArray)
            m_filterColumn->addItem(record.fieldName(c), record.fieldName(c));
    }
}

void DataPage::applyFilter()
{
    m_filterTimer->stop();
    const QString column = m_filterColumn->currentData().toString();
    const QString text = m_filter->text();
    if (table().isEmpty() || (column == m_appliedColumn && text == m_appliedText))
        return;
    if (hasPendingChanges()) {
        // The filter reads the rows again, which would drop the changes.
        showStatus(tr("The filter applies once the changes are submitted or reverted."), false);
        return;
    }
    if (Status s = m_model->setTextFilter(column, text); !s) {
        showStatus(s.message(), true);
        return;
    }
    m_appliedColumn = column;
    m_appliedText = text;
    showStatus(QString(), false);
    updateActions();
}

Status DataPage::submit()
{
    if (!hasPendingChanges()) {
        showStatus(tr("There are no changes to submit."), false);
        return Status();
    }
    const int rows = m_model->pendingRowCount();
    const QString submitted = table();
    // The write runs here, on the GUI thread, and may wait for a sync's write lock: say so
    // on screen before it starts (a repaint now, not when the event loop comes back).
    showStatus(tr("Saving %n row(s) of %1...", nullptr, rows).arg(submitted), false);
    if (isVisible()) {
        if (QLayout *l = layout())
            l->activate();
        m_status->repaint(); // and its label
    }
    QGuiApplication::setOverrideCursor(Qt::WaitCursor);
    const Status s = m_model->submitChanges();
    QGuiApplication::restoreOverrideCursor();
    if (!s) {
        showStatus(s.message(), true);
        updateActions();
        return s;
    }
    showStatus(tr("Saved %n row(s) of %1; they are sent to the other nodes at the next sync.",
                  nullptr, rows)
                   .arg(submitted),
               false);
    updateActions();
    emit changesSubmitted(submitted);
    // Filtered while changes were pending: catch up now.
    if (m_filter->text() != m_appliedText ||
        m_filterColumn->currentData().toString() != m_appliedColumn)
        applyFilter();
    return Status();
}

void DataPage::onSubmitClicked()
{
    finishEditing(true);
    if (Status s = submit(); !s)
        showError(tr("Changes Not Saved"), s.message());
}

void DataPage::revert()
{
    m_model->revertAll();
    showStatus(tr("The changes were dropped."), false);
    updateActions();
    if (m_filter->text() != m_appliedText ||
        m_filterColumn->currentData().toString() != m_appliedColumn)
        applyFilter();
}

int DataPage::addRow()
{
    if (table().isEmpty() || !m_model->insertRow(0))
        return -1;
    m_view->scrollToTop();
    // The first column to fill in: not the local key, which the database chooses when left
    // empty.
    const std::optional<ColumnInfo> key = m_model->tableInfo().localKey();
    const int keyColumn = key ? m_model->fieldIndex(key->name) : -1;
    for (int c = 0; c < m_model->columnCount(); ++c) {
        const QModelIndex index = m_model->index(0, c);
        if (c != keyColumn && (m_model->flags(index) & Qt::ItemIsEditable)) {
            m_view->setCurrentIndex(index);
            if (m_view->isVisible())
                m_view->edit(index);
            break;
        }
    }
    showStatus(tr("Fill in the new row, then submit. The UUID is filled in when it is stored."),
               false);
    return 0;
}

QModelIndexList DataPage::selectedCells() const
{
    QModelIndexList cells = m_view->selectionModel()->selectedIndexes();
    if (cells.isEmpty() && m_view->currentIndex().isValid())
        cells << m_view->currentIndex();
    return cells;
}

int DataPage::setSelectedToNull()
{
    int set = 0;
    for (const QModelIndex &cell : selectedCells()) {
        if (m_model->setNull(cell))
            ++set;
    }
    if (set > 0)
        showStatus(tr("Set %n cell(s) to NULL; submit to save, or revert.", nullptr, set), false);
    updateActions();
    return set;
}

QList<int> DataPage::selectedRows() const
{
    std::set<int> unique;
    const QItemSelection selection = m_view->selectionModel()->selection();
    for (const QItemSelectionRange &range : selection) {
        for (int row = range.top(); row <= range.bottom(); ++row)
            unique.insert(row);
    }
    QList<int> rows(unique.begin(), unique.end());
    if (rows.isEmpty() && m_view->currentIndex().isValid())
        rows << m_view->currentIndex().row();
    return rows;
}

bool DataPage::deleteRows(QList<int> rows, bool askFirst)
{
    rows.removeIf([this](int row) {
        return row < 0 || row >= m_model->rowCount() ||
               m_model->rowChange(row) == ResourceTableModel::RowChange::Delete;
    });
    if (rows.isEmpty())
        return false;
    if (askFirst &&
        !confirm(tr("Delete Rows"),
                 tr("Delete %n row(s) of %1? They are deleted when you submit, here and, at the "
                    "next sync, on the nodes this table syncs with.",
                    nullptr, int(rows.size()))
                     .arg(table())))
        return false;
    // From the bottom up, so new rows going at once do not move the others.
    std::sort(rows.begin(), rows.end(), std::greater<int>());
    for (int row : std::as_const(rows))
        m_model->removeRow(row);
    showStatus(tr("Marked for deletion; submit to delete, or revert."), false);
    updateActions();
    return true;
}

void DataPage::onDeleteClicked()
{
    deleteRows(selectedRows());
}

void DataPage::updateActions()
{
    const bool shown = !table().isEmpty();
    const bool pending = hasPendingChanges();
    m_table->setEnabled(!m_resources.isEmpty());
    m_add->setEnabled(shown);
    m_delete->setEnabled(shown && !selectedRows().isEmpty());
    m_deleteAction->setEnabled(m_delete->isEnabled());
    const QModelIndexList cells = shown ? selectedCells() : QModelIndexList();
    m_setNull->setEnabled(std::any_of(cells.begin(), cells.end(), [this](const QModelIndex &i) {
        return m_model->canSetNull(i);
    }));
    m_revert->setEnabled(pending);
    m_submit->setEnabled(pending);
    const QString waiting = tr("Submit or revert the changes first: the filter reads the rows "
                               "again.");
    m_filter->setToolTip(pending ? waiting : tr("Show the rows whose column contains this text"));
    m_filterColumn->setEnabled(shown);
    m_filter->setEnabled(shown);

    QString summary;
    if (shown) {
        summary =
            m_model->canFetchMore(QModelIndex())
                ? tr("%1 rows shown so far; more are read as you scroll.").arg(m_model->rowCount())
                : tr("%n row(s).", nullptr, m_model->rowCount());
        if (pending)
            summary += QLatin1Char(' ') + tr("%n row(s) changed, not submitted yet.", nullptr,
                                             m_model->pendingRowCount());
    }
    m_summary->setText(summary);
}

QString DataPage::statusText() const
{
    return m_status->text();
}

bool DataPage::statusIsError() const
{
    return m_status->isError();
}

void DataPage::showStatus(const QString &text, bool error)
{
    m_status->showStatus(text, error);
}

void DataPage::finishEditing(bool keep)
{
    m_view->finishEditing(keep);
}

bool DataPage::confirm(const QString &title, const QString &question)
{
    return QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
}

void DataPage::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

void DataPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Resources may have been added meanwhile; pending changes are never dropped unasked. A
    // window restored from the task bar (a spontaneous show) keeps its place.
    if (!event->spontaneous() && !hasPendingChanges()) {
        if (reloadResources() && !m_resources.isEmpty()) {
            const QString current = m_table->currentData().toString();
            for (const Resource &r : std::as_const(m_resources)) {
                if (r.table == current)
                    load(r);
            }
        }
    }
}

} // namespace s15n::ui
