#include "childdialog.h"

#include "capture/resourcestore.h"
#include "storage/node.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QVBoxLayout>

namespace s15n::ui {

namespace {

QString uuidText(const QUuid &uuid)
{
    return uuid.isNull() ? QString() : uuid.toString(QUuid::WithoutBraces);
}

QStringList sortedUnique(QStringList tables)
{
    tables.sort();
    tables.removeDuplicates();
    return tables;
}

} // namespace

ChildDialog::ChildDialog(Node &node, QWidget *parent)
    : QDialog(parent), m_node(node), m_editing(false)
{
    build();
    setWindowTitle(tr("Add a child"));
}

ChildDialog::ChildDialog(Node &node, const Child &child, QWidget *parent)
    : QDialog(parent), m_node(node), m_editing(true), m_original(child)
{
    build();
    setWindowTitle(tr("Edit child %1").arg(child.nickname));
    m_nickname->setText(child.nickname);
    m_nickname->setReadOnly(true);
    m_uuid->setText(uuidText(child.uuid));
    m_user->setText(child.username);
    m_user->setReadOnly(true);
    m_user->setToolTip(tr("The account the child logs in with; it cannot be renamed."));
    m_password->setPlaceholderText(tr("unchanged"));
    m_again->setPlaceholderText(tr("unchanged"));
    m_note->setText(child.note);
    m_uuid->setFocus();
}

void ChildDialog::build()
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    auto field = [this](const QString &objectName, const QString &placeholder) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(objectName);
        edit->setPlaceholderText(placeholder);
        return edit;
    };
    m_nickname = field(QStringLiteral("childNickname"), tr("e.g. Clinic 4"));
    m_nickname->setMaxLength(ChildStore::kMaxNicknameLength);
    m_nickname->setToolTip(tr("This node's name for the child; it need not match the child's "
                              "own name. It cannot be changed later."));
    form->addRow(tr("&Nickname:"), m_nickname);
    m_uuid =
        field(QStringLiteral("childUuid"), tr("optional: recorded when the child first syncs"));
    m_uuid->setToolTip(tr("The child's node UUID (its Settings page or 's15n info' shows it). "
                          "Left empty, the child's first registration with its account fills "
                          "it in; emptied, the next one does."));
    form->addRow(tr("Child's UU&ID:"), m_uuid);
    m_user = field(QStringLiteral("childUser"), tr("a new account for this child"));
    m_user->setToolTip(tr("The child logs in with this account. It is made here for this child "
                          "only: 1 to 64 letters, digits, '.', '_', '@' or '-'."));
    form->addRow(tr("&User name:"), m_user);
    m_password = field(QStringLiteral("childPassword"), QString());
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setToolTip(tr("Only a salted hash of it is kept here; give the password to the "
                              "child's administrator."));
    form->addRow(m_editing ? tr("New &password:") : tr("&Password:"), m_password);
    m_again = field(QStringLiteral("childPasswordAgain"), QString());
    m_again->setEchoMode(QLineEdit::Password);
    form->addRow(tr("A&gain:"), m_again);

    m_tables = new QListWidget(this);
    m_tables->setObjectName(QStringLiteral("childTables"));
    m_tables->setToolTip(tr("Checked tables never reach this child: its catalogue does not list "
                            "them, and it may neither pull nor push them."));
    m_tables->setMinimumHeight(120);
    auto *tablesLabel = new QLabel(tr("Not &sent to this child:"), this);
    tablesLabel->setBuddy(m_tables);
    form->addRow(tablesLabel, m_tables);

    m_note = field(QStringLiteral("childNote"), tr("optional"));
    form->addRow(tr("N&ote:"), m_note);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("childMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMinimumWidth(440);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setObjectName(QStringLiteral("childOk"));
    buttons->button(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("childClose"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChildDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChildDialog::reject);
    layout->addWidget(buttons);

    // The tables: the node's resources, and whatever is excluded already.
    const ChildStore store(m_node.database());
    Result<QStringList> global = store.globalExclusions();
    QStringList offered;
    QString error;
    if (!global) {
        error = global.message();
    } else {
        m_global = global.value();
        offeredTables(m_node, m_original.excludedTables + m_global, &offered, &error);
    }
    fillTableList(m_tables, offered, m_original.excludedTables, m_global,
                  tr("No child receives this table (the global exclusions on the Children "
                     "page)."));
    if (!error.isEmpty()) {
        showMessage(error, true);
        m_tables->setEnabled(false);
        m_ok->setEnabled(false);
    }
}

bool ChildDialog::offeredTables(Node &node, const QStringList &alsoShown, QStringList *tables,
                                QString *error)
{
    Result<QList<Resource>> resources = ResourceStore(node).list();
    if (!resources) {
        *error = tr("Cannot read this node's resources: %1").arg(resources.message());
        return false;
    }
    QStringList all = alsoShown;
    for (const Resource &r : resources.value())
        all.append(r.table);
    *tables = sortedUnique(all);
    return true;
}

void ChildDialog::fillTableList(QListWidget *list, QStringList tables, const QStringList &checked,
                                const QStringList &fixed, const QString &fixedToolTip)
{
    list->clear();
    for (const QString &table : sortedUnique(tables)) {
        auto *item = new QListWidgetItem(table, list);
        const bool isFixed = fixed.contains(table);
        item->setFlags(isFixed ? Qt::ItemIsUserCheckable
                               : Qt::ItemIsUserCheckable | Qt::ItemIsEnabled);
        item->setCheckState(isFixed || checked.contains(table) ? Qt::Checked : Qt::Unchecked);
        if (isFixed)
            item->setToolTip(fixedToolTip);
    }
}

QStringList ChildDialog::checkedTables(const QListWidget *list)
{
    QStringList tables;
    for (int i = 0; i < list->count(); ++i) {
        const QListWidgetItem *item = list->item(i);
        if ((item->flags() & Qt::ItemIsEnabled) && item->checkState() == Qt::Checked)
            tables.append(item->text());
    }
    return tables;
}

QString ChildDialog::message() const
{
    return m_message->text();
}

bool ChildDialog::messageIsError() const
{
    return m_message->property("error").toBool();
}

void ChildDialog::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("error", error);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

void ChildDialog::fail(const QString &text)
{
    showMessage(text, true);
    emit storingFailed(text);
}

void ChildDialog::accept()
{
    if (m_editing)
        edit();
    else
        add();
}

void ChildDialog::add()
{
    ChildStore store(m_node.database());
    NewChild c;
    c.nickname = m_nickname->text().trimmed();
    c.username = m_user->text().trimmed();
    const QString uuid = m_uuid->text().trimmed();
    if (!uuid.isEmpty()) {
        Result<QUuid> parsed = ChildStore::parseUuid(uuid);
        if (!parsed) {
            fail(parsed.message() + QLatin1Char(' ') +
                 tr("Leave it empty to have the child's first sync fill it in."));
            return;
        }
        c.uuid = parsed.value();
    }
    c.excludedTables = checkedTables(m_tables);
    c.note = m_note->text();
    // Everything but the password is checked first, as `s15n child add` does.
    if (Status s = store.checkNew(c); !s) {
        fail(s.message());
        return;
    }
    if (m_password->text().isEmpty()) {
        fail(tr("Give a password for the account %1, twice: the child logs in with it. Nothing "
                "was added.")
                 .arg(c.username));
        return;
    }
    if (m_again->text() != m_password->text()) {
        fail(tr("The two passwords differ: type the same one in both fields. Nothing was added."));
        return;
    }
    c.password = m_password->text();
    if (Status s = store.add(c); !s) {
        fail(s.message());
        return;
    }
    const QString text =
        c.uuid.isNull() ? tr("Added child '%1' with the account %2; its UUID is recorded when it "
                             "first syncs with that account.")
                              .arg(c.nickname, c.username)
                        : tr("Added child '%1' (node %2) with the account %3.")
                              .arg(c.nickname, uuidText(c.uuid), c.username);
    showMessage(text, false);
    emit stored(c.nickname, text);
    QDialog::accept();
}

void ChildDialog::edit()
{
    ChildStore store(m_node.database());
    const QString nickname = m_original.nickname;
    ChildChanges changes;

    const QString uuid = m_uuid->text().trimmed();
    if (uuid.isEmpty()) {
        if (!m_original.uuid.isNull())
            changes.uuid = QUuid(); // recorded again at its next registration
    } else {
        Result<QUuid> parsed = ChildStore::parseUuid(uuid);
        if (!parsed) {
            fail(parsed.message() + QLatin1Char(' ') +
                 tr("Leave it empty to have the child's next registration fill it in."));
            return;
        }
        if (parsed.value() != m_original.uuid)
            changes.uuid = parsed.value();
    }

    // Its own exclusions that are global too are shown fixed: they stay as they are.
    QStringList own = checkedTables(m_tables);
    for (const QString &table : m_original.excludedTables) {
        if (m_global.contains(table))
            own.append(table);
    }
    own = sortedUnique(own);
    for (const QString &table : std::as_const(own)) {
        if (!m_original.excludedTables.contains(table))
            changes.exclude.append(table);
    }
    for (const QString &table : m_original.excludedTables) {
        if (!own.contains(table))
            changes.allow.append(table);
    }

    if (m_note->text() != m_original.note)
        changes.note = m_note->text();

    const bool newPassword = !m_password->text().isEmpty() || !m_again->text().isEmpty();
    if (newPassword) {
        if (m_password->text().isEmpty()) {
            fail(tr("Type the new password in both fields, or leave both empty to keep the "
                    "password. Nothing was changed."));
            return;
        }
        if (m_again->text() != m_password->text()) {
            fail(tr("The two passwords differ: type the same one in both fields, or leave both "
                    "empty to keep the password. Nothing was changed."));
            return;
        }
        changes.password = m_password->text();
    }

    if (!changes.uuid && changes.exclude.isEmpty() && changes.allow.isEmpty() && !changes.note &&
        !changes.password) {
        QDialog::accept(); // nothing to change
        return;
    }
    if (Status s = store.checkChanges(nickname, changes); !s) {
        fail(s.message());
        return;
    }
    if (Status s = store.edit(nickname, changes); !s) {
        fail(s.message());
        return;
    }
    QStringList parts{tr("Changed child '%1'.").arg(nickname)};
    if (changes.uuid)
        parts << (changes.uuid->isNull()
                      ? tr("Its UUID is recorded again when it next registers with its account.")
                      : tr("It is node %1.").arg(uuidText(*changes.uuid)));
    if (changes.password)
        parts << tr("Its account has a new password; the child must use it from now on.");
    const QString text = parts.join(QLatin1Char(' '));
    showMessage(text, false);
    emit stored(nickname, text);
    QDialog::accept();
}

} // namespace s15n::ui
