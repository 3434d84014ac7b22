// s15n job add|edit|list|remove|run: scheduled sync jobs.
#include "cli/commandline.h"

#include "log/synclog.h"
#include "schedule/jobstore.h"
#include "schedule/schedule.h"
#include "schedule/worker.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace s15n {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::CommandLine", text);
}

// A time for people: local, to the second.
QString shown(const QDateTime &time)
{
    return time.isValid() ? time.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"))
                          : QStringLiteral("-");
}

QJsonValue jsonTime(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(SyncLog::timeToText(time)) : QJsonValue();
}

QJsonObject toJson(const Job &job, const QDateTime &now)
{
    const std::optional<QDateTime> next = Schedule::nextRun(job, now);
    return {{QStringLiteral("id"), job.id},
            {QStringLiteral("repository"), job.repository},
            {QStringLiteral("enabled"), job.enabled},
            {QStringLiteral("startAt"), jsonTime(job.startAt)},
            {QStringLiteral("endAt"), jsonTime(job.endAt)},
            {QStringLiteral("repeat"), job.repeat},
            {QStringLiteral("everySeconds"), job.everySeconds},
            {QStringLiteral("timeoutSeconds"), job.timeoutSeconds},
            {QStringLiteral("runs"), job.runs},
            {QStringLiteral("lastRunAt"), jsonTime(job.lastRunAt)},
            {QStringLiteral("lastResult"),
             job.lastResult.isEmpty() ? QJsonValue() : QJsonValue(job.lastResult)},
            {QStringLiteral("nextRunAt"), jsonTime(next.value_or(QDateTime()))},
            {QStringLiteral("runningSince"), jsonTime(job.runningSince)},
            {QStringLiteral("finished"), Schedule::isFinished(job, now)},
            {QStringLiteral("createdAt"), jsonTime(job.createdAt)}};
}

QString describe(const Job &job, const QDateTime &now)
{
    const std::optional<QDateTime> next = Schedule::nextRun(job, now);
    QString text =
        tr("job %1: %2 every %3 from %4")
            .arg(job.id)
            .arg(job.repository, Schedule::formatDuration(job.everySeconds), shown(job.startAt));
    text += job.endAt.isValid() ? tr(" to %1").arg(shown(job.endAt)) : tr(", no end");
    text += job.repeat > 0 ? tr(", %1 runs in all").arg(job.repeat) : tr(", no run limit");
    text += tr(", timeout %1").arg(Schedule::formatDuration(job.timeoutSeconds));
    if (!job.enabled)
        text += tr("; disabled");
    else if (next)
        text += tr("; next run %1").arg(shown(*next));
    else
        text += tr("; finished");
    return text;
}

// Applies the schedule options given to `job`; returns an error message or empty.
QString applyOptions(const QCommandLineParser &parser, Job &job, const QDateTime &now)
{
    for (const auto &[option, field] :
         {std::pair{QStringLiteral("every"), &job.everySeconds},
          std::pair{QStringLiteral("timeout"), &job.timeoutSeconds}}) {
        if (!parser.isSet(option))
            continue;
        const std::optional<qint64> seconds = Schedule::parseDuration(parser.value(option));
        if (!seconds)
            return tr("--%1 takes a duration like 30s, 15m, 2h, 1d, 1h30m or a number of "
                      "seconds; '%2' is not one.")
                .arg(option, parser.value(option));
        *field = *seconds;
    }
    if (parser.isSet(QStringLiteral("start"))) {
        const std::optional<QDateTime> start =
            Schedule::parseTime(parser.value(QStringLiteral("start")), now);
        if (!start)
            return tr("--start takes 'now' or a time like 2026-11-23T10:00 (local time), "
                      "2026-11-23T10:00Z (UTC) or 2026-11-23T10:00+02:00; '%1' is not one.")
                .arg(parser.value(QStringLiteral("start")));
        job.startAt = *start;
    }
    if (parser.isSet(QStringLiteral("end"))) {
        const QString value = parser.value(QStringLiteral("end"));
        if (value.trimmed().compare(QLatin1String("none"), Qt::CaseInsensitive) == 0) {
            job.endAt = QDateTime();
        } else {
            const std::optional<QDateTime> end = Schedule::parseTime(value, now);
            if (!end)
                return tr("--end takes 'none', 'now' or a time like 2026-11-23T18:00 (local "
                          "time), 2026-11-23T18:00Z (UTC) or 2026-11-23T18:00+02:00; '%1' is "
                          "not one.")
                    .arg(value);
            job.endAt = *end;
        }
    }
    if (parser.isSet(QStringLiteral("repeat"))) {
        bool ok = false;
        const QString value = parser.value(QStringLiteral("repeat"));
        const int repeat = value.trimmed().toInt(&ok);
        if (!ok)
            return tr("--repeat takes a whole number of runs (0 = no limit); '%1' is not one.")
                .arg(value);
        job.repeat = repeat;
    }
    return QString();
}

Result<qint64> parseId(const QString &text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id <= 0)
        return Status::failure(
            tr("'%1' is not a job ID (a number, see 's15n job list').").arg(text));
    return id;
}

} // namespace

int CommandLine::job(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("json"), tr("Print JSON (list).")});
    parser.addOption({QStringLiteral("every"),
                      tr("Time between runs: 30s, 15m, 2h, 1d, 1h30m or seconds."),
                      QStringLiteral("duration")});
    parser.addOption({QStringLiteral("start"),
                      tr("The first run: 'now' (default for add) or an ISO-8601 time, local "
                         "unless it ends in Z or an offset."),
                      QStringLiteral("time")});
    parser.addOption({QStringLiteral("end"),
                      tr("No run starts at or after this time; 'none' for no end (default)."),
                      QStringLiteral("time")});
    parser.addOption({QStringLiteral("repeat"), tr("Runs in all; 0 = no limit (default)."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("timeout"),
                      tr("A run still going after this is aborted and rolled back to its last "
                         "checkpoint (default 10m)."),
                      QStringLiteral("duration")});
    parser.addOption({QStringLiteral("disabled"), tr("Add the job disabled.")});
    parser.addOption({QStringLiteral("enable"), tr("Enable the job (edit).")});
    parser.addOption({QStringLiteral("disable"), tr("Disable the job (edit).")});
    const QString syntax = QStringLiteral(
        "job add REPO --every DURATION [--start T] [--end T] [--repeat N] [--timeout D] "
        "[--disabled]\n"
        "       s15n job edit ID [--every D] [--start T] [--end T|none] [--repeat N] "
        "[--timeout D] [--enable|--disable]\n"
        "       s15n job list [--json]\n       s15n job remove ID\n       s15n job run ID");
    if (!parse(parser, arguments, syntax))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return fail(tr("job needs add, edit, list, remove or run."));
    const QString action = args.first();
    const QStringList actions{QStringLiteral("add"), QStringLiteral("edit"), QStringLiteral("list"),
                              QStringLiteral("remove"), QStringLiteral("run")};
    if (!actions.contains(action))
        return fail(tr("Unknown job action '%1': use add, edit, list, remove or run.").arg(action));

    // Options that the action does not take are refused, not ignored.
    const QStringList scheduleOptions{QStringLiteral("every"), QStringLiteral("start"),
                                      QStringLiteral("end"), QStringLiteral("repeat"),
                                      QStringLiteral("timeout")};
    QStringList allowed;
    if (action == QLatin1String("add"))
        allowed = scheduleOptions + QStringList{QStringLiteral("disabled")};
    else if (action == QLatin1String("edit"))
        allowed =
            scheduleOptions + QStringList{QStringLiteral("enable"), QStringLiteral("disable")};
    else if (action == QLatin1String("list"))
        allowed = QStringList{QStringLiteral("json")};
    for (const QString &option :
         scheduleOptions + QStringList{QStringLiteral("json"), QStringLiteral("disabled"),
                                       QStringLiteral("enable"), QStringLiteral("disable")}) {
        if (parser.isSet(option) && !allowed.contains(option))
            return fail(tr("--%1 does not go with 'job %2'.").arg(option, action));
    }
    if (parser.isSet(QStringLiteral("enable")) && parser.isSet(QStringLiteral("disable")))
        return fail(tr("--enable and --disable together make no sense; give one."));
    if (action == QLatin1String("list") ? args.size() != 1 : args.size() != 2)
        return fail(action == QLatin1String("list")
                        ? tr("job list takes no arguments besides its options.")
                    : action == QLatin1String("add")
                        ? tr("job add needs exactly one REPO (a repository name).")
                        : tr("job %1 needs exactly one job ID.").arg(action));

    Result<std::unique_ptr<Node>> node = openNode(parser);
    if (!node)
        return fail(node.message());
    JobStore store(node.value()->database());
    const QDateTime now = QDateTime::currentDateTimeUtc();

    if (action == QLatin1String("list")) {
        Result<QList<Job>> all = store.list();
        if (!all)
            return fail(all.message());
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray list;
            for (const Job &j : all.value())
                list.append(toJson(j, now));
            m_out << QJsonDocument(list).toJson(QJsonDocument::Indented);
            return 0;
        }
        if (all.value().isEmpty()) {
            m_out << tr("No jobs. Add one with 's15n job add REPO --every DURATION'.") << Qt::endl;
            return 0;
        }
        QList<QStringList> rows;
        for (const Job &j : all.value()) {
            const std::optional<QDateTime> next = Schedule::nextRun(j, now);
            QString state = j.enabled ? tr("enabled") : tr("disabled");
            if (j.runningSince.isValid())
                state = tr("running");
            else if (Schedule::isFinished(j, now))
                state = tr("finished");
            rows << QStringList{QString::number(j.id),
                                j.repository,
                                state,
                                Schedule::formatDuration(j.everySeconds),
                                Schedule::formatDuration(j.timeoutSeconds),
                                shown(j.startAt),
                                shown(j.endAt),
                                j.repeat > 0 ? QStringLiteral("%1/%2").arg(j.runs).arg(j.repeat)
                                             : QString::number(j.runs),
                                next ? shown(*next) : QStringLiteral("-"),
                                shown(j.lastRunAt),
                                j.lastResult.isEmpty() ? QStringLiteral("-") : j.lastResult};
        }
        printTable({tr("ID"), tr("REPOSITORY"), tr("STATE"), tr("EVERY"), tr("TIMEOUT"),
                    tr("START"), tr("END"), tr("RUNS"), tr("NEXT RUN"), tr("LAST RUN"),
                    tr("LAST RESULT")},
                   rows);
        return 0;
    }

    if (action == QLatin1String("add")) {
        Job added;
        added.repository = args.at(1);
        added.startAt = now;
        added.timeoutSeconds = Job::kDefaultTimeoutSeconds;
        added.enabled = !parser.isSet(QStringLiteral("disabled"));
        if (!parser.isSet(QStringLiteral("every")))
            return fail(tr("job add needs --every DURATION (like 30s, 15m, 2h, 1d): the time "
                           "between runs."));
        if (const QString error = applyOptions(parser, added, now); !error.isEmpty())
            return fail(error);
        Result<qint64> id = store.add(added, now);
        if (!id)
            return fail(id.message());
        Result<Job> stored = store.find(id.value());
        if (!stored)
            return fail(stored.message());
        m_out << tr("Added %1.").arg(describe(stored.value(), now)) << Qt::endl;
        return 0;
    }

    Result<qint64> id = parseId(args.at(1));
    if (!id)
        return fail(id.message());

    if (action == QLatin1String("edit")) {
        Result<Job> found = store.find(id.value());
        if (!found)
            return fail(found.message());
        Job changed = found.value();
        if (const QString error = applyOptions(parser, changed, now); !error.isEmpty())
            return fail(error);
        if (parser.isSet(QStringLiteral("enable")))
            changed.enabled = true;
        if (parser.isSet(QStringLiteral("disable")))
            changed.enabled = false;
        if (Status s = store.edit(changed, now); !s)
            return fail(s.message());
        Result<Job> stored = store.find(id.value());
        if (!stored)
            return fail(stored.message());
        m_out << tr("Changed %1.").arg(describe(stored.value(), now)) << Qt::endl;
        return 0;
    }

    if (action == QLatin1String("remove")) {
        Result<Job> found = store.find(id.value());
        if (!found)
            return fail(found.message());
        if (Status s = store.remove(id.value()); !s)
            return fail(s.message());
        m_out << (found.value().runningSince.isValid()
                      ? tr("Removed job %1 (%2); the run in progress finishes, and it does not "
                           "run again.")
                      : tr("Removed job %1 (%2)."))
                     .arg(id.value())
                     .arg(found.value().repository)
              << Qt::endl;
        return 0;
    }

    // run
    node.value().reset(); // the worker opens its own connection
    Result<DatabaseLocation> where = location(parser);
    if (!where)
        return fail(where.message());
    Worker worker(where.value(), databasePassword(where.value()), roundRunner(parser));
    QString finished;
    QObject::connect(&worker, &Worker::runFinished, &worker,
                     [&finished](qint64, const QString &, LogResult, const QString &message) {
                         finished = message;
                     });
    if (Status s = worker.runNow(id.value()); !s)
        return fail(s.message());
    m_out << finished << Qt::endl;
    return 0;
}

} // namespace s15n
