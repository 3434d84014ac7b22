#pragma once

#include "version/version.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <QUuid>
#include <QVariant>

namespace s15n {

// One typed column value as it travels between nodes.
struct FieldValue
{
    enum class Type { Null, Integer, Real, Text, Blob, Boolean, Reference };

    Type type = Type::Null;
    // Integer: qint64, Real: double, Text: QString, Blob: QByteArray, Boolean: bool,
    // Reference: QString (the referenced row's UUID). Null: invalid QVariant.
    QVariant value;
    QString refTable; // Reference only: the resource the UUID belongs to

    friend bool operator==(const FieldValue &a, const FieldValue &b)
    {
        return a.type == b.type && a.value == b.value && a.refTable == b.refTable;
    }
};

struct Field
{
    QString name;
    FieldValue value;

    friend bool operator==(const Field &a, const Field &b)
    {
        return a.name == b.name && a.value == b.value;
    }
};

// One row's state as of one version. A deleted row (tombstone) has no fields.
struct ChangeRecord
{
    QString rowUuid; // canonical lower-case UUID without braces
    Version version; // the version this state is
    Ancestry ancestry;
    QUuid origin; // the node that created the row (MASTER policy)
    bool deleted = false;
    QList<Field> fields;

    friend bool operator==(const ChangeRecord &a, const ChangeRecord &b)
    {
        return a.rowUuid == b.rowUuid && a.version == b.version && a.ancestry == b.ancestry &&
               a.origin == b.origin && a.deleted == b.deleted && a.fields == b.fields;
    }
};

// A page: the changes of one resource after cursor `since`, up to `cursor`.
struct ChangePage
{
    QString resource;
    qint64 since = 0;
    qint64 cursor = 0;
    bool more = false;
    QList<ChangeRecord> records;
};

// The sender of a document of pages.
struct PageSource
{
    QUuid node;
    QString nodeName;
};

} // namespace s15n
