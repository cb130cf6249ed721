// The language setting and the embedded translations: the stored choice survives a new
// QSettings, a code MediLock lacks is refused and changes nothing, and after install() real
// messages come out translated, in the context the program looks them up in (QObject
// classes, file-local tr() helpers, QCoreApplication::translate), with correct plural forms.

#include "app/Role.h"
#include "app/UiLanguage.h"
#include "crypto/Keyring.h"

#include <QCoreApplication>
#include <QFile>
#include <QLocale>
#include <QTemporaryDir>
#include <QTest>

using namespace medilock;
using namespace medilock::app;

namespace {
QString translate(const char* context, const char* source, int n = -1)
{
    return QCoreApplication::translate(context, source, nullptr, n);
}
} // namespace

class tst_UiLanguage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void storedChoiceSurvives()
    {
        QTemporaryDir dir;
        const NodePaths paths{dir.path()};
        QCOMPARE(UiLanguage::stored(paths), QString());
        QVERIFY(UiLanguage::store(paths, QStringLiteral("hi")).ok());
        QCOMPARE(UiLanguage::stored(paths), QStringLiteral("hi"));
        QCOMPARE(UiLanguage::choose(QString(), paths), QStringLiteral("hi"));
        // The command line wins over the node's setting for one run.
        QCOMPARE(UiLanguage::choose(QStringLiteral("de"), paths), QStringLiteral("de"));
    }

    void unknownLanguageIsRefusedAndChangesNothing()
    {
        QTemporaryDir dir;
        const NodePaths paths{dir.path()};
        QVERIFY(UiLanguage::store(paths, QStringLiteral("de")).ok());
        const auto refused = UiLanguage::store(paths, QStringLiteral("fr"));
        QVERIFY(!refused.ok());
        QVERIFY(refused.error().contains(QLatin1String("fr")));
        QCOMPARE(UiLanguage::stored(paths), QStringLiteral("de"));
        QVERIFY(!UiLanguage::install(*QCoreApplication::instance(), QStringLiteral("fr")).ok());
        QCOMPARE(UiLanguage::current(), QStringLiteral("en"));
    }

    void tamperedSettingIsIgnored()
    {
        QTemporaryDir dir;
        QFile file(dir.filePath(QStringLiteral("settings.ini")));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("[ui]\nlanguage=../../etc\n");
        file.close();
        QCOMPARE(UiLanguage::stored(NodePaths{dir.path()}), QString());
    }

    void germanMessagesAndPlurals()
    {
        QVERIFY(UiLanguage::install(*QCoreApplication::instance(), QStringLiteral("de")).ok());
        QCOMPARE(UiLanguage::current(), QStringLiteral("de"));
        // A Q_OBJECT class: the context is its qualified class name.
        QCOMPARE(translate("medilock::ui::MainWindow", "&File"), QStringLiteral("&Datei"));
        // A file-local tr() helper, reached through real code.
        const auto parsed = crypto::Keyring::parse(QByteArrayLiteral("not a keyring at all"));
        QVERIFY(!parsed.ok());
        QCOMPARE(parsed.error(), QStringLiteral("keine MediLock-Schlüsselbunddatei"));
        QCOMPARE(roleDisplayName(Role::Physician), QStringLiteral("Arzt/Ärztin"));
        QCOMPARE(translate("medilock::ui::PatientBanner", "%n year(s)", 1), QStringLiteral("1 Jahr"));
        QCOMPARE(translate("medilock::ui::PatientBanner", "%n year(s)", 3), QStringLiteral("3 Jahre"));
        QCOMPARE(translate("Cli", "%n entry(ies)", 1), QStringLiteral("1 Eintrag"));
        QCOMPARE(translate("Cli", "%n entry(ies)", 0), QStringLiteral("0 Einträge"));
        QCOMPARE(QLocale().language(), QLocale::German);
        // The vitals form reads numbers through QLocale(): a German decimal comma.
        bool ok = false;
        QCOMPARE(QLocale().toDouble(QStringLiteral("37,5"), &ok), 37.5);
        QVERIFY(ok);
    }

    void hindiMessagesAndPlurals()
    {
        QVERIFY(UiLanguage::install(*QCoreApplication::instance(), QStringLiteral("hi")).ok());
        QCOMPARE(translate("medilock::ui::MainWindow", "&File"), QStringLiteral("फ़ाइल (&F)"));
        QCOMPARE(roleDisplayName(Role::Nurse), QStringLiteral("नर्स"));
        // Numbers stay in the digits a clinic in India types on its keyboards.
        bool ok = false;
        QCOMPARE(QLocale().toDouble(QStringLiteral("37.5"), &ok), 37.5);
        QVERIFY(ok);
        QCOMPARE(QLocale().toString(120), QStringLiteral("120"));
        QCOMPARE(translate("Cli", "%n entry(ies)", 1), QStringLiteral("1 प्रविष्टि"));
        QCOMPARE(translate("Cli", "%n entry(ies)", 4), QStringLiteral("4 प्रविष्टियाँ"));
        // The German translator was replaced, not stacked under the Hindi one.
        QVERIFY(!translate("medilock::ui::MainWindow", "&Quit").contains(QLatin1String("Beenden")));
    }

    void englishHasItsPluralForms()
    {
        QVERIFY(UiLanguage::install(*QCoreApplication::instance(), QStringLiteral("en")).ok());
        QCOMPARE(translate("medilock::ui::PatientBanner", "%n year(s)", 1), QStringLiteral("1 year"));
        QCOMPARE(translate("medilock::ui::PatientBanner", "%n year(s)", 2), QStringLiteral("2 years"));
        QCOMPARE(translate("medilock::ui::MainWindow", "&File"), QStringLiteral("&File"));
    }
};

QTEST_GUILESS_MAIN(tst_UiLanguage)
#include "tst_UiLanguage.moc"
