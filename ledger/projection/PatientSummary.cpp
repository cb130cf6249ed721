// summarizePatient() and bloodGroupFromObservation(), declared in ResourceSummary.h.
#include "ResourceSummary.h"

#include "FhirDateTime.h"
#include "FhirElements.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRegularExpression>

namespace medilock::ledger {

namespace {

const QLatin1String kLoinc("http://loinc.org");
const QLatin1String kSnomed("http://snomed.info/sct");

QString str(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toString().trimmed();
}

// SNOMED CT blood group findings (IPS "Results Blood Group" value set).
struct SnomedGroup
{
    const char* code;
    const char* group;
};
constexpr SnomedGroup kSnomedGroups[] = {
    {"278149003", "A+"},
    {"278152006", "A-"},
    {"278150003", "B+"},
    {"278153001", "B-"},
    {"278151004", "AB+"},
    {"278154007", "AB-"},
    {"278147001", "O+"},
    {"278148006", "O-"},
    {"112144000", "A"},
    {"112149005", "B"},
    {"165743006", "AB"},
    {"58460004", "O"},
    {"165747007", "Rh+"},
    {"165746003", "Rh-"},
};

// Reads free text such as "Blood group A Rh(D) positive", "Group O neg", "AB+", "Positive".
// Returns empty unless exactly one ABO group and/or one Rh sign is found.
QString bloodGroupFromText(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[^A-Z0-9+\\-]+"));
    QString upper = text.toUpper();
    upper.replace(QLatin1Char('+'), QLatin1String(" + ")).replace(QLatin1Char('-'), QLatin1String(" - "));
    QString abo;
    QString rh;
    int aboCount = 0;
    int rhCount = 0;
    for (const QString& token : upper.split(separators, Qt::SkipEmptyParts)) {
        if (token == QLatin1String("A") || token == QLatin1String("B") || token == QLatin1String("AB")
            || token == QLatin1String("O") || token == QLatin1String("0")) {
            abo = token == QLatin1String("0") ? QStringLiteral("O") : token;
            ++aboCount;
        } else if (token == QLatin1String("+") || token == QLatin1String("POS") || token == QLatin1String("POSITIVE")) {
            rh = QStringLiteral("+");
            ++rhCount;
        } else if (token == QLatin1String("-") || token == QLatin1String("NEG") || token == QLatin1String("NEGATIVE")) {
            rh = QStringLiteral("-");
            ++rhCount;
        }
    }
    if (aboCount > 1 || rhCount > 1 || (aboCount == 0 && rhCount == 0))
        return {};
    if (aboCount == 0)
        return QStringLiteral("Rh") + rh;
    return abo + rh;
}

QString bloodGroupFromConcept(const QJsonObject& cc)
{
    for (const SnomedGroup& g : kSnomedGroups)
        if (fhir::hasCode(cc, kSnomed, QLatin1String(g.code)))
            return QString::fromLatin1(g.group);
    return bloodGroupFromText(fhir::conceptText(cc));
}

// The blood group a value[x] states, or failing that its text as recorded: an unusual
// group ("A2B") is still worth showing in an emergency.
QString bloodGroupFromValue(const QJsonObject& holder)
{
    QString parsed;
    QString raw;
    if (holder.contains(QLatin1String("valueCodeableConcept"))) {
        const QJsonObject cc = holder.value(QLatin1String("valueCodeableConcept")).toObject();
        parsed = bloodGroupFromConcept(cc);
        raw = fhir::conceptText(cc);
    } else if (holder.contains(QLatin1String("valueCoding"))) {
        QJsonObject cc;
        cc.insert(QLatin1String("coding"), QJsonArray {holder.value(QLatin1String("valueCoding"))});
        parsed = bloodGroupFromConcept(cc);
        raw = fhir::conceptText(cc);
    } else {
        for (const char* key : {"valueString", "valueCode"}) {
            raw = str(holder, key);
            if (!raw.isEmpty())
                break;
        }
        parsed = bloodGroupFromText(raw);
    }
    return parsed.isEmpty() ? fhir::shorten(raw, 40) : parsed;
}

QString combineAboRh(const QString& abo, const QString& rh)
{
    // "A" + "Rh+" -> "A+"; either part alone stays as it is.
    const QString sign = rh.startsWith(QLatin1String("Rh")) ? rh.mid(2) : QString();
    if (abo.isEmpty())
        return rh;
    if (abo.endsWith(QLatin1Char('+')) || abo.endsWith(QLatin1Char('-')))
        return abo;
    return abo + sign;
}

bool isBloodGroupExtension(const QString& url)
{
    QString tail = url.section(QLatin1Char('/'), -1).section(QLatin1Char(':'), -1).toLower();
    tail.remove(QLatin1Char('-')).remove(QLatin1Char('_'));
    return tail == QLatin1String("bloodgroup") || tail == QLatin1String("bloodtype");
}

QString humanName(const QJsonObject& name)
{
    if (QString text = str(name, "text"); !text.isEmpty())
        return text;
    QStringList parts;
    for (const auto& g : name.value(QLatin1String("given")).toArray())
        if (QString given = g.toString().trimmed(); !given.isEmpty())
            parts << given;
    if (QString family = str(name, "family"); !family.isEmpty())
        parts << family;
    return parts.join(QLatin1Char(' '));
}

// The name to file a patient under: official, else usual, else the first one not marked old.
QJsonObject preferredName(const QJsonArray& names)
{
    for (const char* use : {"official", "usual"})
        for (const auto& n : names)
            if (str(n.toObject(), "use") == QLatin1String(use))
                return n.toObject();
    for (const auto& n : names)
        if (str(n.toObject(), "use") != QLatin1String("old"))
            return n.toObject();
    return names.isEmpty() ? QJsonObject() : names.first().toObject();
}

QString addressText(const QJsonObject& address)
{
    if (QString text = str(address, "text"); !text.isEmpty())
        return text;
    QStringList parts;
    for (const auto& line : address.value(QLatin1String("line")).toArray())
        if (QString l = line.toString().trimmed(); !l.isEmpty())
            parts << l;
    const QString cityLine
        = QStringList {str(address, "postalCode"), str(address, "city")}.join(QLatin1Char(' ')).trimmed();
    for (const QString& part : {cityLine, str(address, "district"), str(address, "state"), str(address, "country")})
        if (!part.isEmpty())
            parts << part;
    return parts.join(QLatin1String(", "));
}

QString preferredAddress(const QJsonArray& addresses)
{
    for (const auto& a : addresses)
        if (str(a.toObject(), "use") == QLatin1String("home"))
            return addressText(a.toObject());
    for (const auto& a : addresses)
        if (str(a.toObject(), "use") != QLatin1String("old"))
            return addressText(a.toObject());
    return {};
}

QStringList phoneNumbers(const QJsonArray& telecom)
{
    QStringList phones;
    for (const auto& t : telecom) {
        const QJsonObject point = t.toObject();
        const QString system = str(point, "system");
        const QString value = str(point, "value");
        if ((system == QLatin1String("phone") || system == QLatin1String("sms")) && !value.isEmpty()
            && str(point, "use") != QLatin1String("old") && !phones.contains(value))
            phones << value;
    }
    return phones;
}

// Relationship codes often arrive bare ("N", "MTH"); a person reading the emergency card
// needs the words. Displays as the code systems define them; not translated, because the
// projection stores them and must be the same on every node.
QString relationshipText(const QJsonArray& relationships)
{
    struct Role
    {
        const char* system;
        const char* code;
        const char* text;
    };
    static const Role kRoles[] = {
        {"http://terminology.hl7.org/CodeSystem/v2-0131", "C", "Emergency Contact"},
        {"http://terminology.hl7.org/CodeSystem/v2-0131", "E", "Employer"},
        {"http://terminology.hl7.org/CodeSystem/v2-0131", "F", "Federal Agency"},
        {"http://terminology.hl7.org/CodeSystem/v2-0131", "I", "Insurance Company"},
        {"http://terminology.hl7.org/CodeSystem/v2-0131", "N", "Next-of-Kin"},
        {"http://terminology.hl7.org/CodeSystem/v2-0131", "S", "State Agency"},
        {"http://terminology.hl7.org/CodeSystem/v2-0131", "U", "Unknown"},
        {"http://terminology.hl7.org/CodeSystem/v3-RoleClass", "ECON", "emergency contact"},
        {"http://terminology.hl7.org/CodeSystem/v3-RoleClass", "NOK", "next of kin"},
        {"http://terminology.hl7.org/CodeSystem/v3-RoleCode", "MTH", "mother"},
        {"http://terminology.hl7.org/CodeSystem/v3-RoleCode", "FTH", "father"},
        {"http://terminology.hl7.org/CodeSystem/v3-RoleCode", "PRN", "parent"},
        {"http://terminology.hl7.org/CodeSystem/v3-RoleCode", "SPS", "spouse"},
        {"http://terminology.hl7.org/CodeSystem/v3-RoleCode", "HUSB", "husband"},
        {"http://terminology.hl7.org/CodeSystem/v3-RoleCode", "WIFE", "wife"},
        {"http://terminology.hl7.org/CodeSystem/v3-RoleCode", "DOMPART", "domestic partner"},
        {"http://terminology.hl7.org/CodeSystem/v3-RoleCode", "CHILD", "child"},
        {"http://terminology.hl7.org/CodeSystem/v3-RoleCode", "SIB", "sibling"},
        {"http://terminology.hl7.org/CodeSystem/v3-RoleCode", "BRO", "brother"},
        {"http://terminology.hl7.org/CodeSystem/v3-RoleCode", "SIS", "sister"},
        {"http://terminology.hl7.org/CodeSystem/v3-RoleCode", "GRPRN", "grandparent"},
        {"http://terminology.hl7.org/CodeSystem/v3-RoleCode", "GUARD", "guardian"},
        {"http://terminology.hl7.org/CodeSystem/v3-RoleCode", "FRND", "friend"},
        {"http://terminology.hl7.org/CodeSystem/v3-RoleCode", "NBOR", "neighbor"},
    };
    for (const auto& r : relationships) {
        const QJsonObject cc = r.toObject();
        QString text = fhir::conceptText(cc);
        if (text.isEmpty())
            continue;
        for (const Role& role : kRoles)
            if (text == QLatin1String(role.code)
                && fhir::hasCode(cc, QLatin1String(role.system), QLatin1String(role.code)))
                return QString::fromLatin1(role.text);
        return text;
    }
    return {};
}

PatientSummary::Contact contactOf(const QJsonObject& contact)
{
    PatientSummary::Contact out;
    out.name = humanName(contact.value(QLatin1String("name")).toObject());
    if (out.name.isEmpty())
        out.name = contact.value(QLatin1String("organization")).toObject().value(QLatin1String("display")).toString();
    out.relationship = relationshipText(contact.value(QLatin1String("relationship")).toArray());
    const QStringList phones = phoneNumbers(contact.value(QLatin1String("telecom")).toArray());
    out.phone = phones.value(0);
    return out;
}

} // namespace

Result<PatientSummary> summarizePatient(const QByteArray& patientJson)
{
    QJsonParseError error {};
    const QJsonDocument doc = QJsonDocument::fromJson(patientJson, &error);
    if (error.error != QJsonParseError::NoError || !doc.isObject())
        return fail(QCoreApplication::translate("ResourceSummary", "the patient record is not a JSON object"));
    const QJsonObject patient = doc.object();
    if (str(patient, "resourceType") != QLatin1String("Patient"))
        return fail(QCoreApplication::translate("ResourceSummary", "the record is a %1, not a Patient")
                        .arg(fhir::shorten(str(patient, "resourceType"), 40)));

    PatientSummary out;
    const QJsonObject name = preferredName(patient.value(QLatin1String("name")).toArray());
    out.family = str(name, "family");
    for (const auto& g : name.value(QLatin1String("given")).toArray())
        if (QString given = g.toString().trimmed(); !given.isEmpty())
            out.given << given;
    out.displayName = humanName(name);
    if (const auto birth = fhir::parseFhirDateTime(str(patient, "birthDate")))
        out.birthDate = birth->utc.date();
    out.sex = str(patient, "gender").toLower();
    out.phones = phoneNumbers(patient.value(QLatin1String("telecom")).toArray());
    for (const auto& i : patient.value(QLatin1String("identifier")).toArray()) {
        const QJsonObject identifier = i.toObject();
        if (QString value = str(identifier, "value"); !value.isEmpty())
            out.identifiers << str(identifier, "system") + QLatin1Char('|') + value;
    }
    out.address = preferredAddress(patient.value(QLatin1String("address")).toArray());
    for (const auto& e : patient.value(QLatin1String("extension")).toArray()) {
        const QJsonObject extension = e.toObject();
        if (isBloodGroupExtension(str(extension, "url"))) {
            out.bloodGroup = bloodGroupFromValue(extension);
            break;
        }
    }
    for (const auto& c : patient.value(QLatin1String("contact")).toArray())
        out.contacts << contactOf(c.toObject());
    out.deceased
        = patient.value(QLatin1String("deceasedBoolean")).toBool() || !str(patient, "deceasedDateTime").isEmpty();
    return out;
}

QString bloodGroupFromObservation(const QJsonObject& observation)
{
    if (str(observation, "resourceType") != QLatin1String("Observation"))
        return {};
    const QString status = str(observation, "status");
    if (status == QLatin1String("entered-in-error") || status == QLatin1String("cancelled"))
        return {};
    const QJsonObject code = observation.value(QLatin1String("code")).toObject();
    const bool aboRh = fhir::hasCode(code, kLoinc, QLatin1String("882-1"));
    const bool aboOnly = fhir::hasCode(code, kLoinc, QLatin1String("883-9"));
    const bool rhOnly = fhir::hasCode(code, kLoinc, QLatin1String("10331-7"));
    if (!aboRh && !aboOnly && !rhOnly)
        return {};

    QString group = bloodGroupFromValue(observation);
    if (group.isEmpty() && aboRh) {
        // A panel may report ABO and Rh as two components instead of one value.
        QString abo;
        QString rh;
        for (const auto& c : observation.value(QLatin1String("component")).toArray()) {
            const QJsonObject component = c.toObject();
            const QJsonObject componentCode = component.value(QLatin1String("code")).toObject();
            if (fhir::hasCode(componentCode, kLoinc, QLatin1String("883-9")))
                abo = bloodGroupFromValue(component);
            else if (fhir::hasCode(componentCode, kLoinc, QLatin1String("10331-7")))
                rh = bloodGroupFromValue(component);
        }
        group = combineAboRh(abo, rh);
    }
    return group;
}

} // namespace medilock::ledger
