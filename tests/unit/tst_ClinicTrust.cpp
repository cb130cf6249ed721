#include "app/ClinicTrust.h"

#include "app/NodeSetup.h"
#include "app/Passphrase.h"
#include "app/Session.h"

#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace medilock;

namespace {
const QString kOther = QStringLiteral("ab").repeated(32);
}

// Trusting another clinic and stopping to trust it (a clinic-untrusted entry), and the list
// of the clinics trusted now.
class tst_ClinicTrust : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void trustAndStopTrusting();
    void refusals();
    void onlyTheAdministrator();

private:
    QTemporaryDir m_dir;
    app::NodePaths m_paths;
    std::unique_ptr<app::Session> m_admin;
    std::unique_ptr<app::Session> m_physician;
};

void tst_ClinicTrust::initTestCase()
{
    ::umask(077);
    m_paths = app::NodePaths{m_dir.filePath(QStringLiteral("node"))};
    const auto pass = app::passphraseFromString(QStringLiteral("admin passphrase long enough"));
    QVERIFY(app::NodeSetup::initialize(m_paths, QStringLiteral("Trust Clinic"), QStringLiteral("admin"), pass).ok());
    auto admin = app::Session::unlock(m_paths, QStringLiteral("admin"), pass);
    QVERIFY2(admin.ok(), qPrintable(admin.ok() ? QString() : admin.error()));
    m_admin = std::move(admin).value();
    const auto doctorPass = app::passphraseFromString(QStringLiteral("doctor passphrase long enough"));
    QVERIFY(m_admin->addUser(QStringLiteral("doc"), app::Role::Physician, doctorPass).ok());
    auto doctor = app::Session::unlock(m_paths, QStringLiteral("doc"), doctorPass);
    QVERIFY2(doctor.ok(), qPrintable(doctor.ok() ? QString() : doctor.error()));
    m_physician = std::move(doctor).value();
}

void tst_ClinicTrust::trustAndStopTrusting()
{
    auto none = app::ClinicTrust::trusted(*m_admin);
    QVERIFY(none.ok() && none->isEmpty());
    QVERIFY(app::ClinicTrust::trust(*m_admin, kOther.toUpper(), QStringLiteral("Hill Clinic")).ok());
    auto one = app::ClinicTrust::trusted(*m_admin);
    QVERIFY2(one.ok(), qPrintable(one.ok() ? QString() : one.error()));
    QCOMPARE(one->size(), 1);
    QCOMPARE(one->first().name, QStringLiteral("Hill Clinic"));
    QCOMPARE(one->first().rootFingerprint, kOther);
    QVERIFY(app::ClinicTrust::untrust(*m_admin, kOther).ok());
    auto after = app::ClinicTrust::trusted(*m_admin);
    QVERIFY(after.ok() && after->isEmpty());
    // Trusted again after that: the latest entry counts.
    QVERIFY(app::ClinicTrust::trust(*m_admin, kOther, QStringLiteral("Hill Clinic")).ok());
    QCOMPARE(app::ClinicTrust::trusted(*m_admin)->size(), 1);
    QVERIFY(app::ClinicTrust::untrust(*m_admin, kOther).ok());
}

void tst_ClinicTrust::refusals()
{
    QVERIFY(app::ClinicTrust::trust(*m_admin, QStringLiteral("12ab"), {}).error().contains(QLatin1String("64 hexadecimal")));
    QVERIFY(app::ClinicTrust::trust(*m_admin, m_admin->identity().clinicFingerprint, {}).error().contains(QLatin1String("itself")));
    const QString stranger = QStringLiteral("cd").repeated(32);
    QVERIFY(app::ClinicTrust::untrust(*m_admin, stranger).error().contains(QLatin1String("does not trust")));
    QVERIFY(app::ClinicTrust::trusted(*m_admin)->isEmpty());
}

void tst_ClinicTrust::onlyTheAdministrator()
{
    QVERIFY(!app::ClinicTrust::trust(*m_physician, kOther, {}).ok());
    QVERIFY(app::ClinicTrust::trust(*m_admin, kOther, QStringLiteral("Hill Clinic")).ok());
    QVERIFY(!app::ClinicTrust::untrust(*m_physician, kOther).ok());
    QCOMPARE(app::ClinicTrust::trusted(*m_admin)->size(), 1);
}

QTEST_GUILESS_MAIN(tst_ClinicTrust)
#include "tst_ClinicTrust.moc"
