// French and Spanish ship complete: every message of the .ts files is translated, keeps its
// placeholders and accelerator, and the application loads them for the locale or --lang.
#include "translations.h"

#include <QDir>
#include <QRegularExpression>
#include <QXmlStreamReader>
#include <QtTest>

#include "guitestmain.h"

using namespace Qt::StringLiterals;

namespace {

struct Message
{
    QString context;
    QString source;
    QStringList translations; // one, or the plural forms
    bool unfinished = false;
    bool obsolete = false;
};

QList<Message> readTs(const QString &path, QString *error)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *error = file.errorString();
        return {};
    }
    QList<Message> messages;
    QXmlStreamReader xml(&file);
    QString context;
    Message current;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isEndElement() && xml.name() == u"message"_s) {
            messages.append(current);
            continue;
        }
        if (!xml.isStartElement())
            continue;
        if (xml.name() == u"name"_s) {
            context = xml.readElementText();
        } else if (xml.name() == u"message"_s) {
            current = Message{context, {}, {}, false, false};
        } else if (xml.name() == u"source"_s) {
            current.source = xml.readElementText();
        } else if (xml.name() == u"translation"_s) {
            const QString type = xml.attributes().value(u"type"_s).toString();
            current.unfinished = type == u"unfinished"_s;
            current.obsolete = type == u"obsolete"_s || type == u"vanished"_s;
            // Either text, or <numerusform> children.
            QString text;
            while (!xml.atEnd()) {
                xml.readNext();
                if (xml.isCharacters())
                    text += xml.text();
                else if (xml.isStartElement() && xml.name() == u"numerusform"_s)
                    current.translations.append(xml.readElementText());
                else if (xml.isEndElement() && xml.name() == u"translation"_s)
                    break;
            }
            if (current.translations.isEmpty())
                current.translations.append(text.trimmed().isEmpty() ? QString() : text);
        }
    }
    if (xml.hasError())
        *error = u"%1 at line %2"_s.arg(xml.errorString()).arg(xml.lineNumber());
    return messages;
}

QStringList placeholders(const QString &text)
{
    static const QRegularExpression re(u"%L?(\\d+|n)"_s);
    QStringList found;
    for (auto it = re.globalMatch(text); it.hasNext();)
        found.append(it.next().captured(0).remove(u'L'));
    found.sort();
    found.removeDuplicates();
    return found;
}

int accelerators(QString text)
{
    text.remove(u"&&"_s);
    static const QRegularExpression re(u"&(?![a-zA-Z]+;)\\w"_s);
    return int(text.count(re));
}

QString tsFile(const QString &language)
{
    return QDir(QStringLiteral(S15N_TEST_SCRIPTS "/../../translations"))
        .filePath(u"s15n_%1.ts"_s.arg(language));
}

} // namespace

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void complete_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("fr") << u"fr"_s;
        QTest::newRow("es") << u"es"_s;
    }

    void complete()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Message> messages = readTs(tsFile(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QVERIFY(messages.size() > 100);
        QStringList problems;
        for (const Message &m : messages) {
            if (m.obsolete)
                continue;
            const QString where = m.context + u": "_s + m.source.left(60);
            if (m.unfinished || m.translations.isEmpty() ||
                m.translations.contains(QString())) {
                problems << u"untranslated: "_s + where;
                continue;
            }
            for (const QString &t : m.translations) {
                if (placeholders(t) != placeholders(m.source))
                    problems << u"placeholders differ: "_s + where;
                else if (accelerators(t) != accelerators(m.source))
                    problems << u"accelerator differs: "_s + where;
            }
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(u"%1 problem(s) in s15n_%2.ts (run the cmake target "
                            "update_translations, then translate):\n"_s
                                .arg(problems.size())
                                .arg(language) +
                            problems.mid(0, 20).join(u'\n')));
    }

    void loadedForTheLocale()
    {
        QVERIFY(s15n::ui::installTranslations(QLocale(QLocale::French)));
        const QString french =
            QCoreApplication::translate("s15n::ui::MainWindow", "s15n administration");
        QVERIFY(french != u"s15n administration"_s);
        QVERIFY(s15n::ui::installTranslations(QLocale(QLocale::Spanish)));
        const QString spanish =
            QCoreApplication::translate("s15n::ui::MainWindow", "s15n administration");
        QVERIFY(spanish != u"s15n administration"_s);
        QVERIFY(spanish != french);
        // No translation: English, and nothing of the last one stays loaded.
        QVERIFY(!s15n::ui::installTranslations(QLocale(QLocale::German)));
        QCOMPARE(QCoreApplication::translate("s15n::ui::MainWindow", "s15n administration"),
                 u"s15n administration"_s);
    }

    void languageArgument_data()
    {
        QTest::addColumn<QStringList>("arguments");
        QTest::addColumn<QString>("language");
        QTest::newRow("none") << QStringList{u"s15n-admin"_s} << QString();
        QTest::newRow("separate") << QStringList{u"s15n-admin"_s, u"--lang"_s, u"es"_s} << u"es"_s;
        QTest::newRow("equals") << QStringList{u"s15n-admin"_s, u"--lang=fr"_s} << u"fr"_s;
        QTest::newRow("missing value") << QStringList{u"s15n-admin"_s, u"--lang"_s} << QString();
    }

    void languageArgument()
    {
        QFETCH(QStringList, arguments);
        QFETCH(QString, language);
        QCOMPARE(s15n::ui::languageArgument(arguments), language);
    }
};

S15N_GUI_TEST_MAIN(TestTranslations)
#include "tst_translations.moc"
