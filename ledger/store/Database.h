#pragma once

#include "crypto/Result.h"
#include "crypto/SecureBuffer.h"

#include <QString>

struct sqlite3;

namespace medilock::ledger {

class Statement;

// One SQLCipher connection, opened with a raw 256-bit key (SQLCipher's PBKDF2 is skipped),
// WAL journal, synchronous=FULL and foreign keys on. Not shared between threads: each
// thread that reads opens its own connection.
class Database
{
public:
    enum class Mode { OpenExisting, CreateNew };
    static Result<Database> open(const QString& path, const crypto::SecureBuffer& rawKey, Mode mode);

    Database() = default;
    ~Database();
    Database(const Database&) = delete;
    Database& operator=(const Database&) = delete;
    Database(Database&& other) noexcept;
    Database& operator=(Database&& other) noexcept;

    bool isOpen() const { return m_db != nullptr; }
    const QString& path() const { return m_path; }

    // Runs statements without results (schema, pragmas). Never pass outside data here.
    Result<void> exec(const char* sql);
    Result<Statement> prepare(const char* sql);
    // Changes the raw key (PRAGMA rekey); the database is re-encrypted in place.
    Result<void> rekey(const crypto::SecureBuffer& newRawKey);
    // Writes a complete copy, encrypted with `rawKey`, to a new file at `path`
    // (sqlcipher_export): same page size, auto_vacuum and schema version; the copy is
    // committed with a rollback journal and synchronous=FULL, and left closed.
    Result<void> exportTo(const QString& path, const crypto::SecureBuffer& rawKey);
    // Runs a pragma or query and returns the first column of its first row as text.
    Result<QString> queryText(const char* sql);

    QString lastError() const;
    sqlite3* handle() const { return m_db; }

private:
    void close();

    sqlite3* m_db = nullptr;
    QString m_path;
};

} // namespace medilock::ledger
