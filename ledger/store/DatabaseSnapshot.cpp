#include "DatabaseSnapshot.h"

#include "Database.h"

#include <sqlcipher/sqlite3.h>

#include <QCoreApplication>
#include <QFile>

#include <memory>

namespace medilock::ledger {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("DatabaseSnapshot", text);
}

constexpr int kPagesPerStep = 1024; // 4 MiB of pages between progress reports
} // namespace

Result<void> DatabaseSnapshot::copy(const QString& sourcePath, const crypto::SecureBuffer& rawKey, const QString& targetPath,
                                    const Progress& progress)
{
    auto source = Database::open(sourcePath, rawKey, Database::Mode::OpenExisting);
    if (!source)
        return std::move(source).takeError();
    auto target = Database::open(targetPath, rawKey, Database::Mode::CreateNew);
    if (!target)
        return std::move(target).takeError();
    // Held across every step: the backup reads one snapshot and never restarts, however
    // much the other connections write meanwhile (WAL readers do not block writers).
    if (auto r = source->exec("BEGIN; SELECT count(*) FROM sqlite_master;"); !r)
        return r;
    std::unique_ptr<sqlite3_backup, decltype(&sqlite3_backup_finish)> backup(
        sqlite3_backup_init(target->handle(), "main", source->handle(), "main"), sqlite3_backup_finish);
    if (!backup)
        return fail(tr("cannot start the database snapshot: %1").arg(target->lastError()));
    int rc = SQLITE_OK;
    while (rc == SQLITE_OK) {
        rc = sqlite3_backup_step(backup.get(), kPagesPerStep);
        const qint64 total = sqlite3_backup_pagecount(backup.get());
        if (progress)
            progress(total - sqlite3_backup_remaining(backup.get()), total);
    }
    rc = rc == SQLITE_DONE ? sqlite3_backup_finish(backup.release()) : rc;
    if (rc != SQLITE_OK)
        return fail(tr("the database snapshot failed: %1").arg(QString::fromUtf8(sqlite3_errstr(rc))));
    if (auto r = source->exec("COMMIT;"); !r)
        return r;
    // A rollback journal, so that closing leaves the snapshot as one file; Database::open
    // turns WAL on again when a restored node opens it.
    return target->exec("PRAGMA journal_mode = DELETE;");
}

} // namespace medilock::ledger
