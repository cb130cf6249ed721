#pragma once

// A node database built directly with the ledger's own APIs, for the ledger's tests: a fresh
// SQLCipher file with a random raw key, the schema, a clinic (root key and three users) and
// a node whose genesis block founds the clinic, certifies the node and enrols the users
// (the drafts of app/NodeSetup.cpp writeGenesis). No keyring and no scrypt: tests stay fast.

#include "ledger/AdminPayload.h"
#include "ledger/Block.h"
#include "ledger/EntryDraft.h"
#include "ledger/Ledger.h"
#include "ledger/projection/AccessPayload.h"
#include "ledger/projection/Projection.h"
#include "ledger/store/Database.h"
#include "ledger/store/Schema.h"
#include "ledger/store/Statement.h"

#include "crypto/Ed25519.h"
#include "crypto/Hex.h"
#include "crypto/Random.h"
#include "crypto/Sha256.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>

#include <memory>
#include <optional>
#include <vector>

namespace medilock::test {

namespace L = medilock::ledger;

inline L::PublicKeyBytes keyBytes(const crypto::Ed25519PrivateKey& key)
{
    L::PublicKeyBytes out {};
    L::fromBytes(key.publicKey().bytes(), out);
    return out;
}

// A key whose seed is 32 copies of one byte (test vectors, reproducible fixtures).
inline crypto::Ed25519PrivateKey keyFromSeedByte(std::uint8_t b)
{
    const std::array<std::uint8_t, 32> seed = [b] {
        std::array<std::uint8_t, 32> s {};
        s.fill(b);
        return s;
    }();
    auto key = crypto::Ed25519PrivateKey::fromSeed(ByteView(seed));
    Q_ASSERT(key.ok());
    return std::move(key).value();
}

inline L::Id128 randomId()
{
    L::Id128 id {};
    crypto::fillRandom(id.data(), id.size());
    return id;
}

// A deterministic non-zero id from a number (big-endian in the last 8 bytes, tag in byte 0).
inline L::Id128 idFromNumber(std::uint64_t n, std::uint8_t tag = 0x5a)
{
    L::Id128 id {};
    id[0] = tag;
    for (int i = 0; i < 8; ++i)
        id[static_cast<std::size_t>(15 - i)] = static_cast<std::uint8_t>(n >> (8 * i));
    return id;
}

inline QString hexOf(const QByteArray& bytes)
{
    return QString::fromLatin1(bytes.toHex());
}

template<std::size_t N> QString hexOf(const std::array<std::uint8_t, N>& a)
{
    return hexOf(L::toBytes(a));
}

// The 16 hex digits by which the ledger's messages name a block or an entry.
template<std::size_t N> QString shortHexOf(const std::array<std::uint8_t, N>& a)
{
    return hexOf(a).left(16);
}

// ---- Payloads -------------------------------------------------------------------------

namespace payload {

inline QByteArray compact(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline QByteArray patient(const QString& family, const QString& given, const QString& birthDate)
{
    return compact({{QStringLiteral("resourceType"), QStringLiteral("Patient")},
        {QStringLiteral("name"),
            QJsonArray {
                QJsonObject {{QStringLiteral("family"), family}, {QStringLiteral("given"), QJsonArray {given}}}}},
        {QStringLiteral("birthDate"), birthDate}});
}

inline QByteArray heartRate(int bpm)
{
    return compact({{QStringLiteral("resourceType"), QStringLiteral("Observation")},
        {QStringLiteral("status"), QStringLiteral("final")},
        {QStringLiteral("code"),
            QJsonObject {{QStringLiteral("coding"),
                QJsonArray {QJsonObject {{QStringLiteral("system"), QStringLiteral("http://loinc.org")},
                    {QStringLiteral("code"), QStringLiteral("8867-4")},
                    {QStringLiteral("display"), QStringLiteral("Heart rate")}}}}}},
        {QStringLiteral("valueQuantity"),
            QJsonObject {{QStringLiteral("value"), bpm}, {QStringLiteral("unit"), QStringLiteral("/min")}}}});
}

inline QByteArray condition(const QString& code, const QString& display)
{
    return compact({{QStringLiteral("resourceType"), QStringLiteral("Condition")},
        {QStringLiteral("code"),
            QJsonObject {{QStringLiteral("coding"),
                             QJsonArray {QJsonObject {
                                 {QStringLiteral("system"), QStringLiteral("http://hl7.org/fhir/sid/icd-10-cm")},
                                 {QStringLiteral("code"), code}, {QStringLiteral("display"), display}}}},
                {QStringLiteral("text"), display}}}});
}

inline QByteArray allergy(const QString& display)
{
    return compact({{QStringLiteral("resourceType"), QStringLiteral("AllergyIntolerance")},
        {QStringLiteral("criticality"), QStringLiteral("high")},
        {QStringLiteral("code"), QJsonObject {{QStringLiteral("text"), display}}}});
}

inline QByteArray medication(const QString& display)
{
    return compact({{QStringLiteral("resourceType"), QStringLiteral("MedicationStatement")},
        {QStringLiteral("status"), QStringLiteral("active")},
        {QStringLiteral("medicationCodeableConcept"), QJsonObject {{QStringLiteral("text"), display}}}});
}

inline QByteArray chartViewed(const QString& purpose = QStringLiteral("chart"))
{
    return L::ChartViewedPayload {purpose}.encode();
}

inline QByteArray emergency(const QString& reason, int minutes = 30)
{
    return L::EmergencyAccessPayload {reason, minutes}.encode();
}

inline QByteArray amendment(const QString& reason, const QString& action = QStringLiteral("entered-in-error"))
{
    return L::AmendmentPayload {action, reason}.encode();
}

inline QByteArray link(const L::Id128& other, bool linked = true)
{
    L::PatientsLinkedPayload p;
    p.other = other;
    p.linked = linked;
    return p.encode();
}

} // namespace payload

// ---- A clinic and its nodes ------------------------------------------------------------

// A clinic's root key and its three enrolled users.
struct Clinic
{
    QString name;
    crypto::Ed25519PrivateKey root, physician, nurse, reception;

    static Clinic generate(const QString& name)
    {
        return {name, crypto::Ed25519PrivateKey::generate(), crypto::Ed25519PrivateKey::generate(),
            crypto::Ed25519PrivateKey::generate(), crypto::Ed25519PrivateKey::generate()};
    }
    L::PublicKeyBytes rootKey() const { return keyBytes(root); }
};

inline L::EntryDraft enrolDraft(const crypto::Ed25519PrivateKey& user, L::SignerRole role, const QString& name)
{
    L::UserEnrolledPayload p;
    p.key = keyBytes(user);
    p.role = role;
    p.name = name;
    return {L::EntryKind::UserEnrolled, {}, {}, p.encode(), {}};
}

inline L::EntryDraft certifyDraft(const crypto::Ed25519PrivateKey& node, const QString& name)
{
    L::NodeCertifiedPayload p;
    p.node = keyBytes(node);
    // Any 32 bytes stand for the TLS certificate's fingerprint here.
    L::fromBytes(crypto::Sha256::hash(node.publicKey().bytes()), p.tlsFingerprint);
    p.name = name;
    return {L::EntryKind::NodeCertified, {}, {}, p.encode(), {}};
}

inline L::EntryDraft revokeDraft(const crypto::Ed25519PrivateKey& user, const QString& reason)
{
    L::UserRevokedPayload p;
    p.key = keyBytes(user);
    p.reason = reason;
    return {L::EntryKind::UserRevoked, {}, {}, p.encode(), {}};
}

inline L::EntryDraft trustDraft(const L::PublicKeyBytes& otherRoot, const QString& name)
{
    L::ClinicTrustPayload p;
    L::fromBytes(crypto::Sha256::hash(L::toBytes(otherRoot)), p.rootFingerprint);
    p.name = name;
    return {L::EntryKind::ClinicTrusted, {}, {}, p.encode(), {}};
}

// The drafts of a node's genesis block, as app/NodeSetup.cpp writes them, signed by the root.
inline std::vector<L::EntryDraft> genesisDrafts(const Clinic& clinic, const crypto::Ed25519PrivateKey& node)
{
    return {
        {L::EntryKind::ClinicFounded, {}, {}, L::ClinicFoundedPayload {clinic.name}.encode(), {}},
        certifyDraft(node, clinic.name + QStringLiteral(" node 1")),
        enrolDraft(clinic.physician, L::SignerRole::Physician, QStringLiteral("dr-house")),
        enrolDraft(clinic.nurse, L::SignerRole::Nurse, QStringLiteral("nurse-joy")),
        enrolDraft(clinic.reception, L::SignerRole::Reception, QStringLiteral("front-desk")),
    };
}

// A fresh SQLCipher database file at `path`, opened with `key` and migrated.
inline Result<L::Database> createDatabase(const QString& path, const crypto::SecureBuffer& key)
{
    auto db = L::Database::open(path, key, L::Database::Mode::CreateNew);
    if (!db)
        return db;
    if (auto r = L::Schema::migrate(*db); !r)
        return std::move(r).takeError();
    return db;
}

// What a write must leave unchanged when it is refused.
struct LedgerStats
{
    qint64 blocks = 0;
    qint64 entries = 0;
    qint64 equivocations = 0;
    L::Hash state {};
    bool operator==(const LedgerStats&) const = default;
};

inline Result<qint64> countRows(L::Database& db, const char* sql)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return std::move(stmt).takeError();
    auto row = stmt->step();
    if (!row)
        return std::move(row).takeError();
    return stmt->integer(0);
}

inline Result<LedgerStats> statsOf(L::Database& db)
{
    LedgerStats s;
    auto blocks = countRows(db, "SELECT count(*) FROM blocks;");
    auto entries = countRows(db, "SELECT count(*) FROM entries;");
    auto equivocations = countRows(db, "SELECT count(*) FROM equivocations;");
    auto state = L::Projection::stateHash(db);
    if (!blocks || !entries || !equivocations || !state)
        return fail(QStringLiteral("cannot read the ledger's statistics: %1").arg(db.lastError()));
    s.blocks = *blocks;
    s.entries = *entries;
    s.equivocations = *equivocations;
    s.state = *state;
    return s;
}

// Flushes the WAL into the main file, so that the file alone is the whole database.
inline Result<void> checkpoint(L::Database& db)
{
    return db.exec("PRAGMA wal_checkpoint(TRUNCATE);");
}

// A node: its database, its signing key, and a Ledger over them.
class Node
{
public:
    // Creates the database at `path`; with `genesis`, seals the clinic's genesis block.
    static Result<std::unique_ptr<Node>> create(
        const QString& path, const Clinic& clinic, bool genesis = true, crypto::Ed25519PrivateKey nodeKey = {})
    {
        std::unique_ptr<Node> n(new Node);
        n->m_path = path;
        n->m_dbKey = crypto::randomSecret(32);
        n->m_key = nodeKey.isNull() ? crypto::Ed25519PrivateKey::generate() : std::move(nodeKey);
        n->m_localRoot = clinic.rootKey();
        auto db = createDatabase(path, n->m_dbKey);
        if (!db)
            return std::move(db).takeError();
        n->m_db = std::move(db).value();
        if (auto r = n->openLedger(); !r)
            return std::move(r).takeError();
        if (genesis) {
            const auto drafts = genesisDrafts(clinic, n->m_key);
            if (auto r = n->append(drafts, clinic.root); !r)
                return std::move(r).takeError();
        }
        return n;
    }

    Result<L::Ledger::AppendResult> append(
        std::span<const L::EntryDraft> drafts, const crypto::Ed25519PrivateKey& author)
    {
        return m_ledger->append(drafts, author, m_key);
    }
    Result<L::Ledger::AppendResult> append(const L::EntryDraft& draft, const crypto::Ed25519PrivateKey& author)
    {
        return append(std::span<const L::EntryDraft>(&draft, 1), author);
    }

    // The block just appended (the last of an append's blocks).
    Result<L::Block> lastBlock(const L::Ledger::AppendResult& appended)
    {
        if (appended.blocks.empty())
            return fail(QStringLiteral("the append sealed no block"));
        auto block = m_ledger->store().load(appended.blocks.back());
        if (!block)
            return std::move(block).takeError();
        if (!*block)
            return fail(QStringLiteral("an appended block is not stored"));
        return std::move(**block);
    }

    // Closes the ledger and the database (after a checkpoint), e.g. before copying the file.
    Result<void> close()
    {
        m_ledger.reset();
        if (m_db.isOpen())
            if (auto r = checkpoint(m_db); !r)
                return r;
        m_db = L::Database();
        return {};
    }

    Result<void> reopen()
    {
        m_ledger.reset();
        m_db = L::Database();
        auto db = L::Database::open(m_path, m_dbKey, L::Database::Mode::OpenExisting);
        if (!db)
            return std::move(db).takeError();
        m_db = std::move(db).value();
        return openLedger();
    }

    // A block sealed by this node's key on top of its stored head, bypassing the Ledger's
    // validation: how a faulty or hostile peer's block looks on arrival.
    Result<L::Block> sealOnHead(std::vector<L::Entry> entries, std::uint64_t sealedAtMs = 0)
    {
        auto head = m_ledger->store().headOf(keyBytes(m_key));
        if (!head)
            return std::move(head).takeError();
        std::optional<L::Block::Previous> previous;
        if (*head)
            previous = L::Block::Previous {(*head)->height, (*head)->hash, (*head)->cumulativeEntryCount};
        if (sealedAtMs == 0)
            sealedAtMs = static_cast<std::uint64_t>(QDateTime::currentMSecsSinceEpoch());
        return L::Block::seal(std::move(entries), previous, sealedAtMs, m_key);
    }

    Result<LedgerStats> stats() { return statsOf(m_db); }

    const QString& path() const { return m_path; }
    const crypto::SecureBuffer& dbKey() const { return m_dbKey; }
    QString dbKeyHex() const { return hexOf(toByteArray(m_dbKey.view())); }
    const crypto::Ed25519PrivateKey& key() const { return m_key; }
    L::PublicKeyBytes origin() const { return keyBytes(m_key); }
    const L::PublicKeyBytes& localRoot() const { return m_localRoot; }
    L::Database& db() { return m_db; }
    L::Ledger& ledger() { return *m_ledger; }

private:
    Node() = default;
    Result<void> openLedger()
    {
        auto ledger = L::Ledger::open(m_db, m_localRoot);
        if (!ledger)
            return std::move(ledger).takeError();
        m_ledger = std::move(ledger).value();
        return {};
    }

    QString m_path;
    crypto::SecureBuffer m_dbKey;
    crypto::Ed25519PrivateKey m_key;
    L::PublicKeyBytes m_localRoot {};
    L::Database m_db;
    std::unique_ptr<L::Ledger> m_ledger; // declared after m_db: destroyed before it
};

// Signs one entry directly (any author, any time): for blocks the Ledger would not make.
inline Result<L::Entry> signEntry(L::EntryKind kind, const L::Id128& patient, const QByteArray& payloadBytes,
    const crypto::Ed25519PrivateKey& author, const L::HlcTime& at, const L::Hash& supersedes = {},
    const L::Id128& entryId = {})
{
    return L::Entry::sign({kind, entryId, patient, at, supersedes, payloadBytes}, author);
}

// Database files of one test, in a directory removed afterwards: on tmpfs where there is one,
// so that the fsync of every commit (synchronous=FULL) of hundreds of short-lived databases
// does not dominate. Durability is tst_CrashSafety's part.
class DatabaseFiles
{
public:
    explicit DatabaseFiles(const QString& testName)
        : m_dir(QDir(QStringLiteral("/dev/shm")).exists()
                  ? QStringLiteral("/dev/shm/medilock-%1-XXXXXX").arg(testName)
                  : QDir::tempPath() + QStringLiteral("/medilock-%1-XXXXXX").arg(testName))
    {
    }
    bool isValid() const { return m_dir.isValid(); }
    QString newPath() { return m_dir.filePath(QStringLiteral("node-%1.db").arg(++m_count)); }

private:
    QTemporaryDir m_dir;
    int m_count = 0;
};

// The k-th test patient of a clinic numbered `clinic`.
inline L::Id128 patientOf(int clinic, int k)
{
    return idFromNumber(static_cast<std::uint64_t>(clinic * 100 + k), 0x50);
}

inline QString statusName(L::Ledger::AcceptStatus s)
{
    using Status = L::Ledger::AcceptStatus;
    switch (s) {
    case Status::Stored:
        return QStringLiteral("Stored");
    case Status::AlreadyHave:
        return QStringLiteral("AlreadyHave");
    case Status::MissingPrevious:
        return QStringLiteral("MissingPrevious");
    case Status::UnknownOrigin:
        return QStringLiteral("UnknownOrigin");
    case Status::Equivocation:
        return QStringLiteral("Equivocation");
    case Status::Frozen:
        return QStringLiteral("Frozen");
    case Status::LocalFailure:
        return QStringLiteral("LocalFailure");
    }
    return QStringLiteral("?");
}

// A node of a fresh clinic with a second certified node (whose blocks the tests forge).
struct Site
{
    Clinic clinic = Clinic::generate(QStringLiteral("Role Clinic"));
    crypto::Ed25519PrivateKey node2 = crypto::Ed25519PrivateKey::generate();
    std::unique_ptr<Node> node;
};

inline std::unique_ptr<Site> makeSite(const QString& path)
{
    auto site = std::make_unique<Site>();
    auto node = Node::create(path, site->clinic);
    if (!node)
        qFatal("cannot create a node: %s", qPrintable(node.error()));
    site->node = std::move(node).value();
    auto certified = site->node->append(certifyDraft(site->node2, QStringLiteral("node 2")), site->clinic.root);
    if (!certified)
        qFatal("cannot certify node 2: %s", qPrintable(certified.error()));
    return site;
}

inline L::HlcTime nowHlc(std::uint32_t logical = 0)
{
    return {static_cast<std::uint64_t>(QDateTime::currentMSecsSinceEpoch()), logical};
}

} // namespace medilock::test

// Fails the current test with the error of a Result that is not ok.
#define ML_REQUIRE(expr)                                                                                               \
    do {                                                                                                               \
        const auto& ml_result_ = (expr);                                                                               \
        if (!ml_result_.ok())                                                                                          \
            QFAIL(qPrintable(QStringLiteral(#expr ": ") + ml_result_.error()));                                        \
    } while (false)
