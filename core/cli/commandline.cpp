#include "commandline.h"

#include "secrets/keychain.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>

#include <cstdio>

#include <termios.h>
#include <unistd.h>

namespace s15n {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::CommandLine", text);
}
} // namespace

CommandLine::CommandLine() : m_out(stdout), m_err(stderr) {}

int CommandLine::usage(int exitCode)
{
    QTextStream &s = exitCode == 0 ? m_out : m_err;
    s << tr("Usage: s15n VERB [options]\n"
            "\n"
            "Node:\n"
            "  init [--name NAME] [--sync-id N] [--sample-data]   create this node\n"
            "  info [--json]                                     show this node\n"
            "  db-password [--forget]                            store the database password "
            "(stdin) in the keychain\n"
            "  settings [--proxy URL] [--listen ADDR:PORT] [--tls-cert F --tls-key F] [--json]\n"
            "                                  default proxy, and where 'serve' listens\n"
            "Resources (synced tables):\n"
            "  resource add TABLE [--uuid-column C] [--mode pull|push|both]\n"
            "               [--strategy create,update,delete] [--update-policy P] "
            "[--conflict-policy P]\n"
            "  resource edit TABLE [same options]\n"
            "  resource list [--json]\n"
            "  resource remove TABLE\n"
            "Offline exchange:\n"
            "  export RESOURCE [--since N] [--to NODE_UUID] --out FILE\n"
            "  import FILE [--json]\n"
            "  conflicts [--json]                  conflicts held by the MANUAL policy\n"
            "  conflicts resolve ID --take theirs|ours\n"
            "Serving peers:\n"
            "  serve [--listen ADDR:PORT] [--tls-cert F --tls-key F] [--no-worker] "
            "[--max-body-mb N]\n"
            "  account add USER [--read-only] | account list [--json] | account remove USER\n"
            "  account edit USER --read-only|--writable | account password USER (stdin)\n"
            "  peer list [--json] | peer add UUID --name NAME --user ACCOUNT\n"
            "  peer edit UUID --accept-pushes yes|no | peer remove UUID\n"
            "  child add NICK --user U [--uuid UUID] [--exclude TABLE]... [--note TEXT]\n"
            "                                  a child server, with a new account (password:\n"
            "                                  prompt or stdin) and the tables it may not receive\n"
            "  child edit NICK [--uuid UUID|--clear-uuid] [--exclude T]... [--allow T]...\n"
            "                  [--password] [--note TEXT]\n"
            "  child list [--json] | child remove NICK\n"
            "  child exclusions [--add T]... [--remove T]... [--json]   tables no child receives\n"
            "  backup [--for-child NICK] --out FILE.zip   a zip of this node's data to seed a\n"
            "                                  child (children also fetch it over HTTP)\n"
            "Syncing with a remote node:\n"
            "  parent set URL --user U (--zip FILE.zip | --fetch) [--parent-uuid UUID]\n"
            "             [--name NAME]\n"
            "                                  seed this node from its parent's backup and add\n"
            "                                  the parent as a repository\n"
            "  repo add NAME URL --user U [--proxy URL] [--uuid UUID] [--accept-pushes] "
            "[--ca-cert F]\n"
            "  repo edit NAME [same options] [--password] | repo list [--json]\n"
            "  repo remove NAME | repo register NAME\n"
            "  sync [REPO] [--resource R]... [--timeout SECONDS]   pull, then push\n"
            "  changes [REPO] [--resource R]... [--json]   changes not pushed yet, with and\n"
            "                                  without conflicts, and held conflicts\n"
            "  changes push REPO --resource R UUID... [--ours]   push these rows (--ours:\n"
            "                                  overwrite the other side's version)\n"
            "  changes take-theirs REPO --resource R UUID...   take the remote's version\n"
            "Schedule and log:\n"
            "  job add REPO --every DURATION [--start T] [--end T] [--repeat N] [--timeout D]\n"
            "  job edit ID [same options] [--enable|--disable] | job list [--json]\n"
            "  job remove ID | job run ID\n"
            "  log [--repo NAME] [--result success|warning|error|fatal] [--limit N] [--json]\n"
            "\n"
            "Every verb takes --db PATH or --db postgresql://user@host:port/dbname; without it "
            "s15n uses $S15N_DB, then the node made by 's15n init', then the default SQLite file.\n"
            "Policies: THIS, OTHER, NEWER, MASTER (and MANUAL for conflicts).\n");
    s.flush();
    return exitCode;
}

int CommandLine::fail(const QString &message)
{
    m_err << tr("s15n: %1").arg(message) << Qt::endl;
    return 1;
}

void CommandLine::addDatabaseOption(QCommandLineParser &parser)
{
    parser.addOption(QCommandLineOption(QStringLiteral("db"),
                                        tr("The node's database: a SQLite file or a "
                                           "postgresql:// URL (no password in it)."),
                                        QStringLiteral("location")));
    parser.addHelpOption();
}

bool CommandLine::parse(QCommandLineParser &parser, const QStringList &arguments,
                        const QString &syntax)
{
    if (!parser.parse(arguments)) {
        m_err << tr("s15n: %1\nUsage: s15n %2").arg(parser.errorText(), syntax) << Qt::endl;
        return false;
    }
    if (parser.isSet(QStringLiteral("help"))) {
        m_out << tr("Usage: s15n %1").arg(syntax) << Qt::endl;
        QString help = parser.helpText();
        help = help.mid(help.indexOf(QLatin1Char('\n')) + 1);
        m_out << help;
        m_out.flush();
        return false;
    }
    return true;
}

Result<DatabaseLocation> CommandLine::location(const QCommandLineParser &parser)
{
    if (parser.isSet(QStringLiteral("db")))
        return DatabaseLocation::parse(parser.value(QStringLiteral("db")));
    return DatabaseLocation::configured();
}

QString CommandLine::databasePassword(const DatabaseLocation &location)
{
    if (location.kind != DatabaseLocation::Kind::Postgresql ||
        !qEnvironmentVariableIsEmpty("PGPASSWORD"))
        return QString(); // SQLite, or libpq reads PGPASSWORD itself
    Result<QString> stored = Keychain::read(location.keychainKey());
    return stored ? stored.value() : QString(); // else libpq may still use ~/.pgpass
}

Result<std::unique_ptr<Node>> CommandLine::openNode(const QCommandLineParser &parser)
{
    Result<DatabaseLocation> where = location(parser);
    if (!where)
        return where.status();
    return Node::open(where.value(), databasePassword(where.value()));
}

QString CommandLine::readSecretFromStdin()
{
    QFile in;
    if (!in.open(stdin, QIODevice::ReadOnly))
        return QString();
    QString line = QString::fromUtf8(in.readLine());
    while (line.endsWith(QLatin1Char('\n')) || line.endsWith(QLatin1Char('\r')))
        line.chop(1);
    return line;
}

void CommandLine::printTable(const QStringList &headers, const QList<QStringList> &rows)
{
    QList<int> widths;
    for (const QString &h : headers)
        widths << int(h.size());
    for (const QStringList &row : rows) {
        for (int i = 0; i < row.size() && i < widths.size(); ++i)
            widths[i] = qMax(widths[i], int(row.at(i).size()));
    }
    const auto line = [&](const QStringList &cells) {
        QString text;
        for (int i = 0; i < cells.size(); ++i)
            text +=
                i + 1 < cells.size() ? cells.at(i).leftJustified(widths.at(i) + 2) : cells.at(i);
        m_out << text << '\n';
    };
    line(headers);
    for (const QStringList &row : rows)
        line(row);
    m_out.flush();
}

QString CommandLine::readSecret(const QString &prompt)
{
    if (!isatty(STDIN_FILENO))
        return readSecretFromStdin();
    m_err << prompt;
    m_err.flush();
    termios saved{};
    const bool quiet = tcgetattr(STDIN_FILENO, &saved) == 0;
    if (quiet) {
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &silent);
    }
    const QString secret = readSecretFromStdin();
    if (quiet)
        tcsetattr(STDIN_FILENO, TCSAFLUSH, &saved);
    m_err << Qt::endl;
    return secret;
}

Result<QString> CommandLine::readNewPassword(const QString &prompt, const QString &user)
{
    const QString password = readSecret(prompt);
    if (password.isEmpty())
        return Status::failure(tr("No password given for %1: type it at the prompt or give it as "
                                  "one line on stdin. Nothing was changed.")
                                   .arg(user));
    if (isatty(STDIN_FILENO) && readSecret(tr("Again: ")) != password)
        return Status::failure(tr("The two passwords differ. Nothing was changed."));
    return password;
}

int CommandLine::run(const QStringList &arguments)
{
    // The tool speaks through its own messages; the library's log lines are for
    // QT_LOGGING_RULES="s15n.*=true" when investigating.
    if (qEnvironmentVariableIsEmpty("QT_LOGGING_RULES"))
        QLoggingCategory::setFilterRules(QStringLiteral("s15n.*=false"));
    if (arguments.size() < 2)
        return usage(2);
    const QString verb = arguments.at(1);
    // The parser sees "s15n VERB" as its program name, then the verb's own arguments.
    QStringList rest = arguments.mid(2);
    rest.prepend(arguments.at(0) + QLatin1Char(' ') + verb);
    if (verb == QLatin1String("init"))
        return init(rest);
    if (verb == QLatin1String("info"))
        return info(rest);
    if (verb == QLatin1String("db-password"))
        return dbPassword(rest);
    if (verb == QLatin1String("resource"))
        return resource(rest);
    if (verb == QLatin1String("export"))
        return exportChanges(rest);
    if (verb == QLatin1String("import"))
        return importChanges(rest);
    if (verb == QLatin1String("conflicts"))
        return conflicts(rest);
    if (verb == QLatin1String("serve"))
        return serve(rest);
    if (verb == QLatin1String("peer"))
        return peer(rest);
    if (verb == QLatin1String("account"))
        return account(rest);
    if (verb == QLatin1String("child"))
        return child(rest);
    if (verb == QLatin1String("backup"))
        return backup(rest);
    if (verb == QLatin1String("parent"))
        return parent(rest);
    if (verb == QLatin1String("repo"))
        return repo(rest);
    if (verb == QLatin1String("sync"))
        return sync(rest);
    if (verb == QLatin1String("changes"))
        return changes(rest);
    if (verb == QLatin1String("job"))
        return job(rest);
    if (verb == QLatin1String("log"))
        return log(rest);
    if (verb == QLatin1String("settings"))
        return settings(rest);
    if (verb == QLatin1String("help") || verb == QLatin1String("--help") ||
        verb == QLatin1String("-h"))
        return usage(0);
    if (verb == QLatin1String("--version")) {
        m_out << QCoreApplication::applicationVersion() << Qt::endl;
        return 0;
    }
    m_err << tr("s15n: unknown verb '%1'.").arg(verb) << Qt::endl;
    return usage(2);
}

} // namespace s15n
