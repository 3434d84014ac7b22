// Unit tests for Version, Ancestry and relate(): the version history that decides
// whether an incoming row is new, old news, a plain update or a conflict (design.md,
// "Versions and conflicts").

#include "version/version.h"

#include <QSet>
#include <QTest>

#include <algorithm>

using namespace s15n;

// Readable QCOMPARE failures (found by argument-dependent lookup).
namespace s15n {
char *toString(const Version &v)
{
    return QTest::toString(v.isNull() ? QStringLiteral("<null>") : v.toString());
}
char *toString(const Ancestry &a)
{
    return QTest::toString(QLatin1Char('[') + a.toString() + QLatin1Char(']'));
}
} // namespace s15n

namespace {

const QUuid kNodeA = QUuid::fromString(u"{aaaaaaaa-0000-4000-8000-000000000001}");
const QUuid kNodeB = QUuid::fromString(u"{bbbbbbbb-0000-4000-8000-000000000002}");
const QUuid kNodeC = QUuid::fromString(u"{0ccccccc-0000-4000-8000-000000000003}");

Version v(qint64 millis, quint16 counter, const QUuid &node)
{
    return Version{millis, counter, node};
}

// A chain of `length` versions made on `node` on top of (start, startAncestry), the way a
// node makes successive local edits. Returns the last version and its ancestry.
QPair<Version, Ancestry> editChain(const Version &start, const Ancestry &startAncestry, int length,
                                   const QUuid &node)
{
    Version current = start;
    Ancestry ancestry = startAncestry;
    for (int i = 0; i < length; ++i) {
        ancestry = Ancestry::after(current, ancestry);
        current = Version{current.millis + 1, 0, node};
    }
    return {current, ancestry};
}

} // namespace

class TestVersion : public QObject
{
    Q_OBJECT

private slots:
    // Version
    void nullVersion();
    void toStringFormat();
    void roundTrip_data();
    void roundTrip();
    void fromStringRejects_data();
    void fromStringRejects();
    void ordering_data();
    void ordering();
    void textOrderMatchesVersionOrder();

    // Ancestry
    void ancestryBounded();
    void ancestryContains();
    void ancestryText_data();
    void ancestryText();
    void ancestryFromStringRejects_data();
    void ancestryFromStringRejects();
    void afterPrependsPrevious();
    void afterFirstVersionHasNoHistory();
    void afterDropsOldest();
    void mergedContainsBothSides();
    void mergedKeepsHeadsAndNewestWhenTruncated();
    void mergedSkipsNullHeads();

    // relate()
    void relate_data();
    void relate();
    void relateIgnoresWallClockOrder();
    void resolvedConflictSettles();
    void relationNames();
};

// ---------------------------------------------------------------------------- Version

void TestVersion::nullVersion()
{
    const Version null;
    QVERIFY(null.isNull());
    QVERIFY(null.toString().isEmpty());
    QVERIFY(!Version::fromString(QString()).has_value());

    // Any component makes it non-null; a version from node A at time 0 is a real version.
    QVERIFY(!v(0, 0, kNodeA).isNull());
    QVERIFY(!v(1, 0, QUuid()).isNull());
    QVERIFY(!v(0, 1, QUuid()).isNull());
}

void TestVersion::toStringFormat()
{
    const Version version =
        v(0x18b2f3c4d5e, 0x2a, QUuid::fromString(u"{12345678-9ABC-DEF0-1234-56789abcdef0}"));
    QCOMPARE(version.toString(),
             QStringLiteral("018b2f3c4d5e-002a-123456789abcdef0123456789abcdef0"));
}

void TestVersion::roundTrip_data()
{
    QTest::addColumn<Version>("version");

    QTest::newRow("typical") << v(1700000000123, 7, kNodeA);
    QTest::newRow("time zero") << v(0, 0, kNodeB);
    QTest::newRow("counter max") << v(1700000000123, 0xffff, kNodeC);
    QTest::newRow("largest 12-digit millis") << v(0xffffffffffffLL, 1, kNodeA);
    QTest::newRow("random node") << v(42, 42, QUuid::createUuid());
}

void TestVersion::roundTrip()
{
    QFETCH(Version, version);
    const QString text = version.toString();
    QCOMPARE(text.size(), 12 + 1 + 4 + 1 + 32);
    const std::optional<Version> parsed = Version::fromString(text);
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, version);
    QCOMPARE(parsed->toString(), text);
}

void TestVersion::fromStringRejects_data()
{
    QTest::addColumn<QString>("text");

    const QString good = QStringLiteral("018b2f3c4d5e-002a-123456789abcdef0123456789abcdef0");
    QVERIFY(Version::fromString(good).has_value()); // the rows below are all near-misses of it

    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
    QTest::newRow("one char short") << good.chopped(1);
    QTest::newRow("one char long") << good + QLatin1Char('0');
    QTest::newRow("leading space") << QLatin1Char(' ') + good.chopped(1);
    QTest::newRow("trailing space") << good.chopped(1) + QLatin1Char(' ');
    QString noDash = good;
    noDash[12] = QLatin1Char('0');
    QTest::newRow("first dash missing") << noDash;
    noDash = good;
    noDash[17] = QLatin1Char('0');
    QTest::newRow("second dash missing") << noDash;
    QTest::newRow("dash moved") << QStringLiteral(
        "018b2f3c4d5-e002a-123456789abcdef0123456789abcdef0");
    QTest::newRow("colon separators")
        << QStringLiteral("018b2f3c4d5e:002a:123456789abcdef0123456789abcdef0");
    QTest::newRow("non-hex in millis")
        << QStringLiteral("018b2f3c4d5g-002a-123456789abcdef0123456789abcdef0");
    QTest::newRow("non-hex in counter")
        << QStringLiteral("018b2f3c4d5e-00x2-123456789abcdef0123456789abcdef0");
    QTest::newRow("non-hex in node")
        << QStringLiteral("018b2f3c4d5e-002a-123456789abcdef0123456789abcdez0");
    QTest::newRow("sign in millis")
        << QStringLiteral("-18b2f3c4d5e-002a-123456789abcdef0123456789abcdef0");
    QTest::newRow("sign in counter")
        << QStringLiteral("018b2f3c4d5e-+02a-123456789abcdef0123456789abcdef0");
    // Upper case would give a second spelling of the same version and break text ordering.
    QTest::newRow("upper-case millis")
        << QStringLiteral("018B2F3C4D5E-002a-123456789abcdef0123456789abcdef0");
    QTest::newRow("upper-case node")
        << QStringLiteral("018b2f3c4d5e-002a-123456789ABCDEF0123456789abcdef0");
    QTest::newRow("null node") << QStringLiteral(
        "018b2f3c4d5e-002a-00000000000000000000000000000000");
    QTest::newRow("dashed uuid node")
        << QStringLiteral("018b2f3c4d5e-002a-12345678-9abc-def0-1234-56789abcdef0");
    QTest::newRow("two versions") << good + QLatin1Char(' ') + good;
}

void TestVersion::fromStringRejects()
{
    QFETCH(QString, text);
    QVERIFY2(!Version::fromString(text).has_value(), qPrintable(text));
}

void TestVersion::ordering_data()
{
    QTest::addColumn<Version>("lower");
    QTest::addColumn<Version>("higher");

    QTest::newRow("millis decides") << v(1000, 9, kNodeB) << v(1001, 0, kNodeA);
    QTest::newRow("millis beats counter and node") << v(1000, 0xffff, kNodeB) << v(1001, 0, kNodeC);
    QTest::newRow("counter decides at equal millis") << v(1000, 1, kNodeB) << v(1000, 2, kNodeA);
    QTest::newRow("counter 0xff vs 0x100") << v(1000, 0xff, kNodeA) << v(1000, 0x100, kNodeA);
    QTest::newRow("node breaks a tie") << v(1000, 3, kNodeA) << v(1000, 3, kNodeB);
    QTest::newRow("node tie, leading zero nibble") << v(1000, 3, kNodeC) << v(1000, 3, kNodeA);
    QTest::newRow("millis across a hex digit")
        << v(0xfffffffff, 0, kNodeA) << v(0x1000000000, 0, kNodeA);
}

void TestVersion::ordering()
{
    QFETCH(Version, lower);
    QFETCH(Version, higher);

    QVERIFY(lower < higher);
    QVERIFY(!(higher < lower));
    QVERIFY(lower != higher);
    QVERIFY(!(lower < lower));
    QVERIFY(!(higher < higher));
    // "Sortable as text": the text form orders the same way.
    QVERIFY2(lower.toString() < higher.toString(),
             qPrintable(lower.toString() + QLatin1String(" vs ") + higher.toString()));
}

void TestVersion::textOrderMatchesVersionOrder()
{
    // Many versions, deliberately crowded into a few millis and counters so that every
    // component has to break ties; sorting by text and by value must agree exactly.
    QList<Version> versions;
    // Node ids of every UUID variant (NCS, DCE, Microsoft, reserved), since a node's id may
    // come from anywhere: text order must not depend on how QUuid compares variants.
    const QList<QUuid> nodes{kNodeA,
                             kNodeB,
                             kNodeC,
                             QUuid::createUuid(),
                             QUuid::fromString(u"{ffffffff-0000-4000-0000-000000000000}"),
                             QUuid::fromString(u"{00000000-0000-4000-c000-000000000000}"),
                             QUuid::fromString(u"{80000000-0000-4000-e000-000000000000}")};
    for (qint64 millis : {0LL, 15LL, 16LL, 255LL, 256LL, 1700000000000LL})
        for (quint16 counter : {0, 1, 15, 16, 0xfff, 0x1000, 0xffff})
            for (const QUuid &node : nodes)
                versions.append(v(millis, counter, node));

    QList<Version> byValue = versions;
    std::reverse(byValue.begin(), byValue.end());
    std::sort(byValue.begin(), byValue.end());
    QList<Version> byText = versions;
    std::sort(byText.begin(), byText.end(),
              [](const Version &x, const Version &y) { return x.toString() < y.toString(); });
    QCOMPARE(byText, byValue);
    // No two distinct versions compare equivalent.
    for (qsizetype i = 1; i < byValue.size(); ++i)
        QVERIFY(byValue[i - 1] < byValue[i]);
}

// ---------------------------------------------------------------------------- Ancestry

void TestVersion::ancestryBounded()
{
    QList<Version> many;
    for (int i = 0; i < Ancestry::kMaxLength + 5; ++i)
        many.append(v(1000 - i, 0, kNodeA)); // newest first
    const Ancestry ancestry(many);
    QCOMPARE(ancestry.versions().size(), Ancestry::kMaxLength);
    // The newest entries are kept, the oldest dropped.
    QCOMPARE(ancestry.versions(), many.mid(0, Ancestry::kMaxLength));
    QVERIFY(ancestry.contains(many.first()));
    QVERIFY(ancestry.contains(many.at(Ancestry::kMaxLength - 1)));
    QVERIFY(!ancestry.contains(many.at(Ancestry::kMaxLength)));

    const Ancestry exact(many.mid(0, Ancestry::kMaxLength));
    QCOMPARE(exact.versions().size(), Ancestry::kMaxLength);
}

void TestVersion::ancestryContains()
{
    const Ancestry empty;
    QVERIFY(empty.isEmpty());
    QVERIFY(!empty.contains(v(1, 0, kNodeA)));
    QVERIFY(!empty.contains(Version()));

    const Ancestry ancestry({v(2000, 1, kNodeA), v(1000, 0, kNodeB)});
    QVERIFY(!ancestry.isEmpty());
    QVERIFY(ancestry.contains(v(2000, 1, kNodeA)));
    QVERIFY(ancestry.contains(v(1000, 0, kNodeB)));
    // All three components must match.
    QVERIFY(!ancestry.contains(v(2000, 1, kNodeB)));
    QVERIFY(!ancestry.contains(v(2000, 0, kNodeA)));
    QVERIFY(!ancestry.contains(v(2001, 1, kNodeA)));
}

void TestVersion::ancestryText_data()
{
    QTest::addColumn<Ancestry>("ancestry");

    QTest::newRow("empty") << Ancestry();
    QTest::newRow("one") << Ancestry({v(1700000000123, 1, kNodeA)});
    QTest::newRow("merge-shaped") << Ancestry(
        {v(30, 0, kNodeA), v(20, 5, kNodeB), v(25, 0, kNodeC), v(10, 0, kNodeA)});
    QList<Version> full;
    for (int i = 0; i < Ancestry::kMaxLength; ++i)
        full.append(v(5000 - i, quint16(i), i % 2 ? kNodeA : kNodeB));
    QTest::newRow("full") << Ancestry(full);
}

void TestVersion::ancestryText()
{
    QFETCH(Ancestry, ancestry);
    const QString text = ancestry.toString();
    QCOMPARE(text.isEmpty(), ancestry.isEmpty());
    QCOMPARE(text.count(QLatin1Char(' ')), std::max<qsizetype>(0, ancestry.versions().size() - 1));
    const std::optional<Ancestry> parsed = Ancestry::fromString(text);
    QVERIFY(parsed.has_value());
    QCOMPARE(*parsed, ancestry);

    // Surrounding and repeated blanks are tolerated.
    const QString padded = QLatin1String("  ") +
                           text.split(QLatin1Char(' ')).join(QLatin1String("   ")) +
                           QLatin1Char(' ');
    const std::optional<Ancestry> fromPadded = Ancestry::fromString(padded);
    QVERIFY(fromPadded.has_value());
    QCOMPARE(*fromPadded, ancestry);
}

void TestVersion::ancestryFromStringRejects_data()
{
    QTest::addColumn<QString>("text");
    const QString good = v(1000, 1, kNodeA).toString();

    QTest::newRow("garbage") << QStringLiteral("hello");
    QTest::newRow("one bad of two") << good + QLatin1String(" x");
    QTest::newRow("bad first") << QLatin1String("x ") + good;
    QTest::newRow("comma separated") << good + QLatin1Char(',') + good;
    QTest::newRow("upper case") << good.toUpper();
}

void TestVersion::ancestryFromStringRejects()
{
    QFETCH(QString, text);
    QVERIFY2(!Ancestry::fromString(text).has_value(), qPrintable(text));
}

void TestVersion::afterPrependsPrevious()
{
    const Version v1 = v(1000, 0, kNodeA);
    const Version v2 = v(2000, 0, kNodeB);
    const Ancestry a2 = Ancestry::after(v1, Ancestry());
    QCOMPARE(a2.versions(), QList<Version>{v1});
    const Ancestry a3 = Ancestry::after(v2, a2);
    QCOMPARE(a3.versions(), (QList<Version>{v2, v1}));
}

void TestVersion::afterFirstVersionHasNoHistory()
{
    // The first version of a new row is made on top of nothing: its history is empty,
    // not a list holding a null version.
    const Ancestry first = Ancestry::after(Version(), Ancestry());
    QVERIFY(first.isEmpty());
    QVERIFY(!first.contains(Version()));
}

void TestVersion::afterDropsOldest()
{
    QList<Version> full;
    for (int i = 0; i < Ancestry::kMaxLength; ++i)
        full.append(v(5000 - i, 0, kNodeA));
    const Version previous = v(6000, 0, kNodeA);
    const Ancestry next = Ancestry::after(previous, Ancestry(full));
    QCOMPARE(next.versions().size(), Ancestry::kMaxLength);
    QCOMPARE(next.versions().first(), previous);
    QVERIFY(!next.contains(full.last()));
    QCOMPARE(next.versions().mid(1), full.mid(0, Ancestry::kMaxLength - 1));
}

void TestVersion::mergedContainsBothSides()
{
    // Common history c1 <- c2, then A made a1, a2 and B made b1.
    const Version c1 = v(100, 0, kNodeC);
    const Version c2 = v(200, 0, kNodeC);
    const Ancestry common = Ancestry::after(c2, Ancestry::after(c1, Ancestry()));
    const Version a1 = v(300, 0, kNodeA);
    const Ancestry a2Ancestry = Ancestry::after(a1, common);
    const Version a2 = v(400, 0, kNodeA);
    const Version b1 = v(350, 0, kNodeB);
    const Ancestry &b1Ancestry = common;

    const Ancestry merged = Ancestry::merged(a2, a2Ancestry, b1, b1Ancestry);
    for (const Version &x : {a2, b1, a1, c2, c1})
        QVERIFY2(merged.contains(x), qPrintable(x.toString()));
    QCOMPARE(merged.versions().size(), 5); // shared history appears once
    // The two heads come first.
    QCOMPARE(
        QSet<QString>({merged.versions().at(0).toString(), merged.versions().at(1).toString()}),
        QSet<QString>({a2.toString(), b1.toString()}));

    // Symmetric: merging from the other side holds the same versions.
    const Ancestry other = Ancestry::merged(b1, b1Ancestry, a2, a2Ancestry);
    QCOMPARE(other.versions().size(), merged.versions().size());
    for (const Version &x : merged.versions())
        QVERIFY(other.contains(x));
}

void TestVersion::mergedKeepsHeadsAndNewestWhenTruncated()
{
    // Two long, disjoint histories whose heads are OLDER than much of the other side's
    // history: the heads must still survive truncation, and of the rest the newest.
    QList<Version> aHistory, bHistory;
    for (int i = 0; i < Ancestry::kMaxLength; ++i) {
        aHistory.append(v(1000 + 2 * (Ancestry::kMaxLength - i), 0, kNodeA)); // newest first
        bHistory.append(v(5000 + 2 * (Ancestry::kMaxLength - i), 0, kNodeB));
    }
    const Version aHead = v(1100, 0, kNodeA); // older than all of bHistory
    const Version bHead = v(6000, 0, kNodeB);

    const Ancestry merged = Ancestry::merged(aHead, Ancestry(aHistory), bHead, Ancestry(bHistory));
    QCOMPARE(merged.versions().size(), Ancestry::kMaxLength);
    QVERIFY(merged.contains(aHead));
    QVERIFY(merged.contains(bHead));

    // The other kMaxLength - 2 entries are the newest of the two histories together.
    QList<Version> rest = aHistory + bHistory;
    std::sort(rest.begin(), rest.end(), [](const Version &x, const Version &y) { return y < x; });
    for (int i = 0; i < rest.size(); ++i) {
        const bool kept = i < Ancestry::kMaxLength - 2;
        QVERIFY2(merged.contains(rest.at(i)) == kept,
                 qPrintable(rest.at(i).toString() +
                            (kept ? QLatin1String(" dropped") : QLatin1String(" kept"))));
    }
}

void TestVersion::mergedSkipsNullHeads()
{
    const Version a = v(100, 0, kNodeA);
    const Ancestry merged = Ancestry::merged(a, Ancestry(), Version(), Ancestry());
    QCOMPARE(merged.versions(), QList<Version>{a});
}

// ---------------------------------------------------------------------------- relate()

void TestVersion::relate_data()
{
    QTest::addColumn<Version>("ours");
    QTest::addColumn<Ancestry>("ourAncestry");
    QTest::addColumn<Version>("theirs");
    QTest::addColumn<Ancestry>("theirAncestry");
    QTest::addColumn<Relation>("expected");

    const Version base = v(1000, 0, kNodeC);
    const Ancestry baseAncestry = Ancestry::after(v(900, 0, kNodeC), Ancestry());
    const Version a1 = v(2000, 0, kNodeA);
    const Ancestry a1Ancestry = Ancestry::after(base, baseAncestry);
    const Version a2 = v(2500, 0, kNodeA);
    const Ancestry a2Ancestry = Ancestry::after(a1, a1Ancestry);
    const Version b1 = v(2100, 0, kNodeB);
    const Ancestry &b1Ancestry = a1Ancestry; // b1 also made on top of base
    const Version fresh = v(3000, 0, kNodeB);

    QTest::newRow("we hold nothing")
        << Version() << Ancestry() << fresh << Ancestry() << Relation::New;
    QTest::newRow("we hold nothing, theirs has history")
        << Version() << Ancestry() << a2 << a2Ancestry << Relation::New;
    QTest::newRow("identical") << a1 << a1Ancestry << a1 << a1Ancestry << Relation::Same;
    QTest::newRow("their child of ours")
        << base << baseAncestry << a1 << a1Ancestry << Relation::Descendant;
    QTest::newRow("their grandchild of ours")
        << base << baseAncestry << a2 << a2Ancestry << Relation::Descendant;
    QTest::newRow("ours is their child")
        << a1 << a1Ancestry << base << baseAncestry << Relation::Ancestor;
    QTest::newRow("ours is their grandchild")
        << a2 << a2Ancestry << base << baseAncestry << Relation::Ancestor;
    QTest::newRow("siblings") << a1 << a1Ancestry << b1 << b1Ancestry << Relation::Conflict;
    QTest::newRow("siblings, reversed")
        << b1 << b1Ancestry << a1 << a1Ancestry << Relation::Conflict;
    QTest::newRow("cousins") << a2 << a2Ancestry << b1 << b1Ancestry << Relation::Conflict;
    QTest::newRow("same clock reading, other node")
        << v(2000, 0, kNodeA) << a1Ancestry << v(2000, 0, kNodeB) << a1Ancestry
        << Relation::Conflict;
    QTest::newRow("created independently on both sides")
        << a1 << Ancestry() << b1 << Ancestry() << Relation::Conflict;

    // History is bounded: a change kMaxLength edits away is still recognised, one more is
    // reported as a conflict (the safe side), never as an update or as old news.
    const auto withinReach = editChain(base, baseAncestry, Ancestry::kMaxLength, kNodeA);
    const auto outOfReach = editChain(base, baseAncestry, Ancestry::kMaxLength + 1, kNodeA);
    QTest::newRow("descendant at the edge of history")
        << base << baseAncestry << withinReach.first << withinReach.second << Relation::Descendant;
    QTest::newRow("ancestor at the edge of history")
        << withinReach.first << withinReach.second << base << baseAncestry << Relation::Ancestor;
    QTest::newRow("descendant beyond history")
        << base << baseAncestry << outOfReach.first << outOfReach.second << Relation::Conflict;
    QTest::newRow("ancestor beyond history")
        << outOfReach.first << outOfReach.second << base << baseAncestry << Relation::Conflict;
}

void TestVersion::relate()
{
    QFETCH(Version, ours);
    QFETCH(Ancestry, ourAncestry);
    QFETCH(Version, theirs);
    QFETCH(Ancestry, theirAncestry);
    QFETCH(Relation, expected);

    QCOMPARE(toString(s15n::relate(ours, ourAncestry, theirs, theirAncestry)), toString(expected));
}

void TestVersion::relateIgnoresWallClockOrder()
{
    // Conflicts come from history, never from comparing clocks: a descendant whose clock
    // reading is lower (a skewed node) is still a plain update, and an unrelated version
    // that is far newer is still a conflict.
    const Version ours = v(9000, 0, kNodeA);
    const Ancestry ourAncestry = Ancestry::after(v(8000, 0, kNodeA), Ancestry());
    const Version skewedChild = v(100, 0, kNodeB);
    QCOMPARE(
        toString(s15n::relate(ours, ourAncestry, skewedChild, Ancestry::after(ours, ourAncestry))),
        toString(Relation::Descendant));
    QCOMPARE(
        toString(s15n::relate(skewedChild, Ancestry::after(ours, ourAncestry), ours, ourAncestry)),
        toString(Relation::Ancestor));

    const Version farFuture = v(900000, 0, kNodeB);
    QCOMPARE(toString(s15n::relate(ours, ourAncestry, farFuture,
                                   Ancestry::after(v(8000, 0, kNodeA), Ancestry()))),
             toString(Relation::Conflict));
}

void TestVersion::resolvedConflictSettles()
{
    // A and B both changed the row since base. A resolves the conflict with a new version
    // that descends from both; afterwards nothing is a conflict any more.
    const Version base = v(1000, 0, kNodeC);
    const Ancestry baseAncestry;
    const Version ours = v(2000, 0, kNodeA);
    const Ancestry ourAncestry = Ancestry::after(base, baseAncestry);
    const Version theirs = v(2100, 0, kNodeB);
    const Ancestry theirAncestry = Ancestry::after(base, baseAncestry);
    QCOMPARE(toString(s15n::relate(ours, ourAncestry, theirs, theirAncestry)),
             toString(Relation::Conflict));

    const Version resolved = v(2200, 0, kNodeA);
    const Ancestry resolvedAncestry = Ancestry::merged(ours, ourAncestry, theirs, theirAncestry);

    // B receives the resolution: a plain update of what B holds.
    QCOMPARE(toString(s15n::relate(theirs, theirAncestry, resolved, resolvedAncestry)),
             toString(Relation::Descendant));
    // A receives B's old version again (or B's echo of A's old one): old news.
    QCOMPARE(toString(s15n::relate(resolved, resolvedAncestry, theirs, theirAncestry)),
             toString(Relation::Ancestor));
    QCOMPARE(toString(s15n::relate(resolved, resolvedAncestry, ours, ourAncestry)),
             toString(Relation::Ancestor));
    // Once both hold the resolution, the next round moves nothing.
    QCOMPARE(toString(s15n::relate(resolved, resolvedAncestry, resolved, resolvedAncestry)),
             toString(Relation::Same));
    // A later edit on B on top of the resolution is a plain update for A.
    const Version later = v(2300, 0, kNodeB);
    QCOMPARE(toString(s15n::relate(resolved, resolvedAncestry, later,
                                   Ancestry::after(resolved, resolvedAncestry))),
             toString(Relation::Descendant));
}

void TestVersion::relationNames()
{
    // The names are what the log shows; the tests above compare them, so they must differ.
    const QList<Relation> all{Relation::New, Relation::Same, Relation::Descendant,
                              Relation::Ancestor, Relation::Conflict};
    QSet<QString> names;
    for (Relation r : all) {
        QVERIFY(!toString(r).isEmpty());
        names.insert(toString(r));
    }
    QCOMPARE(names.size(), all.size());
}

QTEST_APPLESS_MAIN(TestVersion)
#include "tst_version.moc"
