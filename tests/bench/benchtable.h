#pragma once

// The benchmark table (10 columns, see Row) and the two ways of filling it that every
// benchmark compares against: the raw sqlite3 C API and a plain QSqlQuery loop.

#include "storage/node.h"

#include <QStringList>

namespace s15n::bench {

inline constexpr char kTable[] = "bench_items";

inline constexpr char kCreateTable[] =
    "CREATE TABLE bench_items (id INTEGER PRIMARY KEY, uuid TEXT, name TEXT NOT NULL, "
    "email TEXT, quantity INTEGER, score INTEGER, price REAL, ratio REAL, payload BLOB, "
    "thumb BLOB)";
inline constexpr char kCreateIndex[] = "CREATE UNIQUE INDEX bench_items_uuid ON bench_items (uuid)";
inline constexpr char kInsertAll[] =
    "INSERT INTO bench_items (id, uuid, name, email, quantity, score, "
    "price, ratio, payload, thumb) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";
inline constexpr char kInsertNoUuid[] =
    "INSERT INTO bench_items (id, name, email, quantity, score, price, "
    "ratio, payload, thumb) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)";

// Raw bulk insert through the sqlite3 C API into a fresh file (the baseline): WAL,
// synchronous=NORMAL like a node, one prepared statement, one transaction. `pragmas` are
// extra "NAME=VALUE" settings for experiments. Empty on success, else what failed.
QString insertWithCApi(const QString &path, qint64 rows, bool uuidIndex,
                       const QStringList &pragmas = {});

// The way an application writes: QSqlQuery, prepared once, bound per row, one transaction.
QString insertWithQt(Node &node, qint64 rows, bool withUuid);

} // namespace s15n::bench
