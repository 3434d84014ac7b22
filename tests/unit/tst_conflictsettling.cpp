// Both sides export before either imports (a USB stick swapped both ways at once): a
// conflict must settle in that one swap and move nothing afterwards.
#include "applyfixture.h"

#include <QTemporaryDir>
#include <QTest>

using namespace s15n;
using namespace s15n::test;

namespace {

// Every page of `from`'s item changes after `*cursor`, read without applying them.
Result<QList<ChangePage>> pendingPages(Node &from, const Node &to, qint64 *cursor)
{
    if (Result<int> stamped = ChangeStamper(from).stamp(); !stamped)
        return stamped.status();
    ResourceStore store(from);
    Result<Resource> resource = store.find(QStringLiteral("items"));
    Result<QList<Resource>> all = store.list();
    if (!resource || !all)
        return resource ? all.status() : resource.status();
    Result<ResourceSchema> schema =
        ResourceSchema::load(from.database(), resource.value(), all.value());
    if (!schema)
        return schema.status();
    QList<ChangePage> pages;
    for (;;) {
        Result<ChangePage> p =
            Exporter(from).readPage(schema.value(), *cursor, 100, to.identity().uuid);
        if (!p)
            return p.status();
        pages.append(p.value());
        *cursor = p.value().cursor;
        if (!p.value().more)
            return pages;
    }
}

Result<ApplyCounts> applyAll(Node &from, Node &to, const QList<ChangePage> &pages)
{
    ApplyCounts total;
    ApplyEngine engine(to);
    for (const ChangePage &p : pages) {
        Result<ApplyCounts> counts =
            engine.applyPage(PageSource{from.identity().uuid, from.identity().name}, p);
        if (!counts)
            return counts;
        total += counts.value();
    }
    return total;
}

} // namespace

class TestConflictSettling : public QObject
{
    Q_OBJECT
private slots:
    void simultaneousSwapSettles_data();
    void simultaneousSwapSettles();
};

void TestConflictSettling::simultaneousSwapSettles_data()
{
    QTest::addColumn<Backend>("backend");
    QTest::addColumn<Policy>("policyA");
    QTest::addColumn<Policy>("policyB");
    for (Backend b : allBackends()) {
        const QByteArray t = toString(b).toLatin1();
        QTest::addRow("%s NEWER", t.constData()) << b << Policy::Newer << Policy::Newer;
        QTest::addRow("%s MASTER", t.constData()) << b << Policy::Master << Policy::Master;
        // Mirrored policies, as a remote applies the ones a peer sent along.
        QTest::addRow("%s THIS here, OTHER there", t.constData())
            << b << Policy::This << Policy::Other;
    }
}

void TestConflictSettling::simultaneousSwapSettles()
{
    QFETCH(Backend, backend);
    QFETCH(Policy, policyA);
    QFETCH(Policy, policyB);
    REQUIRE_BACKEND(backend);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    std::unique_ptr<Node> a = makeApplyNode(backend, dir.path(), QStringLiteral("a"));
    std::unique_ptr<Node> b = makeApplyNode(backend, dir.path(), QStringLiteral("b"));
    QVERIFY(a && b);
    S15N_CHECK(setPolicies(*a, QStringLiteral("items"), Policy::Newer, policyA));
    S15N_CHECK(setPolicies(*b, QStringLiteral("items"), Policy::Newer, policyB));
    qint64 toB = 0;
    qint64 toA = 0;

    S15N_CHECK(run(a->database(), QStringLiteral("INSERT INTO items (name) VALUES ('base')")));
    Result<QList<ChangePage>> first = pendingPages(*a, *b, &toB);
    S15N_CHECK(first);
    S15N_CHECK(applyAll(*a, *b, first.value()));
    const QString uuid = value(b->database(), QStringLiteral("SELECT uuid FROM items")).toString();
    QCOMPARE(nameOf(*b, uuid), QStringLiteral("base"));
    Result<QList<ChangePage>> echo = pendingPages(*b, *a, &toA); // moves the cursor past it
    S15N_CHECK(echo);

    // Both edit, then both export before either imports.
    S15N_CHECK(run(a->database(), QStringLiteral("UPDATE items SET name = 'from a'")));
    QTest::qSleep(3); // NEWER: the edits are a few milliseconds apart, b's the newer
    S15N_CHECK(run(b->database(), QStringLiteral("UPDATE items SET name = 'from b'")));
    Result<QList<ChangePage>> aPages = pendingPages(*a, *b, &toB);
    Result<QList<ChangePage>> bPages = pendingPages(*b, *a, &toA);
    S15N_CHECK(aPages);
    S15N_CHECK(bPages);
    Result<ApplyCounts> atB = applyAll(*a, *b, aPages.value());
    Result<ApplyCounts> atA = applyAll(*b, *a, bPages.value());
    S15N_CHECK(atB);
    S15N_CHECK(atA);
    QCOMPARE(atB.value().conflicts, 1);
    QCOMPARE(atA.value().conflicts, 1);

    // One swap settled it: the same data and the very same version on both sides.
    QCOMPARE(nameOf(*a, uuid), nameOf(*b, uuid));
    const QString winner = policyA == Policy::Master || policyA == Policy::This
                               ? QStringLiteral("from a")
                               : QStringLiteral("from b");
    QCOMPARE(nameOf(*a, uuid), winner);
    const RowState onA = *rowState(*a, QStringLiteral("items"), uuid);
    const RowState onB = *rowState(*b, QStringLiteral("items"), uuid);
    QCOMPARE(onA.version, onB.version);

    // Further swaps move nothing and report no conflict.
    for (int round = 0; round < 2; ++round) {
        Result<QList<ChangePage>> fromA = pendingPages(*a, *b, &toB);
        Result<QList<ChangePage>> fromB = pendingPages(*b, *a, &toA);
        S15N_CHECK(fromA);
        S15N_CHECK(fromB);
        Result<ApplyCounts> inB = applyAll(*a, *b, fromA.value());
        Result<ApplyCounts> inA = applyAll(*b, *a, fromB.value());
        S15N_CHECK(inB);
        S15N_CHECK(inA);
        QCOMPARE(inB.value().applied + inB.value().conflicts + inB.value().held, 0);
        QCOMPARE(inA.value().applied + inA.value().conflicts + inA.value().held, 0);
    }
    QCOMPARE(nameOf(*a, uuid), winner);
    QCOMPARE(nameOf(*b, uuid), winner);
}

QTEST_GUILESS_MAIN(TestConflictSettling)
#include "tst_conflictsettling.moc"
