#include "commandline.h"

namespace s15n {

int CommandLine::serve(const QStringList &)
{
    return fail(QStringLiteral("'serve' is not available yet."));
}

int CommandLine::peer(const QStringList &)
{
    return fail(QStringLiteral("'peer' is not available yet."));
}

} // namespace s15n
