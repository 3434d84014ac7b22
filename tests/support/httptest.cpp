#include "httptest.h"

#include "protocol/messages.h"

#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QProcess>
#include <QSignalSpy>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <QUuid>

using namespace Qt::StringLiterals;

namespace s15n::test {

QString describe(const ProcessResult &r)
{
    return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(r.exitCode).arg(r.out, r.err);
}

bool mentions(const QString &text, const QStringList &words, QString *missing)
{
    for (const QString &w : words) {
        if (!text.contains(w, Qt::CaseInsensitive)) {
            if (missing)
                *missing = w;
            return false;
        }
    }
    return true;
}

QString entryText(const QJsonObject &entry)
{
    return QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact));
}

QByteArray basicAuth(const QString &user, const QString &password)
{
    return "Basic " + (user + u":"_s + password).toUtf8().toBase64();
}

quint16 closedPort()
{
    QTcpServer server;
    if (!server.listen(QHostAddress::LocalHost, 0))
        return 0;
    const quint16 port = server.serverPort();
    server.close();
    return port;
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

void valueOf(const ExchangeNode &node, const QString &query, QString *value)
{
    QVariant v;
    CHECKED(scalar(node, query, &v));
    *value = v.toString();
}

void verifySameData(const ExchangeNode &a, const ExchangeNode &b)
{
    QStringList dataA;
    QStringList dataB;
    CHECKED(dumpData(a, &dataA));
    CHECKED(dumpData(b, &dataB));
    QVERIFY(!dataA.isEmpty());
    const QString diff = difference(dataA, dataB, a.name, b.name);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void verifyUnchanged(const ExchangeNode &node, const QStringList &before)
{
    QStringList after;
    CHECKED(snapshot(node, &after));
    const QString diff = difference(before, after, node.name + u" before"_s, u"after"_s);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

void changeBothSides(const ExchangeNode &parent, const ExchangeNode &child)
{
    CHECKED(sql(child, u"UPDATE stores SET name = 'child edit' WHERE code = 'HQ';"
                       "INSERT INTO stores (code, name) VALUES ('C-1', 'Made at C');"_s));
    CHECKED(sql(parent, u"UPDATE items SET name = 'parent edit' WHERE code = 'ORS';"
                        "INSERT INTO stores (code, name) VALUES ('P-1', 'Made at P');"
                        "DELETE FROM transaction_lines WHERE id = 2;"_s));
}

void runOk(const ExchangeNode &node, const QStringList &args, ProcessResult *result)
{
    const ProcessResult r = runNode(node, args);
    QVERIFY2(r.exitCode == 0, qPrintable(u"s15n "_s + args.join(u' ') + u": "_s + describe(r)));
    if (result)
        *result = r;
}

void syncOk(const ExchangeNode &node, const QStringList &extra)
{
    const ProcessResult r = syncWith(node, u"parent"_s, extra);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
}

void runBounded(const ExchangeNode &node, QStringList args, int timeoutMs, ProcessResult *result)
{
    args << u"--db"_s << node.db;
    QProcess process;
    process.setProcessEnvironment(node.env);
    process.start(QStringLiteral(S15N_BINARY), args);
    QVERIFY2(process.waitForStarted(10000), qPrintable(process.errorString()));
    process.closeWriteChannel();
    const bool finished = process.waitForFinished(timeoutMs);
    if (!finished) {
        process.kill();
        process.waitForFinished(5000);
    }
    result->exitCode =
        finished && process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    result->out = QString::fromUtf8(process.readAllStandardOutput());
    result->err = QString::fromUtf8(process.readAllStandardError());
    QVERIFY2(finished,
             qPrintable(
                 u"s15n %1 was still running after %2 ms: "_s.arg(args.join(u' ')).arg(timeoutMs) +
                 describe(*result)));
}

QList<QJsonObject> entriesIn(const QJsonArray &log, const QString &action, const QString &resource,
                             const QString &repository)
{
    QList<QJsonObject> entries;
    for (const QJsonValue &v : log) {
        const QJsonObject o = v.toObject();
        if (o.value(u"action"_s).toString() == action &&
            (resource.isEmpty() || o.value(u"resource"_s).toString() == resource) &&
            (repository.isEmpty() || o.value(u"repository"_s).toString() == repository))
            entries.append(o);
    }
    return entries;
}

void entriesOf(const ExchangeNode &node, const QString &action, QList<QJsonObject> *entries)
{
    entries->clear();
    QJsonArray log;
    CHECKED(readLog(node, &log));
    *entries = entriesIn(log, action);
}

void newestEntry(const ExchangeNode &node, const QString &action, QJsonObject *entry,
                 const QString &resource)
{
    QJsonArray log;
    CHECKED(readLog(node, &log));
    const QList<QJsonObject> entries = entriesIn(log, action, resource);
    QVERIFY2(!entries.isEmpty(),
             qPrintable(u"no '%1' entry in the log of %2: %3"_s.arg(
                 action, node.name, QString::fromUtf8(QJsonDocument(log).toJson()))));
    *entry = entries.first();
}

void makeSite(HttpSite *site, Backend backend, const QStringList &serveExtra)
{
    QVERIFY(site->home.isValid());
    CHECKED(makeNode(&site->parent, site->home.path(), u"P"_s, backend, Content::SampleData));
    QStringList extra{u"--no-worker"_s};
    extra << serveExtra;
    CHECKED(startServer(site->parent, &site->server, extra));
    CHECKED(
        makeNode(&site->child, site->home.path(), u"C"_s, Backend::Sqlite, Content::EmptySchema));
}

void makeConnectedSite(HttpSite *site, Backend backend, bool firstSync,
                       const QStringList &serveExtra, const QStringList &accountExtra,
                       const QString &account)
{
    CHECKED(makeSite(site, backend, serveExtra));
    CHECKED(addAccount(site->parent, account, kPassword, accountExtra));
    CHECKED(addRepository(site->child, u"parent"_s, site->server.url, account, kPassword));
    if (firstSync)
        CHECKED(syncOk(site->child));
}

// --- raw HTTP --------------------------------------------------------------------------------

QByteArray HttpAnswer::header(const QByteArray &name) const
{
    for (const auto &[key, value] : headers) {
        if (key.compare(name, Qt::CaseInsensitive) == 0)
            return value;
    }
    return QByteArray();
}

QString HttpAnswer::message() const
{
    return s15n::messages::errorFromBody(body);
}

QString HttpAnswer::describe() const
{
    return u"status %1, error %2 (%3), body: %4"_s.arg(status)
        .arg(int(error))
        .arg(errorString, QString::fromUtf8(body.left(2000)));
}

void http(const QByteArray &verb, const QString &url, const Headers &headers,
          const QByteArray &body, HttpAnswer *answer, const QList<QSslCertificate> &trusted,
          int timeoutMs)
{
    *answer = HttpAnswer();
    QNetworkAccessManager manager;
    manager.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    QNetworkRequest request{QUrl(url)};
    request.setTransferTimeout(timeoutMs);
    request.setRawHeader("Expect", QByteArray()); // QHttpServer never answers 100-continue
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, u"application/xml; charset=utf-8"_s);
    for (const auto &[name, value] : headers)
        request.setRawHeader(name, value);
    if (!trusted.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        for (const QSslCertificate &ca : trusted)
            tls.addCaCertificate(ca);
        request.setSslConfiguration(tls);
    }
    QNetworkReply *reply = manager.sendCustomRequest(request, verb, body);
    QSignalSpy finished(reply, &QNetworkReply::finished);
    if (!reply->isFinished())
        QVERIFY2(finished.wait(timeoutMs + 10000),
                 qPrintable(u"no answer from %1 within %2 ms"_s.arg(url).arg(timeoutMs + 10000)));
    answer->status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    answer->error = reply->error();
    answer->errorString = reply->errorString();
    answer->body = reply->readAll();
    answer->headers = reply->rawHeaderPairs();
    delete reply;
}

// --- TCP servers on threads of their own ------------------------------------------------------

quint16 ThreadedServer::start(Handler onConnection)
{
    m_thread.setObjectName(u"test-network"_s);
    m_server = new QTcpServer;
    m_server->moveToThread(&m_thread);
    m_thread.start();
    quint16 port = 0;
    QMetaObject::invokeMethod(
        m_server,
        [this, &port, onConnection] {
            QObject::connect(m_server, &QTcpServer::newConnection, m_server, [this, onConnection] {
                while (QTcpSocket *socket = m_server->nextPendingConnection())
                    onConnection(socket);
            });
            if (m_server->listen(QHostAddress::LocalHost, 0))
                port = m_server->serverPort();
        },
        Qt::BlockingQueuedConnection);
    return port;
}

void ThreadedServer::stop()
{
    if (!m_server)
        return;
    QMetaObject::invokeMethod(m_server, &QObject::deleteLater); // and its connections
    m_server = nullptr;
    m_thread.quit();
    m_thread.wait();
}

quint16 BlackHole::start()
{
    m_port = m_server.start([this](QTcpSocket *socket) {
        ++m_connections;
        QObject::connect(socket, &QTcpSocket::readyRead, socket, [socket] { socket->readAll(); });
    });
    return m_port;
}

QString BlackHole::url() const
{
    return m_port == 0 ? QString() : u"http://127.0.0.1:%1"_s.arg(m_port);
}

} // namespace s15n::test
