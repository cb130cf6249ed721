#include "TrustState.h"

#include "AdminPayload.h"

#include "crypto/Ed25519.h"
#include "crypto/Sha256.h"

#include <QCoreApplication>

namespace medilock::ledger {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("TrustState", text);
}

QString shortKey(const PublicKeyBytes& key)
{
    return crypto::fingerprintOf(ByteView(key)).left(16);
}
} // namespace

TrustState::TrustState(const PublicKeyBytes& localClinicRoot)
    : m_localRoot(localClinicRoot)
{
}

bool TrustState::isTrustedRoot(const PublicKeyBytes& key) const
{
    if (key == m_localRoot)
        return true;
    return !m_trustedRootFingerprints.empty() && m_trustedRootFingerprints.count(crypto::Sha256::hash(ByteView(key))) > 0;
}

bool TrustState::isCertifiedNode(const PublicKeyBytes& key) const
{
    const auto it = m_nodes.find(key);
    return it != m_nodes.end() && isTrustedRoot(it->second.clinicRoot);
}

const TrustState::User* TrustState::user(const PublicKeyBytes& key) const
{
    const auto it = m_users.find(key);
    return it == m_users.end() ? nullptr : &it->second;
}

const TrustState::Node* TrustState::node(const PublicKeyBytes& key) const
{
    const auto it = m_nodes.find(key);
    return it == m_nodes.end() ? nullptr : &it->second;
}

const PublicKeyBytes* TrustState::nodeByTlsFingerprint(const Hash& fingerprint) const
{
    for (const auto& [key, node] : m_nodes)
        if (node.tlsFingerprint == fingerprint && isTrustedRoot(node.clinicRoot))
            return &key;
    return nullptr;
}

Result<void> TrustState::admit(const Entry& entry, Revocation revocation) const
{
    const EntryKind kind = entry.kind();
    if (isAdministrative(kind)) {
        if (!isTrustedRoot(entry.author()))
            return fail(tr("%1 entry signed by %2, which is not a trusted clinic root")
                            .arg(entryKindName(kind), shortKey(entry.author())));
        // The payload must parse: a malformed administrative entry would otherwise be
        // accepted here and ignored by apply(), and nodes could disagree on its meaning.
        Result<void> parsed;
        switch (kind) {
        case EntryKind::ClinicFounded:
            if (auto p = ClinicFoundedPayload::decode(entry.payload()); !p)
                parsed = std::move(p).takeError();
            break;
        case EntryKind::NodeCertified:
            if (auto p = NodeCertifiedPayload::decode(entry.payload()); !p)
                parsed = std::move(p).takeError();
            break;
        case EntryKind::UserEnrolled:
            if (auto p = UserEnrolledPayload::decode(entry.payload()); !p)
                parsed = std::move(p).takeError();
            else if (const User* existing = user(p->key); existing && existing->clinicRoot != entry.author())
                parsed = fail(tr("user key %1 is already enrolled by another clinic").arg(shortKey(p->key)));
            break;
        case EntryKind::UserRevoked:
            if (auto p = UserRevokedPayload::decode(entry.payload()); !p)
                parsed = std::move(p).takeError();
            else if (const User* existing = user(p->key); !existing || existing->clinicRoot != entry.author())
                parsed = fail(tr("a clinic can revoke only users it enrolled"));
            break;
        case EntryKind::ClinicTrusted:
        case EntryKind::ClinicUntrusted:
            if (auto p = ClinicTrustPayload::decode(entry.payload()); !p)
                parsed = std::move(p).takeError();
            break;
        default:
            break;
        }
        return parsed;
    }

    const User* author = user(entry.author());
    if (!author)
        return fail(tr("%1 entry signed by %2, a key no trusted clinic enrolled")
                        .arg(entryKindName(kind), shortKey(entry.author())));
    if (!isTrustedRoot(author->clinicRoot))
        return fail(tr("%1 entry signed by a user of a clinic this node does not trust").arg(entryKindName(kind)));
    if (!roleMayWrite(author->role, kind))
        return fail(tr("%1 may not sign %2 entries (role %3)")
                        .arg(author->name, entryKindName(kind), signerRoleId(author->role)));
    if (revocation == Revocation::Enforce && author->revokedAt && !(entry.authoredAt() < *author->revokedAt))
        return fail(tr("%1 entry signed by %2 after that user was revoked").arg(entryKindName(kind), author->name));
    if (entry.authoredAt() < author->enrolledAt)
        return fail(tr("%1 entry signed by %2 before that user was enrolled").arg(entryKindName(kind), author->name));
    return {};
}

void TrustState::apply(const Entry& entry)
{
    switch (entry.kind()) {
    case EntryKind::NodeCertified:
        if (auto p = NodeCertifiedPayload::decode(entry.payload()))
            m_nodes[p->node] = Node{entry.author(), p->tlsFingerprint, p->name};
        break;
    case EntryKind::UserEnrolled:
        if (auto p = UserEnrolledPayload::decode(entry.payload())) {
            User& u = m_users[p->key];
            u.clinicRoot = entry.author();
            u.role = p->role;
            u.name = p->name;
            u.enrolledAt = entry.authoredAt();
        }
        break;
    case EntryKind::UserRevoked:
        if (auto p = UserRevokedPayload::decode(entry.payload())) {
            auto it = m_users.find(p->key);
            // The earliest revocation wins, whatever order revocations arrive in.
            if (it != m_users.end() && (!it->second.revokedAt || entry.authoredAt() < *it->second.revokedAt)) {
                it->second.revokedAt = entry.authoredAt();
                it->second.revokedBy = entry.hash();
            }
        }
        break;
    case EntryKind::ClinicTrusted:
        if (auto p = ClinicTrustPayload::decode(entry.payload()); p && entry.author() == m_localRoot)
            m_trustedRootFingerprints.insert(p->rootFingerprint);
        break;
    case EntryKind::ClinicUntrusted:
        if (auto p = ClinicTrustPayload::decode(entry.payload()); p && entry.author() == m_localRoot)
            m_trustedRootFingerprints.erase(p->rootFingerprint);
        break;
    default:
        break;
    }
}

} // namespace medilock::ledger
