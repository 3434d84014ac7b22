#include "resources.h"

#include <QtGlobal>

static void initResourcesOutsideNamespace()
{
    Q_INIT_RESOURCE(s15n_core);
}

namespace s15n {

void initCoreResources()
{
    static const bool done = [] {
        initResourcesOutsideNamespace();
        return true;
    }();
    Q_UNUSED(done);
}

} // namespace s15n
