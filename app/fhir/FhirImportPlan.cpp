#include "FhirImportPlan.h"

#include "FhirFileReader.h"
#include "FhirReferences.h"

#include "crypto/Hex.h"
#include "crypto/Sha256.h"
#include "ledger/LedgerTypes.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>

namespace medilock::app::fhir {

namespace {

// Owner of a resource: the index of its Patient in the file, or one of these.
constexpr int kNoPatientLink = -1; // nobody's record (Practitioner, Organization, ...)
constexpr int kPatientNotFound = -2; // names a patient the file does not hold
constexpr int kUnknown = -3;
constexpr int kVisiting = -4;

// The elements through which R4 resources name the patient they are about.
constexpr const char* kOwnerElements[] = {"subject", "patient", "beneficiary"};

QString ownerReference(const QJsonObject& resource, QString* element)
{
    for (const char* name : kOwnerElements) {
        const QJsonValue value = resource.value(QLatin1String(name));
        // Mostly one Reference; a few resources (Account, Contract) hold a list.
        const QJsonArray candidates = value.isArray() ? value.toArray() : QJsonArray {value};
        for (const auto& c : candidates) {
            QString reference = c.toObject().value(QLatin1String("reference")).toString();
            if (!reference.isEmpty()) {
                *element = QLatin1String(name);
                return reference;
            }
        }
    }
    return {};
}

class Planner
{
public:
    Planner(QList<FileResource> resources, ReferenceIndex index, QByteArray namespaceKey)
        : m_resources(std::move(resources))
        , m_index(std::move(index))
        , m_namespaceKey(std::move(namespaceKey))
        , m_owner(static_cast<std::size_t>(m_resources.size()), kUnknown)
    {
    }

    Result<ImportPlan> run()
    {
        for (int i = 0; i < m_resources.size(); ++i)
            if (m_resources.at(i).type == QLatin1String("Patient"))
                registerPatient(i);
        for (int i = 0; i < m_resources.size(); ++i)
            if (auto owner = ownerOf(i); !owner)
                return std::move(owner).takeError();
        // Registrations first: a record should never precede its patient on the ledger.
        for (int pass = 0; pass < 2; ++pass) {
            for (int i = 0; i < m_resources.size(); ++i) {
                const bool isPatient = m_resources.at(i).type == QLatin1String("Patient");
                if (isPatient != (pass == 0))
                    continue;
                if (auto added = plan(i); !added)
                    return std::move(added).takeError();
            }
        }
        return std::move(m_plan);
    }

private:
    const FileResource& at(int i) const { return m_resources.at(i); }

    void registerPatient(int i)
    {
        const FileResource& patient = at(i);
        QString identity;
        for (const auto& v : patient.resource.value(QLatin1String("identifier")).toArray()) {
            const QJsonObject identifier = v.toObject();
            const QString value = identifier.value(QLatin1String("value")).toString();
            if (!value.isEmpty()) {
                identity = identifier.value(QLatin1String("system")).toString() + QLatin1Char('|') + value;
                break;
            }
        }
        if (identity.isEmpty())
            identity = !patient.fullUrl.isEmpty() ? patient.fullUrl : patient.id;
        if (identity.isEmpty()) // nothing names it: its content does
            identity
                = crypto::toHex(crypto::Sha256::hash(QJsonDocument(patient.resource).toJson(QJsonDocument::Compact)));
        const ledger::Id128 id = fhirPatientId(m_namespaceKey, identity);
        m_patientIds.insert(i, id);
        const QByteArray key = ledger::toBytes(id);
        if (!m_plan.patientKeys.contains(key))
            m_plan.patientKeys << key;
    }

    // Follows subject/patient references until a Patient, a dead end, or a loop. Results
    // are memoised, so every resource is visited once however the references chain.
    Result<int> ownerOf(int start)
    {
        std::vector<int> chain;
        int current = start;
        int result = kNoPatientLink;
        while (true) {
            const int known = m_owner[static_cast<std::size_t>(current)];
            if (known == kVisiting) {
                QString element;
                const QString reference = ownerReference(at(start).resource, &element);
                return fail(
                    QCoreApplication::translate("FhirImportPlan", "%1: %2 reference '%3' leads into a reference loop")
                        .arg(at(start).place, element, reference.left(100)));
            }
            if (known != kUnknown) {
                result = known;
                break;
            }
            if (m_patientIds.contains(current)) {
                result = current;
                break;
            }
            m_owner[static_cast<std::size_t>(current)] = kVisiting;
            chain.push_back(current);
            QString element;
            const QString reference = ownerReference(at(current).resource, &element);
            if (reference.isEmpty()) {
                result = kNoPatientLink;
                break;
            }
            const auto target = m_index.resolve(reference, current, at(current).resource);
            if (target.kind != ReferenceIndex::Target::Kind::Resource) {
                result = kPatientNotFound; // includes a patient contained in the record: not one we register
                break;
            }
            current = target.index;
        }
        for (const int c : chain)
            m_owner[static_cast<std::size_t>(c)] = result;
        return result;
    }

    bool ownerReferenceResolves(int i) const
    {
        QString element;
        const QString reference = ownerReference(at(i).resource, &element);
        return m_index.resolve(reference, i, at(i).resource).kind != ReferenceIndex::Target::Kind::Unresolved;
    }

    Result<void> plan(int i)
    {
        const FileResource& r = at(i);
        const int owner = r.type == QLatin1String("Patient") ? i : m_owner[static_cast<std::size_t>(i)];
        if (owner < 0) {
            if (owner == kPatientNotFound && !ownerReferenceResolves(i))
                ++m_plan.unresolvedReferences;
            ++m_plan.skipped[r.type];
            return {};
        }
        const ledger::Id128 patientId = m_patientIds.value(owner);
        const QJsonObject embedded = embedReferenced(r.resource, i);
        int unresolved = 0;
        const QJsonObject rewritten = rewrite(embedded, i, embedded, unresolved).toObject();
        const QByteArray payload = QJsonDocument(rewritten).toJson(QJsonDocument::Compact);
        if (static_cast<std::size_t>(payload.size()) > ledger::kMaxPayloadBytes)
            return fail(QCoreApplication::translate("FhirImportPlan",
                "%1: the resource takes %2 KiB, more than one ledger record may "
                "hold (%3 KiB)")
                            .arg(r.place)
                            .arg(payload.size() / 1024)
                            .arg(ledger::kMaxPayloadBytes / 1024));
        QByteArray resourceKey = r.id.toUtf8();
        if (resourceKey.isEmpty())
            resourceKey = r.fullUrl.toUtf8();
        if (resourceKey.isEmpty())
            resourceKey = crypto::Sha256::hash(payload);
        ledger::EntryDraft draft;
        draft.kind = entryKindForResource(r.type);
        draft.patientId = patientId;
        draft.payload = payload;
        draft.entryId = fhirEntryId(m_namespaceKey, patientId, r.type, resourceKey);
        const QByteArray entryKey = ledger::toBytes(draft.entryId);
        if (m_entryIds.contains(entryKey)) { // the same record twice in one file
            ++m_plan.skipped[r.type];
            return {};
        }
        m_entryIds.insert(entryKey);
        m_plan.unresolvedReferences += unresolved;
        ++m_plan.imported[r.type];
        m_plan.drafts.push_back(std::move(draft));
        return {};
    }

    // A Medication (or a Device nobody owns) is not a patient's record and is skipped on its
    // own; the statements that name it get a contained copy, so the drug's name and codes
    // stay on the ledger with the statement instead of pointing into a file that is gone.
    QJsonObject embedReferenced(QJsonObject resource, int from) const
    {
        struct Rule
        {
            const char* sourceType; // nullptr: any
            const char* element;
            const char* targetType;
        };
        static const Rule kRules[]
            = {{nullptr, "medicationReference", "Medication"}, {"DeviceUseStatement", "device", "Device"}};
        for (const Rule& rule : kRules) {
            if (rule.sourceType && at(from).type != QLatin1String(rule.sourceType))
                continue;
            const QLatin1String element(rule.element);
            QJsonObject reference = resource.value(element).toObject();
            const QString ref = reference.value(QLatin1String("reference")).toString();
            if (ref.isEmpty())
                continue;
            const auto target = m_index.resolve(ref, from, resource);
            if (target.kind != ReferenceIndex::Target::Kind::Resource || target.index == from)
                continue;
            const FileResource& t = at(target.index);
            if (t.type != QLatin1String(rule.targetType) || m_owner[static_cast<std::size_t>(target.index)] >= 0
                || t.resource.contains(QLatin1String("contained"))) // contained resources cannot nest
                continue;
            QJsonArray contained = resource.value(QLatin1String("contained")).toArray();
            QSet<QString> usedIds;
            for (const auto& c : std::as_const(contained))
                usedIds.insert(c.toObject().value(QLatin1String("id")).toString());
            const QString baseId = t.id.isEmpty() ? QString::fromLatin1(rule.targetType).toLower() : t.id;
            QString localId = baseId;
            for (int n = 2; usedIds.contains(localId); ++n)
                localId = baseId + QLatin1Char('-') + QString::number(n);
            QJsonObject copy = t.resource;
            copy.insert(QLatin1String("id"), localId);
            // A contained resource carries no version of its own (FHIR dom-4).
            QJsonObject meta = copy.value(QLatin1String("meta")).toObject();
            meta.remove(QLatin1String("versionId"));
            meta.remove(QLatin1String("lastUpdated"));
            if (meta.isEmpty())
                copy.remove(QLatin1String("meta"));
            else
                copy.insert(QLatin1String("meta"), meta);
            contained.append(copy);
            resource.insert(QLatin1String("contained"), contained);
            reference.insert(QLatin1String("reference"), QString(QLatin1Char('#') + localId));
            resource.insert(element, reference);
        }
        return resource;
    }

    // Copies `value` with every reference to a Patient of the file replaced by the patient's
    // ledger id, counting the references that resolve to nothing in the file.
    QJsonValue rewrite(const QJsonValue& value, int from, const QJsonObject& container, int& unresolved) const
    {
        if (value.isArray()) {
            QJsonArray out;
            for (const auto& item : value.toArray())
                out.append(rewrite(item, from, container, unresolved));
            return out;
        }
        if (!value.isObject())
            return value;
        QJsonObject out = value.toObject();
        for (auto it = out.begin(); it != out.end(); ++it)
            if (it.value().isObject() || it.value().isArray())
                it.value() = rewrite(it.value(), from, container, unresolved);
        const QJsonValue reference = out.value(QLatin1String("reference"));
        if (reference.isString()) {
            const auto target = m_index.resolve(reference.toString(), from, container);
            if (target.kind == ReferenceIndex::Target::Kind::Unresolved)
                ++unresolved;
            else if (target.kind == ReferenceIndex::Target::Kind::Resource && m_patientIds.contains(target.index))
                out.insert(QLatin1String("reference"),
                    QString(
                        QLatin1String("Patient/") + crypto::toHex(ledger::toBytes(m_patientIds.value(target.index)))));
        }
        return out;
    }

    QList<FileResource> m_resources;
    ReferenceIndex m_index;
    QByteArray m_namespaceKey;
    std::vector<int> m_owner;
    QHash<int, ledger::Id128> m_patientIds;
    QSet<QByteArray> m_entryIds;
    ImportPlan m_plan;
};

} // namespace

ledger::EntryKind entryKindForResource(const QString& resourceType)
{
    using ledger::EntryKind;
    struct Mapping
    {
        const char* type;
        EntryKind kind;
    };
    static const Mapping kMappings[] = {
        {"Patient", EntryKind::PatientRegistered},
        {"Encounter", EntryKind::Encounter},
        {"Condition", EntryKind::Condition},
        {"AllergyIntolerance", EntryKind::Allergy},
        {"MedicationStatement", EntryKind::Medication},
        {"MedicationRequest", EntryKind::Medication},
        {"Observation", EntryKind::Observation},
        {"Immunization", EntryKind::Immunization},
        {"Procedure", EntryKind::Procedure},
        {"DiagnosticReport", EntryKind::Document},
        {"DocumentReference", EntryKind::Document},
        {"Consent", EntryKind::ConsentDirective},
    };
    for (const Mapping& m : kMappings)
        if (resourceType == QLatin1String(m.type))
            return m.kind;
    return EntryKind::OtherResource; // kept whole, never dropped
}

ledger::Id128 fhirPatientId(const QByteArray& namespaceKey, const QString& identity)
{
    crypto::Sha256 sha;
    sha.update(QByteArrayLiteral("medilock/fhir/patient/v1")).update(namespaceKey).update(identity.toUtf8());
    ledger::Id128 id {};
    const crypto::Digest digest = sha.final();
    std::copy_n(digest.begin(), id.size(), id.begin());
    return id;
}

ledger::Id128 fhirEntryId(const QByteArray& namespaceKey, const ledger::Id128& patientId, const QString& resourceType,
    const QByteArray& resourceKey)
{
    crypto::Sha256 sha;
    sha.update(QByteArrayLiteral("medilock/fhir/entry/v1"))
        .update(namespaceKey)
        .update(ledger::toBytes(patientId))
        .update(resourceType.toUtf8())
        .update(resourceKey);
    ledger::Id128 id {};
    const crypto::Digest digest = sha.final();
    std::copy_n(digest.begin(), id.size(), id.begin());
    return id;
}

Result<ImportPlan> planImport(const QByteArray& fileBytes, const QString& fileName, const QByteArray& namespaceKey)
{
    const auto withFileName = [&fileName](const Error& error) {
        return fail(QCoreApplication::translate("FhirImportPlan", "%1: %2").arg(fileName, error.message));
    };
    auto resources = readFhirFile(fileBytes);
    if (!resources)
        return withFileName(std::move(resources).takeError());
    auto index = ReferenceIndex::build(resources.value());
    if (!index)
        return withFileName(std::move(index).takeError());
    Planner planner(std::move(resources).value(), std::move(index).value(), namespaceKey);
    auto plan = planner.run();
    if (!plan)
        return withFileName(std::move(plan).takeError());
    return plan;
}

} // namespace medilock::app::fhir
