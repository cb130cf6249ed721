// medilock-cli speaks German or Hindi when MEDILOCK_LANGUAGE asks, English otherwise, and
// refuses a language it lacks. Runs the real binary.

#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

namespace {
struct Run
{
    int exitCode = -1;
    QString err;
};

Run runCli(const QString& language, const QStringList& arguments)
{
    QProcess process;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.remove(QStringLiteral("MEDILOCK_LANGUAGE"));
    if (!language.isEmpty())
        env.insert(QStringLiteral("MEDILOCK_LANGUAGE"), language);
    process.setProcessEnvironment(env);
    process.start(QStringLiteral(MEDILOCK_CLI), arguments);
    if (!process.waitForFinished(60000))
        return {};
    return {process.exitCode(), QString::fromUtf8(process.readAllStandardError())};
}
} // namespace

class tst_CliLanguage : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void messagesFollowTheLanguage_data()
    {
        QTest::addColumn<QString>("language");
        QTest::addColumn<QString>("expected");
        QTest::newRow("default English") << QString() << QStringLiteral("unknown command 'frobnicate'; see --help");
        QTest::newRow("German") << QStringLiteral("de") << QStringLiteral("unbekannter Befehl 'frobnicate'; siehe --help");
        QTest::newRow("Hindi") << QStringLiteral("hi") << QStringLiteral("अज्ञात कमांड 'frobnicate'; --help देखें");
    }

    void messagesFollowTheLanguage()
    {
        QFETCH(QString, language);
        QFETCH(QString, expected);
        QTemporaryDir dir;
        const Run run = runCli(language, {QStringLiteral("--data"), dir.path(), QStringLiteral("frobnicate")});
        QVERIFY2(run.exitCode != 0, qPrintable(run.err));
        QVERIFY2(run.err.contains(expected), qPrintable(run.err));
    }

    void unknownLanguageIsRefused()
    {
        QTemporaryDir dir;
        const Run run = runCli(QStringLiteral("xx"), {QStringLiteral("--data"), dir.path(), QStringLiteral("id")});
        QCOMPARE(run.exitCode, 2);
        QVERIFY2(run.err.contains(QLatin1String("'xx'")), qPrintable(run.err));
    }
};

QTEST_GUILESS_MAIN(tst_CliLanguage)
#include "tst_CliLanguage.moc"
