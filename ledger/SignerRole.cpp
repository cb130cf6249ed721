#include "SignerRole.h"

namespace medilock::ledger {

std::optional<SignerRole> signerRoleFromId(const QString& id)
{
    for (SignerRole role : {SignerRole::Admin, SignerRole::Physician, SignerRole::Nurse, SignerRole::Reception})
        if (signerRoleId(role) == id)
            return role;
    return std::nullopt;
}

QString signerRoleId(SignerRole role)
{
    switch (role) {
    case SignerRole::Admin: return QStringLiteral("admin");
    case SignerRole::Physician: return QStringLiteral("physician");
    case SignerRole::Nurse: return QStringLiteral("nurse");
    case SignerRole::Reception: return QStringLiteral("reception");
    }
    return {};
}

bool roleMayWrite(SignerRole role, EntryKind kind)
{
    if (isAdministrative(kind))
        return false;
    if (kind == EntryKind::ChartViewed)
        return true; // every reader leaves a trace
    switch (role) {
    case SignerRole::Admin:
        return false;
    case SignerRole::Reception:
        return kind == EntryKind::PatientRegistered || kind == EntryKind::DemographicsUpdated
            || kind == EntryKind::PatientsLinked;
    case SignerRole::Nurse:
        return kind == EntryKind::Observation || kind == EntryKind::Amendment;
    case SignerRole::Physician:
        return true;
    }
    return false;
}

} // namespace medilock::ledger
