// Reading a whole definition file (form, study) as text, with the errors a
// user can act on: missing, unreadable, a folder, absurdly large. A UTF-8 byte
// order mark, which Windows editors like to add, is dropped.
#pragma once

#include <cstddef>
#include <string>

namespace sonda {

constexpr std::size_t kMaxDefinitionFileBytes = 16 * 1024 * 1024;

// Throws InvalidInput located at `path`.
std::string read_definition_file(const std::string& path, const std::string& what);

// The text without a leading UTF-8 byte order mark.
std::string without_bom(const std::string& text);

}  // namespace sonda
