#pragma once

#include "storage/databaselocation.h"

#include <QWidget>

namespace s15n::ui {

// Shown while a PostgreSQL node is being opened: "Opening <location>..." with a busy bar and
// Cancel. Connecting waits for the server (up to libpq's connect timeout when it cannot be
// reached), so the node is first opened, and closed again, on a pool thread, and the window
// stays live meanwhile. A QSqlDatabase connection is used only on the thread that opened it
// and the pages use the GUI thread's Node, so the page does not hand over what it opened: it
// says the node opens (opened()), and the receiver opens it on its own thread, which then
// connects at once.
//
// The check starts once control is back in the event loop (the page shows first); the
// password is `password`, else, without PGPASSWORD, the one the keychain keeps for the
// location. Cancel (or Esc) drops the check's answer; the check ends by itself.
//
// Its children are named openingMessage, openingBusy and openingCancel, for tests.
class OpeningPage : public QWidget
{
    Q_OBJECT
public:
    OpeningPage(const DatabaseLocation &location, const QString &password,
                QWidget *parent = nullptr);
    ~OpeningPage() override;

    const DatabaseLocation &location() const { return m_location; }
    // Whether the check still runs (no signal yet).
    bool isBusy() const { return !m_finished; }

public slots:
    // Drops the check's answer and emits cancelled(), unless it is over already.
    void cancel();

signals:
    // The node at `location` opens with `password` (the one given, or the keychain's).
    void opened(const s15n::DatabaseLocation &location, const QString &password);
    // It does not open: `error` says why.
    void failed(const s15n::DatabaseLocation &location, const QString &error);
    // Cancel was clicked; the check's answer will be dropped.
    void cancelled(const s15n::DatabaseLocation &location);

private:
    void start();
    void onChecked(const QString &password, const QString &error);

    DatabaseLocation m_location;
    QString m_password;
    bool m_finished = false; // a signal was emitted: nothing more comes
};

} // namespace s15n::ui
