#pragma once

#include "client/repositorystore.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;

namespace s15n {
class Node;
}

namespace s15n::ui {

class NodeTask;

// Adds a repository, or edits one: name (fixed when editing), URL, user name, password (kept
// by CredentialStore; when editing, empty keeps the stored one), proxy, accept pushes, the
// remote's UUID (optional, checked against the remote) and a CA certificate file.
//
// Test connection and OK talk to the remote (and the database) off the GUI thread, showing a
// busy bar and a Cancel button; what came out is shown in the dialog. OK closes the dialog
// only once the repository is stored, after emitting stored().
class RepositoryDialog : public QDialog
{
    Q_OBJECT
public:
    // Adds a repository to `node`.
    explicit RepositoryDialog(Node &node, QWidget *parent = nullptr);
    // Edits `repository` of `node`.
    RepositoryDialog(Node &node, const Repository &repository, QWidget *parent = nullptr);
    ~RepositoryDialog() override;

    // The password the node's database was opened with, for the work threads' connections.
    void setDatabasePassword(const QString &password);

    bool isEditing() const { return m_editing; }
    bool isBusy() const;
    // What the dialog says now, and whether it is an error.
    QString message() const;
    bool messageIsError() const;

public slots:
    // Asks the remote who it is with what the fields say; stores nothing.
    void testConnection();
    // Adds or changes the repository; the dialog closes once it is stored.
    void accept() override;
    // Closes; a task still running is cancelled first.
    void reject() override;
    // Stops the running task (Test connection, or storing before the remote answered).
    void cancelTask();

signals:
    void connectionTested(bool ok, const QString &message);
    // The repository is stored; `message` says what happened, registration included, and
    // `warning` is true when it was added but this node could not register there.
    void stored(const QString &name, const QString &message, bool warning);
    // Storing failed (nothing was added or changed); the dialog stays open with `message`.
    void storingFailed(const QString &message);
    // Any task ended (tested, stored, failed or cancelled).
    void taskFinished();

private:
    void build();
    // The repository the fields describe, or false with *error set.
    bool readFields(Repository *repository, QString *error) const;
    void setBusy(bool busy, const QString &text = QString());
    void showMessage(const QString &text, bool error);
    void finishTask(bool stored);

    Node &m_node;
    const bool m_editing;
    const Repository m_original;
    NodeTask *m_task = nullptr;
    bool m_closeWhenDone = false;

    QLineEdit *m_name = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_proxy = nullptr;
    QCheckBox *m_acceptPushes = nullptr;
    QLineEdit *m_uuid = nullptr;
    QLineEdit *m_caCertificate = nullptr;
    QPushButton *m_browse = nullptr;
    QPushButton *m_test = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace s15n::ui
