#pragma once

#include "AdminViews.h"
#include "NodeIdentity.h"
#include "UserInfo.h"

#include "crypto/Result.h"

#include <QImage>
#include <QList>

#include <functional>
#include <memory>

namespace medilock::app {

class ClinicalRecords;
class SyncNodeHost;

// The administration use cases in the GUI's terms (AdminViews): users and their keys, the
// clinic's identity and trust, peers and their health, ledger verification, and the review
// of break-glass accesses to this clinic's patients. Built on the application's
// ClinicalRecords so both serialise on one session; every call may run on a worker thread.
//
// The role checks here only spare people a pointless attempt: the ledger refuses
// administrative entries not signed by this clinic's root all the same.
class Administration
{
public:
    // `syncNode`: the embedded sync node of this process, stopped while a revocation re-keys
    // the database (none: no node runs here).
    explicit Administration(std::shared_ptr<ClinicalRecords> records, std::shared_ptr<SyncNodeHost> syncNode = nullptr);

    // An administrator holding the clinic root key: the only one shown these screens.
    bool mayAdminister() const;
    NodeIdentity identity() const;
    QString userName() const;

    Result<QList<UserStatusView>> users();
    Result<UserStatusView> enrol(const QString& name, Role role, const QString& passphrase);
    Result<void> changeOwnPassphrase(const QString& oldPassphrase, const QString& newPassphrase);
    Result<UserStatusView> rotateKey(const QString& name, const QString& newPassphrase);
    // As `medilock-cli user revoke`: the key revoked on the ledger, the slot removed and the
    // database re-keyed, with the sync node stopped meanwhile; refused with nothing changed
    // while another program has the node open.
    Result<void> revoke(const QString& name, const QString& reason);

    Result<void> pairPeer(const QString& address, const QString& tlsFingerprint);
    Result<QList<PeerHealthView>> peers(qint64 nowMs);
    Result<QList<EquivocationView>> equivocations();

    Result<QList<TrustedClinicView>> trustedClinics();
    Result<void> trust(const QString& rootFingerprint, const QString& name);
    Result<void> stopTrusting(const QString& rootFingerprint);

    using Progress = std::function<void(qint64 done, qint64 total)>;
    // Re-verifies the whole ledger; a database that cannot be read is a failed check too.
    LedgerCheckView verifyLedger(const Progress& progress);

    // Break-glass accesses to patients whose home clinic is this one, newest first.
    Result<QList<BreakGlassView>> breakGlassReview(int limit = 1000);

    // A QR code of a fingerprint, to be read by the other clinic's administrator.
    static Result<QImage> qrCode(const QString& text, int moduleSize = 4);

private:
    std::shared_ptr<ClinicalRecords> m_records;
    std::shared_ptr<SyncNodeHost> m_syncNode;
    NodeIdentity m_identity;
    UserInfo m_user;
    bool m_holdsRoot = false;
};

} // namespace medilock::app
