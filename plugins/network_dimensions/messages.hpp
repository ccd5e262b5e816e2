// The words of network-dimensions in every language it speaks, added to the
// message catalogue (sonda/i18n/catalogue.hpp) under keys prefixed with its
// name when the plugin registers.
#pragma once

#include <span>

#include "sonda/i18n/catalogue.hpp"

namespace sonda::network_dimensions {

std::span<const i18n::Message> messages_en();
std::span<const i18n::Message> messages_it();

// Adds both to the process's catalogue (texts are copied).
void add_messages();

}  // namespace sonda::network_dimensions
