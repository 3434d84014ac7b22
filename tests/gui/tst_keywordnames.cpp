// KeywordNames: every keyword core stores (log modes, directions, actions and results, job
// results, resource modes, strategies and policies) has a translatable name, found by
// scanning core's sources for the actions it writes; an unknown keyword shows as itself;
// durations read as the CLI's in English. With the French translation installed, the Log,
// Resources and Schedule models and the dialogs show those names and keep the keywords for
// code, and pass QAbstractItemModelTester.
#include "capture/resourcestore.h"
#include "client/repositorystore.h"
#include "dialogs/logdetailsdialog.h"
#include "dialogs/resourcedialog.h"
#include "models/jobmodel.h"
#include "models/keywordnames.h"
#include "models/logmodel.h"
#include "models/resourcemodel.h"
#include "schedule/jobstore.h"
#include "schedule/schedule.h"
#include "storage/node.h"
#include "translations.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDirIterator>
#include <QLabel>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTranslator>
#include <QtTest>

#include "guitestmain.h"

#include <memory>
#include <tuple>

using namespace s15n;
using namespace s15n::ui;
using namespace Qt::StringLiterals;

namespace {

const char kContext[] = "s15n::ui::KeywordNames";

// Marks every message of KeywordNames as translated ("[text]"), so a test sees which
// keywords went through tr() and which were shown as they are.
class MarkingTranslator : public QTranslator
{
public:
    bool isEmpty() const override { return false; }
    QString translate(const char *context, const char *sourceText, const char *disambiguation,
                      int n) const override
    {
        Q_UNUSED(disambiguation);
        Q_UNUSED(n);
        if (qstrcmp(context, kContext) != 0)
            return QString();
        return u'[' + QString::fromUtf8(sourceText) + u']';
    }
};

bool marked(const QString &text)
{
    return text.size() > 2 && text.startsWith(u'[') && text.endsWith(u']');
}

// What core writes into a log entry's action, mode and direction, read from its sources: the
// string literals assigned to `.action`, `.mode`, `.direction` or a `QString action`, and
// those passed to an `entry(...)` helper (the last one the action, any before it modes).
struct Written
{
    QSet<QString> actions;
    QSet<QString> modes;
    QSet<QString> directions;
};

Written scanCore(QString *error)
{
    Written written;
    const QString core = QStringLiteral(S15N_TEST_SCRIPTS "/../../core");
    static const QRegularExpression literal(u"QStringLiteral\\(\"([^\"]*)\"\\)"_s);
    static const QRegularExpression action(u"(\\.action|QString action) = "_s);
    static const QRegularExpression mode(u"\\.mode = "_s);
    static const QRegularExpression direction(u"\\.direction = "_s);
    static const QRegularExpression entryCall(u"\\bentry\\((.*)"_s);
    auto literals = [](const QString &text) {
        QStringList found;
        for (auto it = literal.globalMatch(text); it.hasNext();)
            found << it.next().captured(1);
        return found;
    };
    int files = 0;
    for (QDirIterator it(core, {u"*.cpp"_s}, QDir::Files, QDirIterator::Subdirectories);
         it.hasNext();) {
        QFile file(it.next());
        if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
            *error = file.fileName() + u": "_s + file.errorString();
            return {};
        }
        const QString text = QString::fromUtf8(file.readAll());
        if (!text.contains(u"LogEntry"_s))
            continue;
        ++files;
        for (const QString &line : text.split(u'\n')) {
            const QStringList all = literals(line);
            if (all.isEmpty())
                continue;
            if (action.match(line).hasMatch())
                for (const QString &s : all)
                    written.actions.insert(s);
            if (mode.match(line).hasMatch())
                for (const QString &s : all)
                    written.modes.insert(s);
            if (direction.match(line).hasMatch())
                for (const QString &s : all)
                    written.directions.insert(s);
            if (const auto call = entryCall.match(line); call.hasMatch()) {
                const QStringList arguments = literals(call.captured(1));
                if (!arguments.isEmpty()) {
                    written.actions.insert(arguments.last());
                    for (qsizetype i = 0; i + 1 < arguments.size(); ++i)
                        written.modes.insert(arguments.at(i));
                }
            }
        }
    }
    if (files == 0)
        *error = u"no source of core writes a LogEntry under "_s + core;
    return written;
}

QStringList sorted(const QSet<QString> &set)
{
    QStringList list(set.cbegin(), set.cend());
    list.sort();
    return list;
}

} // namespace

class TestKeywordNames : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        QLoggingCategory::setFilterRules(u"s15n.log=false"_s);
        QVERIFY(m_dir.isValid());
        installTranslations(QLocale(QLocale::English));
    }

    void cleanupTestCase() { installTranslations(QLocale(QLocale::English)); }

    void coreWritesOnlyKnownLogKeywords()
    {
        QString error;
        const Written written = scanCore(&error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        // The scan still finds what it should (core's code may have changed shape).
        for (const QString &a : {u"round"_s, u"pull page"_s, u"push page"_s, u"serve push"_s,
                                 u"take theirs"_s, u"job"_s})
            QVERIFY2(written.actions.contains(a), qPrintable(a));
        const QStringList actions = KeywordNames::actions();
        for (const QString &a : sorted(written.actions))
            QVERIFY2(actions.contains(a),
                     qPrintable(
                         u"core writes the action '%1': give it a name in KeywordNames"_s.arg(a)));
        for (const QString &m : sorted(written.modes))
            QVERIFY2(KeywordNames::logModes().contains(m), qPrintable(m));
        for (const QString &d : sorted(written.directions))
            QVERIFY2(KeywordNames::directions().contains(d), qPrintable(d));
        // SyncRound derives the direction from the mode.
        for (const QString &m : KeywordNames::logModes())
            QVERIFY(toString(*syncModeFromString(m)) == m);
    }

    void everyKeywordHasATranslatableName()
    {
        MarkingTranslator marking;
        QVERIFY(QCoreApplication::installTranslator(&marking));
        QStringList unnamed;
        auto check = [&unnamed](const QString &what, const QString &keyword, const QString &shown) {
            if (!marked(shown))
                unnamed << u"%1 '%2' shows '%3'"_s.arg(what, keyword, shown);
        };
        for (LogResult r :
             {LogResult::Success, LogResult::Warning, LogResult::Error, LogResult::Fatal}) {
            // Logs and jobs (JobStore::finishRun) store SyncLog::resultName.
            const QString keyword = SyncLog::resultName(r);
            check(u"result"_s, keyword, KeywordNames::displayResult(keyword));
            check(u"result"_s, keyword.toUpper(), KeywordNames::displayResult(keyword.toUpper()));
            QCOMPARE(KeywordNames::displayResult(keyword), KeywordNames::displayResult(r));
        }
        for (const QString &m : KeywordNames::logModes())
            check(u"log mode"_s, m, KeywordNames::displayLogMode(m));
        for (const QString &d : KeywordNames::directions())
            check(u"direction"_s, d, KeywordNames::displayDirection(d));
        QVERIFY(KeywordNames::actions().size() >= 20);
        for (const QString &a : KeywordNames::actions())
            check(u"action"_s, a, KeywordNames::displayAction(a));
        for (SyncMode m : {SyncMode::Pull, SyncMode::Push, SyncMode::Both}) {
            check(u"resource mode"_s, toString(m), KeywordNames::displayResourceMode(toString(m)));
            QCOMPARE(KeywordNames::displayResourceMode(toString(m)),
                     KeywordNames::displayResourceMode(m));
        }
        const Strategy all;
        const QStringList operations = all.toString().split(u',');
        QCOMPARE(operations.size(), 3);
        for (const QString &o : operations)
            check(u"operation"_s, o, KeywordNames::displayOperation(o));
        for (Policy p :
             {Policy::This, Policy::Other, Policy::Newer, Policy::Master, Policy::Manual}) {
            check(u"policy"_s, toString(p), KeywordNames::displayPolicy(toString(p)));
            check(u"policy"_s, toString(p).toLower(),
                  KeywordNames::displayPolicy(toString(p).toLower()));
            check(u"policy description"_s, toString(p), KeywordNames::describePolicy(p));
            QCOMPARE(KeywordNames::displayPolicy(toString(p)), KeywordNames::displayPolicy(p));
        }
        QCoreApplication::removeTranslator(&marking);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(u'\n')));
        // No translator: names in English, none empty.
        for (const QString &a : KeywordNames::actions())
            QVERIFY(!KeywordNames::displayAction(a).isEmpty());
    }

    void strategies_data()
    {
        QTest::addColumn<QString>("stored");
        QTest::addColumn<QString>("shown");
        QTest::newRow("all") << u"create,update,delete"_s << u"[create], [update], [delete]"_s;
        QTest::newRow("one") << u"update"_s << u"[update]"_s;
        QTest::newRow("unknown part") << u"create,merge"_s << u"[create], merge"_s;
        QTest::newRow("none") << QString() << QString();
    }

    void strategies()
    {
        QFETCH(QString, stored);
        QFETCH(QString, shown);
        // The separator is translatable too: mark only the names here.
        struct : QTranslator
        {
            bool isEmpty() const override { return false; }
            QString translate(const char *context, const char *source, const char *,
                              int) const override
            {
                if (qstrcmp(context, kContext) != 0 || qstrcmp(source, ", ") == 0)
                    return QString();
                return u'[' + QString::fromUtf8(source) + u']';
            }
        } marking;
        QVERIFY(QCoreApplication::installTranslator(&marking));
        const QString text = KeywordNames::displayStrategy(stored);
        QCoreApplication::removeTranslator(&marking);
        QCOMPARE(text, shown);
    }

    void unknownKeywordsShowAsTheyAre_data()
    {
        QTest::addColumn<QString>("keyword");
        QTest::newRow("unknown") << u"frobnicate"_s;
        QTest::newRow("empty") << QString();
        QTest::newRow("with spaces") << u"pull  page"_s;
    }

    void unknownKeywordsShowAsTheyAre()
    {
        QFETCH(QString, keyword);
        MarkingTranslator marking;
        QVERIFY(QCoreApplication::installTranslator(&marking));
        const QStringList shown{
            KeywordNames::displayResult(keyword),       KeywordNames::displayLogMode(keyword),
            KeywordNames::displayDirection(keyword),    KeywordNames::displayAction(keyword),
            KeywordNames::displayResourceMode(keyword), KeywordNames::displayOperation(keyword),
            KeywordNames::displayPolicy(keyword)};
        QCoreApplication::removeTranslator(&marking);
        for (const QString &s : shown)
            QCOMPARE(s, keyword);
    }

    void durationsReadAsTheCli_data()
    {
        QTest::addColumn<qint64>("seconds");
        for (qint64 s :
             {qint64(0), qint64(-5), qint64(1), qint64(59), qint64(60), qint64(90), qint64(3600),
              qint64(5400), qint64(86400), qint64(90061), qint64(7 * 86400 + 30)})
            QTest::newRow(qPrintable(QString::number(s))) << s;
    }

    void durationsReadAsTheCli()
    {
        // In English the CLI's own short form, which `s15n job add --every` takes.
        QFETCH(qint64, seconds);
        QCOMPARE(KeywordNames::displayDuration(seconds), Schedule::formatDuration(seconds));
    }

    void modelsAndDialogsInFrench()
    {
        QVERIFY(installTranslations(QLocale(QLocale::French)));
        auto restore = qScopeGuard([] { installTranslations(QLocale(QLocale::English)); });

        Result<DatabaseLocation> location =
            DatabaseLocation::parse(m_dir.filePath(u"node.sqlite"_s));
        QVERIFY2(location.ok(), qPrintable(location.message()));
        Result<std::unique_ptr<Node>> created = Node::create(location.value(), u"hq"_s, 1);
        QVERIFY2(created.ok(), qPrintable(created.message()));
        Node &node = *created.value();

        // The Log: every mode, direction and action in words, the keyword for code.
        SyncLog log(node.database());
        const QStringList actions = KeywordNames::actions();
        for (int i = 0; i < actions.size(); ++i) {
            LogEntry e;
            e.repository = u"north"_s;
            e.mode = KeywordNames::logModes().at(i % 2);
            e.direction = KeywordNames::directions().at(i % 2);
            e.action = actions.at(i);
            e.result = i % 3 ? LogResult::Success : LogResult::Error;
            QVERIFY(log.write(e).ok());
        }
        LogEntry unknown;
        unknown.action = u"frobnicate"_s;
        QVERIFY(log.write(unknown).ok());
        {
            LogModel model(node.database());
            QAbstractItemModelTester tester(&model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            QCOMPARE(model.rowCount(), actions.size() + 1);
            // The translator is there: an existing French header.
            QCOMPARE(model.headerData(int(LogModel::Column::Direction), Qt::Horizontal).toString(),
                     u"Sens"_s);
            auto cell = [&model](int row, LogModel::Column column, int role) {
                return model.index(row, int(column)).data(role);
            };
            using Column = LogModel::Column;
            for (int row = 0; row < model.rowCount(); ++row) {
                const LogEntry &e = model.entry(row);
                QCOMPARE(cell(row, Column::Mode, Qt::DisplayRole).toString(),
                         KeywordNames::displayLogMode(e.mode));
                QCOMPARE(cell(row, Column::Mode, LogModel::KeywordRole).toString(), e.mode);
                QCOMPARE(cell(row, Column::Direction, Qt::DisplayRole).toString(),
                         KeywordNames::displayDirection(e.direction));
                QCOMPARE(cell(row, Column::Direction, LogModel::KeywordRole).toString(),
                         e.direction);
                QCOMPARE(cell(row, Column::Action, Qt::DisplayRole).toString(),
                         KeywordNames::displayAction(e.action));
                QCOMPARE(cell(row, Column::Action, LogModel::KeywordRole).toString(), e.action);
                QCOMPARE(cell(row, Column::Result, Qt::DisplayRole).toString(),
                         KeywordNames::displayResult(e.result));
                QCOMPARE(cell(row, Column::Result, LogModel::KeywordRole).toString(),
                         SyncLog::resultName(e.result));
                QVERIFY(!cell(row, Column::Message, LogModel::KeywordRole).isValid());
            }
            QCOMPARE(cell(0, Column::Action, Qt::DisplayRole).toString(), u"frobnicate"_s);
            QCOMPARE(LogModel::resultText(LogResult::Fatal),
                     KeywordNames::displayResult(LogResult::Fatal));

            // The details: the words, and the keyword when they differ.
            int pullRow = -1;
            for (int row = 0; row < model.rowCount() && pullRow < 0; ++row)
                if (model.entry(row).action == u"pull page"_s)
                    pullRow = row;
            QVERIFY(pullRow >= 0);
            const LogEntry &pull = model.entry(pullRow);
            LogDetailsDialog dialog(pull);
            auto text = [&dialog](const char *name) {
                auto *label = dialog.findChild<QLabel *>(QString::fromLatin1(name));
                return label ? label->text() : u"(no label %1)"_s.arg(QLatin1String(name));
            };
            const QString action = KeywordNames::displayAction(pull.action);
            QVERIFY2(text("detailAction").startsWith(action), qPrintable(text("detailAction")));
            QVERIFY2(text("detailAction").contains(pull.action), qPrintable(text("detailAction")));
            QVERIFY(text("detailMode").startsWith(KeywordNames::displayLogMode(pull.mode)));
            QVERIFY(
                text("detailDirection").startsWith(KeywordNames::displayDirection(pull.direction)));
            QVERIFY(text("detailResult").startsWith(KeywordNames::displayResult(pull.result)));
            QCOMPARE(text("detailAction") == pull.action, action == pull.action);
        }

        // The Resources: words in DisplayRole, the keywords in UserRole.
        QVERIFY(
            node.database().exec(u"CREATE TABLE stock (id INTEGER PRIMARY KEY, name TEXT)"_s).ok());
        Resource r;
        r.table = u"stock"_s;
        r.mode = SyncMode::Pull;
        r.strategy.remove = false;
        r.updatePolicy = Policy::This;
        r.conflictPolicy = Policy::Manual;
        const Status added = ResourceStore(node).add(r);
        QVERIFY2(added.ok(), qPrintable(added.message()));
        {
            ResourceModel model(node);
            QAbstractItemModelTester tester(&model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            QVERIFY(model.reload().ok());
            const int row = model.rowOf(u"stock"_s);
            QVERIFY(row >= 0);
            QCOMPARE(model.headerData(int(ResourceModel::Column::UpdatePolicy), Qt::Horizontal)
                         .toString(),
                     u"Politique de mise à jour"_s);
            using Column = ResourceModel::Column;
            const QList<std::tuple<Column, QString, QString>> expected{
                {Column::Mode, KeywordNames::displayResourceMode(SyncMode::Pull), u"pull"_s},
                {Column::Strategy, KeywordNames::displayStrategy(r.strategy), u"create,update"_s},
                {Column::UpdatePolicy, KeywordNames::displayPolicy(Policy::This), u"THIS"_s},
                {Column::ConflictPolicy, KeywordNames::displayPolicy(Policy::Manual), u"MANUAL"_s},
            };
            for (const auto &[column, shown, stored] : expected) {
                const QModelIndex index = model.index(row, int(column));
                QCOMPARE(index.data(Qt::DisplayRole).toString(), shown);
                QCOMPARE(index.data(Qt::UserRole).toString(), stored);
            }
            QVERIFY(model.index(row, int(Column::UpdatePolicy))
                        .data(Qt::ToolTipRole)
                        .toString()
                        .contains(KeywordNames::describePolicy(Policy::This)));
        }
        {
            ResourceDialog dialog(node, ResourceStore(node).list().value().constFirst());
            auto *mode = dialog.findChild<QComboBox *>(u"resMode"_s);
            auto *update = dialog.findChild<QComboBox *>(u"resUpdatePolicy"_s);
            auto *conflict = dialog.findChild<QComboBox *>(u"resConflictPolicy"_s);
            QVERIFY(mode && update && conflict);
            QCOMPARE(mode->currentText(), KeywordNames::displayResourceMode(SyncMode::Pull));
            QCOMPARE(mode->currentData().toInt(), int(SyncMode::Pull));
            QCOMPARE(update->currentText(), KeywordNames::displayPolicy(Policy::This));
            QCOMPARE(update->currentData().toInt(), int(Policy::This));
            QCOMPARE(conflict->currentText(), KeywordNames::displayPolicy(Policy::Manual));
            QVERIFY(conflict->toolTip().contains(KeywordNames::displayPolicy(Policy::Manual)));
            // What the dialog stores is still the keywords' values.
            QCOMPARE(dialog.resource().strategy.toString(), u"create,update"_s);
            QCOMPARE(toString(dialog.resource().conflictPolicy), u"MANUAL"_s);
        }

        // The Schedule: the last result in words, the keyword for code; durations.
        Repository north;
        north.name = u"north"_s;
        north.url = QUrl(u"https://north.example.org"_s);
        north.username = u"hq"_s;
        QVERIFY(RepositoryStore(node.database()).add(north).ok());
        JobStore jobs(node.database());
        const QDateTime now = QDateTime::currentDateTimeUtc();
        Job job;
        job.repository = north.name;
        job.startAt = now.addSecs(-60);
        job.everySeconds = 86400 + 3600;
        job.timeoutSeconds = 600;
        Result<qint64> id = jobs.add(job, now);
        QVERIFY2(id.ok(), qPrintable(id.message()));
        Result<Job> stored = jobs.find(id.value());
        QVERIFY(stored.ok());
        Result<bool> claimed = jobs.claim(stored.value(), now);
        QVERIFY(claimed.ok() && claimed.value());
        Result<bool> finished = jobs.finishRun(id.value(), now, LogResult::Fatal, now);
        QVERIFY(finished.ok() && finished.value());
        {
            JobModel model(node);
            QAbstractItemModelTester tester(&model,
                                            QAbstractItemModelTester::FailureReportingMode::QtTest);
            QVERIFY(model.setRepository(north.name).ok());
            QCOMPARE(model.rowCount(), 1);
            using Column = JobModel::Column;
            const QModelIndex last = model.index(0, int(Column::LastRun));
            QVERIFY2(last.data().toString().contains(KeywordNames::displayResult(LogResult::Fatal)),
                     qPrintable(last.data().toString()));
            QCOMPARE(last.data(JobModel::LastResultRole).toString(), u"fatal"_s);
            QVERIFY(!model.index(0, int(Column::Every)).data(JobModel::LastResultRole).isValid());
            QCOMPARE(model.index(0, int(Column::Every)).data().toString(),
                     KeywordNames::displayDuration(86400 + 3600));
            QCOMPARE(model.index(0, int(Column::Every)).data(Qt::UserRole).toLongLong(),
                     86400 + 3600);
            QCOMPARE(model.index(0, int(Column::Timeout)).data().toString(),
                     KeywordNames::displayDuration(600));
        }
    }

private:
    QTemporaryDir m_dir;
};

S15N_GUI_TEST_MAIN(TestKeywordNames)
#include "tst_keywordnames.moc"
