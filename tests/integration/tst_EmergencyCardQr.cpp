// The emergency card end to end on a real node: issue a card for imported IPS and Synthea
// patients, draw its QR code (PNG) and its PDF page, read the code back with zbarimg (the
// PDF through pdftoppm), and check it offline: known node, another node, one changed
// character.

#include "PhysicianNode.h"

#include "app/ChartAccess.h"
#include "app/EmergencyCardIssuer.h"
#include "app/EmergencyCardRender.h"
#include "app/FhirImporter.h"

#include <QGuiApplication>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QtTest>

#include <sys/stat.h>

using namespace medilock;

namespace {
// zbarimg's reading of every QR code in an image: the raw bytes, or an error.
Result<QByteArray> decodeQr(const QString& imagePath)
{
    QProcess zbar;
    zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), QStringLiteral("-Sbinary"), imagePath});
    if (!zbar.waitForFinished(60000) || zbar.exitCode() != 0)
        return fail(QStringLiteral("zbarimg found no code in %1: %2").arg(imagePath, QString::fromLocal8Bit(zbar.readAllStandardError())));
    return zbar.readAllStandardOutput();
}

Result<ledger::Id128> patientNamed(app::Session& session, const QString& name)
{
    auto found = app::ChartAccess::search(session, name);
    if (!found || found->size() != 1)
        return fail(QStringLiteral("expected one patient named %1").arg(name));
    return found->front().id;
}
} // namespace

class tst_EmergencyCardQr : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    std::unique_ptr<app::Session> m_session;

    app::SignedEmergencyCard issue(const QString& patientName)
    {
        auto id = patientNamed(*m_session, patientName);
        if (!id)
            qFatal("%s", qPrintable(id.error()));
        auto card = app::EmergencyCardIssuer::issue(*m_session, *id);
        if (!card)
            qFatal("%s", qPrintable(card.error()));
        return std::move(card).value();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty())
            QSKIP("zbarimg is not installed (Debian package zbar-tools; scripts/deps.sh installs it)");
        ::umask(077);
        QVERIFY(m_dir.isValid());
        auto session = testing::physicianNode(m_dir.filePath(QStringLiteral("node")), QStringLiteral("Clinique du Lac"));
        QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error()));
        m_session = std::move(session).value();
        for (const char* file : {"/fhir/fhir-examples/Bundle-IPS-examples-Bundle-01.json",
                                 "/fhir/synthea/Jeremiah751_Dach178_9785afad-19cc-02f6-de65-b2de2618c9ac.json"}) {
            auto report = app::FhirImporter::importFile(*m_session, QStringLiteral(MEDILOCK_TEST_DATA) + QLatin1String(file));
            QVERIFY2(report.ok(), qPrintable(report.ok() ? QString() : report.error()));
        }
    }

    // The IPS patient: her allergy with its criticality, her active problem, her medicines.
    void ipsCardRoundTripThroughPng()
    {
        const auto card = issue(QStringLiteral("DeLarosa"));
        const auto& c = card.content;
        QCOMPARE(c.name, QStringLiteral("Martha DeLarosa"));
        QCOMPARE(c.birthDate, QStringLiteral("1972-05-01"));
        QCOMPARE(c.bloodGroup, QStringLiteral("A+"));
        QCOMPARE(c.allergyStatus, app::EmergencyCardContent::Allergies::Recorded);
        QVERIFY2(c.allergies.join(QLatin1Char('|')).contains(QLatin1String("penicillin structure (substance) [high]")),
                 qPrintable(c.allergies.join(QLatin1Char('|'))));
        QCOMPARE(c.problems, QStringList{QStringLiteral("Menopausal flushing (finding)")}); // the remission one is not active
        QCOMPARE(c.medications.size(), qsizetype(2));

        const QString png = m_dir.filePath(QStringLiteral("ips.png"));
        QVERIFY(app::EmergencyCardRender::writeQrPng(card.text, png).ok());
        auto decoded = decodeQr(png);
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error()));
        auto check = app::EmergencyCardIssuer::check(*m_session, *decoded);
        QVERIFY2(check.ok(), qPrintable(check.ok() ? QString() : check.error()));
        QVERIFY(check->knownNode);
        QCOMPARE(check->clinicName, QStringLiteral("Clinique du Lac"));
        QVERIFY(!check->nodeName.isEmpty());
        QCOMPARE(check->nodeFingerprint, m_session->identity().nodeFingerprint);
        QCOMPARE(check->card.content, card.content);
    }

    // The printed page: rasterised by poppler, the code on it still reads and verifies.
    void pdfPageCarriesTheSameCode()
    {
        if (QStandardPaths::findExecutable(QStringLiteral("pdftoppm")).isEmpty())
            QSKIP("pdftoppm is not installed (Debian package poppler-utils; scripts/deps.sh installs it)");
        const auto card = issue(QStringLiteral("DeLarosa"));
        const QString pdf = m_dir.filePath(QStringLiteral("card.pdf"));
        auto written = app::EmergencyCardRender::writePdf(card, QStringLiteral("Clinique du Lac node"), pdf);
        QVERIFY2(written.ok(), qPrintable(written.ok() ? QString() : written.error()));
        QProcess raster;
        raster.start(QStringLiteral("pdftoppm"), {QStringLiteral("-r"), QStringLiteral("150"), QStringLiteral("-png"),
                                                  QStringLiteral("-singlefile"), pdf, m_dir.filePath(QStringLiteral("page"))});
        QVERIFY(raster.waitForFinished(60000));
        QCOMPARE(raster.exitCode(), 0);
        auto decoded = decodeQr(m_dir.filePath(QStringLiteral("page.png")));
        QVERIFY2(decoded.ok(), qPrintable(decoded.ok() ? QString() : decoded.error()));
        QCOMPARE(decoded->trimmed(), card.text);
        QVERIFY(app::EmergencyCardIssuer::check(*m_session, *decoded).ok());
    }

    // Synthea records no allergies: the card must say "never recorded", not "none".
    void syntheaCardSaysAllergiesNeverRecorded()
    {
        const auto card = issue(QStringLiteral("Dach178"));
        QCOMPARE(card.content.allergyStatus, app::EmergencyCardContent::Allergies::NeverRecorded);
        QVERIFY(card.text.contains("\nAllergies: NEVER RECORDED\n"));
        QVERIFY(card.text.size() <= app::EmergencyCard::kMaxTextBytes);
        const QString png = m_dir.filePath(QStringLiteral("synthea.png"));
        QVERIFY(app::EmergencyCardRender::writeQrPng(card.text, png).ok());
        auto decoded = decodeQr(png);
        QVERIFY(decoded.ok());
        QVERIFY(app::EmergencyCardIssuer::check(*m_session, *decoded).ok());
    }

    void oneChangedCharacterFails_data()
    {
        QTest::addColumn<QByteArray>("from");
        QTest::addColumn<QByteArray>("to");
        QTest::newRow("name") << QByteArray("Martha") << QByteArray("Marthe");
        QTest::newRow("blood group") << QByteArray("Blood group: A+") << QByteArray("Blood group: B+");
        QTest::newRow("criticality") << QByteArray("[high]") << QByteArray("[low]");
        QTest::newRow("issued year") << QByteArray("Issued: 2") << QByteArray("Issued: 1");
    }

    void oneChangedCharacterFails()
    {
        QFETCH(QByteArray, from);
        QFETCH(QByteArray, to);
        const auto card = issue(QStringLiteral("DeLarosa"));
        QByteArray altered = card.text;
        QVERIFY(altered.contains(from));
        altered.replace(from, to);
        // Drawn and read back like a real forged card, then refused.
        const QString png = m_dir.filePath(QStringLiteral("altered.png"));
        QVERIFY(app::EmergencyCardRender::writeQrPng(altered, png).ok());
        auto decoded = decodeQr(png);
        QVERIFY(decoded.ok());
        auto check = app::EmergencyCardIssuer::check(*m_session, *decoded);
        QVERIFY(!check.ok());
        QVERIFY2(check.error().contains(QLatin1String("signature")), qPrintable(check.error()));
    }

    // A validly signed card from a node this ledger has never certified: not trusted.
    void cardOfUnknownNodeIsNotTrusted()
    {
        auto card = app::EmergencyCard::verify(issue(QStringLiteral("DeLarosa")).text);
        QVERIFY(card.ok());
        const auto stranger = crypto::Ed25519PrivateKey::generate();
        auto text = app::EmergencyCard::sign(card->content, stranger);
        QVERIFY(text.ok());
        auto check = app::EmergencyCardIssuer::check(*m_session, *text);
        QVERIFY(check.ok());
        QVERIFY(!check->knownNode);
        QCOMPARE(check->nodeFingerprint, stranger.publicKey().fingerprint());
    }

    // Issuing a card reads the chart: it is in the access log.
    void issuingIsRecorded()
    {
        auto id = patientNamed(*m_session, QStringLiteral("DeLarosa"));
        QVERIFY(id.ok());
        auto chart = app::ChartAccess::openChart(*m_session, *id);
        QVERIFY(chart.ok());
        const auto cards = std::count_if(chart->access.begin(), chart->access.end(),
                                         [](const ledger::AccessRow& a) { return a.reason == QLatin1String("card"); });
        QVERIFY(cards >= 1);
    }
};

int main(int argc, char** argv)
{
    // The PDF needs fonts, hence a QGuiApplication; never a window.
    qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
    tst_EmergencyCardQr test;
    return QTest::qExec(&test, argc, argv);
}
#include "tst_EmergencyCardQr.moc"
