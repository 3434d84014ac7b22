#pragma once

#include <QString>

#include <optional>
#include <utility>

namespace s15n {

// The outcome of an operation that can fail: empty message means success.
// Failures carry a message meant for a person (what failed and what to do).
class Status
{
public:
    Status() = default;
    static Status failure(QString message) { return Status(std::move(message)); }

    bool ok() const { return m_message.isEmpty(); }
    explicit operator bool() const { return ok(); }
    const QString &message() const { return m_message; }

private:
    explicit Status(QString message) : m_message(std::move(message)) {}
    QString m_message;
};

// A value or the message saying why there is none.
template <typename T> class Result
{
public:
    Result(T value) : m_value(std::move(value)) {}
    Result(Status failure) : m_status(std::move(failure)) {}

    bool ok() const { return m_value.has_value(); }
    explicit operator bool() const { return ok(); }
    const T &value() const { return *m_value; }
    T &value() { return *m_value; }
    const T &operator*() const { return *m_value; }
    const T *operator->() const { return &*m_value; }
    const Status &status() const { return m_status; }
    const QString &message() const { return m_status.message(); }

private:
    std::optional<T> m_value;
    Status m_status;
};

} // namespace s15n
