// Shared by the exchange integration tests (tests/integration/tst_exchange*.cpp): nodes
// made with the real `s15n` executable, data compared by UUID, export files read back.
#pragma once

#include "testnode.h"

#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QMetaType>
#include <QString>
#include <QStringList>
#include <QTest>

namespace s15n::test {

enum class Backend { Sqlite, Postgres };

QString toString(Backend backend);

// One node under test: its --db value, UUID and the environment its commands run in.
struct ExchangeNode
{
    QString name;
    Backend backend = Backend::Sqlite;
    QString db;
    QString uuid;
    QProcessEnvironment env;
};

// What a node starts with.
enum class Content {
    Bare,        // `s15n init` only
    SampleData,  // `s15n init --sample-data`: the sample tables with rows, all resources
    EmptySchema, // the sample tables without rows (made with sqlite3/psql), all resources
};

// The counts `s15n import --json` prints, summed over imports.
struct ImportCounts
{
    qint64 pages = 0;
    qint64 received = 0;
    qint64 applied = 0;
    qint64 conflicts = 0;
    qint64 held = 0;
    qint64 skipped = 0;
    qint64 parked = 0;
    qint64 failed = 0;
    qint64 unchanged = 0;
    QStringList messages;
    QString source;

    static ImportCounts fromJson(const QJsonObject &o);
    ImportCounts &operator+=(const ImportCounts &other);
    QString toString() const;
};

// One <row> of an export file.
struct ExportedRow
{
    QString resource;
    QString uuid;
    QString origin;
    bool deleted = false;
    QMap<QString, QString> fields; // name → "type:text"
};

// The sample tables in dependency order (parents first).
QStringList sampleTables();

// The sample schema for `backend` without its rows: the statements of resources/sample/*.sql
// other than INSERT.
QString sampleSchema(Backend backend);

// Runs `s15n ARGS --db node.db`.
ProcessResult runNode(const ExchangeNode &node, QStringList args);

// A place for a new node's database that holds nothing yet: a file name under `home`, or a
// new database on the test server (dropped by dropNodeDatabases()).
void freshLocation(const QString &home, const QString &name, Backend backend, QString *db);

// Creates a node named `name` under `home` (the test's QTemporaryDir) on `backend`.
void makeNode(ExchangeNode *node, const QString &home, const QString &name, Backend backend,
              Content content);

// Drops the PostgreSQL databases makeNode() made in this process (call it from the test
// class's cleanup(): each is a full copy of template1, and a run makes hundreds).
void dropNodeDatabases();

// Runs `script` with sqlite3/psql on the node's database; fails the test if it fails.
void sql(const ExchangeNode &node, const QString &script);

// The single value `query` returns on the node's database (fails the test otherwise).
void scalar(const ExchangeNode &node, const QString &query, QVariant *value);

// The UUID of the row of `table` whose `code` is `code`.
void uuidOf(const ExchangeNode &node, const QString &table, const QString &code, QString *uuid);

// `s15n export TABLE --out FILE [--to UUID] [--since N]`; *next gets the cursor for next time.
void exportTable(const ExchangeNode &from, const QString &table, const QString &file,
                 const QString &to = QString(), qint64 since = 0, qint64 *next = nullptr);

// `s15n import FILE --json`, which must succeed; *counts gets what it printed.
void importFile(const ExchangeNode &to, const QString &file, ImportCounts *counts);

// Exports `tables` from `from` (--to the receiver) into `folder` and imports them into `to`,
// in the order given; *counts gets the sums.
void exchange(const ExchangeNode &from, const ExchangeNode &to, const QStringList &tables,
              const QString &folder, ImportCounts *counts);

// The node's data as sorted lines "table uuid: column=value ...", references shown as the
// referenced row's UUID (so two nodes compare whatever their integer keys), values in a form
// that is the same for SQLite and PostgreSQL.
void dumpData(const ExchangeNode &node, QStringList *lines,
              const QStringList &tables = sampleTables());

// Everything a command could change: dumpData() plus s15n's own bookkeeping (row metadata,
// cursors, parked rows, held conflicts, sequence, resources, identity). Runs an export first,
// so that changes still waiting for their place in the sequence get it.
void snapshot(const ExchangeNode &node, QStringList *lines);

// Empty if `a` and `b` hold the same lines, else a description of the first differences.
QString difference(const QStringList &a, const QStringList &b, const QString &nameA = QString(),
                   const QString &nameB = QString());

// The rows of an export file, in file order; fails the test if it cannot be read.
void readExport(const QString &file, QList<ExportedRow> *rows);

QString readText(const QString &file);
void writeText(const QString &file, const QString &text);

} // namespace s15n::test

Q_DECLARE_METATYPE(s15n::test::Backend)

// Calls a helper that may fail the test (QVERIFY inside) and returns if it did.
#define CHECKED(call)                                                                              \
    do {                                                                                           \
        call;                                                                                      \
        if (QTest::currentTestFailed())                                                            \
            return;                                                                                \
    } while (false)

// PostgreSQL rows need the ctest fixture's server. Under ctest (which names the fixture's URL
// file) or in CI its absence is a failure; only a test binary run by hand skips them.
#define REQUIRE_BACKEND(backend)                                                                   \
    do {                                                                                           \
        if ((backend) == s15n::test::Backend::Postgres &&                                          \
            s15n::test::postgresServerUrl().isEmpty()) {                                           \
            if (qEnvironmentVariableIsSet("CI") ||                                                 \
                qEnvironmentVariableIsSet("S15N_TEST_PG_URL_FILE"))                                \
                QFAIL("No PostgreSQL test server: run the tests through ctest (CI is set, so "     \
                      "this is a failure, not a skip).");                                          \
            QSKIP("No PostgreSQL test server: run the tests through ctest.");                      \
        }                                                                                          \
    } while (false)
