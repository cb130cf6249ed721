#pragma once

#include "EmergencyCardIssuer.h"

#include "crypto/Result.h"

#include <memory>

namespace medilock::app {

class ClinicalRecords;

// The emergency card in the desktop application's terms: issue a patient's signed card as a
// PDF, and check a card's text offline. Built on the application's ClinicalRecords so both
// serialise on one session; every call may run on a worker thread.
class EmergencyCards
{
public:
    explicit EmergencyCards(std::shared_ptr<ClinicalRecords> records);

    // Roles that read charts (physicians, nurses); the ledger refuses the others' access
    // entry all the same.
    bool mayIssue() const;
    // Issues the card as the command line does (a recorded access of purpose "card") and
    // writes its PDF to `path`, readable by its owner only. A chart the patient's consent
    // restricts needs this user's break-glass access first.
    Result<SignedEmergencyCard> writePdf(const QByteArray& patientId, const QString& path);
    // The card's signature, and which node of which clinic signed it if this ledger knows it.
    Result<EmergencyCardCheck> check(const QByteArray& text);

private:
    std::shared_ptr<ClinicalRecords> m_records;
};

} // namespace medilock::app
