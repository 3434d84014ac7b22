#pragma once

#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;

namespace s15n {
class Node;
}

namespace s15n::ui {

// This node's identity and settings: UUID (read-only, copyable), name, sync ID, default
// proxy, and where `s15n serve` listens with which TLS files. Saved with Save; Revert reloads.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    explicit SettingsPage(Node &node, QWidget *parent = nullptr);

public slots:
    void refresh();
    // Checks everything, then writes it; false (and the message shown) if anything is wrong.
    bool save();

signals:
    void nodeRenamed(const QString &name);

private:
    void showMessage(const QString &text, bool error);
    QLineEdit *fileField(const QString &objectName, const QString &filter);

    Node &m_node;
    QLineEdit *m_uuid = nullptr;
    QLineEdit *m_name = nullptr;
    QSpinBox *m_syncId = nullptr;
    QLineEdit *m_proxy = nullptr;
    QLineEdit *m_listen = nullptr;
    QLineEdit *m_certificate = nullptr;
    QLineEdit *m_key = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace s15n::ui
