#include "SyncTestNode.h"

#include "app/ClinicTrust.h"
#include "app/NodeSetup.h"
#include "app/Passphrase.h"
#include "app/PeerPairing.h"
#include "app/bench/SyntheticClinic.h"
#include "app/daemon/NodeService.h"

#include "crypto/Random.h"
#include "ledger/projection/Projection.h"
#include "ledger/store/Statement.h"

namespace medilock::synctest {

namespace {
const QString kPassphrase = QStringLiteral("a long enough passphrase");
}

bool createClinic(Node& node, const QString& clinicName, bool withPhysician)
{
    if (!node.dir.isValid())
        return false;
    const auto pass = app::passphraseFromString(kPassphrase);
    const app::NodePaths paths{node.dir.path()};
    if (!app::NodeSetup::initialize(paths, clinicName, QStringLiteral("admin"), pass))
        return false;
    auto admin = app::Session::unlock(paths, QStringLiteral("admin"), pass);
    if (!admin)
        return false;
    node.admin = std::move(admin).value();
    if (!withPhysician)
        return true;
    if (!node.admin->addUser(QStringLiteral("doc"), app::Role::Physician, pass))
        return false;
    auto doc = app::Session::unlock(paths, QStringLiteral("doc"), pass);
    if (!doc)
        return false;
    node.physician = std::move(doc).value();
    return true;
}

std::unique_ptr<ledger::sync::SyncNode> startSync(app::Session& session, const Tune& tune)
{
    auto config = app::NodeService::configFor(session, app::NodeService::Listen{QHostAddress::LocalHost, 0});
    if (!config)
        return nullptr;
    config->reconnectMinMs = 100;
    config->reconnectMaxMs = 1000;
    config->limits.handshakeTimeoutMs = 3000;
    if (tune)
        tune(*config);
    auto node = ledger::sync::SyncNode::create(std::move(config).value());
    if (!node || !(*node)->start())
        return nullptr;
    return std::move(node).value();
}

bool trustEachOther(Node& a, Node& b)
{
    return app::ClinicTrust::trust(*a.admin, b.rootHex(), QString()).ok()
           && app::ClinicTrust::trust(*b.admin, a.rootHex(), QString()).ok();
}

bool pair(Node& a, Node& b)
{
    return app::PeerPairing::add(*a.admin, b.address(), b.tlsHex()).ok()
           && app::PeerPairing::add(*b.admin, a.address(), a.tlsHex()).ok();
}

bool syncingClinics(Node& a, Node& b)
{
    if (!createClinic(a, QStringLiteral("Clinic A"), true) || !createClinic(b, QStringLiteral("Clinic B"), false)
        || !trustEachOther(a, b))
        return false;
    a.sync = startSync(*a.admin);
    b.sync = startSync(*b.admin);
    return a.sync && b.sync && pair(a, b);
}

std::unique_ptr<app::Session> openAs(const QString& dir, const QString& user)
{
    auto s = app::Session::unlock(app::NodePaths{dir}, user, app::passphraseFromString(kPassphrase));
    return s ? std::move(s).value() : nullptr;
}

qint64 ownBlocks(Node& holder, Node& origin)
{
    auto stmt = holder.db().prepare("SELECT count(*) FROM blocks WHERE origin = ?;");
    if (!stmt)
        return -1;
    stmt->bind(1, origin.admin->impl().nodeKey.publicKey().bytes());
    auto row = stmt->step();
    return row && *row ? stmt->integer(0) : -1;
}

qint64 scalar(ledger::Database& db, const char* sql)
{
    auto stmt = db.prepare(sql);
    if (!stmt)
        return -1;
    auto row = stmt->step();
    return row && *row ? stmt->integer(0) : -1;
}

qint64 blockCount(Node& n)
{
    return scalar(n.db(), "SELECT count(*) FROM blocks;");
}

QByteArray stateHash(Node& n)
{
    auto h = ledger::Projection::stateHash(n.db());
    return h ? ledger::toBytes(*h) : QByteArray();
}

bool appendPatient(Node& n, const QString& family)
{
    const QByteArray payload = QStringLiteral(R"({"resourceType":"Patient","name":[{"family":"%1","given":["Ann"]}],)"
                                              R"("gender":"female","birthDate":"1980-01-01"})")
                                   .arg(family)
                                   .toUtf8();
    ledger::EntryDraft draft{ledger::EntryKind::PatientRegistered, {}, {}, payload, {}};
    const auto random = crypto::randomBytes(32);
    std::copy(random.begin(), random.begin() + 16, draft.entryId.begin());
    std::copy(random.begin() + 16, random.end(), draft.patientId.begin());
    auto r = n.physician->impl().append(std::span(&draft, 1));
    if (!r)
        qWarning("append failed: %s", qPrintable(r.error()));
    return r.ok();
}

ledger::Hash hashFromHex(const QString& hex)
{
    ledger::Hash h{};
    ledger::fromBytes(QByteArray::fromHex(hex.toLatin1()), h);
    return h;
}

bool appendSynthetic(Node& n, qint64 entries, std::size_t perBlock)
{
    app::SyntheticClinic clinic;
    const qint64 patients = std::max<qint64>(2, entries / 10);
    std::vector<ledger::EntryDraft> batch;
    for (qint64 i = 0; i < entries; ++i) {
        const qint64 have = static_cast<qint64>(clinic.patients().size());
        if (have < 2 || (have < patients && i * patients >= have * entries))
            batch.push_back(clinic.registerPatient());
        else
            batch.push_back(clinic.record(clinic.patients()[clinic.random()() % clinic.patients().size()]));
        if (batch.size() == perBlock || i + 1 == entries) {
            if (auto r = n.physician->impl().append(batch); !r) {
                qWarning("append failed: %s", qPrintable(r.error()));
                return false;
            }
            batch.clear();
        }
    }
    return true;
}

} // namespace medilock::synctest
