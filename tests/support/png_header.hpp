// The size a PNG file says it has, read from its IHDR chunk: what tests of
// pictures check without an image library.
#pragma once

#include <cstdint>
#include <string>

namespace sonda::test {

inline std::uint32_t big_endian_at(const std::string& bytes, std::size_t at) {
    std::uint32_t value = 0;
    for (std::size_t i = 0; i < 4; ++i)
        value = (value << 8) | static_cast<unsigned char>(bytes[at + i]);
    return value;
}

// True when `bytes` start as a PNG with its IHDR first.
inline bool is_png(const std::string& bytes) {
    return bytes.size() > 24 && bytes.compare(1, 3, "PNG") == 0 &&
           bytes.compare(12, 4, "IHDR") == 0;
}
inline std::uint32_t png_width(const std::string& bytes) { return big_endian_at(bytes, 16); }
inline std::uint32_t png_height(const std::string& bytes) { return big_endian_at(bytes, 20); }

}  // namespace sonda::test
