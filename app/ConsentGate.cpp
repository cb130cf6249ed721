#include "ConsentGate.h"

#include "FhirJsonBuilders.h"
#include "PatientRegistry.h"
#include "SessionImpl.h"

#include "crypto/Bytes.h"
#include "ledger/Entry.h"
#include "ledger/EntryKind.h"
#include "ledger/projection/AccessPayload.h"
#include "ledger/store/Statement.h"

#include <QCoreApplication>
#include <QJsonArray>

namespace medilock::app {

namespace {
// An emergency access lasts at most a day (EmergencyAccessPayload bounds `minutes`).
constexpr qint64 kLongestGrantMs = 24LL * 60 * 60 * 1000;

struct Directive
{
    qint64 ms = 0, lc = 0;
    QString status, provision, display;
};

Result<std::optional<Directive>> latestDirective(ledger::Database& db, const std::vector<ledger::Id128>& patients)
{
    auto stmt = db.prepare("SELECT r.authored_ms, r.authored_lc, r.status, r.value_text, r.display FROM records r "
                           "WHERE r.patient_id = ? AND r.kind = ? AND NOT EXISTS "
                           "(SELECT 1 FROM supersessions s WHERE s.superseded = r.hash) "
                           "ORDER BY r.authored_ms DESC, r.authored_lc DESC, r.hash DESC LIMIT 1;");
    if (!stmt)
        return std::move(stmt).takeError();
    std::optional<Directive> latest;
    for (const ledger::Id128& id : patients) {
        stmt->bind(1, ledger::toBytes(id)).bind(2, qint64(static_cast<int>(ledger::EntryKind::ConsentDirective)));
        auto row = stmt->step();
        if (!row)
            return std::move(row).takeError();
        if (*row) {
            Directive d{stmt->integer(0), stmt->integer(1), stmt->text(2), stmt->text(3).trimmed().toLower(), stmt->text(4)};
            if (!latest || std::tie(d.ms, d.lc) > std::tie(latest->ms, latest->lc))
                latest = d;
        }
        stmt->reset();
    }
    return latest;
}

Result<std::optional<QDateTime>> grantUntil(Session& session, const ledger::Id128& patient, qint64 nowMs)
{
    auto& db = session.impl().db;
    // A grant still waiting to be sealed on a restored node (ledger UnsealedQueue) counts too:
    // it is signed and on record in this database.
    auto stmt = db.prepare("SELECT encoded FROM entries WHERE patient_id = ?1 AND authored_ms >= ?2 AND kind = ?3 "
                           "AND author = ?4 UNION ALL SELECT encoded FROM unsealed_entries WHERE patient_id = ?1 "
                           "AND authored_ms >= ?2 AND kind = ?3 AND author = ?4;");
    if (!stmt)
        return std::move(stmt).takeError();
    const auto& key = session.impl().signingKey.publicKey().view();
    stmt->bind(1, ledger::toBytes(patient)).bind(2, nowMs - kLongestGrantMs);
    stmt->bind(3, qint64(static_cast<int>(ledger::EntryKind::EmergencyAccess)));
    stmt->bind(4, QByteArray(reinterpret_cast<const char*>(key.data()), static_cast<qsizetype>(key.size())));
    qint64 until = 0;
    auto rows = stmt->forEachRow([&](ledger::Statement& s) {
        auto entry = ledger::Entry::decode(asView(s.blob(0)));
        if (!entry)
            return;
        auto payload = ledger::EmergencyAccessPayload::decode(entry->payload());
        if (!payload)
            return;
        const qint64 end = static_cast<qint64>(entry->authoredAt().ms) + qint64(payload->minutes) * 60 * 1000;
        until = std::max(until, end);
    });
    if (!rows)
        return std::move(rows).takeError();
    if (until <= nowMs)
        return std::optional<QDateTime>();
    return std::optional<QDateTime>(QDateTime::fromMSecsSinceEpoch(until, Qt::UTC));
}
} // namespace

Result<ConsentState> ConsentGate::state(Session& session, const ledger::Id128& patient, qint64 nowMs)
{
    auto& db = session.impl().db;
    auto ids = PatientRegistry::samePerson(session, patient);
    if (!ids)
        return std::move(ids).takeError();
    auto directive = latestDirective(db, *ids);
    if (!directive)
        return std::move(directive).takeError();
    ConsentState state;
    const std::optional<Directive>& d = *directive;
    state.restricted = d && d->status == QLatin1String("active") && d->provision == QLatin1String("deny");
    if (!state.restricted)
        return state;
    state.consent = d->display;
    state.consentSince = QDateTime::fromMSecsSinceEpoch(d->ms, Qt::UTC);
    auto until = grantUntil(session, patient, nowMs);
    if (!until)
        return std::move(until).takeError();
    state.grantedUntil = *until;
    return state;
}

QByteArray ConsentGate::directive(const ledger::Id128& patient, bool restrict, const QString& note)
{
    using namespace fhirjson;
    const QString summary = restrict ? QCoreApplication::translate("ConsentGate", "Chart restricted by the patient")
                                     : QCoreApplication::translate("ConsentGate", "Chart restriction lifted by the patient");
    QJsonObject category = codeableConcept(kLoinc, QStringLiteral("59284-0"), QStringLiteral("Patient Consent"));
    category.insert(QStringLiteral("text"), note.trimmed().isEmpty() ? summary : summary + QStringLiteral(": ") + note.trimmed());
    const QJsonObject consent{
        {QStringLiteral("resourceType"), QStringLiteral("Consent")},
        {QStringLiteral("status"), QStringLiteral("active")},
        {QStringLiteral("scope"), codeableConcept(QStringLiteral("http://terminology.hl7.org/CodeSystem/consentscope"),
                                                  QStringLiteral("patient-privacy"), QStringLiteral("Privacy Consent"))},
        {QStringLiteral("category"), QJsonArray{category}},
        {QStringLiteral("patient"), subject(patient)},
        {QStringLiteral("dateTime"), nowText()},
        {QStringLiteral("provision"), QJsonObject{{QStringLiteral("type"), restrict ? QStringLiteral("deny") : QStringLiteral("permit")}}}};
    return compact(consent);
}

} // namespace medilock::app
