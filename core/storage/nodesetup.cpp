#include "nodesetup.h"

#include "sample/sampledata.h"
#include "storage/migrations.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcNodeSetup, "s15n.storage.setup")

namespace s15n {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::NodeSetup", text);
}

// Undoes a node made by create(): the new SQLite file goes; in an existing database, the
// sample data (if `withSampleData` loaded it) and s15n's tables are dropped.
Status discardNode(std::unique_ptr<Node> node, const DatabaseLocation &location, bool newFile,
                   bool withSampleData)
{
    if (!newFile) {
        // The application's own tables are never touched; only s15n's and the sample's go.
        if (withSampleData) {
            if (Status s = SampleData::unload(*node); !s)
                return s;
        }
        if (Status s = Migrations::removeAll(node->database()); !s)
            return s;
        return Status();
    }
    node.reset(); // closes the connection
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(location.path + suffix);
    return Status();
}

// A cancel that came once the node was made: it goes again.
Status undoForCancel(std::unique_ptr<Node> node, const DatabaseLocation &location, bool newFile,
                     bool withSampleData)
{
    qCInfo(lcNodeSetup) << "cancelled: undoing the node in" << location.toString();
    if (Status undone = discardNode(std::move(node), location, newFile, withSampleData); !undone)
        return Status::failure(tr("Cancelled, but undoing the node failed (%1); remove %2 or "
                                  "its s15n_ tables by hand.")
                                   .arg(undone.message(), location.toString()));
    return Status::failure(NodeSetup::cancelledMessage());
}

} // namespace

QString NodeSetup::cancelledMessage()
{
    return tr("Cancelled: nothing was created.");
}

Result<std::unique_ptr<Node>> NodeSetup::create(const DatabaseLocation &location,
                                                const QString &name, int syncId,
                                                bool withSampleData, const QString &password,
                                                const Cancelled &cancelled)
{
    const auto isCancelled = [&cancelled] { return cancelled && cancelled(); };
    if (isCancelled())
        return Status::failure(cancelledMessage());
    const bool newFile =
        location.kind == DatabaseLocation::Kind::Sqlite && !QFileInfo::exists(location.path);
    if (withSampleData && !newFile) {
        // Checked before anything is written, so a refusal leaves the database as it was.
        Database probe;
        if (Status s = probe.open(location, false, password); !s)
            return s;
        if (Status s = SampleData::checkFree(probe); !s)
            return Status::failure(s.message() + QLatin1Char(' ') + tr("Nothing was created."));
    }
    if (isCancelled())
        return Status::failure(cancelledMessage());
    Result<std::unique_ptr<Node>> node = Node::create(location, name, syncId, password);
    if (!node) // a failed Node::create leaves nothing behind either
        return isCancelled() ? Status::failure(cancelledMessage()) : node.status();
    if (isCancelled())
        return undoForCancel(std::move(node.value()), location, newFile, false);
    if (!withSampleData)
        return node;
    if (Status s = SampleData::load(*node.value()); !s) {
        // All or nothing: a half-made node could never be initialised again. A failed load
        // has already removed what it made.
        const Status undone = discardNode(std::move(node.value()), location, newFile, false);
        return Status::failure(undone
                                   ? tr("%1 Nothing was created.").arg(s.message())
                                   : tr("%1 Undoing the node failed too (%2); remove %3 or "
                                        "its s15n_ tables by hand.")
                                         .arg(s.message(), undone.message(), location.toString()));
    }
    if (isCancelled())
        return undoForCancel(std::move(node.value()), location, newFile, true);
    return node;
}

} // namespace s15n
