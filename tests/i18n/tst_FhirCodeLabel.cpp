// FHIR status and criticality codes shown as words of the chosen language; a code the
// table lacks is shown exactly as the record holds it.

#include "app/UiLanguage.h"
#include "ui/FhirCodeLabel.h"

#include <QCoreApplication>
#include <QTest>

using medilock::ui::FhirCodeLabel;

class tst_FhirCodeLabel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void englishKeepsTheWords()
    {
        QCOMPARE(FhirCodeLabel::of(QStringLiteral("entered-in-error")), QStringLiteral("entered in error"));
        QCOMPARE(FhirCodeLabel::of(QStringLiteral("high")), QStringLiteral("high"));
    }

    void german()
    {
        QVERIFY(medilock::app::UiLanguage::install(*QCoreApplication::instance(), QStringLiteral("de")).ok());
        QCOMPARE(FhirCodeLabel::of(QStringLiteral("active")), QStringLiteral("aktiv"));
        QCOMPARE(FhirCodeLabel::of(QStringLiteral("high")), QStringLiteral("hoch"));
        QCOMPARE(FhirCodeLabel::of(QStringLiteral("unable-to-assess")), QStringLiteral("nicht beurteilbar"));
    }

    void hindi()
    {
        QVERIFY(medilock::app::UiLanguage::install(*QCoreApplication::instance(), QStringLiteral("hi")).ok());
        QCOMPARE(FhirCodeLabel::of(QStringLiteral("resolved")), QStringLiteral("ठीक हो गया"));
    }

    void unknownCodeIsShownAsRecorded()
    {
        QCOMPARE(FhirCodeLabel::of(QStringLiteral("x-local-code")), QStringLiteral("x-local-code"));
        QCOMPARE(FhirCodeLabel::of(QString()), QString());
    }
};

QTEST_GUILESS_MAIN(tst_FhirCodeLabel)
#include "tst_FhirCodeLabel.moc"
