// RepositorySetup::catalogue() (what the Resources tab's "Add from the remote's catalogue..."
// asks) against real `s15n serve` processes on 127.0.0.1: the parent's resources with the
// repository's stored password; another node answering at the repository's URL is refused and
// named (a repository that never reached its remote has no UUID to compare); a refused
// password, a remote that cannot be reached, a missing password or repository say what is
// wrong; a remote that never answers is left once the caller cancels. The child is a node
// opened in this process, its passwords in a file of the test's own.
#include "client/repositorysetup.h"
#include "secrets/credentialstore.h"
#include "storage/node.h"

#include "httptest.h"

#include <QElapsedTimer>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <atomic>

using namespace s15n;
using namespace s15n::test;
using namespace Qt::StringLiterals;

namespace {

QStringList tablesOf(const QList<Resource> &resources)
{
    QStringList tables;
    for (const Resource &r : resources)
        tables << r.table;
    tables.sort();
    return tables;
}

} // namespace

class TestRepositoryCatalogue : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_home;
    ExchangeNode m_parent;
    ServerProcess m_server;
    ExchangeNode m_other; // another node, with an account for the child too
    ServerProcess m_otherServer;
    std::unique_ptr<Node> m_child;
    int m_children = 0;

    QString scope() const { return m_child->identity().uuid.toString(QUuid::WithoutBraces); }
    // Adds "parent" as `s15n repo add` does: registered, with the parent's UUID.
    void addParent()
    {
        Repository r;
        r.name = u"parent"_s;
        r.url = QUrl(m_server.url);
        r.username = kAccount;
        Result<AddOutcome> added = RepositorySetup(*m_child).add(r, kPassword);
        QVERIFY2(added.ok(), qPrintable(added.message()));
        QVERIFY2(added.value().registered, qPrintable(added.value().registrationFailure));
        QCOMPARE(added.value().repository.remoteUuid.toString(QUuid::WithoutBraces), m_parent.uuid);
    }
    // Stores a repository without asking its remote (no UUID), with `password` if not empty.
    void storeDirectly(const QString &name, const QString &url, const QString &password)
    {
        Repository r;
        r.name = name;
        r.url = QUrl(url);
        r.username = kAccount;
        Status added = RepositoryStore(m_child->database()).add(r);
        QVERIFY2(added.ok(), qPrintable(added.message()));
        if (!password.isEmpty()) {
            Status stored = CredentialStore::write(scope(), name, password);
            QVERIFY2(stored.ok(), qPrintable(stored.message()));
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        qputenv("S15N_CREDENTIALS_FILE", m_home.filePath(u"credentials"_s).toUtf8());
        CHECKED(makeNode(&m_parent, m_home.path(), u"P"_s, Backend::Sqlite, Content::SampleData));
        CHECKED(addAccount(m_parent, kAccount, kPassword));
        CHECKED(startServer(m_parent, &m_server, {u"--no-worker"_s}));
        CHECKED(makeNode(&m_other, m_home.path(), u"O"_s, Backend::Sqlite, Content::Bare));
        CHECKED(addAccount(m_other, kAccount, kPassword));
        CHECKED(startServer(m_other, &m_otherServer, {u"--no-worker"_s}));
    }
    void cleanupTestCase()
    {
        stopServer(&m_server);
        stopServer(&m_otherServer);
    }

    void init()
    {
        Result<DatabaseLocation> location =
            DatabaseLocation::parse(m_home.filePath(u"child%1.sqlite"_s.arg(++m_children)));
        QVERIFY(location.ok());
        Result<std::unique_ptr<Node>> node = Node::create(location.value(), u"C"_s, 0);
        QVERIFY2(node.ok(), qPrintable(node.message()));
        m_child = std::move(node.value());
    }
    void cleanup() { m_child.reset(); }

    void listsTheRemotesResources()
    {
        CHECKED(addParent());
        Result<QList<Resource>> catalogue = RepositorySetup(*m_child).catalogue(u"parent"_s);
        QVERIFY2(catalogue.ok(), qPrintable(catalogue.message()));
        QStringList expected = sampleTables();
        expected.sort();
        QCOMPARE(tablesOf(catalogue.value()), expected);
    }

    void anotherNodeAtTheUrlIsRefused()
    {
        CHECKED(addParent());
        // The parent's URL now leads to another node (it moved, or the URL was mistyped).
        Repository moved = RepositoryStore(m_child->database()).find(u"parent"_s).value();
        moved.url = QUrl(m_otherServer.url);
        QVERIFY(RepositorySetup(*m_child).update(moved).ok());
        Result<QList<Resource>> catalogue = RepositorySetup(*m_child).catalogue(u"parent"_s);
        QVERIFY(!catalogue.ok());
        // Who answered, who was expected, and what to check.
        VERIFY_MENTIONS(catalogue.message(), (QStringList{m_otherServer.url, m_other.uuid,
                                                          m_parent.uuid, u"'parent'"_s, u"URL"_s}));
    }

    void aRepositoryWithoutUuidTakesWhoAnswers()
    {
        // Never reached its remote, so there is no UUID to compare with.
        CHECKED(storeDirectly(u"other"_s, m_otherServer.url, kPassword));
        Result<QList<Resource>> catalogue = RepositorySetup(*m_child).catalogue(u"other"_s);
        QVERIFY2(catalogue.ok(), qPrintable(catalogue.message()));
        QVERIFY(catalogue.value().isEmpty()); // the other node syncs nothing
    }

    void aRefusedPasswordSaysSo()
    {
        CHECKED(addParent());
        QVERIFY(RepositorySetup(*m_child)
                    .update(RepositoryStore(m_child->database()).find(u"parent"_s).value(),
                            u"not the password"_s)
                    .ok());
        Result<QList<Resource>> catalogue = RepositorySetup(*m_child).catalogue(u"parent"_s);
        QVERIFY(!catalogue.ok());
        VERIFY_MENTIONS(catalogue.message(), (QStringList{kAccount, u"password"_s, u"401"_s}));
    }

    void anUnreachableRemoteSaysSo()
    {
        const quint16 port = closedPort();
        QVERIFY(port != 0);
        const QString url = u"http://127.0.0.1:%1"_s.arg(port);
        CHECKED(storeDirectly(u"gone"_s, url, kPassword));
        QElapsedTimer timer;
        timer.start();
        Result<QList<Resource>> catalogue = RepositorySetup(*m_child).catalogue(u"gone"_s);
        QVERIFY(!catalogue.ok());
        QVERIFY2(timer.elapsed() < 10000, qPrintable(QString::number(timer.elapsed())));
        VERIFY_MENTIONS(catalogue.message(), (QStringList{u"cannot reach"_s, url, u"serve"_s}));
    }

    void aMissingPasswordOrRepositorySaysWhatToDo()
    {
        CHECKED(storeDirectly(u"nopassword"_s, m_server.url, QString()));
        Result<QList<Resource>> catalogue = RepositorySetup(*m_child).catalogue(u"nopassword"_s);
        QVERIFY(!catalogue.ok());
        VERIFY_MENTIONS(catalogue.message(),
                        (QStringList{u"no password"_s, u"'nopassword'"_s,
                                     u"s15n repo edit nopassword --password"_s}));

        catalogue = RepositorySetup(*m_child).catalogue(u"nowhere"_s);
        QVERIFY(!catalogue.ok());
        VERIFY_MENTIONS(catalogue.message(), (QStringList{u"nowhere"_s}));
    }

    void cancellingStopsWaitingForARemoteThatNeverAnswers()
    {
        BlackHole hole;
        QVERIFY(hole.start() != 0);
        CHECKED(storeDirectly(u"hole"_s, hole.url(), kPassword));
        std::atomic_bool cancelled{false};
        // RemoteClient waits in a local event loop, where this timer fires.
        QTimer::singleShot(300, this, [&cancelled] { cancelled = true; });
        QElapsedTimer timer;
        timer.start();
        Result<QList<Resource>> catalogue =
            RepositorySetup(*m_child, &cancelled).catalogue(u"hole"_s);
        QVERIFY(!catalogue.ok());
        VERIFY_MENTIONS(catalogue.message(), (QStringList{u"cancelled"_s}));
        QVERIFY(hole.connections() > 0);
        // Well before the transfer timeout (RepositorySetup::kTransferTimeoutMs).
        QVERIFY2(timer.elapsed() < 5000, qPrintable(QString::number(timer.elapsed())));
    }
};

QTEST_GUILESS_MAIN(TestRepositoryCatalogue)
#include "tst_repositorycatalogue.moc"
