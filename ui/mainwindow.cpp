#include "mainwindow.h"

#include "pages/changespage.h"
#include "pages/datapage.h"
#include "pages/firstrunpage.h"
#include "pages/logpage.h"
#include "pages/repositoriespage.h"
#include "pages/scheduletab.h"
#include "pages/settingspage.h"
#include "secrets/keychain.h"
#include "storage/node.h"
#include "widgets/statusarea.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QFileInfo>
#include <QLabel>
#include <QListWidget>
#include <QLoggingCategory>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QSettings>
#include <QShortcut>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QStyle>
#include <QThreadPool>
#include <QTimer>
#include <QVBoxLayout>

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

void MainWindow::openNode(const DatabaseLocation &location, const QString &password)
{
    if (location.kind == DatabaseLocation::Kind::Sqlite) {
        // A local file: opening it never waits for a network.
        openHere(location, password);
        return;
    }
    // PostgreSQL: connecting waits for the server, when it cannot be reached up to libpq's
    // connect timeout, and the window must not freeze meanwhile. The node cannot be opened
    // on another thread and handed over: a QSqlDatabase connection is used only on the
    // thread that opened it, and the pages use this (the GUI) thread's Node. So it is first
    // opened, and closed again, on a pool thread; only once that worked is it opened here,
    // which then connects at once. Cancel drops the check's answer; the check ends by itself.
    showOpening(location);
    const quint64 attempt = ++m_openAttempt;
    // From the event loop, once "Opening ..." shows: the keychain's wait runs one too.
    QTimer::singleShot(0, this, [this, attempt, location, password] {
        if (attempt != m_openAttempt)
            return;
        QString used = password;
        if (used.isEmpty() && qEnvironmentVariableIsEmpty("PGPASSWORD")) {
            // As `s15n` and the pages' tasks do; on this thread, as the keychain wants.
            if (const Result<QString> stored = Keychain::read(location.keychainKey()); stored)
                used = stored.value();
            if (attempt != m_openAttempt)
                return;
        }
        const QPointer<MainWindow> window(this);
        QThreadPool::globalInstance()->start([window, attempt, location, used] {
            QString error;
            {
                const Result<std::unique_ptr<Node>> node = Node::open(location, used);
                if (!node)
                    error = node.message();
            } // closed again, on this thread
            // Through the application object, which outlives the pool (its destructor waits
            // for it); the window may be gone by then.
            QMetaObject::invokeMethod(
                QCoreApplication::instance(),
                [window, attempt, location, used, error] {
                    if (window)
                        window->onOpenChecked(attempt, location, used, error);
                },
                Qt::QueuedConnection);
        });
    });
}

void MainWindow::onOpenChecked(quint64 attempt, const DatabaseLocation &location,
                               const QString &password, const QString &error)
{
    if (attempt != m_openAttempt)
        return; // cancelled, or another open came since
    if (!error.isEmpty()) {
        showCouldNotOpen(location, error);
        return;
    }
    openHere(location, password);
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

void MainWindow::showOpening(const DatabaseLocation &location)
{
    auto *opening = new QWidget(this);
    opening->setObjectName(QStringLiteral("openingPage"));
    auto *layout = new QVBoxLayout(opening);
    layout->addStretch();
    auto *message = new QLabel(tr("Opening %1...").arg(location.toString()), opening);
    message->setObjectName(QStringLiteral("openingMessage"));
    message->setAlignment(Qt::AlignCenter);
    message->setWordWrap(true);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(message);
    auto *row = new QHBoxLayout;
    row->addStretch();
    auto *busy = new QProgressBar(opening);
    busy->setObjectName(QStringLiteral("openingBusy"));
    busy->setRange(0, 0); // busy mode
    busy->setTextVisible(false);
    row->addWidget(busy, 1);
    auto *cancel = new QPushButton(tr("Cancel"), opening);
    cancel->setObjectName(QStringLiteral("openingCancel"));
    cancel->setToolTip(tr("Stop waiting, and open or create another node (Esc)"));
    cancel->setShortcut(QKeySequence(Qt::Key_Escape));
    row->addWidget(cancel);
    row->addStretch();
    layout->addLayout(row);
    layout->addStretch(2);
    connect(cancel, &QPushButton::clicked, this, [this, location] { cancelOpening(location); });
    qCInfo(lcWindow) << "opening" << location.toString();
    replaceCentralWidget(opening);
    m_firstRun = nullptr;
    m_nodeLabel->setText(tr("No node"));
}

void MainWindow::cancelOpening(const DatabaseLocation &location)
{
    ++m_openAttempt; // its answer is dropped
    qCInfo(lcWindow) << "opening" << location.toString() << "cancelled";
    showFirstRun(tr("Opening %1 was cancelled. Open it again, open another node, or create a "
                    "new one.")
                     .arg(location.toString()),
                 &location);
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
            [this](const DatabaseLocation &location, const QString &password) {
                openNode(location, password);
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
    logPage->setDatabasePassword(m_databasePassword);
    auto *repositoriesPage = new RepositoriesPage(*m_node, m_pages);
    repositoriesPage->setObjectName(QStringLiteral("repositoriesPage"));
    repositoriesPage->setDatabasePassword(m_databasePassword);
    connect(repositoriesPage, &RepositoriesPage::repositoriesChanged, logPage, &LogPage::refresh);
    addPage(repositoriesPage, tr("Repositories"), style()->standardIcon(QStyle::SP_DriveNetIcon));
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
        connect(shortcut, &QShortcut::activated, this,
                [this, i] { m_navigation->setCurrentRow(i); });
    }
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
