#pragma once

#include "crypto/Result.h"

#include <QByteArray>
#include <QString>

struct sqlite3;
struct sqlite3_stmt;

namespace medilock::ledger {

// A prepared statement: bind by 1-based index, step, read columns by 0-based index.
// Reusable through reset(); finalized when destroyed.
class Statement
{
public:
    Statement() = default;
    Statement(sqlite3* db, sqlite3_stmt* stmt) : m_db(db), m_stmt(stmt) {}
    ~Statement();
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;

    Statement& bind(int index, qint64 value);
    Statement& bind(int index, const QString& value);
    Statement& bind(int index, const QByteArray& blob);
    Statement& bindNull(int index);
    Statement& bind(int index, double value);

    // One step: true with a row, false when done; an error ends in Result's error.
    Result<bool> step();
    // Runs a statement that returns no rows.
    Result<void> run();
    // Steps through every row, calling onRow(*this) for each; stops at the first error.
    template<typename OnRow>
    Result<void> forEachRow(OnRow&& onRow)
    {
        for (;;) {
            auto row = step();
            if (!row)
                return std::move(row).takeError();
            if (!*row)
                return {};
            onRow(*this);
        }
    }
    void reset();

    qint64 integer(int column) const;
    QString text(int column) const;
    QByteArray blob(int column) const;
    bool isNull(int column) const;
    double real(int column) const;
    int columnCount() const;
    // SQLITE_INTEGER, SQLITE_FLOAT, SQLITE_TEXT, SQLITE_BLOB or SQLITE_NULL.
    int columnType(int column) const;

private:
    sqlite3* m_db = nullptr;
    sqlite3_stmt* m_stmt = nullptr;
};

} // namespace medilock::ledger
