#pragma once

// Errors are values (see STYLE.md): anything that can fail on user input returns a
// Result<T> carrying either the value or a message a person can act on. std::expected is
// C++23; this is the small subset we need.
//
// Reading the value of an error, or the error of a value, is a programming mistake: it
// asserts (the test build has assertions on). It never throws: the codebase has no
// exceptions. In a release build error() of a value is an empty message.

#include <QString>
#include <QtGlobal>

#include <optional>
#include <utility>
#include <variant>

namespace NorthStar {

struct Error final
{
    QString message;
};

template<typename T>
class [[nodiscard]] Result final
{
public:
    Result(T value) : m_state(std::move(value)) {}
    Result(Error error) : m_state(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    const T &value() const & { return *valuePointer(); }
    T &value() & { return *valuePointer(); }
    T &&value() && { return std::move(*valuePointer()); }
    const T *operator->() const { return valuePointer(); }
    T *operator->() { return valuePointer(); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }

    const QString &error() const
    {
        const Error *error = std::get_if<Error>(&m_state);
        Q_ASSERT_X(error, "Result::error", "the result holds a value, not an error");
        return error ? error->message : noError();
    }

private:
    const T *valuePointer() const
    {
        const T *value = std::get_if<T>(&m_state);
        Q_ASSERT_X(value, "Result::value", "the result holds an error, not a value");
        return value;
    }
    T *valuePointer()
    {
        T *value = std::get_if<T>(&m_state);
        Q_ASSERT_X(value, "Result::value", "the result holds an error, not a value");
        return value;
    }
    static const QString &noError()
    {
        static const QString empty;
        return empty;
    }

    std::variant<T, Error> m_state;
};

// For operations that produce nothing but may fail.
template<>
class [[nodiscard]] Result<void> final
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error.message)) {}

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const QString &error() const
    {
        Q_ASSERT_X(m_error, "Result::error", "the operation succeeded: there is no error");
        static const QString empty;
        return m_error ? *m_error : empty;
    }

private:
    std::optional<QString> m_error;
};

inline Error fail(QString message)
{
    return Error{std::move(message)};
}

} // namespace NorthStar
