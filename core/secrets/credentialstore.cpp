#include "credentialstore.h"

#include "secrets/keychain.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QList>
#include <QLockFile>
#include <QLoggingCategory>
#include <QPair>
#include <QRegularExpression>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUrl>

#include <cerrno>
#include <cstring>

#include <sys/stat.h>
#include <unistd.h>

Q_LOGGING_CATEGORY(lcCredentials, "s15n.credentials")

namespace s15n {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::CredentialStore", text);
}

constexpr const char *kFileVariable = "S15N_CREDENTIALS_FILE";

QString defaultFilePath()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericConfigLocation) +
           QStringLiteral("/s15n/credentials");
}

enum class Action { Read, Store, Forget };

QString keychainFailure(Action action, const QString &repository)
{
    QString failed;
    switch (action) {
    case Action::Read:
        failed = tr("Cannot read the password of the repository '%1': the keychain (Secret "
                    "Service) cannot be reached.");
        break;
    case Action::Store:
        failed = tr("Cannot store the password of the repository '%1': the keychain (Secret "
                    "Service) cannot be reached.");
        break;
    case Action::Forget:
        failed = tr("Cannot forget the password of the repository '%1': the keychain (Secret "
                    "Service) cannot be reached.");
        break;
    }
    return failed.arg(repository) + QLatin1Char(' ') +
           tr("On a desktop, unlock your keyring and try again. On a server without one, set "
              "%1 to a file that only this user may read (for example %2) and run the command "
              "again. The keychain's own error shows with QT_LOGGING_RULES=\"s15n.secrets=true\".")
               .arg(QString::fromLatin1(kFileVariable), defaultFilePath());
}

// `path` as one shell word, so that the chmod we suggest can be pasted as it is.
QString shellWord(const QString &path)
{
    static const QRegularExpression plain(QStringLiteral("^[A-Za-z0-9_./@%+=:,-]+$"));
    if (plain.match(path).hasMatch())
        return path;
    QString quoted = path;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString modeText(mode_t mode)
{
    return QStringLiteral("%1").arg(mode & 07777, 4, 8, QLatin1Char('0'));
}

using Entries = QList<QPair<QString, QString>>; // key → password, in file order

// The credentials file: KEY=PASSWORD lines, both percent-encoded UTF-8; '#' starts a comment.
class CredentialsFile
{
public:
    explicit CredentialsFile(QString path) : m_path(std::move(path)) {}

    Result<Entries> load() const
    {
        QFile file(m_path);
        if (!file.open(QIODevice::ReadOnly)) {
            if (!QFileInfo::exists(m_path))
                return Entries();
            return Status::failure(
                tr("Cannot read the credentials file %1: %2").arg(m_path, file.errorString()));
        }
        // Checked on the open file, so it cannot be swapped between check and read.
        if (Status s = checkSafe(file.handle()); !s)
            return s;
        Entries entries;
        int number = 0;
        while (!file.atEnd()) {
            ++number;
            QByteArray line = file.readLine();
            if (line.endsWith('\n'))
                line.chop(1);
            if (line.endsWith('\r'))
                line.chop(1);
            if (line.trimmed().isEmpty() || line.trimmed().startsWith('#'))
                continue;
            const qsizetype equals = line.indexOf('=');
            if (equals <= 0)
                return Status::failure(tr("Line %1 of the credentials file %2 is not "
                                          "KEY=PASSWORD; correct or remove it.")
                                           .arg(number)
                                           .arg(m_path));
            entries.append({QUrl::fromPercentEncoding(line.left(equals).trimmed()),
                            QUrl::fromPercentEncoding(line.mid(equals + 1))});
        }
        if (file.error() != QFileDevice::NoError)
            return Status::failure(
                tr("Cannot read the credentials file %1: %2").arg(m_path, file.errorString()));
        return entries;
    }

    // Refuses a file that is not a regular file of this user, or that group or others may
    // read or write. The same check runs before the file is replaced.
    Status checkSafe(int fd) const
    {
        struct stat info = {};
        if (::fstat(fd, &info) != 0)
            return Status::failure(tr("Cannot check the credentials file %1: %2")
                                       .arg(m_path, QString::fromLocal8Bit(std::strerror(errno))));
        return checkSafe(info);
    }

    Status checkSafe(const struct stat &info) const
    {
        if (!S_ISREG(info.st_mode))
            return Status::failure(
                tr("The credentials file %1 is not a regular file; give %2 a file path.")
                    .arg(m_path, QString::fromLatin1(kFileVariable)));
        if (info.st_uid != ::geteuid())
            return Status::failure(
                tr("The credentials file %1 belongs to another user (uid %2); run s15n as that "
                   "user, or give this user a file of its own with %3.")
                    .arg(m_path)
                    .arg(info.st_uid)
                    .arg(QString::fromLatin1(kFileVariable)));
        if ((info.st_mode & (S_IRGRP | S_IWGRP | S_IROTH | S_IWOTH)) != 0)
            return Status::failure(
                tr("The credentials file %1 holds passwords but other users may read or change "
                   "it (mode %2). Make it private with: chmod 600 %3")
                    .arg(m_path, modeText(info.st_mode), shellWord(m_path)));
        return Status();
    }

    // Writes `entries` to a new file that is private before anything is written to it, then
    // puts it in place of the old one in one step.
    Status save(const Entries &entries) const
    {
        if (Status s = checkExisting(); !s)
            return s;
        QSaveFile file(m_path);
        if (!file.open(QIODevice::WriteOnly))
            return Status::failure(
                tr("Cannot write the credentials file %1: %2").arg(m_path, file.errorString()));
        if (!file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
            file.cancelWriting();
            return Status::failure(tr("Cannot make the credentials file %1 private (mode 0600): %2")
                                       .arg(m_path, file.errorString()));
        }
        file.write("# s15n: passwords this node uses to log in to remote repositories.\n"
                   "# Keep it private (chmod 600): s15n refuses it otherwise.\n"
                   "# One KEY=PASSWORD a line, both percent-encoded UTF-8; KEY is\n"
                   "# repository/<node uuid>/<repository name>.\n");
        for (const auto &[key, password] : entries) {
            file.write(QUrl::toPercentEncoding(key, "/@:"));
            file.write("=");
            file.write(QUrl::toPercentEncoding(password));
            file.write("\n");
        }
        if (!file.commit())
            return Status::failure(
                tr("Cannot write the credentials file %1: %2").arg(m_path, file.errorString()));
        return Status();
    }

    // Makes the file's folder if there is none, private to this user (mode 0700).
    Status makeFolder() const
    {
        const QString folder = QFileInfo(m_path).absolutePath();
        if (QFileInfo::exists(folder))
            return Status();
        if (!QDir().mkpath(folder))
            return Status::failure(
                tr("Cannot create the folder %1 for the credentials file.").arg(folder));
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner |
                                          QFileDevice::ExeOwner);
        return Status();
    }

    // Serialises changes between processes (read, change, write back).
    Status lock(QLockFile &lockFile) const
    {
        lockFile.setStaleLockTime(30000);
        if (!lockFile.tryLock(10000))
            return Status::failure(tr("Another program is changing the credentials file %1 "
                                      "(lock file %2). Try again; if none runs, remove the "
                                      "lock file.")
                                       .arg(m_path, lockFile.fileName()));
        return Status();
    }

    const QString &path() const { return m_path; }

private:
    Status checkExisting() const
    {
        struct stat info = {};
        if (::stat(QFile::encodeName(m_path).constData(), &info) != 0) {
            if (errno == ENOENT)
                return Status();
            return Status::failure(tr("Cannot check the credentials file %1: %2")
                                       .arg(m_path, QString::fromLocal8Bit(std::strerror(errno))));
        }
        return checkSafe(info);
    }

    QString m_path;
};

Status checkNames(const QString &scope, const QString &repository)
{
    if (scope.trimmed().isEmpty() || scope.contains(QLatin1Char('/')))
        return Status::failure(tr("Passwords are kept per node, but no node UUID was given."));
    if (repository.isEmpty())
        return Status::failure(tr("The repository name is empty."));
    return Status();
}

// Reads, changes and writes back the file under its lock: sets `password`, or removes the
// entry when it is null.
Status changeFile(const QString &key, const QString &password)
{
    const CredentialsFile file(CredentialStore::filePath());
    if (password.isNull() && !QFileInfo::exists(file.path()))
        return Status(); // nothing stored, nothing to write
    if (Status s = file.makeFolder(); !s)
        return s;
    QLockFile lockFile(file.path() + QStringLiteral(".lock"));
    if (Status s = file.lock(lockFile); !s)
        return s;
    Result<Entries> entries = file.load();
    if (!entries)
        return entries.status();
    Entries changed;
    bool found = false;
    for (const auto &entry : std::as_const(entries.value())) {
        if (entry.first != key) {
            changed.append(entry);
        } else if (!password.isNull() && !found) {
            changed.append({key, password});
            found = true;
        }
    }
    if (password.isNull() && changed.size() == entries.value().size())
        return Status(); // nothing stored, nothing to write
    if (!password.isNull() && !found)
        changed.append({key, password});
    return file.save(changed);
}

} // namespace

QString CredentialStore::key(const QString &scope, const QString &repository)
{
    return QStringLiteral("repository/%1/%2").arg(scope, repository);
}

QString CredentialStore::filePath()
{
    const QString configured = qEnvironmentVariable(kFileVariable);
    if (!configured.isEmpty())
        return QFileInfo(configured).absoluteFilePath();
    if (qEnvironmentVariableIsEmpty("DBUS_SESSION_BUS_ADDRESS"))
        return defaultFilePath();
    return QString();
}

QString CredentialStore::where()
{
    const QString file = filePath();
    if (file.isEmpty())
        return tr("the keychain (Secret Service)");
    if (!qEnvironmentVariableIsEmpty(kFileVariable))
        return tr("the file %1 (set by %2)").arg(file, QLatin1String(kFileVariable));
    return tr("the file %1, readable only by you (there is no Secret Service without a D-Bus "
              "session, as on a headless server)")
        .arg(file);
}

Result<QString> CredentialStore::read(const QString &scope, const QString &repository)
{
    if (Status s = checkNames(scope, repository); !s)
        return s;
    const QString name = key(scope, repository);
    if (const QString path = filePath(); !path.isEmpty()) {
        Result<Entries> entries = CredentialsFile(path).load();
        if (!entries)
            return entries.status();
        for (const auto &[entryKey, password] : std::as_const(entries.value())) {
            if (entryKey == name)
                return password;
        }
        return QString();
    }
    Result<QString> stored = Keychain::read(name);
    if (!stored)
        return Status::failure(keychainFailure(Action::Read, repository));
    return stored.value();
}

Status CredentialStore::write(const QString &scope, const QString &repository,
                              const QString &password)
{
    if (Status s = checkNames(scope, repository); !s)
        return s;
    if (password.isEmpty())
        return Status::failure(
            tr("The password for the repository '%1' is empty.").arg(repository));
    const QString name = key(scope, repository);
    if (!filePath().isEmpty()) {
        if (Status s = changeFile(name, password); !s)
            return s;
    } else if (!Keychain::write(name, password)) {
        return Status::failure(keychainFailure(Action::Store, repository));
    }
    qCInfo(lcCredentials) << "stored the password for" << name << "in" << where();
    return Status();
}

Status CredentialStore::remove(const QString &scope, const QString &repository)
{
    if (Status s = checkNames(scope, repository); !s)
        return s;
    const QString name = key(scope, repository);
    if (!filePath().isEmpty()) {
        if (Status s = changeFile(name, QString()); !s)
            return s;
    } else if (!Keychain::remove(name)) {
        return Status::failure(keychainFailure(Action::Forget, repository));
    }
    qCInfo(lcCredentials) << "forgot the password for" << name << "in" << where();
    return Status();
}

} // namespace s15n
