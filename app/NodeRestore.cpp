#include "NodeRestore.h"

#include "BackupContents.h"
#include "LedgerCheck.h"
#include "Logging.h"
#include "Session.h"
#include "SessionImpl.h"

#include "crypto/BackupReader.h"
#include "crypto/ConstantTime.h"
#include "ledger/store/RestoreMark.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>

#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace medilock::app {

namespace {
QString tr(const char* text)
{
    return QCoreApplication::translate("NodeBackup", text);
}

constexpr std::uint64_t kCopyBlock = 1 << 20;

bool syncPath(const QString& path, int flags)
{
    const int fd = ::open(QFile::encodeName(path).constData(), flags | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

Result<void> extractFile(crypto::BackupReader& reader, const BackupContents::FileRecord& record, const QString& path,
                         qint64 total, const NodeRestore::Progress& progress)
{
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return fail(tr("cannot write %1: %2").arg(path, file.errorString()));
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    QByteArray block;
    for (std::uint64_t left = record.size; left > 0;) {
        const std::uint64_t take = std::min(left, kCopyBlock);
        block.resize(static_cast<qsizetype>(take));
        if (auto r = reader.read(reinterpret_cast<std::uint8_t*>(block.data()), take); !r)
            return r;
        if (file.write(block) != block.size())
            return fail(tr("cannot write %1: %2").arg(path, file.errorString()));
        left -= take;
        if (progress)
            progress(NodeRestore::Phase::Extracting, reader.position(), total);
    }
    if (!file.flush() || ::fsync(file.handle()) != 0)
        return fail(tr("cannot write %1: %2").arg(path, file.errorString()));
    return {};
}

Result<void> extractArchive(const QString& archivePath, const crypto::SecureBuffer& passphrase, const QString& directory,
                            const NodeRestore::Progress& progress)
{
    QFile archive(archivePath);
    if (!archive.open(QIODevice::ReadOnly))
        return fail(tr("cannot read %1: %2").arg(archivePath, archive.errorString()));
    const qint64 total = archive.size();
    auto reader = crypto::BackupReader::open(archive, passphrase.view());
    if (!reader)
        return std::move(reader).takeError();
    const BackupContents::Source source = [&reader](std::uint8_t* out, std::size_t count) {
        return (*reader)->read(out, count);
    };
    QSet<QString> seen;
    for (;;) {
        auto record = BackupContents::nextRecord(source, seen);
        if (!record)
            return std::move(record).takeError();
        if (!*record)
            break;
        if (auto r = extractFile(**reader, **record, QDir(directory).filePath((*record)->name), total, progress); !r)
            return r;
    }
    if (auto r = (*reader)->finish(); !r)
        return r;
    if (!seen.contains(BackupContents::kDatabase) || !seen.contains(BackupContents::kKeyring))
        return fail(tr("the backup lacks the database or the keyring"));
    return {};
}

// A target that does not exist, or an empty directory (rename(2) replaces that in one step).
bool usableTarget(const QString& directory)
{
    const QFileInfo info(directory);
    if (info.isSymLink())
        return false;
    if (!info.exists())
        return true;
    return info.isDir() && QDir(directory).isEmpty(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

// The parent directories a restore had to create (a fresh disk has no application-data
// folder yet); removed again, deepest first and only while empty, unless the restore succeeded.
class CreatedParents
{
public:
    CreatedParents() = default;
    CreatedParents(const CreatedParents&) = delete;
    CreatedParents& operator=(const CreatedParents&) = delete;
    ~CreatedParents()
    {
        if (!m_keep)
            for (auto it = m_created.crbegin(); it != m_created.crend(); ++it)
                QDir().rmdir(*it);
    }
    bool create(const QString& directory)
    {
        QStringList missing;
        for (QString path = QDir::cleanPath(directory); !QFileInfo::exists(path) && !QFileInfo(path).isSymLink();
             path = QFileInfo(path).absolutePath()) {
            missing.prepend(path);
            if (QDir(path).isRoot())
                break;
        }
        for (const QString& path : missing) {
            if (::mkdir(QFile::encodeName(path).constData(), 0700) != 0)
                return false;
            m_created << path;
        }
        return true;
    }
    void keep() { m_keep = true; }

private:
    QStringList m_created;
    bool m_keep = false;
};
} // namespace

Result<NodeRestore::Report> NodeRestore::restore(const QString& archivePath, const crypto::SecureBuffer& backupPassphrase,
                                                 const NodePaths& target, const QString& userName,
                                                 const crypto::SecureBuffer& userPassphrase, const Progress& progress)
{
    const QFileInfo targetInfo(target.directory);
    if (!usableTarget(target.directory))
        return fail(tr("%1 already exists; restore into a new directory").arg(target.directory));
    const QString parent = targetInfo.absolutePath();
    CreatedParents createdParents; // outlives the staging directory, which sits inside
    if (!createdParents.create(parent))
        return fail(tr("cannot create the directory %1").arg(parent));
    if (!QFileInfo(parent).isDir())
        return fail(tr("%1 is not a directory").arg(parent));
    // Beside the target, on the same file system, so the last step is one rename.
    QTemporaryDir staging(QDir(parent).filePath(QStringLiteral(".%1.restore-XXXXXX").arg(targetInfo.fileName())));
    if (!staging.isValid())
        return fail(tr("cannot create a directory in %1: %2").arg(parent, staging.errorString()));
    if (auto r = extractArchive(archivePath, backupPassphrase, staging.path(), progress); !r)
        return std::move(r).takeError();

    Report report;
    {
        auto session = Session::unlock(NodePaths{staging.path()}, userName, userPassphrase);
        if (!session)
            return fail(tr("the restored node does not open: %1").arg(session.error()));
        auto verified = LedgerCheck::verify(**session, [&progress](qint64 done, qint64 total) {
            if (progress)
                progress(Phase::Verifying, done, total);
        });
        if (!verified)
            return fail(tr("the restored ledger does not verify: %1").arg(verified.error()));
        if (!verified->ok())
            return fail(tr("the restored ledger does not verify: %1").arg(verified->firstProblem));
        if (auto r = ledger::RestoreMark::set((*session)->impl().db, QDateTime::currentMSecsSinceEpoch()); !r)
            return std::move(r).takeError();
        report = Report{verified->blocks, verified->entries, (*session)->identity().nodeFingerprint};
    }
    if (!syncPath(staging.path(), O_RDONLY | O_DIRECTORY))
        return fail(tr("cannot write %1").arg(staging.path()));
    if (!usableTarget(target.directory))
        return fail(tr("%1 already exists; restore into a new directory").arg(target.directory));
    if (std::rename(QFile::encodeName(staging.path()).constData(), QFile::encodeName(target.directory).constData()) != 0)
        return fail(tr("cannot move the restored node to %1").arg(target.directory));
    staging.setAutoRemove(false);
    createdParents.keep();
    syncPath(parent, O_RDONLY | O_DIRECTORY);
    qCWarning(lcNode).noquote() << "node" << report.nodeFingerprint.left(16) << "restored from a backup into"
                                << target.directory << "; it signs nothing until it has caught up with its own chain";
    return report;
}

Result<std::optional<NodeRestore::Waiting>> NodeRestore::waiting(Session& session)
{
    ledger::Database& db = session.impl().db;
    auto mark = ledger::RestoreMark::read(db);
    if (!mark)
        return std::move(mark).takeError();
    if (!*mark)
        return std::optional<Waiting>();
    Waiting w;
    w.restoredAtMs = (*mark)->restoredAtMs;
    if ((*mark)->reportedHeight) {
        w.peerReportedHeight = *(*mark)->reportedHeight;
        ledger::PublicKeyBytes origin{};
        const ByteView key = session.impl().nodeKey.publicKey().view();
        std::copy(key.begin(), key.end(), origin.begin());
        auto held = session.impl().ledger->store().blockAt(origin, *(*mark)->reportedHeight);
        if (!held)
            return std::move(held).takeError();
        w.reportedHeadHeld = *held && crypto::constantTimeEqual(ByteView((*held)->hash), ByteView((*mark)->reportedHash));
    }
    return std::optional<Waiting>(w);
}

Result<NodeRestore::Resumed> NodeRestore::resumeSigning(Session& session, bool despiteReportedHead)
{
    if (session.user().role != Role::Admin || session.isHeadlessNode())
        return fail(tr("only an administrator can let a restored node sign again"));
    auto state = waiting(session);
    if (!state)
        return std::move(state).takeError();
    if (!*state)
        return fail(tr("this node is not waiting for its own chain; there is nothing to override"));
    if ((*state)->peerReportedHeight && !(*state)->reportedHeadHeld && !despiteReportedHead)
        return fail(tr("a peer reported block %1 of this node's own chain, which is not stored here; signing now "
                       "would fork the chain. Let the node catch up from that peer (or, if that peer is known to be "
                       "wrong, override with --despite-peer-head)")
                        .arg(*(*state)->peerReportedHeight));
    Resumed resumed;
    Session::Impl& s = session.impl();
    if (auto sealed = s.ledger->sealQueued(s.nodeKey, true); sealed) {
        resumed.sealedAccesses = *sealed;
    } else {
        resumed.queueProblem = sealed.error();
        qCWarning(lcNode).noquote() << "queued chart accesses stay unsealed:" << sealed.error();
        if (auto r = ledger::RestoreMark::clear(s.db); !r)
            return std::move(r).takeError();
    }
    qCWarning(lcNode).noquote() << "administrator" << session.user().name
                                << "overrode the restore mark: signing resumes without a peer's head"
                                << ((*state)->peerReportedHeight ? "despite a peer-reported head" : "");
    if (resumed.sealedAccesses > 0)
        qCInfo(lcNode) << "sealed" << resumed.sealedAccesses << "chart accesses queued since the restore";
    return resumed;
}

} // namespace medilock::app
