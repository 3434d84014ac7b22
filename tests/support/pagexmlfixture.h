#pragma once

// Shared by the change document tests (tests/unit/tst_pagexml.cpp, tst_pageerrors.cpp): records
// and pages made by hand, and documents written and read through PageWriter and PageReader.

#include "sync/pagereader.h"
#include "sync/pagewriter.h"

#include <QBuffer>
#include <QDebug>

namespace s15n::test {

inline const QUuid kNode =
    QUuid::fromString(QStringLiteral("{6f1c2a4e-8b3d-4c5f-9a7e-1d2b3c4d5e6f}"));
inline const QUuid kOtherNode =
    QUuid::fromString(QStringLiteral("{0a1b2c3d-4e5f-4a6b-8c7d-9e0f1a2b3c4d}"));
inline const QString kRowUuid = QStringLiteral("3f2504e0-4f89-41d3-9a0c-0305e82c3301");
inline const QString kRefUuid = QStringLiteral("b1d7c0e2-5a4f-4e3b-8c2d-1f0e9d8c7b6a");

inline Version makeVersion(qint64 millis, quint16 counter = 0, const QUuid &node = kNode)
{
    Version v;
    v.millis = millis;
    v.counter = counter;
    v.node = node;
    return v;
}

inline QString rowUuid(int n)
{
    return QStringLiteral("%1-0000-4000-8000-000000000000").arg(n, 8, 16, QLatin1Char('0'));
}

inline FieldValue value(FieldValue::Type type, const QVariant &v = QVariant(),
                        const QString &table = {})
{
    FieldValue fv;
    fv.type = type;
    fv.value = v;
    fv.refTable = table;
    return fv;
}

inline ChangeRecord makeRecord(const QString &uuid, QList<Field> fields = {})
{
    ChangeRecord r;
    r.rowUuid = uuid;
    r.version = makeVersion(1700000000000, 3);
    r.ancestry =
        Ancestry({makeVersion(1690000000000, 1), makeVersion(1680000000000, 0, kOtherNode)});
    r.origin = kOtherNode;
    r.fields = std::move(fields);
    return r;
}

inline QByteArray writeDocument(const QList<ChangePage> &pages,
                                const PageSource &source = {kNode, QStringLiteral("hq")})
{
    QByteArray xml;
    QBuffer buffer(&xml);
    buffer.open(QIODevice::WriteOnly);
    PageWriter writer(&buffer);
    writer.startDocument(source);
    for (const ChangePage &page : pages)
        writer.writePage(page);
    writer.endDocument();
    if (writer.hasError())
        qWarning() << writer.errorString();
    return writer.hasError() ? QByteArray() : xml;
}

// A PageReader over a copy of `xml`.
struct BufferReader
{
    explicit BufferReader(const QByteArray &xml, bool fastPath = true) : buffer(), reader(&buffer)
    {
        buffer.setData(xml);
        buffer.open(QIODevice::ReadOnly);
        reader.setFastPathEnabled(fastPath);
    }
    QBuffer buffer;
    PageReader reader;
};

// All pages of `xml`; *error gets the reader's error, if any.
inline QList<ChangePage> readDocument(const QByteArray &xml, QString *error = nullptr,
                                      PageSource *source = nullptr, bool fastPath = true)
{
    BufferReader r(xml, fastPath);
    PageReader &reader = r.reader;
    QList<ChangePage> pages;
    ChangePage page;
    while (reader.readNextPage(&page))
        pages.append(page);
    if (error)
        *error = reader.errorString();
    if (source)
        *source = reader.source();
    return pages;
}

inline ChangePage onePage(const QList<ChangeRecord> &records,
                          const QString &resource = QStringLiteral("items"))
{
    ChangePage page;
    page.resource = resource;
    page.since = 7;
    page.cursor = 42;
    page.records = records;
    return page;
}

} // namespace s15n::test
