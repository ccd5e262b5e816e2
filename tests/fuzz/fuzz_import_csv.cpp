// libFuzzer target: a whole wide CSV file through `sonda import --dry-run
// --skip-invalid`; the reader decides delimiter and encoding (UTF-8 or
// Windows-1252) from the bytes, so the corpus holds both.
#include "import_fuzzing.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return sonda::fuzz::fuzz_import(data, size, sonda::InputFormat::Csv, "fuzz.csv");
}
