#include "capturetriggers.h"

#include <QCoreApplication>

namespace s15n {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::CaptureTriggers", text);
}

QString literal(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\''), QLatin1String("''"));
    return QLatin1Char('\'') + escaped + QLatin1Char('\'');
}

const char kSqliteNowMs[] = "CAST((julianday('now') - 2440587.5) * 86400000.0 AS INTEGER)";

} // namespace

QString CaptureTriggers::uuidExpression() const
{
    if (m_db.dialect() == Database::Dialect::Postgresql)
        return QStringLiteral("gen_random_uuid()::text");
    return QStringLiteral(
        "lower(hex(randomblob(4)) || '-' || hex(randomblob(2)) || '-4' || "
        "substr(hex(randomblob(2)), 2) || '-' || substr('89ab', 1 + (abs(random()) % 4), 1) || "
        "substr(hex(randomblob(2)), 2) || '-' || hex(randomblob(6)))");
}

Status CaptureTriggers::prepareUuidColumn(const TableInfo &table, const QString &uuidColumn)
{
    const QString t = m_db.quoted(table.name);
    const QString u = m_db.quoted(uuidColumn);
    if (!table.column(uuidColumn)) {
        const QString add = m_db.dialect() == Database::Dialect::Sqlite
                                ? QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 TEXT").arg(t, u)
                                : QStringLiteral("ALTER TABLE %1 ADD COLUMN %2 TEXT DEFAULT %3")
                                      .arg(t, u, uuidExpression());
        if (Result<QSqlQuery> q = m_db.exec(add); !q)
            return Status::failure(tr("Cannot add the UUID column %1 to %2: %3")
                                       .arg(uuidColumn, table.name, q.message()));
    }
    // A PostgreSQL column of type uuid takes a uuid, any other a text.
    const auto existing = table.column(uuidColumn);
    const QString fill = existing && existing->type == QLatin1String("uuid")
                             ? QStringLiteral("gen_random_uuid()")
                             : uuidExpression();
    if (Result<QSqlQuery> q =
            m_db.exec(QStringLiteral("UPDATE %1 SET %2 = %3 WHERE %2 IS NULL").arg(t, u, fill));
        !q)
        return Status::failure(
            tr("Cannot fill the UUID column of %1: %2").arg(table.name, q.message()));
    const QString index = m_db.quoted(QStringLiteral("s15n_uuid_") + table.name);
    if (Result<QSqlQuery> q = m_db.exec(
            QStringLiteral("CREATE UNIQUE INDEX IF NOT EXISTS %1 ON %2 (%3)").arg(index, t, u));
        !q)
        return Status::failure(tr("The column %1 of %2 cannot identify rows (are there duplicate "
                                  "values?): %3")
                                   .arg(uuidColumn, table.name, q.message()));
    return Status();
}

Status CaptureTriggers::install(const TableInfo &table, const QString &uuidColumn)
{
    if (Status s = remove(table.name); !s)
        return s;
    const QString t = m_db.quoted(table.name);
    const QString u = m_db.quoted(uuidColumn);
    const QString name = literal(table.name);
    QStringList statements;
    if (m_db.dialect() == Database::Dialect::Sqlite) {
        const QString now = QString::fromLatin1(kSqliteNowMs);
        const QString insert =
            QStringLiteral("INSERT INTO s15n_changes (table_name, row_uuid, op, changed_at) ");
        const QString notApplying = QStringLiteral("NOT EXISTS (SELECT 1 FROM s15n_applying)");
        // Two insert triggers, so the common case (the row has its UUID) does not re-read
        // the row; the other fills the UUID first.
        statements
            << QStringLiteral("CREATE TRIGGER %1 AFTER INSERT ON %2 WHEN NEW.%3 IS NOT NULL "
                              "AND %4 BEGIN %5 VALUES (%6, NEW.%3, 'I', %7); END")
                   .arg(m_db.quoted(QStringLiteral("s15n_ai_") + table.name), t, u, notApplying,
                        insert, name, now)
            << QStringLiteral("CREATE TRIGGER %1 AFTER INSERT ON %2 WHEN NEW.%3 IS NULL "
                              "AND %4 BEGIN "
                              "UPDATE %2 SET %3 = %5 WHERE rowid = NEW.rowid; "
                              "%6 SELECT %7, %3, 'I', %8 FROM %2 WHERE rowid = NEW.rowid; END")
                   .arg(m_db.quoted(QStringLiteral("s15n_af_") + table.name), t, u, notApplying,
                        uuidExpression(), insert, name, now)
            << QStringLiteral(
                   "CREATE TRIGGER %1 AFTER UPDATE ON %2 WHEN OLD.%3 IS NOT NULL AND NOT EXISTS "
                   "(SELECT 1 FROM s15n_applying) BEGIN "
                   "%4 SELECT %5, OLD.%3, 'D', %6 WHERE NEW.%3 IS NOT OLD.%3; "
                   "%4 SELECT %5, NEW.%3, 'U', %6 WHERE NEW.%3 IS NOT NULL; END")
                   .arg(m_db.quoted(QStringLiteral("s15n_au_") + table.name), t, u, insert, name,
                        now)
            << QStringLiteral("CREATE TRIGGER %1 AFTER DELETE ON %2 WHEN OLD.%3 IS NOT NULL "
                              "AND NOT EXISTS (SELECT 1 FROM s15n_applying) BEGIN %4 VALUES (%5, "
                              "OLD.%3, 'D', %6); END")
                   .arg(m_db.quoted(QStringLiteral("s15n_ad_") + table.name), t, u, insert, name,
                        now);
    } else {
        statements << QStringLiteral("CREATE TRIGGER %1 BEFORE INSERT ON %2 FOR EACH ROW "
                                     "EXECUTE FUNCTION s15n_fill_uuid(%3)")
                          .arg(m_db.quoted(QStringLiteral("s15n_fill_") + table.name), t,
                               literal(uuidColumn))
                   << QStringLiteral("CREATE TRIGGER %1 AFTER INSERT OR UPDATE OR DELETE ON %2 "
                                     "FOR EACH ROW EXECUTE FUNCTION s15n_capture(%3)")
                          .arg(m_db.quoted(QStringLiteral("s15n_capture_") + table.name), t,
                               literal(uuidColumn));
    }
    for (const QString &statement : statements) {
        if (Result<QSqlQuery> q = m_db.exec(statement); !q)
            return Status::failure(
                tr("Cannot install the capture triggers on %1: %2").arg(table.name, q.message()));
    }
    return Status();
}

Status CaptureTriggers::remove(const QString &table)
{
    QStringList statements;
    const QString t = m_db.quoted(table);
    if (m_db.dialect() == Database::Dialect::Sqlite) {
        for (const char *prefix : {"s15n_ai_", "s15n_af_", "s15n_au_", "s15n_ad_"})
            statements << QStringLiteral("DROP TRIGGER IF EXISTS %1")
                              .arg(m_db.quoted(QString::fromLatin1(prefix) + table));
    } else {
        for (const char *prefix : {"s15n_fill_", "s15n_capture_"})
            statements << QStringLiteral("DROP TRIGGER IF EXISTS %1 ON %2")
                              .arg(m_db.quoted(QString::fromLatin1(prefix) + table), t);
    }
    for (const QString &statement : statements) {
        if (Result<QSqlQuery> q = m_db.exec(statement); !q)
            return Status::failure(
                tr("Cannot remove the capture triggers of %1: %2").arg(table, q.message()));
    }
    return Status();
}

} // namespace s15n
