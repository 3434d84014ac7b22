// s15n settings: this node's settings (default proxy, where `serve` listens, its TLS files).
#include "cli/commandline.h"

#include "storage/nodesettings.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>

namespace s15n {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::CommandLine", text);
}

} // namespace

int CommandLine::settings(const QStringList &arguments)
{
    QCommandLineParser parser;
    addDatabaseOption(parser);
    parser.addOption({QStringLiteral("json"), tr("Print JSON.")});
    parser.addOption({QStringLiteral("proxy"),
                      tr("Default proxy for repositories without one (http://HOST:PORT or "
                         "socks5://HOST:PORT); empty for none."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("listen"),
                      tr("Where 's15n serve' listens without --listen (ADDR:PORT); empty for "
                         "127.0.0.1:%1.")
                          .arg(NodeSettings::kDefaultPort),
                      QStringLiteral("addr:port")});
    parser.addOption({QStringLiteral("tls-cert"),
                      tr("PEM certificate 's15n serve' uses without --tls-cert; empty for "
                         "plain HTTP (give --tls-key too)."),
                      QStringLiteral("file")});
    parser.addOption({QStringLiteral("tls-key"), tr("PEM private key that goes with --tls-cert."),
                      QStringLiteral("file")});
    if (!parse(parser, arguments,
               QStringLiteral("settings [--proxy URL] [--listen ADDR:PORT] "
                              "[--tls-cert F --tls-key F] [--json]")))
        return parser.isSet(QStringLiteral("help")) ? 0 : 2;
    if (!parser.positionalArguments().isEmpty())
        return fail(tr("settings takes no arguments besides its options."));
    Result<std::unique_ptr<Node>> node = openNode(parser);
    if (!node)
        return fail(node.message());
    Database &db = node.value()->database();
    Result<NodeSettings> loaded = NodeSettings::load(db);
    if (!loaded)
        return fail(loaded.message());
    NodeSettings s = loaded.value();
    bool changed = false;
    if (parser.isSet(QStringLiteral("proxy"))) {
        s.defaultProxy = QUrl(parser.value(QStringLiteral("proxy")), QUrl::StrictMode);
        changed = true;
    }
    if (parser.isSet(QStringLiteral("listen"))) {
        s.listen = parser.value(QStringLiteral("listen")).trimmed();
        changed = true;
    }
    if (parser.isSet(QStringLiteral("tls-cert")) || parser.isSet(QStringLiteral("tls-key"))) {
        s.tlsCertificateFile = parser.value(QStringLiteral("tls-cert"));
        s.tlsKeyFile = parser.value(QStringLiteral("tls-key"));
        changed = true;
    }
    if (changed) {
        if (Status saved = s.save(db); !saved)
            return fail(saved.message());
    }

    if (parser.isSet(QStringLiteral("json"))) {
        const QJsonObject o{
            {QStringLiteral("proxy"), s.defaultProxy.toString(QUrl::RemovePassword)},
            {QStringLiteral("listen"), s.listen},
            {QStringLiteral("tlsCertificate"), s.tlsCertificateFile},
            {QStringLiteral("tlsKey"), s.tlsKeyFile}};
        m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
        return 0;
    }
    const QString none = tr("(none)");
    m_out << tr("Default proxy:     %1")
                 .arg(s.defaultProxy.isEmpty() ? none
                                               : s.defaultProxy.toString(QUrl::RemovePassword))
          << Qt::endl
          << tr("Serve on:          %1")
                 .arg(s.listen.isEmpty()
                          ? tr("127.0.0.1:%1 (default)").arg(NodeSettings::kDefaultPort)
                          : s.listen)
          << Qt::endl
          << tr("TLS certificate:   %1").arg(s.tlsCertificateFile.isEmpty() ? none
                                                                           : s.tlsCertificateFile)
          << Qt::endl
          << tr("TLS key:           %1").arg(s.tlsKeyFile.isEmpty() ? none : s.tlsKeyFile)
          << Qt::endl;
    return 0;
}

} // namespace s15n
