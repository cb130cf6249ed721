#include "FhirCodeLabel.h"

#include <QHash>

namespace medilock::ui {

QString FhirCodeLabel::of(const QString& code)
{
    // Status codes of AllergyIntolerance, Condition, MedicationStatement/Request, Observation,
    // Encounter and DocumentReference; criticality of AllergyIntolerance.
    static const QHash<QString, const char*> labels{
        {QStringLiteral("active"), QT_TR_NOOP("active")},
        {QStringLiteral("inactive"), QT_TR_NOOP("inactive")},
        {QStringLiteral("resolved"), QT_TR_NOOP("resolved")},
        {QStringLiteral("recurrence"), QT_TR_NOOP("recurrence")},
        {QStringLiteral("relapse"), QT_TR_NOOP("relapse")},
        {QStringLiteral("remission"), QT_TR_NOOP("remission")},
        {QStringLiteral("completed"), QT_TR_NOOP("completed")},
        {QStringLiteral("stopped"), QT_TR_NOOP("stopped")},
        {QStringLiteral("on-hold"), QT_TR_NOOP("on hold")},
        {QStringLiteral("intended"), QT_TR_NOOP("intended")},
        {QStringLiteral("not-taken"), QT_TR_NOOP("not taken")},
        {QStringLiteral("cancelled"), QT_TR_NOOP("cancelled")},
        {QStringLiteral("draft"), QT_TR_NOOP("draft")},
        {QStringLiteral("entered-in-error"), QT_TR_NOOP("entered in error")},
        {QStringLiteral("unknown"), QT_TR_NOOP("unknown")},
        {QStringLiteral("registered"), QT_TR_NOOP("registered")},
        {QStringLiteral("preliminary"), QT_TR_NOOP("preliminary")},
        {QStringLiteral("final"), QT_TR_NOOP("final")},
        {QStringLiteral("amended"), QT_TR_NOOP("amended")},
        {QStringLiteral("corrected"), QT_TR_NOOP("corrected")},
        {QStringLiteral("current"), QT_TR_NOOP("current")},
        {QStringLiteral("superseded"), QT_TR_NOOP("superseded")},
        {QStringLiteral("planned"), QT_TR_NOOP("planned")},
        {QStringLiteral("in-progress"), QT_TR_NOOP("in progress")},
        {QStringLiteral("finished"), QT_TR_NOOP("finished")},
        {QStringLiteral("confirmed"), QT_TR_NOOP("confirmed")},
        {QStringLiteral("unconfirmed"), QT_TR_NOOP("unconfirmed")},
        {QStringLiteral("provisional"), QT_TR_NOOP("provisional")},
        {QStringLiteral("refuted"), QT_TR_NOOP("refuted")},
        {QStringLiteral("low"), QT_TR_NOOP("low")},
        {QStringLiteral("high"), QT_TR_NOOP("high")},
        {QStringLiteral("unable-to-assess"), QT_TR_NOOP("unable to assess")},
    };
    const auto found = labels.constFind(code);
    return found == labels.constEnd() ? code : tr(found.value());
}

} // namespace medilock::ui
