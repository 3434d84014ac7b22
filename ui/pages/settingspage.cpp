#include "pages/settingspage.h"

#include "storage/node.h"
#include "storage/nodesettings.h"
#include "widgets/icons.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace s15n::ui {

SettingsPage::SettingsPage(Node &node, QWidget *parent) : QWidget(parent), m_node(node)
{
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    m_uuid = new QLineEdit(this);
    m_uuid->setObjectName(QStringLiteral("settingsUuid"));
    m_uuid->setReadOnly(true);
    auto *copy = new QPushButton(themeIcon("edit-copy"), tr("&Copy"), this);
    copy->setObjectName(QStringLiteral("settingsCopyUuid"));
    copy->setToolTip(tr("Copy this node's UUID, e.g. for the parent's administrator"));
    connect(copy, &QPushButton::clicked, this,
            [this] { QApplication::clipboard()->setText(m_uuid->text()); });
    auto *uuidRow = new QHBoxLayout;
    uuidRow->addWidget(m_uuid, 1);
    uuidRow->addWidget(copy);
    form->addRow(tr("UUID:"), uuidRow);

    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("settingsName"));
    form->addRow(tr("&Name:"), m_name);
    m_syncId = new QSpinBox(this);
    m_syncId->setObjectName(QStringLiteral("settingsSyncId"));
    m_syncId->setRange(0, Node::kMaxSyncId);
    m_syncId->setSpecialValueText(tr("none"));
    m_syncId->setToolTip(tr("1 to %1; 1 is the parent (primary). None: not numbered.")
                             .arg(Node::kMaxSyncId));
    form->addRow(tr("S&ync ID:"), m_syncId);
    m_proxy = new QLineEdit(this);
    m_proxy->setObjectName(QStringLiteral("settingsProxy"));
    m_proxy->setPlaceholderText(tr("none, or http://HOST:PORT or socks5://HOST:PORT"));
    m_proxy->setToolTip(tr("Used by repositories that have no proxy of their own"));
    form->addRow(tr("Default &proxy:"), m_proxy);
    m_listen = new QLineEdit(this);
    m_listen->setObjectName(QStringLiteral("settingsListen"));
    m_listen->setPlaceholderText(tr("127.0.0.1:%1").arg(NodeSettings::kDefaultPort));
    m_listen->setToolTip(tr("Where 's15n serve' answers peers, unless --listen says otherwise; "
                            "0.0.0.0:PORT for every interface"));
    form->addRow(tr("Serve on (address:port):"), m_listen);
    m_certificate = fileField(QStringLiteral("settingsTlsCert"),
                              tr("PEM certificates (*.pem *.crt);;All files (*)"));
    form->addRow(tr("TLS certificate:"), m_certificate->parentWidget());
    m_key = fileField(QStringLiteral("settingsTlsKey"), tr("PEM keys (*.pem *.key);;All files (*)"));
    form->addRow(tr("TLS key:"), m_key->parentWidget());

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("settingsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Reset, this);
    buttons->button(QDialogButtonBox::Save)->setObjectName(QStringLiteral("settingsSave"));
    buttons->button(QDialogButtonBox::Reset)->setObjectName(QStringLiteral("settingsRevert"));
    buttons->button(QDialogButtonBox::Reset)->setText(tr("&Revert"));
    connect(buttons->button(QDialogButtonBox::Save), &QPushButton::clicked, this,
            &SettingsPage::save);
    connect(buttons->button(QDialogButtonBox::Reset), &QPushButton::clicked, this,
            &SettingsPage::refresh);
    layout->addWidget(buttons);
    layout->addStretch();
    refresh();
}

QLineEdit *SettingsPage::fileField(const QString &objectName, const QString &filter)
{
    auto *row = new QWidget(this);
    auto *layout = new QHBoxLayout(row);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *edit = new QLineEdit(row);
    edit->setObjectName(objectName);
    edit->setPlaceholderText(tr("none (plain HTTP)"));
    auto *browse = new QPushButton(themeIcon("document-open", QStyle::SP_DialogOpenButton),
                                   tr("Browse..."), row);
    connect(browse, &QPushButton::clicked, this, [this, edit, filter] {
        const QString file =
            QFileDialog::getOpenFileName(this, tr("Choose a file"), edit->text(), filter);
        if (!file.isEmpty())
            edit->setText(file);
    });
    layout->addWidget(edit, 1);
    layout->addWidget(browse);
    return edit;
}

void SettingsPage::refresh()
{
    const NodeIdentity &id = m_node.identity();
    m_uuid->setText(id.uuid.toString(QUuid::WithoutBraces));
    m_name->setText(id.name);
    m_syncId->setValue(id.syncId);
    Result<NodeSettings> settings = NodeSettings::load(m_node.database());
    if (!settings) {
        showMessage(settings.message(), true);
        return;
    }
    m_proxy->setText(settings.value().defaultProxy.toString());
    m_listen->setText(settings.value().listen);
    m_certificate->setText(settings.value().tlsCertificateFile);
    m_key->setText(settings.value().tlsKeyFile);
    showMessage(QString(), false);
}

bool SettingsPage::save()
{
    const QString name = m_name->text().trimmed();
    if (name.isEmpty()) {
        showMessage(tr("The node needs a name: how other nodes and their administrators see "
                       "it."),
                    true);
        return false;
    }
    NodeSettings settings;
    settings.defaultProxy = QUrl(m_proxy->text().trimmed(), QUrl::StrictMode);
    settings.listen = m_listen->text().trimmed();
    settings.tlsCertificateFile = m_certificate->text().trimmed();
    settings.tlsKeyFile = m_key->text().trimmed();
    // Everything is checked before anything is written, and then written in one transaction:
    // a failure part-way leaves the node as it was.
    if (Status s = settings.validate(); !s) {
        showMessage(s.message(), true);
        return false;
    }
    if (Status s = Node::validateSyncId(m_syncId->value()); !s) {
        showMessage(s.message(), true);
        return false;
    }
    if (Status saved = m_node.saveSettings(name, m_syncId->value(), settings); !saved) {
        showMessage(tr("Could not save: %1").arg(saved.message()), true);
        return false;
    }
    showMessage(tr("Saved. 's15n serve' uses the new address and TLS files when it starts next."),
                false);
    emit nodeRenamed(m_node.identity().name);
    return true;
}

void SettingsPage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setProperty("error", error);
    m_message->setStyleSheet(error ? QStringLiteral("color: #b00020;") : QString());
}

} // namespace s15n::ui
