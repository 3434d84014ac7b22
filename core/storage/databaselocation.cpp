#include "databaselocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>
#include <QUrl>

namespace s15n {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::DatabaseLocation", text);
}
} // namespace

Result<DatabaseLocation> DatabaseLocation::parse(const QString &spec)
{
    DatabaseLocation location;
    if (spec.trimmed().isEmpty())
        return Status::failure(tr("The database location is empty."));
    if (spec.startsWith(QLatin1String("postgresql://")) ||
        spec.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(spec, QUrl::StrictMode);
        if (!url.isValid())
            return Status::failure(
                tr("'%1' is not a valid PostgreSQL URL: %2").arg(spec, url.errorString()));
        if (!url.password().isEmpty())
            return Status::failure(
                tr("Do not put the password in the database URL (it would show in process lists "
                   "and shell history). Set PGPASSWORD or store it with 's15n db-password'."));
        location.kind = Kind::Postgresql;
        location.host = url.host();
        location.port = url.port(5432);
        location.user = url.userName();
        location.database = url.path().mid(1);
        if (location.host.isEmpty() || location.database.isEmpty() ||
            location.database.contains(QLatin1Char('/')))
            return Status::failure(
                tr("A PostgreSQL location looks like postgresql://user@host:port/dbname; "
                   "'%1' lacks a host or database name.")
                    .arg(spec));
        return location;
    }
    if (spec.contains(QLatin1String("://")))
        return Status::failure(
            tr("Unknown database URL '%1': use a file path (SQLite) or postgresql://...")
                .arg(spec));
    location.kind = Kind::Sqlite;
    location.path = QFileInfo(spec).absoluteFilePath();
    return location;
}

DatabaseLocation DatabaseLocation::defaultLocation()
{
    DatabaseLocation location;
    location.kind = Kind::Sqlite;
    location.path = QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
                    QStringLiteral("/s15n/node.sqlite");
    return location;
}

Result<DatabaseLocation> DatabaseLocation::configured()
{
    if (const QString env = qEnvironmentVariable("S15N_DB"); !env.isEmpty())
        return parse(env);
    const QSettings settings;
    if (const QString remembered = settings.value(QStringLiteral("database")).toString();
        !remembered.isEmpty())
        return parse(remembered);
    return defaultLocation();
}

void DatabaseLocation::rememberIfFirst(const DatabaseLocation &location)
{
    QSettings settings;
    if (settings.value(QStringLiteral("database")).toString().isEmpty() &&
        qEnvironmentVariableIsEmpty("S15N_DB"))
        settings.setValue(QStringLiteral("database"), location.toString());
}

void DatabaseLocation::remember(const DatabaseLocation &location)
{
    QSettings settings;
    settings.setValue(QStringLiteral("database"), location.toString());
}

QString DatabaseLocation::toString() const
{
    if (kind == Kind::Sqlite)
        return path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setUserName(user);
    url.setHost(host);
    url.setPort(port);
    url.setPath(QLatin1Char('/') + database);
    return url.toString();
}

QString DatabaseLocation::keychainKey() const
{
    return QStringLiteral("database:") + toString();
}

} // namespace s15n
