#pragma once

#include <QMainWindow>
#include <QStringList>

#include <memory>

class QLabel;
class QListWidget;
class QSplitter;
class QStackedWidget;

namespace s15n {
class Node;
struct DatabaseLocation;
} // namespace s15n

namespace s15n::ui {

class FirstRunPage;
class StatusArea;

// The main window only navigates: a list of pages on the left, the current page on the
// right, this node in the status bar. Without a node it shows the first-run page; while a
// PostgreSQL node is being opened, "Opening ..." with Cancel.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(QWidget *parent = nullptr);
    ~MainWindow() override;

    Node *node() const { return m_node.get(); }
    // Shows the page with this objectName; false if there is none.
    bool showPage(const QString &objectName);
    // The pages' objectNames, in navigation order; empty before there is a node.
    QStringList pageNames() const;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void openNode(const DatabaseLocation &location, const QString &password);
    void onOpenChecked(quint64 attempt, const DatabaseLocation &location, const QString &password,
                       const QString &error);
    void openHere(const DatabaseLocation &location, const QString &password);
    void showOpening(const DatabaseLocation &location);
    void cancelOpening(const DatabaseLocation &location);
    void showCouldNotOpen(const DatabaseLocation &location, const QString &error);
    // `proposed`: a location to offer under "Open an existing node".
    void showFirstRun(const QString &message, const DatabaseLocation *proposed = nullptr);
    // Makes `widget` the central widget; the one before goes once control is back in the
    // event loop (it may be the sender of what led here).
    void replaceCentralWidget(QWidget *widget);
    void buildPages();
    void addPage(QWidget *page, const QString &title, const QIcon &icon);
    void showNodeInStatusBar();

    std::unique_ptr<Node> m_node;
    QString m_databasePassword; // the node's PostgreSQL password, when the first-run page had one
    QSplitter *m_splitter = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    FirstRunPage *m_firstRun = nullptr;
    quint64 m_openAttempt = 0; // the open check whose answer counts; others are dropped
    QLabel *m_nodeLabel = nullptr;
    StatusArea *m_statusArea = nullptr;
};

} // namespace s15n::ui
