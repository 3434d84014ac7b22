#pragma once

// Shared by the Children page tests (tests/gui/tst_childrenpage.cpp, tst_childbackup.cpp): the
// page with its questions answered, and a parent node with the sample data for each test.

#include "pages/childrenpage.h"
#include "server/childstore.h"
#include "storage/node.h"
#include "storage/nodesetup.h"

#include <QTemporaryDir>
#include <QtTest>

#include <memory>

// Its own namespace: httptest.h, which the tests include too, has a kPassword of its own.
namespace s15n::test::childrenpage {

inline const QString kPassword = QStringLiteral("s3cret-pw");

// The page, with its questions answered, its message boxes recorded and the file name of a
// backup given by the test instead of a file dialog.
class Page : public ui::ChildrenPage
{
public:
    using ChildrenPage::ChildrenPage;

    bool answer = true;
    QStringList questions;
    QStringList errors;
    QString nextPath;
    QStringList pathTitles;
    QStringList suggestions;

protected:
    bool confirm(const QString &, const QString &question) override
    {
        questions << question;
        return answer;
    }
    void showError(const QString &title, const QString &message) override
    {
        errors << title + QStringLiteral(": ") + message;
    }
    QString askBackupPath(const QString &title, const QString &suggested) override
    {
        pathTitles << title;
        suggestions << suggested;
        return nextPath;
    }
};

template <typename T> T *child(QObject *parent, const char *name)
{
    auto *w = parent->findChild<T *>(QString::fromLatin1(name));
    if (!w)
        qFatal("no widget %s", name);
    return w;
}

// A test's parent node: its class derives from this and QObject, opens the node in init() and
// resets m_node in cleanup().
class ChildrenPageFixture
{
protected:
    void openParentNode()
    {
        Result<DatabaseLocation> location = DatabaseLocation::parse(
            m_dir.filePath(QStringLiteral("parent%1.sqlite").arg(++m_nodes)));
        QVERIFY(location.ok());
        Result<std::unique_ptr<Node>> node =
            NodeSetup::create(location.value(), QStringLiteral("warehouse"), 1, true);
        QVERIFY2(node.ok(), qPrintable(node.message()));
        m_node = std::move(node.value());
    }

    ChildStore store() { return ChildStore(m_node->database()); }

    // Adds a child through the core (as `s15n child add` does), for tests of other actions.
    void addDirectly(const QString &nickname, const QString &user, const QUuid &uuid = {},
                     const QStringList &excluded = {})
    {
        NewChild c;
        c.nickname = nickname;
        c.username = user;
        c.uuid = uuid;
        c.password = kPassword;
        c.excludedTables = excluded;
        const Status added = store().add(c);
        QVERIFY2(added.ok(), qPrintable(added.message()));
    }

    QTemporaryDir m_dir;
    std::unique_ptr<Node> m_node;
    int m_nodes = 0;
};

} // namespace s15n::test::childrenpage
