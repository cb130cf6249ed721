#pragma once

#include "crypto/Result.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// Readable summaries of the FHIR R4 resources that clinical entries carry, for the
// projection's tables and the emergency view. Pure functions of the payload bytes: the same
// resource gives the same summary on every node (dates in UTC, no locale).
namespace medilock::ledger {

struct PatientSummary
{
    QString family;
    QStringList given;
    QString displayName;
    QDate birthDate; // a partial birth date ("1972", "1972-05") reads as its first day
    QString sex; // FHIR gender code: male | female | other | unknown
    QStringList phones;
    QStringList identifiers; // "system|value"
    QString address;
    QString bloodGroup; // "A+", "O-", ... when a Patient extension carries it
    struct Contact
    {
        QString name, relationship, phone;
    };
    QList<Contact> contacts;
    bool deceased = false;
};

// The blood-group extension MediLock writes on a Patient. Extensions from elsewhere whose
// URL ends in bloodGroup / blood-group / bloodType are read too.
inline constexpr char kBloodGroupExtensionUrl[] = "urn:medilock:fhir:StructureDefinition:blood-group";

Result<PatientSummary> summarizePatient(const QByteArray& patientJson);

// The blood group an Observation reports: "A+" .. "O-" for LOINC 882-1 (ABO and Rh), "A",
// "B", "AB", "O" for 883-9 (ABO only), "Rh+" / "Rh-" for 10331-7 (Rh only). Empty when the
// Observation is not a blood group result, was entered in error, or cannot be read.
QString bloodGroupFromObservation(const QJsonObject& observation);

struct ResourceSummary
{
    QString resourceType;
    QString display;
    QString code;
    QString codeSystem;
    // Normalised status. Clinical status where the resource has one (active | inactive |
    // resolved | remission; recurrence and relapse read "active"), otherwise the resource's own
    // status code, lower-cased. Overridden by verification: "entered-in-error", "refuted".
    // "unknown" marks statements of absent information (IPS "no-allergy-info").
    QString status;
    QString criticality; // AllergyIntolerance: low | high | unable-to-assess
    QString reaction; // manifestations, "; "-separated
    QString category; // first category code, or allergy categories ","-separated
    QDateTime effective; // UTC; invalid when the resource gives no time
    std::optional<double> value;
    QString unit;
    QString valueText; // "120/80 mmHg", "Positive", "62.8 kg", "A+" (blood group), a dosage text, a consent's "deny"
    // A "no known allergy" statement that currently holds (not refuted, inactive or entered
    // in error). `category` then says its scope: empty for all allergies, or
    // medication | food | environment.
    bool noKnownAllergy = false;
    bool implantedDevice = false;
};

Result<ResourceSummary> summarizeResource(const QByteArray& resourceJson);

} // namespace medilock::ledger
