// s15n account add|password|list|remove: the accounts peers log in with.
#include "cli/commandline.h"

#include "server/accountstore.h"

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

QJsonObject toJson(const Account &a)
{
    return {{QStringLiteral("username"), a.username},
            {QStringLiteral("acceptPushes"), a.acceptPushes},
            {QStringLiteral("created"), a.createdAt.toString(Qt::ISODate)}};
}

} // namespace

int CommandLine::account(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("json"), tr("Print JSON (list).")});
    parser.addOption({QStringLiteral("read-only"),
                      tr("Peers logging in with this account may pull but not push (add, edit).")});
    parser.addOption({QStringLiteral("writable"),
                      tr("Peers logging in with this account may pull and push (edit).")});
    const QString syntax =
        QStringLiteral("account add USER [--read-only]\n"
                       "       s15n account edit USER --read-only|--writable\n"
                       "       s15n account password USER\n"
                       "       s15n account list [--json]\n"
                       "       s15n account remove USER\n"
                       "The password is asked for on a terminal, else read as one line of stdin.");
    if (!parse(parser, arguments, syntax))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    const QStringList args = parser.positionalArguments();
    if (args.isEmpty())
        return fail(tr("account needs add, edit, password, list or remove."));
    const QString action = args.first();
    const QStringList actions{QStringLiteral("add"), QStringLiteral("edit"),
                              QStringLiteral("password"), QStringLiteral("list"),
                              QStringLiteral("remove")};
    if (!actions.contains(action))
        return fail(tr("Unknown account action '%1': use add, edit, password, list or remove.")
                        .arg(action));
    const bool readOnly = parser.isSet(QStringLiteral("read-only"));
    const bool writable = parser.isSet(QStringLiteral("writable"));
    if (readOnly && action != QLatin1String("add") && action != QLatin1String("edit"))
        return fail(tr("--read-only goes with 'account add' and 'account edit' only."));
    if (writable && action != QLatin1String("edit"))
        return fail(tr("--writable goes with 'account edit' only."));
    if (action == QLatin1String("edit") && readOnly == writable)
        return fail(tr("account edit needs --read-only or --writable."));
    if (parser.isSet(QStringLiteral("json")) && action != QLatin1String("list"))
        return fail(tr("--json goes with 'account list' only."));
    if (action == QLatin1String("list") ? args.size() != 1 : args.size() != 2)
        return fail(action == QLatin1String("list")
                        ? tr("account list takes no USER.")
                        : tr("account %1 needs exactly one USER.").arg(action));

    // A malformed name is refused before the node is opened or a password asked for.
    const QString user = args.value(1);
    if (action != QLatin1String("list")) {
        if (Status s = AccountStore::checkUsername(user); !s)
            return fail(s.message());
    }
    Result<std::unique_ptr<Node>> node = openNode(parser);
    if (!node)
        return fail(node.message());
    AccountStore store(node.value()->database());

    if (action == QLatin1String("list")) {
        Result<QList<Account>> all = store.list();
        if (!all)
            return fail(all.message());
        if (parser.isSet(QStringLiteral("json"))) {
            QJsonArray list;
            for (const Account &a : all.value())
                list.append(toJson(a));
            m_out << QJsonDocument(list).toJson(QJsonDocument::Indented);
            m_out.flush();
            return 0;
        }
        if (all.value().isEmpty()) {
            m_out << tr("No accounts. Add one with 's15n account add USER'.") << Qt::endl;
            return 0;
        }
        m_out << QStringLiteral("%1 %2 %3\n")
                     .arg(tr("USERNAME"), -24)
                     .arg(tr("PUSHES"), -7)
                     .arg(tr("CREATED"));
        for (const Account &a : all.value())
            m_out << QStringLiteral("%1 %2 %3\n")
                         .arg(a.username, -24)
                         .arg(a.acceptPushes ? tr("yes") : tr("no"), -7)
                         .arg(a.createdAt.toString(Qt::ISODate));
        m_out.flush();
        return 0;
    }

    if (action == QLatin1String("remove")) {
        if (Status s = store.remove(user); !s)
            return fail(s.message());
        m_out << tr("Removed the account %1; peers using it can no longer log in.").arg(user)
              << Qt::endl;
        return 0;
    }

    if (action == QLatin1String("edit")) {
        if (Status s = store.setAcceptPushes(user, writable); !s)
            return fail(s.message());
        m_out << (writable ? tr("Peers logging in with %1 may now pull and push.")
                           : tr("Peers logging in with %1 may now pull but not push."))
                     .arg(user)
              << Qt::endl;
        return 0;
    }

    // add, password: check what can be checked before asking for the password.
    const bool adding = action == QLatin1String("add");
    Result<Account> existing = store.find(user);
    if (adding && existing)
        return fail(tr("An account named '%1' exists already; remove it first or change its "
                       "password with 's15n account password %1'.")
                        .arg(user));
    if (!adding && !existing)
        return fail(existing.message());
    const Result<QString> newPassword = readNewPassword(
        adding ? tr("Password for %1: ").arg(user) : tr("New password for %1: ").arg(user), user);
    if (!newPassword)
        return fail(newPassword.message());
    const QString &password = newPassword.value();

    if (adding) {
        const bool acceptPushes = !parser.isSet(QStringLiteral("read-only"));
        if (Status s = store.add(user, password, acceptPushes); !s)
            return fail(s.message());
        m_out << (acceptPushes ? tr("Added the account %1; peers logging in with it may pull "
                                    "and push.")
                               : tr("Added the account %1; peers logging in with it may pull "
                                    "but not push."))
                     .arg(user)
              << Qt::endl;
        return 0;
    }
    if (Status s = store.setPassword(user, password); !s)
        return fail(s.message());
    m_out << tr("Changed the password of %1; peers must use the new one from now on.").arg(user)
          << Qt::endl;
    return 0;
}

} // namespace s15n
