// French and Spanish ship complete: every message of the .ts files is translated, keeps its
// placeholders and accelerator, is not left in English (a translation that is its source
// text, unless the words are the same in that language), and the application loads them for
// the locale or --lang.
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

// The words of a message: without HTML tags, placeholders and accelerators.
QString words(QString text)
{
    static const QRegularExpression tag(u"<[^>]*>"_s);
    static const QRegularExpression placeholder(u"%L?(\\d+|n)"_s);
    static const QRegularExpression accelerator(u"&(?=\\w)"_s);
    text.remove(tag);
    text.remove(placeholder);
    text.replace(u"&&"_s, u"\u0001"_s);
    text.remove(accelerator);
    return text;
}

// Whether `text` has a word of three letters or more, which a translator would translate.
bool hasWord(const QString &text)
{
    static const QRegularExpression word(u"\\p{L}{3,}"_s);
    return word.match(words(text)).hasMatch();
}

// Messages that are the same in a language as in English, and why. Everything else with a
// word in it that a finished translation leaves as it is was forgotten.
const QSet<QPair<QString, QString>> &sameInLanguage()
{
    static const QSet<QPair<QString, QString>> same = [] {
        QSet<QPair<QString, QString>> set;
        for (const char *language : {"fr", "es"}) {
            const QString l = QString::fromLatin1(language);
            // Acronyms, names and symbols written the same way in both languages.
            for (const char *source : {"URL", "UUID", "&PostgreSQL", "Proxy", "%1 UTC",
                                       "%1 (%2 UTC)", "%1 min %2 s", "%1 h %2 min",
                                       // An example address shown in an empty field.
                                       "https://parent.example:8471",
                                       // The CLI's keyword, which the option takes as it is.
                                       ", MANUAL"})
                set.insert({l, QString::fromUtf8(source)});
        }
        // French words spelt as in English (a French colon takes a space before it, so labels
        // ending in ':' differ).
        for (const char *source : {"Mode", "Action", "Message", "Table", "minutes", "TABLE", "MODE",
                                   "ACTION", "MESSAGE", "Note", ", table %1"})
            set.insert({u"fr"_s, QString::fromUtf8(source)});
        // Spanish words spelt as in English; no space before a colon in Spanish. "URL" is
        // used as it is, so its label keeps its accelerator on the same letter.
        for (const char *source : {"Error", "Fatal", "UUID:", "&URL:", "base64", "bytes"})
            set.insert({u"es"_s, QString::fromUtf8(source)});
        return set;
    }();
    return same;
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

    void notLeftInEnglish_data() { complete_data(); }

    void notLeftInEnglish()
    {
        QFETCH(QString, language);
        QString error;
        const QList<Message> messages = readTs(tsFile(language), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList problems;
        for (const Message &m : messages) {
            // Unfinished ones are complete()'s to report.
            if (m.obsolete || m.unfinished || !hasWord(m.source) ||
                !m.translations.contains(m.source) ||
                sameInLanguage().contains({language, m.source}))
                continue;
            problems << u"%1: \"%2\""_s.arg(m.context, m.source);
        }
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(),
                 qPrintable(u"%1 finished translation(s) in s15n_%2.ts are the English source "
                            "text (translate them, or add them to sameInLanguage() with the "
                            "reason):\n"_s
                                .arg(problems.size())
                                .arg(language) +
                            problems.join(u'\n')));
    }

    void wordsIgnoreMarkup_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("expected");
        QTest::newRow("word") << u"Proxy"_s << true;
        QTest::newRow("accelerator inside") << u"Pro&xy:"_s << true;
        QTest::newRow("placeholders") << u"%1 (%2)"_s << false;
        QTest::newRow("two letters") << u"%1 h %2 s"_s << false;
        QTest::newRow("tags") << u"<b>%1</b>"_s << false;
        QTest::newRow("accented") << u"été"_s << true;
    }

    void wordsIgnoreMarkup()
    {
        QFETCH(QString, text);
        QFETCH(bool, expected);
        QCOMPARE(::hasWord(text), expected);
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

    // English shows "1 row", "2 rows" for tr("%n row(s)"), also as the fallback for a
    // language s15n has no translation for.
    void englishPluralForms_data()
    {
        QTest::addColumn<QLocale>("locale");
        QTest::newRow("en") << QLocale(QLocale::English);
        QTest::newRow("de (no translation)") << QLocale(QLocale::German);
    }

    void englishPluralForms()
    {
        QFETCH(QLocale, locale);
        s15n::ui::installTranslations(locale);
        const auto rows = [](int n) {
            return QCoreApplication::translate("s15n::ui::DataPage", "%n row(s).", nullptr, n);
        };
        QCOMPARE(rows(1), u"1 row."_s);
        QCOMPARE(rows(2), u"2 rows."_s);
        QCOMPARE(QCoreApplication::translate("s15n::ui::ResourceTableModel", "(%n byte(s))",
                                             nullptr, 11),
                 u"(11 bytes)"_s);
        // A plain message is left as it is.
        QCOMPARE(QCoreApplication::translate("s15n::ui::MainWindow", "s15n administration"),
                 u"s15n administration"_s);
    }

    // Every numerus message has both English forms, and they differ from "(s)".
    void englishPluralsComplete()
    {
        QString error;
        const QList<Message> messages = readTs(tsFile(u"en"_s), &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        QStringList problems;
        for (const Message &m : messages) {
            if (m.obsolete)
                continue;
            if (m.unfinished || m.translations.size() != 2 ||
                m.translations.join(QString()).contains(u"(s)"_s))
                problems << m.source;
        }
        QVERIFY2(problems.isEmpty(),
                 qPrintable(u"s15n_en.ts needs its plural forms for: "_s + problems.join(u"; ")));
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
