// Entry and Block: signing, strict decoding of outside bytes, intrinsic verification, and
// the fixed test vectors of docs/ledger-vectors.md.

#include "LedgerFixture.h"

#include "ledger/Block.h"
#include "ledger/Entry.h"
#include "ledger/Merkle.h"

#include "crypto/ByteReader.h"

#include <QTest>

using namespace medilock;
using namespace medilock::test;
namespace L = medilock::ledger;

namespace {

// Field offsets in an encoded entry (docs/ledger-format.md, "Entry").
constexpr qsizetype kKindAt = 1;
constexpr qsizetype kEntryIdAt = 3;
constexpr qsizetype kPatientIdAt = 19;
constexpr qsizetype kPayloadLengthAt = 111;
constexpr qsizetype kPayloadAt = 115;
// Field offsets in a block header.
constexpr qsizetype kHeightAt = 33;
constexpr qsizetype kPreviousAt = 41;
constexpr qsizetype kCountAt = 81;
constexpr qsizetype kCumulativeAt = 117;

const L::HlcTime kVectorTime {1767225600000ull, 0};
const QByteArray kVectorPayload = QByteArrayLiteral(R"({"resourceType":"Observation","status":"final"})");

// ---- Fixed test vectors (docs/ledger-vectors.md) ----------------------------------------
// Ed25519 (RFC 8032) is deterministic: from fixed seeds and fields, every byte is fixed.
const char* const kRootPublicHex = "8a88e3dd7409f195fd52db2d3cba5d72ca6709bf1d94121bf3748801b40f6f5c";
const char* const kNodePublicHex = "8139770ea87d175f56a35466c34c7ecccb8d8a91b4ee37a25df60f5b8fc9b394";
const char* const kAuthorPublicHex = "ed4928c628d1c2c6eae90338905995612959273a5c63f93636c14614ac8737d1";
const char* const kObservationEncodedHex
    = "010025000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f0000019b76daa80000000000ed"
      "4928c628d1c2c6eae90338905995612959273a5c63f93636c14614ac8737d10000000000000000000000000000000000"
      "0000000000000000000000000000000000002f7b227265736f7572636554797065223a224f62736572766174696f6e22"
      "2c22737461747573223a2266696e616c227d08e9fb4bcfd2da5dcc4bcd8540da89663ffc713ae190137f503364a0ae49"
      "6eb512367d2015e63e8561567a95dee7bdefa3d6dd164f74ee7140b0f7f14edff10e";
const char* const kObservationLeafHex = "bc02c6ff6e7d7970096e2808d519566905266da67fb99e2af34acd153f33abdb";
const char* const kObservationSignatureHex
    = "08e9fb4bcfd2da5dcc4bcd8540da89663ffc713ae190137f503364a0ae496eb512367d2015e63e8561567a95dee7bdef"
      "a3d6dd164f74ee7140b0f7f14edff10e";
const char* const kFoundedEncodedHex
    = "010001202122232425262728292a2b2c2d2e2f000000000000000000000000000000000000019b76daa418000000008a"
      "88e3dd7409f195fd52db2d3cba5d72ca6709bf1d94121bf3748801b40f6f5c0000000000000000000000000000000000"
      "000000000000000000000000000000000000187b226e616d65223a22566563746f7220436c696e6963227d9663ec5035"
      "419089f6a89e6697a714017003a6a0b2f606af7f53f64ef154a65f07b960144b13226e7f2e1ed0c612d0a60ccea11556"
      "92f1752272af2b83a7730f";
const char* const kFoundedLeafHex = "ccfccc8a0a896e7095701ae3c216f4dfb3c041cf5a28dbdcdc4b2784fc449efa";
const char* const kBlockHeaderHex
    = "018139770ea87d175f56a35466c34c7ecccb8d8a91b4ee37a25df60f5b8fc9b394000000000000000000000000000000"
      "000000000000000000000000000000000000000000000000000000019b76daa9f40000000281524d9a561d0da5a37742"
      "70b0ef4ee391a2127a903c83ab3a24fa14979788740000000000000002";
const char* const kBlockSignatureHex
    = "b9712f59f6f33b0f89c572b02668358e3e50986d2990528bbd7ca55199c7c79f093a19620993b86f876501f2f9db74d1"
      "bb22f818a4835384da1168426c628808";
const char* const kBlockRootHex = "81524d9a561d0da5a3774270b0ef4ee391a2127a903c83ab3a24fa1497978874";
const char* const kBlockHashHex = "a788e4d3738bbdc51cfa7326e69b95a0b99388e6f5eb4b4f33d40210854e7063";
const char* const kBlockWireHex
    = "018139770ea87d175f56a35466c34c7ecccb8d8a91b4ee37a25df60f5b8fc9b394000000000000000000000000000000"
      "000000000000000000000000000000000000000000000000000000019b76daa9f40000000281524d9a561d0da5a37742"
      "70b0ef4ee391a2127a903c83ab3a24fa14979788740000000000000002b9712f59f6f33b0f89c572b02668358e3e5098"
      "6d2990528bbd7ca55199c7c79f093a19620993b86f876501f2f9db74d1bb22f818a4835384da1168426c628808000000"
      "cb010001202122232425262728292a2b2c2d2e2f000000000000000000000000000000000000019b76daa41800000000"
      "8a88e3dd7409f195fd52db2d3cba5d72ca6709bf1d94121bf3748801b40f6f5c00000000000000000000000000000000"
      "00000000000000000000000000000000000000187b226e616d65223a22566563746f7220436c696e6963227d9663ec50"
      "35419089f6a89e6697a714017003a6a0b2f606af7f53f64ef154a65f07b960144b13226e7f2e1ed0c612d0a60ccea115"
      "5692f1752272af2b83a7730f000000e2010025000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c"
      "1d1e1f0000019b76daa80000000000ed4928c628d1c2c6eae90338905995612959273a5c63f93636c14614ac8737d100"
      "000000000000000000000000000000000000000000000000000000000000000000002f7b227265736f75726365547970"
      "65223a224f62736572766174696f6e222c22737461747573223a2266696e616c227d08e9fb4bcfd2da5dcc4bcd8540da"
      "89663ffc713ae190137f503364a0ae496eb512367d2015e63e8561567a95dee7bdefa3d6dd164f74ee7140b0f7f14edf"
      "f10e";
constexpr std::uint64_t kVectorSealedAt = 1767225600500ull;

L::Id128 idFromBytes(std::uint8_t first)
{
    L::Id128 id {};
    for (std::size_t i = 0; i < id.size(); ++i)
        id[i] = static_cast<std::uint8_t>(first + i);
    return id;
}

// An entry encoded by hand, field by field, so that decode() can be fed what sign() never makes.
struct RawEntry
{
    std::uint8_t version = L::Entry::kVersion;
    std::uint16_t kind = static_cast<std::uint16_t>(L::EntryKind::Observation);
    L::Id128 entryId = idFromBytes(0x00);
    L::Id128 patientId = idFromBytes(0x10);
    L::HlcTime authoredAt = kVectorTime;
    QByteArray author;
    L::Hash supersedes {};
    std::optional<std::uint32_t> payloadLength; // the field; default: the payload's size
    QByteArray payload = kVectorPayload;

    QByteArray body() const
    {
        QByteArray out;
        ByteWriter(out)
            .u8(version)
            .u16(kind)
            .bytes(ByteView(entryId))
            .bytes(ByteView(patientId))
            .u64(authoredAt.ms)
            .u32(authoredAt.logical)
            .bytes(author)
            .bytes(ByteView(supersedes))
            .u32(payloadLength.value_or(static_cast<std::uint32_t>(payload.size())))
            .bytes(payload);
        return out;
    }
    // The body and a valid signature over it by `key` (whose public key is the author).
    QByteArray signedBy(const crypto::Ed25519PrivateKey& key)
    {
        author = key.publicKey().bytes();
        const QByteArray b = body();
        return b + key.sign(asView(L::Entry::signingDomain() + b));
    }
};

QByteArray withU32(QByteArray bytes, qsizetype at, std::uint32_t value)
{
    for (int i = 0; i < 4; ++i)
        bytes[at + i] = static_cast<char>(value >> (8 * (3 - i)));
    return bytes;
}

QByteArray withU16(QByteArray bytes, qsizetype at, std::uint16_t value)
{
    bytes[at] = static_cast<char>(value >> 8);
    bytes[at + 1] = static_cast<char>(value & 0xff);
    return bytes;
}

QByteArray flipped(QByteArray bytes, qsizetype byte, int bit = 0)
{
    bytes[byte] = static_cast<char>(bytes[byte] ^ (1 << bit));
    return bytes;
}

// A block's wire bytes rebuilt from a header, a signature and entry encodings.
QByteArray wireOf(const QByteArray& header, const QByteArray& signature, const QList<QByteArray>& entries)
{
    QByteArray out = header + signature;
    ByteWriter w(out);
    for (const QByteArray& e : entries)
        w.u32(static_cast<std::uint32_t>(e.size())).bytes(e);
    return out;
}

QList<QByteArray> encodingsOf(const L::Block& block)
{
    QList<QByteArray> out;
    for (const L::Entry& e : block.entries())
        out << e.encoded();
    return out;
}

// Decodes and verifies; true only when both succeed.
bool decodesAndVerifies(const QByteArray& wire, QString* why = nullptr)
{
    auto block = L::Block::decode(asView(wire));
    if (!block) {
        if (why)
            *why = block.error();
        return false;
    }
    auto verified = block->verifyIntrinsic();
    if (!verified && why)
        *why = verified.error();
    return verified.ok();
}

} // namespace

class TestEntryBlock : public QObject
{
    Q_OBJECT

private:
    crypto::Ed25519PrivateKey m_root = keyFromSeedByte(0x01);
    crypto::Ed25519PrivateKey m_node = keyFromSeedByte(0x02);
    crypto::Ed25519PrivateKey m_author = keyFromSeedByte(0x03);

    L::Entry vectorObservation()
    {
        auto e = L::Entry::sign(
            {L::EntryKind::Observation, idFromBytes(0x00), idFromBytes(0x10), kVectorTime, {}, kVectorPayload},
            m_author);
        Q_ASSERT(e.ok());
        return std::move(e).value();
    }
    L::Entry vectorFounded()
    {
        auto e = L::Entry::sign({L::EntryKind::ClinicFounded, idFromBytes(0x20), {}, {1767225599000ull, 0}, {},
                                    QByteArrayLiteral(R"({"name":"Vector Clinic"})")},
            m_root);
        Q_ASSERT(e.ok());
        return std::move(e).value();
    }
    L::Entry noteFor(std::uint8_t patientByte, const QByteArray& text)
    {
        auto e = L::Entry::sign({L::EntryKind::Note, {}, idFromBytes(patientByte), nowHlc(), {}, text}, m_author);
        Q_ASSERT(e.ok());
        return std::move(e).value();
    }
    // A block of three entries at height 1 (so every header field may be non-zero).
    L::Block threeEntryBlock()
    {
        std::vector<L::Entry> entries {vectorFounded(), vectorObservation(), noteFor(0x40, "third")};
        L::Hash previous {};
        previous.fill(0x77);
        auto b = L::Block::seal(std::move(entries), L::Block::Previous {0, previous, 2}, kVectorSealedAt, m_node);
        Q_ASSERT(b.ok());
        return std::move(b).value();
    }

private Q_SLOTS:
    void entrySignDecodeRoundTrip()
    {
        L::Hash supersedes {};
        supersedes.fill(0xab);
        const L::Id128 patient = idFromBytes(0x30);
        auto e = L::Entry::sign(
            {L::EntryKind::Amendment, {}, patient, {42, 7}, supersedes, payload::amendment(QStringLiteral("typo"))},
            m_author);
        ML_REQUIRE(e);
        QVERIFY(e->entryId() != L::kZeroId); // a zero id is replaced by a random one
        QVERIFY(e->verifySignature());
        QCOMPARE(e->encoded().size(), static_cast<qsizetype>(L::Entry::kFixedSize) + e->payload().size());

        auto d = L::Entry::decode(asView(e->encoded()));
        ML_REQUIRE(d);
        QCOMPARE(d->kind(), L::EntryKind::Amendment);
        QCOMPARE(d->entryId(), e->entryId());
        QCOMPARE(d->patientId(), patient);
        QCOMPARE(d->authoredAt().ms, std::uint64_t(42));
        QCOMPARE(d->authoredAt().logical, std::uint32_t(7));
        QCOMPARE(d->author(), keyBytes(m_author));
        QCOMPARE(d->supersedes(), supersedes);
        QCOMPARE(d->payload(), e->payload());
        QCOMPARE(d->signature(), e->signature());
        QCOMPARE(d->encoded(), e->encoded());
        QCOMPARE(d->hash(), e->hash());
        QCOMPARE(d->hash(), L::leafHash(asView(e->encoded())));
        QVERIFY(d->verifySignature());
    }

    void entrySignRefuses_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("withPatient");
        QTest::addColumn<qsizetype>("payloadSize");
        QTest::newRow("payload over 1 MiB") << int(L::EntryKind::Note) << true << qsizetype(L::kMaxPayloadBytes + 1);
        QTest::newRow("patient kind, zero patient") << int(L::EntryKind::Condition) << false << qsizetype(10);
        QTest::newRow("admin kind, a patient") << int(L::EntryKind::ClinicFounded) << true << qsizetype(10);
    }
    void entrySignRefuses()
    {
        QFETCH(int, kind);
        QFETCH(bool, withPatient);
        QFETCH(qsizetype, payloadSize);
        auto e = L::Entry::sign({static_cast<L::EntryKind>(kind), {}, withPatient ? idFromBytes(1) : L::kZeroId,
                                    nowHlc(), {}, QByteArray(payloadSize, 'x')},
            m_author);
        QVERIFY(!e.ok());
        QVERIFY(!e.error().isEmpty());
    }

    void entryPayloadAtTheLimit()
    {
        auto e = L::Entry::sign(
            {L::EntryKind::Note, {}, idFromBytes(1), nowHlc(), {}, QByteArray(L::kMaxPayloadBytes, 'x')}, m_author);
        ML_REQUIRE(e);
        auto d = L::Entry::decode(asView(e->encoded()));
        ML_REQUIRE(d);
        QVERIFY(d->verifySignature());
    }

    void entryDecodeRefusesEveryTruncation()
    {
        const QByteArray bytes = vectorObservation().encoded();
        for (qsizetype n = 0; n < bytes.size(); ++n)
            if (L::Entry::decode(asView(bytes.left(n))).ok())
                QFAIL(qPrintable(QStringLiteral("a prefix of %1 of %2 bytes decoded").arg(n).arg(bytes.size())));
    }

    void entryDecodeRefuses_data()
    {
        QTest::addColumn<QByteArray>("bytes");
        const QByteArray good = vectorObservation().encoded();
        QVERIFY(L::Entry::decode(asView(good)).ok());

        QTest::newRow("one trailing byte") << good + '\0';
        QTest::newRow("64 trailing bytes") << good + QByteArray(64, '\x01');
        QTest::newRow("version 0") << QByteArray(good).replace(0, 1, QByteArray(1, '\0'));
        QTest::newRow("version 2") << QByteArray(good).replace(0, 1, QByteArray(1, '\x02'));
        QTest::newRow("version 255") << QByteArray(good).replace(0, 1, QByteArray(1, '\xff'));
        for (std::uint16_t kind :
            std::initializer_list<std::uint16_t> {0, 7, 15, 19, 31, 42, 50, 63, 65, 0x2500, 0xffff})
            QTest::addRow("unknown kind %u", unsigned(kind)) << withU16(good, kKindAt, kind);
        const auto length = static_cast<std::uint32_t>(kVectorPayload.size());
        QTest::newRow("payload length + 1") << withU32(good, kPayloadLengthAt, length + 1);
        QTest::newRow("payload length - 1") << withU32(good, kPayloadLengthAt, length - 1);
        QTest::newRow("payload length 0") << withU32(good, kPayloadLengthAt, 0);
        QTest::newRow("payload length 1 MiB + 1, short entry")
            << withU32(good, kPayloadLengthAt, std::uint32_t(L::kMaxPayloadBytes + 1));
        QTest::newRow("payload length 2^32 - 1") << withU32(good, kPayloadLengthAt, 0xffffffffu);

        // Validly signed, and still refused: decode() does not rely on the signature.
        RawEntry big;
        big.kind = static_cast<std::uint16_t>(L::EntryKind::Note);
        big.payload = QByteArray(L::kMaxPayloadBytes + 1, 'x');
        QTest::newRow("payload of 1 MiB + 1, signed") << big.signedBy(m_author);
        RawEntry zeroId;
        zeroId.entryId = L::kZeroId;
        QTest::newRow("zero entry id, signed") << zeroId.signedBy(m_author);
        RawEntry noPatient;
        noPatient.patientId = L::kZeroId;
        QTest::newRow("patient kind with zero patient id, signed") << noPatient.signedBy(m_author);
        RawEntry adminWithPatient;
        adminWithPatient.kind = static_cast<std::uint16_t>(L::EntryKind::ClinicFounded);
        adminWithPatient.payload = QByteArrayLiteral(R"({"name":"X"})");
        QTest::newRow("admin kind with a patient id, signed") << adminWithPatient.signedBy(m_root);
        RawEntry unknownKind;
        unknownKind.kind = 20;
        QTest::newRow("unknown kind 20, signed") << unknownKind.signedBy(m_author);
        RawEntry version2;
        version2.version = 2;
        QTest::newRow("version 2, signed") << version2.signedBy(m_author);
        QTest::newRow("empty") << QByteArray();
    }
    void entryDecodeRefuses()
    {
        QFETCH(QByteArray, bytes);
        auto e = L::Entry::decode(asView(bytes));
        QVERIFY(!e.ok());
        QVERIFY(!e.error().isEmpty());
    }

    void entryHandEncodingMatchesSign()
    {
        // The hand encoder above follows docs/ledger-format.md; sign() must produce the same bytes.
        RawEntry raw;
        QCOMPARE(raw.signedBy(m_author), vectorObservation().encoded());
    }

    void entryEverySingleBitFlip()
    {
        const L::Entry original = vectorObservation();
        const QByteArray bytes = original.encoded();
        int decoded = 0;
        for (qsizetype i = 0; i < bytes.size(); ++i) {
            for (int bit = 0; bit < 8; ++bit) {
                const QByteArray changed = flipped(bytes, i, bit);
                auto e = L::Entry::decode(asView(changed));
                if (!e)
                    continue;
                ++decoded;
                if (e->verifySignature())
                    QFAIL(
                        qPrintable(QStringLiteral("flipping bit %1 of byte %2 gives an entry that decodes and verifies")
                                       .arg(bit)
                                       .arg(i)));
                QVERIFY(e->hash() != original.hash());
            }
        }
        // Most flips (ids, times, keys, payload, signature) decode: the signature is what catches them.
        QVERIFY(decoded > bytes.size() * 6);
    }

    void blockSealDecodeRoundTrip()
    {
        const L::Block block = threeEntryBlock();
        ML_REQUIRE(block.verifyIntrinsic());
        QCOMPARE(block.header().height, std::uint64_t(1));
        QCOMPARE(block.header().entryCount, std::uint32_t(3));
        QCOMPARE(block.header().cumulativeEntryCount, std::uint64_t(5));
        QCOMPARE(block.headerBytes().size(), qsizetype(L::BlockHeader::kSize));
        QCOMPARE(block.hash(), crypto::Sha256::hash(asView(block.headerBytes())));

        const QByteArray wire = block.encode();
        auto d = L::Block::decode(asView(wire));
        ML_REQUIRE(d);
        ML_REQUIRE(d->verifyIntrinsic());
        QCOMPARE(d->hash(), block.hash());
        QCOMPARE(d->headerBytes(), block.headerBytes());
        QCOMPARE(d->signature(), block.signature());
        QCOMPARE(d->header().origin, keyBytes(m_node));
        QCOMPARE(d->header().previous, block.header().previous);
        QCOMPARE(d->header().sealedAtMs, kVectorSealedAt);
        QCOMPARE(d->header().entriesRoot, block.header().entriesRoot);
        QCOMPARE(encodingsOf(*d), encodingsOf(block));
        QCOMPARE(d->encode(), wire);

        // The first block of a chain.
        std::vector<L::Entry> one {vectorObservation()};
        auto first = L::Block::seal(std::move(one), std::nullopt, 5, m_node);
        ML_REQUIRE(first);
        QCOMPARE(first->header().height, std::uint64_t(0));
        QCOMPARE(first->header().previous, L::kZeroHash);
        auto firstDecoded = L::Block::decode(asView(first->encode()));
        ML_REQUIRE(firstDecoded);
        ML_REQUIRE(firstDecoded->verifyIntrinsic());
    }

    void blockSealRefusesBadCounts()
    {
        QVERIFY(!L::Block::seal({}, std::nullopt, 1, m_node).ok());
        std::vector<L::Entry> tooMany(L::kMaxEntriesPerBlock + 1, vectorObservation());
        QVERIFY(!L::Block::seal(std::move(tooMany), std::nullopt, 1, m_node).ok());
    }

    void blockDecodeRefusesEveryTruncation()
    {
        const QByteArray wire = threeEntryBlock().encode();
        for (qsizetype n = 0; n < wire.size(); ++n)
            if (L::Block::decode(asView(wire.left(n))).ok())
                QFAIL(qPrintable(QStringLiteral("a prefix of %1 of %2 bytes decoded").arg(n).arg(wire.size())));
    }

    void blockDecodeRefuses_data()
    {
        QTest::addColumn<QByteArray>("wire");
        const L::Block block = threeEntryBlock();
        const QByteArray wire = block.encode();
        const QByteArray header = block.headerBytes();
        const QByteArray signature = L::toBytes(block.signature());
        const QList<QByteArray> entries = encodingsOf(block);
        QVERIFY(L::Block::decode(asView(wire)).ok());

        QTest::newRow("one trailing byte") << wire + '\0';
        QTest::newRow("a trailing length prefix") << wire + QByteArray(4, '\0');
        QTest::newRow("a fourth entry") << wireOf(
            header, signature, entries + QList<QByteArray> {vectorObservation().encoded()});
        QTest::newRow("count says 4, 3 entries") << wireOf(withU32(header, kCountAt, 4), signature, entries);
        QTest::newRow("count says 2, 3 entries") << wireOf(withU32(header, kCountAt, 2), signature, entries);
        QTest::newRow("count 0") << wireOf(withU32(header, kCountAt, 0), signature, {});
        QTest::newRow("count 0 with entries") << wireOf(withU32(header, kCountAt, 0), signature, entries);
        QTest::newRow("count 4097") << wireOf(
            withU32(header, kCountAt, L::kMaxEntriesPerBlock + 1), signature, entries);
        QTest::newRow("count 2^32 - 1") << wireOf(withU32(header, kCountAt, 0xffffffffu), signature, entries);
        QTest::newRow("version 2") << wireOf(
            QByteArray(header).replace(0, 1, QByteArray(1, '\x02')), signature, entries);
        QTest::newRow("version 0") << wireOf(QByteArray(header).replace(0, 1, QByteArray(1, '\0')), signature, entries);
        QTest::newRow("height 0, non-zero previous")
            << wireOf(QByteArray(header).replace(kHeightAt, 8, QByteArray(8, '\0')), signature, entries);
        QTest::newRow("height 1, zero previous")
            << wireOf(QByteArray(header).replace(kPreviousAt, 32, QByteArray(32, '\0')), signature, entries);
        QByteArray smallCumulative = header;
        smallCumulative.replace(kCumulativeAt, 8, QByteArray(7, '\0') + '\x02');
        QTest::newRow("cumulative count below own count") << wireOf(smallCumulative, signature, entries);
        QTest::newRow("no signature") << header;
        QTest::newRow("only the header and signature") << header + signature;

        QByteArray lengthTooBig = wireOf(header, signature, entries);
        const qsizetype firstLength = L::BlockHeader::kSize + L::Block::kSignatureSize;
        QTest::newRow("entry length + 1") << withU32(lengthTooBig, firstLength, std::uint32_t(entries[0].size() + 1));
        QTest::newRow("entry length - 1") << withU32(lengthTooBig, firstLength, std::uint32_t(entries[0].size() - 1));
        QTest::newRow("entry length 2^32 - 1") << withU32(lengthTooBig, firstLength, 0xffffffffu);
        QTest::newRow("entry length 0") << withU32(lengthTooBig, firstLength, 0);
        QTest::newRow("an undecodable entry")
            << wireOf(header, signature, {entries[0], withU16(entries[1], kKindAt, 0), entries[2]});
        QTest::newRow("an entry with trailing bytes inside its length")
            << wireOf(header, signature, {entries[0], entries[1] + 'x', entries[2]});
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("over 16 MiB") << wire + QByteArray(qsizetype(L::kMaxBlockBytes), '\0');
    }
    void blockDecodeRefuses()
    {
        QFETCH(QByteArray, wire);
        auto b = L::Block::decode(asView(wire));
        QVERIFY(!b.ok());
        QVERIFY(!b.error().isEmpty());
    }

    void blockVerifyIntrinsicCatchesEveryHeaderByteFlip()
    {
        const L::Block block = threeEntryBlock();
        const QByteArray wire = block.encode();
        for (qsizetype i = 0; i < qsizetype(L::BlockHeader::kSize); ++i) {
            QString why;
            if (decodesAndVerifies(flipped(wire, i, int(i % 8)), &why))
                QFAIL(qPrintable(QStringLiteral("a block with header byte %1 flipped still verifies").arg(i)));
        }
    }

    void blockVerifyIntrinsicCatches_data()
    {
        QTest::addColumn<QByteArray>("wire");
        QTest::addColumn<QString>("expected"); // a word of the failure message
        const L::Block block = threeEntryBlock();
        const QByteArray header = block.headerBytes();
        const QByteArray signature = L::toBytes(block.signature());
        const QList<QByteArray> e = encodingsOf(block);

        QTest::newRow("header sealed-at changed")
            << wireOf(flipped(header, 80), signature, e) << QStringLiteral("signature");
        QTest::newRow("header root changed")
            << wireOf(flipped(header, 100), signature, e) << QStringLiteral("signature");
        QTest::newRow("origin signature changed")
            << wireOf(header, flipped(signature, 10), e) << QStringLiteral("signature");
        QTest::newRow("two entries swapped") << wireOf(header, signature, {e[1], e[0], e[2]}) << QStringLiteral("root");
        QTest::newRow("an entry replaced")
            << wireOf(header, signature, {e[0], noteFor(0x41, "other").encoded(), e[2]}) << QStringLiteral("root");
        // Inside the block, a changed entry signature changes the entry's leaf hash: the root catches it.
        QTest::newRow("an entry's signature changed")
            << wireOf(header, signature, {e[0], e[1], flipped(e[2], e[2].size() - 5)}) << QStringLiteral("root");
        QTest::newRow("an entry's payload changed")
            << wireOf(header, signature, {e[0], flipped(e[1], kPayloadAt + 3), e[2]}) << QStringLiteral("root");
        QTest::newRow("an entry's id changed")
            << wireOf(header, signature, {e[0], flipped(e[1], kEntryIdAt + 3), e[2]}) << QStringLiteral("root");
        QTest::newRow("an entry's patient changed")
            << wireOf(header, signature, {e[0], flipped(e[1], kPatientIdAt + 3), e[2]}) << QStringLiteral("root");

        // An entry with a bad signature sealed by an honest-looking origin: the root matches,
        // the origin signature verifies, and the entry's own signature is what fails.
        auto badEntry = L::Entry::decode(asView(flipped(e[1], e[1].size() - 1)));
        QVERIFY(badEntry.ok());
        std::vector<L::Entry> withBad {L::Entry::decode(asView(e[0])).value(), badEntry.value()};
        auto sealed = L::Block::seal(std::move(withBad), std::nullopt, 9, m_node);
        QVERIFY(sealed.ok());
        QTest::newRow("an entry with a bad signature, sealed") << sealed->encode() << QStringLiteral("bad signature");
        // Sealed by another key than the header's origin claims.
        QByteArray otherOrigin = header;
        otherOrigin.replace(1, 32, m_author.publicKey().bytes());
        QTest::newRow("header origin replaced") << wireOf(otherOrigin, signature, e) << QStringLiteral("signature");
        const QByteArray resigned = m_author.sign(asView(L::Block::signingDomain() + header));
        QTest::newRow("signed by a key other than its origin")
            << wireOf(header, resigned, e) << QStringLiteral("signature");
    }
    void blockVerifyIntrinsicCatches()
    {
        QFETCH(QByteArray, wire);
        QFETCH(QString, expected);
        auto block = L::Block::decode(asView(wire));
        ML_REQUIRE(block);
        auto verified = block->verifyIntrinsic();
        QVERIFY(!verified.ok());
        QVERIFY2(verified.error().contains(expected), qPrintable(verified.error()));
    }

    void blockEverySingleBitFlip()
    {
        const QByteArray wire = threeEntryBlock().encode();
        for (qsizetype i = 0; i < wire.size(); ++i)
            for (int bit = 0; bit < 8; ++bit)
                if (decodesAndVerifies(flipped(wire, i, bit)))
                    QFAIL(qPrintable(
                        QStringLiteral("flipping bit %1 of byte %2 of a block still verifies").arg(bit).arg(i)));
    }

    void testVectors()
    {
        QCOMPARE(hexOf(m_root.publicKey().bytes()), QLatin1String(kRootPublicHex));
        QCOMPARE(hexOf(m_node.publicKey().bytes()), QLatin1String(kNodePublicHex));
        QCOMPARE(hexOf(m_author.publicKey().bytes()), QLatin1String(kAuthorPublicHex));

        const L::Entry observation = vectorObservation();
        QCOMPARE(hexOf(observation.encoded()), QLatin1String(kObservationEncodedHex));
        QCOMPARE(hexOf(observation.hash()), QLatin1String(kObservationLeafHex));
        QCOMPARE(hexOf(observation.signature()), QLatin1String(kObservationSignatureHex));
        QVERIFY(observation.verifySignature());

        const L::Entry founded = vectorFounded();
        QCOMPARE(hexOf(founded.encoded()), QLatin1String(kFoundedEncodedHex));
        QCOMPARE(hexOf(founded.hash()), QLatin1String(kFoundedLeafHex));

        std::vector<L::Entry> entries {founded, observation};
        auto block = L::Block::seal(std::move(entries), std::nullopt, kVectorSealedAt, m_node);
        ML_REQUIRE(block);
        QCOMPARE(hexOf(block->headerBytes()), QLatin1String(kBlockHeaderHex));
        QCOMPARE(hexOf(block->signature()), QLatin1String(kBlockSignatureHex));
        QCOMPARE(hexOf(block->header().entriesRoot), QLatin1String(kBlockRootHex));
        QCOMPARE(hexOf(block->hash()), QLatin1String(kBlockHashHex));
        QCOMPARE(hexOf(block->encode()), QLatin1String(kBlockWireHex));
        // The root is RFC 9162's over the two leaves, and the block decodes back to itself.
        QCOMPARE(block->header().entriesRoot, L::nodeHash(founded.hash(), observation.hash()));
        auto decoded = L::Block::decode(asView(block->encode()));
        ML_REQUIRE(decoded);
        ML_REQUIRE(decoded->verifyIntrinsic());
        QCOMPARE(decoded->hash(), block->hash());
    }
};

QTEST_GUILESS_MAIN(TestEntryBlock)
#include "tst_EntryBlock.moc"
