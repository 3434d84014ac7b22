// The Schedule tab of the Repositories page against a child node opened in this process (the
// sample tables, all resources, no rows; its repository "parent") and a real `s15n serve`
// parent with the sample data: add a job with every field, refused schedules (nothing stored),
// edit, remove (asked first), Run now (the round runs off the GUI thread, rows arrive, the run
// is logged and counted, the GUI thread keeps turning), a job claimed elsewhere is not run
// twice, and Cancel of a run against a remote that never answers. The model is checked by
// QAbstractItemModelTester throughout.
#include "client/repositorysetup.h"
#include "dialogs/jobdialog.h"
#include "log/synclog.h"
#include "models/jobmodel.h"
#include "models/repositorymodel.h"
#include "pages/repositoriespage.h"
#include "pages/scheduletab.h"
#include "schedule/jobstore.h"
#include "schedule/schedule.h"
#include "storage/node.h"

#include "httptest.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QElapsedTimer>
#include <QLabel>
#include <QPointer>
#include <QProgressBar>
#include <QPushButton>
#include <QScopeGuard>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QtTest>

#include "guitestmain.h"

using namespace s15n;
using namespace s15n::test;
using namespace Qt::StringLiterals;

namespace {

// The tab, with its questions answered and its message boxes recorded by the test.
class Tab : public ui::ScheduleTab
{
public:
    using ScheduleTab::ScheduleTab;

    bool answer = true;
    QStringList questions;
    QStringList errors;

protected:
    bool confirm(const QString &, const QString &question) override
    {
        questions << question;
        return answer;
    }
    void showError(const QString &title, const QString &message) override
    {
        errors << title + u": "_s + message;
    }
};

// Whether a dialog closed on the GUI thread (outside an event loop) was deleted: its
// deleteLater() waits for the deferred deletions to be sent.
template <typename T> bool deleted(const QPointer<T> &dialog)
{
    QCoreApplication::sendPostedEvents(nullptr, QEvent::DeferredDelete);
    return dialog.isNull();
}

template <typename T> T *child(QObject *parent, const char *name)
{
    auto *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no widget %s", name);
    return w;
}

// Sets a duration as a unit (seconds per unit) and a number, as a person would.
void setDuration(ui::JobDialog *dialog, const char *name, int value, qint64 unit)
{
    auto *units = child<QComboBox>(dialog, QByteArray(QByteArray(name) + "Unit").constData());
    const int index = units->findData(unit);
    QVERIFY(index >= 0);
    units->setCurrentIndex(index);
    child<QSpinBox>(dialog, name)->setValue(value);
}

// A local time to the second, far enough ahead that nothing is due.
QDateTime localTime(int year, int month, int day, int hour, int minute, int second)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute, second));
}

} // namespace

class TestScheduleTab : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    ExchangeNode m_parent;
    ServerProcess m_server;
    ExchangeNode m_childNode;
    std::unique_ptr<Node> m_child;
    int m_children = 0;

    QList<Job> jobs()
    {
        Result<QList<Job>> all = JobStore(m_child->database()).list();
        if (!all)
            qFatal("cannot read the jobs: %s", qPrintable(all.message()));
        return all.value();
    }
    // A job of "parent" stored directly (disabled: only Run now runs it).
    qint64 addJobDirectly(qint64 timeoutSeconds = Job::kDefaultTimeoutSeconds)
    {
        Job job;
        job.repository = u"parent"_s;
        job.enabled = false;
        job.startAt = QDateTime::currentDateTimeUtc().addDays(1);
        job.everySeconds = 3600;
        job.timeoutSeconds = timeoutSeconds;
        Result<qint64> id = JobStore(m_child->database()).add(job);
        if (!id)
            qFatal("cannot add a job: %s", qPrintable(id.message()));
        return id.value();
    }
    QList<LogEntry> logOf(const QString &action)
    {
        QList<LogEntry> found;
        Result<QList<LogEntry>> all = SyncLog(m_child->database()).list();
        if (!all)
            qFatal("cannot read the log: %s", qPrintable(all.message()));
        for (const LogEntry &e : all.value())
            if (e.action == action)
                found << e;
        return found;
    }
    ui::JobDialog *openAdd(Tab &tab)
    {
        child<QPushButton>(&tab, "jobAdd")->click();
        return tab.findChild<ui::JobDialog *>();
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("S15N_CREDENTIALS_FILE", m_home.filePath(u"credentials"_s).toUtf8());
        CHECKED(makeNode(&m_parent, m_home.path(), u"P"_s, Backend::Sqlite, Content::SampleData));
        CHECKED(addAccount(m_parent, kAccount, kPassword));
        CHECKED(startServer(m_parent, &m_server, {u"--no-worker"_s}));
    }
    void cleanupTestCase() { stopServer(&m_server); }

    void init()
    {
        CHECKED(makeNode(&m_childNode, m_home.path(), u"C%1"_s.arg(++m_children), Backend::Sqlite,
                         Content::EmptySchema));
        Result<DatabaseLocation> location = DatabaseLocation::parse(m_childNode.db);
        QVERIFY2(location.ok(), qPrintable(location.message()));
        Result<std::unique_ptr<Node>> node = Node::open(location.value());
        QVERIFY2(node.ok(), qPrintable(node.message()));
        m_child = std::move(node.value());
        Repository r;
        r.name = u"parent"_s;
        r.url = QUrl(m_server.url);
        r.username = kAccount;
        Result<AddOutcome> added = RepositorySetup(*m_child).add(r, kPassword);
        QVERIFY2(added.ok() && added.value().registered,
                 qPrintable(added.ok() ? added.value().registrationFailure : added.message()));
    }
    void cleanup() { m_child.reset(); }

    void addAJobWithEveryField()
    {
        Tab tab(*m_child);
        QAbstractItemModelTester tester(tab.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(!child<QPushButton>(&tab, "jobAdd")->isEnabled()); // no repository yet
        tab.setRepository(u"parent"_s);
        QVERIFY(child<QPushButton>(&tab, "jobAdd")->isEnabled());
        QPointer<ui::JobDialog> dialog = openAdd(tab);
        QVERIFY(dialog);
        QVERIFY(dialog->isVisible());
        QVERIFY(!dialog->isEditing());
        // The defaults: enabled, from now, no end, no limit, a timeout of 10 minutes.
        QVERIFY(child<QCheckBox>(dialog, "jobEnabled")->isChecked());
        QVERIFY(!child<QCheckBox>(dialog, "jobHasEnd")->isChecked());
        QVERIFY(!child<QDateTimeEdit>(dialog, "jobEnd")->isEnabled());
        QCOMPARE(child<QSpinBox>(dialog, "jobRepeat")->value(), 0);
        QCOMPARE(dialog->job().timeoutSeconds, Job::kDefaultTimeoutSeconds);

        const QDateTime start = localTime(2031, 5, 6, 7, 8, 9);
        const QDateTime end = localTime(2031, 6, 1, 18, 30, 0);
        child<QCheckBox>(dialog, "jobEnabled")->setChecked(false);
        child<QDateTimeEdit>(dialog, "jobStart")->setDateTime(start);
        child<QCheckBox>(dialog, "jobHasEnd")->setChecked(true);
        QVERIFY(child<QDateTimeEdit>(dialog, "jobEnd")->isEnabled());
        child<QDateTimeEdit>(dialog, "jobEnd")->setDateTime(end);
        child<QSpinBox>(dialog, "jobRepeat")->setValue(7);
        CHECKED(setDuration(dialog, "jobEvery", 90, 60));
        CHECKED(setDuration(dialog, "jobTimeout", 2, 3600));
        QSignalSpy stored(dialog, &ui::JobDialog::stored);
        QSignalSpy changed(&tab, &ui::ScheduleTab::jobsChanged);
        child<QPushButton>(dialog, "jobOk")->click();
        QCOMPARE(stored.size(), 1);
        QVERIFY(deleted(dialog));
        QCOMPARE(changed.size(), 1);

        const QList<Job> all = jobs();
        QCOMPARE(all.size(), 1);
        const Job &job = all.first();
        QCOMPARE(stored.first().at(0).toLongLong(), job.id);
        QCOMPARE(job.repository, u"parent"_s);
        QCOMPARE(job.enabled, false);
        QCOMPARE(job.startAt, start.toUTC());
        QCOMPARE(job.endAt, end.toUTC());
        QCOMPARE(job.repeat, 7);
        QCOMPARE(job.everySeconds, 90 * 60);
        QCOMPARE(job.timeoutSeconds, 2 * 3600);
        QCOMPARE(job.runs, 0);

        using Column = ui::JobModel::Column;
        const ui::JobModel &model = *tab.model();
        QCOMPARE(model.rowCount(), 1);
        QCOMPARE(model.columnCount(), int(Column::Count));
        QCOMPARE(tab.selectedJob(), job.id);
        QCOMPARE(model.index(0, int(Column::Start)).data(Qt::UserRole).toDateTime(), start.toUTC());
        QCOMPARE(model.index(0, int(Column::Every)).data().toString(), u"1h30m"_s);
        QCOMPARE(model.index(0, int(Column::Timeout)).data().toString(), u"2h"_s);
        QCOMPARE(model.index(0, int(Column::Repeat)).data().toString(), u"7"_s);
        QCOMPARE(model.index(0, int(Column::Enabled)).data(Qt::UserRole), QVariant(false));
        QCOMPARE(model.index(0, int(Column::NextRun)).data().toString(), u"Disabled"_s);
        QCOMPARE(model.index(0, int(Column::LastRun)).data().toString(), u"Never"_s);

        // Jobs belong to their repository.
        tab.setRepository(QString());
        QCOMPARE(model.rowCount(), 0);
        QVERIFY(!child<QPushButton>(&tab, "jobAdd")->isEnabled());
    }

    void invalidSchedulesAreRefused()
    {
        // A locale whose short format has no seconds.
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const auto reset = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });
        Tab tab(*m_child);
        QAbstractItemModelTester tester(tab.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        tab.setRepository(u"parent"_s);
        QPointer<ui::JobDialog> dialog = openAdd(tab);
        QVERIFY(dialog);
        const QDateTime start = localTime(2031, 5, 6, 7, 0, 0);
        child<QDateTimeEdit>(dialog, "jobStart")->setDateTime(start);
        child<QCheckBox>(dialog, "jobHasEnd")->setChecked(true);
        child<QDateTimeEdit>(dialog, "jobEnd")->setDateTime(start.addSecs(-3600));
        QSignalSpy failed(dialog, &ui::JobDialog::storingFailed);
        QSignalSpy changed(&tab, &ui::ScheduleTab::jobsChanged);
        child<QPushButton>(dialog, "jobOk")->click();
        QCOMPARE(failed.size(), 1);
        // In the dialog's words, the times as the user's locale writes them (not ISO, not the
        // command line's "end time").
        const QLocale locale;
        VERIFY_MENTIONS(dialog->message(),
                        (QStringList{u"The end ("_s,
                                     locale.toString(start.addSecs(-3600), QLocale::ShortFormat),
                                     u"must be after the start ("_s,
                                     locale.toString(start, QLocale::ShortFormat)}));
        QVERIFY2(!dialog->message().contains(u"2031-05-06T"_s), qPrintable(dialog->message()));
        QVERIFY(dialog->messageIsError());
        QVERIFY(dialog->isVisible());
        QVERIFY(jobs().isEmpty());
        QCOMPARE(tab.model()->rowCount(), 0);
        QCOMPARE(changed.size(), 0);

        // The same minute: the times are shown with their seconds.
        child<QDateTimeEdit>(dialog, "jobStart")->setDateTime(start.addSecs(40));
        child<QDateTimeEdit>(dialog, "jobEnd")->setDateTime(start.addSecs(10));
        child<QPushButton>(dialog, "jobOk")->click();
        QCOMPARE(failed.size(), 2);
        VERIFY_MENTIONS(dialog->message(),
                        (QStringList{locale.toString(start.addSecs(10), QLocale::LongFormat),
                                     locale.toString(start.addSecs(40), QLocale::LongFormat)}));
        QVERIFY(jobs().isEmpty());
        dialog->reject();
    }

    // Every and the timeout cannot be 0, nor more than the schedule allows in their unit: the
    // spin boxes do not take it, so the dialog never has to refuse it.
    void durationsCannotBeZeroOrTooLong()
    {
        Tab tab(*m_child);
        tab.setRepository(u"parent"_s);
        QPointer<ui::JobDialog> dialog = openAdd(tab);
        QVERIFY(dialog);
        for (const char *name : {"jobEvery", "jobTimeout"}) {
            auto *spin = child<QSpinBox>(dialog, name);
            QCOMPARE(spin->minimum(), 1);
            spin->setValue(0);
            QCOMPARE(spin->value(), 1);
            // Typed: 0 is not taken either.
            spin->selectAll();
            QTest::keyClicks(spin, u"0"_s);
            QCOMPARE(spin->value(), 1);
            // At most 3650 days (ten years), whatever the unit.
            CHECKED(setDuration(dialog, name, 999999, 24 * 3600));
            QCOMPARE(spin->value(), 3650);
            CHECKED(setDuration(dialog, name, 999999, 3600));
            QCOMPARE(spin->value(), 3650 * 24);
        }
        CHECKED(setDuration(dialog, "jobEvery", 3650, 24 * 3600));
        CHECKED(setDuration(dialog, "jobTimeout", 1, 1));
        QSignalSpy stored(dialog, &ui::JobDialog::stored);
        child<QPushButton>(dialog, "jobOk")->click();
        QCOMPARE(stored.size(), 1);
        QCOMPARE(jobs().first().everySeconds, Schedule::kMaxDurationSeconds);
        QCOMPARE(jobs().first().timeoutSeconds, 1);
    }

    // The checks the dialog makes itself say what is wrong in its own words; the command
    // line keeps JobStore's (they name its options).
    void theDialogsOwnWords_data()
    {
        QTest::addColumn<qint64>("every");
        QTest::addColumn<qint64>("timeout");
        QTest::addColumn<QString>("message");
        QTest::newRow("every 0") << qint64(0) << qint64(60)
                                 << u"Every must be at least 1 second."_s;
        QTest::newRow("timeout 0")
            << qint64(60) << qint64(0) << u"The timeout must be at least 1 second."_s;
        QTest::newRow("every too long") << Schedule::kMaxDurationSeconds + 1 << qint64(60)
                                        << u"Every must be at most 3,650 days."_s;
        QTest::newRow("fine") << qint64(60) << qint64(60) << QString();
    }
    void theDialogsOwnWords()
    {
        QFETCH(qint64, every);
        QFETCH(qint64, timeout);
        QFETCH(QString, message);
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        const auto reset = qScopeGuard([] { QLocale::setDefault(QLocale::c()); });
        Job job;
        job.repository = u"parent"_s;
        job.startAt = QDateTime::currentDateTimeUtc();
        job.everySeconds = every;
        job.timeoutSeconds = timeout;
        QCOMPARE(ui::JobDialog::check(job), message);
        // JobStore refuses the same, in the command line's words.
        QCOMPARE(JobStore(m_child->database()).validate(job).ok(), message.isEmpty());
    }

    void editChangesTheSchedule()
    {
        const qint64 id = addJobDirectly();
        Tab tab(*m_child);
        QAbstractItemModelTester tester(tab.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        tab.setRepository(u"parent"_s);
        QVERIFY(tab.select(id));
        child<QPushButton>(&tab, "jobEdit")->click();
        QPointer<ui::JobDialog> dialog = tab.findChild<ui::JobDialog *>();
        QVERIFY(dialog);
        QVERIFY(dialog->isEditing());
        // Shown in the largest unit that fits: 1 hour; the timeout 10 minutes.
        QCOMPARE(child<QSpinBox>(dialog, "jobEvery")->value(), 1);
        QCOMPARE(child<QComboBox>(dialog, "jobEveryUnit")->currentData().toLongLong(), 3600);
        QCOMPARE(child<QSpinBox>(dialog, "jobTimeout")->value(), 10);
        QCOMPARE(child<QComboBox>(dialog, "jobTimeoutUnit")->currentData().toLongLong(), 60);
        QVERIFY(!child<QCheckBox>(dialog, "jobEnabled")->isChecked());
        const Job before = jobs().first();
        QVERIFY(qAbs(dialog->job().startAt.msecsTo(before.startAt)) < 1000);

        // Refused: nothing changes.
        child<QCheckBox>(dialog, "jobHasEnd")->setChecked(true);
        child<QDateTimeEdit>(dialog, "jobEnd")
            ->setDateTime(child<QDateTimeEdit>(dialog, "jobStart")->dateTime().addSecs(-60));
        CHECKED(setDuration(dialog, "jobEvery", 1, 1));
        child<QPushButton>(dialog, "jobOk")->click();
        QVERIFY(dialog->messageIsError());
        QCOMPARE(jobs().first().everySeconds, 3600);
        QVERIFY(!jobs().first().endAt.isValid());
        child<QCheckBox>(dialog, "jobHasEnd")->setChecked(false);

        CHECKED(setDuration(dialog, "jobEvery", 15, 60));
        child<QSpinBox>(dialog, "jobRepeat")->setValue(3);
        child<QCheckBox>(dialog, "jobEnabled")->setChecked(true);
        QSignalSpy stored(dialog, &ui::JobDialog::stored);
        child<QPushButton>(dialog, "jobOk")->click();
        QCOMPARE(stored.size(), 1);
        QVERIFY(deleted(dialog));
        const Job after = jobs().first();
        QCOMPARE(after.id, id);
        QCOMPARE(after.everySeconds, 900);
        QCOMPARE(after.repeat, 3);
        QVERIFY(after.enabled);
        QCOMPARE(after.timeoutSeconds, Job::kDefaultTimeoutSeconds);
        QVERIFY(after.nextRunAt.isValid());
        const int row = tab.model()->rowOf(id);
        QCOMPARE(tab.model()->index(row, int(ui::JobModel::Column::Every)).data().toString(),
                 u"15m"_s);
        QVERIFY(tab.model()
                    ->index(row, int(ui::JobModel::Column::NextRun))
                    .data(Qt::UserRole)
                    .toDateTime()
                    .isValid());
    }

    void removeAsksFirst()
    {
        const qint64 id = addJobDirectly();
        Tab tab(*m_child);
        QAbstractItemModelTester tester(tab.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        tab.setRepository(u"parent"_s);
        QSignalSpy changed(&tab, &ui::ScheduleTab::jobsChanged);
        QVERIFY(tab.select(id));
        tab.answer = false;
        child<QPushButton>(&tab, "jobRemove")->click();
        QCOMPARE(tab.questions.size(), 1);
        VERIFY_MENTIONS(tab.questions.first(), (QStringList{QString::number(id), u"parent"_s}));
        QCOMPARE(jobs().size(), 1);
        QCOMPARE(changed.size(), 0);

        tab.answer = true;
        child<QPushButton>(&tab, "jobRemove")->click();
        QCOMPARE(tab.questions.size(), 2);
        QVERIFY(jobs().isEmpty());
        QCOMPARE(tab.model()->rowCount(), 0);
        QCOMPARE(changed.size(), 1);
        QVERIFY(tab.errors.isEmpty());
        QVERIFY(!child<QPushButton>(&tab, "jobRemove")->isEnabled());
    }

    void runNowSyncsOffTheGuiThread()
    {
        const qint64 id = addJobDirectly();
        ui::RepositoriesPage page(*m_child);
        QVERIFY(page.select(u"parent"_s));
        auto *tab = page.scheduleTab();
        QAbstractItemModelTester tester(tab->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QCOMPARE(tab->repository(), u"parent"_s);
        QVERIFY(tab->select(id));

        int ticks = 0;
        QTimer ticker;
        connect(&ticker, &QTimer::timeout, this, [&ticks] { ++ticks; });
        ticker.start(5);
        QSignalSpy finished(tab, &ui::ScheduleTab::runFinished);
        // What the tab shows at each report of the round.
        QList<RoundProgress> reports;
        QStringList shown;
        QList<int> maxima;
        auto *bar = child<QProgressBar>(tab, "jobProgress");
        connect(tab, &ui::ScheduleTab::runProgressed, this,
                [&](qint64 job, const RoundProgress &progress) {
                    QCOMPARE(job, id);
                    reports << progress;
                    shown << tab->statusText();
                    maxima << bar->maximum();
                });
        child<QPushButton>(tab, "jobRunNow")->click();
        // The click returned while the round runs elsewhere.
        QVERIFY(tab->isBusy());
        QCOMPARE(tab->runningJob(), id);
        QVERIFY(!child<QProgressBar>(tab, "jobProgress")->isHidden());
        QVERIFY(!child<QPushButton>(tab, "jobCancel")->isHidden());
        QVERIFY(!child<QPushButton>(tab, "jobRunNow")->isEnabled());
        // One round of a repository at a time: no Sync now meanwhile.
        QVERIFY(!child<QPushButton>(&page, "repoSync")->isEnabled());
        QVERIFY(!page.syncRepository(u"parent"_s));
        const int ticksAtStart = ticks;
        QVERIFY(finished.wait(60000));
        QVERIFY2(ticks > ticksAtStart, "the GUI thread did not turn while the round ran");
        QVERIFY2(finished.first().at(1).toBool(), qPrintable(finished.first().at(2).toString()));
        QVERIFY(!tab->isBusy());
        QVERIFY(child<QProgressBar>(tab, "jobProgress")->isHidden());
        QVERIFY(child<QPushButton>(&page, "repoSync")->isEnabled());
        VERIFY_MENTIONS(tab->statusText(),
                        (QStringList{u"finished"_s, u"pulled"_s, u"Log page"_s}));
        QVERIFY(!tab->statusIsError());

        // Where the round was, while it ran: each resource's pages and rows, the bar at the
        // resources done of the 5.
        QVERIFY2(!reports.isEmpty(), "no progress shown");
        bool itemsShown = false;
        for (int i = 0; i < reports.size(); ++i) {
            QCOMPARE(maxima.at(i), int(sampleTables().size()));
            const RoundProgress &p = reports.at(i);
            if (p.resource == u"items"_s && p.direction == RoundProgress::Direction::Pull &&
                p.finished) {
                QVariant rows;
                CHECKED(scalar(m_parent, u"SELECT count(*) FROM items"_s, &rows));
                QCOMPARE(p.received, rows.toLongLong());
                VERIFY_MENTIONS(shown.at(i),
                                (QStringList{u"Job %1"_s.arg(id), u"parent"_s, u"items: pulled"_s,
                                             rows.toString() + u" row"_s}));
                itemsShown = true;
            }
        }
        QVERIFY2(itemsShown, qPrintable(shown.join(u'\n')));

        // The rows arrived, and the run is logged and counted like `s15n job run`.
        CHECKED(verifySameData(m_parent, m_childNode));
        const QList<LogEntry> runs = logOf(u"job"_s);
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().result, LogResult::Success);
        QCOMPARE(runs.first().repository, u"parent"_s);
        QVERIFY(!logOf(u"round"_s).isEmpty());
        const Job job = jobs().first();
        QCOMPARE(job.runs, 1);
        QCOMPARE(job.lastResult, u"success"_s);
        QVERIFY(!job.runningSince.isValid());
        QCOMPARE(tab->model()->index(0, int(ui::JobModel::Column::Runs)).data().toInt(), 1);
        // The repository list shows the round.
        const int row = page.model()->rowOf(u"parent"_s);
        QCOMPARE(page.model()
                     ->index(row, int(ui::RepositoryModel::Column::LastResult))
                     .data()
                     .toString(),
                 u"Success"_s);
    }

    void aJobClaimedElsewhereDoesNotRunTwice()
    {
        const qint64 id = addJobDirectly();
        // `s15n serve` (another process) runs it right now.
        QVERIFY(m_child->database()
                    .exec(u"UPDATE s15n_jobs SET running_since = ? WHERE id = ?"_s,
                          {SyncLog::timeToText(QDateTime::currentDateTimeUtc()), id})
                    .ok());
        Tab tab(*m_child);
        tab.setRepository(u"parent"_s);
        QSignalSpy finished(&tab, &ui::ScheduleTab::runFinished);
        QVERIFY(tab.runNow(id));
        QVERIFY(finished.wait(20000));
        QVERIFY(!finished.first().at(1).toBool());
        VERIFY_MENTIONS(finished.first().at(2).toString(), (QStringList{u"running already"_s}));
        QCOMPARE(tab.errors.size(), 1); // told where the user acted
        QVERIFY(tab.statusIsError());
        QCOMPARE(jobs().first().runs, 0);
        QVERIFY(logOf(u"round"_s).isEmpty());
    }

    void cancelStopsARunAgainstARemoteThatNeverAnswers()
    {
        BlackHole hole;
        QVERIFY(hole.start() != 0);
        Repository r = RepositoryStore(m_child->database()).find(u"parent"_s).value();
        r.url = QUrl(hole.url());
        QVERIFY(RepositorySetup(*m_child).update(r).ok());
        const qint64 id = addJobDirectly();
        Tab tab(*m_child);
        tab.setRepository(u"parent"_s);
        QVERIFY(tab.select(id));
        QSignalSpy finished(&tab, &ui::ScheduleTab::runFinished);
        child<QPushButton>(&tab, "jobRunNow")->click();
        QTRY_VERIFY_WITH_TIMEOUT(hole.connections() > 0, 20000);
        QVERIFY(tab.isBusy());
        QVERIFY(finished.isEmpty());

        QElapsedTimer sinceCancel;
        sinceCancel.start();
        child<QPushButton>(&tab, "jobCancel")->click();
        QVERIFY(!child<QPushButton>(&tab, "jobCancel")->isEnabled());
        QVERIFY(finished.wait(10000));
        QVERIFY2(sinceCancel.elapsed() < 3000, qPrintable(QString::number(sinceCancel.elapsed())));
        QVERIFY(!finished.first().at(1).toBool());
        VERIFY_MENTIONS(finished.first().at(2).toString(),
                        (QStringList{u"cancelled"_s, u"last checkpoint"_s}));
        QVERIFY(tab.errors.isEmpty()); // cancelled: no message box
        QVERIFY(!tab.statusIsError());
        QVERIFY(!tab.isBusy());
        // Logged, not counted, its claim released.
        const QList<LogEntry> runs = logOf(u"job"_s);
        QCOMPARE(runs.size(), 1);
        QCOMPARE(runs.first().result, LogResult::Warning);
        const Job job = jobs().first();
        QCOMPARE(job.runs, 0);
        QVERIFY(!job.runningSince.isValid());
    }
};

S15N_GUI_TEST_MAIN(TestScheduleTab)
#include "tst_scheduletab.moc"
