#pragma once

#include "crypto/Result.h"

#include <QByteArray>
#include <QSet>
#include <QString>

#include <cstdint>
#include <functional>
#include <optional>

namespace medilock::app {

// The plaintext inside a backup archive (docs/backup-format.md): the node directory's files
// as records, then an end record. Only known names are written or accepted, each at most
// once, each within its size bound.
class BackupContents
{
public:
    static inline const QString kKeyring = QStringLiteral("keyring.mlk");
    static inline const QString kSettings = QStringLiteral("settings.ini");
    static inline const QString kDatabase = QStringLiteral("node.db");

    struct FileRecord
    {
        QString name;
        std::uint64_t size = 0;
    };
    // Reads exactly `count` bytes into `out` (from the decrypting reader; from raw bytes in
    // the fuzz target).
    using Source = std::function<Result<void>(std::uint8_t* out, std::size_t count)>;

    static std::uint64_t maxSize(const QString& name); // 0: not a name a backup holds
    static QByteArray fileRecordHeader(const QString& name, std::uint64_t size);
    static QByteArray endRecord();
    // The next record's header: a file (its bytes follow in the source) or nullopt for the
    // end record. `seen` collects names, so a repeated one is refused.
    static Result<std::optional<FileRecord>> nextRecord(const Source& source, QSet<QString>& seen);
};

} // namespace medilock::app
