#pragma once

#include "storage/database.h"

#include <QByteArray>
#include <QDateTime>
#include <QHash>
#include <QList>

namespace s15n {

struct Account
{
    QString username;
    bool acceptPushes = true; // peers logging in with it may push changes here
    QDateTime createdAt;
};

// Accounts that peers log in with (HTTP Basic). Only a salted PBKDF2-HMAC-SHA256 hash of each
// password is stored (s15n_accounts).
class AccountStore
{
public:
    static constexpr int kIterations = 100000;

    explicit AccountStore(Database &db) : m_db(db) {}

    // Refused: an existing name, a name outside [A-Za-z0-9._@-] (1..64), an empty password.
    Status add(const QString &username, const QString &password, bool acceptPushes = true);
    Status setPassword(const QString &username, const QString &password);
    Status setAcceptPushes(const QString &username, bool acceptPushes);
    Status remove(const QString &username);
    Result<QList<Account>> list() const;
    Result<Account> find(const QString &username) const;

    // The account when the password is right; a failure that never says which of the two was
    // wrong otherwise. A successful check is remembered in memory for a few minutes (keyed by
    // a hash, never the password), so a long round does not pay PBKDF2 on every request.
    // *couldNotCheck (if given) is set when the failure is not the caller's: the database
    // could not be read or the stored hash is damaged.
    Result<Account> verify(const QString &username, const QString &password,
                           bool *couldNotCheck = nullptr);

    // Whether `username` may name an account (see add()); the failure says what is wrong.
    static Status checkUsername(const QString &username);

private:
    struct Hashed
    {
        QByteArray salt;
        QByteArray hash;
        int iterations = 0;
    };
    static Hashed hashPassword(const QString &password);
    static QByteArray newRememberKey();
    Result<bool> exists(const QString &username) const;
    QByteArray rememberDigest(const QByteArray &salt, const QByteArray &storedHash,
                              const QString &password) const;

    Database &m_db;
    QByteArray m_rememberKey = newRememberKey(); // keys the digests in m_remembered
    struct Remembered
    {
        QByteArray digest;
        QDateTime until;
    };
    QHash<QString, Remembered> m_remembered;
};

} // namespace s15n
