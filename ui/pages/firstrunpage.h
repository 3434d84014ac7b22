#pragma once

#include "storage/databaselocation.h"

#include <QMetaType>
#include <QWidget>

#include <atomic>
#include <functional>

class QCheckBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QRadioButton;
class QSpinBox;
class QThread;

Q_DECLARE_METATYPE(s15n::DatabaseLocation)

namespace s15n::ui {

// Shown while there is no node: creates one (empty or with the sample data) or opens an
// existing database, a SQLite file or a PostgreSQL database. The work runs on a thread of its
// own (the window stays live) and can be cancelled; a refusal, failure or cancel is shown on
// the page and changes nothing. On success the location is remembered for later runs and
// `s15n` commands, the page's own connection is closed, and nodeReady() is emitted.
class FirstRunPage : public QWidget
{
    Q_OBJECT
public:
    explicit FirstRunPage(QWidget *parent = nullptr);
    ~FirstRunPage() override; // cancels a create/open still running, and waits for it

    // Shows an informative (not an error) message beside the page's own title, which already
    // says there is no node: only what that does not say (empty: none).
    void showMessage(const QString &message);
    // Shows why something failed and what to do.
    void showError(const QString &message);
    // Fills in "Open an existing node" with `location` (the password stays empty), e.g. the
    // configured node that could not be opened, so Open tries it again.
    void proposeOpen(const DatabaseLocation &location);
    // Whether a create or open is under way (the buttons are off meanwhile).
    bool isBusy() const { return m_working; }
    // Whether the node made by the last Create is to be seeded from its parent's backup next
    // ("Seed this node from its parent's backup" was ticked): the receiver of nodeReady()
    // then opens the Define Parent dialog. False after an Open.
    bool seedFromParent() const { return m_seedRequested; }

public slots:
    // Asks the create or open under way to stop; it undoes what it made and cancelled()
    // follows (or, if it had finished already, its usual signal).
    void cancel();

signals:
    // The node at `location` exists and opens; `password` is the typed PostgreSQL password
    // (empty for SQLite, or to let libpq use PGPASSWORD / ~/.pgpass).
    void nodeReady(const s15n::DatabaseLocation &location, const QString &password);
    // A create or open failed or was refused; `message` is shown on the page too.
    void failed(const QString &message);
    // A create or open was cancelled and left nothing behind; `message` is shown on the page.
    void cancelled(const QString &message);

private:
    struct Request
    {
        DatabaseLocation location;
        QString password;
        bool creating = false;
        bool keepPassword = false; // in the keychain, once the node is ready
    };
    struct Outcome
    {
        QString error; // empty: done
        bool cancelled = false;
    };

    QWidget *buildDatabaseBox();
    void updateMode();
    void onCreateClicked();
    void onOpenClicked();
    void onBrowse(QLineEdit *field, bool forCreating);
    void onFinished(const Request &request, Outcome outcome);
    // Runs `work` on a thread of its own; it gets the flag cancel() sets.
    void run(const Request &request, std::function<Outcome(const std::atomic_bool &)> work);
    Result<Request> requestFromFields(bool creating) const;
    void setBusy(bool busy);

    QRadioButton *m_createMode = nullptr;
    QRadioButton *m_openMode = nullptr;
    QWidget *m_form = nullptr;
    QGroupBox *m_nodeBox = nullptr;
    QLineEdit *m_name = nullptr;
    QSpinBox *m_syncId = nullptr;
    QCheckBox *m_sample = nullptr;
    QCheckBox *m_seed = nullptr;
    bool m_seedRequested = false;
    QRadioButton *m_sqliteKind = nullptr;
    QRadioButton *m_postgresKind = nullptr;
    QWidget *m_sqliteCreateRow = nullptr;
    QWidget *m_sqliteOpenRow = nullptr;
    QLineEdit *m_sqlitePath = nullptr;
    QLineEdit *m_openPath = nullptr;
    QWidget *m_postgresBox = nullptr;
    QLineEdit *m_pgHost = nullptr;
    QSpinBox *m_pgPort = nullptr;
    QLineEdit *m_pgDatabase = nullptr;
    QLineEdit *m_pgUser = nullptr;
    QLineEdit *m_pgPassword = nullptr;
    QCheckBox *m_rememberPassword = nullptr;
    QPushButton *m_createButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QProgressBar *m_busy = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QLabel *m_message = nullptr;
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancelled{false}; // set by cancel(), read by the work's thread
    bool m_working = false;
};

} // namespace s15n::ui
