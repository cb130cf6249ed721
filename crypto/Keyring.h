#pragma once

#include "Result.h"
#include "Scrypt.h"
#include "SecureBuffer.h"

#include <QByteArray>
#include <QString>
#include <QStringList>

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

// The keyring file beside a node's database (docs/security.md gives its byte layout): one
// slot per user plus one for the headless node, each sealing SlotSecrets with AES-256-GCM
// under a key derived from that slot's passphrase by scrypt. The parser is strict: unknown
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

    Result<SlotSecrets> unlock(const QString& name, ByteView passphrase) const;
    Result<void> addSlot(const QString& name, ByteView passphrase, const SlotSecrets& secrets, const ScryptParams& params);
    Result<void> changePassphrase(const QString& name, ByteView oldPassphrase, ByteView newPassphrase,
                                  const ScryptParams& params);
    Result<void> removeSlot(const QString& name);

private:
    struct Slot
    {
        QString name;
        ScryptParams params;
        QByteArray salt;
        QByteArray sealed; // nonce || ciphertext || tag
    };
    static QByteArray associatedData(const Slot& slot);
    static Result<Slot> seal(const QString& name, ByteView passphrase, const SlotSecrets& secrets, const ScryptParams& params);
    const Slot* find(const QString& name) const;

    std::vector<Slot> m_slots;
};

} // namespace medilock::crypto
