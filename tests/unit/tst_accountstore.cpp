// Accounts peers log in with (AccountStore), once per backend: only a salted
// PBKDF2-HMAC-SHA256 hash is stored, verification fails alike for a wrong password and an
// unknown user, names are checked, and a remembered verification ends when the password
// changes or the account goes, whichever process changed it.

#include "nodefixture.h"
#include "server/accountstore.h"

#include <QPasswordDigestor>
#include <QTemporaryDir>
#include <QTest>

using namespace s15n;
using namespace s15n::test;

namespace {

struct StoredHash
{
    QString salt;
    QString hash;
    int iterations = 0;
};

} // namespace

class TestAccountStore : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void backends_data();
    void addAndVerify_data() { backends_data(); }
    void addAndVerify();
    void storesOnlySaltedHash_data() { backends_data(); }
    void storesOnlySaltedHash();
    void duplicateRefused_data() { backends_data(); }
    void duplicateRefused();
    void namesChecked_data();
    void namesChecked();
    void emptyPasswordRefused_data() { backends_data(); }
    void emptyPasswordRefused();
    void listAndFind_data() { backends_data(); }
    void listAndFind();
    void setAcceptPushes_data() { backends_data(); }
    void setAcceptPushes();
    void remove_data() { backends_data(); }
    void remove();
    void verificationRemembered_data() { backends_data(); }
    void verificationRemembered();
    void setPasswordEndsRemembered_data() { backends_data(); }
    void setPasswordEndsRemembered();
    void otherConnectionEndsRemembered_data() { backends_data(); }
    void otherConnectionEndsRemembered();

private:
    bool setUp(Backend backend);
    StoredHash stored(const QString &username);
    qint64 accounts();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Node> m_node;
    DatabaseLocation m_location;
};

void TestAccountStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestAccountStore::cleanup()
{
    m_node.reset();
    if (m_location.kind == DatabaseLocation::Kind::Postgresql) {
        QString error;
        if (!dropPostgresDatabase(m_location.toString(), &error))
            qWarning("could not drop %s: %s", qPrintable(m_location.toString()), qPrintable(error));
    }
    m_location = DatabaseLocation();
    m_dir.reset();
}

void TestAccountStore::backends_data()
{
    QTest::addColumn<Backend>("backend");
    for (Backend b : allBackends())
        QTest::newRow(qPrintable(toString(b))) << b;
}

bool TestAccountStore::setUp(Backend backend)
{
    Result<DatabaseLocation> location = freshLocation(backend, m_dir->path());
    if (!S15N_OK(location))
        return false;
    m_location = location.value();
    Result<std::unique_ptr<Node>> node = Node::create(m_location, QStringLiteral("accounts"), 1);
    if (!S15N_OK(node))
        return false;
    m_node = std::move(node.value());
    return true;
}

StoredHash TestAccountStore::stored(const QString &username)
{
    StoredHash result;
    Result<QSqlQuery> q = m_node->database().exec(
        QStringLiteral("SELECT salt, hash, iterations FROM s15n_accounts WHERE username = ?"),
        {username});
    if (!S15N_OK(q) || !q.value().next())
        return result;
    result.salt = q.value().value(0).toString();
    result.hash = q.value().value(1).toString();
    result.iterations = q.value().value(2).toInt();
    return result;
}

qint64 TestAccountStore::accounts()
{
    return value(m_node->database(), QStringLiteral("SELECT count(*) FROM s15n_accounts"))
        .toLongLong();
}

void TestAccountStore::addAndVerify()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    if (!setUp(backend))
        return;
    AccountStore store(m_node->database());
    S15N_CHECK(store.add(QStringLiteral("clinic-7"), QStringLiteral("right horse")));
    S15N_CHECK(store.add(QStringLiteral("depot"), QStringLiteral("other"), false));

    Result<Account> right = store.verify(QStringLiteral("clinic-7"), QStringLiteral("right horse"));
    S15N_CHECK(right);
    QCOMPARE(right->username, QStringLiteral("clinic-7"));
    QVERIFY(right->acceptPushes);
    Result<Account> readOnly = store.verify(QStringLiteral("depot"), QStringLiteral("other"));
    S15N_CHECK(readOnly);
    QVERIFY(!readOnly->acceptPushes);

    // Wrong password, an unknown user, a password of another account, a malformed name,
    // the right password with different case: one message, saying nothing of which.
    const Result<Account> wrong =
        store.verify(QStringLiteral("clinic-7"), QStringLiteral("wrong horse"));
    QVERIFY(!wrong.ok());
    QVERIFY(!wrong.message().isEmpty());
    for (const auto &[user, password] :
         {std::pair{QStringLiteral("nobody"), QStringLiteral("right horse")},
          std::pair{QStringLiteral("depot"), QStringLiteral("right horse")},
          std::pair{QStringLiteral("no such/name"), QStringLiteral("x")},
          std::pair{QStringLiteral("clinic-7"), QStringLiteral("Right horse")},
          std::pair{QStringLiteral("clinic-7"), QString()},
          std::pair{QStringLiteral("Clinic-7"), QStringLiteral("right horse")}}) {
        const Result<Account> refused = store.verify(user, password);
        QVERIFY2(!refused.ok(), qPrintable(user));
        QCOMPARE(refused.message(), wrong.message());
    }
    QVERIFY2(!wrong.message().contains(QStringLiteral("clinic-7")), qPrintable(wrong.message()));
    // A failure does not spoil the next right answer.
    S15N_CHECK(store.verify(QStringLiteral("clinic-7"), QStringLiteral("right horse")));
}

void TestAccountStore::storesOnlySaltedHash()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    if (!setUp(backend))
        return;
    AccountStore store(m_node->database());
    const QString password = QStringLiteral("correct battery staple ü");
    S15N_CHECK(store.add(QStringLiteral("a"), password));
    S15N_CHECK(store.add(QStringLiteral("b"), password));
    const StoredHash a = stored(QStringLiteral("a"));
    const StoredHash b = stored(QStringLiteral("b"));

    QCOMPARE(a.iterations, AccountStore::kIterations);
    const QByteArray salt = QByteArray::fromHex(a.salt.toLatin1());
    QCOMPARE(salt.size(), 16);
    QCOMPARE(a.hash.size(), 64); // 32 bytes of SHA-256, hex
    // It is PBKDF2-HMAC-SHA256 of the password with the stored salt and iterations.
    const QByteArray expected = QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, password.toUtf8(), salt, a.iterations, 32);
    QCOMPARE(a.hash, QString::fromLatin1(expected.toHex()));

    // Same password, different salt and so a different hash.
    QVERIFY(a.salt != b.salt);
    QVERIFY(a.hash != b.hash);

    // Nothing in the row holds the password in any obvious form.
    const QList<QVariantList> rows = [&] {
        QList<QVariantList> all;
        Result<QSqlQuery> q =
            m_node->database().exec(QStringLiteral("SELECT * FROM s15n_accounts"));
        if (!S15N_OK(q))
            return all;
        while (q.value().next()) {
            QVariantList row;
            for (int i = 0; i < 6; ++i)
                row << q.value().value(i);
            all << row;
        }
        return all;
    }();
    QCOMPARE(rows.size(), 2);
    const QByteArray utf8 = password.toUtf8();
    for (const QVariantList &row : rows) {
        for (const QVariant &v : row) {
            const QString text = v.toString();
            QVERIFY2(!text.contains(QStringLiteral("battery")), qPrintable(text));
            QVERIFY(!text.contains(QString::fromLatin1(utf8.toHex()), Qt::CaseInsensitive));
            QVERIFY(!text.contains(QString::fromLatin1(utf8.toBase64())));
        }
    }
}

void TestAccountStore::duplicateRefused()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    if (!setUp(backend))
        return;
    AccountStore store(m_node->database());
    S15N_CHECK(store.add(QStringLiteral("clinic"), QStringLiteral("first")));
    const StoredHash before = stored(QStringLiteral("clinic"));

    const Status again = store.add(QStringLiteral("clinic"), QStringLiteral("second"), false);
    QVERIFY(!again.ok());
    QVERIFY2(again.message().contains(QStringLiteral("clinic")), qPrintable(again.message()));
    QVERIFY2(again.message().contains(QStringLiteral("exists")), qPrintable(again.message()));

    // Nothing changed: the first password works, the second does not, pushes still allowed.
    QCOMPARE(accounts(), 1);
    QCOMPARE(stored(QStringLiteral("clinic")).hash, before.hash);
    Result<Account> first = store.verify(QStringLiteral("clinic"), QStringLiteral("first"));
    S15N_CHECK(first);
    QVERIFY(first->acceptPushes);
    QVERIFY(!store.verify(QStringLiteral("clinic"), QStringLiteral("second")).ok());
}

void TestAccountStore::namesChecked_data()
{
    QTest::addColumn<Backend>("backend");
    QTest::addColumn<QString>("name");
    QTest::addColumn<bool>("valid");
    const QList<std::tuple<const char *, QString, bool>> cases{
        {"empty", QString(), false},
        {"space", QStringLiteral("clinic 7"), false},
        {"slash", QStringLiteral("a/b"), false},
        {"colon", QStringLiteral("a:b"), false}, // would break HTTP Basic
        {"quote", QStringLiteral("x'; DROP TABLE s15n_accounts; --"), false},
        {"non-ASCII letter", QStringLiteral("clinicé"), false},
        {"newline", QStringLiteral("a\nb"), false},
        {"65 characters", QString(65, QLatin1Char('a')), false},
        {"64 characters", QString(64, QLatin1Char('a')), true},
        {"one character", QStringLiteral("x"), true},
        {"every allowed sign", QStringLiteral("Clinic.7_north-site@example.org"), true},
    };
    for (Backend backend : allBackends()) {
        for (const auto &[label, name, valid] : cases)
            QTest::addRow("%s, %s", qPrintable(toString(backend)), label)
                << backend << name << valid;
    }
}

void TestAccountStore::namesChecked()
{
    QFETCH(Backend, backend);
    QFETCH(QString, name);
    QFETCH(bool, valid);
    REQUIRE_BACKEND(backend);
    if (!setUp(backend))
        return;
    AccountStore store(m_node->database());
    QCOMPARE(AccountStore::checkUsername(name).ok(), valid);
    const Status added = store.add(name, QStringLiteral("secret"));
    QCOMPARE(added.ok(), valid);
    QCOMPARE(accounts(), valid ? 1 : 0);
    if (valid) {
        S15N_CHECK(store.verify(name, QStringLiteral("secret")));
        return;
    }
    QVERIFY(!added.message().isEmpty());
    QVERIFY(!store.find(name).ok());
    QVERIFY(!store.setPassword(name, QStringLiteral("x")).ok());
    QVERIFY(!store.remove(name).ok());
}

void TestAccountStore::emptyPasswordRefused()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    if (!setUp(backend))
        return;
    AccountStore store(m_node->database());
    const Status refused = store.add(QStringLiteral("clinic"), QString());
    QVERIFY(!refused.ok());
    QVERIFY2(refused.message().contains(QStringLiteral("empty")), qPrintable(refused.message()));
    QCOMPARE(accounts(), 0);

    S15N_CHECK(store.add(QStringLiteral("clinic"), QStringLiteral("kept")));
    const StoredHash before = stored(QStringLiteral("clinic"));
    QVERIFY(!store.setPassword(QStringLiteral("clinic"), QString()).ok());
    QCOMPARE(stored(QStringLiteral("clinic")).hash, before.hash);
    S15N_CHECK(store.verify(QStringLiteral("clinic"), QStringLiteral("kept")));
}

void TestAccountStore::listAndFind()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    if (!setUp(backend))
        return;
    AccountStore store(m_node->database());
    Result<QList<Account>> none = store.list();
    S15N_CHECK(none);
    QVERIFY(none->isEmpty());

    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    S15N_CHECK(store.add(QStringLiteral("zeta"), QStringLiteral("z")));
    S15N_CHECK(store.add(QStringLiteral("alpha"), QStringLiteral("a"), false));
    const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);

    Result<QList<Account>> all = store.list();
    S15N_CHECK(all);
    QCOMPARE(all->size(), 2);
    QCOMPARE(all->at(0).username, QStringLiteral("alpha"));
    QCOMPARE(all->at(0).acceptPushes, false);
    QCOMPARE(all->at(1).username, QStringLiteral("zeta"));
    QCOMPARE(all->at(1).acceptPushes, true);
    for (const Account &a : all.value()) {
        QVERIFY2(a.createdAt.isValid() && a.createdAt >= before && a.createdAt <= after,
                 qPrintable(a.createdAt.toString(Qt::ISODate)));
    }

    Result<Account> zeta = store.find(QStringLiteral("zeta"));
    S15N_CHECK(zeta);
    QCOMPARE(zeta->username, QStringLiteral("zeta"));
    QCOMPARE(zeta->createdAt, all->at(1).createdAt);
    const Result<Account> missing = store.find(QStringLiteral("omega"));
    QVERIFY(!missing.ok());
    QVERIFY2(missing.message().contains(QStringLiteral("omega")), qPrintable(missing.message()));
}

void TestAccountStore::setAcceptPushes()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    if (!setUp(backend))
        return;
    AccountStore store(m_node->database());
    S15N_CHECK(store.add(QStringLiteral("clinic"), QStringLiteral("pw")));
    S15N_CHECK(store.setAcceptPushes(QStringLiteral("clinic"), false));
    QCOMPARE(store.find(QStringLiteral("clinic"))->acceptPushes, false);
    // verify() reports the current setting, also for a remembered verification.
    Result<Account> verified = store.verify(QStringLiteral("clinic"), QStringLiteral("pw"));
    S15N_CHECK(verified);
    QCOMPARE(verified->acceptPushes, false);
    S15N_CHECK(store.setAcceptPushes(QStringLiteral("clinic"), true));
    verified = store.verify(QStringLiteral("clinic"), QStringLiteral("pw"));
    S15N_CHECK(verified);
    QCOMPARE(verified->acceptPushes, true);

    const Status unknown = store.setAcceptPushes(QStringLiteral("nobody"), false);
    QVERIFY(!unknown.ok());
    QVERIFY2(unknown.message().contains(QStringLiteral("nobody")), qPrintable(unknown.message()));
}

void TestAccountStore::remove()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    if (!setUp(backend))
        return;
    AccountStore store(m_node->database());
    S15N_CHECK(store.add(QStringLiteral("gone"), QStringLiteral("pw")));
    S15N_CHECK(store.add(QStringLiteral("stays"), QStringLiteral("pw")));
    S15N_CHECK(store.verify(QStringLiteral("gone"), QStringLiteral("pw"))); // remembered now

    S15N_CHECK(store.remove(QStringLiteral("gone")));
    QCOMPARE(accounts(), 1);
    QVERIFY(!store.find(QStringLiteral("gone")).ok());
    QVERIFY(!store.verify(QStringLiteral("gone"), QStringLiteral("pw")).ok());
    S15N_CHECK(store.verify(QStringLiteral("stays"), QStringLiteral("pw")));

    const Status again = store.remove(QStringLiteral("gone"));
    QVERIFY(!again.ok());
    QVERIFY2(again.message().contains(QStringLiteral("gone")), qPrintable(again.message()));
    QCOMPARE(accounts(), 1);
}

// A successful verification is remembered: with the stored iteration count spoiled behind
// the store's back, only the remembered result can still say yes (PBKDF2 with one iteration
// does not give the stored hash), and a new store (nothing remembered) says no.
void TestAccountStore::verificationRemembered()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    if (!setUp(backend))
        return;
    AccountStore store(m_node->database());
    S15N_CHECK(store.add(QStringLiteral("clinic"), QStringLiteral("pw")));
    S15N_CHECK(store.verify(QStringLiteral("clinic"), QStringLiteral("pw")));
    S15N_CHECK(run(m_node->database(),
                   QStringLiteral("UPDATE s15n_accounts SET iterations = 1 WHERE username = ?"),
                   {QStringLiteral("clinic")}));

    S15N_CHECK(store.verify(QStringLiteral("clinic"), QStringLiteral("pw")));
    QVERIFY(!store.verify(QStringLiteral("clinic"), QStringLiteral("other")).ok());
    S15N_CHECK(store.verify(QStringLiteral("clinic"), QStringLiteral("pw")));
    AccountStore fresh(m_node->database());
    QVERIFY(!fresh.verify(QStringLiteral("clinic"), QStringLiteral("pw")).ok());
}

void TestAccountStore::setPasswordEndsRemembered()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    if (!setUp(backend))
        return;
    AccountStore store(m_node->database());
    S15N_CHECK(store.add(QStringLiteral("clinic"), QStringLiteral("old")));
    S15N_CHECK(store.verify(QStringLiteral("clinic"), QStringLiteral("old")));
    const StoredHash before = stored(QStringLiteral("clinic"));

    S15N_CHECK(store.setPassword(QStringLiteral("clinic"), QStringLiteral("new")));
    const StoredHash after = stored(QStringLiteral("clinic"));
    QVERIFY(after.salt != before.salt); // a new salt with each password
    QVERIFY(after.hash != before.hash);
    QVERIFY(!store.verify(QStringLiteral("clinic"), QStringLiteral("old")).ok());
    S15N_CHECK(store.verify(QStringLiteral("clinic"), QStringLiteral("new")));

    const Status unknown = store.setPassword(QStringLiteral("nobody"), QStringLiteral("x"));
    QVERIFY(!unknown.ok());
    QVERIFY2(unknown.message().contains(QStringLiteral("nobody")), qPrintable(unknown.message()));
    QCOMPARE(accounts(), 1);
}

// Another process (here: another connection and store) changes the password, or removes and
// re-adds the account with the old password: the remembered verification must not outlive
// the password it was made for.
void TestAccountStore::otherConnectionEndsRemembered()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    if (!setUp(backend))
        return;
    Result<std::unique_ptr<Node>> other = Node::open(m_location);
    S15N_CHECK(other);
    AccountStore server(m_node->database());
    AccountStore admin(other.value()->database());

    S15N_CHECK(admin.add(QStringLiteral("clinic"), QStringLiteral("old")));
    S15N_CHECK(server.verify(QStringLiteral("clinic"), QStringLiteral("old")));
    S15N_CHECK(admin.setPassword(QStringLiteral("clinic"), QStringLiteral("new")));
    QVERIFY(!server.verify(QStringLiteral("clinic"), QStringLiteral("old")).ok());
    S15N_CHECK(server.verify(QStringLiteral("clinic"), QStringLiteral("new")));

    S15N_CHECK(admin.remove(QStringLiteral("clinic")));
    QVERIFY(!server.verify(QStringLiteral("clinic"), QStringLiteral("new")).ok());

    // Re-added read-only with the same password: it verifies again, and says read-only.
    S15N_CHECK(admin.add(QStringLiteral("clinic"), QStringLiteral("new"), false));
    Result<Account> again = server.verify(QStringLiteral("clinic"), QStringLiteral("new"));
    S15N_CHECK(again);
    QVERIFY(!again->acceptPushes);
}

QTEST_GUILESS_MAIN(TestAccountStore)
#include "tst_accountstore.moc"
