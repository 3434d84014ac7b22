#include "commandline.h"

namespace s15n {

// Placeholder until the worker lands (same session).
std::unique_ptr<QObject> CommandLine::startWorker(const QCommandLineParser &)
{
    return nullptr;
}

void CommandLine::stopWorker(QObject *) {}

} // namespace s15n
