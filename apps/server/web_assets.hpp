// The participant page's files (apps/server/web/), embedded into sonda-server
// when it is built (embed_web_assets.cmake), so an installed server needs no
// data folder and the page always matches the binary that serves its API.
#pragma once

#include <string>
#include <string_view>

namespace sonda::server {

struct WebAsset {
    std::string_view name;  // "participant.js", "sw.js"
    std::string_view content;
};

// The embedded file of that name, or null.
const WebAsset* find_web_asset(std::string_view name);
// "text/javascript; charset=utf-8" for .js, "text/css; charset=utf-8" for .css.
std::string content_type_of(std::string_view name);

}  // namespace sonda::server
