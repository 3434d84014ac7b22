#include "logpage.h"

#include "client/repositorystore.h"
#include "dialogs/logdetailsdialog.h"
#include "models/logmodel.h"
#include "storage/node.h"
#include "widgets/headerstate.h"
#include "widgets/listtable.h"
#include "worker/nodetask.h"

#include <QAction>
#include <QComboBox>
#include <QDateTime>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSaveFile>
#include <QShowEvent>
#include <QSignalBlocker>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

#include <limits>

namespace s15n::ui {

namespace {

const QString kHeaderKey = QStringLiteral("logPage/header");
constexpr int kFilterDelayMs = 300;
const QString kErrorStyle = QStringLiteral("color: #b3261e;");

} // namespace

LogPage::LogPage(Node &node, QWidget *parent) : QWidget(parent), m_node(node)
{
    m_model = new LogModel(node.database(), this);

    m_repository = new QComboBox(this);
    m_repository->setObjectName(QStringLiteral("logRepository"));
    m_repository->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    auto *repositoryLabel = new QLabel(tr("&Repository:"), this);
    repositoryLabel->setBuddy(m_repository);

    m_result = new QComboBox(this);
    m_result->setObjectName(QStringLiteral("logResult"));
    m_result->addItem(tr("All results"), -1);
    for (LogResult r : {LogResult::Success, LogResult::Warning, LogResult::Error, LogResult::Fatal})
        m_result->addItem(LogModel::resultText(r), int(r));
    auto *resultLabel = new QLabel(tr("Re&sult:"), this);
    resultLabel->setBuddy(m_result);

    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("logFilter"));
    m_filter->setPlaceholderText(tr("Filter"));
    m_filter->setToolTip(tr("Show entries whose message, action, resource, repository or peer "
                            "contains this text"));
    m_filter->setClearButtonEnabled(true);
    m_filterTimer = new QTimer(this);
    m_filterTimer->setSingleShot(true);
    m_filterTimer->setInterval(kFilterDelayMs);

    m_refresh = new QPushButton(tr("Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("logRefresh"));
    m_refresh->setShortcut(QKeySequence(Qt::Key_F5));
    m_refresh->setToolTip(tr("Read the log again (F5)"));
    m_details = new QPushButton(tr("&Details..."), this);
    m_details->setObjectName(QStringLiteral("logDetails"));
    m_export = new QPushButton(tr("&Export CSV..."), this);
    m_export->setObjectName(QStringLiteral("logExport"));
    m_export->setToolTip(tr("Save every entry that matches the filters as a CSV file"));

    // The shared list: columns fit the window (the message, last, takes what is left, and gives
    // way first when they do not fit), resized by hand they stay so, and are remembered.
    const bool remembered = hasHeaderState(kHeaderKey, int(LogModel::Column::Count));
    m_view = new ListTable(QStringLiteral("logView"), kHeaderKey, this);
    m_view->setModel(m_model);
    m_view->setElasticColumns({int(LogModel::Column::Message)});
    m_view->setTextElideMode(Qt::ElideRight); // a message's beginning says most
    if (!remembered) {
        // Fourteen columns do not fit a window, and the message is the one to read: at first,
        // the details that the action implies (mode, direction) or that matter less at a
        // glance are hidden; the header's menu shows them, the details dialog has them all.
        using Column = LogModel::Column;
        for (Column column : {Column::Mode, Column::Direction, Column::Received, Column::Conflicts,
                              Column::Skipped, Column::Duration})
            m_view->horizontalHeader()->setSectionHidden(int(column), true);
        m_view->fitColumns(); // hiding resized them, which is not a resize by hand
    }
    QHeaderView *header = m_view->horizontalHeader();
    // Its menu: the columns to show, and ListTable's "Fit columns to the window".
    header->setContextMenuPolicy(Qt::ActionsContextMenu);
    for (int column = 0; column < int(LogModel::Column::Count); ++column) {
        auto *action = new QAction(m_model->headerData(column, Qt::Horizontal).toString(), header);
        action->setObjectName(QStringLiteral("logShowColumn%1").arg(column));
        action->setCheckable(true);
        connect(action, &QAction::toggled, this,
                [this, column](bool shown) { onColumnToggled(column, shown); });
        header->addAction(action);
    }
    auto *separator = new QAction(header);
    separator->setSeparator(true);
    header->addAction(separator);
    auto *fit = new QAction(ListTable::tr("Fit columns to the window"), header);
    fit->setObjectName(QStringLiteral("logFitColumns"));
    connect(fit, &QAction::triggered, m_view, &ListTable::fitColumns);
    header->addAction(fit);
    updateColumnActions();

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("logStatus"));
    m_status->setTextFormat(Qt::PlainText);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);

    // The export runs on a NodeTask; its progress, result and Cancel have a row of their own,
    // so the count of entries shown above it is never overwritten.
    m_task = new NodeTask(node.database().location(), QString(), this);
    m_exportStatus = new QLabel(this);
    m_exportStatus->setObjectName(QStringLiteral("logExportStatus"));
    m_exportStatus->setTextFormat(Qt::PlainText);
    m_exportStatus->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_exportStatus->setWordWrap(true);
    m_exportStatus->hide();
    m_exportProgress = new QProgressBar(this);
    m_exportProgress->setObjectName(QStringLiteral("logExportProgress"));
    m_exportProgress->setRange(0, 0); // how many entries match is not known beforehand
    m_exportProgress->setTextVisible(false);
    m_exportProgress->hide();
    m_cancelExport = new QPushButton(tr("Cancel Export"), this);
    m_cancelExport->setObjectName(QStringLiteral("logExportCancel"));
    m_cancelExport->setToolTip(tr("Stop the export; no file is written"));
    m_cancelExport->hide();

    auto *controls = new QHBoxLayout;
    controls->addWidget(repositoryLabel);
    controls->addWidget(m_repository);
    controls->addWidget(resultLabel);
    controls->addWidget(m_result);
    controls->addWidget(m_filter, 1);
    controls->addWidget(m_refresh);
    controls->addWidget(m_details);
    controls->addWidget(m_export);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    auto *exportRow = new QHBoxLayout;
    exportRow->addWidget(m_exportStatus, 1);
    exportRow->addWidget(m_exportProgress);
    exportRow->addWidget(m_cancelExport);
    layout->addLayout(exportRow);

    using ComboIndex = void (QComboBox::*)(int);
    connect(m_repository, static_cast<ComboIndex>(&QComboBox::currentIndexChanged), this,
            [this] { applyFilters(); });
    connect(m_result, static_cast<ComboIndex>(&QComboBox::currentIndexChanged), this,
            [this] { applyFilters(); });
    connect(m_filter, &QLineEdit::textChanged, this, [this] { m_filterTimer->start(); });
    connect(m_filter, &QLineEdit::returnPressed, this, [this] { applyFilters(); });
    connect(m_filterTimer, &QTimer::timeout, this, [this] { applyFilters(); });
    connect(m_refresh, &QPushButton::clicked, this, [this] { refresh(); });
    connect(m_details, &QPushButton::clicked, this, [this] { onDetailsClicked(); });
    connect(m_export, &QPushButton::clicked, this, [this] { onExportClicked(); });
    connect(m_cancelExport, &QPushButton::clicked, this, &LogPage::cancelExport);
    // Enter, and a double (or, where the platform says so, single) click.
    connect(m_view, &QAbstractItemView::activated, this,
            [this](const QModelIndex &index) { openDetails(index.row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            [this] { updateActions(); });
    connect(m_model, &QAbstractItemModel::modelReset, this, [this] {
        updateActions();
        updateStatus();
    });
    connect(m_model, &QAbstractItemModel::rowsInserted, this, [this] { updateStatus(); });
    connect(m_model, &LogModel::fetchFailed, this, [this] { updateStatus(); });

    reloadRepositories();
    updateActions();
    updateStatus();
}

LogPage::~LogPage()
{
    // Cancels a running export and waits for its thread; what it still posts goes with it.
    delete m_task;
    saveHeaderState(m_view->horizontalHeader()); // a column hidden from the header's menu
}

void LogPage::setDatabasePassword(const QString &password)
{
    m_task->setDatabasePassword(password);
}

void LogPage::setRepository(const QString &name)
{
    int index = m_repository->findData(name);
    if (index < 0) {
        // Not (or no longer) configured, but it may still have entries.
        m_repository->addItem(name, name);
        index = m_repository->count() - 1;
    }
    if (index == m_repository->currentIndex())
        applyFilters();
    else
        m_repository->setCurrentIndex(index); // applies the filters
}

QString LogPage::repository() const
{
    return m_repository->currentData().toString();
}

void LogPage::refresh()
{
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    const qint64 selectedId =
        selected.isEmpty() ? 0 : m_model->entry(selected.constFirst().row()).id;
    reloadRepositories();
    m_filterTimer->stop();
    m_model->setFilter(filterFromControls());
    if (selectedId <= 0)
        return;
    // Fetch as far as the entry was (ids fall row by row), and no further.
    while (m_model->rowCount() > 0 && m_model->entry(m_model->rowCount() - 1).id > selectedId &&
           m_model->canFetchMore(QModelIndex()))
        m_model->fetchMore(QModelIndex());
    const int row = m_model->rowOfId(selectedId);
    if (row >= 0) {
        m_view->selectRow(row);
        m_view->scrollTo(m_model->index(row, 0));
    }
}

void LogPage::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    // Coming back to the page shows what happened meanwhile; a window restored from the
    // task bar (a spontaneous show) keeps its place.
    if (!event->spontaneous())
        refresh();
}

void LogPage::reloadRepositories()
{
    const QString current = repository();
    const QSignalBlocker blocker(m_repository);
    m_repository->clear();
    m_repository->addItem(tr("All repositories"), QString());
    Result<QList<Repository>> repositories = RepositoryStore(m_node.database()).list();
    if (repositories) {
        m_repositoryError.clear();
        for (const Repository &r : repositories.value())
            m_repository->addItem(r.name, r.name);
    } else {
        m_repositoryError = repositories.message();
    }
    if (!current.isEmpty() && m_repository->findData(current) < 0)
        m_repository->addItem(current, current);
    m_repository->setCurrentIndex(qMax(0, m_repository->findData(current)));
}

LogFilter LogPage::filterFromControls() const
{
    LogFilter filter;
    filter.repository = repository();
    const int result = m_result->currentData().toInt();
    if (result >= 0)
        filter.result = LogResult(result);
    filter.text = m_filter->text().trimmed();
    return filter;
}

void LogPage::applyFilters()
{
    m_filterTimer->stop();
    const LogFilter wanted = filterFromControls();
    const LogFilter &shown = m_model->filter();
    if (wanted.repository == shown.repository && wanted.result == shown.result &&
        wanted.text == shown.text && m_model->errorString().isEmpty())
        return;
    m_model->setFilter(wanted);
}

void LogPage::openDetails(int row)
{
    if (row < 0 || row >= m_model->rowCount())
        return;
    auto *dialog = new LogDetailsDialog(m_model->entry(row), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->open();
}

void LogPage::onDetailsClicked()
{
    const QModelIndexList selected = m_view->selectionModel()->selectedRows();
    if (!selected.isEmpty())
        openDetails(selected.constFirst().row());
}

void LogPage::onExportClicked()
{
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(
                QStringLiteral("s15n-log-%1.csv")
                    .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
    const QString path = QFileDialog::getSaveFileName(this, tr("Export Log as CSV"), suggested,
                                                      tr("CSV files (*.csv);;All files (*)"));
    if (!path.isEmpty())
        exportCsv(path);
}

bool LogPage::isExporting() const
{
    return m_task->isRunning();
}

bool LogPage::exportCsv(const QString &path)
{
    if (m_task->isRunning())
        return false;
    applyFilters(); // text still waiting for the typing delay counts too
    const LogFilter filter = m_model->filter();
    NodeTask *task = m_task;
    const bool started = m_task->start(
        [this, task, filter, path](Node &node,
                                   const std::atomic_bool &cancelled) -> NodeTask::Done {
            // On the task's thread, with its own connection.
            const ExportReport report =
                writeCsv(node.database(), filter, path, cancelled, [this, task, path](qint64 rows) {
                    // Posted to the task, as its Done is: in order, and dropped with the task
                    // if the page goes first.
                    QMetaObject::invokeMethod(
                        task, [this, path, rows] { onExportProgressed(path, rows); },
                        Qt::QueuedConnection);
                });
            return [this, path, report] { onExportEnded(path, report); };
        },
        [this, path](const QString &message) {
            ExportReport report;
            report.message = tr("Cannot export the log to %1: %2. Nothing was written; try again "
                                "once the database can be read.")
                                 .arg(QDir::toNativeSeparators(path), message);
            onExportEnded(path, report);
        });
    if (!started)
        return false;
    setExporting(true);
    m_exportStatus->setStyleSheet(QString());
    m_exportStatus->setText(tr("Exporting the log to %1...").arg(QDir::toNativeSeparators(path)));
    return true;
}

void LogPage::cancelExport()
{
    if (!m_task->isRunning() || m_task->isCancelled())
        return;
    m_task->cancel();
    m_cancelExport->setEnabled(false);
    m_exportStatus->setText(tr("Cancelling the export..."));
}

void LogPage::onExportProgressed(const QString &path, qint64 rows)
{
    if (!m_task->isCancelled())
        m_exportStatus->setText(tr("Exporting the log to %1: %n entries written...", nullptr,
                                   int(qMin<qint64>(rows, std::numeric_limits<int>::max())))
                                    .arg(QDir::toNativeSeparators(path)));
    emit exportProgressed(rows);
}

void LogPage::onExportEnded(const QString &path, const ExportReport &report)
{
    setExporting(false);
    const int rows = int(qMin<qint64>(report.rows, std::numeric_limits<int>::max()));
    switch (report.outcome) {
    case ExportReport::Outcome::Written:
        m_exportStatus->setStyleSheet(QString());
        m_exportStatus->setText(
            tr("Exported %n entries to %1.", nullptr, rows).arg(QDir::toNativeSeparators(path)));
        emit exportWritten(path, report.rows);
        return;
    case ExportReport::Outcome::Cancelled:
        m_exportStatus->setStyleSheet(QString());
        m_exportStatus->setText(tr("Export cancelled: no file was written, and a file of that "
                                   "name was left as it was."));
        emit exportCancelled();
        return;
    case ExportReport::Outcome::Failed: {
        m_exportStatus->setStyleSheet(kErrorStyle);
        m_exportStatus->setText(report.message);
        // Where the user asked for it; not modal, so a running page is never held up.
        auto *box = new QMessageBox(QMessageBox::Warning, tr("Export Failed"), report.message,
                                    QMessageBox::Ok, this);
        box->setObjectName(QStringLiteral("logExportError"));
        box->setAttribute(Qt::WA_DeleteOnClose);
        box->open();
        emit exportFailed(report.message);
        return;
    }
    }
}

void LogPage::setExporting(bool exporting)
{
    m_export->setEnabled(!exporting);
    m_exportProgress->setVisible(exporting);
    m_cancelExport->setVisible(exporting);
    m_cancelExport->setEnabled(exporting);
    if (exporting)
        m_exportStatus->show();
}

LogPage::ExportReport LogPage::writeCsv(Database &db, LogFilter filter, const QString &path,
                                        const std::atomic_bool &cancelled,
                                        const std::function<void(qint64 rows)> &progress)
{
    ExportReport report;
    const QString shownPath = QDir::toNativeSeparators(path);
    const auto writeFailed = [&report, &shownPath](const QSaveFile &file) {
        report.message = tr("Cannot write the file %1: %2. Check that the disk is not full "
                            "and that you may write there, then try again; an existing "
                            "file of that name was left as it was.")
                             .arg(shownPath, file.errorString());
        return report;
    };
    // Written to a temporary file beside `path` that replaces it on commit(); dropped
    // unless committed.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        report.message = tr("Cannot create the file %1: %2. Choose a folder where you may "
                            "create files, and try again.")
                             .arg(shownPath, file.errorString());
        return report;
    }
    if (file.write(LogModel::csvHeader().toUtf8()) < 0)
        return writeFailed(file);
    SyncLog log(db);
    filter.limit = kExportPageSize;
    filter.beforeId = 0;
    for (;;) {
        if (cancelled) {
            report.outcome = ExportReport::Outcome::Cancelled;
            return report;
        }
        Result<QList<LogEntry>> page = log.list(filter);
        if (!page) {
            report.message = tr("Cannot export the log to %1: %2. Nothing was written; try again "
                                "once the database can be read.")
                                 .arg(shownPath, page.message());
            return report;
        }
        QString text;
        for (const LogEntry &e : page.value())
            text += LogModel::csvRecord(e);
        if (file.write(text.toUtf8()) < 0)
            return writeFailed(file);
        report.rows += page.value().size();
        if (progress)
            progress(report.rows);
        if (page.value().size() < filter.limit)
            break;
        filter.beforeId = page.value().constLast().id;
    }
    if (cancelled) {
        report.outcome = ExportReport::Outcome::Cancelled;
        return report;
    }
    if (!file.commit()) // a full disk shows here at the latest
        return writeFailed(file);
    report.outcome = ExportReport::Outcome::Written;
    return report;
}

void LogPage::onColumnToggled(int column, bool shown)
{
    QHeaderView *header = m_view->horizontalHeader();
    if (header->isSectionHidden(column) == !shown)
        return;
    // Hiding or showing a column resizes it, which ListTable takes for a resize by hand.
    const bool fitting = m_view->fitsColumns();
    header->setSectionHidden(column, !shown);
    if (fitting)
        m_view->fitColumns();
    updateColumnActions();
}

void LogPage::updateColumnActions()
{
    QHeaderView *header = m_view->horizontalHeader();
    const QList<QAction *> actions = header->actions();
    const int shown = header->count() - header->hiddenSectionCount();
    for (int column = 0; column < int(LogModel::Column::Count) && column < actions.size();
         ++column) {
        QAction *action = actions.at(column);
        const bool visible = !header->isSectionHidden(column);
        const QSignalBlocker blocker(action);
        action->setChecked(visible);
        action->setEnabled(!visible || shown > 1); // keep at least one column
    }
}

void LogPage::updateActions()
{
    m_details->setEnabled(m_view->selectionModel()->hasSelection());
}

void LogPage::updateStatus()
{
    QStringList parts;
    const int rows = m_model->rowCount();
    if (!m_model->errorString().isEmpty())
        parts << m_model->errorString();
    else if (m_model->canFetchMore(QModelIndex()))
        parts << tr("Showing the newest %n entries; scroll down for more.", nullptr, rows);
    else
        parts << tr("%n entries.", nullptr, rows);
    if (!m_repositoryError.isEmpty())
        parts << m_repositoryError;
    m_status->setText(parts.join(QLatin1Char(' ')));
}

} // namespace s15n::ui
