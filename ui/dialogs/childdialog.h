#pragma once

#include "server/childstore.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QPushButton;

namespace s15n {
class Node;
}

namespace s15n::ui {

// Adds a child of this node (OpenMRS's "Add Child"), or edits one: the nickname (fixed when
// editing), the child's node UUID (may be left empty: its first registration fills it in), a
// new account for it (user name, fixed when editing, and the password typed twice; when
// editing, empty keeps the password), the tables it may not receive (the node's resources,
// checkable; the global exclusions are shown checked and fixed) and a note.
//
// OK checks everything as `s15n child add/edit` does, with the same messages, and changes
// nothing when one check fails: the dialog stays open saying why. Once stored it emits
// stored() and closes. Local work only (the database), so it runs on the GUI thread.
class ChildDialog : public QDialog
{
    Q_OBJECT
public:
    // Adds a child to `node`.
    explicit ChildDialog(Node &node, QWidget *parent = nullptr);
    // Edits `child` of `node`.
    ChildDialog(Node &node, const Child &child, QWidget *parent = nullptr);

    bool isEditing() const { return m_editing; }
    // What the dialog says now, and whether it is an error.
    QString message() const;
    bool messageIsError() const;

    // Fills `list` with `tables` (sorted, once each), checkable; those in `checked` checked,
    // those in `fixed` checked and disabled with `fixedToolTip`.
    static void fillTableList(QListWidget *list, QStringList tables, const QStringList &checked,
                              const QStringList &fixed = {},
                              const QString &fixedToolTip = QString());
    // The checked tables of `list` that can be changed (the fixed ones left out).
    static QStringList checkedTables(const QListWidget *list);
    // What a table list offers for `node`: its resources and `alsoShown` (tables excluded
    // already, resources or not), sorted; false with *error set when the resources cannot be
    // read.
    static bool offeredTables(Node &node, const QStringList &alsoShown, QStringList *tables,
                              QString *error);

public slots:
    // Adds or changes the child; the dialog closes once it is stored.
    void accept() override;

signals:
    // The child is stored; `message` says what was done.
    void stored(const QString &nickname, const QString &message);
    // A check or the store refused (nothing was added or changed); the dialog stays open.
    void storingFailed(const QString &message);

private:
    void build();
    void add();
    void edit();
    void showMessage(const QString &text, bool error);
    void fail(const QString &text);

    Node &m_node;
    const bool m_editing;
    const Child m_original;
    QStringList m_global; // the global exclusions, shown fixed

    QLineEdit *m_nickname = nullptr;
    QLineEdit *m_uuid = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_again = nullptr;
    QListWidget *m_tables = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace s15n::ui
