// Unit tests for policies, strategies and decide(): what happens to one incoming record
// (design.md, "Versions and conflicts"; Sahana Eden's THIS/OTHER/NEWER/MASTER, plus MANUAL).

#include "sync/policy.h"

#include <QSet>
#include <QTest>

#include <utility>

using namespace s15n;

namespace s15n {
char *toString(const Strategy &s)
{
    return QTest::toString(QLatin1Char('"') + s.toString() + QLatin1Char('"'));
}
} // namespace s15n

namespace {

const QUuid kUs = QUuid::fromString(u"{aaaaaaaa-0000-4000-8000-000000000001}");
const QUuid kThem = QUuid::fromString(u"{bbbbbbbb-0000-4000-8000-000000000002}");

const QList<Policy> kAllPolicies{Policy::This, Policy::Other, Policy::Newer, Policy::Master,
                                 Policy::Manual};

enum class Creator { Us, Them, ThirdNode };
enum class State { BothLive, TheirsDeleted, OursDeleted };
enum class Side { Ours, Theirs };

QString creatorName(Creator c)
{
    switch (c) {
    case Creator::Us:
        return QStringLiteral("we created");
    case Creator::Them:
        return QStringLiteral("they created");
    case Creator::ThirdNode:
        return QStringLiteral("third node created");
    }
    return QString();
}

QString stateName(State s)
{
    switch (s) {
    case State::BothLive:
        return QStringLiteral("live");
    case State::TheirsDeleted:
        return QStringLiteral("theirs deleted");
    case State::OursDeleted:
        return QStringLiteral("ours deleted");
    }
    return QString();
}

// The strategy operation that taking their state means, per design: changing a live row
// is an update, taking their tombstone over our live row a delete, taking their live row
// over our tombstone a create.
bool strategyAllows(const Strategy &strategy, State state)
{
    switch (state) {
    case State::BothLive:
        return strategy.update;
    case State::TheirsDeleted:
        return strategy.remove;
    case State::OursDeleted:
        return strategy.create;
    }
    return false;
}

Incoming incoming(Relation relation, State state, Creator creator, bool theirsNewer)
{
    Incoming in;
    in.relation = relation;
    in.theirsDeleted = state == State::TheirsDeleted;
    in.oursDeleted = state == State::OursDeleted;
    const Version older{1'700'000'000'000, 3, theirsNewer ? kUs : kThem};
    const Version newer{1'700'000'005'000, 0, theirsNewer ? kThem : kUs};
    in.ours = theirsNewer ? older : newer;
    in.theirs = theirsNewer ? newer : older;
    in.weCreated = creator == Creator::Us;
    in.theyCreated = creator == Creator::Them;
    return in;
}

// Every non-empty strategy.
QList<Strategy> allStrategies()
{
    QList<Strategy> result;
    for (int bits = 1; bits < 8; ++bits)
        result.append(Strategy{bool(bits & 1), bool(bits & 2), bool(bits & 4)});
    return result;
}

// The same record seen from the other node.
Incoming fromTheOtherSide(const Incoming &in)
{
    Incoming out = in;
    std::swap(out.ours, out.theirs);
    std::swap(out.theirsDeleted, out.oursDeleted);
    std::swap(out.weCreated, out.theyCreated);
    return out;
}

} // namespace

class TestPolicy : public QObject
{
    Q_OBJECT

private slots:
    void policyParse_data();
    void policyParse();
    void policyRoundTrip();
    void mirrored_data();
    void mirrored();
    void strategyParse_data();
    void strategyParse();
    void strategyRejects_data();
    void strategyRejects();
    void strategyRoundTrip();
    void actionNames();

    void plainUpdate_data();
    void plainUpdate();
    void conflict_data();
    void conflict();
    void newRecord_data();
    void newRecord();
    void oldNewsIsIgnored_data();
    void oldNewsIsIgnored();
    void mirroredConflictPolicyAgrees_data();
    void mirroredConflictPolicyAgrees();
    void mirroredUpdatePolicyAgrees_data();
    void mirroredUpdatePolicyAgrees();
};

// ---------------------------------------------------------------------------- parsing

void TestPolicy::policyParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<Policy>("expected");

    QTest::newRow("THIS") << QStringLiteral("THIS") << true << Policy::This;
    QTest::newRow("OTHER") << QStringLiteral("OTHER") << true << Policy::Other;
    QTest::newRow("NEWER") << QStringLiteral("NEWER") << true << Policy::Newer;
    QTest::newRow("MASTER") << QStringLiteral("MASTER") << true << Policy::Master;
    QTest::newRow("MANUAL") << QStringLiteral("MANUAL") << true << Policy::Manual;
    QTest::newRow("lower case") << QStringLiteral("other") << true << Policy::Other;
    QTest::newRow("mixed case") << QStringLiteral("Newer") << true << Policy::Newer;
    QTest::newRow("surrounding blanks") << QStringLiteral("  master\t") << true << Policy::Master;

    QTest::newRow("empty") << QString() << false << Policy::This;
    QTest::newRow("blank") << QStringLiteral("  ") << false << Policy::This;
    QTest::newRow("THEIRS") << QStringLiteral("THEIRS") << false << Policy::This;
    QTest::newRow("NEWEST") << QStringLiteral("NEWEST") << false << Policy::This;
    QTest::newRow("prefix") << QStringLiteral("TH") << false << Policy::This;
    QTest::newRow("trailing junk") << QStringLiteral("THISX") << false << Policy::This;
    QTest::newRow("two policies") << QStringLiteral("THIS,OTHER") << false << Policy::This;
    QTest::newRow("inner blank") << QStringLiteral("NE WER") << false << Policy::This;
}

void TestPolicy::policyParse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(Policy, expected);

    const std::optional<Policy> parsed = policyFromString(text);
    QCOMPARE(parsed.has_value(), valid);
    if (valid)
        QCOMPARE(toString(*parsed), toString(expected));
}

void TestPolicy::policyRoundTrip()
{
    QSet<QString> names;
    for (Policy p : kAllPolicies) {
        const QString name = toString(p);
        QVERIFY(!name.isEmpty());
        QCOMPARE(name, name.toUpper()); // Eden's words, as the admin reads them
        names.insert(name);
        const std::optional<Policy> parsed = policyFromString(name);
        QVERIFY(parsed.has_value());
        QVERIFY(*parsed == p);
    }
    QCOMPARE(names.size(), kAllPolicies.size());
}

void TestPolicy::mirrored_data()
{
    QTest::addColumn<Policy>("policy");
    QTest::addColumn<Policy>("expected");

    QTest::newRow("THIS -> OTHER") << Policy::This << Policy::Other;
    QTest::newRow("OTHER -> THIS") << Policy::Other << Policy::This;
    QTest::newRow("NEWER unchanged") << Policy::Newer << Policy::Newer;
    QTest::newRow("MASTER unchanged") << Policy::Master << Policy::Master;
    QTest::newRow("MANUAL unchanged") << Policy::Manual << Policy::Manual;
}

void TestPolicy::mirrored()
{
    QFETCH(Policy, policy);
    QFETCH(Policy, expected);
    QCOMPARE(toString(s15n::mirrored(policy)), toString(expected));
    QCOMPARE(toString(s15n::mirrored(s15n::mirrored(policy))), toString(policy));
}

void TestPolicy::strategyParse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<Strategy>("expected");

    QTest::newRow("all") << QStringLiteral("create,update,delete") << Strategy{true, true, true};
    QTest::newRow("create") << QStringLiteral("create") << Strategy{true, false, false};
    QTest::newRow("update") << QStringLiteral("update") << Strategy{false, true, false};
    QTest::newRow("delete") << QStringLiteral("delete") << Strategy{false, false, true};
    QTest::newRow("create,update")
        << QStringLiteral("create,update") << Strategy{true, true, false};
    QTest::newRow("create,delete")
        << QStringLiteral("create,delete") << Strategy{true, false, true};
    QTest::newRow("update,delete")
        << QStringLiteral("update,delete") << Strategy{false, true, true};
    QTest::newRow("any order") << QStringLiteral("delete,create,update")
                               << Strategy{true, true, true};
    QTest::newRow("reversed pair")
        << QStringLiteral("delete,create") << Strategy{true, false, true};
    QTest::newRow("blanks around words")
        << QStringLiteral(" create , delete ") << Strategy{true, false, true};
    QTest::newRow("upper case") << QStringLiteral("CREATE,Update") << Strategy{true, true, false};
    QTest::newRow("repeated word")
        << QStringLiteral("update,update") << Strategy{false, true, false};
}

void TestPolicy::strategyParse()
{
    QFETCH(QString, text);
    QFETCH(Strategy, expected);

    const std::optional<Strategy> parsed = Strategy::fromString(text);
    QVERIFY2(parsed.has_value(), qPrintable(text));
    QCOMPARE(*parsed, expected);
}

void TestPolicy::strategyRejects_data()
{
    QTest::addColumn<QString>("text");

    QTest::newRow("empty") << QString();
    QTest::newRow("blank") << QStringLiteral("   ");
    QTest::newRow("only commas") << QStringLiteral(",,");
    QTest::newRow("unknown word") << QStringLiteral("insert");
    QTest::newRow("remove is not the word") << QStringLiteral("create,remove");
    QTest::newRow("one unknown among good") << QStringLiteral("create,update,purge");
    QTest::newRow("semicolons") << QStringLiteral("create;update");
    QTest::newRow("blank-separated") << QStringLiteral("create update");
    QTest::newRow("policy word") << QStringLiteral("THIS");
    QTest::newRow("prefix") << QStringLiteral("cre");
}

void TestPolicy::strategyRejects()
{
    QFETCH(QString, text);
    QVERIFY2(!Strategy::fromString(text).has_value(), qPrintable(text));
}

void TestPolicy::strategyRoundTrip()
{
    const Strategy defaults;
    QCOMPARE(defaults, (Strategy{true, true, true})); // everything allowed unless restricted

    for (const Strategy &s : allStrategies()) {
        const QString text = s.toString();
        const std::optional<Strategy> parsed = Strategy::fromString(text);
        QVERIFY2(parsed.has_value(), qPrintable(text));
        QCOMPARE(*parsed, s);
    }
    QCOMPARE(defaults.toString(), QStringLiteral("create,update,delete"));
}

void TestPolicy::actionNames()
{
    // The matrix below compares actions by name, so the names must be distinct.
    const QList<Action> all{Action::Ignore,   Action::Apply, Action::TakeTheirs,
                            Action::KeepOurs, Action::Hold,  Action::Skip};
    QSet<QString> names;
    for (Action a : all) {
        QVERIFY(!toString(a).isEmpty());
        names.insert(toString(a));
    }
    QCOMPARE(names.size(), all.size());
}

// ---------------------------------------------------------------------------- decide()

namespace {

// Which side's state the policy says should win, from the design's words.
Side winner(Policy policy, Creator creator, bool theirsNewer)
{
    const Side newer = theirsNewer ? Side::Theirs : Side::Ours;
    switch (policy) {
    case Policy::This:
        return Side::Ours;
    case Policy::Other:
        return Side::Theirs;
    case Policy::Newer:
        return newer;
    case Policy::Master:
        // The side that created the record; if neither did, neither is master: newer wins.
        if (creator == Creator::Us)
            return Side::Ours;
        if (creator == Creator::Them)
            return Side::Theirs;
        return newer;
    case Policy::Manual:
        break;
    }
    Q_UNREACHABLE();
    return Side::Ours;
}

// Empty if `decision` is `expected`, else what is wrong; `context` names the other inputs.
QString mismatch(const Decision &decision, Action expected, const QString &context)
{
    if (decision.action != expected)
        return QStringLiteral("got %1, expected %2 (%3)")
            .arg(toString(decision.action), toString(expected), context);
    // The log says why a record was skipped, held or resolved.
    const bool needsReason = expected == Action::Skip || expected == Action::Hold ||
                             expected == Action::KeepOurs || expected == Action::TakeTheirs;
    if (needsReason && decision.reason.isEmpty())
        return QStringLiteral("%1 without a reason (%2)").arg(toString(expected), context);
    return QString();
}

} // namespace

void TestPolicy::plainUpdate_data()
{
    QTest::addColumn<Incoming>("in");
    QTest::addColumn<Strategy>("strategy");
    QTest::addColumn<Policy>("updatePolicy");
    QTest::addColumn<Action>("expected");

    // Their version descends from ours, so it is also the newer one (HLC). Every update
    // policy x who created the record x what the change is x every strategy.
    for (Policy policy : {Policy::This, Policy::Other, Policy::Newer, Policy::Master}) {
        const QList<Creator> creators =
            policy == Policy::Master
                ? QList<Creator>{Creator::Us, Creator::Them, Creator::ThirdNode}
                : QList<Creator>{Creator::ThirdNode};
        for (Creator creator : creators) {
            for (State state : {State::BothLive, State::TheirsDeleted, State::OursDeleted}) {
                for (const Strategy &strategy : allStrategies()) {
                    const Incoming in = incoming(Relation::Descendant, state, creator, true);
                    Action expected = Action::Skip;
                    if (winner(policy, creator, true) == Side::Theirs &&
                        strategyAllows(strategy, state))
                        expected = Action::Apply;
                    QString name = toString(policy);
                    if (policy == Policy::Master)
                        name += QLatin1String(" (") + creatorName(creator) + QLatin1Char(')');
                    name += QLatin1Char('/') + stateName(state) + QLatin1Char('/') +
                            strategy.toString();
                    QTest::newRow(qPrintable(name)) << in << strategy << policy << expected;
                }
            }
        }
    }
}

void TestPolicy::plainUpdate()
{
    QFETCH(Incoming, in);
    QFETCH(Strategy, strategy);
    QFETCH(Policy, updatePolicy);
    QFETCH(Action, expected);

    // The conflict policy plays no part in a plain update.
    for (Policy conflictPolicy : kAllPolicies) {
        const QString error =
            mismatch(decide(in, strategy, updatePolicy, conflictPolicy), expected,
                     QLatin1String("conflict policy ") + toString(conflictPolicy));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
}

void TestPolicy::conflict_data()
{
    QTest::addColumn<Incoming>("in");
    QTest::addColumn<Strategy>("strategy");
    QTest::addColumn<Policy>("conflictPolicy");
    QTest::addColumn<Action>("expected");

    for (Policy policy : kAllPolicies) {
        const QList<Creator> creators =
            policy == Policy::Master
                ? QList<Creator>{Creator::Us, Creator::Them, Creator::ThirdNode}
                : QList<Creator>{Creator::ThirdNode};
        const QList<bool> newerSides = policy == Policy::Master || policy == Policy::Newer
                                           ? QList<bool>{true, false}
                                           : QList<bool>{true};
        for (Creator creator : creators) {
            for (bool theirsNewer : newerSides) {
                for (State state : {State::BothLive, State::TheirsDeleted, State::OursDeleted}) {
                    for (const Strategy &strategy : allStrategies()) {
                        const Incoming in =
                            incoming(Relation::Conflict, state, creator, theirsNewer);
                        Action expected = Action::Hold;
                        if (policy != Policy::Manual) {
                            if (winner(policy, creator, theirsNewer) == Side::Ours)
                                expected = Action::KeepOurs; // a local write: no strategy
                            else if (strategyAllows(strategy, state))
                                expected = Action::TakeTheirs;
                            else
                                expected = Action::Skip;
                        }
                        QString name = toString(policy);
                        if (policy == Policy::Master)
                            name += QLatin1String(" (") + creatorName(creator) + QLatin1Char(')');
                        if (newerSides.size() > 1)
                            name += theirsNewer ? QLatin1String(" theirs newer")
                                                : QLatin1String(" ours newer");
                        name += QLatin1Char('/') + stateName(state) + QLatin1Char('/') +
                                strategy.toString();
                        QTest::newRow(qPrintable(name)) << in << strategy << policy << expected;
                    }
                }
            }
        }
    }
}

void TestPolicy::conflict()
{
    QFETCH(Incoming, in);
    QFETCH(Strategy, strategy);
    QFETCH(Policy, conflictPolicy);
    QFETCH(Action, expected);

    // The update policy plays no part in a conflict.
    for (Policy updatePolicy : {Policy::This, Policy::Other, Policy::Newer, Policy::Master}) {
        const QString error = mismatch(decide(in, strategy, updatePolicy, conflictPolicy), expected,
                                       QLatin1String("update policy ") + toString(updatePolicy));
        QVERIFY2(error.isEmpty(), qPrintable(error));
    }
}

void TestPolicy::newRecord_data()
{
    QTest::addColumn<bool>("theirsDeleted");
    QTest::addColumn<Strategy>("strategy");
    QTest::addColumn<Action>("expected");

    // A record we have never held is created whatever the policies say, if the strategy
    // allows create.
    for (const Strategy &strategy : allStrategies()) {
        QTest::newRow(qPrintable(QLatin1String("live/") + strategy.toString()))
            << false << strategy << (strategy.create ? Action::Apply : Action::Skip);
    }
    // A tombstone for a record we never held deletes nothing here; it is recorded so that
    // a stale copy arriving later is recognised as old news.
    for (const Strategy &strategy : allStrategies()) {
        QTest::newRow(qPrintable(QLatin1String("tombstone/") + strategy.toString()))
            << true << strategy << Action::Apply;
    }
}

void TestPolicy::newRecord()
{
    QFETCH(bool, theirsDeleted);
    QFETCH(Strategy, strategy);
    QFETCH(Action, expected);

    Incoming in;
    in.relation = Relation::New;
    in.theirsDeleted = theirsDeleted;
    in.theirs = Version{1'700'000'000'000, 0, kThem};
    for (bool theyCreated : {true, false}) {
        in.theyCreated = theyCreated;
        for (Policy update : {Policy::This, Policy::Other, Policy::Newer, Policy::Master}) {
            for (Policy conflict : kAllPolicies) {
                const QString error =
                    mismatch(decide(in, strategy, update, conflict), expected,
                             QStringLiteral("%1/%2/%3")
                                 .arg(creatorName(theyCreated ? Creator::Them : Creator::ThirdNode),
                                      toString(update), toString(conflict)));
                QVERIFY2(error.isEmpty(), qPrintable(error));
            }
        }
    }
}

void TestPolicy::oldNewsIsIgnored_data()
{
    QTest::addColumn<Relation>("relation");
    QTest::newRow("same") << Relation::Same;
    QTest::newRow("ancestor") << Relation::Ancestor;
}

void TestPolicy::oldNewsIsIgnored()
{
    QFETCH(Relation, relation);

    // Nothing to do, whatever the policies, strategy, creator or tombstones; in particular
    // not a Skip (which would log a refusal) and never a write.
    for (State state : {State::BothLive, State::TheirsDeleted, State::OursDeleted}) {
        for (Creator creator : {Creator::Us, Creator::Them, Creator::ThirdNode}) {
            Incoming in = incoming(relation, state, creator, false);
            if (relation == Relation::Same) {
                in.theirs = in.ours;
                in.theirsDeleted = in.oursDeleted;
            }
            for (const Strategy &strategy : allStrategies()) {
                for (Policy update : {Policy::This, Policy::Other, Policy::Newer, Policy::Master}) {
                    for (Policy conflict : kAllPolicies) {
                        const Decision d = decide(in, strategy, update, conflict);
                        if (d.action != Action::Ignore)
                            QFAIL(qPrintable(QStringLiteral("%1 for %2/%3/%4/%5/%6")
                                                 .arg(toString(d.action), stateName(state),
                                                      creatorName(creator), strategy.toString(),
                                                      toString(update), toString(conflict))));
                    }
                }
            }
        }
    }
}

void TestPolicy::mirroredConflictPolicyAgrees_data()
{
    QTest::addColumn<Policy>("policy");
    QTest::addColumn<Creator>("creator");
    QTest::addColumn<bool>("theirsNewer");
    QTest::addColumn<State>("state");

    for (Policy policy : kAllPolicies)
        for (Creator creator : {Creator::Us, Creator::Them, Creator::ThirdNode})
            for (bool theirsNewer : {true, false})
                for (State state : {State::BothLive, State::TheirsDeleted, State::OursDeleted})
                    QTest::addRow("%s/%s/%s/%s", qPrintable(toString(policy)),
                                  qPrintable(creatorName(creator)),
                                  theirsNewer ? "theirs newer" : "ours newer",
                                  qPrintable(stateName(state)))
                        << policy << creator << theirsNewer << state;
}

void TestPolicy::mirroredConflictPolicyAgrees()
{
    // The pulling side resolves with its policy; the remote, given that policy with THIS
    // and OTHER swapped, must pick the same winner for the same conflict.
    QFETCH(Policy, policy);
    QFETCH(Creator, creator);
    QFETCH(bool, theirsNewer);
    QFETCH(State, state);

    const Strategy all;
    const Incoming atPuller = incoming(Relation::Conflict, state, creator, theirsNewer);
    const Incoming atRemote = fromTheOtherSide(atPuller);
    const Action here = decide(atPuller, all, Policy::Other, policy).action;
    const Action there = decide(atRemote, all, Policy::Other, s15n::mirrored(policy)).action;

    Action expectedThere = Action::Hold;
    if (here == Action::TakeTheirs)
        expectedThere = Action::KeepOurs;
    else if (here == Action::KeepOurs)
        expectedThere = Action::TakeTheirs;
    else
        QCOMPARE(toString(here), toString(Action::Hold));
    QCOMPARE(toString(there), toString(expectedThere));
}

void TestPolicy::mirroredUpdatePolicyAgrees_data()
{
    QTest::addColumn<Policy>("policy");
    QTest::addColumn<Creator>("creator");
    QTest::addColumn<bool>("pullerChangesReachRemote");
    QTest::addColumn<bool>("remoteChangesReachPuller");

    // "Creator" is seen from the pulling side.
    QTest::newRow("THIS: the puller's copy rules")
        << Policy::This << Creator::ThirdNode << true << false;
    QTest::newRow("OTHER: the remote's copy rules")
        << Policy::Other << Creator::ThirdNode << false << true;
    QTest::newRow("NEWER: updates flow both ways")
        << Policy::Newer << Creator::ThirdNode << true << true;
    QTest::newRow("MASTER, puller created") << Policy::Master << Creator::Us << true << false;
    QTest::newRow("MASTER, remote created") << Policy::Master << Creator::Them << false << true;
    QTest::newRow("MASTER, third node created")
        << Policy::Master << Creator::ThirdNode << true << true;
}

void TestPolicy::mirroredUpdatePolicyAgrees()
{
    QFETCH(Policy, policy);
    QFETCH(Creator, creator);
    QFETCH(bool, pullerChangesReachRemote);
    QFETCH(bool, remoteChangesReachPuller);

    const Strategy all;
    // The remote changed the row; the puller pulls it and applies its own update policy.
    const Incoming pulled = incoming(Relation::Descendant, State::BothLive, creator, true);
    const Action atPuller = decide(pulled, all, policy, Policy::Manual).action;
    QCOMPARE(toString(atPuller), toString(remoteChangesReachPuller ? Action::Apply : Action::Skip));

    // The puller changed the row and pushes it; the remote applies the mirrored policy.
    Incoming pushed = incoming(Relation::Descendant, State::BothLive, creator, true);
    std::swap(pushed.weCreated, pushed.theyCreated);
    const Action atRemote = decide(pushed, all, s15n::mirrored(policy), Policy::Manual).action;
    QCOMPARE(toString(atRemote), toString(pullerChangesReachRemote ? Action::Apply : Action::Skip));
}

QTEST_APPLESS_MAIN(TestPolicy)
#include "tst_policy.moc"
