#include "ChartViewConversion.h"

#include "PatientId.h"

#include <QTimeZone>

namespace medilock::app::viewconv {

QDateTime fromHlc(const ledger::HlcTime& t)
{
    return QDateTime::fromMSecsSinceEpoch(static_cast<qint64>(t.ms), QTimeZone::utc());
}


PatientView toView(const ledger::PatientRow& p)
{
    PatientView v;
    v.id = ledger::toBytes(p.id);
    v.idText = patientIdText(p.id);
    v.name = p.name;
    v.family = p.family;
    v.given = p.given;
    v.birthDate = p.birthDate;
    v.sex = p.sex;
    v.phones = p.phones;
    v.identifiers = p.identifiers;
    v.address = p.address;
    v.bloodGroup = p.bloodGroup;
    for (const auto& c : p.contacts)
        v.contacts.append(ContactView{c.name, c.relationship, c.phone});
    v.homeClinic = p.homeClinic;
    return v;
}

SignerView toView(const ledger::Signer& s)
{
    return SignerView{s.name, s.role, s.clinic, s.revoked};
}

RecordType recordType(ledger::EntryKind kind)
{
    using K = ledger::EntryKind;
    switch (kind) {
    case K::Encounter: return RecordType::Encounter;
    case K::Note: return RecordType::Note;
    case K::Condition: return RecordType::Condition;
    case K::Allergy: return RecordType::Allergy;
    case K::Medication: return RecordType::Medication;
    case K::Observation: return RecordType::Observation;
    case K::Immunization: return RecordType::Immunization;
    case K::Document: return RecordType::Document;
    case K::Procedure: return RecordType::Procedure;
    default: return RecordType::Other;
    }
}

ledger::EntryKind entryKind(RecordType type)
{
    using K = ledger::EntryKind;
    switch (type) {
    case RecordType::Encounter: return K::Encounter;
    case RecordType::Note: return K::Note;
    case RecordType::Condition: return K::Condition;
    case RecordType::Allergy: return K::Allergy;
    case RecordType::Medication: return K::Medication;
    case RecordType::Observation: return K::Observation;
    case RecordType::Immunization: return K::Immunization;
    case RecordType::Document: return K::Document;
    case RecordType::Procedure: return K::Procedure;
    case RecordType::Other: return K::OtherResource;
    }
    return K::OtherResource;
}

RecordView toView(const ledger::RecordRow& r)
{
    RecordView v;
    v.hash = ledger::toBytes(r.hash);
    v.type = recordType(r.kind);
    v.authoredAt = fromHlc(r.authoredAt);
    v.signer = toView(r.signer);
    v.verified = !r.signer.revoked || r.signer.signedBeforeRevocation;
    v.resourceType = r.resourceType;
    v.display = r.display;
    v.code = r.code;
    v.codeSystem = r.codeSystem;
    v.status = r.status;
    v.criticality = r.criticality;
    v.reaction = r.reaction;
    v.category = r.category;
    v.effective = r.effective;
    v.value = r.value;
    v.unit = r.unit;
    v.valueText = r.valueText;
    v.noKnownAllergy = r.noKnownAllergy;
    v.implantedDevice = r.implantedDevice;
    v.superseded = !r.isCurrent();
    v.supersededAction = r.supersededAction;
    v.supersededReason = r.supersededReason;
    return v;
}

AllergyStatus toView(ledger::EmergencySummary::AllergyStatus s)
{
    switch (s) {
    case ledger::EmergencySummary::AllergyStatus::Recorded: return AllergyStatus::Recorded;
    case ledger::EmergencySummary::AllergyStatus::NoneKnown: return AllergyStatus::NoneKnown;
    case ledger::EmergencySummary::AllergyStatus::Unknown: return AllergyStatus::Unknown;
    }
    return AllergyStatus::Unknown;
}

QList<RecordView> toViews(const std::vector<ledger::RecordRow>& rows)
{
    QList<RecordView> out;
    out.reserve(static_cast<qsizetype>(rows.size()));
    for (const auto& r : rows)
        out.append(toView(r));
    return out;
}

EmergencyView toView(const ledger::EmergencySummary& s)
{
    EmergencyView v;
    v.patient = toView(s.patient);
    v.allergyStatus = toView(s.allergyStatus);
    if (s.noKnownAllergyRecord)
        v.noKnownAllergyRecord = toView(*s.noKnownAllergyRecord);
    v.allergies = toViews(s.allergies);
    v.problems = toViews(s.problems);
    v.medications = toViews(s.medications);
    v.devices = toViews(s.devices);
    if (s.lastEncounter)
        v.lastEncounter = toView(*s.lastEncounter);
    v.bloodGroup = s.bloodGroup;
    return v;
}

AccessView toView(const ledger::AccessRow& a)
{
    return AccessView{fromHlc(a.at), toView(a.viewer), a.kind == ledger::EntryKind::EmergencyAccess, a.reason, a.sealed};
}

} // namespace medilock::app::viewconv
