#pragma once

// Shared by the tests of a parent's children (tests/integration/tst_children.cpp,
// tst_childcommands.cpp): the children's password, a row per backend, and a check that a
// message says everything it should.

#include "nodefixture.h"

#include <QStringList>
#include <QTest>

#include <algorithm>

// Its own namespace: httptest.h has a kPassword of its own.
namespace s15n::test::childfixture {

inline const QString kPassword = QStringLiteral("child secret");

// The "backend" column, a row for each backend.
inline void addBackendRows()
{
    QTest::addColumn<Backend>("backend");
    for (Backend b : allBackends())
        QTest::newRow(qPrintable(toString(b))) << b;
}

// Whether `text` holds every one of `words`.
inline bool mentionsAll(const QString &text, const QStringList &words)
{
    return std::all_of(words.cbegin(), words.cend(),
                       [&](const QString &w) { return text.contains(w); });
}

} // namespace s15n::test::childfixture
