#pragma once

#include "crypto/Result.h"

#include <QJsonObject>
#include <QString>

namespace medilock::app::fhir {

// ^[A-Z][A-Za-z]+$: the shape of every FHIR resource type name.
bool looksLikeResourceType(const QString& type);

// Checks one resource (and the resources it contains) before anything is derived from it:
// resourceType, id, every date/dateTime/instant element, every base64 attachment. `place`
// names the resource in messages, e.g. "Bundle.entry[12].resource (Observation)"; a
// failure reads "<place>: effectiveDateTime '2021-13-45' is not a valid date".
Result<void> validateResource(const QJsonObject& resource, const QString& place);

} // namespace medilock::app::fhir
