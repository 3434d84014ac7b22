#pragma once

#include "client/remoteclient.h"
#include "client/repositorystore.h"
#include "client/syncround.h"
#include "log/synclog.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QUuid>

#include <atomic>
#include <optional>

namespace s15n {

class Node;

// Who answered at a repository's URL.
struct RemoteIdentity
{
    QUuid uuid;
    QString name;
};

// What RepositorySetup::add() did once the repository was stored.
struct AddOutcome
{
    Repository repository; // as stored, with what the registration learnt
    QString remoteName;    // the remote's name, when it answered
    bool registered = false;
    // Why this node is not registered at the remote and how to register it by hand (it is
    // also in the sync log); empty when registered.
    QString registrationFailure;
};

// The newest "round" entry of a repository in the sync log.
struct LastRound
{
    QDateTime at; // UTC
    LogResult result = LogResult::Success;
    QString message;
};

struct RepositoryOverview
{
    Repository repository;
    std::optional<LastRound> lastRound; // none: never synced
};

// Setting up the repositories of a node, for `s15n repo ...` and the admin application alike:
// checks, the remote's answer, the password in CredentialStore, registration and its log entry.
// Failures say what to do; nothing is shown to anyone here.
//
// Use it on the thread that opened `node`. On another thread than the application's main
// one, CredentialStore is called on the main thread (the Secret Service can hang when called
// from short-lived threads), waiting no longer than `cancelled` allows; the main thread must
// be running its event loop then. Network calls stop soon after `cancelled` becomes true.
class RepositorySetup
{
public:
    // No data moving for this long aborts a request to a remote.
    static constexpr int kTransferTimeoutMs = 30 * 1000;

    explicit RepositorySetup(Node &node, const std::atomic_bool *cancelled = nullptr);

    // What update() checks before it writes anything, with its messages: the CA file can be
    // read, and RepositoryStore::validate().
    static Status validateChange(const Repository &repository);

    // Asks the remote at `repository`'s URL who it is, with these credentials, its CA file and
    // proxy: fails with what is wrong (unreachable, user name or password refused, certificate
    // not trusted, another node than the UUID it names, this very node). Stores nothing; the
    // repository's name does not matter.
    Result<RemoteIdentity> testConnection(const Repository &repository, const QString &password);

    // Adds the repository: checks it, asks the remote who it is (a refusal or an untrusted
    // certificate adds nothing; an unreachable remote is added unregistered), stores the
    // password, the repository, and registers this node there. A failure means nothing was
    // added; the outcome says whether the registration worked and, if not, why and how to
    // register by hand (also written to the sync log).
    Result<AddOutcome> add(Repository repository, const QString &password);

    // Changes a stored repository (found by its name). A non-empty `newPassword` replaces the
    // stored one. The remote is not asked.
    Status update(const Repository &repository, const QString &newPassword = QString());

    // Removes a repository and its stored password; refused while scheduled jobs use it. A
    // password that could not be forgotten is not a failure: *warning says so.
    Status remove(const QString &name, QString *warning = nullptr);

    // Registers this node at the repository with its stored password (logged); returns the
    // repository as updated (registered, the remote's UUID).
    Result<Repository> registerAt(const QString &name);

    // The stored password of a repository (empty when none is stored).
    Result<QString> password(const QString &name);

    // The resources the remote of repository `name` syncs (its catalogue), asked with the
    // repository's stored password, CA file and proxy. Fails, saying what to do, when there is
    // no such repository or no stored password, when the remote cannot be reached or refuses,
    // and when another node than the repository's (or this very node) answers at its URL.
    Result<QList<Resource>> catalogue(const QString &name);

    // One sync round with the repository, with its stored password (`options.cancelled` is
    // this setup's when not set).
    Result<RoundSummary> sync(const QString &name, RoundOptions options);

    // Every repository, by name, with its newest round.
    Result<QList<RepositoryOverview>> overview();

    // The pieces of add() that ParentSetup puts together differently.
    // How to talk to the remote of `repository` with `password` (this setup's cancel flag).
    Result<RemoteOptions> remoteOptions(const Repository &repository, const QString &password);
    // The remote is the node `repository` names (if it names one), and not this one.
    Status checkIdentity(const Repository &repository, const messages::NodeInfo &info) const;
    // Keeps (or forgets) the password of repository `name` in CredentialStore.
    Status storePassword(const QString &name, const QString &password);
    void forgetPassword(const QString &name);
    // Registers this node at the just stored `repository` through `client`, or, when the
    // remote could not be reached (`unreachable` says why), logs how to register by hand.
    AddOutcome registerNew(const Repository &repository, RemoteClient &client,
                           const QString &unreachable);

private:
    // The stored password of `name`; a failure that says how to store it when there is none.
    Result<QString> storedPassword(const QString &name);
    // How to talk to the remote of the stored repository `name` (*repository gets it), with its
    // stored password.
    Result<RemoteOptions> storedRemote(const QString &name, Repository *repository);
    Result<std::optional<LastRound>> lastRound(const QString &name);
    bool isCancelled() const;
    QString scope() const;

    Node &m_node;
    const std::atomic_bool *m_cancelled = nullptr;
};

} // namespace s15n
