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
// timeout. Times are entered in local time and stored in UTC. OK stores the job through
// JobStore, which checks it (the same rules and messages as `s15n job add`/`edit`); what is
// wrong is shown in the dialog, which then stays open and stores nothing.
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
