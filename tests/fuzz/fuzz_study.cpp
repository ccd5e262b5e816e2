// libFuzzer target: a study file (`sonda init --study`). A study that loads
// must write back (study_to_json) as text that loads to the same study.
#include <cstdlib>
#include <iostream>

#include "fuzz_project.hpp"
#include "sonda/error.hpp"
#include "sonda/forms/study_loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string written;
    try {
        written = sonda::study_to_json(
            sonda::load_study_json(sonda::fuzz::as_text(data, size), "fuzz-study.json"));
    } catch (const sonda::Error&) {
        return 0;  // refused with a reason
    }
    std::string again;
    try {
        again = sonda::study_to_json(sonda::load_study_json(written, "written-study.json"));
    } catch (const sonda::Error& error) {
        std::cerr << "fuzz: a study that loaded was written as a file that does not load: "
                  << error.what() << "\n"
                  << written << '\n';
        std::abort();
    }
    if (again != written) {
        std::cerr << "fuzz: the study changed when written and read again\n"
                  << written << "\n---\n"
                  << again << '\n';
        std::abort();
    }
    return 0;
}
