#include "SignerDirectory.h"

#include "ledger/store/Database.h"
#include "ledger/store/Statement.h"

#include "crypto/Ed25519.h"

namespace medilock::ledger {

Result<Signer> SignerDirectory::signer(const QByteArray& key, const HlcTime& signedAt)
{
    auto it = m_cache.find(key);
    if (it == m_cache.end()) {
        Known known;
        known.signer.keyFingerprint = crypto::fingerprintOf(asView(key));
        known.signer.role = QStringLiteral("unknown");
        auto user = m_db.prepare("SELECT u.name, u.role, coalesce(c.name, ''), u.revoked_ms, u.revoked_lc FROM users u "
                                 "LEFT JOIN clinics c ON c.root = u.clinic_root WHERE u.key = ?;");
        if (!user)
            return std::move(user).takeError();
        user->bind(1, key);
        auto row = user->step();
        if (!row)
            return std::move(row).takeError();
        if (*row) {
            known.signer.name = user->text(0);
            known.signer.role = user->text(1);
            known.signer.clinic = user->text(2);
            if (!user->isNull(3)) {
                known.signer.revoked = true;
                known.revokedAt = HlcTime{static_cast<std::uint64_t>(user->integer(3)),
                                          static_cast<std::uint32_t>(user->integer(4))};
            }
        } else {
            auto clinic = m_db.prepare("SELECT name FROM clinics WHERE root = ?;");
            if (!clinic)
                return std::move(clinic).takeError();
            clinic->bind(1, key);
            auto c = clinic->step();
            if (!c)
                return std::move(c).takeError();
            if (*c) {
                known.signer.name = clinic->text(0);
                known.signer.clinic = clinic->text(0);
                known.signer.role = QStringLiteral("clinic-root");
            }
        }
        it = m_cache.emplace(key, known).first;
    }
    Signer out = it->second.signer;
    out.signedBeforeRevocation = !it->second.revokedAt || signedAt < *it->second.revokedAt;
    return out;
}

} // namespace medilock::ledger
