// Children of a parent (issue 5, "Add Child"): ChildStore on SQLite and on the ctest fixture's
// PostgreSQL server (add with its account in one transaction, edit, remove, list with last
// contact, global and per-child exclusions, the UUID filled in at the first registration and
// other nodes refused) and migration 003 on a node made before it. Every refusal says why and
// leaves nothing behind. (`s15n child ...` through the real executable: tst_childcommands.cpp.)

#include "childrenfixture.h"
#include "nodefixture.h"

#include "capture/resourcestore.h"
#include "server/accountstore.h"
#include "server/childstore.h"
#include "server/peerstore.h"
#include "storage/migrations.h"

#include <QSqlRecord>
#include <QTemporaryDir>
#include <QTest>

using namespace s15n;
using namespace s15n::test;
using namespace s15n::test::childfixture;
using namespace Qt::StringLiterals;

namespace {

const QUuid kNodeA = QUuid::fromString(u"0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"_s);
const QUuid kNodeB = QUuid::fromString(u"9c8b7a6f-5e4d-4c3b-8a29-18f7e6d5c4b3"_s);

NewChild newChild(const QString &nickname, const QString &user, const QStringList &excluded = {},
                  const QUuid &uuid = {})
{
    NewChild c;
    c.nickname = nickname;
    c.username = user;
    c.password = kPassword;
    c.excludedTables = excluded;
    c.uuid = uuid;
    return c;
}

} // namespace

class TestChildren : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void backends_data();
    void addListFindRemove_data() { backends_data(); }
    void addListFindRemove();
    void addRefusalsChangeNothing_data();
    void addRefusalsChangeNothing();
    void edit_data() { backends_data(); }
    void edit();
    void editRefusalsChangeNothing_data() { backends_data(); }
    void editRefusalsChangeNothing();
    void exclusionsForCallers_data() { backends_data(); }
    void exclusionsForCallers();
    void registrationFillsUuidAndRefusesOthers_data() { backends_data(); }
    void registrationFillsUuidAndRefusesOthers();
    void lastContactAndRemoval_data() { backends_data(); }
    void lastContactAndRemoval();
    void referenceWarnings_data() { backends_data(); }
    void referenceWarnings();
    void migrationOfAnOlderNode_data() { backends_data(); }
    void migrationOfAnOlderNode();

private:
    bool setUp(Backend backend);
    // Everything a child command could change, as lines.
    QStringList state();

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Node> m_node;
    DatabaseLocation m_location;
};

void TestChildren::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestChildren::cleanup()
{
    m_node.reset();
    if (m_location.kind == DatabaseLocation::Kind::Postgresql) {
        QString error;
        if (!dropPostgresDatabase(m_location.toString(), &error))
            qWarning("could not drop %s: %s", qPrintable(m_location.toString()), qPrintable(error));
    }
    m_location = DatabaseLocation();
    m_dir.reset();
    dropNodeDatabases();
}

void TestChildren::backends_data()
{
    addBackendRows();
}

bool TestChildren::setUp(Backend backend)
{
    Result<DatabaseLocation> location = freshLocation(backend, m_dir->path());
    if (!S15N_OK(location))
        return false;
    m_location = location.value();
    Result<std::unique_ptr<Node>> node = Node::create(m_location, u"parent"_s, 1);
    if (!S15N_OK(node))
        return false;
    m_node = std::move(node.value());
    Database &db = m_node->database();
    const QString key = autoKey(db.dialect());
    for (const QString &ddl :
         {u"CREATE TABLE items (id %1, code TEXT NOT NULL)"_s.arg(key),
          u"CREATE TABLE notes (id %1, body TEXT)"_s.arg(key),
          u"CREATE TABLE lines (id %1, item_id INTEGER REFERENCES items(id), qty INTEGER)"_s.arg(
              key)}) {
        if (!S15N_OK(run(db, ddl)))
            return false;
    }
    for (const QString &table : {u"items"_s, u"notes"_s, u"lines"_s}) {
        Resource r;
        r.table = table;
        if (!S15N_OK(ResourceStore(*m_node).add(r)))
            return false;
    }
    return true;
}

QStringList TestChildren::state()
{
    QStringList lines;
    const QStringList queries{
        u"SELECT nickname, child_uuid, username, note FROM s15n_children ORDER BY nickname"_s,
        u"SELECT nickname, table_name FROM s15n_child_exclusions ORDER BY nickname, table_name"_s,
        u"SELECT table_name FROM s15n_exclusions ORDER BY table_name"_s,
        u"SELECT username, hash, accept_pushes FROM s15n_accounts ORDER BY username"_s,
        u"SELECT uuid, username, name FROM s15n_peers ORDER BY uuid"_s};
    for (int i = 0; i < queries.size(); ++i) {
        const QString &query = queries.at(i);
        Result<QSqlQuery> q = m_node->database().exec(query);
        if (!q) {
            lines << u"ERROR "_s + q.message();
            continue;
        }
        const int columns = q.value().record().count();
        while (q.value().next()) {
            QStringList values;
            for (int i = 0; i < columns; ++i)
                values << (q.value().value(i).isNull() ? u"NULL"_s : q.value().value(i).toString());
            lines << QString::number(i) + u": "_s + values.join(u" | "_s);
        }
    }
    return lines;
}

void TestChildren::addListFindRemove()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    QVERIFY(setUp(backend));
    Database &db = m_node->database();
    ChildStore children(db);

    NewChild north = newChild(u"Clinic North"_s, u"north"_s, {u"notes"_s, u"lines"_s, u"notes"_s});
    north.note = u"the hill site"_s;
    S15N_CHECK(children.add(north));
    S15N_CHECK(children.add(newChild(u"south"_s, u"south"_s, {}, kNodeB)));

    // The account is a real one: the server's check accepts the password.
    AccountStore accounts(db);
    S15N_CHECK(accounts.verify(u"north"_s, kPassword));
    S15N_CHECK(accounts.verify(u"south"_s, kPassword));

    Result<QList<Child>> all = children.list();
    S15N_CHECK(all);
    QCOMPARE(all.value().size(), 2);
    const Child &first = all.value().at(0);
    QCOMPARE(first.nickname, u"Clinic North"_s);
    QCOMPARE(first.username, u"north"_s);
    QVERIFY(first.uuid.isNull());
    QCOMPARE(first.excludedTables, (QStringList{u"lines"_s, u"notes"_s}));
    QCOMPARE(first.note, u"the hill site"_s);
    QVERIFY(first.createdAt.isValid());
    QVERIFY(!first.lastContact.isValid());
    QCOMPARE(all.value().at(1).uuid, kNodeB);
    QVERIFY(all.value().at(1).excludedTables.isEmpty());

    Result<std::optional<Child>> byName = children.findByNickname(u"south"_s);
    S15N_CHECK(byName);
    QVERIFY(byName.value() && byName.value()->uuid == kNodeB);
    Result<std::optional<Child>> byUser = children.findByUsername(u"north"_s);
    S15N_CHECK(byUser);
    QVERIFY(byUser.value() && byUser.value()->nickname == u"Clinic North"_s);
    Result<std::optional<Child>> byUuid = children.findByUuid(kNodeB);
    S15N_CHECK(byUuid);
    QVERIFY(byUuid.value() && byUuid.value()->nickname == u"south"_s);
    Result<std::optional<Child>> none = children.findByNickname(u"nobody"_s);
    S15N_CHECK(none);
    QVERIFY(!none.value());

    // The account goes with the child, and only with it.
    Status direct = accounts.remove(u"north"_s);
    QVERIFY(!direct);
    QVERIFY2(direct.message().contains(u"s15n child remove \"Clinic North\""_s),
             qPrintable(direct.message()));
    S15N_CHECK(children.remove(u"Clinic North"_s));
    QVERIFY(!accounts.find(u"north"_s));
    QVERIFY(value(db, u"SELECT count(*) FROM s15n_child_exclusions"_s).toInt() == 0);
    Status again = children.remove(u"Clinic North"_s);
    QVERIFY(!again);
    QVERIFY2(again.message().contains(u"no child named 'Clinic North'"_s),
             qPrintable(again.message()));
    Result<QList<Child>> left = children.list();
    S15N_CHECK(left);
    QCOMPARE(left.value().size(), 1);
}

void TestChildren::addRefusalsChangeNothing_data()
{
    QTest::addColumn<Backend>("backend");
    QTest::addColumn<QString>("nickname");
    QTest::addColumn<QString>("user");
    QTest::addColumn<QString>("password");
    QTest::addColumn<QStringList>("excluded");
    QTest::addColumn<QString>("uuid"); // "own": this node's UUID
    QTest::addColumn<QString>("message");
    for (Backend b : allBackends()) {
        const QString n = toString(b) + u" "_s;
        QTest::newRow(qPrintable(n + u"nickname taken"_s))
            << b << u"taken"_s << u"fresh"_s << kPassword << QStringList() << QString()
            << u"A child named 'taken' exists already"_s;
        QTest::newRow(qPrintable(n + u"account of a child"_s))
            << b << u"fresh"_s << u"taken_user"_s << kPassword << QStringList() << QString()
            << u"belongs to child 'taken'"_s;
        QTest::newRow(qPrintable(n + u"plain account"_s))
            << b << u"fresh"_s << u"plain"_s << kPassword << QStringList() << QString()
            << u"An account named 'plain' exists already"_s;
        QTest::newRow(qPrintable(n + u"unknown table"_s))
            << b << u"fresh"_s << u"fresh"_s << kPassword << QStringList{u"items"_s, u"nosuch"_s}
            << QString() << u"There is no table 'nosuch'"_s;
        QTest::newRow(qPrintable(n + u"s15n table"_s))
            << b << u"fresh"_s << u"fresh"_s << kPassword << QStringList{u"s15n_accounts"_s}
            << QString() << u"one of s15n's own tables"_s;
        QTest::newRow(qPrintable(n + u"empty password"_s))
            << b << u"fresh"_s << u"fresh"_s << QString() << QStringList() << QString()
            << u"password for child 'fresh' is empty"_s;
        QTest::newRow(qPrintable(n + u"bad user"_s))
            << b << u"fresh"_s << u"no spaces"_s << kPassword << QStringList() << QString()
            << u"may hold only letters"_s;
        QTest::newRow(qPrintable(n + u"empty nickname"_s))
            << b << u" "_s << u"fresh"_s << kPassword << QStringList() << QString()
            << u"nickname is empty"_s;
        QTest::newRow(qPrintable(n + u"quote in nickname"_s))
            << b << u"it's"_s << u"fresh"_s << kPassword << QStringList() << QString()
            << u"may not hold quotes"_s;
        QTest::newRow(qPrintable(n + u"own uuid"_s))
            << b << u"fresh"_s << u"fresh"_s << kPassword << QStringList() << u"own"_s
            << u"this node's own UUID"_s;
        QTest::newRow(qPrintable(n + u"another child's uuid"_s))
            << b << u"fresh"_s << u"fresh"_s << kPassword << QStringList()
            << kNodeA.toString(QUuid::WithoutBraces) << u"is child 'taken' here already"_s;
        QTest::newRow(qPrintable(n + u"uuid registered with another account"_s))
            << b << u"fresh"_s << u"fresh"_s << kPassword << QStringList()
            << kNodeB.toString(QUuid::WithoutBraces)
            << u"registered here with the account 'plain'"_s;
    }
}

void TestChildren::addRefusalsChangeNothing()
{
    QFETCH(Backend, backend);
    QFETCH(QString, nickname);
    QFETCH(QString, user);
    QFETCH(QString, password);
    QFETCH(QStringList, excluded);
    QFETCH(QString, uuid);
    QFETCH(QString, message);
    REQUIRE_BACKEND(backend);
    QVERIFY(setUp(backend));
    Database &db = m_node->database();
    ChildStore children(db);
    S15N_CHECK(children.add(newChild(u"taken"_s, u"taken_user"_s, {u"notes"_s}, kNodeA)));
    S15N_CHECK(AccountStore(db).add(u"plain"_s, kPassword));
    Peer peer;
    peer.uuid = kNodeB;
    peer.name = u"B"_s;
    peer.username = u"plain"_s;
    S15N_CHECK(PeerStore(db).registerPeer(peer));
    const QStringList before = state();

    NewChild c = newChild(nickname, user, excluded);
    c.password = password;
    c.uuid = uuid == u"own"_s ? m_node->identity().uuid : QUuid::fromString(uuid);
    const Status s = children.add(c);
    QVERIFY2(!s, "the child was added");
    QVERIFY2(s.message().contains(message), qPrintable(s.message()));
    QCOMPARE(state(), before);
}

void TestChildren::edit()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    QVERIFY(setUp(backend));
    Database &db = m_node->database();
    ChildStore children(db);
    S15N_CHECK(children.add(newChild(u"c1"_s, u"c1"_s, {u"notes"_s})));

    ChildChanges changes;
    changes.exclude = {u"lines"_s, u"notes"_s}; // notes is there already: no change
    changes.allow = {};
    changes.note = u"moved"_s;
    changes.uuid = kNodeA;
    changes.password = u"new secret"_s;
    S15N_CHECK(children.edit(u"c1"_s, changes));
    Result<std::optional<Child>> c = children.findByNickname(u"c1"_s);
    S15N_CHECK(c);
    QCOMPARE(c.value()->excludedTables, (QStringList{u"lines"_s, u"notes"_s}));
    QCOMPARE(c.value()->uuid, kNodeA);
    QCOMPARE(c.value()->note, u"moved"_s);
    AccountStore accounts(db);
    QVERIFY(!accounts.verify(u"c1"_s, kPassword));
    S15N_CHECK(accounts.verify(u"c1"_s, u"new secret"_s));

    // The node that was this child registered; a new UUID takes its registration away, so it
    // can no longer speak for the child.
    Peer peer;
    peer.uuid = kNodeA;
    peer.name = u"A"_s;
    peer.username = u"c1"_s;
    S15N_CHECK(PeerStore(db).registerPeer(peer));
    ChildChanges moved;
    moved.uuid = kNodeB;
    moved.allow = {u"notes"_s};
    S15N_CHECK(children.edit(u"c1"_s, moved));
    Result<std::optional<Peer>> old = PeerStore(db).find(kNodeA);
    S15N_CHECK(old);
    QVERIFY2(!old.value(), "the old node is still registered with the child's account");
    c = children.findByNickname(u"c1"_s);
    S15N_CHECK(c);
    QCOMPARE(c.value()->excludedTables, QStringList{u"lines"_s});
    QCOMPARE(c.value()->uuid, kNodeB);

    ChildChanges cleared;
    cleared.uuid = QUuid();
    S15N_CHECK(children.edit(u"c1"_s, cleared));
    c = children.findByNickname(u"c1"_s);
    S15N_CHECK(c);
    QVERIFY(c.value()->uuid.isNull());
    QVERIFY(value(db, u"SELECT child_uuid FROM s15n_children"_s).isNull());
}

void TestChildren::editRefusalsChangeNothing()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    QVERIFY(setUp(backend));
    Database &db = m_node->database();
    ChildStore children(db);
    S15N_CHECK(children.add(newChild(u"c1"_s, u"c1"_s, {u"notes"_s})));
    S15N_CHECK(children.add(newChild(u"c2"_s, u"c2"_s, {}, kNodeA)));
    S15N_CHECK(children.changeGlobalExclusions({u"items"_s}, {}));
    const QStringList before = state();

    struct Case
    {
        QString nickname;
        ChildChanges changes;
        QString message;
    };
    QList<Case> cases;
    {
        Case c{u"nobody"_s, {}, u"no child named 'nobody'"_s};
        c.changes.note = u"x"_s;
        cases << c;
    }
    {
        Case c{u"c1"_s, {}, u"There is no table 'nosuch'"_s};
        c.changes.exclude = {u"lines"_s, u"nosuch"_s};
        c.changes.note = u"x"_s;
        cases << c;
    }
    {
        Case c{u"c1"_s, {}, u"'lines' is not excluded for child 'c1'"_s};
        c.changes.allow = {u"lines"_s};
        c.changes.exclude = {u"items"_s};
        cases << c;
    }
    {
        Case c{u"c1"_s, {}, u"s15n child exclusions --remove items"_s};
        c.changes.allow = {u"items"_s};
        cases << c;
    }
    {
        Case c{u"c1"_s, {}, u"both excluded and allowed"_s};
        c.changes.allow = {u"notes"_s};
        c.changes.exclude = {u"notes"_s};
        cases << c;
    }
    {
        Case c{u"c1"_s, {}, u"is child 'c2' here already"_s};
        c.changes.uuid = kNodeA;
        c.changes.exclude = {u"lines"_s};
        cases << c;
    }
    {
        Case c{u"c1"_s, {}, u"this node's own UUID"_s};
        c.changes.uuid = m_node->identity().uuid;
        cases << c;
    }
    {
        Case c{u"c1"_s, {}, u"new password for child 'c1' is empty"_s};
        c.changes.password = QString();
        c.changes.exclude = {u"lines"_s};
        cases << c;
    }
    for (const Case &c : std::as_const(cases)) {
        const Status s = children.edit(c.nickname, c.changes);
        QVERIFY2(!s, qPrintable(u"changed: "_s + c.message));
        QVERIFY2(s.message().contains(c.message), qPrintable(s.message()));
        QCOMPARE(state(), before);
    }

    // Global exclusions: unknown tables and absent ones are refused as a whole.
    Status s = children.changeGlobalExclusions({u"notes"_s, u"nosuch"_s}, {});
    QVERIFY(!s);
    QVERIFY2(s.message().contains(u"nosuch"_s), qPrintable(s.message()));
    s = children.changeGlobalExclusions({u"notes"_s}, {u"lines"_s});
    QVERIFY(!s);
    QVERIFY2(s.message().contains(u"'lines' is not a global exclusion; they are: items"_s),
             qPrintable(s.message()));
    QCOMPARE(state(), before);
}

void TestChildren::exclusionsForCallers()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    QVERIFY(setUp(backend));
    Database &db = m_node->database();
    ChildStore children(db);
    S15N_CHECK(children.add(newChild(u"c1"_s, u"c1"_s, {u"notes"_s}, kNodeA)));
    S15N_CHECK(children.add(newChild(u"c2"_s, u"c2"_s)));
    S15N_CHECK(AccountStore(db).add(u"plain"_s, kPassword));
    S15N_CHECK(children.setGlobalExclusions({u"lines"_s}));
    Result<QStringList> global = children.globalExclusions();
    S15N_CHECK(global);
    QCOMPARE(global.value(), QStringList{u"lines"_s});

    Result<Exclusions> c1 = children.exclusionsFor(u"c1"_s);
    S15N_CHECK(c1);
    QVERIFY(c1.value().isChild());
    QCOMPARE(c1.value().tables(), (QStringList{u"lines"_s, u"notes"_s}));
    QVERIFY(c1.value().excludes(u"notes"_s) && !c1.value().excludes(u"items"_s));
    QVERIFY2(c1.value().reason(u"notes"_s).contains(u"s15n child edit c1 --allow notes"_s),
             qPrintable(c1.value().reason(u"notes"_s)));
    QVERIFY2(c1.value().reason(u"lines"_s).contains(u"s15n child exclusions --remove lines"_s),
             qPrintable(c1.value().reason(u"lines"_s)));

    // Global exclusions apply to every child, and only to children.
    Result<QStringList> c2 = children.excludedTablesFor(u"c2"_s);
    S15N_CHECK(c2);
    QCOMPARE(c2.value(), QStringList{u"lines"_s});
    Result<QStringList> plain = children.excludedTablesFor(u"plain"_s, kNodeB);
    S15N_CHECK(plain);
    QVERIFY(plain.value().isEmpty());
    // A child's node is known by its UUID too, whichever account it names.
    Result<QStringList> byNode = children.excludedTablesFor(u"plain"_s, kNodeA);
    S15N_CHECK(byNode);
    QCOMPARE(byNode.value(), (QStringList{u"lines"_s, u"notes"_s}));
    Result<QStringList> forChild = children.excludedTablesForChild(u"c1"_s);
    S15N_CHECK(forChild);
    QCOMPARE(forChild.value(), (QStringList{u"lines"_s, u"notes"_s}));
    QVERIFY(!children.excludedTablesForChild(u"nobody"_s));

    S15N_CHECK(children.setGlobalExclusions({}));
    c2 = children.excludedTablesFor(u"c2"_s);
    S15N_CHECK(c2);
    QVERIFY(c2.value().isEmpty());
}

void TestChildren::registrationFillsUuidAndRefusesOthers()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    QVERIFY(setUp(backend));
    Database &db = m_node->database();
    ChildStore children(db);
    PeerStore peers(db);
    S15N_CHECK(children.add(newChild(u"c1"_s, u"c1"_s)));
    S15N_CHECK(AccountStore(db).add(u"plain"_s, kPassword));

    Peer a;
    a.uuid = kNodeA;
    a.name = u"Clinic A"_s;
    a.username = u"c1"_s;
    bool isNew = false;
    QString filled;
    S15N_CHECK(peers.registerPeer(a, &isNew, &filled));
    QVERIFY(isNew);
    QCOMPARE(filled, u"c1"_s);
    Result<std::optional<Child>> c = children.findByNickname(u"c1"_s);
    S15N_CHECK(c);
    QCOMPARE(c.value()->uuid, kNodeA);
    // Registering again changes nothing.
    S15N_CHECK(peers.registerPeer(a, &isNew, &filled));
    QVERIFY(!isNew);
    QVERIFY(filled.isEmpty());

    const QStringList before = state();
    // Another node with the child's account.
    Peer b = a;
    b.uuid = kNodeB;
    Status s = peers.registerPeer(b);
    QVERIFY(!s);
    QVERIFY2(
        mentionsAll(s.message(), {u"belongs to child 'c1'"_s, kNodeA.toString(QUuid::WithoutBraces),
                                  u"s15n child edit c1 --uuid"_s}),
        qPrintable(s.message()));
    QCOMPARE(state(), before);
    // The child's node with another account (its registration removed first).
    S15N_CHECK(peers.remove(kNodeA));
    const QStringList withoutPeer = state();
    Peer other = a;
    other.username = u"plain"_s;
    s = peers.registerPeer(other);
    QVERIFY(!s);
    QVERIFY2(mentionsAll(s.message(), {u"is child 'c1'"_s, u"'c1', not 'plain'"_s}),
             qPrintable(s.message()));
    QCOMPARE(state(), withoutPeer);
}

void TestChildren::lastContactAndRemoval()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    QVERIFY(setUp(backend));
    Database &db = m_node->database();
    ChildStore children(db);
    PeerStore peers(db);
    S15N_CHECK(children.add(newChild(u"c1"_s, u"c1"_s, {u"notes"_s})));
    Peer a;
    a.uuid = kNodeA;
    a.name = u"Clinic A"_s;
    a.username = u"c1"_s;
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-1);
    S15N_CHECK(peers.registerPeer(a));
    S15N_CHECK(peers.touch(kNodeA));
    Result<QList<Child>> all = children.list();
    S15N_CHECK(all);
    QVERIFY(all.value().first().lastContact.isValid());
    QVERIFY2(all.value().first().lastContact >= before,
             qPrintable(all.value().first().lastContact.toString(Qt::ISODateWithMs)));

    // Removing the child takes its account and its registration: it can no longer sync.
    S15N_CHECK(children.remove(u"c1"_s));
    Result<std::optional<Peer>> peer = peers.find(kNodeA);
    S15N_CHECK(peer);
    QVERIFY(!peer.value());
    QVERIFY(!AccountStore(db).verify(u"c1"_s, kPassword));
    QVERIFY(state().isEmpty());
}

void TestChildren::referenceWarnings()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    QVERIFY(setUp(backend));
    ChildStore children(m_node->database());
    S15N_CHECK(children.add(newChild(u"c1"_s, u"c1"_s, {u"items"_s})));
    Result<QStringList> warnings = children.referenceWarnings(u"c1"_s);
    S15N_CHECK(warnings);
    QCOMPARE(warnings.value().size(), 1);
    QVERIFY2(mentionsAll(warnings.value().first(),
                         {u"'lines'"_s, u"'item_id'"_s, u"'items'"_s, u"never arrive"_s}),
             qPrintable(warnings.value().first()));
    ChildChanges both;
    both.exclude = {u"lines"_s};
    S15N_CHECK(children.edit(u"c1"_s, both));
    warnings = children.referenceWarnings(u"c1"_s);
    S15N_CHECK(warnings);
    QVERIFY(warnings.value().isEmpty());
}

void TestChildren::migrationOfAnOlderNode()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    QVERIFY(setUp(backend));
    // Make it the node a version before children existed: migration 3 undone, with an account
    // and a peer of its own.
    Database &db = m_node->database();
    for (const QString &statement :
         {u"DROP TABLE s15n_children"_s, u"DROP TABLE s15n_child_exclusions"_s,
          u"DROP TABLE s15n_exclusions"_s, u"DELETE FROM s15n_migrations WHERE version >= 3"_s})
        S15N_CHECK(run(db, statement));
    S15N_CHECK(AccountStore(db).add(u"old"_s, kPassword));
    Peer p;
    p.uuid = kNodeA;
    p.name = u"Old peer"_s;
    p.username = u"old"_s;
    // Registered by the older code: no child check (the tables are not there).
    S15N_CHECK(run(db,
                   u"INSERT INTO s15n_peers (uuid, name, sync_id, username, accept_pushes, "
                   "registered_at, last_seen_at) VALUES (?, ?, 0, ?, 1, ?, ?)"_s,
                   {p.uuid.toString(QUuid::WithoutBraces), p.name, p.username,
                    u"2026-01-01T00:00:00.000Z"_s, u"2026-01-01T00:00:00.000Z"_s}));
    Result<int> version = Migrations::currentVersion(db);
    S15N_CHECK(version);
    QCOMPARE(version.value(), 2);
    m_node.reset();

    Result<std::unique_ptr<Node>> reopened = Node::open(m_location);
    S15N_CHECK(reopened);
    m_node = std::move(reopened.value());
    version = m_node->schemaVersion();
    S15N_CHECK(version);
    QCOMPARE(version.value(), Migrations::latestVersion(m_node->database().dialect()));
    QVERIFY(version.value() >= 3);
    S15N_CHECK(AccountStore(m_node->database()).verify(u"old"_s, kPassword));
    ChildStore children(m_node->database());
    Result<QList<Child>> none = children.list();
    S15N_CHECK(none);
    QVERIFY(none.value().isEmpty());
    Result<QStringList> global = children.globalExclusions();
    S15N_CHECK(global);
    QVERIFY2(global.value().isEmpty(), "a migrated node excludes nothing by default");
    // The old peer is no child and gets everything; a child can be added now.
    Result<QStringList> excluded = children.excludedTablesFor(u"old"_s, kNodeA);
    S15N_CHECK(excluded);
    QVERIFY(excluded.value().isEmpty());
    S15N_CHECK(children.add(newChild(u"new"_s, u"new"_s, {u"notes"_s}, kNodeB)));
}

QTEST_GUILESS_MAIN(TestChildren)
#include "tst_children.moc"
