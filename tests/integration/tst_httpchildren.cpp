// Children over HTTP (issue 5): real `s15n serve` processes on 127.0.0.1 and real child nodes.
// A child's excluded tables never reach it: its catalogue does not list them, a round syncs
// everything else, and asking for them directly (pull, cursor, rows) or pushing to them is
// refused with 403. The child's UUID is filled in at its first registration; another node
// using its credentials is refused. Global exclusions apply to every child and to no other
// peer. The parent runs on SQLite and on PostgreSQL (the ctest fixture's server).

#include "httptest.h"

#include "protocol/messages.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace s15n::test;
using namespace Qt::StringLiterals;

namespace {

const QString kNick = u"Clinic 4"_s;
const QString kExcluded = u"transaction_lines"_s;

void addBackendRows()
{
    QTest::addColumn<Backend>("backend");
    QTest::newRow("sqlite parent") << Backend::Sqlite;
    QTest::newRow("postgres parent") << Backend::Postgres;
}

// `s15n child add NICK --user USER [extra]` on the parent, password on stdin; must exit 0.
void addChild(const ExchangeNode &parent, const QString &nickname, const QString &user,
              const QStringList &extra = {})
{
    const ProcessResult r = runNodeWithInput(
        parent, QStringList{u"child"_s, u"add"_s, nickname, u"--user"_s, user} + extra,
        kPassword.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
}

// The parent's `child list --json` entry for `nickname`.
void childEntry(const ExchangeNode &parent, const QString &nickname, QJsonObject *entry)
{
    const ProcessResult r = runNode(parent, {u"child"_s, u"list"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array()) {
        if (v.toObject().value(u"nickname"_s).toString() == nickname) {
            *entry = v.toObject();
            return;
        }
    }
    QFAIL(qPrintable(u"no child '%1' in: %2"_s.arg(nickname, r.out)));
}

Headers headersFor(const ExchangeNode &node, const QString &account)
{
    return {{"Authorization", basicAuth(account, kPassword)},
            {"X-S15n-Node", node.uuid.toLatin1()}};
}

void countRows(const ExchangeNode &node, const QString &table, int *count)
{
    QVariant v;
    CHECKED(scalar(node, u"SELECT COUNT(*) FROM %1"_s.arg(table), &v));
    *count = v.toInt();
}

// The tables of `node` hold what the parent's hold, for `tables` only.
void verifySameTables(const ExchangeNode &parent, const ExchangeNode &node,
                      const QStringList &tables)
{
    QStringList a;
    QStringList b;
    CHECKED(dumpData(parent, &a, tables));
    CHECKED(dumpData(node, &b, tables));
    QVERIFY2(!a.isEmpty(), "the parent has no rows to compare");
    const QString diff = difference(a, b, parent.name, node.name);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

QStringList sampleTablesBut(const QStringList &left)
{
    QStringList tables = sampleTables();
    for (const QString &t : left)
        tables.removeAll(t);
    tables.sort();
    return tables;
}

// The resources a GET node answer lists.
void catalogue(const HttpSite &site, const ExchangeNode &node, const QString &account,
               QStringList *tables)
{
    HttpAnswer answer;
    CHECKED(
        http("GET", site.server.url + u"/s15n/v1/node"_s, headersFor(node, account), {}, &answer));
    QVERIFY2(answer.status == 200, qPrintable(answer.describe()));
    s15n::Result<s15n::messages::NodeInfo> info = s15n::messages::nodeInfoFromXml(answer.body);
    QVERIFY2(info.ok(), qPrintable(info.message()));
    tables->clear();
    for (const s15n::Resource &r : info.value().resources)
        tables->append(r.table);
    tables->sort();
}

// A 403 refusal of an excluded table, saying how to allow it.
void verifyExcluded(const HttpAnswer &answer, const QStringList &words)
{
    QVERIFY2(answer.status == 403, qPrintable(answer.describe()));
    QCOMPARE(s15n::messages::errorCodeFromBody(answer.body), u"excluded"_s);
    VERIFY_MENTIONS(answer.message(), words);
}

QString versionNow(const QString &nodeUuid)
{
    return u"%1-0000-%2"_s.arg(
        QString::number(QDateTime::currentMSecsSinceEpoch(), 16).rightJustified(12, u'0'),
        QUuid::fromString(nodeUuid).toString(QUuid::Id128));
}

} // namespace

class TestHttpChildren : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { dropNodeDatabases(); }

    // A child with an excluded table: it gets everything else, never that table; asking for it
    // directly or pushing to it is refused; allowing it again brings it in the next round.
    void excludedTableNeverArrives_data() { addBackendRows(); }
    void excludedTableNeverArrives()
    {
        QFETCH(Backend, backend);
        REQUIRE_BACKEND(backend);
        HttpSite site;
        CHECKED(makeSite(&site, backend));
        CHECKED(addChild(site.parent, kNick, kAccount, {u"--exclude"_s, kExcluded}));
        QJsonObject entry;
        CHECKED(childEntry(site.parent, kNick, &entry));
        QVERIFY(entry.value(u"uuid"_s).isNull());
        QVERIFY(entry.value(u"lastContact"_s).isNull());

        // `repo add` registers the child: its UUID is recorded now.
        CHECKED(addRepository(site.child, u"parent"_s, site.server.url, kAccount, kPassword));
        CHECKED(childEntry(site.parent, kNick, &entry));
        QCOMPARE(entry.value(u"uuid"_s).toString(), site.child.uuid);
        QVERIFY2(!entry.value(u"lastContact"_s).isNull(), qPrintable(entryText(entry)));
        QJsonObject registered;
        CHECKED(newestEntry(site.parent, u"register"_s, &registered));
        VERIFY_MENTIONS(registered.value(u"message"_s).toString(),
                        (QStringList{u"child 'Clinic 4'"_s, u"UUID is recorded"_s}));

        // The catalogue the child sees leaves the table out.
        QStringList tables;
        CHECKED(catalogue(site, site.child, kAccount, &tables));
        QVERIFY2(!tables.contains(kExcluded), qPrintable(tables.join(u", "_s)));
        QCOMPARE(tables.size(), sampleTables().size() - 1);

        // A round brings everything else, and no row of the table.
        CHECKED(syncOk(site.child));
        CHECKED(verifySameTables(site.parent, site.child, sampleTablesBut({kExcluded})));
        int count = -1;
        CHECKED(countRows(site.child, kExcluded, &count));
        QCOMPARE(count, 0);
        CHECKED(countRows(site.parent, kExcluded, &count));
        QVERIFY(count > 0);
        QJsonObject round;
        CHECKED(newestEntry(site.child, u"round"_s, &round));
        QCOMPARE(round.value(u"failed"_s).toInteger(), 0);

        // Asked for directly: 403, saying how to allow it.
        const QStringList words{kExcluded, u"'Clinic 4'"_s,
                                u"s15n child edit \"Clinic 4\" --allow transaction_lines"_s};
        const Headers headers = headersFor(site.child, kAccount);
        HttpAnswer answer;
        CHECKED(http("GET", site.server.url + u"/s15n/v1/pull?resource=transaction_lines&since=0"_s,
                     headers, {}, &answer));
        CHECKED(verifyExcluded(answer, words));
        QVERIFY2(!answer.body.contains("<row"), qPrintable(answer.describe()));
        CHECKED(http("GET", site.server.url + u"/s15n/v1/cursor?resource=transaction_lines"_s,
                     headers, {}, &answer));
        CHECKED(verifyExcluded(answer, words));
        QString lineUuid;
        CHECKED(
            valueOf(site.parent, u"SELECT uuid FROM transaction_lines WHERE id = 1"_s, &lineUuid));
        const QByteArray rowsBody =
            u"<s15n-rows format=\"1\">\n<row uuid=\"%1\"/>\n</s15n-rows>\n"_s.arg(lineUuid)
                .toUtf8();
        CHECKED(http("POST", site.server.url + u"/s15n/v1/rows?resource=transaction_lines"_s,
                     headers, rowsBody, &answer));
        CHECKED(verifyExcluded(answer, words));
        QVERIFY2(!answer.body.contains(lineUuid.toUtf8()), qPrintable(answer.describe()));
        // The same request for a table it receives is answered.
        QString itemUuid;
        CHECKED(uuidOf(site.parent, u"items"_s, u"ORS"_s, &itemUuid));
        CHECKED(http("POST", site.server.url + u"/s15n/v1/rows?resource=items"_s, headers,
                     u"<s15n-rows format=\"1\">\n<row uuid=\"%1\"/>\n</s15n-rows>\n"_s.arg(itemUuid)
                         .toUtf8(),
                     &answer));
        QVERIFY2(answer.status == 200 && answer.body.contains(itemUuid.toUtf8()),
                 qPrintable(answer.describe()));

        // A push to it is refused and changes nothing.
        QStringList before;
        CHECKED(snapshot(site.parent, &before));
        const QByteArray page =
            u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<s15n-changes format=\"1\" node=\"%1\">\n"
            "<page resource=\"transaction_lines\" since=\"0\" cursor=\"1\" more=\"false\">\n"
            "<row uuid=\"%2\" version=\"%3\" origin=\"%1\" deleted=\"false\">\n"
            "<f name=\"quantity\" type=\"int\">99</f>\n"
            "</row>\n</page>\n</s15n-changes>\n"_s
                .arg(site.child.uuid, lineUuid, versionNow(site.child.uuid))
                .toUtf8();
        CHECKED(http("POST",
                     site.server.url +
                         u"/s15n/v1/push?resource=transaction_lines&update-policy=OTHER"
                         "&conflict-policy=OTHER"_s,
                     headers, page, &answer));
        CHECKED(verifyExcluded(answer, words));
        CHECKED(verifyUnchanged(site.parent, before));
        QList<QJsonObject> refusals;
        CHECKED(entriesOf(site.parent, u"authorize"_s, &refusals));
        QVERIFY2(refusals.size() >= 4, qPrintable(QString::number(refusals.size())));
        QCOMPARE(refusals.first().value(u"resource"_s).toString(), kExcluded);

        // Allowed again, the next round brings it.
        CHECKED(runOk(site.parent, {u"child"_s, u"edit"_s, kNick, u"--allow"_s, kExcluded}));
        CHECKED(syncOk(site.child));
        CHECKED(verifySameData(site.parent, site.child));
        CHECKED(stopServer(&site.server));
    }

    // Another node that logs in with a child's credentials is refused at registration, with
    // the child named and the fix; the child's UUID stays.
    void otherNodeWithChildCredentialsRefused()
    {
        HttpSite site;
        CHECKED(makeSite(&site, Backend::Sqlite));
        CHECKED(addChild(site.parent, kNick, kAccount));
        CHECKED(addRepository(site.child, u"parent"_s, site.server.url, kAccount, kPassword));
        CHECKED(syncOk(site.child));

        ExchangeNode other;
        CHECKED(makeNode(&other, site.home.path(), u"D"_s, Backend::Sqlite, Content::EmptySchema));
        const QStringList words{u"belongs to child 'Clinic 4'"_s, site.child.uuid, other.uuid,
                                u"s15n child edit \"Clinic 4\" --uuid"_s, u"s15n child add"_s};
        // Raw: 403.
        HttpAnswer answer;
        const QByteArray registration =
            u"<s15n-register format=\"1\" uuid=\"%1\" name=\"D\" sync-id=\"0\"/>\n"_s
                .arg(other.uuid)
                .toUtf8();
        CHECKED(http("POST", site.server.url + u"/s15n/v1/register"_s, headersFor(other, kAccount),
                     registration, &answer));
        QVERIFY2(answer.status == 403, qPrintable(answer.describe()));
        VERIFY_MENTIONS(answer.message(), words);
        // Through the tool: repo add learns it from the parent's first answer (GET node also
        // refuses a child's account from another node) and adds nothing.
        const ProcessResult added = runNodeWithInput(
            other, {u"repo"_s, u"add"_s, u"parent"_s, site.server.url, u"--user"_s, kAccount},
            kPassword.toUtf8() + '\n');
        QVERIFY2(added.exitCode == 1, qPrintable(describe(added)));
        VERIFY_MENTIONS(added.err, (QStringList{u"belongs to child 'Clinic 4'"_s, site.child.uuid,
                                                other.uuid,
                                                u"s15n child edit \"Clinic 4\" --clear-uuid"_s,
                                                u"Nothing was added"_s}));
        const ProcessResult repos = runNode(other, {u"repo"_s, u"list"_s, u"--json"_s});
        QVERIFY2(repos.exitCode == 0 && !repos.out.contains(u"parent"_s), qPrintable(describe(repos)));
        int count = -1;
        CHECKED(countRows(other, u"items"_s, &count));
        QCOMPARE(count, 0);

        QJsonObject entry;
        CHECKED(childEntry(site.parent, kNick, &entry));
        QCOMPARE(entry.value(u"uuid"_s).toString(), site.child.uuid);
        const ProcessResult peers = runNode(site.parent, {u"peer"_s, u"list"_s, u"--json"_s});
        QVERIFY2(peers.exitCode == 0, qPrintable(describe(peers)));
        QVERIFY2(!peers.out.contains(other.uuid), qPrintable(peers.out));

        // The child itself goes on syncing.
        CHECKED(sql(site.parent, u"UPDATE items SET name = 'renamed' WHERE code = 'ORS';"_s));
        CHECKED(syncOk(site.child));
        CHECKED(verifySameData(site.parent, site.child));
    }

    // Global exclusions apply to every child (on top of its own) and to no other peer.
    void globalExclusionsForEveryChildOnly_data() { addBackendRows(); }
    void globalExclusionsForEveryChildOnly()
    {
        QFETCH(Backend, backend);
        REQUIRE_BACKEND(backend);
        HttpSite site;
        CHECKED(makeSite(&site, backend));
        CHECKED(runOk(site.parent, {u"child"_s, u"exclusions"_s, u"--add"_s, kExcluded}));
        // Child A (site.child): only the global exclusion. Child B: also its own.
        CHECKED(addChild(site.parent, u"A"_s, kAccount));
        CHECKED(addChild(site.parent, u"B"_s, u"acct_b"_s, {u"--exclude"_s, u"transactions"_s}));
        ExchangeNode childB;
        CHECKED(makeNode(&childB, site.home.path(), u"B"_s, Backend::Sqlite, Content::EmptySchema));
        // A peer that is not a child.
        CHECKED(addAccount(site.parent, u"acct_n"_s, kPassword));
        ExchangeNode peer;
        CHECKED(makeNode(&peer, site.home.path(), u"N"_s, Backend::Sqlite, Content::EmptySchema));

        CHECKED(addRepository(site.child, u"parent"_s, site.server.url, kAccount, kPassword));
        CHECKED(addRepository(childB, u"parent"_s, site.server.url, u"acct_b"_s, kPassword));
        CHECKED(addRepository(peer, u"parent"_s, site.server.url, u"acct_n"_s, kPassword));

        QStringList tables;
        CHECKED(catalogue(site, site.child, kAccount, &tables));
        QCOMPARE(tables, sampleTablesBut({kExcluded}));
        CHECKED(catalogue(site, childB, u"acct_b"_s, &tables));
        QCOMPARE(tables, sampleTablesBut({kExcluded, u"transactions"_s}));
        CHECKED(catalogue(site, peer, u"acct_n"_s, &tables));
        QCOMPARE(tables, sampleTablesBut({}));

        CHECKED(syncOk(site.child));
        CHECKED(syncOk(childB));
        CHECKED(syncOk(peer));
        int count = -1;
        CHECKED(verifySameTables(site.parent, site.child, sampleTablesBut({kExcluded})));
        CHECKED(countRows(site.child, kExcluded, &count));
        QCOMPARE(count, 0);
        CHECKED(
            verifySameTables(site.parent, childB, sampleTablesBut({kExcluded, u"transactions"_s})));
        for (const QString &t : {kExcluded, u"transactions"_s}) {
            CHECKED(countRows(childB, t, &count));
            QCOMPARE(count, 0);
        }
        CHECKED(verifySameData(site.parent, peer));

        // The global exclusion's refusal says where it comes from.
        HttpAnswer answer;
        CHECKED(http("GET", site.server.url + u"/s15n/v1/pull?resource=transaction_lines&since=0"_s,
                     headersFor(childB, u"acct_b"_s), {}, &answer));
        CHECKED(verifyExcluded(answer, {u"not sent to any child"_s,
                                        u"s15n child exclusions --remove transaction_lines"_s}));
        // The peer's pull of it is answered.
        CHECKED(http("GET", site.server.url + u"/s15n/v1/pull?resource=transaction_lines&since=0"_s,
                     headersFor(peer, u"acct_n"_s), {}, &answer));
        QVERIFY2(answer.status == 200 && answer.body.contains("<row"),
                 qPrintable(answer.describe().left(500)));

        // Changes made later still respect it.
        CHECKED(sql(site.parent, u"UPDATE transaction_lines SET quantity = 77 WHERE id = 2;"_s));
        CHECKED(syncOk(site.child));
        CHECKED(countRows(site.child, kExcluded, &count));
        QCOMPARE(count, 0);
        CHECKED(syncOk(peer));
        QString quantity;
        CHECKED(valueOf(peer, u"SELECT quantity FROM transaction_lines WHERE quantity = 77"_s,
                        &quantity));
        QCOMPARE(quantity, u"77"_s);
        CHECKED(stopServer(&site.server));
    }

    // A child added with its UUID registers as itself; removed, it can no longer sync.
    void uuidGivenThenChildRemoved()
    {
        HttpSite site;
        CHECKED(makeSite(&site, Backend::Sqlite));
        CHECKED(addChild(site.parent, kNick, kAccount, {u"--uuid"_s, site.child.uuid}));
        CHECKED(addRepository(site.child, u"parent"_s, site.server.url, kAccount, kPassword));
        CHECKED(syncOk(site.child));
        CHECKED(verifySameData(site.parent, site.child));
        QJsonObject entry;
        CHECKED(childEntry(site.parent, kNick, &entry));
        QCOMPARE(entry.value(u"uuid"_s).toString(), site.child.uuid);
        QVERIFY(!entry.value(u"lastContact"_s).isNull());

        ProcessResult removed;
        CHECKED(runOk(site.parent, {u"child"_s, u"remove"_s, kNick}, &removed));
        const ProcessResult peers = runNode(site.parent, {u"peer"_s, u"list"_s, u"--json"_s});
        QCOMPARE(QJsonDocument::fromJson(peers.out.toUtf8()).array().size(), 0);
        const ProcessResult round = syncWith(site.child, u"parent"_s);
        QVERIFY2(round.exitCode == 1, qPrintable(describe(round)));
        VERIFY_MENTIONS(round.out + round.err, (QStringList{u"password"_s}));
        HttpAnswer answer;
        CHECKED(http("GET", site.server.url + u"/s15n/v1/node"_s, headersFor(site.child, kAccount),
                     {}, &answer));
        QCOMPARE(answer.status, 401);
    }
};

QTEST_GUILESS_MAIN(TestHttpChildren)
#include "tst_httpchildren.moc"
