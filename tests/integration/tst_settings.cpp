// `s15n settings`: the node's default proxy and where `serve` listens, kept in its database;
// bad values are refused and change nothing; `serve` without options uses them.
#include "httptest.h"
#include "servenode.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QtTest>

using namespace s15n::test;
using namespace Qt::StringLiterals;

namespace {

void settingsJson(const ExchangeNode &node, QJsonObject *settings)
{
    ProcessResult r;
    CHECKED(runOk(node, {u"settings"_s, u"--json"_s}, &r));
    *settings = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY2(!settings->isEmpty(), qPrintable(r.out));
}

} // namespace

class TestSettings : public QObject
{
    Q_OBJECT

private slots:
    void cleanup() { dropNodeDatabases(); }

    void setShowAndRefuse()
    {
        QTemporaryDir home;
        ExchangeNode node;
        CHECKED(makeNode(&node, home.path(), u"n"_s, Backend::Sqlite, Content::Bare));
        QJsonObject s;
        CHECKED(settingsJson(node, &s));
        QCOMPARE(s.value(u"proxy"_s).toString(), QString());
        QCOMPARE(s.value(u"listen"_s).toString(), QString());

        const QString cert = home.filePath(u"cert.pem"_s);
        const QString key = home.filePath(u"key.pem"_s);
        CHECKED(writeText(cert, u"-----BEGIN CERTIFICATE-----\n"_s));
        CHECKED(writeText(key, u"-----BEGIN PRIVATE KEY-----\n"_s));
        CHECKED(runOk(node, {u"settings"_s, u"--proxy"_s, u"socks5://127.0.0.1:1080"_s,
                             u"--listen"_s, u"0.0.0.0:8471"_s, u"--tls-cert"_s, cert,
                             u"--tls-key"_s, key}));
        CHECKED(settingsJson(node, &s));
        QCOMPARE(s.value(u"proxy"_s).toString(), u"socks5://127.0.0.1:1080"_s);
        QCOMPARE(s.value(u"listen"_s).toString(), u"0.0.0.0:8471"_s);
        QCOMPARE(s.value(u"tlsCertificate"_s).toString(), cert);
        QCOMPARE(s.value(u"tlsKey"_s).toString(), key);

        const QList<std::pair<QStringList, QString>> refused{
            {{u"--proxy"_s, u"ftp://127.0.0.1:21"_s}, u"not a usable proxy"_s},
            {{u"--listen"_s, u"somewhere"_s}, u"ADDRESS:PORT"_s},
            {{u"--tls-cert"_s, cert}, u"both"_s},
            {{u"--tls-cert"_s, home.filePath(u"missing.pem"_s), u"--tls-key"_s, key},
             u"missing.pem"_s}};
        for (const auto &[args, mention] : refused) {
            const ProcessResult r = runNode(node, QStringList{u"settings"_s} + args);
            QVERIFY2(r.exitCode != 0, qPrintable(describe(r)));
            VERIFY_MENTIONS(r.err, QStringList{mention});
            QJsonObject after;
            CHECKED(settingsJson(node, &after));
            QCOMPARE(after, s);
        }

        CHECKED(runOk(node, {u"settings"_s, u"--proxy"_s, QString(), u"--tls-cert"_s, QString(),
                             u"--tls-key"_s, QString()}));
        CHECKED(settingsJson(node, &s));
        QCOMPARE(s.value(u"proxy"_s).toString(), QString());
        QCOMPARE(s.value(u"tlsCertificate"_s).toString(), QString());
        QCOMPARE(s.value(u"listen"_s).toString(), u"0.0.0.0:8471"_s);
    }

    // `serve` without --listen listens where the settings say (port 0: it prints the port).
    void serveUsesTheSettings()
    {
        QTemporaryDir home;
        ExchangeNode node;
        CHECKED(makeNode(&node, home.path(), u"n"_s, Backend::Sqlite, Content::Bare));
        CHECKED(runOk(node, {u"settings"_s, u"--listen"_s, u"127.0.0.1:0"_s}));
        QProcess serve;
        serve.setProcessEnvironment(node.env);
        serve.setProcessChannelMode(QProcess::MergedChannels);
        serve.start(QStringLiteral(S15N_BINARY),
                    {u"serve"_s, u"--db"_s, node.db, u"--no-worker"_s});
        QVERIFY(serve.waitForStarted(10000));
        QByteArray out;
        QDeadlineTimer deadline(20000);
        while (!out.contains("Listening on") && !deadline.hasExpired() &&
               serve.state() == QProcess::Running) {
            serve.waitForReadyRead(500);
            out += serve.readAll();
        }
        const QRegularExpressionMatch m =
            QRegularExpression(u"http://127\\.0\\.0\\.1:(\\d+)"_s).match(QString::fromUtf8(out));
        serve.terminate();
        serve.waitForFinished(10000);
        QVERIFY2(m.hasMatch(), out.constData());
        QVERIFY2(m.captured(1).toInt() != 8470, "port 0 from the settings was not used");
    }
};

QTEST_GUILESS_MAIN(TestSettings)
#include "tst_settings.moc"
