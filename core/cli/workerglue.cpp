// The worker that `s15n serve` runs: scheduled jobs, each a sync round.
#include "cli/commandline.h"

#include "schedule/worker.h"

#include <QCoreApplication>

namespace s15n {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::CommandLine", text);
}
} // namespace

std::unique_ptr<QObject> CommandLine::startWorker(const QCommandLineParser &parser)
{
    Result<DatabaseLocation> where = location(parser);
    if (!where) {
        m_err << tr("s15n: the scheduled jobs do not run: %1").arg(where.message()) << Qt::endl;
        return nullptr;
    }
    auto worker = std::make_unique<Worker>(where.value(), databasePassword(where.value()),
                                           roundRunner(parser));
    QObject::connect(worker.get(), &Worker::errorOccurred, worker.get(),
                     [this](const QString &message) {
                         m_err << tr("s15n: scheduled jobs: %1").arg(message) << Qt::endl;
                     });
    if (Status s = worker->start(); !s) {
        m_err << tr("s15n: the scheduled jobs do not run: %1").arg(s.message()) << Qt::endl;
        return nullptr;
    }
    return worker;
}

void CommandLine::stopWorker(QObject *worker)
{
    if (auto *w = qobject_cast<Worker *>(worker))
        w->stop();
}

} // namespace s15n
