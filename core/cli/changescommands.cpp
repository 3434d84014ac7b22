// s15n changes: local changes not yet pushed, with and without conflicts; pushing or taking
// single rows.

#include "cli/commandline.h"
#include "client/changesinspector.h"
#include "client/repositorystore.h"

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

QJsonValue jsonValue(const FieldValue &value)
{
    switch (value.type) {
    case FieldValue::Type::Null:
        return QJsonValue(QJsonValue::Null);
    case FieldValue::Type::Integer:
        return QJsonValue(value.value.toLongLong());
    case FieldValue::Type::Real:
        return QJsonValue(value.value.toDouble());
    case FieldValue::Type::Boolean:
        return QJsonValue(value.value.toBool());
    case FieldValue::Type::Text:
    case FieldValue::Type::Blob:
    case FieldValue::Type::Reference:
        break;
    }
    return QJsonValue(ChangesInspector::displayText(value));
}

// A field missing on one side has no "ours"/"theirs" member; NULL is null.
QJsonArray jsonFields(const QList<FieldComparison> &fields)
{
    QJsonArray list;
    for (const FieldComparison &f : fields) {
        QJsonObject o{{QStringLiteral("name"), f.name}, {QStringLiteral("differs"), f.differs()}};
        if (f.ours)
            o.insert(QStringLiteral("ours"), jsonValue(*f.ours));
        if (f.theirs)
            o.insert(QStringLiteral("theirs"), jsonValue(*f.theirs));
        list.append(o);
    }
    return list;
}

QJsonObject jsonChange(const ComparedChange &c)
{
    QJsonObject o{{QStringLiteral("table"), c.change.table},
                  {QStringLiteral("row"), c.change.ours.rowUuid},
                  {QStringLiteral("conflict"), c.conflict()},
                  {QStringLiteral("relation"), toString(c.relation)},
                  {QStringLiteral("ourVersion"), c.change.ours.version.toString()},
                  {QStringLiteral("deleted"), c.change.ours.deleted},
                  {QStringLiteral("fields"), jsonFields(c.fields)}};
    if (c.theirs) {
        o.insert(QStringLiteral("theirVersion"), c.theirs->version.toString());
        o.insert(QStringLiteral("theirsDeleted"), c.theirs->deleted);
    } else {
        o.insert(QStringLiteral("theirVersion"), QJsonValue(QJsonValue::Null));
    }
    return o;
}

QJsonObject jsonHeld(const HeldConflict &c)
{
    return QJsonObject{
        {QStringLiteral("id"), c.id},
        {QStringLiteral("table"), c.table},
        {QStringLiteral("row"), c.rowUuid},
        {QStringLiteral("repository"), c.repository},
        {QStringLiteral("remoteNode"), c.remoteNode.toString(QUuid::WithoutBraces)},
        {QStringLiteral("receivedAt"), c.receivedAt.toString(Qt::ISODate)},
        {QStringLiteral("ourVersion"),
         c.ours ? QJsonValue(c.ours->version.toString()) : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("theirVersion"), c.theirs.version.toString()},
        {QStringLiteral("fields"), jsonFields(c.fields)}};
}

QString side(const std::optional<FieldValue> &value)
{
    return value ? ChangesInspector::displayText(*value) : QStringLiteral("-");
}

QJsonObject jsonItems(const ItemsResult &items)
{
    QJsonArray results;
    for (const RecordResult &r : items.counts.results)
        results.append(QJsonObject{{QStringLiteral("row"), r.rowUuid},
                                   {QStringLiteral("outcome"), r.outcome},
                                   {QStringLiteral("message"), r.message}});
    return QJsonObject{{QStringLiteral("repository"), items.repository},
                       {QStringLiteral("table"), items.table},
                       {QStringLiteral("results"), results}};
}

} // namespace

int CommandLine::changes(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("resource"),
                      tr("Only this resource (repeatable; exactly one with push and take-theirs)."),
                      QStringLiteral("table")});
    parser.addOption({QStringLiteral("ours"),
                      tr("With push: overwrite the other side's version of rows in conflict.")});
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    const QString syntax =
        QStringLiteral("changes [REPO] [--resource TABLE]... [--json]\n"
                       "       s15n changes push REPO --resource TABLE UUID... [--ours] [--json]\n"
                       "       s15n changes take-theirs REPO --resource TABLE UUID... [--json]");
    if (!parse(parser, arguments, syntax))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    Result<std::unique_ptr<Node>> opened = openNode(parser);
    if (!opened)
        return fail(opened.message());
    Node &node = *opened.value();
    ChangesInspector inspector(node);
    const bool json = parser.isSet(QStringLiteral("json"));
    const QStringList tables = parser.values(QStringLiteral("resource"));
    QStringList args = parser.positionalArguments();

    const QString action = args.value(0);
    if (action == QLatin1String("push") || action == QLatin1String("take-theirs")) {
        if (args.size() < 3)
            return fail(tr("Name the repository and at least one row UUID.\nUsage: s15n %1")
                            .arg(syntax));
        if (tables.size() != 1)
            return fail(tr("Name the rows' resource with --resource TABLE (one)."));
        const QString repository = args.at(1);
        const QStringList uuids = args.mid(2);
        const bool push = action == QLatin1String("push");
        if (!push && parser.isSet(QStringLiteral("ours")))
            return fail(tr("--ours goes with push."));
        Result<ItemsResult> done =
            push ? inspector.push(repository, tables.first(), uuids,
                                  parser.isSet(QStringLiteral("ours")))
                 : inspector.takeTheirs(repository, tables.first(), uuids);
        if (!done)
            return fail(done.message());
        bool allWent = true;
        for (const RecordResult &r : done.value().counts.results) {
            allWent = allWent && (r.outcome == QLatin1String("applied") ||
                                  r.outcome == QLatin1String("resolved") ||
                                  r.outcome == QLatin1String("unchanged"));
        }
        if (json) {
            m_out << QJsonDocument(jsonItems(done.value())).toJson(QJsonDocument::Indented);
        } else {
            for (const RecordResult &r : done.value().counts.results)
                m_out << QStringLiteral("%1 %2: %3%4")
                             .arg(tables.first(), r.rowUuid, r.outcome,
                                  r.message.isEmpty() ? QString() : QStringLiteral(" (%1)").arg(r.message))
                      << '\n';
            m_out << (push ? tr("Pushed %1 rows to '%2'.") : tr("Took %1 rows from '%2'."))
                             .arg(done.value().counts.results.size())
                             .arg(repository)
                  << Qt::endl;
        }
        return allWent ? 0 : 1;
    }
    if (args.size() > 1)
        return fail(tr("changes takes at most one repository name.\nUsage: s15n %1").arg(syntax));

    QStringList names;
    if (args.isEmpty()) {
        Result<QList<Repository>> all = RepositoryStore(node.database()).list();
        if (!all)
            return fail(all.message());
        for (const Repository &r : all.value())
            names.append(r.name);
    } else {
        if (Result<Repository> found = RepositoryStore(node.database()).find(args.first()); !found)
            return fail(found.message());
        names.append(args.first());
    }
    int failures = 0;
    QJsonArray repositories;
    for (const QString &name : names) {
        Result<RepositoryChanges> changes = inspector.compare(name, tables);
        if (!changes) {
            ++failures;
            m_err << tr("s15n: the changes for '%1' cannot be compared: %2")
                         .arg(name, changes.message())
                  << Qt::endl;
            repositories.append(QJsonObject{{QStringLiteral("repository"), name},
                                            {QStringLiteral("error"), changes.message()}});
            continue;
        }
        const RepositoryChanges &c = changes.value();
        if (json) {
            QJsonArray without;
            QJsonArray with;
            for (const ComparedChange &change : c.withoutConflict)
                without.append(jsonChange(change));
            for (const ComparedChange &change : c.withConflict)
                with.append(jsonChange(change));
            repositories.append(
                QJsonObject{{QStringLiteral("repository"), name},
                            {QStringLiteral("resources"), QJsonArray::fromStringList(c.tables)},
                            {QStringLiteral("withoutConflicts"), without},
                            {QStringLiteral("withConflicts"), with},
                            {QStringLiteral("alreadyThere"), qsizetype(c.alreadyThere.size())}});
            continue;
        }
        m_out << tr("Repository '%1': %2 changes without conflicts, %3 with conflicts.")
                     .arg(name)
                     .arg(c.withoutConflict.size())
                     .arg(c.withConflict.size())
              << '\n';
        for (const auto &[title, list] :
             {std::pair{tr("Without conflicts:"), &c.withoutConflict},
              std::pair{tr("With conflicts (also changed there):"), &c.withConflict}}) {
            if (list->isEmpty())
                continue;
            m_out << QStringLiteral("  ") << title << '\n';
            for (const ComparedChange &change : *list) {
                const QString state = change.change.ours.deleted ? tr("deleted here")
                                      : !change.theirs           ? tr("new here")
                                                                 : tr("changed here");
                m_out << QStringLiteral("    %1 %2 (%3)")
                             .arg(change.change.table, change.change.ours.rowUuid, state)
                      << '\n';
                for (const FieldComparison &f : change.fields) {
                    if (!change.conflict() && !f.differs())
                        continue;
                    m_out << QStringLiteral("      %1: %2")
                                 .arg(f.name, tr("ours %1, theirs %2").arg(side(f.ours),
                                                                           side(f.theirs)))
                          << '\n';
                }
            }
        }
    }

    Result<QList<HeldConflict>> held =
        inspector.held(names.size() == 1 && !args.isEmpty() ? names.first() : QString(), tables);
    if (!held)
        return fail(held.message());
    if (json) {
        QJsonArray list;
        for (const HeldConflict &h : held.value())
            list.append(jsonHeld(h));
        m_out << QJsonDocument(QJsonObject{{QStringLiteral("repositories"), repositories},
                                           {QStringLiteral("held"), list}})
                     .toJson(QJsonDocument::Indented);
        return failures == 0 ? 0 : 1;
    }
    if (!held.value().isEmpty()) {
        m_out << tr("Held conflicts (MANUAL policy; 's15n conflicts resolve ID --take "
                    "theirs|ours'):")
              << '\n';
        for (const HeldConflict &h : held.value()) {
            m_out << QStringLiteral("  #%1 %2 %3 (%4)")
                         .arg(h.id)
                         .arg(h.table, h.rowUuid,
                              h.repository.isEmpty() ? h.remoteNode.toString(QUuid::WithoutBraces)
                                                     : h.repository)
                  << '\n';
            for (const FieldComparison &f : h.fields)
                m_out << QStringLiteral("      %1: %2")
                             .arg(f.name, tr("ours %1, theirs %2").arg(side(f.ours), side(f.theirs)))
                      << '\n';
        }
    }
    if (names.isEmpty() && held.value().isEmpty())
        m_out << tr("There are no repositories, and no conflicts are held.") << '\n';
    m_out.flush();
    return failures == 0 ? 0 : 1;
}

} // namespace s15n
