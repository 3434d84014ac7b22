// s15n backup (on a parent) and s15n parent set (on a child): seeding a child from a zipped
// backup of its parent's data (design.md, "Backup and seeding").
#include "cli/commandline.h"

#include "backup/backupwriter.h"
#include "client/parentsetup.h"
#include "secrets/credentialstore.h"
#include "server/childstore.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QLocale>

#include <csignal>

namespace s15n {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::CommandLine", text);
}

std::atomic_bool g_interrupted{false};
constexpr int kInterruptedExit = 130; // as a shell reports a command stopped by Ctrl-C

void onInterrupt(int)
{
    g_interrupted = true; // lock-free: safe in a signal handler
}

// While it lives, Ctrl+C and SIGTERM cancel the work (which then leaves nothing behind)
// instead of killing the process in the middle of it.
class InterruptGuard
{
public:
    InterruptGuard()
    {
        g_interrupted = false;
        m_int = std::signal(SIGINT, onInterrupt);
        m_term = std::signal(SIGTERM, onInterrupt);
    }
    ~InterruptGuard()
    {
        std::signal(SIGINT, m_int);
        std::signal(SIGTERM, m_term);
    }
    const std::atomic_bool *flag() const { return &g_interrupted; }
    bool interrupted() const { return g_interrupted; }

private:
    void (*m_int)(int) = SIG_DFL;
    void (*m_term)(int) = SIG_DFL;
};

// One line per tenth of the work, so a log file of the run stays short.
class ProgressLines
{
public:
    ProgressLines(QTextStream &err, bool quiet) : m_err(err), m_quiet(quiet) {}
    void show(const QString &what, qint64 done, qint64 total, const QString &unit,
              const QString &table = {})
    {
        if (m_quiet)
            return;
        const int tenth = total > 0 ? int(done * 10 / total) : -1;
        if (what == m_what && tenth == m_tenth)
            return;
        m_what = what;
        m_tenth = tenth;
        QString line = total > 0 ? tr("%1: %2% (%3 of %4 %5)")
                                       .arg(what)
                                       .arg(tenth * 10)
                                       .arg(done)
                                       .arg(total)
                                       .arg(unit)
                                 : what;
        if (!table.isEmpty())
            line += tr(", table %1").arg(table);
        m_err << line << Qt::endl;
    }

private:
    QTextStream &m_err;
    bool m_quiet = false;
    QString m_what;
    int m_tenth = -2;
};

} // namespace

int CommandLine::backup(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("out"), tr("The zip file to write."), QStringLiteral("file")});
    parser.addOption({QStringLiteral("for-child"),
                      tr("Leave out what this child may not receive (its own and the global "
                         "exclusions) and name it in the zip."),
                      QStringLiteral("nick")});
    parser.addOption({QStringLiteral("quiet"), tr("Print only errors.")});
    if (!parse(parser, arguments,
               QStringLiteral("backup [--for-child NICK] --out FILE.zip\n"
                              "Writes a zip of this node's data to seed a child ('s15n parent "
                              "set' there). Without --for-child only the global exclusions are "
                              "left out.")))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("backup takes no arguments besides its options."));
    const QString out = parser.value(QStringLiteral("out"));
    if (out.isEmpty())
        return fail(tr("backup needs --out FILE.zip."));
    Result<std::unique_ptr<Node>> opened = openNode(parser);
    if (!opened)
        return fail(opened.message());
    Node &node = *opened.value();
    ChildStore children(node.database());
    BackupOptions options;
    if (parser.isSet(QStringLiteral("for-child"))) {
        options.childNickname = parser.value(QStringLiteral("for-child"));
        Result<QStringList> excluded = children.excludedTablesForChild(options.childNickname);
        if (!excluded)
            return fail(excluded.message());
        options.excludedTables = excluded.value();
    } else {
        Result<QStringList> global = children.globalExclusions();
        if (!global)
            return fail(global.message());
        options.excludedTables = global.value();
    }
    const InterruptGuard interrupt;
    ProgressLines lines(m_err, parser.isSet(QStringLiteral("quiet")));
    Result<BackupSummary> written = BackupWriter(node).write(
        out, options,
        [&](qint64 done, qint64 total, const QString &table) {
            lines.show(tr("Backup"), done, total, tr("rows"), table);
        },
        interrupt.flag());
    if (!written) {
        const int code = fail(tr("%1 No backup was written.").arg(written.message()));
        return interrupt.interrupted() ? kInterruptedExit : code;
    }
    for (const QString &warning : written.value().warnings)
        m_err << tr("Warning: %1").arg(warning) << Qt::endl;
    const BackupSummary &summary = written.value();
    m_out << tr("Wrote %1: %2 rows of %3 tables, %4 bytes%5.")
                 .arg(QFileInfo(out).absoluteFilePath())
                 .arg(summary.rows)
                 .arg(summary.manifest.resources.size())
                 .arg(summary.zipBytes)
                 .arg(options.childNickname.isEmpty()
                          ? QString()
                          : tr(", for child '%1'").arg(options.childNickname))
          << Qt::endl;
    if (!options.excludedTables.isEmpty())
        m_out << tr("Left out: %1.").arg(options.excludedTables.join(QLatin1String(", ")))
              << Qt::endl;
    return 0;
}

int CommandLine::parent(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("user"),
                      tr("This child's account at the parent (made there by 'child add')."),
                      QStringLiteral("user")});
    parser.addOption({QStringLiteral("zip"),
                      tr("The parent's backup zip, made there with 's15n backup' (or its Download "
                         "data backup)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("fetch"),
                      tr("Fetch the backup from the parent over the web instead.")});
    parser.addOption({QStringLiteral("name"),
                      tr("The parent's repository name here (default '%1').")
                          .arg(QLatin1String(ParentSetup::kDefaultName)),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("proxy"),
                      tr("HTTP or SOCKS5 proxy, http://HOST:PORT or socks5://HOST:PORT."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("ca-cert"),
                      tr("PEM file of the certificate authority (or the self-signed "
                         "certificate) to trust for an https:// parent."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("parent-uuid"),
                      tr("The parent's UUID ('s15n info' there): checked against the parent, "
                         "and needed with --zip when the parent cannot be reached."),
                      QStringLiteral("uuid")});
    parser.addOption({QStringLiteral("quiet"), tr("Print only errors.")});
    const QString syntax = QStringLiteral(
        "parent set URL --user U (--zip FILE.zip | --fetch) [--parent-uuid UUID] [--name NAME] "
        "[--proxy URL] [--ca-cert FILE]\n"
        "Seeds this node from its parent's backup and adds the parent as a repository. The "
        "password is asked for on a terminal, else read as one line of stdin.");
    if (!parse(parser, arguments, syntax))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    const QStringList pos = parser.positionalArguments();
    if (pos.isEmpty() || pos.first() != QLatin1String("set"))
        return fail(tr("parent needs set: s15n %1").arg(syntax.section(QLatin1Char('\n'), 0, 0)));
    if (pos.size() != 2)
        return fail(tr("parent set needs the parent's URL."));
    const bool fetch = parser.isSet(QStringLiteral("fetch"));
    const QString zip = parser.value(QStringLiteral("zip"));
    if (fetch == !zip.isEmpty())
        return fail(tr("Give either --zip FILE.zip (a backup downloaded from the parent) or "
                       "--fetch (fetch it over the web)."));
    ParentRequest request;
    Repository &r = request.repository;
    r.name = parser.isSet(QStringLiteral("name")) ? parser.value(QStringLiteral("name"))
                                                  : QLatin1String(ParentSetup::kDefaultName);
    r.url = QUrl(pos.at(1), QUrl::StrictMode);
    if (r.url.scheme().isEmpty() || r.url.host().isEmpty())
        return fail(tr("'%1' is not a usable URL: give http://HOST:PORT or "
                       "https://HOST:PORT[/path].")
                        .arg(pos.at(1)));
    r.username = parser.value(QStringLiteral("user"));
    r.proxy = QUrl(parser.value(QStringLiteral("proxy")), QUrl::StrictMode);
    if (parser.isSet(QStringLiteral("ca-cert")))
        r.caCertificateFile =
            QFileInfo(parser.value(QStringLiteral("ca-cert"))).absoluteFilePath();
    if (!zip.isEmpty())
        request.zipPath = QFileInfo(zip).absoluteFilePath();
    if (parser.isSet(QStringLiteral("parent-uuid"))) {
        r.remoteUuid = QUuid::fromString(parser.value(QStringLiteral("parent-uuid")));
        if (r.remoteUuid.isNull())
            return fail(tr("--parent-uuid takes a node UUID; '%1' is not one.")
                            .arg(parser.value(QStringLiteral("parent-uuid"))));
    }
    if (Status s = RepositoryStore::validate(r); !s)
        return fail(s.message());
    Result<std::unique_ptr<Node>> opened = openNode(parser);
    if (!opened)
        return fail(opened.message());
    Node &node = *opened.value();
    if (RepositoryStore(node.database()).find(r.name))
        return fail(tr("There is already a repository named '%1'; give another --name.")
                        .arg(r.name));
    request.password = readSecret(tr("Password for %1 at %2: ").arg(r.username, pos.at(1)));
    if (request.password.isEmpty())
        return fail(tr("No password was given (prompt or one line on stdin). Nothing was "
                       "changed."));

    const InterruptGuard interrupt;
    ProgressLines lines(m_err, parser.isSet(QStringLiteral("quiet")));
    Result<ParentOutcome> defined =
        ParentSetup(node, interrupt.flag()).define(request, [&](const ParentProgress &p) {
            switch (p.step) {
            case ParentProgress::Step::Connecting:
                lines.show(tr("Asking the parent who it is"), 0, 0, QString());
                break;
            case ParentProgress::Step::Preparing:
                lines.show(tr("The parent writes the backup"), p.done, p.total, tr("rows"),
                           p.table);
                break;
            case ParentProgress::Step::Downloading:
                lines.show(tr("Downloading"), p.done, p.total, tr("bytes"));
                break;
            case ParentProgress::Step::Checking:
                lines.show(tr("Checking the backup"), p.done, p.total, tr("rows"), p.table);
                break;
            case ParentProgress::Step::Restoring:
                lines.show(tr("Restoring"), p.done, p.total, tr("rows"), p.table);
                break;
            case ParentProgress::Step::Registering:
                lines.show(tr("Registering at the parent"), 0, 0, QString());
                break;
            }
        });
    if (!defined) {
        const int code = fail(defined.message());
        return interrupt.interrupted() ? kInterruptedExit : code;
    }
    const ParentOutcome &o = defined.value();
    for (const QString &warning : o.restore.warnings)
        m_err << tr("Warning: %1").arg(warning) << Qt::endl;
    m_out << tr("Seeded from parent '%1' (%2): %3 rows of %4 tables%5.")
                 .arg(o.parentName, o.repository.remoteUuid.toString(QUuid::WithoutBraces))
                 .arg(o.restore.rows)
                 .arg(o.restore.manifest.resources.size())
                 .arg(o.restore.createdTables.isEmpty()
                          ? QString()
                          : tr("; created %1").arg(o.restore.createdTables.join(
                                QLatin1String(", "))))
          << Qt::endl;
    if (!o.restore.manifest.child.isEmpty())
        m_out << tr("The backup was made for child '%1'.").arg(o.restore.manifest.child)
              << Qt::endl;
    m_out << tr("Added repository '%1' (%2); its password is kept in %3.")
                 .arg(r.name, r.url.toString(), CredentialStore::where())
          << Qt::endl;
    if (o.offline)
        m_err << tr("Warning: the parent could not be reached; the zip comes from the parent "
                    "UUID given, and this node registers there at its first sync.")
              << Qt::endl;
    if (!o.registered)
        m_err << tr("Warning: %1").arg(o.registrationFailure) << Qt::endl;
    else
        m_out << tr("Registered this node at '%1'. Run 's15n sync %2' to bring what changed "
                    "there since the backup.")
                     .arg(o.parentName, r.name)
              << Qt::endl;
    return 0;
}

} // namespace s15n
