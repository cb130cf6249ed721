#include "UserKeys.h"

#include "DatabaseRekey.h"
#include "KdfPolicy.h"
#include "Passphrase.h"
#include "SessionImpl.h"

#include "crypto/AtomicFile.h"
#include "ledger/AdminPayload.h"
#include "ledger/store/Statement.h"

#include <QCoreApplication>
#include <QDateTime>

namespace medilock::app {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("UserKeys", text);
}

constexpr int kMaxReasonLength = 500;

struct ActiveUser
{
    QByteArray key;
    Role role = Role::Reception;
};

Result<void> requireAdministrator(const Session& session)
{
    if (session.isHeadlessNode() || session.user().role != Role::Admin || !session.holdsClinicRoot())
        return fail(tr("only an administrator holding the clinic root key can rotate or revoke keys"));
    return {};
}

// The user's key in force in this clinic (enrolled, not revoked).
Result<ActiveUser> activeUser(Session::Impl& s, const QString& name)
{
    auto stmt = s.db.prepare("SELECT key, role FROM users WHERE name = ? AND clinic_root = ? AND revoked_ms IS NULL "
                             "ORDER BY enrolled_lc DESC LIMIT 1;");
    if (!stmt)
        return std::move(stmt).takeError();
    stmt->bind(1, name).bind(2, ledger::toBytes(s.clinicRootKey));
    auto row = stmt->step();
    if (!row)
        return std::move(row).takeError();
    if (!*row)
        return fail(tr("there is no active user '%1' in this clinic").arg(name));
    ActiveUser user;
    user.key = stmt->blob(0);
    const auto role = roleFromId(stmt->text(1));
    if (!role || user.key.size() != 32)
        return fail(tr("the enrolment of '%1' cannot be read").arg(name));
    user.role = *role;
    return user;
}

ledger::EntryDraft revocationDraft(const QByteArray& key, const QString& reason)
{
    ledger::UserRevokedPayload revoked;
    ledger::fromBytes(key, revoked.key);
    revoked.reason = reason;
    return ledger::EntryDraft{ledger::EntryKind::UserRevoked, {}, {}, revoked.encode(), {}};
}
} // namespace

Result<UserInfo> UserKeys::rotate(Session& session, const QString& name, const crypto::SecureBuffer& newPassphrase)
{
    if (auto r = requireAdministrator(session); !r)
        return std::move(r).takeError();
    if (auto r = checkNewPassphrase(newPassphrase); !r)
        return std::move(r).takeError();
    Session::Impl& s = session.impl();
    auto current = activeUser(s, name);
    if (!current)
        return std::move(current).takeError();
    auto keyring = crypto::Keyring::load(s.paths.keyring());
    if (!keyring)
        return std::move(keyring).takeError();
    if (!keyring->hasSlot(name))
        return fail(tr("'%1' has no keyring slot on this node; rotate the key on the node they sign in on").arg(name));
    const QByteArray previousKeyring = keyring->serialize();

    const crypto::Ed25519PrivateKey key = crypto::Ed25519PrivateKey::generate();
    const crypto::SlotSecrets secrets{s.secrets.databaseKey.clone(), key.seed().clone(),
                                      current->role == Role::Admin ? s.clinicRoot.seed().clone() : crypto::SecureBuffer()};
    if (auto r = keyring->removeSlot(name); !r)
        return std::move(r).takeError();
    if (auto r = keyring->addSlot(name, newPassphrase.view(), secrets, slotKdfParams()); !r)
        return std::move(r).takeError();
    // The slot first, then the ledger: if the ledger refuses, the old slot is put back.
    if (auto r = keyring->save(s.paths.keyring()); !r)
        return std::move(r).takeError();

    ledger::UserEnrolledPayload enrolled;
    ledger::fromBytes(key.publicKey().bytes(), enrolled.key);
    enrolled.role = ledger::signerRoleFromId(roleId(current->role)).value_or(ledger::SignerRole::Reception);
    enrolled.name = name;
    const ledger::EntryDraft drafts[] = {{ledger::EntryKind::UserEnrolled, {}, {}, enrolled.encode(), {}},
                                         revocationDraft(current->key, QStringLiteral("rotated"))};
    auto appended = s.ledger->append(std::span(drafts), s.clinicRoot, s.nodeKey);
    if (!appended) {
        if (auto restored = crypto::writeFileAtomically(s.paths.keyring(), previousKeyring); !restored)
            return fail(tr("%1; and the previous keyring could not be put back: %2").arg(appended.error(), restored.error()));
        return std::move(appended).takeError();
    }
    UserInfo info;
    info.name = name;
    info.role = current->role;
    info.keyFingerprint = key.publicKey().fingerprint();
    info.enrolledAt = QDateTime::currentDateTimeUtc();
    return info;
}

Result<UserKeys::Revocation> UserKeys::revoke(Session& session, const QString& name, const QString& reason,
                                              AfterRevocation after)
{
    if (auto r = requireAdministrator(session); !r)
        return std::move(r).takeError();
    const QString why = reason.trimmed();
    if (why.isEmpty() || why.size() > kMaxReasonLength)
        return fail(tr("give a reason for the revocation (1 to %1 characters)").arg(kMaxReasonLength));
    if (name == session.user().name)
        return fail(tr("an administrator cannot revoke their own key; ask another administrator"));
    Session::Impl& s = session.impl();
    auto current = activeUser(s, name);
    if (!current)
        return std::move(current).takeError();
    // The re-key that follows needs the node to itself: refuse before anything changes if
    // other programs have it open.
    if (after == AfterRevocation::Rekey) {
        if (auto r = s.lock.checkExclusive(); !r)
            return std::move(r).takeError();
    }

    // The ledger first: once the revocation is sealed, the slot is only a liability.
    const ledger::EntryDraft draft = revocationDraft(current->key, why);
    if (auto appended = s.ledger->append(std::span(&draft, 1), s.clinicRoot, s.nodeKey); !appended)
        return std::move(appended).takeError();
    auto keyring = crypto::Keyring::load(s.paths.keyring());
    if (!keyring)
        return std::move(keyring).takeError();
    Revocation done;
    if (keyring->hasSlot(name)) {
        if (auto r = keyring->removeSlot(name); !r)
            return std::move(r).takeError();
        if (auto r = keyring->save(s.paths.keyring()); !r)
            return std::move(r).takeError();
        done.slotRemoved = true;
    }
    if (after == AfterRevocation::KeepDatabaseKey)
        return done;
    // A new database key, so that the key the revoked user could unwrap opens nothing new.
    auto rekeyed = DatabaseRekey::run(session);
    if (!rekeyed)
        return fail((done.slotRemoved ? tr("'%1' is revoked and their keyring slot removed, but the database was not "
                                           "re-keyed: %2; run 'medilock-cli rekey' when that is resolved")
                                      : tr("'%1' is revoked, but the database was not re-keyed: %2; run 'medilock-cli "
                                           "rekey' when that is resolved"))
                        .arg(name, rekeyed.error()));
    done.rekeyed = true;
    done.generation = rekeyed->generation;
    return done;
}

} // namespace medilock::app
