#include "version.h"

#include <QStringList>

#include <algorithm>

namespace s15n {

namespace {
constexpr int kMillisDigits = 12;
constexpr int kCounterDigits = 4;
constexpr int kNodeDigits = 32;
constexpr int kVersionLength = kMillisDigits + 1 + kCounterDigits + 1 + kNodeDigits;

bool isLowerHex(QStringView text)
{
    return std::all_of(text.begin(), text.end(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
               (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
}
} // namespace

QString Version::toString() const
{
    if (isNull())
        return QString();
    return QStringLiteral("%1-%2-%3")
        .arg(millis, kMillisDigits, 16, QLatin1Char('0'))
        .arg(counter, kCounterDigits, 16, QLatin1Char('0'))
        .arg(node.toString(QUuid::Id128));
}

std::optional<Version> Version::fromString(QStringView text)
{
    if (text.size() != kVersionLength || text[kMillisDigits] != QLatin1Char('-') ||
        text[kMillisDigits + 1 + kCounterDigits] != QLatin1Char('-'))
        return std::nullopt;
    const QStringView millisText = text.mid(0, kMillisDigits);
    const QStringView counterText = text.mid(kMillisDigits + 1, kCounterDigits);
    const QStringView nodeText = text.mid(kMillisDigits + 1 + kCounterDigits + 1);
    if (!isLowerHex(millisText) || !isLowerHex(counterText) || !isLowerHex(nodeText))
        return std::nullopt;
    Version v;
    bool ok = false;
    v.millis = millisText.toLongLong(&ok, 16);
    if (!ok)
        return std::nullopt;
    v.counter = static_cast<quint16>(counterText.toUInt(&ok, 16));
    if (!ok)
        return std::nullopt;
    v.node = QUuid::fromString(QStringView(
        QString(QLatin1Char('{') + nodeText.mid(0, 8) + QLatin1Char('-') + nodeText.mid(8, 4) +
                QLatin1Char('-') + nodeText.mid(12, 4) + QLatin1Char('-') + nodeText.mid(16, 4) +
                QLatin1Char('-') + nodeText.mid(20) + QLatin1Char('}'))));
    if (v.node.isNull())
        return std::nullopt;
    return v;
}

bool operator<(const Version &a, const Version &b)
{
    if (a.millis != b.millis)
        return a.millis < b.millis;
    if (a.counter != b.counter)
        return a.counter < b.counter;
    return a.node.toString(QUuid::Id128) < b.node.toString(QUuid::Id128);
}

Ancestry::Ancestry(QList<Version> versions) : m_versions(std::move(versions))
{
    if (m_versions.size() > kMaxLength)
        m_versions.resize(kMaxLength);
}

bool Ancestry::contains(const Version &version) const
{
    return m_versions.contains(version);
}

QString Ancestry::toString() const
{
    QStringList parts;
    parts.reserve(m_versions.size());
    for (const Version &v : m_versions)
        parts.append(v.toString());
    return parts.join(QLatin1Char(' '));
}

std::optional<Ancestry> Ancestry::fromString(QStringView text)
{
    QList<Version> versions;
    const QStringView trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Ancestry();
    for (QStringView part : trimmed.split(QLatin1Char(' '), Qt::SkipEmptyParts)) {
        const std::optional<Version> v = Version::fromString(part);
        if (!v)
            return std::nullopt;
        versions.append(*v);
    }
    return Ancestry(versions); // a longer history from a peer is cut to the newest entries
}

Ancestry Ancestry::after(const Version &previous, const Ancestry &previousAncestry)
{
    if (previous.isNull())
        return previousAncestry;
    QList<Version> versions{previous};
    versions.append(previousAncestry.versions());
    return Ancestry(versions);
}

Ancestry Ancestry::merged(const Version &a, const Ancestry &aAncestry, const Version &b,
                          const Ancestry &bAncestry)
{
    QList<Version> all;
    const auto add = [&all](const Version &v) {
        if (!v.isNull() && !all.contains(v))
            all.append(v);
    };
    add(a);
    add(b);
    for (const Version &v : aAncestry.versions())
        add(v);
    for (const Version &v : bAncestry.versions())
        add(v);
    // Newest first, so truncation drops the oldest history; both heads always survive.
    std::sort(all.begin() + std::min<qsizetype>(all.size(), 2), all.end(),
              [](const Version &x, const Version &y) { return y < x; });
    return Ancestry(all);
}

Ancestry Ancestry::resolved(const Version &winner, const Ancestry &winnerAncestry,
                            const Version &loser, const Ancestry &loserAncestry)
{
    Ancestry all = merged(loser, loserAncestry, loser, winnerAncestry);
    QList<Version> versions = all.versions();
    versions.removeAll(winner);
    return Ancestry(versions);
}

Relation relate(const Version &ours, const Ancestry &ourAncestry, const Version &theirs,
                const Ancestry &theirAncestry)
{
    if (ours.isNull())
        return Relation::New;
    if (ours == theirs)
        return Relation::Same;
    // Each side claiming to descend from the other: they resolved one conflict with
    // different winners. It is still a conflict.
    if (theirAncestry.contains(ours) && ourAncestry.contains(theirs))
        return Relation::Conflict;
    if (theirAncestry.contains(ours))
        return Relation::Descendant;
    if (ourAncestry.contains(theirs))
        return Relation::Ancestor;
    return Relation::Conflict;
}

QString toString(Relation relation)
{
    switch (relation) {
    case Relation::New:
        return QStringLiteral("new");
    case Relation::Same:
        return QStringLiteral("same");
    case Relation::Descendant:
        return QStringLiteral("descendant");
    case Relation::Ancestor:
        return QStringLiteral("ancestor");
    case Relation::Conflict:
        return QStringLiteral("conflict");
    }
    return QString();
}

} // namespace s15n
