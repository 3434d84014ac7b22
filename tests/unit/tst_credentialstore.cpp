// Where a node keeps the passwords it logs in to repositories with (CredentialStore): the
// keychain under the test session's own gnome-keyring, a credentials file when
// S15N_CREDENTIALS_FILE is set or there is no session bus (created 0600, refused when others
// may read or write it), and a keychain that cannot be reached.

#include "secrets/credentialstore.h"
#include "secrets/keychain.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <sys/stat.h>
#include <unistd.h>

using namespace s15n;

namespace {

const char *const kFileVariable = "S15N_CREDENTIALS_FILE";
const char *const kBusVariable = "DBUS_SESSION_BUS_ADDRESS";
const char *const kConfigVariable = "XDG_CONFIG_HOME";

QString newScope()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

// The permission bits of `path`, or -1.
int modeOf(const QString &path)
{
    struct stat info = {};
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return -1;
    return int(info.st_mode & 07777);
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void setVariable(const char *name, const QByteArray &value)
{
    if (value.isNull())
        qunsetenv(name);
    else
        qputenv(name, value);
}

} // namespace

class TestCredentialStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    // First, so that no working connection to the bus is made in this process before it.
    void keychainUnreachable();
    void keychainRoundTrip();
    void fileRoundTrip_data();
    void fileRoundTrip();
    void fileCreatedPrivate();
    void fileRefusedWhenShared_data();
    void fileRefusedWhenShared();
    void chmodHintQuoted();
    void fileOfAnotherUserRefused();
    void fileRemove();
    void fileReadCreatesNothing();
    void fileFormat();
    void malformedFileRefused();
    void defaultFileWithoutBus();
    void emptyInputRefused();

private:
    bool requireBus();
    QString credentialsFile() const
    {
        return m_dir->filePath(QStringLiteral("conf/s15n/credentials"));
    }

    QByteArray m_bus; // the session bus of the test run (null: none)
    QByteArray m_file;
    QByteArray m_config;
    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestCredentialStore::initTestCase()
{
    m_bus = qgetenv(kBusVariable);
    if (!qEnvironmentVariableIsSet(kBusVariable))
        m_bus = QByteArray();
    m_file = qEnvironmentVariableIsSet(kFileVariable) ? qgetenv(kFileVariable) : QByteArray();
    m_config = qEnvironmentVariableIsSet(kConfigVariable) ? qgetenv(kConfigVariable) : QByteArray();
}

void TestCredentialStore::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    qunsetenv(kFileVariable);
    qputenv(kConfigVariable, QFile::encodeName(m_dir->filePath(QStringLiteral("xdg-config"))));
}

void TestCredentialStore::cleanup()
{
    setVariable(kBusVariable, m_bus);
    setVariable(kFileVariable, m_file);
    setVariable(kConfigVariable, m_config);
    m_dir.reset();
}

// The keychain tests need the session bus and unlocked gnome-keyring that packaging/dev.sh
// (and the test command in the README) give them. In CI their absence is a failure.
bool TestCredentialStore::requireBus()
{
    if (!m_bus.isEmpty())
        return true;
    if (qEnvironmentVariableIsSet("CI"))
        QTest::qFail("No D-Bus session bus: run the tests under dbus-run-session with "
                     "gnome-keyring (packaging/dev.sh test).",
                     __FILE__, __LINE__);
    else
        QTest::qSkip("No D-Bus session bus: run the tests through packaging/dev.sh test.", __FILE__,
                     __LINE__);
    return false;
}

void TestCredentialStore::keychainUnreachable()
{
    const QString noBus = m_dir->filePath(QStringLiteral("no-bus"));
    qputenv(kBusVariable, "unix:path=" + QFile::encodeName(noBus));
    QVERIFY(CredentialStore::filePath().isEmpty());
    QVERIFY2(CredentialStore::where().contains(QStringLiteral("keychain")),
             qPrintable(CredentialStore::where()));

    // Each of the three calls below really asks the keychain, which logs its failure.
    static const QRegularExpression jobFailed(QStringLiteral("^keychain job failed"));
    for (int i = 0; i < 3; ++i)
        QTest::ignoreMessage(QtWarningMsg, jobFailed);

    const QString scope = newScope();
    const Status written =
        CredentialStore::write(scope, QStringLiteral("parent"), QStringLiteral("never stored"));
    QVERIFY(!written.ok());
    // Says what to do, names the repository, never the password.
    for (const QString &wanted : {QStringLiteral("S15N_CREDENTIALS_FILE"), QStringLiteral("unlock"),
                                  QStringLiteral("'parent'")})
        QVERIFY2(written.message().contains(wanted), qPrintable(written.message()));
    QVERIFY(!written.message().contains(QStringLiteral("never stored")));

    const Result<QString> read = CredentialStore::read(scope, QStringLiteral("parent"));
    QVERIFY(!read.ok());
    QVERIFY2(read.message().contains(QStringLiteral("S15N_CREDENTIALS_FILE")),
             qPrintable(read.message()));
    QVERIFY(!CredentialStore::remove(scope, QStringLiteral("parent")).ok());
    // No silent fallback to a file.
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("xdg-config/s15n/credentials"))));
}

void TestCredentialStore::keychainRoundTrip()
{
    if (!requireBus())
        return;
    QVERIFY(CredentialStore::filePath().isEmpty());
    QVERIFY2(CredentialStore::where().contains(QStringLiteral("keychain")),
             qPrintable(CredentialStore::where()));
    const QString scope = newScope();
    const QString other = newScope();
    const QString password = QStringLiteral("pässwörd with spaces = & %");

    Result<QString> none = CredentialStore::read(scope, QStringLiteral("parent"));
    QVERIFY2(none.ok(), qPrintable(none.message()));
    QCOMPARE(none.value(), QString());

    Status s = CredentialStore::write(scope, QStringLiteral("parent"), password);
    QVERIFY2(s.ok(), qPrintable(s.message()));
    s = CredentialStore::write(other, QStringLiteral("parent"), QStringLiteral("other node's"));
    QVERIFY2(s.ok(), qPrintable(s.message()));

    Result<QString> read = CredentialStore::read(scope, QStringLiteral("parent"));
    QVERIFY2(read.ok(), qPrintable(read.message()));
    QCOMPARE(read.value(), password);
    read = CredentialStore::read(other, QStringLiteral("parent"));
    QVERIFY2(read.ok(), qPrintable(read.message()));
    QCOMPARE(read.value(), QStringLiteral("other node's"));
    // It is in the keychain itself, under the documented key, and in no file.
    const QString key = CredentialStore::key(scope, QStringLiteral("parent"));
    QCOMPARE(key, QStringLiteral("repository/%1/parent").arg(scope));
    Result<QString> direct = Keychain::read(key);
    QVERIFY2(direct.ok(), qPrintable(direct.message()));
    QCOMPARE(direct.value(), password);
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("xdg-config/s15n/credentials"))));

    s = CredentialStore::write(scope, QStringLiteral("parent"), QStringLiteral("changed"));
    QVERIFY2(s.ok(), qPrintable(s.message()));
    QCOMPARE(CredentialStore::read(scope, QStringLiteral("parent")).value(),
             QStringLiteral("changed"));

    s = CredentialStore::remove(scope, QStringLiteral("parent"));
    QVERIFY2(s.ok(), qPrintable(s.message()));
    read = CredentialStore::read(scope, QStringLiteral("parent"));
    QVERIFY2(read.ok(), qPrintable(read.message()));
    QCOMPARE(read.value(), QString());
    QCOMPARE(CredentialStore::read(other, QStringLiteral("parent")).value(),
             QStringLiteral("other node's"));
    s = CredentialStore::remove(scope, QStringLiteral("parent")); // nothing stored: fine
    QVERIFY2(s.ok(), qPrintable(s.message()));
    QVERIFY(CredentialStore::remove(other, QStringLiteral("parent")).ok());
}

void TestCredentialStore::fileRoundTrip_data()
{
    QTest::addColumn<QString>("password");
    QTest::newRow("plain") << QStringLiteral("secret");
    QTest::newRow("spaces at both ends") << QStringLiteral("  two words  ");
    QTest::newRow("separator and escapes") << QStringLiteral("a=b%41%zz&c");
    QTest::newRow("comment sign first") << QStringLiteral("# not a comment");
    QTest::newRow("newline, tab, CR") << QStringLiteral("line1\nline2\tx\r");
    QTest::newRow("non-ASCII") << QStringLiteral("Grüße, Привет, 你好 🔑");
    QTest::newRow("long") << QString(2000, QLatin1Char('x'));
}

// S15N_CREDENTIALS_FILE wins even when a keychain is there; the file and its folders are
// made as needed, and other entries survive every change.
void TestCredentialStore::fileRoundTrip()
{
    QFETCH(QString, password);
    const QString file = m_dir->filePath(QStringLiteral("new/folder/credentials"));
    qputenv(kFileVariable, QFile::encodeName(file));
    QCOMPARE(CredentialStore::filePath(), file);
    QVERIFY2(CredentialStore::where().contains(file), qPrintable(CredentialStore::where()));

    const QString scope = newScope();
    Status s = CredentialStore::write(scope, QStringLiteral("other"), QStringLiteral("kept"));
    QVERIFY2(s.ok(), qPrintable(s.message()));
    s = CredentialStore::write(scope, QStringLiteral("parent"), password);
    QVERIFY2(s.ok(), qPrintable(s.message()));
    QVERIFY(QFileInfo::exists(file));
    QCOMPARE(modeOf(file), 0600);
    QCOMPARE(modeOf(QFileInfo(file).absolutePath()), 0700);

    Result<QString> read = CredentialStore::read(scope, QStringLiteral("parent"));
    QVERIFY2(read.ok(), qPrintable(read.message()));
    QCOMPARE(read.value(), password);
    QCOMPARE(CredentialStore::read(scope, QStringLiteral("other")).value(), QStringLiteral("kept"));
    QCOMPARE(CredentialStore::read(newScope(), QStringLiteral("parent")).value(), QString());

    s = CredentialStore::write(scope, QStringLiteral("parent"), password + QStringLiteral("2"));
    QVERIFY2(s.ok(), qPrintable(s.message()));
    QCOMPARE(CredentialStore::read(scope, QStringLiteral("parent")).value(),
             password + QStringLiteral("2"));
    QCOMPARE(modeOf(file), 0600);
    QCOMPARE(CredentialStore::read(scope, QStringLiteral("other")).value(), QStringLiteral("kept"));
    if (!m_bus.isEmpty()) {
        Result<QString> keychain =
            Keychain::read(CredentialStore::key(scope, QStringLiteral("parent")));
        QVERIFY2(keychain.ok(), qPrintable(keychain.message()));
        QCOMPARE(keychain.value(), QString()); // the file, not the keychain, holds it
    }
}

// Private from the start whatever the umask, and still private after being replaced.
void TestCredentialStore::fileCreatedPrivate()
{
    const QString file = credentialsFile();
    qputenv(kFileVariable, QFile::encodeName(file));
    const mode_t saved = ::umask(0);
    const Status s =
        CredentialStore::write(newScope(), QStringLiteral("parent"), QStringLiteral("pw"));
    const Status again =
        CredentialStore::write(newScope(), QStringLiteral("parent"), QStringLiteral("pw"));
    ::umask(saved);
    QVERIFY2(s.ok(), qPrintable(s.message()));
    QVERIFY2(again.ok(), qPrintable(again.message()));
    QCOMPARE(modeOf(file), 0600);
    QCOMPARE(modeOf(QFileInfo(file).absolutePath()), 0700);
    // No temporary or lock file left beside it.
    QCOMPARE(QDir(QFileInfo(file).absolutePath()).entryList(QDir::Files | QDir::Hidden),
             QStringList{QStringLiteral("credentials")});
}

void TestCredentialStore::fileRefusedWhenShared_data()
{
    QTest::addColumn<int>("mode");
    for (int mode : {0644, 0640, 0604, 0660, 0606, 0620, 0602, 0666, 0622, 0664})
        QTest::addRow("%04o", mode) << mode;
}

// Refused for reading, writing and removing alike, naming the file and the fix; nothing
// changes. chmod 600 makes it usable again.
void TestCredentialStore::fileRefusedWhenShared()
{
    QFETCH(int, mode);
    const QString file = credentialsFile();
    qputenv(kFileVariable, QFile::encodeName(file));
    const QString scope = newScope();
    Status s = CredentialStore::write(scope, QStringLiteral("parent"), QStringLiteral("pw"));
    QVERIFY2(s.ok(), qPrintable(s.message()));
    QCOMPARE(::chmod(QFile::encodeName(file).constData(), mode_t(mode)), 0);
    const QByteArray before = bytesOf(file);

    const Result<QString> read = CredentialStore::read(scope, QStringLiteral("parent"));
    QVERIFY(!read.ok());
    const QString wanted = QStringLiteral("chmod 600 ") + file;
    QVERIFY2(read.message().contains(wanted), qPrintable(read.message()));
    QVERIFY2(read.message().contains(QStringLiteral("%1").arg(mode, 4, 8, QLatin1Char('0'))),
             qPrintable(read.message()));
    s = CredentialStore::write(scope, QStringLiteral("parent"), QStringLiteral("new"));
    QVERIFY(!s.ok());
    QVERIFY2(s.message().contains(wanted), qPrintable(s.message()));
    s = CredentialStore::write(scope, QStringLiteral("second"), QStringLiteral("new"));
    QVERIFY(!s.ok());
    s = CredentialStore::remove(scope, QStringLiteral("parent"));
    QVERIFY(!s.ok());
    QVERIFY2(s.message().contains(wanted), qPrintable(s.message()));
    QCOMPARE(bytesOf(file), before);
    QCOMPARE(modeOf(file), mode);

    QCOMPARE(::chmod(QFile::encodeName(file).constData(), 0600), 0);
    QCOMPARE(CredentialStore::read(scope, QStringLiteral("parent")).value(), QStringLiteral("pw"));
}

// The suggested command works when pasted, also for a path with a space.
void TestCredentialStore::chmodHintQuoted()
{
    const QString file = m_dir->filePath(QStringLiteral("my config/credentials"));
    qputenv(kFileVariable, QFile::encodeName(file));
    const QString scope = newScope();
    QVERIFY(CredentialStore::write(scope, QStringLiteral("parent"), QStringLiteral("pw")).ok());
    QCOMPARE(::chmod(QFile::encodeName(file).constData(), 0644), 0);
    const Result<QString> read = CredentialStore::read(scope, QStringLiteral("parent"));
    QVERIFY(!read.ok());
    QVERIFY2(read.message().endsWith(QStringLiteral("chmod 600 '%1'").arg(file)),
             qPrintable(read.message()));
}

void TestCredentialStore::fileOfAnotherUserRefused()
{
    if (::geteuid() != 0)
        QSKIP("Giving a file to another user needs root.");
    const QString file = credentialsFile();
    qputenv(kFileVariable, QFile::encodeName(file));
    const QString scope = newScope();
    Status s = CredentialStore::write(scope, QStringLiteral("parent"), QStringLiteral("pw"));
    QVERIFY2(s.ok(), qPrintable(s.message()));
    QCOMPARE(::chown(QFile::encodeName(file).constData(), 65534, 65534), 0); // nobody
    const Result<QString> read = CredentialStore::read(scope, QStringLiteral("parent"));
    QVERIFY(!read.ok());
    QVERIFY2(read.message().contains(QStringLiteral("another user")), qPrintable(read.message()));
    QVERIFY(!CredentialStore::write(scope, QStringLiteral("parent"), QStringLiteral("x")).ok());
}

void TestCredentialStore::fileRemove()
{
    const QString file = credentialsFile();
    qputenv(kFileVariable, QFile::encodeName(file));
    const QString scope = newScope();
    QVERIFY(CredentialStore::write(scope, QStringLiteral("a"), QStringLiteral("1")).ok());
    QVERIFY(CredentialStore::write(scope, QStringLiteral("b"), QStringLiteral("2")).ok());

    Status s = CredentialStore::remove(scope, QStringLiteral("a"));
    QVERIFY2(s.ok(), qPrintable(s.message()));
    QCOMPARE(CredentialStore::read(scope, QStringLiteral("a")).value(), QString());
    QCOMPARE(CredentialStore::read(scope, QStringLiteral("b")).value(), QStringLiteral("2"));
    QVERIFY(!bytesOf(file).contains("/a="));
    QCOMPARE(modeOf(file), 0600);

    const QByteArray before = bytesOf(file);
    s = CredentialStore::remove(scope, QStringLiteral("a")); // nothing stored: fine
    QVERIFY2(s.ok(), qPrintable(s.message()));
    QCOMPARE(bytesOf(file), before);
}

void TestCredentialStore::fileReadCreatesNothing()
{
    const QString file = credentialsFile();
    qputenv(kFileVariable, QFile::encodeName(file));
    const Result<QString> read = CredentialStore::read(newScope(), QStringLiteral("parent"));
    QVERIFY2(read.ok(), qPrintable(read.message()));
    QCOMPARE(read.value(), QString());
    QVERIFY(CredentialStore::remove(newScope(), QStringLiteral("parent")).ok());
    QVERIFY(!QFileInfo::exists(QFileInfo(file).absolutePath()));
}

// One KEY=PASSWORD line per password, percent-encoded; a line an administrator wrote by
// hand reads back too.
void TestCredentialStore::fileFormat()
{
    const QString file = credentialsFile();
    qputenv(kFileVariable, QFile::encodeName(file));
    const QString scope = newScope();
    QVERIFY(CredentialStore::write(scope, QStringLiteral("parent"), QStringLiteral("a b=c")).ok());
    const QByteArray text = bytesOf(file);
    const QByteArray line = "\nrepository/" + scope.toLatin1() + "/parent=a%20b%3Dc\n";
    QVERIFY2(text.contains(line), text.constData());

    QFile edited(file);
    QVERIFY(edited.open(QIODevice::Append));
    const QByteArray byHand =
        "\n# added by hand\nrepository/" + scope.toLatin1() + "/hub=plain-secret\n";
    edited.write(byHand);
    edited.close();
    QCOMPARE(CredentialStore::read(scope, QStringLiteral("hub")).value(),
             QStringLiteral("plain-secret"));
    QCOMPARE(CredentialStore::read(scope, QStringLiteral("parent")).value(),
             QStringLiteral("a b=c"));
}

// A line s15n cannot read is reported, and never silently dropped by a rewrite.
void TestCredentialStore::malformedFileRefused()
{
    const QString file = credentialsFile();
    qputenv(kFileVariable, QFile::encodeName(file));
    QVERIFY(QDir().mkpath(QFileInfo(file).absolutePath()));
    QFile f(file);
    QVERIFY(f.open(QIODevice::WriteOnly));
    QVERIFY(f.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner));
    f.write("# comment\n\nno separator here\n");
    f.close();
    const QByteArray before = bytesOf(file);

    const Result<QString> read = CredentialStore::read(newScope(), QStringLiteral("parent"));
    QVERIFY(!read.ok());
    QVERIFY2(read.message().contains(QStringLiteral("Line 3")), qPrintable(read.message()));
    QVERIFY(!CredentialStore::write(newScope(), QStringLiteral("p"), QStringLiteral("x")).ok());
    QCOMPARE(bytesOf(file), before);
}

// No session bus (a headless server) and no S15N_CREDENTIALS_FILE: the file in the user's
// config folder.
void TestCredentialStore::defaultFileWithoutBus()
{
    qunsetenv(kBusVariable);
    const QString expected = m_dir->filePath(QStringLiteral("xdg-config/s15n/credentials"));
    QCOMPARE(CredentialStore::filePath(), expected);
    QVERIFY2(CredentialStore::where().contains(expected), qPrintable(CredentialStore::where()));
    const QString scope = newScope();
    const Status s = CredentialStore::write(scope, QStringLiteral("parent"), QStringLiteral("pw"));
    QVERIFY2(s.ok(), qPrintable(s.message()));
    QCOMPARE(modeOf(expected), 0600);
    QCOMPARE(CredentialStore::read(scope, QStringLiteral("parent")).value(), QStringLiteral("pw"));
}

void TestCredentialStore::emptyInputRefused()
{
    qputenv(kFileVariable, QFile::encodeName(credentialsFile()));
    QVERIFY(!CredentialStore::write(newScope(), QStringLiteral("parent"), QString()).ok());
    QVERIFY(!CredentialStore::write(QString(), QStringLiteral("parent"), QStringLiteral("x")).ok());
    QVERIFY(!CredentialStore::write(newScope(), QString(), QStringLiteral("x")).ok());
    QVERIFY(!CredentialStore::read(QString(), QStringLiteral("parent")).ok());
    QVERIFY(!QFileInfo::exists(credentialsFile()));
}

QTEST_GUILESS_MAIN(TestCredentialStore)
#include "tst_credentialstore.moc"
