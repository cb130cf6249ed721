#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace medilock {

// A failure a person or a caller can act on: the message says what went wrong and, where
// it can, what to do. Invariants are asserted instead; no exception crosses a layer.
struct Error
{
    QString message;
};

template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_state(std::move(value)) {}              // NOLINT(google-explicit-constructor)
    Result(Error error) : m_state(std::move(error)) {}          // NOLINT(google-explicit-constructor)

    bool ok() const { return std::holds_alternative<T>(m_state); }
    explicit operator bool() const { return ok(); }

    T& value() & { return std::get<T>(m_state); }
    const T& value() const& { return std::get<T>(m_state); }
    T&& value() && { return std::get<T>(std::move(m_state)); }
    T* operator->() { return &value(); }
    const T* operator->() const { return &value(); }
    T& operator*() & { return value(); }
    const T& operator*() const& { return value(); }

    const QString& error() const { return std::get<Error>(m_state).message; }
    Error takeError() && { return std::get<Error>(std::move(m_state)); }

private:
    std::variant<T, Error> m_state;
};

template<>
class [[nodiscard]] Result<void>
{
public:
    Result() = default;
    Result(Error error) : m_error(std::move(error)) {}          // NOLINT(google-explicit-constructor)

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const QString& error() const { return m_error->message; }
    Error takeError() && { return std::move(*m_error); }

private:
    std::optional<Error> m_error;
};

inline Error fail(QString message)
{
    return Error{std::move(message)};
}

} // namespace medilock
