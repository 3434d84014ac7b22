#pragma once

#include "util/status.h"

#include <QString>

namespace s15n {

// Passwords s15n uses, kept in the OS keychain (Secret Service via QtKeychain), never in
// the database, a log line or a command line. Calls block until the keychain answers.
class Keychain
{
public:
    static QString service() { return QStringLiteral("s15n"); }

    // The stored password, an empty string if none is stored, or a failure saying the
    // keychain cannot be reached.
    static Result<QString> read(const QString &key);
    static Status write(const QString &key, const QString &password);
    static Status remove(const QString &key);
};

} // namespace s15n
