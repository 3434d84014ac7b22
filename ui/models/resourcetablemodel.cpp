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

#include <algorithm>
#include <vector>

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

// SQLite's words for SQLITE_BUSY and SQLITE_LOCKED (its messages are never translated).
bool isLockedText(const QString &text)
{
    return text.contains(QLatin1String("database is locked")) ||
           text.contains(QLatin1String("database table is locked"));
}

// Waited for a lock in vain: PostgreSQL's lock_not_available (lock_timeout), SQLite's busy.
bool isLockError(const QSqlError &error)
{
    return error.nativeErrorCode() == QLatin1String("55P03") || isLockedText(error.databaseText());
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

bool ResourceTableModel::writeRow(int row, RowChange change)
{
    switch (change) {
    case RowChange::Insert:
        return insertRowIntoTable(record(row));
    case RowChange::Update:
        return updateRowInTable(row, record(row));
    case RowChange::Delete:
        return deleteRowFromTable(row);
    case RowChange::None:
        return true;
    }
    return true;
}

void ResourceTableModel::setLockTimeout(int milliseconds)
{
    m_lockTimeoutMs = std::max(1, milliseconds); // 0 would mean "forever" to PostgreSQL
}

Status ResourceTableModel::beginSubmit()
{
    if (m_db.dialect() == Database::Dialect::Postgresql) {
        if (Status begun = m_db.begin(); !begun)
            return begun;
        // A row a sync is writing stays locked until its transaction ends; wait that long
        // at most. SET takes no bound value; the number is ours.
        if (Result<QSqlQuery> q =
                m_db.exec(QStringLiteral("SET LOCAL lock_timeout = %1").arg(m_lockTimeoutMs));
            !q) {
            m_db.rollback();
            return q.status();
        }
        return Status();
    }
    // SQLite: BEGIN IMMEDIATE waits for the write lock for the connection's busy timeout;
    // for this wait it is lockTimeout().
    const Result<QVariant> connectionTimeout = m_db.scalar(QStringLiteral("PRAGMA busy_timeout"));
    const int restore = connectionTimeout ? connectionTimeout.value().toInt() : m_lockTimeoutMs;
    const auto setTimeout = [this](int ms) {
        if (Result<QSqlQuery> q = m_db.exec(QStringLiteral("PRAGMA busy_timeout = %1").arg(ms)); !q)
            qCWarning(lcTableModel) << "cannot set the busy timeout:" << q.message();
    };
    if (restore != m_lockTimeoutMs)
        setTimeout(m_lockTimeoutMs);
    Status begun = m_db.begin();
    if (!begun && isLockedText(begun.message()) && canFetchMore(QModelIndex())) {
        // The rows not read yet hold a read transaction open on this connection. From inside
        // one SQLite neither waits for the write lock nor takes it once another connection
        // (a sync) has committed since the read began. Reading the rest ends it.
        qCInfo(lcTableModel) << "reading the rest of" << m_info.name << "to take the write lock";
        while (canFetchMore(QModelIndex()))
            fetchMore(QModelIndex());
        begun = m_db.begin();
    }
    if (restore != m_lockTimeoutMs)
        setTimeout(restore);
    return begun;
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
    const QString busy = tr("The database is busy: a sync (or another program) is writing to "
                            "it. Nothing was saved; your edits are still shown. Try again in a "
                            "moment.");
    if (Status begun = beginSubmit(); !begun) {
        qCWarning(lcTableModel) << "submit to" << m_info.name << "cannot begin:" << begun.message();
        if (isLockedText(begun.message()))
            return Status::failure(busy);
        return Status::failure(tr("Nothing was saved: %1").arg(begun.message()));
    }

    // Row by row in row order; a refused row waits under a savepoint for the others and is
    // tried again while that lets more rows in (see the header).
    const bool retry = m_pending.size() > 1;
    const auto savepoint = [this](const char *statement) {
        return m_db.exec(QString::fromLatin1(statement)).status();
    };
    std::vector<std::pair<int, RowChange>> waiting(m_pending.begin(), m_pending.end());
    int written = 0;
    int failedRow = -1;
    RowChange failedChange = RowChange::None;
    QSqlError failure;
    Status internal;
    bool locked = false;
    while (!waiting.empty() && internal && !locked) {
        std::vector<std::pair<int, RowChange>> refused;
        failedRow = -1; // the first row this round refused, if any
        for (const auto &[row, change] : waiting) {
            if (retry && !(internal = savepoint("SAVEPOINT s15n_row")))
                break;
            if (writeRow(row, change)) {
                ++written;
                if (retry && !(internal = savepoint("RELEASE SAVEPOINT s15n_row")))
                    break;
                continue;
            }
            const QSqlError error = lastError();
            if (retry && (!(internal = savepoint("ROLLBACK TO SAVEPOINT s15n_row")) ||
                          !(internal = savepoint("RELEASE SAVEPOINT s15n_row"))))
                break;
            if (refused.empty()) {
                failedRow = row;
                failedChange = change;
                failure = error;
            }
            refused.emplace_back(row, change);
            if (isLockError(error)) {
                locked = true;
                break;
            }
        }
        if (refused.empty() || refused.size() == waiting.size())
            break; // all written, or no row more gets in
        waiting.swap(refused);
    }
    if (!internal) {
        m_db.rollback();
        return Status::failure(tr("Nothing was saved: %1\n\nYour edits are still shown; submit "
                                  "again, or revert them.")
                                   .arg(internal.message()));
    }
    if (failedRow >= 0) {
        const QString why = errorText(failure);
        m_db.rollback();
        qCWarning(lcTableModel) << "submit to" << m_info.name << "failed at row" << failedRow << ":"
                                << why;
        if (locked)
            return Status::failure(busy);
        const QString rolledBack =
            written > 0 ? tr("Nothing was saved: the %n change(s) before it were undone too.",
                             nullptr, written)
                        : tr("Nothing was saved.");
        const QString explained = explainDuplicate(failedRow, failedChange);
        if (!explained.isEmpty())
            return Status::failure(tr("%1\n\n%2 Your edits are still shown: correct the marked "
                                      "rows and submit again, or revert them.\n\n(The database "
                                      "said: %3)")
                                       .arg(explained, rolledBack, why));
        return Status::failure(
            tr("The database refused %1 of %2: %3\n\n%4 Your edits are "
               "still shown: correct the marked rows and submit again, or "
               "revert them.")
                .arg(rowDescription(failedRow, failedChange), m_info.name, why, rolledBack));
    }
    if (Status committed = m_db.commit(); !committed) {
        m_db.rollback();
        if (isLockedText(committed.message()))
            return Status::failure(busy);
        return Status::failure(tr("Nothing was saved: %1\n\nYour edits are still shown; submit "
                                  "again, or revert them.")
                                   .arg(committed.message()));
    }
    if (!select())
        return Status::failure(tr("The changes were saved, but the rows cannot be read again: %1")
                                   .arg(errorText(lastError())));
    return Status();
}

QList<QStringList> ResourceTableModel::uniqueColumnSets() const
{
    // Rows of (index, column), in the index's column order; a NULL column is an expression.
    const QString statement =
        m_db.dialect() == Database::Dialect::Sqlite
            ? QStringLiteral("SELECT il.name, ii.name FROM pragma_index_list(?) AS il, "
                             "pragma_index_info(il.name) AS ii "
                             "WHERE il.\"unique\" = 1 AND il.partial = 0 "
                             "ORDER BY il.name, ii.seqno")
            : QStringLiteral("SELECT CAST(i.indexrelid AS bigint), a.attname "
                             "FROM pg_index i "
                             "JOIN pg_class c ON c.oid = i.indrelid "
                             "JOIN pg_namespace n ON n.oid = c.relnamespace "
                             "AND n.nspname = current_schema() "
                             "CROSS JOIN LATERAL unnest(i.indkey::int2[]) WITH ORDINALITY "
                             "AS k(attnum, ord) "
                             "LEFT JOIN pg_attribute a ON a.attrelid = c.oid "
                             "AND a.attnum = k.attnum "
                             "WHERE c.relname = ? AND i.indisunique AND i.indpred IS NULL "
                             "AND k.ord <= i.indnkeyatts "
                             "ORDER BY i.indexrelid, k.ord");
    Result<QSqlQuery> q = m_db.exec(statement, {m_info.name});
    if (!q) {
        qCWarning(lcTableModel) << "cannot read the unique indexes of" << m_info.name << ":"
                                << q.message();
        return {};
    }
    QList<QStringList> sets;
    QString current;
    bool expression = false;
    QStringList columns;
    const auto finish = [&] {
        if (!columns.isEmpty() && !expression && !sets.contains(columns))
            sets << columns;
        columns.clear();
        expression = false;
    };
    while (q.value().next()) {
        const QString index = q.value().value(0).toString();
        if (index != current) {
            finish();
            current = index;
        }
        if (q.value().value(1).isNull())
            expression = true;
        else
            columns << q.value().value(1).toString();
    }
    finish();
    return sets;
}

int ResourceTableModel::rowOfKey(const QSqlRecord &key) const
{
    for (int r = 0; r < rowCount(); ++r) {
        if (rowChange(r) == RowChange::Insert)
            continue;
        const QSqlRecord values = primaryValues(r);
        bool same = values.count() == key.count();
        for (int i = 0; same && i < key.count(); ++i)
            same = values.value(key.fieldName(i)).toString() == key.value(i).toString();
        if (same)
            return r;
    }
    return -1;
}

QString ResourceTableModel::rowName(int row, bool capital) const
{
    if (rowChange(row) == RowChange::Insert)
        return capital ? tr("A new row") : tr("a new row");
    // As the row header numbers it.
    return capital ? tr("Row %1").arg(row + 1) : tr("row %1").arg(row + 1);
}

QString ResourceTableModel::explainDuplicate(int row, RowChange change) const
{
    if (change != RowChange::Insert && change != RowChange::Update)
        return QString();
    const QSqlRecord values = record(row);
    const auto valuesText = [](const QSqlRecord &record, const QStringList &columns) {
        QStringList texts;
        for (const QString &c : columns) {
            QString text = record.value(c).toString();
            if (text.size() > 40)
                text = text.left(39) + QChar(0x2026);
            texts << QLatin1Char('\'') + text + QLatin1Char('\'');
        }
        return texts.join(QLatin1String(", "));
    };
    const auto columnsText = [](const QStringList &columns) {
        return columns.size() == 1
                   ? columns.first()
                   : QLatin1Char('(') + columns.join(QLatin1String(", ")) + QLatin1Char(')');
    };
    const QSqlIndex key = primaryKey();
    const QSqlRecord ownKey = change == RowChange::Update ? primaryValues(row) : QSqlRecord();

    for (const QStringList &set : uniqueColumnSets()) {
        // The set this write gave a value to, every column of it (NULLs are never equal).
        bool applies = true;
        bool touched = false;
        for (const QString &c : set) {
            const int column = fieldIndex(c);
            if (column < 0 || values.isNull(c)) {
                applies = false;
                break;
            }
            if (change == RowChange::Insert ? values.isGenerated(c) : isDirty(index(row, column)))
                touched = true;
        }
        if (!applies || !touched)
            continue;
        //: e.g. "Row 3's code 'A'"
        const QString subject =
            tr("%1's %2 %3").arg(rowName(row, true), columnsText(set), valuesText(values, set));
        const auto sameValues = [&](const QSqlRecord &other) {
            for (const QString &c : set) {
                if (other.isNull(c) || other.value(c).toString() != values.value(c).toString())
                    return false;
            }
            return true;
        };

        // Another edit gives the same value.
        for (const auto &[other, otherChange] : m_pending) {
            if (other == row ||
                (otherChange != RowChange::Insert && otherChange != RowChange::Update))
                continue;
            bool otherTouched = otherChange == RowChange::Insert;
            for (const QString &c : set)
                otherTouched = otherTouched || isDirty(index(other, fieldIndex(c)));
            if (otherTouched && sameValues(record(other)))
                return tr("%1 is also the new %2 of %3, and the values of %2 must be unique: "
                          "change one of them.")
                    .arg(subject, columnsText(set), rowName(other, false));
        }

        // A stored row holds it.
        if (key.isEmpty())
            continue;
        QStringList keyColumns;
        for (int i = 0; i < key.count(); ++i)
            keyColumns << m_db.quoted(key.fieldName(i));
        QStringList conditions;
        QVariantList bound;
        for (const QString &c : set) {
            conditions << m_db.quoted(c) + QStringLiteral(" = ?");
            bound << values.value(c);
        }
        Result<QSqlQuery> q =
            m_db.exec(QStringLiteral("SELECT %1 FROM %2 WHERE %3")
                          .arg(keyColumns.join(QLatin1String(", ")), m_db.quoted(m_info.name),
                               conditions.join(QLatin1String(" AND "))),
                      bound);
        if (!q)
            continue;
        while (q.value().next()) {
            QSqlRecord holderKey = q.value().record();
            bool itself = !ownKey.isEmpty();
            for (int i = 0; itself && i < holderKey.count(); ++i)
                itself = holderKey.value(i).toString() == ownKey.value(i).toString();
            if (itself)
                continue;
            const int holder = rowOfKey(holderKey);
            if (holder < 0) {
                QStringList names;
                for (int i = 0; i < holderKey.count(); ++i)
                    names << holderKey.fieldName(i);
                return tr("%1 is already used by the row with %2 %3 (not among the rows shown), "
                          "and the values of %4 must be unique: choose another value.")
                    .arg(subject, columnsText(names), valuesText(holderKey, names),
                         columnsText(set));
            }
            bool moving = false;
            if (rowChange(holder) == RowChange::Update) {
                for (const QString &c : set)
                    moving = moving || isDirty(index(holder, fieldIndex(c)));
                moving = moving && !sameValues(record(holder));
            }
            if (moving)
                return tr("%1 is already used by %2, which is to change to %3 in the same "
                          "submit. The database checks each row as it is written, so two rows "
                          "cannot swap values in one submit: change one of them to a temporary "
                          "value, submit, then set the final value.")
                    .arg(subject, rowName(holder, false), valuesText(record(holder), set));
            return tr("%1 is already used by %2, and the values of %3 must be unique: choose "
                      "another value.")
                .arg(subject, rowName(holder, false), columnsText(set));
        }
    }
    return QString();
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

bool ResourceTableModel::canSetNull(const QModelIndex &index) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid) || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const std::optional<ColumnInfo> c = m_info.column(record().fieldName(index.column()));
    return c && !c->notNull;
}

bool ResourceTableModel::setNull(const QModelIndex &index)
{
    if (!canSetNull(index))
        return false;
    // A null of the column's type, as a NULL read from the database is.
    return setData(index, QVariant(record().field(index.column()).metaType()), Qt::EditRole);
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
    case Qt::ToolTipRole: {
        // NULL looks like an empty text in the cell; the tooltip tells them apart.
        const bool null = QSqlTableModel::data(index, Qt::EditRole).isNull();
        if (rowChange(index.row()) == RowChange::Update && isDirty(index))
            return null ? tr("Changed to NULL; not saved until you submit")
                        : tr("Changed; not saved until you submit");
        if (index.column() == m_uuidColumn)
            return tr("Identifies the row on every node; it cannot be changed");
        // (A new row's cell left alone gets the column's default, not NULL.)
        if (null && (rowChange(index.row()) != RowChange::Insert ||
                     record(index.row()).isGenerated(index.column())))
            return tr("NULL (no value)");
        return QVariant();
    }
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
