// s15n child add|edit|list|remove|exclusions: the child servers of this node (issue 5), each
// with an account of its own and the tables it may not receive.
#include "cli/commandline.h"

#include "server/childstore.h"

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

// The values of a repeatable option; "a,b" counts as two.
QStringList tableValues(const QCommandLineParser &parser, const QString &option)
{
    QStringList tables;
    for (const QString &value : parser.values(option)) {
        for (const QString &part : value.split(QLatin1Char(','), Qt::SkipEmptyParts))
            tables.append(part.trimmed());
    }
    tables.removeAll(QString());
    return tables;
}

QString tableList(const QStringList &tables)
{
    return tables.join(QLatin1String(", "));
}

QJsonValue timeJson(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(time.toUTC().toString(Qt::ISODate)) : QJsonValue();
}

QJsonObject toJson(const Child &c, const QStringList &global)
{
    QStringList effective = c.excludedTables + global;
    effective.sort();
    effective.removeDuplicates();
    return {{QStringLiteral("nickname"), c.nickname},
            {QStringLiteral("uuid"),
             c.uuid.isNull() ? QJsonValue() : QJsonValue(c.uuid.toString(QUuid::WithoutBraces))},
            {QStringLiteral("user"), c.username},
            {QStringLiteral("excludedTables"), QJsonArray::fromStringList(c.excludedTables)},
            {QStringLiteral("notReceived"), QJsonArray::fromStringList(effective)},
            {QStringLiteral("note"), c.note},
            {QStringLiteral("created"), timeJson(c.createdAt)},
            {QStringLiteral("lastContact"), timeJson(c.lastContact)}};
}

} // namespace

int CommandLine::child(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("json"), tr("Print JSON (list, exclusions).")});
    parser.addOption({QStringLiteral("user"), tr("The new account the child logs in with (add)."),
                      QStringLiteral("user")});
    parser.addOption({QStringLiteral("uuid"),
                      tr("The child's node UUID (add, edit); without it, the child's first "
                         "registration with its account fills it in."),
                      QStringLiteral("uuid")});
    parser.addOption({QStringLiteral("clear-uuid"),
                      tr("Forget the child's UUID; its next registration fills it in (edit).")});
    parser.addOption({QStringLiteral("exclude"),
                      tr("A table the child may not receive (add, edit; repeat it or give a "
                         "comma-separated list)."),
                      QStringLiteral("table")});
    parser.addOption({QStringLiteral("allow"), tr("A table the child receives again (edit)."),
                      QStringLiteral("table")});
    parser.addOption({QStringLiteral("password"),
                      tr("Set a new password for the child's account (edit; prompt or stdin).")});
    parser.addOption({QStringLiteral("note"), tr("A note about the child (add, edit)."),
                      QStringLiteral("text")});
    parser.addOption({QStringLiteral("add"), tr("A table no child receives (exclusions)."),
                      QStringLiteral("table")});
    parser.addOption({QStringLiteral("remove"), tr("A table children receive again (exclusions)."),
                      QStringLiteral("table")});
    const QString syntax = QStringLiteral(
        "child add NICK --user U [--uuid UUID] [--exclude TABLE]... [--note TEXT]\n"
        "       s15n child edit NICK [--uuid UUID|--clear-uuid] [--exclude TABLE]... "
        "[--allow TABLE]... [--password] [--note TEXT]\n"
        "       s15n child list [--json]\n"
        "       s15n child remove NICK\n"
        "       s15n child exclusions [--add TABLE]... [--remove TABLE]... [--json]\n"
        "The password is asked for on a terminal, else read as one line of stdin.");
    if (!parse(parser, arguments, syntax))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    const QStringList args = parser.positionalArguments();
    const QStringList actions{QStringLiteral("add"), QStringLiteral("edit"), QStringLiteral("list"),
                              QStringLiteral("remove"), QStringLiteral("exclusions")};
    if (args.isEmpty())
        return fail(tr("child needs add, edit, list, remove or exclusions."));
    const QString action = args.first();
    if (!actions.contains(action))
        return fail(tr("Unknown child action '%1': use add, edit, list, remove or exclusions.")
                        .arg(action));

    // Options that the action does not take are refused rather than ignored.
    struct Allowed
    {
        const char *option;
        QStringList actions;
    };
    const QList<Allowed> allowed{{"json", {QStringLiteral("list"), QStringLiteral("exclusions")}},
                                 {"user", {QStringLiteral("add")}},
                                 {"uuid", {QStringLiteral("add"), QStringLiteral("edit")}},
                                 {"clear-uuid", {QStringLiteral("edit")}},
                                 {"exclude", {QStringLiteral("add"), QStringLiteral("edit")}},
                                 {"allow", {QStringLiteral("edit")}},
                                 {"password", {QStringLiteral("edit")}},
                                 {"note", {QStringLiteral("add"), QStringLiteral("edit")}},
                                 {"add", {QStringLiteral("exclusions")}},
                                 {"remove", {QStringLiteral("exclusions")}}};
    for (const Allowed &a : allowed) {
        const QString option = QLatin1String(a.option);
        if (parser.isSet(option) && !a.actions.contains(action))
            return fail(tr("--%1 goes with 'child %2' only.")
                            .arg(option, a.actions.join(QLatin1String("' and 'child "))));
    }
    const bool takesNickname =
        action != QLatin1String("list") && action != QLatin1String("exclusions");
    if (takesNickname ? args.size() != 2 : args.size() != 1)
        return fail(takesNickname ? tr("child %1 needs exactly one NICK (in quotes if it has "
                                       "spaces).")
                                        .arg(action)
                                  : tr("child %1 takes no NICK.").arg(action));
    const QString nickname = args.value(1);

    // What can be checked without the database is checked before it is opened.
    if (takesNickname) {
        if (Status s = ChildStore::checkNickname(nickname); !s)
            return fail(s.message());
    }
    std::optional<QUuid> uuid;
    if (parser.isSet(QStringLiteral("uuid"))) {
        if (parser.isSet(QStringLiteral("clear-uuid")))
            return fail(tr("Give --uuid or --clear-uuid, not both."));
        Result<QUuid> parsed = ChildStore::parseUuid(parser.value(QStringLiteral("uuid")));
        if (!parsed)
            return fail(parsed.message());
        uuid = parsed.value();
    } else if (parser.isSet(QStringLiteral("clear-uuid"))) {
        uuid = QUuid();
    }
    if (action == QLatin1String("add") && !parser.isSet(QStringLiteral("user")))
        return fail(tr("child add needs --user: the new account the child logs in with."));

    Result<std::unique_ptr<Node>> node = openNode(parser);
    if (!node)
        return fail(node.message());
    ChildStore store(node.value()->database());
    Result<QStringList> global = store.globalExclusions();
    if (!global)
        return fail(global.message());

    // "It does not receive: ..." for a child, and the warnings about references it breaks.
    const auto report = [&](const QString &nick) {
        Result<QStringList> excluded = store.excludedTablesForChild(nick);
        if (!excluded) {
            m_err << tr("s15n: %1").arg(excluded.message()) << Qt::endl;
            return;
        }
        m_out << (excluded.value().isEmpty()
                      ? tr("It receives every resource.")
                      : tr("It does not receive: %1.").arg(tableList(excluded.value())))
              << Qt::endl;
        Result<QStringList> warnings = store.referenceWarnings(nick);
        for (const QString &w : warnings ? warnings.value() : QStringList{warnings.message()})
            m_err << tr("s15n: warning: %1").arg(w) << Qt::endl;
    };

    if (action == QLatin1String("list")) {
        Result<QList<Child>> all = store.list();
        if (!all)
            return fail(all.message());
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray list;
            for (const Child &c : all.value())
                list.append(toJson(c, global.value()));
            m_out << QJsonDocument(list).toJson(QJsonDocument::Indented);
            m_out.flush();
            return 0;
        }
        if (all.value().isEmpty()) {
            m_out << tr("No children. Add one with 's15n child add NICK --user USER'.") << Qt::endl;
        } else {
            QList<QStringList> rows;
            for (const Child &c : all.value())
                rows.append({c.nickname,
                             c.uuid.isNull() ? tr("(at first sync)")
                                             : c.uuid.toString(QUuid::WithoutBraces),
                             c.username,
                             c.excludedTables.isEmpty() ? QStringLiteral("-")
                                                        : c.excludedTables.join(QLatin1Char(',')),
                             c.lastContact.isValid() ? c.lastContact.toUTC().toString(Qt::ISODate)
                                                     : tr("never")});
            printTable(
                {tr("NICKNAME"), tr("UUID"), tr("ACCOUNT"), tr("EXCLUDED"), tr("LAST CONTACT")},
                rows);
        }
        if (!global.value().isEmpty())
            m_out << tr("No child receives: %1 ('s15n child exclusions').")
                         .arg(tableList(global.value()))
                  << Qt::endl;
        return 0;
    }

    if (action == QLatin1String("exclusions")) {
        const QStringList add = tableValues(parser, QStringLiteral("add"));
        const QStringList remove = tableValues(parser, QStringLiteral("remove"));
        QStringList tables = global.value();
        if (!add.isEmpty() || !remove.isEmpty()) {
            if (Status s = store.changeGlobalExclusions(add, remove); !s)
                return fail(s.message());
            Result<QStringList> now = store.globalExclusions();
            if (!now)
                return fail(now.message());
            tables = now.value();
        }
        if (parser.isSet(QStringLiteral("json"))) {
            m_out << QJsonDocument(QJsonArray::fromStringList(tables))
                         .toJson(QJsonDocument::Indented);
            m_out.flush();
            return 0;
        }
        m_out << (tables.isEmpty()
                      ? tr("No table is excluded for every child: children receive every "
                           "resource but their own exclusions.")
                      : tr("No child receives: %1.").arg(tableList(tables)))
              << Qt::endl;
        if (!add.isEmpty()) {
            Result<QList<Child>> all = store.list();
            for (const Child &c : all ? all.value() : QList<Child>()) {
                Result<QStringList> warnings = store.referenceWarnings(c.nickname);
                for (const QString &w : warnings ? warnings.value() : QStringList())
                    m_err << tr("s15n: warning: %1").arg(w) << Qt::endl;
            }
        }
        return 0;
    }

    if (action == QLatin1String("remove")) {
        Result<std::optional<Child>> found = store.findByNickname(nickname);
        if (!found)
            return fail(found.message());
        if (Status s = store.remove(nickname); !s)
            return fail(s.message());
        m_out << tr("Removed child '%1' with its account %2 and its registration here; it can no "
                    "longer sync with this node.")
                     .arg(nickname, found.value() ? found.value()->username : QString())
              << Qt::endl;
        return 0;
    }

    if (action == QLatin1String("add")) {
        NewChild c;
        c.nickname = nickname;
        c.username = parser.value(QStringLiteral("user"));
        c.uuid = uuid.value_or(QUuid());
        c.excludedTables = tableValues(parser, QStringLiteral("exclude"));
        c.note = parser.value(QStringLiteral("note"));
        // Everything but the password is checked before it is asked for.
        if (Status s = store.checkNew(c); !s)
            return fail(s.message());
        Result<QString> password = readNewPassword(
            tr("Password for %1 (child %2): ").arg(c.username, nickname), c.username);
        if (!password)
            return fail(password.message());
        c.password = password.value();
        if (Status s = store.add(c); !s)
            return fail(s.message());
        m_out << (c.uuid.isNull()
                      ? tr("Added child '%1' with the account %2; its UUID is recorded when it "
                           "first syncs with that account.")
                            .arg(nickname, c.username)
                      : tr("Added child '%1' (node %2) with the account %3.")
                            .arg(nickname, c.uuid.toString(QUuid::WithoutBraces), c.username))
              << Qt::endl;
        report(nickname);
        return 0;
    }

    // edit
    ChildChanges changes;
    changes.uuid = uuid;
    changes.exclude = tableValues(parser, QStringLiteral("exclude"));
    changes.allow = tableValues(parser, QStringLiteral("allow"));
    if (parser.isSet(QStringLiteral("note")))
        changes.note = parser.value(QStringLiteral("note"));
    const bool newPassword = parser.isSet(QStringLiteral("password"));
    if (!changes.uuid && changes.exclude.isEmpty() && changes.allow.isEmpty() && !changes.note &&
        !newPassword)
        return fail(tr("Nothing to change: give --uuid, --clear-uuid, --exclude, --allow, "
                       "--password or --note."));
    if (newPassword)
        changes.password = QStringLiteral("-"); // stands in while the other changes are checked
    if (Status s = store.checkChanges(nickname, changes); !s)
        return fail(s.message());
    if (newPassword) {
        Result<std::optional<Child>> found = store.findByNickname(nickname);
        if (!found)
            return fail(found.message());
        const QString user = found.value() ? found.value()->username : nickname;
        Result<QString> password =
            readNewPassword(tr("New password for %1 (child %2): ").arg(user, nickname), user);
        if (!password)
            return fail(password.message());
        changes.password = password.value();
    }
    if (Status s = store.edit(nickname, changes); !s)
        return fail(s.message());
    m_out << tr("Changed child '%1'.").arg(nickname) << Qt::endl;
    if (changes.uuid)
        m_out << (changes.uuid->isNull()
                      ? tr("Its UUID is recorded again when it next registers with its account.")
                      : tr("It is node %1.").arg(changes.uuid->toString(QUuid::WithoutBraces)))
              << Qt::endl;
    if (changes.password)
        m_out << tr("Its account has a new password; the child must use it from now on.")
              << Qt::endl;
    report(nickname);
    return 0;
}

} // namespace s15n
