// Keyring file bytes (docs/security.md, "Keyring file"): the strict parser and the writer.

#include "Keyring.h"

#include "AesGcm.h"
#include "AtomicFile.h"
#include "ByteReader.h"
#include "KeyWrap.h"
#include "X25519.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace medilock::crypto {

namespace {
const QByteArray kMagic = QByteArrayLiteral("MLKEYRNG");
constexpr std::uint8_t kKdfScrypt = 1;
constexpr qsizetype kSaltSize = 16;
constexpr qsizetype kKeySize = 32;
const QByteArray kDomainV1 = QByteArrayLiteral("medilock/keyring/v1");
const QByteArray kDomainV2 = QByteArrayLiteral("medilock/keyring/v2");
const QByteArray kWrapDomain = QByteArrayLiteral("medilock/keyring/v2/wrap");

QString tr(const char* text)
{
    return QCoreApplication::translate("Keyring", text);
}

// name length || name || kdf || log2 N || r || p || salt: the slot header of both layouts.
void appendSlotHeader(QByteArray& out, const QByteArray& name, const ScryptParams& params, const QByteArray& salt)
{
    out.append(static_cast<char>(name.size()));
    out.append(name);
    out.append(static_cast<char>(kKdfScrypt));
    out.append(static_cast<char>(params.logN));
    out.append(static_cast<char>(params.r));
    out.append(static_cast<char>(params.p));
    out.append(salt);
}

// Both layouts seal nonce || layout byte || two keys || has-root || [root] || tag.
qsizetype sealedSize(bool hasRoot)
{
    return qsizetype(kGcmNonceSize + 1 + 2 * kKeySize + 1 + (hasRoot ? kKeySize : 0) + kGcmTagSize);
}
} // namespace

bool Keyring::isValidUserName(const QString& name)
{
    // Anchored with \A...\z: a '$' would also match before a trailing newline ("alice\n").
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")));
    return pattern.match(name).hasMatch();
}

Error Keyring::damaged(std::size_t offset, const QString& what)
{
    return fail(tr("the keyring file is damaged at byte %1: %2").arg(offset).arg(what));
}

QByteArray Keyring::associatedData(const Slot& slot)
{
    // Layout 1 keeps its version 1 binding, so a version 1 slot is carried over unchanged.
    QByteArray aad = slot.layout == 1 ? kDomainV1 : kDomainV2;
    if (slot.layout == 1) {
        appendSlotHeader(aad, slot.name.toUtf8(), slot.params, slot.salt);
        return aad;
    }
    const QByteArray name = slot.name.toUtf8();
    aad.append(static_cast<char>(name.size()));
    aad.append(name);
    aad.append(static_cast<char>(slot.layout));
    aad.append(static_cast<char>(kKdfScrypt));
    aad.append(static_cast<char>(slot.params.logN));
    aad.append(static_cast<char>(slot.params.r));
    aad.append(static_cast<char>(slot.params.p));
    aad.append(slot.salt);
    aad.append(slot.publicKey);
    return aad;
}

QByteArray Keyring::wrapContext(const QString& name, std::uint32_t generation)
{
    QByteArray context = kWrapDomain;
    const QByteArray utf8 = name.toUtf8();
    context.append(static_cast<char>(utf8.size()));
    context.append(utf8);
    ByteWriter(context).u32(generation);
    return context;
}

Result<Keyring> Keyring::parse(const QByteArray& bytes)
{
    ByteReader in(bytes);
    QByteArray magic;
    std::uint8_t version = 0, count = 0, state = 0;
    if (!in.bytes(kMagic.size(), magic) || magic != kMagic)
        return fail(tr("not a MediLock keyring file"));
    if (!in.u8(version) || (version != 1 && version != 2))
        return fail(tr("unsupported keyring version %1").arg(version));
    if (!in.u8(count) || count == 0 || count > kMaxSlots)
        return fail(tr("the keyring file is damaged: bad slot count"));
    Keyring keyring;
    keyring.m_fileVersion = version;
    if (version == 2) {
        if (!in.u32(keyring.m_generation) || !in.u8(state))
            return damaged(in.position(), tr("truncated"));
        if (state > 1 || (state == 1 && keyring.m_generation == UINT32_MAX))
            return damaged(in.position(), tr("bad re-key state"));
        keyring.m_pending = state == 1;
    }

    for (int i = 0; i < count; ++i) {
        std::uint8_t nameLength = 0, kdf = 0, logN = 0, r = 0, p = 0;
        std::uint16_t sealedLength = 0;
        QByteArray name;
        if (!in.u8(nameLength) || nameLength == 0 || nameLength > 64 || !in.bytes(nameLength, name))
            return damaged(in.position(), tr("bad slot name"));
        Slot slot;
        slot.name = QString::fromUtf8(name);
        if (slot.name.toUtf8() != name || (slot.name != nodeSlotName() && !isValidUserName(slot.name)))
            return damaged(in.position(), tr("bad slot name"));
        if (keyring.find(slot.name))
            return damaged(in.position(), tr("duplicate slot"));
        slot.layout = 1;
        if (version == 2 && (!in.u8(slot.layout) || slot.layout < 1 || slot.layout > 2))
            return damaged(in.position(), tr("unknown slot layout"));
        if (slot.layout == 1 && keyring.m_pending)
            return damaged(in.position(), tr("a version 1 slot cannot take part in a re-key"));
        if (!in.u8(kdf) || kdf != kKdfScrypt)
            return damaged(in.position(), tr("unknown key derivation"));
        if (!in.u8(logN) || !in.u8(r) || !in.u8(p))
            return damaged(in.position(), tr("truncated"));
        slot.params = ScryptParams{logN, r, p};
        if (!slot.params.withinBounds())
            return damaged(in.position(), tr("scrypt parameters out of bounds"));
        if (!in.bytes(kSaltSize, slot.salt) || (slot.layout == 2 && !in.bytes(kX25519KeySize, slot.publicKey))
            || !in.u16(sealedLength) || !in.bytes(sealedLength, slot.sealed))
            return damaged(in.position(), tr("truncated"));
        if (slot.sealed.size() != sealedSize(false) && slot.sealed.size() != sealedSize(true))
            return damaged(in.position(), tr("bad sealed length"));
        if (slot.layout == 2) {
            if (!in.bytes(kWrappedKeySize, slot.wrap) || (keyring.m_pending && !in.bytes(kWrappedKeySize, slot.pendingWrap)))
                return damaged(in.position(), tr("truncated"));
        }
        keyring.m_slots.push_back(std::move(slot));
    }
    if (!in.atEnd())
        return fail(tr("the keyring file is damaged: %1 unexpected bytes at its end (byte %2)")
                        .arg(in.remaining())
                        .arg(in.position()));
    return keyring;
}

Result<Keyring> Keyring::load(const QString& path)
{
    auto bytes = readSmallFile(path, kMaxFileSize);
    if (!bytes)
        return std::move(bytes).takeError();
    auto keyring = parse(*bytes);
    if (!keyring)
        return fail(QStringLiteral("%1: %2").arg(path, keyring.error()));
    return keyring;
}

QByteArray Keyring::serialize() const
{
    // A version 1 file stays one until a slot in the version 2 layout joins it.
    const bool asVersion1 = m_fileVersion == 1 && legacySlotNames().size() == static_cast<qsizetype>(m_slots.size());
    QByteArray out = kMagic;
    ByteWriter writer(out);
    writer.u8(asVersion1 ? 1 : 2).u8(static_cast<std::uint8_t>(m_slots.size()));
    if (!asVersion1)
        writer.u32(m_generation).u8(m_pending ? 1 : 0);
    for (const Slot& slot : m_slots) {
        const QByteArray name = slot.name.toUtf8();
        writer.u8(static_cast<std::uint8_t>(name.size())).bytes(name);
        if (!asVersion1)
            writer.u8(slot.layout);
        writer.u8(kKdfScrypt).u8(slot.params.logN);
        writer.u8(static_cast<std::uint8_t>(slot.params.r)).u8(static_cast<std::uint8_t>(slot.params.p));
        writer.bytes(slot.salt).bytes(slot.publicKey);
        writer.u16(static_cast<std::uint16_t>(slot.sealed.size())).bytes(slot.sealed);
        writer.bytes(slot.wrap).bytes(slot.pendingWrap);
    }
    return out;
}

Result<void> Keyring::save(const QString& path) const
{
    if (m_slots.empty())
        return fail(tr("a keyring needs at least one slot"));
    return writeFileAtomically(path, serialize());
}

} // namespace medilock::crypto
