#pragma once

#include "client/repositorystore.h"
#include "client/roundprogress.h"
#include "log/synclog.h"
#include "storage/node.h"
#include "sync/applyengine.h"

#include <QStringList>

#include <atomic>
#include <functional>

namespace s15n {

class RemoteClient;

struct RoundOptions
{
    QStringList resources; // empty: every resource both sides have
    int pageSize = 1000;
    int transferTimeoutMs = 60 * 1000;
    const std::atomic_bool *cancelled = nullptr;
    // Called on the thread that runs the round, between pages: keep it short (queue it to
    // another thread to show it there).
    std::function<void(const RoundProgress &progress)> progress;
};

struct RoundSummary
{
    ApplyCounts pulled; // applied here
    ApplyCounts pushed; // as the remote reported
    qint64 pulledPages = 0;
    qint64 pushedPages = 0;
    QStringList warnings;
};

// One sync round with a repository (design.md, "A sync round"): for each resource, pull pages
// until none is left, then push pages of this node's changes, as its mode says. Each page is
// a checkpoint: pulled pages are applied with their cursor in one transaction here, pushed
// pages with theirs in one transaction at the remote, so an interrupted round resumes where
// it stopped. Every step is written to the sync log.
class SyncRound
{
public:
    SyncRound(Node &node, const Repository &repository, const QString &password);

    Result<RoundSummary> run(const RoundOptions &options);

    // Registers this node at the remote and learns its UUID (repo add; a round does it too
    // when the node is not registered yet). Updates the repository record.
    static Status registerAt(Node &node, Repository &repository, RemoteClient &client,
                             SyncLog &log);

private:
    // `progress` holds the round's place (resources done and in all) and is reported as it goes.
    Status pullResource(RemoteClient &client, const Resource &resource, const RoundOptions &options,
                        RoundSummary &summary, RoundProgress progress);
    Status pushResource(RemoteClient &client, const ResourceSchema &schema,
                        const RoundOptions &options, qint64 maxBodyBytes, RoundSummary &summary,
                        RoundProgress progress);
    bool cancelled(const RoundOptions &options) const;
    LogEntry entry(const QString &resource, const QString &mode, const QString &action) const;
    void write(const LogEntry &entry);

    Node &m_node;
    Repository m_repository;
    QString m_password;
    SyncLog m_log;
};

} // namespace s15n
