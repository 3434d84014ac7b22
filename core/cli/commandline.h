#pragma once

#include "schedule/jobrunner.h"
#include "storage/node.h"

#include <QCommandLineParser>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace s15n {

// The headless `s15n` tool: `s15n VERB [SUBVERB] [options]`. Each verb group lives in its
// own file (nodecommands.cpp, resourcecommands.cpp, exchangecommands.cpp, ...).
class CommandLine
{
public:
    CommandLine();
    int run(const QStringList &arguments);

private:
    int usage(int exitCode);
    int fail(const QString &message);

    // Shared option handling.
    void addDatabaseOption(QCommandLineParser &parser);
    bool parse(QCommandLineParser &parser, const QStringList &arguments, const QString &syntax);
    Result<DatabaseLocation> location(const QCommandLineParser &parser);
    Result<std::unique_ptr<Node>> openNode(const QCommandLineParser &parser);
    QString databasePassword(const DatabaseLocation &location);
    QString readSecretFromStdin();
    // Prints rows under headers, each column padded to its widest cell.
    void printTable(const QStringList &headers, const QList<QStringList> &rows);
    // A password: prompted for without echo on a terminal, else one line of stdin.
    QString readSecret(const QString &prompt);
    // A new password for `user` (account add/password, child add/edit --password): asked for
    // twice on a terminal, else one line of stdin. Refused when empty or the two differ.
    Result<QString> readNewPassword(const QString &prompt, const QString &user);
    // Runs one sync round of a repository on the node that `parser` names (`job run`, worker).
    RoundRunner roundRunner(const QCommandLineParser &parser);
    // The scheduled-jobs worker of `serve` (null if it cannot start; the reason is printed).
    std::unique_ptr<QObject> startWorker(const QCommandLineParser &parser);
    void stopWorker(QObject *worker);

    int init(const QStringList &arguments);
    int info(const QStringList &arguments);
    int dbPassword(const QStringList &arguments);
    int resource(const QStringList &arguments);
    int exportChanges(const QStringList &arguments);
    int importChanges(const QStringList &arguments);
    int conflicts(const QStringList &arguments);
    int serve(const QStringList &arguments);   // servecommands.cpp
    int peer(const QStringList &arguments);    // servecommands.cpp
    int account(const QStringList &arguments); // accountcommands.cpp
    int child(const QStringList &arguments);   // childcommands.cpp
    int backup(const QStringList &arguments);  // backupcommands.cpp
    int parent(const QStringList &arguments);  // backupcommands.cpp
    int repo(const QStringList &arguments);    // repocommands.cpp
    int sync(const QStringList &arguments);    // repocommands.cpp
    int changes(const QStringList &arguments); // changescommands.cpp
    int job(const QStringList &arguments);     // jobcommands.cpp
    int log(const QStringList &arguments);     // logcommands.cpp
    int settings(const QStringList &arguments); // settingscommands.cpp

    QTextStream m_out;
    QTextStream m_err;
};

} // namespace s15n
