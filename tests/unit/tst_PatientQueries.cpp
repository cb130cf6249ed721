// Patient search (folded names in any order, sound-alikes, birth dates, phones,
// identifiers), the chart (supersessions, links) and the emergency summary's allergy status.

#include "LedgerFixture.h"

#include "ledger/query/ChartQuery.h"
#include "ledger/query/EmergencySummary.h"
#include "ledger/query/PatientSearch.h"

#include <QTemporaryDir>
#include <QtTest>

using namespace medilock;
using namespace medilock::test;

namespace {
QByteArray patientWith(const QString& family, const QString& given, const QString& birthDate, const QString& phone,
                       const QString& mrn)
{
    return payload::compact(
        {{QStringLiteral("resourceType"), QStringLiteral("Patient")},
         {QStringLiteral("name"), QJsonArray{QJsonObject{{QStringLiteral("family"), family},
                                                         {QStringLiteral("given"), QJsonArray{given}}}}},
         {QStringLiteral("birthDate"), birthDate},
         {QStringLiteral("telecom"), QJsonArray{QJsonObject{{QStringLiteral("system"), QStringLiteral("phone")},
                                                             {QStringLiteral("value"), phone}}}},
         {QStringLiteral("identifier"), QJsonArray{QJsonObject{{QStringLiteral("system"), QStringLiteral("urn:mrn")},
                                                                {QStringLiteral("value"), mrn}}}}});
}

QByteArray noKnownAllergy()
{
    return payload::compact(
        {{QStringLiteral("resourceType"), QStringLiteral("AllergyIntolerance")},
         {QStringLiteral("code"),
          QJsonObject{{QStringLiteral("coding"),
                       QJsonArray{QJsonObject{{QStringLiteral("system"), QStringLiteral("http://snomed.info/sct")},
                                              {QStringLiteral("code"), QStringLiteral("716186003")},
                                              {QStringLiteral("display"), QStringLiteral("No known allergy")}}}}}}});
}

QByteArray resolvedCondition()
{
    return payload::compact(
        {{QStringLiteral("resourceType"), QStringLiteral("Condition")},
         {QStringLiteral("clinicalStatus"),
          QJsonObject{{QStringLiteral("coding"),
                       QJsonArray{QJsonObject{{QStringLiteral("system"),
                                               QStringLiteral("http://terminology.hl7.org/CodeSystem/condition-clinical")},
                                              {QStringLiteral("code"), QStringLiteral("resolved")}}}}}},
         {QStringLiteral("code"), QJsonObject{{QStringLiteral("text"), QStringLiteral("Appendicitis")}}}});
}
} // namespace

class tst_PatientQueries : public QObject
{
    Q_OBJECT

private:
    QTemporaryDir m_dir;
    Clinic m_clinic = Clinic::generate(QStringLiteral("Query Clinic"));
    std::unique_ptr<Node> m_node;
    L::Id128 m_muller = idFromNumber(1), m_nguyen = idFromNumber(2), m_smith = idFromNumber(3);

    std::vector<L::PatientRow> search(const QString& text, qint64 gatherCap = L::PatientSearch::kGatherCap)
    {
        auto rows = L::PatientSearch::search(m_node->db(), text, 50, gatherCap);
        if (!rows)
            qWarning("%s", qPrintable(rows.error()));
        return rows ? std::move(rows).value() : std::vector<L::PatientRow>();
    }

private Q_SLOTS:
    void initTestCase()
    {
        auto node = Node::create(m_dir.filePath(QStringLiteral("node.db")), m_clinic);
        QVERIFY(node.ok());
        m_node = std::move(node).value();
        const std::vector<L::EntryDraft> registrations{
            {L::EntryKind::PatientRegistered, m_muller, {},
             patientWith(QStringLiteral("Müller"), QStringLiteral("José"), QStringLiteral("1961-04-07"),
                         QStringLiteral("+49 (30) 555-0101"), QStringLiteral("MRN-4471")), {}},
            {L::EntryKind::PatientRegistered, m_nguyen, {},
             patientWith(QStringLiteral("Nguyễn"), QStringLiteral("Thị Lan"), QStringLiteral("1990-12-01"),
                         QStringLiteral("030 5550202"), QStringLiteral("MRN-9902")), {}},
            {L::EntryKind::PatientRegistered, m_smith, {},
             patientWith(QStringLiteral("Smith"), QStringLiteral("Anna"), QStringLiteral("1961-04-07"),
                         QStringLiteral("030 5550303"), QStringLiteral("MRN-1203")), {}},
        };
        QVERIFY(m_node->append(registrations, m_clinic.reception).ok());
    }

    void search_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("gatherCap");
        QTest::addColumn<QStringList>("families");
        const QString muller = QStringLiteral("Müller");
        const QString nguyen = QStringLiteral("Nguyễn");
        const QString smith = QStringLiteral("Smith");
        const struct
        {
            const char* label;
            QString text;
            QStringList families;
        } cases[] = {
            {"accents and case folded", QStringLiteral("MULLER jose"), {muller}},
            {"any order", QStringLiteral("José Müller"), {muller}},
            {"prefixes", QStringLiteral("mul jo"), {muller}},
            {"sound-alike", QStringLiteral("Mueller"), {muller}},
            {"vietnamese folded", QStringLiteral("nguyen lan"), {nguyen}},
            {"iso birth date", QStringLiteral("1961-04-07"), {muller, smith}},
            {"german birth date", QStringLiteral("07.04.1961"), {muller, smith}},
            {"date and name", QStringLiteral("07/04/1961 anna"), {smith}},
            {"phone digits", QStringLiteral("5550202"), {nguyen}},
            {"phone with punctuation", QStringLiteral("(30) 555-0101"), {muller}},
            {"identifier", QStringLiteral("mrn-9902"), {nguyen}},
            {"no match", QStringLiteral("Zzyzx"), {}},
            {"one word fails the rest", QStringLiteral("muller zzyzx"), {}},
        };
        // Every word gathered as a set; only words matching one token gathered (the others
        // probed per candidate); every word probed.
        for (const qint64 cap : {L::PatientSearch::kGatherCap, qint64(1), qint64(0)})
            for (const auto& c : cases)
                QTest::addRow("%s, gather cap %lld", c.label, static_cast<long long>(cap)) << c.text << cap << c.families;
    }

    void search()
    {
        QFETCH(QString, text);
        QFETCH(qint64, gatherCap);
        QFETCH(QStringList, families);
        QStringList found;
        for (const auto& row : search(text, gatherCap))
            found << row.family;
        found.sort();
        families.sort();
        QCOMPARE(found, families);
    }

    void emergencyAllergyStatus()
    {
        auto load = [&](const L::Id128& id) {
            auto chart = L::ChartQuery::load(m_node->db(), id);
            return L::EmergencySummary::fromChart(**chart);
        };
        // Never recorded.
        QCOMPARE(load(m_smith).allergyStatus, L::EmergencySummary::AllergyStatus::Unknown);
        // Confirmed "no known allergies", with who confirmed it.
        QVERIFY(m_node->append({L::EntryKind::Allergy, m_smith, {}, noKnownAllergy(), {}}, m_clinic.physician).ok());
        const auto none = load(m_smith);
        QCOMPARE(none.allergyStatus, L::EmergencySummary::AllergyStatus::NoneKnown);
        QVERIFY(none.noKnownAllergyRecord.has_value());
        QCOMPARE(none.noKnownAllergyRecord->signer.name, QStringLiteral("dr-house"));
        // A recorded allergy wins.
        auto added = m_node->append({L::EntryKind::Allergy, m_smith, {}, payload::allergy(QStringLiteral("Penicillin")), {}},
                                    m_clinic.physician);
        QVERIFY(added.ok());
        const auto recorded = load(m_smith);
        QCOMPARE(recorded.allergyStatus, L::EmergencySummary::AllergyStatus::Recorded);
        QCOMPARE(recorded.allergies.size(), std::size_t(1));
        QCOMPARE(recorded.allergies.front().criticality, QStringLiteral("high"));
        // Entered in error: no longer shown, but kept in the chart, struck through with the reason.
        QVERIFY(m_node->append({L::EntryKind::Amendment, m_smith, added->entries.front(),
                                payload::amendment(QStringLiteral("wrong patient")), {}},
                               m_clinic.physician).ok());
        const auto amended = load(m_smith);
        QCOMPARE(amended.allergyStatus, L::EmergencySummary::AllergyStatus::NoneKnown);
        auto chart = L::ChartQuery::load(m_node->db(), m_smith);
        bool struck = false;
        for (const auto& r : (*chart)->records)
            if (r.hash == added->entries.front())
                struck = r.supersededBy.has_value() && r.supersededAction == QLatin1String("entered-in-error")
                    && r.supersededReason == QLatin1String("wrong patient");
        QVERIFY(struck);
    }

    void resolvedProblemsAreNotActive()
    {
        QVERIFY(m_node->append({L::EntryKind::Condition, m_muller, {}, resolvedCondition(), {}}, m_clinic.physician).ok());
        QVERIFY(m_node->append({L::EntryKind::Condition, m_muller, {},
                                payload::condition(QStringLiteral("G40.909"), QStringLiteral("Epilepsy")), {}},
                               m_clinic.physician).ok());
        auto chart = L::ChartQuery::load(m_node->db(), m_muller);
        const auto summary = L::EmergencySummary::fromChart(**chart);
        QCOMPARE(summary.problems.size(), std::size_t(1));
        QCOMPARE(summary.problems.front().code, QStringLiteral("G40.909"));
    }

    void linkedRegistrationsShareOneChart()
    {
        const L::Id128 duplicate = idFromNumber(4);
        QVERIFY(m_node->append({L::EntryKind::PatientRegistered, duplicate, {},
                                patientWith(QStringLiteral("Mueller"), QStringLiteral("Jose"), QStringLiteral("1961-04-07"),
                                            QStringLiteral("555 0101"), QStringLiteral("OLD-1")), {}},
                               m_clinic.reception).ok());
        QVERIFY(m_node->append({L::EntryKind::Medication, duplicate, {}, payload::medication(QStringLiteral("Levetiracetam")), {}},
                               m_clinic.physician).ok());
        auto link = m_node->append({L::EntryKind::PatientsLinked, m_muller, {}, payload::link(duplicate, true), {}},
                                   m_clinic.reception);
        QVERIFY(link.ok());
        auto chart = L::ChartQuery::load(m_node->db(), m_muller);
        QCOMPARE((*chart)->linkedPatients.size(), std::size_t(1));
        QVERIFY(L::EmergencySummary::fromChart(**chart).medications.size() == 1);
        // Undone the same way: a signed unlink.
        QVERIFY(m_node->append({L::EntryKind::PatientsLinked, m_muller, {}, payload::link(duplicate, false), {}},
                               m_clinic.reception).ok());
        chart = L::ChartQuery::load(m_node->db(), m_muller);
        QVERIFY((*chart)->linkedPatients.empty());
        QVERIFY(L::EmergencySummary::fromChart(**chart).medications.empty());
    }
};

QTEST_GUILESS_MAIN(tst_PatientQueries)
#include "tst_PatientQueries.moc"
