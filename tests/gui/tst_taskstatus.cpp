// TaskStatus, the status line of the Repositories page and its tabs, with a real NodeTask on a
// node of its own: the text and its error style, the busy bar and Cancel button while the task
// runs (Cancel cancels it once and says so), work that cannot be cancelled (no Cancel button,
// cancel() leaves it alone), and a status without a task (only the text).
#include "storage/node.h"
#include "widgets/taskstatus.h"
#include "worker/nodetask.h"

#include <QLabel>
#include <QProgressBar>
#include <QPushButton>
#include <QTemporaryDir>
#include <QThread>
#include <QtTest>

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
