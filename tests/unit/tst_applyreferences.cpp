// The apply engine and references between resources, once per backend (design.md, "Resources
// and change capture": foreign keys travel as the referenced row's UUID, bound back to the
// local key, rows applied in dependency order): a row whose referenced row has not arrived is
// parked until it does, in a later page or later in the same page; a deletion that rows still
// refer to waits for them to go.

#include "applyfixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace s15n;
using namespace s15n::test;

class TestApplyReferences : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void backends_data();
    void parkedUntilReferenceArrives_data() { backends_data(); }
    void parkedUntilReferenceArrives();
    void parkedWhileReferenceDeleted_data() { backends_data(); }
    void parkedWhileReferenceDeleted();
    void childBeforeParentInOnePage_data() { backends_data(); }
    void childBeforeParentInOnePage();
    void deletionWaitsForReferringRows_data() { backends_data(); }
    void deletionWaitsForReferringRows();

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

void TestApplyReferences::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestApplyReferences::cleanup()
{
    m_node.reset();
    m_dir.reset();
}

void TestApplyReferences::backends_data()
{
    QTest::addColumn<Backend>("backend");
    for (Backend b : allBackends())
        QTest::newRow(qPrintable(toString(b))) << b;
}

void TestApplyReferences::parkedUntilReferenceArrives()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    m_node = makeNode(backend, QStringLiteral("here"));
    QVERIFY(m_node);
    const QString parent = newUuid();
    const QString child = newUuid();
    const Version childVersion = peerVersion();
    Result<ApplyCounts> first = apply(
        page(QStringLiteral("child"),
             {record(child, childVersion,
                     {text(QStringLiteral("name"), QStringLiteral("kid")),
                      reference(QStringLiteral("parent_id"), QStringLiteral("parent"), parent)})}));
    S15N_CHECK(first);
    QCOMPARE(first.value().parked, 1);
    QCOMPARE(first.value().applied, 0);
    const Database &db = m_node->database();
    QCOMPARE(value(db, QStringLiteral("SELECT COUNT(*) FROM child")).toInt(), 0);
    QVERIFY(!rowState(*m_node, QStringLiteral("child"), child));
    QCOMPARE(value(db, QStringLiteral("SELECT COUNT(*) FROM s15n_parked")).toInt(), 1);

    Result<ApplyCounts> second = apply(page(
        QStringLiteral("parent"),
        {record(parent, peerVersion(), {text(QStringLiteral("name"), QStringLiteral("mum"))})}));
    S15N_CHECK(second);
    QCOMPARE(second.value().applied, 2); // the parent, then the child waiting for it
    QCOMPARE(second.value().released, 1);
    QCOMPARE(value(db, QStringLiteral("SELECT COUNT(*) FROM s15n_parked")).toInt(), 0);
    QCOMPARE(value(db,
                   QStringLiteral("SELECT c.name FROM child c JOIN parent p ON p.id = "
                                  "c.parent_id WHERE c.uuid = ? AND p.uuid = ?"),
                   {child, parent})
                 .toString(),
             QStringLiteral("kid"));
    const std::optional<RowState> s = rowState(*m_node, QStringLiteral("child"), child);
    QVERIFY(s);
    QCOMPARE(s->version, childVersion);
    QCOMPARE(s->source, kPeer);
}

void TestApplyReferences::parkedWhileReferenceDeleted()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    m_node = makeNode(backend, QStringLiteral("here"));
    QVERIFY(m_node);
    const QString parent = newUuid();
    const QString child = newUuid();
    S15N_CHECK(apply(page(
        QStringLiteral("child"),
        {record(child, peerVersion(-1),
                {text(QStringLiteral("name"), QStringLiteral("kid")),
                 reference(QStringLiteral("parent_id"), QStringLiteral("parent"), parent)})})));
    const Database &db = m_node->database();
    const QVariant parkedId = value(db, QStringLiteral("SELECT id FROM s15n_parked"));
    QVERIFY(parkedId.isValid());

    // The row it waits for arrives deleted: it keeps waiting, untouched, page after page.
    Result<ApplyCounts> counts =
        apply(page(QStringLiteral("parent"), {tombstone(parent, peerVersion(), {})}));
    S15N_CHECK(counts);
    QCOMPARE(counts.value().applied, 1);
    S15N_CHECK(apply(page(QStringLiteral("items"),
                          {record(newUuid(), peerVersion(),
                                  {text(QStringLiteral("name"), QStringLiteral("other"))})})));
    QCOMPARE(value(db, QStringLiteral("SELECT COUNT(*) FROM child")).toInt(), 0);
    QCOMPARE(value(db, QStringLiteral("SELECT COUNT(*) FROM s15n_parked")).toInt(), 1);
    QCOMPARE(value(db, QStringLiteral("SELECT id FROM s15n_parked")), parkedId);
}

void TestApplyReferences::childBeforeParentInOnePage()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    m_node = makeNode(backend, QStringLiteral("here"));
    QVERIFY(m_node);
    const QString parent = newUuid();
    const QString child = newUuid();
    const QString category = QStringLiteral("category");
    Result<ApplyCounts> counts =
        apply(page(category, {record(child, peerVersion(-1),
                                     {text(QStringLiteral("name"), QStringLiteral("sub")),
                                      reference(QStringLiteral("parent_id"), category, parent)}),
                              record(parent, peerVersion(),
                                     {text(QStringLiteral("name"), QStringLiteral("top"))})}));
    S15N_CHECK(counts);
    QCOMPARE(counts.value().received, 2);
    QCOMPARE(counts.value().parked, 1);
    QCOMPARE(counts.value().applied, 2);
    const Database &db = m_node->database();
    QCOMPARE(value(db, QStringLiteral("SELECT COUNT(*) FROM s15n_parked")).toInt(), 0);
    QCOMPARE(value(db,
                   QStringLiteral("SELECT p.uuid FROM category c JOIN category p ON p.id = "
                                  "c.parent_id WHERE c.uuid = ?"),
                   {child})
                 .toString(),
             parent);
}

void TestApplyReferences::deletionWaitsForReferringRows()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    m_node = makeNode(backend, QStringLiteral("here"));
    QVERIFY(m_node);
    const Database &db = m_node->database();
    const QString parent = newUuid();
    const QString child = newUuid();
    const Version pv = peerVersion(-10);
    const Version cv = peerVersion(-9);
    S15N_CHECK(
        apply(page(QStringLiteral("parent"),
                   {record(parent, pv, {text(QStringLiteral("name"), QStringLiteral("mum"))})})));
    S15N_CHECK(apply(page(
        QStringLiteral("child"),
        {record(child, cv,
                {text(QStringLiteral("name"), QStringLiteral("kid")),
                 reference(QStringLiteral("parent_id"), QStringLiteral("parent"), parent)})})));

    // Resources travel parents first, so the parent's deletion comes before its children's:
    // it waits for them instead of failing (and being lost behind the cursor).
    Result<ApplyCounts> first = apply(page(
        QStringLiteral("parent"), {tombstone(parent, peerVersion(-5), Ancestry::after(pv, {}))}));
    S15N_CHECK(first);
    QCOMPARE(first.value().parked, 1);
    QCOMPARE(first.value().failed, 0);
    QCOMPARE(value(db, QStringLiteral("SELECT COUNT(*) FROM parent")).toInt(), 1);
    Result<ApplyCounts> second = apply(page(
        QStringLiteral("child"), {tombstone(child, peerVersion(-4), Ancestry::after(cv, {}))}));
    S15N_CHECK(second);
    QCOMPARE(second.value().applied, 2); // the child, then the parent's waiting deletion
    QCOMPARE(value(db, QStringLiteral("SELECT COUNT(*) FROM parent")).toInt(), 0);
    QCOMPARE(value(db, QStringLiteral("SELECT COUNT(*) FROM s15n_parked")).toInt(), 0);
    QVERIFY(rowState(*m_node, QStringLiteral("parent"), parent)->deleted);

    // The same within one page of a table that refers to itself.
    const QString top = newUuid();
    const QString sub = newUuid();
    const Version tv = peerVersion(-3);
    const Version sv = peerVersion(-2);
    const QString category = QStringLiteral("category");
    S15N_CHECK(apply(
        page(category, {record(top, tv, {text(QStringLiteral("name"), QStringLiteral("top"))}),
                        record(sub, sv,
                               {text(QStringLiteral("name"), QStringLiteral("sub")),
                                reference(QStringLiteral("parent_id"), category, top)})})));
    Result<ApplyCounts> both =
        apply(page(category, {tombstone(top, peerVersion(-1), Ancestry::after(tv, {})),
                              tombstone(sub, peerVersion(), Ancestry::after(sv, {}))}));
    S15N_CHECK(both);
    QCOMPARE(both.value().failed, 0);
    QCOMPARE(value(db, QStringLiteral("SELECT COUNT(*) FROM category")).toInt(), 0);
    QCOMPARE(value(db, QStringLiteral("SELECT COUNT(*) FROM s15n_parked")).toInt(), 0);
}

QTEST_GUILESS_MAIN(TestApplyReferences)
#include "tst_applyreferences.moc"
