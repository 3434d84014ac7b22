#include "parentdialog.h"

#include "secrets/credentialstore.h"
#include "storage/node.h"
#include "worker/nodetask.h"

#include <QButtonGroup>
#include <QDialogButtonBox>
#include <QElapsedTimer>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QRadioButton>
#include <QVBoxLayout>

#include <climits>
#include <memory>

namespace s15n::ui {

namespace {

using Step = ParentProgress::Step;

// The bar counts in thousandths: rows and bytes may pass what an int holds.
constexpr int kBarScale = 1000;
// How often the work thread tells the dialog where it is, at most (a step's start and end, and
// a new table, are always told).
constexpr qint64 kProgressEveryMs = 100;

int clamped(qint64 n)
{
    return int(qBound(qint64(0), n, qint64(INT_MAX)));
}

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

// Whether the bar can show how much of `step` is done (given a total).
bool countsWork(Step step)
{
    return step == Step::Preparing || step == Step::Downloading || step == Step::Checking ||
           step == Step::Restoring;
}

} // namespace

ParentDialog::ParentDialog(Node &node, QWidget *parent) : QDialog(parent), m_node(node)
{
    build();
    setWindowTitle(tr("Define the parent"));
    m_url->setFocus();
}

ParentDialog::~ParentDialog()
{
    // Cancels and waits for a running define while this dialog is still whole.
    delete m_task;
}

void ParentDialog::build()
{
    m_task = new NodeTask(m_node.database().location(), QString(), this);
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(
        tr("Seeds this node from its parent's backup and adds the parent as a repository. Do it "
           "once, on a new node: the parent's tables must not exist here yet, or be empty. The "
           "parent's administrator makes this node's account there (Add Child) and can download "
           "the backup for it."),
        this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_form = new QWidget(this);
    auto *formLayout = new QVBoxLayout(m_form);
    formLayout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    formLayout->addLayout(form);
    auto field = [this](const QString &objectName, const QString &placeholder) {
        auto *edit = new QLineEdit(m_form);
        edit->setObjectName(objectName);
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    m_url = field(QStringLiteral("parentUrl"), tr("https://parent.example:8471"));
    form->addRow(tr("&URL:"), m_url);
    m_user = field(QStringLiteral("parentUser"), tr("this node's account at the parent"));
    m_user->setToolTip(tr("The user name the parent's administrator made for this node with Add "
                          "Child."));
    form->addRow(tr("U&ser name:"), m_user);
    m_password = field(QStringLiteral("parentPassword"), QString());
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("Kept in %1, never in the database.").arg(CredentialStore::where()));
    form->addRow(tr("&Password:"), m_password);
    m_name = field(QStringLiteral("parentName"), QLatin1String(ParentSetup::kDefaultName));
    m_name->setText(QLatin1String(ParentSetup::kDefaultName));
    m_name->setToolTip(tr("This node's name for the parent's repository: 1 to 64 letters, "
                          "digits, '.', '_' or '-'. It cannot be changed later."));
    form->addRow(tr("Repository &name:"), m_name);
    m_parentUuid = field(QStringLiteral("parentUuid"),
                         tr("needed only with a zip when the parent cannot be reached"));
    m_parentUuid->setToolTip(tr("The parent's node UUID ('s15n info' on the parent, or its "
                                "Settings page). Checked against the parent, and against the "
                                "zip when the parent cannot be reached."));
    form->addRow(tr("Parent's UU&ID:"), m_parentUuid);
    m_proxy = field(QStringLiteral("parentProxy"), tr("none: the node's default proxy, if any"));
    m_proxy->setToolTip(tr("http://HOST:PORT or socks5://HOST:PORT"));
    form->addRow(tr("Pro&xy:"), m_proxy);
    auto *caRow = new QHBoxLayout;
    m_caCertificate = field(QStringLiteral("parentCaCert"), tr("none: the system's authorities"));
    m_caCertificate->setToolTip(tr("PEM file of the certificate authority (or the self-signed "
                                   "certificate) to trust for an https:// parent."));
    auto *caBrowse = new QPushButton(tr("&Browse..."), m_form);
    caBrowse->setObjectName(QStringLiteral("parentCaCertBrowse"));
    caBrowse->setAutoDefault(false);
    connect(caBrowse, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("CA certificate"), m_caCertificate->text(),
                                         tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caCertificate->setText(file);
    });
    caRow->addWidget(m_caCertificate);
    caRow->addWidget(caBrowse);
    auto *caLabel = new QLabel(tr("CA &certificate:"), m_form);
    caLabel->setBuddy(m_caCertificate);
    form->addRow(caLabel, caRow);
    formLayout->addWidget(buildSourceBox());
    layout->addWidget(m_form);

    // Where the define is: the step in words, the bar, Cancel; the table at hand below.
    auto *progressRow = new QHBoxLayout;
    m_step = new QLabel(this);
    m_step->setObjectName(QStringLiteral("parentStep"));
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("parentProgress"));
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("parentCancel"));
    m_cancel->setAutoDefault(false);
    connect(m_cancel, &QPushButton::clicked, this, &ParentDialog::cancelTask);
    progressRow->addWidget(m_progress, 1);
    progressRow->addWidget(m_cancel);
    layout->addWidget(m_step);
    layout->addLayout(progressRow);
    m_table = new QLabel(this);
    m_table->setObjectName(QStringLiteral("parentTable"));
    layout->addWidget(m_table);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("parentMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMinimumWidth(460);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Close, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("parentOk"));
    m_ok->setText(tr("&Define parent"));
    buttons->button(QDialogButtonBox::Close)->setObjectName(QStringLiteral("parentClose"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ParentDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ParentDialog::reject);
    layout->addWidget(buttons);
    setBusy(false);
}

QWidget *ParentDialog::buildSourceBox()
{
    auto *box = new QGroupBox(tr("The backup"), m_form);
    auto *layout = new QVBoxLayout(box);
    m_fetch = new QRadioButton(tr("&Fetch the backup from the parent"), box);
    m_fetch->setObjectName(QStringLiteral("parentFetch"));
    m_fetch->setToolTip(tr("The parent writes a backup for this node's account and it is "
                           "downloaded now: the parent must be reachable."));
    m_useZip = new QRadioButton(tr("Use a backup file I down&loaded"), box);
    m_useZip->setObjectName(QStringLiteral("parentUseZip"));
    m_useZip->setToolTip(tr("The zip the parent's administrator downloaded for this node (Children "
                            "page there, or 's15n backup --for-child'). Works while the parent "
                            "cannot be reached; the first sync then checks it."));
    auto *sources = new QButtonGroup(box);
    sources->addButton(m_fetch);
    sources->addButton(m_useZip);
    m_fetch->setChecked(true);
    layout->addWidget(m_fetch);
    layout->addWidget(m_useZip);
    auto *zipRow = new QHBoxLayout;
    zipRow->setContentsMargins(20, 0, 0, 0);
    m_zip = new QLineEdit(box);
    m_zip->setObjectName(QStringLiteral("parentZip"));
    m_zip->setPlaceholderText(tr("the parent's backup zip"));
    m_zipBrowse = new QPushButton(tr("Br&owse..."), box);
    m_zipBrowse->setObjectName(QStringLiteral("parentZipBrowse"));
    m_zipBrowse->setAutoDefault(false);
    connect(m_zipBrowse, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("The parent's backup"), m_zip->text(),
                                         tr("Backup zips (*.zip);;All files (*)"));
        if (!file.isEmpty())
            m_zip->setText(file);
    });
    zipRow->addWidget(m_zip, 1);
    zipRow->addWidget(m_zipBrowse);
    layout->addLayout(zipRow);
    connect(m_useZip, &QRadioButton::toggled, this, &ParentDialog::updateSource);
    updateSource();
    return box;
}

void ParentDialog::updateSource()
{
    const bool zip = m_useZip->isChecked();
    m_zip->setEnabled(zip);
    m_zipBrowse->setEnabled(zip);
}

void ParentDialog::setDatabasePassword(const QString &password)
{
    m_task->setDatabasePassword(password);
}

bool ParentDialog::isBusy() const
{
    return m_task->isRunning();
}

QString ParentDialog::message() const
{
    return m_message->text();
}

bool ParentDialog::messageIsError() const
{
    return m_message->property("error").toBool();
}

void ParentDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("error", error);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void ParentDialog::setBusy(bool busy)
{
    m_form->setEnabled(!busy);
    m_ok->setEnabled(!busy);
    m_step->setVisible(busy);
    m_progress->setVisible(busy);
    m_table->setVisible(busy);
    m_cancel->setVisible(busy);
    m_cancel->setEnabled(busy);
    if (busy) {
        m_progress->setRange(0, 0); // busy until a step says how much there is
        m_progress->setTextVisible(false);
        m_table->clear();
        m_cancel->setToolTip(tr("Stop; the database stays as it was."));
        showMessage(QString(), false);
        m_cancel->setFocus();
    }
}

bool ParentDialog::readFields(ParentRequest *request, QString *error)
{
    auto refuse = [error](QLineEdit *field, const QString &text) {
        *error = text;
        field->setFocus();
        return false;
    };
    ParentRequest q;
    Repository &r = q.repository;
    const QString url = m_url->text().trimmed();
    r.url = QUrl(url, QUrl::StrictMode);
    if (url.isEmpty() || r.url.scheme().isEmpty() || r.url.host().isEmpty())
        return refuse(m_url, tr("Give the parent's URL: http://HOST:PORT or "
                                "https://HOST:PORT[/path]."));
    r.username = m_user->text().trimmed();
    if (r.username.isEmpty())
        return refuse(m_user, tr("Give the user name: the account the parent's administrator "
                                 "made for this node (Add Child)."));
    q.password = m_password->text();
    if (q.password.isEmpty())
        return refuse(m_password,
                      tr("Give the password of the user '%1' at the parent.").arg(r.username));
    r.name = m_name->text().trimmed();
    if (r.name.isEmpty())
        r.name = QLatin1String(ParentSetup::kDefaultName);
    if (const QString uuid = m_parentUuid->text().trimmed(); !uuid.isEmpty()) {
        r.remoteUuid = QUuid::fromString(uuid);
        if (r.remoteUuid.isNull())
            return refuse(m_parentUuid,
                          tr("'%1' is not a node UUID (like 6f1c2a4e-8b3d-4c5f-9a7e-1d2b3c4d5e6f).")
                              .arg(uuid));
    }
    const QString proxy = m_proxy->text().trimmed();
    r.proxy = proxy.isEmpty() ? QUrl() : QUrl(proxy, QUrl::StrictMode);
    const QString ca = m_caCertificate->text().trimmed();
    r.caCertificateFile = ca.isEmpty() ? QString() : QFileInfo(ca).absoluteFilePath();
    if (m_useZip->isChecked()) {
        const QString zip = m_zip->text().trimmed();
        if (zip.isEmpty())
            return refuse(m_zip, tr("Choose the backup zip downloaded at the parent, or fetch the "
                                    "backup from the parent."));
        if (!QFileInfo(zip).isFile())
            return refuse(m_zip, tr("There is no file %1. Choose the backup zip downloaded at the "
                                    "parent.")
                                     .arg(zip));
        q.zipPath = QFileInfo(zip).absoluteFilePath();
    }
    *request = q;
    return true;
}

void ParentDialog::accept()
{
    if (isBusy())
        return;
    ParentRequest request;
    QString error;
    if (!readFields(&request, &error)) {
        showMessage(error, true);
        emit definingFailed(error);
        return;
    }
    auto work = [this, request](Node &node, const std::atomic_bool &cancelled) -> NodeTask::Done {
        // Told on this (the work's) thread: a step's start and end and a new table always, else
        // a few times a second, so the GUI's queue is not flooded with rows.
        auto last = std::make_shared<ParentProgress>();
        auto timer = std::make_shared<QElapsedTimer>();
        const ParentProgressFunction progress = [this, last, timer](const ParentProgress &p) {
            const bool news = !timer->isValid() || p.step != last->step || p.table != last->table ||
                              p.total != last->total || (p.total > 0 && p.done >= p.total);
            if (!news && timer->elapsed() < kProgressEveryMs)
                return;
            *last = p;
            timer->start();
            m_task->post([this, p] { onProgress(p); });
        };
        const Result<ParentOutcome> defined =
            ParentSetup(node, &cancelled).define(request, progress);
        return [this, defined] {
            if (defined) {
                bool warning = false;
                const QString text = summaryText(defined.value(), &warning);
                showMessage(text, warning);
                emit parentDefined(defined.value().repository.name, text, warning);
                showSummary(warning ? tr("Parent defined, with warnings") : tr("Parent defined"),
                            text, warning);
                finishTask(true);
                return;
            }
            // A cancel is what the user asked for, not an error; the message says that nothing
            // was changed.
            const bool cancelled = m_task->isCancelled();
            const QString text =
                cancelled ? tr("Cancelled. %1").arg(defined.message()) : defined.message();
            showMessage(text, !cancelled);
            emit definingFailed(text);
            finishTask(false);
        };
    };
    setBusy(true);
    m_step->setText(
        request.zipPath.isEmpty()
            ? tr("Asking %1 who it is...").arg(request.repository.url.toString())
            : tr("Asking %1 who it is, then checking %2...")
                  .arg(request.repository.url.toString(), QFileInfo(request.zipPath).fileName()));
    m_task->start(work, [this](const QString &message) {
        showMessage(message, true);
        emit definingFailed(message);
        finishTask(false);
    });
}

QString ParentDialog::stepText(const ParentProgress &p)
{
    const QLocale locale;
    const QString rows = tr("%1 of %2 rows").arg(locale.toString(p.done), locale.toString(p.total));
    switch (p.step) {
    case Step::Connecting:
        return tr("Asking the parent who it is...");
    case Step::Preparing:
        return p.total > 0 ? tr("The parent writes the backup: %1").arg(rows)
                           : tr("The parent writes the backup...");
    case Step::Downloading:
        return p.total > 0
                   ? tr("Downloading the backup: %1 of %2")
                         .arg(locale.formattedDataSize(p.done), locale.formattedDataSize(p.total))
                   : tr("Downloading the backup: %1").arg(locale.formattedDataSize(p.done));
    case Step::Checking:
        return tr("Checking the backup: %1").arg(rows);
    case Step::Restoring:
        return tr("Restoring: %1").arg(rows);
    case Step::Registering:
        return tr("The data is restored; registering this node at the parent...");
    }
    return QString();
}

void ParentDialog::onProgress(const ParentProgress &p)
{
    if (!isBusy() || m_task->isCancelled())
        return; // "Stopping..." stays
    m_step->setText(stepText(p));
    m_table->setText(p.table.isEmpty() ? QString() : tr("Table: %1").arg(p.table));
    if (countsWork(p.step) && p.total > 0) {
        m_progress->setRange(0, kBarScale);
        m_progress->setValue(
            int(qBound(qint64(0), p.done * kBarScale / p.total, qint64(kBarScale))));
        m_progress->setTextVisible(true);
    } else {
        m_progress->setRange(0, 0);
        m_progress->setTextVisible(false);
    }
    if (p.step == Step::Registering) {
        // The restore is committed: a cancel could only skip the registration.
        m_cancel->setEnabled(false);
        m_cancel->setToolTip(tr("The data is restored and the repository stored; only the "
                                "registration at the parent is left."));
    }
    emit progressed(p);
}

QString ParentDialog::summaryText(const ParentOutcome &o, bool *warning)
{
    const RestoreSummary &r = o.restore;
    const Repository &repository = o.repository;
    const QString parent = o.parentName.isEmpty() ? uuidText(repository.remoteUuid) : o.parentName;
    QStringList parts;
    parts << tr("Seeded this node from the backup of parent '%1' (%2): %3 in %4.")
                 .arg(parent, uuidText(repository.remoteUuid),
                      tr("%Ln row(s)", nullptr, clamped(r.rows)),
                      tr("%Ln table(s)", nullptr, clamped(r.manifest.resources.size())));
    if (o.downloadedBytes > 0)
        parts << tr("Downloaded %1.").arg(QLocale().formattedDataSize(o.downloadedBytes));
    if (!r.createdTables.isEmpty())
        parts << tr("Created the tables %1.").arg(r.createdTables.join(QLatin1String(", ")));
    if (!r.keptTables.isEmpty())
        parts << tr("Kept this node's own sync settings of %1.")
                     .arg(r.keptTables.join(QLatin1String(", ")));
    if (r.waiting > 0)
        parts << tr("%Ln row(s) wait for rows of tables that are not in the backup.", nullptr,
                    clamped(r.waiting));
    parts << tr("Added repository '%1' (%2); its password is kept in %3.")
                 .arg(repository.name, repository.url.toString(), CredentialStore::where());
    if (o.offline)
        parts << tr("The parent could not be reached; the zip comes from the parent UUID you "
                    "gave, and this node registers there at its first sync.");
    if (o.registered)
        parts << tr("This node is registered at the parent. Sync now brings what changed there "
                    "since the backup.");
    else
        parts << tr("This node is not registered at the parent yet: %1 On the Repositories page, "
                    "select '%2' and press Register once the parent can be reached.")
                     .arg(o.registrationFailure, repository.name);
    for (const QString &w : r.warnings)
        parts << tr("Warning: %1").arg(w);
    if (warning)
        *warning = !o.registered || o.offline || r.waiting > 0 || !r.warnings.isEmpty();
    return parts.join(QLatin1Char(' '));
}

void ParentDialog::showSummary(const QString &title, const QString &text, bool warning)
{
    // Owned by the dialog's parent (the page), or on its own: this dialog closes now.
    auto *box = new QMessageBox(warning ? QMessageBox::Warning : QMessageBox::Information, title,
                                text, QMessageBox::Ok, parentWidget());
    box->setObjectName(QStringLiteral("parentSummary"));
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->open();
}

void ParentDialog::finishTask(bool defined)
{
    setBusy(false);
    emit taskFinished();
    if (m_closeWhenDone)
        QDialog::done(defined ? Accepted : Rejected);
    else if (defined)
        QDialog::accept();
}

void ParentDialog::cancelTask()
{
    if (!isBusy() || m_task->isCancelled())
        return;
    m_task->cancel();
    m_cancel->setEnabled(false);
    m_step->setText(tr("Stopping; nothing will be changed..."));
}

void ParentDialog::reject()
{
    if (isBusy()) {
        // Closes once the define has stopped.
        m_closeWhenDone = true;
        cancelTask();
        return;
    }
    QDialog::reject();
}

} // namespace s15n::ui
