#include "childstore.h"

#include "server/accountstore.h"
#include "storage/schemacatalogue.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>

Q_LOGGING_CATEGORY(lcChildren, "s15n.children")

namespace s15n {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::ChildStore", text);
}

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

QString noSuchChild(const QString &nickname)
{
    return tr("There is no child named '%1' here; 's15n child list' shows the children.")
        .arg(nickname);
}

QStringList sortedUnique(QStringList tables)
{
    tables.sort();
    tables.removeDuplicates();
    return tables;
}

// A null QString would be bound as NULL.
QString notNull(const QString &text)
{
    return text.isNull() ? QStringLiteral("") : text;
}

QVariant uuidValue(const QUuid &uuid)
{
    return uuid.isNull() ? QVariant(QMetaType::fromType<QString>()) : QVariant(uuidText(uuid));
}

const char kChildColumns[] =
    "SELECT c.nickname, c.child_uuid, c.username, c.note, c.created_at, p.last_seen_at "
    "FROM s15n_children c LEFT JOIN s15n_peers p ON p.uuid = c.child_uuid";

Child childFrom(const QSqlQuery &q)
{
    Child child;
    child.nickname = q.value(0).toString();
    child.uuid = QUuid::fromString(q.value(1).toString());
    child.username = q.value(2).toString();
    child.note = q.value(3).toString();
    child.createdAt = QDateTime::fromString(q.value(4).toString(), Qt::ISODate);
    child.createdAt.setTimeSpec(Qt::UTC);
    if (!q.value(5).isNull()) {
        child.lastContact = QDateTime::fromString(q.value(5).toString(), Qt::ISODateWithMs);
        child.lastContact.setTimeSpec(Qt::UTC);
    }
    return child;
}

} // namespace

// --- Exclusions --------------------------------------------------------------------------------

bool Exclusions::excludes(const QString &table) const
{
    return isChild() && (own.contains(table) || global.contains(table));
}

QStringList Exclusions::tables() const
{
    return isChild() ? sortedUnique(own + global) : QStringList();
}

QString Exclusions::reason(const QString &table) const
{
    const bool byChild = own.contains(table);
    const bool byAll = global.contains(table);
    if (byChild && byAll)
        return tr("Table '%1' is not sent to child '%2': remove it from the child's exclusions "
                  "('s15n child edit %3 --allow %1') and from the global exclusions ('s15n child "
                  "exclusions --remove %1') on the parent.")
            .arg(table, nickname, ChildStore::shellWord(nickname));
    if (byChild)
        return tr("Table '%1' is not sent to child '%2': remove it from the child's exclusions "
                  "on the parent ('s15n child edit %3 --allow %1').")
            .arg(table, nickname, ChildStore::shellWord(nickname));
    return tr("Table '%1' is not sent to any child, so not to child '%2' either: remove it "
              "from the global exclusions on the parent ('s15n child exclusions --remove %1').")
        .arg(table, nickname);
}

// --- checks ------------------------------------------------------------------------------------

Status ChildStore::checkNickname(const QString &nickname)
{
    if (nickname.trimmed().isEmpty())
        return Status::failure(tr("The child's nickname is empty."));
    if (nickname.size() > kMaxNicknameLength)
        return Status::failure(tr("The nickname '%1' is longer than %2 characters.")
                                   .arg(nickname)
                                   .arg(kMaxNicknameLength));
    if (nickname != nickname.trimmed())
        return Status::failure(
            tr("The nickname '%1' starts or ends with a space; leave them out.").arg(nickname));
    static const QRegularExpression refused(QStringLiteral("[\\x00-\\x1f\\x7f'\"`\\\\$]"));
    if (refused.match(nickname).hasMatch())
        return Status::failure(tr("The nickname '%1' may not hold quotes, backslashes, '$' or "
                                  "control characters.")
                                   .arg(nickname));
    return Status();
}

QString ChildStore::shellWord(const QString &nickname)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9._@-]+$"));
    return plain.match(nickname).hasMatch() ? nickname
                                            : QLatin1Char('"') + nickname + QLatin1Char('"');
}

Result<QUuid> ChildStore::parseUuid(const QString &text)
{
    const QUuid uuid = QUuid::fromString(text.trimmed());
    if (uuid.isNull())
        return Status::failure(tr("'%1' is not a node UUID (one looks like "
                                  "6f1c2a4e-8b3d-4c5f-9a7e-1d2b3c4d5e6f; 's15n info' on the "
                                  "child shows it).")
                                   .arg(text));
    return uuid;
}

Status ChildStore::checkTables(const QStringList &tables) const
{
    if (tables.isEmpty())
        return Status();
    Result<QStringList> catalogue = SchemaCatalogue(m_db).tables();
    if (!catalogue)
        return Status::failure(
            tr("Cannot read the database's tables: %1").arg(catalogue.message()));
    for (const QString &table : tables) {
        if (table.startsWith(QLatin1String("s15n_")))
            return Status::failure(tr("'%1' is one of s15n's own tables, which are never sent to "
                                      "any node; there is nothing to exclude.")
                                       .arg(table));
        if (!catalogue.value().contains(table))
            return Status::failure(tr("There is no table '%1' in this node's database "
                                      "('s15n resource list' shows the synced tables). Nothing "
                                      "was changed.")
                                       .arg(table));
    }
    return Status();
}

Status ChildStore::checkUuidFree(const QUuid &uuid, const QString &nickname,
                                 const QString &username) const
{
    Result<QVariant> own =
        m_db.scalar(QStringLiteral("SELECT value FROM s15n_node WHERE key = 'uuid'"));
    if (!own)
        return own.status();
    if (QUuid::fromString(own.value().toString()) == uuid)
        return Status::failure(
            tr("%1 is this node's own UUID; give the UUID of the child ('s15n info' on the child "
               "shows it).")
                .arg(uuidText(uuid)));
    Result<std::optional<Child>> other = findByUuid(uuid);
    if (!other)
        return other.status();
    if (other.value() && other.value()->nickname != nickname)
        return Status::failure(tr("Node %1 is child '%2' here already; one node is one child.")
                                   .arg(uuidText(uuid), other.value()->nickname));
    Result<QSqlQuery> peer = m_db.exec(
        QStringLiteral("SELECT username, name FROM s15n_peers WHERE uuid = ?"), {uuidText(uuid)});
    if (!peer)
        return peer.status();
    if (peer.value().next() && peer.value().value(0).toString() != username)
        return Status::failure(
            tr("Node %1 ('%2') is registered here with the account '%3'. A child logs in with "
               "its own account: remove that registration first ('s15n peer remove %1'), then "
               "the node registers again with the child's account.")
                .arg(uuidText(uuid), peer.value().value(1).toString(),
                     peer.value().value(0).toString()));
    return Status();
}

// --- reading -----------------------------------------------------------------------------------

Result<QStringList> ChildStore::childExclusions(const QString &nickname) const
{
    Result<QSqlQuery> q = m_db.exec(QStringLiteral("SELECT table_name FROM s15n_child_exclusions "
                                                   "WHERE nickname = ? ORDER BY table_name"),
                                    {nickname});
    if (!q)
        return Status::failure(tr("Cannot read the children: %1").arg(q.message()));
    QStringList tables;
    while (q.value().next())
        tables.append(q.value().value(0).toString());
    return tables;
}

Result<std::optional<Child>> ChildStore::findWhere(const char *condition,
                                                   const QVariant &value) const
{
    Result<QSqlQuery> q = m_db.exec(QLatin1String(kChildColumns) + QStringLiteral(" WHERE ") +
                                        QLatin1String(condition),
                                    {value});
    if (!q)
        return Status::failure(tr("Cannot read the children: %1").arg(q.message()));
    if (!q.value().next())
        return std::optional<Child>();
    Child child = childFrom(q.value());
    Result<QStringList> tables = childExclusions(child.nickname);
    if (!tables)
        return tables.status();
    child.excludedTables = tables.value();
    return std::optional<Child>(child);
}

Result<std::optional<Child>> ChildStore::findByNickname(const QString &nickname) const
{
    return findWhere("c.nickname = ?", nickname);
}

Result<std::optional<Child>> ChildStore::findByUsername(const QString &username) const
{
    return findWhere("c.username = ?", username);
}

Result<std::optional<Child>> ChildStore::findByUuid(const QUuid &uuid) const
{
    if (uuid.isNull())
        return std::optional<Child>();
    return findWhere("c.child_uuid = ?", uuidText(uuid));
}

Result<QList<Child>> ChildStore::list() const
{
    Result<QSqlQuery> q =
        m_db.exec(QLatin1String(kChildColumns) + QStringLiteral(" ORDER BY c.nickname"));
    if (!q)
        return Status::failure(tr("Cannot read the children: %1").arg(q.message()));
    QList<Child> children;
    while (q.value().next())
        children.append(childFrom(q.value()));
    Result<QSqlQuery> tables = m_db.exec(QStringLiteral(
        "SELECT nickname, table_name FROM s15n_child_exclusions ORDER BY nickname, table_name"));
    if (!tables)
        return Status::failure(tr("Cannot read the children: %1").arg(tables.message()));
    QHash<QString, QStringList> excluded;
    while (tables.value().next())
        excluded[tables.value().value(0).toString()].append(tables.value().value(1).toString());
    for (Child &child : children)
        child.excludedTables = excluded.value(child.nickname);
    return children;
}

Result<QStringList> ChildStore::globalExclusions() const
{
    Result<QSqlQuery> q =
        m_db.exec(QStringLiteral("SELECT table_name FROM s15n_exclusions ORDER BY table_name"));
    if (!q)
        return Status::failure(tr("Cannot read the global exclusions: %1").arg(q.message()));
    QStringList tables;
    while (q.value().next())
        tables.append(q.value().value(0).toString());
    return tables;
}

Result<Exclusions> ChildStore::exclusionsFor(const QString &username, const QUuid &node) const
{
    Exclusions exclusions;
    Result<std::optional<Child>> byAccount =
        username.isEmpty() ? Result<std::optional<Child>>(std::optional<Child>())
                           : findByUsername(username);
    if (!byAccount)
        return byAccount.status();
    Result<std::optional<Child>> byNode = findByUuid(node);
    if (!byNode)
        return byNode.status();
    if (!byAccount.value() && !byNode.value())
        return exclusions;
    // Both, should they ever differ: the caller gets neither child's tables.
    for (const std::optional<Child> &child : {byNode.value(), byAccount.value()}) {
        if (!child)
            continue;
        exclusions.nickname = child->nickname;
        exclusions.own += child->excludedTables;
    }
    exclusions.own = sortedUnique(exclusions.own);
    Result<QStringList> global = globalExclusions();
    if (!global)
        return global.status();
    exclusions.global = global.value();
    return exclusions;
}

Result<QStringList> ChildStore::excludedTablesFor(const QString &username, const QUuid &node) const
{
    Result<Exclusions> exclusions = exclusionsFor(username, node);
    if (!exclusions)
        return exclusions.status();
    return exclusions.value().tables();
}

Result<QStringList> ChildStore::excludedTablesForChild(const QString &nickname) const
{
    Result<std::optional<Child>> child = findByNickname(nickname);
    if (!child)
        return child.status();
    if (!child.value())
        return Status::failure(noSuchChild(nickname));
    Result<QStringList> global = globalExclusions();
    if (!global)
        return global.status();
    return sortedUnique(child.value()->excludedTables + global.value());
}

Result<QStringList> ChildStore::referenceWarnings(const QString &nickname) const
{
    Result<QStringList> excluded = excludedTablesForChild(nickname);
    if (!excluded)
        return excluded.status();
    QStringList warnings;
    if (excluded.value().isEmpty())
        return warnings;
    Result<QSqlQuery> q =
        m_db.exec(QStringLiteral("SELECT table_name FROM s15n_resources ORDER BY table_name"));
    if (!q)
        return Status::failure(tr("Cannot read the resources: %1").arg(q.message()));
    QStringList resources;
    while (q.value().next())
        resources.append(q.value().value(0).toString());
    const SchemaCatalogue catalogue(m_db);
    for (const QString &table : std::as_const(resources)) {
        if (excluded.value().contains(table))
            continue;
        Result<TableInfo> info = catalogue.describe(table);
        if (!info)
            continue; // a resource whose table went away: `resource list` says so
        for (const ForeignKeyInfo &fk : info.value().foreignKeys) {
            if (!resources.contains(fk.refTable) || !excluded.value().contains(fk.refTable))
                continue;
            warnings.append(tr("Child '%1' receives '%2', whose column '%3' refers to '%4', "
                               "which it does not receive: those rows of '%2' will wait at the "
                               "child for rows of '%4' that never arrive. Exclude '%2' too, or "
                               "allow '%4'.")
                                .arg(nickname, table, fk.column, fk.refTable));
        }
    }
    return warnings;
}

// --- changes -----------------------------------------------------------------------------------

Status ChildStore::checkNew(const NewChild &child) const
{
    if (Status s = checkNickname(child.nickname); !s)
        return s;
    if (Status s = AccountStore::checkUsername(child.username); !s)
        return s;
    if (Status s = checkTables(child.excludedTables); !s)
        return s;
    Result<std::optional<Child>> sameName = findByNickname(child.nickname);
    if (!sameName)
        return sameName.status();
    if (sameName.value())
        return Status::failure(
            tr("A child named '%1' exists already ('s15n child list'); choose another nickname, "
               "or change that child with 's15n child edit %2'. Nothing was added.")
                .arg(child.nickname, shellWord(child.nickname)));
    Result<QVariant> accounts = m_db.scalar(
        QStringLiteral("SELECT count(*) FROM s15n_accounts WHERE username = ?"), {child.username});
    if (!accounts)
        return accounts.status();
    if (accounts.value().toLongLong() > 0) {
        Result<std::optional<Child>> owner = findByUsername(child.username);
        if (!owner)
            return owner.status();
        return Status::failure(
            owner.value()
                ? tr("The account '%1' belongs to child '%2' already; every child gets a new "
                     "account of its own: choose another --user. Nothing was added.")
                      .arg(child.username, owner.value()->nickname)
                : tr("An account named '%1' exists already; every child gets a new account of "
                     "its own: choose another --user. Nothing was added.")
                      .arg(child.username));
    }
    if (!child.uuid.isNull()) {
        if (Status s = checkUuidFree(child.uuid, child.nickname, child.username); !s)
            return Status::failure(s.message() + QLatin1Char(' ') + tr("Nothing was added."));
    }
    return Status();
}

Status ChildStore::add(const NewChild &child)
{
    if (child.password.isEmpty())
        return Status::failure(
            tr("The password for child '%1' is empty; nothing was added.").arg(child.nickname));
    const QStringList tables = sortedUnique(child.excludedTables);
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    if (Status s = checkNew(child); !s)
        return s;
    Result<QSqlQuery> inserted = m_db.exec(
        QStringLiteral("INSERT INTO s15n_children (nickname, child_uuid, username, note, "
                       "created_at) VALUES (?, ?, ?, ?, ?)"),
        {child.nickname, uuidValue(child.uuid), child.username, notNull(child.note), now()});
    if (!inserted)
        return Status::failure(
            tr("Cannot add the child '%1': %2").arg(child.nickname, inserted.message()));
    for (const QString &table : tables) {
        Result<QSqlQuery> q =
            m_db.exec(QStringLiteral(
                          "INSERT INTO s15n_child_exclusions (nickname, table_name) VALUES (?, ?)"),
                      {child.nickname, table});
        if (!q)
            return Status::failure(
                tr("Cannot add the child '%1': %2").arg(child.nickname, q.message()));
    }
    if (Status s = AccountStore(m_db).add(child.username, child.password, true); !s)
        return Status::failure(s.message() + QLatin1Char(' ') + tr("Nothing was added."));
    if (Status s = transaction.commit(); !s)
        return s;
    qCInfo(lcChildren) << "added child" << child.nickname << "account" << child.username << "uuid"
                       << uuidText(child.uuid) << "excluded" << tables;
    return Status();
}

Status ChildStore::removeRegistrationsExcept(const QString &username, const QUuid &keep)
{
    Result<QSqlQuery> q =
        keep.isNull()
            ? m_db.exec(QStringLiteral("DELETE FROM s15n_peers WHERE username = ?"), {username})
            : m_db.exec(QStringLiteral("DELETE FROM s15n_peers WHERE username = ? AND uuid <> ?"),
                        {username, uuidText(keep)});
    if (!q)
        return q.status();
    if (q.value().numRowsAffected() > 0)
        qCInfo(lcChildren) << "removed" << q.value().numRowsAffected() << "registrations of account"
                           << username;
    return Status();
}

Status ChildStore::checkChanges(const QString &nickname, const ChildChanges &changes) const
{
    const QStringList allow = sortedUnique(changes.allow);
    for (const QString &table : changes.exclude) {
        if (allow.contains(table))
            return Status::failure(
                tr("'%1' cannot be both excluded and allowed; nothing was changed.").arg(table));
    }
    if (changes.password && changes.password->isEmpty())
        return Status::failure(
            tr("The new password for child '%1' is empty; nothing was changed.").arg(nickname));
    Result<std::optional<Child>> found = findByNickname(nickname);
    if (!found)
        return found.status();
    if (!found.value())
        return Status::failure(noSuchChild(nickname));
    const Child &child = *found.value();
    QStringList newTables;
    for (const QString &table : changes.exclude) {
        if (!child.excludedTables.contains(table))
            newTables.append(table);
    }
    if (Status s = checkTables(newTables); !s)
        return s;
    for (const QString &table : allow) {
        if (child.excludedTables.contains(table))
            continue;
        Result<QStringList> global = globalExclusions();
        if (!global)
            return global.status();
        QString message =
            child.excludedTables.isEmpty()
                ? tr("'%1' is not excluded for child '%2'; it excludes no table of its own.")
                      .arg(table, nickname)
                : tr("'%1' is not excluded for child '%2'; its own exclusions are: %3.")
                      .arg(table, nickname, child.excludedTables.join(QLatin1String(", ")));
        if (global.value().contains(table))
            message += QLatin1Char(' ') +
                       tr("'%1' is excluded for every child: 's15n child exclusions --remove %1' "
                          "changes that.")
                           .arg(table);
        return Status::failure(message + QLatin1Char(' ') + tr("Nothing was changed."));
    }
    if (changes.uuid && !changes.uuid->isNull() && *changes.uuid != child.uuid) {
        if (Status s = checkUuidFree(*changes.uuid, nickname, child.username); !s)
            return Status::failure(s.message() + QLatin1Char(' ') + tr("Nothing was changed."));
    }
    return Status();
}

Status ChildStore::edit(const QString &nickname, const ChildChanges &changes)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    if (Status s = checkChanges(nickname, changes); !s)
        return s;
    Result<std::optional<Child>> found = findByNickname(nickname);
    if (!found)
        return found.status();
    const Child child = *found.value(); // checkChanges() made sure it is there
    const auto failed = [&](const QString &message) {
        return Status::failure(tr("Cannot change the child '%1': %2").arg(nickname, message));
    };

    if (changes.uuid && *changes.uuid != child.uuid) {
        Result<QSqlQuery> q =
            m_db.exec(QStringLiteral("UPDATE s15n_children SET child_uuid = ? WHERE nickname = ?"),
                      {uuidValue(*changes.uuid), nickname});
        if (!q)
            return failed(q.message());
        // The node that was this child can no longer speak for it with its account.
        if (Status s = removeRegistrationsExcept(child.username, *changes.uuid); !s)
            return failed(s.message());
    }
    for (const QString &table : sortedUnique(changes.exclude)) {
        if (child.excludedTables.contains(table))
            continue;
        Result<QSqlQuery> q =
            m_db.exec(QStringLiteral(
                          "INSERT INTO s15n_child_exclusions (nickname, table_name) VALUES (?, ?)"),
                      {nickname, table});
        if (!q)
            return failed(q.message());
    }
    for (const QString &table : sortedUnique(changes.allow)) {
        Result<QSqlQuery> q = m_db.exec(QStringLiteral("DELETE FROM s15n_child_exclusions WHERE "
                                                       "nickname = ? AND table_name = ?"),
                                        {nickname, table});
        if (!q)
            return failed(q.message());
    }
    if (changes.note) {
        Result<QSqlQuery> q =
            m_db.exec(QStringLiteral("UPDATE s15n_children SET note = ? WHERE nickname = ?"),
                      {notNull(*changes.note), nickname});
        if (!q)
            return failed(q.message());
    }
    if (changes.password) {
        if (Status s = AccountStore(m_db).setPassword(child.username, *changes.password); !s)
            return Status::failure(s.message() + QLatin1Char(' ') + tr("Nothing was changed."));
    }
    if (Status s = transaction.commit(); !s)
        return s;
    qCInfo(lcChildren) << "changed child" << nickname;
    return Status();
}

Status ChildStore::remove(const QString &nickname)
{
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    Result<std::optional<Child>> found = findByNickname(nickname);
    if (!found)
        return found.status();
    if (!found.value())
        return Status::failure(noSuchChild(nickname));
    const Child child = *found.value();
    for (const char *statement : {"DELETE FROM s15n_child_exclusions WHERE nickname = ?",
                                  "DELETE FROM s15n_children WHERE nickname = ?"}) {
        Result<QSqlQuery> q = m_db.exec(QLatin1String(statement), {nickname});
        if (!q)
            return Status::failure(
                tr("Cannot remove the child '%1': %2").arg(nickname, q.message()));
    }
    if (Status s = removeRegistrationsExcept(child.username, QUuid()); !s)
        return s;
    Result<QVariant> accounts = m_db.scalar(
        QStringLiteral("SELECT count(*) FROM s15n_accounts WHERE username = ?"), {child.username});
    if (!accounts)
        return accounts.status();
    if (accounts.value().toLongLong() > 0) {
        if (Status s = AccountStore(m_db).remove(child.username); !s)
            return s;
    }
    if (Status s = transaction.commit(); !s)
        return s;
    qCInfo(lcChildren) << "removed child" << nickname << "and account" << child.username;
    return Status();
}

Status ChildStore::setGlobalExclusions(const QStringList &tables)
{
    Result<QStringList> current = globalExclusions();
    if (!current)
        return current.status();
    QStringList remove;
    for (const QString &table : current.value()) {
        if (!tables.contains(table))
            remove.append(table);
    }
    return changeGlobalExclusions(tables, remove);
}

Status ChildStore::changeGlobalExclusions(const QStringList &add, const QStringList &remove)
{
    const QStringList adding = sortedUnique(add);
    const QStringList removing = sortedUnique(remove);
    for (const QString &table : adding) {
        if (removing.contains(table))
            return Status::failure(
                tr("'%1' cannot be both added and removed; nothing was changed.").arg(table));
    }
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    Result<QStringList> current = globalExclusions();
    if (!current)
        return current.status();
    QStringList newTables;
    for (const QString &table : adding) {
        if (!current.value().contains(table))
            newTables.append(table);
    }
    if (Status s = checkTables(newTables); !s)
        return s;
    for (const QString &table : removing) {
        if (!current.value().contains(table))
            return Status::failure(
                current.value().isEmpty()
                    ? tr("'%1' is not a global exclusion; there are none. Nothing was changed.")
                          .arg(table)
                    : tr("'%1' is not a global exclusion; they are: %2. Nothing was changed.")
                          .arg(table, current.value().join(QLatin1String(", "))));
        Result<QSqlQuery> q =
            m_db.exec(QStringLiteral("DELETE FROM s15n_exclusions WHERE table_name = ?"), {table});
        if (!q)
            return Status::failure(tr("Cannot change the global exclusions: %1").arg(q.message()));
    }
    for (const QString &table : std::as_const(newTables)) {
        Result<QSqlQuery> q = m_db.exec(
            QStringLiteral("INSERT INTO s15n_exclusions (table_name) VALUES (?)"), {table});
        if (!q)
            return Status::failure(tr("Cannot change the global exclusions: %1").arg(q.message()));
    }
    if (Status s = transaction.commit(); !s)
        return s;
    qCInfo(lcChildren) << "global exclusions: added" << newTables << "removed" << removing;
    return Status();
}

Status ChildStore::bindRegistration(const QString &username, const QUuid &node, QString *filledFor)
{
    if (filledFor)
        filledFor->clear();
    Result<std::optional<Child>> byNode = findByUuid(node);
    if (!byNode)
        return byNode.status();
    if (byNode.value() && byNode.value()->username != username)
        return Status::failure(
            tr("Node %1 is child '%2' here and must log in with that child's account '%3', not "
               "'%4'. On the child use that account ('s15n repo edit REPOSITORY --user %3 "
               "--password'), or, if node %1 is no longer that child, clear its UUID here "
               "('s15n child edit %5 --clear-uuid').")
                .arg(uuidText(node), byNode.value()->nickname, byNode.value()->username, username,
                     ChildStore::shellWord(byNode.value()->nickname)));
    Result<std::optional<Child>> byAccount = findByUsername(username);
    if (!byAccount)
        return byAccount.status();
    if (!byAccount.value())
        return Status();
    const Child &child = *byAccount.value();
    if (child.uuid == node)
        return Status();
    if (!child.uuid.isNull())
        return Status::failure(
            tr("The account '%1' belongs to child '%2', which is node %3; node %4 cannot use it. "
               "Give node %4 a child and account of its own here ('s15n child add NICKNAME "
               "--user USER'), or, if node %4 has replaced the child's node (reinstalled, "
               "restored), let it take over with 's15n child edit %5 --uuid %4' here.")
                .arg(username, child.nickname, uuidText(child.uuid), uuidText(node),
                     ChildStore::shellWord(child.nickname)));
    Result<QSqlQuery> q = m_db.exec(QStringLiteral("UPDATE s15n_children SET child_uuid = ? "
                                                   "WHERE nickname = ? AND child_uuid IS NULL"),
                                    {uuidText(node), child.nickname});
    if (!q)
        return Status::failure(
            tr("Cannot record the UUID of child '%1': %2").arg(child.nickname, q.message()));
    if (q.value().numRowsAffected() != 1)
        return Status::failure(
            tr("Child '%1' got a UUID at the same time; try again.").arg(child.nickname));
    if (filledFor)
        *filledFor = child.nickname;
    qCInfo(lcChildren) << "child" << child.nickname << "is node" << uuidText(node);
    return Status();
}

} // namespace s15n
