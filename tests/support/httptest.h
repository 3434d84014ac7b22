#pragma once

// Shared by the sync-over-HTTP integration tests (tests/integration/tst_http*.cpp): a parent
// serving and a child, checks of command results, data and log entries, raw HTTP requests, and
// TCP servers on threads of their own.

#include "servenode.h"

#include <QJsonObject>
#include <QList>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <QThread>

#include <atomic>
#include <functional>
#include <utility>

class QTcpServer;
class QTcpSocket;

namespace s15n::test {

// The child's account at the parent and its password.
inline const QString kAccount = QStringLiteral("acct_c");
inline const QString kPassword = QStringLiteral("child secret");

// A command's exit code, stdout and stderr, for failure messages.
QString describe(const ProcessResult &r);

// Whether `text` holds every one of `words` (case-insensitive); *missing gets the first absent.
bool mentions(const QString &text, const QStringList &words, QString *missing = nullptr);

// A JSON object (a log entry, a job) on one line, for failure messages.
QString entryText(const QJsonObject &entry);

// "Basic ..." credentials for an Authorization header.
QByteArray basicAuth(const QString &user, const QString &password);

// A new UUID without braces.
QString newUuid();

// A port on 127.0.0.1 where nothing listens (0 if none could be found).
quint16 closedPort();

// The single value `query` returns on the node's database, as text (fails the test otherwise).
void valueOf(const ExchangeNode &node, const QString &query, QString *value);

// `a` holds data, and `b` holds the same (fails the test with the differences otherwise).
void verifySameData(const ExchangeNode &a, const ExchangeNode &b);

// The node's snapshot() is still `before` (fails the test with the differences otherwise).
void verifyUnchanged(const ExchangeNode &node, const QStringList &before);

// Changes on both sides while they are apart (with sqlite3/psql): the child renames store HQ and
// adds store C-1; the parent renames item ORS, adds store P-1 and deletes transaction line 2.
void changeBothSides(const ExchangeNode &parent, const ExchangeNode &child);

// `s15n ARGS --db node.db`, which must exit 0; *result gets what it printed, when given.
void runOk(const ExchangeNode &node, const QStringList &args, ProcessResult *result = nullptr);

// `s15n sync parent [extra]`, which must exit 0.
void syncOk(const ExchangeNode &node, const QStringList &extra = {});

// Runs `s15n ARGS --db node.db`, killing it after `timeoutMs` (for commands that would run
// forever, such as a serve that should have refused its options); fails the test if it had to.
void runBounded(const ExchangeNode &node, QStringList args, int timeoutMs, ProcessResult *result);

// The entries of `log` (as readLog() gives it, newest first) whose action is `action`, and whose
// resource and repository are the given ones when those are not empty; in log order.
QList<QJsonObject> entriesIn(const QJsonArray &log, const QString &action,
                             const QString &resource = QString(),
                             const QString &repository = QString());

// The entries of `action` in the node's log, newest first (fails the test if it cannot be read).
void entriesOf(const ExchangeNode &node, const QString &action, QList<QJsonObject> *entries);

// The newest log entry of `action` (and of `resource`, when given); fails the test if none.
void newestEntry(const ExchangeNode &node, const QString &action, QJsonObject *entry,
                 const QString &resource = QString());

// A parent with the sample data, serving; a child with the sample schema and no rows.
struct HttpSite
{
    QTemporaryDir home;
    ExchangeNode parent;
    ServerProcess server;
    ExchangeNode child;
};

// Makes both nodes of `site` (the child on SQLite) and starts the parent's `serve --no-worker
// [serveExtra]`.
void makeSite(HttpSite *site, Backend backend, const QStringList &serveExtra = {});

// makeSite(), an account for the child, its repository "parent" (which registers it), and
// optionally the first copy.
void makeConnectedSite(HttpSite *site, Backend backend, bool firstSync,
                       const QStringList &serveExtra = {}, const QStringList &accountExtra = {},
                       const QString &account = kAccount);

// --- raw HTTP --------------------------------------------------------------------------------

// What a request got back: status 0 and an error if there was no HTTP answer.
struct HttpAnswer
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QString errorString;
    QByteArray body;
    QList<QNetworkReply::RawHeaderPair> headers;

    // The value of header `name` (case-insensitive), empty if there is none.
    QByteArray header(const QByteArray &name) const;
    // The reason an s15n error answer gives.
    QString message() const;
    // Status, error and body, for failure messages.
    QString describe() const;
};

using Headers = QList<std::pair<QByteArray, QByteArray>>;

// One request with QNetworkAccessManager (no proxy, trusting `trusted` too), waiting at most
// `timeoutMs` for the transfer; fails the test if no reply finishes at all.
void http(const QByteArray &verb, const QString &url, const Headers &headers,
          const QByteArray &body, HttpAnswer *answer, const QList<QSslCertificate> &trusted = {},
          int timeoutMs = 10000);

// --- TCP servers on threads of their own ------------------------------------------------------
// (The CLI commands the tests run are waited for with blocking calls, so a server in the test's
// own thread would not answer meanwhile.)

// A QTcpServer on 127.0.0.1:0 living on its own thread, which hands every accepted connection
// to `onConnection` (called on that thread; the socket is a child of the server).
class ThreadedServer
{
public:
    using Handler = std::function<void(QTcpSocket *)>;

    ThreadedServer() = default;
    ThreadedServer(const ThreadedServer &) = delete;
    ThreadedServer &operator=(const ThreadedServer &) = delete;
    ~ThreadedServer() { stop(); }

    // Returns the port, or 0 if it cannot listen.
    quint16 start(Handler onConnection);
    void stop();

private:
    QThread m_thread;
    QTcpServer *m_server = nullptr;
};

// Accepts connections on 127.0.0.1, reads what is sent, and never answers.
class BlackHole
{
public:
    // Returns the port, or 0 if it cannot listen.
    quint16 start();
    // http://127.0.0.1:PORT, or empty before a successful start().
    QString url() const;
    int connections() const { return m_connections; }

private:
    std::atomic_int m_connections{0};
    quint16 m_port = 0;
    ThreadedServer m_server;
};

} // namespace s15n::test

// Fails the test unless `text` holds every one of `words` (case-insensitive), naming the first
// that is missing.
#define VERIFY_MENTIONS(text, words)                                                               \
    do {                                                                                           \
        QString missing_;                                                                          \
        const QString text_ = (text);                                                              \
        QVERIFY2(s15n::test::mentions(text_, (words), &missing_),                                  \
                 qPrintable(QStringLiteral("'%1' is missing in: %2").arg(missing_, text_)));       \
    } while (false)
