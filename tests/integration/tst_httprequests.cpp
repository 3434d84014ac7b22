// Refusals of single HTTP requests by `s15n serve` (issue "Sync between running nodes"), sent
// by hand to a real server on 127.0.0.1: a body over the size limit is refused from its head,
// malformed pushes from a registered child are refused with 4xx and a reason, wrong methods and
// unknown paths get 405 (with Allow) and 404, and TLS works with a self-signed certificate while
// plain HTTP to that port and half a TLS configuration fail. Each refusal is checked for a clear
// message, nothing changed, and a log entry on the server; the server goes on answering. The
// parent runs on PostgreSQL for malformed pushes, on SQLite elsewhere; children are SQLite.

#include "httptest.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QProcess>
#include <QSslCertificate>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

using namespace s15n::test;
using namespace Qt::StringLiterals;

namespace {

int countEntries(const QJsonArray &log, const QString &action, const QString &result)
{
    int n = 0;
    for (const QJsonValue &v : log) {
        const QJsonObject o = v.toObject();
        if (o.value(u"action"_s).toString() == action && o.value(u"result"_s).toString() == result)
            ++n;
    }
    return n;
}

// Headers of a registered child's request.
Headers childHeaders(const HttpSite &site, const QString &account = kAccount)
{
    return {{"Authorization", basicAuth(account, kPassword)},
            {"X-S15n-Node", site.child.uuid.toLatin1()}};
}

// --- push documents (core/sync/PROTOCOL.md) --------------------------------------------------

QString versionNow(const QString &nodeUuid)
{
    return u"%1-0000-%2"_s.arg(
        QString::number(QDateTime::currentMSecsSinceEpoch(), 16).rightJustified(12, u'0'),
        QUuid::fromString(nodeUuid).toString(QUuid::Id128));
}

QByteArray changeDocument(const QString &senderUuid, const QString &resource, const QString &rows)
{
    return (u"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n"
            "<s15n-changes format=\"1\" node=\"%1\" node-name=\"C\">\n"
            "<page resource=\"%2\" since=\"0\" cursor=\"1\" more=\"false\">\n"
            "%3"
            "</page>\n"
            "</s15n-changes>\n"_s)
        .arg(senderUuid, resource, rows)
        .toUtf8();
}

// A new row of `items` made at `origin`; `extraField` is appended as is.
QString itemRow(const QString &rowUuid, const QString &origin, const QString &code,
                const QString &extraField = QString())
{
    return u"<row uuid=\"%1\" version=\"%2\" origin=\"%3\" deleted=\"false\">\n"
           "<f name=\"code\" type=\"text\">%4</f>\n"
           "<f name=\"name\" type=\"text\">Pushed by hand</f>\n"
           "<f name=\"unit\" type=\"text\">box</f>\n"
           "%5"
           "</row>\n"_s.arg(rowUuid, versionNow(origin), origin, code, extraField);
}

QString storeRow(const QString &rowUuid, const QString &origin, const QString &code)
{
    return u"<row uuid=\"%1\" version=\"%2\" origin=\"%3\" deleted=\"false\">\n"
           "<f name=\"code\" type=\"text\">%4</f>\n"
           "<f name=\"name\" type=\"text\">Pushed by hand</f>\n"
           "</row>\n"_s.arg(rowUuid, versionNow(origin), origin, code);
}

QString pushUrl(const HttpSite &site, const QString &resource)
{
    return site.server.url + u"/s15n/v1/push?resource=%1&update-policy=NEWER"
                             "&conflict-policy=NEWER"_s.arg(resource);
}

} // namespace

class TestHttpRequests : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { dropNodeDatabases(); }

    // 1. A body over --max-body-mb is refused from its head, before it is read; the server
    //    goes on answering, and ordinary pushes through it work.
    void requestBodyLimit()
    {
        HttpSite site;
        CHECKED(makeConnectedSite(&site, Backend::Sqlite, true, {u"--max-body-mb"_s, u"1"_s}));
        QStringList parentBefore;
        CHECKED(snapshot(site.parent, &parentBefore));

        // Head and the first 64 KiB of a 2 MiB body; the answer must come without the rest.
        QTcpSocket socket;
        socket.connectToHost(QHostAddress(QHostAddress::LocalHost), site.server.port);
        QVERIFY2(socket.waitForConnected(10000), qPrintable(socket.errorString()));
        const qint64 length = 2 * 1024 * 1024;
        const QByteArray head =
            "POST /s15n/v1/push?resource=stores&update-policy=NEWER&conflict-policy=NEWER "
            "HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " +
            basicAuth(kAccount, kPassword) + "\r\nX-S15n-Node: " + site.child.uuid.toLatin1() +
            "\r\nContent-Type: application/xml\r\nContent-Length: " + QByteArray::number(length) +
            "\r\n\r\n";
        socket.write(head);
        socket.write(QByteArray(64 * 1024, ' '));
        QByteArray answer;
        QDeadlineTimer deadline(10000);
        while (!answer.contains("\r\n\r\n") && !deadline.hasExpired()) {
            if (!socket.waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
                break;
            answer += socket.readAll();
        }
        answer += socket.readAll();
        QVERIFY2(answer.startsWith("HTTP/1.1 413"),
                 qPrintable(
                     u"answer before the body was sent: '%1'"_s.arg(QString::fromLatin1(answer))));
        socket.abort();

        HttpAnswer next;
        CHECKED(http("GET", site.server.url + u"/s15n/v1/node"_s, childHeaders(site), {}, &next));
        QVERIFY2(next.status == 200 && next.body.contains(site.parent.uuid.toLatin1()),
                 qPrintable(next.describe()));
        CHECKED(verifyUnchanged(site.parent, parentBefore));
        QJsonObject refused;
        CHECKED(newestEntry(site.parent, u"serve"_s, &refused));
        QCOMPARE(refused.value(u"result"_s).toString(), u"error"_s);
        VERIFY_MENTIONS(refused.value(u"message"_s).toString(), QStringList{u"413"_s});

        CHECKED(sql(site.child, u"INSERT INTO stores (code, name) VALUES ('C-1', 'One'), "
                                "('C-2', 'Two'), ('C-3', 'Three');"_s));
        CHECKED(syncOk(site.child));
        QString count;
        CHECKED(
            valueOf(site.parent, u"SELECT COUNT(*) FROM stores WHERE code LIKE 'C-%'"_s, &count));
        QCOMPARE(count, u"3"_s);
        CHECKED(verifySameData(site.parent, site.child));

        // Rows that make a page over the limit go in smaller pages: 40 stores of about 60 KiB
        // each (2.4 MiB) reach the parent through its 1 MiB limit.
        CHECKED(sql(site.child,
                    u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 40) "
                    "INSERT INTO stores (code, name) SELECT 'BIG-' || i, "
                    "printf('%.60000c', 'x') FROM n;"_s));
        CHECKED(syncOk(site.child));
        CHECKED(
            valueOf(site.parent, u"SELECT COUNT(*) FROM stores WHERE code LIKE 'BIG-%'"_s, &count));
        QCOMPARE(count, u"40"_s);
        CHECKED(verifySameData(site.parent, site.child));

        // One row over the limit by itself: the round fails saying so, and waits.
        CHECKED(sql(site.child, u"INSERT INTO stores (code, name) VALUES ('HUGE', "
                                "printf('%.1500000c', 'x'));"_s));
        const ProcessResult huge = syncWith(site.child, u"parent"_s);
        QVERIFY2(huge.exitCode == 1, qPrintable(describe(huge)));
        VERIFY_MENTIONS(huge.err, (QStringList{u"more than the remote accepts"_s, u"--max-body-mb"_s}));
        CHECKED(
            valueOf(site.parent, u"SELECT COUNT(*) FROM stores WHERE code = 'HUGE'"_s, &count));
        QCOMPARE(count, u"0"_s);
    }

    // 2. Malformed pushes from a registered child: each refused with 4xx and a reason, logged
    //    by the parent, nothing changed; the same push made valid is then accepted.
    void malformedPushBodies()
    {
        REQUIRE_BACKEND(Backend::Postgres);
        HttpSite site;
        CHECKED(makeConnectedSite(&site, Backend::Postgres, false));
        const QString child = site.child.uuid;
        const QString rowUuid = newUuid();
        const QByteArray valid =
            changeDocument(child, u"items"_s, itemRow(rowUuid, child, u"RAW-1"_s));

        struct Case
        {
            const char *name;
            QString resource;
            QByteArray body;
            int status;
            QStringList words;
        };
        const QList<Case> cases{
            {"not XML", u"items"_s, "this is not XML at all", 400, {u"not valid"_s}},
            {"truncated", u"items"_s, valid.left(valid.size() / 2), 400, {u"not valid"_s}},
            {"no page",
             u"items"_s,
             u"<?xml version=\"1.0\"?><s15n-changes format=\"1\" node=\"%1\"/>"_s.arg(child)
                 .toUtf8(),
             400,
             {u"no page"_s}},
            {"another resource",
             u"items"_s,
             changeDocument(child, u"stores"_s, storeRow(newUuid(), child, u"RAW-S"_s)),
             400,
             {u"stores"_s, u"items"_s}},
            {"another node",
             u"items"_s,
             changeDocument(newUuid(), u"items"_s, itemRow(newUuid(), child, u"RAW-2"_s)),
             400,
             {u"comes from"_s, child}},
            {"unknown field",
             u"items"_s,
             changeDocument(child, u"items"_s,
                            itemRow(newUuid(), child, u"RAW-3"_s,
                                    u"<f name=\"no_such_column\" type=\"int\">1</f>\n"_s)),
             422,
             {u"no_such_column"_s, u"not a column"_s}},
            {"resource not synced",
             u"ghosts"_s,
             changeDocument(child, u"ghosts"_s,
                            u"<row uuid=\"%1\" version=\"%2\" origin=\"%3\" deleted=\"true\"/>\n"_s
                                .arg(newUuid(), versionNow(child), child)),
             404,
             {u"ghosts"_s}},
        };

        QStringList before;
        CHECKED(snapshot(site.parent, &before));
        QJsonArray log;
        CHECKED(readLog(site.parent, &log));
        int refusals = countEntries(log, u"serve push"_s, u"error"_s);
        for (const Case &c : cases) {
            const QString what = QString::fromLatin1(c.name);
            HttpAnswer answer;
            CHECKED(http("POST", pushUrl(site, c.resource), childHeaders(site), c.body, &answer));
            QVERIFY2(answer.status == c.status,
                     qPrintable(what + u": expected "_s + QString::number(c.status) + u", got "_s +
                                answer.describe()));
            QString missing;
            QVERIFY2(
                mentions(answer.message(), c.words, &missing),
                qPrintable(what + u": '"_s + missing + u"' is missing in "_s + answer.message()));
            CHECKED(readLog(site.parent, &log));
            QVERIFY2(countEntries(log, u"serve push"_s, u"error"_s) == refusals + 1,
                     qPrintable(what + u": the parent did not log the refusal"_s));
            ++refusals;
            QJsonObject logged;
            CHECKED(newestEntry(site.parent, u"serve push"_s, &logged));
            QVERIFY2(logged.value(u"message"_s).toString() == answer.message(),
                     qPrintable(what + u": "_s + entryText(logged)));
            QStringList after;
            CHECKED(snapshot(site.parent, &after));
            const QString diff = difference(before, after, u"before"_s, what);
            QVERIFY2(diff.isEmpty(), qPrintable(diff));
        }

        // Control: the valid document is accepted, so the refusals above were for their faults.
        HttpAnswer accepted;
        CHECKED(http("POST", pushUrl(site, u"items"_s), childHeaders(site), valid, &accepted));
        QVERIFY2(accepted.status == 200, qPrintable(accepted.describe()));
        QString name;
        CHECKED(valueOf(site.parent, u"SELECT name FROM items WHERE uuid = '%1'"_s.arg(rowUuid),
                        &name));
        QCOMPARE(name, u"Pushed by hand"_s);
        CHECKED(stopServer(&site.server));
    }

    // 3. A wrong method is 405 (with Allow), an unknown path 404.
    void wrongMethodAndPath()
    {
        HttpSite site;
        CHECKED(makeConnectedSite(&site, Backend::Sqlite, false));
        QStringList before;
        CHECKED(snapshot(site.parent, &before));
        struct Case
        {
            QByteArray verb;
            QString path;
            int status;
            QByteArray allow;
        };
        const QList<Case> cases{
            {"GET", u"/s15n/v1/push?resource=items"_s, 405, "POST"},
            {"POST", u"/s15n/v1/pull?resource=items&since=0"_s, 405, "GET"},
            {"DELETE", u"/s15n/v1/node"_s, 405, "GET"},
            {"GET", u"/s15n/v1/nothing"_s, 404, {}},
            {"GET", u"/s15n/v2/node"_s, 404, {}},
            {"GET", u"/index.html"_s, 404, {}},
        };
        QStringList withoutAllow; // checked last, so that every status is checked first
        for (const Case &c : cases) {
            const QString what = QString::fromLatin1(c.verb) + u' ' + c.path;
            HttpAnswer answer;
            CHECKED(http(c.verb, site.server.url + c.path, childHeaders(site),
                         c.verb == "POST" ? QByteArray("<x/>") : QByteArray(), &answer));
            QVERIFY2(answer.status == c.status, qPrintable(what + u": "_s + answer.describe()));
            VERIFY_MENTIONS(answer.message(), QStringList{c.path.section(u'?', 0, 0)});
            // RFC 9110, 15.5.6: a 405 must say which methods the resource takes.
            if (!c.allow.isEmpty() && !answer.header("Allow").contains(c.allow))
                withoutAllow << what + u" (expected Allow: "_s + QString::fromLatin1(c.allow) +
                                    u")"_s;
        }
        CHECKED(verifyUnchanged(site.parent, before));
        QVERIFY2(withoutAllow.isEmpty(),
                 qPrintable(u"405 without an Allow header: "_s + withoutAllow.join(u", "_s)));
    }

    // 4. HTTPS with a self-signed certificate; plain HTTP to that port fails; serve refuses
    //    half a TLS configuration.
    void tls()
    {
        QTemporaryDir home;
        QVERIFY(home.isValid());
        ExchangeNode parent;
        CHECKED(makeNode(&parent, home.path(), u"P"_s, Backend::Sqlite, Content::Bare));
        CHECKED(addAccount(parent, kAccount, kPassword));
        const QString cert = home.filePath(u"cert.pem"_s);
        const QString key = home.filePath(u"key.pem"_s);
        QProcess openssl;
        openssl.start(u"openssl"_s,
                      {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s, u"-keyout"_s,
                       key, u"-out"_s, cert, u"-days"_s, u"1"_s, u"-subj"_s, u"/CN=127.0.0.1"_s});
        QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0,
                 qPrintable(QString::fromUtf8(openssl.readAllStandardError())));
        QFile certFile(cert);
        QVERIFY(certFile.open(QIODevice::ReadOnly));
        const QList<QSslCertificate> trusted = QSslCertificate::fromDevice(&certFile, QSsl::Pem);
        QCOMPARE(trusted.size(), 1);

        // Half a configuration, or a key that is not there, is refused at once.
        const QList<QStringList> halves{{u"--tls-cert"_s, cert}, {u"--tls-key"_s, key}};
        for (const QStringList &half : halves) {
            ProcessResult r;
            QStringList args{u"serve"_s, u"--no-worker"_s, u"--listen"_s, u"127.0.0.1:0"_s};
            args << half;
            CHECKED(runBounded(parent, args, 15000, &r));
            QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
            VERIFY_MENTIONS(r.err, (QStringList{u"--tls-cert"_s, u"--tls-key"_s}));
        }
        ProcessResult noKey;
        CHECKED(runBounded(parent,
                           {u"serve"_s, u"--no-worker"_s, u"--listen"_s, u"127.0.0.1:0"_s,
                            u"--tls-cert"_s, cert, u"--tls-key"_s, home.filePath(u"none.pem"_s)},
                           15000, &noKey));
        QVERIFY2(noKey.exitCode == 1, qPrintable(describe(noKey)));
        VERIFY_MENTIONS(noKey.err, QStringList{u"none.pem"_s});

        ServerProcess server;
        CHECKED(startServer(parent, &server,
                            {u"--no-worker"_s, u"--tls-cert"_s, cert, u"--tls-key"_s, key}));
        QVERIFY2(server.url.startsWith(u"https://"_s), qPrintable(describeServer(server)));
        const Headers auth{{"Authorization", basicAuth(kAccount, kPassword)}};
        const QString nodeUrl = u"https://127.0.0.1:%1/s15n/v1/node"_s.arg(server.port);
        HttpAnswer answer;
        CHECKED(http("GET", nodeUrl, auth, {}, &answer, trusted));
        QVERIFY2(answer.status == 200, qPrintable(answer.describe()));
        QVERIFY2(answer.body.contains(parent.uuid.toLatin1()), qPrintable(answer.describe()));

        // Not trusted: the handshake fails. Plain HTTP: no answer, and the connection is closed
        // rather than left hanging.
        CHECKED(http("GET", nodeUrl, auth, {}, &answer));
        QVERIFY2(answer.status == 0 && answer.error == QNetworkReply::SslHandshakeFailedError,
                 qPrintable(answer.describe()));
        CHECKED(http("GET", u"http://127.0.0.1:%1/s15n/v1/node"_s.arg(server.port), auth, {},
                     &answer, {}, 5000));
        QVERIFY2(answer.status == 0 && answer.error != QNetworkReply::NoError,
                 qPrintable(answer.describe()));
        QVERIFY2(answer.error != QNetworkReply::OperationCanceledError &&
                     answer.error != QNetworkReply::TimeoutError,
                 qPrintable(u"plain HTTP to the HTTPS port hung until the timeout: "_s +
                            answer.describe()));

        // The server is still fine.
        CHECKED(http("GET", nodeUrl, auth, {}, &answer, trusted));
        QVERIFY2(answer.status == 200, qPrintable(answer.describe()));

        // The s15n client: an untrusted certificate is refused at `repo add` (nothing added,
        // with the way out); with --ca-cert the repository is added, registered and synced.
        ExchangeNode child;
        CHECKED(makeNode(&child, home.path(), u"C"_s, Backend::Sqlite, Content::Bare));
        const ProcessResult untrusted = runNodeWithInput(
            child, {u"repo"_s, u"add"_s, u"parent"_s, server.url, u"--user"_s, kAccount},
            kPassword.toUtf8() + '\n');
        QVERIFY2(untrusted.exitCode == 1, qPrintable(describe(untrusted)));
        VERIFY_MENTIONS(untrusted.err, (QStringList{u"certificate"_s, u"--ca-cert"_s,
                                                    u"Nothing was added"_s}));
        CHECKED(addRepository(child, u"parent"_s, server.url, kAccount, kPassword,
                              {u"--ca-cert"_s, cert}));
        CHECKED(syncOk(child));
        QJsonObject round;
        CHECKED(newestEntry(child, u"round"_s, &round));
        QCOMPARE(round.value(u"result"_s).toString(), u"success"_s);
        CHECKED(stopServer(&server));
    }
};

QTEST_GUILESS_MAIN(TestHttpRequests)
#include "tst_httprequests.moc"
