#include "Merkle.h"

#include "crypto/ConstantTime.h"

#include <QtGlobal>

#include <algorithm>
#include <array>
#include <bit>
#include <cstring>
#include <limits>

namespace medilock::ledger {

using crypto::Digest;

namespace {
constexpr std::uint8_t kLeafPrefix = 0x00;
constexpr std::uint8_t kNodePrefix = 0x01;

ByteView view(const Digest& d)
{
    return {d.data(), d.size()};
}

bool equal(const Digest& a, const Digest& b)
{
    return crypto::constantTimeEqual(view(a), view(b));
}

// One contiguous 65-byte input, so a node costs one digest update; `sha` is reused across
// nodes to spare a digest context per node.
Digest hashChildren(crypto::Sha256& sha, const Digest& left, const Digest& right)
{
    std::array<std::uint8_t, 1 + 2 * std::tuple_size_v<Digest>> input;
    input[0] = kNodePrefix;
    std::memcpy(input.data() + 1, left.data(), left.size());
    std::memcpy(input.data() + 1 + left.size(), right.data(), right.size());
    return sha.update(ByteView(input)).final();
}

// MTH of a non-empty range, bottom-up in one pass and without allocating: `pending` holds the
// roots of the perfect subtrees seen so far, one per set bit of the count of leaves read.
// Folding them right to left at the end yields RFC 9162's split at the largest power of two.
Digest rootOf(crypto::Sha256& sha, std::span<const Digest> leaves)
{
    Q_ASSERT(!leaves.empty());
    std::array<Digest, std::numeric_limits<std::size_t>::digits> pending;
    std::size_t depth = 0;
    for (std::size_t i = 0; i < leaves.size(); ++i) {
        Digest node = leaves[i];
        // Leaf i completes one perfect subtree per trailing one bit of i.
        for (std::size_t count = i; (count & 1) != 0; count >>= 1)
            node = hashChildren(sha, pending[--depth], node);
        pending[depth++] = node;
    }
    Digest root = pending[--depth];
    while (depth > 0)
        root = hashChildren(sha, pending[--depth], root);
    return root;
}

Digest rootOf(crypto::Sha256& sha, std::span<const Digest> leaves, std::size_t begin, std::size_t end)
{
    return rootOf(sha, leaves.subspan(begin, end - begin));
}

// The size of the left subtree of a tree of n > 1 leaves: the largest power of two below n.
std::size_t splitPoint(std::size_t n)
{
    Q_ASSERT(n > 1);
    return std::bit_floor(n - 1);
}
} // namespace

Digest leafHash(ByteView encodedEntry)
{
    crypto::Sha256 sha;
    return sha.update(kLeafPrefix).update(encodedEntry).final();
}

Digest nodeHash(const Digest& left, const Digest& right)
{
    crypto::Sha256 sha;
    return hashChildren(sha, left, right);
}

Digest merkleRoot(std::span<const Digest> leafHashes)
{
    if (leafHashes.empty())
        return crypto::Sha256::hash(ByteView{});
    if (leafHashes.size() == 1)
        return leafHashes.front();
    crypto::Sha256 sha;
    return rootOf(sha, leafHashes);
}

std::vector<Digest> inclusionProof(std::span<const Digest> leafHashes, std::size_t index)
{
    Q_ASSERT(index < leafHashes.size());
    if (index >= leafHashes.size())
        return {};
    // Walk PATH's recursion from the root down, collecting the sibling at each level; the
    // proof lists them from the leaf up.
    std::vector<Digest> proof;
    proof.reserve(std::bit_width(leafHashes.size() - 1));
    crypto::Sha256 sha;
    std::size_t lo = 0;
    std::size_t hi = leafHashes.size();
    while (hi - lo > 1) {
        const std::size_t k = splitPoint(hi - lo);
        if (index < lo + k) {
            proof.push_back(rootOf(sha, leafHashes, lo + k, hi));
            hi = lo + k;
        } else {
            proof.push_back(rootOf(sha, leafHashes, lo, lo + k));
            lo += k;
        }
    }
    std::reverse(proof.begin(), proof.end());
    return proof;
}

bool verifyInclusion(const Digest& leaf, std::size_t index, std::size_t treeSize, std::span<const Digest> proof,
                     const Digest& root)
{
    // RFC 9162 §2.1.3.2, step by step. fn is the node's index at the current level and sn
    // the index of the last node of that level.
    if (index >= treeSize)
        return false;
    std::size_t fn = index;
    std::size_t sn = treeSize - 1;
    Digest r = leaf;
    crypto::Sha256 sha;
    for (const Digest& p : proof) {
        if (sn == 0)
            return false; // more proof than levels
        if ((fn & 1) != 0 || fn == sn) {
            r = hashChildren(sha, p, r);
            // A last node with no right sibling moves up unchanged: skip those levels.
            while ((fn & 1) == 0 && fn != 0) {
                fn >>= 1;
                sn >>= 1;
            }
        } else {
            r = hashChildren(sha, r, p);
        }
        fn >>= 1;
        sn >>= 1;
    }
    const bool rootMatches = equal(r, root);
    return sn == 0 && rootMatches; // sn != 0: fewer proof elements than levels
}

std::vector<Digest> consistencyProof(std::span<const Digest> leafHashes, std::size_t oldSize)
{
    const std::size_t n = leafHashes.size();
    Q_ASSERT(oldSize > 0 && oldSize <= n);
    if (oldSize == 0 || oldSize > n)
        return {};
    // SUBPROOF's recursion from the root down. RFC 9162's flag b ("the range is the whole
    // old tree so far") holds exactly while the range still starts at leaf 0.
    std::vector<Digest> proof;
    proof.reserve(std::bit_width(n) + 1);
    crypto::Sha256 sha;
    std::size_t lo = 0;
    std::size_t hi = n;
    while (oldSize != hi) {
        const std::size_t k = splitPoint(hi - lo);
        if (oldSize <= lo + k) {
            proof.push_back(rootOf(sha, leafHashes, lo + k, hi));
            hi = lo + k;
        } else {
            proof.push_back(rootOf(sha, leafHashes, lo, lo + k));
            lo += k;
        }
    }
    // SUBPROOF(m, D[m], false): the verifier does not know this subtree's root; when b is
    // still true the range is the old tree itself, whose root the verifier has.
    if (lo != 0)
        proof.push_back(rootOf(sha, leafHashes, lo, hi));
    std::reverse(proof.begin(), proof.end());
    return proof;
}

bool verifyConsistency(std::size_t oldSize, std::size_t newSize, const Digest& oldRoot, const Digest& newRoot,
                       std::span<const Digest> proof)
{
    if (oldSize == 0 || oldSize > newSize)
        return false;
    if (oldSize == newSize) {
        const bool rootsMatch = equal(oldRoot, newRoot);
        return proof.empty() && rootsMatch;
    }
    // RFC 9162 §2.1.4.2, step by step.
    if (proof.empty()) // 1
        return false;
    // 2: an old tree whose size is a power of two is a complete subtree of the new one, and
    // the proof leaves its root out; start from the old root instead of prepending it.
    const bool oldIsComplete = std::has_single_bit(oldSize);
    const Digest& first = oldIsComplete ? oldRoot : proof.front();
    const std::span<const Digest> rest = oldIsComplete ? proof : proof.subspan(1);
    std::size_t fn = oldSize - 1; // 3
    std::size_t sn = newSize - 1;
    while ((fn & 1) != 0) { // 4
        fn >>= 1;
        sn >>= 1;
    }
    Digest fr = first; // 5
    Digest sr = first;
    crypto::Sha256 sha;
    for (const Digest& c : rest) { // 6
        if (sn == 0)
            return false;
        if ((fn & 1) != 0 || fn == sn) {
            fr = hashChildren(sha, c, fr);
            sr = hashChildren(sha, c, sr);
            while ((fn & 1) == 0 && fn != 0) {
                fn >>= 1;
                sn >>= 1;
            }
        } else {
            sr = hashChildren(sha, sr, c);
        }
        fn >>= 1;
        sn >>= 1;
    }
    const bool oldMatches = equal(fr, oldRoot); // 7
    const bool newMatches = equal(sr, newRoot);
    return sn == 0 && oldMatches && newMatches;
}

} // namespace medilock::ledger
