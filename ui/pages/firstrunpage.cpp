#include "firstrunpage.h"

#include "secrets/keychain.h"
#include "storage/migrations.h"
#include "storage/nodesetup.h"
#include "widgets/icons.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLoggingCategory>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QSpinBox>
#include <QThread>
#include <QVBoxLayout>

#include <memory>

Q_LOGGING_CATEGORY(lcFirstRun, "s15n.ui.firstrun")

namespace s15n::ui {

namespace {

// Whether `location` already holds a node (read only; never creates a file). Asked only after
// a create failed, to say what to do instead.
bool holdsNode(const DatabaseLocation &location, const QString &password)
{
    if (location.kind == DatabaseLocation::Kind::Sqlite && !QFileInfo::exists(location.path))
        return false;
    Database db;
    if (!db.open(location, false, password))
        return false;
    const Result<int> version = Migrations::currentVersion(db);
    return version && version.value() > 0;
}

QLineEdit *lineEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    return edit;
}

} // namespace

FirstRunPage::FirstRunPage(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    // The one place that says there is no node; the message below only adds what differs.
    auto *title = new QLabel(tr("<h2>Welcome to s15n</h2>"
                                "<p>This computer has no s15n node yet. Create one, or open the "
                                "database of an existing node.</p>"),
                             this);
    title->setObjectName(QStringLiteral("firstRunTitle"));
    title->setWordWrap(true);
    layout->addWidget(title);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("firstRunMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->hide();
    layout->addWidget(m_message);

    m_form = new QWidget(this);
    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    auto *modeRow = new QHBoxLayout;
    m_createMode = new QRadioButton(tr("&Create a new node"), m_form);
    m_createMode->setObjectName(QStringLiteral("firstRunModeCreate"));
    m_openMode = new QRadioButton(tr("Open an &existing node"), m_form);
    m_openMode->setObjectName(QStringLiteral("firstRunModeOpen"));
    auto *modes = new QButtonGroup(this);
    modes->addButton(m_createMode);
    modes->addButton(m_openMode);
    m_createMode->setChecked(true);
    modeRow->addWidget(m_createMode);
    modeRow->addWidget(m_openMode);
    modeRow->addStretch();
    formLayout->addLayout(modeRow);

    m_nodeBox = new QGroupBox(tr("New node"), m_form);
    auto *nodeForm = new QFormLayout(m_nodeBox);
    m_name = lineEdit(QStringLiteral("firstRunName"), m_nodeBox);
    m_name->setPlaceholderText(tr("e.g. head-office"));
    nodeForm->addRow(tr("&Name:"), m_name);
    m_syncId = new QSpinBox(m_nodeBox);
    m_syncId->setObjectName(QStringLiteral("firstRunSyncId"));
    m_syncId->setRange(0, Node::kMaxSyncId);
    m_syncId->setSpecialValueText(tr("none"));
    auto *syncHint = new QLabel(
        tr("1 = the parent (primary) node; 2 to %1 = the other nodes; none = set it later.")
            .arg(Node::kMaxSyncId),
        m_nodeBox);
    syncHint->setWordWrap(true);
    auto *syncRow = new QHBoxLayout;
    syncRow->addWidget(m_syncId);
    syncRow->addWidget(syncHint, 1);
    auto *syncLabel = new QLabel(tr("&Sync ID:"), m_nodeBox);
    syncLabel->setBuddy(m_syncId);
    nodeForm->addRow(syncLabel, syncRow);
    m_sample = new QCheckBox(tr("&Load the sample data (a small supply-chain application to "
                                "try s15n with)"),
                             m_nodeBox);
    m_sample->setObjectName(QStringLiteral("firstRunSample"));
    nodeForm->addRow(m_sample);
    // A child's data comes from its parent's backup, which needs empty tables: no sample data.
    m_seed = new QCheckBox(tr("Seed &this node from its parent's backup (define the parent "
                              "next)"),
                           m_nodeBox);
    m_seed->setObjectName(QStringLiteral("firstRunSeed"));
    m_seed->setToolTip(tr("For a child: once the node is made, the Define Parent dialog fetches "
                          "the parent's backup, or takes the zip downloaded there."));
    nodeForm->addRow(m_seed);
    connect(m_seed, &QCheckBox::toggled, this, [this](bool seed) {
        if (seed)
            m_sample->setChecked(false);
        m_sample->setEnabled(!seed);
    });
    formLayout->addWidget(m_nodeBox);
    formLayout->addWidget(buildDatabaseBox());
    layout->addWidget(m_form);

    auto *buttons = new QHBoxLayout;
    m_busy = new QProgressBar(this);
    m_busy->setObjectName(QStringLiteral("firstRunBusy"));
    m_busy->setRange(0, 0); // busy mode
    m_busy->setTextVisible(false);
    m_busy->hide();
    buttons->addWidget(m_busy, 1);
    m_cancelButton =
        new QPushButton(themeIcon("process-stop", QStyle::SP_BrowserStop), tr("Cancel"), this);
    m_cancelButton->setObjectName(QStringLiteral("firstRunCancel"));
    m_cancelButton->setToolTip(tr("Stop, and undo what was made so far (Esc)"));
    m_cancelButton->setShortcut(QKeySequence(Qt::Key_Escape));
    m_cancelButton->hide();
    buttons->addWidget(m_cancelButton);
    buttons->addStretch();
    m_createButton =
        new QPushButton(themeIcon("document-new", QStyle::SP_FileIcon), tr("Create"), this);
    m_createButton->setObjectName(QStringLiteral("firstRunCreate"));
    m_openButton =
        new QPushButton(themeIcon("document-open", QStyle::SP_DialogOpenButton), tr("Open"), this);
    m_openButton->setObjectName(QStringLiteral("firstRunOpen"));
    buttons->addWidget(m_createButton);
    buttons->addWidget(m_openButton);
    layout->addLayout(buttons);
    layout->addStretch();

    connect(m_createMode, &QRadioButton::toggled, this, [this] { updateMode(); });
    connect(m_sqliteKind, &QRadioButton::toggled, this, [this] { updateMode(); });
    connect(m_createButton, &QPushButton::clicked, this, [this] { onCreateClicked(); });
    connect(m_openButton, &QPushButton::clicked, this, [this] { onOpenClicked(); });
    connect(m_cancelButton, &QPushButton::clicked, this, &FirstRunPage::cancel);
    // Enter in any field starts what the visible button does.
    for (QLineEdit *edit : m_form->findChildren<QLineEdit *>()) {
        connect(edit, &QLineEdit::returnPressed, this, [this] {
            if (!isBusy())
                m_createMode->isChecked() ? onCreateClicked() : onOpenClicked();
        });
    }
    updateMode();
}

FirstRunPage::~FirstRunPage()
{
    if (m_thread) {
        // The thread holds a database connection of its own; it must end before we do. A
        // node half made goes again.
        m_cancelled = true;
        m_thread->wait();
        delete m_thread;
    }
}

QWidget *FirstRunPage::buildDatabaseBox()
{
    auto *box = new QGroupBox(tr("Database"), m_form);
    auto *layout = new QVBoxLayout(box);
    auto *kindRow = new QHBoxLayout;
    m_sqliteKind = new QRadioButton(tr("S&QLite file"), box);
    m_sqliteKind->setObjectName(QStringLiteral("firstRunKindSqlite"));
    m_postgresKind = new QRadioButton(tr("&PostgreSQL"), box);
    m_postgresKind->setObjectName(QStringLiteral("firstRunKindPostgres"));
    auto *kinds = new QButtonGroup(this);
    kinds->addButton(m_sqliteKind);
    kinds->addButton(m_postgresKind);
    m_sqliteKind->setChecked(true);
    kindRow->addWidget(m_sqliteKind);
    kindRow->addWidget(m_postgresKind);
    kindRow->addStretch();
    layout->addLayout(kindRow);

    // One row per mode: where to make a new file, and which existing file to open.
    const auto fileRow = [this, box](QLineEdit *&field, const QString &name, bool forCreating) {
        auto *row = new QWidget(box);
        auto *rowLayout = new QHBoxLayout(row);
        rowLayout->setContentsMargins(0, 0, 0, 0);
        field = lineEdit(name, row);
        auto *browse = new QPushButton(themeIcon("document-open", QStyle::SP_DialogOpenButton),
                                       tr("&Browse..."), row);
        browse->setObjectName(name + QStringLiteral("Browse"));
        rowLayout->addWidget(new QLabel(tr("File:"), row));
        rowLayout->addWidget(field, 1);
        rowLayout->addWidget(browse);
        QLineEdit *target = field;
        connect(browse, &QPushButton::clicked, this,
                [this, target, forCreating] { onBrowse(target, forCreating); });
        return row;
    };
    m_sqliteCreateRow = fileRow(m_sqlitePath, QStringLiteral("firstRunSqlitePath"), true);
    // Where `s15n` would look ($S15N_DB first), so both find the node made here.
    const Result<DatabaseLocation> configured = DatabaseLocation::configured();
    m_sqlitePath->setText(configured && configured.value().kind == DatabaseLocation::Kind::Sqlite
                              ? configured.value().path
                              : DatabaseLocation::defaultLocation().path);
    m_sqliteOpenRow = fileRow(m_openPath, QStringLiteral("firstRunOpenPath"), false);
    m_openPath->setPlaceholderText(tr("The database file of an existing node"));
    layout->addWidget(m_sqliteCreateRow);
    layout->addWidget(m_sqliteOpenRow);

    m_postgresBox = new QWidget(box);
    auto *pg = new QFormLayout(m_postgresBox);
    pg->setContentsMargins(0, 0, 0, 0);
    m_pgHost = lineEdit(QStringLiteral("firstRunPgHost"), m_postgresBox);
    m_pgHost->setText(QStringLiteral("localhost"));
    pg->addRow(tr("&Host:"), m_pgHost);
    m_pgPort = new QSpinBox(m_postgresBox);
    m_pgPort->setObjectName(QStringLiteral("firstRunPgPort"));
    m_pgPort->setRange(1, 65535);
    m_pgPort->setValue(5432);
    pg->addRow(tr("P&ort:"), m_pgPort);
    m_pgDatabase = lineEdit(QStringLiteral("firstRunPgDatabase"), m_postgresBox);
    pg->addRow(tr("&Database:"), m_pgDatabase);
    m_pgUser = lineEdit(QStringLiteral("firstRunPgUser"), m_postgresBox);
    m_pgUser->setPlaceholderText(tr("Your login name"));
    pg->addRow(tr("&User:"), m_pgUser);
    m_pgPassword = lineEdit(QStringLiteral("firstRunPgPassword"), m_postgresBox);
    m_pgPassword->setEchoMode(QLineEdit::Password);
    m_pgPassword->setPlaceholderText(tr("Empty: PGPASSWORD or ~/.pgpass"));
    pg->addRow(tr("Pass&word:"), m_pgPassword);
    m_rememberPassword = new QCheckBox(tr("&Remember the password in the keychain"), box);
    m_rememberPassword->setObjectName(QStringLiteral("firstRunRememberPassword"));
    pg->addRow(m_rememberPassword);
    layout->addWidget(m_postgresBox);
    return box;
}

void FirstRunPage::showMessage(const QString &message)
{
    m_message->setStyleSheet(QString());
    m_message->setText(message);
    m_message->setVisible(!message.isEmpty());
}

void FirstRunPage::showError(const QString &message)
{
    m_message->setStyleSheet(QStringLiteral("color: #b3261e;"));
    m_message->setText(message);
    m_message->setVisible(true);
}

void FirstRunPage::proposeOpen(const DatabaseLocation &location)
{
    m_openMode->setChecked(true);
    if (location.kind == DatabaseLocation::Kind::Sqlite) {
        m_sqliteKind->setChecked(true);
        m_openPath->setText(QDir::toNativeSeparators(location.path));
        return;
    }
    m_postgresKind->setChecked(true);
    m_pgHost->setText(location.host);
    m_pgPort->setValue(location.port);
    m_pgDatabase->setText(location.database);
    m_pgUser->setText(location.user);
    m_pgPassword->clear();
}

void FirstRunPage::cancel()
{
    if (!m_working || m_cancelled)
        return;
    qCInfo(lcFirstRun) << "cancel asked";
    m_cancelled = true;
    m_cancelButton->setEnabled(false);
    showMessage(tr("Cancelling..."));
}

void FirstRunPage::updateMode()
{
    const bool creating = m_createMode->isChecked();
    const bool sqlite = m_sqliteKind->isChecked();
    m_nodeBox->setVisible(creating);
    m_sqliteCreateRow->setVisible(creating && sqlite);
    m_sqliteOpenRow->setVisible(!creating && sqlite);
    m_postgresBox->setVisible(!sqlite);
    m_createButton->setVisible(creating);
    m_openButton->setVisible(!creating);
    m_createButton->setDefault(creating);
    m_openButton->setDefault(!creating);
}

void FirstRunPage::onBrowse(QLineEdit *field, bool forCreating)
{
    const QString filter = tr("SQLite databases (*.sqlite *.sqlite3 *.db);;All files (*)");
    const QString start = field->text().isEmpty() ? QString() : field->text();
    const QString path =
        forCreating ? QFileDialog::getSaveFileName(this, tr("New node database"), start, filter,
                                                   nullptr, QFileDialog::DontConfirmOverwrite)
                    : QFileDialog::getOpenFileName(this, tr("Open a node database"), start, filter);
    if (!path.isEmpty())
        field->setText(QDir::toNativeSeparators(path));
}

Result<FirstRunPage::Request> FirstRunPage::requestFromFields(bool creating) const
{
    Request request;
    request.creating = creating;
    DatabaseLocation &location = request.location;
    if (m_sqliteKind->isChecked()) {
        const QString path = (creating ? m_sqlitePath : m_openPath)->text().trimmed();
        if (path.isEmpty())
            return Status::failure(creating ? tr("Choose a file for the new node's database.")
                                            : tr("Choose the database file of an existing node."));
        location.path = QFileInfo(QDir::fromNativeSeparators(path)).absoluteFilePath();
        if (!creating && !QFileInfo::exists(location.path))
            return Status::failure(tr("There is no file %1. Choose the database file of an "
                                      "existing node, or create a new node.")
                                       .arg(QDir::toNativeSeparators(location.path)));
        if (QFileInfo(location.path).isDir())
            return Status::failure(
                tr("%1 is a folder; choose a file.").arg(QDir::toNativeSeparators(location.path)));
        return request;
    }
    location.kind = DatabaseLocation::Kind::Postgresql;
    location.host = m_pgHost->text().trimmed();
    location.port = m_pgPort->value();
    location.database = m_pgDatabase->text().trimmed();
    location.user = m_pgUser->text().trimmed();
    if (location.host.isEmpty())
        return Status::failure(tr("Enter the host name of the PostgreSQL server."));
    if (location.database.isEmpty() || location.database.contains(QLatin1Char('/')))
        return Status::failure(tr("Enter the name of the PostgreSQL database."));
    request.password = m_pgPassword->text();
    request.keepPassword = m_rememberPassword->isChecked() && !request.password.isEmpty();
    return request;
}

void FirstRunPage::onCreateClicked()
{
    if (isBusy())
        return;
    const QString name = m_name->text().trimmed();
    Result<Request> request =
        name.isEmpty() ? Result<Request>(Status::failure(tr("Enter a name for the new node.")))
                       : requestFromFields(true);
    if (!request) {
        showError(request.message());
        if (name.isEmpty())
            m_name->setFocus();
        emit failed(request.message());
        return;
    }
    const DatabaseLocation location = request.value().location;
    const QString password = request.value().password;
    const int syncId = m_syncId->value();
    const bool sample = m_sample->isChecked();
    m_seedRequested = m_seed->isChecked();
    qCInfo(lcFirstRun) << "creating a node in" << location.toString() << "sample data:" << sample;
    showMessage(tr("Creating the node in %1...").arg(location.toString()));
    run(request.value(),
        [location, password, name, syncId, sample](const std::atomic_bool &cancelled) -> Outcome {
            // The node, and with it its connection, is closed again when this returns: in the
            // thread that opened it.
            const Result<std::unique_ptr<Node>> node =
                NodeSetup::create(location, name, syncId, sample, password,
                                  [&cancelled] { return cancelled.load(); });
            if (node)
                return {};
            if (node.message() == NodeSetup::cancelledMessage())
                return {node.message(), true};
            if (!cancelled && holdsNode(location, password))
                return {
                    tr("%1 already holds an s15n node, which is never created twice. To use it, "
                       "choose \"Open an existing node\".")
                        .arg(location.toString())};
            return {tr("Could not create the node: %1").arg(node.message())};
        });
}

void FirstRunPage::onOpenClicked()
{
    if (isBusy())
        return;
    const Result<Request> request = requestFromFields(false);
    if (!request) {
        showError(request.message());
        emit failed(request.message());
        return;
    }
    const DatabaseLocation location = request.value().location;
    const QString password = request.value().password;
    m_seedRequested = false;
    qCInfo(lcFirstRun) << "opening the node in" << location.toString();
    showMessage(tr("Opening %1...").arg(location.toString()));
    run(request.value(), [location, password](const std::atomic_bool &cancelled) -> Outcome {
        // Connecting cannot be interrupted; what it opened is dropped unused.
        const Result<std::unique_ptr<Node>> node = Node::open(location, password);
        if (cancelled)
            return {tr("Cancelled: no node was opened."), true};
        return {node ? QString() : tr("Could not open the node: %1").arg(node.message())};
    });
}

void FirstRunPage::run(const Request &request,
                       std::function<Outcome(const std::atomic_bool &)> work)
{
    auto outcome = std::make_shared<Outcome>();
    m_cancelled = false;
    m_thread =
        QThread::create([this, work = std::move(work), outcome] { *outcome = work(m_cancelled); });
    m_thread->setObjectName(QStringLiteral("firstRunWorker"));
    // Queued to this (GUI) thread: finished is emitted by the worker thread as it ends.
    connect(m_thread, &QThread::finished, this, [this, request, outcome] {
        m_thread->deleteLater();
        m_thread = nullptr;
        onFinished(request, *outcome);
    });
    setBusy(true);
    m_thread->start();
}

void FirstRunPage::onFinished(const Request &request, Outcome outcome)
{
    if (outcome.cancelled) {
        qCInfo(lcFirstRun) << "first run:" << outcome.error;
        setBusy(false);
        showMessage(outcome.error);
        emit cancelled(outcome.error);
        return;
    }
    m_cancelButton->setEnabled(false); // done: too late to cancel what follows
    QString error = outcome.error;
    bool nodeMade = request.creating && error.isEmpty();
    if (error.isEmpty() && request.keepPassword) {
        // Here, not on the worker thread: libsecret binds itself to the thread that first
        // uses it, and the worker is gone. The wait runs an event loop; the page stays busy.
        if (Status s = Keychain::write(request.location.keychainKey(), request.password); !s) {
            error = request.creating
                        ? tr("The node was created, but its password could not be kept: %1 Open "
                             "it with \"Remember the password\" unticked, or after unlocking "
                             "the keyring.")
                              .arg(s.message())
                        : tr("The node opens, but its password could not be kept: %1 Untick "
                             "\"Remember the password\", or unlock the keyring, and open it "
                             "again.")
                              .arg(s.message());
        }
    }
    setBusy(false);
    if (!error.isEmpty()) {
        qCWarning(lcFirstRun) << "first run:" << error;
        if (nodeMade)
            m_openMode->setChecked(true); // the node exists now: opening it is what is left
        showError(error);
        emit failed(error);
        return;
    }
    // So later runs and `s15n` commands without --db find it ($S15N_DB still comes first).
    DatabaseLocation::remember(request.location);
    showMessage(tr("The node in %1 is ready.").arg(request.location.toString()));
    emit nodeReady(request.location, request.password); // the receiver may delete this page
}

void FirstRunPage::setBusy(bool busy)
{
    m_working = busy;
    m_form->setEnabled(!busy);
    m_createButton->setEnabled(!busy);
    m_openButton->setEnabled(!busy);
    m_busy->setVisible(busy);
    m_cancelButton->setVisible(busy);
    m_cancelButton->setEnabled(busy);
}

} // namespace s15n::ui
