#pragma once

// Errors are values (see STYLE.md): anything that can fail on user input returns a
// Result<T> carrying either the value or a message a person can act on. std::expected is
// C++23; this is the small subset we need.

#include <QString>

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

    const T &value() const & { return std::get<T>(m_state); }
    T &value() & { return std::get<T>(m_state); }
    T &&value() && { return std::get<T>(std::move(m_state)); }
    const T *operator->() const { return &std::get<T>(m_state); }
    T *operator->() { return &std::get<T>(m_state); }
    const T &operator*() const & { return value(); }
    T &operator*() & { return value(); }

    const QString &error() const { return std::get<Error>(m_state).message; }

private:
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
    const QString &error() const { return *m_error; }

private:
    std::optional<QString> m_error;
};

inline Error fail(QString message)
{
    return Error{std::move(message)};
}

} // namespace NorthStar
