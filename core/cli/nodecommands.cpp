// s15n init, info, db-password.
#include "cli/commandline.h"

#include "capture/resourcestore.h"
#include "secrets/keychain.h"
#include "storage/nodesetup.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace s15n {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::CommandLine", text);
}
} // namespace

int CommandLine::init(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("name"), tr("A name for this node."), QStringLiteral("name")});
    parser.addOption(
        {QStringLiteral("sync-id"), tr("1..64; 1 is the parent (primary)."), QStringLiteral("n")});
    parser.addOption({QStringLiteral("sample-data"), tr("Load the sample supply-chain tables.")});
    if (!parse(parser, arguments,
               QStringLiteral("init [--name NAME] [--sync-id N] [--sample-data] [--db LOCATION]")))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("init takes no arguments besides its options."));
    int syncId = 0;
    if (parser.isSet(QStringLiteral("sync-id"))) {
        bool ok = false;
        const QString text = parser.value(QStringLiteral("sync-id"));
        syncId = text.toInt(&ok);
        if (!ok || text != text.trimmed() || syncId < 1 || syncId > Node::kMaxSyncId)
            return fail(tr("--sync-id must be a number from 1 to %1.").arg(Node::kMaxSyncId));
    }
    if (parser.isSet(QStringLiteral("name")) &&
        parser.value(QStringLiteral("name")).trimmed().isEmpty())
        return fail(tr("--name must not be empty."));
    Result<DatabaseLocation> where = location(parser);
    if (!where)
        return fail(where.message());
    const QString name = parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name"))
                                                              : QSysInfo::machineHostName();
    Result<std::unique_ptr<Node>> node =
        NodeSetup::create(where.value(), name, syncId, parser.isSet(QStringLiteral("sample-data")),
                          databasePassword(where.value()));
    if (!node)
        return fail(node.message());
    // The first node made becomes the default for later commands without --db.
    DatabaseLocation::rememberIfFirst(where.value());
    m_out << tr("Created node %1 (%2) in %3")
                 .arg(node.value()->identity().uuid.toString(QUuid::WithoutBraces), name,
                      where.value().toString())
          << Qt::endl;
    return 0;
}

int CommandLine::info(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    if (!parse(parser, arguments, QStringLiteral("info [--json] [--db LOCATION]")))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("info takes no arguments besides its options."));
    Result<std::unique_ptr<Node>> node = openNode(parser);
    if (!node)
        return fail(node.message());
    const NodeIdentity &id = node.value()->identity();
    Result<int> schema = node.value()->schemaVersion();
    Result<QList<Resource>> resources = ResourceStore(*node.value()).list();
    if (!schema || !resources)
        return fail(schema ? resources.message() : schema.message());
    const QString database = node.value()->database().location().toString();
    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const Resource &r : resources.value())
            list.append(r.table);
        const QJsonObject o{{QStringLiteral("uuid"), id.uuid.toString(QUuid::WithoutBraces)},
                            {QStringLiteral("name"), id.name},
                            {QStringLiteral("syncId"), id.syncId},
                            {QStringLiteral("database"), database},
                            {QStringLiteral("schemaVersion"), schema.value()},
                            {QStringLiteral("resources"), list}};
        m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return 0;
    }
    QStringList names;
    for (const Resource &r : resources.value())
        names.append(r.table);
    m_out
        << tr("UUID:           %1\n").arg(id.uuid.toString(QUuid::WithoutBraces))
        << tr("Name:           %1\n").arg(id.name)
        << tr("Sync ID:        %1\n").arg(id.syncId == 0 ? tr("none") : QString::number(id.syncId))
        << tr("Database:       %1\n").arg(database)
        << tr("Schema version: %1\n").arg(schema.value())
        << tr("Resources:      %1\n")
               .arg(names.isEmpty() ? tr("none") : names.join(QStringLiteral(", ")));
    m_out.flush();
    return 0;
}

int CommandLine::dbPassword(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("forget"), tr("Remove the stored password.")});
    if (!parse(parser, arguments,
               QStringLiteral("db-password [--forget] --db postgresql://...  (password on stdin)")))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    Result<DatabaseLocation> where = location(parser);
    if (!where)
        return fail(where.message());
    if (where.value().kind != DatabaseLocation::Kind::Postgresql)
        return fail(tr("Only a PostgreSQL database has a password."));
    if (parser.isSet(QStringLiteral("forget"))) {
        if (Status s = Keychain::remove(where.value().keychainKey()); !s)
            return fail(s.message());
        return 0;
    }
    const QString password = readSecretFromStdin();
    if (password.isEmpty())
        return fail(tr("No password on standard input."));
    if (Status s = Keychain::write(where.value().keychainKey(), password); !s)
        return fail(s.message());
    m_out << tr("Stored the password for %1 in the keychain.").arg(where.value().toString())
          << Qt::endl;
    return 0;
}

} // namespace s15n
