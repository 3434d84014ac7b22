#pragma once

#include <QIcon>

namespace s15n::ui {

// The s15n-admin icon: the desktop theme's "s15n-admin" when installed, else the PNG renderings
// (16 to 256 px) compiled into s15n-ui.
QIcon applicationIcon();

} // namespace s15n::ui
