#include "PhysicianNode.h"

#include "app/ClinicalRecords.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace medilock;

namespace {
const QString kCli = QStringLiteral(MEDILOCK_CLI);
const QString kReason = QStringLiteral("unconscious after a fall, no relative reachable");

struct Run
{
    int exitCode = -1;
    QByteArray out, err;
};

Run cli(const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("MEDILOCK_LANGUAGE"));
    env.insert(QStringLiteral("MEDILOCK_PASSPHRASE"), QStringLiteral("fixture-admin-passphrase"));
    process.setProcessEnvironment(env);
    process.setStandardInputFile(QProcess::nullDevice());
    process.start(kCli, arguments);
    Run r;
    if (!process.waitForFinished(60000) || process.exitStatus() != QProcess::NormalExit)
        return r;
    r.exitCode = process.exitCode();
    r.out = process.readAllStandardOutput();
    r.err = process.readAllStandardError();
    return r;
}
} // namespace

// `medilock-cli access-report` on a real node: every access newest first, break-glass with
// its reason, and the report's own writing recorded (README, "JSON output").
class tst_AccessReportCli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void jsonListsBreakGlassWithReason();
    void textNamesTheReason();
    void badPatientChangesNothing_data();
    void badPatientChangesNothing();

private:
    QStringList args(const QStringList& words) const { return QStringList{QStringLiteral("--data"), m_data} + words; }
    int accessCount();

    QTemporaryDir m_dir;
    QString m_data;
    QString m_patient;
};

void tst_AccessReportCli::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_data = m_dir.filePath(QStringLiteral("node"));
    auto session = testing::physicianNode(m_data, QStringLiteral("Report Clinic"));
    QVERIFY2(session.ok(), qPrintable(session.ok() ? QString() : session.error()));
    app::ClinicalRecords records(std::shared_ptr<app::Session>(std::move(session).value()));
    app::ClinicalRecords::NewPatient p;
    p.family = QStringLiteral("Okafor");
    p.given = QStringLiteral("Ngozi");
    p.birthDate = QDate(1971, 5, 3);
    p.sex = QStringLiteral("female");
    auto registered = records.registerPatient(p);
    QVERIFY2(registered.ok(), qPrintable(registered.ok() ? QString() : registered.error()));
    m_patient = registered->idText;
    QVERIFY(records.recordConsent(registered->id, true, QStringLiteral("my GP only")).ok());
    auto broken = records.breakGlass(registered->id, kReason, 30);
    QVERIFY2(broken.ok(), qPrintable(broken.ok() ? QString() : broken.error()));
    QVERIFY(records.openChart(registered->id).ok());
}

void tst_AccessReportCli::jsonListsBreakGlassWithReason()
{
    const Run r = cli(args({QStringLiteral("access-report"), QStringLiteral("--patient"), m_patient, QStringLiteral("--json")}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    const QJsonObject report = QJsonDocument::fromJson(r.out).object();
    QCOMPARE(report.value(QStringLiteral("patient")).toObject().value(QStringLiteral("id")).toString(), m_patient);
    QCOMPARE(report.value(QStringLiteral("written_by")).toString(), QStringLiteral("admin"));
    QCOMPARE(report.value(QStringLiteral("clinic")).toString(), QStringLiteral("Report Clinic"));
    const QJsonArray access = report.value(QStringLiteral("access")).toArray();
    QCOMPARE(access.size(), 3); // the chart opening, the break-glass, and this report
    // Newest first: the report itself, written before it was read.
    const QJsonObject own = access.at(0).toObject();
    QCOMPARE(own.value(QStringLiteral("purpose")).toString(), QStringLiteral("report"));
    QCOMPARE(own.value(QStringLiteral("user")).toString(), QStringLiteral("admin"));
    QCOMPARE(own.value(QStringLiteral("role")).toString(), QStringLiteral("admin"));
    QVERIFY(own.value(QStringLiteral("reason")).isNull());
    QCOMPARE(access.at(1).toObject().value(QStringLiteral("purpose")).toString(), QStringLiteral("chart"));
    const QJsonObject glass = access.at(2).toObject();
    QCOMPARE(glass.value(QStringLiteral("break_glass")).toBool(), true);
    QCOMPARE(glass.value(QStringLiteral("purpose")).toString(), QStringLiteral("break-glass"));
    QCOMPARE(glass.value(QStringLiteral("reason")).toString(), kReason);
    QCOMPARE(glass.value(QStringLiteral("user")).toString(), QStringLiteral("doctor"));
    QCOMPARE(glass.value(QStringLiteral("role")).toString(), QStringLiteral("physician"));
    QCOMPARE(glass.value(QStringLiteral("clinic")).toString(), QStringLiteral("Report Clinic"));
    QVERIFY(QDateTime::fromString(glass.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs).isValid());
    QCOMPARE(glass.value(QStringLiteral("key")).toString().size(), 64);
}

void tst_AccessReportCli::textNamesTheReason()
{
    const int before = accessCount();
    const Run r = cli(args({QStringLiteral("access-report"), QStringLiteral("--patient"), m_patient}));
    QVERIFY2(r.exitCode == 0, r.err.constData());
    QVERIFY2(r.out.contains("BREAK-GLASS: " + kReason.toUtf8()), r.out.constData());
    QVERIFY2(r.out.contains("Okafor"), r.out.constData());
    QCOMPARE(accessCount(), before + 2); // this report, and the count's own report
}

void tst_AccessReportCli::badPatientChangesNothing_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::newRow("no --patient") << QStringList{QStringLiteral("access-report")};
    QTest::newRow("not hex") << QStringList{QStringLiteral("access-report"), QStringLiteral("--patient"), QStringLiteral("xyz")};
    QTest::newRow("unknown") << QStringList{QStringLiteral("access-report"), QStringLiteral("--patient"),
                                            QStringLiteral("0123456789abcdef0123456789abcdef")};
}

void tst_AccessReportCli::badPatientChangesNothing()
{
    QFETCH(QStringList, words);
    const int before = accessCount();
    const Run r = cli(args(words));
    QCOMPARE(r.exitCode, 1);
    QVERIFY(!r.err.trimmed().isEmpty());
    QVERIFY(r.out.isEmpty());
    QCOMPARE(accessCount(), before + 1); // only the count's own report
}

int tst_AccessReportCli::accessCount()
{
    const Run r = cli(args({QStringLiteral("access-report"), QStringLiteral("--patient"), m_patient, QStringLiteral("--json")}));
    if (r.exitCode != 0)
        return -1;
    return static_cast<int>(QJsonDocument::fromJson(r.out).object().value(QStringLiteral("access")).toArray().size());
}

QTEST_GUILESS_MAIN(tst_AccessReportCli)
#include "tst_AccessReportCli.moc"
