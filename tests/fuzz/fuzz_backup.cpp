// libFuzzer target: the backup archive parsers over arbitrary bytes (docs/backup-format.md).
// 1. The header: what parses must encode back to exactly its bytes.
// 2. The chunk framing: the header re-tagged under a fixed key (a fuzzer cannot forge GCM
//    tags), then chunks read until the first refusal; nothing may be handed out unauthenticated.
// 3. The record parser of the decrypted contents, fed the raw input as if it were plaintext.
// No scrypt runs.

#include "app/BackupContents.h"
#include "crypto/BackupReader.h"

#include <QBuffer>

#include <cstdint>
#include <cstdlib>
#include <cstring>

using namespace medilock;

namespace {
void fuzzArchive(QByteArray bytes)
{
    std::array<std::uint8_t, crypto::BackupHeader::kTagSize> tag{};
    auto header = crypto::BackupHeader::parse(asView(bytes), tag);
    if (!header)
        return;
    const crypto::SecureBuffer key(32);
    const QByteArray fields = header->encodeFields();
    if (bytes.left(fields.size()) != fields)
        std::abort();
    bytes.replace(fields.size(), qsizetype(tag.size()), header->tag(key));
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    auto reader = crypto::BackupReader::openWithKey(buffer, key.clone());
    if (!reader)
        std::abort(); // the tag was made with this key
    std::uint8_t byte = 0;
    for (int i = 0; i < 1 << 16 && (*reader)->read(&byte, 1); ++i) {
    }
    (void)(*reader)->finish();
}

void fuzzRecords(const std::uint8_t* data, std::size_t size)
{
    std::size_t pos = 0;
    const app::BackupContents::Source source = [&](std::uint8_t* out, std::size_t count) -> Result<void> {
        if (count > size - pos)
            return fail(QStringLiteral("end of input"));
        std::memcpy(out, data + pos, count);
        pos += count;
        return {};
    };
    QSet<QString> seen;
    for (;;) {
        auto record = app::BackupContents::nextRecord(source, seen);
        if (!record || !*record)
            return;
        if ((*record)->size > app::BackupContents::maxSize((*record)->name))
            std::abort();
        const std::uint64_t skip = std::min<std::uint64_t>((*record)->size, size - pos);
        pos += static_cast<std::size_t>(skip);
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size)
{
    fuzzArchive(QByteArray(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)));
    fuzzRecords(data, size);
    return 0;
}
