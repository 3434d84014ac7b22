#include "policy.h"

#include <QCoreApplication>
#include <QStringList>

namespace s15n {

std::optional<Policy> policyFromString(QStringView text)
{
    const QString upper = text.trimmed().toString().toUpper();
    if (upper == QLatin1String("THIS"))
        return Policy::This;
    if (upper == QLatin1String("OTHER"))
        return Policy::Other;
    if (upper == QLatin1String("NEWER"))
        return Policy::Newer;
    if (upper == QLatin1String("MASTER"))
        return Policy::Master;
    if (upper == QLatin1String("MANUAL"))
        return Policy::Manual;
    return std::nullopt;
}

QString toString(Policy policy)
{
    switch (policy) {
    case Policy::This:
        return QStringLiteral("THIS");
    case Policy::Other:
        return QStringLiteral("OTHER");
    case Policy::Newer:
        return QStringLiteral("NEWER");
    case Policy::Master:
        return QStringLiteral("MASTER");
    case Policy::Manual:
        return QStringLiteral("MANUAL");
    }
    return QString();
}

Policy mirrored(Policy policy)
{
    switch (policy) {
    case Policy::This:
        return Policy::Other;
    case Policy::Other:
        return Policy::This;
    case Policy::Newer:
    case Policy::Master:
    case Policy::Manual:
        return policy;
    }
    return policy;
}

std::optional<Strategy> Strategy::fromString(QStringView text)
{
    Strategy s{false, false, false};
    const auto parts = text.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return std::nullopt;
    for (QStringView part : parts) {
        const QString word = part.trimmed().toString().toLower();
        if (word == QLatin1String("create"))
            s.create = true;
        else if (word == QLatin1String("update"))
            s.update = true;
        else if (word == QLatin1String("delete"))
            s.remove = true;
        else
            return std::nullopt;
    }
    return s;
}

QString Strategy::toString() const
{
    QStringList parts;
    if (create)
        parts << QStringLiteral("create");
    if (update)
        parts << QStringLiteral("update");
    if (remove)
        parts << QStringLiteral("delete");
    return parts.join(QLatin1Char(','));
}

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::Policy", text);
}

// Is the write that taking their state means allowed by the strategy?
bool allowed(const Incoming &in, const Strategy &strategy, QString *reason)
{
    if (in.theirsDeleted) {
        if (in.relation == Relation::New || in.oursDeleted)
            return true; // nothing to delete locally: only the tombstone is kept
        if (!strategy.remove)
            *reason = tr("strategy does not allow delete");
        return strategy.remove;
    }
    if (in.relation == Relation::New || in.oursDeleted) {
        if (!strategy.create)
            *reason = tr("strategy does not allow create");
        return strategy.create;
    }
    if (!strategy.update)
        *reason = tr("strategy does not allow update");
    return strategy.update;
}

} // namespace

Decision decide(const Incoming &in, const Strategy &strategy, Policy updatePolicy,
                Policy conflictPolicy)
{
    switch (in.relation) {
    case Relation::Same:
    case Relation::Ancestor:
        return {Action::Ignore, QString()};
    case Relation::New:
    case Relation::Descendant: {
        QString reason;
        if (!allowed(in, strategy, &reason))
            return {Action::Skip, reason};
        if (in.relation == Relation::New)
            return {Action::Apply, QString()};
        switch (updatePolicy) {
        case Policy::This:
            return {Action::Skip, tr("update policy THIS keeps the local copy")};
        case Policy::Master:
            if (in.weCreated)
                return {Action::Skip, tr("update policy MASTER: this node created the record")};
            return {Action::Apply, QString()};
        case Policy::Other:
        case Policy::Newer: // a descendant is always the newer state
        case Policy::Manual:
            return {Action::Apply, QString()};
        }
        return {Action::Apply, QString()};
    }
    case Relation::Conflict: {
        if (in.theirsDeleted && in.oursDeleted) // both deleted it: nothing to choose
            return {Action::KeepOurs, tr("deleted on both sides")};
        bool takeTheirs = false;
        QString why;
        switch (conflictPolicy) {
        case Policy::This:
            why = tr("conflict policy THIS");
            break;
        case Policy::Other:
            takeTheirs = true;
            why = tr("conflict policy OTHER");
            break;
        case Policy::Master:
            if (in.weCreated || in.theyCreated) {
                takeTheirs = in.theyCreated;
                why = tr("conflict policy MASTER");
                break;
            }
            // Created by a third node: neither side is master, so the newer wins.
            takeTheirs = in.ours < in.theirs;
            why = tr("conflict policy MASTER (creator not involved: newer wins)");
            break;
        case Policy::Newer:
            takeTheirs = in.ours < in.theirs;
            why = tr("conflict policy NEWER");
            break;
        case Policy::Manual:
            return {Action::Hold, tr("conflict policy MANUAL: held for an administrator")};
        }
        if (!takeTheirs)
            return {Action::KeepOurs, why};
        QString reason;
        if (!allowed(in, strategy, &reason))
            return {Action::Skip, reason};
        return {Action::TakeTheirs, why};
    }
    }
    return {Action::Ignore, QString()};
}

QString toString(Action action)
{
    switch (action) {
    case Action::Ignore:
        return QStringLiteral("ignore");
    case Action::Apply:
        return QStringLiteral("apply");
    case Action::TakeTheirs:
        return QStringLiteral("take-theirs");
    case Action::KeepOurs:
        return QStringLiteral("keep-ours");
    case Action::Hold:
        return QStringLiteral("hold");
    case Action::Skip:
        return QStringLiteral("skip");
    }
    return QString();
}

} // namespace s15n
