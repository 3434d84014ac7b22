#include "node.h"

#include "storage/migrations.h"
#include "storage/nodesettings.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QLoggingCategory>
#include <QSqlQuery>

Q_LOGGING_CATEGORY(lcNode, "s15n.node")

namespace s15n {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::Node", text);
}
} // namespace

Status Node::validateSyncId(int syncId)
{
    if (syncId < 0 || syncId > kMaxSyncId)
        return Status::failure(tr("The sync ID must be between 1 and %1 (1 = the parent), or 0 "
                                  "for none; %2 is not.")
                                   .arg(kMaxSyncId)
                                   .arg(syncId));
    return Status();
}

Result<std::unique_ptr<Node>> Node::create(const DatabaseLocation &location, const QString &name,
                                           int syncId, const QString &password)
{
    if (Status s = validateSyncId(syncId); !s)
        return s;
    const bool newFile =
        location.kind == DatabaseLocation::Kind::Sqlite && !QFileInfo::exists(location.path);
    Result<std::unique_ptr<Node>> made = initialise(location, name, syncId, password);
    if (!made && newFile) {
        // Leave nothing behind (the failed node's connection is closed by now).
        for (const QString &suffix : {QString(), QStringLiteral("-wal"), QStringLiteral("-shm")})
            QFile::remove(location.path + suffix);
    }
    return made;
}

Result<std::unique_ptr<Node>> Node::initialise(const DatabaseLocation &location,
                                               const QString &name, int syncId,
                                               const QString &password)
{
    std::unique_ptr<Node> node(new Node);
    if (Status s = node->m_db.open(location, true, password); !s)
        return s;
    Result<int> version = Migrations::currentVersion(node->m_db);
    if (!version)
        return version.status();
    if (version.value() > 0)
        return Status::failure(tr("%1 already holds an s15n node; it is never initialised twice "
                                  "(its UUID must not change). Use 's15n info' to see it.")
                                   .arg(location.toString()));
    if (Status s = node->m_db.enableWal(); !s)
        return s;
    if (Status s = Migrations().apply(node->m_db); !s)
        return s;

    Transaction transaction(node->m_db);
    if (!transaction.status())
        return transaction.status();
    const QString uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    const QString now = QDateTime::currentDateTimeUtc().toString(Qt::ISODate);
    const QList<QPair<QString, QString>> values{
        {QStringLiteral("uuid"), uuid},
        {QStringLiteral("name"), name},
        {QStringLiteral("sync_id"), QString::number(syncId)},
        {QStringLiteral("created_at"), now},
        {QStringLiteral("clock_millis"), QStringLiteral("0")},
        {QStringLiteral("clock_counter"), QStringLiteral("0")}};
    for (const auto &[key, value] : values) {
        if (Status s = node->setValue(key, value); !s)
            return s;
    }
    if (Status s = transaction.commit(); !s)
        return s;
    if (Status s = node->load(); !s)
        return s;
    qCInfo(lcNode) << "created node" << node->m_identity.uuid << "in" << location.toString();
    return node;
}

Result<std::unique_ptr<Node>> Node::open(const DatabaseLocation &location, const QString &password)
{
    std::unique_ptr<Node> node(new Node);
    if (Status s = node->m_db.open(location, false, password); !s)
        return s;
    Result<int> version = Migrations::currentVersion(node->m_db);
    if (!version)
        return version.status();
    if (version.value() == 0)
        return Status::failure(tr("%1 is not an s15n node yet. Create one with 's15n init'.")
                                   .arg(location.toString()));
    if (version.value() > Migrations::latestVersion(node->m_db.dialect()))
        return Status::failure(tr("%1 was made by a newer s15n (schema %2); upgrade s15n.")
                                   .arg(location.toString())
                                   .arg(version.value()));
    if (Status s = node->m_db.enableWal(); !s)
        return s;
    if (version.value() < Migrations::latestVersion(node->m_db.dialect())) {
        if (Status s = Migrations().apply(node->m_db); !s)
            return s;
    }
    if (Status s = node->load(); !s)
        return s;
    return node;
}

Status Node::load()
{
    Result<QSqlQuery> q = m_db.exec(QStringLiteral("SELECT key, value FROM s15n_node"));
    if (!q)
        return q.status();
    QHash<QString, QString> values;
    while (q.value().next())
        values.insert(q.value().value(0).toString(), q.value().value(1).toString());
    m_identity.uuid = QUuid::fromString(values.value(QStringLiteral("uuid")));
    if (m_identity.uuid.isNull())
        return Status::failure(
            tr("The node's UUID is missing or damaged in %1.").arg(m_db.location().toString()));
    m_identity.name = values.value(QStringLiteral("name"));
    m_identity.syncId = values.value(QStringLiteral("sync_id")).toInt();
    m_clock = std::make_unique<HybridClock>(m_identity.uuid);
    m_clock->restore(values.value(QStringLiteral("clock_millis")).toLongLong(),
                     static_cast<quint16>(values.value(QStringLiteral("clock_counter")).toUInt()));
    return Status();
}

Result<int> Node::schemaVersion() const
{
    return Migrations::currentVersion(m_db);
}

Status Node::setValue(const QString &key, const QString &value)
{
    Result<QSqlQuery> q =
        m_db.exec(QStringLiteral("INSERT INTO s15n_node (key, value) VALUES (?, ?) "
                                 "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
                  {key, value});
    return q ? Status() : q.status();
}

Status Node::setName(const QString &name)
{
    if (Status s = setValue(QStringLiteral("name"), name); !s)
        return s;
    m_identity.name = name;
    return Status();
}

Status Node::setSyncId(int syncId)
{
    if (Status s = validateSyncId(syncId); !s)
        return s;
    if (Status s = setValue(QStringLiteral("sync_id"), QString::number(syncId)); !s)
        return s;
    m_identity.syncId = syncId;
    return Status();
}

Status Node::saveSettings(const QString &name, int syncId, const NodeSettings &settings)
{
    if (name.trimmed().isEmpty())
        return Status::failure(tr("The node needs a name."));
    if (Status s = validateSyncId(syncId); !s)
        return s;
    if (Status s = settings.validate(); !s)
        return s;
    Transaction transaction(m_db);
    if (!transaction.status())
        return transaction.status();
    if (Status s = settings.write(m_db); !s)
        return s;
    if (Status s = setValue(QStringLiteral("name"), name); !s)
        return s;
    if (Status s = setValue(QStringLiteral("sync_id"), QString::number(syncId)); !s)
        return s;
    if (Status s = transaction.commit(); !s)
        return s;
    // Only now: a failure above leaves the database as it was, and so this.
    m_identity.name = name;
    m_identity.syncId = syncId;
    qCInfo(lcNode) << "settings saved; name" << name << "sync ID" << syncId;
    return Status();
}

Status Node::saveClock()
{
    if (Status s = setValue(QStringLiteral("clock_millis"), QString::number(m_clock->millis())); !s)
        return s;
    return setValue(QStringLiteral("clock_counter"), QString::number(m_clock->counter()));
}

Status Node::reloadClock()
{
    Result<QSqlQuery> q = m_db.exec(QStringLiteral(
        "SELECT key, value FROM s15n_node WHERE key IN ('clock_millis', 'clock_counter')"));
    if (!q)
        return q.status();
    qint64 millis = 0;
    quint16 counter = 0;
    while (q.value().next()) {
        if (q.value().value(0).toString() == QLatin1String("clock_millis"))
            millis = q.value().value(1).toLongLong();
        else
            counter = static_cast<quint16>(q.value().value(1).toUInt());
    }
    m_clock->restore(millis, counter);
    return Status();
}

} // namespace s15n
