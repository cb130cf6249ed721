#include "Database.h"

#include "Statement.h"

#include <sqlcipher/sqlite3.h>

#include <QCoreApplication>
#include <QFile>

namespace medilock::ledger {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Database", text);
}

// `PRAGMA key = "x'<64 hex>'";` built in a wiped buffer: the key never sits in a QString.
crypto::SecureBuffer keyPragma(const char* verb, const crypto::SecureBuffer& rawKey)
{
    static const char digits[] = "0123456789abcdef";
    const std::string head = std::string("PRAGMA ") + verb + " = \"x'";
    const char tail[] = "'\";";
    crypto::SecureBuffer sql(head.size() + rawKey.size() * 2 + sizeof tail);
    auto* out = reinterpret_cast<char*>(sql.data());
    out = std::copy(head.begin(), head.end(), out);
    for (std::size_t i = 0; i < rawKey.size(); ++i) {
        *out++ = digits[rawKey.data()[i] >> 4];
        *out++ = digits[rawKey.data()[i] & 0x0f];
    }
    std::copy_n(tail, sizeof tail, out); // includes the terminating NUL
    return sql;
}
} // namespace

Database::~Database()
{
    close();
}

Database::Database(Database&& other) noexcept
    : m_db(other.m_db)
    , m_path(std::move(other.m_path))
{
    other.m_db = nullptr;
}

Database& Database::operator=(Database&& other) noexcept
{
    if (this != &other) {
        close();
        m_db = other.m_db;
        m_path = std::move(other.m_path);
        other.m_db = nullptr;
    }
    return *this;
}

void Database::close()
{
    if (m_db)
        sqlite3_close_v2(m_db);
    m_db = nullptr;
}

QString Database::lastError() const
{
    return m_db ? QString::fromUtf8(sqlite3_errmsg(m_db)) : tr("database is not open");
}

Result<Database> Database::open(const QString& path, const crypto::SecureBuffer& rawKey, Mode mode)
{
    if (rawKey.size() != 32)
        return fail(tr("a database key is 32 bytes"));
    const bool exists = QFile::exists(path);
    if (mode == Mode::OpenExisting && !exists)
        return fail(tr("no database at %1").arg(path));
    if (mode == Mode::CreateNew && exists)
        return fail(tr("a database already exists at %1").arg(path));

    Database db;
    db.m_path = path;
    const int flags = SQLITE_OPEN_READWRITE | (mode == Mode::CreateNew ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
    if (sqlite3_open_v2(QFile::encodeName(path).constData(), &db.m_db, flags, nullptr) != SQLITE_OK)
        return fail(tr("cannot open %1: %2").arg(path, db.lastError()));
    sqlite3_extended_result_codes(db.m_db, 1);
    sqlite3_busy_timeout(db.m_db, 10000);

    const crypto::SecureBuffer pragma = keyPragma("key", rawKey);
    if (sqlite3_exec(db.m_db, reinterpret_cast<const char*>(pragma.data()), nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail(tr("cannot set the database key: %1").arg(db.lastError()));
    // Same page size on every open; must precede the first read.
    if (auto r = db.exec("PRAGMA cipher_page_size = 4096;"); !r)
        return std::move(r).takeError();
    // The first read decrypts page 1: a wrong key or a damaged header fails here.
    if (sqlite3_exec(db.m_db, "SELECT count(*) FROM sqlite_master;", nullptr, nullptr, nullptr) != SQLITE_OK)
        return fail(tr("cannot read %1: wrong key or damaged database (%2)").arg(path, db.lastError()));
    // No free pages ever stay in the file, so PRAGMA quick_check (run by verify) reads,
    // and SQLCipher authenticates, every page. (SQLCipher 3's per-page reserve ends in 12
    // bytes of random padding no MAC covers; nothing reads them: docs/security.md.)
    if (mode == Mode::CreateNew)
        if (auto r = db.exec("PRAGMA auto_vacuum = FULL;"); !r)
            return std::move(r).takeError();
    for (const char* sql : {"PRAGMA journal_mode = WAL;", "PRAGMA synchronous = FULL;", "PRAGMA foreign_keys = ON;",
                            "PRAGMA secure_delete = ON;", "PRAGMA temp_store = MEMORY;",
                            // 64 MiB of decrypted pages: chart reads and index updates on a
                            // million-entry ledger stay in memory.
                            "PRAGMA cache_size = -65536;",
                            // Checkpoint every 64 MiB of WAL rather than every 4 MiB: an index
                            // page rewritten by many commits in between is copied back once.
                            "PRAGMA wal_autocheckpoint = 16384;"}) {
        if (auto r = db.exec(sql); !r)
            return std::move(r).takeError();
    }
    return db;
}

Result<void> Database::exec(const char* sql)
{
    char* message = nullptr;
    if (sqlite3_exec(m_db, sql, nullptr, nullptr, &message) != SQLITE_OK) {
        const QString text = message ? QString::fromUtf8(message) : lastError();
        sqlite3_free(message);
        return fail(tr("database error: %1").arg(text));
    }
    return {};
}

Result<Statement> Database::prepare(const char* sql)
{
    sqlite3_stmt* stmt = nullptr;
    if (sqlite3_prepare_v2(m_db, sql, -1, &stmt, nullptr) != SQLITE_OK)
        return fail(tr("database error preparing a statement: %1").arg(lastError()));
    return Statement(m_db, stmt);
}

Result<void> Database::rekey(const crypto::SecureBuffer& newRawKey)
{
    if (newRawKey.size() != 32)
        return fail(tr("a database key is 32 bytes"));
    // SQLCipher cannot re-key a database in WAL mode; switch to a rollback journal meanwhile.
    if (auto r = exec("PRAGMA journal_mode = DELETE;"); !r)
        return r;
    const crypto::SecureBuffer pragma = keyPragma("rekey", newRawKey);
    const int rc = sqlite3_exec(m_db, reinterpret_cast<const char*>(pragma.data()), nullptr, nullptr, nullptr);
    auto restored = exec("PRAGMA journal_mode = WAL;");
    if (rc != SQLITE_OK)
        return fail(tr("re-keying the database failed: %1").arg(lastError()));
    return restored;
}

} // namespace medilock::ledger
