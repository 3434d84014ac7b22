// The Changes feature between real `s15n serve` processes on 127.0.0.1: `s15n changes` lists a
// child's changes not yet pushed, without and with conflicts (asked from the parent with POST
// /s15n/v1/rows), field by field, and held MANUAL conflicts; `changes push` sends single rows
// without skipping the others; `--ours` overwrites the parent's version; `take-theirs` takes it.
// Refusals change nothing; the rows endpoint refuses what it must.

#include "httptest.h"

#include "protocol/messages.h"
#include "sync/pagereader.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace s15n::test;
using namespace Qt::StringLiterals;

namespace {

void itemName(const ExchangeNode &node, const QString &code, QString *name)
{
    valueOf(node, u"SELECT name FROM items WHERE code = '%1'"_s.arg(code), name);
}

void setName(const ExchangeNode &node, const QString &code, const QString &name)
{
    sql(node, u"UPDATE items SET name = '%1' WHERE code = '%2';"_s.arg(name, code));
}

// `s15n changes ARGS --json` (exit 0), parsed.
void changesJson(const ExchangeNode &node, const QStringList &args, QJsonObject *result)
{
    const ProcessResult r = runNode(node, QStringList{u"changes"_s} + args + QStringList{u"--json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(doc.isObject(), qPrintable(r.out));
    *result = doc.object();
}

// The rows (UUIDs) of one list ("withoutConflicts", "withConflicts") of the first repository.
QStringList rowsIn(const QJsonObject &changes, const QString &list)
{
    QStringList rows;
    const QJsonObject repo = changes.value(u"repositories"_s).toArray().first().toObject();
    for (const QJsonValue &v : repo.value(list).toArray())
        rows.append(v.toObject().value(u"row"_s).toString());
    return rows;
}

QJsonObject changeOf(const QJsonObject &changes, const QString &list, const QString &row)
{
    const QJsonObject repo = changes.value(u"repositories"_s).toArray().first().toObject();
    for (const QJsonValue &v : repo.value(list).toArray()) {
        if (v.toObject().value(u"row"_s).toString() == row)
            return v.toObject();
    }
    return {};
}

QJsonObject fieldOf(const QJsonObject &change, const QString &name)
{
    for (const QJsonValue &v : change.value(u"fields"_s).toArray()) {
        if (v.toObject().value(u"name"_s).toString() == name)
            return v.toObject();
    }
    return {};
}

void addBackendRows()
{
    QTest::addColumn<Backend>("backend");
    QTest::newRow("sqlite parent") << Backend::Sqlite;
    QTest::newRow("postgres parent") << Backend::Postgres;
}

Headers childHeaders(const HttpSite &site)
{
    return {{"Authorization", basicAuth(kAccount, kPassword)},
            {"X-S15n-Node", site.child.uuid.toLatin1()}};
}

QString rowsUrl(const HttpSite &site, const QString &table)
{
    return site.server.url + u"/s15n/v1/rows?resource="_s + table;
}

} // namespace

class TestChanges : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { dropNodeDatabases(); }

    void listPushAndOverwrite_data() { addBackendRows(); }
    void listPushAndOverwrite()
    {
        QFETCH(Backend, backend);
        REQUIRE_BACKEND(backend);
        HttpSite site;
        CHECKED(makeConnectedSite(&site, backend, true));
        const ExchangeNode &child = site.child;
        QString amox, ors, para;
        CHECKED(uuidOf(child, u"items"_s, u"AMOX500"_s, &amox));
        CHECKED(uuidOf(child, u"items"_s, u"ORS"_s, &ors));
        CHECKED(uuidOf(child, u"items"_s, u"PARA500"_s, &para));

        // The child changes three rows (in this order); the parent changes one of them too.
        CHECKED(setName(child, u"AMOX500"_s, u"child AMOX"_s));
        CHECKED(setName(child, u"ORS"_s, u"child ORS"_s));
        CHECKED(setName(child, u"PARA500"_s, u"child PARA"_s));
        CHECKED(setName(site.parent, u"ORS"_s, u"parent ORS"_s));

        QJsonObject changes;
        CHECKED(changesJson(child, {u"parent"_s}, &changes));
        QStringList without = rowsIn(changes, u"withoutConflicts"_s);
        without.sort();
        QStringList expected{amox, para};
        expected.sort();
        QCOMPARE(without, expected);
        QCOMPARE(rowsIn(changes, u"withConflicts"_s), QStringList{ors});
        const QJsonObject conflict = changeOf(changes, u"withConflicts"_s, ors);
        QVERIFY(conflict.value(u"conflict"_s).toBool());
        QJsonObject name = fieldOf(conflict, u"name"_s);
        QCOMPARE(name.value(u"ours"_s).toString(), u"child ORS"_s);
        QCOMPARE(name.value(u"theirs"_s).toString(), u"parent ORS"_s);
        QVERIFY(name.value(u"differs"_s).toBool());
        const QJsonObject unit = fieldOf(conflict, u"unit"_s);
        QCOMPARE(unit.value(u"ours"_s).toString(), u"sachet"_s);
        QVERIFY(!unit.value(u"differs"_s).toBool());
        name = fieldOf(changeOf(changes, u"withoutConflicts"_s, para), u"name"_s);
        QCOMPARE(name.value(u"ours"_s).toString(), u"child PARA"_s);
        QCOMPARE(name.value(u"theirs"_s).toString(), u"Paracetamol 500 mg tablets"_s);
        // Nothing moved by looking.
        QString value;
        CHECKED(itemName(site.parent, u"PARA500"_s, &value));
        QCOMPARE(value, u"Paracetamol 500 mg tablets"_s);

        // Push the one that is not the first: it arrives, the others wait.
        ProcessResult r = runNode(child, {u"changes"_s, u"push"_s, u"parent"_s, u"--resource"_s,
                                          u"items"_s, para});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        VERIFY_MENTIONS(r.out, (QStringList{para, u"applied"_s}));
        CHECKED(itemName(site.parent, u"PARA500"_s, &value));
        QCOMPARE(value, u"child PARA"_s);
        CHECKED(itemName(site.parent, u"AMOX500"_s, &value));
        QCOMPARE(value, u"Amoxicillin 500 mg capsules"_s);
        QJsonObject entry;
        CHECKED(newestEntry(child, u"push item"_s, &entry, u"items"_s));
        QCOMPARE(entry.value(u"result"_s).toString(), u"success"_s);
        QCOMPARE(entry.value(u"applied"_s).toInteger(), 1);
        CHECKED(changesJson(child, {u"parent"_s, u"--resource"_s, u"items"_s}, &changes));
        QCOMPARE(rowsIn(changes, u"withoutConflicts"_s), QStringList{amox});
        QCOMPARE(rowsIn(changes, u"withConflicts"_s), QStringList{ors});

        // Overwrite the parent's version of the conflicting row.
        r = runNode(child, {u"changes"_s, u"push"_s, u"parent"_s, u"--resource"_s, u"items"_s, ors,
                            u"--ours"_s});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        CHECKED(itemName(site.parent, u"ORS"_s, &value));
        QCOMPARE(value, u"child ORS"_s);
        CHECKED(newestEntry(child, u"push ours"_s, &entry, u"items"_s));
        QCOMPARE(entry.value(u"result"_s).toString(), u"success"_s);
        CHECKED(changesJson(child, {u"parent"_s}, &changes));
        QCOMPARE(rowsIn(changes, u"withConflicts"_s), QStringList());
        QCOMPARE(rowsIn(changes, u"withoutConflicts"_s), QStringList{amox});

        // A full round still pushes the row that was never pushed by itself, and nobody sees a
        // conflict.
        CHECKED(syncOk(child));
        CHECKED(itemName(site.parent, u"AMOX500"_s, &value));
        QCOMPARE(value, u"child AMOX"_s);
        CHECKED(itemName(child, u"ORS"_s, &value));
        QCOMPARE(value, u"child ORS"_s);
        QJsonObject round;
        CHECKED(newestEntry(child, u"round"_s, &round));
        QCOMPARE(round.value(u"conflicts"_s).toInteger(), 0);
        QCOMPARE(round.value(u"result"_s).toString(), u"success"_s);
        QJsonArray parentLog;
        CHECKED(readLog(site.parent, &parentLog));
        QCOMPARE(sumLog(parentLog, u"serve push"_s, u"conflicts"_s), 0);
        CHECKED(verifySameData(site.parent, child));
        CHECKED(changesJson(child, {u"parent"_s}, &changes));
        QCOMPARE(rowsIn(changes, u"withConflicts"_s), QStringList());
        QCOMPARE(rowsIn(changes, u"withoutConflicts"_s), QStringList());
        CHECKED(stopServer(&site.server));
    }

    void takeTheirs()
    {
        HttpSite site;
        CHECKED(makeConnectedSite(&site, Backend::Sqlite, true));
        const ExchangeNode &child = site.child;
        QString ors;
        CHECKED(uuidOf(child, u"items"_s, u"ORS"_s, &ors));
        CHECKED(setName(child, u"ORS"_s, u"child ORS"_s));
        CHECKED(setName(site.parent, u"ORS"_s, u"parent ORS"_s));

        const ProcessResult r = runNode(child, {u"changes"_s, u"take-theirs"_s, u"parent"_s,
                                                u"--resource"_s, u"items"_s, ors});
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QString value;
        CHECKED(itemName(child, u"ORS"_s, &value));
        QCOMPARE(value, u"parent ORS"_s);
        QJsonObject entry;
        CHECKED(newestEntry(child, u"take theirs"_s, &entry, u"items"_s));
        QCOMPARE(entry.value(u"conflicts"_s).toInteger(), 1);
        QJsonObject changes;
        CHECKED(changesJson(child, {u"parent"_s}, &changes));
        QCOMPARE(rowsIn(changes, u"withConflicts"_s), QStringList());
        QCOMPARE(rowsIn(changes, u"withoutConflicts"_s), QStringList());
        // Settled: the next round finds no conflict on either side.
        CHECKED(syncOk(child));
        QJsonObject round;
        CHECKED(newestEntry(child, u"round"_s, &round));
        QCOMPARE(round.value(u"conflicts"_s).toInteger(), 0);
        CHECKED(verifySameData(site.parent, child));
        CHECKED(itemName(site.parent, u"ORS"_s, &value));
        QCOMPARE(value, u"parent ORS"_s);
    }

    void heldConflictIsListed()
    {
        HttpSite site;
        CHECKED(makeConnectedSite(&site, Backend::Sqlite, true));
        const ExchangeNode &child = site.child;
        CHECKED(runOk(child, {u"resource"_s, u"edit"_s, u"items"_s, u"--conflict-policy"_s,
                              u"MANUAL"_s}));
        QString ors;
        CHECKED(uuidOf(child, u"items"_s, u"ORS"_s, &ors));
        CHECKED(setName(child, u"ORS"_s, u"child edit"_s));
        CHECKED(setName(site.parent, u"ORS"_s, u"parent edit"_s));
        CHECKED(syncOk(child));

        QJsonObject changes;
        CHECKED(changesJson(child, {u"parent"_s}, &changes));
        const QJsonArray held = changes.value(u"held"_s).toArray();
        QCOMPARE(held.size(), 1);
        const QJsonObject h = held.first().toObject();
        QCOMPARE(h.value(u"row"_s).toString(), ors);
        QCOMPARE(h.value(u"repository"_s).toString(), u"parent"_s);
        const QJsonObject name = fieldOf(h, u"name"_s);
        QCOMPARE(name.value(u"ours"_s).toString(), u"child edit"_s);
        QCOMPARE(name.value(u"theirs"_s).toString(), u"parent edit"_s);
        // Listed without a repository too, and gone once resolved.
        CHECKED(changesJson(child, {}, &changes));
        QCOMPARE(changes.value(u"held"_s).toArray().size(), 1);
        CHECKED(runOk(child, {u"conflicts"_s, u"resolve"_s,
                              QString::number(h.value(u"id"_s).toInteger()), u"--take"_s,
                              u"theirs"_s}));
        CHECKED(changesJson(child, {u"parent"_s}, &changes));
        QCOMPARE(changes.value(u"held"_s).toArray().size(), 0);
    }

    void refusalsChangeNothing()
    {
        HttpSite site;
        CHECKED(makeConnectedSite(&site, Backend::Sqlite, true));
        const ExchangeNode &child = site.child;
        QString ors;
        CHECKED(uuidOf(child, u"items"_s, u"ORS"_s, &ors));
        CHECKED(setName(child, u"ORS"_s, u"child ORS"_s));
        QStringList childBefore;
        QStringList parentBefore;
        CHECKED(snapshot(child, &childBefore));
        CHECKED(snapshot(site.parent, &parentBefore));
        const QString unknown = newUuid();
        struct Case
        {
            QStringList args;
            QStringList words;
        };
        const QList<Case> cases{
            {{u"nosuchrepo"_s}, {u"nosuchrepo"_s, u"repo list"_s}},
            {{u"push"_s, u"nosuchrepo"_s, u"--resource"_s, u"items"_s, ors}, {u"nosuchrepo"_s}},
            {{u"push"_s, u"parent"_s, u"--resource"_s, u"nosuch"_s, ors},
             {u"nosuch"_s, u"not a resource"_s}},
            {{u"push"_s, u"parent"_s, u"--resource"_s, u"items"_s, unknown},
             {unknown, u"no change waiting"_s}},
            {{u"push"_s, u"parent"_s, u"--resource"_s, u"items"_s, u"not-a-uuid"_s},
             {u"not-a-uuid"_s, u"not a row UUID"_s}},
            {{u"take-theirs"_s, u"parent"_s, u"--resource"_s, u"items"_s, unknown},
             {unknown, u"has no row"_s}},
            // Not in conflict: ours already includes theirs.
            {{u"take-theirs"_s, u"parent"_s, u"--resource"_s, u"items"_s, ors},
             {ors, u"not in conflict"_s}},
        };
        for (const Case &c : cases) {
            const ProcessResult r = runNode(child, QStringList{u"changes"_s} + c.args);
            QVERIFY2(r.exitCode != 0, qPrintable(c.args.join(u' ') + u": "_s + describe(r)));
            VERIFY_MENTIONS(r.err, c.words);
        }
        CHECKED(verifyUnchanged(child, childBefore));
        CHECKED(verifyUnchanged(site.parent, parentBefore));

        // The parent is gone.
        CHECKED(stopServer(&site.server));
        for (const QStringList &args :
             {QStringList{u"parent"_s},
              QStringList{u"push"_s, u"parent"_s, u"--resource"_s, u"items"_s, ors},
              QStringList{u"take-theirs"_s, u"parent"_s, u"--resource"_s, u"items"_s, ors}}) {
            const ProcessResult r = runNode(child, QStringList{u"changes"_s} + args);
            QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
            VERIFY_MENTIONS(r.err, (QStringList{u"Cannot reach"_s, site.server.url}));
            QVERIFY2(!r.err.contains(u"next round"_s), qPrintable(describe(r)));
        }
        QJsonObject entry;
        CHECKED(newestEntry(child, u"push item"_s, &entry, u"items"_s));
        QCOMPARE(entry.value(u"result"_s).toString(), u"error"_s);
        CHECKED(verifyUnchanged(child, childBefore));
    }

    void rowsEndpoint()
    {
        HttpSite site;
        CHECKED(makeConnectedSite(&site, Backend::Sqlite, false));
        QString ors;
        CHECKED(uuidOf(site.parent, u"items"_s, u"ORS"_s, &ors));
        const QString unknown = newUuid();
        const QByteArray body = s15n::messages::rowsRequestToXml({ors, unknown, ors});

        HttpAnswer answer;
        CHECKED(http("POST", rowsUrl(site, u"items"_s), childHeaders(site), body, &answer));
        QVERIFY2(answer.status == 200, qPrintable(answer.describe()));
        QBuffer buffer(&answer.body);
        buffer.open(QIODevice::ReadOnly);
        s15n::PageReader reader(&buffer);
        s15n::ChangePage page;
        QVERIFY2(reader.readNextPage(&page), qPrintable(reader.errorString()));
        QCOMPARE(reader.source().node.toString(QUuid::WithoutBraces), site.parent.uuid);
        QCOMPARE(page.resource, u"items"_s);
        QCOMPARE(page.records.size(), 1); // the unknown row is absent, the repeat asked once
        QCOMPARE(page.records.first().rowUuid, ors);
        QVERIFY(!page.records.first().version.isNull());
        bool named = false;
        for (const s15n::Field &f : page.records.first().fields)
            named = named || (f.name == u"name"_s && f.value.value.toString() == u"Oral rehydration salts"_s);
        QVERIFY(named);

        // Refusals.
        CHECKED(http("POST", rowsUrl(site, u"items"_s), {{"X-S15n-Node", site.child.uuid.toLatin1()}},
                     body, &answer));
        QVERIFY2(answer.status == 401, qPrintable(answer.describe()));
        CHECKED(http("POST", rowsUrl(site, u"items"_s),
                     {{"Authorization", basicAuth(kAccount, kPassword)},
                      {"X-S15n-Node", newUuid().toLatin1()}},
                     body, &answer));
        QVERIFY2(answer.status == 403, qPrintable(answer.describe()));
        QCOMPARE(s15n::messages::errorCodeFromBody(answer.body), u"not-registered"_s);
        CHECKED(http("POST", rowsUrl(site, u"nosuch"_s), childHeaders(site), body, &answer));
        QVERIFY2(answer.status == 404, qPrintable(answer.describe()));
        VERIFY_MENTIONS(answer.message(), QStringList{u"nosuch"_s});
        for (const QByteArray &bad : QList<QByteArray>{QByteArray("not xml"), QByteArray("<s15n-rows format=\"1\"><row uuid=\"X\"/></s15n-rows>"),
              QByteArray(QByteArray("<s15n-rows format=\"1\"><row uuid=\"") +
                         ors.toUpper().toLatin1() + "\"/></s15n-rows>"),
              QByteArray("<s15n-rows format=\"2\"/>"), QByteArray("<s15n-rows format=\"1\">")}) {
            CHECKED(http("POST", rowsUrl(site, u"items"_s), childHeaders(site), bad, &answer));
            QVERIFY2(answer.status == 400, qPrintable(QString::fromUtf8(bad) + u": "_s +
                                                      answer.describe()));
        }
        QStringList many;
        for (int i = 0; i <= s15n::messages::kMaxRowsPerRequest; ++i)
            many.append(newUuid());
        CHECKED(http("POST", rowsUrl(site, u"items"_s), childHeaders(site),
                     s15n::messages::rowsRequestToXml(many), &answer));
        QVERIFY2(answer.status == 413, qPrintable(answer.describe()));
        VERIFY_MENTIONS(answer.message(), QStringList{u"1000"_s});
        many.removeLast();
        CHECKED(http("POST", rowsUrl(site, u"items"_s), childHeaders(site),
                     s15n::messages::rowsRequestToXml(many), &answer));
        QVERIFY2(answer.status == 200, qPrintable(answer.describe()));
        CHECKED(http("GET", rowsUrl(site, u"items"_s), childHeaders(site), {}, &answer));
        QVERIFY2(answer.status == 405, qPrintable(answer.describe()));
    }
};

QTEST_GUILESS_MAIN(TestChanges)
#include "tst_changes.moc"
