#pragma once

// The exporting node's signature over an IPS document's Composition (docs/fhir-export.md,
// "The Composition's Provenance"). A self-contained blob, carried base64 in the
// Provenance's signature.data:
//
//   offset  size  field
//   0       1     version, 0x01
//   1       32    the node's Ed25519 public key
//   33      4     L, the length of the Composition's JSON, unsigned big-endian, 2..8 MiB
//   37      L     the Composition, exactly the UTF-8 JSON bytes the node signed
//   37+L    64    Ed25519 signature over "medilock/fhir-composition/v1" || bytes [0, 37+L)
//
// The blob is exactly 101 + L bytes: anything shorter, longer or otherwise is refused.

#include "crypto/Ed25519.h"
#include "crypto/Result.h"

#include <QByteArray>

namespace medilock::app::fhircomposition {

inline constexpr quint32 kMaxJsonBytes = 8u << 20;
inline constexpr int kFixedSize = 1 + 32 + 4 + 64;

QByteArray signingDomain();

struct Signed
{
    QByteArray nodeKey;     // 32-byte Ed25519 public key
    QByteArray composition; // the signed JSON bytes
};

// The blob for `compositionJson`, signed with `nodeKey`.
Result<QByteArray> sign(const crypto::Ed25519PrivateKey& nodeKey, const QByteArray& compositionJson);
// Strict parse and signature check of a blob.
Result<Signed> open(const QByteArray& blob);

} // namespace medilock::app::fhircomposition
