// The plugin answer targets: the input is one item's answer, as JSON in an
// interchange line and as the text of a wide CSV cell. It replaces that item's
// answer in a real stored response, which then goes through everything an
// import does to it (Project::prepare: the item type's checks, the
// instrument's checks and scores). An answer that passes must also survive
// the CSV cell round trip unchanged: export then import is lossless.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>

namespace sonda::fuzz {

int fuzz_answer(const std::uint8_t* data, std::size_t size, const std::string& form_id,
                const std::string& item_type);

}  // namespace sonda::fuzz
