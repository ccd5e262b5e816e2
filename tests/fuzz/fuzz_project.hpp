// What the fuzz targets share: one engine with the real plugins and one demo
// study database, made once per process. $SONDA_FUZZ_DB names a database
// built beforehand (script/fuzz builds one, so a short run does not spend its
// seconds building the demo); else the demo is built into a temporary file.
// Targets only ever read it or import with dry_run, so every input meets the
// same database and a crash replays from its input alone.
#pragma once

#include <cstddef>
#include <cstdint>
#include <exception>
#include <string>

namespace sonda {
class Project;
}

namespace sonda::fuzz {

Project& demo_project();

// With $SONDA_FUZZ_VERBOSE set, why an input was refused goes to standard
// error: to see what a seed input exercises, or why a replay stops early.
void refused(const std::exception& error);
bool verbose();

inline std::string as_text(const std::uint8_t* data, std::size_t size) {
    return std::string(reinterpret_cast<const char*>(data), size);
}

}  // namespace sonda::fuzz
