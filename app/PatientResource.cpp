#include "PatientResource.h"

#include "PatientId.h"

#include "ledger/projection/ResourceSummary.h"

#include <QCoreApplication>
#include <QJsonArray>

#include <functional>

namespace medilock::app {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("PatientResource", text);
}

const QString kIdentifierSystem = QStringLiteral("urn:medilock:identifier");

QJsonArray array(const QJsonObject& o, const char* key)
{
    return o.value(QLatin1String(key)).toArray();
}

void setOrRemove(QJsonObject& o, const char* key, const QJsonArray& a)
{
    if (a.isEmpty())
        o.remove(QLatin1String(key));
    else
        o.insert(QLatin1String(key), a);
}

QJsonObject contactResource(const ContactView& c)
{
    QJsonObject contact{
        {QStringLiteral("relationship"),
         QJsonArray{QJsonObject{{QStringLiteral("text"), c.relationship.trimmed().isEmpty() ? tr("Emergency contact")
                                                                                           : c.relationship.trimmed()}}}},
        {QStringLiteral("name"), QJsonObject{{QStringLiteral("text"), c.name.trimmed()}}}};
    if (!c.phone.trimmed().isEmpty())
        contact.insert(QStringLiteral("telecom"), QJsonArray{QJsonObject{{QStringLiteral("system"), QStringLiteral("phone")},
                                                                         {QStringLiteral("value"), c.phone.trimmed()}}});
    return contact;
}

// Marks the earlier entries `use: old` (kept, as FHIR intends) and puts the new one first.
QJsonArray supersedeFirst(QJsonArray items, const std::function<bool(const QJsonObject&)>& matches, const QJsonObject& replacement)
{
    QJsonArray out;
    if (!replacement.isEmpty())
        out.append(replacement);
    for (const auto& v : items) {
        QJsonObject o = v.toObject();
        if (matches(o))
            o.insert(QStringLiteral("use"), QStringLiteral("old"));
        out.append(o);
    }
    return out;
}

QString medilockIdentifier(const PatientView& p)
{
    for (const QString& i : p.identifiers)
        if (i.startsWith(kIdentifierSystem + QLatin1Char('|')))
            return i.mid(kIdentifierSystem.size() + 1);
    return {};
}
} // namespace

Result<void> PatientResource::validate(const ClinicalRecords::NewPatient& p)
{
    if (p.family.trimmed().isEmpty() || p.given.trimmed().isEmpty())
        return fail(tr("enter the family name and at least one given name"));
    if (!p.birthDate.isValid() || p.birthDate > QDate::currentDate())
        return fail(tr("enter a birth date that is not in the future"));
    static const QStringList sexes{QStringLiteral("male"), QStringLiteral("female"), QStringLiteral("other"),
                                   QStringLiteral("unknown"), QString()};
    if (!sexes.contains(p.sex))
        return fail(tr("choose the sex: male, female, other or unknown"));
    return {};
}

QJsonObject PatientResource::build(const ledger::Id128& id, const ClinicalRecords::NewPatient& p)
{
    const QJsonObject empty{{QStringLiteral("resourceType"), QStringLiteral("Patient")}, {QStringLiteral("id"), patientIdText(id)}};
    return updated(empty, PatientView{}, p);
}

QJsonObject PatientResource::updated(QJsonObject r, const PatientView& before, const ClinicalRecords::NewPatient& p)
{
    const QString family = p.family.trimmed();
    QJsonArray given;
    for (const QString& g : p.given.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        given.append(g);
    if (family != before.family || p.given.simplified() != before.given.simplified()) {
        const QJsonObject name{{QStringLiteral("use"), QStringLiteral("official")},
                               {QStringLiteral("family"), family},
                               {QStringLiteral("given"), given}};
        r.insert(QStringLiteral("name"), supersedeFirst(array(r, "name"), [](const QJsonObject& n) {
                     const QString use = n.value(QLatin1String("use")).toString();
                     return use == QLatin1String("official") || use == QLatin1String("usual");
                 }, name));
    }
    r.insert(QStringLiteral("gender"), p.sex.isEmpty() ? QStringLiteral("unknown") : p.sex);
    r.insert(QStringLiteral("birthDate"), p.birthDate.toString(Qt::ISODate));

    const QString phone = p.phone.trimmed();
    if (phone != before.phones.value(0)) {
        const QString old = before.phones.value(0);
        const QJsonObject entry = phone.isEmpty() ? QJsonObject()
                                                  : QJsonObject{{QStringLiteral("system"), QStringLiteral("phone")},
                                                                {QStringLiteral("value"), phone}};
        setOrRemove(r, "telecom", supersedeFirst(array(r, "telecom"), [&](const QJsonObject& t) {
                        return !old.isEmpty() && t.value(QLatin1String("system")).toString() == QLatin1String("phone")
                            && t.value(QLatin1String("value")).toString() == old;
                    }, entry));
    }
    const QString identifier = p.identifier.trimmed();
    if (identifier != medilockIdentifier(before)) {
        QJsonArray ids;
        if (!identifier.isEmpty())
            ids.append(QJsonObject{{QStringLiteral("system"), kIdentifierSystem}, {QStringLiteral("value"), identifier}});
        for (const auto& v : array(r, "identifier"))
            if (v.toObject().value(QLatin1String("system")).toString() != kIdentifierSystem)
                ids.append(v);
        setOrRemove(r, "identifier", ids);
    }
    const QString address = p.address.trimmed();
    if (address != before.address) {
        const QJsonObject entry = address.isEmpty() ? QJsonObject()
                                                    : QJsonObject{{QStringLiteral("use"), QStringLiteral("home")},
                                                                  {QStringLiteral("text"), address}};
        setOrRemove(r, "address", supersedeFirst(array(r, "address"), [](const QJsonObject& a) {
                        return a.value(QLatin1String("use")).toString() != QLatin1String("old");
                    }, entry));
    }
    if (p.bloodGroup != before.bloodGroup) {
        QJsonArray extensions;
        if (!p.bloodGroup.isEmpty())
            extensions.append(QJsonObject{{QStringLiteral("url"), QString::fromLatin1(ledger::kBloodGroupExtensionUrl)},
                                          {QStringLiteral("valueString"), p.bloodGroup}});
        for (const auto& v : array(r, "extension"))
            if (v.toObject().value(QLatin1String("url")).toString() != QLatin1String(ledger::kBloodGroupExtensionUrl))
                extensions.append(v);
        setOrRemove(r, "extension", extensions);
    }
    const ContactView old = before.contacts.value(0);
    const ContactView& c = p.emergencyContact;
    if (c.name.trimmed() != old.name || c.relationship.trimmed() != old.relationship || c.phone.trimmed() != old.phone) {
        QJsonArray contacts = array(r, "contact");
        if (!before.contacts.isEmpty() && !contacts.isEmpty())
            contacts.removeFirst();
        if (!c.name.trimmed().isEmpty())
            contacts.prepend(contactResource(c));
        setOrRemove(r, "contact", contacts);
    }
    return r;
}

} // namespace medilock::app
