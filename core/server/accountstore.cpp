#include "accountstore.h"

#include "server/childstore.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QLoggingCategory>
#include <QMessageAuthenticationCode>
#include <QPasswordDigestor>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcAccounts, "s15n.accounts")

namespace s15n {

namespace {

constexpr int kSaltBytes = 16;
constexpr int kHashBytes = 32; // SHA-256
constexpr int kRememberSeconds = 5 * 60;
constexpr int kMaxUsernameLength = 64;

QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::AccountStore", text);
}

QByteArray randomBytes(int count)
{
    QByteArray bytes(count, Qt::Uninitialized);
    QRandomGenerator::system()->generate(bytes.begin(), bytes.end());
    return bytes;
}

QByteArray pbkdf2(const QString &password, const QByteArray &salt, int iterations)
{
    return QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, password.toUtf8(), salt,
                                              iterations, kHashBytes);
}

// Compares without stopping at the first difference, so the time taken says nothing about
// how much of a guess was right.
bool sameBytes(const QByteArray &a, const QByteArray &b)
{
    if (a.size() != b.size())
        return false;
    unsigned char difference = 0;
    for (qsizetype i = 0; i < a.size(); ++i)
        difference |= static_cast<unsigned char>(a.at(i) ^ b.at(i));
    return difference == 0;
}

// The one message for a wrong password, an unknown user and a malformed name alike.
QString wrongCredentials()
{
    return tr("Wrong username or password.");
}

QString noSuchAccount(const QString &username)
{
    return tr("There is no account named '%1'. 's15n account list' shows the accounts.")
        .arg(username);
}

QString now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
}

Account accountFrom(const QSqlQuery &q, int first)
{
    Account account;
    account.username = q.value(first).toString();
    account.acceptPushes = q.value(first + 1).toInt() != 0;
    account.createdAt = QDateTime::fromString(q.value(first + 2).toString(), Qt::ISODate);
    account.createdAt.setTimeSpec(Qt::UTC);
    return account;
}

} // namespace

Status AccountStore::checkUsername(const QString &username)
{
    static const QRegularExpression allowed(QStringLiteral("^[A-Za-z0-9._@-]+$"));
    if (username.isEmpty())
        return Status::failure(tr("The account name is empty."));
    if (username.size() > kMaxUsernameLength)
        return Status::failure(tr("The account name '%1' is longer than %2 characters.")
                                   .arg(username)
                                   .arg(kMaxUsernameLength));
    if (!allowed.match(username).hasMatch())
        return Status::failure(tr("The account name '%1' may hold only letters A-Z and a-z, "
                                  "digits and . _ @ -")
                                   .arg(username));
    return Status();
}

AccountStore::Hashed AccountStore::hashPassword(const QString &password)
{
    Hashed hashed;
    hashed.salt = randomBytes(kSaltBytes);
    hashed.iterations = kIterations;
    hashed.hash = pbkdf2(password, hashed.salt, hashed.iterations);
    return hashed;
}

Result<bool> AccountStore::exists(const QString &username) const
{
    Result<QVariant> found = m_db.scalar(
        QStringLiteral("SELECT count(*) FROM s15n_accounts WHERE username = ?"), {username});
    if (!found)
        return Status::failure(tr("Cannot read the accounts: %1").arg(found.message()));
    return found.value().toLongLong() > 0;
}

Status AccountStore::add(const QString &username, const QString &password, bool acceptPushes)
{
    if (Status s = checkUsername(username); !s)
        return s;
    if (password.isEmpty())
        return Status::failure(tr("The password for '%1' is empty.").arg(username));
    Result<bool> taken = exists(username);
    if (!taken)
        return taken.status();
    const QString duplicate =
        tr("An account named '%1' exists already; remove it first or change its password.")
            .arg(username);
    if (taken.value())
        return Status::failure(duplicate);

    const Hashed hashed = hashPassword(password);
    Result<QSqlQuery> inserted = m_db.exec(
        QStringLiteral("INSERT INTO s15n_accounts (username, salt, hash, iterations, "
                       "accept_pushes, created_at) VALUES (?, ?, ?, ?, ?, ?)"),
        {username, QString::fromLatin1(hashed.salt.toHex()),
         QString::fromLatin1(hashed.hash.toHex()), hashed.iterations, acceptPushes ? 1 : 0, now()});
    if (!inserted) {
        // Another process may have made it in the meantime (the primary key refused it).
        Result<bool> again = exists(username);
        if (again && again.value())
            return Status::failure(duplicate);
        return Status::failure(
            tr("Cannot add the account '%1': %2").arg(username, inserted.message()));
    }
    m_remembered.remove(username);
    qCInfo(lcAccounts) << "added account" << username << "accept pushes:" << acceptPushes;
    return Status();
}

Status AccountStore::setPassword(const QString &username, const QString &password)
{
    if (Status s = checkUsername(username); !s)
        return s;
    if (password.isEmpty())
        return Status::failure(tr("The password for '%1' is empty.").arg(username));
    const Hashed hashed = hashPassword(password);
    Result<QSqlQuery> updated =
        m_db.exec(QStringLiteral("UPDATE s15n_accounts SET salt = ?, hash = ?, iterations = ? "
                                 "WHERE username = ?"),
                  {QString::fromLatin1(hashed.salt.toHex()),
                   QString::fromLatin1(hashed.hash.toHex()), hashed.iterations, username});
    m_remembered.remove(username);
    if (!updated)
        return Status::failure(
            tr("Cannot change the password of '%1': %2").arg(username, updated.message()));
    if (updated.value().numRowsAffected() == 0)
        return Status::failure(noSuchAccount(username));
    qCInfo(lcAccounts) << "changed the password of account" << username;
    return Status();
}

Status AccountStore::setAcceptPushes(const QString &username, bool acceptPushes)
{
    if (Status s = checkUsername(username); !s)
        return s;
    Result<QSqlQuery> updated =
        m_db.exec(QStringLiteral("UPDATE s15n_accounts SET accept_pushes = ? WHERE username = ?"),
                  {acceptPushes ? 1 : 0, username});
    if (!updated)
        return Status::failure(
            tr("Cannot change the account '%1': %2").arg(username, updated.message()));
    if (updated.value().numRowsAffected() == 0)
        return Status::failure(noSuchAccount(username));
    qCInfo(lcAccounts) << "account" << username << "accept pushes:" << acceptPushes;
    return Status();
}

Status AccountStore::remove(const QString &username)
{
    if (Status s = checkUsername(username); !s)
        return s;
    // A child's account goes with the child (ChildStore::remove deletes the child first).
    Result<QVariant> child = m_db.scalar(
        QStringLiteral("SELECT nickname FROM s15n_children WHERE username = ?"), {username});
    if (!child)
        return Status::failure(
            tr("Cannot remove the account '%1': %2").arg(username, child.message()));
    if (child.value().isValid())
        return Status::failure(tr("The account '%1' belongs to child '%2': 's15n child remove "
                                  "%3' removes the child with its account.")
                                   .arg(username, child.value().toString(),
                                        ChildStore::shellWord(child.value().toString())));
    Result<QSqlQuery> removed =
        m_db.exec(QStringLiteral("DELETE FROM s15n_accounts WHERE username = ?"), {username});
    m_remembered.remove(username);
    if (!removed)
        return Status::failure(
            tr("Cannot remove the account '%1': %2").arg(username, removed.message()));
    if (removed.value().numRowsAffected() == 0)
        return Status::failure(noSuchAccount(username));
    qCInfo(lcAccounts) << "removed account" << username;
    return Status();
}

Result<QList<Account>> AccountStore::list() const
{
    Result<QSqlQuery> q =
        m_db.exec(QStringLiteral("SELECT username, accept_pushes, created_at FROM s15n_accounts "
                                 "ORDER BY username"));
    if (!q)
        return Status::failure(tr("Cannot read the accounts: %1").arg(q.message()));
    QList<Account> accounts;
    while (q.value().next())
        accounts.append(accountFrom(q.value(), 0));
    return accounts;
}

Result<Account> AccountStore::find(const QString &username) const
{
    if (Status s = checkUsername(username); !s)
        return s;
    Result<QSqlQuery> q =
        m_db.exec(QStringLiteral("SELECT username, accept_pushes, created_at FROM s15n_accounts "
                                 "WHERE username = ?"),
                  {username});
    if (!q)
        return Status::failure(tr("Cannot read the accounts: %1").arg(q.message()));
    if (!q.value().next())
        return Status::failure(noSuchAccount(username));
    return accountFrom(q.value(), 0);
}

QByteArray AccountStore::newRememberKey()
{
    return randomBytes(32);
}

QByteArray AccountStore::rememberDigest(const QByteArray &salt, const QByteArray &storedHash,
                                        const QString &password) const
{
    // Keyed with a secret of this process, so the digest alone is no shortcut for guessing
    // the password; the stored salt and hash are in it, so a changed password or a removed
    // and re-added account no longer matches.
    QMessageAuthenticationCode mac(QCryptographicHash::Sha256, m_rememberKey);
    mac.addData(salt);
    mac.addData(storedHash);
    mac.addData(password.toUtf8());
    return mac.result();
}

Result<Account> AccountStore::verify(const QString &username, const QString &password,
                                     bool *couldNotCheck)
{
    if (couldNotCheck)
        *couldNotCheck = false;
    if (!checkUsername(username) || password.isEmpty()) {
        qCInfo(lcAccounts) << "refused a login with a malformed name or an empty password";
        return Status::failure(wrongCredentials());
    }
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("SELECT salt, hash, iterations, username, accept_pushes, created_at "
                       "FROM s15n_accounts WHERE username = ?"),
        {username});
    if (!q) {
        if (couldNotCheck)
            *couldNotCheck = true;
        return Status::failure(tr("Cannot check the password: %1").arg(q.message()));
    }
    if (!q.value().next()) {
        // As much work as for a real account, so the time taken does not say the user is
        // unknown.
        pbkdf2(password, randomBytes(kSaltBytes), kIterations);
        m_remembered.remove(username);
        qCInfo(lcAccounts) << "refused a login for" << username;
        return Status::failure(wrongCredentials());
    }
    const QByteArray salt = QByteArray::fromHex(q.value().value(0).toString().toLatin1());
    const QByteArray stored = QByteArray::fromHex(q.value().value(1).toString().toLatin1());
    const int iterations = q.value().value(2).toInt();
    const Account account = accountFrom(q.value(), 3);
    if (salt.isEmpty() || stored.size() != kHashBytes || iterations < 1) {
        qCWarning(lcAccounts) << "the stored hash of account" << username << "is damaged";
        if (couldNotCheck)
            *couldNotCheck = true;
        return Status::failure(tr("The stored password of the account '%1' is damaged; set a "
                                  "new one with 's15n account password %1'.")
                                   .arg(username));
    }

    const QByteArray digest = rememberDigest(salt, stored, password);
    const QDateTime current = QDateTime::currentDateTimeUtc();
    if (const auto it = m_remembered.constFind(username); it != m_remembered.constEnd()) {
        if (it->until <= current)
            m_remembered.erase(it);
        else if (sameBytes(it->digest, digest))
            return account;
    }
    if (!sameBytes(pbkdf2(password, salt, iterations), stored)) {
        qCInfo(lcAccounts) << "refused a login for" << username;
        return Status::failure(wrongCredentials());
    }
    m_remembered.insert(username, Remembered{digest, current.addSecs(kRememberSeconds)});
    return account;
}

} // namespace s15n
