#include "models/resourcetablemodel.h"

#include "storage/database.h"

#include <QColor>
#include <QFont>
#include <QLoggingCategory>
#include <QScopedValueRollback>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlField>
#include <QSqlIndex>
#include <QSqlRecord>

namespace s15n::ui {

Q_LOGGING_CATEGORY(lcTableModel, "s15n.ui.data")

namespace {

// Translucent, so they read on light and dark palettes alike.
const QColor kEditedBackground(255, 190, 0, 90);
const QColor kInsertedBackground(40, 170, 60, 70);

QString errorText(const QSqlError &error)
{
    return error.databaseText().isEmpty() ? error.text() : error.databaseText();
}

} // namespace

ResourceTableModel::ResourceTableModel(Database &db, QObject *parent)
    : QSqlTableModel(parent, db.sql()), m_db(db)
{
    setEditStrategy(QSqlTableModel::OnManualSubmit);
    // select(), setTable() and clear() reset the model and empty QSqlTableModel's cache.
    connect(this, &QAbstractItemModel::modelAboutToBeReset, this, [this] { m_pending.clear(); });
    // Connected before any view or tester: from here to the end of the change (when the
    // override that made it returns) nobody fetches more rows, so no insertion is announced
    // while listeners are still being told of the change before it.
    auto announcing = [this] {
        m_changing = true;
        // In case the change came some other way than through the overrides below.
        QMetaObject::invokeMethod(
            this, [this] { m_changing = false; }, Qt::QueuedConnection);
    };
    connect(this, &QAbstractItemModel::modelReset, this, announcing);
    connect(this, &QAbstractItemModel::rowsInserted, this, announcing);
    connect(this, &QAbstractItemModel::rowsRemoved, this, announcing);
}

Status ResourceTableModel::setResource(const Resource &resource)
{
    Result<TableInfo> info = SchemaCatalogue(m_db).describe(resource.table);
    if (!info)
        return info.status();
    if (!info.value().column(resource.uuidColumn))
        return Status::failure(tr("The table %1 has no column %2, which s15n uses to identify "
                                  "its rows. Check the resource on the Resources tab.")
                                   .arg(resource.table, resource.uuidColumn));
    m_resource = resource;
    m_info = info.value();
    setTable(resource.table);
    if (record().isEmpty())
        return Status::failure(
            tr("The table %1 cannot be read: %2").arg(resource.table, errorText(lastError())));
    m_uuidColumn = fieldIndex(resource.uuidColumn);
    const std::optional<ColumnInfo> key = m_info.localKey();
    m_keyColumn = key ? fieldIndex(key->name) : -1;
    if (primaryKey().isEmpty()) {
        // Without a primary key QSqlTableModel would find rows by every column; the UUID
        // column is unique (s15n keeps an index on it).
        QSqlIndex index(resource.table);
        index.append(record().field(m_uuidColumn));
        setPrimaryKey(index);
    }
    const int sortColumn = primaryKey().isEmpty() || fieldIndex(primaryKey().fieldName(0)) < 0
                               ? m_uuidColumn
                               : fieldIndex(primaryKey().fieldName(0));
    setSort(sortColumn, Qt::AscendingOrder);
    setFilter(QString());
    if (!select())
        return Status::failure(
            tr("The table %1 cannot be read: %2").arg(resource.table, errorText(lastError())));
    return Status();
}

Result<QString> ResourceTableModel::textFilterClause(const QString &column,
                                                     const QString &text) const
{
    QString value = text;
    value.remove(QChar(0)); // neither database takes NUL inside a literal
    if (value.isEmpty())
        return QString();
    QStringList columns;
    if (column.isEmpty()) {
        for (const ColumnInfo &c : m_info.columns) {
            if (!isBlobColumn(fieldIndex(c.name)))
                columns << c.name;
        }
    } else if (m_info.column(column)) {
        columns << column;
    } else {
        return Status::failure(tr("The table %1 has no column %2.").arg(m_info.name, column));
    }
    if (columns.isEmpty())
        return Status::failure(tr("The table %1 has no column to search.").arg(m_info.name));

    // LIKE with '!' as its escape character: the user's %, _ and ! match themselves.
    QString pattern;
    for (const QChar c : value.toLower()) {
        if (c == QLatin1Char('!') || c == QLatin1Char('%') || c == QLatin1Char('_'))
            pattern += QLatin1Char('!');
        pattern += c;
    }
    QSqlField field(QStringLiteral("value"), QMetaType(QMetaType::QString));
    field.setValue(QString(QLatin1Char('%') + pattern + QLatin1Char('%')));
    const QString literal = database().driver()->formatValue(field);
    QStringList terms;
    for (const QString &c : columns)
        terms << QStringLiteral("LOWER(CAST(%1 AS TEXT)) LIKE %2 ESCAPE '!'")
                     .arg(m_db.quoted(c), literal);
    return QString(QLatin1Char('(') + terms.join(QLatin1String(" OR ")) + QLatin1Char(')'));
}

Status ResourceTableModel::setTextFilter(const QString &column, const QString &text)
{
    Result<QString> clause = textFilterClause(column, text);
    if (!clause)
        return clause.status();
    setFilter(clause.value());
    if (select())
        return Status();
    const QString why = errorText(lastError());
    qCWarning(lcTableModel) << "filter failed on" << m_info.name << ":" << why;
    setFilter(QString());
    select();
    return Status::failure(tr("The filter cannot be applied: %1").arg(why));
}

ResourceTableModel::RowChange ResourceTableModel::rowChange(int row) const
{
    const auto it = m_pending.find(row);
    return it == m_pending.end() ? RowChange::None : it->second;
}

int ResourceTableModel::pendingRowCount() const
{
    return int(m_pending.size());
}

QString ResourceTableModel::rowDescription(int row, RowChange change) const
{
    if (change == RowChange::Insert)
        return tr("a new row");
    const int column = m_keyColumn >= 0 ? m_keyColumn : m_uuidColumn;
    const QString which =
        tr("the row with %1 %2")
            .arg(record().fieldName(column),
                 QSqlTableModel::data(index(row, column), Qt::EditRole).toString());
    return change == RowChange::Delete ? tr("deleting %1").arg(which) : which;
}

Status ResourceTableModel::submitChanges()
{
    if (m_pending.empty())
        return Status();
    // An untouched new row would be an INSERT of nothing.
    const auto isEmpty = [](const QSqlRecord &values) {
        for (int i = 0; i < values.count(); ++i) {
            if (values.isGenerated(i))
                return false;
        }
        return true;
    };
    for (const auto &[row, change] : m_pending) {
        if (change == RowChange::Insert && isEmpty(record(row)))
            return Status::failure(tr("A new row of %1 is still empty: fill it in, or delete "
                                      "it. Nothing was saved.")
                                       .arg(m_info.name));
    }
    if (Status begun = m_db.begin(); !begun)
        return Status::failure(tr("Nothing was saved: %1").arg(begun.message()));
    int written = 0;
    for (const auto &[row, change] : m_pending) {
        bool ok = true;
        switch (change) {
        case RowChange::Insert:
            ok = insertRowIntoTable(record(row));
            break;
        case RowChange::Update:
            ok = updateRowInTable(row, record(row));
            break;
        case RowChange::Delete:
            ok = deleteRowFromTable(row);
            break;
        case RowChange::None:
            break;
        }
        if (!ok) {
            const QString why = errorText(lastError());
            m_db.rollback();
            qCWarning(lcTableModel)
                << "submit to" << m_info.name << "failed at row" << row << ":" << why;
            const QString rolledBack =
                written > 0 ? tr("Nothing was saved: the %n change(s) before it were undone too.",
                                 nullptr, written)
                            : tr("Nothing was saved.");
            return Status::failure(
                tr("The database refused %1 of %2: %3\n\n%4 Your edits are "
                   "still shown: correct the marked rows and submit again, or "
                   "revert them.")
                    .arg(rowDescription(row, change), m_info.name, why, rolledBack));
        }
        ++written;
    }
    if (Status committed = m_db.commit(); !committed) {
        m_db.rollback();
        return Status::failure(tr("Nothing was saved: %1\n\nYour edits are still shown; submit "
                                  "again, or revert them.")
                                   .arg(committed.message()));
    }
    if (!select())
        return Status::failure(tr("The changes were saved, but the rows cannot be read again: %1")
                                   .arg(errorText(lastError())));
    return Status();
}

bool ResourceTableModel::isBlobColumn(int column) const
{
    return column >= 0 && column < record().count() &&
           record().field(column).metaType().id() == QMetaType::QByteArray;
}

bool ResourceTableModel::isReadOnlyColumn(int column) const
{
    return column == m_uuidColumn || isBlobColumn(column);
}

Qt::ItemFlags ResourceTableModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QSqlTableModel::flags(index);
    if (!index.isValid())
        return f;
    // The UUID names the row on every node; a blob cannot be typed; the local key of a stored
    // row is what other tables' rows point at.
    if (isReadOnlyColumn(index.column()) ||
        (index.column() == m_keyColumn && rowChange(index.row()) != RowChange::Insert))
        f &= ~Qt::ItemIsEditable;
    return f;
}

QVariant ResourceTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid())
        return QVariant();
    switch (role) {
    case Qt::DisplayRole: {
        const QVariant value = QSqlTableModel::data(index, role);
        if (value.typeId() == QMetaType::QByteArray && !value.isNull())
            return tr("(%n byte(s))", nullptr, int(value.toByteArray().size()));
        return value;
    }
    case Qt::BackgroundRole:
        switch (rowChange(index.row())) {
        case RowChange::Insert:
            return kInsertedBackground;
        case RowChange::Update:
            return isDirty(index) ? QVariant(kEditedBackground) : QVariant();
        case RowChange::Delete:
        case RowChange::None:
            return QVariant();
        }
        return QVariant();
    case Qt::ForegroundRole:
        if (rowChange(index.row()) == RowChange::Delete)
            return QColor(Qt::gray);
        return QVariant();
    case Qt::FontRole:
        if (rowChange(index.row()) == RowChange::Delete) {
            QFont font;
            font.setStrikeOut(true);
            return font;
        }
        return QVariant();
    case Qt::ToolTipRole:
        if (rowChange(index.row()) == RowChange::Update && isDirty(index))
            return tr("Changed; not saved until you submit");
        if (index.column() == m_uuidColumn)
            return tr("Identifies the row on every node; it cannot be changed");
        return QVariant();
    default:
        return QSqlTableModel::data(index, role);
    }
}

bool ResourceTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::EditRole)
        return QSqlTableModel::setData(index, value, role);
    const RowChange change = rowChange(index.row());
    // An editor closed without a change is no edit.
    if (change == RowChange::None && (flags(index) & Qt::ItemIsEditable) &&
        QSqlTableModel::data(index, Qt::EditRole) == value &&
        QSqlTableModel::data(index, Qt::EditRole).isNull() == value.isNull())
        return true;
    if (!QSqlTableModel::setData(index, value, role))
        return false;
    if (change == RowChange::None) {
        m_pending[index.row()] = RowChange::Update;
        emit headerDataChanged(Qt::Vertical, index.row(), index.row());
    }
    return true;
}

QVariant ResourceTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole) {
            switch (rowChange(section)) {
            case RowChange::None:
                return QString::number(section + 1);
            case RowChange::Insert:
                return QStringLiteral("+");
            case RowChange::Update:
                return tr("%1 *").arg(section + 1);
            case RowChange::Delete:
                return tr("%1 \u00d7").arg(section + 1);
            }
        }
        if (role == Qt::ToolTipRole) {
            switch (rowChange(section)) {
            case RowChange::None:
                return QVariant();
            case RowChange::Insert:
                return tr("New row; stored when you submit");
            case RowChange::Update:
                return tr("Changed row; saved when you submit");
            case RowChange::Delete:
                return tr("Deleted when you submit");
            }
        }
        return QSqlTableModel::headerData(section, orientation, role);
    }
    if (role == Qt::ToolTipRole && section >= 0 && section < record().count()) {
        if (section == m_uuidColumn)
            return tr("Identifies each row on every node; read-only, filled in for new rows");
        if (section == m_keyColumn)
            return tr("This node's own key for the row (other tables refer to it); leave it "
                      "empty in a new row to have the database choose it");
        if (isBlobColumn(section))
            return tr("Binary data; it cannot be edited here");
        const std::optional<ColumnInfo> c = m_info.column(record().fieldName(section));
        if (c)
            return c->notNull ? tr("%1 (required)").arg(c->type) : c->type;
    }
    return QSqlTableModel::headerData(section, orientation, role);
}

void ResourceTableModel::shiftPendingRows(int from, int delta)
{
    std::map<int, RowChange> shifted;
    for (const auto &[row, change] : m_pending)
        shifted[row >= from ? row + delta : row] = change;
    m_pending.swap(shifted);
}

bool ResourceTableModel::insertRows(int row, int count, const QModelIndex &parent)
{
    // QSqlTableModel's own checks; past them it always inserts.
    if (parent.isValid() || row < 0 || count <= 0 || row > rowCount())
        return false;
    shiftPendingRows(row, count);
    for (int r = row; r < row + count; ++r)
        m_pending[r] = RowChange::Insert;
    const QScopedValueRollback<bool> changing(m_changing);
    return QSqlTableModel::insertRows(row, count, parent);
}

bool ResourceTableModel::removeRows(int row, int count, const QModelIndex &parent)
{
    if (parent.isValid() || row < 0 || count <= 0 || row + count > rowCount())
        return false;
    const QScopedValueRollback<bool> changing(m_changing);
    // From the bottom up, as QSqlTableModel does: a new row goes at once, a stored one is
    // marked for deletion.
    for (int r = row + count - 1; r >= row; --r) {
        if (rowChange(r) == RowChange::Insert) {
            m_pending.erase(r);
            shiftPendingRows(r + 1, -1);
            QSqlTableModel::removeRows(r, 1, parent);
        } else {
            m_pending[r] = RowChange::Delete;
            QSqlTableModel::removeRows(r, 1, parent);
            emit dataChanged(index(r, 0), index(r, columnCount() - 1));
        }
    }
    return true;
}

void ResourceTableModel::revertRow(int row)
{
    const RowChange change = rowChange(row);
    if (change == RowChange::None)
        return; // nothing cached (QSqlTableModel asserts on that)
    m_pending.erase(row);
    if (change == RowChange::Insert)
        shiftPendingRows(row + 1, -1);
    const QScopedValueRollback<bool> changing(m_changing);
    QSqlTableModel::revertRow(row);
    if (change != RowChange::Insert)
        emit headerDataChanged(Qt::Vertical, row, row);
}

bool ResourceTableModel::select()
{
    const QScopedValueRollback<bool> changing(m_changing);
    return QSqlTableModel::select();
}

void ResourceTableModel::clear()
{
    const QScopedValueRollback<bool> changing(m_changing);
    QSqlTableModel::clear();
}

bool ResourceTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !m_changing && QSqlTableModel::canFetchMore(parent);
}

void ResourceTableModel::fetchMore(const QModelIndex &parent)
{
    if (m_changing)
        return;
    const QScopedValueRollback<bool> changing(m_changing);
    QSqlTableModel::fetchMore(parent);
}

} // namespace s15n::ui
