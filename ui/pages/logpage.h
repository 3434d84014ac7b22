#pragma once

#include <QWidget>

#include <atomic>
#include <functional>

class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace s15n {
class Database;
class Node;
struct LogFilter;
} // namespace s15n

namespace s15n::ui {

class ListTable;
class LogModel;
class NodeTask;

// The sync log: all repositories' entries or one's, newest first, filtered by result and
// text; details of an entry in a dialog; export as CSV, on a thread of its own, with progress
// and Cancel. Reloads when it is shown. The list is a ListTable: its columns fit the window, the
// message last and taking the rest; the header's menu shows and hides columns (at first the
// counts and words that matter less at a glance are hidden) and fits them again.
class LogPage : public QWidget
{
    Q_OBJECT

public:
    // How a CSV export ended.
    struct ExportReport
    {
        enum class Outcome { Written, Cancelled, Failed };
        Outcome outcome = Outcome::Failed;
        qint64 rows = 0; // entries written
        QString message; // for Failed: what failed and what to do
    };
    static constexpr int kExportPageSize = 500;

    // `node` must outlive the page.
    explicit LogPage(Node &node, QWidget *parent = nullptr);
    ~LogPage() override; // cancels an export still running, and waits for it

    // The PostgreSQL password the node was opened with, for the export's own connection.
    void setDatabasePassword(const QString &password);

    // Shows one repository's entries (empty: all repositories').
    void setRepository(const QString &name);
    QString repository() const;

    // Starts writing every entry that matches the current filters (fetched or not, and text
    // still waiting for the typing delay) to `path` as CSV, on a thread of its own; false if
    // an export runs already. exportProgressed() follows, then exportWritten(),
    // exportFailed() or exportCancelled(); the page shows them, a failure in a message box.
    bool exportCsv(const QString &path);
    bool isExporting() const;

    // The export's work, for any thread with `db` opened on it: the entries that match
    // `filter`, newest first, in pages of kExportPageSize, into `path`. All or nothing: the
    // file appears, or replaces one of that name, only once all of it is written, so a
    // failure or a cancel leaves no file and an existing file as it was. `cancelled` is read
    // and `progress` (rows written so far) called after each page.
    static ExportReport writeCsv(Database &db, LogFilter filter, const QString &path,
                                 const std::atomic_bool &cancelled,
                                 const std::function<void(qint64 rows)> &progress = {});

public slots:
    // Re-reads the repositories and the newest entries, keeping the selected entry.
    void refresh();
    // Asks a running export to stop; exportCancelled() follows once it has cleaned up.
    void cancelExport();

signals:
    void exportProgressed(qint64 rows);
    void exportWritten(const QString &path, qint64 rows);
    void exportFailed(const QString &message);
    void exportCancelled();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reloadRepositories();
    LogFilter filterFromControls() const;
    void applyFilters();
    void openDetails(int row);
    void onDetailsClicked();
    void onExportClicked();
    void onExportProgressed(const QString &path, qint64 rows);
    void onExportEnded(const QString &path, const ExportReport &report);
    void setExporting(bool exporting);
    void onColumnToggled(int column, bool shown);
    void updateColumnActions();
    void updateActions();
    void updateStatus();

    Node &m_node;
    LogModel *m_model = nullptr;
    QComboBox *m_repository = nullptr;
    QComboBox *m_result = nullptr;
    QLineEdit *m_filter = nullptr;
    QTimer *m_filterTimer = nullptr;
    QPushButton *m_refresh = nullptr;
    QPushButton *m_details = nullptr;
    QPushButton *m_export = nullptr;
    ListTable *m_view = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_exportStatus = nullptr;
    QProgressBar *m_exportProgress = nullptr;
    QPushButton *m_cancelExport = nullptr;
    NodeTask *m_task = nullptr; // the export's
    QString m_repositoryError;  // why the repository list could not be read, if it could not
};

} // namespace s15n::ui
