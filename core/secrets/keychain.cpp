#include "keychain.h"

#include <qt6keychain/keychain.h>

#include <QCoreApplication>
#include <QEventLoop>
#include <QLoggingCategory>

Q_LOGGING_CATEGORY(lcSecrets, "s15n.secrets")

namespace s15n {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::Keychain", text);
}

QString unreachable(const QKeychain::Job &job)
{
    qCWarning(lcSecrets) << "keychain job failed:" << job.error() << job.errorString();
    return tr("The keychain (Secret Service) cannot be reached: %1. On a desktop, unlock your "
              "keyring; on a headless server, use PGPASSWORD or ~/.pgpass for the database.")
        .arg(job.errorString());
}

void wait(QKeychain::Job &job)
{
    QEventLoop loop;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, &QEventLoop::quit);
    job.start();
    loop.exec();
}

} // namespace

Result<QString> Keychain::read(const QString &key)
{
    QKeychain::ReadPasswordJob job(service());
    job.setAutoDelete(false);
    job.setKey(key);
    wait(job);
    if (job.error() == QKeychain::EntryNotFound)
        return QString();
    if (job.error() != QKeychain::NoError)
        return Status::failure(unreachable(job));
    return job.textData();
}

Status Keychain::write(const QString &key, const QString &password)
{
    QKeychain::WritePasswordJob job(service());
    job.setAutoDelete(false);
    job.setKey(key);
    job.setTextData(password);
    wait(job);
    if (job.error() != QKeychain::NoError)
        return Status::failure(unreachable(job));
    return Status();
}

Status Keychain::remove(const QString &key)
{
    QKeychain::DeletePasswordJob job(service());
    job.setAutoDelete(false);
    job.setKey(key);
    wait(job);
    if (job.error() != QKeychain::NoError && job.error() != QKeychain::EntryNotFound)
        return Status::failure(unreachable(job));
    return Status();
}

} // namespace s15n
