#pragma once

#include "EntryKind.h"

#include <QString>

#include <optional>

namespace medilock::ledger {

// Roles as the ledger records them in enrolment entries ("admin", "physician", "nurse",
// "reception") and what each may sign (DESIGN §3).
enum class SignerRole { Admin, Physician, Nurse, Reception };

std::optional<SignerRole> signerRoleFromId(const QString& id);
QString signerRoleId(SignerRole role);
// Whether a user key with this role may author an entry of this kind. Administrative kinds
// are authored by a clinic root key, never by a user key.
bool roleMayWrite(SignerRole role, EntryKind kind);

} // namespace medilock::ledger
