#include "servenode.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

#include <csignal>

using namespace Qt::StringLiterals;

namespace s15n::test {

namespace {

QString describe(const ProcessResult &r)
{
    return u"exit %1\nstdout: %2\nstderr: %3"_s.arg(r.exitCode).arg(r.out, r.err);
}

} // namespace

ServerProcess::~ServerProcess()
{
    if (process && process->state() != QProcess::NotRunning) {
        process->kill();
        process->waitForFinished(10000);
    }
}

QString describeServer(const ServerProcess &server)
{
    return u"server %1: %2"_s.arg(server.url, server.output);
}

void startServer(const ExchangeNode &node, ServerProcess *server, const QStringList &extra,
                 quint16 port)
{
    server->process = std::make_unique<QProcess>();
    server->process->setProcessEnvironment(node.env);
    server->process->setProcessChannelMode(QProcess::MergedChannels);
    QStringList args{u"serve"_s, u"--db"_s, node.db, u"--listen"_s,
                     u"127.0.0.1:%1"_s.arg(port)};
    args << extra;
    server->output.clear();
    server->process->start(QStringLiteral(S15N_BINARY), args);
    QVERIFY2(server->process->waitForStarted(10000), qPrintable(server->process->errorString()));
    static const QRegularExpression listening(u"Listening on (https?)://127\\.0\\.0\\.1:(\\d+)"_s);
    QDeadlineTimer deadline(20000);
    while (!deadline.hasExpired()) {
        if (server->process->state() == QProcess::NotRunning)
            break;
        server->process->waitForReadyRead(200);
        server->output += QString::fromUtf8(server->process->readAll());
        const QRegularExpressionMatch m = listening.match(server->output);
        if (m.hasMatch()) {
            server->port = quint16(m.captured(2).toUInt());
            server->url = u"%1://127.0.0.1:%2"_s.arg(m.captured(1)).arg(server->port);
            return;
        }
    }
    server->output += QString::fromUtf8(server->process->readAll());
    QFAIL(qPrintable(u"s15n serve did not start listening: "_s + server->output));
}

void stopServer(ServerProcess *server)
{
    if (!server->process || server->process->state() == QProcess::NotRunning)
        return;
    server->process->terminate();
    const bool finished = server->process->waitForFinished(20000);
    server->output += QString::fromUtf8(server->process->readAll());
    QVERIFY2(finished, qPrintable(describeServer(*server)));
    QVERIFY2(server->process->exitStatus() == QProcess::NormalExit &&
                 server->process->exitCode() == 0,
             qPrintable(describeServer(*server)));
}

void killServer(ServerProcess *server)
{
    if (!server->process || server->process->state() == QProcess::NotRunning)
        return;
    ::kill(pid_t(server->process->processId()), SIGKILL);
    QVERIFY(server->process->waitForFinished(20000));
    server->output += QString::fromUtf8(server->process->readAll());
}

ProcessResult runNodeWithInput(const ExchangeNode &node, QStringList args, const QByteArray &input)
{
    args << u"--db"_s << node.db;
    return runS15n(args, node.env, input);
}

void addAccount(const ExchangeNode &node, const QString &user, const QString &password,
                const QStringList &extra)
{
    QStringList args{u"account"_s, u"add"_s, user};
    args << extra;
    const ProcessResult r = runNodeWithInput(node, args, password.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
}

void addRepository(const ExchangeNode &node, const QString &name, const QString &url,
                   const QString &user, const QString &password, const QStringList &extra)
{
    QStringList args{u"repo"_s, u"add"_s, name, url, u"--user"_s, user};
    args << extra;
    const ProcessResult r = runNodeWithInput(node, args, password.toUtf8() + '\n');
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
}

ProcessResult syncWith(const ExchangeNode &node, const QString &repository,
                       const QStringList &extra)
{
    QStringList args{u"sync"_s, repository};
    args << extra;
    return runNode(node, args);
}

void readLog(const ExchangeNode &node, QJsonArray *entries, const QStringList &extra)
{
    QStringList args{u"log"_s, u"--json"_s, u"--limit"_s, u"100000"_s};
    args << extra;
    const ProcessResult r = runNode(node, args);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out.toUtf8(), &error);
    QVERIFY2(doc.isArray(), qPrintable(error.errorString() + u"\n"_s + r.out));
    *entries = doc.array();
}

qint64 sumLog(const QJsonArray &entries, const QString &action, const QString &count)
{
    qint64 sum = 0;
    for (const QJsonValue &v : entries) {
        const QJsonObject o = v.toObject();
        if (o.value(u"action"_s).toString() == action)
            sum += o.value(count).toInteger();
    }
    return sum;
}

} // namespace s15n::test
