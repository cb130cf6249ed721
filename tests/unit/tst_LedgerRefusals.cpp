// Ledger: who may write what (refused by append and by accept, nothing stored), equivocation,
// the refusal of invalid blocks, and blocks of unknown origin that wait. Real SQLCipher files
// throughout.

#include "LedgerFixture.h"

#include "ledger/query/ChartQuery.h"

#include "ledger/LedgerVerifier.h"
#include "ledger/Merkle.h"

#include "crypto/ByteReader.h"

#include <QTest>

using namespace medilock;
using namespace medilock::test;
namespace L = medilock::ledger;

namespace {

using Status = L::Ledger::AcceptStatus;

L::Hash randomHash()
{
    L::Hash h {};
    crypto::fillRandom(h.data(), h.size());
    return h;
}

// A block whose header says what the caller wants, signed by `origin`: a forgery only in
// that its fields need not match its entries.
L::Block forgeBlock(
    L::BlockHeader header, const std::vector<L::Entry>& entries, const crypto::Ed25519PrivateKey& origin)
{
    header.origin = keyBytes(origin);
    const QByteArray headerBytes = header.encode();
    QByteArray wire = headerBytes + origin.sign(asView(L::Block::signingDomain() + headerBytes));
    ByteWriter w(wire);
    for (const L::Entry& e : entries)
        w.u32(static_cast<std::uint32_t>(e.encoded().size())).bytes(e.encoded());
    auto block = L::Block::decode(asView(wire));
    Q_ASSERT(block.ok());
    return std::move(block).value();
}

} // namespace

class TestLedgerRefusals : public QObject
{
    Q_OBJECT

private:
    DatabaseFiles m_files{QStringLiteral("tst_LedgerRefusals")};

    QString newPath() { return m_files.newPath(); }
    std::unique_ptr<Site> makeSite() { return medilock::test::makeSite(newPath()); }

private Q_SLOTS:
    void initTestCase() { QVERIFY(m_files.isValid()); }

    // (b) Who may write what: refused by append and by accept, nothing stored.
    void rolesRefused()
    {
        auto site = makeSite();
        Node& n = *site->node;
        const Clinic& k = site->clinic;
        using K = L::EntryKind;
        const L::Id128 patient = patientOf(9, 0);
        ML_REQUIRE(n.append(
            {K::PatientRegistered, patient, {},
                payload::patient(QStringLiteral("Rossi"), QStringLiteral("Mia"), QStringLiteral("1990-05-06")), {}},
            k.reception));
        // The nurse records vitals, then is revoked.
        auto before = n.append({K::Observation, patient, {}, payload::heartRate(72), {}}, k.nurse);
        ML_REQUIRE(before);
        auto beforeEntry = n.ledger().store().load(before->blocks.back());
        ML_REQUIRE(beforeEntry);
        const L::HlcTime beforeRevocation = (*beforeEntry)->entries().front().authoredAt();
        ML_REQUIRE(n.append(revokeDraft(k.nurse, QStringLiteral("left")), k.root));

        const crypto::Ed25519PrivateKey stranger = crypto::Ed25519PrivateKey::generate();
        const crypto::Ed25519PrivateKey newcomer = crypto::Ed25519PrivateKey::generate();
        struct Case
        {
            const char* name;
            L::EntryDraft draft;
            const crypto::Ed25519PrivateKey* author;
            const char* reason; // a word of the refusal
        };
        const Case cases[] = {
            {"reception writes a condition",
                {K::Condition, patient, {}, payload::condition(QStringLiteral("I10"), QStringLiteral("x")), {}},
                &k.reception, "may not sign"},
            {"nurse (revoked) writes an observation", {K::Observation, patient, {}, payload::heartRate(80), {}},
                &k.nurse, "revoked"},
            {"nurse (revoked) writes a condition",
                {K::Condition, patient, {}, payload::condition(QStringLiteral("I10"), QStringLiteral("x")), {}},
                &k.nurse, "may not sign"},
            {"an unknown key writes an observation", {K::Observation, patient, {}, payload::heartRate(80), {}},
                &stranger, "no trusted clinic enrolled"},
            {"a physician signs an enrolment",
                enrolDraft(newcomer, L::SignerRole::Physician, QStringLiteral("mallory")), &k.physician,
                "not a trusted clinic root"},
            {"a physician signs a trust entry", trustDraft(keyBytes(stranger), QStringLiteral("Evil")), &k.physician,
                "not a trusted clinic root"},
            {"reception revokes the physician", revokeDraft(k.physician, QStringLiteral("x")), &k.reception,
                "not a trusted clinic root"},
        };
        ML_REQUIRE(n.reopen()); // trust rebuilt from the stored entries, as after a restart
        auto stats0 = n.stats();
        ML_REQUIRE(stats0);
        for (const Case& c : cases) {
            auto appended = n.append(c.draft, *c.author);
            QVERIFY2(!appended.ok(), c.name);
            QVERIFY2(appended.error().contains(QLatin1String(c.reason)),
                qPrintable(QLatin1String(c.name) + QStringLiteral(": ") + appended.error()));
            // The same entry in a block sealed by the (certified) node, arriving as from a peer.
            auto entry
                = signEntry(c.draft.kind, c.draft.patientId, c.draft.payload, *c.author, n.ledger().clock().now());
            ML_REQUIRE(entry);
            auto block = n.sealOnHead({*entry});
            ML_REQUIRE(block);
            auto accepted = n.ledger().accept(*block);
            if (QLatin1String(c.reason) == QLatin1String("revoked")) {
                // From a peer, a revoked user's later entry is stored (every node must decide
                // alike, whatever it saw first) and read as signed after the revocation.
                ML_REQUIRE(accepted);
                QCOMPARE(statusName(accepted->status), statusName(Status::Stored));
                auto records = L::ChartQuery::records(n.db(), {patient});
                ML_REQUIRE(records);
                bool flagged = false;
                for (const auto& r : *records)
                    if (r.hash == entry->hash())
                        flagged = !r.signer.signedBeforeRevocation;
                QVERIFY2(flagged, c.name);
                auto restated = n.stats();
                ML_REQUIRE(restated);
                stats0 = restated;
                continue;
            }
            if (QLatin1String(c.reason) == QLatin1String("no trusted clinic enrolled")) {
                // From a peer, an unknown author may be one whose enrolment another chain has
                // not delivered yet: the block is held back (never stored), not judged invalid.
                ML_REQUIRE(accepted);
                QCOMPARE(statusName(accepted->status), statusName(Status::UnknownOrigin));
                QVERIFY2(accepted->detail.contains(QLatin1String(c.reason)), qPrintable(accepted->detail));
            } else {
                QVERIFY2(!accepted.ok(), c.name);
                QVERIFY2(accepted.error().contains(QLatin1String(c.reason)),
                    qPrintable(QLatin1String(c.name) + QStringLiteral(": ") + accepted.error()));
            }
            auto stats = n.stats();
            ML_REQUIRE(stats);
            QVERIFY2(*stats == *stats0, c.name);
        }
        // A nurse's condition, before any revocation (a second clinic's nurse).
        {
            auto other = makeSite();
            auto s0 = other->node->stats();
            ML_REQUIRE(s0);
            auto appended = other->node->append(
                {K::Condition, patient, {}, payload::condition(QStringLiteral("I10"), QStringLiteral("x")), {}},
                other->clinic.nurse);
            QVERIFY(!appended.ok());
            QVERIFY2(appended.error().contains(QLatin1String("may not sign")), qPrintable(appended.error()));
            auto entry
                = signEntry(K::Condition, patient, payload::condition(QStringLiteral("I10"), QStringLiteral("x")),
                    other->clinic.nurse, other->node->ledger().clock().now());
            ML_REQUIRE(entry);
            auto block = other->node->sealOnHead({*entry});
            ML_REQUIRE(block);
            auto accepted = other->node->ledger().accept(*block);
            QVERIFY(!accepted.ok());
            QVERIFY2(accepted.error().contains(QLatin1String("may not sign")), qPrintable(accepted.error()));
            auto s1 = other->node->stats();
            ML_REQUIRE(s1);
            QVERIFY(*s1 == *s0);
        }

        // Entries signed before the revocation stay valid: the stored one verifies, and one
        // authored then but arriving now (from the clinic's other node, offline meanwhile) is stored.
        auto report = L::LedgerVerifier::verifyAll(n.db(), n.localRoot());
        ML_REQUIRE(report);
        QVERIFY2(report->ok(), qPrintable(report->firstProblem));
        auto late = signEntry(K::Observation, patient, payload::heartRate(75), k.nurse, beforeRevocation);
        ML_REQUIRE(late);
        std::vector<L::Entry> lateEntries {*late};
        auto lateBlock = L::Block::seal(std::move(lateEntries), std::nullopt, 1, site->node2);
        ML_REQUIRE(lateBlock);
        auto stored = n.ledger().accept(*lateBlock);
        ML_REQUIRE(stored);
        QCOMPARE(statusName(stored->status), statusName(Status::Stored));
        // One authored after the revocation, by the same route, is stored (every node must
        // decide alike, whatever it had seen first) but reads as signed after the revocation,
        // and the emergency view leaves it out.
        auto after = signEntry(K::Observation, patient, payload::heartRate(76), k.nurse, n.ledger().clock().now());
        ML_REQUIRE(after);
        std::vector<L::Entry> afterEntries {*after};
        auto afterBlock
            = L::Block::seal(std::move(afterEntries), L::Block::Previous {0, lateBlock->hash(), 1}, 2, site->node2);
        ML_REQUIRE(afterBlock);
        auto deferred = n.ledger().accept(*afterBlock);
        ML_REQUIRE(deferred);
        QCOMPARE(statusName(deferred->status), statusName(Status::Stored));
        auto records = L::ChartQuery::records(n.db(), {patient});
        ML_REQUIRE(records);
        bool flagged = false, lateValid = false;
        for (const auto& r : *records) {
            if (r.hash == after->hash())
                flagged = !r.signer.signedBeforeRevocation && r.signer.revoked;
            if (r.hash == late->hash())
                lateValid = r.signer.signedBeforeRevocation;
        }
        QVERIFY(flagged);
        QVERIFY(lateValid);
        report = L::LedgerVerifier::verifyAll(n.db(), n.localRoot());
        ML_REQUIRE(report);
        QVERIFY2(report->ok(), qPrintable(report->firstProblem));
    }

    // (c) Two validly signed blocks of one origin at one height.
    void equivocation()
    {
        auto site = makeSite();
        Node& n = *site->node;
        const Clinic& k = site->clinic;
        const L::Id128 patient = patientOf(8, 0);
        const auto observe = [&](int bpm) {
            auto e = signEntry(
                L::EntryKind::Observation, patient, payload::heartRate(bpm), k.nurse, n.ledger().clock().now());
            Q_ASSERT(e.ok());
            return std::vector<L::Entry> {*e};
        };
        auto first = L::Block::seal(observe(60), std::nullopt, 10, site->node2);
        auto second = L::Block::seal(observe(61), std::nullopt, 10, site->node2);
        ML_REQUIRE(first);
        ML_REQUIRE(second);
        QVERIFY(first->hash() != second->hash());

        // A forged second header (bad signature) proves nothing and freezes nothing.
        QByteArray forgedWire = second->encode();
        forgedWire[L::BlockHeader::kSize + 3] = static_cast<char>(forgedWire[L::BlockHeader::kSize + 3] ^ 0x10);
        auto forged = L::Block::decode(asView(forgedWire));
        ML_REQUIRE(forged);

        auto r1 = n.ledger().accept(*first);
        ML_REQUIRE(r1);
        QCOMPARE(statusName(r1->status), statusName(Status::Stored));
        QVERIFY(!n.ledger().accept(*forged).ok());
        auto none = n.ledger().store().equivocations();
        ML_REQUIRE(none);
        QVERIFY(none->empty());

        auto again = n.ledger().accept(*first);
        ML_REQUIRE(again);
        QCOMPARE(statusName(again->status), statusName(Status::AlreadyHave));

        auto r2 = n.ledger().accept(*second);
        ML_REQUIRE(r2);
        QCOMPARE(statusName(r2->status), statusName(Status::Equivocation));
        QVERIFY(!r2->detail.isEmpty());

        auto proofs = n.ledger().store().equivocations();
        ML_REQUIRE(proofs);
        QCOMPARE(proofs->size(), std::size_t(1));
        const auto& proof = proofs->front();
        QCOMPARE(proof.origin, keyBytes(site->node2));
        QCOMPARE(proof.height, std::uint64_t(0));
        QCOMPARE(proof.firstHeader, first->headerBytes());
        QCOMPARE(proof.firstSignature, L::toBytes(first->signature()));
        QCOMPARE(proof.secondHeader, second->headerBytes());
        QCOMPARE(proof.secondSignature, L::toBytes(second->signature()));
        // The proof stands on its own: both headers verify under the origin's key.
        auto key = crypto::Ed25519PublicKey::fromBytes(ByteView(proof.origin));
        ML_REQUIRE(key);
        QVERIFY(key->verify(asView(L::Block::signingDomain() + proof.firstHeader), asView(proof.firstSignature)));
        QVERIFY(key->verify(asView(L::Block::signingDomain() + proof.secondHeader), asView(proof.secondSignature)));

        // Nothing more from that origin: the next block, or the conflicting one again.
        auto stats = n.stats();
        ML_REQUIRE(stats);
        auto next = L::Block::seal(observe(62), L::Block::Previous {0, first->hash(), 1}, 11, site->node2);
        ML_REQUIRE(next);
        for (const L::Block* b : {&*next, &*second}) {
            auto r = n.ledger().accept(*b);
            ML_REQUIRE(r);
            QCOMPARE(statusName(r->status), statusName(Status::Frozen));
        }
        auto after = n.stats();
        ML_REQUIRE(after);
        QVERIFY(*after == *stats);
        // The rest of the ledger goes on: the local node still appends, and all verifies.
        ML_REQUIRE(n.append({L::EntryKind::Observation, patient, {}, payload::heartRate(63), {}}, k.nurse));
        auto report = L::LedgerVerifier::verifyAll(n.db(), n.localRoot());
        ML_REQUIRE(report);
        QVERIFY2(report->ok(), qPrintable(report->firstProblem));
    }

    // (d) Invalid blocks are refused whole.
    void invalidBlockRefused_data()
    {
        QTest::addColumn<int>("fault");
        QTest::addColumn<QString>("reason");
        QTest::addColumn<bool>("checkedAhead"); // Ledger::verifyAhead() saw the block first
        QTest::newRow("bad entry signature") << 0 << QStringLiteral("bad signature") << false;
        QTest::newRow("previous hash does not link") << 1 << QStringLiteral("previous hash") << false;
        QTest::newRow("wrong entries root") << 2 << QStringLiteral("entries root") << false;
        QTest::newRow("bad origin signature") << 3 << QStringLiteral("origin signature") << false;
        QTest::newRow("cumulative count off") << 4 << QStringLiteral("cumulative") << false;
        QTest::newRow("entry id already on the ledger") << 5 << QStringLiteral("already on the ledger") << false;
        QTest::newRow("two entries with one id") << 6 << QStringLiteral("duplicate entry id") << false;
        QTest::newRow("condition payload not FHIR") << 7 << QStringLiteral("FHIR") << false;
        QTest::newRow("amendment naming nothing") << 8 << QStringLiteral("supersedes") << false;
        QTest::newRow("patient registered with a Condition") << 9 << QStringLiteral("Patient resource") << false;
        QTest::newRow("good entries then a bad signature") << 10 << QStringLiteral("bad signature") << false;
        QTest::newRow("a later entry by the reception") << 11 << QStringLiteral("may not sign") << false;
        // Signatures are checked on other threads while the block is validated and stored:
        // a bad one is still what is reported, and nothing is stored.
        QTest::newRow("a bad signature before a reception entry") << 12 << QStringLiteral("position 40") << false;
        QTest::newRow("good entries then a bad signature, checked ahead") << 10 << QStringLiteral("position 40") << true;
        QTest::newRow("a bad signature before a reception entry, checked ahead") << 12 << QStringLiteral("bad signature")
                                                                                 << true;
        QTest::newRow("wrong entries root, checked ahead") << 2 << QStringLiteral("entries root") << true;
    }
    void invalidBlockRefused()
    {
        QFETCH(int, fault);
        QFETCH(QString, reason);
        QFETCH(bool, checkedAhead);
        auto site = makeSite();
        Node& n = *site->node;
        const Clinic& k = site->clinic;
        const L::Id128 patient = patientOf(7, fault);
        const L::EntryDraft registration {L::EntryKind::PatientRegistered, patient, {},
            payload::patient(QStringLiteral("Kim"), QStringLiteral("Yuki"), QStringLiteral("1999-09-09")),
            idFromNumber(7000 + fault)};
        auto registered = n.append(registration, k.reception);
        ML_REQUIRE(registered);
        const auto sign = [&](L::EntryKind kind, const QByteArray& bytes, const crypto::Ed25519PrivateKey& author,
                              const L::Id128& id = {}, const L::Hash& supersedes = {}) {
            auto e = signEntry(kind, patient, bytes, author, n.ledger().clock().now(), supersedes, id);
            Q_ASSERT(e.ok());
            return std::move(e).value();
        };
        const L::Entry good = sign(L::EntryKind::Observation, payload::heartRate(70), k.nurse);
        auto head = n.ledger().store().headOf(n.origin());
        ML_REQUIRE(head);
        QVERIFY(head->has_value());
        const L::ChainHead h = **head;
        const auto now = static_cast<std::uint64_t>(QDateTime::currentMSecsSinceEpoch());

        std::optional<L::Block> block;
        switch (fault) {
        case 0: {
            QByteArray bytes = good.encoded();
            bytes[bytes.size() - 1] = static_cast<char>(bytes[bytes.size() - 1] ^ 1);
            auto bad = L::Entry::decode(asView(bytes));
            ML_REQUIRE(bad);
            auto b = n.sealOnHead({*bad});
            ML_REQUIRE(b);
            block = *b;
            break;
        }
        case 1: {
            auto b = L::Block::seal(
                {good}, L::Block::Previous {h.height, randomHash(), h.cumulativeEntryCount}, now, n.key());
            ML_REQUIRE(b);
            block = *b;
            break;
        }
        case 2: {
            L::BlockHeader header;
            header.height = h.height + 1;
            header.previous = h.hash;
            header.sealedAtMs = now;
            header.entryCount = 1;
            header.cumulativeEntryCount = h.cumulativeEntryCount + 1;
            header.entriesRoot
                = L::leafHash(asView(sign(L::EntryKind::Observation, payload::heartRate(71), k.nurse).encoded()));
            block = forgeBlock(header, {good}, n.key());
            break;
        }
        case 3: {
            auto b = n.sealOnHead({good});
            ML_REQUIRE(b);
            QByteArray wire = b->encode();
            wire[L::BlockHeader::kSize + 20] = static_cast<char>(wire[L::BlockHeader::kSize + 20] ^ 0x04);
            auto d = L::Block::decode(asView(wire));
            ML_REQUIRE(d);
            block = *d;
            break;
        }
        case 4: {
            auto b = L::Block::seal(
                {good}, L::Block::Previous {h.height, h.hash, h.cumulativeEntryCount + 5}, now, n.key());
            ML_REQUIRE(b);
            block = *b;
            break;
        }
        case 5: {
            auto b = n.sealOnHead(
                {sign(L::EntryKind::DemographicsUpdated, registration.payload, k.reception, registration.entryId)});
            ML_REQUIRE(b);
            block = *b;
            break;
        }
        case 6: {
            const L::Id128 id = randomId();
            auto b = n.sealOnHead({sign(L::EntryKind::Observation, payload::heartRate(1), k.nurse, id),
                sign(L::EntryKind::Observation, payload::heartRate(2), k.nurse, id)});
            ML_REQUIRE(b);
            block = *b;
            break;
        }
        case 7: {
            auto b = n.sealOnHead({sign(L::EntryKind::Condition, QByteArrayLiteral("not json"), k.physician)});
            ML_REQUIRE(b);
            block = *b;
            break;
        }
        case 8: {
            auto b
                = n.sealOnHead({sign(L::EntryKind::Amendment, payload::amendment(QStringLiteral("x")), k.physician)});
            ML_REQUIRE(b);
            block = *b;
            break;
        }
        case 9: {
            auto b = n.sealOnHead({sign(L::EntryKind::PatientRegistered,
                payload::condition(QStringLiteral("I10"), QStringLiteral("x")), k.reception)});
            ML_REQUIRE(b);
            block = *b;
            break;
        }
        case 10:
        case 12: {
            // 40 good entries, one whose signature does not verify, more after it (for 12,
            // one by the reception, whose role check would fail too).
            QByteArray bytes = sign(L::EntryKind::Observation, payload::heartRate(99), k.nurse).encoded();
            bytes[L::Entry::kFixedSize / 2] = static_cast<char>(bytes[L::Entry::kFixedSize / 2] ^ 0x80);
            auto bad = L::Entry::decode(asView(bytes));
            ML_REQUIRE(bad);
            std::vector<L::Entry> entries;
            for (int i = 0; i < 40; ++i)
                entries.push_back(sign(L::EntryKind::Observation, payload::heartRate(50 + i), k.nurse));
            entries.push_back(*bad);
            for (int i = 0; i < (fault == 10 ? 40 : 100); ++i)
                entries.push_back(fault == 12 && i == 60
                                      ? sign(L::EntryKind::Observation, payload::heartRate(1), k.reception)
                                      : sign(L::EntryKind::Observation, payload::heartRate(100 + i), k.nurse));
            auto b = n.sealOnHead(std::move(entries));
            ML_REQUIRE(b);
            block = *b;
            break;
        }
        case 11: {
            auto b = n.sealOnHead({good, sign(L::EntryKind::Observation, payload::heartRate(1), k.reception)});
            ML_REQUIRE(b);
            block = *b;
            break;
        }
        }
        QVERIFY(block.has_value());
        auto before = n.stats();
        ML_REQUIRE(before);
        if (checkedAhead)
            n.ledger().verifyAhead(*block);
        auto accepted = n.ledger().accept(*block);
        QVERIFY2(!accepted.ok(), accepted.ok() ? qPrintable(statusName(accepted->status)) : "");
        QVERIFY2(accepted.error().contains(reason), qPrintable(accepted.error()));
        auto after = n.stats();
        ML_REQUIRE(after);
        QVERIFY(*after == *before);
        auto stored = n.ledger().store().hasBlock(block->hash());
        ML_REQUIRE(stored);
        QVERIFY(!*stored);
        // A valid block at that height is still welcome, and the node can still append.
        auto fine = n.sealOnHead({good});
        ML_REQUIRE(fine);
        auto ok = n.ledger().accept(*fine);
        ML_REQUIRE(ok);
        QCOMPARE(statusName(ok->status), statusName(Status::Stored));
        ML_REQUIRE(n.append({L::EntryKind::Observation, patient, {}, payload::heartRate(64), {}}, k.nurse));
    }

    // An origin no trusted clinic certified waits; it is not a fault.
    void unknownOriginWaits()
    {
        auto site = makeSite();
        Node& n = *site->node;
        const crypto::Ed25519PrivateKey stranger = crypto::Ed25519PrivateKey::generate();
        auto e = signEntry(L::EntryKind::Observation, patientOf(6, 0), payload::heartRate(70), site->clinic.nurse,
            n.ledger().clock().now());
        ML_REQUIRE(e);
        std::vector<L::Entry> entries {*e};
        auto block = L::Block::seal(std::move(entries), std::nullopt, 1, stranger);
        ML_REQUIRE(block);
        auto before = n.stats();
        ML_REQUIRE(before);
        auto r = n.ledger().accept(*block);
        ML_REQUIRE(r);
        QCOMPARE(statusName(r->status), statusName(Status::UnknownOrigin));
        auto after = n.stats();
        ML_REQUIRE(after);
        QVERIFY(*after == *before);
        // Once the root certifies it, the same block is stored.
        ML_REQUIRE(n.append(certifyDraft(stranger, QStringLiteral("node 3")), site->clinic.root));
        r = n.ledger().accept(*block);
        ML_REQUIRE(r);
        QCOMPARE(statusName(r->status), statusName(Status::Stored));
    }
};

QTEST_GUILESS_MAIN(TestLedgerRefusals)
#include "tst_LedgerRefusals.moc"
