#include "resourceschema.h"

namespace s15n {

Result<ResourceSchema> ResourceSchema::load(const Database &db, const Resource &resource,
                                            const QList<Resource> &allResources)
{
    const SchemaCatalogue catalogue(db);
    Result<TableInfo> table = catalogue.describe(resource.table);
    if (!table)
        return table.status();
    ResourceSchema schema;
    schema.resource = resource;
    schema.table = table.value();
    if (const auto key = table.value().localKey())
        schema.localKey = key->name;
    for (const ColumnInfo &column : table.value().columns) {
        if (column.name == schema.localKey || column.name == resource.uuidColumn)
            continue;
        schema.fieldColumns.append(column.name);
        const auto fk = table.value().foreignKey(column.name);
        if (!fk)
            continue;
        for (const Resource &other : allResources) {
            if (other.table == fk->refTable) {
                schema.references.insert(column.name, Reference{column.name, fk->refTable,
                                                                fk->refColumn, other.uuidColumn});
                break;
            }
        }
    }
    return schema;
}

} // namespace s15n
