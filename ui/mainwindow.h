#pragma once

#include <QMainWindow>
#include <QStringList>

#include <memory>

class QActionGroup;
class QLabel;
class QListWidget;
class QMenu;
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
// right, this node in the status bar, and a menu bar (File: Quit; Go: the pages, Ctrl+1,
// Ctrl+2, ...; Help: About). Without a node it shows the first-run page; while a PostgreSQL
// node is being opened, the opening page ("Opening ..." with Cancel).
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

    // What Help > About says: the version, what s15n is, its licence.
    static QString aboutText();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void buildMenus();
    void showAbout();
    void openNode(const DatabaseLocation &location, const QString &password);
    void openHere(const DatabaseLocation &location, const QString &password);
    void showCouldNotOpen(const DatabaseLocation &location, const QString &error);
    // `proposed`: a location to offer under "Open an existing node".
    void showFirstRun(const QString &message, const DatabaseLocation *proposed = nullptr);
    // Makes `widget` the central widget; the one before goes once control is back in the
    // event loop (it may be the sender of what led here).
    void replaceCentralWidget(QWidget *widget);
    void buildPages();
    void addPage(QWidget *page, const QString &title, const QIcon &icon);
    void onPageChosen(int row);
    void showNodeInStatusBar();

    std::unique_ptr<Node> m_node;
    QString m_databasePassword; // the node's PostgreSQL password, when the first-run page had one
    QMenu *m_goMenu = nullptr;
    QActionGroup *m_goActions = nullptr; // one per page, in navigation order
    QSplitter *m_splitter = nullptr;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    FirstRunPage *m_firstRun = nullptr;
    QLabel *m_nodeLabel = nullptr;
    StatusArea *m_statusArea = nullptr;
};

} // namespace s15n::ui
