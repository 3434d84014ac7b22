#pragma once

#include "storage/database.h"

namespace s15n {

// s15n's metadata schema, versioned: resources/migrations/<dialect>/NNN_name.sql, applied
// in order, each in one transaction with its row in s15n_migrations.
class Migrations
{
public:
    static int latestVersion(Database::Dialect dialect);
    // 0 when the database holds no s15n metadata.
    static Result<int> currentVersion(const Database &db);
    Status apply(Database &db);
    // Drops every s15n table and function: undoes a node that could not be completed.
    static Status removeAll(Database &db);
};

} // namespace s15n
