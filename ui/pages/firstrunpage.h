#pragma once

#include "storage/databaselocation.h"

#include <QMetaType>
#include <QWidget>

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
// own (the window stays live); a refusal or failure is shown on the page and changes nothing.
// On success the location is remembered for later runs and `s15n` commands, the page's own
// connection is closed, and nodeReady() is emitted.
class FirstRunPage : public QWidget
{
    Q_OBJECT
public:
    explicit FirstRunPage(QWidget *parent = nullptr);
    ~FirstRunPage() override; // waits for a create/open still running

    // Shows an informative (not an error) message, e.g. why there is no node.
    void showMessage(const QString &message);
    // Whether a create or open is under way (the buttons are off meanwhile).
    bool isBusy() const { return m_working; }

signals:
    // The node at `location` exists and opens; `password` is the typed PostgreSQL password
    // (empty for SQLite, or to let libpq use PGPASSWORD / ~/.pgpass).
    void nodeReady(const s15n::DatabaseLocation &location, const QString &password);
    // A create or open failed or was refused; `message` is shown on the page too.
    void failed(const QString &message);

private:
    struct Request
    {
        DatabaseLocation location;
        QString password;
        bool creating = false;
        bool keepPassword = false; // in the keychain, once the node is ready
    };

    QWidget *buildDatabaseBox();
    void updateMode();
    void onCreateClicked();
    void onOpenClicked();
    void onBrowse(QLineEdit *field, bool forCreating);
    void onFinished(const Request &request, QString error);
    // Runs `work` (returning an error message, empty on success) on a thread of its own.
    void run(const Request &request, std::function<QString()> work);
    Result<Request> requestFromFields(bool creating) const;
    void showError(const QString &message);
    void setBusy(bool busy);

    QRadioButton *m_createMode = nullptr;
    QRadioButton *m_openMode = nullptr;
    QWidget *m_form = nullptr;
    QGroupBox *m_nodeBox = nullptr;
    QLineEdit *m_name = nullptr;
    QSpinBox *m_syncId = nullptr;
    QCheckBox *m_sample = nullptr;
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
    QLabel *m_message = nullptr;
    QThread *m_thread = nullptr;
    bool m_working = false;
};

} // namespace s15n::ui
