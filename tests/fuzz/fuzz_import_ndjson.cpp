// libFuzzer target: a whole NDJSON file through `sonda import --dry-run --skip-invalid`.
#include "import_fuzzing.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return sonda::fuzz::fuzz_import(data, size, sonda::InputFormat::Ndjson, "fuzz.ndjson");
}
