#include "listtable.h"

#include "widgets/headerstate.h"

#include <QHeaderView>
#include <QHelpEvent>
#include <QMenu>
#include <QScopedValueRollback>
#include <QSettings>
#include <QToolTip>

namespace s15n::ui {

namespace {

constexpr int kElasticChars = 12; // what an elastic column keeps when the columns do not fit

struct Column
{
    int logical = 0;
    int width = 0; // as wide as its title and contents, less what it gave way
    int floor = 0; // how narrow it may become now
};

// Takes up to `excess` pixels from the columns, each giving in proportion to what it can give
// (down to its floor); returns what is left to take.
int shrink(QList<Column> &columns, int excess)
{
    qint64 slack = 0;
    for (const Column &c : columns)
        slack += qMax(0, c.width - c.floor);
    if (excess <= 0 || slack == 0)
        return excess;
    const qint64 take = qMin<qint64>(excess, slack);
    qint64 taken = 0;
    for (Column &c : columns) {
        const int cut = int(qMax(0, c.width - c.floor) * take / slack);
        c.width -= cut;
        taken += cut;
    }
    for (Column &c : columns) { // what rounding left over, from the first that can still give
        const int cut = int(qMin<qint64>(qMax(0, c.width - c.floor), take - taken));
        c.width -= cut;
        taken += cut;
    }
    return excess - int(take);
}

bool hasText(const QVariant &value)
{
    return !value.toString().isEmpty();
}

} // namespace

ListTable::ListTable(const QString &objectName, const QString &settingsKey, QWidget *parent)
    : QTableView(parent), m_settingsKey(settingsKey)
{
    setObjectName(objectName);
    setSelectionBehavior(QAbstractItemView::SelectRows);
    setSelectionMode(QAbstractItemView::SingleSelection);
    setEditTriggers(QAbstractItemView::NoEditTriggers);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setTextElideMode(Qt::ElideMiddle);
    verticalHeader()->hide();

    QHeaderView *header = horizontalHeader();
    header->setSectionsMovable(true);
    header->setContextMenuPolicy(Qt::CustomContextMenu);
    header->viewport()->installEventFilter(this); // the tooltips of elided titles
    connect(header, &QHeaderView::customContextMenuRequested, this, &ListTable::showHeaderMenu);
    connect(header, &QHeaderView::sectionResized, this, [this] {
        if (!m_fitting)
            setResizedByHand(true);
    });
}

void ListTable::setModel(QAbstractItemModel *model)
{
    if (QAbstractItemModel *old = this->model())
        disconnect(old, nullptr, this, nullptr);
    QTableView::setModel(model);
    if (!model)
        return;
    QHeaderView *header = horizontalHeader();
    bool restored = false;
    {
        const QScopedValueRollback<bool> fitting(m_fitting, true); // restoring: not by hand
        restored = !m_settingsKey.isEmpty() && rememberHeaderState(header, m_settingsKey);
        // Whatever an older state said: the columns are sized here.
        header->setSectionResizeMode(QHeaderView::Interactive);
        header->setStretchLastSection(false);
    }
    m_resizedByHand =
        restored &&
        QSettings().value(m_settingsKey + QStringLiteral("ResizedByHand"), false).toBool();

    connect(model, &QAbstractItemModel::modelReset, this, &ListTable::fitIfFollowing);
    connect(model, &QAbstractItemModel::layoutChanged, this, &ListTable::fitIfFollowing);
    connect(model, &QAbstractItemModel::rowsInserted, this, &ListTable::fitIfFollowing);
    connect(model, &QAbstractItemModel::rowsRemoved, this, &ListTable::fitIfFollowing);
    connect(model, &QAbstractItemModel::dataChanged, this, &ListTable::fitIfFollowing);
    fitIfFollowing();
}

void ListTable::setElasticColumns(const QList<int> &columns)
{
    m_elastic = columns;
    fitIfFollowing();
}

int ListTable::selectedRow() const
{
    const QModelIndexList rows =
        selectionModel() ? selectionModel()->selectedRows() : QModelIndexList();
    return rows.isEmpty() ? -1 : rows.first().row();
}

bool ListTable::selectExistingRow(int row)
{
    if (!model() || row < 0 || row >= model()->rowCount())
        return false;
    selectRow(row);
    return true;
}

void ListTable::fitColumns()
{
    setResizedByHand(false);
    QHeaderView *header = horizontalHeader();
    if (!model() || header->count() == 0)
        return;
    const int elasticFloor = fontMetrics().averageCharWidth() * kElasticChars;
    QList<Column> columns;
    QList<int> titles;
    int total = 0;
    for (int visual = 0; visual < header->count(); ++visual) {
        const int logical = header->logicalIndex(visual);
        if (header->isSectionHidden(logical))
            continue;
        const int title = header->sectionSizeHint(logical);
        const int content = qMax(sizeHintForColumn(logical), header->minimumSectionSize());
        const bool elastic = m_elastic.contains(logical);
        const int width = qMax(content, title);
        columns.append({logical, width, elastic ? qMin(width, elasticFloor) : content});
        titles.append(title);
        total += width;
    }
    if (columns.isEmpty())
        return;
    // The elastic columns give way first, one after the other, keeping their titles whole;
    // then the titles wider than what they head give way, together.
    int excess = total - viewport()->width();
    for (int logical : std::as_const(m_elastic)) {
        for (qsizetype i = 0; i < columns.size() && excess > 0; ++i) {
            Column &c = columns[i];
            if (c.logical != logical)
                continue;
            const int cut = qMax(0, c.width - qMax(c.floor, titles.at(i)));
            c.width -= qMin(cut, excess);
            excess -= qMin(cut, excess);
        }
    }
    excess = shrink(columns, excess);
    if (excess < 0)
        columns.last().width -= excess; // the last column takes what is left
    const QScopedValueRollback<bool> fitting(m_fitting, true);
    for (const Column &c : std::as_const(columns))
        header->resizeSection(c.logical, c.width);
}

void ListTable::fitIfFollowing()
{
    if (!m_resizedByHand && !m_fitting)
        fitColumns();
}

void ListTable::setResizedByHand(bool byHand)
{
    if (m_resizedByHand == byHand)
        return;
    m_resizedByHand = byHand;
    if (!m_settingsKey.isEmpty())
        QSettings().setValue(m_settingsKey + QStringLiteral("ResizedByHand"), byHand);
}

void ListTable::showHeaderMenu(const QPoint &position)
{
    QMenu menu(this);
    QAction *fit = menu.addAction(tr("Fit columns to the window"));
    fit->setObjectName(QStringLiteral("fitColumns"));
    connect(fit, &QAction::triggered, this, &ListTable::fitColumns);
    menu.exec(horizontalHeader()->viewport()->mapToGlobal(position));
}

void ListTable::resizeEvent(QResizeEvent *event)
{
    QTableView::resizeEvent(event);
    fitIfFollowing();
}

bool ListTable::viewportEvent(QEvent *event)
{
    // A cell too narrow for its text, whose model has no tooltip for it, shows the whole text.
    if (event->type() == QEvent::ToolTip && model()) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const QModelIndex index = indexAt(help->pos());
        const QString text = index.data(Qt::DisplayRole).toString();
        if (index.isValid() && !hasText(index.data(Qt::ToolTipRole)) && !text.isEmpty() &&
            columnWidth(index.column()) < sizeHintForIndex(index).width()) {
            QToolTip::showText(help->globalPos(), text, viewport(), visualRect(index));
            return true;
        }
    }
    return QTableView::viewportEvent(event);
}

bool ListTable::eventFilter(QObject *watched, QEvent *event)
{
    // The same for an elided title.
    QHeaderView *header = horizontalHeader();
    if (watched == header->viewport() && event->type() == QEvent::ToolTip && model()) {
        const auto *help = static_cast<QHelpEvent *>(event);
        const int logical = header->logicalIndexAt(help->pos());
        if (logical >= 0 &&
            !hasText(model()->headerData(logical, Qt::Horizontal, Qt::ToolTipRole)) &&
            header->sectionSize(logical) < header->sectionSizeHint(logical)) {
            QToolTip::showText(help->globalPos(),
                               model()->headerData(logical, Qt::Horizontal).toString(),
                               header->viewport());
            return true;
        }
    }
    return QTableView::eventFilter(watched, event);
}

} // namespace s15n::ui
