#pragma once

#include "util/status.h"

#include <QString>

namespace s15n {

// The passwords a node uses to log in to remote repositories, never kept in the database.
//
// Where they live:
// - S15N_CREDENTIALS_FILE set (not empty): in that file;
// - else no D-Bus session bus (DBUS_SESSION_BUS_ADDRESS unset, as for a service on a
//   headless server): in the file ~/.config/s15n/credentials (the generic config location);
// - else the keychain (Secret Service via Keychain). When it cannot be reached, the failure
//   says to unlock the keyring or to set S15N_CREDENTIALS_FILE; it never falls back silently.
// The file is created with mode 0600 (its folder, if made, 0700) and refused, for reading as
// for writing, when it belongs to another user or when group or others may read or write it.
//
// `scope` is the UUID of the node that uses the password, so that two nodes on one machine
// keep their own; `repository` is the repository's name on that node. Calls block until the
// store answers. Passwords never appear in a log line.
class CredentialStore
{
public:
    // The stored password, an empty string when none is stored, or a failure that says what
    // to do.
    static Result<QString> read(const QString &scope, const QString &repository);
    // Stores (or replaces) the password; an empty password is refused.
    static Status write(const QString &scope, const QString &repository, const QString &password);
    // Forgets the password; nothing stored is not an error.
    static Status remove(const QString &scope, const QString &repository);

    // Which store is in use, for people: "the keychain (Secret Service)" or "the file PATH".
    static QString where();
    // The file in use, or an empty string when the keychain is.
    static QString filePath();
    // The name a password is kept under: "repository/<scope>/<repository>".
    static QString key(const QString &scope, const QString &repository);
};

} // namespace s15n
