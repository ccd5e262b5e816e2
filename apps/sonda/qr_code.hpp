// A participant link as a QR code to print on a workshop's handout or show on
// a slide: black modules on white with the standard quiet zone of 4 modules,
// error correction M (a slightly smudged print still reads).
#pragma once

#include <ostream>
#include <string>

namespace sonda::cli {

enum class QrFormat { Svg, Png };

// Throws InvalidInput when the text is too long for a QR code.
void write_qr_code(std::ostream& out, const std::string& text, QrFormat format);

}  // namespace sonda::cli
