#include "storage/nodesettings.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QHash>
#include <QHostAddress>

namespace s15n {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::NodeSettings", text);
}

const QString kProxy = QStringLiteral("default_proxy");
const QString kListen = QStringLiteral("serve_listen");
const QString kCertificate = QStringLiteral("serve_tls_cert");
const QString kKey = QStringLiteral("serve_tls_key");

Status checkReadable(const QString &path, const QString &what)
{
    const QFileInfo info(path);
    if (!info.isFile() || !info.isReadable())
        return Status::failure(tr("The %1 file %2 does not exist or cannot be read.")
                                   .arg(what, QDir::toNativeSeparators(path)));
    return Status();
}

} // namespace

Result<NodeSettings> NodeSettings::load(Database &db)
{
    Result<QSqlQuery> q =
        db.exec(QStringLiteral("SELECT key, value FROM s15n_node WHERE key IN (?, ?, ?, ?)"),
                {kProxy, kListen, kCertificate, kKey});
    if (!q)
        return q.status();
    QHash<QString, QString> values;
    while (q.value().next())
        values.insert(q.value().value(0).toString(), q.value().value(1).toString());
    NodeSettings s;
    s.defaultProxy = QUrl(values.value(kProxy));
    s.listen = values.value(kListen);
    s.tlsCertificateFile = values.value(kCertificate);
    s.tlsKeyFile = values.value(kKey);
    return s;
}

Status NodeSettings::save(Database &db) const
{
    if (Status s = validate(); !s)
        return s;
    Transaction transaction(db);
    if (!transaction.status())
        return transaction.status();
    if (Status s = write(db); !s)
        return s;
    return transaction.commit();
}

Status NodeSettings::write(Database &db) const
{
    if (Status s = validate(); !s)
        return s;
    const QList<std::pair<QString, QString>> values{
        {kProxy, defaultProxy.isEmpty() ? QString() : defaultProxy.toString()},
        {kListen, listen},
        {kCertificate, tlsCertificateFile},
        {kKey, tlsKeyFile}};
    for (const auto &[key, value] : values) {
        Result<QSqlQuery> q =
            value.isEmpty()
                ? db.exec(QStringLiteral("DELETE FROM s15n_node WHERE key = ?"), {key})
                : db.exec(QStringLiteral("INSERT INTO s15n_node (key, value) VALUES (?, ?) "
                                         "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                          {key, value});
        if (!q)
            return q.status();
    }
    return Status();
}

Status NodeSettings::validate() const
{
    if (Status s = checkProxy(defaultProxy); !s)
        return s;
    QHostAddress address;
    quint16 port = 0;
    if (!listen.isEmpty() && !parseListen(listen, &address, &port))
        return Status::failure(tr("The address to serve on takes ADDRESS:PORT, for example "
                                  "127.0.0.1:8470, 0.0.0.0:8470 or [::1]:8470; '%1' is not that.")
                                   .arg(listen));
    if (tlsCertificateFile.isEmpty() != tlsKeyFile.isEmpty())
        return Status::failure(tr("HTTPS needs both a certificate file and a key file."));
    if (!tlsCertificateFile.isEmpty()) {
        if (Status s = checkReadable(tlsCertificateFile, tr("certificate")); !s)
            return s;
        if (Status s = checkReadable(tlsKeyFile, tr("key")); !s)
            return s;
    }
    return Status();
}

Status NodeSettings::checkProxy(const QUrl &proxy)
{
    if (proxy.isEmpty())
        return Status();
    const QString scheme = proxy.scheme();
    if (!proxy.isValid() || proxy.host().isEmpty() || proxy.port() <= 0 ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("socks5")))
        return Status::failure(tr("'%1' is not a usable proxy: give http://HOST:PORT or "
                                  "socks5://HOST:PORT.")
                                   .arg(proxy.toString(QUrl::RemovePassword)));
    return Status();
}

bool NodeSettings::parseListen(const QString &text, QHostAddress *address, quint16 *port)
{
    const qsizetype colon = text.lastIndexOf(QLatin1Char(':'));
    if (colon <= 0)
        return false;
    QString host = text.left(colon);
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    bool ok = false;
    const int p = text.mid(colon + 1).toInt(&ok);
    if (!ok || p < 0 || p > 65535)
        return false;
    if (host == QLatin1String("localhost"))
        host = QStringLiteral("127.0.0.1");
    if (!address->setAddress(host))
        return false;
    *port = quint16(p);
    return true;
}

} // namespace s15n
