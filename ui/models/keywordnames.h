#pragma once

#include "capture/resource.h"
#include "log/synclog.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace s15n::ui {

// The one place where the keywords s15n stores and the CLI prints (a log entry's mode,
// direction, action and result, a job's last result, a resource's mode, strategy and
// policies, durations) become words for people, in the language of the translators
// installed. Models keep the stored keyword for code (their raw roles) and show these in
// Qt::DisplayRole. A keyword this version does not know (written by a newer s15n sharing the
// database) shows as it is stored.
//
// In English most names are the keywords themselves (the Log page shows "pull page" as
// `s15n log` does); translations make them French or Spanish.
class KeywordNames
{
    Q_DECLARE_TR_FUNCTIONS(s15n::ui::KeywordNames)

public:
    KeywordNames() = delete;

    // Results of a log entry or job run (SyncLog::resultName: success, warning, error, fatal;
    // any case).
    static QString displayResult(LogResult result);
    static QString displayResult(const QString &keyword);

    // A log entry's mode: pull, push.
    static QString displayLogMode(const QString &keyword);
    // A log entry's direction: incoming, outgoing.
    static QString displayDirection(const QString &keyword);
    // A log entry's action: round, pull page, push page, register, ...
    static QString displayAction(const QString &keyword);

    // A resource's mode (pull, push, both): "Pull only", ...
    static QString displayResourceMode(SyncMode mode);
    static QString displayResourceMode(const QString &keyword);
    // One operation of a strategy: create, update, delete.
    static QString displayOperation(const QString &keyword);
    // The operations a strategy allows, as a list ("create, update").
    static QString displayStrategy(const Strategy &strategy);
    // A strategy as stored ("create,update"); unknown parts as they are.
    static QString displayStrategy(const QString &keywords);
    // A policy (THIS, OTHER, NEWER, MASTER, MANUAL; any case).
    static QString displayPolicy(Policy policy);
    static QString displayPolicy(const QString &keyword);
    // What a policy does, one sentence.
    static QString describePolicy(Policy policy);

    // A duration the way the CLI writes it (Schedule::formatDuration: 1d2h30m), with the
    // units of the language.
    static QString displayDuration(qint64 seconds);

    // The keywords this version knows, for tests: every one has a translated name.
    static QStringList logModes();
    static QStringList directions();
    static QStringList actions();
};

} // namespace s15n::ui
