// NodeBackup and NodeRestore on real nodes (SQLCipher files, keyrings): backup, wipe,
// restore, verify; a restored node refuses to sign until an administrator overrides (or
// sync catches it up: tst_RestoreCatchUp); a damaged archive or a wrong passphrase leaves
// nothing behind; a backup taken while another connection keeps writing restores to a
// consistent node.

#include "SyncTestNode.h"

#include "app/LedgerCheck.h"
#include "app/NodeBackup.h"
#include "app/NodeRestore.h"
#include "app/Passphrase.h"
#include "app/SyncSummary.h"

#include "crypto/BackupHeader.h"
#include "ledger/store/RestoreMark.h"

#include <QFile>
#include <QRegularExpression>
#include <QTest>

#include <atomic>
#include <thread>

using namespace medilock;
using namespace medilock::synctest;

namespace {
const QString kPassphrase = QStringLiteral("a long enough passphrase");
const QString kBackupPassphrase = QStringLiteral("the backup passphrase");
constexpr std::uint32_t kChunk = 4096;
constexpr qsizetype kHeader = qsizetype(crypto::BackupHeader::kEncodedSize);
constexpr qsizetype kFullChunk = 5 + qsizetype(kChunk) + 16;

app::NodeBackup::Options fastOptions()
{
    return {crypto::ScryptParams{10, 8, 1}, kChunk};
}

QString backup(app::Session& admin, const QString& archive)
{
    auto r = app::NodeBackup::create(admin, archive, app::passphraseFromString(kBackupPassphrase), fastOptions());
    return r ? QString() : r.error();
}

Result<app::NodeRestore::Report> restore(const QString& archive, const QString& target,
                                         const QString& backupPassphrase = kBackupPassphrase,
                                         const QString& userPassphrase = kPassphrase)
{
    return app::NodeRestore::restore(archive, app::passphraseFromString(backupPassphrase), app::NodePaths{target},
                                     QStringLiteral("admin"), app::passphraseFromString(userPassphrase));
}

std::unique_ptr<app::Session> open(const QString& dir, const QString& user)
{
    auto s = app::Session::unlock(app::NodePaths{dir}, user, app::passphraseFromString(kPassphrase));
    if (!s)
        qWarning("unlock failed: %s", qPrintable(s.error()));
    return s ? std::move(s).value() : nullptr;
}

QByteArray readAll(const QString& path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}

bool writeAll(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

// Drops the node's sessions and deletes its directory: the machine that died.
void wipe(Node& n)
{
    n.sync.reset();
    n.physician.reset();
    n.admin.reset();
    QVERIFY(QDir(n.dir.path()).removeRecursively());
}
// A clinic with one patient, backed up into `out`, wiped and restored: `r` holds the restored
// node's administrator and physician sessions.
void restoredClinic(QTemporaryDir& out, Node& r)
{
    Node a;
    QVERIFY(createClinic(a, QStringLiteral("Clinic A"), true));
    QVERIFY(appendPatient(a, QStringLiteral("Lonely")));
    const QString archive = out.filePath(QStringLiteral("a.mlbackup"));
    QCOMPARE(backup(*a.admin, archive), QString());
    wipe(a);
    const QString target = out.filePath(QStringLiteral("restored"));
    QVERIFY(restore(archive, target));
    r.admin = open(target, QStringLiteral("admin"));
    r.physician = open(target, QStringLiteral("doc"));
}
} // namespace

class tst_NodeBackup : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void backupWipeRestoreVerify();
    void restoredNodeSignsAfterOverride();
    void overrideRefusedWhilePeerHeadIsMissing();
    void damagedArchiveLeavesNothing_data();
    void damagedArchiveLeavesNothing();
    void restoreNeverOverwrites();
    void restoreIntoEmptyOrMissingDirectory();
    void onlyAdministratorsBackUp();
    void backupWhileAnotherConnectionWrites();
};

void tst_NodeBackup::backupWipeRestoreVerify()
{
    Node a;
    QVERIFY(createClinic(a, QStringLiteral("Clinic A"), true));
    for (int i = 0; i < 5; ++i)
        QVERIFY(appendPatient(a, QStringLiteral("Backup%1").arg(i)));
    QVERIFY(writeAll(QDir(a.dir.path()).filePath(QStringLiteral("settings.ini")), "[ui]\nlanguage=de\n"));
    const QByteArray keyring = readAll(app::NodePaths{a.dir.path()}.keyring());
    const QByteArray state = stateHash(a);
    const qint64 blocks = blockCount(a);
    const QString node = a.admin->identity().nodeFingerprint;
    QTemporaryDir out;
    const QString archive = out.filePath(QStringLiteral("a.mlbackup"));
    QCOMPARE(backup(*a.admin, archive), QString());
    QVERIFY(!readAll(archive).contains("SQLite format 3"));
    wipe(a);

    const QString target = out.filePath(QStringLiteral("restored"));
    auto report = restore(archive, target);
    QVERIFY2(report, report ? "" : qPrintable(report.error()));
    QCOMPARE(report->blocks, blocks);
    QCOMPARE(report->nodeFingerprint, node);
    QCOMPARE(readAll(app::NodePaths{target}.keyring()), keyring);
    QCOMPARE(readAll(QDir(target).filePath(QStringLiteral("settings.ini"))), QByteArray("[ui]\nlanguage=de\n"));
    QCOMPARE(QFileInfo(target).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup), QFileDevice::Permissions());

    Node r;
    r.admin = open(target, QStringLiteral("admin"));
    QVERIFY(r.admin);
    QCOMPARE(stateHash(r), state);
    auto verified = app::LedgerCheck::verify(*r.admin, {});
    QVERIFY(verified && verified->ok());
    auto waiting = app::NodeRestore::waiting(*r.admin);
    QVERIFY(waiting && waiting->has_value());
    QVERIFY(!(*waiting)->peerReportedHeight);

    // The restored node refuses to seal, with a message that says why and what to do.
    r.physician = open(target, QStringLiteral("doc"));
    QVERIFY(r.physician);
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("append failed: .*restored from a backup")));
    QVERIFY(!appendPatient(r, QStringLiteral("TooEarly")));
    QCOMPARE(blockCount(r), blocks);
}

void tst_NodeBackup::restoredNodeSignsAfterOverride()
{
    QTemporaryDir out;
    Node r;
    restoredClinic(out, r);
    QVERIFY(r.admin && r.physician);
    // The status bar says why nothing can be signed, even without any peer.
    auto summary = app::SyncSummary::read(*r.admin, 0);
    QVERIFY(summary && summary->awaitingOwnHead && summary->needsAttention());
    QVERIFY2(summary->text().contains(QLatin1String("restored from a backup")), qPrintable(summary->text()));
    auto notAdmin = app::NodeRestore::resumeSigning(*r.physician, false);
    QVERIFY(!notAdmin);
    QVERIFY2(notAdmin.error().contains(QLatin1String("administrator")), qPrintable(notAdmin.error()));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("overrode the restore mark")));
    QVERIFY(app::NodeRestore::resumeSigning(*r.admin, false));
    auto waiting = app::NodeRestore::waiting(*r.admin);
    QVERIFY(waiting && !waiting->has_value());
    QVERIFY(appendPatient(r, QStringLiteral("AfterOverride")));
    summary = app::SyncSummary::read(*r.admin, 0);
    QVERIFY(summary && !summary->awaitingOwnHead && summary->text().isEmpty());
    auto again = app::NodeRestore::resumeSigning(*r.admin, false);
    QVERIFY(!again && again.error().contains(QLatin1String("nothing to override")));
    auto verified = app::LedgerCheck::verify(*r.admin, {});
    QVERIFY(verified && verified->ok());
}

void tst_NodeBackup::overrideRefusedWhilePeerHeadIsMissing()
{
    QTemporaryDir out;
    Node r;
    restoredClinic(out, r);
    QVERIFY(r.admin);
    // A peer said this node's chain reaches height 40, and never delivered it.
    ledger::Hash claimed{};
    claimed.fill(0x5a);
    QVERIFY(ledger::RestoreMark::noteReportedHead(r.db(), 40, claimed));
    QVERIFY(ledger::RestoreMark::noteReportedHead(r.db(), 3, claimed)); // lower: kept at 40
    auto waiting = app::NodeRestore::waiting(*r.admin);
    QVERIFY(waiting && waiting->has_value());
    QCOMPARE((*waiting)->peerReportedHeight.value_or(0), quint64(40));
    QVERIFY(!(*waiting)->reportedHeadHeld);
    auto refused = app::NodeRestore::resumeSigning(*r.admin, false);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QLatin1String("fork")), qPrintable(refused.error()));
    QTest::ignoreMessage(QtWarningMsg, QRegularExpression(QStringLiteral("overrode the restore mark.*despite")));
    QVERIFY(app::NodeRestore::resumeSigning(*r.admin, true));
}

void tst_NodeBackup::damagedArchiveLeavesNothing_data()
{
    QTest::addColumn<QString>("damage");
    QTest::addColumn<QString>("message");
    QTest::newRow("flipped byte") << QStringLiteral("flip") << QStringLiteral("chunk 5");
    QTest::newRow("truncated") << QStringLiteral("truncate") << QStringLiteral("truncated");
    QTest::newRow("chunks swapped") << QStringLiteral("swap") << QStringLiteral("chunk 2");
    QTest::newRow("wrong backup passphrase") << QStringLiteral("backup-passphrase") << QStringLiteral("wrong backup passphrase");
    QTest::newRow("wrong user passphrase") << QStringLiteral("user-passphrase") << QStringLiteral("does not open");
}

void tst_NodeBackup::damagedArchiveLeavesNothing()
{
    QFETCH(QString, damage);
    QFETCH(QString, message);
    Node a;
    QVERIFY(createClinic(a, QStringLiteral("Clinic A"), true));
    QTemporaryDir out;
    const QString archive = out.filePath(QStringLiteral("a.mlbackup"));
    QCOMPARE(backup(*a.admin, archive), QString());
    QByteArray bytes = readAll(archive);
    QVERIFY(bytes.size() > kHeader + 8 * kFullChunk);
    if (damage == QLatin1String("flip"))
        bytes[kHeader + 5 * kFullChunk + 100] = static_cast<char>(bytes[kHeader + 5 * kFullChunk + 100] ^ 0x20);
    else if (damage == QLatin1String("truncate"))
        bytes.chop(kFullChunk / 2);
    else if (damage == QLatin1String("swap"))
        bytes = bytes.left(kHeader + 2 * kFullChunk) + bytes.mid(kHeader + 3 * kFullChunk, kFullChunk)
                + bytes.mid(kHeader + 2 * kFullChunk, kFullChunk) + bytes.mid(kHeader + 4 * kFullChunk);
    QVERIFY(writeAll(archive, bytes));

    QTemporaryDir parent;
    const QString target = parent.filePath(QStringLiteral("restored"));
    auto report = restore(archive, target, damage == QLatin1String("backup-passphrase") ? QStringLiteral("not the passphrase")
                                                                                       : kBackupPassphrase,
                          damage == QLatin1String("user-passphrase") ? QStringLiteral("not the passphrase either")
                                                                     : kPassphrase);
    QVERIFY(!report);
    QVERIFY2(report.error().contains(message), qPrintable(report.error()));
    QVERIFY(!QFileInfo::exists(target));
    QCOMPARE(QDir(parent.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList());
}

void tst_NodeBackup::restoreNeverOverwrites()
{
    Node a;
    QVERIFY(createClinic(a, QStringLiteral("Clinic A"), false));
    QTemporaryDir out;
    const QString archive = out.filePath(QStringLiteral("a.mlbackup"));
    QCOMPARE(backup(*a.admin, archive), QString());
    // Into the live node's own directory: refused before anything is read.
    auto report = restore(archive, a.dir.path());
    QVERIFY(!report);
    QVERIFY2(report.error().contains(QLatin1String("already exists")), qPrintable(report.error()));
    QVERIFY(app::LedgerCheck::verify(*a.admin, {}));
}

// A replaced disk: the data directory is there but empty, or even its parents are missing
// (a fresh application-data location). Both restore; a failure removes the parents it made.
void tst_NodeBackup::restoreIntoEmptyOrMissingDirectory()
{
    Node a;
    QVERIFY(createClinic(a, QStringLiteral("Clinic A"), false));
    QTemporaryDir out;
    const QString archive = out.filePath(QStringLiteral("a.mlbackup"));
    QCOMPARE(backup(*a.admin, archive), QString());

    const QString empty = out.filePath(QStringLiteral("empty"));
    QVERIFY(QDir().mkdir(empty));
    QList<std::pair<app::NodeRestore::Phase, int>> steps;
    auto report = app::NodeRestore::restore(archive, app::passphraseFromString(kBackupPassphrase), app::NodePaths{empty},
                                            QStringLiteral("admin"), app::passphraseFromString(kPassphrase),
                                            [&steps](app::NodeRestore::Phase phase, qint64 done, qint64 total) {
                                                steps.append({phase, total > 0 ? int(done * 100 / total) : 0});
                                            });
    QVERIFY2(report, qPrintable(report ? QString() : report.error()));
    QVERIFY(app::NodePaths{empty}.exists());
    // Both phases report, extraction first.
    QVERIFY(!steps.isEmpty() && steps.first().first == app::NodeRestore::Phase::Extracting);
    QCOMPARE(steps.last(), std::make_pair(app::NodeRestore::Phase::Verifying, 100));

    const QString nested = out.filePath(QStringLiteral("fresh/MediLock/node"));
    QVERIFY(!restore(archive, nested, QStringLiteral("not the passphrase")));
    QVERIFY(!QFileInfo::exists(out.filePath(QStringLiteral("fresh")))); // the parents it made are gone again
    QVERIFY2(restore(archive, nested), "into missing parents");
    QVERIFY(app::NodePaths{nested}.exists());
    QCOMPARE(QFileInfo(out.filePath(QStringLiteral("fresh/MediLock"))).permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
             QFileDevice::Permissions());

    // A directory with anything in it is not replaced.
    const QString used = out.filePath(QStringLiteral("used"));
    QVERIFY(QDir().mkdir(used));
    QVERIFY(writeAll(QDir(used).filePath(QStringLiteral(".hidden")), "x"));
    auto refused = restore(archive, used);
    QVERIFY(!refused);
    QVERIFY2(refused.error().contains(QLatin1String("already exists")), qPrintable(refused.error()));
    QCOMPARE(QDir(used).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot), QStringList{QStringLiteral(".hidden")});
}

void tst_NodeBackup::onlyAdministratorsBackUp()
{
    Node a;
    QVERIFY(createClinic(a, QStringLiteral("Clinic A"), true));
    QTemporaryDir out;
    const QString archive = out.filePath(QStringLiteral("a.mlbackup"));
    QVERIFY(backup(*a.physician, archive).contains(QLatin1String("administrator")));
    QVERIFY(!QFileInfo::exists(archive));
    auto shortPass = app::NodeBackup::create(*a.admin, archive, app::passphraseFromString(QStringLiteral("short")), fastOptions());
    QVERIFY(!shortPass && !QFileInfo::exists(archive));
}

void tst_NodeBackup::backupWhileAnotherConnectionWrites()
{
    Node a;
    QVERIFY(createClinic(a, QStringLiteral("Clinic A"), true));
    QVERIFY(appendPatient(a, QStringLiteral("First")));
    std::atomic<bool> stop{false};
    std::atomic<int> written{0};
    std::atomic<bool> failed{false};
    // The physician's session writes on its own thread (one Session per thread) meanwhile.
    std::thread writer([&] {
        while (!stop) {
            if (!appendPatient(a, QStringLiteral("During%1").arg(written.load()))) {
                failed = true;
                return;
            }
            ++written;
        }
    });
    while (written < 3 && !failed)
        std::this_thread::yield();
    const int before = written;
    QTemporaryDir out;
    const QString archive = out.filePath(QStringLiteral("a.mlbackup"));
    const QString result = backup(*a.admin, archive);
    const int after = written;
    stop = true;
    writer.join();
    QVERIFY(!failed);
    QCOMPARE(result, QString());
    QVERIFY2(after > before, "the writer kept writing during the backup");

    const QString target = out.filePath(QStringLiteral("restored"));
    auto report = restore(archive, target);
    QVERIFY2(report, report ? "" : qPrintable(report.error()));
    Node r;
    r.admin = open(target, QStringLiteral("admin"));
    QVERIFY(r.admin);
    // A snapshot of one moment: every registration stored is projected, nothing half-written.
    const qint64 registered = scalar(r.db(), "SELECT count(*) FROM entries WHERE kind = 16;");
    QVERIFY(registered >= 1 + before && registered <= 1 + after + 1);
    QCOMPARE(scalar(r.db(), "SELECT count(*) FROM patients;"), registered);
    auto verified = app::LedgerCheck::verify(*r.admin, {});
    QVERIFY(verified && verified->ok());
    QCOMPARE(verified->entries, scalar(r.db(), "SELECT count(*) FROM entries;"));
}

QTEST_GUILESS_MAIN(tst_NodeBackup)
#include "tst_NodeBackup.moc"
