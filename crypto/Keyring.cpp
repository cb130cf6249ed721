#include "Keyring.h"

#include "AesGcm.h"
#include "AtomicFile.h"
#include "ByteReader.h"
#include "Random.h"

#include <QCoreApplication>

#include <QRegularExpression>

namespace medilock::crypto {

namespace {
const QByteArray kMagic = QByteArrayLiteral("MLKEYRNG");
constexpr std::uint8_t kVersion = 1;
constexpr std::uint8_t kKdfScrypt = 1;
constexpr std::uint8_t kSecretsVersion = 1;
constexpr qsizetype kSaltSize = 16;
constexpr std::size_t kKeySize = 32;
const QByteArray kDomain = QByteArrayLiteral("medilock/keyring/v1");

QString tr(const char* text)
{
    return QCoreApplication::translate("Keyring", text);
}

using Reader = ByteReader;

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

Result<SecureBuffer> deriveKey(ByteView passphrase, const QByteArray& salt, const ScryptParams& params)
{
    return scrypt(passphrase, asView(salt), params, kAesKeySize);
}
} // namespace

bool Keyring::isValidUserName(const QString& name)
{
    // Anchored with \A...\z: a '$' would also match before a trailing newline ("alice\n").
    static const QRegularExpression pattern(
        QRegularExpression::anchoredPattern(QStringLiteral("[A-Za-z0-9][A-Za-z0-9._-]{0,63}")));
    return pattern.match(name).hasMatch();
}

QByteArray Keyring::associatedData(const Slot& slot)
{
    QByteArray aad = kDomain;
    appendSlotHeader(aad, slot.name.toUtf8(), slot.params, slot.salt);
    return aad;
}

Result<Keyring> Keyring::parse(const QByteArray& bytes)
{
    Reader in(bytes);
    QByteArray magic;
    std::uint8_t version = 0, count = 0;
    if (!in.bytes(kMagic.size(), magic) || magic != kMagic)
        return fail(tr("not a MediLock keyring file"));
    if (!in.u8(version) || version != kVersion)
        return fail(tr("unsupported keyring version %1").arg(version));
    if (!in.u8(count) || count == 0 || count > kMaxSlots)
        return fail(tr("the keyring file is damaged: bad slot count"));

    Keyring keyring;
    for (int i = 0; i < count; ++i) {
        const QString where = tr("the keyring file is damaged at byte %1: %2");
        std::uint8_t nameLength = 0, kdf = 0, logN = 0, r = 0, p = 0;
        std::uint16_t sealedLength = 0;
        QByteArray name, salt, sealed;
        if (!in.u8(nameLength) || nameLength == 0 || nameLength > 64 || !in.bytes(nameLength, name))
            return fail(where.arg(in.position()).arg(tr("bad slot name")));
        Slot slot;
        slot.name = QString::fromUtf8(name);
        if (slot.name.toUtf8() != name || (slot.name != nodeSlotName() && !isValidUserName(slot.name)))
            return fail(where.arg(in.position()).arg(tr("bad slot name")));
        if (keyring.find(slot.name))
            return fail(where.arg(in.position()).arg(tr("duplicate slot")));
        if (!in.u8(kdf) || kdf != kKdfScrypt)
            return fail(where.arg(in.position()).arg(tr("unknown key derivation")));
        if (!in.u8(logN) || !in.u8(r) || !in.u8(p))
            return fail(where.arg(in.position()).arg(tr("truncated")));
        slot.params = ScryptParams{logN, r, p};
        if (!slot.params.withinBounds())
            return fail(where.arg(in.position()).arg(tr("scrypt parameters out of bounds")));
        if (!in.bytes(kSaltSize, salt) || !in.u16(sealedLength) || !in.bytes(sealedLength, sealed))
            return fail(where.arg(in.position()).arg(tr("truncated")));
        const qsizetype minimum = kGcmNonceSize + 1 + 2 * kKeySize + 1 + kGcmTagSize;
        const qsizetype maximum = minimum + kKeySize;
        if (sealed.size() != minimum && sealed.size() != maximum)
            return fail(where.arg(in.position()).arg(tr("bad sealed length")));
        slot.salt = salt;
        slot.sealed = sealed;
        keyring.m_slots.push_back(std::move(slot));
    }
    if (!in.atEnd())
        return fail(tr("the keyring file is damaged: %1 unexpected bytes at its end").arg(in.remaining()));
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
    QByteArray out = kMagic;
    out.append(static_cast<char>(kVersion));
    out.append(static_cast<char>(m_slots.size()));
    for (const Slot& slot : m_slots) {
        appendSlotHeader(out, slot.name.toUtf8(), slot.params, slot.salt);
        out.append(static_cast<char>(slot.sealed.size() >> 8));
        out.append(static_cast<char>(slot.sealed.size() & 0xff));
        out.append(slot.sealed);
    }
    return out;
}

Result<void> Keyring::save(const QString& path) const
{
    if (m_slots.empty())
        return fail(tr("a keyring needs at least one slot"));
    return writeFileAtomically(path, serialize());
}

QStringList Keyring::slotNames() const
{
    QStringList names;
    for (const Slot& slot : m_slots)
        names << slot.name;
    return names;
}

bool Keyring::hasSlot(const QString& name) const
{
    return find(name) != nullptr;
}

const Keyring::Slot* Keyring::find(const QString& name) const
{
    for (const Slot& slot : m_slots)
        if (slot.name == name)
            return &slot;
    return nullptr;
}

Result<Keyring::Slot> Keyring::seal(const QString& name, ByteView passphrase, const SlotSecrets& secrets,
                                    const ScryptParams& params)
{
    if (name != nodeSlotName() && !isValidUserName(name))
        return fail(tr("'%1' is not a valid user name (letters, digits, '.', '_' or '-', at most 64)").arg(name));
    if (!params.withinBounds())
        return fail(tr("scrypt parameters out of bounds"));
    if (secrets.databaseKey.size() != kKeySize || secrets.signingSeed.size() != kKeySize
        || (!secrets.clinicRootSeed.isEmpty() && secrets.clinicRootSeed.size() != kKeySize))
        return fail(tr("slot secrets have the wrong size"));

    Slot slot;
    slot.name = name;
    slot.params = params;
    slot.salt = randomBytes(kSaltSize);
    auto key = deriveKey(passphrase, slot.salt, params);
    if (!key)
        return std::move(key).takeError();

    const bool hasRoot = !secrets.clinicRootSeed.isEmpty();
    SecureBuffer plain(1 + 2 * kKeySize + 1 + (hasRoot ? kKeySize : 0));
    std::uint8_t* p = plain.data();
    *p++ = kSecretsVersion;
    p = std::copy_n(secrets.databaseKey.data(), kKeySize, p);
    p = std::copy_n(secrets.signingSeed.data(), kKeySize, p);
    *p++ = hasRoot ? 1 : 0;
    if (hasRoot)
        std::copy_n(secrets.clinicRootSeed.data(), kKeySize, p);
    slot.sealed = aesGcmSeal(*key, plain.view(), asView(associatedData(slot)));
    return slot;
}

Result<SlotSecrets> Keyring::unlock(const QString& name, ByteView passphrase) const
{
    const Slot* slot = find(name);
    if (!slot)
        return fail(tr("there is no user '%1' on this node").arg(name));
    auto key = deriveKey(passphrase, slot->salt, slot->params);
    if (!key)
        return std::move(key).takeError();
    auto plain = aesGcmOpen(*key, asView(slot->sealed), asView(associatedData(*slot)));
    if (!plain)
        return fail(tr("wrong passphrase for '%1'").arg(name));
    // Authenticated, so the layout was written by us; still check it rather than trust it.
    const std::uint8_t* p = plain->data();
    const std::size_t size = plain->size();
    if (size < 2 + 2 * kKeySize || p[0] != kSecretsVersion)
        return fail(tr("the keyring slot of '%1' has an unknown layout").arg(name));
    const std::uint8_t hasRoot = p[1 + 2 * kKeySize];
    if (hasRoot > 1 || size != 2 + 2 * kKeySize + (hasRoot ? kKeySize : 0))
        return fail(tr("the keyring slot of '%1' has an unknown layout").arg(name));
    SlotSecrets secrets;
    secrets.databaseKey = SecureBuffer(p + 1, kKeySize);
    secrets.signingSeed = SecureBuffer(p + 1 + kKeySize, kKeySize);
    if (hasRoot)
        secrets.clinicRootSeed = SecureBuffer(p + 2 + 2 * kKeySize, kKeySize);
    return secrets;
}

Result<void> Keyring::addSlot(const QString& name, ByteView passphrase, const SlotSecrets& secrets,
                              const ScryptParams& params)
{
    if (find(name))
        return fail(tr("there is already a user '%1' on this node").arg(name));
    if (m_slots.size() >= static_cast<std::size_t>(kMaxSlots))
        return fail(tr("the keyring is full (%1 slots)").arg(kMaxSlots));
    auto slot = seal(name, passphrase, secrets, params);
    if (!slot)
        return std::move(slot).takeError();
    m_slots.push_back(std::move(slot).value());
    return {};
}

Result<void> Keyring::changePassphrase(const QString& name, ByteView oldPassphrase, ByteView newPassphrase,
                                       const ScryptParams& params)
{
    auto secrets = unlock(name, oldPassphrase);
    if (!secrets)
        return std::move(secrets).takeError();
    auto slot = seal(name, newPassphrase, *secrets, params);
    if (!slot)
        return std::move(slot).takeError();
    for (Slot& existing : m_slots)
        if (existing.name == name)
            existing = std::move(slot).value();
    return {};
}

Result<void> Keyring::removeSlot(const QString& name)
{
    const auto before = m_slots.size();
    std::erase_if(m_slots, [&](const Slot& slot) { return slot.name == name; });
    if (m_slots.size() == before)
        return fail(tr("there is no user '%1' on this node").arg(name));
    return {};
}

} // namespace medilock::crypto
