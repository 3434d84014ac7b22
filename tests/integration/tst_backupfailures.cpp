// Failures of a child's seeding from its parent's backup zip (core/backup): every bad zip, a
// full disk or a cancel leaves the child's database exactly as it was, with a message that
// says what is wrong; a cancelled backup or a device that fills up leaves no file.
#include "backup/backupmanifest.h"
#include "backup/backuprestorer.h"
#include "backup/backupwriter.h"
#include "backupfixture.h"
#include "capture/resourcestore.h"
#include "exchangenode.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QtTest>

#include <quazipnewinfo.h>

#include <atomic>

using namespace s15n;
using namespace s15n::test;
using namespace Qt::StringLiterals;

namespace {

// Writes `entries` as a zip, as a tool other than s15n would (the zip's own CRCs are right).
bool writeZip(const QString &path, const QList<ZipEntry> &entries)
{
    QFile::remove(path);
    QuaZip zip(path);
    zip.setZip64Enabled(true);
    zip.setUtf8Enabled(true);
    if (!zip.open(QuaZip::mdCreate))
        return false;
    for (const ZipEntry &entry : entries) {
        QuaZipFile file(&zip);
        if (!file.open(QIODevice::WriteOnly, QuaZipNewInfo(entry.name)))
            return false;
        file.write(entry.data);
        file.close();
        if (file.getZipError() != ZIP_OK)
            return false;
    }
    zip.close();
    return zip.getZipError() == ZIP_OK;
}

QByteArray entryData(const QList<ZipEntry> &entries, const QString &name)
{
    for (const ZipEntry &e : entries) {
        if (e.name == name)
            return e.data;
    }
    return QByteArray();
}

} // namespace

class TestBackupFailures : public QObject, public BackupFixture
{
    Q_OBJECT
private slots:
    void initTestCase() { QVERIFY(m_dir.isValid()); }
    void cleanup() { dropPostgresDatabases(); }

    void badZipsChangeNothing_data();
    void badZipsChangeNothing();
    void diskFullChangesNothing();
    void cancelledRestoreChangesNothing();
    void cancelledBackupLeavesNoFile();
    void failingDeviceStopsTheBackup();
};

void TestBackupFailures::badZipsChangeNothing_data()
{
    QTest::addColumn<Backend>("backend");
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message");
    // Each case with the part of the message that says what is wrong.
    const QList<std::pair<const char *, const char *>> cases{
        {"corrupt bytes", "damaged"},
        {"truncated", "damaged or truncated"},
        {"empty file", "is empty"},
        {"not a zip", "is not a zip file"},
        {"zero entries", "empty zip file"},
        {"dot-dot entry", "points outside its folder"},
        {"absolute entry", "absolute path"},
        {"backslash entry", "backslash"},
        {"duplicate entry", "twice"},
        {"extra entry", "that its manifest does not name"},
        {"missing entry", "lacks the entry data/stores.xml"},
        {"no manifest", "has no manifest.xml"},
        {"checksum mismatch", "does not match its checksum"},
        {"newer format", "made by a newer s15n (format 2); this s15n reads format 1: upgrade "
                         "s15n on this node"},
        {"broken manifest", "manifest.xml is not valid (line"},
        {"rows not matching the manifest", "do not match its manifest"},
        {"another parent", "not from the parent"},
        {"own backup", "this very node"},
        {"table holding rows", "already holds rows"},
    };
    for (Backend backend : {Backend::Sqlite, Backend::Postgres}) {
        for (const auto &[kind, message] : cases) {
            QTest::addRow("%s, %s child", kind, qPrintable(toString(backend)))
                << backend << QString::fromLatin1(kind) << QString::fromLatin1(message);
        }
    }
}

void TestBackupFailures::badZipsChangeNothing()
{
    QFETCH(Backend, backend);
    QFETCH(QString, kind);
    QFETCH(QString, message);
    REQUIRE_BACKEND(backend);
    std::unique_ptr<Node> parent = makeNode(Backend::Sqlite, u"parent"_s, true);
    QVERIFY(parent);
    const QString good = zipPath(u"good-%1.zip"_s.arg(QUuid::createUuid().toString(QUuid::Id128)));
    S15N_CHECK(BackupWriter(*parent).write(good));
    const QList<ZipEntry> entries = readZip(good);
    QCOMPARE(entries.size(), 6);

    // The child has data and resources of its own, which must stay exactly as they are.
    std::unique_ptr<Node> child = makeNode(backend, u"child"_s, false);
    QVERIFY(child);
    S15N_CHECK(run(child->database(), u"CREATE TABLE notes (id %1, body TEXT NOT NULL)"_s.arg(
                                          autoKey(child->database().dialect()))));
    S15N_CHECK(
        run(child->database(), u"INSERT INTO notes (body) VALUES ('kept'), ('also kept')"_s));
    Resource notes;
    notes.table = u"notes"_s;
    S15N_CHECK(ResourceStore(*child).add(notes));
    S15N_CHECK(run(child->database(), u"UPDATE notes SET body = 'pending' WHERE body = 'kept'"_s));

    const QString bad = zipPath(u"bad-%1.zip"_s.arg(QUuid::createUuid().toString(QUuid::Id128)));
    QUuid expected = parent->identity().uuid;
    Node *target = child.get();
    std::unique_ptr<Node> other;
    QList<ZipEntry> changed = entries;
    const auto withEntry = [&](const QString &name, const QByteArray &data) {
        changed.append({name, data});
        QVERIFY(writeZip(bad, changed));
    };
    QByteArray raw;
    {
        QFile file(good);
        QVERIFY(file.open(QIODevice::ReadOnly));
        raw = file.readAll();
    }
    const auto writeRaw = [&](const QByteArray &bytes) {
        QFile file(bad);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
    };
    if (kind == u"corrupt bytes") {
        QByteArray bytes = raw;
        for (qsizetype i = bytes.size() / 3; i < bytes.size() / 3 + 16; ++i)
            bytes[i] = static_cast<char>(bytes[i] ^ 0x5a);
        writeRaw(bytes);
    } else if (kind == u"truncated") {
        writeRaw(raw.left(raw.size() / 2));
    } else if (kind == u"empty file") {
        writeRaw(QByteArray());
    } else if (kind == u"not a zip") {
        writeRaw("<s15n-backup format=\"1\"/>\n");
    } else if (kind == u"zero entries") {
        QVERIFY(writeZip(bad, {}));
    } else if (kind == u"dot-dot entry") {
        withEntry(u"data/../../evil.xml"_s, "x");
    } else if (kind == u"absolute entry") {
        withEntry(u"/tmp/evil.xml"_s, "x");
    } else if (kind == u"backslash entry") {
        withEntry(u"data\\..\\evil.xml"_s, "x");
    } else if (kind == u"duplicate entry") {
        withEntry(u"data/stores.xml"_s, entryData(entries, u"data/stores.xml"_s));
    } else if (kind == u"extra entry") {
        withEntry(u"data/extra.xml"_s, "x");
    } else if (kind == u"missing entry" || kind == u"no manifest") {
        const QString drop = kind == u"no manifest" ? u"manifest.xml"_s : u"data/stores.xml"_s;
        changed.removeIf([&](const ZipEntry &e) { return e.name == drop; });
        QVERIFY(writeZip(bad, changed));
    } else if (kind == u"checksum mismatch") {
        // Same length, and the zip's own CRC is right: only the manifest's SHA-256 tells.
        for (ZipEntry &e : changed) {
            if (e.name == u"data/items.xml") {
                QVERIFY(e.data.contains("Amoxicillin"));
                e.data.replace("Amoxicillin", "Amoxicillix");
            }
        }
        QVERIFY(writeZip(bad, changed));
    } else if (kind == u"newer format" || kind == u"broken manifest") {
        for (ZipEntry &e : changed) {
            if (e.name == u"manifest.xml") {
                if (kind == u"newer format")
                    e.data.replace("format=\"1\"", "format=\"2\"");
                else
                    e.data.replace("</resource>", "</resourc>");
            }
        }
        QVERIFY(writeZip(bad, changed));
    } else if (kind == u"rows not matching the manifest") {
        // A manifest that agrees with altered data (checksum and size recomputed): the rows
        // of stores hold one row less than the manifest says.
        QByteArray stores = entryData(entries, u"data/stores.xml"_s);
        const qsizetype from = stores.indexOf("<row ");
        const qsizetype to = stores.indexOf("</row>", from) + 6;
        QVERIFY(from > 0 && to > from);
        stores.remove(from, to - from);
        Result<BackupManifest> manifest =
            BackupManifest::fromXml(entryData(entries, u"manifest.xml"_s));
        S15N_CHECK(manifest);
        for (BackupResource &r : manifest.value().resources) {
            if (r.resource.table == u"stores") {
                r.sha256 = QCryptographicHash::hash(stores, QCryptographicHash::Sha256);
                r.size = stores.size();
            }
        }
        for (ZipEntry &e : changed) {
            if (e.name == u"data/stores.xml")
                e.data = stores;
            if (e.name == u"manifest.xml")
                e.data = manifest->toXml().value();
        }
        QVERIFY(writeZip(bad, changed));
    } else if (kind == u"another parent") {
        std::unique_ptr<Node> stranger = makeNode(Backend::Sqlite, u"stranger"_s, true);
        QVERIFY(stranger);
        S15N_CHECK(BackupWriter(*stranger).write(bad));
    } else if (kind == u"own backup") {
        QVERIFY(QFile::copy(good, bad));
        target = parent.get();
    } else if (kind == u"table holding rows") {
        QVERIFY(QFile::copy(good, bad));
        S15N_CHECK(run(child->database(),
                       u"CREATE TABLE stores (id %1, code TEXT, name TEXT, "
                       "active INTEGER, uuid TEXT)"_s.arg(autoKey(child->database().dialect()))));
        S15N_CHECK(run(child->database(),
                       u"INSERT INTO stores (code, name, active) VALUES ('MINE', 'Mine', 1)"_s));
    } else {
        QFAIL(qPrintable(u"unknown case "_s + kind));
    }
    if (QTest::currentTestFailed())
        return;

    const QString targetDb = target->database().location().toString();
    const QStringList before = dumpDatabase(targetDb);
    QVERIFY(before.size() > 10);
    // inspect() trusts an entry whose SHA-256 matches the manifest; only a zip made to look
    // right (rows that disagree with a manifest recomputed to match) gets past it, and the
    // restore's transaction then refuses it as it reads the rows.
    Result<BackupManifest> inspected = BackupRestorer(*target).inspect(bad, expected);
    if (kind == u"rows not matching the manifest") {
        S15N_CHECK(inspected);
    } else {
        QVERIFY2(!inspected, qPrintable(kind));
        QVERIFY2(inspected.message().contains(message), qPrintable(inspected.message()));
    }
    Result<RestoreSummary> restored = BackupRestorer(*target).restore(bad, expected);
    QVERIFY2(!restored, qPrintable(kind));
    QVERIFY2(restored.message().contains(message), qPrintable(restored.message()));
    qInfo("refused: %s", qPrintable(restored.message()));
    const QStringList after = dumpDatabase(targetDb);
    QVERIFY2(after == before, qPrintable(difference(before, after, u"before"_s, u"after"_s)));
}

void TestBackupFailures::diskFullChangesNothing()
{
    std::unique_ptr<Node> parent = makeNode(Backend::Sqlite, u"parent"_s, true);
    std::unique_ptr<Node> child = makeNode(Backend::Sqlite, u"child"_s, false);
    QVERIFY(parent && child);
    // Enough data to fill a database limited to a few more pages.
    Database &db = parent->database();
    S15N_CHECK(run(db, u"CREATE TABLE bulk (id INTEGER PRIMARY KEY, body TEXT NOT NULL)"_s));
    S15N_CHECK(run(db,
                   u"WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n "
                   "WHERE i < 2000) INSERT INTO bulk (body) SELECT printf('%0300d', i) FROM n"_s));
    Resource bulk;
    bulk.table = u"bulk"_s;
    S15N_CHECK(ResourceStore(*parent).add(bulk));
    const QString zip = zipPath(u"full.zip"_s);
    S15N_CHECK(BackupWriter(*parent).write(zip));

    const QString childDb = child->database().location().toString();
    const QStringList before = dumpDatabase(childDb);
    const qint64 pages = value(child->database(), u"PRAGMA page_count"_s).toLongLong();
    // SQLite's "database or disk is full" (SQLITE_FULL), as a full disk gives it.
    S15N_CHECK(run(child->database(), u"PRAGMA max_page_count = %1"_s.arg(pages + 60)));
    Result<RestoreSummary> restored = BackupRestorer(*child).restore(zip, parent->identity().uuid);
    QVERIFY(!restored);
    QVERIFY2(restored.message().contains(u"disk holding the database is full"_s) &&
                 restored.message().contains(u"exactly as it was"_s),
             qPrintable(restored.message()));
    const QStringList after = dumpDatabase(childDb);
    QVERIFY2(after == before, qPrintable(difference(before, after, u"before"_s, u"after"_s)));

    // With room again, the same zip restores.
    S15N_CHECK(run(child->database(), u"PRAGMA max_page_count = 1073741823"_s));
    S15N_CHECK(BackupRestorer(*child).restore(zip, parent->identity().uuid));
    QCOMPARE(value(child->database(), u"SELECT COUNT(*) FROM bulk"_s).toLongLong(), 2000);
}

void TestBackupFailures::cancelledRestoreChangesNothing()
{
    for (Backend backend : {Backend::Sqlite, Backend::Postgres}) {
        REQUIRE_BACKEND(backend);
        std::unique_ptr<Node> parent = makeNode(Backend::Sqlite, u"parent"_s, true);
        std::unique_ptr<Node> child = makeNode(backend, u"child"_s, false);
        QVERIFY(parent && child);
        const QString zip = zipPath(u"cancel-%1.zip"_s.arg(toString(backend)));
        BackupOptions options;
        options.pageSize = 2;
        S15N_CHECK(BackupWriter(*parent).write(zip, options));
        const QString childDb = child->database().location().toString();
        const QStringList before = dumpDatabase(childDb);
        std::atomic_bool cancel{false};
        qint64 seenDone = 0;
        Result<RestoreSummary> restored = BackupRestorer(*child).restore(
            zip, parent->identity().uuid,
            [&](qint64 done, qint64 total, const QString &) {
                seenDone = done;
                if (done > total / 2 + 4) // restoring, a few pages in
                    cancel = true;
            },
            &cancel);
        QVERIFY(!restored);
        QVERIFY(cancel);
        QVERIFY2(restored.message().contains(u"cancelled"_s), qPrintable(restored.message()));
        QVERIFY(seenDone > 0);
        const QStringList after = dumpDatabase(childDb);
        QVERIFY2(after == before, qPrintable(difference(before, after, u"before"_s, u"after"_s)));
    }
}

void TestBackupFailures::cancelledBackupLeavesNoFile()
{
    std::unique_ptr<Node> parent = makeNode(Backend::Sqlite, u"parent"_s, true);
    QVERIFY(parent);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString existing = dir.filePath(u"existing.zip"_s);
    {
        QFile file(existing);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("an older backup");
    }
    const QString fresh = dir.filePath(u"fresh.zip"_s);
    for (const QString &path : {existing, fresh}) {
        std::atomic_bool cancel{false};
        BackupOptions options;
        options.pageSize = 1;
        Result<BackupSummary> written = BackupWriter(*parent).write(
            path, options,
            [&](qint64 done, qint64, const QString &) {
                if (done >= 3)
                    cancel = true;
            },
            &cancel);
        QVERIFY(!written);
        QVERIFY2(written.message().contains(u"cancelled"_s), qPrintable(written.message()));
    }
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden),
             QStringList{u"existing.zip"_s});
    QFile file(existing);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("an older backup"));
}

void TestBackupFailures::failingDeviceStopsTheBackup()
{
    // A disk that fills up while the zip is written: the write fails, and says so.
    class FullDisk : public QIODevice
    {
    public:
        explicit FullDisk(qint64 room) : m_room(room) { open(QIODevice::WriteOnly); }

    protected:
        qint64 readData(char *, qint64) override { return -1; }
        qint64 writeData(const char *, qint64 size) override
        {
            if (size > m_room) {
                setErrorString(u"No space left on device"_s);
                return -1;
            }
            m_room -= size;
            return size;
        }

    private:
        qint64 m_room;
    };
    std::unique_ptr<Node> parent = makeNode(Backend::Sqlite, u"parent"_s, true);
    QVERIFY(parent);
    for (const qint64 room : {qint64(0), qint64(3000), qint64(6000)}) {
        FullDisk device(room);
        BackupOptions options;
        options.pageSize = 2;
        Result<BackupSummary> written = BackupWriter(*parent).write(&device, options);
        QVERIFY2(!written, qPrintable(QString::number(room)));
        QVERIFY2(written.message().contains(u"Cannot write the backup"_s),
                 qPrintable(written.message()));
        qInfo("refused: %s", qPrintable(written.message()));
    }
}

QTEST_GUILESS_MAIN(TestBackupFailures)
#include "tst_backupfailures.moc"
