#include "mainwindow.h"

#include "pages/changespage.h"
#include "pages/childrenpage.h"
#include "pages/datapage.h"
#include "pages/firstrunpage.h"
#include "pages/logpage.h"
#include "pages/openingpage.h"
#include "pages/repositoriespage.h"
#include "pages/scheduletab.h"
#include "pages/settingspage.h"
#include "storage/node.h"
#include "widgets/icons.h"
#include "widgets/statusarea.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLoggingCategory>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>

Q_LOGGING_CATEGORY(lcWindow, "s15n.ui.window")

namespace s15n::ui {

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
const QString kPageKey = QStringLiteral("mainWindow/page"); // the current page's objectName

// The list of pages, as wide as its widest entry in the language it is shown in: the
// splitter gives it that width at first (sizeHint) and never less (minimumSizeHint), so no
// entry is cut off and no empty space is left beside it; the pages get the rest.
class NavigationList : public QListWidget
{
public:
    using QListWidget::QListWidget;

    QSize sizeHint() const override { return {contentsWidth(), QListWidget::sizeHint().height()}; }
    QSize minimumSizeHint() const override
    {
        return {contentsWidth(), QListWidget::minimumSizeHint().height()};
    }

private:
    int contentsWidth() const { return sizeHintForColumn(0) + 2 * frameWidth(); }
};

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("s15n administration"));
    m_nodeLabel = new QLabel(this);
    m_nodeLabel->setObjectName(QStringLiteral("nodeLabel"));
    m_nodeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_nodeLabel);
    buildMenus();
    resize(960, 640);
    const QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());

    const Result<DatabaseLocation> location = DatabaseLocation::configured();
    if (!location) {
        showFirstRun(location.message());
        return;
    }
    // Looking must not create a database: a missing file means there is no node yet, which
    // the first-run page's title says (its form proposes that file for a new node).
    if (location.value().kind == DatabaseLocation::Kind::Sqlite &&
        !QFileInfo::exists(location.value().path)) {
        showFirstRun(QString());
        return;
    }
    openNode(location.value(), QString());
}

MainWindow::~MainWindow()
{
    QSettings settings;
    settings.setValue(kGeometryKey, saveGeometry());
    if (m_splitter && m_pages->currentWidget()) {
        settings.setValue(kSplitterKey, m_splitter->saveState());
        settings.setValue(kPageKey, m_pages->currentWidget()->objectName());
    }
    // Pages refer to the node: they go first.
    delete takeCentralWidget();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    for (DataPage *data : findChildren<DataPage *>()) {
        if (data->hasPendingChanges() && !data->discardChanges()) {
            event->ignore();
            return;
        }
    }
    QMainWindow::closeEvent(event);
}

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    file->setObjectName(QStringLiteral("fileMenu"));
    QAction *quit = file->addAction(themeIcon("application-exit", QStyle::SP_DialogCloseButton),
                                    tr("&Quit"), this, &QWidget::close);
    quit->setObjectName(QStringLiteral("quitAction"));
    // Ctrl+Q where the platform has no Quit key (Windows' scheme, and the offscreen platform).
    QList<QKeySequence> quitKeys = QKeySequence::keyBindings(QKeySequence::Quit);
    if (quitKeys.isEmpty())
        quitKeys << QKeySequence(Qt::CTRL | Qt::Key_Q);
    quit->setShortcuts(quitKeys);
    quit->setMenuRole(QAction::QuitRole);

    // Filled with the pages once there is a node (buildPages); hidden until then.
    m_goMenu = menuBar()->addMenu(tr("&Go"));
    m_goMenu->setObjectName(QStringLiteral("goMenu"));
    m_goMenu->menuAction()->setVisible(false);
    m_goActions = new QActionGroup(this);
    m_goActions->setExclusive(true);

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    help->setObjectName(QStringLiteral("helpMenu"));
    QAction *about = help->addAction(themeIcon("help-about", QStyle::SP_MessageBoxInformation),
                                     tr("&About s15n"), this, &MainWindow::showAbout);
    about->setObjectName(QStringLiteral("aboutAction"));
    about->setMenuRole(QAction::AboutRole);
    QAction *aboutQt = help->addAction(tr("About &Qt"), qApp, &QApplication::aboutQt);
    aboutQt->setObjectName(QStringLiteral("aboutQtAction"));
    aboutQt->setMenuRole(QAction::AboutQtRole);
}

QString MainWindow::aboutText()
{
    return tr("<h3>s15n %1</h3>"
              "<p>s15n keeps the tables of SQLite and PostgreSQL databases in sync between "
              "nodes that are often offline. This application administers one node: its remote "
              "repositories, the tables it shares with them, when it syncs, and what "
              "happened.</p>"
              "<p>Licence: not chosen yet.</p>")
        .arg(QStringLiteral(S15N_VERSION));
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About s15n"), aboutText());
}

void MainWindow::openNode(const DatabaseLocation &location, const QString &password)
{
    if (location.kind == DatabaseLocation::Kind::Sqlite) {
        // A local file: opening it never waits for a network.
        openHere(location, password);
        return;
    }
    // PostgreSQL: connecting waits for the server, and the window must not freeze meanwhile;
    // the opening page checks it off this thread, and then it is opened here.
    auto *opening = new OpeningPage(location, password, this);
    opening->setObjectName(QStringLiteral("openingPage"));
    connect(opening, &OpeningPage::opened, this, &MainWindow::openHere);
    connect(opening, &OpeningPage::failed, this, &MainWindow::showCouldNotOpen);
    connect(opening, &OpeningPage::cancelled, this, [this](const DatabaseLocation &cancelled) {
        showFirstRun(tr("Opening %1 was cancelled. Open it again, open another node, or "
                        "create a new one.")
                         .arg(cancelled.toString()),
                     &cancelled);
    });
    replaceCentralWidget(opening);
    m_firstRun = nullptr;
    m_nodeLabel->setText(tr("No node"));
}

void MainWindow::openHere(const DatabaseLocation &location, const QString &password)
{
    Result<std::unique_ptr<Node>> node = Node::open(location, password);
    if (!node) {
        showCouldNotOpen(location, node.message());
        return;
    }
    m_node = std::move(node.value());
    m_databasePassword = password;
    buildPages();
}

void MainWindow::showCouldNotOpen(const DatabaseLocation &location, const QString &error)
{
    qCWarning(lcWindow) << "cannot open" << location.toString() << ":" << error;
    const QString todo =
        location.kind == DatabaseLocation::Kind::Postgresql
            ? tr("Check that the PostgreSQL server is running and can be reached from this "
                 "computer, and the user name and password; then click Open to try again, or "
                 "create a new node.")
            : tr("Open the database file of an existing node, or create a new node.");
    showFirstRun(QString(), &location);
    m_firstRun->showError(tr("Could not open the node at %1: %2").arg(location.toString(), error) +
                          QLatin1Char(' ') + todo);
}

void MainWindow::showFirstRun(const QString &message, const DatabaseLocation *proposed)
{
    auto *firstRun = new FirstRunPage(this);
    firstRun->setObjectName(QStringLiteral("firstRunPage"));
    if (proposed)
        firstRun->proposeOpen(*proposed);
    firstRun->showMessage(message);
    connect(firstRun, &FirstRunPage::nodeReady, this,
            [this, firstRun](const DatabaseLocation &location, const QString &password) {
                const bool seed = firstRun->seedFromParent();
                openNode(location, password);
                if (!seed)
                    return;
                // A child seeded from its parent: Define Parent next, once the pages are there
                // (a PostgreSQL node opens later, on the opening page).
                auto defineParent = [this] {
                    auto *page = findChild<RepositoriesPage *>();
                    if (m_node && page && showPage(page->objectName()))
                        page->defineParent();
                };
                if (auto *opening = qobject_cast<OpeningPage *>(centralWidget()))
                    connect(opening, &OpeningPage::opened, this, defineParent);
                else
                    defineParent();
            });
    replaceCentralWidget(firstRun);
    m_firstRun = firstRun;
    m_nodeLabel->setText(tr("No node"));
}

void MainWindow::replaceCentralWidget(QWidget *widget)
{
    QWidget *old = takeCentralWidget();
    setCentralWidget(widget);
    if (old)
        old->deleteLater();
}

void MainWindow::buildPages()
{
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_navigation = new NavigationList(splitter);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_pages = new QStackedWidget(splitter);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setCollapsible(0, false);
    splitter->setStretchFactor(0, 0); // a wider window widens the pages
    splitter->setStretchFactor(1, 1);
    connect(m_navigation, &QListWidget::currentRowChanged, this, &MainWindow::onPageChosen);

    auto *settingsPage = new SettingsPage(*m_node, m_pages);
    settingsPage->setObjectName(QStringLiteral("settingsPage"));
    connect(settingsPage, &SettingsPage::nodeRenamed, this, &MainWindow::showNodeInStatusBar);
    auto *logPage = new LogPage(*m_node, m_pages);
    logPage->setObjectName(QStringLiteral("logPage"));
    logPage->setDatabasePassword(m_databasePassword);
    auto *repositoriesPage = new RepositoriesPage(*m_node, m_pages);
    repositoriesPage->setObjectName(QStringLiteral("repositoriesPage"));
    repositoriesPage->setDatabasePassword(m_databasePassword);
    connect(repositoriesPage, &RepositoriesPage::repositoriesChanged, logPage, &LogPage::refresh);
    addPage(repositoriesPage, tr("Repositories"),
            themeIcon("network-server", QStyle::SP_DriveNetIcon));
    auto *childrenPage = new ChildrenPage(*m_node, m_pages);
    childrenPage->setObjectName(QStringLiteral("childrenPage"));
    childrenPage->setDatabasePassword(m_databasePassword);
    addPage(childrenPage, tr("Children"), themeIcon("network-workgroup", QStyle::SP_DirLinkIcon));
    auto *changesPage = new ChangesPage(*m_node, m_pages);
    changesPage->setObjectName(QStringLiteral("changesPage"));
    changesPage->setDatabasePassword(m_databasePassword);
    connect(repositoriesPage, &RepositoriesPage::repositoriesChanged, changesPage,
            &ChangesPage::reloadChoices);
    addPage(changesPage, tr("Changes"), themeIcon("view-refresh", QStyle::SP_BrowserReload));
    addPage(logPage, tr("Log"), themeIcon("text-x-generic", QStyle::SP_FileDialogDetailedView));
    auto *dataPage = new DataPage(*m_node, m_pages);
    dataPage->setObjectName(QStringLiteral("dataPage"));
    addPage(dataPage, tr("Data"),
            themeIcon("x-office-spreadsheet", QStyle::SP_FileDialogContentsView));
    addPage(settingsPage, tr("Settings"), themeIcon("preferences-system", QStyle::SP_ComputerIcon));
    m_goMenu->menuAction()->setVisible(true);
    const QSettings settings;
    splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    if (!showPage(settings.value(kPageKey).toString()))
        m_navigation->setCurrentRow(0);
    replaceCentralWidget(splitter);
    m_splitter = splitter;
    m_firstRun = nullptr;
    m_statusArea = new StatusArea(*m_node, this);
    m_statusArea->setObjectName(QStringLiteral("statusArea"));
    statusBar()->addWidget(m_statusArea, 1);
    connect(repositoriesPage, &RepositoriesPage::repositoriesChanged, m_statusArea,
            &StatusArea::refresh);
    connect(repositoriesPage->scheduleTab(), &ScheduleTab::runFinished, m_statusArea,
            &StatusArea::refresh);
    connect(repositoriesPage->scheduleTab(), &ScheduleTab::runFinished, logPage, &LogPage::refresh);
    showNodeInStatusBar();
}

void MainWindow::addPage(QWidget *page, const QString &title, const QIcon &icon)
{
    const int row = m_pages->addWidget(page);
    auto *item = new QListWidgetItem(icon, title, m_navigation);
    item->setData(Qt::UserRole, page->objectName());
    // Go > the page, Ctrl+1, Ctrl+2, ... in the order of the list.
    QAction *go = m_goMenu->addAction(icon, title, this, [this, row] {
        m_navigation->setCurrentRow(row);
        onPageChosen(m_navigation->currentRow()); // checks the page shown, if it stayed
    });
    go->setObjectName(page->objectName() + QStringLiteral("Action"));
    go->setCheckable(true);
    if (row < 9)
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + row)));
    m_goActions->addAction(go);
}

void MainWindow::onPageChosen(int row)
{
    // Unsaved edits on the Data page are never dropped without asking.
    auto *data = qobject_cast<DataPage *>(m_pages->currentWidget());
    if (data && m_pages->indexOf(data) != row && data->hasPendingChanges() &&
        !data->discardChanges()) {
        const QSignalBlocker blocker(m_navigation);
        m_navigation->setCurrentRow(m_pages->indexOf(data));
    } else {
        m_pages->setCurrentIndex(row);
    }
    const QList<QAction *> go = m_goActions->actions();
    if (const int shown = m_pages->currentIndex(); shown >= 0 && shown < go.size())
        go.at(shown)->setChecked(true);
}

bool MainWindow::showPage(const QString &objectName)
{
    if (!m_navigation)
        return false;
    for (int i = 0; i < m_navigation->count(); ++i) {
        if (m_navigation->item(i)->data(Qt::UserRole).toString() == objectName) {
            m_navigation->setCurrentRow(i);
            return true;
        }
    }
    return false;
}

QStringList MainWindow::pageNames() const
{
    QStringList names;
    for (int i = 0; m_navigation && i < m_navigation->count(); ++i)
        names.append(m_navigation->item(i)->data(Qt::UserRole).toString());
    return names;
}

void MainWindow::showNodeInStatusBar()
{
    const NodeIdentity &id = m_node->identity();
    // Short, so the status area beside it keeps its room; the UUID is in the tooltip (and
    // on the Settings page, with a copy button).
    m_nodeLabel->setText(tr("Node %1, sync ID %2")
                             .arg(id.name, id.syncId ? QString::number(id.syncId) : tr("none")));
    m_nodeLabel->setToolTip(tr("Node %1\nUUID %2\nDatabase %3")
                                .arg(id.name, id.uuid.toString(QUuid::WithoutBraces),
                                     m_node->database().location().toString()));
    setWindowTitle(tr("%1 - s15n administration").arg(id.name));
}

} // namespace s15n::ui
