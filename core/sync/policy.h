#pragma once

#include "version/version.h"

#include <QString>

#include <optional>

namespace s15n {

// Sahana Eden's policies: who wins a plain update or a conflict.
enum class Policy {
    This,   // keep ours
    Other,  // take theirs
    Newer,  // the newer version wins
    Master, // the side that created the record wins
    Manual, // conflicts only: hold for an administrator
};

std::optional<Policy> policyFromString(QStringView text);
QString toString(Policy policy);
// THIS and OTHER swapped: how a remote applies the policies a peer sent along.
Policy mirrored(Policy policy);

// The operations allowed on incoming data.
struct Strategy
{
    bool create = true;
    bool update = true;
    bool remove = true;

    // "create,update,delete" in any order, at least one.
    static std::optional<Strategy> fromString(QStringView text);
    QString toString() const;
    friend bool operator==(const Strategy &a, const Strategy &b)
    {
        return a.create == b.create && a.update == b.update && a.remove == b.remove;
    }
};

// What the apply engine knows about one incoming record.
struct Incoming
{
    Relation relation = Relation::New;
    bool theirsDeleted = false; // the incoming state is a tombstone
    bool oursDeleted = false;   // our current state is a tombstone
    Version ours;
    Version theirs;
    bool weCreated = false;   // the row's creator is this node
    bool theyCreated = false; // the row's creator is the sending node
};

enum class Action {
    Ignore,     // old news or identical: nothing to do
    Apply,      // take theirs as it is (their version)
    TakeTheirs, // conflict: their data, under a new version descending from both
    KeepOurs,   // conflict: our data, under a new version descending from both
    Hold,       // conflict held for an administrator (MANUAL)
    Skip,       // refused by strategy or update policy; nothing changes
};

struct Decision
{
    Action action = Action::Ignore;
    QString reason; // for the log when skipped, held or resolved
};

Decision decide(const Incoming &incoming, const Strategy &strategy, Policy updatePolicy,
                Policy conflictPolicy);

QString toString(Action action);

} // namespace s15n
