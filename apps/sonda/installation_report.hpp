// What this installation of sonda is and where it looks: `sonda --version
// [--verbose]`, and the warnings about search folders that are not there (a
// misspelt SONDA_PLUGIN_PATH entry would otherwise load nothing, silently).
#pragma once

#include <ostream>
#include <string>
#include <vector>

#include "sonda/util/install_layout.hpp"

namespace sonda::cli {

// "sonda 0.1.0"; verbose adds the plugin API version, the core library and
// every plugin, panel and form folder with where it comes from and whether it
// exists.
void print_version(std::ostream& out, bool verbose);

// "sonda: warning: ..." on `err` for each folder of `folders` that does not
// exist, among those whose origin is `origin` (every origin when empty).
void warn_missing_folders(std::ostream& err, const std::vector<SearchFolder>& folders,
                          const std::string& kind, const std::string& origin = "");

}  // namespace sonda::cli
