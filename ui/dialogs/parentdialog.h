#pragma once

#include "client/parentsetup.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;

namespace s15n {
class Node;
}

namespace s15n::ui {

class NodeTask;

// Define Parent (issue 5, the child's side of seeding): seeds this node from its parent's
// backup and adds the parent as a repository, as `s15n parent set` does. The fields: the
// parent's URL, the user name and password of this node's account there (made by the parent's
// administrator with Add Child), the repository's name here (default "parent"), an optional
// proxy and CA certificate file, and where the backup comes from: fetched from the parent over
// the web, or a zip the administrator downloaded at the parent.
//
// Define parent runs ParentSetup::define() off the GUI thread (NodeTask) and shows where it is:
// the step in words, the table at hand, and a bar of done/total while the parent writes the
// backup, it downloads, and it is checked and restored (busy while connecting and
// registering). Cancel, until the data is restored, leaves the database as it was. A failure
// is shown in the dialog, which keeps its fields for a correction; on success the dialog
// emits parentDefined(), shows a summary (showSummary()) and closes.
class ParentDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ParentDialog(Node &node, QWidget *parent = nullptr);
    ~ParentDialog() override;

    // The password the node's database was opened with, for the work thread's connection.
    void setDatabasePassword(const QString &password);

    bool isBusy() const;
    // What the dialog says now (under the progress bar), and whether it is an error.
    QString message() const;
    bool messageIsError() const;

    // What a successful define did, for people: rows and tables, the tables created, the
    // repository, the registration (or why not and how), an unreachable parent, restore
    // warnings. *warning is set when any of that needs the administrator's attention.
    static QString summaryText(const ParentOutcome &outcome, bool *warning = nullptr);
    // The step in words ("Restoring: 1,200 of 5,000 rows").
    static QString stepText(const ParentProgress &progress);

public slots:
    // Defines the parent with what the fields say; the dialog closes once it is done.
    void accept() override;
    // Closes; a define still running is cancelled first (and closes once it stopped).
    void reject() override;
    // Stops the running define; nothing is changed (unless the data is restored already).
    void cancelTask();

signals:
    // Where the define is (throttled: a step's start, its end, and a few times a second).
    void progressed(const s15n::ParentProgress &progress);
    // The parent is defined: the data restored and repository `name` stored. `summary` is
    // what summaryText() says; `warning` when it needs attention (not registered, offline,
    // restore warnings).
    void parentDefined(const QString &name, const QString &summary, bool warning);
    // It failed or was cancelled; nothing was changed, the dialog stays open with `message`.
    void definingFailed(const QString &message);
    // The define ended (defined, failed or cancelled).
    void taskFinished();

protected:
    // Shows the summary after a successful define (a message box that does not block, owned
    // by the dialog's parent: the dialog closes meanwhile).
    virtual void showSummary(const QString &title, const QString &text, bool warning);

private:
    void build();
    QWidget *buildSourceBox();
    // The request the fields describe, or false with *error set (and the field to correct
    // focused).
    bool readFields(ParentRequest *request, QString *error);
    void updateSource();
    void setBusy(bool busy);
    void showMessage(const QString &text, bool error);
    void onProgress(const ParentProgress &progress);
    void finishTask(bool defined);

    Node &m_node;
    NodeTask *m_task = nullptr;
    bool m_closeWhenDone = false;

    QWidget *m_form = nullptr;
    QLineEdit *m_url = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_parentUuid = nullptr;
    QLineEdit *m_proxy = nullptr;
    QLineEdit *m_caCertificate = nullptr;
    QRadioButton *m_fetch = nullptr;
    QRadioButton *m_useZip = nullptr;
    QLineEdit *m_zip = nullptr;
    QPushButton *m_zipBrowse = nullptr;
    QLabel *m_step = nullptr;
    QLabel *m_table = nullptr;
    QProgressBar *m_progress = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace s15n::ui
