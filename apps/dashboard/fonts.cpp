#include "fonts.hpp"

#include <imgui.h>

#include <filesystem>

namespace sonda::dashboard {

bool load_fonts(float pixel_size, float scale) {
    static const char* const kCandidates[] = {
        "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
        "/usr/share/fonts/dejavu/DejaVuSans.ttf",
    };
    ImGuiIO& io = ImGui::GetIO();
    for (const char* path : kCandidates) {
        if (!std::filesystem::exists(path)) continue;
        ImFontConfig config;
        config.OversampleH = 2;
        // Latin-1 covers the accents of Italian (à è é ì ò ù); Latin Extended-A
        // the names of other European partners.
        static const ImWchar ranges[] = {0x0020, 0x00FF, 0x0100, 0x017F, 0x2013,
                                         0x2026, 0x2190, 0x2193, 0};
        if (io.Fonts->AddFontFromFileTTF(path, pixel_size * scale, &config, ranges)) {
            ImGui::GetStyle().ScaleAllSizes(scale);
            return true;
        }
    }
    return false;
}

}  // namespace sonda::dashboard
