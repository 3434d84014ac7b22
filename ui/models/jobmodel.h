#pragma once

#include "schedule/job.h"
#include "util/status.h"

#include <QAbstractTableModel>
#include <QList>

namespace s15n {
class Node;
}

namespace s15n::ui {

// The scheduled jobs of one repository (none when no repository is set), by ID, with
// their schedule (Sahana Eden's fields), runs so far, the last run and when the next is due.
// Read on the thread of the node (one small query). Qt::DisplayRole shows words for people;
// Qt::UserRole holds values for code, and LastResultRole the last run's stored result.
class JobModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum class Column {
        Id,
        Enabled,
        Start,
        End,
        Repeat,
        Every,
        Timeout,
        Runs,
        LastRun,
        NextRun,
        Count
    };
    enum Role {
        // Column::LastRun: the last run's result as stored (SyncLog::resultName), or nothing.
        LastResultRole = Qt::UserRole + 1,
    };

    explicit JobModel(Node &node, QObject *parent = nullptr);

    // Shows the jobs of `repository` (reads them again); empty: none.
    Status setRepository(const QString &repository);
    QString repository() const { return m_repository; }

    // Reads the jobs again; on a failure the model keeps what it had.
    Status reload();

    // The job of `row`, or an empty one (ID 0) for a row that does not exist.
    Job job(int row) const;
    // The row of job `id`, or -1.
    int rowOf(qint64 id) const;

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;

private:
    QVariant display(const Job &job, Column column) const;
    QVariant toolTip(const Job &job, Column column) const;
    QVariant raw(const Job &job, Column column) const;

    Node &m_node;
    QString m_repository;
    QList<Job> m_rows;
};

} // namespace s15n::ui
