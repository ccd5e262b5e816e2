// The demo study (forms/demo/study.json) as a value, for tests that load the
// shipped forms by hand: those forms take their services from the study
// ("$study.services"), so a study made up by a test borrows the demo's.
#pragma once

#include <string>

#include "sonda/forms/study_loader.hpp"
#include "sonda/model/study.hpp"

namespace sonda::test {

inline const Study& shipped_demo_study() {
    static const Study study =
        load_study_file(std::string(SONDA_SOURCE_DIR) + "/forms/demo/study.json");
    return study;
}

}  // namespace sonda::test
