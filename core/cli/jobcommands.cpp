#include "commandline.h"

namespace s15n {

// Placeholder while this verb is being written (same session); replaced by its real file.
int CommandLine::job(const QStringList &)
{
    return fail(QStringLiteral("'job' is not available yet."));
}

} // namespace s15n
