#include "changesinspector.h"

#include "capture/changestamper.h"
#include "capture/resourcestore.h"
#include "capture/rowmetadata.h"
#include "client/remoteclient.h"
#include "client/repositorysetup.h"
#include "protocol/messages.h"
#include "secrets/credentialstore.h"
#include "sync/exporter.h"
#include "sync/pagereader.h"
#include "sync/pagewriter.h"
#include "sync/resourceschema.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLocale>
#include <QLoggingCategory>
#include <QSet>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcChanges, "s15n.changes")

namespace s15n {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::ChangesInspector", text);
}

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

void fillCounts(LogEntry &entry, const ApplyCounts &c)
{
    entry.received = c.received;
    entry.applied = c.applied;
    entry.conflicts = c.conflicts + c.held;
    entry.skipped = c.skipped + c.parked;
    entry.failed = c.failed;
}

LogResult resultOf(const ApplyCounts &c)
{
    return c.failed > 0 || c.held > 0 || c.skipped > 0 || c.parked > 0 ? LogResult::Warning
                                                                       : LogResult::Success;
}

// "uuid: outcome" for each record, for the log.
QString outcomes(const ApplyCounts &c)
{
    QStringList parts;
    for (const RecordResult &r : c.results)
        parts.append(r.message.isEmpty() ? QStringLiteral("%1: %2").arg(r.rowUuid, r.outcome)
                                         : QStringLiteral("%1: %2 (%3)")
                                               .arg(r.rowUuid, r.outcome, r.message));
    return parts.join(QLatin1String("; "));
}

} // namespace

struct ChangesInspector::Session
{
    Repository repository;
    QString remoteName;
    qint64 maxBodyBytes = 0;
    std::unique_ptr<RemoteClient> client;
    QList<ResourceSchema> schemas; // parents first
};

ChangesInspector::ChangesInspector(Node &node, const std::atomic_bool *cancelled)
    : m_node(node), m_cancelled(cancelled), m_log(node.database())
{}

ChangesInspector::~ChangesInspector() = default;

void ChangesInspector::write(const LogEntry &entry)
{
    if (Status s = m_log.write(entry); !s)
        qCWarning(lcChanges) << "cannot write the log:" << s.message();
}

LogEntry ChangesInspector::entry(const Session &session, const QString &table,
                                 const QString &action) const
{
    LogEntry e;
    e.repository = session.repository.name;
    e.peer = session.repository.remoteUuid.isNull() ? QString()
                                                    : uuidText(session.repository.remoteUuid);
    e.resource = table;
    e.action = action;
    return e;
}

Status ChangesInspector::failed(LogEntry entry, const QString &message, bool remote)
{
    entry.result = LogResult::Error;
    entry.remoteError = remote;
    entry.message = message;
    write(entry);
    return Status::failure(message);
}

Result<std::unique_ptr<ChangesInspector::Session>>
ChangesInspector::open(const QString &name, const QStringList &tables, bool pushing,
                       const QString &action)
{
    auto session = std::make_unique<Session>();
    LogEntry e;
    e.repository = name;
    e.action = action;
    e.resource = tables.size() == 1 ? tables.first() : QString();
    Result<Repository> repository = RepositoryStore(m_node.database()).find(name);
    if (!repository)
        return repository.status(); // nothing to log under a name that does not exist
    session->repository = repository.value();
    e.peer = session->repository.remoteUuid.isNull() ? QString()
                                                     : uuidText(session->repository.remoteUuid);
    if (!session->repository.registered || session->repository.remoteUuid.isNull())
        return failed(e, tr("This node is not registered at '%1' yet, so the remote has none of "
                            "its changes to compare with. Run 's15n repo register %1' (or sync "
                            "once).")
                             .arg(name));
    Result<QString> password = RepositorySetup(m_node, m_cancelled).password(name);
    if (!password)
        return failed(e, password.message());
    if (password.value().isEmpty())
        return failed(e, tr("No password is stored for repository '%1' in %2. Store it with "
                            "'s15n repo edit %1 --password'.")
                             .arg(name, CredentialStore::where()));
    Result<RemoteOptions> options =
        RemoteOptions::forRepository(m_node, session->repository, password.value());
    if (!options)
        return failed(e, options.message());
    options.value().transferTimeoutMs = m_transferTimeoutMs;
    options.value().cancelled = m_cancelled;
    session->client = std::make_unique<RemoteClient>(options.value());
    Result<messages::NodeInfo> info = session->client->nodeInfo();
    if (!info) {
        QString message = info.message();
        if (session->client->lastHttpStatus() == 401)
            message += tr(" A new password is stored with 's15n repo edit %1 --password'.")
                           .arg(name);
        return failed(e, message, session->client->lastFailureWasRemote());
    }
    if (info.value().uuid != session->repository.remoteUuid)
        return failed(e, tr("The remote at %1 is node %2, not %3 as repository '%4' says; check "
                            "the URL.")
                             .arg(session->repository.url.toString(), uuidText(info.value().uuid),
                                  uuidText(session->repository.remoteUuid), name));
    session->remoteName = info.value().name;
    session->maxBodyBytes = info.value().maxBodyBytes;

    Result<QList<Resource>> ordered = ResourceStore(m_node).dependencyOrder();
    if (!ordered)
        return failed(e, ordered.message());
    QSet<QString> remoteTables;
    for (const Resource &r : info.value().resources)
        remoteTables.insert(r.table);
    for (const QString &table : tables) {
        const bool local = std::any_of(ordered.value().cbegin(), ordered.value().cend(),
                                       [&](const Resource &r) { return r.table == table; });
        if (!local)
            return failed(e, tr("'%1' is not a resource of this node ('s15n resource list').")
                                 .arg(table));
        if (!remoteTables.contains(table))
            return failed(e, tr("The remote '%1' does not sync '%2'.").arg(name, table));
    }
    for (const Resource &r : ordered.value()) {
        if (tables.isEmpty() ? !remoteTables.contains(r.table) || !r.pushes()
                             : !tables.contains(r.table))
            continue;
        if (pushing && !r.pushes())
            return failed(e, tr("%1 is a pull-only resource here: its changes are not pushed.")
                                 .arg(r.table));
        Result<ResourceSchema> schema = ResourceSchema::load(m_node.database(), r, ordered.value());
        if (!schema)
            return failed(e, schema.message());
        session->schemas.append(schema.value());
    }
    return session;
}

Result<ChangesInspector::Pending> ChangesInspector::readPending(Session &session,
                                                                const ResourceSchema &schema,
                                                                std::optional<qint64> cursor)
{
    const QString table = schema.resource.table;
    Pending pending;
    if (cursor) {
        pending.cursor = *cursor;
    } else {
        Result<qint64> remote = session.client->cursor(table);
        if (!remote)
            return failed(entry(session, table, QStringLiteral("changes")), remote.message(),
                          session.client->lastFailureWasRemote());
        pending.cursor = remote.value();
    }
    if (Result<int> stamped = ChangeStamper(m_node).stamp(); !stamped)
        return stamped.status();
    // Exactly what a push sends (SyncRound::pushResource): Exporter::readPage after the
    // remote's cursor, without the rows whose current version came from that remote.
    Exporter exporter(m_node);
    qint64 since = pending.cursor;
    for (;;) {
        QList<qint64> seqs;
        Result<ChangePage> page = exporter.readPage(schema, since, Exporter::kDefaultPageSize,
                                                    session.repository.remoteUuid, &seqs);
        if (!page)
            return page.status();
        for (qsizetype i = 0; i < page.value().records.size(); ++i)
            pending.changes.append({table, seqs.at(i), page.value().records.at(i)});
        since = page.value().cursor;
        if (!page.value().more)
            break;
    }
    pending.scanned = since;
    return pending;
}

Result<QList<PendingChange>> ChangesInspector::pending(const QString &repository,
                                                       const QStringList &tables)
{
    Result<std::unique_ptr<Session>> session =
        open(repository, tables, true, QStringLiteral("changes"));
    if (!session)
        return session.status();
    QList<PendingChange> all;
    for (const ResourceSchema &schema : session.value()->schemas) {
        Result<Pending> pending = readPending(*session.value(), schema);
        if (!pending)
            return pending.status();
        all.append(pending.value().changes);
    }
    return all;
}

Result<RepositoryChanges> ChangesInspector::compare(const QString &repository,
                                                    const QStringList &tables)
{
    Result<std::unique_ptr<Session>> opened =
        open(repository, tables, true, QStringLiteral("changes"));
    if (!opened)
        return opened.status();
    Session &session = *opened.value();
    RepositoryChanges result;
    result.repository = repository;
    for (const ResourceSchema &schema : session.schemas) {
        const QString table = schema.resource.table;
        result.tables.append(table);
        Result<Pending> pending = readPending(session, schema);
        if (!pending)
            return pending.status();
        if (pending.value().changes.isEmpty())
            continue;
        QStringList uuids;
        for (const PendingChange &c : pending.value().changes)
            uuids.append(c.ours.rowUuid);
        Result<ChangePage> theirs = session.client->rows(table, uuids);
        if (!theirs)
            return failed(entry(session, table, QStringLiteral("changes")), theirs.message(),
                          session.client->lastFailureWasRemote());
        QHash<QString, ChangeRecord> byUuid;
        for (const ChangeRecord &r : theirs.value().records)
            byUuid.insert(r.rowUuid, r);
        for (const PendingChange &c : pending.value().changes) {
            ComparedChange compared;
            compared.change = c;
            if (const auto it = byUuid.constFind(c.ours.rowUuid); it != byUuid.constEnd()) {
                compared.theirs = it.value();
                compared.relation = relate(c.ours.version, c.ours.ancestry, it->version,
                                           it->ancestry);
            }
            compared.fields = compareFields(&c.ours, compared.theirs ? &*compared.theirs : nullptr);
            switch (compared.relation) {
            case Relation::New:
            case Relation::Ancestor:
                result.withoutConflict.append(compared);
                break;
            case Relation::Conflict:
                result.withConflict.append(compared);
                break;
            case Relation::Same:
            case Relation::Descendant:
                result.alreadyThere.append(compared);
                break;
            }
        }
    }
    return result;
}

Result<QList<HeldConflict>> ChangesInspector::held(const QString &repository,
                                                   const QStringList &tables)
{
    RepositoryStore repositories(m_node.database());
    QUuid remote;
    if (!repository.isEmpty()) {
        Result<Repository> found = repositories.find(repository);
        if (!found)
            return found.status();
        remote = found.value().remoteUuid;
        if (remote.isNull())
            return QList<HeldConflict>();
    }
    // The same rows `s15n conflicts` lists.
    Result<QSqlQuery> q = m_node.database().exec(
        QStringLiteral("SELECT id, table_name, row_uuid, remote_node, received_at, record "
                       "FROM s15n_conflicts ORDER BY id"));
    if (!q)
        return q.status();
    QList<HeldConflict> list;
    while (q.value().next()) {
        HeldConflict c;
        c.id = q.value().value(0).toLongLong();
        c.table = q.value().value(1).toString();
        c.rowUuid = q.value().value(2).toString();
        c.remoteNode = QUuid::fromString(q.value().value(3).toString());
        c.receivedAt = QDateTime::fromMSecsSinceEpoch(q.value().value(4).toLongLong(), Qt::UTC);
        if ((!remote.isNull() && c.remoteNode != remote) ||
            (!tables.isEmpty() && !tables.contains(c.table)))
            continue;
        Result<ChangeRecord> theirs = recordFromXml(q.value().value(5).toByteArray());
        if (!theirs)
            return Status::failure(
                tr("Held conflict %1 cannot be read: %2").arg(c.id).arg(theirs.message()));
        c.theirs = theirs.value();
        list.append(c);
    }
    q.value().finish();

    ResourceStore store(m_node);
    Result<QList<Resource>> all = store.list();
    if (!all)
        return all.status();
    if (Result<int> stamped = ChangeStamper(m_node).stamp(); !stamped)
        return stamped.status();
    Exporter exporter(m_node);
    for (HeldConflict &c : list) {
        if (Result<std::optional<Repository>> r = repositories.findByRemote(c.remoteNode);
            r && r.value())
            c.repository = r.value()->name;
        const auto resource = std::find_if(all.value().cbegin(), all.value().cend(),
                                           [&](const Resource &r) { return r.table == c.table; });
        if (resource != all.value().cend()) {
            Result<ResourceSchema> schema =
                ResourceSchema::load(m_node.database(), *resource, all.value());
            if (!schema)
                return schema.status();
            Result<QList<ChangeRecord>> ours = exporter.readRows(schema.value(), {c.rowUuid});
            if (!ours)
                return ours.status();
            if (!ours.value().isEmpty())
                c.ours = ours.value().first();
        }
        c.fields = compareFields(c.ours ? &*c.ours : nullptr, &c.theirs);
    }
    return list;
}

Status ChangesInspector::checkUuids(const QStringList &rowUuids) const
{
    if (rowUuids.isEmpty())
        return Status::failure(tr("Name at least one row (its UUID)."));
    if (rowUuids.size() > messages::kMaxRowsPerRequest)
        return Status::failure(
            tr("At most %1 rows can be named at a time.").arg(messages::kMaxRowsPerRequest));
    for (const QString &uuid : rowUuids) {
        if (!pagexml::uuidFromString(uuid))
            return Status::failure(
                tr("'%1' is not a row UUID (lower-case, without braces).").arg(uuid));
    }
    return Status();
}

Status ChangesInspector::makeOursDescend(const QString &table, const QList<ChangeRecord> &ours,
                                         const QHash<QString, ChangeRecord> &theirs)
{
    // Like the apply engine's KeepOurs: our version stays and now descends from theirs too,
    // with a new place in the change sequence.
    Database &db = m_node.database();
    Transaction transaction(db);
    if (!transaction.status())
        return transaction.status();
    if (Result<int> stamped = ChangeStamper(m_node).stampInTransaction(); !stamped)
        return stamped.status();
    Result<QVariant> seq =
        db.scalar(QStringLiteral("SELECT value FROM s15n_sequence WHERE name = 'changes'"));
    if (!seq)
        return seq.status();
    qint64 next = seq.value().toLongLong();
    RowMetadata metadata(db);
    for (const ChangeRecord &record : ours) {
        const ChangeRecord &other = theirs.value(record.rowUuid);
        Result<std::optional<RowState>> state = metadata.get(table, record.rowUuid);
        if (!state)
            return state.status();
        if (!state.value() || state.value()->version != record.version)
            return Status::failure(tr("Row %1 of %2 changed meanwhile; nothing was pushed. Look "
                                      "at the changes again.")
                                       .arg(record.rowUuid, table));
        RowState changed = *state.value();
        changed.ancestry =
            Ancestry::resolved(changed.version, changed.ancestry, other.version, other.ancestry);
        m_node.clock().observe(other.version);
        if (Status s = metadata.put(table, changed, ++next); !s)
            return s;
    }
    if (Result<QSqlQuery> q = db.exec(
            QStringLiteral("UPDATE s15n_sequence SET value = ? WHERE name = 'changes'"), {next});
        !q)
        return q.status();
    if (Status s = m_node.saveClock(); !s)
        return s;
    return transaction.commit();
}

Result<ItemsResult> ChangesInspector::push(const QString &repository, const QString &table,
                                           const QStringList &rowUuids, bool oursWins)
{
    QElapsedTimer timer;
    timer.start();
    if (Status s = checkUuids(rowUuids); !s)
        return s;
    const QString action = oursWins ? QStringLiteral("push ours") : QStringLiteral("push item");
    Result<std::unique_ptr<Session>> opened = open(repository, {table}, true, action);
    if (!opened)
        return opened.status();
    Session &session = *opened.value();
    const ResourceSchema &schema = session.schemas.first();
    LogEntry e = entry(session, table, action);
    e.mode = QStringLiteral("push");
    e.direction = QStringLiteral("outgoing");

    Result<Pending> pending = readPending(session, schema);
    if (!pending)
        return pending.status();
    const QSet<QString> wanted(rowUuids.cbegin(), rowUuids.cend());
    QSet<QString> found;
    for (const PendingChange &c : pending.value().changes) {
        if (wanted.contains(c.ours.rowUuid))
            found.insert(c.ours.rowUuid);
    }
    for (const QString &uuid : rowUuids) {
        if (!found.contains(uuid))
            return failed(e, tr("Row %1 of %2 has no change waiting to be pushed to '%3' ('s15n "
                                "changes %3' lists them); nothing was pushed.")
                                 .arg(uuid, table, repository));
    }

    if (oursWins) {
        Result<ChangePage> theirs = session.client->rows(table, rowUuids);
        if (!theirs)
            return failed(e, theirs.message(), session.client->lastFailureWasRemote());
        QHash<QString, ChangeRecord> byUuid;
        for (const ChangeRecord &r : theirs.value().records)
            byUuid.insert(r.rowUuid, r);
        QList<ChangeRecord> behind; // ours, where the remote holds a version we do not descend from
        for (const PendingChange &c : pending.value().changes) {
            const auto it = byUuid.constFind(c.ours.rowUuid);
            if (!wanted.contains(c.ours.rowUuid) || it == byUuid.constEnd())
                continue;
            const Relation relation =
                relate(c.ours.version, c.ours.ancestry, it->version, it->ancestry);
            if (relation == Relation::Conflict || relation == Relation::Descendant)
                behind.append(c.ours);
        }
        if (!behind.isEmpty()) {
            if (Status s = makeOursDescend(table, behind, byUuid); !s)
                return failed(e, s.message());
            // Those rows have new places in the sequence now.
            pending = readPending(session, schema, pending.value().cursor);
            if (!pending)
                return pending.status();
        }
    }

    // The remote's cursor may move up to the first pending row that is not pushed now.
    ChangePage page;
    page.resource = table;
    page.since = pending.value().cursor;
    page.cursor = pending.value().scanned;
    for (const PendingChange &c : pending.value().changes) {
        if (wanted.contains(c.ours.rowUuid)) {
            page.records.append(c.ours);
        } else if (page.cursor == pending.value().scanned) {
            page.cursor = c.seq - 1;
        }
    }
    page.cursor = qMax(page.cursor, page.since);
    QByteArray document;
    QBuffer buffer(&document);
    buffer.open(QIODevice::WriteOnly);
    PageWriter writer(&buffer);
    writer.startDocument(PageSource{m_node.identity().uuid, m_node.identity().name});
    writer.writePage(page);
    writer.endDocument();
    if (writer.hasError())
        return failed(e, writer.errorString());
    if (session.maxBodyBytes > 0 && document.size() > session.maxBodyBytes - 64 * 1024)
        return failed(e, tr("These rows are %1 KiB as XML, more than the remote accepts (%2 KiB); "
                            "push fewer at a time.")
                             .arg(document.size() / 1024)
                             .arg(session.maxBodyBytes / 1024));
    // "Overwrite the other side anyway": THIS (keep mine) for both, which the remote applies
    // as OTHER (take the pusher's), unless it has settings of its own for this node.
    const Policy update = oursWins ? Policy::This : schema.resource.updatePolicy;
    const Policy conflict = oursWins ? Policy::This : schema.resource.conflictPolicy;
    Result<messages::PushResult> result = session.client->push(table, document, update, conflict);
    if (!result)
        return failed(e, result.message(), session.client->lastFailureWasRemote());
    ItemsResult items;
    items.repository = repository;
    items.table = table;
    items.counts = result.value().counts;
    fillCounts(e, items.counts);
    e.result = resultOf(items.counts);
    e.remoteError = items.counts.failed > 0;
    e.message = tr("Pushed %1 rows of %2 (cursor %3 to %4): %5")
                    .arg(page.records.size())
                    .arg(table)
                    .arg(page.since)
                    .arg(page.cursor)
                    .arg(outcomes(items.counts));
    e.durationMs = timer.elapsed();
    write(e);
    return items;
}

Result<ItemsResult> ChangesInspector::takeTheirs(const QString &repository, const QString &table,
                                                 const QStringList &rowUuids)
{
    QElapsedTimer timer;
    timer.start();
    if (Status s = checkUuids(rowUuids); !s)
        return s;
    const QString action = QStringLiteral("take theirs");
    Result<std::unique_ptr<Session>> opened = open(repository, {table}, false, action);
    if (!opened)
        return opened.status();
    Session &session = *opened.value();
    LogEntry e = entry(session, table, action);
    e.mode = QStringLiteral("pull");
    e.direction = QStringLiteral("incoming");

    Result<ChangePage> theirs = session.client->rows(table, rowUuids);
    if (!theirs)
        return failed(e, theirs.message(), session.client->lastFailureWasRemote());
    QHash<QString, ChangeRecord> byUuid;
    for (const ChangeRecord &r : theirs.value().records)
        byUuid.insert(r.rowUuid, r);
    if (Result<int> stamped = ChangeStamper(m_node).stamp(); !stamped)
        return failed(e, stamped.message());
    Result<QList<ChangeRecord>> ours =
        Exporter(m_node).readRows(session.schemas.first(), rowUuids);
    if (!ours)
        return failed(e, ours.message());
    QHash<QString, ChangeRecord> oursByUuid;
    for (const ChangeRecord &r : ours.value())
        oursByUuid.insert(r.rowUuid, r);
    ChangePage page;
    page.resource = table; // since and cursor 0: the pull cursor does not move
    for (const QString &uuid : rowUuids) {
        const auto it = byUuid.constFind(uuid);
        if (it == byUuid.constEnd())
            return failed(e, tr("The remote '%1' has no row %2 in %3; nothing was changed.")
                                 .arg(repository, uuid, table));
        if (const auto mine = oursByUuid.constFind(uuid); mine != oursByUuid.constEnd()) {
            const Relation relation =
                relate(mine->version, mine->ancestry, it->version, it->ancestry);
            if (relation == Relation::Same || relation == Relation::Ancestor)
                return failed(
                    e, tr("Row %1 of %2 is not in conflict: this node's version already "
                          "includes the remote's, so there is nothing of theirs to take (push "
                          "it instead). Nothing was changed.")
                           .arg(uuid, table));
        }
        page.records.append(it.value());
    }
    ApplyEngine engine(m_node);
    Result<ApplyCounts> counts =
        engine.applyPage(PageSource{session.repository.remoteUuid, session.remoteName}, page,
                         PolicyOverride{Policy::Other, Policy::Other});
    if (!counts)
        return failed(e, tr("The rows were not taken: %1").arg(counts.message()));
    ItemsResult items;
    items.repository = repository;
    items.table = table;
    items.counts = counts.value();
    fillCounts(e, items.counts);
    e.result = resultOf(items.counts);
    e.message = tr("Took the remote's version of %1 rows of %2: %3")
                    .arg(page.records.size())
                    .arg(table)
                    .arg(outcomes(items.counts));
    e.durationMs = timer.elapsed();
    write(e);
    return items;
}

Status ChangesInspector::resolveHeld(qint64 conflictId, bool takeTheirs)
{
    LogEntry e;
    e.action = takeTheirs ? QStringLiteral("resolve theirs") : QStringLiteral("resolve ours");
    Result<QSqlQuery> q = m_node.database().exec(
        QStringLiteral("SELECT table_name, row_uuid, remote_node FROM s15n_conflicts WHERE id = ?"),
        {conflictId});
    if (!q)
        return q.status();
    if (!q.value().next())
        return Status::failure(
            tr("There is no held conflict %1. See 's15n conflicts'.").arg(conflictId));
    e.resource = q.value().value(0).toString();
    const QString row = q.value().value(1).toString();
    e.peer = q.value().value(2).toString();
    q.value().finish();
    if (Result<std::optional<Repository>> r =
            RepositoryStore(m_node.database()).findByRemote(QUuid::fromString(e.peer));
        r && r.value())
        e.repository = r.value()->name;
    if (Status s = ApplyEngine(m_node).resolveHeld(conflictId, takeTheirs); !s)
        return failed(e, s.message());
    e.message = takeTheirs ? tr("Held conflict %1 on row %2 of %3: took theirs.")
                                 .arg(conflictId)
                                 .arg(row, e.resource)
                           : tr("Held conflict %1 on row %2 of %3: kept ours.")
                                 .arg(conflictId)
                                 .arg(row, e.resource);
    write(e);
    return Status();
}

QList<FieldComparison> ChangesInspector::compareFields(const ChangeRecord *ours,
                                                       const ChangeRecord *theirs)
{
    QList<FieldComparison> fields;
    auto at = [&fields](const QString &name) -> FieldComparison & {
        for (FieldComparison &f : fields) {
            if (f.name == name)
                return f;
        }
        fields.append(FieldComparison{name, std::nullopt, std::nullopt});
        return fields.last();
    };
    if (ours) {
        for (const Field &f : ours->fields)
            at(f.name).ours = f.value;
    }
    if (theirs) {
        for (const Field &f : theirs->fields)
            at(f.name).theirs = f.value;
    }
    return fields;
}

QString ChangesInspector::displayText(const FieldValue &value)
{
    switch (value.type) {
    case FieldValue::Type::Null:
        return QStringLiteral("NULL");
    case FieldValue::Type::Integer:
        return QString::number(value.value.toLongLong());
    case FieldValue::Type::Real:
        return QString::number(value.value.toDouble(), 'g', QLocale::FloatingPointShortest);
    case FieldValue::Type::Text:
    case FieldValue::Type::Reference:
        return value.value.toString();
    case FieldValue::Type::Blob:
        return QString::fromLatin1(value.value.toByteArray().toBase64());
    case FieldValue::Type::Boolean:
        return value.value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    }
    return QString();
}

} // namespace s15n
