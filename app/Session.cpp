#include "Session.h"

#include "DatabaseRekey.h"
#include "KdfPolicy.h"
#include "Logging.h"
#include "NodeMeta.h"
#include "Passphrase.h"
#include "SessionImpl.h"

#include "crypto/ConstantTime.h"
#include "ledger/store/Schema.h"
#include "ledger/store/Statement.h"
#include "ledger/AdminPayload.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QHash>

namespace medilock::app {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Session", text);
}

Result<QHash<QString, QByteArray>> readMeta(ledger::Database& db)
{
    auto stmt = db.prepare("SELECT key, value FROM node_meta;");
    if (!stmt)
        return std::move(stmt).takeError();
    QHash<QString, QByteArray> values;
    auto rows = stmt->forEachRow([&](const auto&) {
        values.insert(stmt->text(0), stmt->blob(1));
    });
    if (!rows)
        return std::move(rows).takeError();
    return values;
}

Result<void> loadIdentity(Session::Impl& s)
{
    auto values = readMeta(s.db);
    if (!values)
        return std::move(values).takeError();
    const auto get = [&](const char* key) { return values->value(QString::fromLatin1(key)); };
    auto nodeKey = crypto::Ed25519PrivateKey::fromSeed(asView(get(meta::kNodeSeed)));
    auto root = crypto::Ed25519PublicKey::fromBytes(get(meta::kClinicRootPublic));
    const QByteArray tlsKey = get(meta::kTlsKey);
    auto tls = crypto::TlsIdentity::fromPem(get(meta::kTlsCertificate),
                                            crypto::SecureBuffer(tlsKey.constData(), static_cast<std::size_t>(tlsKey.size())));
    if (!nodeKey || !root || !tls)
        return fail(tr("the node's identity in its database is damaged"));
    if (nodeKey->publicKey().bytes() != get(meta::kNodePublic))
        return fail(tr("the node's identity in its database is damaged"));
    s.nodeKey = std::move(nodeKey).value();
    ledger::fromBytes(root->bytes(), s.clinicRootKey);
    s.tls = std::move(tls).value();
    s.identity.clinicName = QString::fromUtf8(get(meta::kClinicName));
    s.identity.clinicFingerprint = root->fingerprint();
    s.identity.nodeFingerprint = s.nodeKey.publicKey().fingerprint();
    s.identity.tlsFingerprint = s.tls.fingerprint();
    return {};
}

UserInfo userFromRow(const ledger::Statement& row)
{
    UserInfo info;
    info.name = row.text(0);
    info.role = roleFromId(row.text(1)).value_or(Role::Reception);
    info.keyFingerprint = crypto::fingerprintOf(asView(row.blob(2)));
    info.enrolledAt = QDateTime::fromMSecsSinceEpoch(row.integer(3), Qt::UTC);
    return info;
}

// A version 1 slot is re-sealed in the version 2 layout at its owner's successful unlock. A
// failure is logged, not fatal: the slot still opens as it is.
void upgradeLegacySlot(const NodePaths& paths, const QString& slotName, const crypto::SecureBuffer& passphrase)
{
    auto keyring = crypto::Keyring::load(paths.keyring());
    Result<void> upgraded = keyring ? Result<void>() : Result<void>(fail(keyring.ok() ? QString() : keyring.error()));
    if (keyring && keyring->legacySlotNames().contains(slotName)) {
        upgraded = keyring->upgradeSlot(slotName, passphrase.view(), slotKdfParams());
        if (upgraded)
            upgraded = keyring->save(paths.keyring());
    }
    if (!upgraded)
        qCWarning(lcSession, "keyring slot %s stays in the version 1 layout: %s", qPrintable(slotName),
                  qPrintable(upgraded.error()));
    else
        qCInfo(lcSession, "keyring slot %s upgraded to the version 2 layout", qPrintable(slotName));
}

Result<std::unique_ptr<Session::Impl>> openSlot(const NodePaths& paths, const QString& slotName,
                                                const crypto::SecureBuffer& passphrase, const LoginThrottle::Clock& clock)
{
    if (!paths.exists())
        return fail(tr("%1 holds no MediLock node; create one with 'medilock-cli init'").arg(paths.directory));
    // Shared before the keyring is read: a re-key (exclusive) cannot swap the key meanwhile.
    auto lock = NodeLock::acquireShared(paths);
    if (!lock)
        return std::move(lock).takeError();
    auto keyring = crypto::Keyring::load(paths.keyring());
    if (!keyring)
        return std::move(keyring).takeError();
    // Only real slots are throttled: their names are in the keyring file in clear anyway.
    LoginThrottle throttle(paths.loginFailures(), clock);
    const bool isSlot = keyring->hasSlot(slotName);
    if (isSlot) {
        if (auto allowed = throttle.checkAllowed(slotName); !allowed)
            return std::move(allowed).takeError();
    }
    auto opened = keyring->open(slotName, passphrase.view());
    if (!opened) {
        if (!isSlot)
            return std::move(opened).takeError();
        auto counted = throttle.recordFailure(slotName);
        if (!counted)
            return fail(QStringLiteral("%1 (%2)").arg(opened.error(), counted.error()));
        const int wait = LoginThrottle::delaySecondsAfter(counted->failures);
        if (wait == 0)
            return std::move(opened).takeError();
        return fail(QCoreApplication::translate("Session", "%1; wait %n second(s) before trying again", nullptr, wait)
                        .arg(opened.error()));
    }
    auto cleared = throttle.recordSuccess(slotName);
    if (!cleared)
        return std::move(cleared).takeError();

    auto s = std::make_unique<Session::Impl>();
    s->failedLoginsBefore = *cleared;
    s->paths = paths;
    s->lock = std::move(lock).value();
    s->secrets = std::move(opened->secrets);
    // A re-key that was interrupted (docs/security.md, "Re-key"): the database opens with the
    // current key or, once the new file is in place, with the pending one.
    auto usable = s->openDatabase(s->secrets.databaseKey.clone());
    bool usesPendingKey = false;
    if (!usable && !opened->pendingDatabaseKey.isEmpty()) {
        usesPendingKey = s->openDatabase(opened->pendingDatabaseKey.clone()).ok();
        if (usesPendingKey)
            usable = {};
    }
    if (!usable)
        return std::move(usable).takeError();
    if (!opened->pendingDatabaseKey.isEmpty()) {
        if (auto r = DatabaseRekey::settleInterrupted(paths, usesPendingKey); !r)
            return std::move(r).takeError();
    } else if (opened->legacyLayout) {
        upgradeLegacySlot(paths, slotName, passphrase);
    }
    if (auto r = loadIdentity(*s); !r)
        return std::move(r).takeError();
    if (auto r = s->openLedger(); !r)
        return std::move(r).takeError();
    auto key = crypto::Ed25519PrivateKey::fromSeed(s->secrets.signingSeed.view());
    if (!key)
        return std::move(key).takeError();
    s->signingKey = std::move(key).value();
    if (!s->secrets.clinicRootSeed.isEmpty()) {
        auto root = crypto::Ed25519PrivateKey::fromSeed(s->secrets.clinicRootSeed.view());
        if (!root || root->publicKey().fingerprint() != s->identity.clinicFingerprint)
            return fail(tr("the clinic root key in this keyring slot does not belong to this clinic"));
        s->clinicRoot = std::move(root).value();
    }
    return s;
}
} // namespace

Result<void> Session::Impl::openDatabase(crypto::SecureBuffer key)
{
    closeDatabase();
    auto opened = ledger::Database::open(paths.database(), key, ledger::Database::Mode::OpenExisting);
    if (!opened)
        return std::move(opened).takeError();
    // A node database always has a schema (init writes it); an empty one is not migrated
    // into a node here, it is reported.
    auto version = ledger::Schema::version(*opened);
    if (!version)
        return std::move(version).takeError();
    if (*version == 0)
        return fail(tr("%1 holds no MediLock data (empty or replaced database)").arg(paths.database()));
    if (auto r = ledger::Schema::migrate(*opened); !r)
        return std::move(r).takeError();
    db = std::move(opened).value();
    secrets.databaseKey = std::move(key);
    return {};
}

Result<void> Session::Impl::openLedger()
{
    auto opened = ledger::Ledger::open(db, clinicRootKey);
    if (!opened)
        return std::move(opened).takeError();
    ledger = std::move(opened).value();
    return {};
}

Session::Session(std::unique_ptr<Impl> impl)
    : m_impl(std::move(impl))
{
}

Session::~Session() = default;

Result<std::unique_ptr<Session>> Session::unlock(const NodePaths& paths, const QString& userName,
                                                 const crypto::SecureBuffer& passphrase, const LoginThrottle::Clock& clock)
{
    if (!crypto::Keyring::isValidUserName(userName))
        return fail(tr("'%1' is not a valid user name").arg(userName));
    auto opened = openSlot(paths, userName, passphrase, clock);
    if (!opened)
        return std::move(opened).takeError();
    std::unique_ptr<Impl> s = std::move(opened).value();

    // The user as this clinic enrolled them on the ledger, and not revoked.
    auto stmt = s->db.prepare("SELECT name, role, key, enrolled_ms FROM users WHERE name = ? AND clinic_root = ? "
                              "AND revoked_ms IS NULL AND key = ?;");
    if (!stmt)
        return std::move(stmt).takeError();
    stmt->bind(1, userName).bind(2, ledger::toBytes(s->clinicRootKey)).bind(3, s->signingKey.publicKey().bytes());
    auto row = stmt->step();
    if (!row)
        return std::move(row).takeError();
    if (!*row)
        return fail(tr("'%1' has a keyring slot but is not an enrolled, active user of this clinic").arg(userName));
    s->user = userFromRow(*stmt);
    return std::unique_ptr<Session>(new Session(std::move(s)));
}

Result<std::unique_ptr<Session>> Session::unlockNode(const NodePaths& paths, const crypto::SecureBuffer& passphrase,
                                                     const LoginThrottle::Clock& clock)
{
    auto opened = openSlot(paths, crypto::Keyring::nodeSlotName(), passphrase, clock);
    if (!opened)
        return std::move(opened).takeError();
    std::unique_ptr<Impl> s = std::move(opened).value();
    if (!crypto::constantTimeEqual(s->signingKey.publicKey().view(), s->nodeKey.publicKey().view()))
        return fail(tr("the node keyring slot does not hold this node's key"));
    s->headless = true;
    s->user.name = crypto::Keyring::nodeSlotName();
    s->user.keyFingerprint = s->nodeKey.publicKey().fingerprint();
    return std::unique_ptr<Session>(new Session(std::move(s)));
}

const NodePaths& Session::paths() const
{
    return m_impl->paths;
}

const NodeIdentity& Session::identity() const
{
    return m_impl->identity;
}

const UserInfo& Session::user() const
{
    return m_impl->user;
}

bool Session::isHeadlessNode() const
{
    return m_impl->headless;
}

bool Session::holdsClinicRoot() const
{
    return !m_impl->clinicRoot.isNull();
}

LoginThrottle::Record Session::failedLoginsBefore() const
{
    return m_impl->failedLoginsBefore;
}

Result<QList<UserInfo>> Session::users() const
{
    auto stmt = m_impl->db.prepare("SELECT name, role, key, enrolled_ms FROM users WHERE clinic_root = ? "
                                   "AND revoked_ms IS NULL ORDER BY name;");
    if (!stmt)
        return std::move(stmt).takeError();
    stmt->bind(1, ledger::toBytes(m_impl->clinicRootKey));
    QList<UserInfo> list;
    auto rows = stmt->forEachRow([&](const auto&) {
        list << userFromRow(*stmt);
    });
    if (!rows)
        return std::move(rows).takeError();
    return list;
}

Result<UserInfo> Session::addUser(const QString& name, Role role, const crypto::SecureBuffer& newPassphrase)
{
    if (m_impl->headless || m_impl->user.role != Role::Admin || !holdsClinicRoot())
        return fail(tr("only an administrator holding the clinic root key can enrol users"));
    if (!crypto::Keyring::isValidUserName(name))
        return fail(tr("'%1' is not a valid user name (letters, digits, '.', '_' or '-', at most 64)").arg(name));
    if (auto r = checkNewPassphrase(newPassphrase); !r)
        return std::move(r).takeError();
    auto keyring = crypto::Keyring::load(m_impl->paths.keyring());
    if (!keyring)
        return std::move(keyring).takeError();
    if (keyring->hasSlot(name))
        return fail(tr("there is already a user '%1' on this node").arg(name));
    auto existing = users();
    if (!existing)
        return std::move(existing).takeError();
    for (const UserInfo& u : *existing)
        if (u.name == name)
            return fail(tr("there is already a user '%1' in this clinic").arg(name));

    const crypto::Ed25519PrivateKey key = crypto::Ed25519PrivateKey::generate();
    // Administrators share the clinic root so any of them can enrol and trust.
    crypto::SlotSecrets secrets{m_impl->secrets.databaseKey.clone(), key.seed().clone(),
                                role == Role::Admin ? m_impl->clinicRoot.seed().clone() : crypto::SecureBuffer()};
    if (auto r = keyring->addSlot(name, newPassphrase.view(), secrets, slotKdfParams()); !r)
        return std::move(r).takeError();

    // The slot is written first; if the enrolment cannot be signed, it is taken out again.
    if (auto r = keyring->save(m_impl->paths.keyring()); !r)
        return std::move(r).takeError();
    ledger::UserEnrolledPayload enrolled;
    ledger::fromBytes(key.publicKey().bytes(), enrolled.key);
    enrolled.role = ledger::signerRoleFromId(roleId(role)).value_or(ledger::SignerRole::Reception);
    enrolled.name = name;
    const ledger::EntryDraft draft{ledger::EntryKind::UserEnrolled, {}, {}, enrolled.encode(), {}};
    auto appended = m_impl->ledger->append(std::span(&draft, 1), m_impl->clinicRoot, m_impl->nodeKey);
    if (!appended) {
        if (keyring->removeSlot(name))
            (void)keyring->save(m_impl->paths.keyring());
        return std::move(appended).takeError();
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    UserInfo info;
    info.name = name;
    info.role = role;
    info.keyFingerprint = key.publicKey().fingerprint();
    info.enrolledAt = QDateTime::fromMSecsSinceEpoch(now, Qt::UTC);
    return info;
}

Result<void> Session::changePassphrase(const crypto::SecureBuffer& oldPassphrase, const crypto::SecureBuffer& newPassphrase)
{
    if (auto r = checkNewPassphrase(newPassphrase); !r)
        return r;
    auto keyring = crypto::Keyring::load(m_impl->paths.keyring());
    if (!keyring)
        return std::move(keyring).takeError();
    if (auto r = keyring->changePassphrase(m_impl->user.name, oldPassphrase.view(), newPassphrase.view(), slotKdfParams()); !r)
        return r;
    return keyring->save(m_impl->paths.keyring());
}

} // namespace medilock::app
