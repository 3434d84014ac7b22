#include "applicationicon.h"

#include <QtGlobal>

static void initUiResourcesOutsideNamespace()
{
    Q_INIT_RESOURCE(s15n_ui); // a static library's resources are only linked in when asked for
}

namespace s15n::ui {

QIcon applicationIcon()
{
    static const bool resourcesReady = [] {
        initUiResourcesOutsideNamespace();
        return true;
    }();
    Q_UNUSED(resourcesReady);
    QIcon builtIn;
    for (int size : {16, 32, 48, 64, 128, 256})
        builtIn.addFile(QStringLiteral(":/s15n/icons/s15n-admin-%1.png").arg(size),
                        QSize(size, size));
    return QIcon::fromTheme(QStringLiteral("s15n-admin"), builtIn);
}

} // namespace s15n::ui
