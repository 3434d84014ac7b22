#include "benchtable.h"

#include "benchmeasure.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>

#include <sqlite3.h>

#include <memory>

namespace s15n::bench {

namespace {

QString sqliteError(sqlite3 *db, const char *what)
{
    return QStringLiteral("%1: %2").arg(QLatin1String(what), QString::fromUtf8(sqlite3_errmsg(db)));
}

} // namespace

// Raw bulk insert through the sqlite3 C API, same pragmas as a node (WAL, synchronous=NORMAL).
QString insertWithCApi(const QString &path, qint64 rows, bool uuidIndex, const QStringList &pragmas)
{
    sqlite3 *db = nullptr;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db,
                        SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK) {
        const QString error = sqliteError(db, "open");
        sqlite3_close(db);
        return error;
    }
    std::unique_ptr<sqlite3, int (*)(sqlite3 *)> closer(db, sqlite3_close);
    for (const char *sql : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=NORMAL", kCreateTable}) {
        if (sqlite3_exec(db, sql, nullptr, nullptr, nullptr) != SQLITE_OK)
            return sqliteError(db, sql);
    }
    if (uuidIndex && sqlite3_exec(db, kCreateIndex, nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqliteError(db, kCreateIndex);
    for (const QString &pragma : pragmas) {
        const QByteArray sql = "PRAGMA " + pragma.toUtf8();
        if (sqlite3_exec(db, sql.constData(), nullptr, nullptr, nullptr) != SQLITE_OK)
            return sqliteError(db, sql.constData());
    }
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, kInsertAll, -1, &stmt, nullptr) != SQLITE_OK)
        return sqliteError(db, "prepare");
    std::unique_ptr<sqlite3_stmt, int (*)(sqlite3_stmt *)> finalizer(stmt, sqlite3_finalize);
    if (sqlite3_exec(db, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqliteError(db, "begin");
    Row row;
    for (qint64 i = 0; i < rows; ++i) {
        makeRow(i, &row);
        sqlite3_bind_int64(stmt, 1, row.id);
        sqlite3_bind_text(stmt, 2, row.uuid, 36, SQLITE_STATIC);
        sqlite3_bind_text(stmt, 3, row.name, row.nameLength, SQLITE_STATIC);
        sqlite3_bind_text(stmt, 4, row.email, row.emailLength, SQLITE_STATIC);
        sqlite3_bind_int64(stmt, 5, row.quantity);
        sqlite3_bind_int64(stmt, 6, row.score);
        sqlite3_bind_double(stmt, 7, row.price);
        sqlite3_bind_double(stmt, 8, row.ratio);
        sqlite3_bind_blob(stmt, 9, row.payload, sizeof row.payload, SQLITE_STATIC);
        sqlite3_bind_blob(stmt, 10, row.thumb, sizeof row.thumb, SQLITE_STATIC);
        if (sqlite3_step(stmt) != SQLITE_DONE)
            return sqliteError(db, "insert");
        sqlite3_reset(stmt);
    }
    if (sqlite3_exec(db, "COMMIT", nullptr, nullptr, nullptr) != SQLITE_OK)
        return sqliteError(db, "commit");
    return QString();
}

// The way an application writes: QSqlQuery, prepared once, bound per row, one transaction.
QString insertWithQt(Node &node, qint64 rows, bool withUuid)
{
    Database &db = node.database();
    Transaction transaction(db);
    if (!transaction.status())
        return transaction.status().message();
    QSqlQuery query(db.sql());
    if (!query.prepare(QString::fromLatin1(withUuid ? kInsertAll : kInsertNoUuid)))
        return query.lastError().text();
    Row row;
    for (qint64 i = 0; i < rows; ++i) {
        makeRow(i, &row);
        int c = 0;
        query.bindValue(c++, row.id);
        if (withUuid)
            query.bindValue(c++, QString::fromLatin1(row.uuid, 36));
        query.bindValue(c++, QString::fromLatin1(row.name, row.nameLength));
        query.bindValue(c++, QString::fromLatin1(row.email, row.emailLength));
        query.bindValue(c++, row.quantity);
        query.bindValue(c++, row.score);
        query.bindValue(c++, row.price);
        query.bindValue(c++, row.ratio);
        query.bindValue(
            c++, QByteArray(reinterpret_cast<const char *>(row.payload), sizeof row.payload));
        query.bindValue(c++,
                        QByteArray(reinterpret_cast<const char *>(row.thumb), sizeof row.thumb));
        if (!query.exec())
            return query.lastError().text();
    }
    query.finish();
    return transaction.commit().message();
}

} // namespace s15n::bench
