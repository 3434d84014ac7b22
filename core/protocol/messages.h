#pragma once

#include "capture/resource.h"
#include "sync/applyengine.h"
#include "util/status.h"

#include <QByteArray>
#include <QList>
#include <QUuid>

namespace s15n {

// The small XML bodies of the HTTP protocol besides change documents (core/sync/PROTOCOL.md,
// "HTTP endpoints"). Each parse function rejects anything unexpected with a message.
namespace messages {

inline constexpr int kFormatVersion = 1;

struct NodeInfo
{
    QUuid uuid;
    QString name;
    int syncId = 0;
    qint64 timeMs = 0; // the server's clock when it answered
    qint64 maxBodyBytes = 0; // the largest request body it accepts (0: not said)
    QList<Resource> resources;
};

struct Registration
{
    QUuid uuid;
    QString name;
    int syncId = 0;
};

struct Registered
{
    QUuid uuid; // the server's
    QString name;
    bool isNew = false; // false: this node was registered already (nothing duplicated)
};

struct PushResult
{
    QString resource;
    qint64 cursor = 0;  // the server's cursor for the pushing node after this page
    ApplyCounts counts; // with one result per record
};

QByteArray nodeInfoToXml(const NodeInfo &info);
Result<NodeInfo> nodeInfoFromXml(const QByteArray &xml);

QByteArray registrationToXml(const Registration &registration);
Result<Registration> registrationFromXml(const QByteArray &xml);

QByteArray registeredToXml(const Registered &registered);
Result<Registered> registeredFromXml(const QByteArray &xml);

QByteArray cursorToXml(const QString &resource, qint64 cursor);
Result<qint64> cursorFromXml(const QByteArray &xml, const QString &resource);

// The body of POST /s15n/v1/rows: the UUIDs of the rows asked for.
inline constexpr int kMaxRowsPerRequest = 1000;
QByteArray rowsRequestToXml(const QStringList &rowUuids);
// The UUIDs in a rows request, in order, without repeats. Fails on anything malformed (a UUID
// not in the lower-case form the change format uses). *tooMany (when given) is set when the
// body is otherwise fine but names more than `maxRows` rows (the failure says so).
Result<QStringList> rowsRequestFromXml(const QByteArray &xml, int maxRows = kMaxRowsPerRequest,
                                       bool *tooMany = nullptr);

// The parent's answer while it writes a child's backup (POST /s15n/v1/backup, and GET
// /s15n/v1/backup?id=ID until the zip is ready).
struct BackupState
{
    QString id; // the letters and digits GET asks with
    qint64 rowsDone = 0;
    qint64 rowsTotal = 0;
    QString table; // the table being written
};
QByteArray backupStateToXml(const BackupState &state);
Result<BackupState> backupStateFromXml(const QByteArray &xml);

QByteArray pushResultToXml(const PushResult &result);
Result<PushResult> pushResultFromXml(const QByteArray &xml);

// An error answer: the reason, for a person, and optionally a code for the program
// ("not-registered", "other-account"; see PROTOCOL.md).
QByteArray errorToXml(int httpStatus, const QString &message, const QString &code = {});
// The code of an error answer; empty if it has none.
QString errorCodeFromBody(const QByteArray &body);
// The reason in an error answer; the body itself (shortened) if it is not one.
QString errorFromBody(const QByteArray &body);

} // namespace messages
} // namespace s15n
