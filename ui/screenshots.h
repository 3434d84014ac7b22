#pragma once

#include <QString>

namespace s15n::ui {

class MainWindow;

// Shows each page of `window` in turn and saves what it looks like as DIR/<page>.png (the
// first-run page when there is no node). For the README's pictures: packaging/screenshots.sh.
// Returns 0, or 1 with the reason on stderr.
int takeScreenshots(MainWindow &window, const QString &dir);

} // namespace s15n::ui
