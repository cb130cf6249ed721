// Re-keying a real node (SQLCipher database, keyring file): every record kept, the old key
// opens nothing, every remaining user signs in; refused while the node is in use or a
// version 1 slot remains; revocation re-keys; an interrupted re-key is settled on open.

#include "LegacyKeyring.h"
#include "SessionFixture.h"

#include "app/ClinicalRecords.h"
#include "app/DatabaseRekey.h"
#include "app/NodeSetup.h"
#include "app/NodeStats.h"
#include "app/Passphrase.h"
#include "app/Session.h"
#include "app/SessionImpl.h"
#include "app/UserKeys.h"
#include "crypto/Keyring.h"
#include "ledger/LedgerVerifier.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace medilock;
using namespace medilock::app;

namespace {
const QString kAdminPass = QStringLiteral("alice's long passphrase");
const QString kBobPass = QStringLiteral("bob's long passphrase");
const QString kRitaPass = QStringLiteral("rita's long passphrase");

using test::errorOf;

std::shared_ptr<Session> open(const NodePaths& paths, const QString& name, const QString& pass)
{
    return test::openSession(paths, name, pass);
}

QByteArray readFile(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

bool writeFile(const QString& path, const QByteArray& bytes)
{
    QFile file(path);
    return file.open(QIODevice::WriteOnly | QIODevice::Truncate) && file.write(bytes) == bytes.size();
}

QByteArray keyBytes(const crypto::SecureBuffer& key)
{
    return toByteArray(key.view());
}

// What must not change across a re-key: the state hash and the counts, and verify's verdict.
struct Snapshot
{
    QString stateHash;
    qint64 entries = -1;
    qint64 blocks = -1;
    bool verified = false;
    QByteArray databaseKey;
};
} // namespace

class tst_DatabaseRekey : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rekeyKeepsEveryRecord();
    void refusedWhileInUseOrNotAdministrator();
    void versionOneSlotsUpgradeAtUnlock();
    void revocationRekeysAndLocksOutTheRevokedUser();
    void interruptedBeforeTheSwitchRollsBack();
    void interruptedAfterTheSwitchCompletes();
    void damagedKeyringRefused();

private:
    Snapshot snapshot();
    void everyUserSignsIn(const QStringList& users);

    QTemporaryDir m_dir;
    NodePaths m_paths;
    QByteArray m_patient;
};

void tst_DatabaseRekey::initTestCase()
{
    ::umask(077);
    QVERIFY(m_dir.isValid());
    m_paths = NodePaths{m_dir.filePath(QStringLiteral("node"))};
    auto created = NodeSetup::initialize(m_paths, QStringLiteral("Clinic"), QStringLiteral("alice"),
                                         passphraseFromString(kAdminPass));
    QVERIFY2(created.ok(), qPrintable(errorOf(created)));
    {
        auto alice = open(m_paths, QStringLiteral("alice"), kAdminPass);
        QVERIFY(alice);
        QVERIFY(alice->addUser(QStringLiteral("bob"), Role::Physician, passphraseFromString(kBobPass)).ok());
        QVERIFY(alice->addUser(QStringLiteral("rita"), Role::Reception, passphraseFromString(kRitaPass)).ok());
    }
    ClinicalRecords::NewPatient p;
    p.family = QStringLiteral("Garcia");
    p.given = QStringLiteral("Ana");
    p.birthDate = QDate(1980, 5, 17);
    p.sex = QStringLiteral("female");
    auto patient = ClinicalRecords(open(m_paths, QStringLiteral("rita"), kRitaPass)).registerPatient(p);
    QVERIFY2(patient.ok(), qPrintable(errorOf(patient)));
    m_patient = patient->id;
    ClinicalRecords bob(open(m_paths, QStringLiteral("bob"), kBobPass));
    QVERIFY(bob.addCondition(m_patient, QStringLiteral("G40.9"), QStringLiteral("Epilepsy")).ok());
    QVERIFY(bob.addCondition(m_patient, QStringLiteral("I10"), QStringLiteral("Hypertension")).ok());
}

Snapshot tst_DatabaseRekey::snapshot()
{
    Snapshot out;
    auto alice = open(m_paths, QStringLiteral("alice"), kAdminPass);
    if (!alice)
        return out;
    auto stats = NodeStats::collect(*alice);
    auto report = ledger::LedgerVerifier::verifyAll(alice->impl().db, alice->impl().clinicRootKey);
    if (stats) {
        out.stateHash = stats->stateHash;
        out.entries = stats->entries;
        out.blocks = stats->blocks;
    }
    out.verified = report && report->ok() && report->entries == out.entries;
    out.databaseKey = keyBytes(alice->impl().secrets.databaseKey);
    return out;
}

void tst_DatabaseRekey::everyUserSignsIn(const QStringList& users)
{
    const QHash<QString, QString> passes{{QStringLiteral("alice"), kAdminPass},
                                         {QStringLiteral("bob"), kBobPass},
                                         {QStringLiteral("rita"), kRitaPass}};
    for (const QString& user : users) {
        auto s = Session::unlock(m_paths, user, passphraseFromString(passes.value(user)));
        QVERIFY2(s.ok(), qPrintable(user + QLatin1String(": ") + errorOf(s)));
    }
    auto node = Session::unlockNode(m_paths, passphraseFromString(kAdminPass));
    QVERIFY2(node.ok(), qPrintable(errorOf(node)));
}

void tst_DatabaseRekey::rekeyKeepsEveryRecord()
{
    const Snapshot before = snapshot();
    QVERIFY(before.verified);
    QVERIFY(!before.stateHash.isEmpty());

    auto alice = open(m_paths, QStringLiteral("alice"), kAdminPass);
    QVERIFY(alice);
    const std::uint32_t generation = crypto::Keyring::load(m_paths.keyring())->generation();
    QList<DatabaseRekey::Stage> stages;
    auto report = DatabaseRekey::run(*alice, [&](DatabaseRekey::Stage stage) { stages << stage; });
    QVERIFY2(report.ok(), qPrintable(errorOf(report)));
    QCOMPARE(report->generation, generation + 1);
    QCOMPARE(report->slots, (QStringList{QStringLiteral("alice"), QStringLiteral("@node"), QStringLiteral("bob"),
                                         QStringLiteral("rita")}));
    QVERIFY(report->tables > 10);
    QCOMPARE(stages, (QList<DatabaseRekey::Stage>{DatabaseRekey::Stage::Preparing, DatabaseRekey::Stage::Copying,
                                                  DatabaseRekey::Stage::Checking, DatabaseRekey::Stage::Switching,
                                                  DatabaseRekey::Stage::Done}));
    // The session goes on, on the new key.
    QVERIFY(keyBytes(alice->impl().secrets.databaseKey) != before.databaseKey);
    QVERIFY(alice->users().ok());
    alice.reset();

    const Snapshot after = snapshot();
    QVERIFY(after.verified);
    QCOMPARE(after.stateHash, before.stateHash);
    QCOMPARE(after.entries, before.entries);
    QCOMPARE(after.blocks, before.blocks);
    QVERIFY(after.databaseKey != before.databaseKey);
    // The old key opens nothing; nothing is left beside the database.
    const crypto::SecureBuffer oldKey = crypto::SecureBuffer::fromView(asView(before.databaseKey));
    auto old = ledger::Database::open(m_paths.database(), oldKey, ledger::Database::Mode::OpenExisting);
    QVERIFY(!old.ok());
    QVERIFY(!QFile::exists(m_paths.rekeyedDatabase()));
    QVERIFY(!crypto::Keyring::load(m_paths.keyring())->hasPendingRekey());
    everyUserSignsIn({QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("rita")});
    // And writes go on: a new record signs and verifies.
    ClinicalRecords bob(open(m_paths, QStringLiteral("bob"), kBobPass));
    QVERIFY(bob.addCondition(m_patient, QStringLiteral("J45"), QStringLiteral("Asthma")).ok());
    QVERIFY(snapshot().verified);
}

void tst_DatabaseRekey::refusedWhileInUseOrNotAdministrator()
{
    const QByteArray keyring = readFile(m_paths.keyring());
    auto bob = open(m_paths, QStringLiteral("bob"), kBobPass);
    QVERIFY(bob);
    auto notAdmin = DatabaseRekey::run(*bob);
    QVERIFY(!notAdmin.ok());
    QVERIFY2(notAdmin.error().contains(QLatin1String("only an administrator")), qPrintable(notAdmin.error()));

    auto alice = open(m_paths, QStringLiteral("alice"), kAdminPass);
    QVERIFY(alice);
    auto busy = DatabaseRekey::run(*alice);
    QVERIFY(!busy.ok());
    QVERIFY2(busy.error().contains(QLatin1String("other programs have this node open")), qPrintable(busy.error()));
    QVERIFY(!DatabaseRekey::check(*alice).ok());
    // Nothing changed, and both sessions go on.
    QCOMPARE(readFile(m_paths.keyring()), keyring);
    QVERIFY(alice->users().ok());
    QVERIFY(bob->users().ok());
    bob.reset();
    QVERIFY(DatabaseRekey::check(*alice).ok());

    // While a re-key holds the node, no session starts.
    QVERIFY(alice->impl().lock.upgradeToExclusive().ok());
    auto refused = Session::unlock(m_paths, QStringLiteral("rita"), passphraseFromString(kRitaPass));
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("being re-keyed")), qPrintable(refused.error()));
    QVERIFY(alice->impl().lock.downgradeToShared().ok());
    QVERIFY(open(m_paths, QStringLiteral("rita"), kRitaPass));
}

void tst_DatabaseRekey::versionOneSlotsUpgradeAtUnlock()
{
    // The node's keyring as an older MediLock wrote it: every slot in the version 1 layout.
    const crypto::ScryptParams fast{10, 8, 1};
    auto keyring = crypto::Keyring::load(m_paths.keyring());
    QVERIFY(keyring.ok());
    const QStringList names = keyring->slotNames();
    std::vector<crypto::SlotSecrets> secrets;
    std::vector<test::LegacySlot> slots;
    const QHash<QString, QString> passes{{QStringLiteral("alice"), kAdminPass}, {QStringLiteral("@node"), kAdminPass},
                                         {QStringLiteral("bob"), kBobPass}, {QStringLiteral("rita"), kRitaPass}};
    secrets.reserve(names.size());
    for (const QString& name : names) {
        auto s = keyring->unlock(name, passphraseFromString(passes.value(name)).view());
        QVERIFY2(s.ok(), qPrintable(errorOf(s)));
        secrets.push_back(std::move(s).value());
        slots.push_back({name, passes.value(name).toUtf8(), &secrets.back(), fast});
    }
    QVERIFY(writeFile(m_paths.keyring(), test::legacyKeyringFile(slots)));
    QCOMPARE(crypto::Keyring::load(m_paths.keyring())->legacySlotNames(), names);
    const Snapshot before = snapshot(); // alice's unlock upgraded alice's slot
    QVERIFY(before.verified);
    QCOMPARE(crypto::Keyring::load(m_paths.keyring())->legacySlotNames(),
             (QStringList{QStringLiteral("@node"), QStringLiteral("bob"), QStringLiteral("rita")}));
    QCOMPARE(readFile(m_paths.keyring())[8], char(2));

    // A re-key is refused, naming the slots it cannot reach; nothing changes.
    auto alice = open(m_paths, QStringLiteral("alice"), kAdminPass);
    QVERIFY(alice);
    const QByteArray file = readFile(m_paths.keyring());
    auto refused = DatabaseRekey::run(*alice);
    QVERIFY(!refused.ok());
    QVERIFY2(refused.error().contains(QLatin1String("version 1 layout: @node, bob, rita")), qPrintable(refused.error()));
    QCOMPARE(readFile(m_paths.keyring()), file);
    QVERIFY(!DatabaseRekey::check(*alice).ok());
    alice.reset();

    // Each upgrades at its owner's unlock; a wrong passphrase upgrades nothing.
    QVERIFY(!Session::unlock(m_paths, QStringLiteral("bob"), passphraseFromString(kRitaPass)).ok());
    QCOMPARE(readFile(m_paths.keyring()), file);
    everyUserSignsIn({QStringLiteral("bob"), QStringLiteral("rita")});
    QVERIFY(crypto::Keyring::load(m_paths.keyring())->legacySlotNames().isEmpty());

    alice = open(m_paths, QStringLiteral("alice"), kAdminPass);
    auto report = DatabaseRekey::run(*alice);
    QVERIFY2(report.ok(), qPrintable(errorOf(report)));
    alice.reset();
    const Snapshot after = snapshot();
    QVERIFY(after.verified);
    QCOMPARE(after.stateHash, before.stateHash);
    QVERIFY(after.databaseKey != before.databaseKey);
    everyUserSignsIn({QStringLiteral("alice"), QStringLiteral("bob"), QStringLiteral("rita")});
}

void tst_DatabaseRekey::revocationRekeysAndLocksOutTheRevokedUser()
{
    // bob keeps a copy of the keyring (and knows his passphrase).
    const QByteArray keptKeyring = readFile(m_paths.keyring());
    const Snapshot before = snapshot();
    auto alice = open(m_paths, QStringLiteral("alice"), kAdminPass);
    auto revoked = UserKeys::revoke(*alice, QStringLiteral("bob"), QStringLiteral("left the clinic"));
    QVERIFY2(revoked.ok(), qPrintable(errorOf(revoked)));
    QVERIFY(revoked->slotRemoved);
    QCOMPARE(revoked->generation, crypto::Keyring::load(m_paths.keyring())->generation());
    alice.reset();

    auto bob = Session::unlock(m_paths, QStringLiteral("bob"), passphraseFromString(kBobPass));
    QVERIFY(!bob.ok());
    QVERIFY2(bob.error().contains(QLatin1String("no user 'bob'")), qPrintable(bob.error()));
    // bob's kept slot still yields the old database key; it opens nothing now.
    auto kept = crypto::Keyring::parse(keptKeyring);
    QVERIFY(kept.ok());
    auto bobsSecrets = kept->unlock(QStringLiteral("bob"), passphraseFromString(kBobPass).view());
    QVERIFY(bobsSecrets.ok());
    QCOMPARE(keyBytes(bobsSecrets->databaseKey), before.databaseKey);
    auto opened = ledger::Database::open(m_paths.database(), bobsSecrets->databaseKey,
                                         ledger::Database::Mode::OpenExisting);
    QVERIFY(!opened.ok());

    const Snapshot after = snapshot();
    QVERIFY(after.verified);
    QCOMPARE(after.entries, before.entries + 1); // the revocation
    QVERIFY(after.databaseKey != before.databaseKey);
    everyUserSignsIn({QStringLiteral("alice"), QStringLiteral("rita")});
}

// The crash states of docs/security.md ("Re-key"), made by hand.
void tst_DatabaseRekey::interruptedBeforeTheSwitchRollsBack()
{
    const Snapshot before = snapshot();
    auto keyring = crypto::Keyring::load(m_paths.keyring());
    QVERIFY(keyring.ok());
    const std::uint32_t generation = keyring->generation();
    QVERIFY(keyring->beginRekey(crypto::randomSecret(32)).ok());
    QVERIFY(keyring->save(m_paths.keyring()).ok());
    QVERIFY(writeFile(m_paths.rekeyedDatabase(), QByteArray(8192, 'p'))); // a partial copy

    auto rita = open(m_paths, QStringLiteral("rita"), kRitaPass);
    QVERIFY(rita);
    rita.reset();
    auto settled = crypto::Keyring::load(m_paths.keyring());
    QVERIFY(!settled->hasPendingRekey());
    QCOMPARE(settled->generation(), generation);
    QVERIFY(!QFile::exists(m_paths.rekeyedDatabase()));
    const Snapshot after = snapshot();
    QVERIFY(after.verified);
    QCOMPARE(after.stateHash, before.stateHash);
    QCOMPARE(after.databaseKey, before.databaseKey);
}

void tst_DatabaseRekey::interruptedAfterTheSwitchCompletes()
{
    const Snapshot before = snapshot();
    auto keyring = crypto::Keyring::load(m_paths.keyring());
    const std::uint32_t generation = keyring->generation();
    const crypto::SecureBuffer next = crypto::randomSecret(32);
    QVERIFY(keyring->beginRekey(next).ok());
    QVERIFY(keyring->save(m_paths.keyring()).ok());
    {
        const crypto::SecureBuffer current = crypto::SecureBuffer::fromView(asView(before.databaseKey));
        auto db = ledger::Database::open(m_paths.database(), current, ledger::Database::Mode::OpenExisting);
        QVERIFY(db.ok());
        QCOMPARE(*db->queryText("PRAGMA journal_mode = DELETE;"), QStringLiteral("delete"));
        QVERIFY2(db->exportTo(m_paths.rekeyedDatabase(), next).ok(), "export");
    }
    QVERIFY(QFile::remove(m_paths.database()));
    QVERIFY(QFile::rename(m_paths.rekeyedDatabase(), m_paths.database()));

    auto rita = open(m_paths, QStringLiteral("rita"), kRitaPass);
    QVERIFY(rita);
    QCOMPARE(keyBytes(rita->impl().secrets.databaseKey), keyBytes(next));
    rita.reset();
    auto settled = crypto::Keyring::load(m_paths.keyring());
    QVERIFY(!settled->hasPendingRekey());
    QCOMPARE(settled->generation(), generation + 1);
    const Snapshot after = snapshot();
    QVERIFY(after.verified);
    QCOMPARE(after.stateHash, before.stateHash);
    QCOMPARE(after.databaseKey, keyBytes(next));
    everyUserSignsIn({QStringLiteral("alice"), QStringLiteral("rita")});
}

void tst_DatabaseRekey::damagedKeyringRefused()
{
    const QByteArray good = readFile(m_paths.keyring());
    QCOMPARE(good[8], char(2));
    for (const QByteArray& bad : {good.left(good.size() - 1), good + QByteArray("x"), good.left(20)}) {
        QVERIFY(writeFile(m_paths.keyring(), bad));
        auto s = Session::unlock(m_paths, QStringLiteral("alice"), passphraseFromString(kAdminPass));
        QVERIFY(!s.ok());
        QVERIFY2(s.error().contains(QLatin1String("keyring file is damaged")), qPrintable(s.error()));
        QVERIFY2(s.error().contains(QLatin1String("byte")), qPrintable(s.error()));
        QCOMPARE(readFile(m_paths.keyring()), bad); // nothing written
    }
    QVERIFY(writeFile(m_paths.keyring(), good));
    QVERIFY(open(m_paths, QStringLiteral("alice"), kAdminPass));
}

QTEST_GUILESS_MAIN(tst_DatabaseRekey)
#include "tst_DatabaseRekey.moc"
