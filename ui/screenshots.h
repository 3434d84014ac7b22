#pragma once

#include <QString>

namespace s15n::ui {

class MainWindow;

// Shows each page of `window` in turn and saves what it looks like as DIR/<page>.png, and the
// Repositories page's Schedule tab (its first repository selected) as DIR/scheduleTab.png; when
// there is no node, the first-run page as DIR/firstRunPage.png. For the README's pictures:
// packaging/screenshots.sh.
// Returns 0, or 1 with the reason on stderr.
int takeScreenshots(MainWindow &window, const QString &dir);

} // namespace s15n::ui
