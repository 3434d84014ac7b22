#include "benchxml.h"

#include <QFile>
#include <QIODevice>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

namespace s15n::bench {

namespace {

// Counts what is written and keeps none of it, so the writer's own work is all that is timed.
class DiscardDevice : public QIODevice
{
public:
    qint64 written = 0;

protected:
    qint64 readData(char *, qint64) override { return -1; }
    qint64 writeData(const char *, qint64 size) override
    {
        written += size;
        return size;
    }
};

} // namespace

XmlPass xmlPass(const QString &path, bool rewrite)
{
    XmlPass pass;
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly)) {
        pass.error = in.errorString();
        return pass;
    }
    DiscardDevice sink;
    sink.open(QIODevice::WriteOnly);
    QXmlStreamWriter writer(&sink);
    QXmlStreamReader reader(&in);
    qint64 touched = 0;
    while (!reader.atEnd()) {
        switch (reader.readNext()) {
        case QXmlStreamReader::StartDocument:
            if (rewrite)
                writer.writeStartDocument();
            break;
        case QXmlStreamReader::StartElement: {
            if (reader.name() == QLatin1String("row"))
                ++pass.rows;
            const QXmlStreamAttributes attributes = reader.attributes();
            if (rewrite) {
                writer.writeStartElement(reader.name().toString());
                for (const QXmlStreamAttribute &a : attributes)
                    writer.writeAttribute(a.name().toString(), a.value().toString());
            } else {
                for (const QXmlStreamAttribute &a : attributes)
                    touched += a.value().size();
            }
            break;
        }
        case QXmlStreamReader::Characters:
            if (rewrite)
                writer.writeCharacters(reader.text().toString());
            else
                touched += reader.text().size();
            break;
        case QXmlStreamReader::EndElement:
            if (rewrite)
                writer.writeEndElement();
            break;
        case QXmlStreamReader::EndDocument:
            if (rewrite)
                writer.writeEndDocument();
            break;
        default:
            break;
        }
    }
    if (reader.hasError())
        pass.error = QStringLiteral("%1 at line %2").arg(reader.errorString()).arg(reader.lineNumber());
    else if (rewrite && sink.written < in.size() / 2)
        pass.error = QStringLiteral("wrote %1 bytes of a %2-byte document").arg(sink.written).arg(in.size());
    else if (!rewrite && touched == 0)
        pass.error = QStringLiteral("the document holds no values");
    return pass;
}

} // namespace s15n::bench
