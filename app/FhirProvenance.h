#pragma once

// Provenance resources that let another node check an exported resource offline
// (docs/fhir-export.md): each names the entry's author and carries the signed ledger entry
// itself, whose Ed25519 signature covers the resource's exact bytes.

#include "ledger/Entry.h"
#include "ledger/query/QueryTypes.h"

#include <QJsonObject>

namespace medilock::app::fhirprov {

inline const QString kKeySystem = QStringLiteral("urn:medilock:key-fingerprint");
inline const QString kClinicSystem = QStringLiteral("urn:medilock:clinic");
inline const QString kSigFormat = QStringLiteral("application/vnd.medilock.entry-v1");
// The exporting node's signature over an IPS Composition (FhirCompositionSignature.h).
inline const QString kNodeSigFormat = QStringLiteral("application/vnd.medilock.node-signed-v1");

// "urn:uuid:xxxxxxxx-xxxx-xxxx-xxxx-xxxxxxxxxxxx" from 16 bytes.
QString urnUuid(const QByteArray& sixteenBytes);
QString entryUrl(const ledger::Entry& entry);
// The Provenance of `entry`, whose resource is in the Bundle at `targetUrl`.
QJsonObject provenance(const ledger::Entry& entry, const QString& targetUrl, const ledger::Signer& signer);
// The Provenance of an IPS document's Composition at `targetUrl`: `nodeSigned` is the
// exporting node's signed blob (FhirCompositionSignature.h), `when` the export time.
QJsonObject compositionProvenance(const QByteArray& nodeSigned, const QString& targetUrl, const QString& when,
                                  const QString& nodeFingerprint, const QString& nodeDisplay);
// Bundle.entry items: the resource at its url, then its Provenance.
QJsonObject bundleEntry(const QString& fullUrl, const QJsonObject& resource);

} // namespace medilock::app::fhirprov
