#pragma once

#include <QString>

class QHeaderView;

namespace s15n::ui {

// Remembers a header's state (column order, widths, hidden columns, sort indicator) in
// QSettings under key: restores it now, then saves it as it changes (a moment later), when the
// header is hidden and when it goes away. Calling it again for the same header first saves the
// state under the previous key; an empty key only does that and stops remembering, for a view about
// to show a model with other columns (then call it with the new key once the columns are there).
//
// Only a state worth keeping is saved: one restored, or one that changed (sized, moved, sorted,
// a column hidden) in a header that has been on screen. A header never shown still has Qt's
// default widths, which would otherwise come back as if someone had chosen them. A saved state
// is restored only when it has as many columns as the header has now.
//
// Returns whether a saved state was restored, so the caller sizes the columns only otherwise.
bool rememberHeaderState(QHeaderView *header, const QString &key);

// Whether a state that rememberHeaderState() would restore for a header of `columns` columns
// is saved under key: before the header has its model, to choose defaults otherwise.
bool hasHeaderState(const QString &key, int columns);

// Saves a remembered header's state now (if it is worth keeping, as above). Hiding a column of
// a header with automatic sizes (a stretched last section, contents-sized sections) emits no
// signal: a page that lets people hide columns calls this from its destructor, while the
// header can still be asked.
void saveHeaderState(QHeaderView *header);

} // namespace s15n::ui
