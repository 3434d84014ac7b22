#pragma once

#include "storage/node.h"

namespace s15n {

// A small supply-chain application (stores, names, items, transactions, lines) with integer
// keys and foreign keys, registered as resources, so a new user can try everything.
class SampleData
{
public:
    static QStringList tables();
    // Refused, changing nothing, when any of its tables exists already.
    static Status load(Node &node);
    // Whether load() would be refused there: checked before a node is made at all.
    static Status checkFree(const Database &db);
    // Removes the sample tables and their resources: only for tables load() made.
    static Status unload(Node &node);
};

} // namespace s15n
