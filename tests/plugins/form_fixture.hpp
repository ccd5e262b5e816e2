// Forms and responses for the plugin suites, read by the real form loader.
// Hand-written test forms are loaded without their instrument's check
// (require_plugin = false with a registry holding only the plugin's item
// types), so a test can call check_form itself and look at every issue; the
// shipped form files are loaded with the instrument registered and the demo
// study, exactly as `sonda forms validate --study` would.
#pragma once

#include <string>

#include "shipped_study.hpp"
#include "sonda/forms/form_loader.hpp"
#include "sonda/model/form.hpp"
#include "sonda/model/response.hpp"
#include "sonda/plugin/registry.hpp"
#include "sonda/util/json.hpp"

namespace sonda::test {

inline Form form_from_json(const std::string& text, const Registry& registry) {
    return load_form_json(text, "test-form.json", registry, /*require_plugin=*/false);
}

inline Form shipped_form(const std::string& name, const Registry& registry) {
    return load_form_file(std::string(SONDA_SOURCE_DIR) + "/forms/" + name, registry, true,
                          &shipped_demo_study());
}

inline Response response_from_json(const std::string& text) {
    return Response::from_json(*parse_json_object(text, Location{}));
}

}  // namespace sonda::test
