#pragma once

#include "ChartViews.h"
#include "Role.h"

#include "crypto/Result.h"

#include <QMutex>
#include <QMutexLocker>

#include <memory>
#include <optional>
#include <utility>

namespace medilock::app {

class Session;

// The use cases the desktop application offers, in the GUI's terms (ChartViews): search,
// open a chart or the emergency view (each opening leaves a signed `chart viewed` entry),
// register a patient after a duplicate check, add clinical records as FHIR R4 resources
// signed by the signed-in user, correct by amendment, and break the glass.
//
// The role rules here only spare people a pointless attempt; the ledger refuses what a
// role may not sign all the same. Every call serialises on one mutex, so a call may run on
// a worker thread (the Session itself is not thread-safe).
class ClinicalRecords
{
public:
    explicit ClinicalRecords(std::shared_ptr<Session> session);
    ~ClinicalRecords();

    QString userName() const;
    Role role() const;
    QString clinicName() const;
    bool mayReadCharts() const;   // physicians and nurses
    // What the signed-in role may sign, as the ledger decides it (ledger::roleMayWrite): the
    // GUI offers only these actions.
    bool maySign(RecordType type) const;
    bool mayRegister() const;
    bool mayEditDemographics() const;
    bool mayLinkPatients() const;
    bool mayAmend() const;
    bool mayBreakGlass() const;
    bool mayRecordConsent() const;
    // Asks the signed-in user's passphrase again (idle lock); wrong passphrase: false.
    bool checkPassphrase(const QString& passphrase) const;

    Result<QList<PatientView>> search(const QString& text, int limit = 50);
    Result<ChartView> openChart(const QByteArray& patientId);
    // Reads again a chart this user has open, after their own change to it: not a new opening.
    Result<ChartView> refreshChart(const QByteArray& patientId);
    Result<EmergencyView> openEmergency(const QByteArray& patientId);

    struct NewPatient
    {
        QString family;
        QString given; // space-separated given names
        QDate birthDate;
        QString sex; // male | female | other | unknown
        QString phone;
        QString identifier; // free text, e.g. a national insurance number
        QString address;
        QString bloodGroup; // "" or A+, A-, ..., O-
        ContactView emergencyContact;
    };
    // Registrations that are likely the same person: same birth date and names that sound
    // alike, or the same phone or identifier.
    Result<QList<PatientView>> likelyDuplicates(const NewPatient& patient);
    Result<PatientView> registerPatient(const NewPatient& patient);
    // A signed demographics update superseding the registration in force (reception,
    // physicians). Fields the form does not show are kept.
    Result<PatientView> updateDemographics(const QByteArray& patientId, const NewPatient& patient);
    // Links two registrations as one person (their charts merge), or undoes such a link.
    Result<void> linkPatients(const QByteArray& patientId, const QByteArray& otherId, bool linked);
    Result<QList<PatientView>> linkedPatients(const QByteArray& patientId);

    struct NewAllergy
    {
        QString substance;
        QString reaction;    // manifestation, free text
        QString criticality; // low | high | unable-to-assess
    };
    Result<void> addAllergy(const QByteArray& patientId, const NewAllergy& allergy);
    Result<void> confirmNoKnownAllergies(const QByteArray& patientId);
    Result<void> addCondition(const QByteArray& patientId, const QString& icd10Code, const QString& display);
    // Current allergies whose substance the medication's name mentions (or the reverse).
    Result<QList<RecordView>> allergyConflicts(const QByteArray& patientId, const QString& medication);
    Result<void> addMedication(const QByteArray& patientId, const QString& medication, const QString& dosage);

    struct Vitals
    {
        std::optional<double> systolic, diastolic; // mmHg
        std::optional<double> pulse;               // /min
        std::optional<double> temperature;         // Cel
        std::optional<double> respiratoryRate;     // /min
        std::optional<double> spo2;                // %
        std::optional<double> weight;              // kg
        std::optional<double> height;              // cm
        bool isEmpty() const;
    };
    Result<void> addVitals(const QByteArray& patientId, const Vitals& vitals);
    Result<void> addEncounterNote(const QByteArray& patientId, const QString& encounterType, const QString& note);
    // Attaches a PDF, PNG or JPEG file (at most 700 KiB) as a signed DocumentReference.
    Result<void> addDocument(const QByteArray& patientId, const QString& title, const QString& fileName, const QByteArray& data);
    struct Document
    {
        QString title;       // the attached file's name, if it had one
        QString contentType; // e.g. application/pdf, text/plain
        QByteArray data;
    };
    // The content of a document record of an open chart.
    Result<Document> document(const QByteArray& patientId, const QByteArray& recordHash);
    // Marks a record entered in error: an amendment entry superseding it, with the reason.
    Result<void> markEnteredInError(const QByteArray& patientId, const QByteArray& recordHash, const QString& reason);
    // Break-glass access (FHIR AuditEvent 110127), recorded with its reason and duration
    // (1 to 1440 minutes).
    Result<void> breakGlass(const QByteArray& patientId, const QString& reason, int minutes);
    // Whether the patient's consent restricts the chart, and this user's current break-glass
    // access. Opening a restricted chart or its emergency view fails without such an access.
    Result<ConsentState> consentState(const QByteArray& patientId);
    // Records the patient's consent directive: restrict the chart (deny) or lift it (permit).
    Result<void> recordConsent(const QByteArray& patientId, bool restrict, const QString& note);

    // Who opened the patient's chart, newest first, as a report to print (AccessReport):
    // writing it is itself recorded as an access of purpose "report".
    Result<AccessReportView> accessReport(const QByteArray& patientId);

    // Runs `work` on the session while no other call of this object uses it: for the other
    // app-layer facade the desktop application builds on the same session (Administration).
    template<typename Work>
    auto exclusive(Work&& work)
    {
        QMutexLocker lock(&m_mutex);
        return work(*m_session);
    }
    // As exclusive(), unless another call uses the session now (a backup, a re-key): then
    // nothing runs and the result is empty. For what the GUI thread reads on a timer.
    template<typename Work>
    auto tryExclusive(Work&& work) -> std::optional<decltype(work(std::declval<Session&>()))>
    {
        if (!m_mutex.tryLock())
            return std::nullopt;
        struct Unlock
        {
            QMutex& mutex;
            ~Unlock() { mutex.unlock(); }
        } unlock{m_mutex};
        return work(*m_session);
    }

private:
    Result<ChartView> loadChart(const QByteArray& patientId, bool recordOpening);

    std::shared_ptr<Session> m_session;
    mutable QMutex m_mutex;
};

} // namespace medilock::app
