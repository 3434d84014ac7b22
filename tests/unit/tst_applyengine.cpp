// The apply engine on a real node, once per backend (design.md, "Versions and conflicts",
// "Resources and change capture"): pages built by hand or exported from a second in-process
// node; creates, updates and deletes; idempotence; update and conflict policies; strategy;
// MANUAL conflicts resolved by hand; refused pages; records the database refuses; and changes
// never echoed back to where they came from. References: tst_applyreferences.cpp.

#include "applyfixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace s15n;
using namespace s15n::test;

namespace {

enum class Kind { Update, Conflict };

} // namespace

Q_DECLARE_METATYPE(Kind)
Q_DECLARE_METATYPE(s15n::Policy)

class TestApplyEngine : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void backends_data();
    void createUpdateDelete_data() { backends_data(); }
    void createUpdateDelete();
    void valuesFitTheColumns_data() { backends_data(); }
    void valuesFitTheColumns();
    void samePageTwiceChangesNothing_data() { backends_data(); }
    void samePageTwiceChangesNothing();
    void policies_data();
    void policies();
    void strategy_data();
    void strategy();
    void manualConflictResolved_data();
    void manualConflictResolved();
    void badPageRefused_data();
    void badPageRefused();
    void uniqueViolationFailsOneRecord_data() { backends_data(); }
    void uniqueViolationFailsOneRecord();
    void appliedChangesNotEchoed_data() { backends_data(); }
    void appliedChangesNotEchoed();
    void unstampedLocalEditIsAConflict_data() { backends_data(); }
    void unstampedLocalEditIsAConflict();

private:
    std::unique_ptr<Node> makeNode(Backend backend, const QString &name)
    {
        return makeApplyNode(backend, m_dir->path(), name);
    }
    Result<ApplyCounts> apply(const ChangePage &p)
    {
        return ApplyEngine(*m_node).applyPage(kFromPeer, p);
    }

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Node> m_node;
};

void TestApplyEngine::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestApplyEngine::cleanup()
{
    m_node.reset();
    m_dir.reset();
}

void TestApplyEngine::backends_data()
{
    QTest::addColumn<Backend>("backend");
    for (Backend b : allBackends())
        QTest::newRow(qPrintable(toString(b))) << b;
}

void TestApplyEngine::createUpdateDelete()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    m_node = makeNode(backend, QStringLiteral("here"));
    QVERIFY(m_node);
    const QString a = newUuid();
    const Version v1 = peerVersion(-2);
    Result<ApplyCounts> created =
        apply(page(QStringLiteral("items"),
                   {record(a, v1,
                           {text(QStringLiteral("name"), QStringLiteral("a")),
                            integer(QStringLiteral("qty"), 1)})},
                   5));
    S15N_CHECK(created);
    QCOMPARE(created.value().received, 1);
    QCOMPARE(created.value().applied, 1);
    QCOMPARE(nameOf(*m_node, a), QStringLiteral("a"));
    std::optional<RowState> s = rowState(*m_node, QStringLiteral("items"), a);
    QVERIFY(s);
    QCOMPARE(s->version, v1);
    QCOMPARE(s->origin, kPeer);
    QCOMPARE(s->source, kPeer);
    QVERIFY(!s->deleted);
    QCOMPARE(value(m_node->database(),
                   QStringLiteral("SELECT seq FROM s15n_cursors WHERE peer = ? AND table_name = ?"),
                   {kPeer.toString(QUuid::WithoutBraces), QStringLiteral("items")})
                 .toLongLong(),
             5);

    const Version v2 = peerVersion(-1);
    Result<ApplyCounts> updated =
        apply(page(QStringLiteral("items"),
                   {record(a, v2,
                           {text(QStringLiteral("name"), QStringLiteral("a2")),
                            integer(QStringLiteral("qty"), 2)},
                           Ancestry::after(v1, {}))},
                   6));
    S15N_CHECK(updated);
    QCOMPARE(updated.value().applied, 1);
    QCOMPARE(nameOf(*m_node, a), QStringLiteral("a2"));
    QCOMPARE(rowState(*m_node, QStringLiteral("items"), a)->version, v2);

    const Version v3 = peerVersion();
    Result<ApplyCounts> deleted =
        apply(page(QStringLiteral("items"),
                   {tombstone(a, v3, Ancestry::after(v2, Ancestry::after(v1, {})))}, 7));
    S15N_CHECK(deleted);
    QCOMPARE(deleted.value().applied, 1);
    QCOMPARE(value(m_node->database(), QStringLiteral("SELECT COUNT(*) FROM items")).toInt(), 0);
    s = rowState(*m_node, QStringLiteral("items"), a);
    QVERIFY(s);
    QVERIFY(s->deleted);
    QCOMPARE(s->version, v3);
    // Every applied change has its place in this node's sequence (for other peers).
    S15N_CHECK(ChangeStamper(*m_node).stamp());
    QVERIFY(value(m_node->database(),
                  QStringLiteral("SELECT seq FROM s15n_rows WHERE row_uuid = ?"), {a})
                .toLongLong() > 0);
}

void TestApplyEngine::valuesFitTheColumns()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    m_node = makeNode(backend, QStringLiteral("here"));
    QVERIFY(m_node);
    // As another dialect sends them: a boolean as 0/1, an integer as a boolean, and empty
    // text (which is not NULL, whether the string is null or empty).
    const QString a = newUuid();
    Result<ApplyCounts> counts =
        apply(page(QStringLiteral("items"),
                   {record(a, peerVersion(),
                           {text(QStringLiteral("name"), QString()),
                            text(QStringLiteral("code"), QStringLiteral("")),
                            integer(QStringLiteral("flag"), 1),
                            Field{QStringLiteral("qty"),
                                  FieldValue{FieldValue::Type::Boolean, true, QString()}}})}));
    S15N_CHECK(counts);
    QVERIFY2(counts.value().applied == 1, qPrintable(counts.value().messages.join(u'\n')));
    Result<QSqlQuery> q = m_node->database().exec(
        QStringLiteral("SELECT name, code, flag, qty FROM items WHERE uuid = ?"), {a});
    S15N_CHECK(q);
    QVERIFY(q.value().next());
    QVERIFY(!q.value().isNull(0));
    QCOMPARE(q.value().value(0).toString(), QString());
    QVERIFY(!q.value().isNull(1));
    QCOMPARE(q.value().value(2).toBool(), true);
    QCOMPARE(q.value().value(3).toInt(), 1);
}

void TestApplyEngine::samePageTwiceChangesNothing()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    m_node = makeNode(backend, QStringLiteral("here"));
    QVERIFY(m_node);
    const QString a = newUuid();
    const QString b = newUuid();
    const Version va = peerVersion(-5);
    const ChangePage p =
        page(QStringLiteral("items"),
             {record(a, va, {text(QStringLiteral("name"), QStringLiteral("a"))}),
              record(b, peerVersion(-4), {text(QStringLiteral("name"), QStringLiteral("b"))}),
              record(a, peerVersion(-3), {text(QStringLiteral("name"), QStringLiteral("a2"))},
                     Ancestry::after(va, {}))});
    Result<ApplyCounts> first = apply(p);
    S15N_CHECK(first);
    QCOMPARE(first.value().applied, 3);
    S15N_CHECK(ChangeStamper(*m_node).stamp());
    const QStringList before = snapshot(*m_node);

    Result<ApplyCounts> second = apply(p);
    S15N_CHECK(second);
    QCOMPARE(second.value().received, 3);
    QCOMPARE(second.value().unchanged, 3);
    QCOMPARE(second.value().applied, 0);
    S15N_CHECK(ChangeStamper(*m_node).stamp());
    QCOMPARE(snapshot(*m_node), before); // no new version, no new place in the sequence
    QCOMPARE(nameOf(*m_node, a), QStringLiteral("a2"));
}

void TestApplyEngine::policies_data()
{
    QTest::addColumn<Backend>("backend");
    QTest::addColumn<Kind>("kind");
    QTest::addColumn<Policy>("policy");
    QTest::addColumn<bool>("weCreated");
    QTest::addColumn<bool>("theirsNewer");
    QTest::addColumn<QString>("outcome"); // applied, skipped, resolved or held
    QTest::addColumn<QString>("name");    // the row's name afterwards
    const QString ours = QStringLiteral("ours");
    const QString theirs = QStringLiteral("theirs");
    const QString base = QStringLiteral("base");
    for (Backend b : allBackends()) {
        const QByteArray name = toString(b).toUtf8();
        const char *t = name.constData();
        const QString applied = QStringLiteral("applied");
        const QString skipped = QStringLiteral("skipped");
        const QString resolved = QStringLiteral("resolved");
        QTest::addRow("%s update THIS", t)
            << b << Kind::Update << Policy::This << false << true << skipped << base;
        QTest::addRow("%s update OTHER", t)
            << b << Kind::Update << Policy::Other << false << true << applied << theirs;
        QTest::addRow("%s update NEWER", t)
            << b << Kind::Update << Policy::Newer << true << true << applied << theirs;
        QTest::addRow("%s update MASTER, we created", t)
            << b << Kind::Update << Policy::Master << true << true << skipped << base;
        QTest::addRow("%s update MASTER, they created", t)
            << b << Kind::Update << Policy::Master << false << true << applied << theirs;
        QTest::addRow("%s conflict THIS", t)
            << b << Kind::Conflict << Policy::This << false << true << resolved << ours;
        QTest::addRow("%s conflict OTHER", t)
            << b << Kind::Conflict << Policy::Other << true << false << resolved << theirs;
        QTest::addRow("%s conflict NEWER, theirs newer", t)
            << b << Kind::Conflict << Policy::Newer << true << true << resolved << theirs;
        QTest::addRow("%s conflict NEWER, ours newer", t)
            << b << Kind::Conflict << Policy::Newer << false << false << resolved << ours;
        QTest::addRow("%s conflict MASTER, we created", t)
            << b << Kind::Conflict << Policy::Master << true << true << resolved << ours;
        QTest::addRow("%s conflict MASTER, they created", t)
            << b << Kind::Conflict << Policy::Master << false << false << resolved << theirs;
        QTest::addRow("%s conflict MANUAL", t) << b << Kind::Conflict << Policy::Manual << false
                                               << true << QStringLiteral("held") << ours;
    }
}

void TestApplyEngine::policies()
{
    QFETCH(Backend, backend);
    QFETCH(Kind, kind);
    QFETCH(Policy, policy);
    QFETCH(bool, weCreated);
    QFETCH(bool, theirsNewer);
    QFETCH(QString, outcome);
    QFETCH(QString, name);
    REQUIRE_BACKEND(backend);
    m_node = makeNode(backend, QStringLiteral("here"));
    QVERIFY(m_node);
    const QString items = QStringLiteral("items");
    const QString uuid = newUuid();
    const QUuid self = m_node->identity().uuid;

    // The row both sides agreed on: made here, or received from the peer.
    if (weCreated) {
        S15N_CHECK(run(m_node->database(),
                       QStringLiteral("INSERT INTO items (uuid, name) VALUES (?, 'base')"),
                       {uuid}));
        S15N_CHECK(ChangeStamper(*m_node).stamp());
    } else {
        S15N_CHECK(
            apply(page(items, {record(uuid, peerVersion(-10000),
                                      {text(QStringLiteral("name"), QStringLiteral("base"))})})));
    }
    const RowState agreed = *rowState(*m_node, items, uuid);
    S15N_CHECK(setPolicies(*m_node, items, kind == Kind::Update ? policy : Policy::Newer,
                           kind == Kind::Conflict ? policy : Policy::Newer));
    if (kind == Kind::Conflict) { // we changed it too
        S15N_CHECK(run(m_node->database(),
                       QStringLiteral("UPDATE items SET name = 'ours' WHERE uuid = ?"), {uuid}));
        S15N_CHECK(ChangeStamper(*m_node).stamp());
    }
    const RowState before = *rowState(*m_node, items, uuid);
    const Version theirs{before.version.millis + (theirsNewer ? 60000 : -1), 0, kPeer};
    const ChangePage p =
        page(items, {record(uuid, theirs, {text(QStringLiteral("name"), QStringLiteral("theirs"))},
                            Ancestry::after(agreed.version, agreed.ancestry), agreed.origin)});

    Result<ApplyCounts> counts = apply(p);
    S15N_CHECK(counts);
    const ApplyCounts &c = counts.value();
    QCOMPARE(c.applied, qint64(outcome == QLatin1String("applied")));
    QCOMPARE(c.skipped, qint64(outcome == QLatin1String("skipped")));
    QCOMPARE(c.conflicts, qint64(outcome == QLatin1String("resolved")));
    QCOMPARE(c.held, qint64(outcome == QLatin1String("held")));
    QCOMPARE(nameOf(*m_node, uuid), name);
    QCOMPARE(
        value(m_node->database(), QStringLiteral("SELECT COUNT(*) FROM s15n_conflicts")).toInt(),
        outcome == QLatin1String("held") ? 1 : 0);

    const RowState after = *rowState(*m_node, items, uuid);
    if (outcome == QLatin1String("applied")) {
        QCOMPARE(after.version, theirs);
        QCOMPARE(after.source, kPeer);
    } else if (outcome == QLatin1String("resolved")) {
        // The winner's version, now descending from the loser too, so that a peer that
        // resolved the same conflict the same way holds the very same version.
        if (name == QLatin1String("theirs")) {
            QCOMPARE(after.version, theirs);
            QVERIFY(after.ancestry.contains(before.version));
            QCOMPARE(after.source, kPeer);
        } else {
            QCOMPARE(after.version, before.version);
            QCOMPARE(after.version.node, self);
            QVERIFY(after.ancestry.contains(theirs));
            QVERIFY(after.source.isNull());
        }
        QVERIFY(relate(after.version, after.ancestry, theirs, Ancestry()) ==
                (name == QLatin1String("theirs") ? Relation::Same : Relation::Ancestor));
    } else {
        QCOMPARE(after.version, before.version);
    }
    QCOMPARE(after.origin, agreed.origin);

    // The same page again changes nothing.
    S15N_CHECK(ChangeStamper(*m_node).stamp());
    const QStringList once = snapshot(*m_node);
    S15N_CHECK(apply(p));
    S15N_CHECK(ChangeStamper(*m_node).stamp());
    QCOMPARE(snapshot(*m_node), once);
}

void TestApplyEngine::strategy_data()
{
    QTest::addColumn<Backend>("backend");
    QTest::addColumn<QString>("strategy");
    QTest::addColumn<QString>("operation"); // create, update or delete
    QTest::addColumn<bool>("allowed");
    for (Backend b : allBackends()) {
        const QByteArray name = toString(b).toUtf8();
        const char *t = name.constData();
        const auto row = [&](const char *strategy, const char *operation, bool allowed) {
            QTest::addRow("%s %s: %s", t, strategy, operation)
                << b << QString::fromLatin1(strategy) << QString::fromLatin1(operation) << allowed;
        };
        row("update,delete", "create", false);
        row("create", "create", true);
        row("create,delete", "update", false);
        row("update", "update", true);
        row("create,update", "delete", false);
        row("delete", "delete", true);
    }
}

void TestApplyEngine::strategy()
{
    QFETCH(Backend, backend);
    QFETCH(QString, strategy);
    QFETCH(QString, operation);
    QFETCH(bool, allowed);
    REQUIRE_BACKEND(backend);
    m_node = makeNode(backend, QStringLiteral("here"));
    QVERIFY(m_node);
    const QString items = QStringLiteral("items");
    const QString uuid = newUuid();
    const Version v1 = peerVersion(-1);
    const ChangeRecord created =
        record(uuid, v1, {text(QStringLiteral("name"), QStringLiteral("v1"))});
    if (operation != QLatin1String("create"))
        S15N_CHECK(apply(page(items, {created})));
    S15N_CHECK(setPolicies(*m_node, items, Policy::Newer, Policy::Newer, strategy));

    ChangeRecord incoming = created;
    if (operation == QLatin1String("update"))
        incoming = record(uuid, peerVersion(), {text(QStringLiteral("name"), QStringLiteral("v2"))},
                          Ancestry::after(v1, {}));
    else if (operation == QLatin1String("delete"))
        incoming = tombstone(uuid, peerVersion(), Ancestry::after(v1, {}));
    Result<ApplyCounts> counts = apply(page(items, {incoming}));
    S15N_CHECK(counts);
    QCOMPARE(counts.value().applied, qint64(allowed));
    QCOMPARE(counts.value().skipped, qint64(!allowed));
    if (!allowed) {
        QCOMPARE(counts.value().messages.size(), 1);
        QVERIFY2(counts.value().messages[0].contains(QLatin1String("strategy")),
                 qPrintable(counts.value().messages[0]));
    }

    const int rows =
        value(m_node->database(), QStringLiteral("SELECT COUNT(*) FROM items")).toInt();
    const std::optional<RowState> s = rowState(*m_node, items, uuid);
    if (operation == QLatin1String("create")) {
        QCOMPARE(rows, int(allowed));
        QCOMPARE(s.has_value(), allowed);
    } else if (operation == QLatin1String("update")) {
        QCOMPARE(nameOf(*m_node, uuid), allowed ? QStringLiteral("v2") : QStringLiteral("v1"));
        QCOMPARE(s->version, allowed ? incoming.version : v1);
    } else {
        QCOMPARE(rows, allowed ? 0 : 1);
        QCOMPARE(s->deleted, allowed);
    }
}

void TestApplyEngine::manualConflictResolved_data()
{
    QTest::addColumn<Backend>("backend");
    QTest::addColumn<bool>("takeTheirs");
    for (Backend b : allBackends()) {
        QTest::addRow("%s take theirs", qPrintable(toString(b))) << b << true;
        QTest::addRow("%s keep ours", qPrintable(toString(b))) << b << false;
    }
}

void TestApplyEngine::manualConflictResolved()
{
    QFETCH(Backend, backend);
    QFETCH(bool, takeTheirs);
    REQUIRE_BACKEND(backend);
    m_node = makeNode(backend, QStringLiteral("here"));
    std::unique_ptr<Node> there = makeNode(backend, QStringLiteral("there"));
    QVERIFY(m_node && there);
    Node &here = *m_node;
    S15N_CHECK(setPolicies(here, QStringLiteral("items"), Policy::Newer, Policy::Manual));
    qint64 toHere = 0;
    qint64 toThere = 0;

    S15N_CHECK(run(there->database(), QStringLiteral("INSERT INTO items (name) VALUES ('base')")));
    S15N_CHECK(exchange(*there, here, &toHere));
    const QString uuid =
        value(here.database(), QStringLiteral("SELECT uuid FROM items")).toString();
    QCOMPARE(nameOf(here, uuid), QStringLiteral("base"));
    S15N_CHECK(exchange(here, *there, &toThere)); // moves nothing: it came from there

    // Both change it.
    S15N_CHECK(run(there->database(), QStringLiteral("UPDATE items SET name = 'theirs'")));
    S15N_CHECK(run(here.database(), QStringLiteral("UPDATE items SET name = 'ours'")));
    QList<ChangePage> conflicting;
    Result<ApplyCounts> held = exchange(*there, here, &toHere, &conflicting);
    S15N_CHECK(held);
    QCOMPARE(held.value().held, 1);
    QCOMPARE(nameOf(here, uuid), QStringLiteral("ours"));
    const qint64 conflictId =
        value(here.database(), QStringLiteral("SELECT id FROM s15n_conflicts")).toLongLong();
    QVERIFY(conflictId > 0);

    S15N_CHECK(ApplyEngine(here).resolveHeld(conflictId, takeTheirs));
    const QString expected = takeTheirs ? QStringLiteral("theirs") : QStringLiteral("ours");
    QCOMPARE(nameOf(here, uuid), expected);
    QCOMPARE(value(here.database(), QStringLiteral("SELECT COUNT(*) FROM s15n_conflicts")).toInt(),
             0);
    QVERIFY(!ApplyEngine(here).resolveHeld(conflictId, takeTheirs)); // settled already

    // Keeping ours: our version now descends from theirs, and there takes it as a plain
    // update. Taking theirs: we hold their very version, so nothing needs to go back...
    Result<ApplyCounts> back = exchange(here, *there, &toThere);
    S15N_CHECK(back);
    QCOMPARE(back.value().applied, takeTheirs ? 0 : 1);
    QCOMPARE(back.value().conflicts + back.value().held, 0);
    QCOMPARE(nameOf(*there, uuid), expected);
    // ... and after that nothing moves either way, however often they sync.
    for (int round = 0; round < 2; ++round) {
        S15N_CHECK(ChangeStamper(here).stamp());
        S15N_CHECK(ChangeStamper(*there).stamp());
        const QStringList hereBefore = snapshot(here, false);
        const QStringList thereBefore = snapshot(*there, false);
        Result<ApplyCounts> in = exchange(*there, here, &toHere);
        Result<ApplyCounts> out = exchange(here, *there, &toThere);
        S15N_CHECK(in);
        S15N_CHECK(out);
        QCOMPARE(in.value().received + out.value().received, 0);
        S15N_CHECK(ChangeStamper(here).stamp());
        S15N_CHECK(ChangeStamper(*there).stamp());
        QCOMPARE(snapshot(here, false), hereBefore); // cursors may move past skipped rows
        QCOMPARE(snapshot(*there, false), thereBefore);
    }
    // Their conflicting change, should it arrive again, is old news now.
    QVERIFY(!conflicting.isEmpty());
    for (const ChangePage &p : conflicting) {
        Result<ApplyCounts> replay = ApplyEngine(here).applyPage(
            PageSource{there->identity().uuid, there->identity().name}, p);
        S15N_CHECK(replay);
        QCOMPARE(replay.value().unchanged, replay.value().received);
    }
    QCOMPARE(nameOf(here, uuid), expected);
}

void TestApplyEngine::badPageRefused_data()
{
    QTest::addColumn<Backend>("backend");
    QTest::addColumn<QString>("resource");
    QTest::addColumn<QString>("field");    // a second record carries this field
    QTest::addColumn<QString>("expected"); // in the message
    for (Backend b : allBackends()) {
        const QByteArray name = toString(b).toUtf8();
        const char *t = name.constData();
        QTest::addRow("%s unknown field", t)
            << b << QStringLiteral("items") << QStringLiteral("colour")
            << QStringLiteral("'colour'");
        QTest::addRow("%s local key", t)
            << b << QStringLiteral("items") << QStringLiteral("id") << QStringLiteral("'id'");
        QTest::addRow("%s uuid column", t)
            << b << QStringLiteral("items") << QStringLiteral("uuid") << QStringLiteral("'uuid'");
        QTest::addRow("%s reference as text", t)
            << b << QStringLiteral("child") << QStringLiteral("parent_id")
            << QStringLiteral("must be a reference");
        QTest::addRow("%s not a resource", t)
            << b << QStringLiteral("notes") << QString() << QStringLiteral("not a resource");
        QTest::addRow("%s no such table", t)
            << b << QStringLiteral("nosuch") << QString() << QStringLiteral("not a resource");
    }
}

void TestApplyEngine::badPageRefused()
{
    QFETCH(Backend, backend);
    QFETCH(QString, resource);
    QFETCH(QString, field);
    QFETCH(QString, expected);
    REQUIRE_BACKEND(backend);
    m_node = makeNode(backend, QStringLiteral("here"));
    QVERIFY(m_node);
    S15N_CHECK(run(m_node->database(), QStringLiteral("INSERT INTO items (name) VALUES ('x')")));
    S15N_CHECK(ChangeStamper(*m_node).stamp());
    const QStringList before = snapshot(*m_node);

    // A good record first: it must not be applied either.
    QList<ChangeRecord> records{
        record(newUuid(), peerVersion(), {text(QStringLiteral("name"), QStringLiteral("good"))})};
    if (!field.isEmpty())
        records.append(record(newUuid(), peerVersion(),
                              {text(QStringLiteral("name"), QStringLiteral("bad")),
                               text(field, QStringLiteral("1"))}));
    const Result<ApplyCounts> counts = apply(page(resource, records));
    QVERIFY(!counts);
    QVERIFY2(counts.message().contains(expected), qPrintable(counts.message()));
    QCOMPARE(snapshot(*m_node), before);
}

void TestApplyEngine::uniqueViolationFailsOneRecord()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    m_node = makeNode(backend, QStringLiteral("here"));
    QVERIFY(m_node);
    const Database &db = m_node->database();
    S15N_CHECK(run(db, QStringLiteral("INSERT INTO items (name, code) VALUES ('local', 'X')")));
    const QString r1 = newUuid();
    const QString r2 = newUuid();
    const QString r3 = newUuid();
    const auto row = [](const QString &uuid, const char *code) {
        return record(uuid, peerVersion(),
                      {text(QStringLiteral("name"), QString::fromLatin1(code)),
                       text(QStringLiteral("code"), QString::fromLatin1(code))});
    };
    const ChangePage p = page(QStringLiteral("items"), {row(r1, "A"), row(r2, "X"), row(r3, "B")});
    Result<ApplyCounts> counts = apply(p);
    S15N_CHECK(counts);
    QCOMPARE(counts.value().applied, 2);
    QCOMPARE(counts.value().failed, 1);
    QCOMPARE(counts.value().messages.size(), 1);
    QVERIFY2(counts.value().messages[0].contains(r2), qPrintable(counts.value().messages[0]));
    QCOMPARE(nameOf(*m_node, r1), QStringLiteral("A"));
    QCOMPARE(nameOf(*m_node, r3), QStringLiteral("B"));
    QCOMPARE(value(db, QStringLiteral("SELECT COUNT(*) FROM items WHERE uuid = ?"), {r2}).toInt(),
             0);
    QVERIFY(!rowState(*m_node, QStringLiteral("items"), r2)); // not taken as known

    // Once the clash is gone here, the same record goes in.
    S15N_CHECK(run(db, QStringLiteral("UPDATE items SET code = 'Y' WHERE code = 'X'")));
    Result<ApplyCounts> again = apply(p);
    S15N_CHECK(again);
    QCOMPARE(again.value().applied, 1);
    QCOMPARE(again.value().unchanged, 2);
    QCOMPARE(nameOf(*m_node, r2), QStringLiteral("X"));
}

void TestApplyEngine::appliedChangesNotEchoed()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    m_node = makeNode(backend, QStringLiteral("here"));
    std::unique_ptr<Node> there = makeNode(backend, QStringLiteral("there"));
    QVERIFY(m_node && there);
    Node &here = *m_node;
    S15N_CHECK(run(there->database(), QStringLiteral("INSERT INTO items (name) VALUES ('x')")));
    S15N_CHECK(run(there->database(), QStringLiteral("INSERT INTO items (name) VALUES ('y')")));
    qint64 cursor = 0;
    Result<ApplyCounts> in = exchange(*there, here, &cursor);
    S15N_CHECK(in);
    QCOMPARE(in.value().applied, 2);

    S15N_CHECK(ChangeStamper(here).stamp());
    Result<Resource> items = ResourceStore(here).find(QStringLiteral("items"));
    Result<QList<Resource>> all = ResourceStore(here).list();
    S15N_CHECK(items);
    S15N_CHECK(all);
    Result<ResourceSchema> schema =
        ResourceSchema::load(here.database(), items.value(), all.value());
    S15N_CHECK(schema);
    Exporter exporter(here);
    const QUuid thereId = there->identity().uuid;
    Result<ChangePage> toThere = exporter.readPage(schema.value(), 0, 100, thereId);
    S15N_CHECK(toThere);
    QVERIFY(toThere.value().records.isEmpty());
    QVERIFY(toThere.value().cursor > 0); // moved past them all the same
    for (const QUuid &other : {QUuid::createUuid(), QUuid()}) {
        Result<ChangePage> toOther = exporter.readPage(schema.value(), 0, 100, other);
        S15N_CHECK(toOther);
        QCOMPARE(toOther.value().records.size(), 2);
        for (const ChangeRecord &r : toOther.value().records) {
            QCOMPARE(r.version.node, thereId); // passed on as they were made
            QCOMPARE(r.origin, thereId);
        }
    }

    // An edit made here afterwards is ours, and goes back.
    S15N_CHECK(run(here.database(), QStringLiteral("UPDATE items SET qty = 3 WHERE name = 'x'")));
    S15N_CHECK(ChangeStamper(here).stamp());
    Result<ChangePage> edited =
        exporter.readPage(schema.value(), toThere.value().cursor, 100, thereId);
    S15N_CHECK(edited);
    QCOMPARE(edited.value().records.size(), 1);
    QCOMPARE(edited.value().records[0].version.node, here.identity().uuid);
    qint64 back = 0;
    Result<ApplyCounts> returned = exchange(here, *there, &back);
    S15N_CHECK(returned);
    QCOMPARE(returned.value().applied, 1);
    QCOMPARE(
        value(there->database(), QStringLiteral("SELECT qty FROM items WHERE name = 'x'")).toInt(),
        3);
}

void TestApplyEngine::unstampedLocalEditIsAConflict()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    m_node = makeNode(backend, QStringLiteral("here"));
    QVERIFY(m_node);
    const QString items = QStringLiteral("items");
    const QString uuid = newUuid();
    S15N_CHECK(run(m_node->database(),
                   QStringLiteral("INSERT INTO items (uuid, name) VALUES (?, 'base')"), {uuid}));
    S15N_CHECK(ChangeStamper(*m_node).stamp());
    const RowState agreed = *rowState(*m_node, items, uuid);
    S15N_CHECK(setPolicies(*m_node, items, Policy::Newer, Policy::This));

    // The application edits the row (committed, not stamped yet). On PostgreSQL another,
    // unrelated transaction is still running meanwhile.
    const DatabaseLocation &location = m_node->database().location();
    RawConnection other(location);
    RawConnection app(location);
    S15N_CHECK(other);
    S15N_CHECK(app);
    if (backend == Backend::Postgres) {
        S15N_CHECK(other.begin());
        S15N_CHECK(other.exec(QStringLiteral("INSERT INTO notes (body) VALUES ('busy')")));
    }
    S15N_CHECK(
        app.exec(QStringLiteral("UPDATE items SET name = 'local edit' WHERE uuid = ?"), {uuid}));

    // The peer changed the same version: both changed it since they last agreed.
    const Version theirs = peerVersion();
    Result<ApplyCounts> counts = apply(
        page(items, {record(uuid, theirs, {text(QStringLiteral("name"), QStringLiteral("theirs"))},
                            Ancestry::after(agreed.version, agreed.ancestry), agreed.origin)}));
    if (backend == Backend::Postgres)
        S15N_CHECK(other.commit());
    S15N_CHECK(counts);
    QCOMPARE(counts.value().conflicts, 1);
    QCOMPARE(counts.value().applied, 0);
    QCOMPARE(nameOf(*m_node, uuid), QStringLiteral("local edit"));
    S15N_CHECK(ChangeStamper(*m_node).stamp());
    const RowState after = *rowState(*m_node, items, uuid);
    QCOMPARE(after.version.node, m_node->identity().uuid);
    QVERIFY(after.ancestry.contains(theirs));
    QVERIFY(after.source.isNull()); // goes back to the peer
}

QTEST_GUILESS_MAIN(TestApplyEngine)
#include "tst_applyengine.moc"
