#pragma once

// Keys of the node_meta table.
namespace medilock::app::meta {
inline constexpr const char* kClinicName = "clinic_name";
inline constexpr const char* kClinicRootPublic = "clinic_root_public";
inline constexpr const char* kNodePublic = "node_public";
inline constexpr const char* kNodeSeed = "node_seed";
inline constexpr const char* kTlsCertificate = "tls_certificate_pem";
inline constexpr const char* kTlsKey = "tls_key_pem";
inline constexpr const char* kCreatedAt = "created_at";
} // namespace medilock::app::meta
