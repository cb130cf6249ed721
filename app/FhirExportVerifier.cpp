#include "FhirExportVerifier.h"

#include "FhirCompositionSignature.h"
#include "FhirProvenance.h"
#include "FhirReferenceMap.h"
#include "NodeLookup.h"
#include "SessionImpl.h"
#include "fhir/JsonLimits.h"

#include "ledger/Entry.h"
#include "ledger/query/SignerDirectory.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace medilock::app {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("FhirExportVerifier", text);
}

QString place(int index, const QJsonObject& resource)
{
    return QStringLiteral("Bundle.entry[%1] (%2)").arg(index).arg(resource.value(QStringLiteral("resourceType")).toString());
}

struct Signed
{
    int provenanceIndex = -1;
    ledger::Entry entry;
    QJsonObject resource; // the payload as signed, before references are written as fullUrls
};

// The signed payload, under the same bounds as the Bundle itself.
Result<QJsonObject> signedResource(const ledger::Entry& entry, const QString& where)
{
    if (auto r = fhir::checkJsonLimits(entry.payload()); !r)
        return fail(tr("%1: the signed payload is not a JSON resource: %2").arg(where, r.error()));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(entry.payload(), &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(tr("%1: the signed payload is not a JSON resource: %2").arg(where, error.errorString()));
    return doc.object();
}

// What every MediLock Provenance has: one target, one signature of `sigFormat`, whose data
// is strict base64. Returns the decoded data.
Result<QByteArray> signatureData(const QJsonObject& p, const QString& sigFormat, const QString& where)
{
    const QJsonArray targets = p.value(QStringLiteral("target")).toArray();
    const QJsonArray signatures = p.value(QStringLiteral("signature")).toArray();
    if (targets.size() != 1 || signatures.size() != 1)
        return fail(tr("%1: a MediLock Provenance has exactly one target and one signature").arg(where));
    const QJsonObject sig = signatures.first().toObject();
    if (sig.value(QStringLiteral("sigFormat")).toString() != sigFormat)
        return fail(tr("%1: the signature is not a MediLock entry (sigFormat)").arg(where));
    const auto bytes = QByteArray::fromBase64Encoding(sig.value(QStringLiteral("data")).toString().toLatin1(),
                                                      QByteArray::AbortOnBase64DecodingErrors);
    if (!bytes)
        return fail(tr("%1: the signature data is not base64").arg(where));
    return bytes.decoded;
}

QString targetOf(const QJsonObject& p)
{
    return p.value(QStringLiteral("target")).toArray().first().toObject().value(QStringLiteral("reference")).toString();
}

// Whether the one agent and the signature both name the key with `fingerprint`.
bool namesKey(const QJsonObject& p, const QString& fingerprint)
{
    const auto agentKey = [&](const QJsonObject& who) {
        return who.value(QStringLiteral("identifier")).toObject().value(QStringLiteral("value")).toString();
    };
    const QJsonArray agents = p.value(QStringLiteral("agent")).toArray();
    const QJsonObject sig = p.value(QStringLiteral("signature")).toArray().first().toObject();
    return agents.size() == 1 && agentKey(agents.first().toObject().value(QStringLiteral("who")).toObject()) == fingerprint &&
           agentKey(sig.value(QStringLiteral("who")).toObject()) == fingerprint;
}

QString claimedName(const QJsonObject& p)
{
    return p.value(QStringLiteral("agent")).toArray().first().toObject().value(QStringLiteral("who")).toObject()
        .value(QStringLiteral("display")).toString();
}

// One Provenance: its signed entry decoded and verified, and the target it names.
Result<std::pair<QString, ledger::Entry>> checkProvenance(const QJsonObject& p, const QString& where)
{
    auto bytes = signatureData(p, fhirprov::kSigFormat, where);
    if (!bytes)
        return std::move(bytes).takeError();
    auto entry = ledger::Entry::decode(asView(*bytes));
    if (!entry)
        return fail(tr("%1: the signed entry is malformed: %2").arg(where, entry.error()));
    if (!entry->verifySignature())
        return fail(tr("%1: the entry's Ed25519 signature does not verify").arg(where));
    if (!namesKey(p, crypto::fingerprintOf(asView(ledger::toBytes(entry->author())))))
        return fail(tr("%1: the author named is not the key that signed the entry").arg(where));
    const QString target = targetOf(p);
    if (target != fhirprov::entryUrl(*entry))
        return fail(tr("%1: the Provenance's target is not the signed entry's resource").arg(where));
    return std::pair{target, std::move(entry).value()};
}

struct NodeSigned
{
    int provenanceIndex = -1;
    QByteArray nodeKey;
    QJsonObject composition; // as the node signed it
};

// The Provenance of an IPS Composition: the exporting node's blob, strictly parsed and
// verified (FhirCompositionSignature.h), and the Composition it signed.
Result<NodeSigned> checkNodeProvenance(const QJsonObject& p, int index, const QString& where)
{
    auto bytes = signatureData(p, fhirprov::kNodeSigFormat, where);
    if (!bytes)
        return std::move(bytes).takeError();
    auto blob = fhircomposition::open(*bytes);
    if (!blob)
        return fail(tr("%1: the Composition's node signature is invalid: %2").arg(where, blob.error()));
    if (!namesKey(p, crypto::fingerprintOf(asView(blob->nodeKey))))
        return fail(tr("%1: the node named is not the key that signed the Composition").arg(where));
    if (auto r = fhir::checkJsonLimits(blob->composition); !r)
        return fail(tr("%1: the signed Composition is not a JSON resource: %2").arg(where, r.error()));
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(blob->composition, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject() ||
        doc.object().value(QStringLiteral("resourceType")).toString() != QLatin1String("Composition"))
        return fail(tr("%1: the signed Composition is not a JSON resource: %2").arg(where, error.errorString()));
    return NodeSigned{index, blob->nodeKey, doc.object()};
}
} // namespace

Result<FhirExportVerifier::Report> FhirExportVerifier::verify(const QByteArray& bundleJson)
{
    if (auto r = fhir::checkJsonLimits(bundleJson); !r)
        return std::move(r).takeError();
    QJsonParseError error{};
    const QJsonDocument doc = QJsonDocument::fromJson(bundleJson, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(tr("not JSON: %1 at offset %2").arg(error.errorString()).arg(error.offset));
    const QJsonObject bundle = doc.object();
    if (bundle.value(QStringLiteral("resourceType")).toString() != QLatin1String("Bundle"))
        return fail(tr("not a FHIR Bundle"));
    const bool document = bundle.value(QStringLiteral("type")).toString() == QLatin1String("document");
    const QJsonArray entries = bundle.value(QStringLiteral("entry")).toArray();

    // First the Provenances, by the url of the resource each vouches for.
    QHash<QString, Signed> signatures;
    QHash<QString, NodeSigned> compositionSignatures; // at most the document's Composition
    for (int i = 0; i < entries.size(); ++i) {
        const QJsonObject resource = entries[i].toObject().value(QStringLiteral("resource")).toObject();
        if (resource.value(QStringLiteral("resourceType")).toString() != QLatin1String("Provenance"))
            continue;
        if (resource.value(QStringLiteral("signature")).toArray().first().toObject().value(QStringLiteral("sigFormat")) ==
            fhirprov::kNodeSigFormat) {
            auto node = checkNodeProvenance(resource, i, place(i, resource));
            if (!node)
                return std::move(node).takeError();
            const QString target = targetOf(resource);
            if (compositionSignatures.contains(target) || signatures.contains(target))
                return fail(tr("%1: a second Provenance for %2").arg(place(i, resource), target));
            compositionSignatures.insert(target, std::move(node).value());
            continue;
        }
        auto checked = checkProvenance(resource, place(i, resource));
        if (!checked)
            return std::move(checked).takeError();
        if (signatures.contains(checked->first) || compositionSignatures.contains(checked->first))
            return fail(tr("%1: a second Provenance for %2").arg(place(i, resource), checked->first));
        auto signedPayload = signedResource(checked->second, place(i, resource));
        if (!signedPayload)
            return std::move(signedPayload).takeError();
        signatures.insert(checked->first, Signed{i, std::move(checked->second), std::move(signedPayload).value()});
    }
    // The exporter wrote the references between the signed resources as their fullUrls: the
    // same map, rebuilt from the signed entries alone, says what each resource must be.
    FhirReferenceMap references;
    for (const Signed& s : std::as_const(signatures))
        references.add(s.entry, s.resource);

    // Then which resource each Provenance signs: all of them before any content, since a
    // missing or extra entry changes how the others' references are written.
    std::vector<std::pair<int, QHash<QString, Signed>::const_iterator>> signedResources;
    Report report;
    bool compositionSigned = false;
    QSet<QString> seen;
    for (int i = 0; i < entries.size(); ++i) {
        const QJsonObject item = entries[i].toObject();
        const QJsonObject resource = item.value(QStringLiteral("resource")).toObject();
        const QString type = resource.value(QStringLiteral("resourceType")).toString();
        if (type == QLatin1String("Provenance"))
            continue;
        const QString url = item.value(QStringLiteral("fullUrl")).toString();
        if (document && i == 0 && type == QLatin1String("Composition")) {
            // The document's table of contents, drawn up and signed by the exporting node.
            const auto node = compositionSignatures.constFind(url);
            if (node == compositionSignatures.constEnd())
                return fail(tr("%1: no Provenance of the exporting node signs the Composition").arg(place(i, resource)));
            if (node->composition != resource)
                return fail(tr("%1: the Composition differs from what the exporting node signed").arg(place(i, resource)));
            Author& signer = report.nodes[crypto::fingerprintOf(asView(node->nodeKey))];
            signer.key = node->nodeKey;
            signer.fingerprint = crypto::fingerprintOf(asView(node->nodeKey));
            signer.claimedName = claimedName(entries[node->provenanceIndex].toObject().value(QStringLiteral("resource")).toObject());
            signer.resources += 1;
            compositionSigned = true;
            continue;
        }
        const auto it = signatures.constFind(url);
        if (it == signatures.constEnd())
            return fail(tr("%1: no Provenance signs this resource").arg(place(i, resource)));
        if (seen.contains(url))
            return fail(tr("%1: the same resource appears twice").arg(place(i, resource)));
        seen.insert(url);
        signedResources.emplace_back(i, it);
    }
    if (seen.size() != signatures.size() || compositionSignatures.size() != (compositionSigned ? 1 : 0))
        return fail(tr("a Provenance signs a resource that is not in the Bundle"));

    for (const auto& [i, it] : signedResources) {
        const QJsonObject resource = entries[i].toObject().value(QStringLiteral("resource")).toObject();
        if (references.rewrite(it->resource) != resource)
            return fail(tr("%1: the resource differs from what its author signed").arg(place(i, resource)));
        const QByteArray key = ledger::toBytes(it->entry.author());
        Author& author = report.authors[crypto::fingerprintOf(asView(key))];
        author.key = key;
        author.fingerprint = crypto::fingerprintOf(asView(key));
        author.claimedName = claimedName(entries[it->provenanceIndex].toObject().value(QStringLiteral("resource")).toObject());
        author.resources += 1;
        report.resources += 1;
    }
    return report;
}

Result<void> FhirExportVerifier::resolveAuthors(Session& session, Report& report)
{
    ledger::SignerDirectory signers(session.impl().db);
    for (Author& a : report.authors) {
        auto signer = signers.signer(a.key, {});
        if (!signer)
            return std::move(signer).takeError();
        a.known = signer->role != QLatin1String("unknown");
        a.name = signer->name;
        a.clinic = signer->clinic;
    }
    for (Author& n : report.nodes) {
        auto node = lookupNode(session, n.key);
        if (!node)
            return std::move(node).takeError();
        n.known = node->known;
        n.name = node->name;
        n.clinic = node->clinic;
    }
    return {};
}

} // namespace medilock::app
