#include "SecureBuffer.h"

#include <openssl/crypto.h>

#include <cstring>
#include <new>
#include <sys/mman.h>

namespace medilock::crypto {

SecureBuffer::SecureBuffer(std::size_t size)
    : m_data(size ? new std::uint8_t[size]() : nullptr)
    , m_size(size)
{
    if (m_data)
        ::mlock(m_data, m_size); // best effort: a failure (RLIMIT_MEMLOCK) is not fatal
}

SecureBuffer::SecureBuffer(const void* data, std::size_t size)
    : SecureBuffer(size)
{
    if (size)
        std::memcpy(m_data, data, size);
}

SecureBuffer::~SecureBuffer()
{
    clear();
}

SecureBuffer::SecureBuffer(SecureBuffer&& other) noexcept
    : m_data(other.m_data)
    , m_size(other.m_size)
{
    other.m_data = nullptr;
    other.m_size = 0;
}

SecureBuffer& SecureBuffer::operator=(SecureBuffer&& other) noexcept
{
    if (this != &other) {
        clear();
        m_data = other.m_data;
        m_size = other.m_size;
        other.m_data = nullptr;
        other.m_size = 0;
    }
    return *this;
}

void SecureBuffer::clear()
{
    if (m_data) {
        OPENSSL_cleanse(m_data, m_size);
        ::munlock(m_data, m_size);
        delete[] m_data;
    }
    m_data = nullptr;
    m_size = 0;
}

} // namespace medilock::crypto
