#include "DatabaseRekey.h"

#include "Logging.h"
#include "SessionImpl.h"

#include "crypto/Keyring.h"
#include "crypto/Random.h"
#include "ledger/store/Statement.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace medilock::app {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("DatabaseRekey", text);
}

QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// The copy and the files SQLite may have left beside it.
void removeCopy(const NodePaths& paths)
{
    for (const char* suffix : {"", "-journal", "-wal", "-shm"})
        QFile::remove(paths.rekeyedDatabase() + QLatin1String(suffix));
}

Result<void> syncPath(const QString& path, bool directory)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC | (directory ? O_DIRECTORY : 0));
    if (fd < 0)
        return fail(tr("cannot open %1: %2").arg(path, systemError()));
    const int rc = ::fsync(fd);
    ::close(fd);
    if (rc != 0)
        return fail(tr("cannot sync %1: %2").arg(path, systemError()));
    return {};
}

// Rows per table: the copy must hold exactly what the original held.
Result<QList<QPair<QString, qint64>>> tableCounts(ledger::Database& db)
{
    auto names = db.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name;");
    if (!names)
        return std::move(names).takeError();
    QStringList tables;
    if (auto r = names->forEachRow([&](const auto&) { tables << names->text(0); }); !r)
        return std::move(r).takeError();
    QList<QPair<QString, qint64>> counts;
    for (const QString& table : std::as_const(tables)) {
        // Names come from sqlite_master; quoted as identifiers all the same.
        QString quoted = table;
        quoted.replace(QLatin1Char('"'), QLatin1String("\"\""));
        const QByteArray sql = QStringLiteral("SELECT count(*) FROM \"%1\";").arg(quoted).toUtf8();
        auto count = db.queryText(sql.constData());
        if (!count)
            return std::move(count).takeError();
        counts.append({table, count->toLongLong()});
    }
    return counts;
}

Result<void> requireAdministrator(const Session& session)
{
    if (session.isHeadlessNode() || session.user().role != Role::Admin || !session.holdsClinicRoot())
        return fail(tr("only an administrator holding the clinic root key can re-key the database"));
    return {};
}

// The database copied under `nextKey` beside the original and checked; the original is left in
// rollback-journal mode with no WAL file, so the copy can replace it by a rename.
Result<qint64> writeCopy(Session::Impl& s, const crypto::SecureBuffer& nextKey, const DatabaseRekey::Progress& progress)
{
    auto source = ledger::Database::open(s.paths.database(), s.secrets.databaseKey, ledger::Database::Mode::OpenExisting);
    if (!source)
        return std::move(source).takeError();
    // Leaving WAL mode needs every other connection closed: SQLite refuses otherwise.
    if (auto r = source->exec("PRAGMA wal_checkpoint(TRUNCATE);"); !r)
        return std::move(r).takeError();
    auto mode = source->queryText("PRAGMA main.journal_mode = DELETE;");
    if (!mode)
        return std::move(mode).takeError();
    if (mode->compare(QLatin1String("delete"), Qt::CaseInsensitive) != 0)
        return fail(tr("the database is still in use by another connection of this program; close it and try again"));
    auto before = tableCounts(*source);
    if (!before)
        return std::move(before).takeError();
    if (progress)
        progress(DatabaseRekey::Stage::Copying);
    if (auto r = source->exportTo(s.paths.rekeyedDatabase(), nextKey); !r)
        return std::move(r).takeError();
    source = ledger::Database(); // closed: no WAL file stays beside node.db

    if (progress)
        progress(DatabaseRekey::Stage::Checking);
    {
        auto copy = ledger::Database::open(s.paths.rekeyedDatabase(), nextKey, ledger::Database::Mode::OpenExisting);
        if (!copy)
            return std::move(copy).takeError();
        auto check = copy->queryText("PRAGMA quick_check;");
        if (!check)
            return std::move(check).takeError();
        if (*check != QLatin1String("ok"))
            return fail(tr("the re-encrypted copy does not pass its check: %1").arg(*check));
        auto after = tableCounts(*copy);
        if (!after)
            return std::move(after).takeError();
        if (*after != *before)
            return fail(tr("the re-encrypted copy does not hold the same rows as the database"));
    }
    if (QFile::exists(s.paths.database() + QLatin1String("-wal")))
        return fail(tr("the database still has a write-ahead log; try again"));
    if (auto r = syncPath(s.paths.rekeyedDatabase(), false); !r)
        return std::move(r).takeError();
    return static_cast<qint64>(before->size());
}
} // namespace

Result<void> DatabaseRekey::check(Session& session)
{
    if (auto r = requireAdministrator(session); !r)
        return r;
    Session::Impl& s = session.impl();
    auto keyring = crypto::Keyring::load(s.paths.keyring());
    if (!keyring)
        return std::move(keyring).takeError();
    if (auto r = keyring->checkRekeyable(); !r)
        return r;
    return s.lock.checkExclusive();
}

Result<DatabaseRekey::Report> DatabaseRekey::run(Session& session, const Progress& progress)
{
    if (auto r = requireAdministrator(session); !r)
        return std::move(r).takeError();
    Session::Impl& s = session.impl();
    if (progress)
        progress(Stage::Preparing);
    if (auto r = s.lock.upgradeToExclusive(); !r)
        return std::move(r).takeError();
    // Back to shared use on every way out; the session goes on with whichever key opens.
    struct Shared
    {
        NodeLock& lock;
        ~Shared() { (void)lock.downgradeToShared(); }
    } shared{s.lock};

    auto keyring = crypto::Keyring::load(s.paths.keyring());
    if (!keyring)
        return std::move(keyring).takeError();
    crypto::SecureBuffer nextKey = crypto::randomSecret(32);
    if (auto r = keyring->beginRekey(nextKey); !r)
        return std::move(r).takeError();
    removeCopy(s.paths);
    // 1. The keyring holds the pending key next to the current one.
    if (auto r = keyring->save(s.paths.keyring()); !r)
        return std::move(r).takeError();
    const crypto::SecureBuffer currentKey = s.secrets.databaseKey.clone();
    s.closeDatabase();

    // 2. The copy under the new key, checked and synced; 3. renamed over node.db.
    auto copied = writeCopy(s, nextKey, progress);
    Result<void> switched = copied ? Result<void>() : Result<void>(fail(copied.ok() ? QString() : copied.error()));
    if (copied) {
        if (progress)
            progress(Stage::Switching);
        if (::rename(QFile::encodeName(s.paths.rekeyedDatabase()).constData(),
                     QFile::encodeName(s.paths.database()).constData())
            != 0)
            switched = fail(tr("cannot replace %1: %2").arg(s.paths.database(), systemError()));
        else
            switched = syncPath(s.paths.directory, true);
    }
    if (!switched && !QFileInfo::exists(s.paths.rekeyedDatabase()) && copied) {
        // Renamed, but the directory could not be synced: the new file is in place all the same.
        qCWarning(lcNode, "re-key: %s", qPrintable(switched.error()));
        switched = {};
    }
    if (!switched) {
        removeCopy(s.paths);
        keyring->abortRekey();
        auto restored = keyring->save(s.paths.keyring());
        auto reopened = s.openDatabase(currentKey.clone());
        if (reopened)
            reopened = s.openLedger();
        if (!restored || !reopened)
            qCWarning(lcNode, "re-key failed and the node could not be restored at once; the next session settles it");
        return std::move(switched).takeError();
    }

    // 4. The pending key becomes the current one. Should this save fail, the next session
    // finds the pending key opening the database and settles on it.
    auto committed = keyring->commitRekey();
    if (committed)
        committed = keyring->save(s.paths.keyring());
    if (auto r = s.openDatabase(nextKey.clone()); !r)
        return std::move(r).takeError();
    if (auto r = s.openLedger(); !r)
        return std::move(r).takeError();
    if (!committed)
        return std::move(committed).takeError();
    if (progress)
        progress(Stage::Done);
    qCInfo(lcNode, "database re-keyed, key generation %u", keyring->generation());
    return Report{keyring->generation(), keyring->slotNames(), *copied};
}

Result<void> DatabaseRekey::settleInterrupted(const NodePaths& paths, bool databaseUsesPendingKey)
{
    auto keyring = crypto::Keyring::load(paths.keyring());
    if (!keyring)
        return std::move(keyring).takeError();
    if (!keyring->hasPendingRekey())
        return {}; // another session settled it meanwhile
    if (databaseUsesPendingKey) {
        if (auto r = keyring->commitRekey(); !r)
            return r;
    } else {
        keyring->abortRekey();
    }
    if (auto r = keyring->save(paths.keyring()); !r)
        return r;
    removeCopy(paths);
    qCWarning(lcNode, "an interrupted re-key was %s", databaseUsesPendingKey ? "completed" : "rolled back");
    return {};
}

} // namespace medilock::app
