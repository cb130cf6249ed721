#include "NodeBackup.h"

#include "BackupContents.h"
#include "Logging.h"
#include "SessionImpl.h"

#include "crypto/AtomicFile.h"
#include "crypto/BackupWriter.h"
#include "ledger/store/DatabaseSnapshot.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QTemporaryDir>

#include <algorithm>

namespace medilock::app {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("NodeBackup", text);
}

constexpr qint64 kCopyBlock = 1 << 20;

Result<void> appendFile(crypto::BackupWriter& writer, const QString& path, const QString& name, qint64& done,
                        qint64 total, const NodeBackup::Progress& progress)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(tr("cannot read %1: %2").arg(path, file.errorString()));
    const auto size = static_cast<std::uint64_t>(file.size());
    if (size > BackupContents::maxSize(name))
        return fail(tr("%1 is larger than a backup may hold").arg(path));
    if (auto r = writer.write(BackupContents::fileRecordHeader(name, size)); !r)
        return r;
    std::uint64_t copied = 0;
    while (copied < size) {
        const QByteArray block = file.read(std::min<qint64>(kCopyBlock, static_cast<qint64>(size - copied)));
        if (block.isEmpty())
            return fail(tr("cannot read %1: %2").arg(path, file.errorString()));
        if (auto r = writer.write(block); !r)
            return r;
        copied += static_cast<std::uint64_t>(block.size());
        done += block.size();
        if (progress)
            progress(1, done, total);
    }
    return {};
}
} // namespace

crypto::ScryptParams NodeBackup::defaultParams()
{
    crypto::ScryptParams params = crypto::calibrateScrypt(1000);
    // 64 MiB to 256 MiB: a restore must still run on the clinic's smallest machine.
    params.logN = std::clamp<std::uint8_t>(params.logN, 16, 18);
    return params;
}

Result<NodeBackup::Report> NodeBackup::create(Session& session, const QString& archivePath,
                                              const crypto::SecureBuffer& backupPassphrase, const Options& options,
                                              const Progress& progress)
{
    if (session.user().role != Role::Admin || session.isHeadlessNode())
        return fail(tr("only an administrator can back up the node"));
    if (backupPassphrase.size() < 12)
        return fail(tr("a backup passphrase needs at least 12 characters"));
    if (!options.params.withinBounds())
        return fail(tr("scrypt parameters out of bounds"));
    const NodePaths& paths = session.paths();
    auto keyring = crypto::readSmallFile(paths.keyring(), 1 << 20);
    if (!keyring)
        return std::move(keyring).takeError();

    // The snapshot is SQLCipher pages under the database key: private, but not small, so it
    // goes beside the database rather than into a RAM-backed /tmp.
    QTemporaryDir scratch(QDir(paths.directory).filePath(QStringLiteral("backup-XXXXXX")));
    if (!scratch.isValid())
        return fail(tr("cannot create a scratch directory in %1: %2").arg(paths.directory, scratch.errorString()));
    const QString snapshot = scratch.filePath(BackupContents::kDatabase);
    if (auto r = ledger::DatabaseSnapshot::copy(paths.database(), session.impl().secrets.databaseKey, snapshot,
                                                [&progress](qint64 done, qint64 total) {
                                                    if (progress)
                                                        progress(0, done, total);
                                                });
        !r)
        return std::move(r).takeError();
    // A re-key between reading the keyring and the snapshot would pair a keyring with a
    // database it cannot open.
    auto after = crypto::readSmallFile(paths.keyring(), 1 << 20);
    if (!after)
        return std::move(after).takeError();
    if (*after != *keyring)
        return fail(tr("the keyring changed while the backup was taken; run the backup again"));

    const QString settings = QDir(paths.directory).filePath(BackupContents::kSettings);
    const bool withSettings = QFileInfo::exists(settings);
    const qint64 total = QFileInfo(snapshot).size() + (withSettings ? QFileInfo(settings).size() : 0) + keyring->size();

    QSaveFile out(archivePath);
    if (!out.open(QIODevice::WriteOnly))
        return fail(tr("cannot write %1: %2").arg(archivePath, out.errorString()));
    out.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto writer = crypto::BackupWriter::start(out, crypto::BackupHeader::create(options.params, options.chunkSize),
                                              backupPassphrase.view());
    if (!writer)
        return std::move(writer).takeError();
    qint64 done = 0;
    if (auto r = writer->write(BackupContents::fileRecordHeader(BackupContents::kKeyring, keyring->size())); !r)
        return std::move(r).takeError();
    if (auto r = writer->write(*keyring); !r)
        return std::move(r).takeError();
    done += keyring->size();
    if (withSettings)
        if (auto r = appendFile(*writer, settings, BackupContents::kSettings, done, total, progress); !r)
            return std::move(r).takeError();
    if (auto r = appendFile(*writer, snapshot, BackupContents::kDatabase, done, total, progress); !r)
        return std::move(r).takeError();
    if (auto r = writer->write(BackupContents::endRecord()); !r)
        return std::move(r).takeError();
    if (auto r = writer->finish(); !r)
        return std::move(r).takeError();
    Report report{out.size(), QFileInfo(snapshot).size()};
    if (!out.commit())
        return fail(tr("cannot write %1: %2").arg(archivePath, out.errorString()));
    qCInfo(lcNode).noquote() << "backup written by" << session.user().name << "(" << report.archiveBytes << "bytes)";
    return report;
}

} // namespace medilock::app
