#include "EntryKind.h"

namespace medilock::ledger {

namespace {
struct KindInfo
{
    EntryKind kind;
    const char* name;
};
constexpr KindInfo kKinds[] = {
    {EntryKind::ClinicFounded, "clinic-founded"},
    {EntryKind::NodeCertified, "node-certified"},
    {EntryKind::UserEnrolled, "user-enrolled"},
    {EntryKind::UserRevoked, "user-revoked"},
    {EntryKind::ClinicTrusted, "clinic-trusted"},
    {EntryKind::ClinicUntrusted, "clinic-untrusted"},
    {EntryKind::PatientRegistered, "patient-registered"},
    {EntryKind::DemographicsUpdated, "demographics-updated"},
    {EntryKind::PatientsLinked, "patients-linked"},
    {EntryKind::Encounter, "encounter"},
    {EntryKind::Note, "note"},
    {EntryKind::Condition, "condition"},
    {EntryKind::Allergy, "allergy"},
    {EntryKind::Medication, "medication"},
    {EntryKind::Observation, "observation"},
    {EntryKind::Immunization, "immunization"},
    {EntryKind::Document, "document"},
    {EntryKind::ConsentDirective, "consent-directive"},
    {EntryKind::Procedure, "procedure"},
    {EntryKind::OtherResource, "other-resource"},
    {EntryKind::ChartViewed, "chart-viewed"},
    {EntryKind::EmergencyAccess, "emergency-access"},
    {EntryKind::Amendment, "amendment"},
};
} // namespace

std::optional<EntryKind> entryKindFromCode(std::uint16_t code)
{
    for (const KindInfo& info : kKinds)
        if (static_cast<std::uint16_t>(info.kind) == code)
            return info.kind;
    return std::nullopt;
}

QString entryKindName(EntryKind kind)
{
    for (const KindInfo& info : kKinds)
        if (info.kind == kind)
            return QString::fromLatin1(info.name);
    return QStringLiteral("unknown");
}

bool isAdministrative(EntryKind kind)
{
    return static_cast<std::uint16_t>(kind) < 16;
}

bool isPatientKind(EntryKind kind)
{
    return !isAdministrative(kind);
}

} // namespace medilock::ledger
