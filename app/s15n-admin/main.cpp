#include "adminarguments.h"
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
    // Before QApplication: --help, --version and a refusal answer without a display.
    QStringList arguments;
    for (int i = 0; i < argc; ++i)
        arguments << QString::fromLocal8Bit(argv[i]);
    const s15n::ui::AdminArguments options = s15n::ui::AdminArguments::parse(arguments);
    if (options.action() != s15n::ui::AdminArguments::Action::Run) {
        // In the user's language (or --lang's), which needs an application object; this one
        // needs no display.
        QCoreApplication app(argc, argv);
        s15n::ui::installTranslations(options.language().isEmpty() ? QLocale()
                                                                   : QLocale(options.language()));
        const s15n::ui::AdminArguments said = s15n::ui::AdminArguments::parse(arguments);
        switch (said.action()) {
        case s15n::ui::AdminArguments::Action::ShowHelp:
        case s15n::ui::AdminArguments::Action::ShowVersion:
            std::fputs(said.text().toLocal8Bit().constData(), stdout);
            return EXIT_SUCCESS;
        case s15n::ui::AdminArguments::Action::Refuse:
            std::fputs(said.text().toLocal8Bit().constData(), stderr);
            return 2;
        case s15n::ui::AdminArguments::Action::Run:
            break; // not reached: the same arguments
        }
    }
    // Said in English: the language asked for has no translation, so the start goes on in
    // English.
    for (const QString &warning : options.warnings())
        std::fprintf(stderr, "%s\n", warning.toLocal8Bit().constData());

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
    s15n::ui::installTranslations(options.language().isEmpty() ? QLocale()
                                                               : QLocale(options.language()));
    s15n::ui::MainWindow window;
    window.show();
    if (!options.screenshotsDirectory().isEmpty())
        return s15n::ui::takeScreenshots(window, options.screenshotsDirectory());
    return app.exec();
}
