#pragma once

#include "Bytes.h"

#include <cstddef>
#include <cstdint>

namespace medilock::crypto {

// Owns secret bytes (keys, passphrases, seeds). It cannot be copied by accident: clone()
// is explicit. Memory is wiped with OPENSSL_cleanse when released and locked against
// swapping where the system allows.
class SecureBuffer
{
public:
    SecureBuffer() = default;
    explicit SecureBuffer(std::size_t size);
    SecureBuffer(const void* data, std::size_t size);
    static SecureBuffer fromView(ByteView bytes) { return {bytes.data(), bytes.size()}; }
    ~SecureBuffer();

    SecureBuffer(const SecureBuffer&) = delete;
    SecureBuffer& operator=(const SecureBuffer&) = delete;
    SecureBuffer(SecureBuffer&& other) noexcept;
    SecureBuffer& operator=(SecureBuffer&& other) noexcept;

    SecureBuffer clone() const { return {m_data, m_size}; }
    void clear();

    std::uint8_t* data() { return m_data; }
    const std::uint8_t* data() const { return m_data; }
    std::size_t size() const { return m_size; }
    bool isEmpty() const { return m_size == 0; }
    ByteView view() const { return {m_data, m_size}; }

private:
    std::uint8_t* m_data = nullptr;
    std::size_t m_size = 0;
};

} // namespace medilock::crypto
