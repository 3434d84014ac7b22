#pragma once

#include "capture/resource.h"
#include "storage/node.h"
#include "storage/schemacatalogue.h"

#include <QList>

namespace s15n {

// The synced tables of a node (s15n_resources), with their capture set up.
class ResourceStore
{
public:
    explicit ResourceStore(Node &node) : m_node(node) {}

    Result<QList<Resource>> list() const;
    Result<Resource> find(const QString &table) const; // fails if not a resource

    // Checks the table and column against the catalogue, adds and fills the UUID column if
    // missing, installs capture triggers and queues existing rows as changes. All or nothing.
    Status add(const Resource &resource);
    // add() inside the caller's open transaction (the caller commits or rolls back).
    Status addInTransaction(const Resource &resource);
    // Changes mode, strategy and policies (the table and UUID column stay).
    Status edit(const Resource &resource);
    // Stops syncing the table: triggers and s15n's records of it go; the data stays.
    Status remove(const QString &table);

    // Resources ordered so that a table comes after every resource it references.
    Result<QList<Resource>> dependencyOrder() const;

    // What add() and edit() check of the settings before anything else, with their messages:
    // MANUAL is a conflict policy only, and the strategy allows at least one operation.
    static Status validateSettings(const Resource &resource);

    static bool isPlainIdentifier(const QString &name);

private:
    Status checkTableShape(const TableInfo &table) const;
    Status checkUuidValues(const Resource &resource) const;

    Node &m_node;
};

} // namespace s15n
