#include "nodesetup.h"

#include "sample/sampledata.h"
#include "storage/migrations.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

namespace s15n {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::NodeSetup", text);
}

// Undoes a node made by create(): the new SQLite file goes; in an existing database, s15n's
// tables are dropped (SampleData::load has already removed what it made).
Status discardNode(std::unique_ptr<Node> node, const DatabaseLocation &location, bool newFile)
{
    if (!newFile) {
        // The application's own tables are never touched; only s15n's go.
        if (Status s = Migrations::removeAll(node->database()); !s)
            return s;
        return Status();
    }
    node.reset(); // closes the connection
    for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
        QFile::remove(location.path + suffix);
    return Status();
}

} // namespace

Result<std::unique_ptr<Node>> NodeSetup::create(const DatabaseLocation &location,
                                                const QString &name, int syncId,
                                                bool withSampleData, const QString &password)
{
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
    Result<std::unique_ptr<Node>> node = Node::create(location, name, syncId, password);
    if (!node || !withSampleData)
        return node;
    if (Status s = SampleData::load(*node.value()); !s) {
        // All or nothing: a half-made node could never be initialised again.
        const Status undone = discardNode(std::move(node.value()), location, newFile);
        return Status::failure(undone
                                   ? tr("%1 Nothing was created.").arg(s.message())
                                   : tr("%1 Undoing the node failed too (%2); remove %3 or "
                                        "its s15n_ tables by hand.")
                                         .arg(s.message(), undone.message(), location.toString()));
    }
    return node;
}

} // namespace s15n
