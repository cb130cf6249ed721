#pragma once

#include "crypto/Result.h"

#include <QMap>
#include <QString>

#include <functional>

namespace medilock::app {

class Session;

// Imports FHIR R4 JSON files (a Bundle or one resource) as entries signed by the signed-in
// user. Atomic per file: a file is either wholly on the ledger or not at all. Importing a
// file again adds nothing (entry ids derive from the file's resources).
class FhirImporter
{
public:
    struct Report
    {
        QMap<QString, int> imported; // newly added, per resource type
        QMap<QString, int> skipped;  // not patient records, or belonging to no patient
        int alreadyPresent = 0;      // added by an earlier import
        int unresolvedReferences = 0;
        void add(const Report& other);
    };
    static constexpr qint64 kMaxFileBytes = 64ll << 20;

    static Result<Report> importFile(Session& session, const QString& path);
};

} // namespace medilock::app
