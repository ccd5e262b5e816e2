// Buffered reading of an input stream in fixed chunks, so the readers above it
// (NDJSON lines, CSV records) work on large views instead of one byte per
// virtual call, keep memory flat in the size of the input, and can count the
// bytes consumed for the progress bar. The format sniffer looks at the first
// bytes through prefetch() without consuming them.
#pragma once

#include <cstddef>
#include <istream>
#include <string>
#include <string_view>

namespace sonda::io {

class ChunkSource {
  public:
    explicit ChunkSource(std::istream& in, std::size_t chunk_size = 1 << 16);

    // The buffered bytes not consumed yet; refills when empty. Empty at the end.
    std::string_view available();
    // At least `n` buffered bytes when the input still has them (fewer at the end).
    std::string_view prefetch(std::size_t n);
    void consume(std::size_t n);

    long long consumed() const { return m_consumed; }
    // True when the stream failed for another reason than reaching its end.
    bool failed() const { return m_in.bad(); }

  private:
    bool fill(std::size_t want);

    std::istream& m_in;
    std::size_t m_chunk_size;
    std::string m_buffer;
    std::size_t m_position = 0;
    long long m_consumed = 0;
};

}  // namespace sonda::io
