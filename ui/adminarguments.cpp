#include "adminarguments.h"

#include "translations.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QLocale>

namespace s15n::ui {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::ui::AdminArguments", text);
}

// Qt's own command-line options, which QApplication takes out of argv itself (QGuiApplication
// and QApplication documentation, and X11's): known here so that they are not refused, and
// their values are not taken for arguments.
const char *const kQtOptionsWithValue[] = {
    "platform",    "platformpluginpath", "platformtheme", "plugin",  "qwindowgeometry",
    "qwindowicon", "qwindowtitle",       "session",       "display", "geometry",
    "style",       "stylesheet",         "qmljsdebugger"};
const char *const kQtOptions[] = {"reverse", "widgetcount", "nograb", "dograb", "sync"};

// The language of `name` ("fr", "fr_CA", "es_ES.UTF-8"...) that s15n has a translation for, or
// empty.
QString availableLanguage(const QString &name, const QStringList &available)
{
    if (name.isEmpty())
        return QString();
    const QLocale locale(name);
    if (locale.language() == QLocale::C)
        return QString(); // not a language QLocale knows
    const QString code = QLocale::languageToCode(locale.language());
    return available.contains(code) ? code : QString();
}

} // namespace

AdminArguments AdminArguments::parse(const QStringList &arguments)
{
    QCommandLineParser parser;
    // -platform offscreen, as Qt writes its own options (and -h, -v).
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    parser.setApplicationDescription(
        tr("The s15n administration application: this node's repositories, the changes not\n"
           "pushed yet, its data, the sync log and its settings. It opens the node 's15n'\n"
           "would use ($S15N_DB, else the one remembered, else the default file)."));
    const QStringList available = availableLanguages();
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  tr("Show this help and exit."));
    const QCommandLineOption version({QStringLiteral("v"), QStringLiteral("version")},
                                     tr("Show the version and exit."));
    const QCommandLineOption lang(
        QStringLiteral("lang"),
        tr("Show the application in this language (%1) instead of the system's.")
            .arg(available.join(QStringLiteral(", "))),
        QStringLiteral("language"));
    const QCommandLineOption screenshots(
        QStringLiteral("screenshots"),
        tr("Save a picture of each page as <dir>/<page>.png and quit "
           "(packaging/screenshots.sh)."),
        QStringLiteral("dir"));
    parser.addOptions({help, version, lang, screenshots});
    for (const char *name : kQtOptionsWithValue) {
        QCommandLineOption option(QString::fromLatin1(name), QString(), QStringLiteral("value"));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }
    for (const char *name : kQtOptions) {
        QCommandLineOption option(QString::fromLatin1(name));
        option.setFlags(QCommandLineOption::HiddenFromHelp);
        parser.addOption(option);
    }

    AdminArguments result;
    const bool parsed = parser.parse(arguments);
    // First: the help, and why the command line is refused, are said in that language.
    if (const QString asked = parser.value(lang).trimmed(); !asked.isEmpty()) {
        result.m_language = availableLanguage(asked, available);
        if (result.m_language.isEmpty()) {
            result.m_language = QStringLiteral("en");
            result.m_warnings << tr("s15n-admin: there is no translation for the language '%1'; "
                                    "the languages available are %2. Going on in English.")
                                     .arg(asked, available.join(QStringLiteral(", ")));
        }
    }
    // --help and --version answer even beside a mistake.
    if (parser.isSet(help)) {
        QString text = parser.helpText();
        // "Usage: <executable_name> [options]": there may be no application object yet.
        text = text.mid(text.indexOf(QLatin1Char('\n')) + 1);
        result.m_action = Action::ShowHelp;
        result.m_text = tr("Usage: s15n-admin [options]") + QLatin1Char('\n') + text +
                        QLatin1Char('\n') +
                        tr("Qt's own options (-platform NAME, -style NAME, -reverse...) are "
                           "accepted as well.\nThe command-line tool is 's15n' (s15n --help).") +
                        QLatin1Char('\n');
        return result;
    }
    if (parser.isSet(version)) {
        result.m_action = Action::ShowVersion;
        result.m_text = QStringLiteral("s15n-admin %1\n").arg(QStringLiteral(S15N_VERSION));
        return result;
    }
    const auto refuse = [&result](const QString &why) {
        result.m_action = Action::Refuse;
        result.m_text = tr("s15n-admin: %1\nSee 's15n-admin --help'.").arg(why) + QLatin1Char('\n');
        return result;
    };
    if (!parsed)
        return refuse(parser.errorText());
    if (!parser.positionalArguments().isEmpty())
        return refuse(tr("unexpected argument '%1'; s15n-admin takes only options.")
                          .arg(parser.positionalArguments().constFirst()));
    if (parser.isSet(screenshots)) {
        result.m_screenshots = parser.value(screenshots);
        if (result.m_screenshots.isEmpty())
            return refuse(tr("--screenshots needs a folder."));
    }
    return result;
}

} // namespace s15n::ui
