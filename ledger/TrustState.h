#pragma once

#include "Entry.h"
#include "LedgerTypes.h"
#include "SignerRole.h"

#include "crypto/Result.h"

#include <map>
#include <optional>
#include <set>

namespace medilock::ledger {

// Who may write what, as established by the administrative entries seen so far (DESIGN §3,
// "Trust"): the clinic roots this node trusts, the nodes they certified and the users they
// enrolled or revoked. Deterministic: the same entries give the same answers.
class TrustState
{
public:
    struct User
    {
        PublicKeyBytes clinicRoot{};
        SignerRole role = SignerRole::Reception;
        QString name;
        HlcTime enrolledAt;
        std::optional<HlcTime> revokedAt;
        Hash revokedBy{};
    };
    struct Node
    {
        PublicKeyBytes clinicRoot{};
        Hash tlsFingerprint{};
        QString name;
    };

    explicit TrustState(const PublicKeyBytes& localClinicRoot);

    // How a revocation is applied. A node refuses to seal entries a user signed after that
    // user's revocation (Enforce). Entries arriving from other nodes are judged by
    // enrolment and role only (Defer): whether they were signed before the revocation is read
    // from the final trust state (the projection's users table), never from arrival order,
    // so every node stores the same blocks whichever arrives first.
    enum class Revocation { Enforce, Defer };
    // Whether `entry` may be accepted given what is known now; the reason when not.
    Result<void> admit(const Entry& entry, Revocation revocation = Revocation::Enforce) const;
    // Records the effect of an accepted administrative entry (others are ignored).
    void apply(const Entry& entry);

    bool isTrustedRoot(const PublicKeyBytes& key) const;
    bool isCertifiedNode(const PublicKeyBytes& key) const;
    const User* user(const PublicKeyBytes& key) const;
    const Node* node(const PublicKeyBytes& key) const;
    const std::map<PublicKeyBytes, User>& users() const { return m_users; }
    const std::map<PublicKeyBytes, Node>& nodes() const { return m_nodes; }
    const PublicKeyBytes& localClinicRoot() const { return m_localRoot; }
    // The certified node whose TLS certificate has this fingerprint, if any.
    const PublicKeyBytes* nodeByTlsFingerprint(const Hash& fingerprint) const;

private:
    PublicKeyBytes m_localRoot;
    std::set<Hash> m_trustedRootFingerprints; // other clinics this node's clinic trusts
    std::map<PublicKeyBytes, Node> m_nodes;
    std::map<PublicKeyBytes, User> m_users;
};

} // namespace medilock::ledger
