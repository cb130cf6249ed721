#include "ResourceSummary.h"

#include "FhirElements.h"
#include "ObservationValue.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace medilock::ledger {

namespace {

using fhir::conceptText;
using fhir::firstDateTime;
using fhir::statusCode;

const QLatin1String kSnomed("http://snomed.info/sct");

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString().trimmed();
}

QJsonObject obj(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toObject();
}

void setTime(ResourceSummary& s, const std::optional<QDateTime>& t)
{
    if (t)
        s.effective = *t;
}

// Display, code and system from one CodeableConcept.
void applyConcept(ResourceSummary& s, const QJsonObject& cc)
{
    s.display = conceptText(cc);
    const fhir::CodingRef coding = fhir::primaryCoding(cc);
    s.code = coding.code;
    s.codeSystem = coding.system;
    // Some senders label local codes as LOINC (Synthea's CIEL concept ids, "5089AAAA...");
    // a code that cannot be LOINC is not reported as LOINC, so nobody matches on it as such.
    static const QRegularExpression loincShape(QStringLiteral("^(L[AGLP])?[0-9]{1,7}-[0-9]$"));
    if (s.codeSystem == QLatin1String("http://loinc.org") && !loincShape.match(s.code).hasMatch())
        s.codeSystem.clear();
}

// A CodeableConcept or an array of them (R4 uses both for "category" across resources).
QJsonObject firstConcept(const QJsonValue& value)
{
    if (value.isObject())
        return value.toObject();
    for (const auto& c : value.toArray())
        if (!conceptText(c.toObject()).isEmpty())
            return c.toObject();
    return {};
}

QString categoryCode(const QJsonValue& value)
{
    const QJsonObject cc = firstConcept(value);
    const QString code = fhir::primaryCoding(cc).code;
    return code.isEmpty() ? conceptText(cc) : code.toLower();
}

QString normaliseStatus(const QString& raw)
{
    QString status = raw.trimmed().toLower();
    // Sub-states of "active" in the clinical status hierarchies.
    if (status == QLatin1String("recurrence") || status == QLatin1String("relapse"))
        return QStringLiteral("active");
    return status;
}

// Clinical status, defaulting to active: R4 lets it be absent (e.g. encounter diagnoses),
// and an emergency view should rather show a problem or allergy than hide it.
void applyClinicalStatus(ResourceSummary& s, const QJsonObject& r)
{
    s.status = normaliseStatus(statusCode(r.value(QLatin1String("clinicalStatus"))));
    if (s.status.isEmpty())
        s.status = QStringLiteral("active");
    const QString verification = statusCode(r.value(QLatin1String("verificationStatus")));
    if (verification == QLatin1String("entered-in-error") || verification == QLatin1String("refuted"))
        s.status = verification;
}

// IPS "absent or unknown" codes that mean "nothing is known" rather than "nothing is there".
bool statesNoInformation(const QJsonObject& cc)
{
    for (const auto& c : cc.value(QLatin1String("coding")).toArray()) {
        const QJsonObject coding = c.toObject();
        const QString code = str(coding, "code");
        if (code.startsWith(QLatin1String("no-")) && code.endsWith(QLatin1String("-info")))
            return true;
        if (str(coding, "system") == QLatin1String("http://terminology.hl7.org/CodeSystem/data-absent-reason"))
            return true;
    }
    return false;
}

bool mentionsImplant(const QString& text)
{
    static const char* const kWords[] = {"implant", "pacemaker", "defibrillator", "stent", "cochlear", "shunt",
        "heart valve", "intraocular lens", "neurostimulator"};
    const QString lower = text.toLower();
    for (const char* word : kWords)
        if (lower.contains(QLatin1String(word)))
            return true;
    return false;
}

bool hasImplantProfile(const QJsonObject& r)
{
    for (const auto& p : obj(r, "meta").value(QLatin1String("profile")).toArray())
        if (p.toString().contains(QLatin1String("implantable"), Qt::CaseInsensitive))
            return true;
    return false;
}

void summarizeEncounter(const QJsonObject& r, ResourceSummary& s)
{
    QJsonObject type = firstConcept(r.value(QLatin1String("type")));
    if (conceptText(type).isEmpty())
        type = firstConcept(r.value(QLatin1String("serviceType")));
    if (conceptText(type).isEmpty())
        type = firstConcept(r.value(QLatin1String("reasonCode")));
    applyConcept(s, type);
    s.status = normaliseStatus(str(r, "status"));
    const QJsonObject encounterClass = obj(r, "class"); // a Coding in R4
    s.category = str(encounterClass, "code");
    if (s.display.isEmpty())
        s.display = str(encounterClass, "display");
    setTime(s, firstDateTime(r, {QLatin1String("period")}));
}

void summarizeCondition(const QJsonObject& r, ResourceSummary& s)
{
    const QJsonObject code = obj(r, "code");
    applyConcept(s, code);
    applyClinicalStatus(s, r);
    if (statesNoInformation(code) && s.status == QLatin1String("active"))
        s.status = QStringLiteral("unknown");
    s.category = categoryCode(r.value(QLatin1String("category")));
    setTime(s,
        firstDateTime(r,
            {QLatin1String("onsetDateTime"), QLatin1String("onsetPeriod"), QLatin1String("recordedDate"),
                QLatin1String("abatementDateTime")}));
}

// The scope of a "no known allergy" code: "" for all allergies, else the category it covers.
std::optional<QString> noKnownAllergyScope(const QJsonObject& code)
{
    struct Nka
    {
        const char* system;
        const char* code;
        const char* scope;
    };
    static const Nka kCodes[] = {
        {"http://snomed.info/sct", "716186003", ""},
        {"http://snomed.info/sct", "409137002", "medication"},
        {"http://snomed.info/sct", "428607008", "environment"},
        {"http://snomed.info/sct", "429625007", "food"},
        {"", "no-known-allergies", ""},
        {"", "no-known-medication-allergies", "medication"},
        {"", "no-known-environmental-allergies", "environment"},
        {"", "no-known-food-allergies", "food"},
    };
    for (const Nka& nka : kCodes)
        if (fhir::hasCode(code, QLatin1String(nka.system), QLatin1String(nka.code)))
            return QString::fromLatin1(nka.scope);
    return std::nullopt;
}

void summarizeAllergy(const QJsonObject& r, ResourceSummary& s)
{
    const QJsonObject code = obj(r, "code");
    const QJsonArray reactions = r.value(QLatin1String("reaction")).toArray();
    applyConcept(s, code);
    if (s.display.isEmpty() && !reactions.isEmpty())
        applyConcept(s, reactions.first().toObject().value(QLatin1String("substance")).toObject());
    applyClinicalStatus(s, r);
    s.criticality = str(r, "criticality").toLower();

    QStringList manifestations;
    for (const auto& reaction : reactions) {
        QStringList texts;
        for (const auto& m : reaction.toObject().value(QLatin1String("manifestation")).toArray())
            if (QString text = conceptText(m.toObject()); !text.isEmpty())
                texts << text;
        if (texts.isEmpty())
            texts << str(reaction.toObject(), "description");
        for (const QString& text : std::as_const(texts))
            if (!text.isEmpty() && !manifestations.contains(text))
                manifestations << text;
    }
    s.reaction = manifestations.join(QLatin1String("; "));

    QStringList categories;
    for (const auto& c : r.value(QLatin1String("category")).toArray())
        categories << c.toString().trimmed().toLower();
    s.category = categories.join(QLatin1Char(','));

    if (const auto scope = noKnownAllergyScope(code)) {
        s.category = *scope;
        s.noKnownAllergy = s.status == QLatin1String("active");
    } else if (statesNoInformation(code) && s.status == QLatin1String("active")) {
        s.status = QStringLiteral("unknown");
    }
    setTime(s,
        firstDateTime(r,
            {QLatin1String("onsetDateTime"), QLatin1String("onsetPeriod"), QLatin1String("recordedDate"),
                QLatin1String("lastOccurrence")}));
}

void summarizeMedication(const QJsonObject& r, ResourceSummary& s)
{
    if (r.contains(QLatin1String("medicationCodeableConcept"))) {
        applyConcept(s, obj(r, "medicationCodeableConcept"));
    } else {
        const QJsonObject reference = obj(r, "medicationReference");
        const QJsonObject medication = fhir::containedResource(r, str(reference, "reference"));
        applyConcept(s, obj(medication, "code"));
        if (s.display.isEmpty())
            s.display = str(reference, "display");
    }
    s.status = normaliseStatus(str(r, "status"));
    if (statesNoInformation(obj(r, "medicationCodeableConcept")))
        s.status = QStringLiteral("unknown");
    s.category = categoryCode(r.value(QLatin1String("category")));
    for (const char* key : {"dosage", "dosageInstruction"}) {
        const QJsonArray dosages = r.value(QLatin1String(key)).toArray();
        if (!dosages.isEmpty() && s.valueText.isEmpty())
            s.valueText = str(dosages.first().toObject(), "text");
    }
    setTime(s,
        firstDateTime(r,
            {QLatin1String("effectiveDateTime"), QLatin1String("effectivePeriod"), QLatin1String("authoredOn"),
                QLatin1String("dateAsserted"), QLatin1String("whenHandedOver")}));
}

void summarizeObservation(const QJsonObject& r, ResourceSummary& s)
{
    applyConcept(s, obj(r, "code"));
    s.status = normaliseStatus(str(r, "status"));
    s.category = categoryCode(r.value(QLatin1String("category")));
    const fhir::ObservationValue value = fhir::observationValue(r);
    s.value = value.value;
    s.unit = value.unit;
    s.valueText = value.text;
    // Blood group results read as "A+" wherever they are shown, however the lab worded them.
    if (QString group = bloodGroupFromObservation(r); !group.isEmpty())
        s.valueText = group;
    setTime(s,
        firstDateTime(r,
            {QLatin1String("effectiveDateTime"), QLatin1String("effectivePeriod"), QLatin1String("effectiveInstant"),
                QLatin1String("issued")}));
}

void summarizeImmunization(const QJsonObject& r, ResourceSummary& s)
{
    applyConcept(s, obj(r, "vaccineCode"));
    s.status = normaliseStatus(str(r, "status"));
    setTime(s, firstDateTime(r, {QLatin1String("occurrenceDateTime"), QLatin1String("recorded")}));
}

void summarizeProcedure(const QJsonObject& r, ResourceSummary& s)
{
    applyConcept(s, obj(r, "code"));
    s.status = normaliseStatus(str(r, "status"));
    s.category = categoryCode(r.value(QLatin1String("category")));
    setTime(s, firstDateTime(r, {QLatin1String("performedDateTime"), QLatin1String("performedPeriod")}));
}

void summarizeDiagnosticReport(const QJsonObject& r, ResourceSummary& s)
{
    applyConcept(s, obj(r, "code"));
    s.status = normaliseStatus(str(r, "status"));
    s.category = categoryCode(r.value(QLatin1String("category")));
    s.valueText = fhir::shorten(str(r, "conclusion"));
    setTime(s,
        firstDateTime(
            r, {QLatin1String("effectiveDateTime"), QLatin1String("effectivePeriod"), QLatin1String("issued")}));
}

void summarizeDocumentReference(const QJsonObject& r, ResourceSummary& s)
{
    applyConcept(s, obj(r, "type"));
    if (s.display.isEmpty())
        s.display = str(r, "description");
    const QJsonArray content = r.value(QLatin1String("content")).toArray();
    if (s.display.isEmpty() && !content.isEmpty())
        s.display = str(content.first().toObject().value(QLatin1String("attachment")).toObject(), "title");
    s.status = normaliseStatus(str(r, "status"));
    s.category = categoryCode(r.value(QLatin1String("category")));
    setTime(s, firstDateTime(r, {QLatin1String("date")}));
    if (!s.effective.isValid())
        setTime(s, firstDateTime(obj(r, "context"), {QLatin1String("period")}));
}

void summarizeDevice(const QJsonObject& r, ResourceSummary& s)
{
    applyConcept(s, obj(r, "type"));
    const QJsonArray names = r.value(QLatin1String("deviceName")).toArray();
    if (!names.isEmpty() && !str(names.first().toObject(), "name").isEmpty())
        s.display = str(names.first().toObject(), "name");
    const QJsonArray udi = r.value(QLatin1String("udiCarrier")).toArray();
    if (s.display.isEmpty() && !udi.isEmpty())
        s.display = str(udi.first().toObject(), "deviceIdentifier");
    s.status = normaliseStatus(str(r, "status"));
    s.implantedDevice = hasImplantProfile(r) || mentionsImplant(s.display);
    setTime(s, firstDateTime(r, {QLatin1String("manufactureDate")}));
}

void summarizeDeviceUse(const QJsonObject& r, ResourceSummary& s)
{
    const QJsonObject reference = obj(r, "device");
    const QJsonObject device = fhir::containedResource(r, str(reference, "reference"));
    if (!device.isEmpty())
        summarizeDevice(device, s);
    if (s.display.isEmpty())
        s.display = str(reference, "display");
    s.status = normaliseStatus(str(r, "status"));
    s.implantedDevice = s.implantedDevice || hasImplantProfile(r) || mentionsImplant(s.display)
        || mentionsImplant(conceptText(obj(r, "bodySite")));
    s.effective = {};
    setTime(s,
        firstDateTime(
            r, {QLatin1String("timingDateTime"), QLatin1String("timingPeriod"), QLatin1String("recordedOn")}));
}

void summarizeConsent(const QJsonObject& r, ResourceSummary& s)
{
    applyConcept(s, firstConcept(r.value(QLatin1String("category"))));
    if (s.display.isEmpty())
        applyConcept(s, obj(r, "scope"));
    s.status = normaliseStatus(str(r, "status"));
    s.category = fhir::primaryCoding(obj(r, "scope")).code.toLower();
    s.valueText = str(obj(r, "provision"), "type"); // deny | permit
    setTime(s, firstDateTime(r, {QLatin1String("dateTime")}));
}

void summarizeFlag(const QJsonObject& r, ResourceSummary& s)
{
    applyConcept(s, obj(r, "code"));
    s.status = normaliseStatus(str(r, "status"));
    s.category = categoryCode(r.value(QLatin1String("category")));
    setTime(s, firstDateTime(r, {QLatin1String("period")}));
}

void summarizeCarePlan(const QJsonObject& r, ResourceSummary& s)
{
    const QJsonObject category = firstConcept(r.value(QLatin1String("category")));
    applyConcept(s, category);
    for (const char* key : {"title", "description"})
        if (!str(r, key).isEmpty()) {
            s.display = fhir::shorten(str(r, key));
            break;
        }
    s.status = normaliseStatus(str(r, "status"));
    s.category = categoryCode(category);
    setTime(s, firstDateTime(r, {QLatin1String("period"), QLatin1String("created")}));
}

void summarizeOther(const QJsonObject& r, ResourceSummary& s)
{
    for (const char* key : {"code", "type"}) {
        const QJsonObject cc = firstConcept(r.value(QLatin1String(key)));
        if (!conceptText(cc).isEmpty()) {
            applyConcept(s, cc);
            break;
        }
    }
    for (const char* key : {"title", "name", "description"})
        if (s.display.isEmpty())
            s.display = fhir::shorten(str(r, key));
    if (s.display.isEmpty() && r.value(QLatin1String("name")).isArray()) { // Patient, Practitioner
        const QJsonObject name = r.value(QLatin1String("name")).toArray().first().toObject();
        QStringList parts;
        for (const auto& given : name.value(QLatin1String("given")).toArray())
            parts << given.toString().trimmed();
        parts << str(name, "family");
        parts.removeAll(QString());
        s.display = str(name, "text").isEmpty() ? parts.join(QLatin1Char(' ')) : str(name, "text");
    }
    s.status = normaliseStatus(str(r, "status"));
    s.category = categoryCode(r.value(QLatin1String("category")));
    setTime(s,
        firstDateTime(r,
            {QLatin1String("effectiveDateTime"), QLatin1String("effectivePeriod"), QLatin1String("occurrenceDateTime"),
                QLatin1String("period"), QLatin1String("date"), QLatin1String("created"), QLatin1String("authored")}));
}

using Summarizer = void (*)(const QJsonObject&, ResourceSummary&);

Summarizer summarizerFor(const QString& type)
{
    struct Entry
    {
        const char* type;
        Summarizer fn;
    };
    static const Entry kTable[] = {
        {"Encounter", summarizeEncounter},
        {"Condition", summarizeCondition},
        {"AllergyIntolerance", summarizeAllergy},
        {"MedicationStatement", summarizeMedication},
        {"MedicationRequest", summarizeMedication},
        {"MedicationAdministration", summarizeMedication},
        {"MedicationDispense", summarizeMedication},
        {"Observation", summarizeObservation},
        {"Immunization", summarizeImmunization},
        {"Procedure", summarizeProcedure},
        {"DiagnosticReport", summarizeDiagnosticReport},
        {"DocumentReference", summarizeDocumentReference},
        {"Device", summarizeDevice},
        {"DeviceUseStatement", summarizeDeviceUse},
        {"Consent", summarizeConsent},
        {"Flag", summarizeFlag},
        {"CarePlan", summarizeCarePlan},
    };
    for (const Entry& e : kTable)
        if (type == QLatin1String(e.type))
            return e.fn;
    return summarizeOther;
}

} // namespace

Result<ResourceSummary> summarizeResource(const QByteArray& resourceJson)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(resourceJson, &error);
    if (error.error != QJsonParseError::NoError)
        return fail(QCoreApplication::translate("ResourceSummary", "the record is not valid JSON: %1 at byte %2")
                        .arg(error.errorString())
                        .arg(error.offset));
    if (!doc.isObject())
        return fail(QCoreApplication::translate("ResourceSummary", "the record is not a JSON object"));
    const QJsonObject resource = doc.object();
    ResourceSummary s;
    s.resourceType = str(resource, "resourceType");
    if (s.resourceType.isEmpty())
        return fail(QCoreApplication::translate("ResourceSummary", "the record has no resourceType"));
    summarizerFor(s.resourceType)(resource, s);
    if (s.display.isEmpty())
        s.display = fhir::narrativeText(resource);
    s.display = fhir::shorten(s.display);
    return s;
}

} // namespace medilock::ledger
