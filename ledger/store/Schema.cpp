#include "Schema.h"

#include "Database.h"
#include "Statement.h"
#include "Transaction.h"

#include <QCoreApplication>

#include <iterator>
#include <string>

namespace medilock::ledger {

namespace {
// Append only: a released migration is never edited, a change is a new migration.
const char* const kMigrations[] = {
    // 1: node identity, the local user directory, and the ledger's blocks and entries.
    R"sql(
    CREATE TABLE node_meta (
        key   TEXT PRIMARY KEY NOT NULL,
        value BLOB NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE node_users (
        name        TEXT PRIMARY KEY NOT NULL,
        role        TEXT NOT NULL CHECK (role IN ('admin', 'physician', 'nurse', 'reception')),
        public_key  BLOB NOT NULL UNIQUE CHECK (length(public_key) = 32),
        enrolled_at INTEGER NOT NULL,
        enrolled_by TEXT
    );
    CREATE TABLE blocks (
        hash        BLOB PRIMARY KEY NOT NULL CHECK (length(hash) = 32),
        origin      BLOB NOT NULL CHECK (length(origin) = 32),
        height      INTEGER NOT NULL CHECK (height >= 0),
        previous    BLOB NOT NULL CHECK (length(previous) = 32),
        sealed_at   INTEGER NOT NULL,
        entry_count INTEGER NOT NULL CHECK (entry_count > 0),
        cumulative  INTEGER NOT NULL,
        root        BLOB NOT NULL CHECK (length(root) = 32),
        header      BLOB NOT NULL,
        signature   BLOB NOT NULL CHECK (length(signature) = 64),
        UNIQUE (origin, height)
    ) WITHOUT ROWID;
    CREATE TABLE entries (
        hash        BLOB PRIMARY KEY NOT NULL CHECK (length(hash) = 32),
        block_hash  BLOB NOT NULL REFERENCES blocks (hash),
        position    INTEGER NOT NULL,
        kind        INTEGER NOT NULL,
        entry_id    BLOB NOT NULL CHECK (length(entry_id) = 16),
        patient_id  BLOB NOT NULL CHECK (length(patient_id) = 16),
        authored_at INTEGER NOT NULL,
        author      BLOB NOT NULL CHECK (length(author) = 32),
        supersedes  BLOB NOT NULL CHECK (length(supersedes) = 32),
        encoded     BLOB NOT NULL,
        UNIQUE (block_hash, position)
    );
    CREATE INDEX entries_by_patient ON entries (patient_id, authored_at);
    CREATE INDEX entries_by_order ON entries (authored_at, hash);
    )sql",
};
} // namespace

int Schema::currentVersion()
{
    return static_cast<int>(std::size(kMigrations));
}

Result<int> Schema::version(Database& db)
{
    auto stmt = db.prepare("PRAGMA user_version;");
    if (!stmt)
        return std::move(stmt).takeError();
    auto row = stmt->step();
    if (!row)
        return std::move(row).takeError();
    return static_cast<int>(stmt->integer(0));
}

Result<void> Schema::migrate(Database& db)
{
    auto current = version(db);
    if (!current)
        return std::move(current).takeError();
    if (*current > currentVersion())
        return fail(QCoreApplication::translate("Schema",
                                                "this node's database has schema version %1, newer than this program "
                                                "understands (%2); update MediLock")
                        .arg(*current)
                        .arg(currentVersion()));
    for (int v = *current; v < currentVersion(); ++v) {
        auto tx = Transaction::begin(db);
        if (!tx)
            return std::move(tx).takeError();
        if (auto r = db.exec(kMigrations[v]); !r)
            return r;
        const std::string bump = "PRAGMA user_version = " + std::to_string(v + 1) + ";";
        if (auto r = db.exec(bump.c_str()); !r)
            return r;
        if (auto r = tx->commit(); !r)
            return r;
    }
    return {};
}

} // namespace medilock::ledger
