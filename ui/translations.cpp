#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QTranslator>

namespace s15n::ui {

QString languageArgument(const QStringList &arguments)
{
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString &a = arguments.at(i);
        if (a == QLatin1String("--lang") && i + 1 < arguments.size())
            return arguments.at(i + 1);
        if (a.startsWith(QLatin1String("--lang=")))
            return a.mid(7);
    }
    return QString();
}

QStringList availableLanguages()
{
    // s15n_<code>.qm, built in (translations/CMakeLists.txt); English holds its plural forms.
    QStringList languages;
    const QString prefix = QStringLiteral("s15n_");
    const QStringList files =
        QDir(QStringLiteral(":/i18n")).entryList({prefix + QStringLiteral("*.qm")}, QDir::Files);
    for (const QString &file : files)
        languages << file.mid(prefix.size(), file.size() - prefix.size() - 3);
    languages.sort();
    return languages;
}

bool installTranslations(const QLocale &locale)
{
    static QTranslator *ours = nullptr;
    static QTranslator *qt = nullptr;
    for (QTranslator **t : {&ours, &qt}) {
        if (*t) {
            QCoreApplication::removeTranslator(*t);
            delete *t;
            *t = nullptr;
        }
    }
    auto *own = new QTranslator(QCoreApplication::instance());
    if (!own->load(locale, QStringLiteral("s15n"), QStringLiteral("_"), QStringLiteral(":/i18n"))) {
        // No translation for this language: English, whose file holds only plural forms
        // ("1 row", "2 rows"), so that tr("%n row(s)") does not show "(s)".
        if (own->load(QStringLiteral(":/i18n/s15n_en.qm"))) {
            QCoreApplication::installTranslator(own);
            ours = own;
        } else {
            delete own;
        }
        return false;
    }
    QCoreApplication::installTranslator(own);
    ours = own;
    auto *base = new QTranslator(QCoreApplication::instance());
    if (base->load(locale, QStringLiteral("qtbase"), QStringLiteral("_"),
                   QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(base);
        qt = base;
    } else {
        delete base;
    }
    return true;
}

} // namespace s15n::ui
