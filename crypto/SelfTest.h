#pragma once

#include "Result.h"

namespace medilock::crypto {

// Known-answer tests of every primitive MediLock relies on: SHA-256 (FIPS 180-2),
// Ed25519 (RFC 8032 §7.1), scrypt (RFC 7914 §12), AES-256-GCM (GCM spec test case 16).
// Every executable runs them at start-up and refuses to run when one fails.
//
// MEDILOCK_SELFTEST_FAULT=<name> corrupts one expected answer so that the failure path
// itself can be tested; it can only make the program refuse to start, never pass.
Result<void> runSelfTests();

// For executables: runs the tests, prints the reason on stderr and returns false on failure.
bool selfTestsPassOrReport();

} // namespace medilock::crypto
