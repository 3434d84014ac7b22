#pragma once

#include "storage/node.h"

namespace s15n {

// Turns the triggers' raw change records (s15n_changes) into row versions and places in
// the node's change sequence (s15n_rows.seq).
//
// Sequence numbers are handed out here, not by the writing transactions, one stamper at a
// time (SQLite: the single writer; PostgreSQL: an advisory lock held until the stamping
// transaction ends), and only to changes of transactions that have committed (those still
// running are invisible and get higher numbers once they commit; exactly the changes
// stamped are removed from the queue). A reader that has seen seq N therefore never later
// finds a change below N, however transactions commit, and an unrelated long transaction
// does not hold stamping back.
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
