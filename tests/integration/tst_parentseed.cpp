// Seeding a child from its parent's backup (issue 5), with real `s15n` processes: the parent
// serves on 127.0.0.1, the child runs `s15n parent set` with a zip made by `s15n backup` or
// fetched over HTTP. The first sync after the restore brings exactly the changes made on the
// parent after the snapshot, then a change on the child reaches the parent. A table excluded
// for the child is in neither the zip nor a sync. Every bad zip, password or parent is refused
// with the child exactly as it was. SQLite and PostgreSQL on either side.

#include "httptest.h"

#include "protocol/messages.h"
#include "secrets/credentialstore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <quazip.h>
#include <quazipfile.h>

#include <csignal>

using namespace s15n::test;
using namespace Qt::StringLiterals;

namespace {

const QString kNick = u"Clinic 7"_s;
const QString kExcluded = u"transaction_lines"_s;

enum class Seed { Zip, Fetch };

void addChild(const ExchangeNode &parent, const QStringList &extra = {})
{
    const ProcessResult r = runNodeWithInput(
        parent, QStringList{u"child"_s, u"add"_s, kNick, u"--user"_s, kAccount} + extra,
        kPassword.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
}

// `s15n parent set URL --user USER (--zip FILE | --fetch)` on the child, password on stdin.
ProcessResult parentSet(const ExchangeNode &child, const QString &url, const QString &zip,
                        const QString &user = kAccount, const QString &password = kPassword,
                        const QStringList &extra = {})
{
    QStringList args = QStringList{u"parent"_s, u"set"_s, url, u"--user"_s, user} + extra;
    if (zip.isEmpty())
        args << u"--fetch"_s;
    else
        args << u"--zip"_s << zip;
    return runNodeWithInput(child, args, password.toUtf8() + '\n');
}

// `s15n backup --for-child NICK --out FILE` on the parent.
void backupFor(const ExchangeNode &parent, const QString &file, const QString &nickname = kNick)
{
    QStringList args{u"backup"_s, u"--out"_s, file};
    if (!nickname.isEmpty())
        args << u"--for-child"_s << nickname;
    ProcessResult r;
    CHECKED(runOk(parent, args, &r));
    QVERIFY2(QFile::exists(file), qPrintable(describe(r)));
}

// 50 changes on the parent after the snapshot in the tables the child receives (12 updates
// of items; 29 new names; in stores 3 updates, 5 new rows and the deletion of "S-X", which is
// in the snapshot), and 10 updates in the excluded table, which must never reach the child.
void fiftyChanges(const ExchangeNode &parent)
{
    QString script = u"UPDATE items SET price = price + 1;\n"
                     "UPDATE stores SET name = name || ' (renamed)' WHERE code <> 'S-X';\n"
                     "DELETE FROM stores WHERE code = 'S-X';\n"
                     "UPDATE transaction_lines SET quantity = quantity + 1 WHERE id <= 10;\n"_s;
    for (int i = 1; i <= 29; ++i)
        script += u"INSERT INTO names (id, code, name) VALUES (%1, 'N-%1', 'New name %1');\n"_s.arg(
            1000 + i);
    for (int i = 1; i <= 5; ++i)
        script += u"INSERT INTO stores (id, code, name) VALUES (%1, 'S-%1', 'New store %1');\n"_s
                      .arg(1000 + i);
    CHECKED(sql(parent, script));
}

// The numbers `s15n sync` prints: "parent: pulled N (applied A, ...); pushed M (applied B...".
void syncCounts(const ProcessResult &r, int *pulled, int *applied, int *pushed)
{
    static const QRegularExpression line(
        uR"(pulled (\d+) \(applied (\d+).*pushed (\d+) \(applied)"_s);
    const QRegularExpressionMatch m = line.match(r.out);
    QVERIFY2(m.hasMatch(), qPrintable(describe(r)));
    *pulled = m.captured(1).toInt();
    *applied = m.captured(2).toInt();
    *pushed = m.captured(3).toInt();
}

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

QStringList receivedTables()
{
    QStringList tables = sampleTables();
    tables.removeAll(kExcluded);
    return tables;
}

// The zip's entry names, and its manifest's text.
void zipContents(const QString &file, QStringList *entries, QString *manifest)
{
    QuaZip zip(file);
    QVERIFY2(zip.open(QuaZip::mdUnzip), qPrintable(file));
    *entries = zip.getFileNameList();
    QVERIFY(zip.setCurrentFile(u"manifest.xml"_s));
    QuaZipFile entry(&zip);
    QVERIFY(entry.open(QIODevice::ReadOnly));
    *manifest = QString::fromUtf8(entry.readAll());
}

void resourceTables(const ExchangeNode &node, QStringList *tables)
{
    const ProcessResult r = runNode(node, {u"resource"_s, u"list"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    tables->clear();
    for (const QJsonValue &v : QJsonDocument::fromJson(r.out.toUtf8()).array())
        tables->append(v.toObject().value(u"table"_s).toString());
    tables->sort();
}

void repositories(const ExchangeNode &node, QJsonArray *list)
{
    const ProcessResult r = runNode(node, {u"repo"_s, u"list"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    *list = QJsonDocument::fromJson(r.out.toUtf8()).array();
}

// A refused `parent set` left the child as it was: data and bookkeeping, no repository and no
// stored password.
void verifyNothingChanged(const ExchangeNode &child, const QStringList &before,
                          const ProcessResult &r, const QStringList &words)
{
    QVERIFY2(r.exitCode != 0, qPrintable(describe(r)));
    VERIFY_MENTIONS(r.err, words);
    VERIFY_MENTIONS(r.err, QStringList{u"Nothing was changed"_s});
    CHECKED(verifyUnchanged(child, before));
    QJsonArray repos;
    CHECKED(repositories(child, &repos));
    QVERIFY2(repos.isEmpty(), qPrintable(QJsonDocument(repos).toJson()));
    s15n::Result<QString> stored = s15n::CredentialStore::read(child.uuid, u"parent"_s);
    QVERIFY2(stored.ok() && stored.value().isEmpty(), "a password was left in the store");
}

struct Site
{
    QTemporaryDir home;
    ExchangeNode parent;
    ServerProcess server;
    ExchangeNode child;
};

void makeSite(Site *site, Backend parent, Backend child, Content content = Content::Bare)
{
    QVERIFY(site->home.isValid());
    CHECKED(makeNode(&site->parent, site->home.path(), u"P"_s, parent, Content::SampleData));
    CHECKED(startServer(site->parent, &site->server, {u"--no-worker"_s}));
    CHECKED(makeNode(&site->child, site->home.path(), u"C"_s, child, content));
}

Headers headersFor(const QString &node, const QString &account,
                   const QString &password = kPassword)
{
    return {{"Authorization", basicAuth(account, password)}, {"X-S15n-Node", node.toLatin1()}};
}

} // namespace

class TestParentSeed : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { dropNodeDatabases(); }

    // The issue's scenario: backup; 50 more changes on the parent; restore on a new child;
    // its first sync brings exactly those 50; then a change on the child reaches the parent.
    void firstSyncBringsExactlyTheLaterChanges_data()
    {
        QTest::addColumn<Backend>("parentBackend");
        QTest::addColumn<Backend>("childBackend");
        QTest::addColumn<Seed>("seed");
        QTest::newRow("sqlite to sqlite, zip") << Backend::Sqlite << Backend::Sqlite << Seed::Zip;
        QTest::newRow("sqlite to sqlite, fetch")
            << Backend::Sqlite << Backend::Sqlite << Seed::Fetch;
        QTest::newRow("postgres to sqlite, fetch")
            << Backend::Postgres << Backend::Sqlite << Seed::Fetch;
        QTest::newRow("sqlite to postgres, zip")
            << Backend::Sqlite << Backend::Postgres << Seed::Zip;
    }
    void firstSyncBringsExactlyTheLaterChanges()
    {
        QFETCH(Backend, parentBackend);
        QFETCH(Backend, childBackend);
        QFETCH(Seed, seed);
        REQUIRE_BACKEND(parentBackend);
        REQUIRE_BACKEND(childBackend);
        Site site;
        CHECKED(makeSite(&site, parentBackend, childBackend));
        CHECKED(addChild(site.parent, {u"--exclude"_s, kExcluded}));
        CHECKED(sql(site.parent, u"INSERT INTO stores (id, code, name) VALUES (900, 'S-X', "
                                 "'Closing store');\n"_s));

        QString zip;
        if (seed == Seed::Zip) {
            zip = site.home.filePath(u"for-clinic.zip"_s);
            CHECKED(backupFor(site.parent, zip));
            QStringList entries;
            QString manifest;
            CHECKED(zipContents(zip, &entries, &manifest));
            QVERIFY2(!entries.join(u' ').contains(kExcluded), qPrintable(entries.join(u' ')));
            QVERIFY2(!manifest.contains(kExcluded), qPrintable(manifest));
            QVERIFY2(manifest.contains(u"Clinic 7"_s), qPrintable(manifest));
            CHECKED(fiftyChanges(site.parent));
        }
        const ProcessResult set = parentSet(site.child, site.server.url, zip);
        QVERIFY2(set.exitCode == 0, qPrintable(describe(set)));
        VERIFY_MENTIONS(set.out, (QStringList{u"Seeded from parent 'P'"_s, site.parent.uuid,
                                              u"Registered this node"_s}));
        // Progress went to stderr.
        VERIFY_MENTIONS(set.err, (QStringList{u"Restoring: 100%"_s}));
        if (seed == Seed::Fetch) {
            VERIFY_MENTIONS(set.err, (QStringList{u"Downloading: 100%"_s}));
            CHECKED(fiftyChanges(site.parent));
        }

        // The child kept its own UUID, knows its parent, and got no row of the excluded table.
        QString uuidNow;
        CHECKED(valueOf(site.child, u"SELECT value FROM s15n_node WHERE key = 'uuid'"_s,
                        &uuidNow));
        QCOMPARE(uuidNow, site.child.uuid);
        QJsonArray repos;
        CHECKED(repositories(site.child, &repos));
        QCOMPARE(repos.size(), 1);
        QCOMPARE(repos.at(0)[u"remoteUuid"_s].toString(), site.parent.uuid);
        QVERIFY(repos.at(0)[u"registered"_s].toBool());
        QStringList tables;
        CHECKED(resourceTables(site.child, &tables));
        QStringList expected = receivedTables();
        expected.sort();
        QCOMPARE(tables, expected);

        // The first sync: exactly the 50 changes, each applied once.
        const ProcessResult first = syncWith(site.child, u"parent"_s);
        QVERIFY2(first.exitCode == 0, qPrintable(describe(first)));
        int pulled = -1;
        int applied = -1;
        int pushed = -1;
        CHECKED(syncCounts(first, &pulled, &applied, &pushed));
        QCOMPARE(pulled, 50);
        QCOMPARE(applied, 50);
        QCOMPARE(pushed, 0);
        CHECKED(verifySameTables(site.parent, site.child, receivedTables()));
        const ProcessResult second = syncWith(site.child, u"parent"_s);
        CHECKED(syncCounts(second, &pulled, &applied, &pushed));
        QCOMPARE(pulled, 0);
        QCOMPARE(pushed, 0);

        // A change on the child reaches the parent.
        CHECKED(sql(site.child, u"UPDATE stores SET name = 'Edited at the clinic' WHERE code = "
                                "'S-1001';\n"_s));
        const ProcessResult third = syncWith(site.child, u"parent"_s);
        CHECKED(syncCounts(third, &pulled, &applied, &pushed));
        QVERIFY2(pushed == 1, qPrintable(describe(third)));
        QString name;
        CHECKED(valueOf(site.parent, u"SELECT name FROM stores WHERE code = 'S-1001'"_s, &name));
        QCOMPARE(name, u"Edited at the clinic"_s);

        // The parent recorded the child's UUID at its registration.
        const ProcessResult list = runNode(site.parent, {u"child"_s, u"list"_s, u"--json"_s});
        QVERIFY2(list.out.contains(site.child.uuid), qPrintable(describe(list)));
        CHECKED(stopServer(&site.server));
    }

    // Every bad zip, password or parent is refused with a clear message and the child exactly
    // as it was; then the right zip seeds it, and a second parent set is refused.
    void refusalsChangeNothing()
    {
        Site site;
        // The child has the tables, empty: restore fills them.
        CHECKED(makeSite(&site, Backend::Sqlite, Backend::Sqlite, Content::EmptySchema));
        CHECKED(addChild(site.parent));
        CHECKED(addAccount(site.parent, u"plain_peer"_s, kPassword));
        {
            const ProcessResult r = runNodeWithInput(
                site.parent,
                {u"child"_s, u"add"_s, u"Depot X"_s, u"--user"_s, u"acct_x"_s, u"--exclude"_s,
                 kExcluded},
                kPassword.toUtf8() + '\n');
            QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        }
        const QString good = site.home.filePath(u"good.zip"_s);
        CHECKED(backupFor(site.parent, good));
        ExchangeNode other;
        CHECKED(makeNode(&other, site.home.path(), u"Q"_s, Backend::Sqlite, Content::SampleData));
        const QString foreign = site.home.filePath(u"other-parent.zip"_s);
        CHECKED(backupFor(other, foreign, QString()));
        QFile goodFile(good);
        QVERIFY(goodFile.open(QIODevice::ReadOnly));
        const QByteArray bytes = goodFile.readAll();
        const QString truncated = site.home.filePath(u"truncated.zip"_s);
        CHECKED(writeText(truncated, QString()));
        {
            QFile f(truncated);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(bytes.left(bytes.size() / 2));
        }
        const QString empty = site.home.filePath(u"empty.zip"_s);
        CHECKED(writeText(empty, QString()));
        // Damaged inside the entry of a table only some children receive.
        const QString damaged = site.home.filePath(u"damaged.zip"_s);
        {
            QByteArray copy = bytes;
            const qsizetype name = copy.indexOf("data/transaction_lines.xml");
            QVERIFY(name > 0 && name + 140 < copy.size());
            for (qsizetype i = name + 100; i < name + 140; ++i)
                copy[i] = char(~copy.at(i));
            QFile f(damaged);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QCOMPARE(f.write(copy), copy.size());
        }

        QStringList before;
        CHECKED(snapshot(site.child, &before));
        const QString url = site.server.url;
        const QString closed = u"http://127.0.0.1:%1"_s.arg(closedPort());

        CHECKED(verifyNothingChanged(site.child, before,
                                     parentSet(site.child, url, QString(), kAccount, u"wrong"_s),
                                     {u"401"_s, kAccount}));
        CHECKED(verifyNothingChanged(site.child, before,
                                     parentSet(site.child, url, good, kAccount, u"wrong"_s),
                                     {u"401"_s}));
        CHECKED(verifyNothingChanged(site.child, before, parentSet(site.child, url, foreign),
                                     {other.uuid, u"not from the parent"_s, site.parent.uuid}));
        CHECKED(verifyNothingChanged(site.child, before, parentSet(site.child, url, truncated),
                                     {u"truncated.zip"_s}));
        CHECKED(verifyNothingChanged(site.child, before, parentSet(site.child, url, empty),
                                     {u"empty.zip"_s}));
        CHECKED(verifyNothingChanged(
            site.child, before,
            parentSet(site.child, url, site.home.filePath(u"missing.zip"_s)),
            {u"There is no file"_s}));
        CHECKED(verifyNothingChanged(site.child, before, parentSet(site.child, closed, QString()),
                                     {u"Cannot reach"_s, u"give the zip file"_s}));
        // A zip made for another child holds a table this child's account does not receive.
        CHECKED(verifyNothingChanged(site.child, before,
                                     parentSet(site.child, url, good, u"acct_x"_s),
                                     {u"transaction_lines"_s, u"made for child 'Clinic 7'"_s,
                                      u"--for-child"_s}));
        // That zip's tables are judged before its entries are read: another child's account
        // learns that the zip is not for it, its own that the zip is damaged.
        CHECKED(verifyNothingChanged(site.child, before,
                                     parentSet(site.child, url, damaged, u"acct_x"_s),
                                     {u"transaction_lines"_s, u"does not receive"_s}));
        CHECKED(verifyNothingChanged(site.child, before, parentSet(site.child, url, damaged),
                                     {u"damaged.zip"_s}));
        // With the parent out of reach: the parent's UUID is needed, and checked.
        CHECKED(verifyNothingChanged(site.child, before, parentSet(site.child, closed, good),
                                     {u"Cannot reach"_s, u"parent's UUID"_s}));
        CHECKED(verifyNothingChanged(
            site.child, before,
            parentSet(site.child, closed, foreign, kAccount, kPassword,
                      {u"--parent-uuid"_s, site.parent.uuid}),
            {other.uuid, u"not from the parent"_s, site.parent.uuid}));
        // This node's own UUID given as the parent's, online or not.
        for (const QString &at : {url, closed})
            CHECKED(verifyNothingChanged(
                site.child, before,
                parentSet(site.child, at, good, kAccount, kPassword,
                          {u"--parent-uuid"_s, site.child.uuid}),
                {site.child.uuid, u"this node's own UUID"_s, u"s15n info"_s}));
        CHECKED(verifyNothingChanged(site.child, before,
                                     parentSet(site.child, url, QString(), u"plain_peer"_s),
                                     {u"403"_s, u"not a child's account"_s,
                                      u"s15n child add"_s}));
        // Neither or both of --zip and --fetch.
        ProcessResult r = runNodeWithInput(
            site.child, {u"parent"_s, u"set"_s, url, u"--user"_s, kAccount},
            kPassword.toUtf8() + '\n');
        QCOMPARE(r.exitCode, 1);
        VERIFY_MENTIONS(r.err, (QStringList{u"--zip"_s, u"--fetch"_s}));
        CHECKED(verifyUnchanged(site.child, before));

        // The right zip seeds it; a second parent set is refused and changes nothing.
        r = parentSet(site.child, url, good);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QStringList seeded;
        CHECKED(snapshot(site.child, &seeded));
        r = parentSet(site.child, url, good);
        QVERIFY2(r.exitCode != 0, qPrintable(describe(r)));
        VERIFY_MENTIONS(r.err, (QStringList{u"already a repository named 'parent'"_s}));
        r = runNodeWithInput(site.child,
                             {u"parent"_s, u"set"_s, url, u"--user"_s, kAccount, u"--zip"_s,
                              good, u"--name"_s, u"again"_s},
                             kPassword.toUtf8() + '\n');
        QVERIFY2(r.exitCode != 0, qPrintable(describe(r)));
        VERIFY_MENTIONS(r.err, (QStringList{u"Nothing was changed"_s}));
        CHECKED(verifyUnchanged(site.child, seeded));

        // Another node with the now registered child's account: refused before anything is
        // written, with the zip as with --fetch.
        ExchangeNode third;
        CHECKED(makeNode(&third, site.home.path(), u"T"_s, Backend::Sqlite, Content::EmptySchema));
        QStringList thirdBefore;
        CHECKED(snapshot(third, &thirdBefore));
        CHECKED(verifyNothingChanged(third, thirdBefore, parentSet(third, url, good),
                                     {u"belongs to child 'Clinic 7'"_s, site.child.uuid}));
        CHECKED(stopServer(&site.server));
    }

    // With the parent out of reach, its zip still seeds the child when the parent's UUID is
    // given (and matches the zip's); the first sync, once the parent serves, registers and
    // brings the rest.
    void offlineZipSeedsTheChild()
    {
        Site site;
        CHECKED(makeSite(&site, Backend::Sqlite, Backend::Sqlite));
        CHECKED(addChild(site.parent));
        const QString zip = site.home.filePath(u"carried.zip"_s);
        CHECKED(backupFor(site.parent, zip));
        CHECKED(stopServer(&site.server));
        CHECKED(sql(site.parent, u"UPDATE items SET price = price * 2;\n"_s));

        const ProcessResult set = parentSet(site.child, site.server.url, zip, kAccount, kPassword,
                                            {u"--parent-uuid"_s, site.parent.uuid});
        QVERIFY2(set.exitCode == 0, qPrintable(describe(set)));
        VERIFY_MENTIONS(set.err, (QStringList{u"could not be reached"_s, u"first sync"_s}));
        QJsonArray repos;
        CHECKED(repositories(site.child, &repos));
        QCOMPARE(repos.size(), 1);
        QCOMPARE(repos.at(0)[u"remoteUuid"_s].toString(), site.parent.uuid);
        QVERIFY(!repos.at(0)[u"registered"_s].toBool());

        CHECKED(startServer(site.parent, &site.server, {u"--no-worker"_s}));
        CHECKED(runOk(site.child,
                      {u"repo"_s, u"edit"_s, u"parent"_s, u"--url"_s, site.server.url}));
        const ProcessResult first = syncWith(site.child, u"parent"_s);
        QVERIFY2(first.exitCode == 0, qPrintable(describe(first)));
        int pulled = -1;
        int applied = -1;
        int pushed = -1;
        CHECKED(syncCounts(first, &pulled, &applied, &pushed));
        QCOMPARE(pulled, 12); // the 12 items
        CHECKED(verifySameTables(site.parent, site.child, sampleTables()));
        CHECKED(stopServer(&site.server));
    }

    // The backup endpoint itself: the child's credentials only, its exclusions applied, the
    // state while it is written, then the zip; refusals with their codes.
    void backupEndpoint()
    {
        Site site;
        CHECKED(makeSite(&site, Backend::Sqlite, Backend::Sqlite));
        CHECKED(addChild(site.parent, {u"--exclude"_s, kExcluded}));
        CHECKED(addAccount(site.parent, u"plain_peer"_s, kPassword));
        const QString url = site.server.url + u"/s15n/v1/backup"_s;
        const QString node = newUuid();

        HttpAnswer answer;
        CHECKED(http("POST", url, headersFor(node, kAccount), {}, &answer));
        QVERIFY2(answer.status == 202, qPrintable(answer.describe()));
        s15n::Result<s15n::messages::BackupState> state =
            s15n::messages::backupStateFromXml(answer.body);
        QVERIFY2(state.ok(), qPrintable(state.message()));
        const QString id = state.value().id;
        // Asked again (bounded), the zip comes once it is written.
        for (int i = 0; i < 100; ++i) {
            CHECKED(http("GET", url + u"?id="_s + id, headersFor(node, kAccount), {}, &answer));
            if (answer.status != 202)
                break;
            QTest::qWait(100);
        }
        QVERIFY2(answer.status == 200, qPrintable(answer.describe()));
        QCOMPARE(answer.header("Content-Type"), QByteArray("application/zip"));
        const QString zip = site.home.filePath(u"fetched.zip"_s);
        {
            QFile f(zip);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(answer.body);
        }
        QStringList entries;
        QString manifest;
        CHECKED(zipContents(zip, &entries, &manifest));
        QVERIFY2(entries.contains(u"data/items.xml"_s), qPrintable(entries.join(u' ')));
        QVERIFY2(!entries.join(u' ').contains(kExcluded), qPrintable(entries.join(u' ')));
        QVERIFY2(!manifest.contains(kExcluded), qPrintable(manifest));
        QVERIFY2(manifest.contains(kNick), qPrintable(manifest));

        // An id that is not there; another account; a wrong password; another method.
        CHECKED(http("GET", url + u"?id=0000"_s, headersFor(node, kAccount), {}, &answer));
        QVERIFY2(answer.status == 404, qPrintable(answer.describe()));
        QCOMPARE(s15n::messages::errorCodeFromBody(answer.body), u"no-backup"_s);
        CHECKED(http("POST", url, headersFor(node, u"plain_peer"_s), {}, &answer));
        QVERIFY2(answer.status == 403, qPrintable(answer.describe()));
        QCOMPARE(s15n::messages::errorCodeFromBody(answer.body), u"not-a-child"_s);
        CHECKED(http("POST", url, headersFor(node, kAccount, u"wrong"_s), {}, &answer));
        QVERIFY2(answer.status == 401, qPrintable(answer.describe()));
        CHECKED(http("PUT", url, headersFor(node, kAccount), {}, &answer));
        QVERIFY2(answer.status == 405, qPrintable(answer.describe()));
        QCOMPARE(answer.header("Allow"), QByteArray("GET, POST"));

        // Once the child has registered, another node with its credentials is refused.
        CHECKED(addRepository(site.child, u"parent"_s, site.server.url, kAccount, kPassword));
        CHECKED(http("POST", url, headersFor(newUuid(), kAccount), {}, &answer));
        QVERIFY2(answer.status == 403, qPrintable(answer.describe()));
        QCOMPARE(s15n::messages::errorCodeFromBody(answer.body), u"other-node"_s);
        VERIFY_MENTIONS(answer.message(), (QStringList{kNick, site.child.uuid}));
        CHECKED(http("POST", url, headersFor(site.child.uuid, kAccount), {}, &answer));
        QVERIFY2(answer.status == 202, qPrintable(answer.describe()));

        // The parent's log tells of the backups.
        QList<QJsonObject> entriesLogged;
        CHECKED(entriesOf(site.parent, u"backup"_s, &entriesLogged));
        bool written = false;
        for (const QJsonObject &e : entriesLogged)
            written = written || e.value(u"message"_s).toString().contains(u"Wrote the backup"_s);
        QVERIFY2(written, "no 'Wrote the backup' entry in the parent's log");
        CHECKED(stopServer(&site.server));
    }

    // The restored rows came from the parent and are never pushed back; the first push after
    // the seed moves the parent's cursor past all of them in one request per resource, not
    // one per page of them.
    void firstPushAfterSeedIsOneRequestPerResource()
    {
        Site site;
        CHECKED(makeSite(&site, Backend::Sqlite, Backend::Sqlite));
        CHECKED(addChild(site.parent));
        QString rows = u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE "
                       "i < 2500) INSERT INTO names (id, code, name) SELECT 5000 + i, "
                       "'B-' || i, 'Bulk ' || i FROM n;\n"_s;
        CHECKED(sql(site.parent, rows));
        const QString zip = site.home.filePath(u"bulk.zip"_s);
        CHECKED(backupFor(site.parent, zip));
        const ProcessResult set = parentSet(site.child, site.server.url, zip);
        QVERIFY2(set.exitCode == 0, qPrintable(describe(set)));
        CHECKED(sql(site.child, u"UPDATE names SET name = 'Edited' WHERE code = 'B-2400';\n"_s));
        const ProcessResult first = syncWith(site.child, u"parent"_s);
        int pulled = -1;
        int applied = -1;
        int pushed = -1;
        CHECKED(syncCounts(first, &pulled, &applied, &pushed));
        QCOMPARE(pulled, 0);
        QCOMPARE(pushed, 1);
        QList<QJsonObject> pages;
        CHECKED(entriesOf(site.child, u"push page"_s, &pages));
        int namesPages = 0;
        for (const QJsonObject &e : pages)
            namesPages += e.value(u"resource"_s).toString() == u"names"_s ? 1 : 0;
        QCOMPARE(namesPages, 1); // 2,506 restored rows and the edit: not three pages
        QString name;
        CHECKED(valueOf(site.parent, u"SELECT name FROM names WHERE code = 'B-2400'"_s, &name));
        QCOMPARE(name, u"Edited"_s);
        CHECKED(stopServer(&site.server));
    }

    // Ctrl-C (SIGINT) while the parent keeps the child waiting: the command stops, says so,
    // and leaves the child as it was.
    void interruptChangesNothing()
    {
        QTemporaryDir home;
        ExchangeNode child;
        CHECKED(makeNode(&child, home.path(), u"C"_s, Backend::Sqlite, Content::EmptySchema));
        QStringList before;
        CHECKED(snapshot(child, &before));
        BlackHole parent;
        QVERIFY(parent.start() != 0);
        QProcess process;
        process.setProcessEnvironment(child.env);
        process.start(QStringLiteral(S15N_BINARY),
                      {u"parent"_s, u"set"_s, parent.url(), u"--user"_s, kAccount, u"--fetch"_s,
                       u"--db"_s, child.db});
        QVERIFY(process.waitForStarted());
        process.write(kPassword.toUtf8() + '\n');
        process.closeWriteChannel();
        QTRY_VERIFY_WITH_TIMEOUT(parent.connections() > 0, 10000);
        ::kill(pid_t(process.processId()), SIGINT);
        QVERIFY(process.waitForFinished(10000));
        const QString err = QString::fromUtf8(process.readAllStandardError());
        QCOMPARE(process.exitStatus(), QProcess::NormalExit); // stopped, not killed
        QCOMPARE(process.exitCode(), 130);
        VERIFY_MENTIONS(err, (QStringList{u"Stopped"_s, u"Nothing was changed"_s}));
        CHECKED(verifyUnchanged(child, before));
    }

    // `s15n backup` refusals: an unknown child, no --out, a folder that cannot be written.
    void backupCommandRefusals()
    {
        QTemporaryDir home;
        ExchangeNode parent;
        CHECKED(makeNode(&parent, home.path(), u"P"_s, Backend::Sqlite, Content::SampleData));
        ProcessResult r = runNode(parent, {u"backup"_s, u"--out"_s, home.filePath(u"a.zip"_s),
                                           u"--for-child"_s, u"nobody"_s});
        QCOMPARE(r.exitCode, 1);
        VERIFY_MENTIONS(r.err, (QStringList{u"nobody"_s}));
        QVERIFY(!QFile::exists(home.filePath(u"a.zip"_s)));
        r = runNode(parent, {u"backup"_s});
        QCOMPARE(r.exitCode, 1);
        VERIFY_MENTIONS(r.err, (QStringList{u"--out"_s}));
        // A file where the folder should be: no one, root included, can write there.
        const QString notFolder = home.filePath(u"not-a-folder"_s);
        CHECKED(writeText(notFolder, u"x"_s));
        r = runNode(parent, {u"backup"_s, u"--out"_s, notFolder + u"/b.zip"_s});
        QCOMPARE(r.exitCode, 1);
        VERIFY_MENTIONS(r.err, (QStringList{u"No backup was written"_s}));
        QCOMPARE(readText(notFolder), u"x"_s);
    }
};

QTEST_GUILESS_MAIN(TestParentSeed)
#include "tst_parentseed.moc"
