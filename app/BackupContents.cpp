#include "BackupContents.h"

#include "crypto/ByteReader.h"

#include <QCoreApplication>

namespace medilock::app {

namespace {
constexpr std::uint8_t kEnd = 0x00;
constexpr std::uint8_t kFile = 0x01;

QString tr(const char* text)
{
    return QCoreApplication::translate("NodeBackup", text);
}
} // namespace

std::uint64_t BackupContents::maxSize(const QString& name)
{
    if (name == kKeyring || name == kSettings)
        return 1u << 20;
    if (name == kDatabase)
        return std::uint64_t(1) << 40;
    return 0;
}

QByteArray BackupContents::fileRecordHeader(const QString& name, std::uint64_t size)
{
    const QByteArray utf8 = name.toUtf8();
    Q_ASSERT(maxSize(name) >= size && utf8.size() < 256);
    QByteArray out;
    ByteWriter(out).u8(kFile).u8(static_cast<std::uint8_t>(utf8.size())).bytes(utf8).u64(size);
    return out;
}

QByteArray BackupContents::endRecord()
{
    return QByteArray(1, static_cast<char>(kEnd));
}

Result<std::optional<BackupContents::FileRecord>> BackupContents::nextRecord(const Source& source, QSet<QString>& seen)
{
    std::uint8_t type = 0;
    if (auto r = source(&type, 1); !r)
        return std::move(r).takeError();
    if (type == kEnd)
        return std::optional<FileRecord>();
    if (type != kFile)
        return fail(tr("the backup holds an unknown record type %1").arg(type));
    std::uint8_t length = 0;
    if (auto r = source(&length, 1); !r)
        return std::move(r).takeError();
    QByteArray name(length, Qt::Uninitialized);
    if (auto r = source(reinterpret_cast<std::uint8_t*>(name.data()), length); !r)
        return std::move(r).takeError();
    QByteArray sizeBytes(8, Qt::Uninitialized);
    if (auto r = source(reinterpret_cast<std::uint8_t*>(sizeBytes.data()), 8); !r)
        return std::move(r).takeError();
    FileRecord record;
    ByteReader(sizeBytes).u64(record.size);
    record.name = QString::fromLatin1(name); // every allowed name is ASCII
    const std::uint64_t bound = maxSize(record.name);
    if (bound == 0 || record.name.toLatin1() != name)
        return fail(tr("the backup holds a file this program does not restore"));
    if (seen.contains(record.name))
        return fail(tr("the backup holds %1 twice").arg(record.name));
    if (record.size > bound)
        return fail(tr("%1 in the backup is larger than allowed").arg(record.name));
    seen.insert(record.name);
    return std::optional<FileRecord>(record);
}

} // namespace medilock::app
