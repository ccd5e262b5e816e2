// Reads form definitions (docs/forms.md) from JSON files. A bad form is refused
// whole with every issue found, each naming the file, the JSON path and why.
#pragma once

#include <string>
#include <vector>

#include "sonda/error.hpp"
#include "sonda/model/form.hpp"
#include "sonda/model/study.hpp"

namespace sonda {

class Registry;

// What a form that takes lists from the study ("$study.services",
// docs/forms.md) becomes when no study is given: refused with an issue that
// says so, or, for showing it (`sonda forms list/show` with neither --study
// nor --db), loaded with one placeholder entry "(the study's services)" in
// place of each list and without its instrument's checks, which may need
// the real services. A placeholder form is for reading: never store or
// answer it.
enum class WithoutStudy { Refuse, Placeholder };

// Parses and checks one form: generic keys here, item types through their
// ItemType, instrument-specific keys through the form's Instrument when that
// plugin is loaded (an unknown plugin is an issue unless `require_plugin` is
// false: forms read back from a database still load without their plugin, so
// their data can be listed and exported). `study` resolves the lists a form
// takes from the study. Throws InvalidInput.
Form load_form_file(const std::string& path, const Registry& registry, bool require_plugin = true,
                    const Study* study = nullptr,
                    WithoutStudy without_study = WithoutStudy::Refuse);
Form load_form_json(const std::string& json_text, const std::string& source,
                    const Registry& registry, bool require_plugin = true,
                    const Study* study = nullptr,
                    WithoutStudy without_study = WithoutStudy::Refuse);

// Every *.json regular file in a folder, sorted by name; any bad file fails the
// lot. Other *.json entries (FIFOs, devices, sockets, broken links) are skipped
// with a warning: added to `skipped`, or written to standard error when null.
std::vector<Form> load_form_directory(const std::string& folder, const Registry& registry,
                                      std::vector<Issue>* skipped = nullptr,
                                      const Study* study = nullptr,
                                      WithoutStudy without_study = WithoutStudy::Refuse);

// The folders searched for forms: SONDA_FORMS_PATH (':' separated), else the
// installation's share/sonda/forms (form_search_folders() in
// sonda/util/install_layout.hpp; in a build tree, a link to the source's forms/).
std::vector<std::string> default_form_path();

}  // namespace sonda
