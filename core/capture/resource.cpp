#include "resource.h"

namespace s15n {

std::optional<SyncMode> syncModeFromString(QStringView text)
{
    const QString lower = text.trimmed().toString().toLower();
    if (lower == QLatin1String("pull"))
        return SyncMode::Pull;
    if (lower == QLatin1String("push"))
        return SyncMode::Push;
    if (lower == QLatin1String("both"))
        return SyncMode::Both;
    return std::nullopt;
}

QString toString(SyncMode mode)
{
    switch (mode) {
    case SyncMode::Pull:
        return QStringLiteral("pull");
    case SyncMode::Push:
        return QStringLiteral("push");
    case SyncMode::Both:
        return QStringLiteral("both");
    }
    return QString();
}

} // namespace s15n
