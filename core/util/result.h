#pragma once
// A value-or-error result for failures users can cause (bad files, unreachable
// servers). Errors carry where they happened so messages can say FILE:LINE:COLUMN.

#include <QString>
#include <QStringList>
#include <optional>
#include <utility>
#include <variant>

namespace stratos {

struct Error
{
    Error() = default;
    Error(QString message_, QString file_ = {}, int line_ = 0, int column_ = 0)
        : message(std::move(message_)), file(std::move(file_)), line(line_), column(column_)
    {
    }

    QString message;  // what was expected, what was found
    QString file;     // empty when not about a file
    int line = 0;     // 1-based, 0 = unknown
    int column = 0;   // 1-based, 0 = unknown

    // "FILE:LINE:COLUMN: message", leaving out the parts that are unknown.
    QString toString() const
    {
        QString where = file;
        if (line > 0)
            where += (where.isEmpty() ? QString() : QStringLiteral(":")) + QString::number(line);
        if (line > 0 && column > 0)
            where += QStringLiteral(":") + QString::number(column);
        return where.isEmpty() ? message : where + QStringLiteral(": ") + message;
    }
};

template <typename T>
class Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }
    T &value() { return std::get<T>(m_data); }
    const T &value() const { return std::get<T>(m_data); }
    T &operator*() { return value(); }
    T *operator->() { return &value(); }
    const Error &error() const { return std::get<Error>(m_data); }

private:
    std::variant<T, Error> m_data;
};

// For operations that return nothing but may fail.
class Status
{
public:
    Status() = default;
    Status(Error error) : m_error(std::move(error)) {}
    static Status success() { return {}; }

    bool ok() const { return !m_error.has_value(); }
    explicit operator bool() const { return ok(); }
    const Error &error() const { return *m_error; }

private:
    std::optional<Error> m_error;
};

} // namespace stratos
