// `s15n settings`: the node's default proxy and where `serve` listens, kept in its database;
// bad values are refused and change nothing; `serve` without options uses them. Saving them
// with the node's name and sync ID (the admin application's Settings page) is one
// transaction: a failure in its last write keeps nothing of it.
#include "httptest.h"
#include "servenode.h"
#include "storage/node.h"
#include "storage/nodesettings.h"

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

void infoJson(const ExchangeNode &node, QJsonObject *info)
{
    ProcessResult r;
    CHECKED(runOk(node, {u"info"_s, u"--json"_s}, &r));
    *info = QJsonDocument::fromJson(r.out.toUtf8()).object();
    QVERIFY2(!info->isEmpty(), qPrintable(r.out));
}

// A trigger that refuses writing the node's sync ID: the last write of Node::saveSettings.
QString refuseSyncIdTrigger(Backend backend)
{
    if (backend == Backend::Sqlite)
        return u"CREATE TRIGGER refuse_sync_id BEFORE UPDATE ON s15n_node "
               "WHEN NEW.key = 'sync_id' BEGIN SELECT RAISE(ABORT, 'sync ID refused by the test'); "
               "END;"_s;
    return u"CREATE FUNCTION refuse_sync_id() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
           "IF NEW.key = 'sync_id' THEN RAISE EXCEPTION 'sync ID refused by the test'; END IF; "
           "RETURN NEW; END $$;\n"
           "CREATE TRIGGER refuse_sync_id BEFORE INSERT OR UPDATE ON s15n_node "
           "FOR EACH ROW EXECUTE FUNCTION refuse_sync_id();"_s;
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

    void saveIsOneTransaction_data()
    {
        QTest::addColumn<Backend>("backend");
        QTest::newRow("sqlite") << Backend::Sqlite;
        QTest::newRow("postgresql") << Backend::Postgres;
    }

    // Node::saveSettings writes the settings, then the name, then the sync ID. When that last
    // write fails, nothing of the save is kept: not in the database (as `s15n` sees it), not
    // in the node's identity. Without the failure the same save keeps all of it.
    void saveIsOneTransaction()
    {
        QFETCH(Backend, backend);
        REQUIRE_BACKEND(backend);
        QTemporaryDir home;
        ExchangeNode node;
        CHECKED(makeNode(&node, home.path(), u"n"_s, backend, Content::Bare));
        CHECKED(runOk(node, {u"settings"_s, u"--listen"_s, u"127.0.0.1:8472"_s}));
        QJsonObject settingsBefore;
        CHECKED(settingsJson(node, &settingsBefore));
        QJsonObject infoBefore;
        CHECKED(infoJson(node, &infoBefore));
        CHECKED(sql(node, refuseSyncIdTrigger(backend)));

        s15n::Result<std::unique_ptr<s15n::Node>> opened =
            s15n::Node::open(s15n::DatabaseLocation::parse(node.db).value());
        QVERIFY2(opened.ok(), qPrintable(opened.message()));
        s15n::Node &n = *opened.value();
        const s15n::NodeIdentity identity = n.identity();
        s15n::NodeSettings settings;
        settings.defaultProxy = QUrl(u"http://127.0.0.1:3128"_s);
        settings.listen = u"0.0.0.0:8471"_s;
        const s15n::Status refused = n.saveSettings(u"renamed"_s, 7, settings);
        QVERIFY(!refused.ok());
        VERIFY_MENTIONS(refused.message(), QStringList{u"sync ID refused by the test"_s});
        QCOMPARE(n.identity().name, identity.name);
        QCOMPARE(n.identity().syncId, identity.syncId);
        QJsonObject after;
        CHECKED(settingsJson(node, &after));
        QCOMPARE(after, settingsBefore);
        CHECKED(infoJson(node, &after));
        QCOMPARE(after.value(u"name"_s), infoBefore.value(u"name"_s));
        QCOMPARE(after.value(u"syncId"_s), infoBefore.value(u"syncId"_s));

        // The connection is usable again (no transaction left open), and without the
        // trigger the same save keeps everything.
        CHECKED(sql(node, u"DROP TRIGGER refuse_sync_id%1;"_s.arg(
                              backend == Backend::Sqlite ? QString() : u" ON s15n_node"_s)));
        const s15n::Status saved = n.saveSettings(u"renamed"_s, 7, settings);
        QVERIFY2(saved.ok(), qPrintable(saved.message()));
        QCOMPARE(n.identity().name, u"renamed"_s);
        QCOMPARE(n.identity().syncId, 7);
        CHECKED(settingsJson(node, &after));
        QCOMPARE(after.value(u"proxy"_s).toString(), u"http://127.0.0.1:3128"_s);
        QCOMPARE(after.value(u"listen"_s).toString(), u"0.0.0.0:8471"_s);
        CHECKED(infoJson(node, &after));
        QCOMPARE(after.value(u"name"_s).toString(), u"renamed"_s);
        QCOMPARE(after.value(u"syncId"_s).toInt(), 7);
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
