// Children of a parent (issue 5, "Add Child") from the command line: `s15n child add`, `edit`,
// `list`, `remove` and `exclusions` through the real executable, on SQLite and on the ctest
// fixture's PostgreSQL server. Every refusal exits 1 with one message that says why, and
// leaves nothing behind. (ChildStore itself: tst_children.cpp.)

#include "childrenfixture.h"
#include "nodefixture.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace s15n;
using namespace s15n::test;
using namespace s15n::test::childfixture;
using namespace Qt::StringLiterals;

namespace {

QString describe(const ProcessResult &r)
{
    return u"exit code %1\nstdout: %2\nstderr: %3"_s.arg(r.exitCode).arg(r.out, r.err);
}

ProcessResult child(const ExchangeNode &node, const QStringList &args,
                    const QByteArray &input = QByteArray())
{
    return runS15n(QStringList{u"child"_s} + args + QStringList{u"--db"_s, node.db}, node.env,
                   input);
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

QJsonArray listJson(const ExchangeNode &node)
{
    const ProcessResult r = child(node, {u"list"_s, u"--json"_s});
    if (r.exitCode != 0) {
        qWarning("%s", qPrintable(describe(r)));
        return {};
    }
    return QJsonDocument::fromJson(r.out.toUtf8()).array();
}

// The child tables and accounts of a node, as text (for "nothing changed").
void childRows(const ExchangeNode &node, QString *text)
{
    QStringList lines;
    for (const QString &query :
         {u"SELECT nickname, child_uuid, username, note FROM s15n_children ORDER BY nickname"_s,
          u"SELECT nickname, table_name FROM s15n_child_exclusions ORDER BY 1, 2"_s,
          u"SELECT table_name FROM s15n_exclusions ORDER BY 1"_s,
          u"SELECT username, hash FROM s15n_accounts ORDER BY 1"_s}) {
        QString error;
        const QList<QVariantList> rows = querySql(node.db, query, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        for (const QVariantList &row : rows) {
            QStringList values;
            for (const QVariant &v : row)
                values << (v.isNull() ? u"NULL"_s : v.toString());
            lines << values.join(u" | "_s);
        }
        lines << u"--"_s;
    }
    *text = lines.join(u'\n');
}

} // namespace

class TestChildCommands : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();

    void commandLine_data() { addBackendRows(); }
    void commandLine();
    void commandLineRefusals();
};

void TestChildCommands::cleanup()
{
    dropNodeDatabases();
}

void TestChildCommands::commandLine()
{
    QFETCH(Backend, backend);
    REQUIRE_BACKEND(backend);
    QTemporaryDir home;
    ExchangeNode parent;
    CHECKED(makeNode(&parent, home.path(), u"P"_s, backend, Content::SampleData));
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);

    ProcessResult r = child(parent,
                            {u"add"_s, u"Clinic 4"_s, u"--user"_s, u"clinic4"_s, u"--exclude"_s,
                             u"transaction_lines"_s, u"--note"_s, u"north"_s},
                            kPassword.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(mentionsAll(r.out, {u"Clinic 4"_s, u"clinic4"_s, u"first syncs"_s,
                                 u"does not receive: transaction_lines"_s}),
             qPrintable(r.out));
    QVERIFY2(!r.out.contains(kPassword) && !r.err.contains(kPassword), "the password is shown");
    // Excluding a table that others refer to warns (and adds all the same).
    r = child(parent,
              {u"add"_s, u"c5"_s, u"--user"_s, u"c5"_s, u"--uuid"_s, uuid.toUpper(), u"--exclude"_s,
               u"names,stores"_s},
              kPassword.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(mentionsAll(r.err, {u"warning"_s, u"'transactions'"_s, u"'names'"_s}),
             qPrintable(describe(r)));

    // Only the salted hash is stored.
    QString error;
    const QList<QVariantList> hash =
        querySql(parent.db, u"SELECT hash FROM s15n_accounts WHERE username = 'clinic4'"_s, &error);
    QVERIFY2(error.isEmpty() && hash.size() == 1, qPrintable(error));
    QVERIFY(!hash.first().first().toString().contains(kPassword));

    QJsonArray list = listJson(parent);
    QCOMPARE(list.size(), 2);
    QJsonObject first = list.at(0).toObject();
    QCOMPARE(first.value(u"nickname"_s).toString(), u"Clinic 4"_s);
    QVERIFY(first.value(u"uuid"_s).isNull());
    QCOMPARE(first.value(u"user"_s).toString(), u"clinic4"_s);
    QCOMPARE(first.value(u"excludedTables"_s).toArray(),
             QJsonArray::fromStringList({u"transaction_lines"_s}));
    QVERIFY(first.value(u"lastContact"_s).isNull());
    QCOMPARE(first.value(u"note"_s).toString(), u"north"_s);
    QCOMPARE(list.at(1).toObject().value(u"uuid"_s).toString(), uuid);

    r = child(parent, {u"list"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(mentionsAll(r.out, {u"NICKNAME"_s, u"LAST CONTACT"_s, u"(at first sync)"_s, u"never"_s,
                                 uuid, u"names,stores"_s}),
             qPrintable(r.out));

    // Global exclusions.
    r = child(parent, {u"exclusions"_s, u"--add"_s, u"items"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.contains(u"No child receives: items."_s), qPrintable(r.out));
    r = child(parent, {u"exclusions"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array(),
             QJsonArray::fromStringList({u"items"_s}));
    list = listJson(parent);
    QCOMPARE(list.at(0).toObject().value(u"notReceived"_s).toArray(),
             QJsonArray::fromStringList({u"items"_s, u"transaction_lines"_s}));

    // Edit: exclusions, UUID, password (stdin), note.
    r = child(parent,
              {u"edit"_s, u"Clinic 4"_s, u"--allow"_s, u"transaction_lines"_s, u"--exclude"_s,
               u"names"_s, u"--uuid"_s, QUuid::createUuid().toString(), u"--password"_s},
              "another secret\n");
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(mentionsAll(r.out, {u"Changed child 'Clinic 4'"_s, u"new password"_s,
                                 u"does not receive: items, names"_s}),
             qPrintable(r.out));
    r = child(parent, {u"edit"_s, u"Clinic 4"_s, u"--clear-uuid"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    list = listJson(parent);
    QVERIFY(list.at(0).toObject().value(u"uuid"_s).isNull());
    QCOMPARE(list.at(0).toObject().value(u"excludedTables"_s).toArray(),
             QJsonArray::fromStringList({u"names"_s}));

    r = child(parent, {u"exclusions"_s, u"--remove"_s, u"items"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY2(r.out.contains(u"No table is excluded for every child"_s), qPrintable(r.out));

    // Remove: the account goes too.
    r = child(parent, {u"remove"_s, u"Clinic 4"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const ProcessResult accounts =
        runS15n({u"account"_s, u"list"_s, u"--json"_s, u"--db"_s, parent.db}, parent.env);
    QVERIFY2(accounts.exitCode == 0, qPrintable(describe(accounts)));
    QVERIFY2(!accounts.out.contains(u"clinic4"_s), qPrintable(accounts.out));
    QCOMPARE(listJson(parent).size(), 1);
}

void TestChildCommands::commandLineRefusals()
{
    QTemporaryDir home;
    ExchangeNode parent;
    CHECKED(makeNode(&parent, home.path(), u"P"_s, Backend::Sqlite, Content::SampleData));
    ProcessResult r =
        child(parent, {u"add"_s, u"c1"_s, u"--user"_s, u"c1"_s, u"--exclude"_s, u"names"_s},
              kPassword.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = runS15n({u"account"_s, u"add"_s, u"plain"_s, u"--db"_s, parent.db}, parent.env,
                kPassword.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QString before;
    CHECKED(childRows(parent, &before));

    const QByteArray pw = kPassword.toUtf8() + '\n';
    struct Case
    {
        QStringList args;
        QByteArray input;
        QString message;
    };
    const QList<Case> cases{
        {{u"add"_s, u"c1"_s, u"--user"_s, u"c9"_s}, pw, u"A child named 'c1' exists already"_s},
        {{u"add"_s, u"c2"_s, u"--user"_s, u"c1"_s}, pw, u"belongs to child 'c1'"_s},
        {{u"add"_s, u"c2"_s, u"--user"_s, u"plain"_s}, pw, u"account named 'plain' exists"_s},
        {{u"add"_s, u"c2"_s, u"--user"_s, u"c2"_s, u"--exclude"_s, u"nosuch"_s},
         pw,
         u"There is no table 'nosuch'"_s},
        {{u"add"_s, u"c2"_s, u"--user"_s, u"c2"_s, u"--exclude"_s, u"s15n_accounts"_s},
         pw,
         u"s15n's own tables"_s},
        {{u"add"_s, u"c2"_s, u"--user"_s, u"c2"_s, u"--uuid"_s, u"not-a-uuid"_s},
         pw,
         u"'not-a-uuid' is not a node UUID"_s},
        {{u"add"_s, u"c2"_s, u"--user"_s, u"c2"_s, u"--uuid"_s, parent.uuid},
         pw,
         u"this node's own UUID"_s},
        {{u"add"_s, u"c2"_s, u"--user"_s, u"c2"_s}, QByteArray("\n"), u"No password given"_s},
        {{u"add"_s, u"c2"_s}, pw, u"child add needs --user"_s},
        {{u"add"_s, u"c2"_s, u"--user"_s, u"c2"_s, u"--allow"_s, u"items"_s},
         pw,
         u"--allow goes with 'child edit' only"_s},
        {{u"add"_s, u"bad\"name"_s, u"--user"_s, u"c2"_s}, pw, u"may not hold quotes"_s},
        {{u"edit"_s, u"nobody"_s, u"--note"_s, u"x"_s}, {}, u"no child named 'nobody'"_s},
        {{u"edit"_s, u"c1"_s}, {}, u"Nothing to change"_s},
        {{u"edit"_s, u"c1"_s, u"--allow"_s, u"items"_s}, {}, u"'items' is not excluded"_s},
        {{u"edit"_s, u"c1"_s, u"--exclude"_s, u"nosuch"_s, u"--password"_s},
         pw,
         u"There is no table 'nosuch'"_s},
        {{u"edit"_s, u"c1"_s, u"--uuid"_s, u"x"_s, u"--clear-uuid"_s},
         {},
         u"--uuid or --clear-uuid, not both"_s},
        {{u"edit"_s, u"c1"_s, u"--password"_s}, QByteArray("\n"), u"No password given"_s},
        {{u"remove"_s, u"nobody"_s}, {}, u"no child named 'nobody'"_s},
        {{u"list"_s, u"c1"_s}, {}, u"takes no NICK"_s},
        {{u"exclusions"_s, u"--add"_s, u"nosuch"_s}, {}, u"There is no table 'nosuch'"_s},
        {{u"exclusions"_s, u"--add"_s, u"items"_s, u"--remove"_s, u"stores"_s},
         {},
         u"'stores' is not a global exclusion"_s},
        {{u"frobnicate"_s}, {}, u"Unknown child action 'frobnicate'"_s},
    };
    for (const Case &c : cases) {
        r = child(parent, c.args, c.input);
        CHECKED(verifyRefused(r, c.message));
        QString after;
        CHECKED(childRows(parent, &after));
        QVERIFY2(after == before, qPrintable(c.args.join(u' ') + u" changed:\n"_s + after));
    }
    r = runS15n({u"account"_s, u"remove"_s, u"c1"_s, u"--db"_s, parent.db}, parent.env);
    CHECKED(verifyRefused(r, u"s15n child remove c1"_s));
}

QTEST_GUILESS_MAIN(TestChildCommands)
#include "tst_childcommands.moc"
