// libFuzzer target: an objective list answer (the objectives-monitoring
// plugin's objective_list item: objectives with actions and progress).
#include "answer_fuzzing.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return sonda::fuzz::fuzz_answer(data, size, "objectives-monitoring", "objective_list");
}
