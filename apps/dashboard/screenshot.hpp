// Writes RGBA pixels as a PNG (stb_image_write from Debian's libstb).
#pragma once

#include <string>
#include <vector>

namespace sonda::dashboard {

// Throws std::runtime_error naming the file when it cannot be written.
void write_png(const std::string& path, const std::vector<unsigned char>& rgba, int width,
               int height);

}  // namespace sonda::dashboard
