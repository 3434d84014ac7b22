#pragma once

#include "storage/node.h"
#include "sync/changerecord.h"
#include "sync/resourceschema.h"

#include <QUuid>

#include <functional>

class QIODevice;

namespace s15n {

struct ExportSummary
{
    qint64 rows = 0;
    qint64 pages = 0;
    qint64 cursor = 0; // the last change sequence covered; give it as --since next time
};

// Reads a resource's changes in sequence order, page by page, with their current data.
class Exporter
{
public:
    static constexpr int kDefaultPageSize = 1000;

    explicit Exporter(Node &node) : m_node(node) {}

    // One page of changes after `since`. Rows whose current version came from
    // `skipSource` are left out (never echo a change to where it came from), but the
    // cursor moves past them. Call ChangeStamper first to include the newest changes.
    // `seqs`, when given, gets each record's place in the change sequence (parallel to
    // the page's records). This is the selection a push sends.
    Result<ChangePage> readPage(const ResourceSchema &schema, qint64 since, int limit,
                                const QUuid &skipSource = {}, QList<qint64> *seqs = nullptr);

    // The current state of the rows of `schema` named in `rowUuids` (tombstones included),
    // in change-sequence order; rows this node knows nothing of are left out. Call
    // ChangeStamper first to include the newest changes.
    Result<QList<ChangeRecord>> readRows(const ResourceSchema &schema,
                                         const QStringList &rowUuids);

    // Stamps, then writes every change of `table` after `since` as a document to `device`.
    Result<ExportSummary> exportTo(QIODevice *device, const QString &table, qint64 since,
                                   const QUuid &skipSource = {},
                                   const std::function<void(qint64 rows)> &progress = {},
                                   int pageSize = kDefaultPageSize);

private:
    Node &m_node;
};

} // namespace s15n
