#pragma once

#include "capture/resource.h"
#include "storage/database.h"
#include "storage/schemacatalogue.h"

#include <QHash>
#include <QStringList>

namespace s15n {

// How one resource table's columns travel: which are fields, which are references to
// other resources (sent as the referenced row's UUID), and which stay local.
struct ResourceSchema
{
    Resource resource;
    TableInfo table;
    QString localKey; // integer primary key that never travels; may be empty

    struct Reference
    {
        QString column;    // the foreign key column here
        QString refTable;  // the referenced resource
        QString refColumn; // the column it references there (usually its key)
        QString refUuidColumn;
    };
    QStringList fieldColumns;             // travelling columns, references included, in table order
    QHash<QString, Reference> references; // by column

    // Builds the schema from the catalogue and the node's resources.
    static Result<ResourceSchema> load(const Database &db, const Resource &resource,
                                       const QList<Resource> &allResources);
};

} // namespace s15n
