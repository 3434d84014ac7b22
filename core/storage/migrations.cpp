#include "migrations.h"

#include "util/resources.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QRegularExpression>
#include <QSqlDriver>

#include <map>

namespace s15n {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::Migrations", text);
}

QString folder(Database::Dialect dialect)
{
    return dialect == Database::Dialect::Sqlite ? QStringLiteral(":/s15n/migrations/sqlite")
                                                : QStringLiteral(":/s15n/migrations/postgresql");
}

// version → resource path
std::map<int, QString> scripts(Database::Dialect dialect)
{
    std::map<int, QString> result;
    initCoreResources();
    const QDir dir(folder(dialect));
    for (const QString &name : dir.entryList({QStringLiteral("*.sql")}, QDir::Files)) {
        bool ok = false;
        const int version = name.section(QLatin1Char('_'), 0, 0).toInt(&ok);
        if (ok)
            result[version] = dir.filePath(name);
    }
    return result;
}

QStringList statements(const QString &script)
{
    static const QRegularExpression separator(QStringLiteral(";[ \\t]*\\n[ \\t]*\\n"));
    QStringList result;
    for (const QString &part : script.split(separator)) {
        QString statement = part.trimmed();
        if (statement.endsWith(QLatin1Char(';')))
            statement.chop(1);
        // Drop leading comment lines so a pure-comment chunk is skipped.
        QStringList lines = statement.split(QLatin1Char('\n'));
        while (!lines.isEmpty() && (lines.first().trimmed().startsWith(QLatin1String("--")) ||
                                    lines.first().trimmed().isEmpty()))
            lines.removeFirst();
        statement = lines.join(QLatin1Char('\n')).trimmed();
        if (!statement.isEmpty())
            result.append(statement);
    }
    return result;
}

} // namespace

int Migrations::latestVersion(Database::Dialect dialect)
{
    const auto all = scripts(dialect);
    return all.empty() ? 0 : all.rbegin()->first;
}

Result<int> Migrations::currentVersion(const Database &db)
{
    if (!db.sql().tables().contains(QStringLiteral("s15n_migrations")))
        return 0;
    Result<QVariant> value = db.scalar(QStringLiteral("SELECT MAX(version) FROM s15n_migrations"));
    if (!value)
        return value.status();
    return value.value().toInt();
}

Status Migrations::apply(Database &db)
{
    Result<int> current = currentVersion(db);
    if (!current)
        return current.status();
    for (const auto &[version, path] : scripts(db.dialect())) {
        if (version <= current.value())
            continue;
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Status::failure(tr("Missing migration %1.").arg(path));
        Transaction transaction(db);
        if (!transaction.status())
            return transaction.status();
        for (const QString &statement : statements(QString::fromUtf8(file.readAll()))) {
            Result<QSqlQuery> q = db.exec(statement);
            if (!q)
                return Status::failure(
                    tr("Migration %1 failed: %2").arg(QString::number(version), q.message()));
        }
        Result<QSqlQuery> q = db.exec(
            QStringLiteral("INSERT INTO s15n_migrations (version, applied_at) VALUES (?, ?)"),
            {version, QDateTime::currentDateTimeUtc().toString(Qt::ISODate)});
        if (!q)
            return q.status();
        if (Status s = transaction.commit(); !s)
            return s;
    }
    return Status();
}

Status Migrations::removeAll(Database &db)
{
    QStringList tables;
    for (const QString &table : db.sql().tables()) {
        if (table.startsWith(QLatin1String("s15n_")))
            tables.append(table);
    }
    for (const QString &table : tables) {
        if (Result<QSqlQuery> q = db.exec(QStringLiteral("DROP TABLE %1").arg(db.quoted(table)));
            !q)
            return q.status();
    }
    if (db.dialect() == Database::Dialect::Postgresql) {
        for (const char *function : {"s15n_capture()", "s15n_fill_uuid()"}) {
            if (Result<QSqlQuery> q = db.exec(QStringLiteral("DROP FUNCTION IF EXISTS %1")
                                                  .arg(QString::fromLatin1(function)));
                !q)
                return q.status();
        }
    }
    return Status();
}

} // namespace s15n
