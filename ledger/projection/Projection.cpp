#include "Projection.h"

#include "AccessPayload.h"
#include "JsonShape.h"
#include "NameTokens.h"
#include "ResourceSummary.h"

#include "ledger/AdminPayload.h"
#include "ledger/ParallelVerify.h"
#include "ledger/TrustState.h"
#include "ledger/store/Database.h"
#include "ledger/store/Statement.h"

#include "crypto/ByteReader.h"

#include <sqlcipher/sqlite3.h>

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <algorithm>
#include <cstring>
#include <map>
#include <optional>
#include <tuple>

namespace medilock::ledger {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("Projection", text);
}

QByteArray bytes(const Hash& h)
{
    return toBytes(h);
}

QByteArray bytes(const Id128& id)
{
    return toBytes(id);
}

// Is `entry` newer than the stored source (ms, lc, hash)? The order every node uses.
bool newerThan(const Entry& entry, qint64 ms, qint64 lc, const QByteArray& hash)
{
    const auto mine = std::make_tuple(entry.authoredAt().ms, static_cast<std::uint64_t>(entry.authoredAt().logical),
                                      bytes(entry.hash()));
    const auto theirs = std::make_tuple(static_cast<std::uint64_t>(ms), static_cast<std::uint64_t>(lc), hash);
    return mine > theirs;
}

bool isFhirKind(EntryKind kind)
{
    const auto code = static_cast<std::uint16_t>(kind);
    return kind == EntryKind::PatientRegistered || kind == EntryKind::DemographicsUpdated
        || (code >= static_cast<std::uint16_t>(EntryKind::Encounter) && code <= static_cast<std::uint16_t>(EntryKind::OtherResource));
}

QString joined(const QStringList& list)
{
    return list.join(QLatin1Char('\n'));
}
} // namespace

struct Projection::Statements
{
    Statement sourceOfClinic, upsertClinic;
    Statement sourceOfNode, upsertNode;
    Statement sourceOfUser, upsertUser, revokeUser;
    Statement sourceOfPatient, upsertPatient, dropTokens, addToken;
    Statement addRecord, addSupersession, addLink, addAccess;
};

// Summaries parsed ahead of apply(), by entry hash.
struct Projection::Prepared
{
    std::map<Hash, Result<PatientSummary>> patients;
    std::map<Hash, Result<ResourceSummary>> resources;
};

Projection::Projection(Database& db)
    : m_db(db)
    , m_prepared(std::make_unique<Prepared>())
{
}

Projection::~Projection() = default;

EntrySummary Projection::summarize(const Entry& entry)
{
    EntrySummary summary;
    const EntryKind kind = entry.kind();
    if (kind == EntryKind::PatientRegistered || kind == EntryKind::DemographicsUpdated)
        summary.patient = summarizePatient(entry.payload());
    else if (isFhirKind(kind))
        summary.resource = summarizeResource(entry.payload());
    return summary;
}

void Projection::prepare(std::span<const Entry> entries)
{
    std::vector<EntrySummary> summaries(entries.size());
    parallelFor(entries.size(), [&](std::size_t i) { summaries[i] = summarize(entries[i]); });
    prepare(entries, std::move(summaries));
}

void Projection::prepare(std::span<const Entry> entries, std::vector<EntrySummary> summaries)
{
    Q_ASSERT(summaries.size() == entries.size());
    m_prepared->patients.clear();
    m_prepared->resources.clear();
    for (std::size_t i = 0; i < entries.size() && i < summaries.size(); ++i) {
        if (summaries[i].patient)
            m_prepared->patients.emplace(entries[i].hash(), std::move(*summaries[i].patient));
        if (summaries[i].resource)
            m_prepared->resources.emplace(entries[i].hash(), std::move(*summaries[i].resource));
    }
}

namespace {
// ^[A-Z][A-Za-z]{1,63}$, the shape of a FHIR resource type name.
bool isResourceTypeName(QByteArrayView name)
{
    const auto letter = [](char c) { return (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z'); };
    if (name.size() < 2 || name.size() > 64 || name[0] < 'A' || name[0] > 'Z')
        return false;
    return std::all_of(name.begin(), name.end(), letter);
}
} // namespace

Result<void> Projection::checkPayload(const Entry& entry)
{
    const EntryKind kind = entry.kind();
    if (isFhirKind(kind)) {
        const JsonShape shape = JsonShape::scan(entry.payload());
        if (!shape.isObject)
            return fail(tr("%1 entry: the payload is not a FHIR JSON resource").arg(entryKindName(kind)));
        if (!shape.resourceType || !isResourceTypeName(*shape.resourceType))
            return fail(tr("%1 entry: the payload has no valid resourceType").arg(entryKindName(kind)));
        if ((kind == EntryKind::PatientRegistered || kind == EntryKind::DemographicsUpdated)
            && *shape.resourceType != QByteArrayView("Patient"))
            return fail(tr("%1 entry must carry a Patient resource").arg(entryKindName(kind)));
        return {};
    }
    switch (kind) {
    case EntryKind::ChartViewed:
        if (auto p = ChartViewedPayload::decode(entry.payload()); !p)
            return std::move(p).takeError();
        return {};
    case EntryKind::EmergencyAccess:
        if (auto p = EmergencyAccessPayload::decode(entry.payload()); !p)
            return std::move(p).takeError();
        return {};
    case EntryKind::Amendment:
        if (entry.supersedes() == kZeroHash)
            return fail(tr("an amendment must name the entry it supersedes"));
        if (auto p = AmendmentPayload::decode(entry.payload()); !p)
            return std::move(p).takeError();
        return {};
    case EntryKind::PatientsLinked:
        if (auto p = PatientsLinkedPayload::decode(entry.payload()); !p)
            return std::move(p).takeError();
        else if (p->other == entry.patientId())
            return fail(tr("a patient cannot be linked to itself"));
        return {};
    default:
        return {};
    }
}

Result<void> Projection::apply(const Entry& entry, const TrustState& trust)
{
    if (!m_sql) {
        const auto prepare = [this](const char* sql, Statement& out) -> Result<void> {
            auto stmt = m_db.prepare(sql);
            if (!stmt)
                return std::move(stmt).takeError();
            out = std::move(stmt).value();
            return {};
        };
        auto sql = std::make_unique<Statements>();
        const std::pair<const char*, Statement*> all[] = {
            {"SELECT e.authored_ms, e.authored_lc, e.hash FROM clinics c JOIN entries e ON e.hash = c.entry_hash "
             "AND e.kind < 16 WHERE c.root = ?;", &sql->sourceOfClinic},
            {"INSERT OR REPLACE INTO clinics (root, name, entry_hash) VALUES (?, ?, ?);", &sql->upsertClinic},
            {"SELECT e.authored_ms, e.authored_lc, e.hash FROM nodes n JOIN entries e ON e.hash = n.entry_hash "
             "AND e.kind < 16 WHERE n.key = ?;", &sql->sourceOfNode},
            {"INSERT OR REPLACE INTO nodes (key, clinic_root, tls_fingerprint, name, entry_hash) VALUES (?, ?, ?, ?, ?);",
             &sql->upsertNode},
            {"SELECT enrolled_ms, enrolled_lc, entry_hash FROM users WHERE key = ?;", &sql->sourceOfUser},
            {"INSERT OR IGNORE INTO users (key, clinic_root, role, name, enrolled_ms, enrolled_lc, entry_hash) "
             "VALUES (?, ?, ?, ?, ?, ?, ?);", &sql->upsertUser},
            {"UPDATE users SET revoked_ms = ?2, revoked_lc = ?3, revoked_by = ?4 WHERE key = ?1 AND (revoked_ms IS NULL "
             "OR revoked_ms > ?2 OR (revoked_ms = ?2 AND (revoked_lc > ?3 OR (revoked_lc = ?3 AND revoked_by > ?4))));",
             &sql->revokeUser},
            {"SELECT source_ms, source_lc, source_hash FROM patients WHERE id = ?;", &sql->sourceOfPatient},
            {"INSERT OR REPLACE INTO patients (id, name, family, given, birth_date, sex, phones, identifiers, address, "
             "blood_group, contacts, home_clinic, source_ms, source_lc, source_hash) "
             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);", &sql->upsertPatient},
            {"DELETE FROM patient_tokens WHERE patient_id = ?;", &sql->dropTokens},
            {"INSERT OR IGNORE INTO patient_tokens (token, patient_id) VALUES (?, ?);", &sql->addToken},
            {"INSERT INTO records (hash, patient_id, kind, authored_ms, authored_lc, author, resource_type, "
             "display, code, code_system, status, criticality, reaction, category, effective_ms, value, unit, value_text, "
             "no_known, implanted) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?);", &sql->addRecord},
            {"INSERT OR IGNORE INTO supersessions (superseded, by_entry, action, reason) VALUES (?, ?, ?, ?);",
             &sql->addSupersession},
            {"INSERT OR IGNORE INTO patient_links (entry_hash, patient_a, patient_b, linked, authored_ms, authored_lc) "
             "VALUES (?, ?, ?, ?, ?, ?);", &sql->addLink},
            {"INSERT OR IGNORE INTO access_log (entry_hash, patient_id, kind, viewer, authored_ms, authored_lc, reason) "
             "VALUES (?, ?, ?, ?, ?, ?, ?);", &sql->addAccess},
        };
        for (const auto& [text, stmt] : all)
            if (auto r = prepare(text, *stmt); !r)
                return r;
        m_sql = std::move(sql);
    }
    Statements& s = *m_sql;
    const QByteArray hash = bytes(entry.hash());
    const QByteArray author = toBytes(entry.author());
    const auto ms = static_cast<qint64>(entry.authoredAt().ms);
    const auto lc = static_cast<qint64>(entry.authoredAt().logical);

    // Is the entry newer than the row's current source? (no row: yes)
    const auto isNewer = [&](Statement& source, const QByteArray& key) -> Result<bool> {
        source.bind(1, key);
        auto row = source.step();
        if (!row) {
            source.reset();
            return std::move(row).takeError();
        }
        const bool newer = !*row || newerThan(entry, source.integer(0), source.integer(1), source.blob(2));
        source.reset();
        return newer;
    };

    if (entry.supersedes() != kZeroHash) {
        QString action = QStringLiteral("replaced");
        QString reason;
        if (entry.kind() == EntryKind::Amendment) {
            if (auto p = AmendmentPayload::decode(entry.payload())) {
                action = p->action;
                reason = p->reason;
            }
        }
        s.addSupersession.bind(1, bytes(entry.supersedes())).bind(2, hash).bind(3, action).bind(4, reason);
        if (auto r = s.addSupersession.run(); !r)
            return r;
    }

    switch (entry.kind()) {
    case EntryKind::ClinicFounded: {
        auto p = ClinicFoundedPayload::decode(entry.payload());
        auto newer = isNewer(s.sourceOfClinic, author);
        if (!newer)
            return std::move(newer).takeError();
        if (p && *newer) {
            s.upsertClinic.bind(1, author).bind(2, p->name).bind(3, hash);
            return s.upsertClinic.run();
        }
        return {};
    }
    case EntryKind::NodeCertified: {
        auto p = NodeCertifiedPayload::decode(entry.payload());
        if (!p)
            return {};
        auto newer = isNewer(s.sourceOfNode, toBytes(p->node));
        if (!newer)
            return std::move(newer).takeError();
        if (*newer) {
            s.upsertNode.bind(1, toBytes(p->node)).bind(2, author).bind(3, toBytes(p->tlsFingerprint)).bind(4, p->name);
            s.upsertNode.bind(5, hash);
            return s.upsertNode.run();
        }
        return {};
    }
    case EntryKind::UserEnrolled: {
        auto p = UserEnrolledPayload::decode(entry.payload());
        if (!p)
            return {};
        // A key is enrolled once; re-enrolment (a new role) is a new key (rotation).
        s.upsertUser.bind(1, toBytes(p->key)).bind(2, author).bind(3, signerRoleId(p->role)).bind(4, p->name);
        s.upsertUser.bind(5, ms).bind(6, lc).bind(7, hash);
        return s.upsertUser.run();
    }
    case EntryKind::UserRevoked: {
        auto p = UserRevokedPayload::decode(entry.payload());
        if (!p)
            return {};
        s.revokeUser.bind(1, toBytes(p->key)).bind(2, ms).bind(3, lc).bind(4, hash);
        return s.revokeUser.run();
    }
    case EntryKind::ClinicTrusted:
    case EntryKind::ClinicUntrusted:
        return {}; // this node's trust configuration, held by TrustState
    case EntryKind::PatientRegistered:
    case EntryKind::DemographicsUpdated: {
        const QByteArray id = bytes(entry.patientId());
        auto newer = isNewer(s.sourceOfPatient, id);
        if (!newer)
            return std::move(newer).takeError();
        if (!*newer)
            return {};
        auto found = m_prepared->patients.find(entry.hash());
        auto p = found != m_prepared->patients.end() ? std::move(found->second) : summarizePatient(entry.payload());
        PatientSummary patient = p ? std::move(p).value() : PatientSummary{};
        QJsonArray contacts;
        for (const auto& c : patient.contacts)
            contacts.append(QJsonObject{{QStringLiteral("name"), c.name},
                                        {QStringLiteral("relationship"), c.relationship},
                                        {QStringLiteral("phone"), c.phone}});
        const TrustState::User* user = trust.user(entry.author());
        const QByteArray home = user ? toBytes(user->clinicRoot) : author;
        s.upsertPatient.bind(1, id).bind(2, patient.displayName).bind(3, patient.family)
            .bind(4, patient.given.join(QLatin1Char(' ')))
            .bind(5, patient.birthDate.isValid() ? patient.birthDate.toString(Qt::ISODate) : QString())
            .bind(6, patient.sex).bind(7, joined(patient.phones)).bind(8, joined(patient.identifiers))
            .bind(9, patient.address).bind(10, patient.bloodGroup)
            .bind(11, QString::fromUtf8(QJsonDocument(contacts).toJson(QJsonDocument::Compact)))
            .bind(12, home).bind(13, ms).bind(14, lc).bind(15, hash);
        if (auto r = s.upsertPatient.run(); !r)
            return r;
        s.dropTokens.bind(1, id);
        if (auto r = s.dropTokens.run(); !r)
            return r;
        QStringList tokens;
        for (const QString& t : nameTokens(patient.family + QLatin1Char(' ') + patient.given.join(QLatin1Char(' ')))) {
            tokens << token::name(t);
            if (const QString key = phoneticKey(t); !key.isEmpty())
                tokens << token::sound(key);
        }
        if (patient.birthDate.isValid())
            tokens << token::birth(patient.birthDate.toString(Qt::ISODate));
        for (const QString& phone : patient.phones)
            if (const QString digits = phoneDigits(phone); digits.size() >= 4)
                tokens << token::phone(digits);
        for (const QString& identifier : patient.identifiers) {
            const QString value = identifier.section(QLatin1Char('|'), -1);
            if (const QString key = identifierKey(value); !key.isEmpty())
                tokens << token::identifier(key);
        }
        for (const QString& t : tokens) {
            s.addToken.bind(1, t).bind(2, id);
            if (auto r = s.addToken.run(); !r)
                return r;
        }
        return {};
    }
    case EntryKind::PatientsLinked: {
        auto p = PatientsLinkedPayload::decode(entry.payload());
        if (!p)
            return {};
        s.addLink.bind(1, hash).bind(2, bytes(entry.patientId())).bind(3, bytes(p->other)).bind(4, qint64(p->linked ? 1 : 0));
        s.addLink.bind(5, ms).bind(6, lc);
        return s.addLink.run();
    }
    case EntryKind::ChartViewed:
    case EntryKind::EmergencyAccess: {
        const QString reason = accessReason(entry.kind(), entry.payload());
        s.addAccess.bind(1, hash).bind(2, bytes(entry.patientId())).bind(3, qint64(static_cast<int>(entry.kind())));
        s.addAccess.bind(4, author).bind(5, ms).bind(6, lc).bind(7, reason);
        return s.addAccess.run();
    }
    case EntryKind::Amendment:
        return {}; // its effect is the supersession recorded above
    default:
        break;
    }

    // Clinical records: one row per entry, summarised for lists and the emergency view.
    auto found = m_prepared->resources.find(entry.hash());
    auto summary = found != m_prepared->resources.end() ? std::move(found->second) : summarizeResource(entry.payload());
    ResourceSummary r = summary ? std::move(summary).value() : ResourceSummary{};
    s.addRecord.bind(1, hash).bind(2, bytes(entry.patientId())).bind(3, qint64(static_cast<int>(entry.kind())));
    s.addRecord.bind(4, ms).bind(5, lc).bind(6, author).bind(7, r.resourceType).bind(8, r.display).bind(9, r.code);
    s.addRecord.bind(10, r.codeSystem).bind(11, r.status).bind(12, r.criticality).bind(13, r.reaction).bind(14, r.category);
    if (r.effective.isValid())
        s.addRecord.bind(15, r.effective.toMSecsSinceEpoch());
    else
        s.addRecord.bindNull(15);
    if (r.value)
        s.addRecord.bind(16, *r.value);
    else
        s.addRecord.bindNull(16);
    s.addRecord.bind(17, r.unit).bind(18, r.valueText).bind(19, qint64(r.noKnownAllergy ? 1 : 0));
    s.addRecord.bind(20, qint64(r.implantedDevice ? 1 : 0));
    return s.addRecord.run();
}

Result<Hash> Projection::stateHash(Database& db)
{
    // Tables and their full primary-key order; patient_tokens is derived from patients.
    static const char* const tables[] = {
        "SELECT * FROM clinics ORDER BY root;",
        "SELECT * FROM nodes ORDER BY key;",
        "SELECT * FROM users ORDER BY key;",
        "SELECT * FROM patients ORDER BY id;",
        "SELECT * FROM records ORDER BY hash;",
        "SELECT * FROM supersessions ORDER BY superseded, by_entry;",
        "SELECT * FROM patient_links ORDER BY entry_hash;",
        "SELECT * FROM access_log ORDER BY entry_hash;",
    };
    crypto::Sha256 sha;
    sha.update(QByteArrayLiteral("medilock/state/v1"));
    QByteArray cell;
    for (const char* sql : tables) {
        auto stmt = db.prepare(sql);
        if (!stmt)
            return std::move(stmt).takeError();
        sha.update(QByteArray(sql));
        auto rows = stmt->forEachRow([&](const auto&) {
            // Each cell: type byte, 4-byte length, bytes; reals by their IEEE-754 bits.
            for (int c = 0; c < stmt->columnCount(); ++c) {
                cell.clear();
                ByteWriter w(cell);
                const int type = stmt->columnType(c);
                w.u8(static_cast<std::uint8_t>(type));
                QByteArray value;
                if (type == SQLITE_INTEGER) {
                    ByteWriter(value).u64(static_cast<std::uint64_t>(stmt->integer(c)));
                } else if (type == SQLITE_FLOAT) {
                    const double d = stmt->real(c);
                    std::uint64_t bits = 0;
                    std::memcpy(&bits, &d, sizeof bits);
                    ByteWriter(value).u64(bits);
                } else if (type == SQLITE_TEXT) {
                    value = stmt->text(c).toUtf8();
                } else if (type == SQLITE_BLOB) {
                    value = stmt->blob(c);
                }
                w.u32(static_cast<std::uint32_t>(value.size())).bytes(value);
                sha.update(cell);
            }
        });
        if (!rows)
            return std::move(rows).takeError();
    }
    return sha.final();
}

} // namespace medilock::ledger
