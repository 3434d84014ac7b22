#pragma once

#include "storage/database.h"

#include <QDateTime>
#include <QList>
#include <QStringList>
#include <QUuid>

#include <optional>

namespace s15n {

// A child server of this node (OpenMRS "Add Child"): the account made for it, and the tables
// it may not receive on top of the global exclusions.
struct Child
{
    QString nickname;           // the key here; need not match the child's own name
    QUuid uuid;                 // null until the child first registers with its account
    QString username;           // its account in s15n_accounts
    QStringList excludedTables; // its own exclusions, sorted (the global ones come on top)
    QString note;
    QDateTime createdAt;   // UTC
    QDateTime lastContact; // UTC; invalid: never (the registered peer's last request)
};

struct NewChild
{
    QString nickname;
    QUuid uuid; // may be null: filled in when the child first registers
    QString username;
    QString password;
    QStringList excludedTables;
    QString note;
};

// What ChildStore::edit() changes; what is not set stays.
struct ChildChanges
{
    std::optional<QUuid> uuid;       // a null QUuid clears it (filled in at the next registration)
    QStringList exclude;             // added to the child's exclusions
    QStringList allow;               // taken out of them
    std::optional<QString> password; // a new password for its account
    std::optional<QString> note;
};

// The tables a caller may not receive. Global exclusions apply to children only: a peer that
// is not a child (an account made with `account add`) receives every resource.
struct Exclusions
{
    QString nickname;   // the child the caller is; empty: not a child
    QStringList own;    // that child's own exclusions
    QStringList global; // the exclusions of every child

    bool isChild() const { return !nickname.isEmpty(); }
    bool excludes(const QString &table) const;
    QStringList tables() const; // own ∪ global for a child, sorted; empty otherwise
    // Why `table` is not sent, and the command that changes it.
    QString reason(const QString &table) const;
};

// s15n_children, s15n_child_exclusions and s15n_exclusions. Every change is one transaction:
// a refused change leaves nothing behind (no account, no exclusion).
class ChildStore
{
public:
    static constexpr int kMaxNicknameLength = 64;

    explicit ChildStore(Database &db) : m_db(db) {}

    // Adds the child and creates its account. Refused: a nickname or username already taken,
    // a UUID that is another child's, this node's own or registered with another account, a
    // table that is not in the database catalogue, a bad nickname or an empty password.
    Status add(const NewChild &child);
    Status edit(const QString &nickname, const ChildChanges &changes);
    // What add() and edit() check before they change anything (the password aside), with
    // their messages: for a form or a command to check before it asks for a password.
    Status checkNew(const NewChild &child) const;
    Status checkChanges(const QString &nickname, const ChildChanges &changes) const;
    // Whether every table may be excluded: a table of the database catalogue, not one of
    // s15n's own (which are never sent anyway).
    Status checkTables(const QStringList &tables) const;
    // Removes the child, its account and its node's registration here, so it can no longer
    // sync (its data stays).
    Status remove(const QString &nickname);

    Result<QList<Child>> list() const;
    Result<std::optional<Child>> findByNickname(const QString &nickname) const;
    Result<std::optional<Child>> findByUsername(const QString &username) const;
    Result<std::optional<Child>> findByUuid(const QUuid &uuid) const;

    Result<QStringList> globalExclusions() const;
    Status setGlobalExclusions(const QStringList &tables);
    // Adds and removes global exclusions in one transaction (removing one that is not there
    // is refused).
    Status changeGlobalExclusions(const QStringList &add, const QStringList &remove);

    // What the caller logging in as `username` from `node` (may be null) may not receive: the
    // child's own exclusions (the child whose account or UUID it is) and the global ones.
    Result<Exclusions> exclusionsFor(const QString &username, const QUuid &node = {}) const;
    // The same as a list of tables (empty for a caller that is not a child).
    Result<QStringList> excludedTablesFor(const QString &username, const QUuid &node = {}) const;
    // Global ∪ the child's own; fails if there is no such child.
    Result<QStringList> excludedTablesForChild(const QString &nickname) const;

    // Called when node `node` registers with account `username`, inside the registration's
    // transaction: fills in the UUID of the child whose account it is if that is still empty
    // (*filledFor gets its nickname), and refuses a node that is not the child the account
    // belongs to, or that is a child logging in with another account.
    Status bindRegistration(const QString &username, const QUuid &node,
                            QString *filledFor = nullptr);

    // Resources this child still receives that refer to a table it does not receive: their
    // rows would wait forever for the referenced rows. One sentence per reference.
    Result<QStringList> referenceWarnings(const QString &nickname) const;

    static Status checkNickname(const QString &nickname);
    // A node UUID given by a person (with or without braces, any case); not the nil UUID.
    static Result<QUuid> parseUuid(const QString &text);
    // The nickname as a word of a suggested command: in double quotes when a shell would
    // split it (checkNickname() keeps quotes, '$' and backslashes out of nicknames).
    static QString shellWord(const QString &nickname);

private:
    Result<std::optional<Child>> findWhere(const char *condition, const QVariant &value) const;
    Result<QStringList> childExclusions(const QString &nickname) const;
    Status checkUuidFree(const QUuid &uuid, const QString &nickname, const QString &username) const;
    Status removeRegistrationsExcept(const QString &username, const QUuid &keep);

    Database &m_db;
};

} // namespace s15n
