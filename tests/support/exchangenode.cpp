#include "exchangenode.h"

#include "util/resources.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>
#include <QXmlStreamReader>

#include <cmath>

using namespace Qt::StringLiterals;

namespace s15n::test {

namespace {

struct TableSpec
{
    QString table;
    QStringList columns;                           // plain columns, compared as values
    QList<std::pair<QString, QString>> references; // column → referenced table
};

const QList<TableSpec> &tableSpecs()
{
    static const QList<TableSpec> specs{
        {u"stores"_s, {u"code"_s, u"name"_s, u"active"_s}, {}},
        {u"names"_s, {u"code"_s, u"name"_s, u"is_customer"_s, u"is_supplier"_s}, {}},
        {u"items"_s, {u"code"_s, u"name"_s, u"unit"_s, u"price"_s, u"photo"_s}, {}},
        {u"transactions"_s,
         {u"kind"_s, u"entered_at"_s, u"comment"_s},
         {{u"store_id"_s, u"stores"_s}, {u"name_id"_s, u"names"_s}}},
        {u"transaction_lines"_s,
         {u"quantity"_s, u"cost"_s},
         {{u"transaction_id"_s, u"transactions"_s}, {u"item_id"_s, u"items"_s}}},
    };
    return specs;
}

// A value as text that is the same whichever database holds it: SQLite has no boolean and no
// timestamp type (1/0 and text), PostgreSQL has both.
QString canonical(const QVariant &value)
{
    if (value.isNull())
        return u"NULL"_s;
    switch (value.typeId()) {
    case QMetaType::Bool:
        return value.toBool() ? u"1"_s : u"0"_s;
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
    case QMetaType::UShort:
        return QString::number(value.toLongLong());
    case QMetaType::Double:
    case QMetaType::Float: {
        const double d = value.toDouble();
        if (std::isfinite(d) && d == std::floor(d) && std::fabs(d) < 9007199254740992.0)
            return QString::number(static_cast<qint64>(d));
        return QString::number(d, 'g', QLocale::FloatingPointShortest);
    }
    case QMetaType::QByteArray:
        return u"x'"_s + QString::fromLatin1(value.toByteArray().toHex()) + u"'"_s;
    case QMetaType::QDateTime:
        return value.toDateTime().toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
    default:
        break;
    }
    const QString text = value.toString();
    static const QRegularExpression timestamp(
        u"^\\d{4}-\\d{2}-\\d{2}[ T]\\d{2}:\\d{2}:\\d{2}(\\.\\d{1,3})?$"_s);
    if (timestamp.match(text).hasMatch()) {
        QString iso = text;
        iso[10] = QLatin1Char('T');
        const QDateTime parsed = QDateTime::fromString(iso, Qt::ISODateWithMs);
        if (parsed.isValid())
            return parsed.toString(u"yyyy-MM-dd HH:mm:ss.zzz"_s);
    }
    return u"'"_s + text + u"'"_s;
}

QStringList &madeDatabases()
{
    static QStringList databases;
    return databases;
}

QString describe(const ProcessResult &r)
{
    return u"exit code %1\nstdout: %2\nstderr: %3"_s.arg(r.exitCode).arg(r.out, r.err);
}

} // namespace

QString toString(Backend backend)
{
    return backend == Backend::Sqlite ? u"sqlite"_s : u"postgres"_s;
}

ImportCounts ImportCounts::fromJson(const QJsonObject &o)
{
    ImportCounts c;
    c.pages = o.value(u"pages"_s).toInteger();
    c.received = o.value(u"received"_s).toInteger();
    c.applied = o.value(u"applied"_s).toInteger();
    c.conflicts = o.value(u"conflicts"_s).toInteger();
    c.held = o.value(u"held"_s).toInteger();
    c.skipped = o.value(u"skipped"_s).toInteger();
    c.parked = o.value(u"parked"_s).toInteger();
    c.failed = o.value(u"failed"_s).toInteger();
    c.unchanged = o.value(u"unchanged"_s).toInteger();
    c.source = o.value(u"source"_s).toString();
    for (const QJsonValue &m : o.value(u"messages"_s).toArray())
        c.messages.append(m.toString());
    return c;
}

ImportCounts &ImportCounts::operator+=(const ImportCounts &o)
{
    pages += o.pages;
    received += o.received;
    applied += o.applied;
    conflicts += o.conflicts;
    held += o.held;
    skipped += o.skipped;
    parked += o.parked;
    failed += o.failed;
    unchanged += o.unchanged;
    messages += o.messages;
    if (source.isEmpty())
        source = o.source;
    return *this;
}

QString ImportCounts::toString() const
{
    return u"received %1 applied %2 conflicts %3 held %4 skipped %5 parked %6 failed %7 "
           "unchanged %8%9"_s.arg(received)
               .arg(applied)
               .arg(conflicts)
               .arg(held)
               .arg(skipped)
               .arg(parked)
               .arg(failed)
               .arg(unchanged)
               .arg(messages.isEmpty() ? QString() : u"\n  "_s + messages.join(u"\n  "_s));
}

QStringList sampleTables()
{
    QStringList names;
    for (const TableSpec &spec : tableSpecs())
        names.append(spec.table);
    return names;
}

QString sampleSchema(Backend backend)
{
    initCoreResources();
    QFile file(backend == Backend::Sqlite ? u":/s15n/sample/sqlite.sql"_s
                                          : u":/s15n/sample/postgresql.sql"_s);
    if (!file.open(QIODevice::ReadOnly))
        return QString();
    // The loader's format: statements end with ';' and a blank line.
    static const QRegularExpression separator(u";[ \\t]*\\n[ \\t]*\\n"_s);
    QStringList statements;
    for (const QString &part : QString::fromUtf8(file.readAll()).split(separator)) {
        QStringList lines = part.split(QLatin1Char('\n'));
        while (!lines.isEmpty() && (lines.first().trimmed().isEmpty() ||
                                    lines.first().trimmed().startsWith(QLatin1String("--"))))
            lines.removeFirst();
        QString statement = lines.join(QLatin1Char('\n')).trimmed();
        if (statement.endsWith(QLatin1Char(';')))
            statement.chop(1);
        if (!statement.isEmpty() && !statement.startsWith(QLatin1String("INSERT")))
            statements.append(statement + u";\n"_s);
    }
    return statements.join(QString());
}

ProcessResult runNode(const ExchangeNode &node, QStringList args)
{
    args << u"--db"_s << node.db;
    return runS15n(args, node.env);
}

void freshLocation(const QString &home, const QString &name, Backend backend, QString *db)
{
    if (backend == Backend::Sqlite) {
        *db = home + u"/"_s + name + u".sqlite"_s;
        QVERIFY2(!QFile::exists(*db), qPrintable(*db));
        return;
    }
    QString error;
    *db = createPostgresDatabase(u"s15n_x_"_s + name.toLower() + u"_"_s +
                                     QUuid::createUuid().toString(QUuid::Id128).left(20),
                                 &error);
    QVERIFY2(!db->isEmpty(), qPrintable(error));
    madeDatabases().append(*db);
}

void makeNode(ExchangeNode *node, const QString &home, const QString &name, Backend backend,
              Content content)
{
    node->name = name;
    node->backend = backend;
    node->env = isolatedEnvironment(home + u"/home-"_s + name);
    CHECKED(freshLocation(home, name, backend, &node->db));
    QStringList init{u"init"_s, u"--name"_s, name};
    if (content == Content::SampleData)
        init << u"--sample-data"_s;
    const ProcessResult made = runNode(*node, init);
    QVERIFY2(made.exitCode == 0, qPrintable(describe(made)));
    const ProcessResult info = runNode(*node, {u"info"_s, u"--json"_s});
    QVERIFY2(info.exitCode == 0, qPrintable(describe(info)));
    node->uuid = QJsonDocument::fromJson(info.out.toUtf8()).object().value(u"uuid"_s).toString();
    QVERIFY2(!QUuid::fromString(node->uuid).isNull(), qPrintable(info.out));
    if (content != Content::EmptySchema)
        return;
    const QString schema = sampleSchema(backend);
    QVERIFY(!schema.isEmpty());
    CHECKED(sql(*node, schema));
    for (const QString &table : sampleTables()) {
        const ProcessResult added = runNode(*node, {u"resource"_s, u"add"_s, table});
        QVERIFY2(added.exitCode == 0, qPrintable(describe(added)));
    }
}

void dropNodeDatabases()
{
    for (const QString &db : std::as_const(madeDatabases())) {
        QString error;
        if (!dropPostgresDatabase(db, &error))
            qWarning("could not drop %s: %s", qPrintable(db), qPrintable(error));
    }
    madeDatabases().clear();
}

void sql(const ExchangeNode &node, const QString &script)
{
    const ProcessResult r = runSqlClient(node.db, script);
    QVERIFY2(r.exitCode == 0, qPrintable(u"%1 failed on %2: %3\n%4"_s.arg(
                                  node.backend == Backend::Sqlite ? u"sqlite3"_s : u"psql"_s,
                                  node.name, r.err, script)));
}

void scalar(const ExchangeNode &node, const QString &query, QVariant *value)
{
    QString error;
    const QList<QVariantList> rows = querySql(node.db, query, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY2(rows.size() == 1 && rows.first().size() == 1,
             qPrintable(u"expected one value from %1 on %2, got %3 rows"_s.arg(query, node.name)
                            .arg(rows.size())));
    *value = rows.first().first();
}

void uuidOf(const ExchangeNode &node, const QString &table, const QString &code, QString *uuid)
{
    QVariant v;
    CHECKED(scalar(node, u"SELECT uuid FROM %1 WHERE code = '%2'"_s.arg(table, code), &v));
    *uuid = v.toString();
    QVERIFY2(!QUuid::fromString(*uuid).isNull(),
             qPrintable(u"%1 %2 on %3 has no UUID"_s.arg(table, code, node.name)));
}

void exportTable(const ExchangeNode &from, const QString &table, const QString &file,
                 const QString &to, qint64 since, qint64 *next)
{
    QStringList args{u"export"_s, table, u"--out"_s, file};
    if (!to.isEmpty())
        args << u"--to"_s << to;
    if (since > 0)
        args << u"--since"_s << QString::number(since);
    const ProcessResult r = runNode(from, args);
    QVERIFY2(r.exitCode == 0,
             qPrintable(u"export %1 from %2: "_s.arg(table, from.name) + describe(r)));
    QVERIFY(QFile::exists(file));
    if (next) {
        static const QRegularExpression cursor(u"--since (\\d+)"_s);
        const QRegularExpressionMatch m = cursor.match(r.out);
        QVERIFY2(m.hasMatch(), qPrintable(r.out));
        *next = m.captured(1).toLongLong();
    }
}

void importFile(const ExchangeNode &to, const QString &file, ImportCounts *counts)
{
    const ProcessResult r = runNode(to, {u"import"_s, file, u"--json"_s});
    QVERIFY2(r.exitCode == 0,
             qPrintable(u"import %1 into %2: "_s.arg(file, to.name) + describe(r)));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(doc.isObject(), qPrintable(error.errorString() + u": "_s + r.out));
    *counts = ImportCounts::fromJson(doc.object());
}

void exchange(const ExchangeNode &from, const ExchangeNode &to, const QStringList &tables,
              const QString &folder, ImportCounts *counts)
{
    *counts = ImportCounts();
    for (const QString &table : tables) {
        const QString file = u"%1/%2-to-%3-%4-%5.xml"_s.arg(
            folder, from.name, to.name, table, QUuid::createUuid().toString(QUuid::Id128));
        CHECKED(exportTable(from, table, file, to.uuid));
        ImportCounts one;
        CHECKED(importFile(to, file, &one));
        *counts += one;
    }
}

void dumpData(const ExchangeNode &node, QStringList *lines, const QStringList &tables)
{
    lines->clear();
    for (const TableSpec &spec : tableSpecs()) {
        if (!tables.contains(spec.table))
            continue;
        QStringList select{u"t.uuid"_s};
        QStringList joins;
        for (const QString &c : spec.columns)
            select << u"t."_s + c;
        for (int i = 0; i < spec.references.size(); ++i) {
            const auto &[column, refTable] = spec.references.at(i);
            select << u"t."_s + column << u"r%1.uuid"_s.arg(i);
            joins << u"LEFT JOIN %1 r%2 ON r%2.id = t.%3"_s.arg(refTable).arg(i).arg(column);
        }
        const QString query =
            u"SELECT %1 FROM %2 t %3"_s.arg(select.join(u", "_s), spec.table, joins.join(u" "_s));
        QString error;
        const QList<QVariantList> rows = querySql(node.db, query, &error);
        QVERIFY2(error.isEmpty(), qPrintable(node.name + u": "_s + error));
        for (const QVariantList &row : rows) {
            QStringList parts;
            int at = 1;
            for (const QString &c : spec.columns)
                parts << c + u"="_s + canonical(row.at(at++));
            for (const auto &[column, refTable] : spec.references) {
                const QVariant raw = row.at(at++);
                const QVariant refUuid = row.at(at++);
                if (raw.isNull())
                    parts << column + u"=NULL"_s;
                else if (refUuid.isNull())
                    parts << column + u"=dangling key "_s + raw.toString();
                else
                    parts << column + u"→"_s + refUuid.toString();
            }
            lines->append(
                u"%1 %2: %3"_s.arg(spec.table, row.first().toString(), parts.join(u" "_s)));
        }
    }
    lines->sort();
}

void snapshot(const ExchangeNode &node, QStringList *lines)
{
    // Any s15n command first gives pending captured changes their place in the sequence (on
    // PostgreSQL those of the last import only in the next transaction); an export does that
    // and nothing else, so the snapshot holds no pending work that a later command would do.
    const QString settle =
        QDir(QDir::tempPath())
            .filePath(u"s15n-settle-%1.xml"_s.arg(QUuid::createUuid().toString(QUuid::Id128)));
    const ProcessResult settled = runNode(node, {u"export"_s, u"stores"_s, u"--out"_s, settle});
    QFile::remove(settle);
    QVERIFY2(settled.exitCode == 0, qPrintable(describe(settled)));
    CHECKED(dumpData(node, lines));
    const QStringList bookkeeping{
        u"SELECT table_name, row_uuid, version, ancestry, origin, source, deleted, seq "
        "FROM s15n_rows"_s,
        u"SELECT peer, table_name, seq FROM s15n_cursors"_s,
        u"SELECT table_name, row_uuid, version FROM s15n_parked"_s,
        u"SELECT table_name, row_uuid, remote_version FROM s15n_conflicts"_s,
        u"SELECT name, value FROM s15n_sequence"_s,
        u"SELECT table_name, uuid_column, mode, strategy, update_policy, conflict_policy "
        "FROM s15n_resources"_s,
        u"SELECT key, value FROM s15n_node WHERE key NOT LIKE 'clock%'"_s,
    };
    for (const QString &query : bookkeeping) {
        QString error;
        const QList<QVariantList> rows = querySql(node.db, query, &error);
        QVERIFY2(error.isEmpty(), qPrintable(node.name + u": "_s + error));
        for (const QVariantList &row : rows) {
            QStringList values;
            for (const QVariant &v : row)
                values << canonical(v);
            lines->append(query.section(u" FROM "_s, 1, 1).section(QLatin1Char(' '), 0, 0) +
                          u": "_s + values.join(u" "_s));
        }
    }
    lines->sort();
}

QString difference(const QStringList &a, const QStringList &b, const QString &nameA,
                   const QString &nameB)
{
    if (a == b)
        return QString();
    const QSet<QString> setA(a.cbegin(), a.cend());
    const QSet<QString> setB(b.cbegin(), b.cend());
    QStringList onlyA;
    QStringList onlyB;
    for (const QString &line : a) {
        if (!setB.contains(line))
            onlyA << line;
    }
    for (const QString &line : b) {
        if (!setA.contains(line))
            onlyB << line;
    }
    const auto first = [](const QStringList &list) {
        return list.mid(0, 6).join(u"\n    "_s) +
               (list.size() > 6 ? u"\n    ... %1 more"_s.arg(list.size() - 6) : QString());
    };
    return u"%1 lines vs %2 lines\n  only in %3 (%4):\n    %5\n  only in %6 (%7):\n    %8"_s
        .arg(a.size())
        .arg(b.size())
        .arg(nameA.isEmpty() ? u"first"_s : nameA)
        .arg(onlyA.size())
        .arg(first(onlyA))
        .arg(nameB.isEmpty() ? u"second"_s : nameB)
        .arg(onlyB.size())
        .arg(first(onlyB));
}

void readExport(const QString &file, QList<ExportedRow> *rows)
{
    rows->clear();
    QFile f(file);
    QVERIFY2(f.open(QIODevice::ReadOnly), qPrintable(file + u": "_s + f.errorString()));
    QXmlStreamReader xml(&f);
    QString resource;
    while (!xml.atEnd()) {
        if (xml.readNext() != QXmlStreamReader::StartElement)
            continue;
        const QXmlStreamAttributes a = xml.attributes();
        if (xml.name() == QLatin1String("page")) {
            resource = a.value(u"resource"_s).toString();
        } else if (xml.name() == QLatin1String("row")) {
            ExportedRow row;
            row.resource = resource;
            row.uuid = a.value(u"uuid"_s).toString();
            row.origin = a.value(u"origin"_s).toString();
            row.deleted = a.value(u"deleted"_s) == QLatin1String("true");
            rows->append(row);
        } else if (xml.name() == QLatin1String("f")) {
            QVERIFY(!rows->isEmpty());
            const QString name = a.value(u"name"_s).toString();
            const QString type = a.value(u"type"_s).toString();
            rows->last().fields.insert(name, type + u":"_s + xml.readElementText());
        }
    }
    QVERIFY2(!xml.hasError(), qPrintable(file + u": "_s + xml.errorString()));
}

QString readText(const QString &file)
{
    QFile f(file);
    if (!f.open(QIODevice::ReadOnly))
        return QString();
    return QString::fromUtf8(f.readAll());
}

void writeText(const QString &file, const QString &text)
{
    QFile f(file);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(text.toUtf8());
}

} // namespace s15n::test
