#pragma once

#include <QCoreApplication>
#include <QString>

namespace medilock::ui {

// FHIR code values a person reads in the chart (clinical and verification status,
// criticality), as words in the application's language. A code it does not know is shown
// as it is: the record's own value, never hidden.
class FhirCodeLabel
{
    Q_DECLARE_TR_FUNCTIONS(FhirCodeLabel)
public:
    static QString of(const QString& code);
};

} // namespace medilock::ui
