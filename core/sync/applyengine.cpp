#include "applyengine.h"

#include "capture/changestamper.h"
#include "capture/resourcestore.h"
#include "capture/rowmetadata.h"
#include "sync/pagewriter.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QLoggingCategory>
#include <QSqlError>

Q_LOGGING_CATEGORY(lcApply, "s15n.apply")

namespace s15n {

namespace {

constexpr int kMaxMessages = 50;
// Versions from further ahead would drag this node's clock along for good.
constexpr qint64 kMaxClockLeadMs = 24 * 3600 * 1000;
constexpr int kMaxParkedPasses = 100;

QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::ApplyEngine", text);
}

bool isBooleanType(const QString &type)
{
    return type.compare(QLatin1String("boolean"), Qt::CaseInsensitive) == 0 ||
           type.compare(QLatin1String("bool"), Qt::CaseInsensitive) == 0;
}

// The value to bind for a column of `columnType` (as the catalogue names it). Values from
// another dialect are fitted: SQLite sends booleans as 0/1, which a PostgreSQL boolean
// column refuses, and PostgreSQL sends booleans an integer column refuses.
QVariant bindable(const FieldValue &value, const QString &columnType)
{
    switch (value.type) {
    case FieldValue::Type::Null:
    case FieldValue::Type::Reference:
        return QVariant();
    case FieldValue::Type::Integer:
        if (isBooleanType(columnType))
            return QVariant(value.value.toLongLong() != 0);
        return QVariant(value.value.toLongLong());
    case FieldValue::Type::Real:
        return QVariant(value.value.toDouble());
    case FieldValue::Type::Text: {
        QString text = value.value.toString();
        if (text.isNull())
            text = QStringLiteral(""); // empty text is not NULL (a null QString binds as NULL)
        return QVariant(text);
    }
    case FieldValue::Type::Blob: {
        QByteArray bytes = value.value.toByteArray();
        if (bytes.isNull())
            bytes = QByteArray(""); // likewise
        return QVariant(bytes);
    }
    case FieldValue::Type::Boolean:
        if (columnType.contains(QLatin1String("int"), Qt::CaseInsensitive))
            return QVariant(qlonglong(value.value.toBool() ? 1 : 0));
        return QVariant(value.value.toBool());
    }
    return QVariant();
}

// A deletion refused because other rows still refer to the row.
bool isReferencedError(const Database &db, const QSqlError &error)
{
    if (db.dialect() == Database::Dialect::Postgresql)
        return error.nativeErrorCode() == QLatin1String("23503"); // foreign_key_violation
    return error.databaseText().contains(QLatin1String("FOREIGN KEY constraint failed"));
}

void note(ApplyCounts &counts, const QString &message)
{
    if (counts.messages.size() < kMaxMessages)
        counts.messages.append(message);
}

} // namespace

ApplyCounts &ApplyCounts::operator+=(const ApplyCounts &other)
{
    received += other.received;
    applied += other.applied;
    conflicts += other.conflicts;
    held += other.held;
    skipped += other.skipped;
    parked += other.parked;
    failed += other.failed;
    unchanged += other.unchanged;
    released += other.released;
    for (const QString &m : other.messages) {
        if (messages.size() < kMaxMessages)
            messages.append(m);
    }
    return *this;
}

struct ApplyEngine::Context
{
    ResourceSchema schema;
    QHash<QString, QSqlQuery> upserts; // by field list
    QHash<QString, QSqlQuery> lookups; // by reference column
    QHash<QString, QVariant> refKeys;  // referenced table + '/' + UUID → local key, this page
    std::optional<QSqlQuery> remove;
};

QVariant ApplyEngine::bindValue(const FieldValue &value, const QString &columnType)
{
    return bindable(value, columnType);
}

ApplyEngine::ApplyEngine(Node &node)
    : m_node(node), m_metadata(std::make_unique<RowMetadata>(node.database()))
{}

ApplyEngine::~ApplyEngine() = default;

bool ApplyEngine::savepoints() const
{
    // On PostgreSQL a failed statement aborts the transaction, so each record gets a
    // savepoint; SQLite carries on after a failed statement.
    return m_node.database().dialect() == Database::Dialect::Postgresql;
}

void ApplyEngine::tally(ApplyCounts &counts, Outcome outcome, const QString &message)
{
    switch (outcome) {
    case Outcome::Unchanged:
        ++counts.unchanged;
        break;
    case Outcome::Applied:
        ++counts.applied;
        break;
    case Outcome::Resolved:
        ++counts.conflicts;
        break;
    case Outcome::Held:
        ++counts.held;
        break;
    case Outcome::Skipped:
        ++counts.skipped;
        break;
    case Outcome::Parked:
        ++counts.parked;
        break;
    case Outcome::Failed:
        ++counts.failed;
        break;
    }
    if (!message.isEmpty())
        note(counts, message);
}

QString ApplyEngine::outcomeName(Outcome outcome)
{
    switch (outcome) {
    case Outcome::Unchanged:
        return QStringLiteral("unchanged");
    case Outcome::Applied:
        return QStringLiteral("applied");
    case Outcome::Resolved:
        return QStringLiteral("resolved");
    case Outcome::Held:
        return QStringLiteral("held");
    case Outcome::Skipped:
        return QStringLiteral("skipped");
    case Outcome::Parked:
        return QStringLiteral("parked");
    case Outcome::Failed:
        return QStringLiteral("failed");
    }
    return QString();
}

Result<ApplyEngine::Context *> ApplyEngine::context(const QString &table)
{
    if (auto it = m_contexts.find(table); it != m_contexts.end())
        return it.value().get();
    if (m_resources.isEmpty()) {
        Result<QList<Resource>> all = ResourceStore(m_node).list();
        if (!all)
            return all.status();
        m_resources = all.value();
    }
    const Resource *resource = nullptr;
    for (const Resource &r : m_resources) {
        if (r.table == table)
            resource = &r;
    }
    if (!resource)
        return Status::failure(tr("Changes for '%1' arrived, but it is not a resource of this "
                                  "node. Add it with 's15n resource add %1' first.")
                                   .arg(table));
    Result<ResourceSchema> schema = ResourceSchema::load(m_node.database(), *resource, m_resources);
    if (!schema)
        return schema.status();
    auto ctx = std::make_shared<Context>();
    ctx->schema = schema.value();
    m_contexts.insert(table, ctx);
    return ctx.get();
}

Status ApplyEngine::validate(const Context &ctx, const ChangePage &page) const
{
    const ResourceSchema &schema = ctx.schema;
    if (!schema.resource.pulls())
        return Status::failure(tr("%1 is a push-only resource here: incoming changes are refused.")
                                   .arg(page.resource));
    const qint64 horizon = QDateTime::currentMSecsSinceEpoch() + kMaxClockLeadMs;
    for (const ChangeRecord &record : page.records) {
        if (record.version.millis > horizon)
            return Status::failure(
                tr("Row %1 of %2 carries a version dated %3, more than a day ahead of this node's "
                   "clock: the sending node's clock is wrong. Correct it there; nothing from this "
                   "page was applied.")
                    .arg(record.rowUuid, page.resource,
                         QDateTime::fromMSecsSinceEpoch(record.version.millis, Qt::UTC)
                             .toString(Qt::ISODate)));
        for (const Field &field : record.fields) {
            if (!schema.fieldColumns.contains(field.name))
                return Status::failure(
                    tr("Row %1 of %2 has a field '%3', which is not a column of %2 here (or is "
                       "its local key or UUID column). Nothing from this page was applied.")
                        .arg(record.rowUuid, page.resource, field.name));
            const auto ref = schema.references.constFind(field.name);
            if (field.value.type == FieldValue::Type::Reference) {
                if (ref == schema.references.constEnd() || ref->refTable != field.value.refTable)
                    return Status::failure(
                        tr("Row %1 of %2: field '%3' refers to %4, but here it is not a reference "
                           "to that resource. Nothing from this page was applied.")
                            .arg(record.rowUuid, page.resource, field.name, field.value.refTable));
            } else if (ref != schema.references.constEnd() &&
                       field.value.type != FieldValue::Type::Null) {
                return Status::failure(
                    tr("Row %1 of %2: field '%3' must be a reference to %4. Nothing from this "
                       "page was applied.")
                        .arg(record.rowUuid, page.resource, field.name, ref->refTable));
            }
        }
    }
    return Status();
}

Result<ApplyCounts> ApplyEngine::applyPage(const PageSource &source, const ChangePage &page,
                                           const std::optional<PolicyOverride> &policies)
{
    Transaction transaction(m_node.database());
    if (!transaction.status())
        return transaction.status();
    Result<ApplyCounts> counts = applyPageInTransaction(source, page, policies);
    if (!counts)
        return counts;
    if (Status s = transaction.commit(); !s)
        return s;
    const ApplyCounts &c = counts.value();
    qCInfo(lcApply) << page.resource << "received" << c.received << "applied" << c.applied
                    << "conflicts" << c.conflicts << "held" << c.held << "skipped" << c.skipped
                    << "parked" << c.parked << "failed" << c.failed;
    return counts;
}

Result<ApplyCounts> ApplyEngine::applyPageInTransaction(const PageSource &source,
                                                        const ChangePage &page,
                                                        const std::optional<PolicyOverride> &policies)
{
    if (source.node == m_node.identity().uuid)
        return Status::failure(tr("These changes came from this very node; nothing to apply."));
    if (source.node.isNull())
        return Status::failure(tr("The changes do not say which node sent them."));
    m_contexts.clear(); // the schema may have changed since the last page
    m_resources.clear();
    Result<Context *> ctx = context(page.resource);
    if (!ctx)
        return ctx.status();
    if (Status s = validate(*ctx.value(), page); !s)
        return s;

    // Local edits get their versions first, so an incoming change cannot silently
    // overwrite an edit that was not stamped yet.
    if (Result<int> stamped = ChangeStamper(m_node).stampInTransaction(); !stamped)
        return stamped.status();
    if (Status s = beginApplying(); !s)
        return s;
    QStringList uuids;
    uuids.reserve(page.records.size());
    for (const ChangeRecord &record : page.records)
        uuids.append(record.rowUuid);
    if (Status s = m_metadata->prefetch(page.resource, uuids); !s)
        return s;

    const Policy updatePolicy =
        policies ? policies->updatePolicy : ctx.value()->schema.resource.updatePolicy;
    const Policy conflictPolicy =
        policies ? policies->conflictPolicy : ctx.value()->schema.resource.conflictPolicy;
    ApplyCounts counts;
    counts.received = page.records.size();
    for (const ChangeRecord &record : page.records) {
        QString message;
        Result<Outcome> outcome =
            applyRecord(*ctx.value(), source.node, record, updatePolicy, conflictPolicy, &message);
        if (!outcome)
            return outcome.status();
        tally(counts, outcome.value(), message);
        counts.results.append({record.rowUuid, outcomeName(outcome.value()), message});
    }
    Result<ApplyCounts> unparked = retryParked();
    if (!unparked)
        return unparked.status();
    counts.applied += unparked.value().applied;
    counts.released += unparked.value().applied;
    counts.conflicts += unparked.value().conflicts;
    counts.failed += unparked.value().failed;
    counts.messages.append(unparked.value().messages);

    if (Status s = saveCursor(source.node, page.resource, page.cursor); !s)
        return s;
    if (Status s = finishApplying(); !s)
        return s;
    if (Status s = m_node.saveClock(); !s)
        return s;
    return counts;
}

Result<ApplyEngine::Outcome> ApplyEngine::applyRecord(Context &ctx, const QUuid &source,
                                                      const ChangeRecord &record,
                                                      Policy updatePolicy, Policy conflictPolicy,
                                                      QString *message)
{
    const QString &table = ctx.schema.resource.table;
    const QUuid self = m_node.identity().uuid;
    Result<std::optional<RowState>> existing = m_metadata->get(table, record.rowUuid);
    if (!existing)
        return existing.status();
    const std::optional<RowState> &ours = existing.value();
    m_node.clock().observe(record.version);

    Incoming in;
    in.ours = ours ? ours->version : Version();
    in.theirs = record.version;
    in.relation =
        relate(in.ours, ours ? ours->ancestry : Ancestry(), record.version, record.ancestry);
    in.theirsDeleted = record.deleted;
    in.oursDeleted = ours && ours->deleted;
    const QUuid creator = ours ? ours->origin : record.origin;
    in.weCreated = creator == self;
    in.theyCreated = creator == source;
    const Decision decision =
        decide(in, ctx.schema.resource.strategy, updatePolicy, conflictPolicy);

    const QString rowLabel = table + QLatin1Char(' ') + record.rowUuid;
    switch (decision.action) {
    case Action::Ignore:
        return Outcome::Unchanged;
    case Action::Skip:
        *message = tr("skipped %1: %2").arg(rowLabel, decision.reason);
        return Outcome::Skipped;
    case Action::Hold:
        if (Status s = hold(table, source, in.ours, record); !s)
            return s;
        *message = tr("held %1: %2").arg(rowLabel, decision.reason);
        return Outcome::Held;
    case Action::KeepOurs: {
        // Our version wins and now descends from theirs as well.
        RowState state = *ours;
        state.ancestry =
            Ancestry::resolved(ours->version, ours->ancestry, record.version, record.ancestry);
        if (Status s = m_metadata->put(table, state, ++m_seq); !s)
            return s;
        *message = tr("conflict on %1 kept ours: %2").arg(rowLabel, decision.reason);
        return Outcome::Resolved;
    }
    case Action::Apply:
    case Action::TakeTheirs:
        break;
    }

    const bool usesSavepoint = savepoints();
    Database &db = m_node.database();
    if (usesSavepoint) {
        if (Result<QSqlQuery> q = db.exec(QStringLiteral("SAVEPOINT s15n_record")); !q)
            return q.status();
    }
    QString waitingTable;
    QString waitingUuid;
    Result<bool> written = writeRow(ctx, record, &waitingTable, &waitingUuid);
    if (!written || !written.value()) {
        if (usesSavepoint) {
            if (Result<QSqlQuery> q = db.exec(QStringLiteral("ROLLBACK TO SAVEPOINT s15n_record"));
                !q)
                return q.status();
        }
        if (!written) {
            // Kept aside, so it is not lost when the cursor moves on: retryFailed() tries it
            // again (each round, each import) until it applies or a newer version supersedes it.
            if (Status s = park(table, source, record, table, QLatin1String(kFailedMarker)); !s)
                return s;
            *message = tr("failed %1: %2 (kept; tried again on the next round)")
                           .arg(rowLabel, written.message());
            return Outcome::Failed;
        }
        if (Status s = park(table, source, record, waitingTable, waitingUuid); !s)
            return s;
        if (waitingUuid.isEmpty())
            *message = tr("deletion of %1 waits until no rows refer to it").arg(rowLabel);
        return Outcome::Parked;
    }
    RowState state;
    state.rowUuid = record.rowUuid;
    state.deleted = record.deleted;
    if (decision.action == Action::Apply) {
        state.version = record.version;
        state.ancestry = record.ancestry;
        state.origin = ours ? ours->origin : record.origin;
        state.source = source;
    } else {
        // Their version wins (same version as on their side) and descends from ours too.
        state.version = record.version;
        state.ancestry =
            Ancestry::resolved(record.version, record.ancestry, ours->version, ours->ancestry);
        state.origin = ours->origin;
        state.source = source;
        *message = tr("conflict on %1 took theirs: %2").arg(rowLabel, decision.reason);
    }
    if (Status s = m_metadata->put(table, state, ++m_seq); !s)
        return s;
    if (usesSavepoint) {
        if (Result<QSqlQuery> q = db.exec(QStringLiteral("RELEASE SAVEPOINT s15n_record")); !q)
            return q.status();
    }
    return decision.action == Action::Apply ? Outcome::Applied : Outcome::Resolved;
}

Result<bool> ApplyEngine::writeRow(Context &ctx, const ChangeRecord &record, QString *waitingTable,
                                   QString *waitingUuid)
{
    Database &db = m_node.database();
    const ResourceSchema &schema = ctx.schema;
    const QString t = db.quoted(schema.resource.table);
    const QString u = db.quoted(schema.resource.uuidColumn);
    if (record.deleted) {
        if (!ctx.remove) {
            ctx.remove.emplace(db.sql());
            if (!ctx.remove->prepare(QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(t, u)))
                return Status::failure(ctx.remove->lastError().text());
        }
        ctx.remove->bindValue(0, record.rowUuid);
        if (ctx.remove->exec()) {
            for (const auto &other : std::as_const(m_contexts))
                other->refKeys.clear(); // a key remembered for this row is gone now
            return true;
        }
        const QSqlError error = ctx.remove->lastError();
        if (isReferencedError(db, error)) {
            // Rows still refer to it, typically children whose deletions come in a later
            // page (resources travel parents first): wait for them to go.
            *waitingTable = schema.resource.table;
            waitingUuid->clear();
            return false;
        }
        return Status::failure(error.databaseText());
    }

    QStringList columns;
    QVariantList values;
    for (const Field &field : record.fields) {
        columns.append(field.name);
        if (field.value.type != FieldValue::Type::Reference) {
            const auto column = schema.table.column(field.name);
            values.append(bindable(field.value, column ? column->type : QString()));
            continue;
        }
        const ResourceSchema::Reference ref = schema.references.value(field.name);
        const QString refKey = ref.refTable + QLatin1Char('/') + field.value.value.toString();
        if (const auto known = ctx.refKeys.constFind(refKey); known != ctx.refKeys.constEnd()) {
            values.append(known.value());
            continue;
        }
        auto lookup = ctx.lookups.find(field.name);
        if (lookup == ctx.lookups.end()) {
            QSqlQuery q(db.sql());
            if (!q.prepare(QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                               .arg(db.quoted(ref.refColumn), db.quoted(ref.refTable),
                                    db.quoted(ref.refUuidColumn))))
                return Status::failure(q.lastError().text());
            lookup = ctx.lookups.insert(field.name, q);
        }
        lookup->bindValue(0, field.value.value.toString());
        if (!lookup->exec())
            return Status::failure(lookup->lastError().databaseText());
        if (!lookup->next()) {
            *waitingTable = ref.refTable;
            *waitingUuid = field.value.value.toString();
            return false;
        }
        values.append(lookup->value(0));
        ctx.refKeys.insert(refKey, lookup->value(0));
        lookup->finish();
    }

    // One statement whether the row is new or not: the UUID column has a unique index.
    const QString key = columns.join(QLatin1Char(','));
    auto upsert = ctx.upserts.find(key);
    if (upsert == ctx.upserts.end()) {
        QStringList quotedColumns{u};
        QStringList marks{QStringLiteral("?")};
        QStringList sets;
        for (const QString &c : columns) {
            quotedColumns.append(db.quoted(c));
            marks.append(QStringLiteral("?"));
            sets.append(QStringLiteral("%1 = excluded.%1").arg(db.quoted(c)));
        }
        const QString onConflict =
            sets.isEmpty() ? QStringLiteral("DO NOTHING")
                           : QStringLiteral("DO UPDATE SET ") + sets.join(QStringLiteral(", "));
        QSqlQuery q(db.sql());
        if (!q.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) ON CONFLICT (%4) %5")
                           .arg(t, quotedColumns.join(QStringLiteral(", ")),
                                marks.join(QStringLiteral(", ")), u, onConflict)))
            return Status::failure(q.lastError().text());
        upsert = ctx.upserts.insert(key, q);
    }
    upsert->bindValue(0, record.rowUuid);
    for (int i = 0; i < values.size(); ++i)
        upsert->bindValue(i + 1, values[i]);
    if (!upsert->exec())
        return Status::failure(upsert->lastError().databaseText());
    return true;
}

Status ApplyEngine::park(const QString &table, const QUuid &source, const ChangeRecord &record,
                         const QString &waitingTable, const QString &waitingUuid)
{
    const QByteArray xml = recordToXml(record, table);
    if (xml.isEmpty())
        return Status::failure(tr("Cannot keep row %1 of %2 aside.").arg(record.rowUuid, table));
    Result<QSqlQuery> q = m_node.database().exec(
        QStringLiteral("INSERT INTO s15n_parked (table_name, row_uuid, version, source, record, "
                       "waiting_table, waiting_uuid, received_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (table_name, row_uuid, version) DO NOTHING"),
        {table, record.rowUuid, record.version.toString(), source.toString(QUuid::WithoutBraces),
         xml, waitingTable, waitingUuid.isNull() ? QStringLiteral("") : waitingUuid,
         QDateTime::currentMSecsSinceEpoch()});
    return q ? Status() : q.status();
}

Status ApplyEngine::hold(const QString &table, const QUuid &source, const Version &ours,
                         const ChangeRecord &record)
{
    Result<QSqlQuery> q = m_node.database().exec(
        QStringLiteral("INSERT INTO s15n_conflicts (table_name, row_uuid, local_version, "
                       "remote_version, remote_node, record, received_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?) "
                       "ON CONFLICT (table_name, row_uuid, remote_version) DO NOTHING"),
        {table, record.rowUuid, ours.toString(), record.version.toString(),
         source.toString(QUuid::WithoutBraces), recordToXml(record, table),
         QDateTime::currentMSecsSinceEpoch()});
    return q ? Status() : q.status();
}

Status ApplyEngine::beginApplying()
{
    // Called right after stamping, which (on PostgreSQL under its advisory lock, held until
    // commit) placed every earlier change; this transaction places its own from here on.
    Database &db = m_node.database();
    Result<QVariant> seq =
        db.scalar(QStringLiteral("SELECT value FROM s15n_sequence WHERE name = 'changes'"));
    if (!seq)
        return seq.status();
    m_seq = seq.value().toLongLong();
    m_metadata->clearCache();
    // The engine records its own writes; the capture triggers stand aside meanwhile.
    const QString suppress = db.dialect() == Database::Dialect::Postgresql
                                 ? QStringLiteral("SELECT set_config('s15n.applying', 'on', true)")
                                 : QStringLiteral("INSERT INTO s15n_applying (id) VALUES (1)");
    Result<QSqlQuery> q = db.exec(suppress);
    return q ? Status() : q.status();
}

Status ApplyEngine::finishApplying()
{
    Database &db = m_node.database();
    const QString restore = db.dialect() == Database::Dialect::Postgresql
                                ? QStringLiteral("SELECT set_config('s15n.applying', 'off', true)")
                                : QStringLiteral("DELETE FROM s15n_applying");
    if (Result<QSqlQuery> q = db.exec(restore); !q)
        return q.status();
    m_metadata->clearCache();
    Result<QSqlQuery> q = db.exec(
        QStringLiteral("UPDATE s15n_sequence SET value = ? WHERE name = 'changes'"), {m_seq});
    return q ? Status() : q.status();
}

Status ApplyEngine::saveCursor(const QUuid &peer, const QString &table, qint64 cursor)
{
    Result<QSqlQuery> q = m_node.database().exec(
        QStringLiteral("INSERT INTO s15n_cursors (peer, table_name, seq, updated_at) "
                       "VALUES (?, ?, ?, ?) ON CONFLICT (peer, table_name) DO UPDATE SET "
                       "seq = excluded.seq, updated_at = excluded.updated_at "
                       "WHERE excluded.seq > s15n_cursors.seq"),
        {peer.toString(QUuid::WithoutBraces), table, cursor, QDateTime::currentMSecsSinceEpoch()});
    return q ? Status() : q.status();
}

Result<ApplyCounts> ApplyEngine::retryParked()
{
    ApplyCounts counts;
    for (int pass = 0; pass < kMaxParkedPasses; ++pass) {
        // A row waiting for one that arrived deleted keeps waiting (it would only be parked
        // again, on every page). A deletion waiting for the rows that refer to it (no
        // waiting_uuid) is tried again after every page.
        Result<ApplyCounts> round = reapply(
            QStringLiteral("p.waiting_uuid = '' OR EXISTS (SELECT 1 FROM s15n_rows r WHERE "
                           "r.table_name = p.waiting_table AND r.row_uuid = p.waiting_uuid AND "
                           "NOT r.deleted)"),
            {});
        if (!round)
            return round.status();
        const ApplyCounts &c = round.value();
        counts += c;
        if (c.received == c.parked)
            break; // nothing, or every one parked again: their rows are still missing
    }
    counts.received = 0; // these were counted when they arrived
    return counts;
}

Result<ApplyCounts> ApplyEngine::reapply(const QString &where, const QVariantList &values)
{
    Database &db = m_node.database();
    Result<QSqlQuery> q = db.exec(QStringLiteral("SELECT p.id, p.table_name, p.record, p.source "
                                                 "FROM s15n_parked p WHERE ") +
                                      where + QStringLiteral(" ORDER BY p.id"),
                                  values);
    if (!q)
        return q.status();
    struct Kept
    {
        qint64 id;
        QString table;
        QByteArray record;
        QUuid source;
    };
    QList<Kept> kept;
    while (q.value().next())
        kept.append({q.value().value(0).toLongLong(), q.value().value(1).toString(),
                     q.value().value(2).toByteArray(),
                     QUuid::fromString(q.value().value(3).toString())});
    q.value().finish();
    ApplyCounts counts;
    for (const Kept &k : kept) {
        if (Result<QSqlQuery> del = db.exec(QStringLiteral("DELETE FROM s15n_parked WHERE id = ?"),
                                            {k.id});
            !del)
            return del.status();
        ++counts.received;
        Result<ChangeRecord> record = recordFromXml(k.record);
        Result<Context *> ctx = context(k.table);
        if (!record || !ctx) {
            ++counts.failed;
            note(counts, tr("dropped a row kept aside in %1: %2")
                             .arg(k.table, record ? ctx.message() : record.message()));
            continue;
        }
        // The node's own policies; a record that fails or waits again is set aside again.
        QString message;
        Result<Outcome> outcome = applyRecord(
            *ctx.value(), k.source, record.value(), ctx.value()->schema.resource.updatePolicy,
            ctx.value()->schema.resource.conflictPolicy, &message);
        if (!outcome)
            return outcome.status();
        tally(counts, outcome.value(), message);
    }
    return counts;
}

Result<ApplyCounts> ApplyEngine::retryFailed(const QUuid &source, const QString &table)
{
    QString where = QStringLiteral("p.waiting_uuid = ?");
    QVariantList values{QLatin1String(kFailedMarker)};
    if (!source.isNull()) {
        where += QStringLiteral(" AND p.source = ?");
        values.append(source.toString(QUuid::WithoutBraces));
    }
    if (!table.isEmpty()) {
        where += QStringLiteral(" AND p.table_name = ?");
        values.append(table);
    }
    Result<QVariant> any = m_node.database().scalar(
        QStringLiteral("SELECT COUNT(*) FROM s15n_parked p WHERE ") + where, values);
    if (!any)
        return any.status();
    if (any.value().toLongLong() == 0)
        return ApplyCounts();
    m_contexts.clear();
    m_resources.clear();
    Database &db = m_node.database();
    Transaction transaction(db);
    if (!transaction.status())
        return transaction.status();
    if (Result<int> stamped = ChangeStamper(m_node).stampInTransaction(); !stamped)
        return stamped.status();
    if (Status s = beginApplying(); !s)
        return s;
    Result<ApplyCounts> counts = reapply(where, values);
    if (!counts)
        return counts;
    if (Status s = finishApplying(); !s)
        return s;
    if (Status s = m_node.saveClock(); !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    return counts;
}

Status ApplyEngine::resolveHeld(qint64 conflictId, bool takeTheirs)
{
    Database &db = m_node.database();
    Transaction transaction(db);
    if (!transaction.status())
        return transaction.status();
    if (Result<int> stamped = ChangeStamper(m_node).stampInTransaction(); !stamped)
        return stamped.status();
    if (Status s = beginApplying(); !s)
        return s;
    Result<QSqlQuery> q = db.exec(
        QStringLiteral("SELECT table_name, remote_node, record FROM s15n_conflicts WHERE id = ?"),
        {conflictId});
    if (!q)
        return q.status();
    if (!q.value().next())
        return Status::failure(
            tr("There is no held conflict %1. See 's15n conflicts'.").arg(conflictId));
    const QString table = q.value().value(0).toString();
    const QUuid source = QUuid::fromString(q.value().value(1).toString());
    Result<ChangeRecord> record = recordFromXml(q.value().value(2).toByteArray());
    if (!record)
        return record.status();
    m_contexts.clear();
    m_resources.clear();
    Result<Context *> ctx = context(table);
    if (!ctx)
        return ctx.status();
    // Resolving is the conflict policy chosen by hand: OTHER to take theirs, THIS to keep ours.
    QString message;
    Result<Outcome> outcome =
        applyRecord(*ctx.value(), source, record.value(), ctx.value()->schema.resource.updatePolicy,
                    takeTheirs ? Policy::Other : Policy::This, &message);
    if (!outcome)
        return outcome.status();
    if (outcome.value() == Outcome::Failed || outcome.value() == Outcome::Skipped ||
        outcome.value() == Outcome::Parked)
        return Status::failure(message.isEmpty() ? tr("The conflict could not be resolved.")
                                                 : message);
    if (Result<QSqlQuery> del =
            db.exec(QStringLiteral("DELETE FROM s15n_conflicts WHERE id = ?"), {conflictId});
        !del)
        return del.status();
    if (Status s = finishApplying(); !s)
        return s;
    if (Status s = m_node.saveClock(); !s)
        return s;
    return transaction.commit();
}

} // namespace s15n
