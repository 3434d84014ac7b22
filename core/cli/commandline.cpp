#include "commandline.h"

namespace s15n {

int CommandLine::run(const QStringList &arguments)
{
    Q_UNUSED(arguments);
    return 1;
}

} // namespace s15n
