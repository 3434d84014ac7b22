#include "commandline.h"

namespace s15n {

int CommandLine::repo(const QStringList &)
{
    return fail(QStringLiteral("'repo' is not available yet."));
}

int CommandLine::sync(const QStringList &)
{
    return fail(QStringLiteral("'sync' is not available yet."));
}

RoundRunner CommandLine::roundRunner(const QCommandLineParser &)
{
    return [](const QString &, const std::atomic_bool &) {
        return Status::failure(QStringLiteral("Sync rounds are not available yet."));
    };
}

} // namespace s15n
