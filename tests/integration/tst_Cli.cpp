// The command-line contract (DESIGN §7), exercised on the real medilock-cli and medilockd
// binaries: exit codes, one-line reasons on stderr, JSON field names, passphrase sources,
// the start-up self-tests and the daemon's shutdown on SIGTERM.

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QJsonArray>
#include <QStandardPaths>
#include <QRegularExpression>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>

namespace {
const QString kCli = QStringLiteral(MEDILOCK_CLI);
const QString kDaemon = QStringLiteral(MEDILOCK_DAEMON);
const QString kAdminPassphrase = QStringLiteral("admin passphrase 42");
const QString kBobPassphrase = QStringLiteral("bob passphrase 42");
constexpr int kTimeoutMs = 60000;

struct Run
{
    int exitCode = -1;
    QProcess::ExitStatus status = QProcess::CrashExit;
    QByteArray out;
    QByteArray err;
};

using Env = QList<QPair<QString, QString>>;

QProcessEnvironment environment(const Env& extra)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char* name : {"MEDILOCK_PASSPHRASE", "MEDILOCK_NEW_PASSPHRASE", "MEDILOCK_BACKUP_PASSPHRASE", "MEDILOCK_SELFTEST_FAULT",
             "QT_LOGGING_RULES", "QT_MESSAGE_PATTERN"})
        env.remove(QString::fromLatin1(name));
    env.insert(QStringLiteral("QT_LOGGING_RULES"), QStringLiteral("medilock.*.info=true"));
    for (const auto& [name, value] : extra)
        env.insert(name, value);
    return env;
}

Run run(const QString& program, const QStringList& arguments, const Env& extra = {})
{
    QProcess process;
    process.setProcessEnvironment(environment(extra));
    process.setStandardInputFile(QProcess::nullDevice()); // never a terminal: no prompt
    process.start(program, arguments);
    Run result;
    if (!process.waitForStarted(kTimeoutMs) || !process.waitForFinished(kTimeoutMs)) {
        process.kill();
        process.waitForFinished();
        result.err = "timed out";
        return result;
    }
    result.exitCode = process.exitCode();
    result.status = process.exitStatus();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

QString describe(const Run& r)
{
    return QStringLiteral("exit %1, stdout: %2, stderr: %3")
        .arg(r.exitCode)
        .arg(QString::fromUtf8(r.out), QString::fromUtf8(r.err));
}

// "non-zero with a one-line reason on stderr"
bool isOneLine(const QByteArray& text)
{
    return !text.trimmed().isEmpty() && text.endsWith('\n') && text.count('\n') == 1;
}

bool isFingerprint(const QJsonValue& value)
{
    static const QRegularExpression lowerHex64(QStringLiteral("^[0-9a-f]{64}$"));
    return value.isString() && lowerHex64.match(value.toString()).hasMatch();
}

QJsonObject parseObject(const QByteArray& out, QString* error)
{
    QJsonParseError parseError {};
    const QJsonDocument doc = QJsonDocument::fromJson(out, &parseError);
    if (parseError.error != QJsonParseError::NoError || !doc.isObject()) {
        *error = QStringLiteral("not one JSON object: %1").arg(QString::fromUtf8(out));
        return {};
    }
    return doc.object();
}
} // namespace

class tst_Cli : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase();
    void initTwiceRefused();
    void idJson();
    void passphraseFile();
    void userAdd();
    void userAddRefusals_data();
    void userAddRefusals();
    void statsJson();
    void wrongPassphrase_data();
    void wrongPassphrase();
    void loginDelayPersists();
    void noPassphrase();
    void passphraseOnCommandLineRefused_data();
    void passphraseOnCommandLineRefused();
    void unknownCommand();
    void selfTestFaultStopsCli_data();
    void selfTestFaultStopsCli();
    void selfTestFaultStopsDaemon_data();
    void selfTestFaultStopsDaemon();
    void daemonWrongPassphrase();
    void daemonRunsUntilSigterm();
    void backupRestoreResumeSigning();
    void userPasswdRotateRevoke(); // after statsJson: it adds entries
    void emergencyCardAndSignedExport(); // last: it adds entries that statsJson would count

private:
    QStringList args(std::initializer_list<const char*> words) const;
    Env admin() const { return {{QStringLiteral("MEDILOCK_PASSPHRASE"), kAdminPassphrase}}; }

    QTemporaryDir m_dir;
    QString m_data;
    QJsonObject m_id;
    bool m_bobAdded = false;
};

QStringList tst_Cli::args(std::initializer_list<const char*> words) const
{
    QStringList list {QStringLiteral("--data"), m_data};
    for (const char* word : words)
        list << QString::fromUtf8(word);
    return list;
}

void tst_Cli::initTestCase()
{
    QVERIFY2(QFile::exists(kCli), qPrintable(kCli));
    QVERIFY2(QFile::exists(kDaemon), qPrintable(kDaemon));
    QVERIFY(m_dir.isValid());
    m_data = m_dir.filePath(QStringLiteral("node"));
    const Run r = run(kCli, args({"init", "--clinic", "Integration Clinic", "--admin", "admin"}), admin());
    QVERIFY2(r.status == QProcess::NormalExit && r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY(r.out.contains("Integration Clinic"));
    QVERIFY(QFile::exists(QDir(m_data).filePath(QStringLiteral("keyring.mlk"))));
    QVERIFY(QFile::exists(QDir(m_data).filePath(QStringLiteral("node.db"))));
}

void tst_Cli::initTwiceRefused()
{
    const Run r = run(kCli, args({"init", "--clinic", "Again", "--admin", "other"}), admin());
    QVERIFY2(r.status == QProcess::NormalExit && r.exitCode != 0, qPrintable(describe(r)));
    QVERIFY2(isOneLine(r.err), qPrintable(describe(r)));
    QVERIFY(r.err.contains("already holds a MediLock node"));
    QVERIFY(r.out.isEmpty());
}

void tst_Cli::idJson()
{
    const Run r = run(kCli, args({"id", "--json"}), admin());
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QCOMPARE(r.out.count('\n'), 1); // one object, one line
    QString error;
    const QJsonObject id = parseObject(r.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QStringList keys = id.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList {QStringLiteral("clinic"), QStringLiteral("node"), QStringLiteral("tls")}));
    for (const QString& key : keys)
        QVERIFY2(isFingerprint(id.value(key)), qPrintable(key));
    QVERIFY(id.value(QStringLiteral("node")) != id.value(QStringLiteral("tls")));
    QVERIFY(id.value(QStringLiteral("node")) != id.value(QStringLiteral("clinic")));
    QVERIFY(id.value(QStringLiteral("tls")) != id.value(QStringLiteral("clinic")));
    m_id = id;
    // The same answer every time.
    QCOMPARE(run(kCli, args({"id", "--json"}), admin()).out, r.out);
}

void tst_Cli::passphraseFile()
{
    QVERIFY(!m_id.isEmpty());
    const QString path = m_dir.filePath(QStringLiteral("admin.pass"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(kAdminPassphrase.toUtf8() + '\n'); // a trailing newline is not part of it
    file.close();
    const Run r = run(kCli,
        {QStringLiteral("--data"), m_data, QStringLiteral("--passphrase-file"), path, QStringLiteral("id"),
            QStringLiteral("--json")});
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QString error;
    QCOMPARE(parseObject(r.out, &error), m_id);
}

void tst_Cli::userAdd()
{
    Env env = admin();
    env.append({QStringLiteral("MEDILOCK_NEW_PASSPHRASE"), kBobPassphrase});
    const Run r = run(kCli, args({"user", "add", "--name", "bob", "--role", "physician"}), env);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QVERIFY(r.out.contains("bob"));
    m_bobAdded = true;

    // Bob signs in with his own passphrase and sees the same node.
    const Env bob {{QStringLiteral("MEDILOCK_PASSPHRASE"), kBobPassphrase}};
    const Run asBob = run(kCli, args({"--as", "bob", "id", "--json"}), bob);
    QVERIFY2(asBob.exitCode == 0, qPrintable(describe(asBob)));
    QString error;
    QCOMPARE(parseObject(asBob.out, &error), m_id);
    // And not with the administrator's.
    const Run wrong = run(kCli, args({"--as", "bob", "id"}), admin());
    QVERIFY(wrong.exitCode != 0);

    const Run list = run(kCli, args({"user", "list", "--json"}), admin());
    QVERIFY2(list.exitCode == 0, qPrintable(describe(list)));
    QVERIFY(list.out.contains("\"physician\""));
}

// passwd, rotate and revoke on the real binary, for a user of their own (dora).
void tst_Cli::backupRestoreResumeSigning()
{
    const QString archive = m_dir.filePath(QStringLiteral("node.mlbackup"));
    const QString restored = m_dir.filePath(QStringLiteral("restored"));
    Env env = admin();
    env.append({QStringLiteral("MEDILOCK_BACKUP_PASSPHRASE"), QStringLiteral("backup passphrase 42")});
    const Run onArgv = run(kCli, args({"backup", "--out", "x", "--backup-passphrase", "secret"}), env);
    QCOMPARE(onArgv.exitCode, 2);
    const Run backup = run(kCli, args({"backup", "--out", qPrintable(archive), "--json"}), env);
    QVERIFY2(backup.exitCode == 0, qPrintable(describe(backup)));
    QString error;
    const QJsonObject made = parseObject(backup.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(made.value(QStringLiteral("archive")).toString(), archive);
    QCOMPARE(made.value(QStringLiteral("bytes")).toInteger(), QFileInfo(archive).size());

    const QStringList restore{QStringLiteral("--data"), restored, QStringLiteral("restore"), QStringLiteral("--from"), archive,
                              QStringLiteral("--json")};
    Env wrong = admin();
    wrong.append({QStringLiteral("MEDILOCK_BACKUP_PASSPHRASE"), QStringLiteral("not the backup passphrase")});
    const Run refused = run(kCli, restore, wrong);
    QCOMPARE(refused.exitCode, 1);
    QVERIFY2(isOneLine(refused.err) && refused.err.contains("wrong backup passphrase"), qPrintable(describe(refused)));
    QVERIFY(!QFileInfo::exists(restored));

    const Run done = run(kCli, restore, env);
    QVERIFY2(done.exitCode == 0, qPrintable(describe(done)));
    const QJsonObject report = parseObject(done.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QCOMPARE(report.value(QStringLiteral("node")).toString(), m_id.value(QStringLiteral("node")).toString());
    QVERIFY(report.value(QStringLiteral("awaiting_own_head")).toBool());
    QVERIFY(report.value(QStringLiteral("blocks")).toInteger() >= 1);

    const auto on = [&restored](std::initializer_list<const char*> words) {
        QStringList list{QStringLiteral("--data"), restored};
        for (const char* word : words)
            list << QString::fromUtf8(word);
        return list;
    };
    QCOMPARE(run(kCli, on({"verify"}), admin()).exitCode, 0);
    Env newUser = admin();
    newUser.append({QStringLiteral("MEDILOCK_NEW_PASSPHRASE"), QStringLiteral("erin passphrase 42")});
    const Run early = run(kCli, on({"user", "add", "--name", "erin", "--role", "nurse"}), newUser);
    QCOMPARE(early.exitCode, 1);
    QVERIFY2(isOneLine(early.err) && early.err.contains("restored from a backup"), qPrintable(describe(early)));
    const Run resume = run(kCli, on({"resume-signing"}), admin());
    QVERIFY2(resume.exitCode == 0 && resume.err.contains("overrode the restore mark"), qPrintable(describe(resume)));
    const Run later = run(kCli, on({"user", "add", "--name", "erin", "--role", "nurse"}), newUser);
    QVERIFY2(later.exitCode == 0, qPrintable(describe(later)));
}

void tst_Cli::userPasswdRotateRevoke()
{
    QString error;
    const auto as = [](const QString& pass) { return Env {{QStringLiteral("MEDILOCK_PASSPHRASE"), pass}}; };
    const QString first = QStringLiteral("dora passphrase 42"), second = QStringLiteral("dora second passphrase"),
                  third = QStringLiteral("dora third passphrase");
    Env env = admin();
    env.append({QStringLiteral("MEDILOCK_NEW_PASSPHRASE"), first});
    QCOMPARE(run(kCli, args({"user", "add", "--name", "dora", "--role", "nurse"}), env).exitCode, 0);

    // passwd: only for oneself; then only the new passphrase opens the slot.
    Env change = as(first);
    change.append({QStringLiteral("MEDILOCK_NEW_PASSPHRASE"), second});
    const Run notOwn = run(kCli, args({"user", "passwd", "dora"}), change);
    QVERIFY2(notOwn.exitCode == 1 && isOneLine(notOwn.err), qPrintable(describe(notOwn)));
    const Run passwd = run(kCli, args({"--as", "dora", "user", "passwd", "dora"}), change);
    QVERIFY2(passwd.exitCode == 0, qPrintable(describe(passwd)));
    QVERIFY(run(kCli, args({"--as", "dora", "id"}), as(first)).exitCode != 0);
    QCOMPARE(run(kCli, args({"--as", "dora", "id"}), as(second)).exitCode, 0);

    // rotate: a new key under the passphrase the administrator hands over.
    const auto doraKey = [&] {
        const QJsonArray users = parseObject(run(kCli, args({"user", "list", "--json"}), admin()).out, &error)
                                     .value(QLatin1String("users")).toArray();
        for (const auto& u : users)
            if (u.toObject().value(QLatin1String("name")).toString() == QLatin1String("dora"))
                return u.toObject().value(QLatin1String("key")).toString();
        return QString();
    };
    const QString before = doraKey();
    QVERIFY(isFingerprint(QJsonValue(before)));
    Env rotateEnv = admin();
    rotateEnv.append({QStringLiteral("MEDILOCK_NEW_PASSPHRASE"), third});
    const Run rotate = run(kCli, args({"user", "rotate", "dora", "--json"}), rotateEnv);
    QVERIFY2(rotate.exitCode == 0, qPrintable(describe(rotate)));
    const QString rotatedKey = parseObject(rotate.out, &error).value(QLatin1String("key")).toString();
    QVERIFY(rotatedKey != before);
    QCOMPARE(doraKey(), rotatedKey);
    QCOMPARE(run(kCli, args({"--as", "dora", "id"}), as(third)).exitCode, 0);
    QCOMPARE(run(kCli, args({"verify"}), admin()).exitCode, 0);

    // revoke: a reason is required; afterwards dora cannot sign in and is not listed.
    QCOMPARE(run(kCli, args({"user", "revoke", "dora"}), admin()).exitCode, 1);
    const Run revoke = run(kCli, args({"user", "revoke", "dora", "--reason", "left the clinic"}), admin());
    QVERIFY2(revoke.exitCode == 0 && revoke.out.contains("re-keyed"), qPrintable(describe(revoke)));
    const Run gone = run(kCli, args({"--as", "dora", "id"}), as(third));
    QVERIFY2(gone.exitCode == 1 && gone.err.contains("no user 'dora'"), qPrintable(describe(gone)));
    QVERIFY(doraKey().isEmpty());
    QCOMPARE(run(kCli, args({"verify"}), admin()).exitCode, 0);

    // rekey on demand: the state hash is the same under the new key.
    const QByteArray stateBefore = run(kCli, args({"stats", "--json"}), admin()).out;
    const Run rekey = run(kCli, args({"rekey", "--json"}), admin());
    QVERIFY2(rekey.exitCode == 0, qPrintable(describe(rekey)));
    const QJsonObject rekeyed = parseObject(rekey.out, &error);
    QVERIFY2(rekeyed.value(QLatin1String("generation")).toInt() >= 2, rekey.out.constData());
    QVERIFY(rekeyed.value(QLatin1String("slots")).toArray().contains(QJsonValue(QStringLiteral("@node"))));
    QCOMPARE(run(kCli, args({"stats", "--json"}), admin()).out, stateBefore);
    QCOMPARE(run(kCli, args({"verify"}), admin()).exitCode, 0);
}

void tst_Cli::userAddRefusals_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::addColumn<bool>("withNewPassphrase");
    QTest::addColumn<QByteArray>("reason");
    QTest::newRow("duplicate") << QStringList {QStringLiteral("--name"), QStringLiteral("bob"),
        QStringLiteral("--role"), QStringLiteral("nurse")}
                               << true << QByteArray("already a user 'bob'");
    QTest::newRow("unknown role") << QStringList {QStringLiteral("--name"), QStringLiteral("carol"),
        QStringLiteral("--role"), QStringLiteral("surgeon")}
                                  << true << QByteArray("usage");
    QTest::newRow("no new passphrase") << QStringList {QStringLiteral("--name"), QStringLiteral("carol"),
        QStringLiteral("--role"), QStringLiteral("nurse")}
                                       << false << QByteArray("no passphrase");
    QTest::newRow("invalid name") << QStringList {QStringLiteral("--name"), QStringLiteral("../carol"),
        QStringLiteral("--role"), QStringLiteral("nurse")}
                                  << true << QByteArray("not a valid user name");
}

void tst_Cli::userAddRefusals()
{
    QFETCH(QStringList, words);
    QFETCH(bool, withNewPassphrase);
    QFETCH(QByteArray, reason);
    QVERIFY(m_bobAdded);
    Env env = admin();
    if (withNewPassphrase)
        env.append({QStringLiteral("MEDILOCK_NEW_PASSPHRASE"), QStringLiteral("carol passphrase 42")});
    const Run r = run(kCli, args({"user", "add"}) + words, env);
    QVERIFY2(r.status == QProcess::NormalExit && r.exitCode != 0, qPrintable(describe(r)));
    QVERIFY2(isOneLine(r.err), qPrintable(describe(r)));
    QVERIFY2(r.err.contains(reason), qPrintable(describe(r)));
}

void tst_Cli::statsJson()
{
    QVERIFY(m_bobAdded);
    const Run r = run(kCli, args({"stats", "--json"}), admin());
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    QString error;
    const QJsonObject stats = parseObject(r.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    for (const char* field : {"entries", "blocks", "patients", "users"})
        QVERIFY2(stats.value(QLatin1String(field)).isDouble(), field);
    // Genesis (clinic founded, node certified, admin enrolled) plus Bob's enrolment.
    QCOMPARE(stats.value(QLatin1String("entries")).toInt(), 4);
    QVERIFY(stats.value(QLatin1String("blocks")).toInt() >= 1);
    QCOMPARE(stats.value(QLatin1String("patients")).toInt(), 0);
    QCOMPARE(stats.value(QLatin1String("users")).toInt(), 2);
    QVERIFY(isFingerprint(stats.value(QLatin1String("state_hash"))));
    QVERIFY(stats.value(QLatin1String("origins")).isObject());
    const QJsonObject origins = stats.value(QLatin1String("origins")).toObject();
    const QString node = m_id.value(QLatin1String("node")).toString();
    QVERIFY2(origins.contains(node), qPrintable(QString::fromUtf8(r.out)));
    const QJsonObject head = origins.value(node).toObject();
    QVERIFY(head.value(QLatin1String("height")).isDouble());
    QCOMPARE(head.value(QLatin1String("height")).toInt(), stats.value(QLatin1String("blocks")).toInt() - 1);
    QVERIFY(isFingerprint(head.value(QLatin1String("head"))));
    // Reading changes nothing: the same figures again.
    QCOMPARE(run(kCli, args({"stats", "--json"}), admin()).out, r.out);
}

void tst_Cli::wrongPassphrase_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::newRow("id") << QStringList {QStringLiteral("id"), QStringLiteral("--json")};
    QTest::newRow("stats") << QStringList {QStringLiteral("stats"), QStringLiteral("--json")};
    QTest::newRow("user add") << QStringList {QStringLiteral("user"), QStringLiteral("add"), QStringLiteral("--name"),
        QStringLiteral("eve"), QStringLiteral("--role"), QStringLiteral("admin")};
}

void tst_Cli::wrongPassphrase()
{
    QFETCH(QStringList, words);
    const Env env {{QStringLiteral("MEDILOCK_PASSPHRASE"), QStringLiteral("not the passphrase")},
        {QStringLiteral("MEDILOCK_NEW_PASSPHRASE"), QStringLiteral("eve's passphrase 42")}};
    const Run r = run(kCli, QStringList {QStringLiteral("--data"), m_data} + words, env);
    QVERIFY2(r.status == QProcess::NormalExit && r.exitCode != 0, qPrintable(describe(r)));
    QVERIFY(r.out.isEmpty());
    QVERIFY2(isOneLine(r.err), qPrintable(describe(r)));
    QVERIFY2(r.err.contains("wrong passphrase"), qPrintable(describe(r)));
    QVERIFY(!r.err.contains("not the passphrase")); // never echoed
    // Each row starts with no failure counted; loginDelayPersists tests the delays.
    QFile::remove(QDir(m_data).filePath(QStringLiteral("login-failures.json")));
}

void tst_Cli::loginDelayPersists()
{
    const QString record = QDir(m_data).filePath(QStringLiteral("login-failures.json"));
    const auto cleanup = qScopeGuard([&] { QFile::remove(record); }); // later tests start with no delay
    const Env wrong {{QStringLiteral("MEDILOCK_PASSPHRASE"), QStringLiteral("not the passphrase")}};
    const Run first = run(kCli, args({"id"}), wrong);
    QVERIFY2(first.exitCode != 0 && !first.err.contains("wait"), qPrintable(describe(first)));
    const Run second = run(kCli, args({"id"}), wrong);
    QVERIFY2(second.exitCode != 0 && isOneLine(second.err), qPrintable(describe(second)));
    QVERIFY2(second.err.contains("wrong passphrase") && second.err.contains("wait 1 second"), qPrintable(describe(second)));
    QVERIFY(QFile::exists(record)); // kept beside the keyring: a new process sees it

    // Many failures just now: the next process, even with the right passphrase, is told to
    // wait (the 30 s cap) and opens nothing.
    QFile file(record);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(QStringLiteral(R"({"version":1,"slots":{"admin":{"failures":12,"last_failure_ms":%1}}})")
                   .arg(QDateTime::currentMSecsSinceEpoch())
                   .toUtf8());
    file.close();
    const Run refused = run(kCli, args({"id"}), admin());
    QVERIFY2(refused.exitCode != 0 && isOneLine(refused.err), qPrintable(describe(refused)));
    QVERIFY2(refused.err.contains("too many wrong passphrases for 'admin'"), qPrintable(describe(refused)));
    QVERIFY2(QRegularExpression(QStringLiteral("wait (30|29|28) second")).match(QString::fromUtf8(refused.err)).hasMatch(),
             qPrintable(describe(refused)));
    QVERIFY(refused.out.isEmpty());

    // Once the wait is over the right passphrase works and the count is cleared (the node's
    // log says how many failures there were).
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(R"({"version":1,"slots":{"admin":{"failures":12,"last_failure_ms":1000}}})");
    file.close();
    const Run ok = run(kCli, args({"id"}), admin());
    QVERIFY2(ok.exitCode == 0, qPrintable(describe(ok)));
    QVERIFY2(ok.err.contains("unlocked after 12 wrong passphrase(s)"), qPrintable(describe(ok)));
    const Run again = run(kCli, args({"id"}), admin());
    QVERIFY2(again.exitCode == 0 && !again.err.contains("unlocked after"), qPrintable(describe(again)));
}

void tst_Cli::noPassphrase()
{
    const Run r = run(kCli, args({"id"}));
    QVERIFY2(r.status == QProcess::NormalExit && r.exitCode != 0, qPrintable(describe(r)));
    QVERIFY2(isOneLine(r.err), qPrintable(describe(r)));
    QVERIFY(r.err.contains("no passphrase"));
}

void tst_Cli::passphraseOnCommandLineRefused_data()
{
    QTest::addColumn<QStringList>("words");
    QTest::newRow("--passphrase x") << QStringList {
        QStringLiteral("--passphrase"), QStringLiteral("x"), QStringLiteral("id")};
    QTest::newRow("--passphrase=x") << QStringList {QStringLiteral("--passphrase=x"), QStringLiteral("id")};
    QTest::newRow("after the command") << QStringList {
        QStringLiteral("id"), QStringLiteral("--passphrase"), QStringLiteral("x")};
    QTest::newRow("--new-passphrase") << QStringList {QStringLiteral("user"), QStringLiteral("add"),
        QStringLiteral("--name"), QStringLiteral("eve"), QStringLiteral("--role"), QStringLiteral("nurse"),
        QStringLiteral("--new-passphrase"), QStringLiteral("y")};
}

void tst_Cli::passphraseOnCommandLineRefused()
{
    QFETCH(QStringList, words);
    // Even with a valid passphrase in the environment, the command is refused before it runs.
    const Run r = run(kCli, QStringList {QStringLiteral("--data"), m_data} + words, admin());
    QVERIFY2(r.status == QProcess::NormalExit && r.exitCode != 0, qPrintable(describe(r)));
    QVERIFY(r.out.isEmpty());
    QVERIFY2(isOneLine(r.err), qPrintable(describe(r)));
    QVERIFY2(r.err.contains("never taken from the command line"), qPrintable(describe(r)));
}

void tst_Cli::unknownCommand()
{
    const Run r = run(kCli, args({"frobnicate"}), admin());
    QCOMPARE(r.exitCode, 2);
    QVERIFY2(isOneLine(r.err), qPrintable(describe(r)));
    const Run option = run(kCli, args({"--frobnicate", "id"}), admin());
    QCOMPARE(option.exitCode, 2);
    QVERIFY2(isOneLine(option.err), qPrintable(describe(option)));
}

void tst_Cli::selfTestFaultStopsCli_data()
{
    QTest::addColumn<QString>("fault");
    for (const char* fault : {"sha256", "ed25519", "scrypt", "aes-gcm"})
        QTest::newRow(fault) << QString::fromLatin1(fault);
}

void tst_Cli::selfTestFaultStopsCli()
{
    QFETCH(QString, fault);
    const QString fresh = m_dir.filePath(QStringLiteral("never-%1").arg(fault));
    Env env = admin();
    env.append({QStringLiteral("MEDILOCK_SELFTEST_FAULT"), fault});
    const Run r = run(kCli,
        {QStringLiteral("--data"), fresh, QStringLiteral("init"), QStringLiteral("--clinic"), QStringLiteral("C"),
            QStringLiteral("--admin"), QStringLiteral("admin")},
        env);
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 70);
    QVERIFY(r.out.isEmpty());
    QVERIFY2(r.err.contains(QStringLiteral("cryptographic self-test failed: %1").arg(fault).toUtf8()),
        qPrintable(describe(r)));
    // The program stopped before doing anything.
    QVERIFY(!QFileInfo::exists(fresh));
    // The same on an existing node, for a read-only command.
    const Run id = run(kCli, args({"id", "--json"}), env);
    QCOMPARE(id.exitCode, 70);
    QVERIFY(id.out.isEmpty());
}

void tst_Cli::selfTestFaultStopsDaemon_data()
{
    selfTestFaultStopsCli_data();
}

void tst_Cli::selfTestFaultStopsDaemon()
{
    QFETCH(QString, fault);
    Env env = admin();
    env.append({QStringLiteral("MEDILOCK_SELFTEST_FAULT"), fault});
    const Run r = run(kDaemon, {QStringLiteral("--data"), m_data}, env);
    QCOMPARE(r.status, QProcess::NormalExit);
    QCOMPARE(r.exitCode, 70);
    QVERIFY2(r.err.contains(QStringLiteral("cryptographic self-test failed: %1").arg(fault).toUtf8()),
        qPrintable(describe(r)));
    QVERIFY(!r.err.contains("unlocked"));
}

void tst_Cli::daemonWrongPassphrase()
{
    const Run r = run(kDaemon, {QStringLiteral("--data"), m_data},
        {{QStringLiteral("MEDILOCK_PASSPHRASE"), QStringLiteral("not the passphrase")}});
    QCOMPARE(r.status, QProcess::NormalExit);
    QVERIFY2(r.exitCode != 0, qPrintable(describe(r)));
    QVERIFY2(isOneLine(r.err), qPrintable(describe(r)));
    QVERIFY(r.err.contains("wrong passphrase"));
    const Run none = run(kDaemon, {QStringLiteral("--data"), m_data});
    QVERIFY(none.exitCode != 0);
    QVERIFY(none.err.contains("no passphrase"));
}

void tst_Cli::daemonRunsUntilSigterm()
{
    QProcess daemon;
    daemon.setProcessEnvironment(environment(admin()));
    daemon.setStandardInputFile(QProcess::nullDevice());
    QByteArray err;
    connect(&daemon, &QProcess::readyReadStandardError, this, [&] { err += daemon.readAllStandardError(); });
    daemon.start(
        kDaemon, {QStringLiteral("--data"), m_data, QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0")});
    QVERIFY(daemon.waitForStarted(kTimeoutMs));
    // Ready once it reports the node unlocked.
    QTRY_VERIFY2_WITH_TIMEOUT(err.contains("unlocked") || daemon.state() == QProcess::NotRunning,
        qPrintable(QString::fromUtf8(err)), kTimeoutMs);
    QVERIFY2(daemon.state() == QProcess::Running, qPrintable(QString::fromUtf8(err)));
    QVERIFY(err.contains(m_id.value(QLatin1String("node")).toString().toLatin1()));
    // It keeps running on its own...
    QVERIFY(!daemon.waitForFinished(1500));
    QCOMPARE(daemon.state(), QProcess::Running);
    // ...and a re-key, which needs the node to itself, is refused meanwhile.
    const Run rekey = run(kCli, args({"rekey"}), admin());
    QVERIFY2(rekey.exitCode == 1 && isOneLine(rekey.err) && rekey.err.contains("other programs have this node open"),
             qPrintable(describe(rekey)));
    // ...until SIGTERM, then shuts down cleanly and promptly.
    QCOMPARE(::kill(static_cast<pid_t>(daemon.processId()), SIGTERM), 0);
    QVERIFY2(daemon.waitForFinished(5000), "medilockd did not stop within 5 s of SIGTERM");
    QCOMPARE(daemon.exitStatus(), QProcess::NormalExit);
    QCOMPARE(daemon.exitCode(), 0);
    // The node is intact afterwards.
    const Run id = run(kCli, args({"id", "--json"}), admin());
    QVERIFY2(id.exitCode == 0, qPrintable(describe(id)));
}


// The contract of card, card verify, export-fhir and verify-export, through the real binary:
// an IPS patient's card read back from its QR code verifies and names this node; one changed
// character fails; an export checks as signed by bob.
void tst_Cli::emergencyCardAndSignedExport()
{
    if (!m_bobAdded)
        QSKIP("needs bob from userAdd");
    if (QStandardPaths::findExecutable(QStringLiteral("zbarimg")).isEmpty())
        QSKIP("zbarimg is not installed (Debian package zbar-tools; scripts/deps.sh installs it)");
    const Env bob {{QStringLiteral("MEDILOCK_PASSPHRASE"), kBobPassphrase}};
    const QString ips = QStringLiteral(MEDILOCK_TEST_DATA "/fhir/fhir-examples/Bundle-IPS-examples-Bundle-01.json");
    Run r = run(kCli, args({"--as", "bob", "import-fhir"}) << ips, bob);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    r = run(kCli, args({"--as", "bob", "search", "DeLarosa", "--json"}), bob);
    QString error;
    const QString id = parseObject(r.out, &error).value(QStringLiteral("patients")).toArray().first().toObject().value(QStringLiteral("id")).toString();
    QVERIFY2(!id.isEmpty(), qPrintable(describe(r)));

    const QString pdf = m_dir.filePath(QStringLiteral("card.pdf")), png = m_dir.filePath(QStringLiteral("card.png"));
    r = run(kCli, args({"--as", "bob", "card", "--patient"}) << id << QStringLiteral("--out") << pdf << QStringLiteral("--png") << png
                                                             << QStringLiteral("--json"), bob);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QJsonObject issued = parseObject(r.out, &error);
    QVERIFY2(error.isEmpty(), qPrintable(error));
    QVERIFY(QFile(pdf).size() > 1000);
    QVERIFY(issued.value(QStringLiteral("bytes")).toInt() <= 1200);

    QProcess zbar;
    zbar.start(QStringLiteral("zbarimg"), {QStringLiteral("--raw"), QStringLiteral("-q"), QStringLiteral("-Sbinary"), png});
    QVERIFY(zbar.waitForFinished(kTimeoutMs));
    const QByteArray text = zbar.readAllStandardOutput();
    QCOMPARE(QString::fromUtf8(text.trimmed()), issued.value(QStringLiteral("text")).toString());

    r = run(kCli, args({"--as", "bob", "card", "verify", "--json"}) << QString::fromUtf8(text), bob);
    QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
    const QJsonObject checked = parseObject(r.out, &error);
    QVERIFY(checked.value(QStringLiteral("known_node")).toBool());
    QCOMPARE(checked.value(QStringLiteral("node")), m_id.value(QStringLiteral("node")));
    QCOMPARE(checked.value(QStringLiteral("clinic")).toString(), QStringLiteral("Integration Clinic"));
    QCOMPARE(checked.value(QStringLiteral("allergies_status")).toString(), QStringLiteral("recorded"));

    QByteArray altered = text;
    altered.replace("Martha", "Marthe");
    r = run(kCli, args({"--as", "bob", "card", "verify"}) << QString::fromUtf8(altered), bob);
    QCOMPARE(r.exitCode, 1);
    QVERIFY2(isOneLine(r.err) && r.err.contains("signature"), qPrintable(describe(r)));

    // The whole record, then the IPS document, whose Composition is signed by this node.
    for (const bool ipsDocument : {false, true}) {
        QStringList exportArgs = args({"--as", "bob", "export-fhir", "--patient"}) << id;
        if (ipsDocument)
            exportArgs << QStringLiteral("--ips");
        r = run(kCli, exportArgs, bob);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QString exported = m_dir.filePath(ipsDocument ? QStringLiteral("ips-export.json") : QStringLiteral("export.json"));
        QFile file(exported);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(r.out);
        file.close();
        r = run(kCli, args({"--as", "bob", "verify-export", "--json"}) << exported, bob);
        QVERIFY2(r.exitCode == 0, qPrintable(describe(r)));
        const QJsonObject report = parseObject(r.out, &error);
        QVERIFY(report.value(QStringLiteral("ok")).toBool());
        QVERIFY(report.value(QStringLiteral("resources")).toInt() >= (ipsDocument ? 2 : 7));
        QCOMPARE(report.value(QStringLiteral("authors")).toArray().first().toObject().value(QStringLiteral("name")).toString(),
                 QStringLiteral("bob"));
        const QJsonArray nodes = report.value(QStringLiteral("nodes")).toArray();
        QCOMPARE(nodes.size(), ipsDocument ? 1 : 0);
        if (ipsDocument) {
            QVERIFY2(nodes.first().toObject().value(QStringLiteral("known")).toBool(), qPrintable(describe(r)));
            QCOMPARE(nodes.first().toObject().value(QStringLiteral("clinic")).toString(), QStringLiteral("Integration Clinic"));
        }
    }
}

QTEST_GUILESS_MAIN(tst_Cli)
#include "tst_Cli.moc"
