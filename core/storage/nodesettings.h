#pragma once

#include "storage/database.h"

#include <QUrl>

class QHostAddress;

namespace s15n {

// This node's own settings, kept in its database (s15n_node) so every program on the node
// sees them: the admin application's Settings page and `s15n settings` edit them; `serve`
// and sync rounds use them where no option or repository says otherwise.
struct NodeSettings
{
    QUrl defaultProxy;          // for repositories without a proxy of their own
    QString listen;             // ADDR:PORT for `s15n serve` without --listen; empty: default
    QString tlsCertificateFile; // HTTPS for `s15n serve` without --tls-cert/--tls-key
    QString tlsKeyFile;

    static Result<NodeSettings> load(Database &db);
    // Checks first (validate()); writes every setting in one transaction.
    Status save(Database &db) const;
    // Checks first, then writes every setting inside the transaction the caller holds (it
    // neither begins nor commits one): for Node::saveSettings, which writes the node's name
    // and sync ID in the same transaction.
    Status write(Database &db) const;
    // A usable proxy and listen address; certificate and key both or neither, both readable.
    Status validate() const;

    static constexpr quint16 kDefaultPort = 8470;
    // http://HOST:PORT or socks5://HOST:PORT; an empty URL is fine (no proxy).
    static Status checkProxy(const QUrl &proxy);
    // ADDRESS:PORT, [IPv6]:PORT or localhost:PORT.
    static bool parseListen(const QString &text, QHostAddress *address, quint16 *port);
};

} // namespace s15n
