#pragma once

#include <QString>
#include <QStringList>

namespace s15n::ui {

// The admin application's command line: --help, --version, --lang LANG and --screenshots DIR,
// with Qt's own options (-platform, -style, -reverse, ...) accepted and left to QApplication.
// Parsed before there is any application object, so --help and --version answer without a
// display.
class AdminArguments
{
public:
    enum class Action {
        Run,         // start the window
        ShowHelp,    // print text() to stdout and exit 0
        ShowVersion, // print text() to stdout and exit 0
        Refuse,      // print text() to stderr and exit 2
    };

    // `arguments` as main() has them, the program's name first. The messages are in the
    // language of the translations installed (none before there is an application object:
    // English); main() parses again with them installed to print the help or a refusal.
    static AdminArguments parse(const QStringList &arguments);

    Action action() const { return m_action; }
    // The help, the version, or why the command line is refused (see Action).
    QString text() const { return m_text; }
    // The language asked for with --lang, one s15n has ("en" for a language it has not);
    // empty: the system's. Set whatever action() is, so the help is in that language.
    QString language() const { return m_language; }
    // Said on stderr, the start going on: e.g. a --lang s15n has no translation for.
    QStringList warnings() const { return m_warnings; }
    // --screenshots DIR: save each page as DIR/<page>.png and quit; empty without it.
    QString screenshotsDirectory() const { return m_screenshots; }

private:
    Action m_action = Action::Run;
    QString m_text;
    QString m_language;
    QStringList m_warnings;
    QString m_screenshots;
};

} // namespace s15n::ui
