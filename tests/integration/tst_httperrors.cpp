// Bad input and refusals of sync over HTTP (issue "Sync between running nodes"), between real
// `s15n serve` processes on 127.0.0.1 and the real CLI: wrong credentials, an unregistered
// peer, a node logging in with another account than its own, refused pushes, a server that is
// down, and refused repositories. Each refusal is checked for a clear message, a failing exit
// code, nothing changed, and a log entry on the side that refused. The parent runs on
// PostgreSQL where the data path matters most (credentials), on SQLite elsewhere;
// children are SQLite. Refusals of single requests (body limit, malformed pushes, wrong
// methods and paths, TLS) are in tst_httprequests.cpp.

#include "httptest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <algorithm>
#include <iterator>

using namespace s15n::test;
using namespace Qt::StringLiterals;

namespace {

// As verifyUnchanged, but the caller's cursors may move for other resources than `table`: a
// round whose push of `table` is refused still sends cursor-only pages for the others (they
// apply nothing and are accepted, so a pull-only peer does not fail every round).
void verifyUnchangedBut(const ExchangeNode &node, const QStringList &before, const QString &table)
{
    QStringList after;
    CHECKED(snapshot(node, &after));
    const auto keep = [&](const QString &line) {
        return !line.startsWith(u"s15n_cursors: "_s) || line.section(u' ', 2, 2) == table;
    };
    QStringList a;
    QStringList b;
    std::copy_if(before.cbegin(), before.cend(), std::back_inserter(a), keep);
    std::copy_if(after.cbegin(), after.cend(), std::back_inserter(b), keep);
    const QString diff = difference(a, b, node.name + u" before"_s, u"after"_s);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

// `s15n repo list --json` / `s15n peer list --json`.
void listJson(const ExchangeNode &node, const QString &noun, QJsonArray *list)
{
    const ProcessResult r = runNode(node, {noun, u"list"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(doc.isArray(), qPrintable(error.errorString() + u": "_s + r.out));
    *list = doc.array();
}

} // namespace

class TestHttpErrors : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { dropNodeDatabases(); }

    // 1. Wrong credentials, at `repo add` and at a sync after the parent changed the password;
    //    and a request without credentials.
    void wrongCredentials()
    {
        REQUIRE_BACKEND(Backend::Postgres);
        HttpSite site;
        CHECKED(makeSite(&site, Backend::Postgres));
        CHECKED(addAccount(site.parent, kAccount, kPassword));

        const ProcessResult wrong = runNodeWithInput(
            site.child, {u"repo"_s, u"add"_s, u"parent"_s, site.server.url, u"--user"_s, kAccount},
            "not the password\n");
        QVERIFY2(wrong.exitCode == 1, qPrintable(describe(wrong)));
        VERIFY_MENTIONS(wrong.err, (QStringList{u"401"_s, kAccount, u"nothing was added"_s}));
        QJsonArray repos;
        CHECKED(listJson(site.child, u"repo"_s, &repos));
        QVERIFY2(repos.isEmpty(), qPrintable(QString::fromUtf8(QJsonDocument(repos).toJson())));
        QJsonArray peers;
        CHECKED(listJson(site.parent, u"peer"_s, &peers));
        QVERIFY(peers.isEmpty());
        QJsonObject refused;
        CHECKED(newestEntry(site.parent, u"authenticate"_s, &refused));
        QCOMPARE(refused.value(u"result"_s).toString(), u"error"_s);
        QCOMPARE(refused.value(u"peer"_s).toString(), site.child.uuid);
        VERIFY_MENTIONS(refused.value(u"message"_s).toString(), QStringList{kAccount});

        // The right password works; then the parent changes it.
        CHECKED(addRepository(site.child, u"parent"_s, site.server.url, kAccount, kPassword));
        CHECKED(syncOk(site.child));
        const ProcessResult changed = runNodeWithInput(
            site.parent, {u"account"_s, u"password"_s, kAccount}, "the new secret\n");
        QVERIFY2(changed.exitCode == 0, qPrintable(describe(changed)));
        CHECKED(sql(site.parent,
                    u"UPDATE items SET name = 'after the password change' WHERE code = 'ORS';"_s));
        QStringList childBefore;
        CHECKED(snapshot(site.child, &childBefore));

        const ProcessResult refusedSync = syncWith(site.child, u"parent"_s);
        QVERIFY2(refusedSync.exitCode == 1, qPrintable(describe(refusedSync)));
        VERIFY_MENTIONS(refusedSync.err, (QStringList{u"401"_s, kAccount, u"repo edit"_s}));
        QJsonObject round;
        CHECKED(newestEntry(site.child, u"round"_s, &round));
        QCOMPARE(round.value(u"result"_s).toString(), u"error"_s);
        QVERIFY2(round.value(u"remoteError"_s).toBool(), qPrintable(entryText(round)));
        VERIFY_MENTIONS(round.value(u"message"_s).toString(), QStringList{u"401"_s});
        CHECKED(verifyUnchanged(site.child, childBefore));

        // No credentials at all: 401 with a challenge.
        HttpAnswer anonymous;
        CHECKED(http("GET", site.server.url + u"/s15n/v1/node"_s, {}, {}, &anonymous));
        QVERIFY2(anonymous.status == 401, qPrintable(anonymous.describe()));
        QVERIFY2(anonymous.header("WWW-Authenticate").startsWith("Basic"),
                 qPrintable(anonymous.describe()));
        QVERIFY2(!anonymous.body.contains(site.parent.uuid.toLatin1()),
                 qPrintable(anonymous.describe()));

        // With the new password stored, the change that waited arrives.
        const ProcessResult edited = runNodeWithInput(
            site.child, {u"repo"_s, u"edit"_s, u"parent"_s, u"--password"_s}, "the new secret\n");
        QVERIFY2(edited.exitCode == 0, qPrintable(describe(edited)));
        CHECKED(syncOk(site.child));
        QString name;
        CHECKED(valueOf(site.child, u"SELECT name FROM items WHERE code = 'ORS'"_s, &name));
        QCOMPARE(name, u"after the password change"_s);
        CHECKED(stopServer(&site.server));
    }

    // 2. The parent forgot the child: 403 saying so and how to register; following that advice
    //    makes the next round work.
    void unregisteredPeer()
    {
        HttpSite site;
        CHECKED(makeConnectedSite(&site, Backend::Sqlite, true));
        const ProcessResult removed =
            runNode(site.parent, {u"peer"_s, u"remove"_s, site.child.uuid});
        QVERIFY2(removed.exitCode == 0, qPrintable(describe(removed)));
        CHECKED(sql(site.parent, u"UPDATE items SET name = 'parent edit' WHERE code = 'ORS';"_s));
        CHECKED(sql(site.child, u"UPDATE stores SET name = 'child edit' WHERE code = 'HQ';"_s));
        QStringList parentBefore;
        QStringList childBefore;
        CHECKED(snapshot(site.parent, &parentBefore));
        CHECKED(snapshot(site.child, &childBefore));

        const ProcessResult r = syncWith(site.child, u"parent"_s);
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        VERIFY_MENTIONS(r.err, (QStringList{u"403"_s, site.child.uuid, u"not registered"_s,
                                            u"s15n peer add"_s}));
        CHECKED(verifyUnchanged(site.parent, parentBefore));
        CHECKED(verifyUnchanged(site.child, childBefore));
        QJsonArray peers;
        CHECKED(listJson(site.parent, u"peer"_s, &peers));
        QVERIFY2(peers.isEmpty(), "the refused round registered the child again");
        QJsonObject round;
        CHECKED(newestEntry(site.child, u"round"_s, &round));
        QCOMPARE(round.value(u"result"_s).toString(), u"error"_s);
        QVERIFY2(round.value(u"remoteError"_s).toBool(), qPrintable(entryText(round)));
        VERIFY_MENTIONS(round.value(u"message"_s).toString(),
                        (QStringList{u"403"_s, u"not registered"_s}));
        QJsonObject authorize;
        CHECKED(newestEntry(site.parent, u"authorize"_s, &authorize));
        QCOMPARE(authorize.value(u"result"_s).toString(), u"error"_s);
        QCOMPARE(authorize.value(u"peer"_s).toString(), site.child.uuid);

        // The advice works as given: run the suggested `s15n peer add ...` on the parent.
        static const QRegularExpression advice(u"'s15n (peer add [^']*)'"_s);
        const QRegularExpressionMatch m = advice.match(r.err);
        QVERIFY2(m.hasMatch(), qPrintable(r.err));
        QStringList command = QProcess::splitCommand(m.captured(1));
        QVERIFY(!command.isEmpty());
        const ProcessResult added = runNode(site.parent, command);
        QVERIFY2(added.exitCode == 0,
                 qPrintable(u"the suggested command 's15n %1' fails: "_s.arg(m.captured(1)) +
                            describe(added)));
        CHECKED(syncOk(site.child));
        CHECKED(verifySameData(site.parent, site.child));
    }

    // 2b. The child logs in with another valid account than the one it registered with: 403
    //     saying the node is registered with another account, for rounds and for registering
    //     again; nothing changes on either side, the parent logs the refusal. Back on its own
    //     account, everything that waited moves.
    void registeredWithAnotherAccount()
    {
        HttpSite site;
        CHECKED(makeConnectedSite(&site, Backend::Sqlite, true));
        const QString other = u"acct_other"_s;
        const QString otherPassword = u"other secret"_s;
        CHECKED(addAccount(site.parent, other, otherPassword));
        const ProcessResult switched = runNodeWithInput(
            site.child, {u"repo"_s, u"edit"_s, u"parent"_s, u"--user"_s, other, u"--password"_s},
            otherPassword.toUtf8() + '\n');
        QVERIFY2(switched.exitCode == 0, qPrintable(describe(switched)));
        CHECKED(changeBothSides(site.parent, site.child));
        QStringList parentBefore;
        QStringList childBefore;
        CHECKED(snapshot(site.parent, &parentBefore));
        CHECKED(snapshot(site.child, &childBefore));

        const ProcessResult r = syncWith(site.child, u"parent"_s);
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        VERIFY_MENTIONS(r.err, (QStringList{u"403"_s, site.child.uuid, u"another account"_s,
                                            u"s15n peer remove"_s}));
        QJsonObject round;
        CHECKED(newestEntry(site.child, u"round"_s, &round));
        QCOMPARE(round.value(u"result"_s).toString(), u"error"_s);
        QVERIFY2(round.value(u"remoteError"_s).toBool(), qPrintable(entryText(round)));
        VERIFY_MENTIONS(round.value(u"message"_s).toString(),
                        (QStringList{u"403"_s, u"another account"_s}));

        // Registering again with that account is refused the same way.
        const ProcessResult again = runNode(site.child, {u"repo"_s, u"register"_s, u"parent"_s});
        QVERIFY2(again.exitCode == 1, qPrintable(describe(again)));
        VERIFY_MENTIONS(again.err, (QStringList{site.child.uuid, u"another account"_s}));
        // Registering by hand would be refused too: no advice to.
        QVERIFY2(!again.err.contains(u"peer add"_s) && !again.err.contains(u"register by hand"_s),
                 qPrintable(describe(again)));

        CHECKED(verifyUnchanged(site.parent, parentBefore));
        CHECKED(verifyUnchanged(site.child, childBefore));
        QJsonArray peers;
        CHECKED(listJson(site.parent, u"peer"_s, &peers));
        QCOMPARE(peers.size(), 1);
        QCOMPARE(peers.first().toObject().value(u"uuid"_s).toString(), site.child.uuid);
        QCOMPARE(peers.first().toObject().value(u"user"_s).toString(), kAccount);
        // The credentials were right (no authenticate error); the refusal is an authorize one.
        QList<QJsonObject> authentications;
        CHECKED(entriesOf(site.parent, u"authenticate"_s, &authentications));
        QVERIFY2(authentications.isEmpty(), qPrintable(entryText(authentications.value(0))));
        QList<QJsonObject> authorizations;
        CHECKED(entriesOf(site.parent, u"authorize"_s, &authorizations));
        // The round stopped at the first refusal instead of repeating it for every resource.
        QCOMPARE(authorizations.size(), 1);
        for (const QJsonObject &authorize : std::as_const(authorizations)) {
            QCOMPARE(authorize.value(u"result"_s).toString(), u"error"_s);
            QCOMPARE(authorize.value(u"peer"_s).toString(), site.child.uuid);
            VERIFY_MENTIONS(authorize.value(u"message"_s).toString(),
                            QStringList{u"another account"_s});
        }

        // Back on the account it registered with, the changes that waited move.
        const ProcessResult restored = runNodeWithInput(
            site.child, {u"repo"_s, u"edit"_s, u"parent"_s, u"--user"_s, kAccount, u"--password"_s},
            kPassword.toUtf8() + '\n');
        QVERIFY2(restored.exitCode == 0, qPrintable(describe(restored)));
        CHECKED(syncOk(site.child));
        CHECKED(verifySameData(site.parent, site.child));
        QString value;
        CHECKED(valueOf(site.parent, u"SELECT name FROM stores WHERE code = 'HQ'"_s, &value));
        QCOMPARE(value, u"child edit"_s);
    }

    // 3. Pushes refused by the peer's setting or by a read-only account: the push fails with
    //    403 and the reason, the parent's data is unchanged, the pulls of the round still work.
    void pushesNotAccepted_data()
    {
        QTest::addColumn<bool>("readOnlyAccount");
        QTest::newRow("peer edit --accept-pushes no") << false;
        QTest::newRow("account add --read-only") << true;
    }
    void pushesNotAccepted()
    {
        QFETCH(bool, readOnlyAccount);
        HttpSite site;
        const QString account = readOnlyAccount ? u"acct_ro"_s : kAccount;
        CHECKED(makeConnectedSite(&site, Backend::Sqlite, false, {},
                                  readOnlyAccount ? QStringList{u"--read-only"_s} : QStringList{},
                                  account));
        // The first copy. The child changed nothing, so even with a read-only account the round
        // succeeds: its cursor-only push pages apply nothing and are accepted.
        const ProcessResult first = syncWith(site.child, u"parent"_s);
        QVERIFY2(first.exitCode == 0, qPrintable(describe(first)));
        CHECKED(verifySameData(site.parent, site.child));
        if (!readOnlyAccount) {
            const ProcessResult edited =
                runNode(site.parent,
                        {u"peer"_s, u"edit"_s, site.child.uuid, u"--accept-pushes"_s, u"no"_s});
            QVERIFY2(edited.exitCode == 0, qPrintable(describe(edited)));
        }
        // The child changes the first resource; the parent changes later ones.
        CHECKED(sql(site.child, u"UPDATE stores SET name = 'child edit' WHERE code = 'HQ';"_s));
        CHECKED(sql(site.parent, u"UPDATE items SET name = 'parent edit' WHERE code = 'ORS';"_s));
        CHECKED(sql(site.parent, u"UPDATE transaction_lines SET quantity = 777 WHERE id = 1;"_s));
        QString lineUuid;
        CHECKED(
            valueOf(site.parent, u"SELECT uuid FROM transaction_lines WHERE id = 1"_s, &lineUuid));
        QStringList parentBefore;
        CHECKED(snapshot(site.parent, &parentBefore));

        const ProcessResult r = syncWith(site.child, u"parent"_s);
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        VERIFY_MENTIONS(r.err, (QStringList{u"403"_s, u"pushes"_s, u"not accepted"_s}));
        CHECKED(verifyUnchangedBut(site.parent, parentBefore, u"stores"_s));
        QString value;
        CHECKED(valueOf(site.parent, u"SELECT name FROM stores WHERE code = 'HQ'"_s, &value));
        QCOMPARE(value, u"Central Warehouse"_s);
        // The pull part went ahead, also for resources after the refused push.
        CHECKED(valueOf(site.child, u"SELECT name FROM items WHERE code = 'ORS'"_s, &value));
        QCOMPARE(value, u"parent edit"_s);
        CHECKED(valueOf(site.child,
                        u"SELECT quantity FROM transaction_lines WHERE uuid = '%1'"_s.arg(lineUuid),
                        &value));
        QCOMPARE(value, u"777"_s);
        // The child's change is kept, still pending.
        CHECKED(valueOf(site.child, u"SELECT name FROM stores WHERE code = 'HQ'"_s, &value));
        QCOMPARE(value, u"child edit"_s);

        // The child's log: the refused push of stores in this round (entries newest first: the
        // round, then its steps, then the round before).
        QJsonArray log;
        CHECKED(readLog(site.child, &log));
        QJsonObject push;
        int rounds = 0;
        for (const QJsonValue &v : std::as_const(log)) {
            const QJsonObject o = v.toObject();
            if (o.value(u"action"_s).toString() == u"round"_s && ++rounds > 1)
                break;
            if (o.value(u"action"_s).toString() == u"push page"_s &&
                o.value(u"resource"_s).toString() == u"stores"_s)
                push = o;
        }
        QVERIFY2(!push.isEmpty(), qPrintable(u"no push of stores in the last round: "_s +
                                             QString::fromUtf8(QJsonDocument(log).toJson())));
        QCOMPARE(push.value(u"result"_s).toString(), u"error"_s);
        QVERIFY2(push.value(u"remoteError"_s).toBool(), qPrintable(entryText(push)));
        VERIFY_MENTIONS(push.value(u"message"_s).toString(),
                        (QStringList{u"403"_s, u"not accepted"_s}));
        QJsonObject round;
        CHECKED(newestEntry(site.child, u"round"_s, &round));
        QCOMPARE(round.value(u"result"_s).toString(), u"error"_s);
        QVERIFY2(round.value(u"received"_s).toInteger() >= 2, qPrintable(entryText(round)));
        QJsonObject served;
        CHECKED(newestEntry(site.parent, u"serve push"_s, &served, u"stores"_s));
        QCOMPARE(served.value(u"result"_s).toString(), u"error"_s);
        QCOMPARE(served.value(u"peer"_s).toString(), site.child.uuid);
        VERIFY_MENTIONS(served.value(u"message"_s).toString(), QStringList{u"not accepted"_s});

        if (!readOnlyAccount) {
            // Accepted again: the change that waited goes up, nothing lost.
            const ProcessResult again = runNode(site.parent, {u"peer"_s, u"edit"_s, site.child.uuid,
                                                              u"--accept-pushes"_s, u"yes"_s});
            QVERIFY2(again.exitCode == 0, qPrintable(describe(again)));
            CHECKED(syncOk(site.child));
            CHECKED(valueOf(site.parent, u"SELECT name FROM stores WHERE code = 'HQ'"_s, &value));
            QCOMPARE(value, u"child edit"_s);
            CHECKED(verifySameData(site.parent, site.child));
        }
        if (readOnlyAccount) {
            // The reason: the account is read-only (not a setting of the peer).
            QVERIFY2(r.err.contains(u"read-only"_s, Qt::CaseInsensitive) || r.err.contains(account),
                     qPrintable(
                         u"the refusal does not say that account %1 is read-only: "_s.arg(account) +
                         r.err));
        }
    }

    // 4. The server is down: the round fails saying so; once it is back on the same port the
    //    next round moves everything that waited on both sides.
    void serverDown()
    {
        HttpSite site;
        CHECKED(makeConnectedSite(&site, Backend::Sqlite, true));
        const quint16 port = site.server.port;
        CHECKED(stopServer(&site.server));
        CHECKED(changeBothSides(site.parent, site.child));
        QStringList childBefore;
        CHECKED(snapshot(site.child, &childBefore));

        const ProcessResult r = syncWith(site.child, u"parent"_s);
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        VERIFY_MENTIONS(r.err, (QStringList{u"cannot reach"_s, site.server.url,
                                            u"the next round tries again"_s}));
        CHECKED(verifyUnchanged(site.child, childBefore));
        QJsonObject round;
        CHECKED(newestEntry(site.child, u"round"_s, &round));
        QCOMPARE(round.value(u"result"_s).toString(), u"error"_s);
        QVERIFY2(!round.value(u"remoteError"_s).toBool(), qPrintable(entryText(round)));
        VERIFY_MENTIONS(round.value(u"message"_s).toString(), QStringList{u"cannot reach"_s});

        CHECKED(startServer(site.parent, &site.server, {u"--no-worker"_s}, port));
        QCOMPARE(site.server.port, port);
        CHECKED(syncOk(site.child));
        CHECKED(verifySameData(site.parent, site.child));
        QString value;
        CHECKED(valueOf(site.parent, u"SELECT name FROM stores WHERE code = 'HQ'"_s, &value));
        QCOMPARE(value, u"child edit"_s);
        CHECKED(valueOf(site.parent, u"SELECT COUNT(*) FROM stores WHERE code IN ('C-1', 'P-1')"_s,
                        &value));
        QCOMPARE(value, u"2"_s);
        CHECKED(valueOf(site.child, u"SELECT COUNT(*) FROM transaction_lines"_s, &value));
        QCOMPARE(value, u"29"_s);
        CHECKED(newestEntry(site.child, u"round"_s, &round));
        QCOMPARE(round.value(u"result"_s).toString(), u"success"_s);
    }

    // 5. repo add: another node's UUID is refused; an unreachable URL is kept unregistered
    //    with a warning saying how to register, and `repo register` does it later.
    void repositoryAddRefusals()
    {
        HttpSite site;
        CHECKED(makeSite(&site, Backend::Sqlite));
        CHECKED(addAccount(site.parent, kAccount, kPassword));
        const QString other = newUuid();
        const ProcessResult wrongNode =
            runNodeWithInput(site.child,
                             {u"repo"_s, u"add"_s, u"parent"_s, site.server.url, u"--user"_s,
                              kAccount, u"--uuid"_s, other},
                             kPassword.toUtf8() + '\n');
        QVERIFY2(wrongNode.exitCode == 1, qPrintable(describe(wrongNode)));
        VERIFY_MENTIONS(wrongNode.err,
                        (QStringList{other, site.parent.uuid, u"nothing was added"_s}));
        QJsonArray list;
        CHECKED(listJson(site.child, u"repo"_s, &list));
        QVERIFY(list.isEmpty());
        CHECKED(listJson(site.parent, u"peer"_s, &list));
        QVERIFY2(list.isEmpty(), "the refused repository registered the child");

        // The same URL while nothing listens there.
        const quint16 port = site.server.port;
        CHECKED(stopServer(&site.server));
        const ProcessResult offline = runNodeWithInput(
            site.child, {u"repo"_s, u"add"_s, u"parent"_s, site.server.url, u"--user"_s, kAccount},
            kPassword.toUtf8() + '\n');
        QVERIFY2(offline.exitCode == 0, qPrintable(describe(offline)));
        VERIFY_MENTIONS(offline.err, (QStringList{u"warning"_s, u"s15n repo register parent"_s,
                                                  u"s15n peer add"_s, site.child.uuid}));
        // A one-off command: no round will try again by itself.
        QVERIFY2(!offline.err.contains(u"next round"_s), qPrintable(describe(offline)));
        CHECKED(listJson(site.child, u"repo"_s, &list));
        QCOMPARE(list.size(), 1);
        QJsonObject repo = list.first().toObject();
        QCOMPARE(repo.value(u"name"_s).toString(), u"parent"_s);
        QVERIFY2(!repo.value(u"registered"_s).toBool(), qPrintable(entryText(repo)));
        QCOMPARE(repo.value(u"remoteUuid"_s).toString(), QString());
        QJsonObject registration;
        CHECKED(newestEntry(site.child, u"register"_s, &registration));
        QCOMPARE(registration.value(u"result"_s).toString(), u"error"_s);
        QCOMPARE(registration.value(u"repository"_s).toString(), u"parent"_s);
        VERIFY_MENTIONS(registration.value(u"message"_s).toString(),
                        (QStringList{u"cannot reach"_s, u"s15n repo register parent"_s}));

        CHECKED(startServer(site.parent, &site.server, {u"--no-worker"_s}, port));
        const ProcessResult registered =
            runNode(site.child, {u"repo"_s, u"register"_s, u"parent"_s});
        QVERIFY2(registered.exitCode == 0, qPrintable(describe(registered)));
        CHECKED(listJson(site.child, u"repo"_s, &list));
        QCOMPARE(list.size(), 1);
        repo = list.first().toObject();
        QVERIFY2(repo.value(u"registered"_s).toBool(), qPrintable(entryText(repo)));
        QCOMPARE(repo.value(u"remoteUuid"_s).toString(), site.parent.uuid);
        CHECKED(listJson(site.parent, u"peer"_s, &list));
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(u"uuid"_s).toString(), site.child.uuid);
        CHECKED(syncOk(site.child));
        CHECKED(verifySameData(site.parent, site.child));
    }
};

QTEST_GUILESS_MAIN(TestHttpErrors)
#include "tst_httperrors.moc"
