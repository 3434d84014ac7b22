#pragma once

#include <QIcon>
#include <QStyle>

namespace s15n::ui {

// The desktop's icon for `freedesktopName` (a name from the freedesktop.org Icon Naming
// Specification, e.g. "edit-copy"), so the application looks at home in the user's icon theme;
// where the theme has none, the style's `fallback`.
QIcon themeIcon(const char *freedesktopName, QStyle::StandardPixmap fallback);

// The same without a fallback: an empty icon (a button shows its text only) where the theme has
// none, for actions no standard pixmap shows (copying, for one).
QIcon themeIcon(const char *freedesktopName);

} // namespace s15n::ui
