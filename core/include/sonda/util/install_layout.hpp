// Where this installation of sonda keeps its plugins, panels and forms. They
// are found from the file libsonda_core itself was loaded from, never from a
// path compiled in: <prefix>/lib/libsonda_core.so.N means plugins in
// <prefix>/lib/sonda/plugins (panels in its panels/) and forms in
// <prefix>/share/sonda/forms. The build tree has the same layout (build/lib,
// build/lib/sonda/plugins, build/share/sonda/forms linked to the source's
// forms/), so a build runs like an install and an install never reads the
// folders of the machine it was built on. The folder names are the install
// rules' (cmake/SondaInstall.cmake): change both or neither.
#pragma once

#include <string>
#include <vector>

namespace sonda {

struct InstallLayout {
    std::string library;        // the libsonda_core file of this process; "" if unknown
    std::string plugin_folder;  // <prefix>/lib/sonda/plugins; "" if unknown
    std::string form_folder;    // <prefix>/share/sonda/forms; "" if unknown
};

// Computed once, from the running process.
const InstallLayout& install_layout();

// One folder searched for plugins, panels or forms, and why it is searched.
struct SearchFolder {
    std::string path;
    std::string origin;   // "default", or the environment variable that named it
    bool exists() const;  // a folder (or a link to one) is there now
};

// Plugins: the installation's folder, then each entry of SONDA_PLUGIN_PATH
// (':' separated, empty entries skipped).
std::vector<SearchFolder> plugin_search_folders();
// Panels: the panels/ folder of each plugin folder, in the same order.
std::vector<SearchFolder> panel_search_folders();
// Forms: the entries of SONDA_FORMS_PATH when it names any, else the
// installation's folder.
std::vector<SearchFolder> form_search_folders();

}  // namespace sonda
