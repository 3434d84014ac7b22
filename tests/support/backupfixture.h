#pragma once

// Shared by the backup integration tests (tests/integration/tst_backup.cpp,
// tst_backupfailures.cpp): nodes made for one test (PostgreSQL databases dropped after it), the
// entries of a zip, and everything in a database as text to compare before and after.

#include "nodefixture.h"
#include "sample/sampledata.h"
#include "testnode.h"

#include <QTemporaryDir>

#include <quazip.h>
#include <quazipfile.h>

#include <memory>

namespace s15n::test {

struct ZipEntry
{
    QString name;
    QByteArray data;
};

inline QList<ZipEntry> readZip(const QString &path)
{
    QList<ZipEntry> entries;
    QuaZip zip(path);
    if (!zip.open(QuaZip::mdUnzip))
        return entries;
    for (bool more = zip.goToFirstFile(); more; more = zip.goToNextFile()) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::ReadOnly))
            return {};
        entries.append({zip.getCurrentFileName(), file.readAll()});
        file.close();
    }
    return entries;
}

inline QString cellText(const QVariant &v)
{
    if (v.isNull())
        return QStringLiteral("NULL");
    if (v.typeId() == QMetaType::QByteArray)
        return QStringLiteral("x'") + QString::fromLatin1(v.toByteArray().toHex()) +
               QStringLiteral("'");
    if (v.typeId() == QMetaType::Bool)
        return v.toBool() ? QStringLiteral("1") : QStringLiteral("0");
    return v.toString();
}

inline QStringList rowsOf(const QString &db, const QString &query)
{
    QString error;
    const QList<QVariantList> rows = querySql(db, query, &error);
    if (!error.isEmpty())
        return {QStringLiteral("ERROR ") + error};
    QStringList lines;
    for (const QVariantList &row : rows) {
        QStringList values;
        for (const QVariant &v : row)
            values.append(cellText(v));
        lines.append(values.join(QStringLiteral(" | ")));
    }
    lines.sort();
    return lines;
}

// Everything in the database, through a connection of its own: the schema (tables, columns,
// indexes, triggers) and every row of every table, s15n's own included.
inline QStringList dumpDatabase(const QString &db)
{
    QStringList lines;
    QStringList tables;
    if (isPostgresLocation(db)) {
        lines << rowsOf(
            db, QStringLiteral("SELECT table_name, column_name, data_type, is_nullable FROM "
                               "information_schema.columns WHERE table_schema = current_schema()"));
        lines << rowsOf(
            db, QStringLiteral("SELECT indexname, indexdef FROM pg_indexes WHERE schemaname = "
                               "current_schema()"));
        lines << rowsOf(db, QStringLiteral("SELECT tgname FROM pg_trigger WHERE NOT tgisinternal"));
        for (const QString &line :
             rowsOf(db, QStringLiteral(
                            "SELECT table_name FROM information_schema.tables WHERE table_schema = "
                            "current_schema() AND table_type = 'BASE TABLE'")))
            tables << line;
    } else {
        lines << rowsOf(db, QStringLiteral("SELECT type, name, sql FROM sqlite_master"));
        for (const QString &line :
             rowsOf(db, QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table'")))
            tables << line;
    }
    for (const QString &table : std::as_const(tables)) {
        for (const QString &row : rowsOf(db, QStringLiteral("SELECT * FROM \"%1\"").arg(table)))
            lines << table + QStringLiteral(": ") + row;
    }
    return lines;
}

// A test's nodes: its class derives from this and QObject, and calls dropPostgresDatabases()
// in its cleanup().
class BackupFixture
{
protected:
    std::unique_ptr<Node> makeNode(Backend backend, const QString &name, bool sample)
    {
        Result<DatabaseLocation> location = freshLocation(backend, m_dir.path());
        if (!S15N_OK(location))
            return nullptr;
        if (backend == Backend::Postgres)
            m_postgres << location.value().toString();
        Result<std::unique_ptr<Node>> node = Node::create(location.value(), name, sample ? 1 : 0);
        if (!S15N_OK(node))
            return nullptr;
        if (sample && !S15N_OK(SampleData::load(*node.value())))
            return nullptr;
        return std::move(node.value());
    }
    QString zipPath(const QString &name) const { return m_dir.filePath(name); }
    void dropPostgresDatabases()
    {
        QString error;
        for (const QString &db : std::as_const(m_postgres)) {
            if (!dropPostgresDatabase(db, &error))
                qWarning("could not drop %s: %s", qPrintable(db), qPrintable(error));
        }
        m_postgres.clear();
    }

    QTemporaryDir m_dir;
    QStringList m_postgres; // databases made by this test, dropped after each
};

} // namespace s15n::test
