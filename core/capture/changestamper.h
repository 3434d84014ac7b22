#pragma once

#include "storage/node.h"

namespace s15n {

// Turns the triggers' raw change records (s15n_changes) into row versions and places in
// the node's change sequence (s15n_rows.seq).
//
// Sequence numbers are handed out here, in one serialised pass, and only for changes of
// transactions that have finished: on SQLite every queued change (one writer); on
// PostgreSQL only those whose transaction is older than the oldest one still running
// (pg_snapshot_xmin). A reader that has seen seq N therefore never later finds a change
// below N, however transactions commit.
class ChangeStamper
{
public:
    explicit ChangeStamper(Node &node) : m_node(node) {}

    // Stamps within the caller's open transaction. Returns the number of rows stamped.
    Result<int> stampInTransaction();
    // Stamps in a transaction of its own.
    Result<int> stamp();

private:
    Node &m_node;
};

} // namespace s15n
