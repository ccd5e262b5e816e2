// The shapes of the ids and codes sonda accepts. Ids end up in file names,
// command lines, CSV headers and URLs of the later server, so they are kept
// plain; respondent codes are pseudonyms, so anything that looks like a
// person's name is refused.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>

namespace sonda {

constexpr std::size_t kMaxIdLength = 64;

bool is_item_id(std::string_view id);    // [a-z0-9_]+, at most 64 characters
bool is_entity_id(std::string_view id);  // [a-z0-9_-]+, at most 64 characters (forms, study parts)
bool is_language_code(std::string_view code);  // "it", "en", "pt-BR"
bool is_uuid(std::string_view text);           // 8-4-4-4-12 hexadecimal digits

// Why `code` is not an acceptable respondent code, or nothing when it is.
std::optional<std::string> respondent_code_problem(std::string_view code);

}  // namespace sonda
