// s15n export, import, conflicts.
#include "cli/commandline.h"

#include "sync/applyengine.h"
#include "sync/exporter.h"
#include "sync/importer.h"
#include "sync/pagereader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>

namespace s15n {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::CommandLine", text);
}
} // namespace

int CommandLine::exportChanges(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("since"), tr("Only changes after this cursor (default 0)."),
                      QStringLiteral("n")});
    parser.addOption({QStringLiteral("to"), tr("Leave out changes that came from this node."),
                      QStringLiteral("node-uuid")});
    parser.addOption({QStringLiteral("out"), tr("The file to write."), QStringLiteral("file")});
    parser.addOption(
        {QStringLiteral("page-size"), tr("Rows per page (default 1000)."), QStringLiteral("n")});
    const QString syntax =
        QStringLiteral("export RESOURCE [--since N] [--to NODE_UUID] --out FILE");
    if (!parse(parser, arguments, syntax))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    if (parser.positionalArguments().size() != 1 || !parser.isSet(QStringLiteral("out")))
        return fail(tr("Usage: s15n %1").arg(syntax));
    qint64 since = 0;
    if (parser.isSet(QStringLiteral("since"))) {
        bool ok = false;
        since = parser.value(QStringLiteral("since")).toLongLong(&ok);
        if (!ok || since < 0)
            return fail(tr("--since must be a cursor number (0 or more)."));
    }
    int pageSize = Exporter::kDefaultPageSize;
    if (parser.isSet(QStringLiteral("page-size"))) {
        bool ok = false;
        pageSize = parser.value(QStringLiteral("page-size")).toInt(&ok);
        if (!ok || pageSize < 1 || pageSize > 10000)
            return fail(tr("--page-size must be between 1 and 10000."));
    }
    QUuid to;
    if (parser.isSet(QStringLiteral("to"))) {
        to = QUuid::fromString(parser.value(QStringLiteral("to")));
        if (to.isNull())
            return fail(tr("--to must be a node UUID."));
    }
    Result<std::unique_ptr<Node>> node = openNode(parser);
    if (!node)
        return fail(node.message());
    // Written to a temporary file and renamed at the end: a failed export leaves no half file.
    QSaveFile file(parser.value(QStringLiteral("out")));
    if (!file.open(QIODevice::WriteOnly))
        return fail(tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    Result<ExportSummary> summary =
        Exporter(*node.value())
            .exportTo(&file, parser.positionalArguments().first(), since, to, {}, pageSize);
    if (!summary) {
        file.cancelWriting();
        return fail(summary.message());
    }
    if (!file.commit())
        return fail(tr("Cannot write %1: %2").arg(file.fileName(), file.errorString()));
    m_out << tr("Exported %1 rows in %2 pages to %3; next time use --since %4.")
                 .arg(summary.value().rows)
                 .arg(summary.value().pages)
                 .arg(file.fileName())
                 .arg(summary.value().cursor)
          << Qt::endl;
    return 0;
}

int CommandLine::importChanges(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("json"), tr("Print the counts as JSON.")});
    if (!parse(parser, arguments, QStringLiteral("import FILE")))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    if (parser.positionalArguments().size() != 1)
        return fail(tr("Usage: s15n import FILE"));
    QFile file(parser.positionalArguments().first());
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1: %2").arg(file.fileName(), file.errorString()));
    if (file.size() == 0)
        return fail(
            tr("%1 is empty: it is not an s15n export. Nothing was applied.").arg(file.fileName()));
    Result<std::unique_ptr<Node>> node = openNode(parser);
    if (!node)
        return fail(node.message());
    Result<ImportSummary> summary = Importer(*node.value()).importFrom(&file);
    if (!summary)
        return fail(summary.message());
    const ApplyCounts &c = summary.value().counts;
    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject o{
            {QStringLiteral("source"), summary.value().source.node.toString(QUuid::WithoutBraces)},
            {QStringLiteral("pages"), summary.value().pages},
            {QStringLiteral("received"), c.received},
            {QStringLiteral("applied"), c.applied},
            {QStringLiteral("conflicts"), c.conflicts},
            {QStringLiteral("held"), c.held},
            {QStringLiteral("skipped"), c.skipped},
            {QStringLiteral("parked"), c.parked},
            {QStringLiteral("failed"), c.failed},
            {QStringLiteral("unchanged"), c.unchanged},
            {QStringLiteral("released"), c.released},
            {QStringLiteral("messages"), QJsonArray::fromStringList(c.messages)}};
        m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return c.failed > 0 ? 1 : 0;
    }
    m_out << tr("Imported %1 pages from %2 (%3): received %4, applied %5, conflicts resolved %6, "
                "held %7, skipped %8, waiting for referenced rows %9, failed %10, unchanged %11.")
                 .arg(summary.value().pages)
                 .arg(summary.value().source.nodeName,
                      summary.value().source.node.toString(QUuid::WithoutBraces))
                 .arg(c.received)
                 .arg(c.applied)
                 .arg(c.conflicts)
                 .arg(c.held)
                 .arg(c.skipped)
                 .arg(c.parked)
                 .arg(c.failed)
                 .arg(c.unchanged)
          << Qt::endl;
    if (c.released > 0)
        m_out << tr("  %1 of the applied rows had been waiting for rows that have now arrived.")
                     .arg(c.released)
              << Qt::endl;
    for (const QString &message : c.messages)
        m_out << QStringLiteral("  ") << message << Qt::endl;
    return c.failed > 0 ? 1 : 0;
}

int CommandLine::conflicts(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    parser.addOption(
        {QStringLiteral("take"), tr("theirs or ours (with resolve)."), QStringLiteral("side")});
    const QString syntax =
        QStringLiteral("conflicts [--json]\n       s15n conflicts resolve ID --take theirs|ours");
    if (!parse(parser, arguments, syntax))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    Result<std::unique_ptr<Node>> node = openNode(parser);
    if (!node)
        return fail(node.message());
    const QStringList args = parser.positionalArguments();
    if (!args.isEmpty()) {
        if (args.first() != QLatin1String("resolve") || args.size() != 2)
            return fail(tr("Usage: s15n %1").arg(syntax));
        bool ok = false;
        const qint64 id = args.at(1).toLongLong(&ok);
        const QString side = parser.value(QStringLiteral("take"));
        if (!ok)
            return fail(tr("The conflict ID must be a number (see 's15n conflicts')."));
        if (side != QLatin1String("theirs") && side != QLatin1String("ours"))
            return fail(tr("Say which version wins: --take theirs or --take ours."));
        if (Status s = ApplyEngine(*node.value()).resolveHeld(id, side == QLatin1String("theirs"));
            !s)
            return fail(s.message());
        m_out << tr("Conflict %1 resolved: %2 kept.").arg(id).arg(side) << Qt::endl;
        return 0;
    }
    Result<QSqlQuery> q = node.value()->database().exec(QStringLiteral(
        "SELECT id, table_name, row_uuid, local_version, remote_version, remote_node, received_at "
        "FROM s15n_conflicts ORDER BY id"));
    if (!q)
        return fail(q.message());
    QJsonArray list;
    while (q.value().next()) {
        list.append(
            QJsonObject{{QStringLiteral("id"), q.value().value(0).toLongLong()},
                        {QStringLiteral("table"), q.value().value(1).toString()},
                        {QStringLiteral("row"), q.value().value(2).toString()},
                        {QStringLiteral("localVersion"), q.value().value(3).toString()},
                        {QStringLiteral("remoteVersion"), q.value().value(4).toString()},
                        {QStringLiteral("remoteNode"), q.value().value(5).toString()},
                        {QStringLiteral("receivedAt"),
                         QDateTime::fromMSecsSinceEpoch(q.value().value(6).toLongLong(), Qt::UTC)
                             .toString(Qt::ISODate)}});
    }
    if (parser.isSet(QStringLiteral("json"))) {
        m_out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (list.isEmpty()) {
        m_out << tr("No conflicts are held.") << Qt::endl;
        return 0;
    }
    for (const QJsonValue &v : list) {
        const QJsonObject o = v.toObject();
        m_out << tr("#%1 %2 row %3 (from node %4, received %5)")
                     .arg(o.value(QStringLiteral("id")).toInteger())
                     .arg(o.value(QStringLiteral("table")).toString(),
                          o.value(QStringLiteral("row")).toString(),
                          o.value(QStringLiteral("remoteNode")).toString(),
                          o.value(QStringLiteral("receivedAt")).toString())
              << Qt::endl;
    }
    return 0;
}

} // namespace s15n
