#include "logmodel.h"

#include "models/keywordnames.h"
#include "widgets/icons.h"

#include <QApplication>
#include <QBrush>
#include <QColor>
#include <QLocale>
#include <QPalette>
#include <QScopedValueRollback>
#include <QStyle>

namespace s15n::ui {

namespace {

using Column = LogModel::Column;

bool isNumber(Column column)
{
    switch (column) {
    case Column::Received:
    case Column::Applied:
    case Column::Conflicts:
    case Column::Skipped:
    case Column::Failed:
    case Column::Duration:
        return true;
    case Column::Time:
    case Column::Repository:
    case Column::Resource:
    case Column::Mode:
    case Column::Direction:
    case Column::Action:
    case Column::Result:
    case Column::Message:
    case Column::Count:
        return false;
    }
    return false;
}

// A message as rich text, so that one that looks like HTML (a proxy's error page) shows as
// it is, and long ones wrap.
QString messageToolTip(const QString &message)
{
    if (message.isEmpty())
        return QString();
    QString html = message.toHtmlEscaped();
    html.replace(QLatin1Char('\n'), QStringLiteral("<br>"));
    return QStringLiteral("<qt>") + html + QStringLiteral("</qt>");
}

// Errors and fatal failures in red, readable on light and dark palettes.
QColor failureColor()
{
    const bool dark = QApplication::palette().color(QPalette::Base).lightness() < 128;
    return dark ? QColor(0xff, 0x7b, 0x72) : QColor(0xc0, 0x1c, 0x28);
}

QString csvField(const QString &value)
{
    if (!value.contains(QLatin1Char(',')) && !value.contains(QLatin1Char('"')) &&
        !value.contains(QLatin1Char('\n')) && !value.contains(QLatin1Char('\r')))
        return value;
    QString quoted = value;
    quoted.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + quoted + QLatin1Char('"');
}

const QLatin1String kCrLf("\r\n");

} // namespace

LogModel::LogModel(Database &db, QObject *parent) : QAbstractTableModel(parent), m_log(db)
{
    reload();
}

void LogModel::setFilter(const LogFilter &filter)
{
    m_filter = filter;
    reload();
}

void LogModel::reload()
{
    QList<LogEntry> chunk;
    const QScopedValueRollback<bool> changing(m_changing, true);
    beginResetModel();
    m_rows.clear();
    m_atEnd = false;
    m_error.clear();
    const bool read = readChunk(&chunk);
    m_rows = chunk;
    endResetModel();
    if (!read)
        emit fetchFailed(m_error);
}

int LogModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (m_rows.at(row).id == id)
            return row;
    return -1;
}

bool LogModel::readChunk(QList<LogEntry> *chunk)
{
    LogFilter filter = m_filter;
    filter.limit = kChunkSize;
    filter.beforeId = m_rows.isEmpty() ? 0 : m_rows.constLast().id;
    Result<QList<LogEntry>> listed = m_log.list(filter);
    if (!listed) {
        m_atEnd = true; // a view would otherwise ask again at once, and again
        m_error = listed.message();
        return false;
    }
    m_error.clear();
    *chunk = listed.value();
    m_atEnd = chunk->size() < kChunkSize;
    return true;
}

int LogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(Column::Count);
}

bool LogModel::canFetchMore(const QModelIndex &parent) const
{
    // Not while a change is being announced: a listener of the reset or insertion signals
    // asking for more would nest a second change inside the first.
    return !parent.isValid() && !m_atEnd && !m_changing;
}

void LogModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    QList<LogEntry> chunk;
    if (!readChunk(&chunk)) {
        emit fetchFailed(m_error);
        return;
    }
    if (chunk.isEmpty())
        return;
    const int first = int(m_rows.size());
    const QScopedValueRollback<bool> changing(m_changing, true);
    beginInsertRows(QModelIndex(), first, first + int(chunk.size()) - 1);
    m_rows.append(chunk);
    endInsertRows();
}

QVariant LogModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const LogEntry &e = m_rows.at(index.row());
    const auto column = Column(index.column());
    switch (role) {
    case Qt::DisplayRole:
        switch (column) {
        case Column::Time:
            return localTimeText(e.at);
        case Column::Repository:
            return e.repository;
        case Column::Resource:
            return e.resource;
        case Column::Mode:
            return KeywordNames::displayLogMode(e.mode);
        case Column::Direction:
            return KeywordNames::displayDirection(e.direction);
        case Column::Action:
            return KeywordNames::displayAction(e.action);
        case Column::Result:
            return e.remoteError ? tr("%1 (remote)").arg(resultText(e.result))
                                 : resultText(e.result);
        case Column::Received:
            return e.received;
        case Column::Applied:
            return e.applied;
        case Column::Conflicts:
            return e.conflicts;
        case Column::Skipped:
            return e.skipped;
        case Column::Failed:
            return e.failed;
        case Column::Duration:
            return durationText(e.durationMs);
        case Column::Message:
            // One line in the table; the tooltip and the details show the line breaks.
            return QString(e.message).replace(QLatin1Char('\n'), QLatin1Char(' '));
        case Column::Count:
            break;
        }
        return QVariant();
    case Qt::ToolTipRole:
        if (column == Column::Time)
            return tr("%1 UTC").arg(SyncLog::timeToText(e.at));
        return messageToolTip(e.message);
    case Qt::TextAlignmentRole:
        if (isNumber(column))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case Qt::ForegroundRole:
        if (e.result == LogResult::Error || e.result == LogResult::Fatal)
            return QBrush(failureColor());
        return QVariant();
    case Qt::DecorationRole:
        if (column != Column::Result)
            return QVariant();
        switch (e.result) {
        case LogResult::Success:
            return QVariant();
        case LogResult::Warning:
            return themeIcon("dialog-warning", QStyle::SP_MessageBoxWarning);
        case LogResult::Error:
        case LogResult::Fatal:
            return themeIcon("dialog-error", QStyle::SP_MessageBoxCritical);
        }
        return QVariant();
    case ResultRole:
        return int(e.result);
    case IdRole:
        return e.id;
    case KeywordRole:
        switch (column) {
        case Column::Mode:
            return e.mode;
        case Column::Direction:
            return e.direction;
        case Column::Action:
            return e.action;
        case Column::Result:
            return SyncLog::resultName(e.result);
        default:
            return QVariant();
        }
    default:
        return QVariant();
    }
}

QVariant LogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= int(Column::Count))
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::TextAlignmentRole && isNumber(Column(section)))
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return QVariant();
    switch (Column(section)) {
    case Column::Time:
        return tr("Time");
    case Column::Repository:
        return tr("Repository");
    case Column::Resource:
        return tr("Resource");
    case Column::Mode:
        return tr("Mode");
    case Column::Direction:
        return tr("Direction");
    case Column::Action:
        return tr("Action");
    case Column::Result:
        return tr("Result");
    case Column::Received:
        return tr("Received");
    case Column::Applied:
        return tr("Applied");
    case Column::Conflicts:
        return tr("Conflicts");
    case Column::Skipped:
        return tr("Skipped");
    case Column::Failed:
        return tr("Failed");
    case Column::Duration:
        return tr("Duration");
    case Column::Message:
        return tr("Message");
    case Column::Count:
        break;
    }
    return QVariant();
}

QString LogModel::resultText(LogResult result)
{
    return KeywordNames::displayResult(result);
}

QString LogModel::durationText(qint64 ms)
{
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    if (ms < 60 * 1000)
        return tr("%1 s").arg(QLocale().toString(double(ms) / 1000.0, 'f', 1));
    const qint64 seconds = ms / 1000;
    if (seconds < 3600)
        return tr("%1 min %2 s").arg(seconds / 60).arg(seconds % 60);
    return tr("%1 h %2 min").arg(seconds / 3600).arg(seconds / 60 % 60);
}

QString LogModel::localTimeText(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    return time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
}

QString LogModel::csvHeader()
{
    return QStringLiteral("id,time,repository,peer,resource,mode,direction,action,result,"
                          "remote_error,message,received,applied,conflicts,skipped,failed,"
                          "duration_ms") +
           kCrLf;
}

QString LogModel::csvRecord(const LogEntry &e)
{
    const QStringList fields{
        QString::number(e.id),         csvField(SyncLog::timeToText(e.at)),
        csvField(e.repository),        csvField(e.peer),
        csvField(e.resource),          csvField(e.mode),
        csvField(e.direction),         csvField(e.action),
        SyncLog::resultName(e.result), e.remoteError ? QStringLiteral("1") : QStringLiteral("0"),
        csvField(e.message),           QString::number(e.received),
        QString::number(e.applied),    QString::number(e.conflicts),
        QString::number(e.skipped),    QString::number(e.failed),
        QString::number(e.durationMs)};
    return fields.join(QLatin1Char(',')) + kCrLf;
}

QString LogModel::toCsv(const QList<LogEntry> &entries)
{
    QString csv = csvHeader();
    for (const LogEntry &e : entries)
        csv += csvRecord(e);
    return csv;
}

} // namespace s15n::ui
