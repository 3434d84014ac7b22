#pragma once

// main() for GUI tests: HOME and the XDG folders point into a temporary folder before anything
// reads them, so the remembered node (QSettings), the default database and window state are
// the test's own, never the user's.

#include <QApplication>
#include <QFile>
#include <QTemporaryDir>
#include <QtTest>

#define S15N_GUI_TEST_MAIN(TestClass)                                                          \
    int main(int argc, char *argv[])                                                           \
    {                                                                                          \
        QTemporaryDir home;                                                                    \
        if (!home.isValid())                                                                   \
            return 1;                                                                          \
        qputenv("HOME", QFile::encodeName(home.path()));                                      \
        qputenv("XDG_DATA_HOME", QFile::encodeName(home.filePath(QStringLiteral("data"))));   \
        qputenv("XDG_CONFIG_HOME", QFile::encodeName(home.filePath(QStringLiteral("config")))); \
        qputenv("XDG_CACHE_HOME", QFile::encodeName(home.filePath(QStringLiteral("cache"))));  \
        qunsetenv("S15N_DB");                                                                  \
        QApplication app(argc, argv);                                                          \
        QCoreApplication::setOrganizationName(QStringLiteral("s15n-test"));                    \
        QCoreApplication::setApplicationName(QStringLiteral(#TestClass));                      \
        TestClass test;                                                                        \
        return QTest::qExec(&test, argc, argv);                                                \
    }
