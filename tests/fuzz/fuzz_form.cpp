// libFuzzer target: a form file (`sonda forms validate`, `sonda init`), with
// the real plugins loaded so instrument keys and plugin item types are checked.
#include "fuzz_project.hpp"
#include "sonda/engine.hpp"
#include "sonda/forms/form_loader.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const sonda::Registry& registry = sonda::fuzz::demo_project().registry();
    try {
        sonda::load_form_json(sonda::fuzz::as_text(data, size), "fuzz-form.json", registry);
    } catch (const sonda::Error&) {
        // refused with a reason
    }
    return 0;
}
