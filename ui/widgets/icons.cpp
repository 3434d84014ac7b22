#include "widgets/icons.h"

#include <QApplication>

namespace s15n::ui {

QIcon themeIcon(const char *freedesktopName, QStyle::StandardPixmap fallback)
{
    return QIcon::fromTheme(QString::fromLatin1(freedesktopName),
                            QApplication::style()->standardIcon(fallback));
}

QIcon themeIcon(const char *freedesktopName)
{
    return QIcon::fromTheme(QString::fromLatin1(freedesktopName));
}

} // namespace s15n::ui
