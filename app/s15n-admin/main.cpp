#include "applicationicon.h"
#include "mainwindow.h"
#include "screenshots.h"
#include "translations.h"

#include <QApplication>
#include <QGuiApplication>

#include <cstdio>
#include <cstdlib>

int main(int argc, char *argv[])
{
    if (qEnvironmentVariableIsEmpty("DISPLAY") && qEnvironmentVariableIsEmpty("WAYLAND_DISPLAY") &&
        qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM")) {
        std::fprintf(stderr, "s15n-admin: no display found. Run it on a desktop, under xvfb-run, "
                             "or set QT_QPA_PLATFORM=offscreen; the headless tool is s15n.\n");
        return EXIT_FAILURE;
    }
    QApplication app(argc, argv);
    QCoreApplication::setOrganizationName(QStringLiteral("s15n"));
    QCoreApplication::setApplicationName(QStringLiteral("s15n"));
    QCoreApplication::setApplicationVersion(QStringLiteral(S15N_VERSION));
    QGuiApplication::setApplicationDisplayName(QStringLiteral("s15n"));
    QGuiApplication::setDesktopFileName(QStringLiteral("s15n-admin"));
    QApplication::setWindowIcon(s15n::ui::applicationIcon());
    // --lang fr|es|en overrides the system's language.
    const QString language = s15n::ui::languageArgument(QCoreApplication::arguments());
    s15n::ui::installTranslations(language.isEmpty() ? QLocale() : QLocale(language));
    s15n::ui::MainWindow window;
    window.show();
    // --screenshots DIR: save each page as DIR/<page>.png and quit (packaging/screenshots.sh).
    const qsizetype at = QCoreApplication::arguments().indexOf(QStringLiteral("--screenshots"));
    if (at > 0 && at + 1 < QCoreApplication::arguments().size())
        return s15n::ui::takeScreenshots(window, QCoreApplication::arguments().at(at + 1));
    return app.exec();
}
