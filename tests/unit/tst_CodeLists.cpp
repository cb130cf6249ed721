// The code lists shipped in resources/codes: well-formed, LOINC check digits right, the
// epilepsy codes present, and every LOINC code the application writes listed.

#include <QFile>
#include <QRegularExpression>
#include <QtTest>

namespace {
QList<QStringList> rows(const QString& name)
{
    QFile file(QStringLiteral(MEDILOCK_CODES_DIR "/") + name);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text))
        return {};
    QList<QStringList> out;
    for (const QString& line : QString::fromUtf8(file.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts))
        if (!line.startsWith(QLatin1Char('#')))
            out << line.split(QLatin1Char('\t'));
    return out;
}

// LOINC's mod-10 check digit (the Luhn scheme) over the digits before the hyphen.
int loincCheckDigit(const QString& number)
{
    int sum = 0;
    for (qsizetype i = 0; i < number.size(); ++i) {
        int d = number[number.size() - 1 - i].digitValue();
        if (i % 2 == 0) {
            d *= 2;
            if (d > 9)
                d -= 9;
        }
        sum += d;
    }
    return (10 - sum % 10) % 10;
}
} // namespace

class tst_CodeLists : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void loincCheckDigitOfKnownCodes()
    {
        QCOMPARE(loincCheckDigit(QStringLiteral("8480")), 6);
        QCOMPARE(loincCheckDigit(QStringLiteral("882")), 1);
        QCOMPARE(loincCheckDigit(QStringLiteral("12345")), 5); // LOINC's own worked example
    }

    void loincVitals()
    {
        const auto list = rows(QStringLiteral("loinc-vitals.tsv"));
        QVERIFY(list.size() >= 10);
        QSet<QString> codes;
        static const QRegularExpression format(QStringLiteral("^([0-9]{1,7})-([0-9])$"));
        for (const QStringList& row : list) {
            QCOMPARE(row.size(), qsizetype(4));
            const auto m = format.match(row[0]);
            QVERIFY2(m.hasMatch(), qPrintable(row[0]));
            QCOMPARE(m.captured(2).toInt(), loincCheckDigit(m.captured(1)));
            QVERIFY(!row[1].isEmpty());
            QVERIFY(row[3] == QLatin1String("vital") || row[3] == QLatin1String("panel"));
            QCOMPARE(row[2].isEmpty(), row[3] == QLatin1String("panel"));
            QVERIFY2(!codes.contains(row[0]), qPrintable(row[0]));
            codes.insert(row[0]);
        }
        // What the vitals editor signs (app/ClinicalRecords.cpp), and the panels.
        for (const char* code : {"8480-6", "8462-4", "8867-4", "8310-5", "9279-1", "59408-5", "29463-7", "8302-2",
                                 "85353-1", "85354-9"})
            QVERIFY2(codes.contains(QLatin1String(code)), code);
    }

    void icd10Subset()
    {
        const auto list = rows(QStringLiteral("icd10-subset.tsv"));
        QVERIFY(list.size() >= 50);
        static const QRegularExpression format(QStringLiteral("^[A-TV-Z][0-9][0-9A-B](\\.[0-9A-Z]{1,4})?$"));
        QSet<QString> codes;
        int epilepsy = 0;
        for (const QStringList& row : list) {
            QCOMPARE(row.size(), qsizetype(2));
            QVERIFY2(format.match(row[0]).hasMatch(), qPrintable(row[0]));
            QVERIFY(!row[1].isEmpty());
            QVERIFY2(!codes.contains(row[0]), qPrintable(row[0]));
            codes.insert(row[0]);
            epilepsy += row[0].startsWith(QLatin1String("G40.")) ? 1 : 0;
        }
        QVERIFY(codes.contains(QStringLiteral("G40.909")));
        QVERIFY(epilepsy >= 5);
    }
};

QTEST_GUILESS_MAIN(tst_CodeLists)
#include "tst_CodeLists.moc"
