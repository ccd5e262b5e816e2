#include "sonda/util/install_layout.hpp"

#include <dlfcn.h>

#include <cstdlib>
#include <filesystem>

namespace sonda {

namespace fs = std::filesystem;

namespace {

// The relative folders of an installed prefix, as cmake/SondaInstall.cmake lays it out.
constexpr const char* kPluginsBelowLib = "sonda/plugins";
constexpr const char* kFormsBelowPrefix = "share/sonda/forms";

InstallLayout compute_layout() {
    InstallLayout layout;
    Dl_info info{};
    // Any function of this library tells where the library is.
    if (::dladdr(reinterpret_cast<void*>(&install_layout), &info) == 0 || !info.dli_fname)
        return layout;
    std::error_code error;
    // lexically_normal, not canonical: a prefix reached through a link stays
    // the prefix the user installed into.
    const fs::path library = fs::absolute(info.dli_fname, error).lexically_normal();
    if (error) return layout;
    const fs::path lib = library.parent_path();
    layout.library = library.string();
    layout.plugin_folder = (lib / kPluginsBelowLib).string();
    layout.form_folder = (lib.parent_path() / kFormsBelowPrefix).string();
    return layout;
}

std::vector<std::string> split_path_list(const char* variable) {
    std::vector<std::string> entries;
    const char* value = std::getenv(variable);
    const std::string list = value ? value : "";
    std::size_t start = 0;
    while (start < list.size()) {
        std::size_t colon = list.find(':', start);
        if (colon == std::string::npos) colon = list.size();
        if (colon > start) entries.push_back(list.substr(start, colon - start));
        start = colon + 1;
    }
    return entries;
}

}  // namespace

const InstallLayout& install_layout() {
    static const InstallLayout layout = compute_layout();
    return layout;
}

bool SearchFolder::exists() const {
    std::error_code error;
    return fs::is_directory(path, error);
}

std::vector<SearchFolder> plugin_search_folders() {
    std::vector<SearchFolder> folders;
    if (!install_layout().plugin_folder.empty())
        folders.push_back({install_layout().plugin_folder, "default"});
    for (std::string& entry : split_path_list("SONDA_PLUGIN_PATH"))
        folders.push_back({std::move(entry), "SONDA_PLUGIN_PATH"});
    return folders;
}

std::vector<SearchFolder> panel_search_folders() {
    std::vector<SearchFolder> folders = plugin_search_folders();
    for (SearchFolder& folder : folders) folder.path = (fs::path(folder.path) / "panels").string();
    return folders;
}

std::vector<SearchFolder> form_search_folders() {
    std::vector<SearchFolder> folders;
    for (std::string& entry : split_path_list("SONDA_FORMS_PATH"))
        folders.push_back({std::move(entry), "SONDA_FORMS_PATH"});
    if (folders.empty() && !install_layout().form_folder.empty())
        folders.push_back({install_layout().form_folder, "default"});
    return folders;
}

}  // namespace sonda
