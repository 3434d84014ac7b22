#pragma once

#include "log/synclog.h"

#include <QAbstractTableModel>

namespace s15n::ui {

// The sync log, newest first, fetched lazily in chunks of kChunkSize (keyset paging on the
// entry id, so an entry written between two fetches neither repeats nor shifts the rows).
// Filtering happens in the database: every row fetched matches the filter.
class LogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Column {
        Time,
        Repository,
        Resource,
        Mode,
        Direction,
        Action,
        Result,
        Received,
        Applied,
        Conflicts,
        Skipped,
        Failed,
        Duration,
        Message,
        Count
    };
    enum Role {
        ResultRole = Qt::UserRole, // the entry's LogResult, as an int
        IdRole,                    // the entry's id (qint64)
        // Mode, Direction, Action, Result: the keyword stored (and in `s15n log` and the CSV),
        // where Qt::DisplayRole shows it in words for people (KeywordNames).
        KeywordRole,
    };
    static constexpr int kChunkSize = 200;

    explicit LogModel(Database &db, QObject *parent = nullptr);

    // Shows the entries matching `filter` (its limit and beforeId are ignored); reloads.
    void setFilter(const LogFilter &filter);
    const LogFilter &filter() const { return m_filter; }
    // Forgets the rows and fetches the newest chunk again.
    void reload();

    // The entry shown in `row` (0 <= row < rowCount()).
    const LogEntry &entry(int row) const { return m_rows.at(row); }
    // The row showing the entry with this id, or -1 when it is not fetched.
    int rowOfId(qint64 id) const;
    // Why the last fetch failed; empty after a fetch that worked.
    const QString &errorString() const { return m_error; }

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    int columnCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation,
                        int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    // Texts shared with the details dialog. resultText is KeywordNames::displayResult.
    static QString resultText(LogResult result);
    static QString durationText(qint64 ms);
    static QString localTimeText(const QDateTime &time);

    // RFC 4180 CSV: a header row, then one record per entry; CRLF line ends, fields with a
    // comma, quote or line break quoted, quotes doubled, times ISO-8601 UTC. The column names
    // are fixed (not translated) so scripts can read the file.
    static QString csvHeader();
    static QString csvRecord(const LogEntry &entry);
    static QString toCsv(const QList<LogEntry> &entries);

signals:
    // A fetch failed; the rows fetched before it stay, and canFetchMore() turns false until
    // the next reload().
    void fetchFailed(const QString &message);

private:
    // Reads the next chunk after the last fetched row; returns false when it failed.
    bool readChunk(QList<LogEntry> *chunk);

    SyncLog m_log;
    LogFilter m_filter;
    QList<LogEntry> m_rows;
    bool m_atEnd = false;
    bool m_changing = false; // between begin...() and the end of end...()
    QString m_error;
};

} // namespace s15n::ui
