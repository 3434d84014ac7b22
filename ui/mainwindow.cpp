#include "mainwindow.h"

#include "pages/firstrunpage.h"
#include "pages/changespage.h"
#include "pages/datapage.h"
#include "pages/logpage.h"
#include "pages/repositoriespage.h"
#include "pages/scheduletab.h"
#include "pages/settingspage.h"
#include "storage/node.h"
#include "widgets/statusarea.h"

#include <QCloseEvent>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>

namespace s15n::ui {

namespace {

const QString kGeometryKey = QStringLiteral("mainWindow/geometry");
const QString kSplitterKey = QStringLiteral("mainWindow/splitter");
const QString kPageKey = QStringLiteral("mainWindow/page"); // the current page's objectName

} // namespace

MainWindow::MainWindow(QWidget *parent) : QMainWindow(parent)
{
    setWindowTitle(tr("s15n administration"));
    m_nodeLabel = new QLabel(this);
    m_nodeLabel->setObjectName(QStringLiteral("nodeLabel"));
    m_nodeLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    statusBar()->addPermanentWidget(m_nodeLabel);
    resize(960, 640);
    const QSettings settings;
    restoreGeometry(settings.value(kGeometryKey).toByteArray());

    const Result<DatabaseLocation> location = DatabaseLocation::configured();
    if (!location) {
        showFirstRun(location.message());
        return;
    }
    // Looking must not create a database: a missing file means there is no node yet.
    if (location.value().kind == DatabaseLocation::Kind::Sqlite &&
        !QFileInfo::exists(location.value().path)) {
        showFirstRun(tr("There is no node here yet. Create one, or open an existing one."));
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

void MainWindow::openNode(const DatabaseLocation &location, const QString &password)
{
    Result<std::unique_ptr<Node>> node = Node::open(location, password);
    if (!node) {
        showFirstRun(tr("Could not open the node at %1: %2")
                         .arg(location.toString(), node.message()));
        return;
    }
    m_node = std::move(node.value());
    m_databasePassword = password;
    buildPages();
}

void MainWindow::showFirstRun(const QString &message)
{
    m_firstRun = new FirstRunPage(this);
    m_firstRun->setObjectName(QStringLiteral("firstRunPage"));
    m_firstRun->showMessage(message);
    connect(m_firstRun, &FirstRunPage::nodeReady, this,
            [this](const DatabaseLocation &location, const QString &password) {
                openNode(location, password);
            });
    setCentralWidget(m_firstRun);
    m_nodeLabel->setText(tr("No node"));
}

void MainWindow::buildPages()
{
    auto *splitter = new QSplitter(this);
    splitter->setObjectName(QStringLiteral("mainSplitter"));
    m_navigation = new QListWidget(splitter);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setIconSize(QSize(24, 24));
    m_navigation->setMaximumWidth(180);
    m_pages = new QStackedWidget(splitter);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        // Unsaved edits on the Data page are never dropped without asking.
        auto *data = qobject_cast<DataPage *>(m_pages->currentWidget());
        if (data && m_pages->indexOf(data) != row && data->hasPendingChanges() &&
            !data->discardChanges()) {
            const QSignalBlocker blocker(m_navigation);
            m_navigation->setCurrentRow(m_pages->indexOf(data));
            return;
        }
        m_pages->setCurrentIndex(row);
    });

    auto *settingsPage = new SettingsPage(*m_node, m_pages);
    settingsPage->setObjectName(QStringLiteral("settingsPage"));
    connect(settingsPage, &SettingsPage::nodeRenamed, this, &MainWindow::showNodeInStatusBar);
    auto *logPage = new LogPage(*m_node, m_pages);
    logPage->setObjectName(QStringLiteral("logPage"));
    auto *repositoriesPage = new RepositoriesPage(*m_node, m_pages);
    repositoriesPage->setObjectName(QStringLiteral("repositoriesPage"));
    repositoriesPage->setDatabasePassword(m_databasePassword);
    connect(repositoriesPage, &RepositoriesPage::repositoriesChanged, logPage, &LogPage::refresh);
    addPage(repositoriesPage, tr("Repositories"),
            style()->standardIcon(QStyle::SP_DriveNetIcon));
    auto *changesPage = new ChangesPage(*m_node, m_pages);
    changesPage->setObjectName(QStringLiteral("changesPage"));
    changesPage->setDatabasePassword(m_databasePassword);
    connect(repositoriesPage, &RepositoriesPage::repositoriesChanged, changesPage,
            &ChangesPage::reloadChoices);
    addPage(changesPage, tr("Changes"), style()->standardIcon(QStyle::SP_BrowserReload));
    addPage(logPage, tr("Log"), style()->standardIcon(QStyle::SP_FileDialogDetailedView));
    auto *dataPage = new DataPage(*m_node, m_pages);
    dataPage->setObjectName(QStringLiteral("dataPage"));
    addPage(dataPage, tr("Data"), style()->standardIcon(QStyle::SP_FileDialogContentsView));
    addPage(settingsPage, tr("Settings"), style()->standardIcon(QStyle::SP_ComputerIcon));
    const QSettings settings;
    splitter->restoreState(settings.value(kSplitterKey).toByteArray());
    if (!showPage(settings.value(kPageKey).toString()))
        m_navigation->setCurrentRow(0);

    // Ctrl+1, Ctrl+2, ...: the pages in the order of the list.
    for (int i = 0; i < m_navigation->count() && i < 9; ++i) {
        auto *shortcut = new QShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)), this);
        connect(shortcut, &QShortcut::activated, this, [this, i] { m_navigation->setCurrentRow(i); });
    }
    QWidget *old = takeCentralWidget();
    setCentralWidget(splitter);
    m_splitter = splitter;
    if (old)
        old->deleteLater();
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
    m_pages->addWidget(page);
    auto *item = new QListWidgetItem(icon, title, m_navigation);
    item->setData(Qt::UserRole, page->objectName());
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
    m_nodeLabel->setText(tr("Node %1 (%2), sync ID %3")
                             .arg(id.name, id.uuid.toString(QUuid::WithoutBraces))
                             .arg(id.syncId ? QString::number(id.syncId) : tr("none")));
    m_nodeLabel->setToolTip(m_node->database().location().toString());
    setWindowTitle(tr("%1 - s15n administration").arg(id.name));
}

} // namespace s15n::ui
