// Test-only program for tst_CrashSafety (never installed): opens a node database and appends
// small batches of observations until it is killed, writing each entry's hash to stdout,
// one per line and flushed, only after append() has returned (the entry is acknowledged).
//
// usage: crash_writer DATABASE DB_KEY_HEX CLINIC_ROOT_PUBLIC_HEX AUTHOR_SEED_HEX NODE_SEED_HEX PATIENT_ID_HEX

#include "ledger/EntryDraft.h"
#include "ledger/Ledger.h"
#include "ledger/store/Database.h"

#include "crypto/Ed25519.h"
#include "crypto/SecureBuffer.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <cstdio>
#include <random>
#include <unistd.h>
#include <vector>

namespace L = medilock::ledger;
using medilock::asView;

namespace {

int die(const QString& message)
{
    std::fprintf(stderr, "crash_writer: %s\n", qPrintable(message));
    return 2;
}

QByteArray hexArgument(const char* text, qsizetype bytes)
{
    const QByteArray out = QByteArray::fromHex(QByteArray(text));
    return out.size() == bytes ? out : QByteArray();
}

} // namespace

int main(int argc, char** argv)
{
    if (argc != 7)
        return die(QStringLiteral("usage: crash_writer DATABASE KEY ROOT AUTHOR_SEED NODE_SEED PATIENT"));
    const QByteArray key = hexArgument(argv[2], 32);
    const QByteArray root = hexArgument(argv[3], 32);
    const QByteArray authorSeed = hexArgument(argv[4], 32);
    const QByteArray nodeSeed = hexArgument(argv[5], 32);
    const QByteArray patient = hexArgument(argv[6], 16);
    if (key.isEmpty() || root.isEmpty() || authorSeed.isEmpty() || nodeSeed.isEmpty() || patient.isEmpty())
        return die(QStringLiteral("bad hex argument"));

    const medilock::crypto::SecureBuffer rawKey(key.constData(), static_cast<std::size_t>(key.size()));
    auto db = L::Database::open(QString::fromLocal8Bit(argv[1]), rawKey, L::Database::Mode::OpenExisting);
    if (!db)
        return die(db.error());
    L::PublicKeyBytes rootKey {};
    L::fromBytes(root, rootKey);
    auto ledger = L::Ledger::open(*db, rootKey);
    if (!ledger)
        return die(ledger.error());
    auto author = medilock::crypto::Ed25519PrivateKey::fromSeed(asView(authorSeed));
    auto node = medilock::crypto::Ed25519PrivateKey::fromSeed(asView(nodeSeed));
    if (!author || !node)
        return die(QStringLiteral("bad seed"));
    L::Id128 patientId {};
    L::fromBytes(patient, patientId);

    std::mt19937 random(
        static_cast<std::uint32_t>(getpid()) ^ static_cast<std::uint32_t>(QDateTime::currentMSecsSinceEpoch()));
    // A safety net: a writer nobody kills stops by itself.
    const qint64 deadline = QDateTime::currentMSecsSinceEpoch() + 60'000;
    std::uint64_t counter = 0;
    while (QDateTime::currentMSecsSinceEpoch() < deadline) {
        std::vector<L::EntryDraft> drafts(1 + random() % 6);
        for (L::EntryDraft& d : drafts) {
            d.kind = L::EntryKind::Observation;
            d.patientId = patientId;
            d.payload = QByteArrayLiteral(R"({"resourceType":"Observation","status":"final","valueQuantity":{"value":)")
                + QByteArray::number(static_cast<qulonglong>(++counter)) + QByteArrayLiteral(R"(,"unit":"/min"}})");
        }
        auto appended = (*ledger)->append(drafts, *author, *node);
        if (!appended)
            return die(appended.error());
        // Acknowledged: the block is durably committed.
        for (const L::Hash& h : appended->entries) {
            const QByteArray line = L::toBytes(h).toHex() + '\n';
            std::fwrite(line.constData(), 1, static_cast<std::size_t>(line.size()), stdout);
        }
        std::fflush(stdout);
    }
    return 0;
}
