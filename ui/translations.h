#pragma once

#include <QLocale>
#include <QStringList>

namespace s15n::ui {

// The value of --lang LANG or --lang=LANG among `arguments`, or empty.
QString languageArgument(const QStringList &arguments);

// The languages s15n has its messages in ("en", "es", "fr"), as ISO 639 codes, sorted.
QStringList availableLanguages();

// Loads s15n's own messages (built into the application from translations/) and Qt's for
// `locale`, replacing any loaded before. False when s15n has no translation for it (English).
bool installTranslations(const QLocale &locale);

} // namespace s15n::ui
