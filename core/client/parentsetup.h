#pragma once

#include "backup/backuprestorer.h"
#include "client/repositorystore.h"

#include <QString>

#include <atomic>
#include <functional>

namespace s15n {

class Node;

// Where defining the parent is, for a progress bar.
struct ParentProgress
{
    enum class Step {
        Connecting,  // asking the parent who it is
        Preparing,   // the parent writes the backup (done/total: rows)
        Downloading, // the zip comes over the web (done/total: bytes; total 0 = not known)
        Checking,    // every check of the zip (rows)
        Restoring,   // the one transaction (rows)
        Registering, // this node registers at the parent
    };
    Step step = Step::Connecting;
    qint64 done = 0;
    qint64 total = 0;
    QString table; // the table at hand, when there is one
};
using ParentProgressFunction = std::function<void(const ParentProgress &)>;

struct ParentRequest
{
    // The parent's repository as it is to be stored: url, username, and optionally name
    // (default "parent"), proxy, CA file, acceptPushes, and remoteUuid: the parent's UUID,
    // checked against what answers at the URL, and needed when it cannot be reached (so that
    // a zip from another node is refused even then).
    Repository repository;
    QString password;
    // The parent's backup zip (downloaded from it by hand); empty: fetch it from the parent
    // over the web with the repository's credentials (the child's account there).
    QString zipPath;
};

struct ParentOutcome
{
    RestoreSummary restore;
    Repository repository; // as stored
    QString parentName;
    // The parent could not be reached; the zip was checked against the UUID given.
    bool offline = false;
    bool registered = false;
    QString registrationFailure; // why not, and how to register by hand (also in the log)
    qint64 downloadedBytes = 0;
};

// Seeds this node (a child) from its parent and makes the parent one of its repositories:
// `s15n parent set` and the admin application's Define Parent dialog. Either the whole of it
// (data, resources, cursor at the snapshot, the repository and its stored password) or, on
// any failure or cancel, nothing; only the registration at the parent, last, may fail alone
// (as with `s15n repo add`).
//
// Threads as RepositorySetup: use it on the thread that opened `node`; network calls and the
// restore stop soon after `cancelled` becomes true.
class ParentSetup
{
public:
    static constexpr const char *kDefaultName = "parent";

    explicit ParentSetup(Node &node, const std::atomic_bool *cancelled = nullptr);

    Result<ParentOutcome> define(ParentRequest request,
                                 const ParentProgressFunction &progress = {});

    // Asks the parent at `repository` for a backup for the account's child and downloads it
    // to `path` (through QSaveFile: a failure leaves no file). Returns the zip's bytes.
    Result<qint64> fetch(const Repository &repository, const QString &password,
                         const QString &path, const ParentProgressFunction &progress = {});

private:
    bool isCancelled() const;

    Node &m_node;
    const std::atomic_bool *m_cancelled = nullptr;
};

} // namespace s15n
