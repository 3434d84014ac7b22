#include "screenshots.h"

#include "mainwindow.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QMetaObject>
#include <QPixmap>
#include <QTabWidget>
#include <QTableView>

#include <cstdio>

namespace s15n::ui {

namespace {

// Lets the page load and lay itself out (lazy models fetch on show) before it is grabbed.
void settle(int ms)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < ms)
        QCoreApplication::processEvents(QEventLoop::AllEvents, 50);
}

bool save(MainWindow &window, const QDir &dir, const QString &name)
{
    settle(400);
    const QString path = dir.filePath(name + QStringLiteral(".png"));
    if (!window.grab().save(path)) {
        std::fprintf(stderr, "s15n-admin: cannot write %s\n", qPrintable(path));
        return false;
    }
    std::printf("%s\n", qPrintable(path));
    return true;
}

// The Repositories page's Schedule tab, of its first repository: scheduleTab.png.
bool saveScheduleTab(MainWindow &window, const QDir &dir)
{
    auto *list = window.findChild<QTableView *>(QStringLiteral("repoView"));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("repoTabs"));
    auto *schedule = window.findChild<QWidget *>(QStringLiteral("scheduleTab"));
    if (!list || !tabs || !schedule || tabs->indexOf(schedule) < 0) {
        std::fprintf(stderr, "s15n-admin: no Schedule tab on the Repositories page\n");
        return false;
    }
    if (list->model() && list->model()->rowCount() > 0)
        list->selectRow(0); // its jobs are shown
    const int shown = tabs->currentIndex();
    tabs->setCurrentWidget(schedule);
    settle(600);
    const bool saved = save(window, dir, QStringLiteral("scheduleTab"));
    tabs->setCurrentIndex(shown);
    return saved;
}

} // namespace

int takeScreenshots(MainWindow &window, const QString &dir)
{
    if (!QDir().mkpath(dir)) {
        std::fprintf(stderr, "s15n-admin: cannot make the folder %s\n", qPrintable(dir));
        return 1;
    }
    const QDir out(dir);
    window.resize(1200, 760);
    const QStringList pages = window.pageNames();
    if (pages.isEmpty())
        return save(window, out, QStringLiteral("firstRunPage")) ? 0 : 1;
    for (const QString &page : pages) {
        window.showPage(page);
        // Pages that ask a remote (Changes) fill in once the answer is back.
        if (QObject *widget = window.findChild<QObject *>(page))
            QMetaObject::invokeMethod(widget, "refresh");
        settle(1500);
        if (!save(window, out, page))
            return 1;
        if (page == QLatin1String("repositoriesPage") && !saveScheduleTab(window, out))
            return 1;
    }
    return 0;
}

} // namespace s15n::ui
