#include "Database.h"

#include "Statement.h"

#include <sqlcipher/sqlite3.h>

#include <QCoreApplication>
#include <QFile>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace medilock::ledger {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Database", text);
}

// `<head>x'<64 hex>'<tail>` built in a wiped buffer: the key never sits in a QString.
// The tail's terminating NUL is included.
crypto::SecureBuffer keyText(const std::string& head, const crypto::SecureBuffer& rawKey, const char* tail)
{
    static const char digits[] = "0123456789abcdef";
    const std::string end = std::string("'") + tail;
    crypto::SecureBuffer text(head.size() + 2 + rawKey.size() * 2 + end.size() + 1);
    auto* out = reinterpret_cast<char*>(text.data());
    out = std::copy(head.begin(), head.end(), out);
    *out++ = 'x';
    *out++ = '\'';
    for (std::size_t i = 0; i < rawKey.size(); ++i) {
        *out++ = digits[rawKey.data()[i] >> 4];
        *out++ = digits[rawKey.data()[i] & 0x0f];
    }
    std::copy_n(end.c_str(), end.size() + 1, out);
    return text;
}

// `PRAGMA key = "x'<64 hex>'";`
crypto::SecureBuffer keyPragma(const char* verb, const crypto::SecureBuffer& rawKey)
{
    return keyText(std::string("PRAGMA ") + verb + " = \"", rawKey, "\";");
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

Result<QString> Database::queryText(const char* sql)
{
    auto stmt = prepare(sql);
    if (!stmt)
        return std::move(stmt).takeError();
    auto row = stmt->step();
    if (!row)
        return std::move(row).takeError();
    return *row ? stmt->text(0) : QString();
}

Result<void> Database::exportTo(const QString& path, const crypto::SecureBuffer& rawKey)
{
    if (rawKey.size() != 32)
        return fail(tr("a database key is 32 bytes"));
    // An empty file is an empty database: created here (owner only, never over an existing
    // file) because this connection was not opened with SQLITE_OPEN_CREATE, which ATTACH inherits.
    const int fd = ::open(QFile::encodeName(path).constData(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return fail(errno == EEXIST ? tr("a database already exists at %1").arg(path)
                                    : tr("cannot create %1: %2").arg(path, QString::fromLocal8Bit(std::strerror(errno))));
    ::close(fd);
    auto schemaVersion = queryText("PRAGMA main.user_version;");
    if (!schemaVersion)
        return std::move(schemaVersion).takeError();
    {
        // The key literal is bound from its wiped buffer without a copy (SQLITE_STATIC).
        const crypto::SecureBuffer literal = keyText({}, rawKey, "");
        sqlite3_stmt* raw = nullptr;
        if (sqlite3_prepare_v2(m_db, "ATTACH DATABASE ?1 AS rekeyed KEY ?2;", -1, &raw, nullptr) != SQLITE_OK)
            return fail(tr("database error preparing a statement: %1").arg(lastError()));
        Statement statement(m_db, raw);
        statement.bind(1, path);
        sqlite3_bind_blob(raw, 2, literal.data(), static_cast<int>(literal.size() - 1), SQLITE_STATIC);
        if (auto r = statement.run(); !r)
            return fail(tr("cannot create %1: %2").arg(path, r.error()));
    }
    const std::string version = "PRAGMA rekeyed.user_version = " + std::to_string(schemaVersion->toLongLong()) + ";";
    Result<void> copied;
    for (const char* sql : {"PRAGMA rekeyed.cipher_page_size = 4096;", "PRAGMA rekeyed.auto_vacuum = FULL;",
                            "PRAGMA rekeyed.journal_mode = DELETE;", "PRAGMA rekeyed.synchronous = FULL;",
                            "SELECT sqlcipher_export('rekeyed');", version.c_str()}) {
        copied = exec(sql);
        if (!copied)
            break;
    }
    auto detached = exec("DETACH DATABASE rekeyed;");
    if (!copied)
        return copied;
    return detached;
}

} // namespace medilock::ledger
