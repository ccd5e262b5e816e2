#include "installation_report.hpp"

#include "sonda/engine.hpp"
#include "sonda/plugin/plugin_api.hpp"

namespace sonda::cli {

namespace {

void print_folders(std::ostream& out, const std::string& kind,
                   const std::vector<SearchFolder>& folders) {
    out << kind << " folders:\n";
    if (folders.empty()) out << "  (none)\n";
    for (const SearchFolder& folder : folders)
        out << "  " << folder.path << " (" << folder.origin
            << "): " << (folder.exists() ? "exists" : "missing") << '\n';
}

}  // namespace

void print_version(std::ostream& out, bool verbose) {
    out << "sonda " << version_string() << '\n';
    if (!verbose) return;
    const InstallLayout& layout = install_layout();
    out << "plugin API version: " << SONDA_PLUGIN_API_VERSION << '\n'
        << "core library: " << (layout.library.empty() ? "(unknown)" : layout.library) << '\n';
    print_folders(out, "plugin", plugin_search_folders());
    print_folders(out, "panel", panel_search_folders());
    print_folders(out, "form", form_search_folders());
}

void warn_missing_folders(std::ostream& err, const std::vector<SearchFolder>& folders,
                          const std::string& kind, const std::string& origin) {
    for (const SearchFolder& folder : folders)
        if ((origin.empty() || folder.origin == origin) && !folder.exists())
            err << "sonda: warning: " << kind << " folder " << folder.path << " (" << folder.origin
                << ") does not exist; no " << kind << "s are loaded from it\n";
}

}  // namespace sonda::cli
