#include "backupmanifest.h"

#include "capture/resourcestore.h"
#include "sync/pagewriter.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <initializer_list>

namespace s15n {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::BackupManifest", text);
}

const char kRoot[] = "s15n-backup";
const char kTimeFormat[] = "yyyy-MM-dd'T'HH:mm:ss.zzz'Z'";

// Type names as a catalogue gives them: words, digits, spaces, one (n) or (n,m), and [] for
// PostgreSQL arrays. Nothing that could end or extend a column definition.
bool isSafeTypeName(const QString &type)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^[A-Za-z][A-Za-z0-9_ ]{0,62}(\\([0-9]{1,5}(,[ ]?[0-9]{1,5})?\\))?([ A-Za-z_]{0,40})"
        "(\\[\\])?$"));
    return type.size() <= 100 && pattern.match(type).hasMatch();
}

bool isLowerHex(const QString &text)
{
    for (QChar c : text) {
        if (!((c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
              (c >= QLatin1Char('a') && c <= QLatin1Char('f'))))
            return false;
    }
    return true;
}

QString portableTypeName(FieldValue::Type type)
{
    return pagexml::typeName(type);
}

// Reads the manifest strictly. Each failure records the position and stops.
class ManifestReader
{
public:
    explicit ManifestReader(const QByteArray &xml) : m_xml(xml) {}

    Result<BackupManifest> read();

private:
    bool fail(const QString &what);
    bool failXml();
    bool nextStructural();
    bool checkAttributes(std::initializer_list<const char *> allowed);
    bool required(const char *name, QString *value);
    bool optionalAttribute(const char *name, QString *value);
    bool readFormat();
    bool readRoot();
    bool readResource(BackupResource *resource);
    bool readColumn(BackupColumn *column);
    bool readIndex(BackupIndex *index);
    bool readNameAttribute(const char *plain, const char *base64, QString *value);
    bool readCount(const char *name, qint64 *value);
    bool readBool(const char *name, bool *value);

    QXmlStreamReader m_xml;
    QXmlStreamAttributes m_attributes;
    BackupManifest m_manifest;
    QString m_error;
};

bool ManifestReader::fail(const QString &what)
{
    if (m_error.isEmpty())
        m_error = tr("The backup's manifest.xml is not valid (line %1, column %2): %3")
                      .arg(m_xml.lineNumber())
                      .arg(m_xml.columnNumber())
                      .arg(what);
    return false;
}

bool ManifestReader::failXml()
{
    if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError)
        return fail(tr("the document ends too early: it is truncated"));
    return fail(tr("not well-formed XML: %1").arg(m_xml.errorString()));
}

// Moves to the next start or end element; only white space, comments and processing
// instructions may come between them.
bool ManifestReader::nextStructural()
{
    for (;;) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        switch (token) {
        case QXmlStreamReader::StartElement:
            if (!m_xml.namespaceUri().isEmpty() || !m_xml.prefix().isEmpty())
                return fail(tr("elements in a namespace are not allowed: <%1>")
                                .arg(m_xml.qualifiedName().toString()));
            m_attributes = m_xml.attributes();
            return true;
        case QXmlStreamReader::EndElement:
            return true;
        case QXmlStreamReader::Characters:
            if (m_xml.isWhitespace())
                continue;
            return fail(tr("unexpected text \"%1\"").arg(m_xml.text().left(40).toString()));
        case QXmlStreamReader::DTD:
            return fail(tr("a DTD is not allowed"));
        case QXmlStreamReader::EntityReference:
            return fail(tr("unknown entity &%1;").arg(m_xml.name().toString()));
        case QXmlStreamReader::Invalid:
            return failXml();
        case QXmlStreamReader::EndDocument:
            return fail(tr("the document ends too early: it is truncated"));
        case QXmlStreamReader::NoToken:
        case QXmlStreamReader::StartDocument:
        case QXmlStreamReader::Comment:
        case QXmlStreamReader::ProcessingInstruction:
            continue;
        }
    }
}

bool ManifestReader::checkAttributes(std::initializer_list<const char *> allowed)
{
    for (const QXmlStreamAttribute &attribute : std::as_const(m_attributes)) {
        bool known = attribute.prefix().isEmpty() && attribute.namespaceUri().isEmpty();
        if (known) {
            known = false;
            for (const char *name : allowed) {
                if (attribute.name() == QLatin1String(name))
                    known = true;
            }
        }
        if (!known)
            return fail(tr("<%1>: unknown attribute \"%2\"")
                            .arg(m_xml.name().toString(), attribute.qualifiedName().toString()));
    }
    return true;
}

bool ManifestReader::required(const char *name, QString *value)
{
    if (!m_attributes.hasAttribute(QLatin1String(name)))
        return fail(tr("<%1>: the attribute \"%2\" is missing")
                        .arg(m_xml.name().toString(), QLatin1String(name)));
    *value = m_attributes.value(QLatin1String(name)).toString();
    return true;
}

bool ManifestReader::optionalAttribute(const char *name, QString *value)
{
    *value = m_attributes.hasAttribute(QLatin1String(name))
                 ? m_attributes.value(QLatin1String(name)).toString()
                 : QString();
    return true;
}

bool ManifestReader::readNameAttribute(const char *plain, const char *base64, QString *value)
{
    const bool hasPlain = m_attributes.hasAttribute(QLatin1String(plain));
    const bool hasBase64 = m_attributes.hasAttribute(QLatin1String(base64));
    if (hasPlain && hasBase64)
        return fail(tr("<%1>: \"%2\" and \"%3\" cannot both be given")
                        .arg(m_xml.name().toString(), QLatin1String(plain), QLatin1String(base64)));
    if (hasBase64) {
        const auto decoded = pagexml::decodeText(m_attributes.value(QLatin1String(base64)));
        if (!decoded)
            return fail(tr("<%1>: \"%2\" is not valid base64 text")
                            .arg(m_xml.name().toString(), QLatin1String(base64)));
        *value = *decoded;
        return true;
    }
    *value = hasPlain ? m_attributes.value(QLatin1String(plain)).toString() : QString();
    return true;
}

bool ManifestReader::readCount(const char *name, qint64 *value)
{
    QString text;
    if (!required(name, &text))
        return false;
    const auto number = pagexml::parseInteger(text);
    if (!number || *number < 0 || text.startsWith(QLatin1Char('-')))
        return fail(tr("<%1>: \"%2\" is not a non-negative integer: \"%3\"")
                        .arg(m_xml.name().toString(), QLatin1String(name), text));
    *value = *number;
    return true;
}

bool ManifestReader::readBool(const char *name, bool *value)
{
    QString text;
    if (!required(name, &text))
        return false;
    const auto parsed = pagexml::parseBool(text);
    if (!parsed)
        return fail(tr("<%1>: \"%2\" is not true or false: \"%3\"")
                        .arg(m_xml.name().toString(), QLatin1String(name), text));
    *value = *parsed;
    return true;
}

// The format is checked first and alone: a newer format may differ in everything else.
bool ManifestReader::readFormat()
{
    if (!nextStructural())
        return false;
    if (!m_xml.isStartElement() || m_xml.name() != QLatin1String(kRoot))
        return fail(tr("this is not an s15n backup manifest (the root element is <%1>, not <%2>)")
                        .arg(m_xml.name().toString(), QLatin1String(kRoot)));
    QString text;
    if (!required("format", &text))
        return false;
    const auto format = pagexml::parseInteger(text);
    if (!format)
        return fail(tr("the format \"%1\" is not a number").arg(text));
    if (*format > BackupManifest::kFormatVersion) {
        m_error = tr("This backup was made by a newer s15n (format %1); this s15n reads format "
                     "%2: upgrade s15n on this node.")
                      .arg(*format)
                      .arg(BackupManifest::kFormatVersion);
        return false;
    }
    if (*format != BackupManifest::kFormatVersion)
        return fail(tr("format %1 is not supported (this s15n reads format %2)")
                        .arg(*format)
                        .arg(BackupManifest::kFormatVersion));
    m_manifest.format = static_cast<int>(*format);
    return true;
}

bool ManifestReader::readRoot()
{
    if (!checkAttributes({"format", "parent", "parent-name", "parent-name-base64", "created",
                          "dialect", "child", "child-base64"}))
        return false;
    QString text;
    if (!required("parent", &text))
        return false;
    const auto parent = pagexml::uuidFromString(text);
    if (!parent || parent->isNull())
        return fail(
            tr("<%1>: \"parent\" is not a node UUID: \"%2\"").arg(QLatin1String(kRoot), text));
    m_manifest.parent = *parent;
    if (!readNameAttribute("parent-name", "parent-name-base64", &m_manifest.parentName))
        return false;
    if (!readNameAttribute("child", "child-base64", &m_manifest.child))
        return false;
    if (!required("created", &text))
        return false;
    const QDateTime created = QDateTime::fromString(text, Qt::ISODateWithMs);
    if (!created.isValid() || created.timeSpec() != Qt::UTC ||
        created.toString(QLatin1String(kTimeFormat)) != text)
        return fail(tr("<%1>: \"created\" is not a UTC time like 2025-11-23T10:00:00.000Z: \"%2\"")
                        .arg(QLatin1String(kRoot), text));
    m_manifest.created = created;
    if (!required("dialect", &text))
        return false;
    if (text == BackupManifest::dialectName(Database::Dialect::Sqlite))
        m_manifest.dialect = Database::Dialect::Sqlite;
    else if (text == BackupManifest::dialectName(Database::Dialect::Postgresql))
        m_manifest.dialect = Database::Dialect::Postgresql;
    else
        return fail(tr("<%1>: \"dialect\" is neither sqlite nor postgresql: \"%2\"")
                        .arg(QLatin1String(kRoot), text));

    for (;;) {
        if (!nextStructural())
            return false;
        if (m_xml.isEndElement())
            break;
        if (m_xml.name() != QLatin1String("resource"))
            return fail(tr("unknown element <%1> in <%2>")
                            .arg(m_xml.name().toString(), QLatin1String(kRoot)));
        BackupResource resource;
        if (!readResource(&resource))
            return false;
        m_manifest.resources.append(resource);
    }
    // Nothing may follow the root element.
    for (;;) {
        const QXmlStreamReader::TokenType token = m_xml.readNext();
        if (token == QXmlStreamReader::EndDocument)
            return true;
        if (token == QXmlStreamReader::Invalid)
            return failXml();
        if (token == QXmlStreamReader::Comment ||
            token == QXmlStreamReader::ProcessingInstruction ||
            (token == QXmlStreamReader::Characters && m_xml.isWhitespace()))
            continue;
        return fail(tr("unexpected content after </%1>").arg(QLatin1String(kRoot)));
    }
}

bool ManifestReader::readResource(BackupResource *r)
{
    if (!checkAttributes({"table", "uuid-column", "key-column", "mode", "strategy", "update-policy",
                          "conflict-policy", "cursor", "rows", "entry", "sha256", "size"}))
        return false;
    QString text;
    if (!required("table", &r->resource.table) ||
        !required("uuid-column", &r->resource.uuidColumn) ||
        !optionalAttribute("key-column", &r->keyColumn))
        return false;
    if (!required("mode", &text))
        return false;
    const auto mode = syncModeFromString(text);
    if (!mode || toString(*mode) != text)
        return fail(tr("<resource>: \"mode\" is not pull, push or both: \"%1\"").arg(text));
    r->resource.mode = *mode;
    if (!required("strategy", &text))
        return false;
    const auto strategy = Strategy::fromString(text);
    if (!strategy || strategy->toString() != text)
        return fail(tr("<resource>: \"strategy\" is not a list of create, update, delete: \"%1\"")
                        .arg(text));
    r->resource.strategy = *strategy;
    for (const auto &[name, target] :
         {std::pair<const char *, Policy *>{"update-policy", &r->resource.updatePolicy},
          std::pair<const char *, Policy *>{"conflict-policy", &r->resource.conflictPolicy}}) {
        if (!required(name, &text))
            return false;
        const auto policy = policyFromString(text);
        if (!policy || toString(*policy) != text)
            return fail(tr("<resource>: \"%1\" is not THIS, OTHER, NEWER, MASTER or MANUAL: \"%2\"")
                            .arg(QLatin1String(name), text));
        *target = *policy;
    }
    if (!readCount("cursor", &r->cursor) || !readCount("rows", &r->rows) ||
        !readCount("size", &r->size) || !required("entry", &r->entry))
        return false;
    if (!required("sha256", &text))
        return false;
    if (text.size() != 64 || !isLowerHex(text))
        return fail(tr("<resource>: \"sha256\" is not 64 lower-case hex digits: \"%1\"").arg(text));
    r->sha256 = QByteArray::fromHex(text.toLatin1());

    for (;;) {
        if (!nextStructural())
            return false;
        if (m_xml.isEndElement())
            return true;
        if (m_xml.name() == QLatin1String("index")) {
            BackupIndex index;
            if (!readIndex(&index))
                return false;
            r->indexes.append(index);
            continue;
        }
        if (m_xml.name() != QLatin1String("column"))
            return fail(tr("unknown element <%1> in <resource>").arg(m_xml.name().toString()));
        if (!r->indexes.isEmpty())
            return fail(tr("<column> after <index> in <resource>"));
        BackupColumn column;
        if (!readColumn(&column))
            return false;
        r->columns.append(column);
    }
}

bool ManifestReader::readIndex(BackupIndex *index)
{
    if (!checkAttributes({"columns", "unique", "name"}))
        return false;
    QString text;
    if (!required("columns", &text) || !readBool("unique", &index->unique) ||
        !optionalAttribute("name", &index->name))
        return false;
    index->columns = text.split(QLatin1Char(','));
    if (!nextStructural())
        return false;
    if (!m_xml.isEndElement())
        return fail(tr("<index> must be empty, but holds <%1>").arg(m_xml.name().toString()));
    return true;
}

bool ManifestReader::readColumn(BackupColumn *c)
{
    if (!checkAttributes(
            {"name", "type", "declared", "not-null", "table", "ref-column", "default"}))
        return false;
    QString text;
    if (!required("name", &c->name) || !required("type", &text) ||
        !optionalAttribute("declared", &c->declared) || !readBool("not-null", &c->notNull) ||
        !optionalAttribute("default", &c->defaultValue))
        return false;
    const auto type = pagexml::typeFromName(text);
    if (!type || *type == FieldValue::Type::Null)
        return fail(tr("<column name=\"%1\">: \"type\" is not int, real, text, blob, bool or ref: "
                       "\"%2\"")
                        .arg(c->name, text));
    c->type = *type;
    const bool hasTable = m_attributes.hasAttribute(QLatin1String("table"));
    const bool hasRefColumn = m_attributes.hasAttribute(QLatin1String("ref-column"));
    if (c->type == FieldValue::Type::Reference) {
        if (!required("table", &c->refTable) || !required("ref-column", &c->refColumn))
            return false;
    } else if (hasTable || hasRefColumn) {
        return fail(tr("<column name=\"%1\">: \"table\" and \"ref-column\" belong to type ref only")
                        .arg(c->name));
    }
    if (!nextStructural())
        return false;
    if (!m_xml.isEndElement())
        return fail(tr("<column> must be empty, but holds <%1>").arg(m_xml.name().toString()));
    return true;
}

Result<BackupManifest> ManifestReader::read()
{
    if (!readFormat() || !readRoot())
        return Status::failure(m_error);
    if (Status s = m_manifest.validate(); !s)
        return s;
    return m_manifest;
}

} // namespace

const BackupColumn *BackupResource::column(const QString &name) const
{
    for (const BackupColumn &c : columns) {
        if (c.name == name)
            return &c;
    }
    return nullptr;
}

bool BackupResource::isPortableDefault(const QString &literal)
{
    static const QRegularExpression pattern(QStringLiteral(
        "^(-?[0-9]+(\\.[0-9]+)?([eE][-+]?[0-9]+)?|'([^'\\x00]|'')*'|TRUE|FALSE|"
        "CURRENT_TIMESTAMP|CURRENT_DATE|CURRENT_TIME)$"));
    return pattern.match(literal).hasMatch();
}

bool operator==(const BackupResource &a, const BackupResource &b)
{
    return a.resource.table == b.resource.table && a.resource.uuidColumn == b.resource.uuidColumn &&
           a.resource.mode == b.resource.mode && a.resource.strategy == b.resource.strategy &&
           a.resource.updatePolicy == b.resource.updatePolicy &&
           a.resource.conflictPolicy == b.resource.conflictPolicy && a.keyColumn == b.keyColumn &&
           a.columns == b.columns && a.indexes == b.indexes && a.cursor == b.cursor &&
           a.rows == b.rows &&
           a.entry == b.entry && a.sha256 == b.sha256 && a.size == b.size;
}

QString BackupManifest::entryFor(const QString &table)
{
    return QStringLiteral("data/") + table + QStringLiteral(".xml");
}

QString BackupManifest::dialectName(Database::Dialect dialect)
{
    return dialect == Database::Dialect::Sqlite ? QStringLiteral("sqlite")
                                                : QStringLiteral("postgresql");
}

const BackupResource *BackupManifest::resource(const QString &table) const
{
    for (const BackupResource &r : resources) {
        if (r.resource.table == table)
            return &r;
    }
    return nullptr;
}

qint64 BackupManifest::totalRows() const
{
    qint64 total = 0;
    for (const BackupResource &r : resources)
        total += r.rows;
    return total;
}

Status BackupManifest::validate() const
{
    const auto failure = [](const QString &what) {
        return Status::failure(tr("The backup's manifest is not valid: %1").arg(what));
    };
    if (format != kFormatVersion)
        return failure(tr("format %1 is not supported").arg(format));
    if (parent.isNull())
        return failure(tr("it names no parent node"));
    if (!created.isValid())
        return failure(tr("it has no creation time"));
    QSet<QString> tables;
    QSet<QString> indexNames; // folded to lower case
    for (const BackupResource &r : resources) {
        const QString &table = r.resource.table;
        if (!pagexml::isIdentifier(table))
            return failure(tr("the table name \"%1\" is not a plain identifier").arg(table));
        if (table.startsWith(QLatin1String("s15n_"), Qt::CaseInsensitive))
            return failure(tr("\"%1\" is one of s15n's own tables").arg(table));
        if (tables.contains(table))
            return failure(tr("the table %1 is named twice").arg(table));
        tables.insert(table);
        if (Status s = ResourceStore::validateSettings(r.resource); !s)
            return failure(tr("%1: %2").arg(table, s.message()));
        if (r.entry != entryFor(table))
            return failure(
                tr("the entry of %1 must be %2, not \"%3\"").arg(table, entryFor(table), r.entry));
        if (r.sha256.size() != 32)
            return failure(tr("the checksum of %1 is not a SHA-256").arg(table));
        if (r.cursor < 0 || r.rows < 0 || r.size < 0)
            return failure(tr("the counts of %1 are negative").arg(table));
        QSet<QString> names;
        for (const BackupColumn &c : r.columns) {
            if (!pagexml::isIdentifier(c.name))
                return failure(tr("the column name \"%1\" of %2 is not a plain identifier")
                                   .arg(c.name, table));
            if (names.contains(c.name))
                return failure(tr("the column %1 of %2 is named twice").arg(c.name, table));
            names.insert(c.name);
            if (c.type == FieldValue::Type::Null)
                return failure(tr("the column %1 of %2 has no type").arg(c.name, table));
            if (!c.declared.isEmpty() && !isSafeTypeName(c.declared))
                return failure(tr("the type \"%1\" of %2.%3 is not a plain type name")
                                   .arg(c.declared, table, c.name));
            const bool reference = c.type == FieldValue::Type::Reference;
            if (reference &&
                (!pagexml::isIdentifier(c.refTable) || !pagexml::isIdentifier(c.refColumn)))
                return failure(tr("the reference of %1.%2 does not name a table and column")
                                   .arg(table, c.name));
            if (!reference && (!c.refTable.isEmpty() || !c.refColumn.isEmpty()))
                return failure(
                    tr("%1.%2 names a referenced table but is not a reference").arg(table, c.name));
            if (!c.defaultValue.isEmpty() && !BackupResource::isPortableDefault(c.defaultValue))
                return failure(tr("the default of %1.%2 is not a plain literal").arg(table, c.name));
        }
        for (const BackupIndex &index : r.indexes) {
            if (!index.name.isEmpty()) {
                // One relation name per schema (PostgreSQL), whatever the case (SQLite).
                const QString folded = index.name.toLower();
                if (!BackupIndex::isPortableName(index.name))
                    return failure(tr("the index name \"%1\" of %2 is not a plain identifier "
                                      "of its own")
                                       .arg(index.name, table));
                if (indexNames.contains(folded))
                    return failure(tr("the index name %1 is used twice").arg(index.name));
                indexNames.insert(folded);
            }
            QSet<QString> inIndex;
            for (const QString &column : index.columns) {
                if (!names.contains(column) || inIndex.contains(column))
                    return failure(tr("an index of %1 names \"%2\", which is not one of its "
                                      "columns (or twice)")
                                       .arg(table, column));
                inIndex.insert(column);
            }
        }
        const BackupColumn *uuid = r.column(r.resource.uuidColumn);
        if (!uuid)
            return failure(tr("the UUID column \"%1\" is not a column of %2")
                               .arg(r.resource.uuidColumn, table));
        if (uuid->type == FieldValue::Type::Reference)
            return failure(tr("the UUID column of %1 cannot be a reference").arg(table));
        if (!r.keyColumn.isEmpty()) {
            const BackupColumn *key = r.column(r.keyColumn);
            if (!key || key->type != FieldValue::Type::Integer)
                return failure(tr("the key column \"%1\" of %2 is not an integer column")
                                   .arg(r.keyColumn, table));
            if (r.keyColumn == r.resource.uuidColumn)
                return failure(tr("the key and UUID columns of %1 are the same").arg(table));
        }
    }
    for (const QString &table : std::as_const(tables)) {
        if (indexNames.contains(table.toLower()))
            return failure(tr("the index name %1 is also a table's").arg(table));
    }
    return Status();
}

bool BackupIndex::isPortableName(const QString &name)
{
    return pagexml::isIdentifier(name) && name.size() <= 63 &&
           !name.startsWith(QLatin1String("s15n_"), Qt::CaseInsensitive) &&
           !name.startsWith(QLatin1String("sqlite_"), Qt::CaseInsensitive);
}

Result<QByteArray> BackupManifest::toXml() const
{
    if (Status s = validate(); !s)
        return s;
    QByteArray xml;
    QXmlStreamWriter w(&xml);
    w.setAutoFormatting(true);
    w.setAutoFormattingIndent(0);
    w.writeStartDocument();
    w.writeStartElement(QLatin1String(kRoot));
    w.writeAttribute(QStringLiteral("format"), QString::number(format));
    w.writeAttribute(QStringLiteral("parent"), pagexml::uuidToString(parent));
    const auto writeName = [&w](const QString &plain, const QString &base64, const QString &value) {
        if (pagexml::isXmlSafe(value, pagexml::XmlPlace::Attribute))
            w.writeAttribute(plain, value);
        else
            w.writeAttribute(base64, pagexml::encodeText(value));
    };
    writeName(QStringLiteral("parent-name"), QStringLiteral("parent-name-base64"), parentName);
    w.writeAttribute(QStringLiteral("created"),
                     created.toUTC().toString(QLatin1String(kTimeFormat)));
    w.writeAttribute(QStringLiteral("dialect"), dialectName(dialect));
    if (!child.isEmpty())
        writeName(QStringLiteral("child"), QStringLiteral("child-base64"), child);
    for (const BackupResource &r : resources) {
        w.writeStartElement(QStringLiteral("resource"));
        w.writeAttribute(QStringLiteral("table"), r.resource.table);
        w.writeAttribute(QStringLiteral("uuid-column"), r.resource.uuidColumn);
        if (!r.keyColumn.isEmpty())
            w.writeAttribute(QStringLiteral("key-column"), r.keyColumn);
        w.writeAttribute(QStringLiteral("mode"), toString(r.resource.mode));
        w.writeAttribute(QStringLiteral("strategy"), r.resource.strategy.toString());
        w.writeAttribute(QStringLiteral("update-policy"), toString(r.resource.updatePolicy));
        w.writeAttribute(QStringLiteral("conflict-policy"), toString(r.resource.conflictPolicy));
        w.writeAttribute(QStringLiteral("cursor"), QString::number(r.cursor));
        w.writeAttribute(QStringLiteral("rows"), QString::number(r.rows));
        w.writeAttribute(QStringLiteral("entry"), r.entry);
        w.writeAttribute(QStringLiteral("sha256"), QString::fromLatin1(r.sha256.toHex()));
        w.writeAttribute(QStringLiteral("size"), QString::number(r.size));
        for (const BackupColumn &c : r.columns) {
            w.writeEmptyElement(QStringLiteral("column"));
            w.writeAttribute(QStringLiteral("name"), c.name);
            w.writeAttribute(QStringLiteral("type"), portableTypeName(c.type));
            if (!c.declared.isEmpty())
                w.writeAttribute(QStringLiteral("declared"), c.declared);
            w.writeAttribute(QStringLiteral("not-null"), pagexml::formatBool(c.notNull));
            if (c.type == FieldValue::Type::Reference) {
                w.writeAttribute(QStringLiteral("table"), c.refTable);
                w.writeAttribute(QStringLiteral("ref-column"), c.refColumn);
            }
            if (!c.defaultValue.isEmpty())
                w.writeAttribute(QStringLiteral("default"), c.defaultValue);
        }
        for (const BackupIndex &index : r.indexes) {
            w.writeEmptyElement(QStringLiteral("index"));
            w.writeAttribute(QStringLiteral("columns"), index.columns.join(QLatin1Char(',')));
            w.writeAttribute(QStringLiteral("unique"), pagexml::formatBool(index.unique));
            if (!index.name.isEmpty())
                w.writeAttribute(QStringLiteral("name"), index.name);
        }
        w.writeEndElement();
    }
    w.writeEndElement();
    w.writeEndDocument();
    return xml;
}

Result<BackupManifest> BackupManifest::fromXml(const QByteArray &xml)
{
    if (xml.isEmpty())
        return Status::failure(tr("manifest.xml is empty."));
    return ManifestReader(xml).read();
}

} // namespace s15n
