#pragma once

#include "storage/node.h"

#include <functional>

namespace s15n {

// Making a node the way `s15n init` and the admin application's first-run page do: all or
// nothing. A refusal, a failure or a cancel leaves no new SQLite file and no s15n_ tables
// behind, and the application's own tables are never touched.
class NodeSetup
{
public:
    // Says whether the one who asked for the node no longer wants it. Called on the thread
    // that runs create(), so it must be safe there (e.g. it reads a std::atomic_bool).
    using Cancelled = std::function<bool()>;

    // Node::create, then, with `withSampleData`, SampleData::load. Sample data over a
    // database that already has one of its tables is refused before anything is written.
    // `cancelled`, if given, is asked between the steps (before anything is written, once
    // the node is made, once the sample data is in); when it says yes, what was made is
    // undone and the result is cancelledMessage(). Each step itself runs to its end (the
    // sample data loads in one transaction), so a cancel takes effect after at most one.
    static Result<std::unique_ptr<Node>> create(const DatabaseLocation &location,
                                                const QString &name, int syncId,
                                                bool withSampleData, const QString &password = {},
                                                const Cancelled &cancelled = {});

    // The failure message of a create() that was cancelled and undone.
    static QString cancelledMessage();
};

} // namespace s15n
