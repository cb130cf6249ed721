#include "LedgerCheck.h"

#include "SessionImpl.h"

namespace medilock::app {

Result<ledger::LedgerVerifier::Report> LedgerCheck::verify(Session& session, const ledger::LedgerVerifier::Progress& progress)
{
    return ledger::LedgerVerifier::verifyAll(session.impl().db, session.impl().clinicRootKey, progress);
}

} // namespace medilock::app
