#include "EmergencySummary.h"

namespace medilock::ledger {

namespace {
bool isInactive(const QString& status)
{
    static const QStringList inactive = {
        QStringLiteral("inactive"),  QStringLiteral("resolved"),         QStringLiteral("remission"),
        QStringLiteral("refuted"),   QStringLiteral("entered-in-error"), QStringLiteral("stopped"),
        QStringLiteral("completed"), QStringLiteral("cancelled"),        QStringLiteral("not-taken"),
        QStringLiteral("revoked"),   QStringLiteral("ended"),
    };
    return inactive.contains(status);
}

bool isBloodGroupCode(const QString& code)
{
    // LOINC: ABO and Rh group (882-1), ABO group (883-9), Rh type (10331-7).
    return code == QLatin1String("882-1") || code == QLatin1String("883-9") || code == QLatin1String("10331-7");
}
} // namespace

QString EmergencySummary::allergyStatusId(AllergyStatus status)
{
    switch (status) {
    case AllergyStatus::Recorded: return QStringLiteral("recorded");
    case AllergyStatus::NoneKnown: return QStringLiteral("none-known");
    case AllergyStatus::Unknown: return QStringLiteral("unknown");
    }
    return {};
}

EmergencySummary EmergencySummary::fromChart(const ChartData& chart)
{
    EmergencySummary s;
    s.patient = chart.patient;
    s.bloodGroup = chart.patient.bloodGroup;
    for (const RecordRow& r : chart.records) {
        // Superseded, no longer active, or signed after its author's revocation: not shown.
        if (!r.isCurrent() || isInactive(r.status) || !r.signer.signedBeforeRevocation)
            continue;
        switch (r.kind) {
        case EntryKind::Allergy:
            if (r.status == QLatin1String("unknown"))
                break; // "no information about allergies" (IPS): says nothing either way
            if (r.noKnownAllergy) {
                // Only a statement about all allergies makes the status "none known"; "no
                // known food allergy" says nothing about drugs. Latest wins (oldest first).
                if (r.category.isEmpty())
                    s.noKnownAllergyRecord = r;
            } else {
                s.allergies.push_back(r);
            }
            break;
        case EntryKind::Condition:
            s.problems.push_back(r);
            break;
        case EntryKind::Medication:
            s.medications.push_back(r);
            break;
        case EntryKind::Encounter: {
            // The latest by when it happened (imports sign old encounters all at once).
            const QDateTime when = r.effective.isValid() ? r.effective : QDateTime();
            if (!s.lastEncounter || when >= s.lastEncounter->effective)
                s.lastEncounter = r;
            break;
        }
        case EntryKind::Observation:
            if (isBloodGroupCode(r.code) && !r.valueText.isEmpty())
                s.bloodGroup = r.valueText;
            break;
        default:
            if (r.implantedDevice)
                s.devices.push_back(r);
            break;
        }
    }
    if (!s.allergies.empty())
        s.allergyStatus = AllergyStatus::Recorded;
    else if (s.noKnownAllergyRecord)
        s.allergyStatus = AllergyStatus::NoneKnown;
    return s;
}

} // namespace medilock::ledger
