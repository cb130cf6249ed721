#pragma once

// What the GUI shows of patients and their records: plain values with Qt types only, so that
// ui/ never sees a ledger type. Built by ClinicalRecords from the ledger's query rows.

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QList>
#include <QMetaType>
#include <QString>
#include <QStringList>

#include <optional>

namespace medilock::app {

struct ContactView
{
    QString name, relationship, phone;
};

struct PatientView
{
    QByteArray id; // 16 bytes; patientIdText() form in idText
    QString idText;
    QString name;
    QString family;
    QString given;
    QDate birthDate;
    QString sex; // FHIR gender code
    QStringList phones;
    QStringList identifiers;
    QString address;
    QString bloodGroup;
    QList<ContactView> contacts;
    QString homeClinic;

    int ageOn(const QDate& day) const; // -1 when the birth date is unknown
};

struct SignerView
{
    QString name;
    QString role; // admin | physician | nurse | reception | clinic-root | unknown
    QString clinic;
    bool revoked = false;
};

enum class RecordType { Encounter, Note, Condition, Allergy, Medication, Observation, Immunization, Document, Procedure, Other };

struct RecordView
{
    QByteArray hash; // the entry's hash: what an amendment supersedes
    RecordType type = RecordType::Other;
    QDateTime authoredAt; // when it was signed (UTC)
    SignerView signer;
    // The entry's signature was checked when it was stored (every entry is verified before
    // commit); false when its signer was revoked before signing it.
    bool verified = true;
    QString resourceType, display, code, codeSystem, status, criticality, reaction, category;
    QDateTime effective; // when it happened, if the resource says
    std::optional<double> value;
    QString unit, valueText;
    bool noKnownAllergy = false;
    bool implantedDevice = false;
    bool superseded = false;
    QString supersededAction; // replaced | entered-in-error | retracted
    QString supersededReason;
};

struct AccessView
{
    QDateTime at;
    SignerView viewer;
    bool breakGlass = false;
    QString reason; // purpose of a view, or the break-glass reason
    bool sealed = true; // false: recorded on a restored node, not sealed into a block yet
};

// A patient's access report: every access, newest first, and who wrote the report when.
struct AccessReportView
{
    PatientView patient;
    QList<AccessView> access; // newest first
    QDateTime writtenAt;      // UTC
    QString writtenBy;
    QString clinic;
};

enum class AllergyStatus { Recorded, NoneKnown, Unknown };

// Whether the patient's consent restricts the chart, and this user's break-glass access to it.
struct ConsentState
{
    bool restricted = false;
    QString consent;        // what the restricting directive says, if anything
    QDateTime consentSince; // when it was signed (UTC)
    std::optional<QDateTime> grantedUntil; // this user's break-glass access, while valid (UTC)
    bool needsBreakGlass() const { return restricted && !grantedUntil; }
};

struct ChartView
{
    PatientView patient;
    QList<RecordView> records; // oldest first
    QList<AccessView> access;
    AllergyStatus allergyStatus = AllergyStatus::Unknown;
    std::optional<RecordView> noKnownAllergyRecord;
    QList<RecordView> currentAllergies;
    QString bloodGroup; // from the registration or a blood-group result
    ConsentState consent; // the patient's consent directive in force
};

struct EmergencyView
{
    PatientView patient;
    AllergyStatus allergyStatus = AllergyStatus::Unknown;
    std::optional<RecordView> noKnownAllergyRecord; // who confirmed, when
    QList<RecordView> allergies;
    QList<RecordView> problems;
    QList<RecordView> medications;
    QList<RecordView> devices;
    std::optional<RecordView> lastEncounter;
    QString bloodGroup;
};

} // namespace medilock::app

Q_DECLARE_METATYPE(medilock::app::PatientView)
