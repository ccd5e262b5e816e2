#include "ndjson_reader.hpp"

#include <cstring>

namespace sonda::io {

namespace {
bool is_blank(const std::string& text) {
    for (char c : text)
        if (c != ' ' && c != '\t' && c != '\r') return false;
    return true;
}
}  // namespace

NdjsonReader::NdjsonReader(ChunkSource& source, std::size_t max_line_bytes)
    : m_source(source), m_max_line_bytes(max_line_bytes) {
    const std::string_view head = m_source.prefetch(3);
    if (head.substr(0, 3) == "\xEF\xBB\xBF") {
        m_source.consume(3);
        m_had_bom = true;
    }
}

bool NdjsonReader::read_line(NdjsonLine& line) {
    line.text.clear();
    line.too_long = false;
    line.length = 0;
    bool any = false;
    for (;;) {
        const std::string_view chunk = m_source.available();
        if (chunk.empty()) break;
        any = true;
        const void* found = std::memchr(chunk.data(), '\n', chunk.size());
        const std::size_t take =
            found ? static_cast<std::size_t>(static_cast<const char*>(found) - chunk.data())
                  : chunk.size();
        line.length += static_cast<long long>(take);
        if (!line.too_long) {
            if (line.text.size() + take > m_max_line_bytes + 1) {
                // +1 leaves room for the CR of a CRLF line exactly at the limit.
                line.too_long = true;
                line.text.clear();
                line.text.shrink_to_fit();
            } else {
                line.text.append(chunk.data(), take);
            }
        }
        m_source.consume(found ? take + 1 : take);
        if (found) break;
    }
    if (!any) return false;
    ++m_line_number;
    line.number = m_line_number;
    if (!line.too_long && !line.text.empty() && line.text.back() == '\r') {
        line.text.pop_back();
        --line.length;
    }
    if (!line.too_long && line.text.size() > m_max_line_bytes) {
        line.too_long = true;
        line.text.clear();
    }
    return true;
}

bool NdjsonReader::next(NdjsonLine& line) {
    while (read_line(line)) {
        if (line.too_long || !is_blank(line.text)) return true;
    }
    return false;
}

}  // namespace sonda::io
