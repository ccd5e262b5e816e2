#include "chunk_source.hpp"

#include <algorithm>

namespace sonda::io {

ChunkSource::ChunkSource(std::istream& in, std::size_t chunk_size)
    : m_in(in), m_chunk_size(std::max<std::size_t>(chunk_size, 16)) {}

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
    }
    return m_buffer.size() >= want;
}

std::string_view ChunkSource::available() {
    if (m_position >= m_buffer.size()) fill(1);
    return std::string_view(m_buffer).substr(m_position);
}

std::string_view ChunkSource::prefetch(std::size_t n) {
    if (m_buffer.size() - m_position < n) fill(n);
    return std::string_view(m_buffer).substr(m_position);
}

void ChunkSource::consume(std::size_t n) {
    n = std::min(n, m_buffer.size() - m_position);
    m_position += n;
    m_consumed += static_cast<long long>(n);
}

}  // namespace sonda::io
