#include "importer.h"

#include "sync/pagequeue.h"

#include <QCoreApplication>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcImport, "s15n.import")

namespace s15n {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::Importer", text);
}
} // namespace

Result<ImportSummary>
Importer::importFrom(QIODevice *device, const std::function<void(const ImportSummary &)> &progress)
{
    ImportSummary summary;
    // Records the database refused in earlier imports get another chance first.
    Result<ApplyCounts> retried = ApplyEngine(m_node).retryFailed();
    if (!retried)
        return retried.status();
    summary.counts += retried.value();
    PageQueue reader(device); // parses ahead on its own thread
    ApplyEngine engine(m_node);
    ChangePage page;
    while (reader.next(&page, &summary.source)) {
        Result<ApplyCounts> counts = engine.applyPage(summary.source, page);
        if (!counts) {
            QString reason = counts.message().trimmed();
            if (!reason.endsWith(QLatin1Char('.')))
                reason += QLatin1Char('.');
            return Status::failure(
                tr("Page %1 (%2) was not applied: %3%4 Fix the cause and run the import again: "
                   "pages already applied are not applied twice.")
                    .arg(summary.pages + 1)
                    .arg(page.resource, reason,
                         summary.pages > 0
                             ? tr(" The %1 page(s) before it were applied.").arg(summary.pages)
                             : QString()));
        }
        summary.counts += counts.value();
        ++summary.pages;
        if (progress)
            progress(summary);
    }
    if (reader.hasError()) {
        // The reader's message names what and where, without a full stop of its own.
        QString reason = reader.errorString();
        if (!reason.endsWith(QLatin1Char('.')))
            reason += QLatin1Char('.');
        return Status::failure(
            tr("The file is not a valid s15n export (page %1): %2%3")
                .arg(summary.pages + 1)
                .arg(reason, summary.pages > 0
                                 ? tr(" The %1 page(s) before it were applied.").arg(summary.pages)
                                 : tr(" Nothing was applied.")));
    }
    if (summary.pages == 0)
        return Status::failure(tr("The file holds no pages of changes."));
    qCInfo(lcImport) << "imported" << summary.pages << "pages from" << summary.source.node
                     << "received" << summary.counts.received << "applied" << summary.counts.applied
                     << "failed" << summary.counts.failed;
    return summary;
}

} // namespace s15n
