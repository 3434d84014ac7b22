#include "childrenpage.h"

#include "backup/backupwriter.h"
#include "dialogs/childdialog.h"
#include "models/childmodel.h"
#include "server/childstore.h"
#include "storage/node.h"
#include "widgets/listtable.h"
#include "widgets/taskstatus.h"
#include "worker/nodetask.h"

#include <QDate>
#include <QDialog>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <climits>

namespace s15n::ui {

namespace {

QString tableList(const QStringList &tables)
{
    return tables.join(QLatin1String(", "));
}

// "for child 'Clinic 4'", or for no particular child: who a backup is for.
QString forWhom(const QString &nickname)
{
    return nickname.isEmpty() ? ChildrenPage::tr("for no particular child")
                              : ChildrenPage::tr("for child '%1'").arg(nickname);
}

int clamped(qint64 n)
{
    return int(qBound(qint64(0), n, qint64(INT_MAX)));
}

} // namespace

ChildrenPage::ChildrenPage(Node &node, QWidget *parent) : QWidget(parent), m_node(node)
{
    m_model = new ChildModel(node, this);
    m_task = new NodeTask(node.database().location(), QString(), this);
    connect(m_task, &NodeTask::finished, this, &ChildrenPage::updateButtons);

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The child servers that sync with this node, each with an "
                                "account of its own. Add a child, give its administrator the "
                                "user name and password, and seed it with a data backup."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    m_view =
        new ListTable(QStringLiteral("childView"), QStringLiteral("childrenPage/header"), this);
    m_view->setModel(m_model);
    using Column = ChildModel::Column;
    // When the columns do not fit: the note gives way first, then the UUID, then the tables.
    m_view->setElasticColumns({int(Column::Note), int(Column::Uuid), int(Column::Excluded)});
    layout->addWidget(m_view, 1);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex &index) {
        if (!isBusy())
            editChild(m_model->child(index.row()).nickname);
    });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ChildrenPage::updateButtons);

    auto *buttons = new QHBoxLayout;
    auto button = [this, buttons](const QString &objectName, const QString &text,
                                  const QString &toolTip) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(objectName);
        b->setToolTip(toolTip);
        buttons->addWidget(b);
        return b;
    };
    m_add = button(QStringLiteral("childAdd"), tr("&Add..."),
                   tr("Add a child server, with a new account for it."));
    m_edit = button(QStringLiteral("childEdit"), tr("&Edit..."),
                    tr("Change the selected child's UUID, excluded tables, password or note."));
    m_remove = button(QStringLiteral("childRemove"), tr("&Remove..."),
                      tr("Remove the selected child with its account and registration: it can "
                         "no longer sync with this node."));
    m_backup = button(QStringLiteral("childBackup"), tr("&Download data backup..."),
                      tr("Save a backup zip of this node's data to seed the selected child: "
                         "every resource but the tables it does not receive."));
    m_backupAny = button(QStringLiteral("childBackupAny"), tr("Backup for &no particular child..."),
                         tr("Save a backup zip of this node's data leaving out only the tables "
                            "no child receives."));
    connect(m_add, &QPushButton::clicked, this, [this] { addChild(); });
    connect(m_edit, &QPushButton::clicked, this, [this] { editChild(selectedNickname()); });
    connect(m_remove, &QPushButton::clicked, this,
            [this] { removeChild(selectedNickname(), true); });
    connect(m_backup, &QPushButton::clicked, this, [this] { downloadBackup(selectedNickname()); });
    connect(m_backupAny, &QPushButton::clicked, this, [this] { downloadBackup(QString()); });
    buttons->addStretch();
    layout->addLayout(buttons);

    auto *globalRow = new QHBoxLayout;
    m_global = new QLabel(this);
    m_global->setObjectName(QStringLiteral("childGlobalExclusions"));
    m_global->setWordWrap(true);
    m_global->setTextFormat(Qt::PlainText);
    m_global->setTextInteractionFlags(Qt::TextSelectableByMouse);
    globalRow->addWidget(m_global, 1);
    m_globalEdit = new QPushButton(tr("Global e&xclusions..."), this);
    m_globalEdit->setObjectName(QStringLiteral("childGlobalEdit"));
    m_globalEdit->setToolTip(tr("Choose the tables that no child receives."));
    connect(m_globalEdit, &QPushButton::clicked, this, [this] { editGlobalExclusions(); });
    globalRow->addWidget(m_globalEdit);
    layout->addLayout(globalRow);

    m_status = new TaskStatus(m_task, QStringLiteral("childTask"), this);
    connect(m_status, &TaskStatus::cancelRequested, this,
            [this] { m_status->showStatus(tr("Stopping the backup..."), false); });
    layout->addWidget(m_status);

    refresh();
}

ChildrenPage::~ChildrenPage()
{
    // Cancels and waits for a running backup while the page is still whole.
    delete m_task;
}

void ChildrenPage::setDatabasePassword(const QString &password)
{
    m_task->setDatabasePassword(password);
}

void ChildrenPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh(); // the children's last contact moves while they sync
}

void ChildrenPage::refresh()
{
    const QString selected = selectedNickname();
    if (Status s = m_model->reload(); !s)
        m_status->showStatus(tr("Cannot read the children: %1").arg(s.message()), true);
    if (selected.isEmpty() || !select(selected))
        m_view->selectExistingRow(0);
    showGlobalExclusions();
    updateButtons();
}

void ChildrenPage::showGlobalExclusions()
{
    const QStringList global = m_model->globalExclusions();
    m_global->setText(global.isEmpty()
                          ? tr("Every child receives every resource but its own exclusions.")
                          : tr("No child receives: %1.").arg(tableList(global)));
}

QString ChildrenPage::selectedNickname() const
{
    return m_model->child(m_view->selectedRow()).nickname;
}

bool ChildrenPage::select(const QString &nickname)
{
    return m_view->selectExistingRow(m_model->rowOf(nickname));
}

bool ChildrenPage::isBusy() const
{
    return m_status->isBusy();
}

QString ChildrenPage::statusText() const
{
    return m_status->text();
}

bool ChildrenPage::statusIsError() const
{
    return m_status->isError();
}

void ChildrenPage::updateButtons()
{
    const bool selected = !selectedNickname().isEmpty();
    const bool busy = isBusy();
    // A backup reads the children's exclusions when it starts: they stay until it ends.
    m_add->setEnabled(!busy);
    m_edit->setEnabled(selected && !busy);
    m_remove->setEnabled(selected && !busy);
    m_globalEdit->setEnabled(!busy);
    m_backup->setEnabled(selected && !busy);
    m_backupAny->setEnabled(!busy);
}

bool ChildrenPage::confirm(const QString &title, const QString &question)
{
    return QMessageBox::question(this, title, question, QMessageBox::Yes | QMessageBox::No,
                                 QMessageBox::No) == QMessageBox::Yes;
}

void ChildrenPage::showError(const QString &title, const QString &message)
{
    QMessageBox::warning(this, title, message);
}

QString ChildrenPage::askBackupPath(const QString &title, const QString &suggested)
{
    return QFileDialog::getSaveFileName(this, title, suggested,
                                        tr("Backup zip files (*.zip);;All files (*)"));
}

QString ChildrenPage::receivesText(const QString &nickname, bool *warned) const
{
    const ChildStore store(m_node.database());
    QStringList parts;
    Result<QStringList> excluded = store.excludedTablesForChild(nickname);
    if (!excluded) {
        *warned = true;
        return excluded.message();
    }
    parts << (excluded.value().isEmpty()
                  ? tr("It receives every resource.")
                  : tr("It does not receive: %1.").arg(tableList(excluded.value())));
    Result<QStringList> warnings = store.referenceWarnings(nickname);
    for (const QString &w : warnings ? warnings.value() : QStringList{warnings.message()}) {
        parts << tr("Warning: %1").arg(w);
        *warned = true;
    }
    return parts.join(QLatin1Char(' '));
}

void ChildrenPage::openDialog(ChildDialog *dialog)
{
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChildDialog::stored, this,
            [this](const QString &nickname, const QString &message) {
                refresh();
                select(nickname);
                bool warned = false;
                const QString receives = receivesText(nickname, &warned);
                m_status->showStatus(message + QLatin1Char(' ') + receives, warned);
                emit childrenChanged();
            });
    dialog->open();
}

ChildDialog *ChildrenPage::addChild()
{
    if (isBusy())
        return nullptr;
    auto *dialog = new ChildDialog(m_node, this);
    openDialog(dialog);
    return dialog;
}

ChildDialog *ChildrenPage::editChild(const QString &nickname)
{
    if (isBusy())
        return nullptr;
    Result<std::optional<Child>> found = ChildStore(m_node.database()).findByNickname(nickname);
    if (!found || !found.value()) {
        const QString message = !found ? found.message()
                                : nickname.isEmpty()
                                    ? tr("Select a child in the list first.")
                                    : tr("There is no child named '%1' any more.").arg(nickname);
        showError(tr("Cannot edit the child"), message);
        refresh();
        return nullptr;
    }
    auto *dialog = new ChildDialog(m_node, *found.value(), this);
    openDialog(dialog);
    return dialog;
}

bool ChildrenPage::removeChild(const QString &nickname, bool askFirst)
{
    if (nickname.isEmpty() || isBusy())
        return false;
    ChildStore store(m_node.database());
    Result<std::optional<Child>> found = store.findByNickname(nickname);
    if (!found || !found.value()) {
        const QString message =
            !found ? found.message() : tr("There is no child named '%1' any more.").arg(nickname);
        m_status->showStatus(message, true);
        showError(tr("Cannot remove the child"), message);
        refresh();
        return false;
    }
    const QString user = found.value()->username;
    if (askFirst &&
        !confirm(tr("Remove child"),
                 tr("Remove the child '%1'? Its account %2 and its registration here are removed "
                    "too: it can no longer sync with this node. The data stays.")
                     .arg(nickname, user)))
        return false;
    if (Status s = store.remove(nickname); !s) {
        m_status->showStatus(s.message(), true);
        showError(tr("Cannot remove the child"), s.message());
        return false;
    }
    refresh();
    m_status->showStatus(tr("Removed child '%1' with its account %2 and its registration here; "
                            "it can no longer sync with this node.")
                             .arg(nickname, user),
                         false);
    emit childrenChanged();
    return true;
}

QDialog *ChildrenPage::editGlobalExclusions()
{
    if (isBusy())
        return nullptr;
    const ChildStore store(m_node.database());
    Result<QStringList> global = store.globalExclusions();
    QStringList offered;
    QString error;
    if (!global)
        error = global.message();
    else
        ChildDialog::offeredTables(m_node, global.value(), &offered, &error);
    if (!error.isEmpty()) {
        m_status->showStatus(error, true);
        showError(tr("Cannot change the global exclusions"), error);
        return nullptr;
    }

    auto *dialog = new QDialog(this);
    dialog->setObjectName(QStringLiteral("childGlobalDialog"));
    dialog->setWindowTitle(tr("Tables no child receives"));
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    auto *layout = new QVBoxLayout(dialog);
    auto *intro = new QLabel(tr("Checked tables are sent to no child, whatever its own "
                                "exclusions. Peers with ordinary accounts still receive them."),
                             dialog);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    auto *list = new QListWidget(dialog);
    list->setObjectName(QStringLiteral("childGlobalTables"));
    ChildDialog::fillTableList(list, offered, global.value());
    layout->addWidget(list, 1);
    auto *message = new QLabel(dialog);
    message->setObjectName(QStringLiteral("childGlobalMessage"));
    message->setWordWrap(true);
    message->setTextFormat(Qt::PlainText);
    message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    message->setStyleSheet(QStringLiteral("color: #b00020;"));
    message->setMinimumWidth(400);
    layout->addWidget(message);
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    box->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("childGlobalOk"));
    box->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("childGlobalClose"));
    connect(box, &QDialogButtonBox::accepted, dialog,
            [this, dialog] { acceptGlobalExclusions(dialog); });
    connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    layout->addWidget(box);
    dialog->open();
    return dialog;
}

void ChildrenPage::acceptGlobalExclusions(QDialog *dialog)
{
    auto *list = dialog->findChild<QListWidget *>(QStringLiteral("childGlobalTables"));
    auto *message = dialog->findChild<QLabel *>(QStringLiteral("childGlobalMessage"));
    ChildStore store(m_node.database());
    QStringList tables = ChildDialog::checkedTables(list);
    tables.sort();
    Result<QStringList> before = store.globalExclusions();
    if (before && before.value() == tables) {
        dialog->accept(); // nothing to change
        return;
    }
    if (Status s = store.setGlobalExclusions(tables); !s) {
        message->setText(s.message());
        return;
    }
    dialog->accept();
    refresh();
    QStringList parts{tables.isEmpty()
                          ? tr("No table is excluded for every child: children receive every "
                               "resource but their own exclusions.")
                          : tr("No child receives: %1.").arg(tableList(tables))};
    bool warned = false;
    Result<QList<Child>> all = store.list();
    for (const Child &c : all ? all.value() : QList<Child>()) {
        Result<QStringList> warnings = store.referenceWarnings(c.nickname);
        for (const QString &w : warnings ? warnings.value() : QStringList()) {
            parts << tr("Warning: %1").arg(w);
            warned = true;
        }
    }
    m_status->showStatus(parts.join(QLatin1Char(' ')), warned);
    emit childrenChanged();
}

QString ChildrenPage::suggestedBackupName(const QString &name, const QDate &date)
{
    // What a file name cannot hold on one system or another; a nickname may hold '/'.
    static const QRegularExpression unsafe(QStringLiteral("[/\\\\:*?\"<>|\\x00-\\x1f]"));
    QString base = name;
    base.replace(unsafe, QStringLiteral("-"));
    base = base.trimmed();
    if (base.isEmpty() || base.startsWith(QLatin1Char('.')))
        base.prepend(QStringLiteral("s15n"));
    return QStringLiteral("%1-backup-%2.zip").arg(base, date.toString(Qt::ISODate));
}

bool ChildrenPage::downloadBackup(const QString &nickname)
{
    if (isBusy())
        return false;
    const QString name = nickname.isEmpty() ? m_node.identity().name : nickname;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(suggestedBackupName(name, QDate::currentDate()));
    const QString path =
        askBackupPath(nickname.isEmpty() ? tr("Save the backup for no particular child")
                                         : tr("Save the backup for child '%1'").arg(nickname),
                      suggested);
    if (path.isEmpty())
        return false;
    return writeBackup(nickname, path);
}

bool ChildrenPage::writeBackup(const QString &nickname, const QString &path)
{
    if (isBusy() || path.isEmpty())
        return false;
    // What the child may not receive, as it is now (nothing here changes it until the end).
    const ChildStore store(m_node.database());
    Result<QStringList> excluded =
        nickname.isEmpty() ? store.globalExclusions() : store.excludedTablesForChild(nickname);
    if (!excluded) {
        onBackupFailed(nickname, excluded.message(), false);
        return false;
    }
    const QStringList tables = excluded.value();
    NodeTask *task = m_task;
    auto work = [this, task, nickname, path,
                 tables](Node &node, const std::atomic_bool &cancelled) -> NodeTask::Done {
        // On the task's thread, with its own connection.
        BackupOptions options;
        options.excludedTables = tables;
        options.childNickname = nickname;
        const auto progress = [this, task, nickname](qint64 done, qint64 total,
                                                     const QString &table) {
            task->post([this, nickname, done, total, table] {
                onBackupProgress(nickname, done, total, table);
            });
        };
        const Result<BackupSummary> written =
            BackupWriter(node).write(path, options, progress, &cancelled);
        return [this, nickname, path, tables, written] {
            if (written)
                onBackupWritten(nickname, path, written.value(), tables);
            else
                onBackupFailed(nickname, written.message(), m_task->isCancelled());
        };
    };
    m_status->setCancellable(true);
    const bool started = m_task->start(work, [this, nickname](const QString &message) {
        onBackupFailed(nickname, message, m_task->isCancelled());
    });
    if (!started)
        return false;
    m_status->showStatus(tr("Writing the backup %1 to %2: reading the data...")
                             .arg(forWhom(nickname), QDir::toNativeSeparators(path)),
                         false);
    updateButtons();
    emit backupStarted(nickname, path);
    return true;
}

void ChildrenPage::cancelBackup()
{
    m_status->cancel();
}

void ChildrenPage::onBackupProgress(const QString &nickname, qint64 done, qint64 total,
                                    const QString &table)
{
    if (m_task->isCancelled())
        return; // "Stopping..." stays
    // The bar counts rows; past INT_MAX, in steps big enough to fit.
    qint64 step = 1;
    while (total / step > INT_MAX)
        step *= 2;
    const QString where =
        table.isEmpty() ? tr("Writing the backup %1: reading the data...").arg(forWhom(nickname))
                        : tr("Writing the backup %1: %2 (%3 of %4 rows)...")
                              .arg(forWhom(nickname), table, QLocale().toString(done),
                                   QLocale().toString(total));
    m_status->showProgress(where, clamped(done / step), clamped(total / step));
    emit backupProgressed(done, total, table);
}

void ChildrenPage::onBackupWritten(const QString &nickname, const QString &path,
                                   const BackupSummary &summary, const QStringList &excluded)
{
    QStringList parts;
    const qint64 bytes = summary.zipBytes >= 0 ? summary.zipBytes : summary.dataBytes;
    parts << tr("Backup %1 written to %2: %Ln row(s) of %3, %4.", nullptr, clamped(summary.rows))
                 .arg(forWhom(nickname), QDir::toNativeSeparators(path),
                      tr("%n resource(s)", nullptr, int(summary.manifest.resources.size())),
                      QLocale().formattedDataSize(bytes));
    parts << (excluded.isEmpty() ? tr("Nothing is left out.")
                                 : tr("Left out: %1.").arg(tableList(excluded)));
    for (const QString &warning : summary.warnings)
        parts << tr("Warning: %1").arg(warning);
    const QString text = parts.join(QLatin1Char(' '));
    m_status->showStatus(text, !summary.warnings.isEmpty());
    emit backupFinished(true, text);
}

void ChildrenPage::onBackupFailed(const QString &nickname, const QString &message, bool cancelled)
{
    if (cancelled) {
        // What the user asked for: not an error.
        const QString text = tr("The backup %1 was cancelled: no file was written, and a file "
                                "of that name was left as it was.")
                                 .arg(forWhom(nickname));
        m_status->showStatus(text, false);
        emit backupFinished(false, text);
        return;
    }
    const QString text =
        tr("The backup %1 failed: %2 No backup file was written.").arg(forWhom(nickname), message);
    m_status->showStatus(text, true);
    showError(tr("Backup failed"), text);
    emit backupFinished(false, text);
}

} // namespace s15n::ui
