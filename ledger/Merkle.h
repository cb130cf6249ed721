#pragma once

#include "crypto/Bytes.h"
#include "crypto/Sha256.h"

#include <cstddef>
#include <span>
#include <vector>

namespace medilock::ledger {

// The RFC 9162 (Certificate Transparency v2) Merkle tree over a block's entries, with
// inclusion and consistency proofs. Byte-exact description: docs/ledger-format.md, "Merkle tree".
// Proofs are ordered from the leaf (or the old tree) upwards, as in the RFC.

// SHA-256(0x00 || encodedEntry).
crypto::Digest leafHash(ByteView encodedEntry);

// SHA-256(0x01 || left || right).
crypto::Digest nodeHash(const crypto::Digest& left, const crypto::Digest& right);

// MTH over the given leaf hashes (RFC 9162 §2.1.1); SHA-256("") for no leaves.
crypto::Digest merkleRoot(std::span<const crypto::Digest> leafHashes);

// PATH(index, D[n]) (RFC 9162 §2.1.3.1). Requires index < leafHashes.size(); otherwise
// asserts, and returns an empty proof in release builds.
std::vector<crypto::Digest> inclusionProof(std::span<const crypto::Digest> leafHashes, std::size_t index);

// RFC 9162 §2.1.3.2: true when `proof` shows `leaf` at `index` in the tree of `treeSize`
// leaves whose root is `root`. Rejects index >= treeSize and proofs of the wrong length.
bool verifyInclusion(const crypto::Digest& leaf, std::size_t index, std::size_t treeSize,
                     std::span<const crypto::Digest> proof, const crypto::Digest& root);

// PROOF(oldSize, D[n]) (RFC 9162 §2.1.4.1): the tree of the first oldSize leaves is a
// prefix of the tree of all of them. Requires 0 < oldSize <= leafHashes.size(); otherwise
// asserts, and returns an empty proof in release builds. Empty when oldSize == size.
std::vector<crypto::Digest> consistencyProof(std::span<const crypto::Digest> leafHashes, std::size_t oldSize);

// RFC 9162 §2.1.4.2: true when `proof` shows the tree of oldSize leaves with root oldRoot
// is a prefix of the tree of newSize leaves with root newRoot. Rejects oldSize == 0 and
// oldSize > newSize; oldSize == newSize needs an empty proof and equal roots.
bool verifyConsistency(std::size_t oldSize, std::size_t newSize, const crypto::Digest& oldRoot,
                       const crypto::Digest& newRoot, std::span<const crypto::Digest> proof);

} // namespace medilock::ledger
