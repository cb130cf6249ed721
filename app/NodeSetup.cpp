#include "NodeSetup.h"

#include "KdfPolicy.h"
#include "NodeMeta.h"
#include "Passphrase.h"
#include "Role.h"

#include "crypto/Ed25519.h"
#include "crypto/Keyring.h"
#include "crypto/Random.h"
#include "crypto/TlsIdentity.h"
#include "ledger/AdminPayload.h"
#include "ledger/Ledger.h"
#include "ledger/store/Database.h"
#include "ledger/store/Schema.h"
#include "ledger/store/Statement.h"
#include "ledger/store/Transaction.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>

namespace medilock::app {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("NodeSetup", text);
}

void removeDatabaseFiles(const QString& path)
{
    for (const char* suffix : {"", "-wal", "-shm", "-journal"})
        QFile::remove(path + QLatin1String(suffix));
}

Result<void> putMeta(ledger::Statement& insert, const char* key, const QByteArray& value)
{
    insert.bind(1, QString::fromLatin1(key)).bind(2, value);
    return insert.run();
}

// The node's first block: the clinic's founding, this node's certificate and the first
// administrator's enrolment, all signed by the clinic root and sealed by the node.
Result<void> writeGenesis(ledger::Database& db, const QString& clinicName, const QString& adminName,
                          const crypto::Ed25519PrivateKey& root, const crypto::Ed25519PrivateKey& node,
                          const crypto::Ed25519PrivateKey& admin, const crypto::TlsIdentity& tls)
{
    ledger::PublicKeyBytes rootKey{};
    ledger::fromBytes(root.publicKey().bytes(), rootKey);
    auto ledger = ledger::Ledger::open(db, rootKey);
    if (!ledger)
        return std::move(ledger).takeError();
    ledger::NodeCertifiedPayload certified;
    ledger::fromBytes(node.publicKey().bytes(), certified.node);
    ledger::fromBytes(crypto::Sha256::hash(tls.certificateDer()), certified.tlsFingerprint);
    certified.name = QStringLiteral("%1 node 1").arg(clinicName);
    ledger::UserEnrolledPayload enrolled;
    ledger::fromBytes(admin.publicKey().bytes(), enrolled.key);
    enrolled.role = ledger::SignerRole::Admin;
    enrolled.name = adminName;
    const ledger::EntryDraft drafts[] = {
        {ledger::EntryKind::ClinicFounded, {}, {}, ledger::ClinicFoundedPayload{clinicName}.encode(), {}},
        {ledger::EntryKind::NodeCertified, {}, {}, certified.encode(), {}},
        {ledger::EntryKind::UserEnrolled, {}, {}, enrolled.encode(), {}},
    };
    auto appended = (*ledger)->append(drafts, root, node);
    if (!appended)
        return std::move(appended).takeError();
    return {};
}

Result<void> writeNode(ledger::Database& db, const QString& clinicName, const QString& adminName,
                       const crypto::Ed25519PrivateKey& root, const crypto::Ed25519PrivateKey& node,
                       const crypto::Ed25519PrivateKey& admin, const crypto::TlsIdentity& tls)
{
    if (auto r = ledger::Schema::migrate(db); !r)
        return r;
    auto tx = ledger::Transaction::begin(db);
    if (!tx)
        return std::move(tx).takeError();
    auto insert = db.prepare("INSERT INTO node_meta (key, value) VALUES (?, ?);");
    if (!insert)
        return std::move(insert).takeError();
    const QByteArray now = QByteArray::number(QDateTime::currentMSecsSinceEpoch());
    const QByteArray tlsKey = toByteArray(tls.privateKeyPem().view());
    const QByteArray nodeSeed = toByteArray(node.seed().view());
    const std::pair<const char*, QByteArray> rows[] = {
        {meta::kClinicName, clinicName.toUtf8()},
        {meta::kClinicRootPublic, root.publicKey().bytes()},
        {meta::kNodePublic, node.publicKey().bytes()},
        {meta::kNodeSeed, nodeSeed},
        {meta::kTlsCertificate, tls.certificatePem()},
        {meta::kTlsKey, tlsKey},
        {meta::kCreatedAt, now},
    };
    for (const auto& [key, value] : rows) {
        if (auto r = putMeta(*insert, key, value); !r)
            return r;
    }
    if (auto r = tx->commit(); !r)
        return r;
    return writeGenesis(db, clinicName, adminName, root, node, admin, tls);
}
} // namespace

Result<void> NodeSetup::initialize(const NodePaths& paths, const QString& clinicName, const QString& adminName,
                                   const crypto::SecureBuffer& passphrase)
{
    const QString clinic = clinicName.trimmed();
    if (clinic.isEmpty() || clinic.size() > 120)
        return fail(tr("a clinic name needs 1 to 120 characters"));
    if (!crypto::Keyring::isValidUserName(adminName))
        return fail(tr("'%1' is not a valid user name (letters, digits, '.', '_' or '-', at most 64)").arg(adminName));
    if (auto r = checkNewPassphrase(passphrase); !r)
        return r;
    if (!QDir().mkpath(paths.directory))
        return fail(tr("cannot create the directory %1").arg(paths.directory));
    if (QFile::exists(paths.keyring()) || QFile::exists(paths.database()))
        return fail(tr("%1 already holds a MediLock node").arg(paths.directory));
    // Only the owner may read or list a node directory; SQLite gives the WAL and shared-memory
    // files the database file's mode.
    QFile::setPermissions(paths.directory, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);

    const crypto::Ed25519PrivateKey root = crypto::Ed25519PrivateKey::generate();
    const crypto::Ed25519PrivateKey node = crypto::Ed25519PrivateKey::generate();
    const crypto::Ed25519PrivateKey admin = crypto::Ed25519PrivateKey::generate();
    auto tls = crypto::TlsIdentity::generate(QStringLiteral("MediLock node %1").arg(node.publicKey().fingerprint().left(16)));
    if (!tls)
        return std::move(tls).takeError();

    crypto::SlotSecrets adminSecrets{crypto::randomSecret(32), admin.seed().clone(), root.seed().clone()};
    crypto::SlotSecrets nodeSecrets{adminSecrets.databaseKey.clone(), node.seed().clone(), {}};
    crypto::Keyring keyring;
    const crypto::ScryptParams kdf = slotKdfParams();
    if (auto r = keyring.addSlot(adminName, passphrase.view(), adminSecrets, kdf); !r)
        return r;
    if (auto r = keyring.addSlot(crypto::Keyring::nodeSlotName(), passphrase.view(), nodeSecrets, kdf); !r)
        return r;

    {
        auto db = ledger::Database::open(paths.database(), adminSecrets.databaseKey, ledger::Database::Mode::CreateNew);
        if (!db)
            return std::move(db).takeError();
        QFile::setPermissions(paths.database(), QFileDevice::ReadOwner | QFileDevice::WriteOwner);
        if (auto r = writeNode(*db, clinic, adminName, root, node, admin, *tls); !r) {
            *db = ledger::Database();
            removeDatabaseFiles(paths.database());
            return r;
        }
    }
    // The keyring is written last: a node directory without one is not a node.
    if (auto r = keyring.save(paths.keyring()); !r) {
        removeDatabaseFiles(paths.database());
        return r;
    }
    return {};
}

} // namespace medilock::app
