#include "web_assets.hpp"

#include <cstddef>

namespace sonda::server {

// In the file generated from web/ (web_assets_data.cpp).
extern const WebAsset kWebAssets[];
extern const std::size_t kWebAssetCount;

const WebAsset* find_web_asset(std::string_view name) {
    for (std::size_t i = 0; i < kWebAssetCount; ++i)
        if (kWebAssets[i].name == name) return &kWebAssets[i];
    return nullptr;
}

std::string content_type_of(std::string_view name) {
    auto ends_with = [&](std::string_view tail) {
        return name.size() >= tail.size() && name.substr(name.size() - tail.size()) == tail;
    };
    if (ends_with(".js")) return "text/javascript; charset=utf-8";
    if (ends_with(".css")) return "text/css; charset=utf-8";
    if (ends_with(".svg")) return "image/svg+xml";
    return "application/octet-stream";
}

}  // namespace sonda::server
