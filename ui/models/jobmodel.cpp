#include "jobmodel.h"

#include "models/keywordnames.h"
#include "schedule/jobstore.h"
#include "schedule/schedule.h"
#include "storage/node.h"

#include <QLocale>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcJobModel, "s15n.ui.jobs")

namespace s15n::ui {

namespace {

QString shortTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::ShortFormat);
}

QString longTime(const QDateTime &time)
{
    return QLocale().toString(time.toLocalTime(), QLocale::LongFormat);
}

} // namespace

JobModel::JobModel(Node &node, QObject *parent) : QAbstractTableModel(parent), m_node(node) {}

Status JobModel::setRepository(const QString &repository)
{
    m_repository = repository;
    return reload();
}

Status JobModel::reload()
{
    if (m_repository.isEmpty()) {
        beginResetModel();
        m_rows.clear();
        endResetModel();
        return Status();
    }
    Result<QList<Job>> all = JobStore(m_node.database()).list();
    if (!all) {
        qCWarning(lcJobModel) << "cannot read the jobs:" << all.message();
        return all.status();
    }
    QList<Job> rows;
    for (const Job &job : all.value())
        if (job.repository == m_repository)
            rows << job;
    beginResetModel();
    m_rows = rows;
    endResetModel();
    return Status();
}

Job JobModel::job(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : Job();
}

int JobModel::rowOf(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == id)
            return row;
    return -1;
}

int JobModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int JobModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

QVariant JobModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Job &job = m_rows.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return display(job, column);
    case Qt::ToolTipRole:
        return toolTip(job, column);
    case Qt::UserRole:
        return raw(job, column);
    case LastResultRole:
        return column == Column::LastRun && !job.lastResult.isEmpty() ? QVariant(job.lastResult)
                                                                      : QVariant();
    case Qt::TextAlignmentRole:
        switch (column) {
        case Column::Id:
        case Column::Repeat:
        case Column::Runs:
            return QVariant(int(Qt::AlignRight | Qt::AlignVCenter));
        default:
            return QVariant();
        }
    default:
        return QVariant();
    }
}

QVariant JobModel::raw(const Job &job, Column column) const
{
    // Values for code: numbers in seconds, times in UTC (invalid: none).
    switch (column) {
    case Column::Id:
        return job.id;
    case Column::Enabled:
        return job.enabled;
    case Column::Start:
        return job.startAt;
    case Column::End:
        return job.endAt;
    case Column::Repeat:
        return job.repeat;
    case Column::Every:
        return job.everySeconds;
    case Column::Timeout:
        return job.timeoutSeconds;
    case Column::Runs:
        return job.runs;
    case Column::LastRun:
        return job.lastRunAt;
    case Column::NextRun:
        return Schedule::nextRun(job, QDateTime::currentDateTimeUtc()).value_or(QDateTime());
    case Column::Count:
        break;
    }
    return QVariant();
}

QVariant JobModel::display(const Job &job, Column column) const
{
    switch (column) {
    case Column::Id:
        return job.id;
    case Column::Enabled:
        return job.enabled ? tr("Yes") : tr("No");
    case Column::Start:
        return shortTime(job.startAt);
    case Column::End:
        return job.endAt.isValid() ? shortTime(job.endAt) : tr("No end");
    case Column::Repeat:
        return job.repeat > 0 ? QString::number(job.repeat) : tr("No limit");
    case Column::Every:
        return KeywordNames::displayDuration(job.everySeconds);
    case Column::Timeout:
        return KeywordNames::displayDuration(job.timeoutSeconds);
    case Column::Runs:
        return job.runs;
    case Column::LastRun:
        if (!job.lastRunAt.isValid())
            return tr("Never");
        return job.lastResult.isEmpty()
                   ? shortTime(job.lastRunAt)
                   : tr("%1 (%2)").arg(shortTime(job.lastRunAt),
                                       KeywordNames::displayResult(job.lastResult));
    case Column::NextRun: {
        if (job.runningSince.isValid())
            return tr("Running since %1").arg(shortTime(job.runningSince));
        const QDateTime now = QDateTime::currentDateTimeUtc();
        if (!job.enabled)
            return tr("Disabled");
        const std::optional<QDateTime> next = Schedule::nextRun(job, now);
        if (!next)
            return tr("Finished");
        return *next <= now ? tr("Due now") : shortTime(*next);
    }
    case Column::Count:
        break;
    }
    return QVariant();
}

QVariant JobModel::toolTip(const Job &job, Column column) const
{
    switch (column) {
    case Column::Start:
        return longTime(job.startAt);
    case Column::End:
        return job.endAt.isValid() ? tr("No run starts at or after %1.").arg(longTime(job.endAt))
                                   : QVariant();
    case Column::Repeat:
        return tr("Runs in all; then the job is finished.");
    case Column::Timeout:
        return tr("A run still going after this is aborted and rolled back to its last "
                  "checkpoint.");
    case Column::LastRun:
        return job.lastRunAt.isValid() ? QVariant(longTime(job.lastRunAt)) : QVariant();
    case Column::NextRun:
        return tr("Scheduled runs are made by 's15n serve' (its worker) on this node's "
                  "database; Run now runs one here.");
    case Column::Id:
    case Column::Enabled:
    case Column::Every:
    case Column::Runs:
    case Column::Count:
        break;
    }
    return QVariant();
}

QVariant JobModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 ||
        section >= int(Column::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Column::Id:
        return tr("ID");
    case Column::Enabled:
        return tr("Enabled");
    case Column::Start:
        return tr("Start");
    case Column::End:
        return tr("End");
    case Column::Repeat:
        return tr("Repeat");
    case Column::Every:
        return tr("Every");
    case Column::Timeout:
        return tr("Timeout");
    case Column::Runs:
        return tr("Runs");
    case Column::LastRun:
        return tr("Last run");
    case Column::NextRun:
        return tr("Next run");
    case Column::Count:
        break;
    }
    return QVariant();
}

} // namespace s15n::ui
