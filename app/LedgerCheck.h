#pragma once

#include "ledger/LedgerVerifier.h"

#include "crypto/Result.h"

namespace medilock::app {

class Session;

// Re-verifies the whole ledger of the session's node (LedgerVerifier), on every core.
class LedgerCheck
{
public:
    static Result<ledger::LedgerVerifier::Report> verify(Session& session, const ledger::LedgerVerifier::Progress& progress);
};

} // namespace medilock::app
