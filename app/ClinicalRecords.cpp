#include "ClinicalRecords.h"
#include "ClinicalRecordsInternal.h"

#include "AccessReport.h"
#include "ChartAccess.h"
#include "ChartViewConversion.h"
#include "ConsentGate.h"
#include "FhirJsonBuilders.h"
#include "Passphrase.h"
#include "PatientId.h"
#include "PatientRegistry.h"
#include "PatientResource.h"
#include "SessionImpl.h"

#include "crypto/Keyring.h"
#include "crypto/Random.h"
#include "ledger/SignerRole.h"
#include "ledger/projection/NameTokens.h"
#include "ledger/projection/ResourceSummary.h"

#include <QCoreApplication>

#include <algorithm>
#include <QJsonObject>
#include <QMutexLocker>
#include <QSet>

namespace medilock::app {

using namespace fhirjson;
using namespace viewconv;
using namespace records;

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("ClinicalRecords", text);
}
} // namespace

namespace records {
Result<ledger::Id128> idFromBytes(const QByteArray& bytes)
{
    ledger::Id128 id{};
    if (!ledger::fromBytes(bytes, id) || id == ledger::kZeroId)
        return fail(tr("no patient is selected"));
    return id;
}

qint64 nowMs()
{
    return QDateTime::currentMSecsSinceEpoch();
}

// A chart the patient's consent restricts opens only under this user's break-glass access.
Result<ConsentState> requireConsentOrGrant(Session& session, const ledger::Id128& id)
{
    auto state = ConsentGate::state(session, id, nowMs());
    if (!state)
        return std::move(state).takeError();
    if (state->needsBreakGlass())
        return fail(tr("the patient's consent restricts this chart: break the glass, stating why, to open it"));
    return state;
}

Result<void> appendAll(Session& session, const std::vector<ledger::EntryDraft>& drafts)
{
    auto appended = session.impl().append(drafts);
    if (!appended)
        return std::move(appended).takeError();
    return {};
}
} // namespace records

namespace {
// Whether the ledger accepts an entry of this kind signed by a user of this role
// (ledger::roleMayWrite): the one rule every may* offer follows.
bool roleMaySign(Role role, ledger::EntryKind kind)
{
    const auto signer = ledger::signerRoleFromId(roleId(role));
    return signer && ledger::roleMayWrite(*signer, kind);
}

} // namespace

ClinicalRecords::ClinicalRecords(std::shared_ptr<Session> session)
    : m_session(std::move(session))
{
}

ClinicalRecords::~ClinicalRecords() = default;

QString ClinicalRecords::userName() const { return m_session->user().name; }
Role ClinicalRecords::role() const { return m_session->user().role; }
QString ClinicalRecords::clinicName() const { return m_session->identity().clinicName; }

bool ClinicalRecords::mayReadCharts() const
{
    return role() == Role::Physician || role() == Role::Nurse;
}

bool ClinicalRecords::maySign(RecordType type) const
{
    return roleMaySign(role(), entryKind(type));
}

bool ClinicalRecords::mayRegister() const
{
    return roleMaySign(role(), ledger::EntryKind::PatientRegistered);
}

bool ClinicalRecords::mayEditDemographics() const
{
    return roleMaySign(role(), ledger::EntryKind::DemographicsUpdated);
}

bool ClinicalRecords::mayLinkPatients() const
{
    return roleMaySign(role(), ledger::EntryKind::PatientsLinked);
}

bool ClinicalRecords::mayAmend() const
{
    return roleMaySign(role(), ledger::EntryKind::Amendment);
}

bool ClinicalRecords::mayBreakGlass() const
{
    return roleMaySign(role(), ledger::EntryKind::EmergencyAccess);
}

bool ClinicalRecords::mayRecordConsent() const
{
    return roleMaySign(role(), ledger::EntryKind::ConsentDirective);
}

bool ClinicalRecords::checkPassphrase(const QString& passphrase) const
{
    // Only the keyring slot is opened: no second database connection.
    auto keyring = crypto::Keyring::load(m_session->paths().keyring());
    if (!keyring)
        return false;
    const auto secret = passphraseFromString(passphrase);
    return keyring->unlock(m_session->user().name, secret.view()).ok();
}

Result<QList<PatientView>> ClinicalRecords::search(const QString& text, int limit)
{
    QMutexLocker lock(&m_mutex);
    if (text.trimmed().isEmpty())
        return QList<PatientView>{};
    auto rows = ChartAccess::search(*m_session, text, limit);
    if (!rows)
        return std::move(rows).takeError();
    QList<PatientView> out;
    for (const auto& r : *rows)
        out.append(toView(r));
    return out;
}

Result<ChartView> ClinicalRecords::openChart(const QByteArray& patientId)
{
    return loadChart(patientId, true);
}

Result<AccessReportView> ClinicalRecords::accessReport(const QByteArray& patientId)
{
    auto id = idFromBytes(patientId);
    if (!id)
        return std::move(id).takeError();
    QMutexLocker lock(&m_mutex);
    auto report = AccessReport::write(*m_session, *id);
    if (!report)
        return std::move(report).takeError();
    AccessReportView v{toView(report->patient), {}, report->writtenAt, report->writtenBy, report->clinic};
    for (const auto& a : report->access)
        v.access.append(toView(a));
    return v;
}

Result<ChartView> ClinicalRecords::refreshChart(const QByteArray& patientId)
{
    return loadChart(patientId, false);
}

Result<ChartView> ClinicalRecords::loadChart(const QByteArray& patientId, bool recordOpening)
{
    auto id = idFromBytes(patientId);
    if (!id)
        return std::move(id).takeError();
    if (!mayReadCharts())
        return fail(tr("your role does not open clinical charts; ask a physician or nurse"));
    QMutexLocker lock(&m_mutex);
    auto consent = requireConsentOrGrant(*m_session, *id);
    if (!consent)
        return std::move(consent).takeError();
    if (recordOpening) {
        if (auto r = ChartAccess::recordAccess(*m_session, *id, QStringLiteral("chart")); !r)
            return std::move(r).takeError();
    }
    auto loaded = ledger::ChartQuery::load(m_session->impl().db, *id);
    if (!loaded)
        return std::move(loaded).takeError();
    if (!*loaded)
        return fail(tr("no patient with that id on this node"));
    const ledger::ChartData& chart = **loaded;
    ChartView v;
    v.patient = toView(chart.patient);
    v.records = toViews(chart.records);
    for (const auto& a : chart.access)
        v.access.append(toView(a));
    const auto summary = ledger::EmergencySummary::fromChart(chart);
    v.allergyStatus = toView(summary.allergyStatus);
    if (summary.noKnownAllergyRecord)
        v.noKnownAllergyRecord = toView(*summary.noKnownAllergyRecord);
    v.currentAllergies = toViews(summary.allergies);
    v.bloodGroup = summary.bloodGroup;
    v.consent = *consent;
    return v;
}

Result<EmergencyView> ClinicalRecords::openEmergency(const QByteArray& patientId)
{
    auto id = idFromBytes(patientId);
    if (!id)
        return std::move(id).takeError();
    if (!mayReadCharts())
        return fail(tr("your role does not open the emergency summary; ask a physician or nurse"));
    QMutexLocker lock(&m_mutex);
    if (auto allowed = requireConsentOrGrant(*m_session, *id); !allowed)
        return std::move(allowed).takeError();
    auto summary = ChartAccess::openEmergency(*m_session, *id);
    if (!summary)
        return std::move(summary).takeError();
    return toView(*summary);
}

Result<QList<PatientView>> ClinicalRecords::likelyDuplicates(const NewPatient& patient)
{
    QMutexLocker lock(&m_mutex);
    auto& db = m_session->impl().db;
    QList<PatientView> out;
    QSet<QByteArray> seen;
    const auto add = [&](const ledger::PatientRow& row) {
        PatientView v = toView(row);
        if (!seen.contains(v.id)) {
            seen.insert(v.id);
            out.append(std::move(v));
        }
    };
    QSet<QString> sounds;
    for (const QString& t : ledger::nameTokens(patient.family + QLatin1Char(' ') + patient.given))
        sounds.insert(ledger::phoneticKey(t));
    if (patient.birthDate.isValid()) {
        auto sameDay = ledger::PatientSearch::search(db, patient.birthDate.toString(Qt::ISODate), 500);
        if (!sameDay)
            return std::move(sameDay).takeError();
        for (const auto& row : *sameDay) {
            if (row.birthDate != patient.birthDate)
                continue;
            const QStringList theirs = ledger::nameTokens(row.family + QLatin1Char(' ') + row.given + QLatin1Char(' ') + row.name);
            const bool soundsAlike = std::any_of(theirs.begin(), theirs.end(),
                                                 [&](const QString& t) { return sounds.contains(ledger::phoneticKey(t)); });
            if (soundsAlike)
                add(row);
        }
    }
    for (const QString& key : {ledger::phoneDigits(patient.phone), patient.identifier.trimmed()}) {
        if (key.size() < 4)
            continue;
        auto rows = ledger::PatientSearch::search(db, key, 20);
        if (!rows)
            return std::move(rows).takeError();
        for (const auto& row : *rows)
            add(row);
    }
    return out;
}

Result<PatientView> ClinicalRecords::registerPatient(const NewPatient& p)
{
    if (auto valid = PatientResource::validate(p); !valid)
        return std::move(valid).takeError();
    ledger::Id128 id{};
    const QByteArray random = crypto::randomBytes(static_cast<qsizetype>(id.size()));
    if (!ledger::fromBytes(random, id))
        return fail(tr("could not draw a random patient id"));
    const QJsonObject patient = PatientResource::build(id, p);
    QMutexLocker lock(&m_mutex);
    const ledger::EntryDraft draft{ledger::EntryKind::PatientRegistered, id, {}, compact(patient), {}};
    if (auto appended = m_session->impl().append(std::span(&draft, 1)); !appended)
        return std::move(appended).takeError();
    auto row = ledger::PatientSearch::patient(m_session->impl().db, id);
    if (!row)
        return std::move(row).takeError();
    if (!*row)
        return fail(tr("the registration was signed but cannot be read back"));
    return toView(**row);
}

Result<PatientView> ClinicalRecords::updateDemographics(const QByteArray& patientId, const NewPatient& patient)
{
    auto id = idFromBytes(patientId);
    if (!id)
        return std::move(id).takeError();
    if (!mayEditDemographics())
        return fail(tr("your role does not edit registrations"));
    QMutexLocker lock(&m_mutex);
    return PatientRegistry::updateDemographics(*m_session, *id, patient);
}

Result<void> ClinicalRecords::linkPatients(const QByteArray& patientId, const QByteArray& otherId, bool linked)
{
    auto a = idFromBytes(patientId);
    if (!a)
        return std::move(a).takeError();
    auto b = idFromBytes(otherId);
    if (!b)
        return std::move(b).takeError();
    if (!mayLinkPatients())
        return fail(tr("your role does not link registrations"));
    QMutexLocker lock(&m_mutex);
    return PatientRegistry::setLinked(*m_session, *a, *b, linked);
}

Result<QList<PatientView>> ClinicalRecords::linkedPatients(const QByteArray& patientId)
{
    auto id = idFromBytes(patientId);
    if (!id)
        return std::move(id).takeError();
    QMutexLocker lock(&m_mutex);
    return PatientRegistry::linked(*m_session, *id);
}

Result<void> ClinicalRecords::breakGlass(const QByteArray& patientId, const QString& reason, int minutes)
{
    auto id = idFromBytes(patientId);
    if (!id)
        return std::move(id).takeError();
    if (!mayBreakGlass())
        return fail(tr("only a physician may break the glass"));
    if (reason.trimmed().isEmpty())
        return fail(tr("state why you need emergency access"));
    if (minutes < 1 || minutes > 1440)
        return fail(tr("an emergency access lasts between 1 minute and 24 hours"));
    QMutexLocker lock(&m_mutex);
    return ChartAccess::recordBreakGlass(*m_session, *id, reason.trimmed(), minutes);
}

Result<ConsentState> ClinicalRecords::consentState(const QByteArray& patientId)
{
    auto id = idFromBytes(patientId);
    if (!id)
        return std::move(id).takeError();
    QMutexLocker lock(&m_mutex);
    return ConsentGate::state(*m_session, *id, nowMs());
}

Result<void> ClinicalRecords::recordConsent(const QByteArray& patientId, bool restrict, const QString& note)
{
    auto id = idFromBytes(patientId);
    if (!id)
        return std::move(id).takeError();
    if (!mayRecordConsent())
        return fail(tr("only a physician may record a consent directive"));
    QMutexLocker lock(&m_mutex);
    return appendAll(*m_session, {{ledger::EntryKind::ConsentDirective, *id, {}, ConsentGate::directive(*id, restrict, note), {}}});
}

int PatientView::ageOn(const QDate& day) const
{
    if (!birthDate.isValid())
        return -1;
    int age = day.year() - birthDate.year();
    if (day.month() < birthDate.month() || (day.month() == birthDate.month() && day.day() < birthDate.day()))
        --age;
    return age;
}

} // namespace medilock::app
