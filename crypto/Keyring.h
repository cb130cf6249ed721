#pragma once

#include "Result.h"
#include "Scrypt.h"
#include "SecureBuffer.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

#include <cstdint>
#include <vector>

namespace medilock::crypto {

// What one keyring slot protects. The clinic root seed is present only in the slots of
// administrators who hold the clinic's root key.
struct SlotSecrets
{
    SecureBuffer databaseKey;    // 32 bytes, the SQLCipher raw key
    SecureBuffer signingSeed;    // 32 bytes, the slot owner's Ed25519 key
    SecureBuffer clinicRootSeed; // empty or 32 bytes

    SlotSecrets clone() const { return {databaseKey.clone(), signingSeed.clone(), clinicRootSeed.clone()}; }
};

// A slot opened with its passphrase.
struct UnlockedSlot
{
    SlotSecrets secrets;            // databaseKey: the key of the keyring's current generation
    SecureBuffer pendingDatabaseKey; // the next generation's key while a re-key is unfinished, else empty
    bool legacyLayout = false;       // a version 1 slot: upgraded at its owner's next unlock
};

// The keyring file beside a node's database (docs/security.md gives its byte layout): one
// slot per user plus one for the headless node. Version 2: every slot holds an X25519 key
// pair whose private half is sealed with the slot's other secrets under a key derived from
// its passphrase (scrypt, AES-256-GCM); the database key is wrapped to each slot's public
// key, so it can be replaced in every slot without any passphrase (re-key). Version 1 slots,
// which seal the database key itself, are still read. The parser is strict: unknown
// versions, out-of-range parameters, duplicate names and trailing bytes are refused.
class Keyring
{
public:
    static constexpr qint64 kMaxFileSize = 64 * 1024;
    static constexpr int kMaxSlots = 64;
    static QString nodeSlotName() { return QStringLiteral("@node"); }
    // 1-64 characters of [A-Za-z0-9._-], starting with a letter or digit.
    static bool isValidUserName(const QString& name);

    static Result<Keyring> parse(const QByteArray& bytes);
    static Result<Keyring> load(const QString& path);
    QByteArray serialize() const;
    Result<void> save(const QString& path) const;

    QStringList slotNames() const;
    bool hasSlot(const QString& name) const;
    // Slots still in the version 1 layout: they hold the database key sealed under their
    // passphrase, so a re-key cannot reach them.
    QStringList legacySlotNames() const;
    // The database key generation the slots' wraps are bound to (0 for a version 1 file).
    std::uint32_t generation() const { return m_generation; }
    bool hasPendingRekey() const { return m_pending; }

    Result<UnlockedSlot> open(const QString& name, ByteView passphrase) const;
    Result<SlotSecrets> unlock(const QString& name, ByteView passphrase) const;
    Result<void> addSlot(const QString& name, ByteView passphrase, const SlotSecrets& secrets, const ScryptParams& params);
    // Re-seals a version 1 slot in the version 2 layout (same secrets, fresh salt and keys).
    Result<void> upgradeSlot(const QString& name, ByteView passphrase, const ScryptParams& params);
    Result<void> changePassphrase(const QString& name, ByteView oldPassphrase, ByteView newPassphrase,
                                  const ScryptParams& params);
    Result<void> removeSlot(const QString& name);

    // Re-key, in two steps each saved atomically: wrap `nextKey` for every slot as the
    // pending next generation (refused while a version 1 slot remains, naming it), then
    // either commit (the pending key becomes the current one) or abort (it is dropped).
    Result<void> beginRekey(const SecureBuffer& nextKey);
    // Whether beginRekey() would start: no re-key pending, no version 1 slot (named).
    Result<void> checkRekeyable() const;
    Result<void> commitRekey();
    void abortRekey();

private:
    struct Slot
    {
        QString name;
        std::uint8_t layout = 2;
        ScryptParams params;
        QByteArray salt;
        QByteArray publicKey;   // layout 2: X25519, 32 bytes
        QByteArray sealed;      // nonce || ciphertext || tag
        QByteArray wrap;        // layout 2: the current generation's database key
        QByteArray pendingWrap; // layout 2, re-key pending: the next generation's key
    };
    static QByteArray associatedData(const Slot& slot);
    static QByteArray wrapContext(const QString& name, std::uint32_t generation);
    // Opens a slot; a version 2 slot's X25519 private key goes to `slotKey` when given.
    Result<UnlockedSlot> openSlot(const Slot& slot, ByteView passphrase, SecureBuffer* slotKey) const;
    Result<Slot> seal(const QString& name, ByteView passphrase, const SlotSecrets& secrets,
                      const SecureBuffer& slotPrivateKey, const ScryptParams& params) const;
    Result<void> replaceSlot(const QString& name, ByteView oldPassphrase, ByteView newPassphrase,
                             const ScryptParams& params, bool keepSlotKey);
    static Error damaged(std::size_t offset, const QString& what);
    const Slot* find(const QString& name) const;

    std::vector<Slot> m_slots;
    std::uint8_t m_fileVersion = 2;
    std::uint32_t m_generation = 0;
    bool m_pending = false;
};

} // namespace medilock::crypto
