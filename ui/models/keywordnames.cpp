#include "keywordnames.h"

#include <QStringList>

#include <cstddef>
#include <optional>

namespace s15n::ui {

namespace {

// A stored keyword and its name for people (in English; translated in "s15n::ui::KeywordNames").
struct Name
{
    const char *keyword;
    const char *text;
};

// The log entries' modes and directions (SyncRound::entry, SyncServer, ChangesInspector).
const Name kLogModes[] = {
    //: A log entry's mode: a step that brought changes from the other node.
    {"pull", QT_TRANSLATE_NOOP("s15n::ui::KeywordNames", "pull")},
    //: A log entry's mode: a step that sent changes to the other node.
    {"push", QT_TRANSLATE_NOOP("s15n::ui::KeywordNames", "push")},
};

const Name kDirections[] = {
    //: A log entry's direction: the rows came into this node's database.
    {"incoming", QT_TRANSLATE_NOOP("s15n::ui::KeywordNames", "incoming")},
    //: A log entry's direction: the rows went out of this node's database.
    {"outgoing", QT_TRANSLATE_NOOP("s15n::ui::KeywordNames", "outgoing")},
};

// What a log entry is about: every action core writes (tst_keywordnames checks core/ for
// "action =" and the last argument of SyncRound::entry and ChangesInspector::entry).
const Name kActions[] = {
    // This node syncing with a repository (SyncRound).
    //: Log action: a whole sync round with a repository.
    {"round", QT_TRANSLATE_NOOP("s15n::ui::KeywordNames", "round")},
    //: Log action: one page of changes received from the remote node.
    {"pull page", QT_TRANSLATE_NOOP("s15n::ui::KeywordNames", "pull page")},
    //: Log action: one page of this node's changes sent to the remote node.
    {"push page", QT_TRANSLATE_NOOP("s15n::ui::KeywordNames", "push page")},
    //: Log action: this node registering at a remote node, or a node registering here.
    {"register", QT_TRANSLATE_NOOP("s15n::ui::KeywordNames", "register")},
    //: Log action: the clocks of the two nodes were compared (a warning when they differ).
    {"clock", QT_TRANSLATE_NOOP("s15n::ui::KeywordNames", "clock")},
    //: Log action: rows refused in an earlier round were tried again.
    {"retry failed", QT_TRANSLATE_NOOP("s15n::ui::KeywordNames", "retry failed")},
    //: Log action: about one resource (table) of the round, e.g. skipped because the remote
    //: does not sync it.
    {"resource", QT_TRANSLATE_NOOP("s15n::ui::KeywordNames", "resource")},
    //: Log action: a scheduled job ran (s15n serve's worker, or Run now).
    {"job", QT_TRANSLATE_NOOP("s15n::ui::KeywordNames", "job")},
    // The Changes page and `s15n changes` (ChangesInspector).
    //: Log action: this node's pending changes were compared with the remote's.
    {"changes", QT_TRANSLATE_NOOP("s15n::ui::KeywordNames", "changes")},
    //: Log action: one changed record sent to the remote on its own (Changes page).
    {"push item", QT_TRANSLATE_NOOP("s15n::ui::KeywordNames", "push item")},
    //: Log action: this node's version sent to overwrite the remote's anyway (Changes page).
    {"push ours", QT_TRANSLATE_NOOP("s15n::ui::KeywordNames", "push ours")},
    //: Log action: the remote's version taken here (Changes page).
    {"take theirs", QT_TRANSLATE_NOOP("s15n::ui::KeywordNames", "take theirs")},
    //: Log action: a held conflict settled with the remote's version.
    {"resolve theirs", QT_TRANSLATE_NOOP("s15n::ui::KeywordNames", "resolve theirs")},
    //: Log action: a held conflict settled with this node's version.
    {"resolve ours", QT_TRANSLATE_NOOP("s15n::ui::KeywordNames", "resolve ours")},
    // This node serving other nodes (SyncServer, `s15n serve`).
    //: Log action: the server itself (e.g. a request it refused).
    {"serve", QT_TRANSLATE_NOOP("s15n::ui::KeywordNames", "serve")},
    //: Log action: the server checked a node's user name and password.
    {"authenticate", QT_TRANSLATE_NOOP("s15n::ui::KeywordNames", "authenticate")},
    //: Log action: the server checked that a node may do what it asked.
    {"authorize", QT_TRANSLATE_NOOP("s15n::ui::KeywordNames", "authorize")},
    //: Log action: the server sent a page of changes to a node that pulls.
    {"serve pull", QT_TRANSLATE_NOOP("s15n::ui::KeywordNames", "serve pull")},
    //: Log action: the server received a page of changes from a node that pushes.
    {"serve push", QT_TRANSLATE_NOOP("s15n::ui::KeywordNames", "serve push")},
    //: Log action: the server sent the current state of rows a node asked for.
    {"serve rows", QT_TRANSLATE_NOOP("s15n::ui::KeywordNames", "serve rows")},
    //: Log action: the server wrote, or sent, a backup zip to seed a child.
    {"backup", QT_TRANSLATE_NOOP("s15n::ui::KeywordNames", "backup")},
    //: Log action: this node was seeded from its parent's backup zip.
    {"restore", QT_TRANSLATE_NOOP("s15n::ui::KeywordNames", "restore")},
};

const Name kOperations[] = {
    //: A strategy operation: incoming changes may create records here.
    {"create", QT_TRANSLATE_NOOP("s15n::ui::KeywordNames", "create")},
    //: A strategy operation: incoming changes may update records here.
    {"update", QT_TRANSLATE_NOOP("s15n::ui::KeywordNames", "update")},
    //: A strategy operation: incoming changes may delete records here.
    {"delete", QT_TRANSLATE_NOOP("s15n::ui::KeywordNames", "delete")},
};

template <std::size_t N> const Name *find(const Name (&names)[N], const QString &keyword)
{
    for (const Name &name : names)
        if (keyword == QLatin1String(name.keyword))
            return &name;
    return nullptr;
}

template <std::size_t N> QString display(const Name (&names)[N], const QString &keyword)
{
    const Name *name = find(names, keyword);
    return name ? KeywordNames::tr(name->text) : keyword;
}

template <std::size_t N> QStringList keywords(const Name (&names)[N])
{
    QStringList list;
    for (const Name &name : names)
        list << QString::fromLatin1(name.keyword);
    return list;
}

} // namespace

QString KeywordNames::displayResult(LogResult result)
{
    switch (result) {
    case LogResult::Success:
        //: The result of a log entry or a job's last run.
        return tr("Success");
    case LogResult::Warning:
        //: The result of a log entry or a job's last run.
        return tr("Warning");
    case LogResult::Error:
        //: The result of a log entry or a job's last run.
        return tr("Error");
    case LogResult::Fatal:
        //: The result of a log entry or a job's last run: the round could not go on at all.
        return tr("Fatal");
    }
    return QString();
}

QString KeywordNames::displayResult(const QString &keyword)
{
    const std::optional<LogResult> result = SyncLog::parseResult(keyword);
    return result ? displayResult(*result) : keyword;
}

QString KeywordNames::displayLogMode(const QString &keyword)
{
    return display(kLogModes, keyword);
}

QString KeywordNames::displayDirection(const QString &keyword)
{
    return display(kDirections, keyword);
}

QString KeywordNames::displayAction(const QString &keyword)
{
    return display(kActions, keyword);
}

QString KeywordNames::displayResourceMode(SyncMode mode)
{
    switch (mode) {
    case SyncMode::Pull:
        //: A resource's mode (s15n resource --mode pull).
        return tr("Pull only");
    case SyncMode::Push:
        //: A resource's mode (s15n resource --mode push).
        return tr("Push only");
    case SyncMode::Both:
        //: A resource's mode (s15n resource --mode both).
        return tr("Pull and push");
    }
    return QString();
}

QString KeywordNames::displayResourceMode(const QString &keyword)
{
    const std::optional<SyncMode> mode = syncModeFromString(keyword);
    return mode ? displayResourceMode(*mode) : keyword;
}

QString KeywordNames::displayOperation(const QString &keyword)
{
    return display(kOperations, keyword);
}

QString KeywordNames::displayStrategy(const Strategy &strategy)
{
    return displayStrategy(strategy.toString());
}

QString KeywordNames::displayStrategy(const QString &keywords)
{
    QStringList names;
    for (const QString &part : keywords.split(QLatin1Char(','), Qt::SkipEmptyParts))
        names << displayOperation(part.trimmed());
    //: Between the operations of a strategy: "create, update".
    return names.join(tr(", "));
}

QString KeywordNames::displayPolicy(Policy policy)
{
    // Sahana Eden's names, which `s15n resource` takes; other messages name them with these.
    switch (policy) {
    case Policy::This:
        //: A policy (Sahana Eden's THIS): keep this node's version. Upper case like the others.
        return tr("THIS");
    case Policy::Other:
        //: A policy (Sahana Eden's OTHER): take the other node's version.
        return tr("OTHER");
    case Policy::Newer:
        //: A policy (Sahana Eden's NEWER): the newer version wins.
        return tr("NEWER");
    case Policy::Master:
        //: A policy (Sahana Eden's MASTER): the version of the node that created the record
        //: wins.
        return tr("MASTER");
    case Policy::Manual:
        //: A conflict policy (MANUAL): an administrator settles the conflict on the Changes
        //: page.
        return tr("MANUAL");
    }
    return QString();
}

QString KeywordNames::displayPolicy(const QString &keyword)
{
    const std::optional<Policy> policy = policyFromString(keyword);
    return policy ? displayPolicy(*policy) : keyword;
}

QString KeywordNames::describePolicy(Policy policy)
{
    switch (policy) {
    case Policy::This:
        return tr("Keep this node's version.");
    case Policy::Other:
        return tr("Take the other node's version.");
    case Policy::Newer:
        return tr("The newer version wins.");
    case Policy::Master:
        return tr("The version of the node that created the record wins.");
    case Policy::Manual:
        return tr("Hold the conflict for an administrator to settle on the Changes page.");
    }
    return QString();
}

QString KeywordNames::displayDuration(qint64 seconds)
{
    // The parts of Schedule::formatDuration, largest first; 0 or less in seconds.
    auto part = [](qint64 value, qint64 unit) {
        switch (unit) {
        case 24 * 3600:
            //: Days in a duration such as 1d2h30m (the short form s15n's CLI takes).
            return tr("%1d").arg(value);
        case 3600:
            //: Hours in a duration such as 1d2h30m.
            return tr("%1h").arg(value);
        case 60:
            //: Minutes in a duration such as 1d2h30m.
            return tr("%1m").arg(value);
        default:
            //: Seconds in a duration such as 1d2h30m5s.
            return tr("%1s").arg(value);
        }
    };
    if (seconds <= 0)
        return part(seconds, 1);
    QString text;
    for (const qint64 unit : {qint64(24 * 3600), qint64(3600), qint64(60), qint64(1)}) {
        if (seconds < unit)
            continue;
        const QString next = part(seconds / unit, unit);
        //: Joins the parts of a duration, larger unit first: 1h and 30m make 1h30m. Put a
        //: space between them if the units are words ("1 h 30 min").
        text = text.isEmpty() ? next : tr("%1%2").arg(text, next);
        seconds %= unit;
    }
    return text;
}

QStringList KeywordNames::logModes()
{
    return keywords(kLogModes);
}

QStringList KeywordNames::directions()
{
    return keywords(kDirections);
}

QStringList KeywordNames::actions()
{
    return keywords(kActions);
}

} // namespace s15n::ui
