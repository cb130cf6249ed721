#include "BackupHeader.h"

#include "AesGcm.h"
#include "ByteReader.h"
#include "Random.h"

#include <QCoreApplication>

namespace medilock::crypto {

namespace {
const QByteArray kMagic = QByteArrayLiteral("MLBACKUP");
constexpr std::uint8_t kVersion = 1;
constexpr std::uint8_t kKdfScrypt = 1;
constexpr std::uint8_t kHeaderNonceFlag = 0x02;
const QByteArray kDomain = QByteArrayLiteral("medilock/backup/v1");

QString tr(const char* text)
{
    return QCoreApplication::translate("BackupArchive", text);
}
} // namespace

BackupHeader BackupHeader::create(const ScryptParams& params, std::uint32_t chunkSize)
{
    BackupHeader h;
    h.params = params;
    h.chunkSize = chunkSize;
    fillRandom(h.salt.data(), h.salt.size());
    fillRandom(h.noncePrefix.data(), h.noncePrefix.size());
    return h;
}

QByteArray BackupHeader::encodeFields() const
{
    QByteArray out;
    ByteWriter w(out);
    w.bytes(kMagic).u8(kVersion).u8(kKdfScrypt).u8(params.logN).u8(static_cast<std::uint8_t>(params.r));
    w.u8(static_cast<std::uint8_t>(params.p)).bytes(ByteView(salt)).bytes(ByteView(noncePrefix)).u32(chunkSize);
    return out;
}

Result<BackupHeader> BackupHeader::parse(ByteView bytes, std::array<std::uint8_t, kTagSize>& tag)
{
    if (bytes.size() < kEncodedSize)
        return fail(tr("not a MediLock backup: the file is shorter than a backup header"));
    ByteReader r(bytes.first(kEncodedSize));
    ByteView magic;
    std::uint8_t version = 0, kdf = 0, logN = 0, rr = 0, pp = 0;
    r.bytes(8, magic);
    if (toByteArray(magic) != kMagic)
        return fail(tr("not a MediLock backup (unknown file signature)"));
    r.u8(version);
    if (version != kVersion)
        return fail(tr("backup format version %1 is not supported by this program").arg(version));
    r.u8(kdf);
    if (kdf != kKdfScrypt)
        return fail(tr("unknown key derivation %1 in the backup header").arg(kdf));
    BackupHeader h;
    r.u8(logN);
    r.u8(rr);
    r.u8(pp);
    h.params = ScryptParams{logN, rr, pp};
    if (!h.params.withinBounds())
        return fail(tr("scrypt parameters in the backup header are out of bounds"));
    r.fixed(h.salt);
    r.fixed(h.noncePrefix);
    if (!r.u32(h.chunkSize) || !r.fixed(tag))
        return fail(tr("the backup header is truncated"));
    if (h.chunkSize < kMinChunkSize || h.chunkSize > kMaxChunkSize)
        return fail(tr("chunk size %1 in the backup header is out of bounds").arg(h.chunkSize));
    return h;
}

Result<SecureBuffer> BackupHeader::deriveKey(ByteView passphrase) const
{
    return scrypt(passphrase, ByteView(salt), params, kAesKeySize);
}

QByteArray BackupHeader::chunkNonce(std::uint32_t index, bool final) const
{
    QByteArray nonce;
    ByteWriter(nonce).bytes(ByteView(noncePrefix)).u32(index).u8(final ? 1 : 0);
    return nonce;
}

QByteArray BackupHeader::chunkAssociatedData(std::uint32_t index, bool final) const
{
    QByteArray ad = kDomain;
    ad += encodeFields();
    ByteWriter(ad).u32(index).u8(final ? 1 : 0);
    return ad;
}

QByteArray BackupHeader::tag(const SecureBuffer& key) const
{
    // Nonce flag 0x02 and index 0xffffffff: never the nonce of a chunk.
    QByteArray nonce;
    ByteWriter(nonce).bytes(ByteView(noncePrefix)).u32(0xffffffffu).u8(kHeaderNonceFlag);
    const QByteArray ad = kDomain + encodeFields();
    return aesGcmSealWithNonce(key, asView(nonce), {}, asView(ad)).mid(kGcmNonceSize);
}

} // namespace medilock::crypto
