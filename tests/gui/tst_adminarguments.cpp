// The admin application's command line: --help and --version print and exit, without a
// display; --lang takes the languages s15n has and, for one it has not, warns (naming those it
// has) and goes on in English; --screenshots DIR still works; Qt's own options are left to
// QApplication; anything else is refused with a pointer to --help. The parsing function is
// tested on its own, and the real s15n-admin is run without a display.
#include "adminarguments.h"
#include "translations.h"

#include <QFileInfo>
#include <QImage>
#include <QLibraryInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QtTest>

#include "guitestmain.h"

using namespace s15n;
using namespace Qt::StringLiterals;
using Action = ui::AdminArguments::Action;

Q_DECLARE_METATYPE(Action)

namespace {

struct Run
{
    int exitCode = -1;
    QString out;
    QString err;
};

// Runs s15n-admin with `arguments` and no display at all: no DISPLAY, WAYLAND_DISPLAY or
// QT_QPA_PLATFORM, unless `environment` sets one.
Run runAdmin(const QStringList &arguments, const QTemporaryDir &home,
             const QProcessEnvironment &extra = {})
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "S15N_DB"})
        env.remove(QString::fromLatin1(name));
    env.insert(u"HOME"_s, home.path());
    env.insert(u"XDG_CONFIG_HOME"_s, home.filePath(u"config"_s));
    env.insert(u"XDG_DATA_HOME"_s, home.filePath(u"data"_s));
    env.insert(u"XDG_CACHE_HOME"_s, home.filePath(u"cache"_s));
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.remove(u"LANGUAGE"_s);
    env.remove(u"LC_ALL"_s);
    env.remove(u"LC_MESSAGES"_s);
    for (const QString &key : extra.keys())
        env.insert(key, extra.value(key));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(S15N_ADMIN_BINARY), arguments);
    Run run;
    if (!process.waitForFinished(60000)) {
        process.kill();
        process.waitForFinished();
        run.err = u"s15n-admin did not finish"_s;
        return run;
    }
    run.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    run.out = QString::fromLocal8Bit(process.readAllStandardOutput());
    run.err = QString::fromLocal8Bit(process.readAllStandardError());
    return run;
}

QString describe(const Run &run)
{
    return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(run.exitCode).arg(run.out, run.err);
}

} // namespace

class TestAdminArguments : public QObject
{
    Q_OBJECT

private slots:
    void availableLanguages()
    {
        QCOMPARE(ui::availableLanguages(), (QStringList{u"en"_s, u"es"_s, u"fr"_s}));
    }

    void parse_data()
    {
        QTest::addColumn<QStringList>("arguments"); // after the program's name
        QTest::addColumn<Action>("action");
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("screenshots");
        QTest::addColumn<QStringList>("says"); // in text(), or in warnings() when Run

        const QString dir = u"/tmp/shots"_s;
        QTest::newRow("nothing") << QStringList() << Action::Run << QString() << QString()
                                 << QStringList();
        const QStringList help{u"Usage: s15n-admin"_s,   u"--lang <language>"_s, u"en, es, fr"_s,
                               u"--screenshots <dir>"_s, u"--version"_s,         u"-platform"_s};
        QTest::newRow("--help") << QStringList{u"--help"_s} << Action::ShowHelp << QString()
                                << QString() << help;
        QTest::newRow("-h") << QStringList{u"-h"_s} << Action::ShowHelp << QString() << QString()
                            << help;
        QTest::newRow("--help beside a mistake")
            << QStringList{u"--bogus"_s, u"--help"_s} << Action::ShowHelp << QString() << QString()
            << help;
        QTest::newRow("--version")
            << QStringList{u"--version"_s} << Action::ShowVersion << QString() << QString()
            << QStringList{u"s15n-admin "_s + QStringLiteral(S15N_VERSION)};
        QTest::newRow("-v") << QStringList{u"-v"_s} << Action::ShowVersion << QString() << QString()
                            << QStringList{QStringLiteral(S15N_VERSION)};
        QTest::newRow("--lang fr") << QStringList{u"--lang"_s, u"fr"_s} << Action::Run << u"fr"_s
                                   << QString() << QStringList();
        QTest::newRow("--lang=es")
            << QStringList{u"--lang=es"_s} << Action::Run << u"es"_s << QString() << QStringList();
        QTest::newRow("--lang en") << QStringList{u"--lang"_s, u"en"_s} << Action::Run << u"en"_s
                                   << QString() << QStringList();
        QTest::newRow("--lang fr_CA") << QStringList{u"--lang"_s, u"fr_CA"_s} << Action::Run
                                      << u"fr"_s << QString() << QStringList();
        const QStringList unknown{u"'de'"_s, u"en, es, fr"_s, u"English"_s};
        QTest::newRow("--lang de: English, with a warning")
            << QStringList{u"--lang"_s, u"de"_s} << Action::Run << u"en"_s << QString() << unknown;
        QTest::newRow("--lang xx: English, with a warning")
            << QStringList{u"--lang"_s, u"xx"_s} << Action::Run << u"en"_s << QString()
            << QStringList{u"'xx'"_s, u"en, es, fr"_s};
        QTest::newRow("--lang without a value")
            << QStringList{u"--lang"_s} << Action::Refuse << QString() << QString()
            << QStringList{u"lang"_s, u"--help"_s};
        QTest::newRow("--screenshots") << QStringList{u"--screenshots"_s, dir} << Action::Run
                                       << QString() << dir << QStringList();
        QTest::newRow("--screenshots and --lang")
            << QStringList{u"--lang"_s, u"es"_s, u"--screenshots"_s, dir} << Action::Run << u"es"_s
            << dir << QStringList();
        QTest::newRow("--screenshots without a folder")
            << QStringList{u"--screenshots"_s} << Action::Refuse << QString() << QString()
            << QStringList{u"screenshots"_s};
        QTest::newRow("Qt's own options")
            << QStringList{u"-platform"_s, u"offscreen"_s, u"-style"_s, u"Fusion"_s,
                           u"-reverse"_s,  u"--lang"_s,    u"fr"_s}
            << Action::Run << u"fr"_s << QString() << QStringList();
        QTest::newRow("an unknown option")
            << QStringList{u"--bogus"_s} << Action::Refuse << QString() << QString()
            << QStringList{u"bogus"_s, u"s15n-admin --help"_s};
        QTest::newRow("an argument")
            << QStringList{u"node.sqlite"_s} << Action::Refuse << QString() << QString()
            << QStringList{u"node.sqlite"_s, u"s15n-admin --help"_s};
    }

    void parse()
    {
        QFETCH(QStringList, arguments);
        QFETCH(Action, action);
        QFETCH(QString, language);
        QFETCH(QString, screenshots);
        QFETCH(QStringList, says);
        const ui::AdminArguments parsed =
            ui::AdminArguments::parse(QStringList{u"s15n-admin"_s} + arguments);
        QCOMPARE(parsed.action(), action);
        QCOMPARE(parsed.language(), language);
        QCOMPARE(parsed.screenshotsDirectory(), screenshots);
        const QString said = action == Action::Run ? parsed.warnings().join(u'\n') : parsed.text();
        for (const QString &mention : says)
            QVERIFY2(said.contains(mention), qPrintable(mention + u" not in: "_s + said));
        if (says.isEmpty())
            QVERIFY2(said.isEmpty(), qPrintable(said));
        if (action == Action::Run)
            QVERIFY(parsed.text().isEmpty());
    }

    // The real program, with no display: --help and --version answer, a mistake is refused.
    void answersWithoutADisplay_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QString>("out");
        QTest::addColumn<QString>("err");
        QTest::newRow("--help") << QStringList{u"--help"_s} << 0 << u"--screenshots <dir>"_s
                                << QString();
        QTest::newRow("--version") << QStringList{u"--version"_s} << 0
                                   << u"s15n-admin "_s + QStringLiteral(S15N_VERSION) << QString();
        QTest::newRow("unknown option")
            << QStringList{u"--bogus"_s} << 2 << QString() << u"Unknown option 'bogus'"_s;
        // A normal start still says what to do without a display.
        QTest::newRow("no options") << QStringList() << 1 << QString() << u"no display found"_s;
        // The warning comes before that: the start goes on.
        QTest::newRow("unknown language")
            << QStringList{u"--lang"_s, u"de"_s} << 1 << QString()
            << u"no translation for the language 'de'; the languages available are en, es, fr"_s;
    }

    void answersWithoutADisplay()
    {
        QFETCH(QStringList, arguments);
        QFETCH(int, exitCode);
        QFETCH(QString, out);
        QFETCH(QString, err);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const Run run = runAdmin(arguments, home);
        QVERIFY2(run.exitCode == exitCode, qPrintable(describe(run)));
        QVERIFY2(out.isEmpty() ? run.out.isEmpty() : run.out.contains(out),
                 qPrintable(describe(run)));
        QVERIFY2(err.isEmpty() ? run.err.isEmpty() : run.err.contains(err),
                 qPrintable(describe(run)));
        if (exitCode == 1 && !arguments.isEmpty())
            QVERIFY2(run.err.contains(u"no display found"_s), qPrintable(describe(run)));
    }

    // A refusal is said in the user's language, or --lang's: here Qt's own words for an unknown
    // option (s15n's own, such as the help, once its translators have them).
    void refusalInTheUsersLanguage_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("lang"); // $LANG
        QTest::addColumn<QString>("qtTranslation");
        QTest::addColumn<QString>("err");
        QTest::newRow("LANG=fr_FR") << QStringList{u"--bogus"_s} << u"fr_FR.UTF-8"_s
                                    << u"qtbase_fr.qm"_s << u"Option inconnue"_s;
        QTest::newRow("--lang es") << QStringList{u"--lang"_s, u"es"_s, u"--bogus"_s}
                                   << u"C.UTF-8"_s << u"qtbase_es.qm"_s << u"Opción desconocida"_s;
    }

    void refusalInTheUsersLanguage()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, lang);
        QFETCH(QString, qtTranslation);
        QFETCH(QString, err);
        if (!QFileInfo::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + u'/' +
                               qtTranslation))
            QSKIP("Qt's own translations are not installed (qt6-translations-l10n)");
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment extra;
        extra.insert(u"LANG"_s, lang);
        const Run run = runAdmin(arguments, home, extra);
        QVERIFY2(run.exitCode == 2, qPrintable(describe(run)));
        QVERIFY2(run.err.contains(err) && run.err.contains(u"bogus"_s), qPrintable(describe(run)));
    }

    // --screenshots DIR still takes the pictures, here of the first-run page (no node), and an
    // unknown --lang only warns.
    void screenshotsStillWork()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const QString dir = home.filePath(u"shots"_s);
        QProcessEnvironment extra;
        extra.insert(u"QT_QPA_PLATFORM"_s, u"offscreen"_s);
        const Run run = runAdmin({u"--lang"_s, u"xx"_s, u"--screenshots"_s, dir}, home, extra);
        QVERIFY2(run.exitCode == 0, qPrintable(describe(run)));
        QVERIFY2(run.err.contains(u"'xx'"_s), qPrintable(describe(run)));
        const QString png = dir + u"/firstRunPage.png"_s;
        QVERIFY2(run.out.contains(png), qPrintable(describe(run)));
        const QImage picture(png);
        QVERIFY(!picture.isNull());
        QVERIFY(picture.width() >= 800);
        // Looking made no database.
        QVERIFY(!QFileInfo::exists(home.filePath(u"data/s15n/node.sqlite"_s)));
    }
};

S15N_GUI_TEST_MAIN(TestAdminArguments)
#include "tst_adminarguments.moc"
