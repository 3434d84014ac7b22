#pragma once

#include "storage/node.h"
#include "sync/changerecord.h"
#include "sync/resourceschema.h"

#include <QHash>
#include <QSqlQuery>
#include <QStringList>

#include <memory>
#include <optional>

namespace s15n {

class RowMetadata;

// What happened to one incoming record (a push answers with one per record).
struct RecordResult
{
    QString rowUuid;
    QString outcome; // unchanged, applied, resolved, held, skipped, parked, failed
    QString message;
};

struct ApplyCounts
{
    qint64 received = 0;
    qint64 applied = 0;   // created, updated or deleted as sent
    qint64 conflicts = 0; // conflicts resolved by policy
    qint64 held = 0;      // conflicts held for an administrator (MANUAL)
    qint64 skipped = 0;   // refused by strategy or update policy
    qint64 parked = 0;    // waiting for a referenced row that has not arrived yet, or (a
                          // deletion) for the rows that still refer to it to go
    qint64 failed = 0;    // refused by the database (e.g. a unique constraint); kept and tried
                          // again by retryFailed()
    qint64 unchanged = 0; // already known
    qint64 released = 0;  // of `applied`: rows that had been waiting for a referenced row
    QStringList messages; // one line per skipped, held or failed record (bounded)
    QList<RecordResult> results; // per record of the page, in page order (applyPage only)

    ApplyCounts &operator+=(const ApplyCounts &other);
};

// Per-resource policies that replace the node's own (a peer's, mirrored).
struct PolicyOverride
{
    Policy updatePolicy = Policy::Newer;
    Policy conflictPolicy = Policy::Newer;
};

// Applies pages of incoming changes: strategy, update and conflict policy, references bound
// back to local keys, one transaction per page. Applying the same page twice changes nothing
// the second time.
class ApplyEngine
{
public:
    // s15n_parked.waiting_uuid of records the database refused (never a row UUID).
    static constexpr char kFailedMarker[] = "#failed";

    explicit ApplyEngine(Node &node);
    ~ApplyEngine();

    // Checks the whole page first (resource, field names, references): a bad page changes
    // nothing. Then applies it in one transaction.
    Result<ApplyCounts> applyPage(const PageSource &source, const ChangePage &page,
                                  const std::optional<PolicyOverride> &policies = std::nullopt);
    // applyPage() inside the caller's open transaction, for many pages applied as one (a
    // restore): the caller commits, or rolls back when this fails.
    Result<ApplyCounts>
    applyPageInTransaction(const PageSource &source, const ChangePage &page,
                           const std::optional<PolicyOverride> &policies = std::nullopt);

    // Tries again the records the database refused before (kept aside, see "failed"), in one
    // transaction: of `source` and `table` only, when given. Those that fail again stay kept;
    // those a newer version has superseded count as unchanged and go.
    Result<ApplyCounts> retryFailed(const QUuid &source = {}, const QString &table = {});

    // The value to bind for `value` in a column of `columnType` (as the catalogue names it),
    // fitted across dialects (booleans as 0/1 and back). References bind as NULL: their key
    // is looked up. For writers that bypass the engine (a restore into empty tables).
    static QVariant bindValue(const FieldValue &value, const QString &columnType);

    // Settles a conflict held by the MANUAL policy: take their record, or keep ours. Either
    // way the result is a new version that descends from both.
    Status resolveHeld(qint64 conflictId, bool takeTheirs);

private:
    enum class Outcome { Unchanged, Applied, Resolved, Held, Skipped, Parked, Failed };
    struct Context;

    static void tally(ApplyCounts &counts, Outcome outcome, const QString &message);
    static QString outcomeName(Outcome outcome);

    Result<Context *> context(const QString &table);
    Status validate(const Context &ctx, const ChangePage &page) const;
    Result<Outcome> applyRecord(Context &ctx, const QUuid &source, const ChangeRecord &record,
                                Policy updatePolicy, Policy conflictPolicy, QString *message);
    // Writes the record's data. Returns false with *waitingTable/*waitingUuid set when a
    // referenced row is missing, or with *waitingUuid empty when a deletion is refused because
    // rows still refer to the row.
    Result<bool> writeRow(Context &ctx, const ChangeRecord &record, QString *waitingTable,
                          QString *waitingUuid);
    Status park(const QString &table, const QUuid &source, const ChangeRecord &record,
                const QString &waitingTable, const QString &waitingUuid);
    Status hold(const QString &table, const QUuid &source, const Version &ours,
                const ChangeRecord &record);
    Result<ApplyCounts> retryParked();
    // Applies again the records set aside in s15n_parked that match `where` (on alias p).
    Result<ApplyCounts> reapply(const QString &where, const QVariantList &values);
    Status beginApplying();
    Status finishApplying();
    Status saveCursor(const QUuid &peer, const QString &table, qint64 cursor);
    bool savepoints() const;

    Node &m_node;
    std::unique_ptr<RowMetadata> m_metadata;
    QHash<QString, std::shared_ptr<Context>> m_contexts;
    QList<Resource> m_resources;
    qint64 m_seq = 0; // the last change sequence number handed out in this transaction
};

} // namespace s15n
