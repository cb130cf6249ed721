#include "ledger/AdminPayload.h"
#include "ledger/sync/Frame.h"
#include "ledger/sync/Messages.h"

#include "crypto/ByteReader.h"
#include "crypto/Ed25519.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

using namespace medilock;
using namespace medilock::ledger;
using namespace medilock::ledger::sync;

namespace {
template<std::size_t N>
std::array<std::uint8_t, N> filled(std::uint8_t b)
{
    std::array<std::uint8_t, N> a{};
    a.fill(b);
    return a;
}

// The messages the vectors of docs/sync-protocol.md describe, by name.
std::optional<Message> vectorMessage(const QString& name)
{
    if (name == QLatin1String("ping"))
        return Message(Ping{0x0102030405060708ull});
    if (name == QLatin1String("pong"))
        return Message(Pong{0x0102030405060708ull});
    if (name == QLatin1String("goodbye-violation"))
        return Message(Goodbye{GoodbyeReason::ProtocolViolation});
    if (name == QLatin1String("get-blocks"))
        return Message(GetBlocks{filled<32>(0x11), 5, 256});
    if (name == QLatin1String("announce"))
        return Message(Announce{{filled<32>(0x22), 7, filled<32>(0x33)}});
    if (name == QLatin1String("hello"))
        return Message(Hello{1, filled<32>(0x44), {{filled<32>(0x11), 0, filled<32>(0xaa)}, {filled<32>(0x22), 7, filled<32>(0x33)}}});
    if (name == QLatin1String("blocks-empty"))
        return Message(Blocks{});
    return std::nullopt;
}

// Reads every frame of `bytes`; an error from the reader or the decoder ends it.
Result<std::vector<Message>> decodeStream(const QByteArray& bytes)
{
    FrameReader reader;
    reader.append(bytes);
    std::vector<Message> out;
    for (;;) {
        auto frame = reader.next();
        if (!frame)
            return std::move(frame).takeError();
        if (!*frame)
            break;
        auto message = decodeMessage(**frame);
        if (!message)
            return std::move(message).takeError();
        out.push_back(std::move(message).value());
    }
    if (reader.buffered() != 0)
        return fail(QStringLiteral("incomplete frame"));
    return out;
}

Block sealedBlock(const crypto::Ed25519PrivateKey& node, std::uint64_t sealedAt)
{
    Entry::Fields fields;
    fields.kind = EntryKind::ClinicFounded;
    fields.entryId = filled<16>(0x5a);
    fields.authoredAt = HlcTime{1700000000000ull, 0};
    fields.payload = ClinicFoundedPayload{QStringLiteral("Test clinic")}.encode();
    auto entry = Entry::sign(fields, node);
    Q_ASSERT(entry.ok());
    std::vector<Entry> entries{std::move(entry).value()};
    auto block = Block::seal(std::move(entries), std::nullopt, sealedAt, node);
    Q_ASSERT(block.ok());
    return std::move(block).value();
}
} // namespace

class tst_SyncMessages : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void documentedVectors_data();
    void documentedVectors();
    void byteByByte();
    void oversizeRefusedFromHeader();
    void blocksRoundTrip();
    void equivocationProof();
    void capsOnEncode();
};

void tst_SyncMessages::documentedVectors_data()
{
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("name");
    QTest::addColumn<QByteArray>("bytes");
    QFile doc(QStringLiteral(MEDILOCK_SOURCE_DIR "/docs/sync-protocol.md"));
    QVERIFY(doc.open(QIODevice::ReadOnly));
    const QRegularExpression line(QStringLiteral("^(vector|invalid) ([a-z0-9-]+) ([0-9a-f]+)$"));
    int count = 0;
    for (const QByteArray& raw : doc.readAll().split('\n')) {
        const auto m = line.match(QString::fromUtf8(raw));
        if (!m.hasMatch())
            continue;
        ++count;
        QTest::newRow(qPrintable(m.captured(2)))
            << (m.captured(1) == QLatin1String("vector")) << m.captured(2) << QByteArray::fromHex(m.captured(3).toLatin1());
    }
    QVERIFY(count >= 19);
}

void tst_SyncMessages::documentedVectors()
{
    QFETCH(bool, valid);
    QFETCH(QString, name);
    QFETCH(QByteArray, bytes);
    auto decoded = decodeStream(bytes);
    if (!valid) {
        QVERIFY2(!decoded, qPrintable(name));
        return;
    }
    const auto expected = vectorMessage(name);
    QVERIFY2(expected.has_value(), qPrintable(name));
    QCOMPARE(encodeMessage(*expected).toHex(), bytes.toHex());
    QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error()));
    QCOMPARE(decoded->size(), std::size_t(1));
    QCOMPARE(encodeMessage(decoded->front()).toHex(), bytes.toHex());
}

void tst_SyncMessages::byteByByte()
{
    const QByteArray stream = encodeMessage(Ping{1}) + encodeMessage(Hello{1, filled<32>(9), {}}) + encodeMessage(Goodbye{});
    FrameReader reader;
    std::vector<Frame> frames;
    for (char c : stream) {
        reader.append(QByteArray(1, c));
        auto frame = reader.next();
        QVERIFY(frame);
        if (*frame)
            frames.push_back(**frame);
    }
    QCOMPARE(frames.size(), std::size_t(3));
    QCOMPARE(reader.buffered(), qsizetype(0));
    QVERIFY(std::holds_alternative<Hello>(*decodeMessage(frames[1])));
}

void tst_SyncMessages::oversizeRefusedFromHeader()
{
    FrameReader reader;
    QByteArray header;
    ByteWriter(header).u32(kMaxFrameLength + 1);
    reader.append(header);
    QVERIFY(!reader.next());
    FrameReader atCap;
    QByteArray ok;
    ByteWriter(ok).u32(kMaxFrameLength);
    atCap.append(ok);
    auto none = atCap.next();
    QVERIFY(none && !*none); // waits for the payload, refuses nothing yet
    QCOMPARE(atCap.wanted(), qsizetype(kMaxFrameLength));
}

void tst_SyncMessages::blocksRoundTrip()
{
    const auto node = crypto::Ed25519PrivateKey::generate();
    const Block block = sealedBlock(node, 1);
    const QByteArray wire = encodeMessage(Blocks{{block, block}});
    auto decoded = decodeStream(wire);
    QVERIFY(decoded);
    const auto& blocks = std::get<Blocks>(decoded->front()).blocks;
    QCOMPARE(blocks.size(), std::size_t(2));
    QVERIFY(blocks[1].hash() == block.hash());
    QCOMPARE(encodeMessage(decoded->front()), wire);

    // A block cut short or followed by a stray byte inside the message is refused.
    QByteArray cut = wire;
    cut[4 + 1 + 4 + 3] = static_cast<char>(cut[4 + 1 + 4 + 3] + 1); // first block's length + 1
    QVERIFY(!decodeStream(cut));
    QByteArray extra = wire;
    extra.append('\0');
    extra[3] = static_cast<char>(extra[3] + 1);
    QVERIFY(!decodeStream(extra));
}

void tst_SyncMessages::equivocationProof()
{
    const auto node = crypto::Ed25519PrivateKey::generate();
    const Block a = sealedBlock(node, 1);
    const Block b = sealedBlock(node, 2);
    EquivocationProof proof{a.header().origin, 0, a.headerBytes(), toBytes(a.signature()), b.headerBytes(),
                            toBytes(b.signature())};
    QVERIFY(proof.verify());
    auto decoded = decodeStream(encodeMessage(proof));
    QVERIFY2(decoded, qPrintable(decoded ? QString() : decoded.error()));
    QVERIFY(std::get<EquivocationProof>(decoded->front()).verify());

    EquivocationProof forged = proof;
    forged.signatureB[0] = static_cast<char>(forged.signatureB[0] ^ 1);
    QVERIFY(!forged.verify());
    EquivocationProof same = proof;
    same.headerB = same.headerA;
    same.signatureB = same.signatureA;
    QVERIFY(!decodeStream(encodeMessage(same)));
    EquivocationProof otherHeight = proof;
    otherHeight.height = 1;
    QVERIFY(!decodeStream(encodeMessage(otherHeight)));
}

void tst_SyncMessages::capsOnEncode()
{
    Hello big{1, filled<32>(1), {}};
    for (std::size_t i = 0; i <= kMaxHeadsPerHello; ++i) {
        HeadInfo h;
        h.origin[0] = static_cast<std::uint8_t>(i >> 8);
        h.origin[1] = static_cast<std::uint8_t>(i);
        big.heads.push_back(h);
    }
    QVERIFY(!decodeStream(encodeMessage(big)));
    big.heads.pop_back();
    QVERIFY(decodeStream(encodeMessage(big)));
}

QTEST_GUILESS_MAIN(tst_SyncMessages)
#include "tst_SyncMessages.moc"
