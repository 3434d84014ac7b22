#pragma once

#include "storage/database.h"
#include "version/hybridclock.h"

#include <QUuid>

#include <memory>

namespace s15n {

struct NodeSettings;

struct NodeIdentity
{
    QUuid uuid; // made once at init, never changed
    QString name;
    int syncId = 0; // 0 = none; 1..64, 1 = the parent/primary
};

// One node: its database (application tables + s15n_ metadata), identity and clock.
class Node
{
public:
    static constexpr int kMaxSyncId = 64;

    // Makes a node in the database at `location` (creating a SQLite file if needed).
    // Refused when that database already holds a node.
    static Result<std::unique_ptr<Node>> create(const DatabaseLocation &location,
                                                const QString &name, int syncId,
                                                const QString &password = {});
    static Result<std::unique_ptr<Node>> open(const DatabaseLocation &location,
                                              const QString &password = {});

    Database &database() { return m_db; }
    const NodeIdentity &identity() const { return m_identity; }
    Result<int> schemaVersion() const;

    Status setName(const QString &name);
    Status setSyncId(int syncId);
    // What the Settings page saves: the node's name and sync ID with its settings. Everything
    // is checked first, then written in one transaction: all of it, or on any failure
    // nothing (and identity() stays as it was).
    Status saveSettings(const QString &name, int syncId, const NodeSettings &settings);

    // The clock, restored from the database; persist it with saveClock() inside the
    // transaction that used it, so a version is never handed out twice.
    HybridClock &clock() { return *m_clock; }
    Status saveClock();
    // Re-reads the persisted clock (another process may have advanced it).
    Status reloadClock();

    static Status validateSyncId(int syncId);

private:
    Node() = default;
    static Result<std::unique_ptr<Node>> initialise(const DatabaseLocation &location,
                                                    const QString &name, int syncId,
                                                    const QString &password);
    Status load();
    Status setValue(const QString &key, const QString &value);

    Database m_db;
    NodeIdentity m_identity;
    std::unique_ptr<HybridClock> m_clock;
};

} // namespace s15n
