// Reads NDJSON (one JSON document a line) as a stream of lines with their
// 1-based line numbers: LF or CRLF endings, blank lines skipped, a UTF-8 byte
// order mark on the first line dropped (Windows editors write one). A line
// longer than the limit is not kept in memory: it is reported as too long and
// skipped, so one runaway line cannot exhaust memory or hide the lines after it.
#pragma once

#include <cstddef>
#include <string>

#include "chunk_source.hpp"

namespace sonda::io {

constexpr std::size_t kDefaultMaxLineBytes = 8 * 1024 * 1024;

struct NdjsonLine {
    std::string text;       // without the line ending; empty when too_long
    long long number = 0;   // 1-based
    bool too_long = false;  // longer than the limit; its bytes were skipped
    long long length = 0;   // bytes in the line, also when too long
};

class NdjsonReader {
  public:
    explicit NdjsonReader(ChunkSource& source, std::size_t max_line_bytes = kDefaultMaxLineBytes);

    // The next non-blank line; false at the end of the input.
    bool next(NdjsonLine& line);

    std::size_t max_line_bytes() const { return m_max_line_bytes; }
    bool had_byte_order_mark() const { return m_had_bom; }

  private:
    // One physical line into `line`; false at the end.
    bool read_line(NdjsonLine& line);

    ChunkSource& m_source;
    std::size_t m_max_line_bytes;
    long long m_line_number = 0;
    bool m_had_bom = false;
};

}  // namespace sonda::io
