// libFuzzer target: a network map answer (the network-dimensions plugin's
// network_map item: actors on the rings of the map).
#include "answer_fuzzing.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return sonda::fuzz::fuzz_answer(data, size, "network-dimensions", "network_map");
}
