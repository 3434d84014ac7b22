// The small XML bodies of the HTTP protocol (core/protocol/messages): every body reads back
// as written, and anything malformed or unexpected is refused with a message.

#include "protocol/messages.h"

#include <QTest>

using namespace s15n;
using namespace s15n::messages;
using namespace Qt::StringLiterals;

namespace {

const QUuid kNode = QUuid::fromString(u"6f1c2a4e-8b3d-4c5f-9a7e-1d2b3c4d5e6f"_s);
const QUuid kOther = QUuid::fromString(u"0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d"_s);

} // namespace

class TestMessages : public QObject
{
    Q_OBJECT

private slots:
    void nodeInfoRoundTrip()
    {
        NodeInfo info;
        info.uuid = kNode;
        info.name = u"Head office <&> \"quoted\""_s;
        info.syncId = 1;
        info.timeMs = 1763859000123;
        Resource items;
        items.table = u"items"_s;
        items.mode = SyncMode::Pull;
        items.strategy = *Strategy::fromString(u"create,update"_s);
        items.updatePolicy = Policy::Master;
        items.conflictPolicy = Policy::Manual;
        info.resources = {items, Resource{}};
        info.resources[1].table = u"stores"_s;
        Result<NodeInfo> back = nodeInfoFromXml(nodeInfoToXml(info));
        QVERIFY2(back, qPrintable(back.message()));
        QCOMPARE(back->uuid, info.uuid);
        QCOMPARE(back->name, info.name);
        QCOMPARE(back->syncId, 1);
        QCOMPARE(back->timeMs, info.timeMs);
        QCOMPARE(back->resources.size(), 2);
        QCOMPARE(back->resources[0].table, u"items"_s);
        QCOMPARE(toString(back->resources[0].mode), u"pull"_s);
        QVERIFY(back->resources[0].strategy == items.strategy);
        QCOMPARE(toString(back->resources[0].updatePolicy), u"MASTER"_s);
        QCOMPARE(toString(back->resources[0].conflictPolicy), u"MANUAL"_s);
        QCOMPARE(back->resources[1].table, u"stores"_s);
    }

    void otherBodiesRoundTrip()
    {
        Result<Registration> registration =
            registrationFromXml(registrationToXml({kNode, u"Clinic 4"_s, 4}));
        QVERIFY2(registration, qPrintable(registration.message()));
        QCOMPARE(registration->uuid, kNode);
        QCOMPARE(registration->name, u"Clinic 4"_s);
        QCOMPARE(registration->syncId, 4);

        Result<Registered> registered = registeredFromXml(registeredToXml({kOther, u"P"_s, true}));
        QVERIFY2(registered, qPrintable(registered.message()));
        QCOMPARE(registered->uuid, kOther);
        QVERIFY(registered->isNew);

        Result<qint64> cursor = cursorFromXml(cursorToXml(u"items"_s, 4711), u"items"_s);
        QVERIFY2(cursor, qPrintable(cursor.message()));
        QCOMPARE(cursor.value(), 4711);
        QVERIFY(!cursorFromXml(cursorToXml(u"items"_s, 4711), u"stores"_s));

        PushResult push;
        push.resource = u"items"_s;
        push.cursor = 42;
        push.counts.received = 2;
        push.counts.applied = 1;
        push.counts.failed = 1;
        push.counts.results = {{u"3f2504e0-4f89-41d3-9a0c-0305e82c3301"_s, u"applied"_s, {}},
                               {u"9c8b7a6f-5e4d-4c3b-8a29-18f7e6d5c4b3"_s, u"failed"_s,
                                u"UNIQUE constraint failed: items.code"_s}};
        Result<PushResult> back = pushResultFromXml(pushResultToXml(push));
        QVERIFY2(back, qPrintable(back.message()));
        QCOMPARE(back->resource, u"items"_s);
        QCOMPARE(back->cursor, 42);
        QCOMPARE(back->counts.received, 2);
        QCOMPARE(back->counts.applied, 1);
        QCOMPARE(back->counts.failed, 1);
        QCOMPARE(back->counts.results.size(), 2);
        QCOMPARE(back->counts.results[1].outcome, u"failed"_s);
        QCOMPARE(back->counts.results[1].message, u"UNIQUE constraint failed: items.code"_s);

        QCOMPARE(errorFromBody(errorToXml(403, u"Pushes <are> not accepted"_s)),
                 u"Pushes <are> not accepted"_s);
        QCOMPARE(errorFromBody("plain text reason"), u"plain text reason"_s);
    }

    void rowsRequest_data()
    {
        const QString a = kNode.toString(QUuid::WithoutBraces);
        const QString b = kOther.toString(QUuid::WithoutBraces);
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<int>("maxRows");
        QTest::addColumn<QStringList>("expected"); // empty with `error` set: refused
        QTest::addColumn<QString>("error");
        QTest::addColumn<bool>("tooMany");
        QTest::newRow("round trip, repeats once") << rowsRequestToXml({a, b, a}) << 10
                                                  << QStringList{a, b} << QString() << false;
        QTest::newRow("empty list") << rowsRequestToXml({}) << 10 << QStringList() << QString()
                                    << false;
        QTest::newRow("at the limit") << rowsRequestToXml({a, b}) << 2 << QStringList{a, b}
                                      << QString() << false;
        QTest::newRow("over the limit") << rowsRequestToXml({a, b}) << 1 << QStringList()
                                        << u"more than 1 rows"_s << true;
        QTest::newRow("upper case") << rowsRequestToXml({a.toUpper()}) << 10 << QStringList()
                                    << u"not a row UUID"_s << false;
        QTest::newRow("braces") << rowsRequestToXml({kNode.toString()}) << 10 << QStringList()
                                << u"not a row UUID"_s << false;
        QTest::newRow("no uuid") << QByteArray("<s15n-rows format=\"1\"><row/></s15n-rows>") << 10
                                 << QStringList() << u"not a row UUID"_s << false;
        QTest::newRow("text in row")
            << QByteArray("<s15n-rows format=\"1\"><row uuid=\"") + a.toLatin1() +
                   QByteArray("\">x</row></s15n-rows>")
            << 10 << QStringList() << u"must be empty"_s << false;
        QTest::newRow("other element")
            << QByteArray("<s15n-rows format=\"1\"><rows/></s15n-rows>") << 10 << QStringList()
            << u"unexpected element"_s << false;
        QTest::newRow("other root") << QByteArray("<s15n-cursor format=\"1\"/>") << 10
                                    << QStringList() << u"expected <s15n-rows>"_s << false;
        QTest::newRow("format 2") << QByteArray("<s15n-rows format=\"2\"/>") << 10
                                  << QStringList() << u"unsupported format"_s << false;
        QTest::newRow("truncated") << QByteArray("<s15n-rows format=\"1\"><row uuid=\"") + a.toLatin1() + QByteArray("\"/>")
                                   << 10 << QStringList() << u"Premature end"_s << false;
        QTest::newRow("empty body") << QByteArray() << 10 << QStringList() << u"empty"_s
                                    << false;
    }
    void rowsRequest()
    {
        QFETCH(QByteArray, xml);
        QFETCH(int, maxRows);
        QFETCH(QStringList, expected);
        QFETCH(QString, error);
        QFETCH(bool, tooMany);
        bool over = !tooMany;
        const Result<QStringList> read = rowsRequestFromXml(xml, maxRows, &over);
        QCOMPARE(over, tooMany);
        if (error.isEmpty()) {
            QVERIFY2(read, qPrintable(read.message()));
            QCOMPARE(read.value(), expected);
        } else {
            QVERIFY(!read);
            QVERIFY2(read.message().contains(error), qPrintable(read.message()));
        }
    }

    void malformedIsRefused_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QByteArray>("xml");
        QTest::addColumn<QString>("expected"); // part of the message
        const QByteArray uuid = "6f1c2a4e-8b3d-4c5f-9a7e-1d2b3c4d5e6f";
        QTest::newRow("empty") << u"node"_s << QByteArray() << u"empty"_s;
        QTest::newRow("not xml") << u"node"_s << QByteArray("{\"json\": 1}") << u"line"_s;
        QTest::newRow("wrong root") << u"node"_s
                                    << QByteArray("<s15n-cursor format=\"1\" resource=\"a\" "
                                                  "cursor=\"1\"/>")
                                    << u"expected <s15n-node>"_s;
        QTest::newRow("newer format") << u"node"_s
                                      << "<s15n-node format=\"2\" uuid=\"" + uuid +
                                             "\" name=\"x\" sync-id=\"0\" time=\"1\"/>"
                                      << u"format"_s;
        QTest::newRow("bad uuid") << u"node"_s
                                  << QByteArray("<s15n-node format=\"1\" uuid=\"nope\" name=\"x\" "
                                                "sync-id=\"0\" time=\"1\"/>")
                                  << u"uuid"_s;
        QTest::newRow("negative time") << u"node"_s
                                       << "<s15n-node format=\"1\" uuid=\"" + uuid +
                                              "\" name=\"x\" sync-id=\"0\" time=\"-5\"/>"
                                       << u"time"_s;
        QTest::newRow("bad resource") << u"node"_s
                                      << "<s15n-node format=\"1\" uuid=\"" + uuid +
                                             "\" name=\"x\" sync-id=\"0\" time=\"1\"><resource "
                                             "table=\"items; drop\" mode=\"both\" "
                                             "strategy=\"create\" update-policy=\"NEWER\" "
                                             "conflict-policy=\"NEWER\"/></s15n-node>"
                                      << u"resource"_s;
        QTest::newRow("unknown child") << u"node"_s
                                       << "<s15n-node format=\"1\" uuid=\"" + uuid +
                                              "\" name=\"x\" sync-id=\"0\" time=\"1\"><table/>"
                                              "</s15n-node>"
                                       << u"unexpected element"_s;
        QTest::newRow("truncated") << u"node"_s
                                   << "<s15n-node format=\"1\" uuid=\"" + uuid +
                                          "\" name=\"x\" sync-id=\"0\" time=\"1\"><resource "
                                   << u"line"_s;
        QTest::newRow("dtd") << u"register"_s
                             << QByteArray("<!DOCTYPE x [<!ENTITY e \"boom\">]><s15n-register/>")
                             << u"DTD"_s;
        QTest::newRow("sync id over 64") << u"register"_s
                                         << "<s15n-register format=\"1\" uuid=\"" + uuid +
                                                "\" name=\"x\" sync-id=\"65\"/>"
                                         << u"sync-id"_s;
        QTest::newRow("register with content") << u"register"_s
                                               << "<s15n-register format=\"1\" uuid=\"" + uuid +
                                                      "\" name=\"x\" sync-id=\"1\">text"
                                                      "</s15n-register>"
                                               << u"unexpected text"_s;
        QTest::newRow("registered without new") << u"registered"_s
                                                << "<s15n-registered format=\"1\" uuid=\"" + uuid +
                                                       "\" name=\"x\"/>"
                                                << u"new"_s;
        QTest::newRow("cursor not a number") << u"cursor"_s
                                             << QByteArray("<s15n-cursor format=\"1\" "
                                                           "resource=\"items\" cursor=\"x\"/>")
                                             << u"cursor"_s;
        QTest::newRow("push result missing count")
            << u"push"_s
            << QByteArray("<s15n-push-result format=\"1\" resource=\"items\" cursor=\"1\"/>")
            << u"received"_s;
        QTest::newRow("push record without uuid")
            << u"push"_s
            << QByteArray("<s15n-push-result format=\"1\" resource=\"items\" cursor=\"1\" "
                          "received=\"1\" applied=\"1\" conflicts=\"0\" held=\"0\" "
                          "skipped=\"0\" parked=\"0\" failed=\"0\" unchanged=\"0\">"
                          "<record outcome=\"applied\"/></s15n-push-result>")
            << u"uuid"_s;
        QTest::newRow("content after root")
            << u"cursor"_s
            << QByteArray("<s15n-cursor format=\"1\" resource=\"items\" cursor=\"1\"/><x/>")
            << u"line"_s;
    }
    void malformedIsRefused()
    {
        QFETCH(QString, kind);
        QFETCH(QByteArray, xml);
        QFETCH(QString, expected);
        Status status;
        if (kind == u"node"_s)
            status = nodeInfoFromXml(xml).status();
        else if (kind == u"register"_s)
            status = registrationFromXml(xml).status();
        else if (kind == u"registered"_s)
            status = registeredFromXml(xml).status();
        else if (kind == u"cursor"_s)
            status = cursorFromXml(xml, u"items"_s).status();
        else
            status = pushResultFromXml(xml).status();
        QVERIFY2(!status.ok(), "accepted");
        QVERIFY2(status.message().contains(expected, Qt::CaseInsensitive),
                 qPrintable(status.message()));
        QVERIFY2(status.message().contains(u"not valid"_s), qPrintable(status.message()));
    }
};

QTEST_GUILESS_MAIN(TestMessages)
#include "tst_messages.moc"
