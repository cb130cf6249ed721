#pragma once

#include "crypto/Result.h"

#include <QByteArray>

namespace medilock::app::fhir {

// Bounds on JSON from outside, checked on the raw bytes before a parser builds anything:
// a 50 MB string or a 10,000-deep nesting is refused after reading only its first limit's
// worth. Duplicate keys in one object are refused too (a parser would silently keep one).
struct JsonLimits
{
    int maxDepth = 64;
    qsizetype maxStringBytes = qsizetype(8) << 20;
};

// On failure the message names the place as a JSON path ("entry[3].resource.text.div").
// Syntax errors are left to the parser: this scan only enforces the bounds.
Result<void> checkJsonLimits(const QByteArray& json, const JsonLimits& limits = {});

} // namespace medilock::app::fhir
