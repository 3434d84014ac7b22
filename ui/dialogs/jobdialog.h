#pragma once

#include "schedule/job.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateTimeEdit;
class QLabel;
class QPushButton;
class QSpinBox;

namespace s15n {
class Node;
}

namespace s15n::ui {

// Adds a scheduled sync job for a repository, or edits one, with Sahana Eden's fields:
// enabled, start, end (optional), repeat (0 = no limit), every (a number and a unit) and
// timeout. Times are entered in local time and stored in UTC. Durations cannot be 0 or more
// than the schedule allows (the spin boxes' limits follow the unit). OK checks the job in the
// dialog's own words (check(): times in the user's locale) and stores it through JobStore,
// which checks it again with the command line's words (`s15n job add`/`edit`) for what only it
// knows (the repository is gone, the database fails); what is wrong is shown in the dialog,
// which then stays open and stores nothing.
class JobDialog : public QDialog
{
    Q_OBJECT
public:
    // Adds a job for `repository` to `node`.
    JobDialog(Node &node, const QString &repository, QWidget *parent = nullptr);
    // Edits `job` of `node`.
    JobDialog(Node &node, const Job &job, QWidget *parent = nullptr);

    bool isEditing() const { return m_editing; }
    // The job the fields describe (with the repository and, when editing, the ID).
    Job job() const;
    // What the dialog says now, and whether it is an error.
    QString message() const;
    bool messageIsError() const;

    // The units the dialog offers for durations, in seconds: 1, 60, 3600, 86400.
    static QList<qint64> unitSeconds();
    // What is wrong with `job` in the dialog's words, or empty: the rules of
    // JobStore::validate() other than the repository's.
    static QString check(const Job &job);

public slots:
    // Stores the job; the dialog closes once it is stored.
    void accept() override;

signals:
    // The job is stored; `message` says so.
    void stored(qint64 id, const QString &message);
    // Storing failed (nothing was stored); the dialog stays open with `message`.
    void storingFailed(const QString &message);

private:
    void build();
    void showMessage(const QString &text, bool error);
    // A number and a unit combo for a duration.
    void setDuration(QSpinBox *value, QComboBox *unit, qint64 seconds);
    static qint64 duration(const QSpinBox *value, const QComboBox *unit);
    // The largest number a duration may have in a unit of `unitSeconds`.
    static int maximumIn(qint64 unitSeconds);

    Node &m_node;
    const bool m_editing;
    const Job m_original;

    QCheckBox *m_enabled = nullptr;
    QDateTimeEdit *m_start = nullptr;
    QCheckBox *m_hasEnd = nullptr;
    QDateTimeEdit *m_end = nullptr;
    QSpinBox *m_repeat = nullptr;
    QSpinBox *m_every = nullptr;
    QComboBox *m_everyUnit = nullptr;
    QSpinBox *m_timeout = nullptr;
    QComboBox *m_timeoutUnit = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace s15n::ui
