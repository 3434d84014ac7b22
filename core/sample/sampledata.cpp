#include "sampledata.h"

#include "capture/resourcestore.h"
#include "storage/schemacatalogue.h"
#include "util/resources.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace s15n {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::SampleData", text);
}
} // namespace

QStringList SampleData::tables()
{
    return {QStringLiteral("stores"), QStringLiteral("names"), QStringLiteral("items"),
            QStringLiteral("transactions"), QStringLiteral("transaction_lines")};
}

Status SampleData::checkFree(const Database &db)
{
    Result<QStringList> existing = SchemaCatalogue(db).tables();
    if (!existing)
        return existing.status();
    for (const QString &table : tables()) {
        if (existing.value().contains(table))
            return Status::failure(tr("The database already has a table '%1'; the sample data "
                                      "needs a database without its tables (stores, names, items, "
                                      "transactions, transaction_lines).")
                                       .arg(table));
    }
    return Status();
}

Status SampleData::load(Node &node)
{
    initCoreResources();
    Database &db = node.database();
    if (Status s = checkFree(db); !s)
        return s;
    QFile file(db.dialect() == Database::Dialect::Sqlite
                   ? QStringLiteral(":/s15n/sample/sqlite.sql")
                   : QStringLiteral(":/s15n/sample/postgresql.sql"));
    if (!file.open(QIODevice::ReadOnly))
        return Status::failure(tr("The sample data is missing from this build."));
    static const QRegularExpression separator(QStringLiteral(";[ \\t]*\\n[ \\t]*\\n"));
    const QStringList statements = QString::fromUtf8(file.readAll()).split(separator);
    {
        Transaction transaction(db);
        if (!transaction.status())
            return transaction.status();
        for (const QString &part : statements) {
            QStringList lines = part.split(QLatin1Char('\n'));
            while (!lines.isEmpty() && (lines.first().trimmed().isEmpty() ||
                                        lines.first().trimmed().startsWith(QLatin1String("--"))))
                lines.removeFirst();
            const QString statement = lines.join(QLatin1Char('\n')).trimmed();
            if (statement.isEmpty())
                continue;
            if (Result<QSqlQuery> q = db.exec(statement); !q)
                return Status::failure(tr("Loading the sample data failed: %1").arg(q.message()));
        }
        if (Status s = transaction.commit(); !s)
            return s;
    }
    ResourceStore store(node);
    for (const QString &table : tables()) {
        Resource resource;
        resource.table = table;
        if (Status s = store.add(resource); !s) {
            unload(node); // the tables were made here a moment ago: take them away again
            return s;
        }
    }
    return Status();
}

} // namespace s15n

namespace s15n {

Status SampleData::unload(Node &node)
{
    Database &db = node.database();
    ResourceStore store(node);
    QStringList reversed = tables();
    std::reverse(reversed.begin(), reversed.end());
    for (const QString &table : reversed) {
        if (store.find(table)) {
            if (Status s = store.remove(table); !s)
                return s;
        }
    }
    Result<QStringList> existing = SchemaCatalogue(db).tables();
    if (!existing)
        return existing.status();
    for (const QString &table : reversed) {
        if (!existing.value().contains(table))
            continue;
        if (Result<QSqlQuery> q = db.exec(QStringLiteral("DROP TABLE %1").arg(db.quoted(table)));
            !q)
            return q.status();
    }
    return Status();
}

} // namespace s15n
