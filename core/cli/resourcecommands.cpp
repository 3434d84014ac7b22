// s15n resource add|edit|list|remove.
#include "cli/commandline.h"

#include "capture/resourcestore.h"
#include "storage/schemacatalogue.h"

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

// Applies the options given to `resource`; returns an error message or empty.
QString applyOptions(const QCommandLineParser &parser, Resource &resource)
{
    if (parser.isSet(QStringLiteral("mode"))) {
        const auto mode = syncModeFromString(parser.value(QStringLiteral("mode")));
        if (!mode)
            return tr("--mode is pull, push or both, not '%1'.")
                .arg(parser.value(QStringLiteral("mode")));
        resource.mode = *mode;
    }
    if (parser.isSet(QStringLiteral("strategy"))) {
        const auto strategy = Strategy::fromString(parser.value(QStringLiteral("strategy")));
        if (!strategy)
            return tr("--strategy is a comma-separated list of create, update, delete; '%1' is "
                      "not.")
                .arg(parser.value(QStringLiteral("strategy")));
        resource.strategy = *strategy;
    }
    for (const auto &[option, policy] :
         {std::pair{QStringLiteral("update-policy"), &resource.updatePolicy},
          std::pair{QStringLiteral("conflict-policy"), &resource.conflictPolicy}}) {
        if (!parser.isSet(option))
            continue;
        const auto parsed = policyFromString(parser.value(option));
        if (!parsed)
            return tr("--%1 is one of THIS, OTHER, NEWER, MASTER%2; '%3' is not.")
                .arg(option,
                     option == QLatin1String("conflict-policy") ? tr(", MANUAL") : QString(),
                     parser.value(option));
        *policy = *parsed;
    }
    return QString();
}

QJsonObject toJson(const Resource &r)
{
    return {{QStringLiteral("table"), r.table},
            {QStringLiteral("uuidColumn"), r.uuidColumn},
            {QStringLiteral("mode"), toString(r.mode)},
            {QStringLiteral("strategy"), r.strategy.toString()},
            {QStringLiteral("updatePolicy"), toString(r.updatePolicy)},
            {QStringLiteral("conflictPolicy"), toString(r.conflictPolicy)}};
}

} // namespace

int CommandLine::resource(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    parser.addOption({QStringLiteral("uuid-column"),
                      tr("The column that identifies rows everywhere (default uuid; added if "
                         "missing)."),
                      QStringLiteral("column")});
    parser.addOption({QStringLiteral("mode"), tr("pull, push or both."), QStringLiteral("mode")});
    parser.addOption({QStringLiteral("strategy"), tr("Allowed operations: create,update,delete."),
                      QStringLiteral("list")});
    parser.addOption({QStringLiteral("update-policy"), tr("THIS, OTHER, NEWER or MASTER."),
                      QStringLiteral("policy")});
    parser.addOption({QStringLiteral("conflict-policy"),
                      tr("THIS, OTHER, NEWER, MASTER or MANUAL."), QStringLiteral("policy")});
    const QString syntax = QStringLiteral(
        "resource add|edit TABLE [--uuid-column C] [--mode pull|push|both] "
        "[--strategy create,update,delete] [--update-policy P] [--conflict-policy P]\n"
        "       s15n resource list [--json]\n       s15n resource remove TABLE");
    if (!parse(parser, arguments, syntax))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return fail(tr("resource needs add, edit, list or remove."));
    const QString action = args.first();
    Result<std::unique_ptr<Node>> node = openNode(parser);
    if (!node)
        return fail(node.message());
    ResourceStore store(*node.value());

    if (action == QLatin1String("list")) {
        Result<QList<Resource>> all = store.list();
        if (!all)
            return fail(all.message());
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray list;
            for (const Resource &r : all.value())
                list.append(toJson(r));
            m_out << QJsonDocument(list).toJson(QJsonDocument::Indented);
            return 0;
        }
        if (all.value().isEmpty()) {
            m_out << tr("No resources. Add one with 's15n resource add TABLE'.") << Qt::endl;
            return 0;
        }
        m_out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                     .arg(tr("TABLE"), -20)
                     .arg(tr("UUID COLUMN"), -12)
                     .arg(tr("MODE"), -5)
                     .arg(tr("STRATEGY"), -21)
                     .arg(tr("UPDATE"), -7)
                     .arg(tr("CONFLICT"));
        for (const Resource &r : all.value())
            m_out << QStringLiteral("%1 %2 %3 %4 %5 %6\n")
                         .arg(r.table, -20)
                         .arg(r.uuidColumn, -12)
                         .arg(toString(r.mode), -5)
                         .arg(r.strategy.toString(), -21)
                         .arg(toString(r.updatePolicy), -7)
                         .arg(toString(r.conflictPolicy));
        m_out.flush();
        return 0;
    }
    if (args.size() != 2)
        return fail(tr("resource %1 needs exactly one TABLE.").arg(action));
    const QString table = args.at(1);
    if (action == QLatin1String("add")) {
        Resource r;
        r.table = table;
        if (parser.isSet(QStringLiteral("uuid-column")))
            r.uuidColumn = parser.value(QStringLiteral("uuid-column"));
        if (const QString error = applyOptions(parser, r); !error.isEmpty())
            return fail(error);
        Result<TableInfo> before = SchemaCatalogue(node.value()->database()).describe(table);
        const bool newColumn = before && !before.value().column(r.uuidColumn);
        if (Status s = store.add(r); !s)
            return fail(s.message());
        if (newColumn)
            m_out << tr("Added the column %1 to %2 and gave every row a UUID.")
                         .arg(r.uuidColumn, table)
                  << Qt::endl;
        m_out << tr("%1 is now a resource (%2, strategy %3, update %4, conflict %5).")
                     .arg(table, toString(r.mode), r.strategy.toString(), toString(r.updatePolicy),
                          toString(r.conflictPolicy))
              << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("edit")) {
        if (parser.isSet(QStringLiteral("uuid-column")))
            return fail(
                tr("The UUID column of a resource cannot change; remove and add it again."));
        Result<Resource> r = store.find(table);
        if (!r)
            return fail(r.message());
        Resource changed = r.value();
        if (const QString error = applyOptions(parser, changed); !error.isEmpty())
            return fail(error);
        if (Status s = store.edit(changed); !s)
            return fail(s.message());
        m_out << tr("%1: %2, strategy %3, update %4, conflict %5.")
                     .arg(table, toString(changed.mode), changed.strategy.toString(),
                          toString(changed.updatePolicy), toString(changed.conflictPolicy))
              << Qt::endl;
        return 0;
    }
    if (action == QLatin1String("remove")) {
        if (Status s = store.remove(table); !s)
            return fail(s.message());
        m_out << tr("%1 is no longer synced; its data stays.").arg(table) << Qt::endl;
        return 0;
    }
    return fail(tr("Unknown resource action '%1': use add, edit, list or remove.").arg(action));
}

} // namespace s15n
