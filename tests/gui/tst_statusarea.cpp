// The status area: whether this node is served at the address its settings give (a real
// `s15n serve` for this node, another node's, nothing), the next scheduled run with its
// repository (and, while nothing serves this node, that a due run waits for `s15n serve`), and
// the newest round's result per repository. Waits are bounded signal waits.

#include "client/repositorystore.h"
#include "log/synclog.h"
#include "schedule/jobstore.h"
#include "storage/node.h"
#include "storage/nodesettings.h"
#include "widgets/statusarea.h"

#include <QLabel>
#include <QProcess>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTimer>
#include <QtTest>

#include "guitestmain.h"
#include "httptest.h"
#include "servenode.h"

#include <memory>

using namespace s15n;
using namespace s15n::test;
using namespace Qt::StringLiterals;
using Serving = ui::StatusArea::Serving;

namespace {

QLabel *label(QWidget &area, const char *name)
{
    auto *w = area.findChild<QLabel *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no label %s", name);
    return w;
}

} // namespace

class TestStatusArea : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    int m_count = 0;

    // A node made by `s15n init` (so `s15n serve` can serve it), opened here too.
    void makeNode(ExchangeNode *made, std::unique_ptr<Node> *opened)
    {
        const QString name = u"node%1"_s.arg(++m_count);
        CHECKED(test::makeNode(made, m_dir.path(), name, Backend::Sqlite, Content::Bare));
        Result<std::unique_ptr<Node>> node = Node::open(DatabaseLocation::parse(made->db).value());
        QVERIFY2(node.ok(), qPrintable(node.message()));
        *opened = std::move(node.value());
    }

    static void setListen(Node &node, const QString &listen)
    {
        Result<NodeSettings> settings = NodeSettings::load(node.database());
        QVERIFY(settings.ok());
        settings.value().listen = listen;
        const Status saved = settings.value().save(node.database());
        QVERIFY2(saved.ok(), qPrintable(saved.message()));
    }

    // Waits (bounded) for the check the area is making, or makes one.
    static void check(ui::StatusArea &area)
    {
        QSignalSpy checked(&area, &ui::StatusArea::servingChecked);
        if (!area.isChecking())
            area.refresh();
        QVERIFY(checked.wait(ui::StatusArea::kProbeTimeoutMs + 5000));
    }

    static quint16 closedPort()
    {
        QTcpServer server;
        if (!server.listen(QHostAddress::LocalHost, 0))
            return 0;
        const quint16 port = server.serverPort();
        server.close();
        return port;
    }

private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }

    void notServingWhenNothingListens()
    {
        ExchangeNode made;
        std::unique_ptr<Node> node;
        CHECKED(makeNode(&made, &node));
        const quint16 port = closedPort();
        QVERIFY(port != 0);
        CHECKED(setListen(*node, u"127.0.0.1:%1"_s.arg(port)));
        ui::StatusArea area(*node);
        CHECKED(check(area));
        QCOMPARE(area.serving(), Serving::NotServing);
        const QString text = label(area, "statusServing")->text();
        QVERIFY2(text.contains(u"Not serving"_s) &&
                     text.contains(u"http://127.0.0.1:%1"_s.arg(port)),
                 qPrintable(text));
        QCOMPARE(area.probeUrl(), QUrl(u"http://127.0.0.1:%1/s15n/v1/node"_s.arg(port)));
    }

    void defaultAddressAndEveryInterface()
    {
        ExchangeNode made;
        std::unique_ptr<Node> node;
        CHECKED(makeNode(&made, &node));
        {
            ui::StatusArea area(*node);
            CHECKED(check(area));
            QCOMPARE(area.probeUrl(),
                     QUrl(u"http://127.0.0.1:%1/s15n/v1/node"_s.arg(NodeSettings::kDefaultPort)));
        }
        const quint16 port = closedPort();
        CHECKED(setListen(*node, u"0.0.0.0:%1"_s.arg(port)));
        ui::StatusArea area(*node);
        CHECKED(check(area));
        // Every interface is asked on the loopback one, and shown as the settings say it.
        QCOMPARE(area.probeUrl(), QUrl(u"http://127.0.0.1:%1/s15n/v1/node"_s.arg(port)));
        QVERIFY(label(area, "statusServing")->text().contains(u"http://0.0.0.0:%1"_s.arg(port)));
    }

    void servingWhenThisNodesServerAnswers_data()
    {
        QTest::addColumn<QString>("host");
        QTest::newRow("loopback") << u"127.0.0.1"_s;
        QTest::newRow("every interface") << u"0.0.0.0"_s;
    }
    void servingWhenThisNodesServerAnswers()
    {
        QFETCH(QString, host);
        ExchangeNode made;
        std::unique_ptr<Node> node;
        CHECKED(makeNode(&made, &node));
        ServerProcess server;
        CHECKED(startServer(made, &server, {u"--no-worker"_s}));
        CHECKED(setListen(*node, u"%1:%2"_s.arg(host).arg(server.port)));
        ui::StatusArea area(*node);
        CHECKED(check(area));
        const QString text = label(area, "statusServing")->text();
        QVERIFY2(area.serving() != Serving::NotServing, qPrintable(text));
        QVERIFY2(text.contains(u"http://%1:%2"_s.arg(host).arg(server.port)), qPrintable(text));
        QCOMPARE(area.serving(), Serving::ThisNode);
        QVERIFY2(text.contains(u"Serving on http://%1:%2"_s.arg(host).arg(server.port)),
                 qPrintable(text));

        // Stopped: the next check says so.
        CHECKED(stopServer(&server));
        CHECKED(check(area));
        QCOMPARE(area.serving(), Serving::NotServing);
    }

    void notThisNodeWhenAnotherNodeAnswers()
    {
        ExchangeNode made;
        std::unique_ptr<Node> node;
        CHECKED(makeNode(&made, &node));
        ExchangeNode other;
        std::unique_ptr<Node> otherNode;
        CHECKED(makeNode(&other, &otherNode));
        ServerProcess server;
        CHECKED(startServer(other, &server, {u"--no-worker"_s}));
        CHECKED(setListen(*node, u"127.0.0.1:%1"_s.arg(server.port)));
        ui::StatusArea area(*node);
        CHECKED(check(area));
        const QString text = label(area, "statusServing")->text();
        QVERIFY2(area.serving() != Serving::ThisNode, qPrintable(text));
        QVERIFY2(!text.contains(u"Serving on"_s), qPrintable(text));
        QVERIFY2(text.contains(u"127.0.0.1:%1"_s.arg(server.port)), qPrintable(text));
        QCOMPARE(area.serving(), Serving::OtherNode);
        QVERIFY2(text.contains(u"another node"_s), qPrintable(text));
        QVERIFY(label(area, "statusServing")->toolTip().contains(other.uuid));
    }

    // The settings' TLS files: asked over HTTPS; a self-signed certificate is accepted when it
    // is this node's own, and another one is not taken for this node.
    void servingOverHttps()
    {
        ExchangeNode made;
        std::unique_ptr<Node> node;
        CHECKED(makeNode(&made, &node));
        QStringList certs;
        QStringList keys;
        for (const QString &name : {u"own"_s, u"other"_s}) {
            certs << m_dir.filePath(name + u"-cert.pem"_s);
            keys << m_dir.filePath(name + u"-key.pem"_s);
            QProcess openssl;
            openssl.start(u"openssl"_s,
                          {u"req"_s, u"-x509"_s, u"-newkey"_s, u"rsa:2048"_s, u"-nodes"_s,
                           u"-keyout"_s, keys.last(), u"-out"_s, certs.last(), u"-days"_s, u"1"_s,
                           u"-subj"_s, u"/CN=s15n test"_s});
            QVERIFY2(openssl.waitForFinished(60000) && openssl.exitCode() == 0,
                     qPrintable(QString::fromUtf8(openssl.readAllStandardError())));
        }
        Result<NodeSettings> settings = NodeSettings::load(node->database());
        QVERIFY(settings.ok());
        settings.value().tlsCertificateFile = certs.first();
        settings.value().tlsKeyFile = keys.first();
        QVERIFY(settings.value().save(node->database()).ok());

        ServerProcess server; // takes its TLS files from the settings
        CHECKED(startServer(made, &server, {u"--no-worker"_s}));
        QVERIFY2(server.url.startsWith(u"https://"_s), qPrintable(describeServer(server)));
        CHECKED(setListen(*node, u"127.0.0.1:%1"_s.arg(server.port)));
        {
            ui::StatusArea area(*node);
            CHECKED(check(area));
            QCOMPARE(area.probeUrl().scheme(), u"https"_s);
            const QString text = label(area, "statusServing")->text();
            QVERIFY2(text.contains(u"https://127.0.0.1:%1"_s.arg(server.port)), qPrintable(text));
            // Answered over TLS (a refused handshake would say "certificate").
            QVERIFY2(!text.contains(u"certificate"_s), qPrintable(text));
            QCOMPARE(area.serving(), Serving::ThisNode);
        }
        CHECKED(stopServer(&server));

        // The same node served with another certificate is not recognised by it.
        ServerProcess stranger;
        CHECKED(startServer(
            made, &stranger,
            {u"--no-worker"_s, u"--tls-cert"_s, certs.last(), u"--tls-key"_s, keys.last()}));
        CHECKED(setListen(*node, u"127.0.0.1:%1"_s.arg(stranger.port)));
        ui::StatusArea area(*node);
        CHECKED(check(area));
        QCOMPARE(area.serving(), Serving::Unidentified);
        const QString text = label(area, "statusServing")->text();
        QVERIFY2(text.contains(u"certificate that is not this node"_s), qPrintable(text));
    }

    void somethingElseAnswers()
    {
        ExchangeNode made;
        std::unique_ptr<Node> node;
        CHECKED(makeNode(&made, &node));
        // A plain TCP server that answers every request with a bare 200.
        QTcpServer foreign;
        QVERIFY(foreign.listen(QHostAddress::LocalHost, 0));
        connect(&foreign, &QTcpServer::newConnection, &foreign, [&foreign] {
            QTcpSocket *socket = foreign.nextPendingConnection();
            connect(socket, &QTcpSocket::readyRead, socket, [socket] {
                socket->readAll();
                socket->write(
                    "HTTP/1.1 200 OK\r\nContent-Length: 2\r\nConnection: close\r\n\r\nok");
                socket->disconnectFromHost();
            });
        });
        CHECKED(setListen(*node, u"127.0.0.1:%1"_s.arg(foreign.serverPort())));
        ui::StatusArea area(*node);
        CHECKED(check(area));
        QCOMPARE(area.serving(), Serving::Unidentified);
        QVERIFY(label(area, "statusServing")->text().contains(u"Something answers"_s));
    }

    void nextScheduledRun()
    {
        ExchangeNode made;
        std::unique_ptr<Node> node;
        CHECKED(makeNode(&made, &node));
        ui::StatusArea area(*node);
        QCOMPARE(label(area, "statusNextRun")->text(), u"No scheduled runs"_s);

        RepositoryStore repositories(node->database());
        for (const QString &name : {u"parent"_s, u"hub"_s}) {
            Repository r;
            r.name = name;
            r.url = QUrl(u"http://127.0.0.1:1"_s);
            r.username = u"clinic"_s;
            const Status added = repositories.add(r);
            QVERIFY2(added.ok(), qPrintable(added.message()));
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto addJob = [&](const QString &repository, qint64 inSeconds, bool enabled) {
            Job job;
            job.repository = repository;
            job.enabled = enabled;
            job.startAt = now.addSecs(inSeconds);
            job.everySeconds = 24 * 3600;
            job.timeoutSeconds = 600;
            Result<qint64> id = JobStore(node->database()).add(job, now);
            QVERIFY2(id.ok(), qPrintable(id.message()));
        };
        CHECKED(addJob(u"hub"_s, 7200, true));
        CHECKED(addJob(u"parent"_s, 3600, true));
        CHECKED(addJob(u"hub"_s, 600, false)); // disabled: not a scheduled run
        area.refresh();
        const QString text = label(area, "statusNextRun")->text();
        const QString at =
            ui::StatusArea::timeText(now.addSecs(3600), QDateTime::currentDateTimeUtc());
        QVERIFY2(text.contains(u"parent"_s) && text.contains(at.toHtmlEscaped()) &&
                     !text.contains(u"hub"_s),
                 qPrintable(text + u" / "_s + at));
        QVERIFY(label(area, "statusNextRun")->toolTip().contains(u"hub"_s));

        // The refresh timer reads it again every 30 s.
        auto *timer = area.findChild<QTimer *>(u"statusRefreshTimer"_s);
        QVERIFY(timer);
        QVERIFY(timer->isActive());
        QCOMPARE(timer->interval(), 30 * 1000);
    }

    // Jobs run in `s15n serve` (its worker): a due run while it does not serve this node says
    // that it waits for it, and how to start it; once it serves, only that the run is due.
    void aDueRunWaitsForServe()
    {
        ExchangeNode made;
        std::unique_ptr<Node> node;
        CHECKED(makeNode(&made, &node));
        const quint16 port = closedPort();
        QVERIFY(port != 0);
        CHECKED(setListen(*node, u"127.0.0.1:%1"_s.arg(port)));
        Repository r;
        r.name = u"headoffice"_s;
        r.url = QUrl(u"http://127.0.0.1:1"_s);
        r.username = u"clinic"_s;
        QVERIFY(RepositoryStore(node->database()).add(r).ok());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Job job;
        job.repository = u"headoffice"_s;
        job.startAt = now.addSecs(3600);
        job.everySeconds = 24 * 3600;
        job.timeoutSeconds = 600;
        Result<qint64> id = JobStore(node->database()).add(job, now);
        QVERIFY2(id.ok(), qPrintable(id.message()));

        // Not due yet: nothing to say about serving.
        ui::StatusArea area(*node);
        CHECKED(check(area));
        QCOMPARE(area.serving(), Serving::NotServing);
        QLabel *next = label(area, "statusNextRun");
        QVERIFY2(!next->text().contains(u"s15n serve"_s), qPrintable(next->text()));

        // Due (past due): it waits for s15n serve, and the tooltip says how to start it.
        job = JobStore(node->database()).find(id.value()).value();
        job.startAt = now.addSecs(-600);
        QVERIFY(JobStore(node->database()).edit(job, now).ok());
        area.refresh();
        CHECKED(check(area));
        QCOMPARE(area.serving(), Serving::NotServing);
        QVERIFY2(next->text().contains(u"Next run: headoffice, due now"_s) &&
                     next->text().contains(u"(runs when s15n serve runs)"_s),
                 qPrintable(next->text()));
        VERIFY_MENTIONS(next->toolTip(), (QStringList{u"s15n serve --db "_s + made.db,
                                                      u"http://127.0.0.1:%1"_s.arg(port),
                                                      u"until then no job runs"_s, u"Run now"_s,
                                                      u"Scheduled runs"_s, u"headoffice"_s}));

        // Served (without its worker here, so the run stays due): only that it is due.
        ServerProcess server;
        CHECKED(startServer(made, &server, {u"--no-worker"_s}));
        CHECKED(setListen(*node, u"127.0.0.1:%1"_s.arg(server.port)));
        CHECKED(check(area));
        QCOMPARE(area.serving(), Serving::ThisNode);
        QVERIFY2(next->text().contains(u"Next run: headoffice, due now"_s) &&
                     !next->text().contains(u"s15n serve"_s),
                 qPrintable(next->text()));
        QVERIFY(!next->toolTip().contains(u"until then no job runs"_s));
        CHECKED(stopServer(&server));
    }

    void lastResultPerRepository()
    {
        ExchangeNode made;
        std::unique_ptr<Node> node;
        CHECKED(makeNode(&made, &node));
        ui::StatusArea area(*node);
        QCOMPARE(label(area, "statusRepositories")->text(), u"No repositories"_s);

        RepositoryStore repositories(node->database());
        for (const QString &name : {u"parent"_s, u"hub"_s}) {
            Repository r;
            r.name = name;
            r.url = QUrl(u"http://127.0.0.1:1"_s);
            r.username = u"clinic"_s;
            QVERIFY(repositories.add(r).ok());
        }
        area.refresh();
        QVERIFY(label(area, "statusRepositories")->text().contains(u"parent: never synced"_s));

        SyncLog log(node->database());
        LogEntry failed;
        failed.repository = u"parent"_s;
        failed.action = u"round"_s;
        failed.result = LogResult::Error;
        failed.message = u"The parent refused the user name or password."_s;
        QVERIFY(log.write(failed).ok());
        LogEntry page; // not a round: does not count
        page.repository = u"hub"_s;
        page.action = u"pull page"_s;
        QVERIFY(log.write(page).ok());
        area.refresh();
        QString text = label(area, "statusRepositories")->text();
        QVERIFY2(text.contains(u"parent: Error"_s), qPrintable(text));
        QVERIFY2(text.contains(u"hub: never synced"_s), qPrintable(text));
        QVERIFY2(text.contains(u"#c62828"_s), qPrintable(text)); // a red dot
        QVERIFY(label(area, "statusRepositories")->toolTip().contains(failed.message));

        LogEntry succeeded = failed; // the newest round counts
        succeeded.result = LogResult::Success;
        succeeded.message = u"Pulled 3, pushed 1."_s;
        QVERIFY(log.write(succeeded).ok());
        area.refresh();
        text = label(area, "statusRepositories")->text();
        QVERIFY2(text.contains(u"parent: Success"_s), qPrintable(text));
        QVERIFY2(text.contains(u"#2e7d32"_s), qPrintable(text));
        QVERIFY(label(area, "statusRepositories")->toolTip().contains(succeeded.message));
    }
};

S15N_GUI_TEST_MAIN(TestStatusArea)
#include "tst_statusarea.moc"
