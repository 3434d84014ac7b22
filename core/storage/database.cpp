#include "database.h"

#include <QAtomicInteger>
#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlRecord>
#include <QThread>

Q_LOGGING_CATEGORY(lcStorage, "s15n.storage")

namespace s15n {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::Database", text);
}

QString nextConnectionName()
{
    static QAtomicInteger<quint64> counter;
    return QStringLiteral("s15n-%1").arg(counter.fetchAndAddRelaxed(1));
}

QString errorText(const QSqlError &error)
{
    QString text = error.databaseText().trimmed();
    if (text.isEmpty())
        text = error.text().trimmed();
    return text;
}

} // namespace

Database::Database() : m_connectionName(nextConnectionName()) {}

Database::~Database()
{
    close();
}

Status Database::open(const DatabaseLocation &location, bool create, const QString &password)
{
    close();
    m_location = location;
    m_password = password;
    if (location.kind == DatabaseLocation::Kind::Sqlite) {
        m_dialect = Dialect::Sqlite;
        const QFileInfo info(location.path);
        if (!info.exists()) {
            if (!create)
                return Status::failure(
                    tr("No node database at %1. Create one with 's15n init' or give --db.")
                        .arg(location.path));
            if (!QDir().mkpath(info.absolutePath()))
                return Status::failure(
                    tr("Cannot create the folder %1 for the database.").arg(info.absolutePath()));
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        if (!db.isValid())
            return Status::failure(
                tr("The Qt SQLite driver is missing: install libqt6sql6-sqlite."));
        db.setDatabaseName(location.path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
        if (!db.open())
            return Status::failure(
                tr("Cannot open %1: %2").arg(location.path, errorText(db.lastError())));
        for (const char *pragma :
             {"PRAGMA synchronous=NORMAL", "PRAGMA foreign_keys=ON",
              // A bounded 32 MB page cache. Temporaries stay on disk: in memory, building the
              // UUID index of a large table would take memory growing with its rows.
              "PRAGMA cache_size=-32768"}) {
            QSqlQuery q(db);
            if (!q.exec(QString::fromLatin1(pragma)))
                return Status::failure(
                    tr("Cannot set up %1: %2").arg(location.path, errorText(q.lastError())));
        }
        return Status();
    }

    m_dialect = Dialect::Postgresql;
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
    if (!db.isValid())
        return Status::failure(tr("The Qt PostgreSQL driver is missing: install libqt6sql6-psql."));
    db.setHostName(location.host);
    db.setPort(location.port);
    db.setUserName(location.user);
    db.setDatabaseName(location.database);
    if (!password.isEmpty())
        db.setPassword(password);
    db.setConnectOptions(QStringLiteral("connect_timeout=10;application_name=s15n"));
    if (!db.open())
        return Status::failure(
            tr("Cannot connect to %1: %2").arg(location.toString(), errorText(db.lastError())));
    QSqlQuery q(db);
    // UTC, so timestamptz values read as text carry +00 and every node reads them alike.
    if (!q.exec(QStringLiteral("SET client_min_messages TO warning")) ||
        !q.exec(QStringLiteral("SET TIME ZONE 'UTC'")))
        return Status::failure(errorText(q.lastError()));
    return Status();
}

void Database::close()
{
    if (!QSqlDatabase::contains(m_connectionName))
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

Status Database::ensureConnected()
{
    if (m_dialect == Dialect::Sqlite)
        return Status();
    if (isOpen()) {
        QSqlQuery probe(sql());
        if (probe.exec(QStringLiteral("SELECT 1")))
            return Status();
    }
    qCWarning(lcStorage) << "lost the connection to" << m_location.toString() << "; connecting again";
    const DatabaseLocation location = m_location;
    const QString password = m_password;
    if (Status s = open(location, false, password); !s)
        return Status::failure(tr("The database %1 cannot be reached: %2")
                                   .arg(location.toString(), s.message()));
    return Status();
}

bool Database::isOpen() const
{
    return QSqlDatabase::contains(m_connectionName) && sql().isOpen();
}

QSqlDatabase Database::sql() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

Result<QSqlQuery> Database::exec(const QString &statement, const QVariantList &values) const
{
    QSqlQuery query(sql());
    query.setForwardOnly(true);
    if (values.isEmpty()) {
        // Not prepared: PostgreSQL cannot PREPARE DDL, and nothing is bound anyway.
        if (!query.exec(statement)) {
            const QString message = errorText(query.lastError());
            qCWarning(lcStorage) << "statement failed:" << message << statement;
            return Status::failure(message);
        }
        return query;
    }
    if (!query.prepare(statement)) {
        const QString message = errorText(query.lastError());
        qCWarning(lcStorage) << "prepare failed:" << message << statement;
        return Status::failure(message);
    }
    for (const QVariant &value : values)
        query.addBindValue(value);
    if (!query.exec()) {
        const QString message = errorText(query.lastError());
        qCWarning(lcStorage) << "statement failed:" << message << statement;
        return Status::failure(message);
    }
    return query;
}

Result<QVariant> Database::scalar(const QString &statement, const QVariantList &values) const
{
    Result<QSqlQuery> query = exec(statement, values);
    if (!query)
        return query.status();
    if (!query.value().next())
        return QVariant();
    return query.value().value(0);
}

Status Database::enableWal()
{
    // Persistent, so only for node databases: merely looking at another database must not
    // change it.
    if (m_dialect != Dialect::Sqlite)
        return Status();
    QSqlQuery q(sql());
    if (!q.exec(QStringLiteral("PRAGMA journal_mode=WAL")))
        return Status::failure(
            tr("Cannot switch %1 to WAL: %2").arg(m_location.path, errorText(q.lastError())));
    return Status();
}

Status Database::begin()
{
    QSqlDatabase db = sql();
    if (m_dialect == Dialect::Sqlite) {
        // IMMEDIATE takes the write lock now, so a busy database waits here (busy timeout)
        // rather than failing halfway through.
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return Status::failure(
                tr("Cannot start a transaction: %1").arg(errorText(q.lastError())));
        return Status();
    }
    if (!db.transaction())
        return Status::failure(tr("Cannot start a transaction: %1").arg(errorText(db.lastError())));
    return Status();
}

Status Database::commit()
{
    QSqlDatabase db = sql();
    if (m_dialect == Dialect::Sqlite) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("COMMIT")))
            return Status::failure(tr("Cannot commit: %1").arg(errorText(q.lastError())));
        return Status();
    }
    if (!db.commit())
        return Status::failure(tr("Cannot commit: %1").arg(errorText(db.lastError())));
    return Status();
}

void Database::rollback()
{
    QSqlDatabase db = sql();
    if (m_dialect == Dialect::Sqlite) {
        QSqlQuery q(db);
        if (!q.exec(QStringLiteral("ROLLBACK")))
            qCWarning(lcStorage) << "rollback failed:" << errorText(q.lastError());
        return;
    }
    if (!db.rollback())
        qCWarning(lcStorage) << "rollback failed:" << errorText(db.lastError());
}

QString Database::quoted(const QString &identifier) const
{
    QString escaped = identifier;
    escaped.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + escaped + QLatin1Char('"');
}

Transaction::Transaction(Database &db) : m_db(db)
{
    m_status = m_db.begin();
    m_open = m_status.ok();
}

Transaction::~Transaction()
{
    if (m_open)
        m_db.rollback();
}

Status Transaction::commit()
{
    if (!m_open)
        return m_status.ok() ? Status::failure(tr("The transaction is already finished."))
                             : m_status;
    m_open = false;
    Status s = m_db.commit();
    // A refused COMMIT (SQLite busy) leaves SQLite's transaction open: end it, so the
    // connection is not left inside it. PostgreSQL ends the transaction itself.
    if (!s && m_db.dialect() == Database::Dialect::Sqlite)
        m_db.rollback();
    return s;
}

} // namespace s15n
