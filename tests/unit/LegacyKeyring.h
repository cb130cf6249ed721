#pragma once

// Writes keyring files in the version 1 layout (docs/security.md, "Keyring file"), which
// crypto::Keyring now only reads: the files a node made before keyring version 2. Built
// here from the primitives, independently of the Keyring class.

#include "crypto/AesGcm.h"
#include "crypto/ByteReader.h"
#include "crypto/Keyring.h"
#include "crypto/Random.h"
#include "crypto/Scrypt.h"

#include <QByteArray>
#include <QString>

#include <vector>

namespace medilock::test {

struct LegacySlot
{
    QString name;
    QByteArray passphrase;
    const crypto::SlotSecrets* secrets;
    crypto::ScryptParams params;
};

inline QByteArray legacyKeyringFile(const std::vector<LegacySlot>& slots)
{
    QByteArray file = QByteArrayLiteral("MLKEYRNG");
    ByteWriter(file).u8(1).u8(static_cast<std::uint8_t>(slots.size()));
    for (const LegacySlot& slot : slots) {
        const QByteArray name = slot.name.toUtf8();
        const QByteArray salt = crypto::randomBytes(16);
        QByteArray header;
        ByteWriter(header).u8(static_cast<std::uint8_t>(name.size())).bytes(name).u8(1).u8(slot.params.logN);
        ByteWriter(header).u8(static_cast<std::uint8_t>(slot.params.r)).u8(static_cast<std::uint8_t>(slot.params.p));
        header.append(salt);
        auto key = crypto::scrypt(asView(slot.passphrase), asView(salt), slot.params, 32);
        Q_ASSERT(key.ok());
        const crypto::SlotSecrets& s = *slot.secrets;
        const bool hasRoot = !s.clinicRootSeed.isEmpty();
        QByteArray plain(1, '\x01');
        plain += toByteArray(s.databaseKey.view()) + toByteArray(s.signingSeed.view());
        plain += QByteArray(1, hasRoot ? '\x01' : '\x00') + toByteArray(s.clinicRootSeed.view());
        const crypto::SecureBuffer secret(plain.constData(), static_cast<std::size_t>(plain.size()));
        plain.fill('\0');
        const QByteArray sealed =
            crypto::aesGcmSeal(*key, secret.view(), asView(QByteArrayLiteral("medilock/keyring/v1") + header));
        file += header;
        ByteWriter(file).u16(static_cast<std::uint16_t>(sealed.size())).bytes(sealed);
    }
    return file;
}

} // namespace medilock::test
