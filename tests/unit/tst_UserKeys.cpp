// Key rotation and revocation on a real node (SQLCipher database, keyring file): entries a
// key signed before its rotation or revocation stay valid and verify; the revoked key can
// sign nothing new; the keyring slot follows.

#include "SessionFixture.h"

#include "app/ClinicalRecords.h"
#include "app/NodeSetup.h"
#include "app/Passphrase.h"
#include "app/Session.h"
#include "app/SessionImpl.h"
#include "app/UserKeys.h"
#include "crypto/Keyring.h"
#include "ledger/LedgerVerifier.h"

#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace medilock;
using namespace medilock::app;

namespace {
const QString kAdminPass = QStringLiteral("alice's long passphrase");
const QString kBobPass = QStringLiteral("bob's long passphrase");
const QString kBobNewPass = QStringLiteral("bob's rotated passphrase");
const QString kRitaPass = QStringLiteral("rita's long passphrase");
const QString kCarolPass = QStringLiteral("carol's long passphrase");

using test::errorOf;

std::shared_ptr<Session> open(const NodePaths& paths, const QString& name, const QString& pass)
{
    return test::openSession(paths, name, pass);
}

int conditionsIn(const ChartView& chart, const QString& display, bool mustVerify)
{
    int n = 0;
    for (const RecordView& r : chart.records)
        if (r.type == RecordType::Condition && r.display == display && (!mustVerify || r.verified))
            ++n;
    return n;
}
} // namespace

class tst_UserKeys : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void rotationKeepsOlderEntries();
    void revokedKeySignsNothingNew();
    void refusals();

private:
    bool verifies();

    QTemporaryDir m_dir;
    NodePaths m_paths;
    QByteArray m_patient;
};

void tst_UserKeys::initTestCase()
{
    ::umask(077);
    QVERIFY(m_dir.isValid());
    m_paths = NodePaths{m_dir.filePath(QStringLiteral("node"))};
    auto created = NodeSetup::initialize(m_paths, QStringLiteral("Clinic"), QStringLiteral("alice"), passphraseFromString(kAdminPass));
    QVERIFY2(created.ok(), qPrintable(errorOf(created)));
    auto alice = open(m_paths, QStringLiteral("alice"), kAdminPass);
    QVERIFY(alice);
    QVERIFY(alice->addUser(QStringLiteral("bob"), Role::Physician, passphraseFromString(kBobPass)).ok());
    QVERIFY(alice->addUser(QStringLiteral("rita"), Role::Reception, passphraseFromString(kRitaPass)).ok());
    QVERIFY(alice->addUser(QStringLiteral("carol"), Role::Physician, passphraseFromString(kCarolPass)).ok());
    ClinicalRecords reception(open(m_paths, QStringLiteral("rita"), kRitaPass));
    ClinicalRecords::NewPatient p;
    p.family = QStringLiteral("Garcia");
    p.given = QStringLiteral("Ana");
    p.birthDate = QDate(1980, 5, 17);
    p.sex = QStringLiteral("female");
    auto patient = reception.registerPatient(p);
    QVERIFY2(patient.ok(), qPrintable(errorOf(patient)));
    m_patient = patient->id;
}

bool tst_UserKeys::verifies()
{
    auto alice = open(m_paths, QStringLiteral("alice"), kAdminPass);
    auto report = ledger::LedgerVerifier::verifyAll(alice->impl().db, alice->impl().clinicRootKey);
    if (!report || !report->ok())
        qWarning("%s", qPrintable(report ? report->firstProblem : report.error()));
    return report && report->ok();
}

void tst_UserKeys::rotationKeepsOlderEntries()
{
    auto bob = open(m_paths, QStringLiteral("bob"), kBobPass);
    QVERIFY(bob);
    const QString oldKey = bob->user().keyFingerprint;
    QVERIFY2(ClinicalRecords(bob).addCondition(m_patient, QStringLiteral("G40.9"), QStringLiteral("Epilepsy")).ok(), "before");
    bob.reset();

    auto alice = open(m_paths, QStringLiteral("alice"), kAdminPass);
    auto rotated = UserKeys::rotate(*alice, QStringLiteral("bob"), passphraseFromString(kBobNewPass));
    QVERIFY2(rotated.ok(), qPrintable(errorOf(rotated)));
    QVERIFY(rotated->keyFingerprint != oldKey);
    QCOMPARE(rotated->role, Role::Physician);

    // The slot now holds the new key under the new passphrase only.
    QVERIFY(!Session::unlock(m_paths, QStringLiteral("bob"), passphraseFromString(kBobPass)).ok());
    auto bob2 = open(m_paths, QStringLiteral("bob"), kBobNewPass);
    QVERIFY(bob2);
    QCOMPARE(bob2->user().keyFingerprint, rotated->keyFingerprint);
    QCOMPARE(bob2->user().role, Role::Physician);
    auto added = ClinicalRecords(bob2).addCondition(m_patient, QStringLiteral("I10"), QStringLiteral("Hypertension"));
    QVERIFY2(added.ok(), qPrintable(errorOf(added)));

    // One active bob, with the new key.
    auto users = alice->users();
    QVERIFY(users.ok());
    int bobs = 0;
    for (const UserInfo& u : *users)
        if (u.name == QLatin1String("bob")) {
            ++bobs;
            QCOMPARE(u.keyFingerprint, rotated->keyFingerprint);
        }
    QCOMPARE(bobs, 1);

    auto chart = ClinicalRecords(open(m_paths, QStringLiteral("carol"), kCarolPass)).openChart(m_patient);
    QVERIFY2(chart.ok(), qPrintable(errorOf(chart)));
    QCOMPARE(conditionsIn(*chart, QStringLiteral("Epilepsy"), true), 1); // signed by the old key: still valid
    QCOMPARE(conditionsIn(*chart, QStringLiteral("Hypertension"), true), 1);
    QVERIFY(verifies());
}

void tst_UserKeys::revokedKeySignsNothingNew()
{
    // Bob signed in before the revocation (another workstation, say).
    auto bob = open(m_paths, QStringLiteral("bob"), kBobNewPass);
    QVERIFY(bob);
    QVERIFY(ClinicalRecords(bob).addCondition(m_patient, QStringLiteral("E11"), QStringLiteral("Diabetes")).ok());

    auto alice = open(m_paths, QStringLiteral("alice"), kAdminPass);
    // The re-key that comes with a revocation needs the node to itself: refused, with nothing
    // changed, while another session (any process) has it open.
    auto busy = UserKeys::revoke(*alice, QStringLiteral("bob"), QStringLiteral("left the clinic"));
    QVERIFY(!busy.ok());
    QVERIFY2(busy.error().contains(QLatin1String("other programs have this node open")), qPrintable(busy.error()));
    QVERIFY(crypto::Keyring::load(m_paths.keyring())->hasSlot(QStringLiteral("bob")));
    const crypto::Ed25519PrivateKey bobKey = bob->impl().signingKey.clone();
    bob.reset();

    auto revoked = UserKeys::revoke(*alice, QStringLiteral("bob"), QStringLiteral("left the clinic"));
    QVERIFY2(revoked.ok(), qPrintable(errorOf(revoked)));
    QVERIFY(revoked->slotRemoved);
    QCOMPARE(revoked->generation, 1u);

    auto keyring = crypto::Keyring::load(m_paths.keyring());
    QVERIFY(keyring.ok());
    QVERIFY(!keyring->hasSlot(QStringLiteral("bob")));
    QVERIFY(keyring->hasSlot(QStringLiteral("carol")));
    QVERIFY(!Session::unlock(m_paths, QStringLiteral("bob"), passphraseFromString(kBobNewPass)).ok());
    QVERIFY(open(m_paths, QStringLiteral("carol"), kCarolPass)); // others unaffected

    // Bob's key, in a session that reads the ledger afresh, can seal nothing new.
    auto asBob = open(m_paths, QStringLiteral("carol"), kCarolPass);
    QVERIFY(asBob);
    asBob->impl().signingKey = bobKey.clone();
    auto late = ClinicalRecords(asBob).addCondition(m_patient, QStringLiteral("J45"), QStringLiteral("Asthma"));
    QVERIFY(!late.ok());
    QVERIFY2(late.error().contains(QLatin1String("revoked")), qPrintable(late.error()));

    auto chart = ClinicalRecords(open(m_paths, QStringLiteral("carol"), kCarolPass)).openChart(m_patient);
    QVERIFY(chart.ok());
    QCOMPARE(conditionsIn(*chart, QStringLiteral("Epilepsy"), true), 1);
    QCOMPARE(conditionsIn(*chart, QStringLiteral("Diabetes"), true), 1); // before the revocation
    QCOMPARE(conditionsIn(*chart, QStringLiteral("Asthma"), false), 0);
    QVERIFY(verifies());
}

void tst_UserKeys::refusals()
{
    auto alice = open(m_paths, QStringLiteral("alice"), kAdminPass);
    auto carol = open(m_paths, QStringLiteral("carol"), kCarolPass);
    const auto pass = passphraseFromString(QStringLiteral("some new passphrase"));
    QVERIFY(!UserKeys::revoke(*alice, QStringLiteral("carol"), QStringLiteral("   ")).ok());
    QVERIFY(!UserKeys::revoke(*alice, QStringLiteral("alice"), QStringLiteral("leaving")).ok());
    QVERIFY(!UserKeys::revoke(*alice, QStringLiteral("bob"), QStringLiteral("again")).ok()); // already revoked
    QVERIFY(!UserKeys::revoke(*alice, QStringLiteral("nobody"), QStringLiteral("x")).ok());
    QVERIFY(!UserKeys::revoke(*carol, QStringLiteral("rita"), QStringLiteral("x")).ok());
    QVERIFY(!UserKeys::rotate(*carol, QStringLiteral("rita"), pass).ok());
    QVERIFY(!UserKeys::rotate(*alice, QStringLiteral("bob"), pass).ok());
    QVERIFY(!UserKeys::rotate(*alice, QStringLiteral("rita"), passphraseFromString(QStringLiteral("short"))).ok());
    // Nothing changed: carol and rita still sign in with their passphrases.
    QVERIFY(open(m_paths, QStringLiteral("carol"), kCarolPass));
    QVERIFY(open(m_paths, QStringLiteral("rita"), kRitaPass));
    QVERIFY(verifies());
}

QTEST_GUILESS_MAIN(tst_UserKeys)
#include "tst_UserKeys.moc"
