#pragma once

// Shared by the Log page tests (tests/gui/tst_logpage.cpp, tst_logexport.cpp): a node whose log
// holds kEntries entries of three repositories and every result, then one awkward entry
// (kSpecialMessage, every field set), with the Log page's settings in a test location.

#include "client/repositorystore.h"
#include "models/logmodel.h"
#include "pages/logpage.h"
#include "storage/node.h"

#include <QAbstractItemModel>
#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSettings>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QtTest>

#include <functional>
#include <memory>

namespace s15n::test {

inline constexpr int kEntries = 450;
inline const QString kSpecialMessage =
    QStringLiteral("Refused: \"a, b\" and\nthe rest, said \"no\"");

inline void fetchAll(QAbstractItemModel *model)
{
    while (model->canFetchMore(QModelIndex()))
        model->fetchMore(QModelIndex());
}

// A test's node with its log: its class derives from this and QObject, and calls
// initLogNode() in initTestCase().
class LogPageFixture
{
protected:
    // QSettings in a test location for `application`, without the Log page's; then the node
    // and its log.
    void initLogNode(const QString &application)
    {
        QLoggingCategory::setFilterRules(QStringLiteral("s15n.log=false")); // 451 lines of noise
        QStandardPaths::setTestModeEnabled(true); // QSettings go to a test location
        QCoreApplication::setOrganizationName(QStringLiteral("s15n-test"));
        QCoreApplication::setApplicationName(application);
        QSettings().remove(QStringLiteral("logPage"));

        QVERIFY(m_dir.isValid());
        Result<DatabaseLocation> location =
            DatabaseLocation::parse(m_dir.filePath(QStringLiteral("node.sqlite")));
        QVERIFY2(location.ok(), qPrintable(location.message()));
        Result<std::unique_ptr<Node>> node =
            Node::create(location.value(), QStringLiteral("hq"), 1);
        QVERIFY2(node.ok(), qPrintable(node.message()));
        m_node = std::move(node.value());

        // "north" and "south" are configured; "east" only appears in the log.
        RepositoryStore repositories(m_node->database());
        for (const QString &name : {QStringLiteral("north"), QStringLiteral("south")}) {
            Repository r;
            r.name = name;
            r.url = QUrl(QStringLiteral("https://%1.example.org").arg(name));
            r.username = QStringLiteral("hq");
            const Status added = repositories.add(r);
            QVERIFY2(added.ok(), qPrintable(added.message()));
        }

        const QStringList names{QStringLiteral("north"), QStringLiteral("south"),
                                QStringLiteral("east")};
        const QDateTime start(QDate(2026, 3, 1), QTime(8, 0), Qt::UTC);
        SyncLog log(m_node->database());
        Transaction transaction(m_node->database());
        QVERIFY2(transaction.status().ok(), qPrintable(transaction.status().message()));
        for (int i = 0; i < kEntries; ++i) {
            LogEntry e;
            e.at = start.addSecs(i);
            e.repository = names.at(i % 3);
            e.resource = QStringLiteral("table_%1").arg(i % 4);
            e.mode = i % 2 ? QStringLiteral("pull") : QStringLiteral("push");
            e.direction = i % 2 ? QStringLiteral("incoming") : QStringLiteral("outgoing");
            e.action = QStringLiteral("pull page");
            e.result = i % 50 == 0  ? LogResult::Fatal
                       : i % 7 == 0 ? LogResult::Error
                       : i % 5 == 0 ? LogResult::Warning
                                    : LogResult::Success;
            e.message = i % 20 == 3 ? QStringLiteral("Timeout after %1 s").arg(i)
                                    : QStringLiteral("entry %1").arg(i);
            e.received = i;
            e.applied = i / 2;
            e.durationMs = 10 * i;
            m_written << e;
        }
        LogEntry special;
        special.at = start.addSecs(kEntries);
        special.repository = QStringLiteral("north");
        special.peer = QStringLiteral("0b1a8e72-c486-4599-bd57-733ac9e540c9");
        special.resource = QStringLiteral("stock_items");
        special.mode = QStringLiteral("push");
        special.direction = QStringLiteral("outgoing");
        special.action = QStringLiteral("push page");
        special.result = LogResult::Error;
        special.remoteError = true;
        special.message = kSpecialMessage;
        special.received = 1001;
        special.applied = 1002;
        special.conflicts = 1003;
        special.skipped = 1004;
        special.failed = 1005;
        special.durationMs = 65432;
        m_written << special;
        for (const LogEntry &e : std::as_const(m_written)) {
            const Status written = log.write(e);
            QVERIFY2(written.ok(), qPrintable(written.message()));
        }
        const Status committed = transaction.commit();
        QVERIFY2(committed.ok(), qPrintable(committed.message()));
    }

    int countWritten(const std::function<bool(const LogEntry &)> &matches) const
    {
        int count = 0;
        for (const LogEntry &e : m_written)
            if (matches(e))
                ++count;
        return count;
    }

    static ui::LogModel *modelOf(ui::LogPage &page)
    {
        auto *view = page.findChild<QTableView *>(QStringLiteral("logView"));
        return view ? qobject_cast<ui::LogModel *>(view->model()) : nullptr;
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Node> m_node;
    QList<LogEntry> m_written; // in the order written (oldest first)
};

} // namespace s15n::test
