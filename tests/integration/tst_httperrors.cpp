// Bad input and refusals of sync over HTTP (issue "Sync between running nodes"), between real
// `s15n serve` processes on 127.0.0.1 and the real CLI: wrong credentials, an unregistered
// peer, refused pushes, a server that is down, refused repositories, the request body limit,
// malformed pushes, wrong methods and paths, and TLS. Each refusal is checked for a clear
// message, a failing exit code, nothing changed, and a log entry on the side that refused.
// The parent runs on PostgreSQL where the data path matters most (credentials,
// malformed pushes), on SQLite elsewhere; children are SQLite.

#include "servenode.h"

#include "protocol/messages.h"

#include <QDeadlineTimer>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

using namespace s15n::test;
using namespace Qt::StringLiterals;

namespace {

const QString kPassword = u"child secret"_s;
const QString kAccount = u"acct_c"_s;

QString describe(const ProcessResult &r)
{
    return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(r.exitCode).arg(r.out, r.err);
}

// Whether `text` holds every one of `words` (case-insensitive); *missing gets the first absent.
bool mentions(const QString &text, const QStringList &words, QString *missing = nullptr)
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

#define VERIFY_MENTIONS(text, words)                                                               \
    do {                                                                                           \
        QString missing_;                                                                          \
        const QString text_ = (text);                                                              \
        QVERIFY2(mentions(text_, (words), &missing_),                                              \
                 qPrintable(u"'%1' is missing in: %2"_s.arg(missing_, text_)));                    \
    } while (false)

// A parent with the sample data, serving; a child with the sample schema and no rows.
struct Site
{
    QTemporaryDir home;
    ExchangeNode parent;
    ServerProcess server;
    ExchangeNode child;
};

void makeSite(Site *site, Backend backend, const QStringList &serveExtra = {})
{
    QVERIFY(site->home.isValid());
    CHECKED(makeNode(&site->parent, site->home.path(), u"P"_s, backend, Content::SampleData));
    QStringList extra{u"--no-worker"_s};
    extra << serveExtra;
    CHECKED(startServer(site->parent, &site->server, extra));
    CHECKED(
        makeNode(&site->child, site->home.path(), u"C"_s, Backend::Sqlite, Content::EmptySchema));
}

// makeSite(), an account for the child, its repository "parent" (which registers it), and
// optionally the first copy.
void makeConnectedSite(Site *site, Backend backend, bool firstSync,
                       const QStringList &serveExtra = {}, const QStringList &accountExtra = {},
                       const QString &account = kAccount)
{
    CHECKED(makeSite(site, backend, serveExtra));
    CHECKED(addAccount(site->parent, account, kPassword, accountExtra));
    CHECKED(addRepository(site->child, u"parent"_s, site->server.url, account, kPassword));
    if (firstSync) {
        const ProcessResult r = syncWith(site->child, u"parent"_s);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    }
}

void syncOk(const ExchangeNode &node)
{
    const ProcessResult r = syncWith(node, u"parent"_s);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
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

// As verifyUnchanged, but the caller's cursors may move for other resources than `table`: a
// round whose push of `table` is refused still sends cursor-only pages for the others (they
// apply nothing and are accepted, so a pull-only peer does not fail every round).
void verifyUnchangedBut(const ExchangeNode &node, const QStringList &before, const QString &table)
{
    QStringList after;
    CHECKED(snapshot(node, &after));
    const auto keep = [&](const QString &line) {
        return !line.startsWith(u"s15n_cursors: "_s) || line.section(u' ', 2, 2) == table;
    };
    QStringList a;
    QStringList b;
    std::copy_if(before.cbegin(), before.cend(), std::back_inserter(a), keep);
    std::copy_if(after.cbegin(), after.cend(), std::back_inserter(b), keep);
    const QString diff = difference(a, b, node.name + u" before"_s, u"after"_s);
    QVERIFY2(diff.isEmpty(), qPrintable(diff));
}

// `s15n repo list --json` / `s15n peer list --json`.
void listJson(const ExchangeNode &node, const QString &noun, QJsonArray *list)
{
    const ProcessResult r = runNode(node, {noun, u"list"_s, u"--json"_s});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(doc.isArray(), qPrintable(error.errorString() + u": "_s + r.out));
    *list = doc.array();
}

// The newest log entry of `action` (fails the test if there is none).
// The newest entry of `action` (and of `resource`, when given).
void newestEntry(const ExchangeNode &node, const QString &action, QJsonObject *entry,
                 const QString &resource = QString())
{
    QJsonArray log;
    CHECKED(readLog(node, &log));
    for (const QJsonValue &v : log) {
        if (v.toObject().value(u"action"_s).toString() == action &&
            (resource.isEmpty() || v.toObject().value(u"resource"_s).toString() == resource)) {
            *entry = v.toObject();
            return;
        }
    }
    QFAIL(qPrintable(u"no '%1' entry in the log of %2: %3"_s.arg(
        action, node.name, QString::fromUtf8(QJsonDocument(log).toJson()))));
}

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

QString entryText(const QJsonObject &entry)
{
    return QString::fromUtf8(QJsonDocument(entry).toJson(QJsonDocument::Compact));
}

void valueOf(const ExchangeNode &node, const QString &query, QString *value)
{
    QVariant v;
    CHECKED(scalar(node, query, &v));
    *value = v.toString();
}

QByteArray basicAuth(const QString &user, const QString &password)
{
    return "Basic " + (user + u":"_s + password).toUtf8().toBase64();
}

// --- raw HTTP -------------------------------------------------------------------------------

struct HttpAnswer
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    QByteArray header(const QByteArray &name) const
    {
        for (const auto &[key, value] : headers) {
            if (key.compare(name, Qt::CaseInsensitive) == 0)
                return value;
        }
        return QByteArray();
    }
    // The reason an s15n error answer gives.
    QString message() const { return s15n::messages::errorFromBody(body); }
    QString describe() const
    {
        return u"status %1, error %2 (%3), body: %4"_s.arg(status)
            .arg(int(error))
            .arg(errorString, QString::fromUtf8(body.left(2000)));
    }
};

using Headers = QList<std::pair<QByteArray, QByteArray>>;

// One request with QNetworkAccessManager (no proxy), waiting at most `timeoutMs`.
void http(const QByteArray &verb, const QString &url, const Headers &headers,
          const QByteArray &body, HttpAnswer *answer, const QList<QSslCertificate> &trusted = {},
          int timeoutMs = 10000)
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

// Headers of a registered child's request.
Headers childHeaders(const Site &site, const QString &account = kAccount)
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

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString pushUrl(const Site &site, const QString &resource)
{
    return site.server.url + u"/s15n/v1/push?resource=%1&update-policy=NEWER"
                             "&conflict-policy=NEWER"_s.arg(resource);
}

// Runs `s15n ARGS --db node.db`, killing it after `timeoutMs` (for commands that would run
// forever, such as a serve that should have refused its options).
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

} // namespace

class TestHttpErrors : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { dropNodeDatabases(); }

    // 1. Wrong credentials, at `repo add` and at a sync after the parent changed the password;
    //    and a request without credentials.
    void wrongCredentials()
    {
        REQUIRE_BACKEND(Backend::Postgres);
        Site site;
        CHECKED(makeSite(&site, Backend::Postgres));
        CHECKED(addAccount(site.parent, kAccount, kPassword));

        const ProcessResult wrong = runNodeWithInput(
            site.child, {u"repo"_s, u"add"_s, u"parent"_s, site.server.url, u"--user"_s, kAccount},
            "not the password\n");
        QVERIFY2(wrong.exitCode == 1, qPrintable(describe(wrong)));
        VERIFY_MENTIONS(wrong.err, (QStringList{u"401"_s, kAccount, u"nothing was added"_s}));
        QJsonArray repos;
        CHECKED(listJson(site.child, u"repo"_s, &repos));
        QVERIFY2(repos.isEmpty(), qPrintable(QString::fromUtf8(QJsonDocument(repos).toJson())));
        QJsonArray peers;
        CHECKED(listJson(site.parent, u"peer"_s, &peers));
        QVERIFY(peers.isEmpty());
        QJsonObject refused;
        CHECKED(newestEntry(site.parent, u"authenticate"_s, &refused));
        QCOMPARE(refused.value(u"result"_s).toString(), u"error"_s);
        QCOMPARE(refused.value(u"peer"_s).toString(), site.child.uuid);
        VERIFY_MENTIONS(refused.value(u"message"_s).toString(), QStringList{kAccount});

        // The right password works; then the parent changes it.
        CHECKED(addRepository(site.child, u"parent"_s, site.server.url, kAccount, kPassword));
        CHECKED(syncOk(site.child));
        const ProcessResult changed = runNodeWithInput(
            site.parent, {u"account"_s, u"password"_s, kAccount}, "the new secret\n");
        QVERIFY2(changed.exitCode == 0, qPrintable(describe(changed)));
        CHECKED(sql(site.parent,
                    u"UPDATE items SET name = 'after the password change' WHERE code = 'ORS';"_s));
        QStringList childBefore;
        CHECKED(snapshot(site.child, &childBefore));

        const ProcessResult refusedSync = syncWith(site.child, u"parent"_s);
        QVERIFY2(refusedSync.exitCode == 1, qPrintable(describe(refusedSync)));
        VERIFY_MENTIONS(refusedSync.err, (QStringList{u"401"_s, kAccount, u"repo edit"_s}));
        QJsonObject round;
        CHECKED(newestEntry(site.child, u"round"_s, &round));
        QCOMPARE(round.value(u"result"_s).toString(), u"error"_s);
        QVERIFY2(round.value(u"remoteError"_s).toBool(), qPrintable(entryText(round)));
        VERIFY_MENTIONS(round.value(u"message"_s).toString(), QStringList{u"401"_s});
        CHECKED(verifyUnchanged(site.child, childBefore));

        // No credentials at all: 401 with a challenge.
        HttpAnswer anonymous;
        CHECKED(http("GET", site.server.url + u"/s15n/v1/node"_s, {}, {}, &anonymous));
        QVERIFY2(anonymous.status == 401, qPrintable(anonymous.describe()));
        QVERIFY2(anonymous.header("WWW-Authenticate").startsWith("Basic"),
                 qPrintable(anonymous.describe()));
        QVERIFY2(!anonymous.body.contains(site.parent.uuid.toLatin1()),
                 qPrintable(anonymous.describe()));

        // With the new password stored, the change that waited arrives.
        const ProcessResult edited = runNodeWithInput(
            site.child, {u"repo"_s, u"edit"_s, u"parent"_s, u"--password"_s}, "the new secret\n");
        QVERIFY2(edited.exitCode == 0, qPrintable(describe(edited)));
        CHECKED(syncOk(site.child));
        QString name;
        CHECKED(valueOf(site.child, u"SELECT name FROM items WHERE code = 'ORS'"_s, &name));
        QCOMPARE(name, u"after the password change"_s);
        CHECKED(stopServer(&site.server));
    }

    // 2. The parent forgot the child: 403 saying so and how to register; following that advice
    //    makes the next round work.
    void unregisteredPeer()
    {
        Site site;
        CHECKED(makeConnectedSite(&site, Backend::Sqlite, true));
        const ProcessResult removed =
            runNode(site.parent, {u"peer"_s, u"remove"_s, site.child.uuid});
        QVERIFY2(removed.exitCode == 0, qPrintable(describe(removed)));
        CHECKED(sql(site.parent, u"UPDATE items SET name = 'parent edit' WHERE code = 'ORS';"_s));
        CHECKED(sql(site.child, u"UPDATE stores SET name = 'child edit' WHERE code = 'HQ';"_s));
        QStringList parentBefore;
        QStringList childBefore;
        CHECKED(snapshot(site.parent, &parentBefore));
        CHECKED(snapshot(site.child, &childBefore));

        const ProcessResult r = syncWith(site.child, u"parent"_s);
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        VERIFY_MENTIONS(r.err, (QStringList{u"403"_s, site.child.uuid, u"not registered"_s,
                                            u"s15n peer add"_s}));
        CHECKED(verifyUnchanged(site.parent, parentBefore));
        CHECKED(verifyUnchanged(site.child, childBefore));
        QJsonArray peers;
        CHECKED(listJson(site.parent, u"peer"_s, &peers));
        QVERIFY2(peers.isEmpty(), "the refused round registered the child again");
        QJsonObject round;
        CHECKED(newestEntry(site.child, u"round"_s, &round));
        QCOMPARE(round.value(u"result"_s).toString(), u"error"_s);
        QVERIFY2(round.value(u"remoteError"_s).toBool(), qPrintable(entryText(round)));
        VERIFY_MENTIONS(round.value(u"message"_s).toString(),
                        (QStringList{u"403"_s, u"not registered"_s}));
        QJsonObject authorize;
        CHECKED(newestEntry(site.parent, u"authorize"_s, &authorize));
        QCOMPARE(authorize.value(u"result"_s).toString(), u"error"_s);
        QCOMPARE(authorize.value(u"peer"_s).toString(), site.child.uuid);

        // The advice works as given: run the suggested `s15n peer add ...` on the parent.
        static const QRegularExpression advice(u"'s15n (peer add [^']*)'"_s);
        const QRegularExpressionMatch m = advice.match(r.err);
        QVERIFY2(m.hasMatch(), qPrintable(r.err));
        QStringList command = QProcess::splitCommand(m.captured(1));
        QVERIFY(!command.isEmpty());
        const ProcessResult added = runNode(site.parent, command);
        QVERIFY2(added.exitCode == 0,
                 qPrintable(u"the suggested command 's15n %1' fails: "_s.arg(m.captured(1)) +
                            describe(added)));
        CHECKED(syncOk(site.child));
        CHECKED(verifySameData(site.parent, site.child));
    }

    // 3. Pushes refused by the peer's setting or by a read-only account: the push fails with
    //    403 and the reason, the parent's data is unchanged, the pulls of the round still work.
    void pushesNotAccepted_data()
    {
        QTest::addColumn<bool>("readOnlyAccount");
        QTest::newRow("peer edit --accept-pushes no") << false;
        QTest::newRow("account add --read-only") << true;
    }
    void pushesNotAccepted()
    {
        QFETCH(bool, readOnlyAccount);
        Site site;
        const QString account = readOnlyAccount ? u"acct_ro"_s : kAccount;
        CHECKED(makeConnectedSite(&site, Backend::Sqlite, false, {},
                                  readOnlyAccount ? QStringList{u"--read-only"_s} : QStringList{},
                                  account));
        // The first copy. The child changed nothing, so even with a read-only account the round
        // succeeds: its cursor-only push pages apply nothing and are accepted.
        const ProcessResult first = syncWith(site.child, u"parent"_s);
        QVERIFY2(first.exitCode == 0, qPrintable(describe(first)));
        CHECKED(verifySameData(site.parent, site.child));
        if (!readOnlyAccount) {
            const ProcessResult edited =
                runNode(site.parent,
                        {u"peer"_s, u"edit"_s, site.child.uuid, u"--accept-pushes"_s, u"no"_s});
            QVERIFY2(edited.exitCode == 0, qPrintable(describe(edited)));
        }
        // The child changes the first resource; the parent changes later ones.
        CHECKED(sql(site.child, u"UPDATE stores SET name = 'child edit' WHERE code = 'HQ';"_s));
        CHECKED(sql(site.parent, u"UPDATE items SET name = 'parent edit' WHERE code = 'ORS';"_s));
        CHECKED(sql(site.parent, u"UPDATE transaction_lines SET quantity = 777 WHERE id = 1;"_s));
        QString lineUuid;
        CHECKED(
            valueOf(site.parent, u"SELECT uuid FROM transaction_lines WHERE id = 1"_s, &lineUuid));
        QStringList parentBefore;
        CHECKED(snapshot(site.parent, &parentBefore));

        const ProcessResult r = syncWith(site.child, u"parent"_s);
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        VERIFY_MENTIONS(r.err, (QStringList{u"403"_s, u"pushes"_s, u"not accepted"_s}));
        CHECKED(verifyUnchangedBut(site.parent, parentBefore, u"stores"_s));
        QString value;
        CHECKED(valueOf(site.parent, u"SELECT name FROM stores WHERE code = 'HQ'"_s, &value));
        QCOMPARE(value, u"Central Warehouse"_s);
        // The pull part went ahead, also for resources after the refused push.
        CHECKED(valueOf(site.child, u"SELECT name FROM items WHERE code = 'ORS'"_s, &value));
        QCOMPARE(value, u"parent edit"_s);
        CHECKED(valueOf(site.child,
                        u"SELECT quantity FROM transaction_lines WHERE uuid = '%1'"_s.arg(lineUuid),
                        &value));
        QCOMPARE(value, u"777"_s);
        // The child's change is kept, still pending.
        CHECKED(valueOf(site.child, u"SELECT name FROM stores WHERE code = 'HQ'"_s, &value));
        QCOMPARE(value, u"child edit"_s);

        // The child's log: the refused push of stores in this round (entries newest first: the
        // round, then its steps, then the round before).
        QJsonArray log;
        CHECKED(readLog(site.child, &log));
        QJsonObject push;
        int rounds = 0;
        for (const QJsonValue &v : std::as_const(log)) {
            const QJsonObject o = v.toObject();
            if (o.value(u"action"_s).toString() == u"round"_s && ++rounds > 1)
                break;
            if (o.value(u"action"_s).toString() == u"push page"_s &&
                o.value(u"resource"_s).toString() == u"stores"_s)
                push = o;
        }
        QVERIFY2(!push.isEmpty(), qPrintable(u"no push of stores in the last round: "_s +
                                             QString::fromUtf8(QJsonDocument(log).toJson())));
        QCOMPARE(push.value(u"result"_s).toString(), u"error"_s);
        QVERIFY2(push.value(u"remoteError"_s).toBool(), qPrintable(entryText(push)));
        VERIFY_MENTIONS(push.value(u"message"_s).toString(),
                        (QStringList{u"403"_s, u"not accepted"_s}));
        QJsonObject round;
        CHECKED(newestEntry(site.child, u"round"_s, &round));
        QCOMPARE(round.value(u"result"_s).toString(), u"error"_s);
        QVERIFY2(round.value(u"received"_s).toInteger() >= 2, qPrintable(entryText(round)));
        QJsonObject served;
        CHECKED(newestEntry(site.parent, u"serve push"_s, &served, u"stores"_s));
        QCOMPARE(served.value(u"result"_s).toString(), u"error"_s);
        QCOMPARE(served.value(u"peer"_s).toString(), site.child.uuid);
        VERIFY_MENTIONS(served.value(u"message"_s).toString(), QStringList{u"not accepted"_s});

        if (!readOnlyAccount) {
            // Accepted again: the change that waited goes up, nothing lost.
            const ProcessResult again = runNode(site.parent, {u"peer"_s, u"edit"_s, site.child.uuid,
                                                              u"--accept-pushes"_s, u"yes"_s});
            QVERIFY2(again.exitCode == 0, qPrintable(describe(again)));
            CHECKED(syncOk(site.child));
            CHECKED(valueOf(site.parent, u"SELECT name FROM stores WHERE code = 'HQ'"_s, &value));
            QCOMPARE(value, u"child edit"_s);
            CHECKED(verifySameData(site.parent, site.child));
        }
        if (readOnlyAccount) {
            // The reason: the account is read-only (not a setting of the peer).
            QVERIFY2(r.err.contains(u"read-only"_s, Qt::CaseInsensitive) || r.err.contains(account),
                     qPrintable(
                         u"the refusal does not say that account %1 is read-only: "_s.arg(account) +
                         r.err));
        }
    }

    // 4. The server is down: the round fails saying so; once it is back on the same port the
    //    next round moves everything that waited on both sides.
    void serverDown()
    {
        Site site;
        CHECKED(makeConnectedSite(&site, Backend::Sqlite, true));
        const quint16 port = site.server.port;
        CHECKED(stopServer(&site.server));
        CHECKED(sql(site.child, u"UPDATE stores SET name = 'child edit' WHERE code = 'HQ';"
                                "INSERT INTO stores (code, name) VALUES ('C-1', 'Made at C');"_s));
        CHECKED(sql(site.parent, u"UPDATE items SET name = 'parent edit' WHERE code = 'ORS';"
                                 "INSERT INTO stores (code, name) VALUES ('P-1', 'Made at P');"
                                 "DELETE FROM transaction_lines WHERE id = 2;"_s));
        QStringList childBefore;
        CHECKED(snapshot(site.child, &childBefore));

        const ProcessResult r = syncWith(site.child, u"parent"_s);
        QVERIFY2(r.exitCode == 1, qPrintable(describe(r)));
        VERIFY_MENTIONS(r.err, (QStringList{u"cannot reach"_s, site.server.url}));
        CHECKED(verifyUnchanged(site.child, childBefore));
        QJsonObject round;
        CHECKED(newestEntry(site.child, u"round"_s, &round));
        QCOMPARE(round.value(u"result"_s).toString(), u"error"_s);
        QVERIFY2(!round.value(u"remoteError"_s).toBool(), qPrintable(entryText(round)));
        VERIFY_MENTIONS(round.value(u"message"_s).toString(), QStringList{u"cannot reach"_s});

        CHECKED(startServer(site.parent, &site.server, {u"--no-worker"_s}, port));
        QCOMPARE(site.server.port, port);
        CHECKED(syncOk(site.child));
        CHECKED(verifySameData(site.parent, site.child));
        QString value;
        CHECKED(valueOf(site.parent, u"SELECT name FROM stores WHERE code = 'HQ'"_s, &value));
        QCOMPARE(value, u"child edit"_s);
        CHECKED(valueOf(site.parent, u"SELECT COUNT(*) FROM stores WHERE code IN ('C-1', 'P-1')"_s,
                        &value));
        QCOMPARE(value, u"2"_s);
        CHECKED(valueOf(site.child, u"SELECT COUNT(*) FROM transaction_lines"_s, &value));
        QCOMPARE(value, u"29"_s);
        CHECKED(newestEntry(site.child, u"round"_s, &round));
        QCOMPARE(round.value(u"result"_s).toString(), u"success"_s);
    }

    // 5. repo add: another node's UUID is refused; an unreachable URL is kept unregistered
    //    with a warning saying how to register, and `repo register` does it later.
    void repositoryAddRefusals()
    {
        Site site;
        CHECKED(makeSite(&site, Backend::Sqlite));
        CHECKED(addAccount(site.parent, kAccount, kPassword));
        const QString other = newUuid();
        const ProcessResult wrongNode =
            runNodeWithInput(site.child,
                             {u"repo"_s, u"add"_s, u"parent"_s, site.server.url, u"--user"_s,
                              kAccount, u"--uuid"_s, other},
                             kPassword.toUtf8() + '\n');
        QVERIFY2(wrongNode.exitCode == 1, qPrintable(describe(wrongNode)));
        VERIFY_MENTIONS(wrongNode.err,
                        (QStringList{other, site.parent.uuid, u"nothing was added"_s}));
        QJsonArray list;
        CHECKED(listJson(site.child, u"repo"_s, &list));
        QVERIFY(list.isEmpty());
        CHECKED(listJson(site.parent, u"peer"_s, &list));
        QVERIFY2(list.isEmpty(), "the refused repository registered the child");

        // The same URL while nothing listens there.
        const quint16 port = site.server.port;
        CHECKED(stopServer(&site.server));
        const ProcessResult offline = runNodeWithInput(
            site.child, {u"repo"_s, u"add"_s, u"parent"_s, site.server.url, u"--user"_s, kAccount},
            kPassword.toUtf8() + '\n');
        QVERIFY2(offline.exitCode == 0, qPrintable(describe(offline)));
        VERIFY_MENTIONS(offline.err, (QStringList{u"warning"_s, u"s15n repo register parent"_s,
                                                  u"s15n peer add"_s, site.child.uuid}));
        CHECKED(listJson(site.child, u"repo"_s, &list));
        QCOMPARE(list.size(), 1);
        QJsonObject repo = list.first().toObject();
        QCOMPARE(repo.value(u"name"_s).toString(), u"parent"_s);
        QVERIFY2(!repo.value(u"registered"_s).toBool(), qPrintable(entryText(repo)));
        QCOMPARE(repo.value(u"remoteUuid"_s).toString(), QString());
        QJsonObject registration;
        CHECKED(newestEntry(site.child, u"register"_s, &registration));
        QCOMPARE(registration.value(u"result"_s).toString(), u"error"_s);
        QCOMPARE(registration.value(u"repository"_s).toString(), u"parent"_s);
        VERIFY_MENTIONS(registration.value(u"message"_s).toString(),
                        (QStringList{u"cannot reach"_s, u"s15n repo register parent"_s}));

        CHECKED(startServer(site.parent, &site.server, {u"--no-worker"_s}, port));
        const ProcessResult registered =
            runNode(site.child, {u"repo"_s, u"register"_s, u"parent"_s});
        QVERIFY2(registered.exitCode == 0, qPrintable(describe(registered)));
        CHECKED(listJson(site.child, u"repo"_s, &list));
        QCOMPARE(list.size(), 1);
        repo = list.first().toObject();
        QVERIFY2(repo.value(u"registered"_s).toBool(), qPrintable(entryText(repo)));
        QCOMPARE(repo.value(u"remoteUuid"_s).toString(), site.parent.uuid);
        CHECKED(listJson(site.parent, u"peer"_s, &list));
        QCOMPARE(list.size(), 1);
        QCOMPARE(list.first().toObject().value(u"uuid"_s).toString(), site.child.uuid);
        CHECKED(syncOk(site.child));
        CHECKED(verifySameData(site.parent, site.child));
    }

    // 6. A body over --max-body-mb is refused from its head, before it is read; the server
    //    goes on answering, and ordinary pushes through it work.
    void requestBodyLimit()
    {
        Site site;
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
    }

    // 7. Malformed pushes from a registered child: each refused with 4xx and a reason, logged
    //    by the parent, nothing changed; the same push made valid is then accepted.
    void malformedPushBodies()
    {
        REQUIRE_BACKEND(Backend::Postgres);
        Site site;
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

    // 8. A wrong method is 405 (with Allow), an unknown path 404.
    void wrongMethodAndPath()
    {
        Site site;
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

    // 9. HTTPS with a self-signed certificate; plain HTTP to that port fails; serve refuses
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
        CHECKED(stopServer(&server));
    }
};

QTEST_GUILESS_MAIN(TestHttpErrors)
#include "tst_httperrors.moc"
