// The backup archive stream (crypto/BackupWriter, BackupReader): the test vector of
// docs/backup-format.md, round trips across chunk boundaries, and every kind of damage
// (flipped byte, truncation, dropped, repeated or swapped chunks, trailing bytes, wrong
// passphrase) refused.

#include "crypto/BackupReader.h"
#include "crypto/BackupWriter.h"

#include <QBuffer>
#include <QTest>

using namespace medilock;
using namespace medilock::crypto;

namespace {
const QByteArray kPassphrase = QByteArrayLiteral("correct horse battery staple");
const QByteArray kVectorPlain = QByteArrayLiteral("MediLock backup format v1 test vector.\n");
// docs/backup-format.md, "Test vector" (computed independently with Python's hashlib.scrypt
// and cryptography's AESGCM).
const QByteArray kVectorArchive = QByteArray::fromHex(
    "4d4c4241434b555001010a0801000102030405060708090a0b0c0d0e0fa0a1a2a3a4a5a6000000106f111fe3a49c6a87fa00d40b18db"
    "020e0000000010011b29cb7fe4222176d2b05e028e78082133a2f5cf335dbe8e8a66669ff4dbf80000000010b1a4781d48d6c88a87852a"
    "c7368a7d55d03066e14bdc36851fab25aff26b4fbc0100000007e41552e29da9f01814258d9571baadd4023e6fc06e9062");
constexpr qsizetype kHeaderSize = qsizetype(BackupHeader::kEncodedSize);
constexpr qsizetype kChunkOverhead = 5 + 16;

BackupHeader vectorHeader(std::uint32_t chunkSize = 16)
{
    BackupHeader h;
    h.params = ScryptParams{10, 8, 1};
    for (std::size_t i = 0; i < h.salt.size(); ++i)
        h.salt[i] = static_cast<std::uint8_t>(i);
    for (std::size_t i = 0; i < h.noncePrefix.size(); ++i)
        h.noncePrefix[i] = static_cast<std::uint8_t>(0xa0 + i);
    h.chunkSize = chunkSize;
    return h;
}

QByteArray seal(const BackupHeader& header, const QByteArray& plain, qsizetype pieces = 3)
{
    QByteArray out;
    QBuffer buffer(&out);
    buffer.open(QIODevice::WriteOnly);
    auto writer = BackupWriter::start(buffer, header, asView(kPassphrase));
    if (!writer)
        return {};
    // Fed in uneven pieces: chunking does not depend on how the caller writes.
    const qsizetype step = std::max<qsizetype>(1, plain.size() / pieces + 1);
    for (qsizetype at = 0; at < plain.size(); at += step)
        if (!writer->write(plain.mid(at, step)))
            return {};
    if (!writer->finish())
        return {};
    return out;
}

// Reads `expected.size()` bytes and then the end; the error message, or empty on success.
QString open(QByteArray archive, const QByteArray& expected, const QByteArray& passphrase = kPassphrase)
{
    QBuffer buffer(&archive);
    buffer.open(QIODevice::ReadOnly);
    auto reader = BackupReader::open(buffer, asView(passphrase));
    if (!reader)
        return reader.error();
    QByteArray plain(expected.size(), Qt::Uninitialized);
    if (auto r = (*reader)->read(reinterpret_cast<std::uint8_t*>(plain.data()), std::size_t(plain.size())); !r)
        return r.error();
    if (auto r = (*reader)->finish(); !r)
        return r.error();
    return plain == expected ? QString() : QStringLiteral("different plaintext");
}

qsizetype chunkOffset(int index, std::uint32_t chunkSize)
{
    return kHeaderSize + index * (kChunkOverhead + qsizetype(chunkSize));
}
} // namespace

class tst_BackupArchive : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void testVector();
    void roundTrip_data();
    void roundTrip();
    void damageRefused_data();
    void damageRefused();
    void wrongPassphrase();
    void headerBounds_data();
    void headerBounds();
    void readingPastTheEndRefused();
};

void tst_BackupArchive::testVector()
{
    QCOMPARE(seal(vectorHeader(), kVectorPlain).toHex(), kVectorArchive.toHex());
    QCOMPARE(open(kVectorArchive, kVectorPlain), QString());
}

void tst_BackupArchive::roundTrip_data()
{
    QTest::addColumn<int>("size");
    for (int size : {0, 1, 15, 16, 17, 31, 32, 33, 1000})
        QTest::addRow("%d bytes", size) << size;
}

void tst_BackupArchive::roundTrip()
{
    QFETCH(int, size);
    QByteArray plain(size, Qt::Uninitialized);
    for (int i = 0; i < size; ++i)
        plain[i] = static_cast<char>(i * 7 + 3);
    const QByteArray archive = seal(vectorHeader(), plain);
    QVERIFY(!archive.isEmpty());
    // Every chunk but the last is full; the last may be empty (contents on a boundary).
    const qsizetype chunks = size / 16 + 1;
    QCOMPARE(archive.size(), kHeaderSize + chunks * kChunkOverhead + size);
    QCOMPARE(open(archive, plain), QString());
}

void tst_BackupArchive::damageRefused_data()
{
    const QByteArray plain = QByteArray(70, 'x'); // chunks of 16: 4 full, a final of 6
    const QByteArray good = seal(vectorHeader(), plain);
    QTest::addColumn<QByteArray>("archive");
    QTest::addColumn<QString>("message");
    const auto flipped = [&good](qsizetype at) {
        QByteArray b = good;
        b[at] = static_cast<char>(b[at] ^ 0x01);
        return b;
    };
    const auto chunk = [&good](int i) {
        return good.mid(chunkOffset(i, 16), kChunkOverhead + (i == 4 ? 6 : 16));
    };
    const QByteArray head = good.left(kHeaderSize);
    QTest::newRow("flip in magic") << flipped(0) << QStringLiteral("not a MediLock backup");
    QTest::newRow("flip in salt") << flipped(20) << QStringLiteral("wrong backup passphrase");
    QTest::newRow("flip in header tag") << flipped(kHeaderSize - 1) << QStringLiteral("wrong backup passphrase");
    QTest::newRow("flip in chunk 0 ciphertext") << flipped(chunkOffset(0, 16) + 7) << QStringLiteral("chunk 0");
    QTest::newRow("flip in chunk 2 tag") << flipped(chunkOffset(3, 16) - 1) << QStringLiteral("chunk 2");
    QTest::newRow("flip in final chunk") << flipped(good.size() - 20) << QStringLiteral("chunk 4");
    QTest::newRow("final flag set on chunk 1") << flipped(chunkOffset(1, 16)) << QStringLiteral("chunk 1");
    QTest::newRow("flag of the final chunk cleared") << flipped(chunkOffset(4, 16)) << QStringLiteral("chunk 4");
    QTest::newRow("truncated in the header") << good.left(30) << QStringLiteral("shorter than a backup header");
    QTest::newRow("truncated after the header") << head << QStringLiteral("truncated");
    QTest::newRow("truncated inside a chunk") << good.left(chunkOffset(2, 16) + 9) << QStringLiteral("truncated");
    QTest::newRow("truncated at a chunk boundary") << good.left(chunkOffset(3, 16)) << QStringLiteral("truncated");
    QTest::newRow("final chunk dropped") << good.left(chunkOffset(4, 16)) << QStringLiteral("truncated");
    QTest::newRow("chunks 1 and 2 swapped")
        << head + chunk(0) + chunk(2) + chunk(1) + chunk(3) + chunk(4) << QStringLiteral("chunk 1");
    QTest::newRow("chunk 1 dropped") << head + chunk(0) + chunk(2) + chunk(3) + chunk(4) << QStringLiteral("chunk 1");
    QTest::newRow("chunk 1 repeated")
        << head + chunk(0) + chunk(1) + chunk(1) + chunk(2) + chunk(3) + chunk(4) << QStringLiteral("chunk 2");
    QTest::newRow("bytes after the final chunk") << good + QByteArray(1, '\0') << QStringLiteral("after its final chunk");
    BackupHeader other = vectorHeader();
    other.salt[0] = 0x99; // another archive: another key
    QTest::newRow("chunk from another archive")
        << head + seal(other, plain).mid(chunkOffset(0, 16), kChunkOverhead + 16) + chunk(1)
               + chunk(2) + chunk(3) + chunk(4)
        << QStringLiteral("chunk 0");
}

void tst_BackupArchive::damageRefused()
{
    QFETCH(QByteArray, archive);
    QFETCH(QString, message);
    const QString error = open(archive, QByteArray(70, 'x'));
    QVERIFY2(error.contains(message), qPrintable(error));
}

void tst_BackupArchive::wrongPassphrase()
{
    const QString error = open(kVectorArchive, kVectorPlain, QByteArrayLiteral("correct horse battery stapler"));
    QVERIFY2(error.contains(QLatin1String("wrong backup passphrase")), qPrintable(error));
}

void tst_BackupArchive::headerBounds_data()
{
    QTest::addColumn<int>("offset");
    QTest::addColumn<int>("value");
    QTest::addColumn<QString>("message");
    QTest::newRow("version 2") << 8 << 2 << QStringLiteral("version 2");
    QTest::newRow("kdf 2") << 9 << 2 << QStringLiteral("key derivation");
    QTest::newRow("log2 N 30") << 10 << 30 << QStringLiteral("out of bounds");
    QTest::newRow("r 0") << 11 << 0 << QStringLiteral("out of bounds");
    QTest::newRow("chunk size 2^24 + 256") << 36 << 1 << QStringLiteral("chunk size");
}

void tst_BackupArchive::headerBounds()
{
    QFETCH(int, offset);
    QFETCH(int, value);
    QFETCH(QString, message);
    QByteArray archive = kVectorArchive;
    archive[offset] = static_cast<char>(value);
    const QString error = open(archive, kVectorPlain);
    QVERIFY2(error.contains(message), qPrintable(error));
}

void tst_BackupArchive::readingPastTheEndRefused()
{
    const QString error = open(kVectorArchive, kVectorPlain + 'x');
    QVERIFY2(error.contains(QLatin1String("ends before")), qPrintable(error));
}

QTEST_GUILESS_MAIN(tst_BackupArchive)
#include "tst_BackupArchive.moc"
