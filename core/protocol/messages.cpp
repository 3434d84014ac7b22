#include "messages.h"

#include "sync/pagewriter.h"

#include <QCoreApplication>
#include <QRegularExpression>
#include <QSet>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <functional>

namespace s15n::messages {

namespace {

QString tr(const char *text)
{
    return QCoreApplication::translate("s15n::messages", text);
}

QByteArray document(const char *root, const std::function<void(QXmlStreamWriter &)> &body)
{
    QByteArray out;
    QXmlStreamWriter xml(&out);
    xml.writeStartDocument();
    xml.writeStartElement(QLatin1String(root));
    xml.writeAttribute(QStringLiteral("format"), QString::number(kFormatVersion));
    body(xml);
    xml.writeEndElement();
    xml.writeEndDocument();
    return out;
}

// A forward-only reader of one small document: the root element, then child elements of one
// name, each read whole. Everything unexpected is an error naming line and column.
class Reader
{
public:
    // `subject` names the body in messages ("The registration").
    Reader(const QByteArray &xml, QString subject)
        : m_xml(xml), m_empty(xml.trimmed().isEmpty()), m_subject(std::move(subject))
    {
    }

    bool root(const char *name)
    {
        if (m_empty)
            return fail(tr("the answer is empty"));
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isStartElement()) {
                if (m_xml.name() != QLatin1String(name))
                    return fail(tr("expected <%1>, found <%2>")
                                    .arg(QLatin1String(name), m_xml.name().toString()));
                if (attribute("format") != QString::number(kFormatVersion))
                    return fail(tr("unsupported format '%1'").arg(attribute("format")));
                return true;
            }
            if (m_xml.isDTD())
                return fail(tr("a DTD is not allowed"));
        }
        return fail(m_xml.hasError() ? m_xml.errorString() : tr("empty document"));
    }
    // The next child element of the root; false at the root's end or on error.
    bool nextChild(const char *name)
    {
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isStartElement()) {
                if (m_xml.name() != QLatin1String(name))
                    return fail(tr("unexpected element <%1>").arg(m_xml.name().toString()));
                return true;
            }
            if (m_xml.isEndElement())
                return finish();
            if (m_xml.isCharacters() && !m_xml.isWhitespace())
                return fail(tr("unexpected text"));
        }
        return fail(m_xml.hasError() ? m_xml.errorString() : tr("the document ends too early"));
    }
    QString text() { return m_xml.readElementText(QXmlStreamReader::ErrorOnUnexpectedElement); }
    QString attribute(const char *name) const
    {
        return m_xml.attributes().value(QLatin1String(name)).toString();
    }
    bool has(const char *name) const
    {
        return m_xml.attributes().hasAttribute(QLatin1String(name));
    }
    std::optional<qint64> number(const char *name)
    {
        std::optional<qint64> n = pagexml::parseInteger(attribute(name));
        if (!n || *n < 0) {
            fail(tr("attribute '%1' must be a number 0 or more").arg(QLatin1String(name)));
            return std::nullopt;
        }
        return n;
    }
    std::optional<QUuid> uuid(const char *name)
    {
        std::optional<QUuid> u = pagexml::uuidFromString(attribute(name));
        if (!u || u->isNull()) {
            fail(tr("attribute '%1' must be a UUID").arg(QLatin1String(name)));
            return std::nullopt;
        }
        return u;
    }
    bool fail(const QString &what)
    {
        if (m_error.isEmpty())
            m_error = tr("line %1, column %2: %3")
                          .arg(m_xml.lineNumber())
                          .arg(m_xml.columnNumber())
                          .arg(what);
        return false;
    }
    bool failed() const { return !m_error.isEmpty() || m_xml.hasError(); }
    Status status() const
    {
        QString what = m_error.isEmpty() ? m_xml.errorString() : m_error;
        while (what.endsWith(QLatin1Char('.')))
            what.chop(1);
        return Status::failure(tr("%1 is not valid: %2.").arg(m_subject, what));
    }

private:
    bool finish()
    {
        while (!m_xml.atEnd()) {
            m_xml.readNext();
            if (m_xml.isStartElement() || (m_xml.isCharacters() && !m_xml.isWhitespace()))
                return fail(tr("content after the root element"));
        }
        if (m_xml.error() != QXmlStreamReader::NoError &&
            m_xml.error() != QXmlStreamReader::PrematureEndOfDocumentError)
            fail(m_xml.errorString());
        return false;
    }

    QXmlStreamReader m_xml;
    bool m_empty = false;
    QString m_subject;
    QString m_error;
};

void writeCounts(QXmlStreamWriter &xml, const ApplyCounts &c)
{
    const std::pair<const char *, qint64> counts[] = {
        {"received", c.received}, {"applied", c.applied},    {"conflicts", c.conflicts},
        {"held", c.held},         {"skipped", c.skipped},    {"parked", c.parked},
        {"failed", c.failed},     {"unchanged", c.unchanged}};
    for (const auto &[name, value] : counts)
        xml.writeAttribute(QLatin1String(name), QString::number(value));
}

} // namespace

QByteArray nodeInfoToXml(const NodeInfo &info)
{
    return document("s15n-node", [&](QXmlStreamWriter &xml) {
        xml.writeAttribute(QStringLiteral("uuid"), pagexml::uuidToString(info.uuid));
        xml.writeAttribute(QStringLiteral("name"), info.name);
        xml.writeAttribute(QStringLiteral("sync-id"), QString::number(info.syncId));
        xml.writeAttribute(QStringLiteral("time"), QString::number(info.timeMs));
        if (info.maxBodyBytes > 0)
            xml.writeAttribute(QStringLiteral("max-body"), QString::number(info.maxBodyBytes));
        for (const Resource &r : info.resources) {
            xml.writeEmptyElement(QStringLiteral("resource"));
            xml.writeAttribute(QStringLiteral("table"), r.table);
            xml.writeAttribute(QStringLiteral("mode"), toString(r.mode));
            xml.writeAttribute(QStringLiteral("strategy"), r.strategy.toString());
            xml.writeAttribute(QStringLiteral("update-policy"), toString(r.updatePolicy));
            xml.writeAttribute(QStringLiteral("conflict-policy"), toString(r.conflictPolicy));
        }
    });
}

Result<NodeInfo> nodeInfoFromXml(const QByteArray &xml)
{
    Reader r(xml, tr("The remote's node information"));
    NodeInfo info;
    if (!r.root("s15n-node"))
        return r.status();
    const std::optional<QUuid> uuid = r.uuid("uuid");
    const std::optional<qint64> syncId = r.number("sync-id");
    const std::optional<qint64> time = r.number("time");
    if (!uuid || !syncId || !time)
        return r.status();
    info.uuid = *uuid;
    info.name = r.attribute("name");
    info.syncId = int(*syncId);
    info.timeMs = *time;
    if (r.has("max-body")) {
        const std::optional<qint64> maxBody = r.number("max-body");
        if (!maxBody)
            return r.status();
        info.maxBodyBytes = *maxBody;
    }
    while (r.nextChild("resource")) {
        Resource resource;
        resource.table = r.attribute("table");
        const std::optional<SyncMode> mode = syncModeFromString(r.attribute("mode"));
        const std::optional<Strategy> strategy = Strategy::fromString(r.attribute("strategy"));
        const std::optional<Policy> update = policyFromString(r.attribute("update-policy"));
        const std::optional<Policy> conflict = policyFromString(r.attribute("conflict-policy"));
        if (!pagexml::isIdentifier(resource.table) || !mode || !strategy || !update || !conflict) {
            r.fail(tr("a <resource> element is incomplete or invalid"));
            return r.status();
        }
        resource.mode = *mode;
        resource.strategy = *strategy;
        resource.updatePolicy = *update;
        resource.conflictPolicy = *conflict;
        info.resources.append(resource);
        r.text(); // to its end tag
    }
    if (r.failed())
        return r.status();
    return info;
}

QByteArray registrationToXml(const Registration &registration)
{
    return document("s15n-register", [&](QXmlStreamWriter &xml) {
        xml.writeAttribute(QStringLiteral("uuid"), pagexml::uuidToString(registration.uuid));
        xml.writeAttribute(QStringLiteral("name"), registration.name);
        xml.writeAttribute(QStringLiteral("sync-id"), QString::number(registration.syncId));
    });
}

Result<Registration> registrationFromXml(const QByteArray &xml)
{
    Reader r(xml, tr("The registration"));
    if (!r.root("s15n-register"))
        return r.status();
    const std::optional<QUuid> uuid = r.uuid("uuid");
    const std::optional<qint64> syncId = r.number("sync-id");
    if (!uuid || !syncId)
        return r.status();
    if (*syncId > 64) {
        r.fail(tr("sync-id must be 0..64"));
        return r.status();
    }
    Registration registration{*uuid, r.attribute("name"), int(*syncId)};
    r.nextChild("none"); // must be empty
    if (r.failed())
        return r.status();
    return registration;
}

QByteArray registeredToXml(const Registered &registered)
{
    return document("s15n-registered", [&](QXmlStreamWriter &xml) {
        xml.writeAttribute(QStringLiteral("uuid"), pagexml::uuidToString(registered.uuid));
        xml.writeAttribute(QStringLiteral("name"), registered.name);
        xml.writeAttribute(QStringLiteral("new"), pagexml::formatBool(registered.isNew));
    });
}

Result<Registered> registeredFromXml(const QByteArray &xml)
{
    Reader r(xml, tr("The remote's answer to the registration"));
    if (!r.root("s15n-registered"))
        return r.status();
    const std::optional<QUuid> uuid = r.uuid("uuid");
    const std::optional<bool> isNew = pagexml::parseBool(r.attribute("new"));
    if (!uuid)
        return r.status();
    if (!isNew) {
        r.fail(tr("attribute 'new' must be true or false"));
        return r.status();
    }
    Registered registered{*uuid, r.attribute("name"), *isNew};
    r.nextChild("none");
    if (r.failed())
        return r.status();
    return registered;
}

QByteArray cursorToXml(const QString &resource, qint64 cursor)
{
    return document("s15n-cursor", [&](QXmlStreamWriter &xml) {
        xml.writeAttribute(QStringLiteral("resource"), resource);
        xml.writeAttribute(QStringLiteral("cursor"), QString::number(cursor));
    });
}

Result<qint64> cursorFromXml(const QByteArray &xml, const QString &resource)
{
    Reader r(xml, tr("The remote's cursor"));
    if (!r.root("s15n-cursor"))
        return r.status();
    const std::optional<qint64> cursor = r.number("cursor");
    if (!cursor)
        return r.status();
    if (r.attribute("resource") != resource) {
        r.fail(tr("the cursor is for '%1', not '%2'").arg(r.attribute("resource"), resource));
        return r.status();
    }
    r.nextChild("none");
    if (r.failed())
        return r.status();
    return *cursor;
}

QByteArray backupStateToXml(const BackupState &state)
{
    return document("s15n-backup", [&](QXmlStreamWriter &xml) {
        xml.writeAttribute(QStringLiteral("id"), state.id);
        xml.writeAttribute(QStringLiteral("rows-done"), QString::number(state.rowsDone));
        xml.writeAttribute(QStringLiteral("rows-total"), QString::number(state.rowsTotal));
        xml.writeAttribute(QStringLiteral("table"), state.table);
    });
}

Result<BackupState> backupStateFromXml(const QByteArray &xml)
{
    Reader r(xml, tr("The parent's backup state"));
    if (!r.root("s15n-backup"))
        return r.status();
    BackupState state;
    state.id = r.attribute("id");
    const std::optional<qint64> done = r.number("rows-done");
    const std::optional<qint64> total = done ? r.number("rows-total") : std::nullopt;
    if (!done || !total)
        return r.status();
    static const QRegularExpression idPattern(QStringLiteral("^[A-Za-z0-9]{1,64}$"));
    if (!idPattern.match(state.id).hasMatch()) {
        r.fail(tr("'%1' is not a backup id").arg(state.id));
        return r.status();
    }
    state.rowsDone = *done;
    state.rowsTotal = *total;
    state.table = r.attribute("table");
    r.nextChild("none");
    if (r.failed())
        return r.status();
    return state;
}

QByteArray rowsRequestToXml(const QStringList &rowUuids)
{
    return document("s15n-rows", [&](QXmlStreamWriter &xml) {
        for (const QString &uuid : rowUuids) {
            xml.writeEmptyElement(QStringLiteral("row"));
            xml.writeAttribute(QStringLiteral("uuid"), uuid);
        }
    });
}

Result<QStringList> rowsRequestFromXml(const QByteArray &xml, int maxRows, bool *tooMany)
{
    if (tooMany)
        *tooMany = false;
    Reader r(xml, tr("The list of rows"));
    if (!r.root("s15n-rows"))
        return r.status();
    QStringList uuids;
    QSet<QString> seen;
    int count = 0;
    while (r.nextChild("row")) {
        const QString uuid = r.attribute("uuid");
        // Exactly the form rows carry in change documents: lower case, no braces.
        const std::optional<QUuid> parsed = pagexml::uuidFromString(uuid);
        if (!parsed || pagexml::uuidToString(*parsed) != uuid) {
            r.fail(tr("'%1' is not a row UUID (lower-case, without braces)").arg(uuid));
            return r.status();
        }
        if (!r.text().isEmpty()) {
            r.fail(tr("<row> must be empty"));
            return r.status();
        }
        if (++count > maxRows) {
            if (tooMany)
                *tooMany = true;
            return Status::failure(
                tr("The list of rows names more than %1 rows; ask for at most %1 at a time.")
                    .arg(maxRows));
        }
        if (!seen.contains(uuid)) {
            seen.insert(uuid);
            uuids.append(uuid);
        }
    }
    if (r.failed())
        return r.status();
    return uuids;
}

QByteArray pushResultToXml(const PushResult &result)
{
    return document("s15n-push-result", [&](QXmlStreamWriter &xml) {
        xml.writeAttribute(QStringLiteral("resource"), result.resource);
        xml.writeAttribute(QStringLiteral("cursor"), QString::number(result.cursor));
        writeCounts(xml, result.counts);
        for (const RecordResult &record : result.counts.results) {
            xml.writeStartElement(QStringLiteral("record"));
            xml.writeAttribute(QStringLiteral("uuid"), record.rowUuid);
            xml.writeAttribute(QStringLiteral("outcome"), record.outcome);
            if (!record.message.isEmpty())
                xml.writeCharacters(record.message);
            xml.writeEndElement();
        }
    });
}

Result<PushResult> pushResultFromXml(const QByteArray &xml)
{
    Reader r(xml, tr("The remote's answer to the push"));
    if (!r.root("s15n-push-result"))
        return r.status();
    PushResult result;
    result.resource = r.attribute("resource");
    const std::optional<qint64> cursor = r.number("cursor");
    if (!cursor)
        return r.status();
    result.cursor = *cursor;
    ApplyCounts &c = result.counts;
    const std::pair<const char *, qint64 *> counts[] = {
        {"received", &c.received}, {"applied", &c.applied},    {"conflicts", &c.conflicts},
        {"held", &c.held},         {"skipped", &c.skipped},    {"parked", &c.parked},
        {"failed", &c.failed},     {"unchanged", &c.unchanged}};
    for (const auto &[name, value] : counts) {
        const std::optional<qint64> n = r.number(name);
        if (!n)
            return r.status();
        *value = *n;
    }
    while (r.nextChild("record")) {
        RecordResult record;
        record.rowUuid = r.attribute("uuid");
        record.outcome = r.attribute("outcome");
        record.message = r.text();
        if (!pagexml::isCanonicalUuid(record.rowUuid) || record.outcome.isEmpty()) {
            r.fail(tr("a <record> needs a uuid and an outcome"));
            return r.status();
        }
        c.results.append(record);
        if (!record.message.isEmpty() && c.messages.size() < 100)
            c.messages.append(record.message);
    }
    if (r.failed())
        return r.status();
    return result;
}

QByteArray errorToXml(int httpStatus, const QString &message, const QString &code)
{
    return document("s15n-error", [&](QXmlStreamWriter &xml) {
        xml.writeAttribute(QStringLiteral("status"), QString::number(httpStatus));
        if (!code.isEmpty())
            xml.writeAttribute(QStringLiteral("code"), code);
        xml.writeCharacters(message);
    });
}

QString errorCodeFromBody(const QByteArray &body)
{
    QXmlStreamReader xml(body);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement())
            return xml.name() == QLatin1String("s15n-error")
                       ? xml.attributes().value(QLatin1String("code")).toString()
                       : QString();
    }
    return QString();
}

QString errorFromBody(const QByteArray &body)
{
    QXmlStreamReader xml(body);
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            if (xml.name() == QLatin1String("s15n-error"))
                return xml.readElementText().trimmed();
            break;
        }
    }
    QString text = QString::fromUtf8(body.left(300)).simplified();
    return text.isEmpty() ? tr("(no reason given)") : text;
}

} // namespace s15n::messages
