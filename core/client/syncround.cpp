#include "syncround.h"

#include "capture/changestamper.h"
#include "capture/resourcestore.h"
#include "client/remoteclient.h"
#include "sync/exporter.h"
#include "sync/pagereader.h"
#include "sync/pagewriter.h"
#include "sync/resourceschema.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QLoggingCategory>
#include <QSet>

Q_LOGGING_CATEGORY(lcRound, "s15n.round")

namespace s15n {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::SyncRound", text);
}

constexpr qint64 kSkewWarningMs = 60 * 1000;

QString uuidText(const QUuid &uuid)
{
    return uuid.toString(QUuid::WithoutBraces);
}

LogResult resultOf(const ApplyCounts &c)
{
    return c.failed > 0 || c.held > 0 || c.skipped > 0 ? LogResult::Warning : LogResult::Success;
}

void fillCounts(LogEntry &entry, const ApplyCounts &c)
{
    entry.received = c.received;
    entry.applied = c.applied;
    entry.conflicts = c.conflicts + c.held;
    entry.skipped = c.skipped + c.parked;
    entry.failed = c.failed;
}

void report(const RoundOptions &options, const RoundProgress &progress)
{
    if (options.progress)
        options.progress(progress);
}

} // namespace

SyncRound::SyncRound(Node &node, const Repository &repository, const QString &password)
    : m_node(node), m_repository(repository), m_password(password), m_log(node.database())
{}

bool SyncRound::cancelled(const RoundOptions &options) const
{
    return options.cancelled && options.cancelled->load();
}

LogEntry SyncRound::entry(const QString &resource, const QString &mode, const QString &action) const
{
    LogEntry e;
    e.repository = m_repository.name;
    e.peer = m_repository.remoteUuid.isNull() ? QString() : uuidText(m_repository.remoteUuid);
    e.resource = resource;
    e.mode = mode;
    e.direction = mode == QLatin1String("pull")   ? QStringLiteral("incoming")
                  : mode == QLatin1String("push") ? QStringLiteral("outgoing")
                                                  : QString();
    e.action = action;
    return e;
}

void SyncRound::write(const LogEntry &entry)
{
    if (Status s = m_log.write(entry); !s)
        qCWarning(lcRound) << "cannot write the log:" << s.message();
}

Status SyncRound::registerAt(Node &node, Repository &repository, RemoteClient &client, SyncLog &log)
{
    LogEntry e;
    e.repository = repository.name;
    e.action = QStringLiteral("register");
    QElapsedTimer timer;
    timer.start();
    const NodeIdentity &me = node.identity();
    Result<messages::Registered> registered = client.registerNode({me.uuid, me.name, me.syncId});
    e.durationMs = timer.elapsed();
    if (!registered) {
        e.result = LogResult::Error;
        e.remoteError = client.lastFailureWasRemote();
        // A refused account or password: registering by hand would be refused the same way.
        const int status = client.lastHttpStatus();
        if (client.lastFailureWasRemote() && (status == 401 || status == 403))
            e.message = tr("Registration at %1 failed: %2")
                            .arg(repository.url.toString(), registered.message());
        else
            e.message = tr("Registration at %1 failed: %2 To register by hand, run 's15n repo "
                           "register %3' once the remote can be reached, or ask the remote's "
                           "administrator to run 's15n peer add %4 --name \"%5\" --user %6'.")
                            .arg(repository.url.toString(), registered.message(), repository.name,
                                 uuidText(me.uuid), me.name, repository.username);
        log.write(e);
        return Status::failure(e.message);
    }
    if (!repository.remoteUuid.isNull() && registered.value().uuid != repository.remoteUuid) {
        e.result = LogResult::Error;
        e.message = tr("The remote at %1 is node %2, not %3 as this repository says.")
                        .arg(repository.url.toString(), uuidText(registered.value().uuid),
                             uuidText(repository.remoteUuid));
        log.write(e);
        return Status::failure(e.message);
    }
    repository.remoteUuid = registered.value().uuid;
    repository.registered = true;
    if (Status s = RepositoryStore(node.database()).update(repository); !s)
        return s;
    e.peer = uuidText(repository.remoteUuid);
    e.message = registered.value().isNew
                    ? tr("Registered at '%1' (%2).").arg(registered.value().name, e.peer)
                    : tr("Already registered at '%1' (%2); nothing duplicated.")
                          .arg(registered.value().name, e.peer);
    log.write(e);
    return Status();
}

Result<RoundSummary> SyncRound::run(const RoundOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    RoundSummary summary;
    Result<RemoteOptions> made = RemoteOptions::forRepository(m_node, m_repository, m_password);
    if (!made)
        return made.status();
    RemoteOptions remote = made.value();
    remote.transferTimeoutMs = options.transferTimeoutMs;
    remote.cancelled = options.cancelled;
    remote.retried = true;
    RemoteClient client(remote);

    LogEntry round = entry(QString(), QString(), QStringLiteral("round"));
    auto finish = [&](LogResult result, const QString &message, bool remoteError) {
        round.result = result;
        round.message = message;
        round.remoteError = remoteError;
        round.durationMs = timer.elapsed();
        round.peer =
            m_repository.remoteUuid.isNull() ? QString() : uuidText(m_repository.remoteUuid);
        ApplyCounts total = summary.pulled;
        total += summary.pushed;
        fillCounts(round, total);
        write(round);
    };

    Result<messages::NodeInfo> info = client.nodeInfo();
    if (!info) {
        QString message = info.message();
        if (client.lastHttpStatus() == 401)
            message += tr(" A new password is stored with 's15n repo edit %1 --password'.")
                           .arg(m_repository.name);
        finish(LogResult::Error, message, client.lastFailureWasRemote());
        return Status::failure(message);
    }
    if (!m_repository.remoteUuid.isNull() && info.value().uuid != m_repository.remoteUuid) {
        const QString message =
            tr("The remote at %1 is node %2, not %3 as repository '%4' says. Nothing was "
               "synced; check the URL.")
                .arg(m_repository.url.toString(), uuidText(info.value().uuid),
                     uuidText(m_repository.remoteUuid), m_repository.name);
        finish(LogResult::Fatal, message, false);
        return Status::failure(message);
    }
    if (qAbs(client.lastSkewMs()) > kSkewWarningMs) {
        LogEntry skew = entry(QString(), QString(), QStringLiteral("clock"));
        skew.result = LogResult::Warning;
        skew.message = tr("The remote's clock is %1 s %2 of this node's. Versions stay ordered "
                          "(hybrid clock), but fix the clock.")
                           .arg(qAbs(client.lastSkewMs()) / 1000)
                           .arg(client.lastSkewMs() > 0 ? tr("ahead") : tr("behind"));
        write(skew);
        summary.warnings.append(skew.message);
    }
    if (!m_repository.registered || m_repository.remoteUuid.isNull()) {
        if (Status s = registerAt(m_node, m_repository, client, m_log); !s) {
            finish(LogResult::Error, s.message(), client.lastFailureWasRemote());
            return s;
        }
    }

    // Records the database refused in earlier rounds get another chance first.
    if (Result<ApplyCounts> retried = ApplyEngine(m_node).retryFailed(m_repository.remoteUuid);
        !retried) {
        finish(LogResult::Error, retried.message(), false);
        return retried.status();
    } else if (retried.value().received > 0) {
        LogEntry e = entry(QString(), QString(), QStringLiteral("retry failed"));
        fillCounts(e, retried.value());
        e.result = retried.value().failed > 0 ? LogResult::Warning : LogResult::Success;
        e.message = retried.value().messages.isEmpty()
                        ? tr("%1 rows refused before were applied now.").arg(retried.value().applied)
                        : retried.value().messages.join(QLatin1String("; "));
        write(e);
        summary.pulled += retried.value();
    }

    ResourceStore store(m_node);
    Result<QList<Resource>> ordered = store.dependencyOrder();
    if (!ordered)
        return ordered.status();
    QSet<QString> remoteTables;
    for (const Resource &r : info.value().resources)
        remoteTables.insert(r.table);
    QSet<QString> localTables;
    for (const Resource &r : ordered.value())
        localTables.insert(r.table);
    for (const QString &wanted : options.resources) {
        if (!localTables.contains(wanted) || !remoteTables.contains(wanted)) {
            const QString message =
                !localTables.contains(wanted)
                    ? tr("'%1' is not a resource of this node ('s15n resource list').").arg(wanted)
                    : tr("The remote does not sync '%1'.").arg(wanted);
            finish(LogResult::Error, message, false);
            return Status::failure(message);
        }
    }

    RoundProgress progress;
    for (const Resource &resource : ordered.value()) {
        if ((options.resources.isEmpty() || options.resources.contains(resource.table)) &&
            remoteTables.contains(resource.table))
            ++progress.resourcesTotal;
    }

    QStringList errors;
    bool remoteError = false;
    for (const Resource &resource : ordered.value()) {
        if (!options.resources.isEmpty() && !options.resources.contains(resource.table))
            continue;
        if (!remoteTables.contains(resource.table)) {
            LogEntry e = entry(resource.table, QString(), QStringLiteral("resource"));
            e.result = LogResult::Warning;
            e.message = tr("The remote does not sync '%1'; skipped.").arg(resource.table);
            write(e);
            summary.warnings.append(e.message);
            continue;
        }
        Result<ResourceSchema> schema =
            ResourceSchema::load(m_node.database(), resource, ordered.value());
        Status s = schema ? Status() : schema.status();
        progress.resource = resource.table;
        if (s && resource.pulls())
            s = pullResource(client, resource, options, summary, progress);
        if (s && resource.pushes())
            s = pushResource(client, schema.value(), options, info.value().maxBodyBytes, summary,
                             progress);
        ++progress.resourcesDone;
        if (!s) {
            QString message = s.message();
            const QString code = client.lastErrorCode();
            if (code == QLatin1String("not-registered"))
                message += tr(" On this node, 's15n repo register %1' registers it again.")
                               .arg(m_repository.name);
            errors.append(message);
            remoteError = remoteError || client.lastFailureWasRemote();
            // Unreachable, refused as a whole, or cancelled: every other resource would fail
            // the same way.
            if (cancelled(options) || client.lastHttpStatus() == 0 ||
                client.lastHttpStatus() == 401 || code == QLatin1String("not-registered") ||
                code == QLatin1String("other-account"))
                break;
        }
    }
    if (cancelled(options)) {
        const QString message = tr("The round was cancelled; everything up to the last "
                                   "checkpoint is kept.");
        finish(LogResult::Error, message, false);
        return Status::failure(message);
    }
    if (!errors.isEmpty()) {
        finish(LogResult::Error, errors.join(QLatin1Char(' ')), remoteError);
        return Status::failure(errors.join(QLatin1Char('\n')));
    }
    RoundProgress done;
    done.resourcesDone = done.resourcesTotal = progress.resourcesTotal;
    report(options, done);
    const bool warned = !summary.warnings.isEmpty() ||
                        resultOf(summary.pulled) != LogResult::Success ||
                        resultOf(summary.pushed) != LogResult::Success;
    finish(warned ? LogResult::Warning : LogResult::Success,
           tr("Pulled %1 and pushed %2 changes in %3 and %4 pages.")
               .arg(summary.pulled.received)
               .arg(summary.pushed.received)
               .arg(summary.pulledPages)
               .arg(summary.pushedPages),
           false);
    return summary;
}

Status SyncRound::pullResource(RemoteClient &client, const Resource &resource,
                               const RoundOptions &options, RoundSummary &summary,
                               RoundProgress progress)
{
    progress.direction = RoundProgress::Direction::Pull;
    report(options, progress);
    const QString peer = uuidText(m_repository.remoteUuid);
    Result<QVariant> stored = m_node.database().scalar(
        QStringLiteral("SELECT seq FROM s15n_cursors WHERE peer = ? AND table_name = ?"),
        {peer, resource.table});
    if (!stored)
        return stored.status();
    qint64 since = stored.value().isValid() ? stored.value().toLongLong() : 0;
    ApplyEngine engine(m_node);
    RemoteClient::PendingPull pending = client.startPull(resource.table, since, options.pageSize);
    for (;;) {
        if (cancelled(options))
            return Status::failure(tr("Cancelled."));
        QElapsedTimer timer;
        timer.start();
        LogEntry e = entry(resource.table, QStringLiteral("pull"), QStringLiteral("pull page"));
        auto failed = [&](const QString &message, bool remote) {
            e.result = LogResult::Error;
            e.remoteError = remote;
            e.message = message;
            e.durationMs = timer.elapsed();
            write(e);
            return Status::failure(message);
        };
        Result<QByteArray> body = client.finishPull(std::move(pending));
        if (!body)
            return failed(body.message(), client.lastFailureWasRemote());
        QBuffer buffer(&body.value());
        buffer.open(QIODevice::ReadOnly);
        PageReader reader(&buffer);
        ChangePage page;
        if (!reader.readNextPage(&page))
            return failed(tr("The remote's page of '%1' is not valid: %2")
                              .arg(resource.table, reader.hasError() ? reader.errorString()
                                                                     : tr("it holds no page")),
                          false);
        if (reader.source().node != m_repository.remoteUuid || page.resource != resource.table ||
            page.since != since)
            return failed(tr("The remote answered with changes of another node, resource or "
                             "cursor; nothing was applied."),
                          false);
        if (page.records.isEmpty() && page.cursor <= since) {
            // Nothing (more) is new.
            progress.checkpoint = false;
            progress.finished = true;
            report(options, progress);
            return Status();
        }
        // The remote prepares the next page while this one is applied; only applied pages
        // move the cursor, so an interruption still resumes at the last one applied.
        if (page.more)
            pending = client.startPull(resource.table, page.cursor, options.pageSize);
        Result<ApplyCounts> counts = engine.applyPage(reader.source(), page);
        if (!counts)
            return failed(
                tr("A page of '%1' was not applied: %2").arg(resource.table, counts.message()),
                false);
        summary.pulled += counts.value();
        ++summary.pulledPages;
        fillCounts(e, counts.value());
        e.result = resultOf(counts.value());
        e.message = counts.value().messages.isEmpty()
                        ? tr("Cursor %1 to %2.").arg(since).arg(page.cursor)
                        : counts.value().messages.join(QLatin1String("; "));
        e.durationMs = timer.elapsed();
        write(e);
        ++progress.pages;
        progress.checkpoint = true;
        progress.received += counts.value().received;
        progress.applied += counts.value().applied;
        progress.finished = !page.more;
        report(options, progress);
        since = page.cursor;
        if (!page.more)
            return Status();
    }
}

Status SyncRound::pushResource(RemoteClient &client, const ResourceSchema &schema,
                               const RoundOptions &options, qint64 maxBodyBytes,
                               RoundSummary &summary, RoundProgress progress)
{
    progress.direction = RoundProgress::Direction::Push;
    report(options, progress);
    int pageSize = options.pageSize;
    const QString table = schema.resource.table;
    Result<qint64> remoteCursor = client.cursor(table);
    if (!remoteCursor) {
        LogEntry e = entry(table, QStringLiteral("push"), QStringLiteral("push page"));
        e.result = LogResult::Error;
        e.remoteError = client.lastFailureWasRemote();
        e.message = remoteCursor.message();
        write(e);
        return remoteCursor.status();
    }
    qint64 since = remoteCursor.value();
    Exporter exporter(m_node);
    const PageSource me{m_node.identity().uuid, m_node.identity().name};
    for (;;) {
        if (cancelled(options))
            return Status::failure(tr("Cancelled."));
        QElapsedTimer timer;
        timer.start();
        LogEntry e = entry(table, QStringLiteral("push"), QStringLiteral("push page"));
        if (Result<int> stamped = ChangeStamper(m_node).stamp(); !stamped)
            return stamped.status();
        Result<ChangePage> read =
            exporter.readPage(schema, since, pageSize, m_repository.remoteUuid);
        if (!read)
            return read.status();
        ChangePage page = std::move(read.value());
        // Pages holding only rows that came from the remote (after a seed, or a large pull)
        // would each be a request that only moves its cursor: read on to the next page with
        // records, or the end, so that one request carries the cursor past all of them.
        while (page.records.isEmpty() && page.more) {
            if (cancelled(options))
                return Status::failure(tr("Cancelled."));
            Result<ChangePage> next =
                exporter.readPage(schema, page.cursor, pageSize, m_repository.remoteUuid);
            if (!next)
                return next.status();
            next.value().since = page.since;
            page = std::move(next.value());
        }
        if (page.records.isEmpty() && page.cursor <= since) {
            progress.checkpoint = false;
            progress.finished = true;
            report(options, progress);
            return Status();
        }
        QByteArray document;
        QBuffer buffer(&document);
        buffer.open(QIODevice::WriteOnly);
        PageWriter writer(&buffer);
        writer.startDocument(me);
        writer.writePage(page);
        writer.endDocument();
        if (writer.hasError())
            return Status::failure(writer.errorString());
        // Keep under the remote's body limit (with room for the request's head): fewer rows.
        if (maxBodyBytes > 0 && document.size() > maxBodyBytes - 64 * 1024) {
            if (pageSize > 1) {
                pageSize = qMax(1, pageSize / 2);
                continue;
            }
            e.result = LogResult::Error;
            e.message = tr("Row %1 of %2 is %3 KiB as XML, more than the remote accepts (%4 KiB); "
                           "raise the remote's limit with 's15n serve --max-body-mb'. The rows "
                           "after it wait.")
                            .arg(page.records.value(0).rowUuid, table)
                            .arg(document.size() / 1024)
                            .arg(maxBodyBytes / 1024);
            write(e);
            return Status::failure(e.message);
        }
        Result<messages::PushResult> result = client.push(
            table, document, schema.resource.updatePolicy, schema.resource.conflictPolicy);
        if (!result) {
            e.result = LogResult::Error;
            e.remoteError = client.lastFailureWasRemote();
            e.message = result.message();
            e.durationMs = timer.elapsed();
            write(e);
            return result.status();
        }
        const ApplyCounts &c = result.value().counts;
        summary.pushed += c;
        ++summary.pushedPages;
        fillCounts(e, c);
        e.result = resultOf(c);
        e.remoteError = c.failed > 0;
        e.message = c.messages.isEmpty()
                        ? tr("Cursor %1 to %2.").arg(since).arg(page.cursor)
                        : c.messages.join(QLatin1String("; "));
        e.durationMs = timer.elapsed();
        write(e);
        ++progress.pages;
        progress.checkpoint = true;
        progress.sent += page.records.size();
        progress.applied += c.applied;
        progress.finished = !page.more;
        report(options, progress);
        since = page.cursor;
        if (!page.more)
            return Status();
    }
}

} // namespace s15n
