#include "repositorydialog.h"

#include "client/repositorysetup.h"
#include "secrets/credentialstore.h"
#include "storage/node.h"
#include "worker/nodetask.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QVBoxLayout>

namespace s15n::ui {

namespace {

QString uuidText(const QUuid &uuid)
{
    return uuid.isNull() ? QString() : uuid.toString(QUuid::WithoutBraces);
}

} // namespace

RepositoryDialog::RepositoryDialog(Node &node, QWidget *parent)
    : QDialog(parent), m_node(node), m_editing(false)
{
    build();
    setWindowTitle(tr("Add a repository"));
}

RepositoryDialog::RepositoryDialog(Node &node, const Repository &repository, QWidget *parent)
    : QDialog(parent), m_node(node), m_editing(true), m_original(repository)
{
    build();
    setWindowTitle(tr("Edit repository %1").arg(repository.name));
    m_name->setText(repository.name);
    m_name->setReadOnly(true);
    m_url->setText(repository.url.toString());
    m_user->setText(repository.username);
    m_password->setPlaceholderText(tr("unchanged (the stored password)"));
    m_proxy->setText(repository.proxy.toString());
    m_acceptPushes->setChecked(repository.acceptPushes);
    m_uuid->setText(uuidText(repository.remoteUuid));
    m_caCertificate->setText(repository.caCertificateFile);
    m_url->setFocus();
}

RepositoryDialog::~RepositoryDialog()
{
    // Cancels and waits for a running task while this dialog is still whole.
    delete m_task;
}

void RepositoryDialog::build()
{
    m_task = new NodeTask(m_node.database().location(), QString(), this);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    auto field = [this](const QString &objectName, const QString &placeholder) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(objectName);
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    m_name = field(QStringLiteral("repoName"), tr("e.g. parent"));
    m_name->setToolTip(tr("This node's name for the remote: 1 to 64 letters, digits, '.', '_' "
                          "or '-'. It cannot be changed later."));
    form->addRow(tr("&Name:"), m_name);
    m_url = field(QStringLiteral("repoUrl"), tr("https://parent.example:8471"));
    form->addRow(tr("&URL:"), m_url);
    m_user = field(QStringLiteral("repoUser"), tr("the account made for this node there"));
    form->addRow(tr("U&ser name:"), m_user);
    m_password = field(QStringLiteral("repoPassword"), QString());
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("Kept in %1, never in the database.").arg(CredentialStore::where()));
    form->addRow(tr("&Password:"), m_password);
    m_proxy = field(QStringLiteral("repoProxy"), tr("none: the node's default proxy, if any"));
    m_proxy->setToolTip(tr("http://HOST:PORT or socks5://HOST:PORT"));
    form->addRow(tr("Pro&xy:"), m_proxy);
    m_acceptPushes = new QCheckBox(tr("Accept changes this remote pushes here"), this);
    m_acceptPushes->setObjectName(QStringLiteral("repoAcceptPushes"));
    form->addRow(QString(), m_acceptPushes);
    m_uuid = field(QStringLiteral("repoUuid"), tr("optional: learnt from the remote"));
    m_uuid->setToolTip(tr("The remote node's UUID, if you know it: the remote must be that node."));
    form->addRow(tr("Remote UU&ID:"), m_uuid);

    auto *caRow = new QHBoxLayout;
    m_caCertificate = field(QStringLiteral("repoCaCert"), tr("none: the system's authorities"));
    m_caCertificate->setToolTip(tr("PEM file of the certificate authority (or the self-signed "
                                   "certificate) to trust for an https:// remote."));
    m_browse = new QPushButton(tr("&Browse..."), this);
    m_browse->setObjectName(QStringLiteral("repoCaCertBrowse"));
    connect(m_browse, &QPushButton::clicked, this, [this] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("CA certificate"), m_caCertificate->text(),
                                         tr("PEM certificates (*.pem *.crt);;All files (*)"));
        if (!file.isEmpty())
            m_caCertificate->setText(file);
    });
    caRow->addWidget(m_caCertificate);
    caRow->addWidget(m_browse);
    auto *caLabel = new QLabel(tr("CA &certificate:"), this);
    caLabel->setBuddy(m_caCertificate);
    form->addRow(caLabel, caRow);

    auto *testRow = new QHBoxLayout;
    m_test = new QPushButton(tr("&Test connection"), this);
    m_test->setObjectName(QStringLiteral("repoTest"));
    m_test->setAutoDefault(false);
    connect(m_test, &QPushButton::clicked, this, &RepositoryDialog::testConnection);
    m_progress = new QProgressBar(this);
    m_progress->setObjectName(QStringLiteral("repoProgress"));
    m_progress->setRange(0, 0); // busy: how long the remote takes is not known
    m_progress->setTextVisible(false);
    m_progress->hide();
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->setObjectName(QStringLiteral("repoCancel"));
    m_cancel->setAutoDefault(false);
    m_cancel->hide();
    connect(m_cancel, &QPushButton::clicked, this, &RepositoryDialog::cancelTask);
    testRow->addWidget(m_test);
    testRow->addWidget(m_progress, 1);
    testRow->addWidget(m_cancel);
    testRow->addStretch();
    layout->addLayout(testRow);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("repoMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMinimumWidth(420);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("repoOk"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("repoClose"));
    connect(buttons, &QDialogButtonBox::accepted, this, &RepositoryDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &RepositoryDialog::reject);
    layout->addWidget(buttons);
}

void RepositoryDialog::setDatabasePassword(const QString &password)
{
    m_task->setDatabasePassword(password);
}

bool RepositoryDialog::isBusy() const
{
    return m_task->isRunning();
}

QString RepositoryDialog::message() const
{
    return m_message->text();
}

bool RepositoryDialog::messageIsError() const
{
    return m_message->property("error").toBool();
}

void RepositoryDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("error", error);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void RepositoryDialog::setBusy(bool busy, const QString &text)
{
    for (QWidget *w :
         std::initializer_list<QWidget *>{m_url, m_user, m_password, m_proxy, m_acceptPushes,
                                          m_uuid, m_caCertificate, m_browse, m_test, m_ok})
        w->setEnabled(!busy);
    m_name->setEnabled(!busy);
    m_progress->setVisible(busy);
    m_cancel->setVisible(busy);
    m_cancel->setEnabled(busy);
    if (busy) {
        showMessage(text, false);
        m_cancel->setFocus();
    }
}

bool RepositoryDialog::readFields(Repository *repository, QString *error) const
{
    Repository r = m_original;
    r.name = m_editing ? m_original.name : m_name->text().trimmed();
    const QString url = m_url->text().trimmed();
    r.url = QUrl(url, QUrl::StrictMode);
    if (url.isEmpty() || r.url.scheme().isEmpty() || r.url.host().isEmpty()) {
        *error = tr("Give the remote's URL: http://HOST:PORT or https://HOST:PORT[/path].");
        return false;
    }
    r.username = m_user->text().trimmed();
    if (r.username.isEmpty()) {
        *error = tr("Give the user name: the account the remote's administrator made for this "
                    "node.");
        return false;
    }
    const QString proxy = m_proxy->text().trimmed();
    r.proxy = proxy.isEmpty() ? QUrl() : QUrl(proxy, QUrl::StrictMode);
    r.acceptPushes = m_acceptPushes->isChecked();
    const QString uuid = m_uuid->text().trimmed();
    r.remoteUuid = QUuid::fromString(uuid);
    if (!uuid.isEmpty() && r.remoteUuid.isNull()) {
        *error = tr("'%1' is not a node UUID (like 123e4567-e89b-12d3-a456-426614174000); "
                    "leave it empty to learn it from the remote.")
                     .arg(uuid);
        return false;
    }
    const QString ca = m_caCertificate->text().trimmed();
    r.caCertificateFile = ca.isEmpty() ? QString() : QFileInfo(ca).absoluteFilePath();
    *repository = r;
    return true;
}

void RepositoryDialog::testConnection()
{
    if (isBusy())
        return;
    Repository r;
    QString error;
    if (!readFields(&r, &error)) {
        showMessage(error, true);
        emit connectionTested(false, error);
        return;
    }
    const QString password = m_password->text();
    if (password.isEmpty() && !m_editing) {
        const QString text =
            tr("Give the password of the user '%1' at the remote.").arg(r.username);
        showMessage(text, true);
        emit connectionTested(false, text);
        return;
    }
    const bool useStored = password.isEmpty();
    auto work = [this, r, password,
                 useStored](Node &node, const std::atomic_bool &cancelled) -> NodeTask::Done {
        RepositorySetup setup(node, &cancelled);
        const Result<RemoteIdentity> who = [&]() -> Result<RemoteIdentity> {
            if (!useStored)
                return setup.testConnection(r, password);
            Result<QString> stored = setup.password(r.name);
            if (!stored)
                return stored.status();
            if (stored.value().isEmpty())
                return Status::failure(
                    tr("No password is stored for repository '%1': type it.").arg(r.name));
            return setup.testConnection(r, stored.value());
        }();
        return [this, who] {
            bool ok = who.ok();
            QString text;
            if (m_task->isCancelled()) {
                ok = false;
                text = tr("Stopped; the connection was not tested.");
            } else if (ok) {
                text = tr("Connected: the remote is node '%1' (%2).")
                           .arg(who.value().name, uuidText(who.value().uuid));
            } else {
                text = who.message();
            }
            showMessage(text, !ok);
            emit connectionTested(ok, text);
            finishTask(false);
        };
    };
    setBusy(true, tr("Asking %1 who it is...").arg(r.url.toString()));
    m_task->start(work, [this](const QString &message) {
        showMessage(message, true);
        emit connectionTested(false, message);
        finishTask(false);
    });
}

void RepositoryDialog::accept()
{
    if (isBusy())
        return;
    Repository r;
    QString error;
    if (!readFields(&r, &error)) {
        showMessage(error, true);
        emit storingFailed(error);
        return;
    }
    const QString password = m_password->text();
    if (password.isEmpty() && !m_editing) {
        const QString text =
            tr("Give the password of the user '%1' at the remote.").arg(r.username);
        showMessage(text, true);
        emit storingFailed(text);
        return;
    }
    const bool editing = m_editing;
    auto work = [this, r, password, editing](Node &node,
                                             const std::atomic_bool &cancelled) -> NodeTask::Done {
        RepositorySetup setup(node, &cancelled);
        if (editing) {
            const Status changed = setup.update(r, password);
            return [this, changed, name = r.name] {
                if (!changed) {
                    showMessage(changed.message(), true);
                    emit storingFailed(changed.message());
                    finishTask(false);
                    return;
                }
                const QString text = tr("Repository '%1' changed.").arg(name);
                showMessage(text, false);
                emit stored(name, text, false);
                finishTask(true);
            };
        }
        const Result<AddOutcome> added = setup.add(r, password);
        return [this, added, name = r.name] {
            if (!added) {
                showMessage(added.message(), true);
                emit storingFailed(added.message());
                finishTask(false);
                return;
            }
            const AddOutcome &o = added.value();
            QString text = tr("Added repository '%1'; its password is kept in %2.")
                               .arg(name, CredentialStore::where());
            if (o.registered)
                text +=
                    QLatin1Char(' ') + tr("This node is registered at '%1' (%2).")
                                           .arg(o.remoteName, uuidText(o.repository.remoteUuid));
            else
                text += QLatin1Char(' ') +
                        tr("This node is not registered at the remote yet: %1 Here: select the "
                           "repository and press Register once the remote can be reached.")
                            .arg(o.registrationFailure);
            showMessage(text, !o.registered);
            emit stored(name, text, !o.registered);
            finishTask(true);
        };
    };
    setBusy(true,
            m_editing
                ? tr("Saving...")
                : tr("Asking %1 who it is, then adding and registering...").arg(r.url.toString()));
    m_task->start(work, [this](const QString &message) {
        showMessage(message, true);
        emit storingFailed(message);
        finishTask(false);
    });
}

void RepositoryDialog::finishTask(bool stored)
{
    setBusy(false);
    emit taskFinished();
    if (m_closeWhenDone)
        QDialog::done(stored ? Accepted : Rejected);
    else if (stored)
        QDialog::accept();
}

void RepositoryDialog::cancelTask()
{
    if (!isBusy())
        return;
    m_task->cancel();
    m_cancel->setEnabled(false);
    showMessage(tr("Stopping..."), false);
}

void RepositoryDialog::reject()
{
    if (isBusy()) {
        // Closes once the task has stopped (what it stored by then stays stored).
        m_closeWhenDone = true;
        cancelTask();
        return;
    }
    QDialog::reject();
}

} // namespace s15n::ui
