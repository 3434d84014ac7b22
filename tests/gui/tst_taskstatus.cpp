// TaskStatus, the status line of the Repositories page and its tabs, with a real NodeTask on a
// node of its own: the text and its error style, the busy bar and Cancel button while the task
// runs (Cancel cancels it once and says so), work that cannot be cancelled (no Cancel button,
// cancel() leaves it alone), a status without a task (only the text), and work that says how
// far it is (a determinate bar; a sync round's reports in words; reports posted from the
// work's thread arrive on the GUI thread before the work's end).
#include "client/roundprogress.h"
#include "storage/node.h"
#include "widgets/taskstatus.h"
#include "worker/nodetask.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

#include <QScopeGuard>

#include <atomic>

#include "guitestmain.h"

using namespace s15n;
using namespace Qt::StringLiterals;

namespace {

template <typename T> T *child(QObject *parent, const char *name)
{
    auto *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no widget %s", name);
    return w;
}

} // namespace

class TestTaskStatus : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    DatabaseLocation m_location;

    // Work that runs until it is cancelled or `release` becomes true.
    static ui::NodeTask::Work waitFor(const std::atomic_bool &release, std::atomic_bool *ran)
    {
        return [&release, ran](Node &, const std::atomic_bool &cancelled) -> ui::NodeTask::Done {
            *ran = true;
            while (!cancelled && !release)
                QThread::msleep(5);
            return {};
        };
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        Result<DatabaseLocation> location =
            DatabaseLocation::parse(m_home.filePath(u"node.sqlite"_s));
        QVERIFY(location.ok());
        m_location = location.value();
        Result<std::unique_ptr<Node>> node = Node::create(m_location, u"N"_s, 0);
        QVERIFY2(node.ok(), qPrintable(node.message()));
    }

    void showsTheTextAndWhetherItIsAnError()
    {
        ui::NodeTask task(m_location);
        ui::TaskStatus status(&task, u"demo"_s);
        auto *label = child<QLabel>(&status, "demoStatus");
        QVERIFY(label->wordWrap());
        QVERIFY(child<QProgressBar>(&status, "demoProgress")->isHidden());
        QVERIFY(child<QPushButton>(&status, "demoCancel")->isHidden());
        QCOMPARE(status.text(), QString());
        QVERIFY(!status.isError());
        QVERIFY(!status.isBusy());

        status.showStatus(u"Cannot reach the remote <b>now</b>."_s, true);
        QCOMPARE(status.text(), u"Cannot reach the remote <b>now</b>."_s);
        QCOMPARE(label->textFormat(), Qt::PlainText); // a remote's words are not markup
        QVERIFY(status.isError());
        QVERIFY(!label->styleSheet().isEmpty());
        status.showStatus(u"Done."_s);
        QCOMPARE(status.text(), u"Done."_s);
        QVERIFY(!status.isError());
        QVERIFY(label->styleSheet().isEmpty());
    }

    void withoutATaskItIsOnlyTheText()
    {
        ui::TaskStatus status(nullptr, u"demo"_s);
        QSignalSpy requested(&status, &ui::TaskStatus::cancelRequested);
        status.showStatus(u"Saved."_s);
        QCOMPARE(status.text(), u"Saved."_s);
        QVERIFY(!status.isBusy());
        status.cancel();
        QCOMPARE(requested.size(), 0);
        QVERIFY(child<QProgressBar>(&status, "demoProgress")->isHidden());
        QVERIFY(child<QPushButton>(&status, "demoCancel")->isHidden());
    }

    void cancelStopsTheRunningTask()
    {
        ui::NodeTask task(m_location);
        ui::TaskStatus status(&task, u"demo"_s);
        auto *progress = child<QProgressBar>(&status, "demoProgress");
        auto *cancel = child<QPushButton>(&status, "demoCancel");
        QSignalSpy requested(&status, &ui::TaskStatus::cancelRequested);
        QSignalSpy finished(&task, &ui::NodeTask::finished);
        std::atomic_bool release{false};
        std::atomic_bool ran{false};
        QVERIFY(task.start(waitFor(release, &ran), {}));
        QVERIFY(status.isBusy());
        QVERIFY(!progress->isHidden());
        QVERIFY(!cancel->isHidden());
        QVERIFY(cancel->isEnabled());
        QTRY_VERIFY_WITH_TIMEOUT(ran, 10000);

        cancel->click();
        QVERIFY(task.isCancelled());
        QCOMPARE(requested.size(), 1);
        QVERIFY(!cancel->isEnabled()); // once
        status.cancel();
        QCOMPARE(requested.size(), 1);
        QVERIFY(finished.wait(10000));
        QVERIFY(!status.isBusy());
        QVERIFY(progress->isHidden());
        QVERIFY(cancel->isHidden());
    }

    void workThatSaysHowFarItIsShowsIt()
    {
        ui::NodeTask task(m_location);
        ui::TaskStatus status(&task, u"demo"_s);
        auto *progress = child<QProgressBar>(&status, "demoProgress");
        QSignalSpy finished(&task, &ui::NodeTask::finished);
        std::atomic_bool release{false};
        std::atomic_bool ran{false};
        QVERIFY(task.start(waitFor(release, &ran), {}));
        QVERIFY(!status.isDeterminate()); // busy until the work says more
        QCOMPARE(progress->maximum(), 0);

        status.showProgress(u"items: pulling page 3"_s, 2, 5);
        QVERIFY(status.isDeterminate());
        QCOMPARE(status.text(), u"items: pulling page 3"_s);
        QCOMPARE(progress->minimum(), 0);
        QCOMPARE(progress->maximum(), 5);
        QCOMPARE(progress->value(), 2);
        QVERIFY(progress->isTextVisible());
        QCOMPARE(progress->text(), u"2 of 5"_s);
        QVERIFY(!progress->isHidden());
        QVERIFY(!child<QPushButton>(&status, "demoCancel")->isHidden());
        status.showProgress(u"Asking..."_s, 0, 0); // how far is not known again
        QVERIFY(!status.isDeterminate());

        RoundProgress report;
        report.resource = u"items"_s;
        report.pages = 1;
        report.received = 1000;
        report.resourcesDone = 1;
        report.resourcesTotal = 4;
        status.showRoundProgress(u"Syncing with 'parent': "_s, report);
        QVERIFY2(status.text().startsWith(u"Syncing with 'parent': items: pulling page 2 ("_s),
                 qPrintable(status.text()));
        QCOMPARE(progress->value(), 1);
        QCOMPARE(progress->maximum(), 4);
        QVERIFY(!status.isError());

        release = true;
        QVERIFY(finished.wait(10000));
        QVERIFY(progress->isHidden());
        // The next task starts busy.
        release = false;
        QVERIFY(task.start(waitFor(release, &ran), {}));
        QVERIFY(!status.isDeterminate());
        QCOMPARE(progress->maximum(), 0);
        task.cancel();
        QVERIFY(finished.wait(10000));
    }

    void roundProgressInWords_data()
    {
        QTest::addColumn<QString>("resource");
        QTest::addColumn<bool>("push");
        QTest::addColumn<qint64>("pages");
        QTest::addColumn<qint64>("rows");
        QTest::addColumn<bool>("finished");
        QTest::addColumn<QString>("text");
        QTest::newRow("pull starts") << u"items"_s << false << qint64(0) << qint64(0) << false
                                     << u"items: pulling page 1 (0 row(s) received so far)"_s;
        QTest::newRow("pulling") << u"items"_s << false << qint64(2) << qint64(2000) << false
                                 << u"items: pulling page 3 (2,000 row(s) received so far)"_s;
        QTest::newRow("pulled") << u"items"_s << false << qint64(3) << qint64(2500) << true
                                << u"items: pulled, 2,500 row(s) received"_s;
        QTest::newRow("nothing new") << u"items"_s << false << qint64(0) << qint64(0) << true
                                     << u"items: nothing new to pull"_s;
        QTest::newRow("pushing") << u"stores"_s << true << qint64(1) << qint64(1000) << false
                                 << u"stores: pushing page 2 (1,000 row(s) sent so far)"_s;
        QTest::newRow("pushed") << u"stores"_s << true << qint64(2) << qint64(1500) << true
                                << u"stores: pushed, 1,500 row(s) sent"_s;
        QTest::newRow("nothing to push") << u"stores"_s << true << qint64(0) << qint64(0) << true
                                         << u"stores: nothing to push"_s;
        QTest::newRow("round done")
            << QString() << false << qint64(0) << qint64(0) << false << u"5 resource(s) synced."_s;
    }
    void roundProgressInWords()
    {
        QFETCH(QString, resource);
        QFETCH(bool, push);
        QFETCH(qint64, pages);
        QFETCH(qint64, rows);
        QFETCH(bool, finished);
        QFETCH(QString, text);
        // Numbers as the user's locale writes them.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const auto reset = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });
        RoundProgress p;
        p.resource = resource;
        p.direction = push ? RoundProgress::Direction::Push : RoundProgress::Direction::Pull;
        p.pages = pages;
        (push ? p.sent : p.received) = rows;
        p.finished = finished;
        p.resourcesDone = p.resourcesTotal = 5;
        QCOMPARE(ui::TaskStatus::roundProgressText(p), text);
    }

    // NodeTask::post() from the work's thread: run on the GUI thread, in order, before the
    // work's Done.
    void postedReportsArriveBeforeTheEnd()
    {
        ui::NodeTask task(m_location);
        QStringList seen;
        QSignalSpy finished(&task, &ui::NodeTask::finished);
        QThread *gui = QThread::currentThread();
        bool onGuiThread = true;
        QVERIFY(task.start(
            [&](Node &, const std::atomic_bool &) -> ui::NodeTask::Done {
                for (int i = 1; i <= 3; ++i)
                    task.post([&seen, &onGuiThread, gui, i] {
                        onGuiThread = onGuiThread && QThread::currentThread() == gui;
                        seen << QString::number(i);
                    });
                return [&seen] { seen << u"done"_s; };
            },
            {}));
        QVERIFY(finished.wait(10000));
        QCOMPARE(seen, (QStringList{u"1"_s, u"2"_s, u"3"_s, u"done"_s}));
        QVERIFY(onGuiThread);
    }

    void workThatCannotBeCancelledHasNoCancelButton()
    {
        ui::NodeTask task(m_location);
        ui::TaskStatus status(&task, u"demo"_s);
        status.setCancellable(false);
        QSignalSpy requested(&status, &ui::TaskStatus::cancelRequested);
        QSignalSpy finished(&task, &ui::NodeTask::finished);
        std::atomic_bool release{false};
        std::atomic_bool ran{false};
        QVERIFY(task.start(waitFor(release, &ran), {}));
        QVERIFY(!child<QProgressBar>(&status, "demoProgress")->isHidden());
        QVERIFY(child<QPushButton>(&status, "demoCancel")->isHidden());
        status.cancel();
        QVERIFY(!task.isCancelled());
        QCOMPARE(requested.size(), 0);
        release = true;
        QVERIFY(finished.wait(10000));
        QVERIFY(child<QProgressBar>(&status, "demoProgress")->isHidden());

        // The next work can be cancelled again.
        status.setCancellable(true);
        release = false;
        QVERIFY(task.start(waitFor(release, &ran), {}));
        QVERIFY(!child<QPushButton>(&status, "demoCancel")->isHidden());
        status.cancel();
        QVERIFY(task.isCancelled());
        QVERIFY(finished.wait(10000));
    }
};

S15N_GUI_TEST_MAIN(TestTaskStatus)
#include "tst_taskstatus.moc"
