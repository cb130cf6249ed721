#pragma once

#include "EntryKind.h"
#include "LedgerTypes.h"

#include <QByteArray>

namespace medilock::ledger {

// An entry before it is signed: what a use case (a form, an import) asks the writer to add.
// A non-zero entryId makes the append idempotent: an entry whose id is already on the
// ledger is skipped (imports derive ids from the source so a second import adds nothing).
struct EntryDraft
{
    EntryKind kind = EntryKind::Note;
    Id128 patientId{};
    Hash supersedes{};
    QByteArray payload;
    Id128 entryId{};
};

} // namespace medilock::ledger
