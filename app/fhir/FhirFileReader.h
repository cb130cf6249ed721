#pragma once

#include "FhirReferences.h"

#include "crypto/Result.h"

#include <QByteArray>
#include <QList>

namespace medilock::app::fhir {

// Reads an import file into its resources: a Bundle (transaction, batch, collection,
// searchset or document) or one resource. Checks size, nesting and string bounds before
// parsing, then every resource (FhirValidation.h). Messages name the place, not the file.
Result<QList<FileResource>> readFhirFile(const QByteArray& fileBytes);

} // namespace medilock::app::fhir
