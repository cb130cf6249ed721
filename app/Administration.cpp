#include "Administration.h"

#include "ChartViewConversion.h"
#include "ClinicTrust.h"
#include "ClinicalRecords.h"
#include "EmergencyCardRender.h"
#include "LedgerCheck.h"
#include "Passphrase.h"
#include "PeerHealth.h"
#include "PeerPairing.h"
#include "SessionImpl.h"
#include "SyncNodeHost.h"
#include "UserKeys.h"

#include "crypto/Ed25519.h"
#include "crypto/Hex.h"
#include "ledger/query/BreakGlassQuery.h"
#include "ledger/store/Statement.h"

#include <QCoreApplication>

namespace medilock::app {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Administration", text);
}

QDateTime fromMs(qint64 ms)
{
    return QDateTime::fromMSecsSinceEpoch(ms, Qt::UTC);
}

Result<QList<UserStatusView>> readUsers(Session& session)
{
    Session::Impl& s = session.impl();
    auto stmt = s.db.prepare("SELECT name, role, key, enrolled_ms, revoked_ms FROM users WHERE clinic_root = ? "
                             "ORDER BY name, enrolled_ms, enrolled_lc;");
    if (!stmt)
        return std::move(stmt).takeError();
    stmt->bind(1, ledger::toBytes(s.clinicRootKey));
    QList<UserStatusView> out;
    auto rows = stmt->forEachRow([&](const ledger::Statement& r) {
        UserStatusView u;
        u.name = r.text(0);
        u.role = roleFromId(r.text(1)).value_or(Role::Reception);
        u.keyFingerprint = crypto::fingerprintOf(asView(r.blob(2)));
        u.enrolledAt = fromMs(r.integer(3));
        if (!r.isNull(4))
            u.revokedAt = fromMs(r.integer(4));
        out << u;
    });
    if (!rows)
        return std::move(rows).takeError();
    return out;
}

UserStatusView statusOf(const UserInfo& u)
{
    return UserStatusView{u.name, u.role, u.keyFingerprint, u.enrolledAt, std::nullopt};
}

QString proofText(const ledger::BlockStore::Equivocation& e)
{
    return QStringList{crypto::toHex(e.firstHeader), crypto::toHex(e.firstSignature), crypto::toHex(e.secondHeader),
                       crypto::toHex(e.secondSignature)}
        .join(QLatin1Char('\n'));
}
} // namespace

Administration::Administration(std::shared_ptr<ClinicalRecords> records, std::shared_ptr<SyncNodeHost> syncNode)
    : m_records(std::move(records))
    , m_syncNode(std::move(syncNode))
{
    m_records->exclusive([this](Session& s) {
        m_identity = s.identity();
        m_user = s.user();
        m_holdsRoot = !s.isHeadlessNode() && s.holdsClinicRoot();
        return 0;
    });
}

bool Administration::mayAdminister() const
{
    return m_user.role == Role::Admin && m_holdsRoot;
}

NodeIdentity Administration::identity() const
{
    return m_identity;
}

QString Administration::userName() const
{
    return m_user.name;
}

Result<QList<UserStatusView>> Administration::users()
{
    return m_records->exclusive([](Session& s) { return readUsers(s); });
}

Result<UserStatusView> Administration::enrol(const QString& name, Role role, const QString& passphrase)
{
    return m_records->exclusive([&](Session& s) -> Result<UserStatusView> {
        auto added = s.addUser(name.trimmed(), role, passphraseFromString(passphrase));
        if (!added)
            return std::move(added).takeError();
        return statusOf(*added);
    });
}

Result<void> Administration::changeOwnPassphrase(const QString& oldPassphrase, const QString& newPassphrase)
{
    return m_records->exclusive([&](Session& s) {
        return s.changePassphrase(passphraseFromString(oldPassphrase), passphraseFromString(newPassphrase));
    });
}

Result<UserStatusView> Administration::rotateKey(const QString& name, const QString& newPassphrase)
{
    return m_records->exclusive([&](Session& s) -> Result<UserStatusView> {
        auto rotated = UserKeys::rotate(s, name, passphraseFromString(newPassphrase));
        if (!rotated)
            return std::move(rotated).takeError();
        return statusOf(*rotated);
    });
}

Result<void> Administration::revoke(const QString& name, const QString& reason)
{
    return m_records->exclusive([&](Session& s) -> Result<void> {
        auto revokeAndRekey = [&]() -> Result<void> {
            auto revoked = UserKeys::revoke(s, name, reason, UserKeys::AfterRevocation::Rekey);
            if (!revoked)
                return std::move(revoked).takeError();
            return {};
        };
        if (!m_syncNode)
            return revokeAndRekey();
        // UserKeys::revoke checks the reason, then refuses with nothing changed while another
        // program has the node open; the sync node starts again either way.
        return m_syncNode->withNodeStopped(s, revokeAndRekey);
    });
}

Result<void> Administration::pairPeer(const QString& address, const QString& tlsFingerprint)
{
    return m_records->exclusive([&](Session& s) { return PeerPairing::add(s, address.trimmed(), tlsFingerprint.trimmed()); });
}

Result<QList<PeerHealthView>> Administration::peers(qint64 nowMs)
{
    auto read = m_records->exclusive([&](Session& s) { return PeerHealth::read(s, nowMs); });
    if (!read)
        return std::move(read).takeError();
    QList<PeerHealthView> out;
    for (const auto& p : *read) {
        PeerHealthView v{p.address, p.tlsFingerprint, p.nodeFingerprint, p.connected,
                         p.lastContactMs > 0 ? fromMs(p.lastContactMs) : QDateTime(),
                         static_cast<qint64>(p.blocksBehind), static_cast<qint64>(p.blocksAhead),
                         p.failedVerifications, p.bans, std::nullopt, p.equivocationAlerts};
        if (p.bannedUntilMs > nowMs)
            v.bannedUntil = fromMs(p.bannedUntilMs);
        out << v;
    }
    return out;
}

Result<QList<EquivocationView>> Administration::equivocations()
{
    auto stored = m_records->exclusive([](Session& s) { return s.impl().ledger->store().equivocations(); });
    if (!stored)
        return std::move(stored).takeError();
    QList<EquivocationView> out;
    for (const auto& e : *stored)
        out << EquivocationView{crypto::fingerprintOf(asView(ledger::toBytes(e.origin))), static_cast<qint64>(e.height),
                                fromMs(e.detectedAtMs), proofText(e)};
    return out;
}

Result<QList<TrustedClinicView>> Administration::trustedClinics()
{
    return m_records->exclusive([](Session& s) { return ClinicTrust::trusted(s); });
}

Result<void> Administration::trust(const QString& rootFingerprint, const QString& name)
{
    return m_records->exclusive([&](Session& s) { return ClinicTrust::trust(s, rootFingerprint, name); });
}

Result<void> Administration::stopTrusting(const QString& rootFingerprint)
{
    return m_records->exclusive([&](Session& s) { return ClinicTrust::untrust(s, rootFingerprint); });
}

LedgerCheckView Administration::verifyLedger(const Progress& progress)
{
    auto report = m_records->exclusive([&](Session& s) { return LedgerCheck::verify(s, progress); });
    if (!report)
        return LedgerCheckView{0, 0, tr("the database could not be read: %1").arg(report.error())};
    return LedgerCheckView{report->blocks, report->entries, report->firstProblem};
}

Result<QList<BreakGlassView>> Administration::breakGlassReview(int limit)
{
    auto rows = m_records->exclusive([&](Session& s) {
        return ledger::BreakGlassQuery::forHomeClinic(s.impl().db, s.impl().clinicRootKey, limit);
    });
    if (!rows)
        return std::move(rows).takeError();
    QList<BreakGlassView> out;
    for (const auto& b : *rows)
        out << BreakGlassView{viewconv::fromHlc(b.access.at), viewconv::toView(b.access.viewer), b.access.reason,
                              ledger::toBytes(b.patientId), b.patientName, b.access.sealed};
    return out;
}

Result<QImage> Administration::qrCode(const QString& text, int moduleSize)
{
    return EmergencyCardRender::qrImage(text.toUtf8(), moduleSize);
}

} // namespace medilock::app
