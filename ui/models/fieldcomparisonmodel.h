#pragma once

#include "client/changesinspector.h"

#include <QAbstractTableModel>
#include <QList>

namespace s15n::ui {

// One row in both versions, column by column; the fields that differ are highlighted. Without
// theirs (a change without a conflict), it shows ours only.
class FieldComparisonModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column { Field, Ours, Theirs, Count };

    explicit FieldComparisonModel(QObject *parent = nullptr);

    void setFields(const QList<FieldComparison> &fields, bool withTheirs);
    void clear();

    bool withTheirs() const { return m_withTheirs; }
    // Whether the field of `row` differs between the versions (false without theirs).
    bool differs(int row) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QString text(const std::optional<FieldValue> &value) const;

    QList<FieldComparison> m_fields;
    bool m_withTheirs = false;
};

} // namespace s15n::ui
