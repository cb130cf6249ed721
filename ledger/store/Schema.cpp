#include "Schema.h"

#include "Database.h"
#include "Statement.h"
#include "Transaction.h"

#include <QCoreApplication>

#include <algorithm>
#include <iterator>
#include <string>

namespace medilock::ledger {

namespace {
// Append only: a released migration is never edited, a change is a new migration.
const char* const kMigrations[] = {
    // 1: node identity; the ledger (blocks, entries, this node's chain head, equivocation
    // proofs); and the projection, the readable state folded from verified entries.
    R"sql(
    CREATE TABLE node_meta (
        key   TEXT PRIMARY KEY NOT NULL,
        value BLOB NOT NULL
    ) WITHOUT ROWID;

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
        stored_seq  INTEGER NOT NULL UNIQUE,
        UNIQUE (origin, height)
    ) WITHOUT ROWID;
    CREATE TABLE entries (
        hash        BLOB PRIMARY KEY NOT NULL CHECK (length(hash) = 32),
        block_hash  BLOB NOT NULL REFERENCES blocks (hash),
        position    INTEGER NOT NULL,
        kind        INTEGER NOT NULL,
        entry_id    BLOB NOT NULL UNIQUE CHECK (length(entry_id) = 16),
        patient_id  BLOB NOT NULL CHECK (length(patient_id) = 16),
        authored_ms INTEGER NOT NULL,
        authored_lc INTEGER NOT NULL,
        author      BLOB NOT NULL CHECK (length(author) = 32),
        supersedes  BLOB NOT NULL CHECK (length(supersedes) = 32),
        encoded     BLOB NOT NULL,
        UNIQUE (block_hash, position)
    );
    CREATE INDEX entries_by_patient ON entries (patient_id, authored_ms, authored_lc);
    CREATE INDEX entries_by_order ON entries (authored_ms, authored_lc, hash);
    CREATE TABLE own_chain (
        origin     BLOB PRIMARY KEY NOT NULL,
        height     INTEGER NOT NULL,
        hash       BLOB NOT NULL,
        cumulative INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE equivocations (
        origin           BLOB NOT NULL,
        height           INTEGER NOT NULL,
        first_header     BLOB NOT NULL,
        first_signature  BLOB NOT NULL,
        second_header    BLOB NOT NULL,
        second_signature BLOB NOT NULL,
        detected_at      INTEGER NOT NULL,
        PRIMARY KEY (origin, height)
    ) WITHOUT ROWID;

    CREATE TABLE clinics (
        root       BLOB PRIMARY KEY NOT NULL,
        name       TEXT NOT NULL,
        entry_hash BLOB NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE nodes (
        key             BLOB PRIMARY KEY NOT NULL,
        clinic_root     BLOB NOT NULL,
        tls_fingerprint BLOB NOT NULL,
        name            TEXT NOT NULL,
        entry_hash      BLOB NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE users (
        key         BLOB PRIMARY KEY NOT NULL,
        clinic_root BLOB NOT NULL,
        role        TEXT NOT NULL,
        name        TEXT NOT NULL,
        enrolled_ms INTEGER NOT NULL,
        enrolled_lc INTEGER NOT NULL,
        entry_hash  BLOB NOT NULL,
        revoked_ms  INTEGER,
        revoked_lc  INTEGER,
        revoked_by  BLOB
    ) WITHOUT ROWID;
    CREATE INDEX users_by_name ON users (name);
    CREATE TABLE patients (
        id          BLOB PRIMARY KEY NOT NULL,
        name        TEXT NOT NULL,
        family      TEXT NOT NULL,
        given       TEXT NOT NULL,
        birth_date  TEXT NOT NULL,
        sex         TEXT NOT NULL,
        phones      TEXT NOT NULL,
        identifiers TEXT NOT NULL,
        address     TEXT NOT NULL,
        blood_group TEXT NOT NULL,
        contacts    TEXT NOT NULL,
        home_clinic BLOB NOT NULL,
        source_ms   INTEGER NOT NULL,
        source_lc   INTEGER NOT NULL,
        source_hash BLOB NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE patient_tokens (
        token      TEXT NOT NULL,
        patient_id BLOB NOT NULL,
        PRIMARY KEY (token, patient_id)
    ) WITHOUT ROWID;
    CREATE INDEX patient_tokens_by_patient ON patient_tokens (patient_id, token);
    -- A rowid table filled in arrival order: a random-order key here would dirty a page of
    -- the table per inserted record. Each entry is applied once (entries.hash is unique).
    CREATE TABLE records (
        hash          BLOB NOT NULL,
        patient_id    BLOB NOT NULL,
        kind          INTEGER NOT NULL,
        authored_ms   INTEGER NOT NULL,
        authored_lc   INTEGER NOT NULL,
        author        BLOB NOT NULL,
        resource_type TEXT NOT NULL,
        display       TEXT NOT NULL,
        code          TEXT NOT NULL,
        code_system   TEXT NOT NULL,
        status        TEXT NOT NULL,
        criticality   TEXT NOT NULL,
        reaction      TEXT NOT NULL,
        category      TEXT NOT NULL,
        effective_ms  INTEGER,
        value         REAL,
        unit          TEXT NOT NULL,
        value_text    TEXT NOT NULL,
        no_known      INTEGER NOT NULL,
        implanted     INTEGER NOT NULL
    );
    CREATE INDEX records_by_patient ON records (patient_id, authored_ms, authored_lc);
    CREATE TABLE supersessions (
        superseded BLOB NOT NULL,
        by_entry   BLOB NOT NULL,
        action     TEXT NOT NULL,
        reason     TEXT NOT NULL,
        PRIMARY KEY (superseded, by_entry)
    ) WITHOUT ROWID;
    CREATE TABLE patient_links (
        entry_hash  BLOB PRIMARY KEY NOT NULL,
        patient_a   BLOB NOT NULL,
        patient_b   BLOB NOT NULL,
        linked      INTEGER NOT NULL,
        authored_ms INTEGER NOT NULL,
        authored_lc INTEGER NOT NULL
    ) WITHOUT ROWID;
    CREATE TABLE access_log (
        entry_hash  BLOB PRIMARY KEY NOT NULL,
        patient_id  BLOB NOT NULL,
        kind        INTEGER NOT NULL,
        viewer      BLOB NOT NULL,
        authored_ms INTEGER NOT NULL,
        authored_lc INTEGER NOT NULL,
        reason      TEXT NOT NULL
    ) WITHOUT ROWID;
    CREATE INDEX access_log_by_patient ON access_log (patient_id, authored_ms);
    )sql",
    // 2: paired sync peers (medilock-cli peer add): where to dial, which certificate to expect.
    R"sql(
    CREATE TABLE peers (
        address         TEXT NOT NULL,
        tls_fingerprint BLOB NOT NULL CHECK (length(tls_fingerprint) = 32),
        added_at        INTEGER NOT NULL,
        PRIMARY KEY (address, tls_fingerprint)
    ) WITHOUT ROWID;
    )sql",
    // 3: what the sync node records per peer: bans (so they survive a restart), counters and
    // last contact, for the application and `medilock-cli peers`.
    R"sql(
    CREATE TABLE peer_status (
        tls_fingerprint      BLOB PRIMARY KEY NOT NULL CHECK (length(tls_fingerprint) = 32),
        address              TEXT NOT NULL,
        node_fingerprint     TEXT NOT NULL,
        connected            INTEGER NOT NULL,
        last_contact_ms      INTEGER NOT NULL,
        blocks_behind        INTEGER NOT NULL,
        blocks_ahead         INTEGER NOT NULL,
        failed_verifications INTEGER NOT NULL,
        bans                 INTEGER NOT NULL,
        banned_until_ms      INTEGER NOT NULL,
        equivocation_alerts  INTEGER NOT NULL,
        recorded_ms          INTEGER NOT NULL
    ) WITHOUT ROWID;
    )sql",
    // 4: entries lose their index on the entry hash. It was the largest index written in random
    // order (a commit dirtied most of its pages), and it guarded nothing the entry id does not:
    // the id is inside the signed bytes, so equal hashes imply equal ids, which stay UNIQUE.
    // Administrative entries keep a small partial index for the projection's joins; the
    // authored-order index (only its newest end is read) drops its hash column.
    R"sql(
    CREATE TABLE entries_v4 (
        hash        BLOB NOT NULL CHECK (length(hash) = 32),
        block_hash  BLOB NOT NULL REFERENCES blocks (hash),
        position    INTEGER NOT NULL,
        kind        INTEGER NOT NULL,
        entry_id    BLOB NOT NULL UNIQUE CHECK (length(entry_id) = 16),
        patient_id  BLOB NOT NULL CHECK (length(patient_id) = 16),
        authored_ms INTEGER NOT NULL,
        authored_lc INTEGER NOT NULL,
        author      BLOB NOT NULL CHECK (length(author) = 32),
        supersedes  BLOB NOT NULL CHECK (length(supersedes) = 32),
        encoded     BLOB NOT NULL,
        UNIQUE (block_hash, position)
    );
    INSERT INTO entries_v4 (hash, block_hash, position, kind, entry_id, patient_id, authored_ms, authored_lc,
                            author, supersedes, encoded)
        SELECT hash, block_hash, position, kind, entry_id, patient_id, authored_ms, authored_lc, author,
               supersedes, encoded FROM entries ORDER BY rowid;
    DROP TABLE entries;
    ALTER TABLE entries_v4 RENAME TO entries;
    CREATE INDEX entries_by_patient ON entries (patient_id, authored_ms, authored_lc);
    CREATE INDEX entries_by_order ON entries (authored_ms, authored_lc);
    CREATE INDEX entries_admin_by_hash ON entries (hash) WHERE kind < 16;
    )sql",
    // 5: access entries (chart viewed, emergency access) signed while a node restored from a
    // backup may not seal (RestoreMark): queued here, in order, until signing resumes and
    // they are sealed and removed in one transaction (UnsealedQueue). `reason` is the
    // purpose or break-glass reason, as in access_log, for the access report.
    R"sql(
    CREATE TABLE unsealed_entries (
        seq         INTEGER PRIMARY KEY,
        entry_id    BLOB NOT NULL UNIQUE CHECK (length(entry_id) = 16),
        hash        BLOB NOT NULL CHECK (length(hash) = 32),
        kind        INTEGER NOT NULL,
        patient_id  BLOB NOT NULL CHECK (length(patient_id) = 16),
        author      BLOB NOT NULL CHECK (length(author) = 32),
        authored_ms INTEGER NOT NULL,
        authored_lc INTEGER NOT NULL,
        reason      TEXT NOT NULL,
        queued_at   INTEGER NOT NULL,
        encoded     BLOB NOT NULL
    );
    CREATE INDEX unsealed_entries_by_patient ON unsealed_entries (patient_id, authored_ms);
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
    return migrate(db, currentVersion());
}

Result<void> Schema::migrate(Database& db, int target)
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
    for (int v = *current; v < std::min(target, currentVersion()); ++v) {
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
