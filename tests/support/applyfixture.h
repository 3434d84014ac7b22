#pragma once

// Shared by the apply engine tests: a node with a small schema of resources, change records
// and pages made by hand, and the state to compare before and after applying.

#include "capture/changestamper.h"
#include "capture/resourcestore.h"
#include "capture/rowmetadata.h"
#include "nodefixture.h"
#include "sync/applyengine.h"
#include "sync/exporter.h"
#include "sync/resourceschema.h"

#include <QDateTime>
#include <QSqlRecord>

#include <cstring>
#include <optional>

namespace s15n::test {

// The peer every hand-made page comes from.
inline const QUuid kPeer = QUuid::fromString(u"{bbbbbbbb-0000-4000-8000-00000000000b}");
inline const PageSource kFromPeer{kPeer, QStringLiteral("peer")};

inline QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

inline Field text(const QString &name, const QString &value)
{
    return Field{name, FieldValue{FieldValue::Type::Text, value, QString()}};
}

inline Field integer(const QString &name, qint64 value)
{
    return Field{name, FieldValue{FieldValue::Type::Integer, value, QString()}};
}

inline Field reference(const QString &name, const QString &table, const QString &uuid)
{
    return Field{name, FieldValue{FieldValue::Type::Reference, uuid, table}};
}

inline Version peerVersion(qint64 offsetMillis = 0)
{
    return Version{QDateTime::currentMSecsSinceEpoch() + offsetMillis, 0, kPeer};
}

inline ChangeRecord record(const QString &uuid, const Version &version, const QList<Field> &fields,
                           const Ancestry &ancestry = {}, const QUuid &origin = kPeer)
{
    ChangeRecord r;
    r.rowUuid = uuid;
    r.version = version;
    r.ancestry = ancestry;
    r.origin = origin;
    r.fields = fields;
    return r;
}

inline ChangeRecord tombstone(const QString &uuid, const Version &version, const Ancestry &ancestry,
                              const QUuid &origin = kPeer)
{
    ChangeRecord r = record(uuid, version, {}, ancestry, origin);
    r.deleted = true;
    return r;
}

inline ChangePage page(const QString &resource, const QList<ChangeRecord> &records,
                       qint64 cursor = 1)
{
    ChangePage p;
    p.resource = resource;
    p.since = cursor - 1;
    p.cursor = cursor;
    p.records = records;
    return p;
}

// A node named `name` on `backend` (files in `dir`) with the test schema: items, parent,
// child (refers to parent), category (refers to itself) are resources; notes is not.
inline std::unique_ptr<Node> makeApplyNode(Backend backend, const QString &dir, const QString &name)
{
    Result<DatabaseLocation> location = freshLocation(backend, dir);
    if (!S15N_OK(location))
        return nullptr;
    Result<std::unique_ptr<Node>> made = Node::create(location.value(), name, 0);
    if (!S15N_OK(made))
        return nullptr;
    std::unique_ptr<Node> node = std::move(made.value());
    const Database &db = node->database();
    const QString key = autoKey(db.dialect());
    const QStringList ddl{
        QStringLiteral("CREATE TABLE items (id %1, uuid TEXT, name TEXT NOT NULL, qty INTEGER, "
                       "code TEXT UNIQUE, flag BOOLEAN)"),
        QStringLiteral("CREATE TABLE parent (id %1, uuid TEXT, name TEXT)"),
        QStringLiteral("CREATE TABLE child (id %1, uuid TEXT, name TEXT, "
                       "parent_id INTEGER REFERENCES parent (id))"),
        QStringLiteral("CREATE TABLE category (id %1, uuid TEXT, name TEXT, "
                       "parent_id INTEGER REFERENCES category (id))"),
        QStringLiteral("CREATE TABLE notes (id %1, uuid TEXT, body TEXT)")};
    for (const QString &statement : ddl) {
        if (!S15N_OK(run(db, statement.arg(key))))
            return nullptr;
    }
    for (const char *table : {"items", "parent", "child", "category"}) {
        Resource r;
        r.table = QString::fromLatin1(table);
        if (!S15N_OK(ResourceStore(*node).add(r)))
            return nullptr;
    }
    return node;
}

// Everything applying could change, as text (timestamps left out). Without cursors:
// the data and what s15n knows of it.
inline QStringList snapshot(Node &node, bool cursors = true)
{
    QStringList lines;
    for (const char *statement :
         {"SELECT uuid, name, qty, code, flag FROM items ORDER BY uuid",
          "SELECT uuid, name, parent_id FROM child ORDER BY uuid",
          "SELECT uuid, name FROM parent ORDER BY uuid",
          "SELECT table_name, row_uuid, version, ancestry, origin, source, deleted, seq "
          "FROM s15n_rows ORDER BY table_name, row_uuid",
          "SELECT peer, table_name, seq FROM s15n_cursors ORDER BY peer, table_name",
          "SELECT table_name, row_uuid, version FROM s15n_parked ORDER BY id",
          "SELECT table_name, row_uuid, remote_version FROM s15n_conflicts ORDER BY id",
          "SELECT COUNT(*) FROM s15n_changes", "SELECT value FROM s15n_sequence"}) {
        if (!cursors && std::strstr(statement, "s15n_cursors"))
            continue;
        Result<QSqlQuery> q = node.database().exec(QString::fromLatin1(statement));
        if (!S15N_OK(q))
            return {};
        lines.append(QString::fromLatin1(statement).section(QLatin1Char(' '), -4));
        while (q.value().next()) {
            QStringList values;
            for (int i = 0; i < q.value().record().count(); ++i)
                values.append(q.value().value(i).toString());
            lines.append(values.join(QLatin1Char('|')));
        }
    }
    return lines;
}

// The name of the items row `uuid`.
inline QString nameOf(Node &node, const QString &uuid)
{
    return value(node.database(), QStringLiteral("SELECT name FROM items WHERE uuid = ?"), {uuid})
        .toString();
}

// What s15n knows of a row.
inline std::optional<RowState> rowState(Node &node, const QString &table, const QString &uuid)
{
    Result<std::optional<RowState>> s = RowMetadata(node.database()).get(table, uuid);
    if (!S15N_OK(s))
        return std::nullopt;
    return s.value();
}

inline Status setPolicies(Node &node, const QString &table, Policy update, Policy conflict,
                          const QString &strategy = QStringLiteral("create,update,delete"))
{
    Resource r;
    r.table = table;
    r.updatePolicy = update;
    r.conflictPolicy = conflict;
    r.strategy = *Strategy::fromString(strategy);
    return ResourceStore(node).edit(r);
}

// Sends `from`'s changes of items after `*cursor` to `to` (two rows a page), as a sync round
// would; the pages sent are added to `pages` when given.
inline Result<ApplyCounts> exchange(Node &from, Node &to, qint64 *cursor,
                                    QList<ChangePage> *pages = nullptr)
{
    if (Result<int> stamped = ChangeStamper(from).stamp(); !stamped)
        return stamped.status();
    ResourceStore store(from);
    Result<Resource> resource = store.find(QStringLiteral("items"));
    Result<QList<Resource>> all = store.list();
    if (!resource || !all)
        return resource ? all.status() : resource.status();
    Result<ResourceSchema> schema =
        ResourceSchema::load(from.database(), resource.value(), all.value());
    if (!schema)
        return schema.status();
    ApplyCounts total;
    ApplyEngine engine(to);
    for (;;) {
        Result<ChangePage> p =
            Exporter(from).readPage(schema.value(), *cursor, 2, to.identity().uuid);
        if (!p)
            return p.status();
        if (pages)
            pages->append(p.value());
        Result<ApplyCounts> counts =
            engine.applyPage(PageSource{from.identity().uuid, from.identity().name}, p.value());
        if (!counts)
            return counts;
        total += counts.value();
        *cursor = p.value().cursor;
        if (!p.value().more)
            return total;
    }
}

} // namespace s15n::test
