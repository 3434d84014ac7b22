// s15n log: the sync log, newest first.
#include "cli/commandline.h"

#include "log/synclog.h"

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

QJsonObject toJson(const LogEntry &e)
{
    return {{QStringLiteral("id"), e.id},
            {QStringLiteral("time"), SyncLog::timeToText(e.at)},
            {QStringLiteral("repository"), e.repository},
            {QStringLiteral("peer"), e.peer},
            {QStringLiteral("resource"), e.resource},
            {QStringLiteral("mode"), e.mode},
            {QStringLiteral("direction"), e.direction},
            {QStringLiteral("action"), e.action},
            {QStringLiteral("result"), SyncLog::resultName(e.result)},
            {QStringLiteral("remoteError"), e.remoteError},
            {QStringLiteral("message"), e.message},
            {QStringLiteral("received"), e.received},
            {QStringLiteral("applied"), e.applied},
            {QStringLiteral("conflicts"), e.conflicts},
            {QStringLiteral("skipped"), e.skipped},
            {QStringLiteral("failed"), e.failed},
            {QStringLiteral("durationMs"), e.durationMs}};
}

QString shownDuration(qint64 ms)
{
    if (ms < 1000)
        return tr("%1 ms").arg(ms);
    return tr("%1 s").arg(QString::number(double(ms) / 1000.0, 'f', 1));
}

QString orDash(const QString &text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

} // namespace

int CommandLine::log(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("json"), tr("Print JSON: an array with every field.")});
    parser.addOption({QStringLiteral("repo"), tr("Only the entries of this repository."),
                      QStringLiteral("name")});
    parser.addOption({QStringLiteral("result"),
                      tr("Only entries with this result: success, warning, error or fatal."),
                      QStringLiteral("result")});
    parser.addOption({QStringLiteral("limit"),
                      tr("At most this many entries, newest first (default 200; 0 = all)."),
                      QStringLiteral("n")});
    if (!parse(parser, arguments,
               QStringLiteral("log [--repo NAME] [--result success|warning|error|fatal] "
                              "[--limit N] [--json]")))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("log takes no arguments besides its options."));
    LogFilter filter;
    if (parser.isSet(QStringLiteral("repo")))
        filter.repository = parser.value(QStringLiteral("repo"));
    if (parser.isSet(QStringLiteral("result"))) {
        filter.result = SyncLog::parseResult(parser.value(QStringLiteral("result")));
        if (!filter.result)
            return fail(tr("--result is success, warning, error or fatal; '%1' is not.")
                            .arg(parser.value(QStringLiteral("result"))));
    }
    if (parser.isSet(QStringLiteral("limit"))) {
        bool ok = false;
        const QString value = parser.value(QStringLiteral("limit"));
        filter.limit = value.trimmed().toInt(&ok);
        if (!ok || filter.limit < 0)
            return fail(
                tr("--limit takes a number of entries (0 = all); '%1' is not one.").arg(value));
    }
    Result<std::unique_ptr<Node>> node = openNode(parser);
    if (!node)
        return fail(node.message());
    Result<QList<LogEntry>> entries = SyncLog(node.value()->database()).list(filter);
    if (!entries)
        return fail(entries.message());

    if (parser.isSet(QStringLiteral("json"))) {
        QJsonArray list;
        for (const LogEntry &e : entries.value())
            list.append(toJson(e));
        m_out << QJsonDocument(list).toJson(QJsonDocument::Indented);
        return 0;
    }
    if (entries.value().isEmpty()) {
        m_out << (filter.repository.isEmpty() && !filter.result ? tr("The log is empty.")
                                                                : tr("No log entries match."))
              << Qt::endl;
        return 0;
    }
    QList<QStringList> rows;
    for (const LogEntry &e : entries.value()) {
        QString where = e.repository;
        if (where.isEmpty() && !e.peer.isEmpty())
            where = tr("peer %1").arg(e.peer.left(8));
        QStringList mode;
        for (const QString &part : {e.mode, e.direction})
            if (!part.isEmpty())
                mode << part;
        QString result = SyncLog::resultName(e.result);
        if (e.remoteError)
            result = tr("%1 (remote)").arg(result);
        rows << QStringList{e.at.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                            orDash(where),
                            orDash(e.resource),
                            orDash(mode.join(QLatin1Char('/'))),
                            e.action,
                            result,
                            QString::number(e.received),
                            QString::number(e.applied),
                            QString::number(e.conflicts),
                            QString::number(e.skipped),
                            QString::number(e.failed),
                            shownDuration(e.durationMs),
                            e.message.simplified()};
    }
    printTable({tr("TIME"), tr("REPOSITORY"), tr("RESOURCE"), tr("MODE"), tr("ACTION"),
                tr("RESULT"), tr("RECEIVED"), tr("APPLIED"), tr("CONFLICTS"), tr("SKIPPED"),
                tr("FAILED"), tr("DURATION"), tr("MESSAGE")},
               rows);
    return 0;
}

} // namespace s15n
