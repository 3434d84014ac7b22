#pragma once

#include <QList>
#include <QString>
#include <QUuid>

#include <optional>

namespace s15n {

// One hybrid-logical-clock timestamp plus the node that made it. Ordered by
// (millis, counter, node), so two different nodes never produce equal versions.
struct Version
{
    qint64 millis = 0;
    quint16 counter = 0;
    QUuid node;

    bool isNull() const { return millis == 0 && counter == 0 && node.isNull(); }
    // "<12 hex millis>-<4 hex counter>-<32 hex node>", sortable as text.
    QString toString() const;
    static std::optional<Version> fromString(QStringView text);

    friend bool operator==(const Version &a, const Version &b)
    {
        return a.millis == b.millis && a.counter == b.counter && a.node == b.node;
    }
    friend bool operator!=(const Version &a, const Version &b) { return !(a == b); }
    friend bool operator<(const Version &a, const Version &b);
};

// The versions a row's current version descends from, newest first, bounded.
class Ancestry
{
public:
    static constexpr int kMaxLength = 16;

    Ancestry() = default;
    explicit Ancestry(QList<Version> versions);

    const QList<Version> &versions() const { return m_versions; }
    bool isEmpty() const { return m_versions.isEmpty(); }
    bool contains(const Version &version) const;

    // Space-separated version strings; empty for none.
    QString toString() const;
    static std::optional<Ancestry> fromString(QStringView text);

    // The ancestry of a new version made on top of `previous`.
    static Ancestry after(const Version &previous, const Ancestry &previousAncestry);
    // The ancestry a conflict's winning version takes: it now descends from the loser too.
    // Both sides of a conflict that pick the same winner end with the same version, so the
    // next exchange moves nothing, even when both resolved it at the same time.
    static Ancestry resolved(const Version &winner, const Ancestry &winnerAncestry,
                             const Version &loser, const Ancestry &loserAncestry);
    // The ancestry of a version that resolves a conflict between a and b.
    static Ancestry merged(const Version &a, const Ancestry &aAncestry, const Version &b,
                           const Ancestry &bAncestry);

    friend bool operator==(const Ancestry &a, const Ancestry &b)
    {
        return a.m_versions == b.m_versions;
    }

private:
    QList<Version> m_versions;
};

// How an incoming version stands to the one we hold for the same row.
enum class Relation {
    New,        // we hold nothing for this row
    Same,       // identical version
    Descendant, // theirs descends from ours: a plain update
    Ancestor,   // we already hold a descendant of theirs: old news
    Conflict,   // both changed since they last agreed
};

Relation relate(const Version &ours, const Ancestry &ourAncestry, const Version &theirs,
                const Ancestry &theirAncestry);

QString toString(Relation relation);

} // namespace s15n
