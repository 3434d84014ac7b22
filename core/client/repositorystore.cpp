#include "repositorystore.h"

#include "storage/nodesettings.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSqlQuery>

namespace s15n {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::RepositoryStore", text);
}

const char kColumns[] = "SELECT name, url, username, proxy, remote_uuid, accept_pushes, "
                        "registered, created_at, ca_certificate FROM s15n_repositories";

Repository fromQuery(const QSqlQuery &q)
{
    Repository r;
    r.name = q.value(0).toString();
    r.url = QUrl(q.value(1).toString());
    r.username = q.value(2).toString();
    r.proxy = QUrl(q.value(3).toString());
    r.remoteUuid = QUuid::fromString(q.value(4).toString());
    r.acceptPushes = q.value(5).toInt() != 0;
    r.registered = q.value(6).toInt() != 0;
    r.createdAt = QDateTime::fromString(q.value(7).toString(), Qt::ISODateWithMs);
    r.caCertificateFile = q.value(8).toString();
    return r;
}

QVariantList values(const Repository &r)
{
    return {r.url.toString(),
            r.username,
            r.proxy.isEmpty() ? QStringLiteral("") : r.proxy.toString(),
            r.remoteUuid.isNull() ? QStringLiteral("")
                                  : r.remoteUuid.toString(QUuid::WithoutBraces),
            r.acceptPushes ? 1 : 0,
            r.registered ? 1 : 0,
            r.caCertificateFile.isEmpty() ? QStringLiteral("") : r.caCertificateFile,
            r.name};
}

} // namespace

Status RepositoryStore::validate(const Repository &r)
{
    static const QRegularExpression name(QStringLiteral("^[A-Za-z0-9._-]{1,64}$"));
    if (!name.match(r.name).hasMatch())
        return Status::failure(tr("'%1' is not a usable repository name: use 1 to 64 letters, "
                                  "digits, '.', '_' or '-'.")
                                   .arg(r.name));
    const QString scheme = r.url.scheme();
    if (!r.url.isValid() || r.url.host().isEmpty() ||
        (scheme != QLatin1String("http") && scheme != QLatin1String("https")) ||
        !r.url.userInfo().isEmpty() || r.url.hasQuery() || r.url.hasFragment())
        return Status::failure(tr("'%1' is not a usable URL: give http://HOST:PORT or "
                                  "https://HOST:PORT[/path], without a user name, password, "
                                  "query or fragment.")
                                   .arg(r.url.toString(QUrl::RemovePassword)));
    if (r.username.isEmpty())
        return Status::failure(tr("A repository needs a user name (--user)."));
    if (Status s = NodeSettings::checkProxy(r.proxy); !s)
        return s;
    return Status();
}

Status RepositoryStore::add(const Repository &r)
{
    if (Status s = validate(r); !s)
        return s;
    Result<std::optional<Repository>> exists = [&]() -> Result<std::optional<Repository>> {
        Result<QSqlQuery> q =
            m_db.exec(QLatin1String(kColumns) + QStringLiteral(" WHERE name = ?"), {r.name});
        if (!q)
            return q.status();
        return q.value().next() ? std::optional<Repository>(fromQuery(q.value()))
                                : std::optional<Repository>();
    }();
    if (!exists)
        return exists.status();
    if (exists.value())
        return Status::failure(tr("There is already a repository named '%1'.").arg(r.name));
    QVariantList v = values(r);
    v.append(QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs));
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("INSERT INTO s15n_repositories (url, username, proxy, remote_uuid, "
                       "accept_pushes, registered, ca_certificate, name, created_at) "
                       "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
        v);
    return q ? Status() : q.status();
}

Status RepositoryStore::update(const Repository &r)
{
    if (Status s = validate(r); !s)
        return s;
    Result<QSqlQuery> q = m_db.exec(
        QStringLiteral("UPDATE s15n_repositories SET url = ?, username = ?, proxy = ?, "
                       "remote_uuid = ?, accept_pushes = ?, registered = ?, ca_certificate = ? "
                       "WHERE name = ?"),
        values(r));
    if (!q)
        return q.status();
    if (q.value().numRowsAffected() != 1)
        return Status::failure(tr("There is no repository named '%1'.").arg(r.name));
    return Status();
}

Status RepositoryStore::remove(const QString &name)
{
    Result<QSqlQuery> q =
        m_db.exec(QStringLiteral("DELETE FROM s15n_repositories WHERE name = ?"), {name});
    if (!q)
        return q.status();
    if (q.value().numRowsAffected() != 1)
        return Status::failure(tr("There is no repository named '%1'.").arg(name));
    return Status();
}

Result<QList<Repository>> RepositoryStore::list() const
{
    Result<QSqlQuery> q = m_db.exec(QLatin1String(kColumns) + QStringLiteral(" ORDER BY name"));
    if (!q)
        return q.status();
    QList<Repository> result;
    while (q.value().next())
        result.append(fromQuery(q.value()));
    return result;
}

Result<Repository> RepositoryStore::find(const QString &name) const
{
    Result<QSqlQuery> q =
        m_db.exec(QLatin1String(kColumns) + QStringLiteral(" WHERE name = ?"), {name});
    if (!q)
        return q.status();
    if (!q.value().next())
        return Status::failure(tr("There is no repository named '%1'. 's15n repo list' shows "
                                  "them.")
                                   .arg(name));
    return fromQuery(q.value());
}

Result<std::optional<Repository>> RepositoryStore::findByRemote(const QUuid &remote) const
{
    Result<QSqlQuery> q =
        m_db.exec(QLatin1String(kColumns) + QStringLiteral(" WHERE remote_uuid = ?"),
                  {remote.toString(QUuid::WithoutBraces)});
    if (!q)
        return q.status();
    if (!q.value().next())
        return std::optional<Repository>();
    return std::optional<Repository>(fromQuery(q.value()));
}

} // namespace s15n
