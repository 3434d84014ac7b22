#pragma once

// Real `s15n serve` processes on 127.0.0.1 for integration tests, and the commands that
// connect nodes to them (account add, repo add, sync, log).

#include "exchangenode.h"

#include <QJsonArray>
#include <QProcess>

#include <memory>

namespace s15n::test {

struct ServerProcess
{
    std::unique_ptr<QProcess> process;
    QString url;  // http://127.0.0.1:PORT
    quint16 port = 0;
    QString output; // what it printed on stdout and stderr so far (for messages)

    ServerProcess() = default;
    ServerProcess(const ServerProcess &) = delete;
    ServerProcess &operator=(const ServerProcess &) = delete;
    ~ServerProcess(); // kills a server the test left running
};

// Starts `s15n serve --db node.db --listen 127.0.0.1:PORT [extra]` and waits (20 s at most)
// for the line that names the port. Port 0 picks a free one.
void startServer(const ExchangeNode &node, ServerProcess *server, const QStringList &extra = {},
                 quint16 port = 0);
// SIGTERM; waits for a clean exit (code 0).
void stopServer(ServerProcess *server);
// SIGKILL, as a crash would.
void killServer(ServerProcess *server);

// Runs `s15n ARGS --db node.db` with `input` on stdin.
ProcessResult runNodeWithInput(const ExchangeNode &node, QStringList args, const QByteArray &input);

// `s15n account add USER` on `node` with the password on stdin; fails the test if refused.
void addAccount(const ExchangeNode &node, const QString &user, const QString &password,
                const QStringList &extra = {});
// `s15n repo add NAME URL --user USER` on `node`; fails the test unless it exits 0.
void addRepository(const ExchangeNode &node, const QString &name, const QString &url,
                   const QString &user, const QString &password, const QStringList &extra = {});
// `s15n sync NAME [extra]`; the result is checked by the caller.
ProcessResult syncWith(const ExchangeNode &node, const QString &repository,
                       const QStringList &extra = {});
// `s15n log --json [extra]`, newest first.
void readLog(const ExchangeNode &node, QJsonArray *entries, const QStringList &extra = {});

// Sums a count ("applied", "received", ...) over log entries of one action ("pull page").
qint64 sumLog(const QJsonArray &entries, const QString &action, const QString &count);

QString describeServer(const ServerProcess &server);

} // namespace s15n::test
