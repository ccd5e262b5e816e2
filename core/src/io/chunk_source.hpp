// Buffered reading of an input stream in fixed chunks, so the readers above it
// (NDJSON lines, CSV records) work on large views instead of one byte per
// virtual call, keep memory flat in the size of the input, and can count the
// bytes consumed for the progress bar. The format sniffer looks at the first
// bytes through prefetch() without consuming them.
//
// A NUL byte ends the read with InvalidInput: no text format sonda reads may
// hold one, and it is how binary data shows (a device such as /dev/zero, a
// workbook, an image), which would otherwise be read as one garbled row after
// another, forever for an endless device.
#pragma once

#include <cstddef>
#include <istream>
#include <string>
#include <string_view>

namespace sonda::io {

class ChunkSource {
  public:
    static constexpr std::size_t kChunkSize = 1 << 16;
    // `source` names the input in the error about a NUL byte.
    explicit ChunkSource(std::istream& in, std::size_t chunk_size = kChunkSize,
                         std::string source = "<input>");

    // The buffered bytes not consumed yet; refills when empty. Empty at the end.
    // Throws InvalidInput once the buffer holds a NUL byte.
    std::string_view available();
    // At least `n` buffered bytes when the input still has them (fewer at the end).
    std::string_view prefetch(std::size_t n);
    void consume(std::size_t n);
    // The first `n` bytes of the input, NUL bytes and all, before anything is
    // consumed: for recognising a file type by its signature.
    std::string_view signature(std::size_t n);

    long long consumed() const { return m_consumed; }
    // True when the stream failed for another reason than reaching its end.
    bool failed() const { return m_in.bad(); }

  private:
    bool fill(std::size_t want);
    void refuse_nul() const;

    std::istream& m_in;
    std::string m_source;
    std::size_t m_chunk_size;
    std::string m_buffer;
    std::size_t m_position = 0;
    long long m_consumed = 0;
    long long m_nul_at = -1;  // offset in the input of the first NUL byte read
};

}  // namespace sonda::io
