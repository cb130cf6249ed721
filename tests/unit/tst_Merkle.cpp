#include "ledger/Merkle.h"

#include "crypto/Sha256.h"

#include <QStringList>
#include <QTest>

#include <algorithm>
#include <bit>
#include <cstdint>
#include <initializer_list>
#include <limits>
#include <span>
#include <unordered_map>
#include <vector>

using medilock::ByteView;
using medilock::crypto::Digest;
using medilock::crypto::Sha256;
namespace ledger = medilock::ledger;

// A failed check inside the exhaustive loops names the case; the message is only built on
// failure, so the loops stay fast.
#define MERKLE_CHECK(cond, context)                                                                                    \
    do {                                                                                                               \
        if (!(cond))                                                                                                   \
            QFAIL(qPrintable(context));                                                                                \
    } while (false)

namespace {

constexpr std::size_t kMaxSweepSize = 256;
constexpr std::size_t kDigestBits = 8 * sizeof(Digest);
// Trees up to this size get every single-bit mutation of every proof element; larger ones
// one per element, at a position that moves with the tree size, index and element, so the
// sweep as a whole flips every bit position of every element position many times.
constexpr std::size_t kAllBitsUpTo = 16;
constexpr std::size_t kSizeMax = std::numeric_limits<std::size_t>::max();

Digest digestFromHex(const char* hex)
{
    const QByteArray bytes = QByteArray::fromHex(QByteArray(hex));
    Q_ASSERT(bytes.size() == static_cast<qsizetype>(sizeof(Digest)));
    Digest d {};
    std::copy(bytes.begin(), bytes.end(), d.begin());
    return d;
}

QString hexOf(const Digest& d)
{
    return QString::fromLatin1(medilock::toByteArray(ByteView(d)).toHex());
}

QStringList hexOf(std::span<const Digest> digests)
{
    QStringList out;
    for (const Digest& d : digests)
        out << hexOf(d);
    return out;
}

QStringList hexList(std::initializer_list<const char*> hex)
{
    QStringList out;
    for (const char* h : hex)
        out << QString::fromLatin1(h);
    return out;
}

std::vector<Digest> digestsFromHex(const QStringList& hex)
{
    std::vector<Digest> out;
    for (const QString& h : hex)
        out.push_back(digestFromHex(h.toLatin1().constData()));
    return out;
}

Digest flipBit(Digest d, std::size_t bit)
{
    d[bit / 8] = static_cast<std::uint8_t>(d[bit / 8] ^ (1u << (bit % 8)));
    return d;
}

// Consistency proofs of every pair are checked against their definition and verified; the
// mutations run on every pair up to kAllPairsUpTo leaves and on a dense subset beyond (the
// full set would take several seconds in a Debug build): old sizes near either end, near a
// power of two, and every fourth one.
constexpr std::size_t kAllPairsUpTo = 128;

bool mutatesPair(std::size_t m, std::size_t n)
{
    return n <= kAllPairsUpTo || m <= 3 || n - m <= 3 || m % 4 == n % 4 || std::has_single_bit(m - 1)
        || std::has_single_bit(m) || std::has_single_bit(m + 1);
}

std::size_t rotatingBit(std::size_t size, std::size_t index, std::size_t element)
{
    return (size * 131 + index * 37 + element * 11) % kDigestBits;
}

std::vector<Digest> without(std::span<const Digest> proof, std::size_t position)
{
    std::vector<Digest> out(proof.begin(), proof.end());
    out.erase(out.begin() + static_cast<std::ptrdiff_t>(position));
    return out;
}

std::vector<Digest> with(std::span<const Digest> proof, std::size_t position, const Digest& extra)
{
    std::vector<Digest> out(proof.begin(), proof.end());
    out.insert(out.begin() + static_cast<std::ptrdiff_t>(position), extra);
    return out;
}

// --- Reference model: RFC 9162 §2.1 as written (recursive), independent of
// ledger/Merkle.cpp, including its hashing. Only for checking.

Sha256& refHasher()
{
    static Sha256 sha;
    return sha;
}

Digest refLeaf(const QByteArray& data)
{
    return refHasher().update(std::uint8_t {0x00}).update(data).final();
}

Digest refNode(const Digest& left, const Digest& right)
{
    return refHasher().update(std::uint8_t {0x01}).update(ByteView(left)).update(ByteView(right)).final();
}

// The largest power of two smaller than n (n > 1), without overflowing for huge n.
std::size_t refSplit(std::size_t n)
{
    std::size_t k = 1;
    while (k < n - k)
        k *= 2;
    return k;
}

// MTH, PATH and SUBPROOF over ranges [begin, begin + size) of one fixed list of leaves.
// Subtree hashes are remembered, so the sweeps can compare every proof with its definition.
class RefTree
{
public:
    explicit RefTree(std::span<const Digest> leaves)
        : m_leaves(leaves)
    {
    }

    Digest mth(std::size_t begin, std::size_t size)
    {
        if (size == 0)
            return Sha256::hash(ByteView {});
        if (size == 1)
            return m_leaves[begin];
        const std::uint64_t key = (std::uint64_t {begin} << 32) | size;
        if (const auto found = m_memo.find(key); found != m_memo.end())
            return found->second;
        const std::size_t k = refSplit(size);
        const Digest d = refNode(mth(begin, k), mth(begin + k, size - k));
        m_memo.emplace(key, d);
        return d;
    }

    std::vector<Digest> path(std::size_t m, std::size_t begin, std::size_t size)
    {
        if (size <= 1)
            return {};
        const std::size_t k = refSplit(size);
        std::vector<Digest> out;
        if (m < k) {
            out = path(m, begin, k);
            out.push_back(mth(begin + k, size - k));
        } else {
            out = path(m - k, begin + k, size - k);
            out.push_back(mth(begin, k));
        }
        return out;
    }

    std::vector<Digest> subproof(std::size_t m, std::size_t begin, std::size_t size, bool b)
    {
        if (m == size)
            return b ? std::vector<Digest> {} : std::vector<Digest> {mth(begin, size)};
        const std::size_t k = refSplit(size);
        std::vector<Digest> out;
        if (m <= k) {
            out = subproof(m, begin, k, b);
            out.push_back(mth(begin + k, size - k));
        } else {
            out = subproof(m - k, begin + k, size - k, false);
            out.push_back(mth(begin, k));
        }
        return out;
    }

private:
    std::span<const Digest> m_leaves;
    std::unordered_map<std::uint64_t, Digest> m_memo;
};

// Verifiers derived from the shape of PATH and SUBPROOF rather than from the RFC's fn/sn
// walk: the oracle for probes whose outcome is not obvious (a wrong tree size is only
// caught when it changes the proof's shape; the size itself is bound by the signed root).
// Bit `level` of the mask is set when the sibling at that level (0 = top) is on the left.
bool refVerifyInclusion(
    const Digest& leaf, std::size_t index, std::size_t size, std::span<const Digest> proof, const Digest& root)
{
    if (index >= size)
        return false;
    std::uint64_t siblingOnLeft = 0;
    std::size_t levels = 0;
    for (std::size_t m = index, n = size; n > 1; ++levels) {
        const std::size_t k = refSplit(n);
        if (m < k) {
            n = k;
        } else {
            siblingOnLeft |= std::uint64_t {1} << levels;
            m -= k;
            n -= k;
        }
    }
    if (levels != proof.size())
        return false;
    Digest r = leaf;
    for (std::size_t j = 0; j < levels; ++j)
        r = (siblingOnLeft >> (levels - 1 - j)) & 1 ? refNode(proof[j], r) : refNode(r, proof[j]);
    return r == root;
}

bool refVerifyConsistency(std::size_t oldSize, std::size_t newSize, const Digest& oldRoot, const Digest& newRoot,
    std::span<const Digest> proof)
{
    if (oldSize == 0 || oldSize > newSize)
        return false;
    if (oldSize == newSize)
        return proof.empty() && oldRoot == newRoot;
    std::uint64_t siblingOnLeft = 0; // a left sibling is part of both trees
    std::size_t levels = 0;
    bool b = true;
    for (std::size_t m = oldSize, n = newSize; m != n; ++levels) {
        const std::size_t k = refSplit(n);
        if (m <= k) {
            n = k;
        } else {
            siblingOnLeft |= std::uint64_t {1} << levels;
            m -= k;
            n -= k;
            b = false;
        }
    }
    if (proof.size() != levels + (b ? 0 : 1))
        return false;
    std::size_t next = b ? 0 : 1;
    Digest oldR = b ? oldRoot : proof[0];
    Digest newR = oldR;
    for (std::size_t level = levels; level-- > 0;) {
        const Digest& c = proof[next++];
        if ((siblingOnLeft >> level) & 1) {
            oldR = refNode(c, oldR);
            newR = refNode(c, newR);
        } else {
            newR = refNode(newR, c);
        }
    }
    return oldR == oldRoot && newR == newRoot;
}

// The leaves of RFC 6962's reference tree (certificate-transparency merkle_tree_test.cc,
// trillian merkle/testonly, transparency-dev/merkle proof/verify_test.go).
const QList<QByteArray>& rfcLeafInputs()
{
    static const QList<QByteArray> inputs = [] {
        QList<QByteArray> out;
        for (const char* hex :
            {"", "00", "10", "2021", "3031", "40414243", "5051525354555657", "606162636465666768696a6b6c6d6e6f"})
            out << QByteArray::fromHex(QByteArray(hex));
        return out;
    }();
    return inputs;
}

std::vector<Digest> rfcLeaves()
{
    std::vector<Digest> out;
    for (const QByteArray& input : rfcLeafInputs())
        out.push_back(ledger::leafHash(medilock::asView(input)));
    return out;
}

} // namespace

class TestMerkle : public QObject
{
    Q_OBJECT

private:
    std::vector<Digest> m_leaves; // distinct leaf hashes for the sweeps
    std::vector<Digest> m_prefixRoot; // m_prefixRoot[n] = root of the first n leaves

private Q_SLOTS:
    void initTestCase();

    void emptyTreeRoot();
    void leafAndNodeHash();
    void referenceRoots_data();
    void referenceRoots();
    void referenceInclusionProofs_data();
    void referenceInclusionProofs();
    void referenceConsistencyProofs_data();
    void referenceConsistencyProofs();

    void rootMatchesDefinition();
    void inclusionEveryTreeAndIndex();
    void inclusionRejectsBadArguments();
    void consistencyEveryPair();
    void consistencyRejectsBadArguments();
    void fullBlock();
};

void TestMerkle::initTestCase()
{
    for (std::size_t i = 0; i < 4097; ++i)
        m_leaves.push_back(refLeaf(QByteArray::number(static_cast<qulonglong>(i))));
    m_prefixRoot.push_back(Sha256::hash(ByteView {}));
    for (std::size_t n = 1; n <= kMaxSweepSize + 1; ++n)
        m_prefixRoot.push_back(ledger::merkleRoot(std::span(m_leaves).first(n)));
}

void TestMerkle::emptyTreeRoot()
{
    QCOMPARE(hexOf(ledger::merkleRoot({})),
        QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
}

void TestMerkle::leafAndNodeHash()
{
    const std::vector<Digest> leaves = rfcLeaves();
    QCOMPARE(hexOf(leaves[0]), QStringLiteral("6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d"));
    QCOMPARE(hexOf(leaves[1]), QStringLiteral("96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7"));
    QCOMPARE(hexOf(leaves[7]), QStringLiteral("46f6ffadd3d06a09ff3c5860d2755c8b9819db7df44251788c7d8e3180de8eb1"));
    QCOMPARE(hexOf(ledger::nodeHash(leaves[0], leaves[1])),
        QStringLiteral("fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"));
    QCOMPARE(hexOf(ledger::nodeHash(leaves[6], leaves[7])),
        QStringLiteral("ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0"));
    for (const QByteArray& input : rfcLeafInputs())
        QCOMPARE(ledger::leafHash(medilock::asView(input)), refLeaf(input));
    // The domain prefixes keep a leaf from passing for a node over the same 64 bytes.
    const QByteArray both = medilock::toByteArray(ByteView(leaves[0])) + medilock::toByteArray(ByteView(leaves[1]));
    QVERIFY(ledger::leafHash(medilock::asView(both)) != ledger::nodeHash(leaves[0], leaves[1]));
}

void TestMerkle::referenceRoots_data()
{
    QTest::addColumn<int>("size");
    QTest::addColumn<QString>("root");
    const char* roots[] = {
        "e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855",
        "6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
        "fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125",
        "aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77",
        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7",
        "4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4",
        "76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef",
        "ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c",
        "5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328",
    };
    for (int size = 0; size <= 8; ++size)
        QTest::addRow("%d leaves", size) << size << QString::fromLatin1(roots[size]);
}

void TestMerkle::referenceRoots()
{
    QFETCH(int, size);
    QFETCH(QString, root);
    const std::vector<Digest> leaves = rfcLeaves();
    QCOMPARE(hexOf(ledger::merkleRoot(std::span(leaves).first(static_cast<std::size_t>(size)))), root);
}

// Inclusion and consistency proofs over the reference tree, from transparency-dev/merkle
// proof/verify_test.go (its leaf numbers are 1-based; these indices are 0-based).
void TestMerkle::referenceInclusionProofs_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<int>("size");
    QTest::addColumn<QStringList>("proof");
    QTest::newRow("leaf 0 of 1") << 0 << 1 << QStringList();
    QTest::newRow("leaf 0 of 8") << 0 << 8
                                 << hexList({"96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                                        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                                        "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"});
    QTest::newRow("leaf 5 of 8") << 5 << 8
                                 << hexList({"bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b",
                                        "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                                        "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"});
    QTest::newRow("leaf 2 of 3") << 2 << 3
                                 << hexList({"fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125"});
    QTest::newRow("leaf 1 of 5") << 1 << 5
                                 << hexList({"6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d",
                                        "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                                        "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"});
}

void TestMerkle::referenceInclusionProofs()
{
    QFETCH(int, index);
    QFETCH(int, size);
    QFETCH(QStringList, proof);
    const std::vector<Digest> leaves = rfcLeaves();
    const auto tree = std::span(leaves).first(static_cast<std::size_t>(size));
    const auto i = static_cast<std::size_t>(index);
    QCOMPARE(hexOf(ledger::inclusionProof(tree, i)), proof);
    QVERIFY(ledger::verifyInclusion(leaves[i], i, tree.size(), digestsFromHex(proof), ledger::merkleRoot(tree)));
}

void TestMerkle::referenceConsistencyProofs_data()
{
    QTest::addColumn<int>("oldSize");
    QTest::addColumn<int>("newSize");
    QTest::addColumn<QStringList>("proof");
    QTest::newRow("1 to 1") << 1 << 1 << QStringList();
    QTest::newRow("1 to 8") << 1 << 8
                            << hexList({"96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7",
                                   "5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                                   "6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4"});
    QTest::newRow("6 to 8") << 6 << 8
                            << hexList({"0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                                   "ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0",
                                   "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"});
    QTest::newRow("2 to 5") << 2 << 5
                            << hexList({"5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e",
                                   "bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b"});
    QTest::newRow("6 to 7") << 6 << 7
                            << hexList({"0ebc5d3437fbe2db158b9f126a1d118e308181031d0a949f8dededebc558ef6a",
                                   "b08693ec2e721597130641e8211e7eedccb4c26413963eee6c1e2ed16ffb1a5f",
                                   "d37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7"});
}

void TestMerkle::referenceConsistencyProofs()
{
    QFETCH(int, oldSize);
    QFETCH(int, newSize);
    QFETCH(QStringList, proof);
    const std::vector<Digest> leaves = rfcLeaves();
    const auto m = static_cast<std::size_t>(oldSize);
    const auto n = static_cast<std::size_t>(newSize);
    const auto tree = std::span(leaves).first(n);
    QCOMPARE(hexOf(ledger::consistencyProof(tree, m)), proof);
    QVERIFY(ledger::verifyConsistency(
        m, n, ledger::merkleRoot(tree.first(m)), ledger::merkleRoot(tree), digestsFromHex(proof)));
}

void TestMerkle::rootMatchesDefinition()
{
    RefTree ref(m_leaves);
    std::vector<std::size_t> sizes;
    for (std::size_t n = 0; n <= 300; ++n)
        sizes.push_back(n);
    sizes.insert(sizes.end(), {511, 512, 513, 1000, 1023, 1024, 1025, 4095, 4096, 4097});
    for (std::size_t n : sizes)
        MERKLE_CHECK(ledger::merkleRoot(std::span(m_leaves).first(n)) == ref.mth(0, n),
            QStringLiteral("root of %1 leaves").arg(n));
}

void TestMerkle::inclusionEveryTreeAndIndex()
{
    RefTree ref(m_leaves);
    const Digest stranger = refLeaf(QByteArrayLiteral("not in the tree"));
    std::size_t sizeProbes = 0;
    std::size_t sizeProbesRejected = 0;
    for (std::size_t n = 1; n <= kMaxSweepSize; ++n) {
        const auto tree = std::span(m_leaves).first(n);
        const Digest& root = m_prefixRoot[n];
        for (std::size_t i = 0; i < n; ++i) {
            const auto where = [&](const char* what) {
                return QStringLiteral("%1 (tree size %2, index %3)").arg(QLatin1String(what)).arg(n).arg(i);
            };
            const Digest& leaf = tree[i];
            const std::vector<Digest> proof = ledger::inclusionProof(tree, i);
            MERKLE_CHECK(proof == ref.path(i, 0, n), where("proof differs from RFC 9162 PATH"));
            MERKLE_CHECK(ledger::verifyInclusion(leaf, i, n, proof, root), where("valid proof rejected"));

            const auto rejects = [&](std::size_t index, std::size_t size, std::span<const Digest> p) {
                return !ledger::verifyInclusion(leaf, index, size, p, root);
            };
            for (std::size_t j = 0; j < proof.size(); ++j) {
                std::vector<Digest> mutated = proof;
                if (n <= kAllBitsUpTo) {
                    for (std::size_t bit = 0; bit < kDigestBits; ++bit) {
                        mutated[j] = flipBit(proof[j], bit);
                        MERKLE_CHECK(rejects(i, n, mutated), where("bit flip accepted"));
                    }
                } else {
                    mutated[j] = flipBit(proof[j], rotatingBit(n, i, j));
                    MERKLE_CHECK(rejects(i, n, mutated), where("bit flip accepted"));
                }
                MERKLE_CHECK(rejects(i, n, without(proof, j)), where("dropped element accepted"));
            }
            MERKLE_CHECK(rejects(i, n, with(proof, proof.size(), stranger)), where("trailing element accepted"));
            const std::size_t at = i % (proof.size() + 1);
            MERKLE_CHECK(rejects(i, n, with(proof, at, proof.empty() ? leaf : proof[at % proof.size()])),
                where("repeated element accepted"));
            MERKLE_CHECK(!ledger::verifyInclusion(stranger, i, n, proof, root), where("wrong leaf accepted"));
            MERKLE_CHECK(
                !ledger::verifyInclusion(leaf, i, n, proof, m_prefixRoot[n + 1]), where("wrong root accepted"));

            // Neighbours, the leaf across the top split, and indices outside the tree.
            std::vector<std::size_t> wrongIndices {n, n + 1, kSizeMax};
            if (n > 1) {
                wrongIndices.push_back((i + 1) % n);
                wrongIndices.push_back((i + n - 1) % n);
                wrongIndices.push_back((i + std::bit_floor(n - 1)) % n);
            }
            for (std::size_t wrong : wrongIndices)
                MERKLE_CHECK(wrong == i || rejects(wrong, n, proof), where("wrong index accepted"));

            // A wrong size is rejected whenever it changes the proof's shape. Sizes of the
            // same shape fold to the same root (leaf 0 of 3 and of 4, say): for those the
            // signed root, not the proof, is what binds the size.
            for (std::size_t wrong : {std::size_t {0}, i, n - 1, n + 1, 2 * n, n / 2, kSizeMax}) {
                if (wrong == n)
                    continue;
                const bool accepted = ledger::verifyInclusion(leaf, i, wrong, proof, root);
                MERKLE_CHECK(accepted == refVerifyInclusion(leaf, i, wrong, proof, root),
                    where("wrong tree size judged unlike the reference"));
                MERKLE_CHECK(wrong > i || !accepted, where("tree size not above the index accepted"));
                ++sizeProbes;
                sizeProbesRejected += accepted ? 0 : 1;
            }
        }
    }
    // The oracle must not have waved most wrong sizes through.
    QVERIFY(sizeProbesRejected > sizeProbes / 2);
}

void TestMerkle::inclusionRejectsBadArguments()
{
    const std::vector<Digest> leaves = rfcLeaves();
    const Digest root = ledger::merkleRoot(leaves);
    const std::vector<Digest> proof = ledger::inclusionProof(leaves, 3);
    QVERIFY(ledger::verifyInclusion(leaves[3], 3, 8, proof, root));
    QVERIFY(!ledger::verifyInclusion(leaves[3], 8, 8, proof, root));
    QVERIFY(!ledger::verifyInclusion(leaves[3], 3, 0, proof, root));
    QVERIFY(!ledger::verifyInclusion(leaves[3], 3, 8, {}, root));
    QVERIFY(!ledger::verifyInclusion(leaves[3], 3, 8, proof, leaves[3]));
    // A one-leaf tree: the root is the leaf hash and the proof is empty.
    QVERIFY(ledger::verifyInclusion(leaves[0], 0, 1, {}, leaves[0]));
    QVERIFY(!ledger::verifyInclusion(leaves[0], 0, 1, {}, leaves[1]));
    QVERIFY(!ledger::verifyInclusion(leaves[0], 1, 1, {}, leaves[0]));
    QVERIFY(!ledger::verifyInclusion(leaves[0], 0, 0, {}, leaves[0]));
    QVERIFY(!ledger::verifyInclusion(leaves[0], 0, 1, std::vector<Digest> {leaves[0]}, leaves[0]));
    QVERIFY(!ledger::verifyInclusion(leaves[0], 0, 1, {}, ledger::merkleRoot({})));
    // An absurd size with a proof of plausible length.
    QVERIFY(!ledger::verifyInclusion(leaves[3], 3, kSizeMax, proof, root));
    QVERIFY(!ledger::verifyInclusion(leaves[3], kSizeMax - 1, kSizeMax, proof, root));
}

void TestMerkle::consistencyEveryPair()
{
    RefTree ref(m_leaves);
    const Digest stranger = refLeaf(QByteArrayLiteral("not in the tree"));
    std::size_t sizeProbes = 0;
    std::size_t sizeProbesRejected = 0;
    for (std::size_t n = 1; n <= kMaxSweepSize; ++n) {
        const auto tree = std::span(m_leaves).first(n);
        const Digest& newRoot = m_prefixRoot[n];
        for (std::size_t m = 1; m <= n; ++m) {
            const auto where = [&](const char* what) {
                return QStringLiteral("%1 (old size %2, new size %3)").arg(QLatin1String(what)).arg(m).arg(n);
            };
            const Digest& oldRoot = m_prefixRoot[m];
            const std::vector<Digest> proof = ledger::consistencyProof(tree, m);
            MERKLE_CHECK(proof == ref.subproof(m, 0, n, true), where("proof differs from RFC 9162 PROOF"));
            MERKLE_CHECK(ledger::verifyConsistency(m, n, oldRoot, newRoot, proof), where("valid proof rejected"));

            const auto rejects
                = [&](std::size_t oldSize, std::size_t newSize, const Digest& r1, const Digest& r2,
                      std::span<const Digest> p) { return !ledger::verifyConsistency(oldSize, newSize, r1, r2, p); };
            if (!mutatesPair(m, n))
                continue;
            if (m == n) {
                MERKLE_CHECK(proof.empty(), where("proof between equal sizes not empty"));
                MERKLE_CHECK(rejects(m, n, oldRoot, newRoot, std::vector<Digest> {oldRoot}),
                    where("non-empty proof between equal sizes accepted"));
                MERKLE_CHECK(rejects(m, n, oldRoot, m_prefixRoot[n + 1], proof),
                    where("different roots of equal sizes accepted"));
            } else {
                for (std::size_t j = 0; j < proof.size(); ++j) {
                    std::vector<Digest> mutated = proof;
                    if (n <= kAllBitsUpTo) {
                        for (std::size_t bit = 0; bit < kDigestBits; ++bit) {
                            mutated[j] = flipBit(proof[j], bit);
                            MERKLE_CHECK(rejects(m, n, oldRoot, newRoot, mutated), where("bit flip accepted"));
                        }
                    } else {
                        mutated[j] = flipBit(proof[j], rotatingBit(n, m, j));
                        MERKLE_CHECK(rejects(m, n, oldRoot, newRoot, mutated), where("bit flip accepted"));
                    }
                    MERKLE_CHECK(rejects(m, n, oldRoot, newRoot, without(proof, j)), where("dropped element accepted"));
                }
                MERKLE_CHECK(rejects(m, n, oldRoot, newRoot, {}), where("empty proof accepted"));
                MERKLE_CHECK(rejects(m, n, oldRoot, newRoot, with(proof, proof.size(), stranger)),
                    where("trailing element accepted"));
                MERKLE_CHECK(
                    rejects(m, n, oldRoot, newRoot, with(proof, 0, oldRoot)), where("leading old root accepted"));
                MERKLE_CHECK(rejects(m, n, newRoot, oldRoot, proof), where("swapped roots accepted"));
                MERKLE_CHECK(rejects(m, n, m_prefixRoot[m - 1], newRoot, proof), where("wrong old root accepted"));
                MERKLE_CHECK(rejects(m, n, oldRoot, m_prefixRoot[n + 1], proof), where("wrong new root accepted"));
            }
            MERKLE_CHECK(rejects(0, n, oldRoot, newRoot, proof), where("old size 0 accepted"));
            MERKLE_CHECK(rejects(n + 1, n, oldRoot, newRoot, proof), where("old size above new size accepted"));

            // Wrong sizes: as for inclusion, rejected whenever they change the proof's shape.
            const auto judgedLikeReference = [&](std::size_t oldSize, std::size_t newSize) {
                const bool accepted = ledger::verifyConsistency(oldSize, newSize, oldRoot, newRoot, proof);
                ++sizeProbes;
                sizeProbesRejected += accepted ? 0 : 1;
                return accepted == refVerifyConsistency(oldSize, newSize, oldRoot, newRoot, proof);
            };
            for (std::size_t wrong : {m - 1, m + 1, 2 * m})
                MERKLE_CHECK(judgedLikeReference(wrong, n), where("wrong old size judged unlike the reference"));
            for (std::size_t wrong : {n - 1, n + 1, 2 * n, kSizeMax})
                MERKLE_CHECK(judgedLikeReference(m, wrong), where("wrong new size judged unlike the reference"));
        }
    }
    QVERIFY(sizeProbesRejected > sizeProbes / 2);
}

void TestMerkle::consistencyRejectsBadArguments()
{
    const std::vector<Digest> leaves = rfcLeaves();
    const Digest empty = ledger::merkleRoot({});
    const Digest root8 = ledger::merkleRoot(leaves);
    const Digest root4 = ledger::merkleRoot(std::span(leaves).first(4));
    const std::vector<Digest> proof = ledger::consistencyProof(leaves, 4);
    QCOMPARE(proof.size(), std::size_t {1}); // the old root is left out of the proof
    QVERIFY(ledger::verifyConsistency(4, 8, root4, root8, proof));
    // An empty old tree is rejected outright, even with the empty-tree root.
    QVERIFY(!ledger::verifyConsistency(0, 8, empty, root8, {}));
    QVERIFY(!ledger::verifyConsistency(0, 0, empty, empty, {}));
    QVERIFY(!ledger::verifyConsistency(0, 8, root4, root8, proof));
    QVERIFY(!ledger::verifyConsistency(8, 4, root8, root4, proof));
    QVERIFY(!ledger::verifyConsistency(8, 4, root8, root4, {}));
    // Equal sizes: an empty proof and equal roots, nothing else.
    QVERIFY(ledger::verifyConsistency(8, 8, root8, root8, {}));
    QVERIFY(!ledger::verifyConsistency(8, 8, root8, root4, {}));
    QVERIFY(!ledger::verifyConsistency(8, 8, root8, root8, std::vector<Digest> {root8}));
    QVERIFY(!ledger::verifyConsistency(4, 8, root4, root8, {}));
    QVERIFY(!ledger::verifyConsistency(4, 8, root4, root8, std::vector<Digest> {root4, proof[0]}));
    QVERIFY(!ledger::verifyConsistency(4, kSizeMax, root4, root8, proof));
}

// A block at the entry limit (ledger/LedgerTypes.h: 4096) and one past it.
void TestMerkle::fullBlock()
{
    for (std::size_t n : {std::size_t {4096}, std::size_t {4097}}) {
        const auto tree = std::span(m_leaves).first(n);
        const Digest root = ledger::merkleRoot(tree);
        for (std::size_t i : {std::size_t {0}, std::size_t {1}, n / 2 - 1, n / 2, n - 2, n - 1}) {
            const std::vector<Digest> proof = ledger::inclusionProof(tree, i);
            QCOMPARE(proof.size(), n == 4096 ? std::size_t {12} : (i == n - 1 ? std::size_t {1} : std::size_t {13}));
            QVERIFY(ledger::verifyInclusion(tree[i], i, n, proof, root));
            QVERIFY(!ledger::verifyInclusion(tree[i], i, n, proof, m_prefixRoot[256]));
        }
        for (std::size_t m : {std::size_t {1}, std::size_t {255}, std::size_t {256}, std::size_t {257}, n - 1, n}) {
            const std::vector<Digest> proof = ledger::consistencyProof(tree, m);
            const Digest oldRoot = ledger::merkleRoot(tree.first(m));
            QVERIFY(ledger::verifyConsistency(m, n, oldRoot, root, proof));
            QVERIFY(!ledger::verifyConsistency(m, n, oldRoot, m_prefixRoot[256], proof));
        }
    }
}

QTEST_APPLESS_MAIN(TestMerkle)

#include "tst_Merkle.moc"
