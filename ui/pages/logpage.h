#pragma once

#include "util/status.h"

#include <QWidget>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;
class QTimer;

namespace s15n {
class Node;
struct LogFilter;
} // namespace s15n

namespace s15n::ui {

class LogModel;

// The sync log: all repositories' entries or one's, newest first, filtered by result and
// text; details of an entry in a dialog; export as CSV. Reloads when it is shown.
class LogPage : public QWidget
{
    Q_OBJECT

public:
    // `node` must outlive the page.
    explicit LogPage(Node &node, QWidget *parent = nullptr);
    ~LogPage() override;

    // Shows one repository's entries (empty: all repositories').
    void setRepository(const QString &name);
    QString repository() const;

    // Writes every entry that matches the current filters (fetched or not) to `path` as CSV,
    // replacing the file only once all of it is written. Shows nothing; a failure says what
    // failed and what to do.
    Status exportCsv(const QString &path);

public slots:
    // Re-reads the repositories and the newest entries, keeping the selected entry.
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void reloadRepositories();
    LogFilter filterFromControls() const;
    void applyFilters();
    void openDetails(int row);
    void onDetailsClicked();
    void onExportClicked();
    void onHeaderMenuRequested(const QPoint &position);
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
    QTableView *m_view = nullptr;
    QLabel *m_status = nullptr;
    QString m_repositoryError; // why the repository list could not be read, if it could not
};

} // namespace s15n::ui
