#include "guardedtcpserver.h"

#include "protocol/messages.h"

#include <QDateTime>
#include <QLoggingCategory>
#include <QPointer>
#include <QSslSocket>

Q_LOGGING_CATEGORY(lcGuard, "s15n.server")

namespace s15n {

namespace {

constexpr qint64 kMaxHeadBytes = 64 * 1024;

// Follows the request stream of one connection: the head up to its blank line, then as many
// body bytes as its Content-Length says, then the next request.
class RequestFramer
{
public:
    explicit RequestFramer(qint64 maxBody) : m_maxBody(maxBody) {}

    // The refusal ("413 ...") for the bytes seen so far, or empty when all is well.
    QByteArray feed(const QByteArray &data)
    {
        qsizetype at = 0;
        while (at < data.size()) {
            if (m_bodyLeft > 0) {
                const qint64 take = qMin<qint64>(m_bodyLeft, data.size() - at);
                m_bodyLeft -= take;
                at += take;
                continue;
            }
            const qsizetype end = data.indexOf('\n', at);
            const QByteArray part = data.mid(at, end < 0 ? -1 : end - at + 1);
            m_head += part;
            at += part.size();
            if (m_head.size() > kMaxHeadBytes)
                return "431 Request Header Fields Too Large";
            if (end < 0)
                return {};
            if (m_head.endsWith("\r\n\r\n") || m_head.endsWith("\n\n")) {
                QByteArray refusal = headEnded();
                if (!refusal.isEmpty())
                    return refusal;
            }
        }
        return {};
    }

private:
    QByteArray headEnded()
    {
        const QList<QByteArray> lines = m_head.split('\n');
        m_head.clear();
        for (const QByteArray &raw : lines) {
            const QByteArray line = raw.trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed().toLower();
            const QByteArray value = line.mid(colon + 1).trimmed();
            if (name == "transfer-encoding" && value.toLower() != "identity")
                return "411 Length Required";
            if (name == "content-length") {
                bool ok = false;
                const qint64 length = value.toLongLong(&ok);
                if (!ok || length < 0)
                    return "400 Bad Request";
                if (length > m_maxBody)
                    return "413 Payload Too Large";
                m_bodyLeft = length;
            }
        }
        return {};
    }

    qint64 m_maxBody;
    QByteArray m_head;
    qint64 m_bodyLeft = 0;
};

} // namespace

GuardedTcpServer::GuardedTcpServer(qint64 maxBodyBytes, QObject *parent)
    : QTcpServer(parent), m_maxBodyBytes(maxBodyBytes)
{}

void GuardedTcpServer::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = nullptr;
    if (m_useTls) {
        auto *tls = new QSslSocket(this);
        tls->setSslConfiguration(m_tls);
        socket = tls;
    } else {
        socket = new QTcpSocket(this);
    }
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    // Connected before QHttpServer's own handler, so it sees each chunk first (peek leaves
    // the bytes for QHttpServer).
    auto framer = std::make_shared<RequestFramer>(m_maxBodyBytes);
    QPointer<QTcpSocket> guarded(socket);
    connect(socket, &QIODevice::readyRead, this, [this, framer, guarded] {
        if (!guarded)
            return;
        const QByteArray refusal = framer->feed(guarded->peek(guarded->bytesAvailable()));
        if (refusal.isEmpty())
            return;
        const QString address = guarded->peerAddress().toString();
        qCWarning(lcGuard) << "refused a request from" << address << ":" << refusal;
        emit requestRefused(address, QString::fromLatin1(refusal));
        const int status = refusal.left(3).toInt();
        const QByteArray message = messages::errorToXml(
            status, tr("The request was refused: %1.").arg(QString::fromLatin1(refusal)));
        guarded->write("HTTP/1.1 " + refusal +
                       "\r\nContent-Type: application/xml; charset=utf-8\r\nContent-Length: " +
                       QByteArray::number(message.size()) + "\r\nX-S15n-Time: " +
                       QByteArray::number(QDateTime::currentMSecsSinceEpoch()) +
                       "\r\nConnection: close\r\n\r\n" + message);
        guarded->flush();
        guarded->disconnectFromHost();
        guarded->readAll(); // nothing of it reaches QHttpServer
    });
    if (m_useTls)
        static_cast<QSslSocket *>(socket)->startServerEncryption();
    addPendingConnection(socket);
}

} // namespace s15n
