// The words of team-expectations in every language it speaks, added to the
// message catalogue (sonda/i18n/catalogue.hpp) under keys prefixed with its
// name when the plugin registers.
#pragma once

#include <span>
#include <string>

#include "sonda/i18n/catalogue.hpp"
#include "sonda/i18n/message_language.hpp"

namespace sonda::team_expectations {

std::span<const i18n::Message> messages_en();
std::span<const i18n::Message> messages_it();

// Adds both to the process's catalogue (texts are copied).
void add_messages();

// "team-expectations.<key>" in the operation's language (i18n::MessageLanguage).
template <typename... Args>
std::string message(const std::string& key, const Args&... args) {
    return i18n::message("team-expectations." + key, args...);
}

}  // namespace sonda::team_expectations
