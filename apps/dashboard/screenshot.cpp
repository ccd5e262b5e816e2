#include "screenshot.hpp"

#include <stb/stb_image_write.h>

#include <stdexcept>

namespace sonda::dashboard {

void write_png(const std::string& path, const std::vector<unsigned char>& rgba, int width,
               int height) {
    if (!stbi_write_png(path.c_str(), width, height, 4, rgba.data(), width * 4))
        throw std::runtime_error("cannot write the screenshot " + path +
                                 " (does its folder exist and is it writable?)");
}

}  // namespace sonda::dashboard
