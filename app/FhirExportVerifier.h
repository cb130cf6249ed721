#pragma once

#include "crypto/Result.h"

#include <QByteArray>
#include <QMap>
#include <QString>

namespace medilock::app {

class Session;

// Checks a MediLock FHIR export offline (docs/fhir-export.md, "Checking an export"): a
// document's Composition has exactly one Provenance of the exporting node whose signed
// Composition is that Composition (equal as JSON); every other resource has exactly one
// Provenance whose signed entry
// verifies, was written by the key its agent names, and whose payload, with its references
// written as the exporter writes them (FhirReferenceMap over the signed entries of the
// Bundle), is that resource (equal as JSON). Any altered, added or unsigned resource fails
// the whole file.
class FhirExportVerifier
{
public:
    struct Author
    {
        QByteArray key; // 32-byte Ed25519 public key
        QString fingerprint;
        QString claimedName; // as the Provenance says: not proof of anything by itself
        int resources = 0;
        bool known = false; // set by resolveAuthors(): enrolled on this node's ledger
        QString name, clinic;
    };
    struct Report
    {
        int resources = 0; // signed resources checked
        QMap<QString, Author> authors; // by key fingerprint
        // The nodes that signed an IPS document's Composition (its `resources` counts
        // Compositions), by key fingerprint; known: certified on this node's ledger.
        QMap<QString, Author> nodes;
    };

    static Result<Report> verify(const QByteArray& bundleJson);
    // Names the authors and signing nodes as this node's ledger knows them.
    static Result<void> resolveAuthors(Session& session, Report& report);
};

} // namespace medilock::app
