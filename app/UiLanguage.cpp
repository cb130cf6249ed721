#include "UiLanguage.h"

#include <QCoreApplication>
#include <QDir>
#include <QLibraryInfo>
#include <QLocale>
#include <QPointer>
#include <QSettings>
#include <QTranslator>

namespace medilock::app::UiLanguage {

namespace {
const QString kKey = QStringLiteral("ui/language");
// Set at start-up on the GUI thread; a second install() replaces the first one's translators.
QString g_current = QStringLiteral("en");
QPointer<QTranslator> g_own;
QPointer<QTranslator> g_qt;

void removeTranslator(QPointer<QTranslator>& translator)
{
    if (translator) {
        QCoreApplication::removeTranslator(translator);
        delete translator;
    }
}

QString settingsFile(const NodePaths& paths)
{
    return QDir(paths.directory).filePath(QStringLiteral("settings.ini"));
}

QString tr(const char* text)
{
    return QCoreApplication::translate("UiLanguage", text);
}
} // namespace

QStringList available()
{
    return {QStringLiteral("en"), QStringLiteral("de"), QStringLiteral("hi")};
}

QString nativeName(const QString& code)
{
    if (code == QLatin1String("de"))
        return QStringLiteral("Deutsch");
    if (code == QLatin1String("hi"))
        return QStringLiteral("हिन्दी");
    return QStringLiteral("English");
}

QString stored(const NodePaths& paths)
{
    if (paths.directory.isEmpty() || !QFileInfo::exists(settingsFile(paths)))
        return {};
    const QString code = QSettings(settingsFile(paths), QSettings::IniFormat).value(kKey).toString();
    return available().contains(code) ? code : QString();
}

Result<void> store(const NodePaths& paths, const QString& code)
{
    if (!available().contains(code))
        return fail(tr("MediLock has no translation for the language '%1'; choose one of %2")
                        .arg(code, available().join(QStringLiteral(", "))));
    QSettings settings(settingsFile(paths), QSettings::IniFormat);
    settings.setValue(kKey, code);
    settings.sync();
    if (settings.status() != QSettings::NoError)
        return fail(tr("cannot save the language setting in %1").arg(settingsFile(paths)));
    return {};
}

QString current()
{
    return g_current;
}

QString choose(const QString& requested, const NodePaths& paths)
{
    if (!requested.isEmpty())
        return requested;
    const QString saved = stored(paths);
    if (!saved.isEmpty())
        return saved;
    const QString system = QLocale::system().name().section(QLatin1Char('_'), 0, 0);
    return available().contains(system) ? system : QStringLiteral("en");
}

Result<void> install(QCoreApplication& app, const QString& code)
{
    if (!available().contains(code))
        return fail(tr("MediLock has no translation for the language '%1'; choose one of %2")
                        .arg(code, available().join(QStringLiteral(", "))));
    // Owned by the application: translators must live as long as it does.
    auto* own = new QTranslator(&app);
    if (!own->load(QStringLiteral(":/i18n/medilock_%1.qm").arg(code))) {
        delete own;
        return fail(tr("the %1 translation is missing from this build").arg(nativeName(code)));
    }
    removeTranslator(g_own);
    removeTranslator(g_qt);
    QCoreApplication::installTranslator(own);
    g_own = own;
    auto* qt = new QTranslator(&app);
    if (code != QLatin1String("en")
        && qt->load(QStringLiteral("qtbase_%1").arg(code), QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qt);
        g_qt = qt;
    } else {
        delete qt;
    }
    // Dates and numbers follow the language too (the vitals form reads numbers through
    // QLocale(), so a German "37,5" is understood); English keeps the system's formats.
    QLocale::setDefault(code == QLatin1String("en") ? QLocale::system() : QLocale(code));
    g_current = code;
    return {};
}

} // namespace medilock::app::UiLanguage
