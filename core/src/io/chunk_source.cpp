#include "chunk_source.hpp"

#include <algorithm>
#include <string>
#include <utility>

#include "sonda/error.hpp"
#include "sonda/i18n/message_language.hpp"

namespace sonda::io {

ChunkSource::ChunkSource(std::istream& in, std::size_t chunk_size, std::string source)
    : m_in(in), m_source(std::move(source)), m_chunk_size(std::max<std::size_t>(chunk_size, 16)) {}

bool ChunkSource::fill(std::size_t want) {
    // Drop what was consumed, then read until `want` bytes are buffered.
    if (m_position > 0) {
        m_buffer.erase(0, m_position);
        m_position = 0;
    }
    while (m_buffer.size() < want && m_in.good()) {
        const std::size_t old_size = m_buffer.size();
        const std::size_t to_read = std::max(m_chunk_size, want - old_size);
        m_buffer.resize(old_size + to_read);
        m_in.read(m_buffer.data() + old_size, static_cast<std::streamsize>(to_read));
        m_buffer.resize(old_size + static_cast<std::size_t>(m_in.gcount()));
        const std::size_t nul = m_buffer.find('\0', old_size);
        if (nul != std::string::npos && m_nul_at < 0)
            m_nul_at = m_consumed + static_cast<long long>(nul);  // m_position is 0 here
    }
    return m_buffer.size() >= want;
}

void ChunkSource::refuse_nul() const {
    if (m_nul_at < 0) return;
    throw InvalidInput(Location{m_source, 0, "", ""},
                       i18n::message("input.nul_byte", m_nul_at + 1));
}

std::string_view ChunkSource::signature(std::size_t n) {
    if (m_buffer.size() - m_position < n) fill(n);
    return std::string_view(m_buffer).substr(m_position, n);
}

std::string_view ChunkSource::available() {
    if (m_position >= m_buffer.size()) fill(1);
    refuse_nul();
    return std::string_view(m_buffer).substr(m_position);
}

std::string_view ChunkSource::prefetch(std::size_t n) {
    if (m_buffer.size() - m_position < n) fill(n);
    refuse_nul();
    return std::string_view(m_buffer).substr(m_position);
}

void ChunkSource::consume(std::size_t n) {
    n = std::min(n, m_buffer.size() - m_position);
    m_position += n;
    m_consumed += static_cast<long long>(n);
}

}  // namespace sonda::io
