#pragma once

#include "sync/policy.h"

#include <QString>

#include <optional>

namespace s15n {

enum class SyncMode { Pull, Push, Both };

std::optional<SyncMode> syncModeFromString(QStringView text);
QString toString(SyncMode mode);

// A synced table and how incoming changes to it are treated.
struct Resource
{
    QString table;
    QString uuidColumn = QStringLiteral("uuid");
    SyncMode mode = SyncMode::Both;
    Strategy strategy;
    Policy updatePolicy = Policy::Newer;
    Policy conflictPolicy = Policy::Newer;

    bool pulls() const { return mode != SyncMode::Push; }
    bool pushes() const { return mode != SyncMode::Pull; }
};

} // namespace s15n
