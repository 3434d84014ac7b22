// The network around a sync over HTTP (issue "Sync between running nodes"), between a real
// `s15n serve` and the real CLI on 127.0.0.1: a repository's HTTP proxy is used (and a proxy
// that cannot be reached fails the round, saying so), a remote that accepts the connection
// but never answers is given up after the transfer timeout, and a caller whose clock is off is
// logged by the server as a "clock" warning, at most once per peer. The network pieces the
// test needs (a forward proxy, a black hole) run in this process on threads of their own,
// since the CLI commands are waited for with blocking calls. All nodes are SQLite.

#include "httptest.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUrl>

#include <atomic>
#include <mutex>

using namespace s15n::test;
using namespace Qt::StringLiterals;

namespace {

// --- a forward proxy, on a thread of its own (a ThreadedServer) ----------------------------------

// What the proxy forwarded, readable from the test's thread.
struct ProxyRecord
{
    std::mutex mutex;
    QStringList requestLines; // as received, e.g. "GET http://127.0.0.1:1234/s15n/v1/node HTTP/1.1"
    std::atomic_int connections{0};
    std::atomic<qint64> shiftRemoteTimeMs{0}; // added to X-S15n-Time in the answers relayed

    QStringList lines()
    {
        std::lock_guard<std::mutex> lock(mutex);
        return requestLines;
    }
    void add(const QString &line)
    {
        std::lock_guard<std::mutex> lock(mutex);
        requestLines.append(line);
    }
};

// Where a head ends and how long the body after it is (Content-Length; -1 if none).
bool parseHead(const QByteArray &data, qsizetype *headEnd, qint64 *contentLength)
{
    const qsizetype end = data.indexOf("\r\n\r\n");
    if (end < 0)
        return false;
    *headEnd = end + 4;
    *contentLength = -1;
    const QList<QByteArray> lines = data.left(end).split('\n');
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray line = lines.at(i).trimmed();
        const qsizetype colon = line.indexOf(':');
        if (colon > 0 &&
            line.left(colon).trimmed().compare("content-length", Qt::CaseInsensitive) == 0)
            *contentLength = line.mid(colon + 1).trimmed().toLongLong();
    }
    return true;
}

// One client connection of the forward proxy: reads a request whose request line has an
// absolute URI (and its Content-Length body), sends it to the target with a path-only request
// line on a new connection, relays the answer, then takes the client's next request.
class ProxyConnection : public QObject
{
public:
    ProxyConnection(QTcpSocket *client, ProxyRecord *record)
        : QObject(client->parent()), m_client(client), m_record(record)
    {
        client->setParent(this);
        QObject::connect(client, &QTcpSocket::readyRead, this, [this] {
            m_in += m_client->readAll();
            next();
        });
        QObject::connect(client, &QTcpSocket::disconnected, this, &QObject::deleteLater);
        m_in += client->readAll();
        next();
    }

private:
    void reply(const QByteArray &status, const QByteArray &text)
    {
        m_client->write("HTTP/1.1 " + status + "\r\nContent-Type: text/plain\r\nContent-Length: " +
                        QByteArray::number(text.size()) + "\r\nConnection: close\r\n\r\n" + text);
        m_client->disconnectFromHost();
    }

    void next()
    {
        if (m_upstream)
            return; // one request at a time
        qsizetype headEnd = 0;
        qint64 length = 0;
        if (!parseHead(m_in, &headEnd, &length))
            return;
        length = qMax<qint64>(length, 0);
        if (m_in.size() < headEnd + length)
            return;
        const QByteArray head = m_in.left(headEnd - 4);
        const QByteArray body = m_in.mid(headEnd, length);
        m_in.remove(0, headEnd + length);

        QList<QByteArray> lines = head.split('\n');
        const QByteArray requestLine = lines.takeFirst().trimmed();
        const QList<QByteArray> parts = requestLine.split(' ');
        const QUrl target = QUrl::fromEncoded(parts.value(1));
        if (parts.size() != 3 || target.scheme() != u"http"_s || target.host().isEmpty()) {
            reply("400 Bad Request", "This proxy takes absolute http:// URIs only: " + requestLine);
            return;
        }
        const qsizetype authority = parts.at(1).indexOf("://") + 3;
        const qsizetype slash = parts.at(1).indexOf('/', authority);
        const QByteArray pathOnly = slash < 0 ? QByteArray("/") : parts.at(1).mid(slash);
        QByteArray forward = parts.at(0) + ' ' + pathOnly + ' ' + parts.at(2) + "\r\n";
        for (const QByteArray &line : std::as_const(lines)) {
            const QByteArray name = line.left(line.indexOf(':')).trimmed().toLower();
            if (name.startsWith("proxy-") || name == "connection" || name == "keep-alive")
                continue;
            forward += line.trimmed() + "\r\n";
        }
        forward += "Connection: close\r\n\r\n" + body;

        m_upstream = new QTcpSocket(this);
        m_answer.clear();
        QObject::connect(m_upstream, &QTcpSocket::connected, this,
                         [this, forward] { m_upstream->write(forward); });
        QObject::connect(m_upstream, &QTcpSocket::readyRead, this, [this, requestLine] {
            m_answer += m_upstream->readAll();
            qsizetype end = 0;
            qint64 answerLength = 0;
            if (parseHead(m_answer, &end, &answerLength) && answerLength >= 0 &&
                m_answer.size() >= end + answerLength)
                relay(requestLine);
        });
        QObject::connect(m_upstream, &QTcpSocket::disconnected, this,
                         [this, requestLine] { relay(requestLine); });
        QObject::connect(m_upstream, &QTcpSocket::errorOccurred, this,
                         [this, requestLine](QAbstractSocket::SocketError) {
                             if (!m_upstream || !m_answer.isEmpty()) {
                                 relay(requestLine);
                                 return;
                             }
                             const QByteArray why = m_upstream->errorString().toUtf8();
                             m_upstream->disconnect(this);
                             m_upstream->deleteLater();
                             m_upstream = nullptr;
                             reply("502 Bad Gateway", why);
                         });
        m_upstream->connectToHost(target.host(), quint16(target.port(80)));
    }

    void relay(const QByteArray &requestLine)
    {
        if (!m_upstream)
            return;
        QTcpSocket *upstream = m_upstream;
        m_upstream = nullptr;
        upstream->disconnect(this);
        upstream->abort();
        upstream->deleteLater();
        if (const qint64 shift = m_record->shiftRemoteTimeMs; shift != 0) {
            static const QRegularExpression time(u"X-S15n-Time: (\\d+)"_s);
            const QString head = QString::fromLatin1(m_answer.left(m_answer.indexOf("\r\n\r\n")));
            const QRegularExpressionMatch m = time.match(head);
            if (m.hasMatch())
                m_answer.replace(
                    m.captured(0).toLatin1(),
                    QByteArray("X-S15n-Time: ")
                        .append(QByteArray::number(m.captured(1).toLongLong() + shift)));
        }
        m_client->write(m_answer);
        m_answer.clear();
        m_record->add(QString::fromLatin1(requestLine));
        next();
    }

    QTcpSocket *m_client;
    ProxyRecord *m_record;
    QTcpSocket *m_upstream = nullptr;
    QByteArray m_in;
    QByteArray m_answer;
};

// A minimal HTTP forward proxy on 127.0.0.1.
class ForwardProxy
{
public:
    quint16 start()
    {
        return m_server.start([this](QTcpSocket *socket) {
            ++m_record.connections;
            new ProxyConnection(socket, &m_record);
        });
    }
    QStringList requestLines() { return m_record.lines(); }
    void shiftRemoteTime(qint64 ms) { m_record.shiftRemoteTimeMs = ms; }

private:
    ProxyRecord m_record;
    ThreadedServer m_server;
};

// A port on 127.0.0.1 on which nothing listens (it was free a moment ago).
} // namespace

class TestHttpNetwork : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { dropNodeDatabases(); }

    // 1. A repository with --proxy sends every request through that proxy; a proxy that cannot
    //    be reached fails the round with a message that says so, and nothing changes.
    void proxyIsUsed()
    {
        HttpSite site;
        CHECKED(makeSite(&site, Backend::Sqlite));
        CHECKED(addAccount(site.parent, kAccount, kPassword));
        ForwardProxy proxy;
        const quint16 proxyPort = proxy.start();
        QVERIFY(proxyPort != 0);
        const QString proxyUrl = u"http://127.0.0.1:%1"_s.arg(proxyPort);
        CHECKED(addRepository(site.child, u"parent"_s, site.server.url, kAccount, kPassword,
                              {u"--proxy"_s, proxyUrl}));

        ProcessResult r = syncWith(site.child, u"parent"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        CHECKED(verifySameData(site.parent, site.child));
        // A change of the child goes up through the proxy too.
        CHECKED(sql(site.child, u"INSERT INTO stores (code, name) VALUES ('C-1', 'Made at C');"_s));
        r = syncWith(site.child, u"parent"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QString value;
        CHECKED(valueOf(site.parent, u"SELECT name FROM stores WHERE code = 'C-1'"_s, &value));
        QCOMPARE(value, u"Made at C"_s);

        // Every kind of request went through the proxy, with an absolute URI to the parent.
        const QStringList lines = proxy.requestLines();
        const QString all = lines.join(u'\n');
        QVERIFY2(!lines.isEmpty(),
                 "the proxy forwarded nothing: Qt went to 127.0.0.1 directly despite --proxy");
        const QString prefix = site.server.url + u"/s15n/v1/"_s;
        const QStringList expected{
            u"GET "_s + prefix + u"node"_s, u"POST "_s + prefix + u"register"_s,
            u"GET "_s + prefix + u"pull?"_s, u"GET "_s + prefix + u"cursor?"_s,
            u"POST "_s + prefix + u"push?"_s};
        for (const QString &request : expected) {
            QVERIFY2(all.contains(request),
                     qPrintable(u"the proxy did not see '%1'; it saw:\n%2"_s.arg(request, all)));
        }

        // A proxy that is not there: the round fails, saying it cannot reach it.
        const quint16 closed = closedPort();
        QVERIFY(closed != 0);
        CHECKED(runOk(site.child, {u"repo"_s, u"edit"_s, u"parent"_s, u"--proxy"_s,
                                   u"http://127.0.0.1:%1"_s.arg(closed)}));
        CHECKED(sql(site.child, u"INSERT INTO stores (code, name) VALUES ('C-2', 'Waits');"_s));
        CHECKED(sql(site.parent, u"UPDATE items SET name = 'parent edit' WHERE code = 'ORS';"_s));
        QStringList childBefore;
        CHECKED(snapshot(site.child, &childBefore));
        const qsizetype forwardedBefore = proxy.requestLines().size();
        r = syncWith(site.child, u"parent"_s);
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        VERIFY_MENTIONS(r.err, (QStringList{u"cannot reach"_s, u"proxy"_s}));
        CHECKED(verifyUnchanged(site.child, childBefore));
        CHECKED(valueOf(site.parent, u"SELECT COUNT(*) FROM stores WHERE code = 'C-2'"_s, &value));
        QCOMPARE(value, u"0"_s);
        QCOMPARE(proxy.requestLines().size(), forwardedBefore);
        QJsonObject round;
        CHECKED(newestEntry(site.child, u"round"_s, &round));
        QCOMPARE(round.value(u"result"_s).toString(), u"error"_s);
        QVERIFY2(!round.value(u"remoteError"_s).toBool(), qPrintable(entryText(round)));
        // The reason itself (not only the general hint "and the proxy, if one is set") says
        // that the proxy, which it names, failed: the parent itself runs fine. (Qt reports an
        // HTTP proxy that refuses the connection as a plain ConnectionRefusedError, "Connection
        // refused", so only s15n, which knows a proxy is set, can say so.)
        const QString proxyAddress = u"127.0.0.1:%1"_s.arg(closed);
        const QString reason = r.err.section(u"Check that"_s, 0, 0);
        QVERIFY2(reason.contains(u"proxy"_s, Qt::CaseInsensitive) && reason.contains(proxyAddress),
                 qPrintable(u"the reason does not say that the proxy %1 failed: %2"_s.arg(
                     proxyAddress, r.err)));
        VERIFY_MENTIONS(round.value(u"message"_s).toString(),
                        (QStringList{u"cannot reach"_s, proxyAddress}));
        CHECKED(stopServer(&site.server));
    }

    // 1b. A repository without a proxy of its own uses the node's default proxy
    //     (`s15n settings --proxy`, the Settings page); clearing it goes direct again.
    void defaultProxyIsUsed()
    {
        HttpSite site;
        CHECKED(makeSite(&site, Backend::Sqlite));
        CHECKED(addAccount(site.parent, kAccount, kPassword));
        ForwardProxy proxy;
        const quint16 proxyPort = proxy.start();
        QVERIFY(proxyPort != 0);
        CHECKED(runOk(site.child,
                      {u"settings"_s, u"--proxy"_s, u"http://127.0.0.1:%1"_s.arg(proxyPort)}));
        CHECKED(addRepository(site.child, u"parent"_s, site.server.url, kAccount, kPassword));
        ProcessResult r = syncWith(site.child, u"parent"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        CHECKED(verifySameData(site.parent, site.child));
        const QString all = proxy.requestLines().join(u'\n');
        const QStringList expected{QString(u"POST "_s + site.server.url + u"/s15n/v1/register"_s),
                                   QString(u"GET "_s + site.server.url + u"/s15n/v1/pull?"_s)};
        for (const QString &request : expected) {
            QVERIFY2(all.contains(request),
                     qPrintable(u"the default proxy did not see '%1'; it saw:\n%2"_s.arg(request,
                                                                                           all)));
        }

        CHECKED(runOk(site.child, {u"settings"_s, u"--proxy"_s, QString()}));
        const qsizetype forwardedBefore = proxy.requestLines().size();
        CHECKED(sql(site.parent, u"UPDATE items SET name = 'direct' WHERE code = 'ORS';"_s));
        r = syncWith(site.child, u"parent"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        QCOMPARE(proxy.requestLines().size(), forwardedBefore);
        QString value;
        CHECKED(valueOf(site.child, u"SELECT name FROM items WHERE code = 'ORS'"_s, &value));
        QCOMPARE(value, u"direct"_s);
        CHECKED(stopServer(&site.server));
    }

    // 2. A remote that takes the connection and never answers: `sync --timeout 1` gives up after
    //    about a second of silence, says so, and logs the round as an error.
    void transferTimeout()
    {
        HttpSite site;
        CHECKED(makeConnectedSite(&site, Backend::Sqlite, true));

        BlackHole hole;
        QVERIFY(hole.start() != 0);
        const QString holeUrl = hole.url();
        CHECKED(runOk(site.child, {u"repo"_s, u"edit"_s, u"parent"_s, u"--url"_s, holeUrl}));
        CHECKED(sql(site.child, u"INSERT INTO stores (code, name) VALUES ('C-1', 'Waits');"_s));
        QStringList childBefore;
        CHECKED(snapshot(site.child, &childBefore));

        QElapsedTimer wall;
        wall.start();
        ProcessResult r;
        CHECKED(
            runBounded(site.child, {u"sync"_s, u"parent"_s, u"--timeout"_s, u"1"_s}, 60000, &r));
        const qint64 took = wall.elapsed();
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        QVERIFY2(took < 20000,
                 qPrintable(u"sync --timeout 1 took %1 ms against a silent server"_s.arg(took)));
        QVERIFY2(hole.connections() > 0, "the sync never connected to the silent server");
        VERIFY_MENTIONS(r.err,
                        (QStringList{u"cannot reach"_s, holeUrl, u"no answer within 1 s"_s}));
        CHECKED(verifyUnchanged(site.child, childBefore));
        QJsonObject round;
        CHECKED(newestEntry(site.child, u"round"_s, &round));
        QCOMPARE(round.value(u"result"_s).toString(), u"error"_s);
        QVERIFY2(!round.value(u"remoteError"_s).toBool(), qPrintable(entryText(round)));
        VERIFY_MENTIONS(round.value(u"message"_s).toString(),
                        QStringList{u"no answer within 1 s"_s});
        CHECKED(stopServer(&site.server));
    }

    // 3. A caller whose clock is an hour off: the server answers and logs a "clock" warning that
    //    names the peer and the skew, once per peer (not again right after); a caller with the
    //    right time adds none.
    // The client reads the remote's clock from every answer and warns past 60 s.
    void clientLogsTheRemotesClockSkew()
    {
        HttpSite site;
        CHECKED(makeSite(&site, Backend::Sqlite));
        CHECKED(addAccount(site.parent, kAccount, kPassword));
        ForwardProxy proxy;
        const quint16 proxyPort = proxy.start();
        QVERIFY(proxyPort != 0);
        CHECKED(addRepository(site.child, u"parent"_s, site.server.url, kAccount, kPassword,
                              {u"--proxy"_s, u"http://127.0.0.1:%1"_s.arg(proxyPort)}));
        CHECKED(syncOk(site.child));
        QList<QJsonObject> warnings;
        CHECKED(entriesOf(site.child, u"clock"_s, &warnings));
        QVERIFY2(warnings.isEmpty(), qPrintable(entryText(warnings.value(0))));

        proxy.shiftRemoteTime(3600 * 1000);
        CHECKED(syncOk(site.child));
        CHECKED(entriesOf(site.child, u"clock"_s, &warnings));
        QCOMPARE(warnings.size(), 1);
        QCOMPARE(warnings.first().value(u"result"_s).toString(), u"warning"_s);
        // HTTP dates have whole seconds: an hour ahead reads as 3599 to 3601 s.
        const QString message = warnings.first().value(u"message"_s).toString();
        VERIFY_MENTIONS(message, (QStringList{u"ahead"_s}));
        static const QRegularExpression seconds(u"\\b(\\d+) s\\b"_s);
        const QRegularExpressionMatch m = seconds.match(message);
        QVERIFY2(m.hasMatch(), qPrintable(message));
        QVERIFY2(qAbs(m.captured(1).toInt() - 3600) <= 2, qPrintable(message));
    }

    void clockSkewIsLoggedOncePerPeer()
    {
        HttpSite site;
        CHECKED(makeConnectedSite(&site, Backend::Sqlite, false));
        ExchangeNode other;
        CHECKED(makeNode(&other, site.home.path(), u"D"_s, Backend::Sqlite, Content::EmptySchema));
        CHECKED(addAccount(site.parent, u"acct_d"_s, kPassword));
        CHECKED(addRepository(other, u"parent"_s, site.server.url, u"acct_d"_s, kPassword));

        const QString pullUrl = site.server.url + u"/s15n/v1/pull?resource=items&since=0"_s;
        auto pull = [&](const ExchangeNode &node, const QString &account, qint64 offsetMs,
                        int *status) {
            const qint64 clock = QDateTime::currentMSecsSinceEpoch() + offsetMs;
            HttpAnswer answer;
            CHECKED(http("GET", pullUrl,
                         {{"Authorization", basicAuth(account, kPassword)},
                          {"X-S15n-Node", node.uuid.toLatin1()},
                          {"X-S15n-Time", QByteArray::number(clock)}},
                         {}, &answer));
            *status = answer.status;
            if (*status != 200)
                qWarning("pull answered %s", qPrintable(answer.describe()));
        };
        auto clockEntries = [&](QList<QJsonObject> *entries) {
            entriesOf(site.parent, u"clock"_s, entries);
        };

        constexpr qint64 kHour = 3600 * 1000;
        int status = 0;
        QList<QJsonObject> clock;
        // The right time: no warning.
        CHECKED(pull(site.child, kAccount, 0, &status));
        QCOMPARE(status, 200);
        CHECKED(clockEntries(&clock));
        QCOMPARE(clock.size(), 0);

        // An hour behind: one warning naming the peer and the skew.
        CHECKED(pull(site.child, kAccount, -kHour, &status));
        QCOMPARE(status, 200);
        CHECKED(clockEntries(&clock));
        QCOMPARE(clock.size(), 1);
        const QJsonObject warning = clock.first();
        QCOMPARE(warning.value(u"result"_s).toString(), u"warning"_s);
        QCOMPARE(warning.value(u"peer"_s).toString(), site.child.uuid);
        const QString message = warning.value(u"message"_s).toString();
        VERIFY_MENTIONS(message, (QStringList{site.child.uuid, u"behind"_s}));
        static const QRegularExpression seconds(u"\\b(\\d+) s\\b"_s);
        const QRegularExpressionMatch m = seconds.match(message);
        QVERIFY2(m.hasMatch(), qPrintable(message));
        QVERIFY2(qAbs(m.captured(1).toInt() - 3600) <= 2, qPrintable(message));

        // Right after, skewed again and then right: nothing more.
        CHECKED(pull(site.child, kAccount, -kHour, &status));
        QCOMPARE(status, 200);
        CHECKED(pull(site.child, kAccount, 0, &status));
        QCOMPARE(status, 200);
        CHECKED(clockEntries(&clock));
        QVERIFY2(clock.size() == 1,
                 qPrintable(u"%1 clock warnings for one peer within seconds"_s.arg(clock.size())));

        // The limit is per peer: another node an hour ahead gets its own warning.
        CHECKED(pull(other, u"acct_d"_s, kHour, &status));
        QCOMPARE(status, 200);
        CHECKED(clockEntries(&clock));
        QCOMPARE(clock.size(), 2);
        QCOMPARE(clock.first().value(u"peer"_s).toString(), other.uuid);
        VERIFY_MENTIONS(clock.first().value(u"message"_s).toString(),
                        (QStringList{other.uuid, u"ahead"_s}));
        CHECKED(stopServer(&site.server));
    }
};

QTEST_GUILESS_MAIN(TestHttpNetwork)
#include "tst_httpnetwork.moc"
