#pragma once

// Shared by the Data page tests (tests/gui/tst_datapage.cpp, tst_datasubmit.cpp): the page with
// its questions answered, and a node with the sample data on SQLite or PostgreSQL for each test.

#include "models/resourcetablemodel.h"
#include "pages/datapage.h"
#include "storage/node.h"
#include "storage/nodesetup.h"

#include <QDateTime>
#include <QTemporaryDir>
#include <QUuid>
#include <QtTest>

#include "exchangenode.h"

#include <memory>

// Its own namespace: childrenpagefixture.h has a Page and a child() of its own.
namespace s15n::test::datapage {

// The page, with its questions answered and its message boxes recorded by the test.
class Page : public ui::DataPage
{
public:
    using DataPage::DataPage;

    bool answer = true;
    int questions = 0;
    QStringList errors;

protected:
    bool confirm(const QString &, const QString &) override
    {
        ++questions;
        return answer;
    }
    void showError(const QString &title, const QString &message) override
    {
        errors << title + QStringLiteral(": ") + message;
    }
};

template <typename T> T *child(QObject *parent, const char *name)
{
    auto *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no widget %s", name);
    return w;
}

// A test's node: its class derives from this and QObject, makes the node in each test with
// makeNode() and calls dropNode() in cleanup().
class DataPageFixture
{
protected:
    QTemporaryDir m_dir;
    std::unique_ptr<Node> m_node;
    QStringList m_databases; // PostgreSQL databases to drop

    // A node with the sample data on `backend`; false (test failed or skipped) if there is none.
    bool makeNode(Backend backend)
    {
        DatabaseLocation location;
        if (backend == Backend::Postgres) {
            if (postgresServerUrl().isEmpty()) {
                if (qEnvironmentVariableIsSet("CI") ||
                    qEnvironmentVariableIsSet("S15N_TEST_PG_URL_FILE"))
                    QTest::qFail("No PostgreSQL test server: run the tests through ctest (CI is "
                                 "set, so this is a failure, not a skip).",
                                 __FILE__, __LINE__);
                else
                    QTest::qSkip("No PostgreSQL test server: run the tests through ctest.",
                                 __FILE__, __LINE__);
                return false;
            }
            QString error;
            const QString url = createPostgresDatabase(
                QStringLiteral("gui_data_") + QUuid::createUuid().toString(QUuid::Id128).left(12),
                &error);
            if (url.isEmpty()) {
                QTest::qFail(qPrintable(QStringLiteral("no PostgreSQL database: ") + error),
                             __FILE__, __LINE__);
                return false;
            }
            m_databases << url;
            location = DatabaseLocation::parse(url).value();
        } else {
            location =
                DatabaseLocation::parse(
                    m_dir.filePath(
                        QStringLiteral("n%1.sqlite").arg(QDateTime::currentMSecsSinceEpoch())))
                    .value();
        }
        Result<std::unique_ptr<Node>> node =
            NodeSetup::create(location, QStringLiteral("clinic"), 0, /*withSampleData=*/true);
        if (!node.ok()) {
            QTest::qFail(qPrintable(node.message()), __FILE__, __LINE__);
            return false;
        }
        m_node = std::move(node.value());
        return true;
    }

    // The node closed and its PostgreSQL databases dropped, after each test.
    void dropNode()
    {
        m_node.reset();
        for (const QString &db : std::as_const(m_databases)) {
            QString error;
            if (!dropPostgresDatabase(db, &error))
                qWarning("%s", qPrintable(error));
        }
        m_databases.clear();
    }

    QVariant value(const QString &sql, const QVariantList &args = {})
    {
        Result<QVariant> v = m_node->database().scalar(sql, args);
        if (!v)
            qWarning("%s", qPrintable(v.message()));
        return v ? v.value() : QVariant();
    }

    qint64 changes(const QString &table, const QString &uuid, const QString &op)
    {
        return value(QStringLiteral("SELECT COUNT(*) FROM s15n_changes WHERE table_name = ? AND "
                                    "row_uuid = ? AND op = ?"),
                     {table, uuid, op})
            .toLongLong();
    }

    static int rowOf(ui::ResourceTableModel *model, const QString &column, const QVariant &v)
    {
        while (model->canFetchMore(QModelIndex()))
            model->fetchMore(QModelIndex());
        const int c = model->fieldIndex(column);
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->data(model->index(r, c), Qt::EditRole).toString() == v.toString())
                return r;
        }
        return -1;
    }

    static QModelIndex cell(ui::ResourceTableModel *model, int row, const QString &column)
    {
        return model->index(row, model->fieldIndex(column));
    }

    static void addBackends()
    {
        QTest::addColumn<Backend>("backend");
        QTest::newRow("sqlite") << Backend::Sqlite;
        QTest::newRow("postgresql") << Backend::Postgres;
    }
};

} // namespace s15n::test::datapage
