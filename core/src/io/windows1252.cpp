#include "windows1252.hpp"

#include <Poco/UTF8Encoding.h>
#include <Poco/Windows1252Encoding.h>

namespace sonda::io {

std::string windows1252_to_utf8(std::string_view bytes) {
    static const Poco::Windows1252Encoding windows1252;
    static const Poco::UTF8Encoding utf8;
    const Poco::TextEncoding::CharacterMap& map = windows1252.characterMap();
    std::string out;
    out.reserve(bytes.size() + bytes.size() / 8);
    for (const char byte : bytes) {
        const auto code = static_cast<unsigned char>(byte);
        if (code < 0x80) {
            out.push_back(byte);
            continue;
        }
        int code_point = map[code];
        // The five bytes Windows-1252 leaves undefined become U+FFFD rather
        // than vanishing.
        if (code_point <= 0 || code_point == 0xFFFE) code_point = 0xFFFD;
        unsigned char encoded[4];
        const int length = utf8.convert(code_point, encoded, sizeof encoded);
        out.append(reinterpret_cast<const char*>(encoded), static_cast<std::size_t>(length));
    }
    return out;
}

}  // namespace sonda::io
