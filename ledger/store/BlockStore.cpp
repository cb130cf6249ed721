#include "BlockStore.h"

#include "Database.h"
#include "Statement.h"

#include "crypto/ByteReader.h"

#include <QCoreApplication>

namespace medilock::ledger {

namespace {
Result<std::optional<ChainHead>> headFrom(Statement& stmt)
{
    auto row = stmt.step();
    if (!row)
        return std::move(row).takeError();
    if (!*row)
        return std::optional<ChainHead>();
    ChainHead head;
    head.height = static_cast<std::uint64_t>(stmt.integer(0));
    fromBytes(stmt.blob(1), head.hash);
    head.cumulativeEntryCount = static_cast<std::uint64_t>(stmt.integer(2));
    return std::optional<ChainHead>(head);
}

Result<bool> exists(Database& db, const char* sql, const QByteArray& key)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return std::move(stmt).takeError();
    stmt->bind(1, key);
    return stmt->step();
}
} // namespace

Result<bool> BlockStore::hasBlock(const Hash& hash)
{
    return exists(m_db, "SELECT 1 FROM blocks WHERE hash = ?;", toBytes(hash));
}

BlockStore::~BlockStore() = default;

Result<bool> BlockStore::hasEntryId(const Id128& id)
{
    if (!m_hasEntryId) {
        auto stmt = m_db.prepare("SELECT 1 FROM entries WHERE entry_id = ?;");
        if (!stmt)
            return std::move(stmt).takeError();
        m_hasEntryId = std::make_unique<Statement>(std::move(stmt).value());
    }
    m_hasEntryId->bind(1, toBytes(id));
    auto row = m_hasEntryId->step();
    m_hasEntryId->reset();
    return row;
}

Result<bool> BlockStore::isFrozen(const PublicKeyBytes& origin)
{
    return exists(m_db, "SELECT 1 FROM equivocations WHERE origin = ?;", toBytes(origin));
}

Result<std::optional<ChainHead>> BlockStore::blockAt(const PublicKeyBytes& origin, std::uint64_t height)
{
    auto stmt = m_db.prepare("SELECT height, hash, cumulative FROM blocks WHERE origin = ? AND height = ?;");
    if (!stmt)
        return std::move(stmt).takeError();
    stmt->bind(1, toBytes(origin)).bind(2, static_cast<qint64>(height));
    return headFrom(*stmt);
}

Result<std::optional<ChainHead>> BlockStore::headOf(const PublicKeyBytes& origin)
{
    auto stmt = m_db.prepare("SELECT height, hash, cumulative FROM blocks WHERE origin = ? ORDER BY height DESC LIMIT 1;");
    if (!stmt)
        return std::move(stmt).takeError();
    stmt->bind(1, toBytes(origin));
    return headFrom(*stmt);
}

Result<std::map<PublicKeyBytes, ChainHead>> BlockStore::heads()
{
    auto stmt = m_db.prepare("SELECT origin, max(height), hash, cumulative FROM blocks GROUP BY origin;");
    if (!stmt)
        return std::move(stmt).takeError();
    std::map<PublicKeyBytes, ChainHead> out;
    auto rows = stmt->forEachRow([&](const auto&) {
        PublicKeyBytes origin{};
        fromBytes(stmt->blob(0), origin);
        ChainHead head;
        head.height = static_cast<std::uint64_t>(stmt->integer(1));
        fromBytes(stmt->blob(2), head.hash);
        head.cumulativeEntryCount = static_cast<std::uint64_t>(stmt->integer(3));
        out[origin] = head;
    });
    if (!rows)
        return std::move(rows).takeError();
    return out;
}

Result<std::optional<ChainHead>> BlockStore::ownHead(const PublicKeyBytes& origin)
{
    auto stmt = m_db.prepare("SELECT height, hash, cumulative FROM own_chain WHERE origin = ?;");
    if (!stmt)
        return std::move(stmt).takeError();
    stmt->bind(1, toBytes(origin));
    return headFrom(*stmt);
}

Result<void> BlockStore::setOwnHead(const PublicKeyBytes& origin, const ChainHead& head)
{
    auto stmt = m_db.prepare("INSERT OR REPLACE INTO own_chain (origin, height, hash, cumulative) VALUES (?, ?, ?, ?);");
    if (!stmt)
        return std::move(stmt).takeError();
    stmt->bind(1, toBytes(origin)).bind(2, static_cast<qint64>(head.height)).bind(3, toBytes(head.hash));
    stmt->bind(4, static_cast<qint64>(head.cumulativeEntryCount));
    return stmt->run();
}

Result<void> BlockStore::insert(const Block& block)
{
    const BlockHeader& h = block.header();
    auto insertBlock = m_db.prepare(
        "INSERT INTO blocks (hash, origin, height, previous, sealed_at, entry_count, cumulative, root, header, signature, "
        "stored_seq) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, (SELECT coalesce(max(stored_seq), 0) + 1 FROM blocks));");
    if (!insertBlock)
        return std::move(insertBlock).takeError();
    insertBlock->bind(1, toBytes(block.hash())).bind(2, toBytes(h.origin)).bind(3, static_cast<qint64>(h.height));
    insertBlock->bind(4, toBytes(h.previous)).bind(5, static_cast<qint64>(h.sealedAtMs)).bind(6, qint64(h.entryCount));
    insertBlock->bind(7, static_cast<qint64>(h.cumulativeEntryCount)).bind(8, toBytes(h.entriesRoot));
    insertBlock->bind(9, block.headerBytes()).bind(10, toBytes(block.signature()));
    if (auto r = insertBlock->run(); !r)
        return r;

    auto insertEntry = m_db.prepare(
        "INSERT INTO entries (hash, block_hash, position, kind, entry_id, patient_id, authored_ms, authored_lc, author, "
        "supersedes, encoded) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);");
    if (!insertEntry)
        return std::move(insertEntry).takeError();
    const QByteArray blockHash = toBytes(block.hash());
    qint64 position = 0;
    for (const Entry& e : block.entries()) {
        insertEntry->bind(1, toBytes(e.hash())).bind(2, blockHash).bind(3, position++);
        insertEntry->bind(4, qint64(static_cast<int>(e.kind()))).bind(5, toBytes(e.entryId())).bind(6, toBytes(e.patientId()));
        insertEntry->bind(7, static_cast<qint64>(e.authoredAt().ms)).bind(8, qint64(e.authoredAt().logical));
        insertEntry->bind(9, toBytes(e.author())).bind(10, toBytes(e.supersedes())).bind(11, e.encoded());
        if (auto r = insertEntry->run(); !r)
            return r;
    }
    return {};
}

Result<std::optional<Block>> BlockStore::load(const Hash& hash)
{
    auto header = m_db.prepare("SELECT header, signature FROM blocks WHERE hash = ?;");
    if (!header)
        return std::move(header).takeError();
    header->bind(1, toBytes(hash));
    auto row = header->step();
    if (!row)
        return std::move(row).takeError();
    if (!*row)
        return std::optional<Block>();
    QByteArray wire = header->blob(0) + header->blob(1);
    auto entries = m_db.prepare("SELECT encoded FROM entries WHERE block_hash = ? ORDER BY position;");
    if (!entries)
        return std::move(entries).takeError();
    entries->bind(1, toBytes(hash));
    ByteWriter w(wire);
    for (;;) {
        auto next = entries->step();
        if (!next)
            return std::move(next).takeError();
        if (!*next)
            break;
        const QByteArray encoded = entries->blob(0);
        w.u32(static_cast<std::uint32_t>(encoded.size())).bytes(encoded);
    }
    auto block = Block::decode(asView(wire));
    if (!block)
        return fail(QCoreApplication::translate("BlockStore", "stored block %1 is damaged: %2")
                        .arg(QString::fromLatin1(toBytes(hash).toHex().left(16)), block.error()));
    return std::optional<Block>(std::move(block).value());
}

Result<std::optional<Block>> BlockStore::load(const PublicKeyBytes& origin, std::uint64_t height)
{
    auto at = blockAt(origin, height);
    if (!at)
        return std::move(at).takeError();
    if (!*at)
        return std::optional<Block>();
    return load((*at)->hash);
}

Result<void> BlockStore::recordEquivocation(const Block& stored, const Block& conflicting, qint64 detectedAtMs)
{
    auto stmt = m_db.prepare("INSERT OR IGNORE INTO equivocations (origin, height, first_header, first_signature, "
                             "second_header, second_signature, detected_at) VALUES (?, ?, ?, ?, ?, ?, ?);");
    if (!stmt)
        return std::move(stmt).takeError();
    stmt->bind(1, toBytes(stored.header().origin)).bind(2, static_cast<qint64>(stored.header().height));
    stmt->bind(3, stored.headerBytes()).bind(4, toBytes(stored.signature()));
    stmt->bind(5, conflicting.headerBytes()).bind(6, toBytes(conflicting.signature())).bind(7, detectedAtMs);
    return stmt->run();
}

Result<std::vector<BlockStore::Equivocation>> BlockStore::equivocations()
{
    auto stmt = m_db.prepare("SELECT origin, height, first_header, first_signature, second_header, second_signature, "
                             "detected_at FROM equivocations ORDER BY origin, height;");
    if (!stmt)
        return std::move(stmt).takeError();
    std::vector<Equivocation> out;
    auto rows = stmt->forEachRow([&](const auto&) {
        Equivocation e;
        fromBytes(stmt->blob(0), e.origin);
        e.height = static_cast<std::uint64_t>(stmt->integer(1));
        e.firstHeader = stmt->blob(2);
        e.firstSignature = stmt->blob(3);
        e.secondHeader = stmt->blob(4);
        e.secondSignature = stmt->blob(5);
        e.detectedAtMs = stmt->integer(6);
        out.push_back(std::move(e));
    });
    if (!rows)
        return std::move(rows).takeError();
    return out;
}

} // namespace medilock::ledger
