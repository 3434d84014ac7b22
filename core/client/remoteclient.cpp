#include "remoteclient.h"

#include "client/repositorystore.h"
#include "storage/node.h"
#include "storage/nodesettings.h"
#include "sync/pagereader.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDateTime>
#include <QEventLoop>
#include <QLoggingCategory>
#include <QNetworkProxy>
#include <QNetworkReply>
#include <QSslConfiguration>
#include <QTimer>
#include <QUrlQuery>

Q_LOGGING_CATEGORY(lcClient, "s15n.client")

namespace s15n {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::RemoteClient", text);
}

} // namespace

Result<RemoteOptions> RemoteOptions::forRepository(Node &node, const Repository &repository,
                                                   const QString &password)
{
    RemoteOptions o;
    if (!repository.caCertificateFile.isEmpty()) {
        Result<QList<QSslCertificate>> trusted =
            RemoteClient::readCertificates(repository.caCertificateFile);
        if (!trusted)
            return trusted.status();
        o.caCertificates = trusted.value();
    }
    o.url = repository.url;
    o.username = repository.username;
    o.password = password;
    o.proxy = repository.proxy;
    if (o.proxy.isEmpty()) {
        Result<NodeSettings> settings = NodeSettings::load(node.database());
        if (!settings)
            return settings.status();
        o.proxy = settings.value().defaultProxy;
    }
    o.node = node.identity().uuid;
    o.nodeName = node.identity().name;
    return o;
}

RemoteClient::RemoteClient(const RemoteOptions &options) : m_options(options)
{
    if (!options.proxy.isEmpty()) {
        const bool socks = options.proxy.scheme() == QLatin1String("socks5");
        m_network.setProxy(QNetworkProxy(
            socks ? QNetworkProxy::Socks5Proxy : QNetworkProxy::HttpProxy, options.proxy.host(),
            quint16(options.proxy.port()), options.proxy.userName(), options.proxy.password()));
    } else {
        m_network.setProxy(QNetworkProxy(QNetworkProxy::NoProxy));
    }
}

Result<QList<QSslCertificate>> RemoteClient::readCertificates(const QString &file)
{
    const QList<QSslCertificate> certificates = QSslCertificate::fromPath(file, QSsl::Pem);
    if (certificates.isEmpty())
        return Status::failure(
            tr("%1 holds no PEM certificate (or cannot be read).").arg(file));
    return certificates;
}

Result<QByteArray> RemoteClient::request(const QByteArray &verb, const QString &endpoint,
                                         const QList<std::pair<QString, QString>> &query,
                                         const QByteArray &body)
{
    return await(send(verb, endpoint, query, body));
}

QNetworkReply *RemoteClient::send(const QByteArray &verb, const QString &endpoint,
                                  const QList<std::pair<QString, QString>> &query,
                                  const QByteArray &body)
{
    QUrl url = m_options.url;
    QString path = url.path();
    if (!path.endsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    url.setPath(path + QStringLiteral("s15n/v1/") + endpoint);
    QUrlQuery q;
    for (const auto &[name, value] : query)
        q.addQueryItem(name, QString::fromLatin1(QUrl::toPercentEncoding(value)));
    url.setQuery(q);

    QNetworkRequest request(url);
    const QByteArray credentials =
        (m_options.username + QLatin1Char(':') + m_options.password).toUtf8().toBase64();
    request.setRawHeader("Authorization", "Basic " + credentials);
    request.setRawHeader("X-S15n-Node", m_options.node.toString(QUuid::WithoutBraces).toLatin1());
    request.setRawHeader("X-S15n-Node-Name", QUrl::toPercentEncoding(m_options.nodeName));
    request.setRawHeader("X-S15n-Time", QByteArray::number(QDateTime::currentMSecsSinceEpoch()));
    request.setRawHeader("Expect", QByteArray()); // QHttpServer never answers 100-continue
    if (!m_options.caCertificates.isEmpty()) {
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        tls.addCaCertificates(m_options.caCertificates);
        request.setSslConfiguration(tls);
    }
    request.setTransferTimeout(m_options.transferTimeoutMs);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute,
                         QNetworkRequest::ManualRedirectPolicy);
    if (!body.isEmpty() || verb == "POST")
        request.setHeader(QNetworkRequest::ContentTypeHeader,
                          QStringLiteral("application/xml; charset=utf-8"));

    QNetworkReply *reply = verb == "POST" ? m_network.post(request, body) : m_network.get(request);
    reply->setProperty("s15nSentAt", QDateTime::currentMSecsSinceEpoch());
    reply->setProperty("s15nBodyBytes", body.size());
    return reply;
}

Result<QByteArray> RemoteClient::await(QNetworkReply *reply, QIODevice *sink,
                                       const Received &received)
{
    m_remoteFailure = false;
    m_tlsFailure = false;
    m_errorCode.clear();
    m_httpStatus = 0;
    const qint64 sentAt = reply->property("s15nSentAt").toLongLong();
    const qint64 bodyBytes = reply->property("s15nBodyBytes").toLongLong();
    const bool posted = reply->operation() == QNetworkAccessManager::PostOperation;
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    QTimer cancelCheck;
    bool cancelled = false;
    if (m_options.cancelled) {
        QObject::connect(&cancelCheck, &QTimer::timeout, &loop, [&] {
            if (m_options.cancelled->load()) {
                cancelled = true;
                reply->abort();
            }
        });
        cancelCheck.start(100);
    }
    QString sinkError;
    const auto drain = [&] {
        if (!sink || !sinkError.isEmpty() || !reply->isOpen() ||
            reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() != 200)
            return;
        const QByteArray chunk = reply->readAll();
        if (!chunk.isEmpty() && sink->write(chunk) != chunk.size()) {
            sinkError = sink->errorString();
            reply->abort();
        }
    };
    if (sink) {
        QObject::connect(reply, &QNetworkReply::readyRead, &loop, drain);
        if (received)
            QObject::connect(reply, &QNetworkReply::downloadProgress, &loop,
                             [&](qint64 bytes, qint64 total) {
                                 if (reply->attribute(QNetworkRequest::HttpStatusCodeAttribute)
                                         .toInt() == 200)
                                     received(bytes, qMax<qint64>(total, 0));
                             });
    }
    if (!reply->isFinished())
        loop.exec();
    cancelCheck.stop();
    drain();
    const bool sunk = sink && reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt() == 200;
    const QByteArray answer = reply->isOpen() && !sunk ? reply->readAll() : QByteArray();
    const int status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QNetworkReply::NetworkError networkError = reply->error();
    const QString networkMessage = reply->errorString();
    const QByteArray remoteTime = reply->rawHeader("X-S15n-Time");
    reply->deleteLater();

    const QString where = m_options.url.toString(QUrl::RemoveUserInfo);
    if (cancelled)
        return Status::failure(tr("The request to %1 was cancelled.").arg(where));
    if (!sinkError.isEmpty())
        return Status::failure(tr("Cannot keep what %1 sends: %2").arg(where, sinkError));
    if (status == 0) {
        qCWarning(lcClient) << "cannot reach" << where << networkMessage;
        QString reason = networkError == QNetworkReply::TimeoutError ||
                                 networkError == QNetworkReply::OperationCanceledError
                             ? tr("no answer within %1 s").arg(m_options.transferTimeoutMs / 1000)
                             : networkMessage;
        m_tlsFailure = networkError == QNetworkReply::SslHandshakeFailedError;
        if (m_tlsFailure)
            reason += tr(" (if the remote uses a self-signed certificate or its own certificate "
                         "authority, give it with 's15n repo edit NAME --ca-cert FILE')");
        if (posted && networkError != QNetworkReply::ConnectionRefusedError &&
            networkError != QNetworkReply::HostNotFoundError && bodyBytes > 0)
            reason += tr(" (the remote closed the connection while %1 KiB were sent; a body "
                         "over its limit, 's15n serve --max-body-mb', does that)")
                          .arg(bodyBytes / 1024);
        const QString retry = m_options.retried ? tr(" The next round tries again.") : QString();
        if (!m_options.proxy.isEmpty()) {
            const QString proxy =
                QStringLiteral("%1:%2").arg(m_options.proxy.host()).arg(m_options.proxy.port());
            return Status::failure(
                tr("Cannot reach %1 through the proxy %2: %3. Check that the proxy runs and "
                   "lets the request through, that the remote runs 's15n serve', and the URL.")
                    .arg(where, proxy, reason) +
                retry);
        }
        return Status::failure(tr("Cannot reach %1: %2. Check that the remote runs 's15n serve', "
                                  "the URL and the network.")
                                   .arg(where, reason) +
                               retry);
    }
    m_httpStatus = status;
    bool timeOk = false;
    const qint64 theirs = remoteTime.toLongLong(&timeOk);
    if (timeOk) {
        const qint64 now = QDateTime::currentMSecsSinceEpoch();
        m_skewMs = theirs - (sentAt + now) / 2;
    }
    if (status == 200 || status == 202)
        return answer;
    m_remoteFailure = true;
    const QString reason = messages::errorFromBody(answer);
    m_errorCode = messages::errorCodeFromBody(answer);
    if (status == 401)
        return Status::failure(tr("%1 refused the user name '%2' or its password (401). Check "
                                  "both.")
                                   .arg(where, m_options.username));
    if (status == 403)
        return Status::failure(tr("%1 refused (403): %2").arg(where, reason));
    return Status::failure(tr("%1 answered %2: %3").arg(where).arg(status).arg(reason));
}

Result<messages::BackupState> RemoteClient::startBackup()
{
    Result<QByteArray> body = request("POST", QStringLiteral("backup"), {});
    if (!body)
        return body.status();
    return messages::backupStateFromXml(body.value());
}

Result<std::optional<messages::BackupState>>
RemoteClient::getBackup(const QString &id, QIODevice *sink, const Received &received)
{
    Result<QByteArray> body =
        await(send("GET", QStringLiteral("backup"), {{QStringLiteral("id"), id}}), sink, received);
    if (!body)
        return body.status();
    if (m_httpStatus == 200)
        return std::optional<messages::BackupState>();
    Result<messages::BackupState> state = messages::backupStateFromXml(body.value());
    if (!state)
        return state.status();
    return std::optional<messages::BackupState>(state.value());
}

Result<messages::NodeInfo> RemoteClient::nodeInfo()
{
    Result<QByteArray> body = request("GET", QStringLiteral("node"), {});
    if (!body)
        return body.status();
    return messages::nodeInfoFromXml(body.value());
}

Result<messages::Registered> RemoteClient::registerNode(const messages::Registration &registration)
{
    Result<QByteArray> body =
        request("POST", QStringLiteral("register"), {}, messages::registrationToXml(registration));
    if (!body)
        return body.status();
    return messages::registeredFromXml(body.value());
}

Result<QByteArray> RemoteClient::pull(const QString &resource, qint64 since, int limit)
{
    return finishPull(startPull(resource, since, limit));
}

RemoteClient::PendingPull RemoteClient::startPull(const QString &resource, qint64 since, int limit)
{
    return PendingPull(send("GET", QStringLiteral("pull"),
                            {{QStringLiteral("resource"), resource},
                             {QStringLiteral("since"), QString::number(since)},
                             {QStringLiteral("limit"), QString::number(limit)}}));
}

Result<QByteArray> RemoteClient::finishPull(PendingPull pending)
{
    return await(pending.release());
}

void RemoteClient::Dropper::operator()(QNetworkReply *reply) const
{
    reply->abort();
    reply->deleteLater();
}

Result<qint64> RemoteClient::cursor(const QString &resource)
{
    Result<QByteArray> body =
        request("GET", QStringLiteral("cursor"), {{QStringLiteral("resource"), resource}});
    if (!body)
        return body.status();
    return messages::cursorFromXml(body.value(), resource);
}

Result<ChangePage> RemoteClient::rows(const QString &resource, const QStringList &rowUuids)
{
    ChangePage all;
    all.resource = resource;
    for (qsizetype from = 0; from < rowUuids.size();
         from += messages::kMaxRowsPerRequest) {
        Result<QByteArray> body = request(
            "POST", QStringLiteral("rows"), {{QStringLiteral("resource"), resource}},
            messages::rowsRequestToXml(rowUuids.mid(from, messages::kMaxRowsPerRequest)));
        if (!body)
            return body.status();
        QBuffer buffer(&body.value());
        buffer.open(QIODevice::ReadOnly);
        PageReader reader(&buffer);
        ChangePage page;
        if (!reader.readNextPage(&page))
            return Status::failure(tr("The remote's rows of '%1' are not valid: %2")
                                       .arg(resource, reader.hasError() ? reader.errorString()
                                                                        : tr("it holds no page")));
        ChangePage extra;
        if (reader.readNextPage(&extra) || reader.hasError() || page.resource != resource)
            return Status::failure(
                tr("The remote answered with rows of another resource than '%1'.").arg(resource));
        all.records.append(page.records);
    }
    return all;
}

Result<messages::PushResult> RemoteClient::push(const QString &resource, const QByteArray &document,
                                                Policy updatePolicy, Policy conflictPolicy)
{
    Result<QByteArray> body =
        request("POST", QStringLiteral("push"),
                {{QStringLiteral("resource"), resource},
                 {QStringLiteral("update-policy"), toString(updatePolicy)},
                 {QStringLiteral("conflict-policy"), toString(conflictPolicy)}},
                document);
    if (!body)
        return body.status();
    return messages::pushResultFromXml(body.value());
}

} // namespace s15n
