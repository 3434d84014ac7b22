#pragma once

#include <QSslConfiguration>
#include <QTcpServer>

namespace s15n {

// A TCP (or TLS) listener that refuses oversized HTTP requests before QHttpServer buffers
// them: QHttpServer 6.4 reads a whole body into memory and has no limit of its own. Each
// request head is read as it arrives; a body over the limit (by its Content-Length), a
// chunked body or an over-long head is answered with 413/411/431 and the connection closed.
class GuardedTcpServer : public QTcpServer
{
    Q_OBJECT
public:
    explicit GuardedTcpServer(qint64 maxBodyBytes, QObject *parent = nullptr);

    // TLS for every connection (a certificate and key are set in it).
    void setTls(const QSslConfiguration &configuration)
    {
        m_tls = configuration;
        m_useTls = true;
    }

signals:
    void requestRefused(const QString &peerAddress, const QString &reason);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    qint64 m_maxBodyBytes;
    QSslConfiguration m_tls;
    bool m_useTls = false;
};

} // namespace s15n
