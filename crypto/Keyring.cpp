#include "Keyring.h"

#include "AesGcm.h"
#include "ConstantTime.h"
#include "KeyWrap.h"
#include "Random.h"
#include "X25519.h"

#include <QCoreApplication>

namespace medilock::crypto {

namespace {
constexpr qsizetype kSaltSize = 16;
constexpr std::size_t kKeySize = 32;

QString tr(const char* text)
{
    return QCoreApplication::translate("Keyring", text);
}

Result<SecureBuffer> deriveKey(ByteView passphrase, const QByteArray& salt, const ScryptParams& params)
{
    return scrypt(passphrase, asView(salt), params, kAesKeySize);
}

bool validSecretSizes(const SlotSecrets& secrets)
{
    return secrets.databaseKey.size() == kKeySize && secrets.signingSeed.size() == kKeySize
        && (secrets.clinicRootSeed.isEmpty() || secrets.clinicRootSeed.size() == kKeySize);
}

// The plaintext of a slot: layout || first key || signing seed || has-root || [root seed].
// The first key is the database key in layout 1, the slot's X25519 private key in layout 2.
struct Plain
{
    SecureBuffer firstKey;
    SecureBuffer signingSeed;
    SecureBuffer clinicRootSeed;
};

SecureBuffer encodePlain(std::uint8_t layout, const SecureBuffer& firstKey, const SlotSecrets& secrets)
{
    const bool hasRoot = !secrets.clinicRootSeed.isEmpty();
    SecureBuffer plain(1 + 2 * kKeySize + 1 + (hasRoot ? kKeySize : 0));
    std::uint8_t* p = plain.data();
    *p++ = layout;
    p = std::copy_n(firstKey.data(), kKeySize, p);
    p = std::copy_n(secrets.signingSeed.data(), kKeySize, p);
    *p++ = hasRoot ? 1 : 0;
    if (hasRoot)
        std::copy_n(secrets.clinicRootSeed.data(), kKeySize, p);
    return plain;
}

Result<Plain> decodePlain(std::uint8_t layout, const SecureBuffer& plain, const QString& name)
{
    // Authenticated, so the layout was written by us; still check it rather than trust it.
    const std::uint8_t* p = plain.data();
    const std::size_t size = plain.size();
    const Error unknown = fail(tr("the keyring slot of '%1' has an unknown layout").arg(name));
    if (size < 2 + 2 * kKeySize || p[0] != layout)
        return unknown;
    const std::uint8_t hasRoot = p[1 + 2 * kKeySize];
    if (hasRoot > 1 || size != 2 + 2 * kKeySize + (hasRoot ? kKeySize : 0))
        return unknown;
    Plain out;
    out.firstKey = SecureBuffer(p + 1, kKeySize);
    out.signingSeed = SecureBuffer(p + 1 + kKeySize, kKeySize);
    if (hasRoot)
        out.clinicRootSeed = SecureBuffer(p + 2 + 2 * kKeySize, kKeySize);
    return out;
}
} // namespace

QStringList Keyring::slotNames() const
{
    QStringList names;
    for (const Slot& slot : m_slots)
        names << slot.name;
    return names;
}

QStringList Keyring::legacySlotNames() const
{
    QStringList names;
    for (const Slot& slot : m_slots)
        if (slot.layout == 1)
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
                                    const SecureBuffer& slotPrivateKey, const ScryptParams& params) const
{
    if (name != nodeSlotName() && !isValidUserName(name))
        return fail(tr("'%1' is not a valid user name (letters, digits, '.', '_' or '-', at most 64)").arg(name));
    if (!params.withinBounds())
        return fail(tr("scrypt parameters out of bounds"));
    if (!validSecretSizes(secrets))
        return fail(tr("slot secrets have the wrong size"));
    if (m_pending)
        return fail(tr("a re-key of this node's database is unfinished; open the node once to complete it"));

    Slot slot;
    slot.name = name;
    slot.layout = 2;
    slot.params = params;
    slot.salt = randomBytes(kSaltSize);
    auto publicKey = x25519PublicKey(slotPrivateKey);
    if (!publicKey)
        return std::move(publicKey).takeError();
    slot.publicKey = *publicKey;
    auto key = deriveKey(passphrase, slot.salt, params);
    if (!key)
        return std::move(key).takeError();
    const SecureBuffer plain = encodePlain(2, slotPrivateKey, secrets);
    slot.sealed = aesGcmSeal(*key, plain.view(), asView(associatedData(slot)));
    auto wrap = wrapKey(secrets.databaseKey, asView(slot.publicKey), asView(wrapContext(name, m_generation)));
    if (!wrap)
        return std::move(wrap).takeError();
    slot.wrap = *wrap;
    return slot;
}

Result<UnlockedSlot> Keyring::open(const QString& name, ByteView passphrase) const
{
    const Slot* slot = find(name);
    if (!slot)
        return fail(tr("there is no user '%1' on this node").arg(name));
    return openSlot(*slot, passphrase, nullptr);
}

Result<UnlockedSlot> Keyring::openSlot(const Slot& slotRef, ByteView passphrase, SecureBuffer* slotKey) const
{
    const Slot* slot = &slotRef;
    const QString& name = slot->name;
    auto key = deriveKey(passphrase, slot->salt, slot->params);
    if (!key)
        return std::move(key).takeError();
    auto sealed = aesGcmOpen(*key, asView(slot->sealed), asView(associatedData(*slot)));
    if (!sealed)
        return fail(tr("wrong passphrase for '%1'").arg(name));
    auto plain = decodePlain(slot->layout, *sealed, name);
    if (!plain)
        return std::move(plain).takeError();
    UnlockedSlot out;
    out.secrets.signingSeed = std::move(plain->signingSeed);
    out.secrets.clinicRootSeed = std::move(plain->clinicRootSeed);
    out.legacyLayout = slot->layout == 1;
    if (slot->layout == 1) {
        out.secrets.databaseKey = std::move(plain->firstKey);
        return out;
    }
    // The public key is bound by the seal; check it is the private key's own all the same.
    auto publicKey = x25519PublicKey(plain->firstKey);
    if (!publicKey || !constantTimeEqual(*publicKey, slot->publicKey))
        return fail(tr("the keyring slot of '%1' has an altered public key").arg(name));
    auto current = unwrapKey(plain->firstKey, asView(slot->wrap), asView(wrapContext(name, m_generation)));
    if (!current)
        return std::move(current).takeError();
    out.secrets.databaseKey = std::move(current).value();
    if (m_pending) {
        auto next = unwrapKey(plain->firstKey, asView(slot->pendingWrap), asView(wrapContext(name, m_generation + 1)));
        if (!next)
            return std::move(next).takeError();
        out.pendingDatabaseKey = std::move(next).value();
    }
    if (slotKey)
        *slotKey = std::move(plain->firstKey);
    return out;
}

Result<SlotSecrets> Keyring::unlock(const QString& name, ByteView passphrase) const
{
    auto opened = open(name, passphrase);
    if (!opened)
        return std::move(opened).takeError();
    return std::move(opened->secrets);
}

Result<void> Keyring::addSlot(const QString& name, ByteView passphrase, const SlotSecrets& secrets,
                              const ScryptParams& params)
{
    if (find(name))
        return fail(tr("there is already a user '%1' on this node").arg(name));
    if (m_slots.size() >= static_cast<std::size_t>(kMaxSlots))
        return fail(tr("the keyring is full (%1 slots)").arg(kMaxSlots));
    auto slot = seal(name, passphrase, secrets, x25519GeneratePrivate(), params);
    if (!slot)
        return std::move(slot).takeError();
    m_slots.push_back(std::move(slot).value());
    return {};
}

Result<void> Keyring::replaceSlot(const QString& name, ByteView oldPassphrase, ByteView newPassphrase,
                                  const ScryptParams& params, bool keepSlotKey)
{
    const Slot* existing = find(name);
    if (!existing)
        return fail(tr("there is no user '%1' on this node").arg(name));
    SecureBuffer slotKey;
    auto opened = openSlot(*existing, oldPassphrase, &slotKey);
    if (!opened)
        return std::move(opened).takeError();
    // A version 2 slot keeps its X25519 key (its wraps stay valid); a version 1 slot gets one.
    if (!keepSlotKey || opened->legacyLayout)
        slotKey = x25519GeneratePrivate();
    auto slot = seal(name, newPassphrase, opened->secrets, slotKey, params);
    if (!slot)
        return std::move(slot).takeError();
    for (Slot& s : m_slots)
        if (s.name == name)
            s = std::move(slot).value();
    return {};
}

Result<void> Keyring::upgradeSlot(const QString& name, ByteView passphrase, const ScryptParams& params)
{
    const Slot* slot = find(name);
    if (slot && slot->layout != 1)
        return fail(tr("the keyring slot of '%1' is already in the version 2 layout").arg(name));
    return replaceSlot(name, passphrase, passphrase, params, false);
}

Result<void> Keyring::changePassphrase(const QString& name, ByteView oldPassphrase, ByteView newPassphrase,
                                       const ScryptParams& params)
{
    return replaceSlot(name, oldPassphrase, newPassphrase, params, true);
}

Result<void> Keyring::removeSlot(const QString& name)
{
    const auto before = m_slots.size();
    std::erase_if(m_slots, [&](const Slot& slot) { return slot.name == name; });
    if (m_slots.size() == before)
        return fail(tr("there is no user '%1' on this node").arg(name));
    return {};
}

Result<void> Keyring::checkRekeyable() const
{
    if (m_pending)
        return fail(tr("a re-key of this node's database is unfinished; open the node once to complete it"));
    if (const QStringList legacy = legacySlotNames(); !legacy.isEmpty())
        return fail(tr("cannot re-key while these keyring slots are still in the version 1 layout: %1 (each is "
                       "upgraded when its owner next signs in; or revoke it)")
                        .arg(legacy.join(QStringLiteral(", "))));
    if (m_generation == UINT32_MAX)
        return fail(tr("the keyring's key generation is exhausted"));
    return {};
}

Result<void> Keyring::beginRekey(const SecureBuffer& nextKey)
{
    if (nextKey.size() != kKeySize)
        return fail(tr("a database key is 32 bytes"));
    if (auto r = checkRekeyable(); !r)
        return r;
    std::vector<QByteArray> wraps;
    for (const Slot& slot : m_slots) {
        auto wrap = wrapKey(nextKey, asView(slot.publicKey), asView(wrapContext(slot.name, m_generation + 1)));
        if (!wrap)
            return std::move(wrap).takeError();
        wraps.push_back(*wrap);
    }
    for (std::size_t i = 0; i < m_slots.size(); ++i)
        m_slots[i].pendingWrap = wraps[i];
    m_pending = true;
    return {};
}

Result<void> Keyring::commitRekey()
{
    if (!m_pending)
        return fail(tr("no re-key is pending"));
    for (Slot& slot : m_slots) {
        slot.wrap = slot.pendingWrap;
        slot.pendingWrap.clear();
    }
    ++m_generation;
    m_pending = false;
    return {};
}

void Keyring::abortRekey()
{
    for (Slot& slot : m_slots)
        slot.pendingWrap.clear();
    m_pending = false;
}

} // namespace medilock::crypto
