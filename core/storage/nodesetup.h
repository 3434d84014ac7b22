#pragma once

#include "storage/node.h"

namespace s15n {

// Making a node the way `s15n init` and the admin application's first-run page do: all or
// nothing. A refusal or a failure leaves no new SQLite file and no s15n_ tables behind, and
// the application's own tables are never touched.
class NodeSetup
{
public:
    // Node::create, then, with `withSampleData`, SampleData::load. Sample data over a
    // database that already has one of its tables is refused before anything is written.
    static Result<std::unique_ptr<Node>> create(const DatabaseLocation &location,
                                                const QString &name, int syncId,
                                                bool withSampleData, const QString &password = {});
};

} // namespace s15n
