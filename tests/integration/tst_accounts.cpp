// `s15n account add|password|list|remove` through the real executable, on SQLite and
// PostgreSQL: the password comes from stdin and only its salted PBKDF2 hash is stored;
// every refusal says why on stderr, exits 1 and changes nothing.

#include "exchangenode.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPasswordDigestor>
#include <QTemporaryDir>
#include <QTest>

using namespace s15n::test;
using namespace Qt::StringLiterals;

namespace {

QString describe(const ProcessResult &r)
{
    return u"exit code %1\nstdout: %2\nstderr: %3"_s.arg(r.exitCode).arg(r.out, r.err);
}

void verifySucceeded(const ProcessResult &r)
{
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
}

// Exit code 1, one "s15n: ..." message naming `mentions`, nothing on stdout.
void verifyRefused(const ProcessResult &r, const QString &mentions)
{
    QVERIFY2(r.exitCode == 1, qPrintable(u"want exit code 1\n"_s + describe(r)));
    QVERIFY2(r.err.startsWith(u"s15n: "_s), qPrintable(describe(r)));
    QVERIFY2(r.err.contains(mentions, Qt::CaseInsensitive),
             qPrintable(u"the message should name \"%1\"\n"_s.arg(mentions) + describe(r)));
    QVERIFY2(r.out.isEmpty(), qPrintable(describe(r)));
}

// `s15n account ARGS --db node.db` with `input` on stdin.
ProcessResult account(const ExchangeNode &node, const QStringList &args,
                      const QByteArray &input = QByteArray())
{
    return runS15n(QStringList{u"account"_s} + args + QStringList{u"--db"_s, node.db}, node.env,
                   input);
}

// Every account row as "username | accept_pushes | salt | hash | iterations".
void rows(const ExchangeNode &node, QStringList *lines)
{
    QString error;
    const QList<QVariantList> all =
        querySql(node.db,
                 u"SELECT username, accept_pushes, salt, hash, iterations FROM s15n_accounts "
                 "ORDER BY username"_s,
                 &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    lines->clear();
    for (const QVariantList &row : all) {
        QStringList values;
        for (const QVariant &v : row)
            values << v.toString();
        lines->append(values.join(u" | "_s));
    }
}

// Whether `password` is the one stored for `user`: PBKDF2-HMAC-SHA256 with the stored salt
// and iterations gives the stored hash.
void verifyPassword(const ExchangeNode &node, const QString &user, const QString &password,
                    bool *matches)
{
    QString error;
    const QList<QVariantList> row = querySql(
        node.db,
        u"SELECT salt, hash, iterations FROM s15n_accounts WHERE username = '%1'"_s.arg(user),
        &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(row.size(), 1);
    const QByteArray salt = QByteArray::fromHex(row[0][0].toString().toLatin1());
    QCOMPARE(salt.size(), 16);
    const QByteArray derived = QPasswordDigestor::deriveKeyPbkdf2(
        QCryptographicHash::Sha256, password.toUtf8(), salt, row[0][2].toInt(), 32);
    *matches = QString::fromLatin1(derived.toHex()) == row[0][1].toString();
}

QJsonArray listJson(const ExchangeNode &node)
{
    const ProcessResult r = account(node, {u"list"_s, u"--json"_s});
    if (r.exitCode != 0) {
        qWarning("%s", qPrintable(describe(r)));
        return {};
    }
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

} // namespace

class TestAccounts : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { dropNodeDatabases(); }
    void backends_data();
    void addListRemove_data() { backends_data(); }
    void addListRemove();
    void changePassword_data() { backends_data(); }
    void changePassword();
    void refusals_data();
    void refusals();
};

void TestAccounts::backends_data()
{
    QTest::addColumn<Backend>("backend");
    QTest::newRow("sqlite") << Backend::Sqlite;
    QTest::newRow("postgres") << Backend::Postgres;
}

void TestAccounts::addListRemove()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    ExchangeNode node;
    CHECKED(makeNode(&node, home.path(), u"Parent"_s, backend, Content::Bare));

    const ProcessResult empty = account(node, {u"list"_s});
    CHECKED(verifySucceeded(empty));
    QVERIFY2(empty.out.contains(u"account add"_s), qPrintable(empty.out));
    QCOMPARE(listJson(node), QJsonArray());

    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    const ProcessResult added =
        account(node, {u"add"_s, u"clinic-7"_s}, "open sesame\n"); // a line, as from echo
    CHECKED(verifySucceeded(added));
    QVERIFY2(added.out.contains(u"clinic-7"_s), qPrintable(added.out));
    CHECKED(verifySucceeded(account(node, {u"add"_s, u"depot"_s, u"--read-only"_s}, "ro-pass")));
    const QDateTime after = QDateTime::currentDateTimeUtc().addSecs(1);

    bool matches = false;
    CHECKED(verifyPassword(node, u"clinic-7"_s, u"open sesame"_s, &matches));
    QVERIFY2(matches, "the stored hash is not that of the password given on stdin");
    CHECKED(verifyPassword(node, u"clinic-7"_s, u"open sesame\n"_s, &matches));
    QVERIFY(!matches); // the line end is not part of the password
    CHECKED(verifyPassword(node, u"depot"_s, u"ro-pass"_s, &matches));
    QVERIFY(matches);
    QStringList stored;
    CHECKED(rows(node, &stored));
    QCOMPARE(stored.size(), 2);
    for (const QString &line : std::as_const(stored))
        QVERIFY2(!line.contains(u"sesame"_s) && !line.contains(u"ro-pass"_s), qPrintable(line));
    QVERIFY2(stored[0].startsWith(u"clinic-7 | 1 | "_s), qPrintable(stored[0]));
    QVERIFY2(stored[1].startsWith(u"depot | 0 | "_s), qPrintable(stored[1]));

    const QJsonArray list = listJson(node);
    QCOMPARE(list.size(), 2);
    const QJsonObject clinic = list.at(0).toObject();
    const QJsonObject depot = list.at(1).toObject();
    QCOMPARE(clinic.value(u"username"_s).toString(), u"clinic-7"_s);
    QCOMPARE(clinic.value(u"acceptPushes"_s), QJsonValue(true));
    QCOMPARE(depot.value(u"username"_s).toString(), u"depot"_s);
    QCOMPARE(depot.value(u"acceptPushes"_s), QJsonValue(false));
    for (const QJsonObject &o : {clinic, depot}) {
        const QDateTime created =
            QDateTime::fromString(o.value(u"created"_s).toString(), Qt::ISODate);
        QVERIFY2(created.isValid() && created >= before && created <= after,
                 qPrintable(o.value(u"created"_s).toString()));
        QCOMPARE(o.keys().size(), 3); // nothing more: no salt, no hash
    }

    const ProcessResult text = account(node, {u"list"_s});
    CHECKED(verifySucceeded(text));
    const QStringList lines = text.out.split(u'\n', Qt::SkipEmptyParts);
    QCOMPARE(lines.size(), 3);
    QVERIFY2(lines[1].startsWith(u"clinic-7 "_s) && lines[1].contains(u" yes "_s),
             qPrintable(text.out));
    QVERIFY2(lines[2].startsWith(u"depot "_s) && lines[2].contains(u" no "_s),
             qPrintable(text.out));

    CHECKED(verifySucceeded(account(node, {u"remove"_s, u"clinic-7"_s})));
    const QJsonArray left = listJson(node);
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.at(0).toObject().value(u"username"_s).toString(), u"depot"_s);
    CHECKED(verifyRefused(account(node, {u"remove"_s, u"clinic-7"_s}), u"clinic-7"_s));
}

void TestAccounts::changePassword()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    ExchangeNode node;
    CHECKED(makeNode(&node, home.path(), u"Parent"_s, backend, Content::Bare));
    CHECKED(verifySucceeded(account(node, {u"add"_s, u"clinic"_s, u"--read-only"_s}, "first\n")));
    QStringList before;
    CHECKED(rows(node, &before));

    CHECKED(verifySucceeded(account(node, {u"password"_s, u"clinic"_s}, "second\n")));
    bool matches = false;
    CHECKED(verifyPassword(node, u"clinic"_s, u"second"_s, &matches));
    QVERIFY(matches);
    CHECKED(verifyPassword(node, u"clinic"_s, u"first"_s, &matches));
    QVERIFY(!matches);
    QStringList after;
    CHECKED(rows(node, &after));
    QCOMPARE(after.size(), 1);
    // Still read-only, with a new salt and hash.
    QVERIFY2(after[0].startsWith(u"clinic | 0 | "_s), qPrintable(after[0]));
    QVERIFY(after[0] != before[0]);

    // An empty new password and an unknown account are refused; the password stays.
    CHECKED(verifyRefused(account(node, {u"password"_s, u"clinic"_s}, "\n"), u"password"_s));
    CHECKED(verifyRefused(account(node, {u"password"_s, u"nobody"_s}, "x\n"), u"nobody"_s));
    QStringList unchanged;
    CHECKED(rows(node, &unchanged));
    QCOMPARE(unchanged, after);
}

void TestAccounts::refusals_data()
{
    QTest::addColumn<Backend>("backend");
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<QString>("mentions");
    const QList<std::tuple<const char *, QStringList, QByteArray, QString>> cases{
        {"duplicate", {u"add"_s, u"taken"_s}, "another\n", u"exists"_s},
        {"duplicate, read-only", {u"add"_s, u"taken"_s, u"--read-only"_s}, "x\n", u"taken"_s},
        {"empty password", {u"add"_s, u"fresh"_s}, "\n", u"password"_s},
        {"no password at all", {u"add"_s, u"fresh"_s}, QByteArray(), u"password"_s},
        {"name with a space", {u"add"_s, u"two words"_s}, "x\n", u"two words"_s},
        {"name with a colon", {u"add"_s, u"a:b"_s}, "x\n", u"a:b"_s},
        {"name too long", {u"add"_s, QString(65, u'n')}, "x\n", u"64"_s},
        {"no name", {u"add"_s}, "x\n", u"USER"_s},
        {"two names", {u"add"_s, u"a"_s, u"b"_s}, "x\n", u"USER"_s},
        {"unknown action", {u"rename"_s, u"taken"_s}, QByteArray(), u"rename"_s},
        {"no action", {}, QByteArray(), u"add"_s},
        {"remove unknown", {u"remove"_s, u"nobody"_s}, QByteArray(), u"nobody"_s},
        {"read-only outside add",
         {u"password"_s, u"taken"_s, u"--read-only"_s},
         "x\n",
         u"--read-only"_s},
        {"list with a name", {u"list"_s, u"taken"_s}, QByteArray(), u"list"_s},
    };
    for (const Backend backend : {Backend::Sqlite, Backend::Postgres}) {
        for (const auto &[name, args, input, mentions] : cases)
            QTest::addRow("%s, %s", qPrintable(toString(backend)), name)
                << backend << args << input << mentions;
    }
}

// Each refusal exits 1 with a message and leaves the accounts exactly as they were.
void TestAccounts::refusals()
{
    QFETCH(Backend, backend);
    QFETCH(QStringList, args);
    QFETCH(QByteArray, input);
    QFETCH(QString, mentions);
    REQUIRE_BACKEND(backend);
    QTemporaryDir home;
    QVERIFY(home.isValid());
    ExchangeNode node;
    CHECKED(makeNode(&node, home.path(), u"Parent"_s, backend, Content::Bare));
    CHECKED(verifySucceeded(account(node, {u"add"_s, u"taken"_s}, "original\n")));
    QStringList before;
    CHECKED(rows(node, &before));
    QCOMPARE(before.size(), 1);

    CHECKED(verifyRefused(account(node, args, input), mentions));
    QStringList after;
    CHECKED(rows(node, &after));
    QCOMPARE(after, before);
    bool matches = false;
    CHECKED(verifyPassword(node, u"taken"_s, u"original"_s, &matches));
    QVERIFY(matches);
}

QTEST_GUILESS_MAIN(TestAccounts)
#include "tst_accounts.moc"
