#pragma once

#include <QByteArrayView>

#include <optional>

namespace medilock::ledger {

// What the ledger must know of a FHIR payload before it signs, stores or verifies it: that
// it is one well-formed JSON object (RFC 8259), and its top-level resourceType. A single pass
// over the bytes, building nothing: verification checks every payload of the ledger, and a
// full QJsonDocument parse cost a twentieth of an Ed25519 verification.
//
// Never looser than QJsonDocument::fromJson (fuzz_json_shape checks that every text accepted
// here parses there to an object with the same resourceType). Stricter in corners no FHIR
// resource reaches: a UTF-8 byte order mark, lone UTF-16 surrogates in \u escapes, escapes in
// top-level member names, an escaped or repeated top-level resourceType.
struct JsonShape
{
    bool isObject = false;
    // The raw bytes of the top-level "resourceType" string, when it is a string member.
    std::optional<QByteArrayView> resourceType;

    static JsonShape scan(QByteArrayView json);
    // Nesting deeper than this is refused (QJsonDocument's own limit).
    static constexpr int kMaxDepth = 1024;
};

} // namespace medilock::ledger
