// Settings > Language: the entries, the stored choice, the note that it applies at the next
// start, and the menu itself translated once a language is installed.

#include "app/UiLanguage.h"
#include "ui/LanguageMenu.h"

#include <QAction>
#include <QApplication>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace medilock;

class tst_LanguageMenu : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void choosingStoresTheLanguage()
    {
        QTemporaryDir dir;
        const app::NodePaths paths{dir.path()};
        ui::LanguageMenu menu(paths, QStringLiteral("en"));
        auto* english = menu.findChild<QAction*>(QStringLiteral("language_en"));
        auto* hindi = menu.findChild<QAction*>(QStringLiteral("language_hi"));
        QVERIFY(english && hindi && menu.findChild<QAction*>(QStringLiteral("language_de")));
        QVERIFY(english->isChecked());
        QCOMPARE(hindi->text(), QStringLiteral("हिन्दी"));
        auto* note = menu.findChild<QAction*>(QStringLiteral("languageNote"));
        QVERIFY(note && !note->isEnabled());

        QSignalSpy messages(&menu, &ui::LanguageMenu::message);
        hindi->trigger();
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages.at(0).at(0).toString().contains(QStringLiteral("हिन्दी")));
        QVERIFY(hindi->isChecked() && !english->isChecked());
        QCOMPARE(app::UiLanguage::stored(paths), QStringLiteral("hi"));
        // The running application keeps its language until the next start.
        QCOMPARE(app::UiLanguage::current(), QStringLiteral("en"));
    }

    void aFailedSaveIsReported()
    {
        const app::NodePaths paths{QStringLiteral("/proc/medilock-no-such-node")};
        ui::LanguageMenu menu(paths, QStringLiteral("en"));
        QSignalSpy messages(&menu, &ui::LanguageMenu::message);
        menu.findChild<QAction*>(QStringLiteral("language_de"))->trigger();
        QCOMPARE(messages.size(), 1);
        QVERIFY(messages.at(0).at(0).toString().contains(QLatin1String("cannot save")));
        QCOMPARE(app::UiLanguage::stored(paths), QString());
    }

    void theMenuIsTranslated()
    {
        QVERIFY(app::UiLanguage::install(*QCoreApplication::instance(), QStringLiteral("de")).ok());
        QTemporaryDir dir;
        ui::LanguageMenu menu(app::NodePaths{dir.path()}, QStringLiteral("de"));
        QCOMPARE(menu.title(), QStringLiteral("&Sprache"));
        QVERIFY(menu.findChild<QAction*>(QStringLiteral("language_de"))->isChecked());
    }
};

QTEST_MAIN(tst_LanguageMenu)
#include "tst_LanguageMenu.moc"
