#pragma once

#include "client/repositorystore.h"
#include "log/synclog.h"
#include "storage/node.h"
#include "sync/applyengine.h"
#include "sync/changerecord.h"

#include <QDateTime>
#include <QList>
#include <QStringList>

#include <atomic>
#include <memory>
#include <optional>

namespace s15n {

// One column of a row in both versions.
struct FieldComparison
{
    QString name;
    std::optional<FieldValue> ours;   // none: our state does not carry it (a tombstone)
    std::optional<FieldValue> theirs; // none: theirs does not (a tombstone, or no row there)
    bool differs() const { return !(ours == theirs); }
};

// A local change not pushed to a repository yet: what its next push would send.
struct PendingChange
{
    QString table;
    qint64 seq = 0;    // its place in this node's change sequence
    ChangeRecord ours; // row UUID, our version and ancestry, deleted flag, field values
};

// A pending change next to the remote's current state of the row.
struct ComparedChange
{
    PendingChange change;
    std::optional<ChangeRecord> theirs; // none: the remote does not have the row
    // relate(ours, theirs) as the apply engine sees it: Ancestor (ours descends from theirs:
    // a plain update there), Conflict (each has a change the other has not seen), Same or
    // Descendant (the remote already holds ours, or a newer state made on top of it). New
    // when the remote does not have the row.
    Relation relation = Relation::New;
    QList<FieldComparison> fields; // every column of either version, ours first
    bool conflict() const { return relation == Relation::Conflict; }
};

// The Changes page's two lists for one repository.
struct RepositoryChanges
{
    QString repository;
    QStringList tables;                      // the resources looked at, parents first
    QList<ComparedChange> withoutConflict;   // the remote lacks the row or holds an ancestor
    QList<ComparedChange> withConflict;      // changed on both sides
    QList<ComparedChange> alreadyThere;      // after the cursor, but the remote has it (pushed
                                             // one by one); a full round sends it again, unchanged
};

// A conflict held by the MANUAL policy (s15n_conflicts).
struct HeldConflict
{
    qint64 id = 0;
    QString table;
    QString rowUuid;
    QUuid remoteNode;
    QString repository; // this node's repository for remoteNode, if it has one
    QDateTime receivedAt;
    std::optional<ChangeRecord> ours; // our current state (none: this node has no row)
    ChangeRecord theirs;              // the record that was held
    QList<FieldComparison> fields;
};

// What pushing or taking some rows did.
struct ItemsResult
{
    QString repository;
    QString table;
    ApplyCounts counts; // with one result per row (RecordResult::outcome as in a push)
};

// The engine of the Changes page and `s15n changes`: local changes not yet pushed to a
// repository, compared with the remote's rows (POST /s15n/v1/rows), conflicts held by the
// MANUAL policy, and pushing or taking single rows. Every action is written to the sync log.
//
// Calls block (network and database); use one inspector on the thread that opened `node`
// (see RepositorySetup for the passwords on other threads). Requests stop soon after
// `cancelled` becomes true.
class ChangesInspector
{
public:
    explicit ChangesInspector(Node &node, const std::atomic_bool *cancelled = nullptr);
    ~ChangesInspector();

    void setTransferTimeout(int milliseconds) { m_transferTimeoutMs = milliseconds; }

    // The changes of `tables` (empty: every resource this node pushes that the remote syncs,
    // parents first) that the next push to `repository` would send: rows changed after the
    // remote's cursor for this node, except those whose current version came from that remote.
    Result<QList<PendingChange>> pending(const QString &repository,
                                         const QStringList &tables = {});
    // pending(), sorted into the two lists with the remote's current rows.
    Result<RepositoryChanges> compare(const QString &repository, const QStringList &tables = {});
    // Conflicts held by the MANUAL policy: of `repository`'s remote when given, of `tables`
    // when given. No network.
    Result<QList<HeldConflict>> held(const QString &repository = {},
                                     const QStringList &tables = {});

    // Pushes these pending rows of `table` (at most messages::kMaxRowsPerRequest) as one page.
    // The remote's cursor for this node moves only past rows pushed, so a later round still
    // sends the others. `oursWins` (a conflict: overwrite the other side anyway): first, in one
    // local transaction, our version of each row in conflict comes to descend from the
    // remote's, so the remote applies it as an update; and the page asks the remote to take
    // ours. Rows that are not pending are refused, and nothing is sent.
    Result<ItemsResult> push(const QString &repository, const QString &table,
                             const QStringList &rowUuids, bool oursWins = false);
    // Applies the remote's current version of these rows here, theirs winning (one
    // transaction). Refused, changing nothing, when the remote lacks one of them or our
    // version already includes theirs.
    Result<ItemsResult> takeTheirs(const QString &repository, const QString &table,
                                   const QStringList &rowUuids);
    // Settles a held conflict (as `s15n conflicts resolve`), logged.
    Status resolveHeld(qint64 conflictId, bool takeTheirs);

    // Both versions column by column (either may be missing).
    static QList<FieldComparison> compareFields(const ChangeRecord *ours,
                                                const ChangeRecord *theirs);
    // A value as a person reads it: NULL, numbers, text, base64 for blobs, the UUID of a
    // reference.
    static QString displayText(const FieldValue &value);

private:
    struct Session;
    struct Pending
    {
        qint64 cursor = 0;  // the remote's cursor for this node
        qint64 scanned = 0; // the last change sequence read
        QList<PendingChange> changes;
    };

    Result<std::unique_ptr<Session>> open(const QString &repository, const QStringList &tables,
                                          bool pushing, const QString &action);
    Result<Pending> readPending(Session &session, const ResourceSchema &schema,
                                std::optional<qint64> cursor = std::nullopt);
    Status makeOursDescend(const QString &table, const QList<ChangeRecord> &ours,
                           const QHash<QString, ChangeRecord> &theirs);
    Status checkUuids(const QStringList &rowUuids) const;
    LogEntry entry(const Session &session, const QString &table, const QString &action) const;
    Status failed(LogEntry entry, const QString &message, bool remote = false);
    void write(const LogEntry &entry);

    Node &m_node;
    const std::atomic_bool *m_cancelled = nullptr;
    int m_transferTimeoutMs = 30 * 1000;
    SyncLog m_log;
};

} // namespace s15n
