// `--version` on every executable prints the project version that CMake's project() holds
// (through the generated app/Version.h), exits 0 and opens no node.

#include <QDir>
#include <QProcess>
#include <QProcessEnvironment>
#include <QTemporaryDir>
#include <QTest>

class tst_Version : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void printsProjectVersion_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("name");
        QTest::newRow("medilock-cli") << QStringLiteral(MEDILOCK_CLI) << QStringLiteral("medilock-cli");
        QTest::newRow("medilockd") << QStringLiteral(MEDILOCK_DAEMON) << QStringLiteral("medilockd");
#ifdef MEDILOCK_GUI_APP
        QTest::newRow("medilock") << QStringLiteral(MEDILOCK_GUI_APP) << QStringLiteral("MediLock");
#endif
    }

    void printsProjectVersion()
    {
        QFETCH(QString, program);
        QFETCH(QString, name);
        // A HOME of its own: --version must not need (or create) a node directory.
        QTemporaryDir home;
        QVERIFY(home.isValid());
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        env.insert(QStringLiteral("HOME"), home.path());
        env.insert(QStringLiteral("XDG_DATA_HOME"), home.filePath(QStringLiteral("data")));
        QProcess process;
        process.setProcessEnvironment(env);
        process.setStandardInputFile(QProcess::nullDevice());
        process.start(program, {QStringLiteral("--version")});
        QVERIFY(process.waitForFinished(60000));
        QCOMPARE(process.exitStatus(), QProcess::NormalExit);
        QCOMPARE(process.exitCode(), 0);
        const QString out = QString::fromUtf8(process.readAllStandardOutput()).trimmed();
        QCOMPARE(out, name + QLatin1Char(' ') + QStringLiteral(MEDILOCK_EXPECTED_VERSION));
        QVERIFY(!QStringLiteral(MEDILOCK_EXPECTED_VERSION).isEmpty());
        QVERIFY(QDir(home.path()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden).isEmpty());
    }
};

QTEST_GUILESS_MAIN(tst_Version)
#include "tst_Version.moc"
